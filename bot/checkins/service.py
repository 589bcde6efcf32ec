"""Check-in use cases: opt-in, schedule changes, answers, notes, history, retention.

No Discord I/O: the cog sends and edits messages; this module decides and stores.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.checkins import flow
from bot.checkins.chart import render_mood_chart
from bot.checkins.history import HistorySummary, summarise
from bot.checkins.model import ANSWERS, Checkin, MemberSettings, ScheduleChoice, Status
from bot.checkins.repo import CheckinRepo
from bot.clock import Clock
from bot.content.checkins import CheckinContent
from bot.crypto import NoteCipher
from bot.errors import ExpiredError, UserFacingError
from bot.recurrence import LocalTime
from bot.scheduler import Schedule, Scheduler

log = logging.getLogger(__name__)

KIND = "checkin"
SNOOZE = timedelta(hours=1)
SNOOZE_PREFIX = "snooze:"
NOTE_MAX = 1000
MAX_PAUSE_DAYS = 366
NOT_OPTED_IN = (
    "You haven't started private check-ins. `/checkin start` explains what Tandem keeps and lets you choose a time."
)


@dataclass(frozen=True, slots=True)
class History:
    summary: HistorySummary
    chart_png: bytes
    start: date
    end: date


def parse_pause_until(raw: str, tz: str, now: datetime) -> datetime:
    """'2026-03-20' (a local date: check-ins return that day), '3', '3d' or '2w' -> UTC instant."""
    text = raw.strip().lower()
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    match = re.fullmatch(r"(\d{1,3})\s*(d|day|days|w|week|weeks)?", text)
    if match:
        amount = int(match.group(1)) * (7 if (match.group(2) or "d").startswith("w") else 1)
        target = today + timedelta(days=amount)
    else:
        try:
            target = date.fromisoformat(text)
        except ValueError:
            raise UserFacingError(
                f"`{raw[:30]}` isn't a date I understand. Use YYYY-MM-DD (for example "
                f"{(today + timedelta(days=7)).isoformat()}) or a number of days such as `7`."
            ) from None
    if target <= today:
        raise UserFacingError("Pick a day after today, or leave `until` empty to pause until you resume.")
    if (target - today).days > MAX_PAUSE_DAYS:
        raise UserFacingError("Pauses can last up to a year. Leave `until` empty to pause until you resume.")
    return datetime.combine(target, datetime.min.time(), tzinfo=zone)


class CheckinService:
    def __init__(
        self,
        repo: CheckinRepo,
        scheduler: Scheduler,
        content: CheckinContent,
        cipher: NoteCipher,
        clock: Clock,
    ) -> None:
        self.repo = repo
        self.scheduler = scheduler
        self.content = content
        self.cipher = cipher
        self.clock = clock

    # -- membership --

    async def member(self, user_id: int) -> MemberSettings | None:
        return await self.repo.get_member(user_id)

    async def require_member(self, user_id: int) -> MemberSettings:
        member = await self.repo.get_member(user_id)
        if member is None:
            raise UserFacingError(NOT_OPTED_IN)
        return member

    async def _sync_schedule(self, user_id: int, guild_id: int | None, choice: ScheduleChoice) -> Schedule:
        return await self.scheduler.upsert_member(
            KIND,
            user_id,
            tz=choice.tz,
            local_time=LocalTime.from_text(choice.local_time),
            days=choice.days,
            guild_id=guild_id,
        )

    async def opt_in(
        self, user_id: int, guild_id: int | None, choice: ScheduleChoice
    ) -> tuple[MemberSettings, Schedule]:
        """Called only after the member pressed "I agree": the first time anything is stored."""
        now = self.clock.now()
        async with self.repo.db.transaction() as tx:
            await self.repo.save_member(tx, user_id, guild_id, choice, now)
            await self.repo.set_paused(tx, user_id, False, None, now)
            await self.repo.clear_unreachable(tx, user_id)
        schedule = await self._sync_schedule(user_id, guild_id, choice)
        if schedule.paused:
            resumed = await self.scheduler.resume(schedule.id)
            assert resumed is not None
            schedule = resumed
        await self.repo.set_schedule_id(self.repo.db, user_id, schedule.id)
        member = await self.repo.get_member(user_id)
        assert member is not None
        log.info("User %s opted in to check-ins (schedule %s)", user_id, schedule.id)
        return member, schedule

    async def change_schedule(self, user_id: int, choice: ScheduleChoice) -> tuple[MemberSettings, Schedule]:
        current = await self.require_member(user_id)
        now = self.clock.now()
        async with self.repo.db.transaction() as tx:
            await self.repo.save_member(tx, user_id, current.guild_id, choice, now)
        schedule = await self._sync_schedule(user_id, current.guild_id, choice)
        await self.repo.set_schedule_id(self.repo.db, user_id, schedule.id)
        member = await self.repo.get_member(user_id)
        assert member is not None
        return member, schedule

    async def pause(self, user_id: int, until: str | None) -> tuple[MemberSettings, datetime | None]:
        member = await self.require_member(user_id)
        now = self.clock.now()
        resume_at = parse_pause_until(until, member.choice.tz, now) if until else None
        async with self.repo.db.transaction() as tx:
            await self.repo.set_paused(
                tx, user_id, True, None if resume_at is None else int(resume_at.timestamp()), now
            )
        if member.schedule_id is not None:
            if resume_at is None:
                await self.scheduler.pause(member.schedule_id, reason="member paused")
            else:
                # A dated pause keeps the schedule running; the handler skips runs until then,
                # so check-ins come back by themselves at the usual local time.
                await self.scheduler.resume(member.schedule_id)
        updated = await self.repo.get_member(user_id)
        assert updated is not None
        return updated, resume_at

    async def resume(self, user_id: int) -> tuple[MemberSettings, Schedule | None]:
        member = await self.require_member(user_id)
        now = self.clock.now()
        async with self.repo.db.transaction() as tx:
            await self.repo.set_paused(tx, user_id, False, None, now)
            await self.repo.clear_unreachable(tx, user_id)
        schedule: Schedule | None = None
        if member.schedule_id is not None:
            schedule = await self.scheduler.resume(member.schedule_id)
        if schedule is None:
            schedule = await self._sync_schedule(user_id, member.guild_id, member.choice)
            await self.repo.set_schedule_id(self.repo.db, user_id, schedule.id)
        updated = await self.repo.get_member(user_id)
        assert updated is not None
        return updated, schedule

    async def stop(self, user_id: int, *, erase: bool) -> int:
        """Stop check-ins; with ``erase`` also delete every check-in. Returns check-ins erased."""
        member = await self.require_member(user_id)
        erased = 0
        async with self.repo.db.transaction() as tx:
            await self.repo.delete_member(tx, user_id)
            if erase:
                erased = await self.repo.erase_history(tx, user_id)
        if member.schedule_id is not None:
            await self.scheduler.delete(member.schedule_id)
        for leftover in await self.scheduler.find(KIND, user_id=user_id):
            await self.scheduler.delete(leftover.id)
        log.info("User %s stopped check-ins (history %s)", user_id, "erased" if erase else "kept")
        return erased

    async def next_run(self, member: MemberSettings) -> datetime | None:
        if member.schedule_id is None:
            return None
        schedule = await self.scheduler.get(member.schedule_id)
        if schedule is None:
            return None
        upcoming = self.scheduler.next_runs(schedule, count=1)
        if member.paused and member.paused_until is not None:
            upcoming = self.scheduler.next_runs(
                schedule, count=1, after=datetime.fromtimestamp(member.paused_until, ZoneInfo("UTC"))
            )
        return upcoming[0].at if upcoming else None

    # -- one check-in --

    def _prompts_for(self, user_id: int, local_date: date) -> tuple[str, ...]:
        return flow.choose_prompts([p.id for p in self.content.prompts], local_date, user_id)

    async def begin(self, member: MemberSettings, run_key: str, local_date: str | None = None) -> tuple[Checkin, bool]:
        """Create (once per run key) the check-in to send; earlier waiting ones close quietly."""
        now = self.clock.now()
        try:
            day = date.fromisoformat(local_date or "")
        except ValueError:  # a one-off run key, or /checkin now: the member's date right now
            day = now.astimezone(ZoneInfo(member.choice.tz)).date()
        return await self.repo.create_checkin(
            member.user_id, run_key, day.isoformat(), self._prompts_for(member.user_id, day), now
        )

    async def owned(self, checkin_id: int, user_id: int) -> Checkin:
        checkin = await self.repo.get_checkin(checkin_id)
        if checkin is None or checkin.user_id != user_id:
            raise ExpiredError("This check-in")
        return checkin

    async def record_mood(self, checkin_id: int, user_id: int, mood: int) -> Checkin:
        if mood not in (1, 2, 3, 4, 5):
            raise ExpiredError("This button")
        checkin = await self.owned(checkin_id, user_id)
        self._require_active(checkin)
        await self.repo.set_mood(checkin_id, mood, self.clock.now())
        return await self.owned(checkin_id, user_id)

    async def record_answer(self, checkin_id: int, user_id: int, prompt_id: str, answer: str) -> Checkin:
        if answer not in ANSWERS:
            raise ExpiredError("This button")
        checkin = await self.owned(checkin_id, user_id)
        self._require_active(checkin)
        if prompt_id not in checkin.prompt_ids:
            raise ExpiredError("This question")
        await self.repo.set_answer(checkin, prompt_id, answer, self.clock.now())
        return await self.owned(checkin_id, user_id)

    async def save_note(self, checkin_id: int, user_id: int, text: str) -> Checkin:
        text = text.strip()
        if not text:
            raise UserFacingError("The note was empty, so nothing was saved.")
        if len(text) > NOTE_MAX:
            raise UserFacingError(f"Notes can be up to {NOTE_MAX} characters.")
        checkin = await self.owned(checkin_id, user_id)
        if checkin.status not in (Status.OPEN, Status.SNOOZED, Status.DONE):
            raise UserFacingError(
                "This check-in has closed, so the note wasn't saved. The next one will have room for it."
            )
        if not await self.repo.set_note(checkin_id, self.cipher.encrypt(text), self.clock.now()):
            raise ExpiredError("This check-in")
        return await self.owned(checkin_id, user_id)

    async def finish(self, checkin_id: int, user_id: int, status: Status) -> Checkin:
        """Done or skipped. A second click finds it already finished and changes nothing."""
        checkin = await self.owned(checkin_id, user_id)
        if checkin.is_active:
            await self.repo.set_status(checkin_id, status, self.clock.now())
        return await self.owned(checkin_id, user_id)

    async def snooze(self, checkin_id: int, user_id: int) -> tuple[Checkin, datetime]:
        checkin = await self.owned(checkin_id, user_id)
        self._require_active(checkin)
        member = await self.require_member(user_id)
        if member.schedule_id is None:
            raise UserFacingError("Your check-in schedule is missing; `/checkin resume` sets it up again.")
        now = self.clock.now()
        at = now + SNOOZE
        if checkin.status is Status.OPEN:
            await self.repo.set_status(checkin_id, Status.SNOOZED, now)
        key = f"{SNOOZE_PREFIX}{checkin_id}:{int(now.timestamp())}"
        await self.scheduler.set_one_off(member.schedule_id, at, key)
        return await self.owned(checkin_id, user_id), at

    @staticmethod
    def _require_active(checkin: Checkin) -> None:
        if not checkin.is_active:
            raise UserFacingError(
                "This check-in has already closed, so nothing changed. Your next one will arrive as usual, "
                "or start one now with `/checkin now`.",
                title="Check-in closed",
            )

    # -- history and retention --

    async def history(self, user_id: int, days: int) -> History:
        member = await self.repo.get_member(user_id)
        now = self.clock.now()
        tz = ZoneInfo(member.choice.tz) if member else ZoneInfo("UTC")
        end = now.astimezone(tz).date()
        start = end - timedelta(days=days - 1)
        since = datetime.combine(start, datetime.min.time(), tzinfo=tz)
        entries = await self.repo.history(user_id, since)
        summary = summarise(entries, days)
        chart = render_mood_chart(summary.moods, start, end, self.content.mood_labels)
        return History(summary, chart, start, end)

    async def purge_expired(self, retention_days: int) -> int:
        cutoff = self.clock.now() - timedelta(days=retention_days)
        purged = await self.repo.purge_older_than(cutoff)
        if purged:
            log.info("Retention: deleted %d check-ins older than %d days", purged, retention_days)
        return purged
