"""Category-aware, region-aware replies built from content/safety."""

from __future__ import annotations

from bot.content.safety import FORBIDDEN_WORDING, SafetyContent
from bot.safety.replies import member_reply, region_choices, resolve_region


def names(content: SafetyContent, region: str, category: str | None) -> list[str]:
    return [line.name for line in member_reply(content, region, category).lines]


def test_safety_reply_adds_category_lines(loaded: SafetyContent) -> None:
    assert "National Domestic Violence Hotline" in names(loaded, "US", "abuse")
    assert "National Domestic Violence Hotline" not in names(loaded, "US", "suicidal")
    assert any("SAMHSA" in n for n in names(loaded, "US", "substance"))
    assert "Refuge National Domestic Abuse Helpline" in names(loaded, "GB", "abuse")
    assert names(loaded, "US", "suicidal")[0] == "988 Suicide & Crisis Lifeline"  # general lines first


def test_safety_reply_text_is_category_aware_and_safe(loaded: SafetyContent) -> None:
    other = member_reply(loaded, "GB", "other_at_risk")
    assert "someone you care about" in other.opening and "Don't promise to keep it secret" in other.extra
    assert "999 or 112" in other.emergency
    for category in ("suicidal", "self_harm", "abuse", "substance", "other_at_risk", None, "unknown"):
        reply = member_reply(loaded, "US", category)
        words = " ".join([reply.opening, reply.extra, reply.closing, reply.emergency]).lower()
        assert not any(bad in words for bad in FORBIDDEN_WORDING)


def test_safety_unknown_region_falls_back_to_the_directory(loaded: SafetyContent) -> None:
    assert resolve_region(loaded, "xx") == "INTL" and resolve_region(loaded, " gb ") == "GB"
    reply = member_reply(loaded, None, "suicidal")
    assert any("findahelpline.com" in line.how for line in reply.lines)


def test_safety_region_autocomplete(loaded: SafetyContent) -> None:
    assert [code for _, code in region_choices(loaded, "king")] == ["GB"]
    assert [code for _, code in region_choices(loaded, "nz")] == ["NZ"]
    assert len(region_choices(loaded, "")) == len(loaded.regions)
