from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.checkins.model import ScheduleChoice, Status
from bot.checkins.repo import CheckinRepo
from bot.checkins.service import KIND, CheckinService
from bot.clock import FakeClock
from bot.content.checkins import load as load_checkins
from bot.content.problems import Problems
from bot.crypto import NoteCipher
from bot.db import Database, migrate
from bot.errors import UserFacingError
from bot.scheduler import Scheduler

CONTENT = Path(__file__).resolve().parents[2] / "content" / "checkins"
START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # Monday
USER = 4242


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[tuple[CheckinService, Scheduler, FakeClock, Database]]:
    db = await Database.open(tmp_path / "c.db")
    await migrate(db)
    clock = FakeClock(START)
    scheduler = Scheduler(db, clock, interval=60, grace=timedelta(hours=3))
    content = load_checkins(CONTENT, Problems())
    service = CheckinService(CheckinRepo(db), scheduler, content, NoteCipher.generate(), clock)
    yield service, scheduler, clock, db
    await db.close()


Env = tuple[CheckinService, Scheduler, FakeClock, Database]


async def test_checkin_service_opt_in_creates_member_and_local_time_schedule(env: Env) -> None:
    service, _, _, _ = env
    choice = ScheduleChoice.parse("weekdays", "20:30", "America/New_York")
    member, schedule = await service.opt_in(USER, 777, choice)
    assert (member.guild_id, member.schedule_id, member.notify_moderators) == (777, schedule.id, False)
    assert (schedule.kind, schedule.user_id, schedule.days, schedule.tz) == (KIND, USER, 31, "America/New_York")
    # Monday 20:30 in New York (EST, UTC-5) is 01:30 UTC on Tuesday.
    assert schedule.next_run_at == datetime(2026, 3, 3, 1, 30, tzinfo=UTC)
    assert schedule.next_key == "2026-03-02"


async def test_checkin_service_change_schedule_keeps_one_schedule(env: Env) -> None:
    service, scheduler, _, _ = env
    _, first = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    member, second = await service.change_schedule(USER, ScheduleChoice.parse("weekly", "10:00", "Europe/Berlin", 4))
    assert second.id == first.id and member.schedule_id == first.id
    assert second.days == 1 << 4 and second.tz == "Europe/Berlin"
    assert len(await scheduler.find(KIND, user_id=USER)) == 1


async def test_checkin_service_begin_is_once_per_run_and_closes_the_previous_quietly(env: Env) -> None:
    service, _, clock, _ = env
    member, _ = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    first, created = await service.begin(member, "run:1", "2026-03-02")
    again, created_again = await service.begin(member, "run:1", "2026-03-02")
    assert created and not created_again and again.id == first.id
    assert len(first.prompt_ids) == 2
    await service.record_mood(first.id, USER, 3)  # partial: mood only
    await clock.advance(timedelta(days=1))
    second, _ = await service.begin(member, "run:2", "2026-03-03")
    closed = await service.repo.get_checkin(first.id)
    assert closed is not None and closed.status is Status.CLOSED and closed.mood == 3  # partial answers kept
    assert second.status is Status.OPEN


async def test_checkin_service_answers_are_upserts_and_closed_checkins_refuse(env: Env) -> None:
    service, _, _, db = env
    member, _ = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    checkin, _ = await service.begin(member, "run:1", "2026-03-02")
    await service.record_mood(checkin.id, USER, 4)
    await service.record_mood(checkin.id, USER, 4)
    prompt = checkin.prompt_ids[0]
    await service.record_answer(checkin.id, USER, prompt, "partly")
    await service.record_answer(checkin.id, USER, prompt, "partly")
    assert await db.fetchval("SELECT count(*) FROM checkin_answers WHERE checkin_id = ?", (checkin.id,)) == 1
    with pytest.raises(UserFacingError):
        await service.record_answer(checkin.id, USER + 1, prompt, "yes")  # someone else's check-in
    done = await service.finish(checkin.id, USER, Status.DONE)
    assert done.status is Status.DONE
    with pytest.raises(UserFacingError):
        await service.record_mood(checkin.id, USER, 1)
    assert (await service.finish(checkin.id, USER, Status.SKIPPED)).status is Status.DONE


async def test_checkin_service_snooze_sets_a_one_off_run_an_hour_later(env: Env) -> None:
    service, scheduler, clock, _ = env
    member, schedule = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    checkin, _ = await service.begin(member, "run:1", "2026-03-02")
    snoozed, at = await service.snooze(checkin.id, USER)
    assert snoozed.status is Status.SNOOZED and at == clock.now() + timedelta(hours=1)
    refreshed = await scheduler.get(schedule.id)
    assert refreshed is not None and refreshed.next_run_at == at
    assert refreshed.next_key is not None and refreshed.next_key.startswith(f"snooze:{checkin.id}:")


async def test_checkin_service_pause_resume_and_dated_pause(env: Env) -> None:
    service, scheduler, clock, _ = env
    _, schedule = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    member, until = await service.pause(USER, None)
    assert until is None and member.paused and member.is_paused(clock.now())
    assert (await scheduler.get(schedule.id)).paused  # type: ignore[union-attr]
    member, _ = await service.resume(USER)
    assert not member.paused and not (await scheduler.get(schedule.id)).paused  # type: ignore[union-attr]
    member, until = await service.pause(USER, "3")
    assert until == datetime(2026, 3, 5, tzinfo=UTC)
    assert member.is_paused(clock.now())
    assert not member.is_paused(until + timedelta(seconds=1))
    # The schedule keeps running so check-ins return by themselves; the next shown is after the pause.
    assert not (await scheduler.get(schedule.id)).paused  # type: ignore[union-attr]
    assert await service.next_run(member) == datetime(2026, 3, 5, 9, 0, tzinfo=UTC)


async def test_checkin_service_stop_keep_or_erase(env: Env) -> None:
    service, scheduler, _, db = env
    member, _ = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    checkin, _ = await service.begin(member, "run:1", "2026-03-02")
    await service.record_mood(checkin.id, USER, 2)
    assert await service.stop(USER, erase=False) == 0
    assert await service.member(USER) is None and await scheduler.find(KIND, user_id=USER) == []
    assert await db.fetchval("SELECT count(*) FROM checkins WHERE user_id = ?", (USER,)) == 1
    await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    assert await service.stop(USER, erase=True) == 1
    assert await db.fetchval("SELECT count(*) FROM checkins WHERE user_id = ?", (USER,)) == 0
    with pytest.raises(UserFacingError):
        await service.stop(USER, erase=True)


async def test_checkin_service_retention_purges_old_checkins_and_their_answers(env: Env) -> None:
    service, _, clock, db = env
    member, _ = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    old, _ = await service.begin(member, "run:old", "2025-01-01")
    await service.record_answer(old.id, USER, old.prompt_ids[0], "yes")
    await clock.advance(timedelta(days=400))
    recent, _ = await service.begin(member, "run:new", None)
    assert await service.purge_expired(365) == 1
    remaining = [r["id"] for r in await db.fetchall("SELECT id FROM checkins")]
    assert remaining == [recent.id]
    assert await db.fetchval("SELECT count(*) FROM checkin_answers") == 0


async def test_checkin_service_history_covers_the_window(env: Env) -> None:
    service, _, clock, _ = env
    member, _ = await service.opt_in(USER, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
    for day, mood in enumerate([2, 3, 4, 5]):
        checkin, _ = await service.begin(member, f"run:{day}", None)
        await service.record_mood(checkin.id, USER, mood)
        await clock.advance(timedelta(days=1))
    history = await service.history(USER, 7)
    assert history.summary.days_checked_in == 4
    assert history.summary.trend.direction == "up"
    assert history.chart_png.startswith(b"\x89PNG")
    assert (await service.history(USER, 7)).end == clock.now().date()
