"""The modal moderators use to write a custom tip."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from bot.content.tips import MAX_REFLECTION, MAX_TEXT
from bot.tips.service import custom_to_tip
from bot.ui import BaseModal
from cogs.tips import render

if TYPE_CHECKING:
    from bot.tips.service import TipService


class AddTipModal(BaseModal, title="Add a custom tip"):
    text: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Tip",
        style=discord.TextStyle.paragraph,
        max_length=MAX_TEXT,
        placeholder="A short, kind idea in your own words.",
    )
    reflection: discord.ui.TextInput[Any] = discord.ui.TextInput(
        label="Reflection question (optional)",
        style=discord.TextStyle.short,
        max_length=MAX_REFLECTION,
        required=False,
        placeholder="One question members can sit with.",
    )

    def __init__(self, service: TipService, guild_id: int, category: str) -> None:
        super().__init__()
        self.service = service
        self.guild_id = guild_id
        self.category = category

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        custom = await self.service.add_custom(self.guild_id, self.category, self.text.value, self.reflection.value)
        await interaction.response.send_message(
            f"Added custom tip #{custom.id}. It joins every matching schedule's rotation.",
            embed=render.tip_embed(custom_to_tip(custom)),
            ephemeral=True,
        )
