"""Private check-ins by DM (opt-in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.checkins.repo import CheckinRepo
from bot.checkins.service import CheckinService
from bot.crypto import NoteCipher
from cogs.checkins.cog import CheckinCog

if TYPE_CHECKING:
    from bot.bot import TandemBot


def note_cipher(bot: TandemBot) -> NoteCipher:
    """One cipher per bot, shared with the privacy cog (export decrypts notes)."""
    cipher = getattr(bot, "note_cipher", None)
    if cipher is None:
        cipher = NoteCipher.from_settings(bot.settings.data_key, bot.settings.db_path)
        bot.note_cipher = cipher  # type: ignore[attr-defined]
    return cipher


async def setup(bot: TandemBot) -> None:
    service = CheckinService(CheckinRepo(bot.db), bot.scheduler, bot.content.checkins, note_cipher(bot), bot.clock)
    await bot.add_cog(CheckinCog(bot, service))
