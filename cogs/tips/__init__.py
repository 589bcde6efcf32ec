"""Daily interdependency tips: /tip for members, /tips for moderators, scheduled posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.tips.repository import TipRepo
from bot.tips.service import TipService
from cogs.tips.cog import TipsCog

if TYPE_CHECKING:
    from bot.bot import TandemBot


async def setup(bot: TandemBot) -> None:
    await bot.add_cog(TipsCog(bot, TipService(TipRepo(bot.db), bot.content.tips, bot.scheduler, bot.clock)))
