"""The private reflection summary: direction by theme, gentle text, never a label."""

from __future__ import annotations

import pytest

from bot.content.quizzes import AGREE_SCALE, Question, Quiz, Theme
from bot.quiz.reflection import NOT_A_TEST, SUPPORT_POINTER, Lean, statement_lean, summarise

THEMES = (
    Theme("feelings", "Other people's feelings", "B-feel", "S-feel", "M-feel"),
    Theme("own-time", "Time for yourself", "B-time", "S-time", "M-time"),
)
QUIZ = Quiz(
    id="r",
    title="Reflect",
    kind="reflection",
    description="d",
    questions=(
        Question("f1", "feelings", "fix their mood", AGREE_SCALE, leans="self-abandonment"),
        Question("f2", "feelings", "let their mood be theirs", AGREE_SCALE, leans="balance"),
        Question("t1", "own-time", "keep my hobbies", AGREE_SCALE, leans="balance"),
        Question("t2", "own-time", "drop my plans", AGREE_SCALE, leans="self-abandonment"),
    ),
    themes=THEMES,
)


@pytest.mark.parametrize(
    ("leans", "point", "expected"),
    [("self-abandonment", 5, 2), ("self-abandonment", 1, -2), ("balance", 5, -2), ("balance", 4, -1),
     ("balance", 3, 0), ("self-abandonment", 3, 0)],
)
def test_reflection_statement_lean_direction(leans: str, point: int, expected: int) -> None:
    assert statement_lean(leans, point) == expected


def test_reflection_statement_lean_rejects_points_off_the_scale() -> None:
    with pytest.raises(ValueError):
        statement_lean("balance", 6)


def test_reflection_summary_sorts_balance_then_mixed_then_self_abandonment() -> None:
    # feelings: agree with fixing (5) and disagree with letting go (1) -> self-abandonment
    # own-time: agree with hobbies (5), disagree with dropping plans (1) -> balance
    summary = summarise(QUIZ, {"f1": 5, "f2": 1, "t1": 5, "t2": 1})
    assert [(t.theme, t.lean, t.text) for t in summary.themes] == [
        ("own-time", Lean.BALANCE, "B-time"),
        ("feelings", Lean.SELF_ABANDONMENT, "S-feel"),
    ]
    assert summary.leans() == {"own-time": "balance", "feelings": "self-abandonment"}
    assert summary.answered == 4


def test_reflection_summary_mixed_when_answers_pull_both_ways() -> None:
    summary = summarise(QUIZ, {"f1": 5, "f2": 5})  # agrees with both directions
    (feelings,) = summary.themes
    assert (feelings.lean, feelings.text, feelings.statements) == (Lean.MIXED, "M-feel", 2)


def test_reflection_summary_threshold_is_half_a_step() -> None:
    assert summarise(QUIZ, {"f1": 4, "f2": 3}).themes[0].lean is Lean.SELF_ABANDONMENT  # mean +0.5
    assert summarise(QUIZ, {"f1": 3, "f2": 3}).themes[0].lean is Lean.MIXED  # all "not sure"
    assert summarise(QUIZ, {"f1": 2, "f2": 3}).themes[0].lean is Lean.BALANCE  # mean -0.5


def test_reflection_summary_skips_unanswered_themes_and_unknown_ids() -> None:
    summary = summarise(QUIZ, {"t1": 4, "nope": 5})
    assert [t.theme for t in summary.themes] == ["own-time"]
    assert summary.by_lean(Lean.BALANCE)[0].label == "Time for yourself"


def test_reflection_summary_notes_are_not_a_diagnosis_and_point_to_support() -> None:
    assert "not a clinical tool" in NOT_A_TEST and "diagnosis" in NOT_A_TEST
    assert "/resources" in SUPPORT_POINTER and "therapist" in SUPPORT_POINTER
