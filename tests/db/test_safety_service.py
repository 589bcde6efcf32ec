"""Safety storage: events without text, cooldowns, alert limits, outcomes, stats, opt-outs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.db import Database, migrate
from bot.errors import UserFacingError
from bot.safety.policy import AlertDecision, DmDecision
from bot.safety.service import Outcome, SafetyRepo, SafetyService

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
GUILD, ALICE, MIA, BOB = 10, 111, 222, 333


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[SafetyService]:
    db = await Database.open(tmp_path / "t.db")
    await migrate(db)
    try:
        yield SafetyService(SafetyRepo(db))
    finally:
        await db.close()


async def add(service: SafetyService, when: datetime = NOW, user: int = ALICE, **kw: object) -> int:
    defaults: dict[str, object] = {"guild_id": GUILD, "channel_id": 5, "message_id": 6, "category": "suicidal",
                                   "source": "message"}
    defaults.update(kw)
    return await service.repo.add_event(user_id=user, now=int(when.timestamp()), **defaults)  # type: ignore[arg-type]


async def test_safety_events_hold_no_text_columns(service: SafetyService) -> None:
    columns = [r["name"] for r in await service.repo.db.fetchall("PRAGMA table_info(crisis_events)")]
    assert not any(word in c for c in columns for word in ("text", "content", "body", "matched"))


async def test_safety_reply_cooldown_counts_only_delivered_replies(service: SafetyService) -> None:
    assert await service.dm_decision(ALICE, GUILD, NOW) is DmDecision.SEND
    first = await add(service)
    await service.repo.set_dm_status(first, "failed")
    assert await service.dm_decision(ALICE, GUILD, NOW) is DmDecision.SEND  # a failed DM does not start it
    await service.repo.set_dm_status(first, "sent")
    assert await service.dm_decision(ALICE, GUILD, NOW + timedelta(hours=5)) is DmDecision.COOLDOWN
    assert await service.dm_decision(ALICE, GUILD, NOW + timedelta(hours=6)) is DmDecision.SEND
    assert await service.dm_decision(BOB, GUILD, NOW) is DmDecision.SEND


async def test_safety_opt_out_and_server_switch(service: SafetyService) -> None:
    await service.repo.set_opt_out(ALICE, True, 0)
    assert await service.dm_decision(ALICE, GUILD, NOW) is DmDecision.OPTED_OUT
    await service.repo.set_opt_out(ALICE, False, 0)
    await service.update_settings(GUILD, NOW, auto_replies=False)
    assert await service.dm_decision(ALICE, GUILD, NOW) is DmDecision.DISABLED


async def test_safety_alert_rate_limit_per_server(service: SafetyService) -> None:
    await service.update_settings(GUILD, NOW, alerts_per_hour=2)
    for _ in range(2):
        await service.repo.set_alert(await add(service), "sent", 7, 8)
    await service.repo.set_alert(await add(service, source="test", user=None), "sent", 7, 9)  # tests don't count
    assert await service.alert_decision(GUILD, 7, NOW, notify_moderators=True) is AlertDecision.RATE_LIMITED
    assert await service.alert_decision(GUILD, 7, NOW + timedelta(hours=1, seconds=1),
                                        notify_moderators=True) is AlertDecision.SEND
    assert await service.alert_decision(GUILD + 1, 7, NOW, notify_moderators=True) is AlertDecision.SEND


async def test_safety_fallback_reminder_once_per_channel_window(service: SafetyService) -> None:
    assert await service.claim_fallback(GUILD, 5, NOW)
    assert not await service.claim_fallback(GUILD, 5, NOW + timedelta(minutes=59))
    assert await service.claim_fallback(GUILD, 6, NOW)
    assert await service.claim_fallback(GUILD, 5, NOW + timedelta(hours=1))


async def test_safety_outcomes_move_forward_only(service: SafetyService) -> None:
    event_id = await add(service)
    claimed = await service.set_outcome(event_id, Outcome.CLAIMED, MIA, NOW)
    assert (claimed.outcome, claimed.claimed_by_user_id) == (Outcome.CLAIMED, MIA)
    with pytest.raises(UserFacingError, match="already claimed"):
        await service.set_outcome(event_id, Outcome.CLAIMED, BOB, NOW)
    done = await service.set_outcome(event_id, Outcome.RESOLVED, BOB, NOW)
    assert (done.outcome, done.closed_by_user_id) == (Outcome.RESOLVED, BOB)
    with pytest.raises(UserFacingError, match="already closed"):
        await service.set_outcome(event_id, Outcome.FALSE_POSITIVE, MIA, NOW)
    with pytest.raises(UserFacingError, match="expired"):
        await service.set_outcome(9999, Outcome.CLAIMED, MIA, NOW)


async def test_safety_stats_count_categories_and_outcomes(service: SafetyService) -> None:
    first = await add(service, category="abuse")
    await add(service, category="abuse", when=NOW - timedelta(days=40))
    await add(service, category="suicidal")
    await add(service, source="test", user=None)
    await service.set_outcome(first, Outcome.FALSE_POSITIVE, MIA, NOW)
    stats = await service.repo.stats(GUILD)
    assert (stats.by_category, stats.by_outcome, stats.total) == (
        {"abuse": 2, "suicidal": 1}, {"false_positive": 1, "open": 2}, 3
    )
    recent = await service.repo.stats(GUILD, int((NOW - timedelta(days=30)).timestamp()))
    assert recent.by_category == {"abuse": 1, "suicidal": 1}


async def test_safety_channel_modes(service: SafetyService) -> None:
    await service.repo.set_channel_mode(GUILD, 5, "ignore", 0)
    await service.repo.set_channel_mode(GUILD, 6, "listen", 0)
    assert not await service.should_listen(GUILD, True, [5])
    assert await service.should_listen(GUILD, True, [7])
    await service.update_settings(GUILD, NOW, listen_all_channels=False)
    assert not await service.should_listen(GUILD, True, [7])
    assert await service.should_listen(GUILD, True, [8, 6])  # a thread inside a chosen channel
    await service.repo.set_channel_mode(GUILD, 5, None, 0)
    assert await service.repo.channels(GUILD) == {6: "listen"}
