"""Loader for content/tips/ (placeholder until the feature lands)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.problems import Problems


@dataclass(frozen=True, slots=True)
class TipLibrary:
    def counts(self) -> dict[str, int]:
        return {}


def load(folder: Path, problems: Problems) -> TipLibrary:
    return TipLibrary()
