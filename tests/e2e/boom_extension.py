"""A test-only extension whose command raises: proves an unexpected error gets a kind reply with a code."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands


class BoomError(RuntimeError):
    pass


class BoomCog(commands.Cog):
    @app_commands.command(name="boom")
    async def boom(self, interaction: discord.Interaction[Any]) -> None:
        """Raise an unexpected error (tests only)."""
        raise BoomError("kaboom")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(BoomCog())
