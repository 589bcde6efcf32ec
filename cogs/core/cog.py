"""/about, /help and /setup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import is_moderator, is_moderator_command, moderator_only
from bot.db.guilds import GuildSettingsRepo
from bot.errors import UserFacingError
from cogs.core import render

if TYPE_CHECKING:
    from bot.bot import TandemBot

Interaction = discord.Interaction["TandemBot"]


class CoreCog(commands.Cog):
    def __init__(self, bot: TandemBot) -> None:
        self.bot = bot
        self.settings = GuildSettingsRepo(bot.db)

    @app_commands.command(name="about")
    async def about(self, interaction: Interaction) -> None:
        """What Tandem is (and isn't), where its ideas come from, and how it treats your data."""
        await interaction.response.send_message(embed=render.about_embed(), ephemeral=True)

    @app_commands.command(name="help")
    async def help(self, interaction: Interaction) -> None:
        """List the Tandem commands you can use here."""
        moderator = await is_moderator(self.bot, interaction.user, interaction.guild)
        entries = list(self._help_entries(interaction.guild is None))
        await interaction.response.send_message(
            embed=render.help_embed(entries, moderator=moderator), ephemeral=True
        )

    def _help_entries(self, in_dm: bool) -> Any:
        for top in self.bot.tree.get_commands(type=discord.AppCommandType.chat_input):
            leaves = top.walk_commands() if isinstance(top, app_commands.Group) else [top]
            for command in leaves:
                if isinstance(command, app_commands.Group):
                    continue
                root = command.root_parent or command
                if in_dm and getattr(root, "guild_only", False):
                    continue
                binding = getattr(command, "binding", None)
                group = getattr(binding, "help_group", None) or root.name.capitalize()
                yield render.HelpEntry(
                    mention=f"/{command.qualified_name}",
                    description=command.description,
                    group=group,
                    moderator=is_moderator_command(command),
                )

    @app_commands.command(name="setup")
    @app_commands.describe(
        moderator_role="Members with this role count as moderators (as well as Manage Server).",
        alert_channel="A private channel where safety alerts and schedule problems are posted.",
        region="Country for crisis resources, e.g. US, GB, AU.",
    )
    @moderator_only()
    async def setup(
        self,
        interaction: Interaction,
        moderator_role: discord.Role | None = None,
        alert_channel: discord.TextChannel | None = None,
        region: str | None = None,
    ) -> None:
        """Show or change Tandem's settings for this server (moderators)."""
        assert interaction.guild is not None
        # Defer before touching the database: a locked database waits up to 5 s, longer than
        # Discord's 3 s window for the first response (found by the e2e harness).
        await interaction.response.defer(ephemeral=True, thinking=True)
        regions = self.bot.content.safety.region_names()
        changes: dict[str, Any] = {}
        if moderator_role is not None:
            if moderator_role.is_default():
                raise UserFacingError("@everyone can't be the moderator role. Pick a role only moderators have.")
            changes["moderator_role_id"] = moderator_role.id
        if alert_channel is not None:
            changes["alert_channel_id"] = alert_channel.id
        if region is not None:
            code = region.strip().upper()
            if code not in regions:
                known = ", ".join(sorted(regions))
                raise UserFacingError(f"`{region}` isn't a region Tandem has resources for. Choose one of: {known}.")
            changes["region"] = code
        now = self.bot.clock.now()
        if changes:
            current = await self.settings.update(interaction.guild.id, now, **changes)
        else:
            current = await self.settings.get(interaction.guild.id)
        embed = render.setup_embed(current, regions.get(current.region))
        if changes:
            embed.description = "Saved."
        await interaction.followup.send(embed=embed, ephemeral=True)

    @setup.autocomplete("region")
    async def region_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower()
        return [
            app_commands.Choice(name=f"{name} ({code})", value=code)
            for code, name in sorted(self.bot.content.safety.region_names().items())
            if needle in code.lower() or needle in name.lower()
        ][:25]
