"""Pure scoring: solo results, accuracy by theme, group tallies and scoreboards."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.content.quizzes import Question


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    question_id: str
    theme: str
    choice_id: str
    correct: bool | None  # None for reflection statements


@dataclass(frozen=True, slots=True)
class ThemeAccuracy:
    theme: str
    label: str
    correct: int
    answered: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass(frozen=True, slots=True)
class SoloResult:
    correct: int
    answered: int
    total: int
    by_theme: tuple[ThemeAccuracy, ...]

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


def is_correct(question: Question, choice_id: str) -> bool:
    return question.answer is not None and question.answer == choice_id


def accuracy_by_theme(
    rows: Iterable[tuple[str, bool]], labels: Mapping[str, str] | None = None
) -> tuple[ThemeAccuracy, ...]:
    """(theme, correct) pairs -> per-theme accuracy, weakest first so the summary points
    at what is worth another look."""
    answered: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for theme, ok in rows:
        answered[theme] += 1
        correct[theme] += int(ok)
    labels = labels or {}
    result = [
        ThemeAccuracy(theme, labels.get(theme, theme), correct[theme], answered[theme]) for theme in answered
    ]
    result.sort(key=lambda t: (t.correct / t.answered, t.label))
    return tuple(result)


def solo_result(answers: Sequence[AnswerRecord], total: int, labels: Mapping[str, str] | None = None) -> SoloResult:
    scored = [a for a in answers if a.correct is not None]
    return SoloResult(
        correct=sum(1 for a in scored if a.correct),
        answered=len(scored),
        total=total,
        by_theme=accuracy_by_theme(((a.theme, bool(a.correct)) for a in scored), labels),
    )


@dataclass(frozen=True, slots=True)
class ChoiceCount:
    choice_id: str
    label: str
    count: int
    percent: int
    correct: bool


def tally(question: Question, votes: Mapping[str, int]) -> tuple[ChoiceCount, ...]:
    """Distribution of answers over the question's choices, in the question's order.

    Percentages come from the largest-remainder method so they add up to 100."""
    total = sum(votes.get(c.id, 0) for c in question.choices)
    raw = [(c, votes.get(c.id, 0)) for c in question.choices]
    if total == 0:
        percents = [0] * len(raw)
    else:
        exact = [100 * n / total for _, n in raw]
        percents = [int(x) for x in exact]
        leftover = 100 - sum(percents)
        order = sorted(range(len(raw)), key=lambda i: (-(exact[i] - percents[i]), i))
        for i in order[:leftover]:
            percents[i] += 1
    return tuple(
        ChoiceCount(c.id, c.label, n, p, c.id == question.answer) for (c, n), p in zip(raw, percents, strict=True)
    )


@dataclass(frozen=True, slots=True)
class ScoreLine:
    user_id: int
    correct: int
    answered: int


def scoreboard(
    questions: Sequence[Question], answers: Iterable[tuple[int, int, str]], limit: int = 10
) -> tuple[ScoreLine, ...]:
    """(question_index, user_id, choice_id) rows -> ranking by correct answers, then fewer
    attempts, then earliest id (stable for ties)."""
    correct: Counter[int] = Counter()
    answered: Counter[int] = Counter()
    for index, user_id, choice_id in answers:
        if not 0 <= index < len(questions):
            continue
        answered[user_id] += 1
        correct[user_id] += int(is_correct(questions[index], choice_id))
    lines = [ScoreLine(uid, correct[uid], answered[uid]) for uid in answered]
    lines.sort(key=lambda s: (-s.correct, s.answered, s.user_id))
    return tuple(lines[:limit])
