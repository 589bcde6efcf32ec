from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.core.cog import CoreCog

if TYPE_CHECKING:
    from bot.bot import TandemBot


async def setup(bot: TandemBot) -> None:
    await bot.add_cog(CoreCog(bot))
