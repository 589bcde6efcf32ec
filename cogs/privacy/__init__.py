"""/privacy info|export|delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.privacy import PrivacyService
from cogs.checkins import note_cipher
from cogs.privacy.cog import PrivacyCog

if TYPE_CHECKING:
    from bot.bot import TandemBot


async def setup(bot: TandemBot) -> None:
    await bot.add_cog(PrivacyCog(bot, PrivacyService(bot.db, note_cipher(bot))))
