"""/privacy info|export|delete: every answer is ephemeral."""

from __future__ import annotations

import io
import json
import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.privacy import PrivacyService
from bot.ui import error_boundary
from cogs.privacy import render

if TYPE_CHECKING:
    from bot.bot import TandemBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction[Any]


def _cog(interaction: Interaction) -> PrivacyCog:
    cog = interaction.client.get_cog("PrivacyCog")
    assert cog is not None
    return cog


class EraseButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"privacy:erase:(?P<what>confirm|cancel)"):
    def __init__(self, what: str) -> None:
        label = "Erase everything" if what == "confirm" else "Cancel"
        style = discord.ButtonStyle.danger if what == "confirm" else discord.ButtonStyle.secondary
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=f"privacy:erase:{what}"))
        self.what = what

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> EraseButton:
        return cls(match["what"])

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, "privacy:erase"):
            if self.what == "cancel":
                await interaction.response.edit_message(content="Cancelled: nothing was erased.", embed=None, view=None)
                return
            await _cog(interaction).erase(interaction)


class PrivacyCog(commands.GroupCog, group_name="privacy"):
    """See, export or erase what Tandem holds about you."""

    help_group = "Privacy"

    def __init__(self, bot: TandemBot, service: PrivacyService) -> None:
        self.bot = bot
        self.service = service
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(EraseButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(EraseButton)

    @app_commands.command(name="info")
    async def info(self, interaction: Interaction) -> None:
        """What Tandem stores about you, who can see it, and how to export or erase it."""
        await interaction.response.send_message(
            embed=render.info_embed(self.bot.settings.retention_days), ephemeral=True
        )

    @app_commands.command(name="export")
    async def export(self, interaction: Interaction) -> None:
        """Get a file with everything Tandem holds about you (only you see it)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await self.service.export(interaction.user.id, self.bot.clock.now())
        payload = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
        file = discord.File(io.BytesIO(payload), filename=f"tandem-export-{interaction.user.id}.json")
        rows = sum(len(rows) for rows in data["tables"].values())
        await interaction.followup.send(
            f"Here is everything Tandem holds about you: {rows} record(s) from {len(data['tables'])} table(s). "
            "Private notes are included decrypted, so keep this file somewhere safe.",
            file=file,
            ephemeral=True,
        )

    @app_commands.command(name="delete")
    async def delete(self, interaction: Interaction) -> None:
        """Erase everything Tandem holds about you (asks you to confirm first)."""
        view = discord.ui.View(timeout=None)
        view.add_item(EraseButton("confirm"))
        view.add_item(EraseButton("cancel"))
        await interaction.response.send_message(embed=render.confirm_delete_embed(), view=view, ephemeral=True)

    async def erase(self, interaction: Interaction) -> None:
        await interaction.response.defer()
        user_id = interaction.user.id
        report = await self.service.erase(user_id)
        self.bot.scheduler.wake()
        await interaction.edit_original_response(
            content=(
                f"Done. Tandem erased {report.total} record(s) about you. If you use Tandem again it starts fresh; "
                "check-ins stay off unless you run `/checkin start`."
            ),
            embed=None,
            view=None,
        )
