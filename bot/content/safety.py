"""Loader for content/safety/ (placeholder until the safety feature lands).

Interface other code relies on: ``SafetyContent.region_names() -> dict[code, name]``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.content.problems import Problems


@dataclass(frozen=True, slots=True)
class SafetyContent:
    regions: dict[str, str] = field(
        default_factory=lambda: {"US": "United States", "CA": "Canada", "GB": "United Kingdom",
                                 "IE": "Ireland", "AU": "Australia", "NZ": "New Zealand"}
    )

    def region_names(self) -> dict[str, str]:
        return dict(self.regions)

    def counts(self) -> dict[str, int]:
        return {}


def load(folder: Path, problems: Problems) -> SafetyContent:
    return SafetyContent()
