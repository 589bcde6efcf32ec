"""The RE2 pre-check (bot/safety/prefilter.py): relaxing patterns, its guards, and the
promise that matters: the detector answers exactly the same with it as without it."""

from __future__ import annotations

import logging
import random
import re

import pytest

from bot.content.safety import SafetyContent
from bot.safety import detector as detector_module
from bot.safety import prefilter
from bot.safety.detector import CrisisDetector
from bot.safety.prefilter import Prefilter, relax
from tests.unit.safety_labelled import examples


def test_relax_drops_lookaheads_and_group_names_only() -> None:
    pattern = r" (?:kil(?![a-z0-9]) myself(?P<t0>)|die(?= *(?:[.\t]|$))(?P<t1>)|[(a-z]+(?P<word>x))"
    relaxed = relax(pattern)
    assert relaxed == r" (?:kil myself|die|[(a-z]+(?:x))"
    # Relaxing never loses a match: everything the exact pattern finds, the relaxed one finds.
    exact, loose = re.compile(pattern), re.compile(relaxed)
    for text in (" kil myself", " i want to die.", " (ax", " kilo myself", " diet"):
        if exact.search(text):
            assert loose.search(text), text
    assert loose.search(" diet") and not exact.search(" diet")


def test_relax_refuses_lookbehind() -> None:
    with pytest.raises(ValueError, match="lookbehind"):
        relax(r"(?<=a)b")


def _variants(text: str, rng: random.Random) -> list[str]:
    """The disguises the normaliser undoes: leetspeak, split and stretched letters, caps."""
    leet = text.replace("i", "1").replace("e", "3").replace("a", "@")
    split = re.sub(r"\b(\w{4,8})\b", lambda m: " ".join(m.group(1)) if rng.random() < 0.3 else m.group(1), text)
    stretched = re.sub(r"([aeiou])", lambda m: m.group(1) * rng.randint(1, 4), text)
    return [leet, split, stretched, text.upper(), text + " lol", "honestly, " + text + ". anyway"]


def test_detector_answers_the_same_with_and_without_the_pre_check(
    loaded: SafetyContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fresh detectors whose speed guards cannot trip: the process-wide cached one may have
    # switched its pre-check off after earlier tests on a busy machine, and then both sides
    # would be Python's engine (this failed once in a full parallel run).
    monkeypatch.setattr(detector_module, "_COMPILED", {})
    monkeypatch.setattr(prefilter, "WARMUP", 10**9)
    fast = CrisisDetector.from_content(loaded)
    exact = CrisisDetector.from_content(loaded, prefilter=False)
    assert fast.prefiltered, "google-re2 is a dependency: the pre-check should be on"
    assert not exact.prefiltered
    rng = random.Random(7)
    texts = [text for _, text in examples()]
    labels = ("suicidal", "abuse", "substance", "self_harm", "other_at_risk")
    crisis = [text for label, text in examples() if label in labels]
    texts += [variant for text in crisis for variant in _variants(text, rng)]
    different = [(text, fast.detect(text), exact.detect(text)) for text in texts]
    different = [row for row in different if row[1] != row[2]]
    assert not different, different[:5]
    assert sum(exact.detect(text) is not None for text in texts) > 500  # the comparison covers real detections


def test_build_refuses_patterns_too_big_for_the_dfa(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(prefilter, "MAX_PROGRAM", 10)
    with caplog.at_level(logging.WARNING, logger="bot.safety.prefilter"):
        assert Prefilter.build([" (?:kil myself|want to die|end it al)"]) is None
    assert "pre-check off" in caplog.text and "instructions" in caplog.text


def test_pre_check_switches_itself_off_when_slow_and_answers_stay_right(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(prefilter, "SLOW_US", -1.0)  # any speed counts as too slow
    monkeypatch.setattr(prefilter, "WARMUP", 0)
    monkeypatch.setattr(prefilter, "WINDOW", 3)
    detector = CrisisDetector([("suicidal", 1, ["i want to die"])])
    assert detector.prefiltered
    with caplog.at_level(logging.WARNING, logger="bot.safety.prefilter"):
        answers = [detector.detect(text) for text in ("hello", "nice day", "good night", "i want to die")]
    assert not detector.prefiltered
    assert "switched off; same results" in caplog.text
    assert answers[:3] == [None, None, None]
    assert answers[3] is not None and answers[3].category == "suicidal"


def test_without_re2_the_detector_runs_every_exact_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_re2", None)
    assert not prefilter.available()
    detector = CrisisDetector([("suicidal", 1, ["i want to die"])])
    assert not detector.prefiltered
    found = detector.detect("some days i want to die")
    assert found is not None and found.matched == "i want to die"
    assert detector.detect("i want to dine out") is None


def test_locator_yields_every_relaxed_match_start_in_order() -> None:
    from bot.safety.prefilter import Locator

    pattern = r" (?:kil(?![a-z0-9]) myself|want to die(?= *(?:[.\t]|$)))"
    locator = Locator.build(pattern)
    assert locator is not None
    text = " i want to die. kil myself kil myselfish want to diet"
    data = text.encode("ascii")
    loose = re.compile(relax(pattern, anchors=False))
    expected = [pos for pos in range(len(text)) if loose.match(text, pos)]
    assert list(locator.starts(data, 0, len(data))) == expected == [2, 15, 26, 40]
    # The exact pattern, tried only at those starts, finds what scanning finds.
    exact = re.compile(pattern)
    scanned, pos = [], 0
    while (m := exact.search(text, pos)) is not None:
        scanned.append(m.span())
        pos = m.start() + 1
    anchored = [m.span() for m in (exact.match(text, start) for start in expected) if m is not None]
    assert anchored == scanned == [(2, 14), (15, 26), (26, 37)]
    assert list(locator.starts(data, 16, 38)) == [26]  # a window: matches inside it only
    assert list(locator.starts(data, 16, 30)) == []
    assert locator.first(b" nothing here") == -1


def test_relax_without_anchors_for_patterns_searched_in_a_slice() -> None:
    assert relax(r"^ +i(?![a-z]) +am [^a-z]$", anchors=False) == r" +i +am [^a-z]"
    assert relax(r"^ +i$") == r"^ +i$"


def test_every_shipped_phrase_and_rule_is_small_enough_for_the_pre_checks(
    loaded: SafetyContent,
) -> None:
    """One phrase whose macros multiply out (a set inside a set inside a set) can push a whole
    pre-check over prefilter.MAX_PROGRAM, and then every message takes the slow path. Names
    the culprits so they can be split into smaller phrases."""
    import re2

    from bot.safety.cues import CueDetector
    from bot.safety.normalise import Normaliser
    from bot.safety.phrases import plain_regexes

    limit = 30_000  # instructions for one phrase or rule; the whole lexicon must stay under 300k
    options = re2.Options()
    options.max_mem = prefilter.MAX_MEM
    lexicon = loaded.lexicon
    normaliser = Normaliser(dict(lexicon.slang))
    phrases = [p for c in lexicon.categories for p in c.phrases] + [p for e in lexicon.exclusions for p in e.phrases]
    sizes = [
        (re2.compile(relax(regex, anchors=False), options)._regexp.ProgramSize(), phrase)
        for phrase in phrases
        for regex in plain_regexes([phrase], normaliser, dict(lexicon.macros))
    ]
    cues = CueDetector.from_content(loaded)
    named = [*zip(cues.patterns, cues.rule_names, strict=True)]
    named += [(pattern, "a cue exclusion") for pattern in cues.exclusion_patterns]
    for pattern, name in named:
        sizes.append((re2.compile(relax(pattern, anchors=False), options)._regexp.ProgramSize(), name))
    too_big = sorted(((size, name[:80]) for size, name in sizes if size > limit), reverse=True)
    assert not too_big, f"phrases or rules over {limit:,} RE2 instructions (split them): {too_big}"


def test_a_slow_set_hands_over_to_the_filtered_engine_then_switches_off(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Word-gap patterns can overflow one DFA on varied text; then FilteredRE2 takes over
    with the same answers, and if it is slow too the pre-check is off (None: run all)."""
    monkeypatch.setattr(prefilter, "SLOW_US", -1.0)  # any speed counts as too slow
    monkeypatch.setattr(prefilter, "WARMUP", 0)
    monkeypatch.setattr(prefilter, "WINDOW", 2)
    rules = [r" +i+(?![a-z0-9])(?: +[a-z0-9]+){0,3} +d+i+e+", r" +k+i+l+ +m+y+s+e+l+f+", r" +h+e+l+o+"]
    check = Prefilter.build(rules, squeezed=True, what="test rules")
    assert check is not None
    texts = [" i realy want to die", " kil myself now", " i am fine", " helo there", " i want to die"]
    expected = [frozenset({0}), frozenset({1}), frozenset(), frozenset({2}), frozenset({0})]
    with caplog.at_level(logging.WARNING, logger="bot.safety.prefilter"):
        answers = [check.candidates(text) for text in texts]
    assert answers[:4] == expected[:4]  # the set for two, the filter for two: the same answers
    assert "handing over to the filtered engine" in caplog.text
    assert answers[4] is None and not check.enabled  # the filter was "slow" too: off
    assert "switched off; same results" in caplog.text


def test_the_filtered_engine_gives_the_sets_answers_on_labelled_messages(
    loaded: SafetyContent,
) -> None:
    from bot.safety.cues import CueDetector
    from tests.unit.safety_labelled import cue_batch

    detector = CrisisDetector.from_content(loaded, prefilter=False)
    patterns = CueDetector.from_content(loaded).patterns
    one_dfa, filtered = Prefilter.build(patterns), Prefilter.build(patterns, squeezed=True)
    assert one_dfa is not None and filtered is not None
    filtered._guard.enabled = False  # as if the set had been slow: the next call hands over
    # Every third labelled message (the set's DFA is slow to build on this much variety).
    texts = [detector.normaliser.matching_text(text) for _, text in [*examples(), *cue_batch()][::3]]
    answers = [(one_dfa.candidates(t), filtered.candidates(t)) for t in texts]
    assert filtered._engines == [] and filtered.enabled  # the filter answered, not a second set
    different = [t for t, (a, b) in zip(texts, answers, strict=True) if a != b]
    assert not different, different[:5]
    assert sum(bool(a) for a, _ in answers) > 500  # the comparison covers real candidates
