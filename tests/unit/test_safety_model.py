"""The detector's learned third tier (bot/safety/model.py) and its trainer (train.py)."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest

from bot.content import safety as safety_content
from bot.content.problems import Problems
from bot.content.safety import SafetyContent
from bot.safety import model as model_module
from bot.safety.detector import CrisisDetector
from bot.safety.model import Model, dump, features, parse
from bot.safety.normalise import Normaliser
from tests.unit.safety_labelled import CRISIS, cue_batch, examples, short_chat

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def shipped(loaded: SafetyContent) -> Model:
    assert loaded.model is not None, "content/safety/model.tsv did not load"
    return loaded.model


@pytest.fixture(scope="module")
def normaliser(loaded: SafetyContent) -> Normaliser:
    return Normaliser(dict(loaded.lexicon.slang))


def reference_score(model: Model, norm: str) -> float:
    """The score as the module doc defines it, the slow way: over ``features``."""
    entries = [model.table[f] for f in features(norm) if f in model.table]
    q = sum(e[0] for e in entries)
    a = sum(e[1] for e in entries)
    return model.bias + (a / math.sqrt(q) if q > 0 else 0.0)


def tiny() -> Model:
    # q = idf^2, a = idf * flag weight, then one weight per class (suicidal, abuse).
    table: dict[str, tuple[float, ...]] = {
        "goodbye": (4.0, 6.0, 2.0, -1.0),
        "hit": (1.0, 1.0, -1.0, 3.0),
        "me": (1.0, 0.0, 0.0, 0.0),
        "hit me": (4.0, 4.0, -1.0, 4.0),
        "group": (1.0, -2.0, 0.0, 0.0),
    }
    return Model(("suicidal", "abuse"), -1.0, (0.0, 0.0), 1.0, table)


# --- features and the score ----------------------------------------------------------


def test_features_are_words_and_neighbouring_pairs_once() -> None:
    assert features(" he hit me\tthen hit me again") == {
        "he",
        "hit",
        "me",
        "then",
        "again",
        "he hit",
        "hit me",
        "me then",
        "then hit",
        "me again",
    }
    assert features(" ") == set()


def test_score_follows_the_formula() -> None:
    model = tiny()
    # goodbye: 6 / sqrt(4) = 3 -> -1 + 3 = 2
    assert model.score(" goodbye") == pytest.approx(2.0)
    # unknown words count for nothing, repeated words once
    assert model.score(" goodbye goodbye everyone") == pytest.approx(2.0)
    # hit, me, hit me: a = 1 + 0 + 4, q = 1 + 1 + 4 -> -1 + 5 / sqrt(6)
    assert model.score(" hit me") == pytest.approx(-1.0 + 5.0 / math.sqrt(6.0))
    assert model.score(" nothing known here") == pytest.approx(-1.0)
    assert model.score("") == pytest.approx(-1.0)


def test_category_is_the_highest_class_only_when_flagged() -> None:
    model = tiny()
    assert model.category(" goodbye") == "suicidal"
    # -1 + 5/sqrt(6) = 1.04 > 1: flagged; abuse (3 + 4) beats suicidal (-1 - 1)
    assert model.category(" hit me") == "abuse"
    verdict = model.verdict(" hit me")
    assert verdict.category == "abuse" and verdict.score == pytest.approx(-1.0 + 5.0 / math.sqrt(6.0))
    # a = 6 - 2, q = 4 + 1: -1 + 4/sqrt(5) = 0.79, under the threshold
    assert model.category(" group goodbye") is None
    assert model.verdict(" group goodbye").category is None


def test_fast_score_equals_the_reference_on_every_labelled_message(shipped: Model, normaliser: Normaliser) -> None:
    texts = [t for _, t in examples()] + [t for _, t in cue_batch()]
    worst = max(abs(shipped.score(n) - reference_score(shipped, n)) for n in map(normaliser.matching_text, texts))
    assert worst < 1e-9


def test_strongest_clause_is_the_clause_that_scores_highest() -> None:
    model = tiny()
    norm = " had a nice group today. he hit me again\tbut ok"
    start, end = model.strongest_clause(norm)
    assert norm[start:end] == "he hit me again"
    assert model.strongest_clause(" goodbye ") == (1, 8)


# --- the file --------------------------------------------------------------------------


def test_dump_and_parse_round_trip() -> None:
    model = tiny()
    problems = Problems()
    again = parse(dump(model), "model.tsv", problems)
    assert not problems, problems.lines
    assert again is not None
    assert again.table == model.table and again.classes == model.classes
    assert (again.bias, again.threshold, again.class_bias) == (model.bias, model.threshold, model.class_bias)
    other = parse(dump(Model(model.classes, model.bias, model.class_bias, 2.0, model.table)), "m", Problems())
    assert other is not None and again.digest and again.digest != other.digest


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda t: t.replace("@version\t1", "@version\t9"), "@version: must be 1"),
        (lambda t: t.replace("goodbye\t4\t6\t2\t-1", "goodbye\t4\t6\t2"), "expected 5 tab-separated fields"),
        (lambda t: t.replace("goodbye\t4\t6", "goodbye\t4\tnan"), "not a finite number"),
        (lambda t: t.replace("goodbye\t4\t6", "goodbye\tlots\t6"), "not a finite number"),
        (lambda t: t.replace("goodbye\t4\t6", "goodbye\t0.5\t6"), "must be at least 1"),
        (lambda t: t + "hit\t1\t1\t1\t1\n", "listed twice"),
        (lambda t: t + "Hit Me\t1\t1\t1\t1\n", "is not a feature"),
        (lambda t: t + "he hit me\t1\t1\t1\t1\n", "is not a feature"),
        (lambda t: t.replace("@threshold\t1", "@threshold\tsoon"), "@threshold: must be one finite number"),
        (lambda t: t.replace("@threshold\t1", "@threshold\t-2"), "must be below @threshold"),
        (lambda t: t.replace("@bias\t-1\n", ""), "@bias: is missing"),
        (lambda t: t.replace("@bias\t-1", "@bias\t-1\n@bias\t-3"), "@bias is given twice"),
        (lambda t: t.replace("@bias\t-1", "@bias\t-1\n@bais\t-3"), "unknown setting @bais"),
        (lambda t: t.replace("@min_words\t1", "@min_words\tfew"), "@min_words: must be one whole number"),
        (lambda t: t.replace("@min_words\t1\n", "") + "@min_words\t2\n", "must come before the features"),
        (lambda t: t.replace("suicidal\tabuse", "abuse\tabuse"), "each once"),
        (lambda t: t.replace("@class_bias\t0\t0", "@class_bias\t0"), "one number per class"),
        (lambda t: "\n".join(line for line in t.splitlines() if line.startswith(("#", "@"))), "has no features"),
    ],
)
def test_a_malformed_model_file_is_reported_and_not_used(edit, expected: str) -> None:
    problems = Problems()
    assert parse(edit(dump(tiny())), "model.tsv", problems) is None
    assert any(expected in line for line in problems.lines), problems.lines


def test_loading_checks_the_classes_and_leaves_the_tier_out_on_problems(tmp_path: Path) -> None:
    file = tmp_path / "model.tsv"
    assert model_module.load(file, CRISIS, Problems()) is None  # optional: no file, no tier
    file.write_text(dump(tiny()).replace("\tabuse", "\tbullying"), encoding="utf-8")
    problems = Problems()
    assert model_module.load(file, CRISIS, problems) is None
    assert any("not lexicon categories: bullying" in line for line in problems.lines)
    file.write_bytes(b"\xff\xfe broken")
    problems = Problems()
    assert model_module.load(file, CRISIS, problems) is None
    assert any("not UTF-8" in line for line in problems.lines)


def test_a_broken_model_file_fails_the_content_check_with_its_line(tmp_path: Path) -> None:
    """The shipped folder with a damaged model.tsv: the loader names the file and line (so
    `python -m bot check` and start-up refuse it, like any other content problem)."""
    folder = tmp_path / "safety"
    folder.mkdir()
    for file in (CONTENT / "safety").iterdir():
        if file.is_file():
            (folder / file.name).write_bytes(file.read_bytes())
    lines = (folder / "model.tsv").read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line and not line.startswith(("#", "@")))
    lines[index] = lines[index] + "\textra"
    (folder / "model.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = Problems(tmp_path)
    content = safety_content.load(folder, problems)
    assert content.model is None
    assert any(f"model.tsv: line {index + 1}: expected" in line for line in problems.lines), problems.lines


# --- in the detector -------------------------------------------------------------------


def test_the_model_tier_runs_only_after_the_rules_and_says_which_clause(loaded: SafetyContent) -> None:
    rules = CrisisDetector.from_content(dataclasses.replace(loaded, model=None))
    full = CrisisDetector.from_content(loaded)
    assert loaded.model is not None
    texts = [t for label, t in cue_batch("b10") + cue_batch("b11") if label in CRISIS]
    only_model = [t for t in texts if rules.detect(t) is None and full.detect(t) is not None]
    assert len(only_model) >= 10
    for text in only_model:
        found = full.detect(text)
        assert found is not None and found.category in CRISIS
        assert found.matched and found.matched == text[found.start : found.end]
        assert found.matched.strip() == found.matched
    # A rule hit is answered by the rules, model or not.
    assert full.detect("I want to kill myself") == rules.detect("I want to kill myself")


def test_a_tiny_model_decides_alone_when_the_rules_are_empty(loaded: SafetyContent) -> None:
    detector = CrisisDetector(
        [(c.key, c.priority, ["zzzz never matches"]) for c in loaded.lexicon.categories], model=tiny()
    )
    found = detector.detect("Long day at work. He HIT me again, but ok")
    assert found is not None and found.category == "abuse" and found.matched == "He HIT me again"
    assert detector.detect("had a nice group today. he hit me again") is None  # group pulls it under


def test_short_everyday_chat_is_left_alone(loaded: SafetyContent) -> None:
    """Held-out short chat (never trained on): the whole detector flags at most 1 %. Before
    min_words and the short-chat training batch, the model alone flagged 13 of 405."""
    detector = CrisisDetector.from_content(loaded)
    lines = short_chat()
    assert len(lines) >= 400
    flagged = [line for line in lines if detector.detect(line) is not None]
    assert len(flagged) <= len(lines) // 100, flagged


def test_no_short_message_is_flagged_by_the_model_alone(shipped: Model, normaliser: Normaliser) -> None:
    assert shipped.min_words >= 4
    singles = [f for f in shipped.table if " " not in f]
    assert not [w for w in singles if shipped.category(f" {w}") is not None]
    for text in ("sorry", "tonight", "me", "he", "again?", "i think so", "been there", "bye all", "ben is typing"):
        assert shipped.category(normaliser.matching_text(text)) is None, text


def test_the_model_tier_works_without_any_phrases() -> None:
    detector = CrisisDetector([], model=tiny())
    assert detector.detect("Long day at work. He HIT me again, but ok") is not None
    assert detector.detect("") is None and detector.detect("!!!") is None
