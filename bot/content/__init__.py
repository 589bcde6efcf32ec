"""Load and validate everything under ``content/`` into frozen dataclasses.

Each feature owns a loader module here; ``load_content`` runs them all and raises one
``ContentError`` listing every ``file: field: problem`` it found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content import checkins, quizzes, safety, tips
from bot.content.problems import Problems
from bot.errors import ContentError


@dataclass(frozen=True, slots=True)
class Content:
    quizzes: quizzes.QuizLibrary
    tips: tips.TipLibrary
    checkins: checkins.CheckinContent
    safety: safety.SafetyContent

    def summary(self) -> dict[str, int]:
        return {
            **self.quizzes.counts(),
            **self.tips.counts(),
            **self.checkins.counts(),
            **self.safety.counts(),
        }


def load_content(root: Path) -> Content:
    problems = Problems(root)
    if not root.is_dir():
        raise ContentError([f"{root}: (folder): content folder not found; set TANDEM_CONTENT_DIR"])
    content = Content(
        quizzes=quizzes.load(root / "quizzes", problems),
        tips=tips.load(root / "tips", problems),
        checkins=checkins.load(root / "checkins", problems),
        safety=safety.load(root / "safety", problems),
    )
    if problems:
        raise ContentError(problems.lines)
    return content
