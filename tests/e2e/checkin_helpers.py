"""Shared steps for the check-in and privacy end-to-end tests (not a test module)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.clock import FakeClock
from tests.fakediscord import FakeDiscord, FakeGuild, FakeMessage, FakeUser


def all_text(message: FakeMessage) -> str:
    parts = [message.content or ""]
    for embed in message.embeds:
        parts += [embed.get("title", ""), embed.get("description", "")]
        for field in embed.get("fields", []):
            parts += [field.get("name", ""), field.get("value", "")]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(parts)


async def opt_in(
    fake: FakeDiscord,
    user: FakeUser,
    *,
    guild: FakeGuild | None = None,
    channel: Any = None,
    frequency: str = "daily",
    time: str = "09:00",
    timezone: str = "UTC",
    **extra: Any,
) -> None:
    """/checkin start, then "I agree"."""
    where: dict[str, Any] = {"guild": guild, "channel": channel} if guild is not None else {"dm": True}
    shown = await fake.slash(
        user, "checkin start", options={"frequency": frequency, "time": time, "timezone": timezone, **extra}, **where
    )
    assert shown.ephemeral, shown
    agreed = await fake.click(user, shown, label="I agree")
    await agreed.wait_edit()
    assert "You're set" in all_text(agreed.final), all_text(agreed.final)  # type: ignore[arg-type]


async def run_due(bot: Any, clock: FakeClock, when: datetime) -> None:
    """Move the clock to ``when`` and let the scheduler run whatever is due."""
    await clock.set(when)
    await bot.scheduler.tick()


def checkin_dms(fake: FakeDiscord, user: FakeUser) -> list[FakeMessage]:
    """The check-in DMs (not the welcome message) sent to ``user``."""
    return [m for m in fake.dms(user) if m.embeds and m.embeds[0].get("title", "").startswith("Check-in")]


async def wait_checkins(fake: FakeDiscord, user: FakeUser, count: int, timeout: float = 5.0) -> list[FakeMessage]:
    await fake.wait_until(lambda: len(checkin_dms(fake, user)) >= count, timeout, f"{count} check-in DM(s)")
    return checkin_dms(fake, user)


def checkin_id(message: FakeMessage) -> int:
    ids = [cid for cid in message.all_custom_ids() if cid.startswith("ci:")]
    assert ids, f"no check-in buttons on the message: {message.all_custom_ids()}"
    return int(ids[0].split(":")[2])
