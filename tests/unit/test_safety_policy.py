"""Rate limits and who hears about a crisis event."""

from __future__ import annotations

from bot.safety.policy import (
    AlertDecision,
    DmDecision,
    SafetySettings,
    alert_decision,
    dm_decision,
    fallback_allowed,
    should_listen,
)

HOUR = 3600


def test_safety_policy_one_reply_per_cooldown() -> None:
    common = {"auto_replies": True, "opted_out": False, "cooldown_s": 6 * HOUR}
    assert dm_decision(last_reply_at=None, now=1000, **common) is DmDecision.SEND
    assert dm_decision(last_reply_at=1000, now=1000 + 6 * HOUR - 1, **common) is DmDecision.COOLDOWN
    assert dm_decision(last_reply_at=1000, now=1000 + 6 * HOUR, **common) is DmDecision.SEND


def test_safety_policy_opt_out_and_server_switch() -> None:
    assert dm_decision(auto_replies=True, opted_out=True, last_reply_at=None, now=0, cooldown_s=1) is (
        DmDecision.OPTED_OUT
    )
    assert dm_decision(auto_replies=False, opted_out=False, last_reply_at=None, now=0, cooldown_s=1) is (
        DmDecision.DISABLED
    )
    # A check-in note is the member writing to Tandem: the server's switch does not apply.
    assert dm_decision(
        auto_replies=False, opted_out=False, last_reply_at=None, now=0, cooldown_s=1, requested_by_member=True
    ) is DmDecision.SEND


def test_safety_policy_alerts() -> None:
    base = {"alert_channel_id": 5, "alerts_in_window": 0, "alerts_per_hour": 2}
    assert alert_decision(notify_moderators=True, **base) is AlertDecision.SEND
    assert alert_decision(notify_moderators=False, **base) is AlertDecision.PRIVATE
    assert alert_decision(notify_moderators=True, **{**base, "alert_channel_id": None}) is AlertDecision.NO_CHANNEL
    assert alert_decision(notify_moderators=True, **{**base, "alerts_in_window": 2}) is AlertDecision.RATE_LIMITED


def test_safety_policy_fallback_cooldown() -> None:
    assert fallback_allowed(enabled=True, last_posted_at=None, now=10, cooldown_s=HOUR)
    assert not fallback_allowed(enabled=True, last_posted_at=10, now=10 + HOUR - 1, cooldown_s=HOUR)
    assert fallback_allowed(enabled=True, last_posted_at=10, now=10 + HOUR, cooldown_s=HOUR)
    assert not fallback_allowed(enabled=False, last_posted_at=None, now=10, cooldown_s=HOUR)


def test_safety_policy_channels() -> None:
    everywhere = SafetySettings(guild_id=1)
    chosen = SafetySettings(guild_id=1, listen_all_channels=False)
    assert should_listen(everywhere, True, [])
    assert not should_listen(everywhere, True, ["ignore"])
    assert not should_listen(everywhere, False, [])
    assert not should_listen(chosen, True, [])
    assert should_listen(chosen, True, ["listen"])
    assert not should_listen(chosen, True, ["ignore", "listen"])  # a thread opted out inside a chosen channel
