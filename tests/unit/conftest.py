"""Fixtures shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import safety as safety_content
from bot.content.problems import Problems
from bot.content.safety import SafetyContent

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="session")
def loaded() -> SafetyContent:
    """The shipped content/safety folder, loaded once; it must have no problems."""
    problems = Problems(CONTENT)
    content = safety_content.load(CONTENT / "safety", problems)
    assert not problems, problems.lines
    return content
