"""Placeholder: the safety helper replaces this with the real detector (same interface)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Detection:
    category: str
    matched: str
    start: int
    end: int


class CrisisDetector:
    @classmethod
    def from_content(cls, safety: Any) -> CrisisDetector:
        return cls()

    def detect(self, text: str) -> Detection | None:
        return None
