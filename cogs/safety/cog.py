"""Safety: notice crisis language, reply privately, alert moderators; /resources; /safety.

Every crisis event, whatever noticed it (the message listener here, or a check-in note),
arrives as ``bot.dispatch("tandem_crisis", CrisisEvent)`` and is handled once, in
``on_tandem_crisis``: the member gets a private, warm reply with resources (at most one per
cooldown), the moderators get an alert with a jump link and a checklist (rate-limited),
and if the DM fails a gentle reminder that names nobody may go to the channel.
No message text is stored or logged.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import MODERATOR_ONLY, RefusedCheck, is_moderator, moderator_check, moderator_predicate
from bot.db.guilds import GuildSettingsRepo
from bot.errors import ExpiredError, UserFacingError
from bot.safety import replies as text
from bot.safety.events import CrisisEvent
from bot.safety.policy import AlertDecision, DmDecision
from bot.safety.service import EventRow, Outcome, SafetyService
from bot.ui import respond
from cogs.safety import render, views

if TYPE_CHECKING:
    from bot.bot import TandemBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction["TandemBot"]
REPORTED = "reported"
ACTIONS = {"claim": Outcome.CLAIMED, "resolve": Outcome.RESOLVED, "fp": Outcome.FALSE_POSITIVE}




def _ts(when: datetime) -> int:
    return int(when.timestamp())


class SafetyCog(commands.Cog):
    help_group = "Safety"

    safety = app_commands.Group(
        name="safety",
        description="Crisis-language safety: setup, test alert, counts (moderators)",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: TandemBot, service: SafetyService) -> None:
        self.bot = bot
        self.service = service
        self.repo = service.repo
        self.guild_settings = GuildSettingsRepo(bot.db)
        self.report_menu = app_commands.ContextMenu(name="Report to moderators", callback=self.report_message)
        self.report_menu.guild_only = True
        self.offer_menu = app_commands.ContextMenu(name="Offer support resources", callback=self.offer_resources)
        self.offer_menu.guild_only = True
        self.offer_menu.default_permissions = discord.Permissions(manage_guild=True)
        self.offer_menu.add_check(moderator_predicate)
        super().__init__()

    @property
    def content(self) -> Any:
        return self.bot.content.safety

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*views.DYNAMIC_ITEMS)
        self.bot.tree.add_command(self.report_menu)
        self.bot.tree.add_command(self.offer_menu)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*views.DYNAMIC_ITEMS)
        self.bot.tree.remove_command(self.report_menu.name, type=self.report_menu.type)
        self.bot.tree.remove_command(self.offer_menu.name, type=self.offer_menu.type)

    # --- noticing ---------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.guild is None or message.author.bot or message.webhook_id is not None or not message.content:
            return
        # Detection is pure and fast; the database is only asked after a hit.
        detection = self.bot.detector.detect(message.content)
        if detection is None:
            return
        settings = await self.guild_settings.get(message.guild.id)
        channel_ids = [message.channel.id]
        parent_id = getattr(message.channel, "parent_id", None)
        if isinstance(message.channel, discord.Thread) and parent_id:
            channel_ids.append(parent_id)
        if not await self.service.should_listen(message.guild.id, settings.safety_enabled, channel_ids):
            return
        log.info("Crisis language (%s) in server %s, channel %s", detection.category, message.guild.id,
                 message.channel.id)
        self.bot.dispatch(
            "tandem_crisis",
            CrisisEvent(
                user_id=message.author.id,
                category=detection.category,
                source="message",
                guild_id=message.guild.id,
                channel_id=message.channel.id,
                message_id=message.id,
                found_by=detection.found_by,
            ),
        )

    @commands.Cog.listener()
    async def on_tandem_crisis(self, event: CrisisEvent) -> None:
        try:
            await self.handle_event(event)
        except Exception:
            log.exception("Could not finish handling a crisis event for user %s", event.user_id)

    async def handle_event(self, event: CrisisEvent) -> EventRow:
        now = self.bot.clock.now()
        settings = await self.guild_settings.get(event.guild_id) if event.guild_id is not None else None
        event_id = await self.repo.add_event(
            guild_id=event.guild_id,
            channel_id=event.channel_id if event.source == "message" else None,
            message_id=event.message_id if event.source == "message" else None,
            user_id=event.user_id,
            category=event.category,
            source=event.source,
            now=_ts(now),
            found_by=event.found_by,
        )
        # 1. The private reply.
        decision = await self.service.dm_decision(
            event.user_id, event.guild_id, now, requested_by_member=event.source == "checkin_note"
        )
        dm_status = decision.value
        if decision is DmDecision.SEND:
            sent = await self._dm_resources(event.user_id, event_id, settings.region if settings else None,
                                            event.category)
            dm_status = "sent" if sent else "failed"
        await self.repo.set_dm_status(event_id, dm_status)
        # 2. The moderators.
        notify = event.notify_moderators if event.source == "checkin_note" else True
        await self._alert(event_id, settings.alert_channel_id if settings else None, now, notify=notify)
        # 3. DMs closed: a reminder in the channel that names nobody.
        if dm_status == "failed" and event.source == "message" and event.guild_id and event.channel_id:
            await self._fallback(event.guild_id, event.channel_id, now)
        row = await self.repo.event(event_id)
        assert row is not None
        # For code (and tests) that need to know the reply and alert are done.
        self.bot.dispatch("tandem_crisis_handled", row)
        return row

    async def _user(self, user_id: int) -> discord.User | None:
        user = self.bot.get_user(user_id)
        if user is not None:
            return user
        try:
            return await self.bot.fetch_user(user_id)
        except discord.HTTPException:
            return None

    async def _dm_resources(
        self, user_id: int, event_id: int, region: str | None, category: str | None, *, intro: str | None = None
    ) -> bool:
        user = await self._user(user_id)
        if user is None:
            return False
        reply = text.member_reply(self.content, region, category)
        replies = self.content.replies
        try:
            await user.send(
                embed=render.member_embed(reply, intro=intro),
                view=views.member_view(event_id, replies.talk_button, replies.ok_button),
            )
        except discord.HTTPException as exc:
            log.info("Could not DM safety resources to user %s (%s)", user_id, getattr(exc, "code", exc.status))
            return False
        return True

    async def _channel(self, channel_id: int) -> discord.abc.Messageable | None:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except discord.HTTPException:
                return None
        return channel if isinstance(channel, discord.abc.Messageable) else None

    def _jump_url(self, event: EventRow) -> str | None:
        if event.guild_id and event.channel_id and event.message_id:
            return f"https://discord.com/channels/{event.guild_id}/{event.channel_id}/{event.message_id}"
        return None

    async def _alert(self, event_id: int, alert_channel_id: int | None, now: datetime, *, notify: bool) -> None:
        event = await self.repo.event(event_id)
        assert event is not None
        decision = await self.service.alert_decision(event.guild_id, alert_channel_id, now, notify_moderators=notify)
        if decision is not AlertDecision.SEND or alert_channel_id is None:
            if decision is AlertDecision.RATE_LIMITED:
                log.warning("Safety alert rate limit reached in server %s; event %s not posted",
                            event.guild_id, event_id)
            await self.repo.set_alert(event_id, decision.value)
            return
        channel = await self._channel(alert_channel_id)
        message: discord.Message | None = None
        if channel is not None:
            try:
                message = await channel.send(
                    embed=render.alert_embed(event, self.content, jump_url=self._jump_url(event)),
                    view=views.alert_view(event_id, claimed=False, closed=False),
                )
            except discord.HTTPException as exc:
                log.warning("Could not post a safety alert in channel %s (%s)", alert_channel_id, exc.status)
        if message is None:
            await self.repo.set_alert(event_id, "failed", alert_channel_id)
            return
        await self.repo.set_alert(event_id, "sent", message.channel.id, message.id)

    async def _fallback(self, guild_id: int, channel_id: int, now: datetime) -> None:
        if not await self.service.claim_fallback(guild_id, channel_id, now):
            return
        channel = await self._channel(channel_id)
        if channel is None:
            return
        try:
            await channel.send(self.content.replies.fallback_reminder, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException:
            log.info("Could not post the resources reminder in channel %s", channel_id)

    async def _refresh_alert(self, event: EventRow) -> None:
        """Show the latest status on the alert message (after a member's request)."""
        if event.alert_channel_id is None or event.alert_message_id is None:
            return
        channel = await self._channel(event.alert_channel_id)
        if channel is None or not hasattr(channel, "get_partial_message"):
            return
        closed = event.outcome in (Outcome.RESOLVED, Outcome.FALSE_POSITIVE)
        try:
            await channel.get_partial_message(event.alert_message_id).edit(
                embed=render.alert_embed(event, self.content, jump_url=self._jump_url(event),
                                         claimed_by=_mention(event.claimed_by_user_id),
                                         closed_by=_mention(event.closed_by_user_id)),
                view=views.alert_view(event.id, claimed=event.outcome is not Outcome.OPEN, closed=closed),
            )
        except discord.HTTPException:
            log.info("Could not update safety alert %s", event.id)

    # --- buttons ----------------------------------------------------------------------

    async def on_talk(self, interaction: Interaction, event_id: int) -> None:
        event = await self.repo.event(event_id)
        if event is None:
            raise ExpiredError("This message")
        if event.user_id != interaction.user.id:
            raise UserFacingError("This button belongs to the member this message was sent to.")
        replies = self.content.replies
        await interaction.response.defer(thinking=True)
        await self.repo.mark_talk_requested(event_id, _ts(self.bot.clock.now()))
        posted = False
        if event.guild_id is not None:
            settings = await self.guild_settings.get(event.guild_id)
            channel = await self._channel(settings.alert_channel_id) if settings.alert_channel_id else None
            if channel is not None:
                try:
                    await channel.send(
                        embed=render.talk_request_embed(event, self.content, f"<@{event.user_id}>"),
                        allowed_mentions=discord.AllowedMentions.none(),
                    )
                    posted = True
                except discord.HTTPException:
                    log.warning("Could not post a talk request in channel %s", settings.alert_channel_id)
        updated = await self.repo.event(event_id)
        if updated is not None:
            await self._refresh_alert(updated)
        log.info("Member asked to talk to a moderator (event %s)", event_id)
        await interaction.followup.send(replies.talk_ack if posted else replies.talk_no_alerts)

    async def on_pause(self, interaction: Interaction, event_id: int) -> None:
        event = await self.repo.event(event_id)
        if event is None:
            raise ExpiredError("This message")
        if event.user_id != interaction.user.id:
            raise UserFacingError("This button belongs to the member this message was sent to.")
        await self.repo.set_opt_out(interaction.user.id, True, _ts(self.bot.clock.now()))
        await interaction.response.send_message(self.content.replies.ok_ack)

    async def on_alert_action(self, interaction: Interaction, event_id: int, action: str) -> None:
        if not await is_moderator(self.bot, interaction.user, interaction.guild):
            raise RefusedCheck(MODERATOR_ONLY)
        event = await self.service.set_outcome(event_id, ACTIONS[action], interaction.user.id, self.bot.clock.now())
        closed = event.outcome in (Outcome.RESOLVED, Outcome.FALSE_POSITIVE)
        await interaction.response.edit_message(
            embed=render.alert_embed(event, self.content, jump_url=self._jump_url(event),
                                     claimed_by=_mention(event.claimed_by_user_id),
                                     closed_by=_mention(event.closed_by_user_id)),
            view=views.alert_view(event_id, claimed=event.outcome is not Outcome.OPEN, closed=closed),
        )

    # --- /resources --------------------------------------------------------------------

    @app_commands.command(name="resources")
    @app_commands.describe(
        region="Country for the list (defaults to this server's region).",
        auto_replies="Turn Tandem's automatic private messages to you on or off.",
    )
    async def resources(
        self,
        interaction: Interaction,
        region: str | None = None,
        auto_replies: Literal["on", "off"] | None = None,
    ) -> None:
        """Free, confidential people you can talk to right now (only you see this)."""
        code = region
        if code is None and interaction.guild is not None:
            code = (await self.guild_settings.get(interaction.guild.id)).region
        if region is not None and region.strip().upper() not in self.content.region_names():
            known = ", ".join(sorted(self.content.region_names()))
            raise UserFacingError(f"`{region}` isn't a region Tandem has a list for. Choose one of: {known}.")
        note = None
        if auto_replies is not None:
            await self.repo.set_opt_out(interaction.user.id, auto_replies == "off", _ts(self.bot.clock.now()))
            note = (
                "Tandem may again send you resources privately if it notices you might be struggling."
                if auto_replies == "on"
                else "Tandem won't send you automatic messages. `/resources` still works any time."
            )
        reply = text.member_reply(self.content, code, None)
        await interaction.response.send_message(note, embed=render.resources_embed(reply), ephemeral=True)

    @resources.autocomplete("region")
    async def resources_region(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        choices = text.region_choices(self.content, current)
        return [app_commands.Choice(name=label, value=code) for label, code in choices]

    # --- /safety -----------------------------------------------------------------------

    @safety.command(name="setup")
    @app_commands.describe(
        alert_channel="Private channel for safety alerts (moderators only should see it).",
        region="Country whose crisis lines members see by default.",
        enabled="Listen for crisis language at all.",
        channels="Listen in all channels, or only the ones you choose.",
        channel="A channel to choose or opt out (with channel_mode).",
        channel_mode="listen: choose this channel; ignore: opt it out; default: forget the choice.",
        auto_replies="Send members a private message with resources when Tandem notices something.",
        fallback_reminder="If a member's DMs are closed, post a reminder about /resources that names nobody.",
    )
    @moderator_check
    async def setup(
        self,
        interaction: Interaction,
        alert_channel: discord.TextChannel | None = None,
        region: str | None = None,
        enabled: bool | None = None,
        channels: Literal["all", "chosen"] | None = None,
        channel: discord.TextChannel | None = None,
        channel_mode: Literal["listen", "ignore", "default"] | None = None,
        auto_replies: bool | None = None,
        fallback_reminder: bool | None = None,
    ) -> None:
        """Show or change how Tandem looks out for members (moderators)."""
        assert interaction.guild is not None
        guild_id = interaction.guild.id
        now = self.bot.clock.now()
        if (channel is None) != (channel_mode is None):
            raise UserFacingError("Give both `channel` and `channel_mode` to choose or opt out a channel.")
        changes: dict[str, Any] = {}
        if alert_channel is not None:
            changes["alert_channel_id"] = alert_channel.id
        if region is not None:
            code = region.strip().upper()
            if code not in self.content.region_names():
                known = ", ".join(sorted(self.content.region_names()))
                raise UserFacingError(f"`{region}` isn't a region Tandem has resources for. Choose one of: {known}.")
            changes["region"] = code
        if enabled is not None:
            changes["safety_enabled"] = enabled
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = (
            await self.guild_settings.update(guild_id, now, **changes)
            if changes
            else await self.guild_settings.get(guild_id)
        )
        safety_changes: dict[str, Any] = {}
        if channels is not None:
            safety_changes["listen_all_channels"] = channels == "all"
        if auto_replies is not None:
            safety_changes["auto_replies"] = auto_replies
        if fallback_reminder is not None:
            safety_changes["fallback_reminder"] = fallback_reminder
        settings = (
            await self.service.update_settings(guild_id, now, **safety_changes)
            if safety_changes
            else await self.service.settings(guild_id)
        )
        if channel is not None and channel_mode is not None:
            await self.repo.set_channel_mode(guild_id, channel.id, None if channel_mode == "default" else channel_mode,
                                             _ts(now))
        embed = render.settings_embed(
            settings,
            enabled=guild.safety_enabled,
            alert_channel_id=guild.alert_channel_id,
            region=guild.region,
            region_name=self.content.region_names().get(guild.region),
            channels=await self.repo.channels(guild_id),
        )
        saved = bool(changes or safety_changes or channel is not None)
        await interaction.followup.send("Saved." if saved else "", embed=embed, ephemeral=True)

    @setup.autocomplete("region")
    async def setup_region(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        choices = text.region_choices(self.content, current)
        return [app_commands.Choice(name=label, value=code) for label, code in choices]

    @safety.command(name="test")
    @moderator_check
    async def test(self, interaction: Interaction) -> None:
        """Post a sample alert in the alert channel, to see what one looks like (moderators)."""
        assert interaction.guild is not None
        settings = await self.guild_settings.get(interaction.guild.id)
        if settings.alert_channel_id is None:
            raise UserFacingError("Choose an alert channel first: `/safety setup alert_channel:#channel`.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        event_id = await self.repo.add_event(
            guild_id=interaction.guild.id, channel_id=None, message_id=None, user_id=None,
            category=self.content.lexicon.categories[0].key if self.content.lexicon.categories else "test",
            source="test", now=_ts(self.bot.clock.now()),
        )
        await self._alert(event_id, settings.alert_channel_id, self.bot.clock.now(), notify=True)
        event = await self.repo.event(event_id)
        if event is None or event.alert_status != "sent":
            raise UserFacingError(
                f"Tandem couldn't post in <#{settings.alert_channel_id}>. Check that it may view the channel, "
                "send messages and embed links there."
            )
        await interaction.followup.send(f"Posted a test alert in <#{settings.alert_channel_id}>.", ephemeral=True)

    @safety.command(name="stats")
    @app_commands.describe(days="Only the last this many days (default: all time).")
    @moderator_check
    async def stats(self, interaction: Interaction, days: app_commands.Range[int, 1, 3650] | None = None) -> None:
        """Counts of safety events by category and outcome; no names, no text (moderators)."""
        assert interaction.guild is not None
        since = _ts(self.bot.clock.now()) - days * 86400 if days else None
        stats = await self.repo.stats(interaction.guild.id, since)
        await interaction.response.send_message(embed=render.stats_embed(stats, self.content, days), ephemeral=True)

    # --- context menus -----------------------------------------------------------------

    async def report_message(self, interaction: Interaction, message: discord.Message) -> None:
        """Report to moderators: any member; the author never learns who reported."""
        if interaction.guild is None:
            raise UserFacingError("Reports work inside a server.")
        if message.author.bot:
            raise UserFacingError("That message is from a bot, so there's nobody to check on.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = self.bot.detector.detect(message.content) if message.content else None
        now = self.bot.clock.now()
        settings = await self.guild_settings.get(interaction.guild.id)
        event_id = await self.repo.add_event(
            guild_id=interaction.guild.id, channel_id=message.channel.id, message_id=message.id,
            user_id=message.author.id, category=found.category if found else REPORTED, source="report",
            now=_ts(now), reporter_user_id=interaction.user.id,
        )
        await self._alert(event_id, settings.alert_channel_id, now, notify=True)
        log.info("Message reported to moderators (event %s)", event_id)
        await interaction.followup.send(self.content.replies.report_ack, ephemeral=True)

    async def offer_resources(self, interaction: Interaction, message: discord.Message) -> None:
        """Offer support resources: moderators send the resources privately to the author."""
        if interaction.guild is None:
            raise UserFacingError("This works inside a server.")
        if message.author.bot:
            raise UserFacingError("That message is from a bot.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        now = self.bot.clock.now()
        settings = await self.guild_settings.get(interaction.guild.id)
        found = self.bot.detector.detect(message.content) if message.content else None
        event_id = await self.repo.add_event(
            guild_id=interaction.guild.id, channel_id=message.channel.id, message_id=message.id,
            user_id=message.author.id, category=found.category if found else REPORTED, source="offer",
            now=_ts(now), reporter_user_id=interaction.user.id,
        )
        sent = await self._dm_resources(message.author.id, event_id, settings.region,
                                        found.category if found else None,
                                        intro=self.content.replies.offer_intro)
        await self.repo.set_dm_status(event_id, "sent" if sent else "failed")
        log.info("Moderator offered resources (event %s, delivered=%s)", event_id, sent)
        if sent:
            await respond(interaction, self.content.replies.offer_sent)
        else:
            await respond(
                interaction,
                "Tandem couldn't send them a private message (their DMs are closed). Nothing was posted publicly; "
                "you could reach out yourself, or remind the channel that `/resources` works privately.",
            )


def _mention(user_id: int | None) -> str | None:
    return f"<@{user_id}>" if user_id else None
