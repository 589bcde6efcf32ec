"""The crisis detector over Tandem's labelled set, and its exclusion rules."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from bot.content import safety as safety_content
from bot.content.problems import Problems
from bot.content.safety import SafetyContent
from bot.safety.detector import CrisisDetector, Exclusion
from tests.unit.safety_labelled import CRISIS, NEGATIVE, examples

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def detector(loaded: SafetyContent) -> CrisisDetector:
    return CrisisDetector.from_content(loaded)


def test_safety_labelled_set_is_big_and_balanced() -> None:
    counts = Counter(label for label, _ in examples())
    assert sum(counts.values()) >= 150
    assert set(counts) == CRISIS | NEGATIVE
    assert min(counts[c] for c in CRISIS) >= 15 and min(counts[n] for n in NEGATIVE) >= 15


def test_safety_detector_recall_and_false_positive_rates(detector: CrisisDetector) -> None:
    flagged: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    right_category = 0
    for label, text in examples():
        found = detector.detect(text)
        group = "crisis" if label in CRISIS else label
        totals[group] += 1
        flagged[group] += found is not None
        right_category += found is not None and found.category == label
    recall = flagged["crisis"] / totals["crisis"]
    assert recall >= 0.95, recall
    assert right_category / totals["crisis"] >= 0.93
    assert flagged["support"] / totals["support"] <= 0.02
    for negative in ("idiom", "media", "educational", "past", "negation"):
        assert flagged[negative] / totals[negative] <= 0.10, negative


@pytest.mark.parametrize(
    ("text", "category", "matched"),
    [
        ("ugh. I w4nt to k!ll mys3lf", "suicidal", "w4nt to k!ll mys3lf"),
        ("s u i c i d e is all i think about, im suicidal", "suicidal", "s u i c i d e is all i think about"),
        ("kms", "suicidal", "kms"),
        ("Ｉ ｗａｎｔ ｔｏ ｄｉｅ", "suicidal", "ｗａｎｔ ｔｏ ｄｉｅ"),
        ("i relapsed on sh last night", "self_harm", "relapsed on sh"),
        ("he said I'll regret it", "abuse", "he said I'll regret it"),
        ("my friend isn't waking up after taking something", "substance", "my friend isn't waking up"),
        ("my friend said she wants to die", "other_at_risk", "my friend said she wants to die"),
        ("i wanna kiiiilll myselfff", "suicidal", "wanna kiiiilll myselfff"),  # repeated letters, whole runs
    ],
)
def test_safety_detector_finds_category_and_original_span(
    detector: CrisisDetector, text: str, category: str, matched: str
) -> None:
    found = detector.detect(text)
    assert found is not None
    assert (found.category, found.matched) == (category, matched)
    assert text[found.start : found.end] == found.matched


@pytest.mark.parametrize(
    ("text", "found_by"),
    [
        ("I want to kill myself", "phrase"),
        ("sorry for being a burden. bye everyone", "cues"),  # no listed phrase; a cue rule
        ("my stepdad said if i tell anyone he'll make sure i regret it. hes downstairs right now", "model"),
    ],
)
def test_safety_detection_says_which_tier_found_it(
    detector: CrisisDetector, loaded: SafetyContent, text: str, found_by: str
) -> None:
    """Alerts tell responders which tier found a message; the learned model is the least certain."""
    found = detector.detect(text)
    assert found is not None and found.found_by == found_by
    rules_only = CrisisDetector.from_content(dataclasses.replace(loaded, model=None))
    assert (rules_only.detect(text) is None) == (found_by == "model")


@pytest.mark.parametrize(
    "text",
    [
        "this exam is killing me",
        "I'm dead tired",
        "I'd die for pizza",
        "you're killing it",
        "drop dead gorgeous",
        "kill the boss then respawn",
        "what are signs of self-harm?",
        "how do I support a suicidal friend?",
        "years ago I used to self-harm, I'm doing better now",
        "I'm not suicidal",
        "I would never hurt myself",
        "",
    ],
)
def test_safety_detector_ignores_idioms_media_education_past_negation(detector: CrisisDetector, text: str) -> None:
    assert detector.detect(text) is None


def test_safety_specific_friend_is_flagged_but_generic_question_is_not(detector: CrisisDetector) -> None:
    # Decision: a question about "a suicidal friend" is educational; "my friend is suicidal" is current risk.
    assert detector.detect("how do I support a suicidal friend?") is None
    found = detector.detect("my friend is suicidal, how do I support her?")
    assert found is not None and found.category == "other_at_risk"


def test_safety_exclusion_cancels_only_what_it_covers(detector: CrisisDetector) -> None:
    # The idiom covers "killing me"; the crisis phrase after the comma still counts.
    found = detector.detect("this exam is killing me, honestly i want to die")
    assert found is not None and found.matched == "want to die"
    # A negation covers only its own words.
    found = detector.detect("i'm not suicidal but i took too many pills")
    assert found is not None and found.category == "substance"


def test_safety_joke_marker_never_hides_abuse(detector: CrisisDetector) -> None:
    assert detector.detect("ugh i want to die lol") is None
    found = detector.detect("he hits me lol")
    assert found is not None and found.category == "abuse"


def test_safety_relapse_message_keeps_the_self_harm_category(detector: CrisisDetector) -> None:
    # A review found the first "unless" set moved this from self-harm to substance (wrong reply).
    text = "relapsed tonight after 4 months clean. its worse than usual and i cant get it to stop bleeding"
    found = detector.detect(text)
    assert found is not None and found.category == "self_harm"


def test_safety_cant_go_on_voice_chat_is_ordinary_talk(loaded: SafetyContent) -> None:
    rules = CrisisDetector.from_content(dataclasses.replace(loaded, model=None))
    assert rules.detect("cant go on vc tonight, my mum listens at the door") is None
    found = rules.detect("i cant go on anymore")
    assert found is not None and found.category == "suicidal"


@pytest.mark.parametrize("order", [1, -1])
def test_safety_exclusions_that_can_disagree_never_hide_each_other(order: int) -> None:
    """Two exclusions matching the same words: one switched off by its "unless", the other
    still applies, whichever comes first. Two different "unless" phrases at one position
    are both seen."""
    exclusions = [
        Exclusion("past", "sentence", ("years ago",), unless=("again",)),
        Exclusion("media", "sentence", ("years ago",)),
    ][::order]
    rules = CrisisDetector([("suicidal", 9, ["want to die"])], exclusions)
    assert rules.detect("years ago i want to die again") is None
    jokes = [
        Exclusion("joke", "message", ("lol",), unless=("not joking",)),
        Exclusion("idiom", "overlap", ("die lol",), unless=("not joking at all",)),
    ][::order]
    rules = CrisisDetector([("suicidal", 9, ["want to die"])], jokes)
    assert rules.detect("i want to die lol not joking") is None  # the idiom still applies
    assert rules.detect("i want to die lol not joking at all") is not None


def test_safety_unless_phrase_shared_by_exclusions_switches_off_each_of_them() -> None:
    """The same "unless" phrase on two exclusions (one overlap, one sentence) switches off both."""
    rules = CrisisDetector(
        [("suicidal", 9, ["want to die"])],
        [
            Exclusion("past", "overlap", ("used to want to die",), unless=("again",)),
            Exclusion("past_time", "sentence", ("years ago",), unless=("again",)),
            Exclusion("idiom", "overlap", ("want to die of",), unless=("not joking",)),
        ],
    )
    assert rules.detect("i used to want to die") is None
    assert rules.detect("years ago i used to want to die") is None
    assert rules.detect("years ago i used to want to die and now again") is not None
    assert rules.detect("i want to die of embarrassment") is None
    assert rules.detect("i want to die of embarrassment again") is None  # not idiom's unless
    assert rules.detect("i want to die of it, not joking") is not None


def test_safety_highest_priority_category_wins(detector: CrisisDetector) -> None:
    found = detector.detect("i want to die and i took too many pills")
    assert found is not None and found.category == "substance"


def test_safety_detector_is_driven_by_lexicon_data() -> None:
    custom = CrisisDetector(
        [("gambling", 5, ["(lost|gambled away) (all|everything) ... (rent|savings)"]), ("danger", 9, ["help me"])],
        [Exclusion("idiom", "overlap", ("help me (move|with)",)), Exclusion("quotes", "sentence", ("song",))],
        slang={"hlp": "help"},
    )
    assert custom.detect("I gambled away all my rent money") is not None
    assert custom.detect("i lost everything, even the savings") is not None
    assert custom.detect("hlp me") is not None and custom.detect("hlp me").category == "danger"  # type: ignore[union-attr]
    assert custom.detect("can you help me move on saturday") is None
    assert custom.detect("that song goes help me") is None
    assert custom.detect("I want to die") is None  # only its own lexicon


def test_safety_from_content_reuses_the_compiled_detector() -> None:
    problems = Problems(CONTENT)
    first = safety_content.load(CONTENT / "safety", problems)
    # An equal copy, not the same object (loads of the same files return the same object):
    # the detector cache must go by what the content says.
    second = dataclasses.replace(first)
    assert second is not first
    assert CrisisDetector.from_content(first) is CrisisDetector.from_content(second)
    other = dataclasses.replace(first, model=None)
    assert CrisisDetector.from_content(other) is not CrisisDetector.from_content(first)


def test_safety_detector_pattern_grows_with_the_lexicon_not_its_combinations(detector: CrisisDetector) -> None:
    # The shipped lexicon once compiled to a 1 MB pattern (6-15 s to build); alternatives are
    # now kept inline and words are plain literals. A generous ceiling catches a regression.
    assert 0 < detector.pattern_size < 700_000


def test_safety_highest_priority_stops_the_search_early_without_changing_the_winner(detector: CrisisDetector) -> None:
    found = detector.detect("i took too many pills and i want to die")
    assert found is not None and found.category == "substance" and found.matched == "took too many pills"


def test_safety_slang_bf_is_a_boyfriend_not_a_best_friend(detector: CrisisDetector) -> None:
    """"bff" squeezes to "bf": the shipped table's "bf" = boyfriend must survive that."""
    found = detector.detect("my bf hit me again")
    assert found is not None and found.category == "abuse"
    assert found.matched == "my bf hit me"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("he had never hit me until tonight", True),
        ("my husband never hit me before last night and now im scared to go home", True),
        ("he never hit me, he is a gentle person", False),
        ("my dad never hit me until i was older, i am 40 now and he is gone", False),
    ],
)
def test_safety_a_first_time_that_is_now_is_abuse(detector: CrisisDetector, text: str, flagged: bool) -> None:
    found = detector.detect(text)
    assert (found is not None and found.category == "abuse") is flagged, found
