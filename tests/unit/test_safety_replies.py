"""Category-aware, region-aware replies built from content/safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import safety as safety_content
from bot.content.problems import Problems
from bot.content.safety import FORBIDDEN_WORDING, SafetyContent
from bot.safety.replies import member_reply, region_choices, resolve_region

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def content() -> SafetyContent:
    problems = Problems(CONTENT)
    loaded = safety_content.load(CONTENT / "safety", problems)
    assert not problems, problems.lines
    return loaded


def names(content: SafetyContent, region: str, category: str | None) -> list[str]:
    return [line.name for line in member_reply(content, region, category).lines]


def test_safety_reply_adds_category_lines(content: SafetyContent) -> None:
    assert "National Domestic Violence Hotline" in names(content, "US", "abuse")
    assert "National Domestic Violence Hotline" not in names(content, "US", "suicidal")
    assert any("SAMHSA" in n for n in names(content, "US", "substance"))
    assert "Refuge National Domestic Abuse Helpline" in names(content, "GB", "abuse")
    assert names(content, "US", "suicidal")[0] == "988 Suicide & Crisis Lifeline"  # general lines first


def test_safety_reply_text_is_category_aware_and_safe(content: SafetyContent) -> None:
    other = member_reply(content, "GB", "other_at_risk")
    assert "someone you care about" in other.opening and "Don't promise to keep it secret" in other.extra
    assert "999 or 112" in other.emergency
    for category in ("suicidal", "self_harm", "abuse", "substance", "other_at_risk", None, "unknown"):
        reply = member_reply(content, "US", category)
        words = " ".join([reply.opening, reply.extra, reply.closing, reply.emergency]).lower()
        assert not any(bad in words for bad in FORBIDDEN_WORDING)


def test_safety_unknown_region_falls_back_to_the_directory(content: SafetyContent) -> None:
    assert resolve_region(content, "xx") == "INTL" and resolve_region(content, " gb ") == "GB"
    reply = member_reply(content, None, "suicidal")
    assert any("findahelpline.com" in line.how for line in reply.lines)


def test_safety_region_autocomplete(content: SafetyContent) -> None:
    assert [code for _, code in region_choices(content, "king")] == ["GB"]
    assert [code for _, code in region_choices(content, "nz")] == ["NZ"]
    assert len(region_choices(content, "")) == len(content.regions)
