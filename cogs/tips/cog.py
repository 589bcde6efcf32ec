"""/tip for members, /tips for moderators, and the scheduled tip post."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import moderator_check
from bot.content.tips import CATEGORIES, Tip
from bot.db.guilds import GuildSettingsRepo
from bot.errors import UserFacingError
from bot.recurrence import describe_days, local_now, search_timezones
from bot.scheduler import DueRun, Outcome
from bot.tips.service import KIND, MAX_CUSTOM_TIPS_PER_GUILD, MAX_SCHEDULES_PER_GUILD, TipService
from cogs.tips import render
from cogs.tips.views import AddTipModal

if TYPE_CHECKING:
    from bot.bot import TandemBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]

UNKNOWN_CHANNEL = 10003
MISSING_ACCESS = 50001
MISSING_PERMISSIONS = 50013
CATEGORY_CHOICES = [app_commands.Choice(name=name, value=key) for key, name in CATEGORIES.items()]
DAY_SUGGESTIONS = ("daily", "weekdays", "weekends", "mon,wed,fri", "tue,thu", "mon", "sat,sun")




class PostError(Exception):
    """A scheduled or manual post failed; ``pause`` says whether retrying is pointless."""

    def __init__(self, reason: str, *, pause: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.pause = pause


class TipsCog(commands.Cog):
    """Interdependency tips, now or on a schedule."""

    help_group = "Tips"

    tips = app_commands.Group(
        name="tips",
        description="Schedule interdependency tips for this server (moderators).",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: TandemBot, service: TipService) -> None:
        self.bot = bot
        self.service = service
        self.settings = GuildSettingsRepo(bot.db)

    async def cog_load(self) -> None:
        self.bot.scheduler.register(KIND, self.on_due)

    async def cog_unload(self) -> None:
        self.bot.scheduler.unregister(KIND)

    # -- posting ---------------------------------------------------------------------------

    async def _post(self, channel_id: int, tip: Tip, *, nonce: str | None = None) -> None:
        """Send one tip through the bot-wide pacer. Raises PostError."""
        channel = self.bot.get_partial_messageable(channel_id)
        kwargs: dict[str, Any] = {"embed": render.tip_embed(tip)}
        if nonce is not None:
            kwargs["nonce"] = nonce  # discord.py sets enforce_nonce: Discord drops a re-sent duplicate
        try:
            async with self.bot.scheduler.pacer:
                await channel.send(**kwargs)
        except discord.NotFound as exc:
            if exc.code == UNKNOWN_CHANNEL:
                raise PostError("the channel was deleted", pause=True) from exc
            raise PostError(f"Discord said not found ({exc.code})", pause=True) from exc
        except discord.Forbidden as exc:
            if exc.code in (MISSING_PERMISSIONS, MISSING_ACCESS):
                raise PostError("Tandem is missing permission to post there", pause=True) from exc
            raise PostError(f"Discord refused the post ({exc.code})", pause=True) from exc
        except discord.HTTPException as exc:
            raise PostError(f"Discord error {exc.status} ({exc.code})", pause=False) from exc

    async def _alert_moderators(self, guild_id: int, embed: discord.Embed) -> bool:
        settings = await self.settings.get(guild_id)
        if settings.alert_channel_id is None:
            return False
        try:
            async with self.bot.scheduler.pacer:
                await self.bot.get_partial_messageable(settings.alert_channel_id).send(embed=embed)
        except discord.HTTPException as exc:
            log.warning("Could not post a tips notice to the alert channel of guild %s (%s)", guild_id, exc.status)
            return False
        return True

    async def on_due(self, run: DueRun) -> Outcome:
        """The scheduler's handler for kind 'tip'."""
        if run.guild_id is None or run.channel_id is None:
            return Outcome.failed("tip schedule without a server channel", pause=True)
        if not (await self.settings.get(run.guild_id)).tips_enabled:
            return Outcome.skipped("tips are switched off in this server")
        pick = await self.service.choose_next(run.schedule_id, run.guild_id)
        if pick is None:
            return Outcome.skipped("no tips in this schedule's category")
        try:
            await self._post(run.channel_id, pick.tip, nonce=run.nonce)
        except PostError as exc:
            if exc.pause:
                told = await self._alert_moderators(
                    run.guild_id, render.paused_notice(run.schedule_id, run.channel_id, exc.reason)
                )
                log.warning(
                    "Pausing tip schedule %s in guild %s: %s (moderators alerted: %s)",
                    run.schedule_id, run.guild_id, exc.reason, told,
                )
            return Outcome.failed(exc.reason, pause=exc.pause)
        await self.service.commit(pick)
        return Outcome.sent(pick.tip.id)

    # -- /tip ------------------------------------------------------------------------------

    @app_commands.command(name="tip")
    @app_commands.describe(
        category="Only tips about this theme.",
        public="Share the tip in this channel instead of only showing it to you.",
    )
    @app_commands.choices(category=CATEGORY_CHOICES)
    async def tip(
        self, interaction: Interaction, category: app_commands.Choice[str] | None = None, public: bool = False
    ) -> None:
        """Get an interdependency tip right now (only you see it unless you choose public)."""
        guild_id = interaction.guild.id if interaction.guild else None
        if guild_id is not None and not (await self.settings.get(guild_id)).tips_enabled:
            raise UserFacingError("Tips are switched off in this server by its moderators.")
        tip = await self.service.random_tip(guild_id, category.value if category else None)
        await interaction.response.send_message(embed=render.tip_embed(tip), ephemeral=not public)

    # -- /tips (moderators) ------------------------------------------------------------------

    @tips.command(name="schedule")
    @app_commands.describe(
        channel="Where the tips are posted.",
        time="Time of day, e.g. 09:00, 9am or 9:30 pm.",
        timezone="Your server's time zone: start typing a city, e.g. Berlin or New York.",
        days="Which days: daily (default), weekdays, weekends, or e.g. mon,wed,fri.",
        category="Only tips about this theme (default: all themes).",
    )
    @app_commands.choices(category=CATEGORY_CHOICES)
    @moderator_check
    async def tips_schedule(
        self,
        interaction: Interaction,
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 20],
        timezone: app_commands.Range[str, 1, 60],
        days: app_commands.Range[str, 1, 60] | None = None,
        category: app_commands.Choice[str] | None = None,
    ) -> None:
        """Post a tip at a local time on chosen days (moderators)."""
        assert interaction.guild is not None
        created = await self.service.create_schedule(
            interaction.guild.id, channel.id, time, timezone, days, category.value if category else None
        )
        me = interaction.guild.me
        can_post = me is None or (
            channel.permissions_for(me).send_messages and channel.permissions_for(me).embed_links
        )
        enabled = (await self.settings.get(interaction.guild.id)).tips_enabled
        now_there = local_now(created.schedule.zone, self.bot.clock.now())
        await interaction.response.send_message(
            embed=render.created_embed(created, now_there, can_post, enabled), ephemeral=True
        )

    @tips_schedule.autocomplete("timezone")
    async def timezone_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=name, value=name) for name in search_timezones(current, limit=25)]

    @tips_schedule.autocomplete("days")
    async def days_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower()
        return [app_commands.Choice(name=d, value=d) for d in DAY_SUGGESTIONS if needle in d]

    @tips.command(name="list")
    @moderator_check
    async def tips_list(self, interaction: Interaction) -> None:
        """Show this server's tip schedules and when each posts next (moderators)."""
        assert interaction.guild is not None
        items = await self.service.schedules(interaction.guild.id)
        await interaction.response.send_message(
            embed=render.list_embed(items, MAX_SCHEDULES_PER_GUILD), ephemeral=True
        )

    async def schedule_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[int]]:
        if interaction.guild is None:
            return []
        items = await self.service.schedules(interaction.guild.id)
        choices = []
        for item in items:
            s = item.schedule
            channel = self.bot.get_channel(s.channel_id or 0)
            where = f"#{channel.name}" if isinstance(channel, discord.TextChannel) else f"channel {s.channel_id}"
            state = " (paused)" if s.paused else ""
            name = f"#{s.id} · {where} · {s.local_time} {s.tz} · {describe_days(s.days)}{state}"
            if current.strip().lower() in name.lower():
                choices.append(app_commands.Choice(name=name[:100], value=s.id))
        return choices[:25]

    @tips.command(name="pause")
    @app_commands.describe(schedule="The schedule to pause (see /tips list).")
    @app_commands.autocomplete(schedule=schedule_autocomplete)
    @moderator_check
    async def tips_pause(self, interaction: Interaction, schedule: int) -> None:
        """Pause a tip schedule (moderators)."""
        assert interaction.guild is not None
        item = await self.service.pause(interaction.guild.id, schedule)
        await interaction.response.send_message(
            f"Paused tip schedule #{item.id} ({render.schedule_summary(item)}). "
            f"`/tips resume schedule:{item.id}` starts it again.",
            ephemeral=True,
        )

    @tips.command(name="resume")
    @app_commands.describe(schedule="The schedule to resume (see /tips list).")
    @app_commands.autocomplete(schedule=schedule_autocomplete)
    @moderator_check
    async def tips_resume(self, interaction: Interaction, schedule: int) -> None:
        """Resume a paused tip schedule (moderators)."""
        assert interaction.guild is not None
        item = await self.service.resume(interaction.guild.id, schedule)
        await interaction.response.send_message(
            f"Resumed tip schedule #{item.id}.\n{render.schedule_line(item)}", ephemeral=True
        )

    @tips.command(name="remove")
    @app_commands.describe(schedule="The schedule to delete (see /tips list).")
    @app_commands.autocomplete(schedule=schedule_autocomplete)
    @moderator_check
    async def tips_remove(self, interaction: Interaction, schedule: int) -> None:
        """Delete a tip schedule (moderators)."""
        assert interaction.guild is not None
        item = await self.service.remove(interaction.guild.id, schedule)
        await interaction.response.send_message(
            f"Removed tip schedule #{item.id} ({render.schedule_summary(item)}).", ephemeral=True
        )

    @tips.command(name="preview")
    @app_commands.describe(schedule="Which schedule (needed when the server has several).")
    @app_commands.autocomplete(schedule=schedule_autocomplete)
    @moderator_check
    async def tips_preview(self, interaction: Interaction, schedule: int | None = None) -> None:
        """Privately see the tip a schedule will post next (moderators)."""
        assert interaction.guild is not None
        item, tip = await self.service.preview(interaction.guild.id, schedule)
        await interaction.response.send_message(
            f"Schedule #{item.id} will post this next:", embed=render.tip_embed(tip), ephemeral=True
        )

    @tips.command(name="post-now")
    @app_commands.describe(schedule="Which schedule's next tip to post (needed when there are several).")
    @app_commands.autocomplete(schedule=schedule_autocomplete)
    @moderator_check
    async def tips_post_now(self, interaction: Interaction, schedule: int | None = None) -> None:
        """Post a schedule's next tip in its channel right away (moderators)."""
        assert interaction.guild is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        item = await self.service.default_schedule(interaction.guild.id, schedule)
        pick = await self.service.choose_next(item.id, interaction.guild.id)
        if pick is None:
            raise UserFacingError("There are no tips in this schedule's category yet.")
        assert item.schedule.channel_id is not None
        try:
            await self._post(item.schedule.channel_id, pick.tip)
        except PostError as exc:
            if exc.pause:
                await self.bot.scheduler.pause(item.id, reason=exc.reason)
                raise UserFacingError(
                    f"Couldn't post in <#{item.schedule.channel_id}>: {exc.reason}. Schedule #{item.id} is paused "
                    f"until that is fixed (`/tips resume schedule:{item.id}`)."
                ) from exc
            raise UserFacingError(f"Couldn't post the tip just now ({exc.reason}). Please try again.") from exc
        await self.service.commit(pick)
        await interaction.followup.send(
            f"Posted the next tip of schedule #{item.id} in <#{item.schedule.channel_id}>.", ephemeral=True
        )

    @tips.command(name="add")
    @app_commands.describe(category="The theme of your tip.")
    @app_commands.choices(category=CATEGORY_CHOICES)
    @moderator_check
    async def tips_add(self, interaction: Interaction, category: app_commands.Choice[str]) -> None:
        """Write a custom tip for this server's rotation (moderators)."""
        assert interaction.guild is not None
        if await self.service.repo.count_custom(interaction.guild.id) >= MAX_CUSTOM_TIPS_PER_GUILD:
            raise UserFacingError(
                f"This server has {MAX_CUSTOM_TIPS_PER_GUILD} custom tips, the most Tandem keeps. "
                "Remove some with `/tips custom` first."
            )
        await interaction.response.send_modal(AddTipModal(self.service, interaction.guild.id, category.value))

    @tips.command(name="custom")
    @app_commands.describe(remove="The number of a custom tip to delete (leave empty to list them).")
    @moderator_check
    async def tips_custom(self, interaction: Interaction, remove: int | None = None) -> None:
        """List this server's custom tips, or remove one (moderators)."""
        assert interaction.guild is not None
        if remove is not None:
            await self.service.remove_custom(interaction.guild.id, remove)
            await interaction.response.send_message(f"Removed custom tip #{remove}.", ephemeral=True)
            return
        tips = await self.service.custom_tips(interaction.guild.id)
        await interaction.response.send_message(
            embed=render.custom_list_embed(tips, MAX_CUSTOM_TIPS_PER_GUILD), ephemeral=True
        )

    @tips_custom.autocomplete("remove")
    async def custom_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[int]]:
        if interaction.guild is None:
            return []
        choices = []
        for tip in await self.service.custom_tips(interaction.guild.id):
            name = f"#{tip.id} · {tip.text}"
            if current.strip().lower() in name.lower():
                choices.append(app_commands.Choice(name=name[:97] + "..." if len(name) > 100 else name, value=tip.id))
        return choices[:25]

