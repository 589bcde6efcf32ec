"""Rate limits and who hears about a crisis event (pure functions, no I/O).

Safe-messaging guidance: at most one automatic reply per member per cooldown window,
alerts to moderators rate-limited per server, and the public fallback reminder at most
once per channel per window. Crisis events from private check-in notes reach moderators
only if the member chose that at opt-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_REPLY_COOLDOWN_S = 6 * 3600
DEFAULT_ALERTS_PER_HOUR = 10
DEFAULT_FALLBACK_COOLDOWN_S = 3600
ALERT_WINDOW_S = 3600


class DmDecision(StrEnum):
    SEND = "send"
    COOLDOWN = "cooldown"
    OPTED_OUT = "opted_out"
    DISABLED = "disabled"


class AlertDecision(StrEnum):
    SEND = "send"
    RATE_LIMITED = "rate_limited"
    NO_CHANNEL = "no_channel"
    PRIVATE = "private"  # a check-in note whose author did not choose to tell moderators


@dataclass(frozen=True, slots=True)
class SafetySettings:
    guild_id: int
    listen_all_channels: bool = True
    auto_replies: bool = True
    fallback_reminder: bool = True
    reply_cooldown_s: int = DEFAULT_REPLY_COOLDOWN_S
    alerts_per_hour: int = DEFAULT_ALERTS_PER_HOUR
    fallback_cooldown_s: int = DEFAULT_FALLBACK_COOLDOWN_S


def should_listen(settings: SafetySettings, safety_enabled: bool, channel_modes: list[str]) -> bool:
    """``channel_modes``: the stored modes for the channel and, for a thread, its parent
    (the channel's own first). An explicit 'ignore' always wins."""
    if not safety_enabled:
        return False
    if "ignore" in channel_modes:
        return False
    return settings.listen_all_channels or "listen" in channel_modes


def dm_decision(
    *,
    auto_replies: bool,
    opted_out: bool,
    last_reply_at: int | None,
    now: int,
    cooldown_s: int,
    requested_by_member: bool = False,
) -> DmDecision:
    """Whether to send the automatic private reply. ``requested_by_member`` (the member
    wrote a check-in note in a DM with Tandem) still respects the cooldown, not the
    server's auto-reply switch."""
    if opted_out:
        return DmDecision.OPTED_OUT
    if not auto_replies and not requested_by_member:
        return DmDecision.DISABLED
    if last_reply_at is not None and now - last_reply_at < cooldown_s:
        return DmDecision.COOLDOWN
    return DmDecision.SEND


def alert_decision(
    *,
    notify_moderators: bool,
    alert_channel_id: int | None,
    alerts_in_window: int,
    alerts_per_hour: int,
) -> AlertDecision:
    if not notify_moderators:
        return AlertDecision.PRIVATE
    if alert_channel_id is None:
        return AlertDecision.NO_CHANNEL
    if alerts_in_window >= alerts_per_hour:
        return AlertDecision.RATE_LIMITED
    return AlertDecision.SEND


def fallback_allowed(*, enabled: bool, last_posted_at: int | None, now: int, cooldown_s: int) -> bool:
    if not enabled:
        return False
    return last_posted_at is None or now - last_posted_at >= cooldown_s
