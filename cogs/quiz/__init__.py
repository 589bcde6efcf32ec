"""/quiz extension: wiring only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.db.guilds import GuildSettingsRepo
from bot.quiz.repo import QuizRepo
from bot.quiz.service import QuizService
from cogs.quiz.cog import QuizCog

if TYPE_CHECKING:
    from bot.bot import TandemBot


async def setup(bot: TandemBot) -> None:
    service = QuizService(QuizRepo(bot.db), bot.content.quizzes, bot.clock, GuildSettingsRepo(bot.db))
    await bot.add_cog(QuizCog(bot, service))
