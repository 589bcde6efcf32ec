"""The private self-reflection summary: where answers lean, by theme, in gentle words.

It never produces a label, a score or a diagnosis: only which way each theme leans and the
theme's own kind text from the content file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from bot.content.quizzes import Quiz

# Scale points 1..5 map to -2..+2 agreement; a theme leans one way when its average lean
# passes this threshold (half a scale step), otherwise it is "mixed".
LEAN_THRESHOLD = 0.5

NOT_A_TEST = (
    "This is a private reflection, not a clinical tool, a test or a diagnosis, and it "
    "can't tell you who you are. It only mirrors the answers you gave today."
)
SUPPORT_POINTER = (
    "If something here feels heavy, `/resources` lists places to reach out, and a therapist "
    "or counsellor can help you explore it with care."
)


class Lean(Enum):
    BALANCE = "balance"
    MIXED = "mixed"
    SELF_ABANDONMENT = "self-abandonment"


@dataclass(frozen=True, slots=True)
class ThemeReflection:
    theme: str
    label: str
    lean: Lean
    text: str
    statements: int


@dataclass(frozen=True, slots=True)
class ReflectionSummary:
    quiz_id: str
    themes: tuple[ThemeReflection, ...]  # balance first, then mixed, then self-abandonment
    answered: int

    def by_lean(self, lean: Lean) -> tuple[ThemeReflection, ...]:
        return tuple(t for t in self.themes if t.lean is lean)

    def leans(self) -> dict[str, str]:
        """theme -> lean value, the only thing a saved reflection keeps besides the answers."""
        return {t.theme: t.lean.value for t in self.themes}


def statement_lean(leans: str, scale_point: int) -> int:
    """How far one answer leans toward self-abandonment (+) or balance (-), from -2 to +2."""
    if not 1 <= scale_point <= 5:
        raise ValueError(f"scale point {scale_point} is outside 1..5")
    agreement = scale_point - 3
    return agreement if leans == "self-abandonment" else -agreement


def summarise(quiz: Quiz, answers: Mapping[str, int]) -> ReflectionSummary:
    """``answers`` maps statement id -> scale point (1..5). Unanswered statements are skipped;
    themes with no answers are left out rather than guessed."""
    totals: dict[str, list[int]] = {}
    for question in quiz.questions:
        if question.id not in answers or question.leans is None:
            continue
        totals.setdefault(question.theme, []).append(statement_lean(question.leans, answers[question.id]))
    order = {Lean.BALANCE: 0, Lean.MIXED: 1, Lean.SELF_ABANDONMENT: 2}
    themes: list[ThemeReflection] = []
    for theme_id, values in totals.items():
        mean = sum(values) / len(values)
        if mean >= LEAN_THRESHOLD:
            lean = Lean.SELF_ABANDONMENT
        elif mean <= -LEAN_THRESHOLD:
            lean = Lean.BALANCE
        else:
            lean = Lean.MIXED
        theme = quiz.theme(theme_id)
        text = {
            Lean.BALANCE: theme.toward_balance,
            Lean.MIXED: theme.mixed,
            Lean.SELF_ABANDONMENT: theme.toward_self_abandonment,
        }[lean]
        themes.append(ThemeReflection(theme_id, theme.label, lean, text, len(values)))
    theme_order = {t.id: i for i, t in enumerate(quiz.themes)}
    themes.sort(key=lambda t: (order[t.lean], theme_order.get(t.theme, len(theme_order))))
    return ReflectionSummary(quiz.id, tuple(themes), sum(len(v) for v in totals.values()))
