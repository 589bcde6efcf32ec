"""/checkin commands, the scheduled check-in DM and its buttons.

Privacy: logs carry ids and timestamps only, never moods, answers or notes. Nothing here is
ever posted in a server channel; every reply is ephemeral or a DM to the member.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.checkins import flow
from bot.checkins.model import WEEKDAY_NAMES, Checkin, MemberSettings, ScheduleChoice, Status
from bot.checkins.service import SNOOZE_PREFIX, CheckinService
from bot.errors import ExpiredError, UserFacingError
from bot.recurrence import local_now, resolve_timezone, search_timezones
from bot.safety.events import CrisisEvent
from bot.scheduler import DueRun, Outcome
from bot.ui import error_boundary
from cogs.checkins import render, views

if TYPE_CHECKING:
    from bot.bot import TandemBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]
DM_CLOSED = 50007
RETENTION_EVERY = 24 * 3600

FrequencyChoice = Literal["daily", "weekdays", "weekly"]
WEEKDAY_CHOICES = [app_commands.Choice(name=name, value=index) for index, name in enumerate(WEEKDAY_NAMES)]


class CheckinCog(commands.GroupCog, group_name="checkin"):
    """Private check-ins by DM."""

    help_group = "Check-ins"

    def __init__(self, bot: TandemBot, service: CheckinService) -> None:
        self.bot = bot
        self.service = service
        self.content = service.content
        self._retention_task: asyncio.Task[None] | None = None
        # Completed purges, observable so a test can wait for the daily run without sleeping.
        self.retention_runs = 0
        self.last_retention_at: datetime | None = None
        self.retention_done = asyncio.Condition()
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*views.DYNAMIC_ITEMS)
        self.bot.scheduler.register("checkin", self.on_due)
        self._retention_task = asyncio.create_task(self._retention_loop(), name="checkin-retention")

    async def cog_unload(self) -> None:
        self.bot.scheduler.unregister("checkin")
        self.bot.remove_dynamic_items(*views.DYNAMIC_ITEMS)
        task, self._retention_task = self._retention_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _retention_loop(self) -> None:
        while True:
            started = self.bot.clock.now()
            try:
                await self.service.purge_expired(self.bot.settings.retention_days)
            except Exception:
                log.exception("Check-in retention purge failed; will try again tomorrow")
            async with self.retention_done:
                self.retention_runs += 1
                self.last_retention_at = started
                self.retention_done.notify_all()
            await self.bot.clock.sleep(RETENTION_EVERY)

    # -- sending ---------------------------------------------------------------------------

    async def _dm(
        self, member: MemberSettings, *, nonce: str | None = None, paced: bool = True, **kwargs: Any
    ) -> discord.Message:
        """Send a DM to an opted-in member, creating (once) and caching the DM channel."""
        pacer = self.bot.scheduler.pacer
        channel: discord.abc.Messageable
        if member.dm_channel_id is not None:
            channel = self.bot.get_partial_messageable(member.dm_channel_id, type=discord.ChannelType.private)
        else:
            async with pacer if paced else contextlib.nullcontext():
                dm = await self.bot.create_dm(discord.Object(id=member.user_id))
            await self.service.repo.set_dm_channel(member.user_id, dm.id)
            channel = dm
        if nonce is not None:
            kwargs["nonce"] = nonce
        async with pacer if paced else contextlib.nullcontext():
            return await channel.send(**kwargs)

    async def _send_checkin(self, member: MemberSettings, checkin: Checkin, nonce: str | None, *, paced: bool) -> None:
        step = flow.next_step(checkin)
        message = await self._dm(
            member,
            nonce=nonce,
            paced=paced,
            embed=render.checkin_embed(checkin, step, self.content),
            view=views.checkin_view(checkin, step, self.content),
        )
        await self.service.repo.set_message(checkin.id, message.channel.id, message.id)

    async def on_due(self, run: DueRun) -> Outcome | None:
        """Scheduler handler: one check-in DM for one member."""
        if run.user_id is None:
            return Outcome.skipped("no member on schedule")
        member = await self.service.member(run.user_id)
        if member is None:
            # Opted out (or erased) while the run was pending: never DM a non-member.
            with contextlib.suppress(Exception):
                await self.bot.scheduler.delete(run.schedule_id)
            return Outcome.skipped("member not opted in")
        if member.unreachable_at is not None:
            return Outcome.skipped("member unreachable by DM")
        now = self.bot.clock.now()
        if member.paused:
            if member.is_paused(now):
                return Outcome.skipped("member paused")
            async with self.service.repo.db.transaction() as tx:
                await self.service.repo.set_paused(tx, member.user_id, False, None, now)
        if run.run_key.startswith(SNOOZE_PREFIX):
            checkin_id = int(run.run_key[len(SNOOZE_PREFIX) :].split(":", 1)[0])
            snoozed = await self.service.repo.get_checkin(checkin_id)
            if (
                snoozed is None
                or snoozed.user_id != member.user_id
                or not await self.service.repo.reopen_snoozed(checkin_id)
            ):
                return Outcome.skipped("snoozed check-in already answered or closed")
            checkin = await self.service.repo.get_checkin(checkin_id)
            assert checkin is not None
        else:
            checkin, created = await self.service.begin(member, f"run:{run.run_id}", run.run_key)
            if not created and checkin.message_id is not None:
                return Outcome.sent("already sent")
        try:
            await self._send_checkin(member, checkin, run.nonce, paced=True)
        except discord.Forbidden as exc:
            if exc.code == DM_CLOSED:
                await self._mark_unreachable(member.user_id)
                return Outcome.failed("dm closed", pause=True)
            return Outcome.failed(f"forbidden {exc.code}")
        except discord.NotFound as exc:
            # The cached DM channel is gone; forget it so the next run opens a fresh one.
            await self.service.repo.forget_dm_channel(member.user_id)
            return Outcome.failed(f"not found {exc.code}")
        log.debug("Sent check-in %s to user %s", checkin.id, member.user_id)
        return Outcome.sent()

    async def _mark_unreachable(self, user_id: int, *, told: bool = False) -> None:
        """DMs closed (50007): stop sending until the member fixes it and runs /checkin resume."""
        now = self.bot.clock.now()
        await self.service.repo.mark_unreachable(user_id, now)
        if told:
            await self.service.repo.claim_unreachable_notice(user_id, now)
        log.info("User %s has DMs closed; check-ins stopped until they resume", user_id)

    async def _stop_schedule(self, member: MemberSettings) -> None:
        if member.schedule_id is not None:
            await self.bot.scheduler.pause(member.schedule_id, reason="dm closed")

    # -- commands --------------------------------------------------------------------------

    @app_commands.command(name="start")
    @app_commands.describe(
        frequency="How often: every day, Monday to Friday, or once a week.",
        time="Your local time, 24-hour HH:MM (e.g. 20:00) or 8pm.",
        timezone="Your time zone: start typing a city (e.g. Berlin, New York).",
        weekday="For weekly check-ins: which day.",
        notify_moderators="Tell this server's moderators (never your words) if a note worries Tandem. Off by default.",
    )
    @app_commands.choices(weekday=WEEKDAY_CHOICES)
    async def start(
        self,
        interaction: Interaction,
        frequency: FrequencyChoice,
        time: str,
        timezone: str,
        weekday: app_commands.Choice[int] | None = None,
        notify_moderators: bool = False,
    ) -> None:
        """Opt in to private check-ins by DM: see exactly what's kept before agreeing."""
        if await self.service.member(interaction.user.id) is not None:
            raise UserFacingError(
                "You're already checking in. `/checkin schedule` changes the time, `/checkin pause` takes a break "
                "and `/checkin stop` ends check-ins."
            )
        choice = ScheduleChoice.parse(frequency, time, timezone, weekday.value if weekday else None, notify_moderators)
        embed = render.consent_embed(
            self.content,
            choice,
            local_now(resolve_timezone(choice.tz), self.bot.clock.now()),
            self.bot.settings.retention_days,
        )
        guild_id = interaction.guild.id if interaction.guild else None
        await interaction.response.send_message(embed=embed, view=views.consent_view(choice, guild_id), ephemeral=True)

    @start.autocomplete("timezone")
    async def _start_tz(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return self._tz_choices(current)

    def _tz_choices(self, current: str) -> list[app_commands.Choice[str]]:
        now = self.bot.clock.now()
        return [
            app_commands.Choice(name=f"{zone} (now {local_now(resolve_timezone(zone), now)})"[:100], value=zone)
            for zone in search_timezones(current, limit=25)
        ]

    async def on_agree(self, interaction: Interaction, choice: ScheduleChoice, guild_id: int | None) -> None:
        await interaction.response.defer()
        member, schedule = await self.service.opt_in(interaction.user.id, guild_id, choice)
        next_at = await self.service.next_run(member)
        embed = render.opted_in_embed(member, next_at, self.bot.clock.now())
        note = None
        try:
            await self._dm(
                member,
                paced=False,
                content=(
                    "Hi! This is where your private check-ins will arrive. Only you can see them. "
                    "`/checkin pause` or `/checkin stop` whenever you like."
                ),
            )
        except discord.Forbidden as exc:
            if exc.code != DM_CLOSED:
                raise
            await self._mark_unreachable(member.user_id, told=True)
            await self._stop_schedule(member)
            note = render.UNREACHABLE_HELP
        if note:
            embed.add_field(name="One more step", value=note, inline=False)
        await interaction.edit_original_response(content=None, embed=embed, view=None)
        log.info("Check-in opt-in confirmed for user %s (schedule %s)", member.user_id, schedule.id)

    @app_commands.command(name="now")
    async def now(self, interaction: Interaction) -> None:
        """Start a check-in right now (it arrives in your DMs)."""
        member = await self.service.require_member(interaction.user.id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        checkin, _ = await self.service.begin(member, f"now:{interaction.id}")
        try:
            await self._send_checkin(member, checkin, None, paced=False)
        except discord.Forbidden as exc:
            if exc.code != DM_CLOSED:
                raise
            await self._mark_unreachable(member.user_id, told=True)
            await self._stop_schedule(member)
            await interaction.followup.send(render.UNREACHABLE_HELP, ephemeral=True)
            return
        await interaction.followup.send("Your check-in is waiting in your DMs.", ephemeral=True)

    @app_commands.command(name="schedule")
    @app_commands.describe(
        frequency="How often: every day, Monday to Friday, or once a week.",
        time="Your local time, 24-hour HH:MM (e.g. 20:00) or 8pm.",
        timezone="Your time zone: start typing a city.",
        weekday="For weekly check-ins: which day.",
        notify_moderators="Tell moderators (never your words) if a note worries Tandem.",
    )
    @app_commands.choices(weekday=WEEKDAY_CHOICES)
    async def schedule(
        self,
        interaction: Interaction,
        frequency: FrequencyChoice,
        time: str,
        timezone: str,
        weekday: app_commands.Choice[int] | None = None,
        notify_moderators: bool | None = None,
    ) -> None:
        """Change when your check-ins arrive."""
        current = await self.service.require_member(interaction.user.id)
        notify = current.notify_moderators if notify_moderators is None else notify_moderators
        choice = ScheduleChoice.parse(frequency, time, timezone, weekday.value if weekday else None, notify)
        member, _ = await self.service.change_schedule(interaction.user.id, choice)
        next_at = await self.service.next_run(member)
        embed = render.opted_in_embed(member, next_at, self.bot.clock.now(), heading="Schedule changed")
        embed.add_field(
            name="Check",
            value=f"It is **{local_now(resolve_timezone(choice.tz), self.bot.clock.now())}** in {choice.tz} right now.",
            inline=False,
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @schedule.autocomplete("timezone")
    async def _schedule_tz(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return self._tz_choices(current)

    @app_commands.command(name="pause")
    @app_commands.describe(until="A date (YYYY-MM-DD) or number of days; leave empty to pause until you resume.")
    async def pause(self, interaction: Interaction, until: str | None = None) -> None:
        """Take a break from check-ins."""
        _member, resume_at = await self.service.pause(interaction.user.id, until)
        if resume_at is None:
            text = "Check-ins are paused. Nothing will arrive until you run `/checkin resume`. Take care."
        else:
            text = f"Check-ins are paused until {render.ts(resume_at, 'D')}; they'll come back by themselves."
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(name="resume")
    async def resume(self, interaction: Interaction) -> None:
        """Start receiving check-ins again after a pause (or after fixing DMs)."""
        member, _ = await self.service.resume(interaction.user.id)
        next_at = await self.service.next_run(member)
        embed = render.opted_in_embed(member, next_at, self.bot.clock.now(), heading="Welcome back")
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @app_commands.command(name="stop")
    async def stop(self, interaction: Interaction) -> None:
        """Stop check-ins; you choose whether to keep or erase your history."""
        await self.service.require_member(interaction.user.id)
        await interaction.response.send_message(
            "Stop private check-ins? Your history can stay (for `/checkin history` and `/privacy export`) or be "
            "erased now. Either way, no more check-ins will arrive.",
            view=views.stop_view(),
            ephemeral=True,
        )

    async def on_stop(self, interaction: Interaction, *, erase: bool) -> None:
        if await self.service.member(interaction.user.id) is None:
            raise ExpiredError("This question")
        erased = await self.service.stop(interaction.user.id, erase=erase)
        if erase:
            text = f"Check-ins stopped and {erased} check-in(s) erased. Thank you for taking the time."
        else:
            text = "Check-ins stopped. Your history is kept until it ages out; `/privacy delete` erases it any time."
        await interaction.response.edit_message(content=text, view=None)

    @app_commands.command(name="history")
    @app_commands.describe(days="How many days to look back (7 to 365, default 30).")
    async def history(self, interaction: Interaction, days: app_commands.Range[int, 7, 365] = 30) -> None:
        """Your mood over time and your reflection answers, privately, with a chart."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.service.history(interaction.user.id, days)
        file = discord.File(io.BytesIO(result.chart_png), filename="mood.png")
        await interaction.followup.send(embed=render.history_embed(result, self.content), file=file, ephemeral=True)

    # -- buttons ---------------------------------------------------------------------------

    async def _show(self, interaction: Interaction, checkin: Checkin, extra: str | None = None) -> None:
        step = flow.next_step(checkin)
        await interaction.response.edit_message(
            embed=render.checkin_embed(checkin, step, self.content, extra=extra),
            view=views.checkin_view(checkin, step, self.content),
        )

    async def on_mood(self, interaction: Interaction, checkin_id: int, mood: int) -> None:
        await self._show(interaction, await self.service.record_mood(checkin_id, interaction.user.id, mood))

    async def on_answer(self, interaction: Interaction, checkin_id: int, prompt_id: str, answer: str) -> None:
        await self._show(
            interaction, await self.service.record_answer(checkin_id, interaction.user.id, prompt_id, answer)
        )

    async def on_action(self, interaction: Interaction, action: str, checkin_id: int) -> None:
        user_id = interaction.user.id
        if action == "note":
            checkin = await self.service.owned(checkin_id, user_id)
            if checkin.status not in (Status.OPEN, Status.SNOOZED, Status.DONE):
                raise UserFacingError(
                    "This check-in has closed, so there's nowhere to save a note. The next one will have room."
                )
            await interaction.response.send_modal(views.note_modal(checkin_id))
        elif action == "done":
            await self._show(interaction, await self.service.finish(checkin_id, user_id, Status.DONE))
        elif action == "skip":
            await self._show(interaction, await self.service.finish(checkin_id, user_id, Status.SKIPPED))
        elif action == "snooze":
            checkin, at = await self.service.snooze(checkin_id, user_id)
            # Still answerable, but this copy of the message is put away: a fresh one comes back.
            await interaction.response.edit_message(
                embed=render.checkin_embed(
                    checkin, flow.Step("closed"), self.content, extra=f"Back at {render.ts(at, 't')}."
                ),
                view=None,
            )

    @commands.Cog.listener()
    async def on_interaction(self, interaction: Interaction) -> None:
        """Note submissions, handled from the custom_id so they survive a restart."""
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        data: dict[str, Any] = dict(interaction.data or {})
        match = views.NOTE_MODAL_RE.match(str(data.get("custom_id", "")))
        if match is None:
            return
        async with error_boundary(interaction, "checkin:note"):
            await self.on_note(interaction, int(match["id"]), views.modal_value(data) or "")

    async def on_note(self, interaction: Interaction, checkin_id: int, text: str) -> None:
        user_id = interaction.user.id
        checkin = await self.service.save_note(checkin_id, user_id, text)
        if checkin.is_active:
            checkin = await self.service.finish(checkin_id, user_id, Status.DONE)
        detection = self.bot.detector.detect(text)
        extra = None
        if detection is not None:
            member = await self.service.member(user_id)
            self.bot.dispatch(
                "tandem_crisis",
                CrisisEvent(
                    user_id=user_id,
                    category=detection.category,
                    source="checkin_note",
                    guild_id=member.guild_id if member else None,
                    notify_moderators=bool(member and member.notify_moderators),
                    found_by=detection.found_by,
                ),
            )
            # No log line here: the safety service records the event; check-in logs carry ids only.
            extra = render.RESOURCES_LINE
        step = flow.next_step(checkin)
        embed = render.checkin_embed(checkin, step, self.content, extra=extra)
        if interaction.message is not None:
            await interaction.response.edit_message(embed=embed, view=None)
        else:
            await interaction.response.send_message(embed=embed, ephemeral=True)

    # -- telling unreachable members how to fix it -------------------------------------------

    @commands.Cog.listener()
    async def on_app_command_completion(self, interaction: Interaction, command: Any) -> None:
        try:
            if not await self.service.repo.claim_unreachable_notice(interaction.user.id, self.bot.clock.now()):
                return
            await interaction.followup.send(render.UNREACHABLE_HELP, ephemeral=True)
        except discord.HTTPException:
            log.info("Could not show the closed-DM notice to user %s", interaction.user.id)
