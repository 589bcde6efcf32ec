"""Loader for content/quizzes/ (placeholder until the feature lands)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.problems import Problems


@dataclass(frozen=True, slots=True)
class QuizLibrary:
    def counts(self) -> dict[str, int]:
        return {}


def load(folder: Path, problems: Problems) -> QuizLibrary:
    return QuizLibrary()
