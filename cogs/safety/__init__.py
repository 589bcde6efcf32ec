"""Safety: crisis-language detection, private resources, moderator alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.safety.service import SafetyRepo, SafetyService
from cogs.safety.cog import SafetyCog

if TYPE_CHECKING:
    from bot.bot import TandemBot


async def setup(bot: TandemBot) -> None:
    await bot.add_cog(SafetyCog(bot, SafetyService(SafetyRepo(bot.db))))
