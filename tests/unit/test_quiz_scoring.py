"""Pure scoring: solo results, accuracy by theme, group tally and scoreboard."""

from __future__ import annotations

from bot.content.quizzes import Choice, Question
from bot.quiz.scoring import AnswerRecord, accuracy_by_theme, is_correct, scoreboard, solo_result, tally

CHOICES = (Choice("a", "Alpha"), Choice("b", "Beta"), Choice("c", "Gamma"))


def question(qid: str, answer: str = "a", theme: str = "t") -> Question:
    return Question(qid, theme, f"prompt {qid}", CHOICES, answer=answer, explanation="why")


def test_scoring_is_correct_compares_choice_ids() -> None:
    assert is_correct(question("q", "b"), "b")
    assert not is_correct(question("q", "b"), "a")
    reflection = Question("r", "t", "p", CHOICES, leans="balance")
    assert not is_correct(reflection, "a")


def test_scoring_solo_result_counts_and_groups_by_theme_weakest_first() -> None:
    answers = [
        AnswerRecord("q1", "boundaries", "a", True),
        AnswerRecord("q2", "boundaries", "b", False),
        AnswerRecord("q3", "needs", "a", True),
        AnswerRecord("q4", "needs", "a", True),
    ]
    result = solo_result(answers, total=5, labels={"boundaries": "Boundaries", "needs": "Needs"})
    assert (result.correct, result.answered, result.total, result.percent) == (3, 4, 5, 75)
    assert [(t.label, t.correct, t.answered, t.percent) for t in result.by_theme] == [
        ("Boundaries", 1, 2, 50),
        ("Needs", 2, 2, 100),
    ]


def test_scoring_solo_result_ignores_unscored_reflection_answers() -> None:
    result = solo_result([AnswerRecord("r1", "t", "4", None)], total=1)
    assert (result.correct, result.answered, result.percent, result.by_theme) == (0, 0, 0, ())


def test_scoring_accuracy_by_theme_falls_back_to_slug_label() -> None:
    (only,) = accuracy_by_theme([("own-time", False)])
    assert (only.theme, only.label, only.correct, only.answered) == ("own-time", "own-time", 0, 1)


def test_scoring_tally_percentages_add_to_100_and_keep_choice_order() -> None:
    counts = tally(question("q", "b"), {"a": 1, "b": 1, "c": 1})
    assert [c.choice_id for c in counts] == ["a", "b", "c"]
    assert sum(c.percent for c in counts) == 100
    assert sorted(c.percent for c in counts) == [33, 33, 34]
    assert [c.correct for c in counts] == [False, True, False]


def test_scoring_tally_with_no_votes_is_all_zero() -> None:
    counts = tally(question("q"), {})
    assert [(c.count, c.percent) for c in counts] == [(0, 0), (0, 0), (0, 0)]


def test_scoring_tally_ignores_votes_for_unknown_choices() -> None:
    counts = tally(question("q"), {"a": 2, "zzz": 5})
    assert [(c.choice_id, c.count, c.percent) for c in counts] == [("a", 2, 100), ("b", 0, 0), ("c", 0, 0)]


def test_scoring_scoreboard_ranks_by_correct_then_fewer_attempts() -> None:
    questions = [question("q1", "a"), question("q2", "b")]
    rows = [
        (0, 10, "a"), (1, 10, "b"),  # 2 of 2
        (0, 20, "a"),                # 1 of 1
        (0, 30, "b"), (1, 30, "b"),  # 1 of 2
        (0, 40, "c"),                # 0 of 1
        (7, 50, "a"),                # unknown question index: ignored
    ]
    board = scoreboard(questions, rows)
    assert [(s.user_id, s.correct, s.answered) for s in board] == [(10, 2, 2), (20, 1, 1), (30, 1, 2), (40, 0, 1)]
    assert len(scoreboard(questions, rows, limit=2)) == 2
