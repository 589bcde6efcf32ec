"""The normaliser: look-alikes, leetspeak, split and repeated letters, slang, offsets."""

from __future__ import annotations

import random

import pytest

from bot.safety.normalise import Normaliser, _squeeze_fast, repeat_tolerant, squeeze

SLANG = {"kms": "kill myself", "dont": "do not", "im": "i am", "lmao": "lol"}


@pytest.fixture
def norm() -> Normaliser:
    return Normaliser(SLANG)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I Want To DIE", "i want to die"),
        ("ｋｉｌｌ ｍｙｓｅｌｆ", "kill myself"),  # fullwidth (NFKC)
        ("кill mуself", "kill myself"),  # Cyrillic к and у
        ("suïcide", "suicide"),  # accents dropped
        ("k!ll myself", "kill myself"),
        ("d13", "die"),
        ("$uicide", "suicide"),
        ("w4nt t0 d1e", "want to die"),
        ("s u i c i d e", "suicide"),
        ("k.i.l.l", "kill"),
        ("s-u-i-c-i-d-e", "suicide"),
        ("kms", "kil myself"),  # slang expands (to squeezed words)
        ("KMS", "kil myself"),
        ("i dont know", "i do not know"),
        ("I'm fine", "i am fine"),
        ("he'll hurt me", "he will hurt me"),
        ("can't", "can not"),
        ("mom's car", "moms car"),
        ("lmaooo", "lol"),  # slang tolerates repeated letters
        ("help!", "help."),  # "!" only becomes i between letters
        ("took 20 pills", "took 20 pills"),  # numbers alone stay numbers
        ("sad.i want", "sad. i want"),  # every word follows a space
        ("😂", "lol"),
        ("k*ll myself", "kill myself"),  # a star for a letter: the crisis word it hides
        ("thinking about s*icide", "thinking about suicide"),
        ("su**ide", "suicide"),
        ("unal*ve", "unalive"),
        ("i want to d*e", "i want to die"),
        ("K*LL", "kill"),
        ("what the h*ll", "what the h ll"),  # not a crisis word: stars stay punctuation
        ("f*** this", "f    this"),  # one letter is not enough to tell
        ("*important*", "important"),
        ("i want to *eat*", "i want to  eat"),  # italics, not a censored word
        ("*run* *bus* *ie* cut* *il*", "run   bus   ie  cut   il"),
        ("5*3", "5 3"),
    ],
)
def test_safety_normaliser_text(norm: Normaliser, raw: str, expected: str) -> None:
    assert norm(raw) == expected


def test_safety_normaliser_starts_every_word_with_a_space(norm: Normaliser) -> None:
    assert norm.normalise("hello there").text == " hello there"


@pytest.mark.parametrize(
    "raw", ["I W4NT t0 k!ll mys3lf", "кms lol", "s u i c i d e now", "I'm so kms 😂", "ｄｉｅ!!", "she'll k*ll me ＊"]
)
def test_safety_normaliser_tracked_equals_untracked(norm: Normaliser, raw: str) -> None:
    tracked = norm.normalise(raw, track=True)
    assert tracked.text == norm.normalise(raw).text
    assert tracked.starts is not None and len(tracked.starts) == len(tracked.text)


def test_safety_normaliser_maps_spans_back_to_the_original(norm: Normaliser) -> None:
    raw = "ok so I W4NT to k.i.l.l myself"
    tracked = norm.normalise(raw, track=True)
    start = tracked.text.index("want")
    end = tracked.text.index("myself") + len("myself")
    o_start, o_end = tracked.original_span(start, end)
    assert raw[o_start:o_end] == "W4NT to k.i.l.l myself"
    slang = norm.normalise("ugh kms", track=True)
    s = slang.text.index("kil")
    assert "ugh kms"[slice(*slang.original_span(s, len(slang.text)))] == "kms"


def test_safety_squeeze_and_repeat_tolerance() -> None:
    assert squeeze("kiiilll") == "kil" and squeeze("better off") == "beter of"
    import re

    pattern = re.compile(repeat_tolerant("kil") + "$")
    assert all(pattern.match(w) for w in ("kil", "kill", "kiiilll"))
    assert not pattern.match("kl")


def test_safety_normaliser_matching_form_squeezes_and_marks_commas(norm: Normaliser) -> None:
    assert norm.normalise("I reallly dont want to diiie, ok", matching=True).text == " i realy do not want to die\t ok"
    assert norm.normalise("lmaooo kms", matching=True).text == " lol kil myself"  # slang on squeezed words


@pytest.mark.parametrize("raw", ["I W4NT t0 k!!lll mys3lf, now", "кms lol", "soooo, s u i c i d e", "Ｉ ａａａａ 😂"])
def test_safety_normaliser_matching_form_tracked_equals_untracked(norm: Normaliser, raw: str) -> None:
    tracked = norm.normalise(raw, track=True, matching=True)
    assert tracked.text == norm.normalise(raw, matching=True).text
    assert tracked.starts is not None and len(tracked.starts) == len(tracked.text)


def test_safety_normaliser_matching_form_maps_squeezed_letters_to_the_whole_run(norm: Normaliser) -> None:
    raw = "i wanna kiiiilll myselfff"
    tracked = norm.normalise(raw, track=True, matching=True)
    start = tracked.text.index("kil")
    assert raw[slice(*tracked.original_span(start, len(tracked.text)))] == "kiiiilll myselfff"


def test_safety_squeeze_fast_agrees_with_the_regex() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(" aab.,\tzz1é") for _ in range(rng.randint(0, 25)))
        assert _squeeze_fast(text) == squeeze(text), text


@pytest.mark.parametrize("order", [("bf", "bff"), ("bff", "bf")])
def test_safety_slang_keys_that_squeeze_alike_keep_the_key_written_that_way(order: tuple[str, str]) -> None:
    meanings = {"bf": "boyfriend", "bff": "best friend"}
    normaliser = Normaliser({key: meanings[key] for key in order})
    assert normaliser("my bf hit me") == "my boyfriend hit me"
    assert normaliser.normalise("my bf hit me", matching=True).text == " my boyfriend hit me"



def _tricky_ascii(rng: random.Random, count: int) -> list[str]:
    """Random ASCII text made of the pieces every normalising step reacts to: contractions
    (and apostrophes that are not), leetspeak, split letters, glued marks, repeated letters,
    slang, case."""
    pieces = [
        "can't", "won't", "shan't", "don't", "n't", "he's", "she's", "it's", "that's", "what's", "here's",
        "who's", "how's", "i'll", "we're", "i've", "i'm", "i'd", "'s", "'", "''", "'t", "x'd", "mom's",
        "k!ll", "d13", "$uicide", "w4nt", "help!", "20", "|", "s u i c i d e", "k.i.l.l", "s-u-i", "a b c",
        "sad.i", "ok,fine", "...", "kiiill", "sooo", "kms", "KMS", "dont", "im", "lmaooo", "I", "WANT",
        " ", "  ", ".", ",", "?", "\n", "\t", "-", "_", "*", "a", "b", "e", "l", "o", "k*ll", "d*e", "s*",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_safety_normaliser_ascii_fast_path_equals_the_full_path(
    norm: Normaliser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The detector's matching form of ASCII text takes a faster path (one pass over the
    apostrophes, a bytes table, an RE2 gate for the rare steps). It must give exactly what
    the step-by-step path gives, with RE2 and without it."""
    from tests.unit.safety_labelled import examples

    texts = [text for _, text in examples() if text.isascii()] + _tricky_ascii(random.Random(11), 20_000)
    full = {text: norm.normalise(text, matching=True, track=True).text for text in texts}
    assert norm._gate is not None, "google-re2 is a dependency: the gate should be on"
    different = [t for t in texts if norm.normalise(t, matching=True).text != full[t]]
    assert not different, different[:5]
    monkeypatch.setattr(norm, "_gate", None)  # as without RE2: every step runs
    different = [t for t in texts if norm.normalise(t, matching=True).text != full[t]]
    assert not different, different[:5]


def test_safety_contractions_in_one_pass_match_the_replacements_in_order() -> None:
    from bot.safety.normalise import CONTRACTIONS, _contractions_ascii

    def in_order(text: str) -> str:
        for old, new in CONTRACTIONS:
            text = text.replace(old, new)
        return text.replace("'", "")

    rng = random.Random(3)
    alphabet = "abcdehilmnorstvw'  "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(50_000)]
    texts += [" i can't and won't, he's sure it's fine", " shan't'll", " n'n't", " i've'd", " he''s"]
    assert [t for t in texts if _contractions_ascii(t) != in_order(t)] == []
    assert _contractions_ascii(" i can't, he's") == " i can not, he is"
