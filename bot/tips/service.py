"""Tips: schedules, rotation and custom tips. No Discord I/O; raises UserFacingError for members."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.content.tips import CATEGORIES, MAX_REFLECTION, MAX_TEXT, Tip, TipLibrary, validate_text
from bot.errors import UserFacingError
from bot.recurrence import parse_days, parse_time, resolve_timezone
from bot.scheduler import Schedule, Scheduler
from bot.tips.repository import CustomTip, TipRepo
from bot.tips.rotation import RotationState, advance

log = logging.getLogger(__name__)

KIND = "tip"
MAX_SCHEDULES_PER_GUILD = 10
MAX_CUSTOM_TIPS_PER_GUILD = 200


@dataclass(frozen=True, slots=True)
class TipSchedule:
    schedule: Schedule
    category: str | None

    @property
    def id(self) -> int:
        return self.schedule.id

    @property
    def category_name(self) -> str:
        return "all categories" if self.category is None else CATEGORIES.get(self.category, self.category)


@dataclass(frozen=True, slots=True)
class Pick:
    """The next tip of a schedule and the rotation state to store once it was posted."""

    schedule_id: int
    tip: Tip
    state: RotationState


def custom_to_tip(custom: CustomTip) -> Tip:
    return Tip(id=custom.key, category=custom.category, text=custom.text, reflection=custom.reflection, custom=True)


def check_category(category: str | None) -> str | None:
    if category is None or category == "":
        return None
    if category not in CATEGORIES:
        raise UserFacingError(f"`{category}` isn't a tip category. Choose one of: {', '.join(CATEGORIES)}.")
    return category


class TipService:
    def __init__(self, repo: TipRepo, library: TipLibrary, scheduler: Scheduler, clock: Clock) -> None:
        self.repo = repo
        self.library = library
        self.scheduler = scheduler
        self.clock = clock

    # -- tips --

    async def eligible(self, guild_id: int | None, category: str | None) -> dict[str, Tip]:
        tips = {tip.id: tip for tip in self.library.in_category(category)}
        if guild_id is not None:
            for custom in await self.repo.custom_tips(guild_id, category):
                tip = custom_to_tip(custom)
                tips[tip.id] = tip
        return tips

    async def random_tip(
        self, guild_id: int | None, category: str | None, rng: random.Random | None = None
    ) -> Tip:
        tips = await self.eligible(guild_id, check_category(category))
        if not tips:
            raise UserFacingError("There are no tips in that category yet.")
        return (rng or random).choice(sorted(tips.values(), key=lambda t: t.id))

    # -- schedules --

    async def create_schedule(
        self,
        guild_id: int,
        channel_id: int,
        time_text: str,
        tz_text: str,
        days_text: str | None = None,
        category: str | None = None,
    ) -> TipSchedule:
        local_time = parse_time(time_text)
        zone = resolve_timezone(tz_text)
        days = parse_days(days_text)
        category = check_category(category)
        if await self.scheduler.repo.count(KIND, guild_id=guild_id) >= MAX_SCHEDULES_PER_GUILD:
            raise UserFacingError(
                f"This server already has {MAX_SCHEDULES_PER_GUILD} tip schedules, the most Tandem keeps per "
                "server. Remove one with `/tips remove` first.",
                title="Too many schedules",
            )
        now = self.clock.now()
        async with self.scheduler.db.transaction() as tx:
            schedule = await self.scheduler.repo.insert(
                tx, kind=KIND, tz=zone.key, local_time=local_time, days=days, now=now,
                guild_id=guild_id, channel_id=channel_id,
            )
            await self.repo.add_schedule_options(tx, schedule.id, guild_id, category, now)
        self.scheduler.wake()
        log.info("Tip schedule %s created in guild %s", schedule.id, guild_id)
        return TipSchedule(schedule, category)

    async def schedules(self, guild_id: int) -> list[TipSchedule]:
        categories = await self.repo.categories_for_guild(guild_id)
        found = await self.scheduler.find(KIND, guild_id=guild_id)
        return [TipSchedule(s, categories.get(s.id)) for s in found]

    async def owned(self, guild_id: int, schedule_id: int) -> TipSchedule:
        schedule = await self.scheduler.get(schedule_id)
        if schedule is None or schedule.kind != KIND or schedule.guild_id != guild_id:
            raise UserFacingError(
                f"There is no tip schedule #{schedule_id} in this server. `/tips list` shows the ones there are.",
                title="Schedule not found",
            )
        _, category = await self.repo.category_of(schedule_id)
        return TipSchedule(schedule, category)

    async def default_schedule(self, guild_id: int, schedule_id: int | None) -> TipSchedule:
        if schedule_id is not None:
            return await self.owned(guild_id, schedule_id)
        schedules = await self.schedules(guild_id)
        if len(schedules) == 1:
            return schedules[0]
        if not schedules:
            raise UserFacingError("This server has no tip schedules yet. Create one with `/tips schedule`.")
        raise UserFacingError("This server has several tip schedules: pick one with the `schedule` option.")

    async def pause(self, guild_id: int, schedule_id: int) -> TipSchedule:
        owned = await self.owned(guild_id, schedule_id)
        paused = await self.scheduler.pause(owned.id, reason="paused by a moderator")
        assert paused is not None
        return TipSchedule(paused, owned.category)

    async def resume(self, guild_id: int, schedule_id: int) -> TipSchedule:
        owned = await self.owned(guild_id, schedule_id)
        resumed = await self.scheduler.resume(owned.id)
        assert resumed is not None
        return TipSchedule(resumed, owned.category)

    async def remove(self, guild_id: int, schedule_id: int) -> TipSchedule:
        owned = await self.owned(guild_id, schedule_id)
        await self.scheduler.delete(owned.id)
        log.info("Tip schedule %s removed in guild %s", owned.id, guild_id)
        return owned

    # -- rotation --

    async def choose_next(self, schedule_id: int, guild_id: int | None) -> Pick | None:
        """The tip the schedule posts next (the rotation is stored by ``commit`` after posting)."""
        _, category = await self.repo.category_of(schedule_id)
        tips = await self.eligible(guild_id, category)
        state = await self.repo.rotation(schedule_id)
        key, new_state = advance(state, tips, seed=schedule_id)
        if key is None:
            return None
        return Pick(schedule_id, tips[key], new_state)

    async def commit(self, pick: Pick) -> None:
        await self.repo.save_rotation(pick.schedule_id, pick.state, self.clock.now())

    async def preview(self, guild_id: int, schedule_id: int | None) -> tuple[TipSchedule, Tip]:
        owned = await self.default_schedule(guild_id, schedule_id)
        pick = await self.choose_next(owned.id, guild_id)
        if pick is None:
            raise UserFacingError("There are no tips in this schedule's category yet.")
        return owned, pick.tip

    # -- custom tips --

    async def add_custom(self, guild_id: int, category: str, text: str, reflection: str | None) -> CustomTip:
        checked = check_category(category)
        if checked is None:
            raise UserFacingError("Pick a category for the tip.")
        body, problem = validate_text(text, MAX_TEXT)
        if problem:
            raise UserFacingError(f"The tip text {problem}.")
        question: str | None = None
        if reflection and reflection.strip():
            question, problem = validate_text(reflection, MAX_REFLECTION, one_line=True)
            if problem:
                raise UserFacingError(f"The reflection question {problem}.")
        if await self.repo.count_custom(guild_id) >= MAX_CUSTOM_TIPS_PER_GUILD:
            raise UserFacingError(
                f"This server has {MAX_CUSTOM_TIPS_PER_GUILD} custom tips, the most Tandem keeps. "
                "Remove some with `/tips custom` first."
            )
        return await self.repo.add_custom(guild_id, checked, body, question, self.clock.now())

    async def custom_tips(self, guild_id: int) -> list[CustomTip]:
        return await self.repo.custom_tips(guild_id)

    async def remove_custom(self, guild_id: int, tip_id: int) -> None:
        if not await self.repo.remove_custom(guild_id, tip_id):
            raise UserFacingError(f"There is no custom tip #{tip_id} in this server. `/tips custom` lists them.")

    def now(self) -> datetime:
        return self.clock.now()
