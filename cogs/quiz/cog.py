"""/quiz: solo and group quizzes, a private self-reflection, stats and moderator import."""

from __future__ import annotations

import asyncio
import io
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import moderator_check
from bot.content.problems import Problems
from bot.errors import GuildOnlyError
from bot.quiz import importer
from bot.quiz.service import (
    TIDY_EVERY,
    AnswerFeedback,
    GroupPlan,
    ImportResult,
    KnowledgeDone,
    QuizService,
    ReflectionDone,
    SoloQuestion,
    SoloStep,
)
from cogs.quiz import render, views

if TYPE_CHECKING:
    from bot.bot import TandemBot

log = logging.getLogger(__name__)
Interaction = discord.Interaction["TandemBot"]

RESTART_NOTICE = (
    "The group quiz in this channel stopped because Tandem restarted. Sorry about that! "
    "Anyone can start a new one with `/quiz group`."
)

POST_FAILED = (
    "I couldn't post the quiz questions in this channel, so the group quiz stopped. "
    "Please check that Tandem may send messages and embed links here, then try again."
)




@dataclass(slots=True)
class RunningGroup:
    plan: GroupPlan
    channel: discord.abc.Messageable
    interaction: Interaction
    task: asyncio.Task[None] | None = None
    message: discord.Message | None = None
    stopped: bool = field(default=False)


class QuizCog(commands.GroupCog, group_name="quiz", group_description="Quizzes on codependency and interdependency"):
    help_group = "Quizzes"

    def __init__(self, bot: TandemBot, service: QuizService) -> None:
        self.bot = bot
        self.service = service
        self._running: dict[int, RunningGroup] = {}
        self._notice_task: asyncio.Task[None] | None = None
        self._tidy_task: asyncio.Task[None] | None = None
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*views.DYNAMIC_ITEMS)
        interrupted = await self.service.interrupt_running_groups()
        if interrupted:
            log.info("Closed %d group quiz(zes) left running before a restart", len(interrupted))
            channels = [g.channel_id for g in interrupted]
            self._notice_task = asyncio.create_task(self._announce_interrupted(channels), name="quiz-restart-notice")
        self._tidy_task = asyncio.create_task(self._tidy_loop(), name="quiz-tidy")

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*views.DYNAMIC_ITEMS)
        tasks = [r.task for r in self._running.values() if r.task is not None]
        for extra in (self._notice_task, self._tidy_task):
            if extra is not None:
                tasks.append(extra)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._running.clear()

    async def _tidy_loop(self) -> None:
        while True:
            try:
                await self.service.tidy_sessions()
            except Exception:
                log.exception("Quiz tidy-up failed; will try again tomorrow")
            await self.bot.clock.sleep(TIDY_EVERY.total_seconds())

    async def _announce_interrupted(self, channel_ids: list[int]) -> None:
        await self.bot.wait_until_ready()
        for channel_id in channel_ids:
            channel = self.bot.get_channel(channel_id)
            if not isinstance(channel, discord.abc.Messageable):
                continue
            try:
                await channel.send(RESTART_NOTICE)
            except discord.HTTPException:
                log.info("Could not post the restart notice in channel %s", channel_id)

    # --- autocomplete ---------------------------------------------------------------------

    async def _quiz_choices(
        self, interaction: Interaction, current: str, *, kind: str | None = None, server_only: bool = False
    ) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower()
        refs = await self.service.available(interaction.guild_id, kind=kind)
        return [
            app_commands.Choice(name=render.quiz_choice_name(r.quiz, r.source == "server"), value=r.quiz.id)
            for r in refs
            if (not server_only or r.source == "server")
            and (needle in r.quiz.id or needle in r.quiz.title.lower())
        ][:25]

    # --- commands ---------------------------------------------------------------------------

    @app_commands.command(name="list")
    async def list_quizzes(self, interaction: Interaction) -> None:
        """See the quizzes you can take here."""
        refs = await self.service.available(interaction.guild_id)
        await interaction.response.send_message(embed=render.list_embed(refs), ephemeral=True)

    @app_commands.command(name="start")
    @app_commands.describe(quiz="Which quiz to take", questions="How many questions (default: the quiz's usual amount)")
    async def start(
        self, interaction: Interaction, quiz: str, questions: app_commands.Range[int, 1, 25] | None = None
    ) -> None:
        """Take a quiz on your own; only you see it."""
        step = await self.service.start_solo(interaction.user.id, interaction.guild_id, quiz, questions)
        await interaction.response.send_message(
            embed=render.solo_question_embed(step),
            view=views.answer_view(step.session_id, step.index, step.question),
            ephemeral=True,
        )

    @start.autocomplete("quiz")
    async def start_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self._quiz_choices(interaction, current)

    @app_commands.command(name="group")
    @app_commands.describe(
        quiz="Which knowledge quiz to play together",
        seconds="Seconds to answer each question (10-120, default 30)",
        questions="How many questions (default: the quiz's usual amount)",
    )
    async def group(
        self,
        interaction: Interaction,
        quiz: str,
        seconds: app_commands.Range[int, 10, 120] = 30,
        questions: app_commands.Range[int, 1, 25] | None = None,
    ) -> None:
        """Play a timed quiz together in this channel; anyone can answer."""
        if interaction.guild_id is None or interaction.channel is None:
            raise GuildOnlyError()
        channel = interaction.channel
        if not isinstance(channel, discord.abc.Messageable):
            raise GuildOnlyError()
        plan = await self.service.start_group(
            guild_id=interaction.guild_id, channel_id=channel.id, user_id=interaction.user.id,
            quiz_id=quiz, seconds=seconds, count=questions,
        )
        running = RunningGroup(plan, channel, interaction)
        self._running[plan.id] = running
        try:
            await interaction.response.send_message(embed=render.group_intro_embed(plan), ephemeral=False)
        except BaseException:
            self._running.pop(plan.id, None)
            await self.service.finish_group(plan, "interrupted")
            raise
        running.task = asyncio.create_task(self._run_group(running), name=f"quiz-group-{plan.id}")

    @group.autocomplete("quiz")
    async def group_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self._quiz_choices(interaction, current, kind="knowledge")

    @app_commands.command(name="stop")
    @moderator_check
    async def stop(self, interaction: Interaction) -> None:
        """Stop the group quiz running in this channel (moderators)."""
        assert interaction.channel_id is not None
        session = await self.service.stop_group(interaction.channel_id)
        running = self._running.pop(session.id, None)
        if running is not None:
            running.stopped = True
            if running.task is not None:
                running.task.cancel()
            if running.message is not None:
                try:
                    await running.message.edit(embed=render.group_stopped_embed(running.plan.quiz.title), view=None)
                except discord.HTTPException:
                    log.info("Could not mark group quiz %s as stopped on its message", session.id)
        await interaction.response.send_message("A moderator stopped the group quiz in this channel.",
                                                ephemeral=False)

    @app_commands.command(name="stats")
    async def stats(self, interaction: Interaction) -> None:
        """Your own finished quizzes and accuracy by theme (only you see it)."""
        stats = await self.service.stats(interaction.user.id, interaction.guild_id)
        await interaction.response.send_message(embed=render.stats_embed(stats), ephemeral=True)

    @app_commands.command(name="import")
    @app_commands.describe(file="A quiz file (.toml) in the same format as Tandem's own quizzes, up to 64 KiB")
    @moderator_check
    async def import_quiz(self, interaction: Interaction, file: discord.Attachment) -> None:
        """Add a quiz for this server from a file (moderators)."""
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        problems = Problems()
        if not importer.check_import_size(file.size, file.filename, problems):
            result = ImportResult(None, tuple(problems.lines))
        else:
            raw = await file.read()
            result = await self.service.import_quiz(interaction.guild_id, interaction.user.id, raw, file.filename)
        embed, full = render.import_embed(result, file.filename)
        if full is not None:
            attachment = discord.File(io.BytesIO(full.encode()), filename="problems.txt")
            await interaction.followup.send(embed=embed, file=attachment, ephemeral=True)
        else:
            await interaction.followup.send(embed=embed, ephemeral=True)

    @app_commands.command(name="remove")
    @app_commands.describe(quiz="The imported server quiz to remove")
    @moderator_check
    async def remove(self, interaction: Interaction, quiz: str) -> None:
        """Remove a quiz this server imported (moderators)."""
        assert interaction.guild_id is not None
        removed = await self.service.remove_quiz(interaction.guild_id, quiz)
        await interaction.response.send_message(
            f"Removed **{render.clip(removed.title, 200)}** (`{removed.id}`) from this server's quizzes.",
            ephemeral=True,
        )

    @remove.autocomplete("quiz")
    async def remove_autocomplete(self, interaction: Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await self._quiz_choices(interaction, current, server_only=True)

    # --- solo buttons -----------------------------------------------------------------------

    async def _show_step(self, interaction: Interaction, step: SoloStep | AnswerFeedback) -> None:
        if isinstance(step, AnswerFeedback):
            await interaction.response.edit_message(
                embed=render.feedback_embed(step), view=views.next_view(step.session_id, last=step.is_last)
            )
        elif isinstance(step, SoloQuestion):
            await interaction.response.edit_message(
                embed=render.solo_question_embed(step),
                view=views.answer_view(step.session_id, step.index, step.question),
            )
        elif isinstance(step, KnowledgeDone):
            await interaction.response.edit_message(embed=render.knowledge_summary_embed(step), view=None)
        elif isinstance(step, ReflectionDone):
            await interaction.response.edit_message(
                embed=render.reflection_summary_embed(step), view=views.save_view(step.session_id, saved=step.saved)
            )

    async def on_answer(self, interaction: Interaction, session_id: int, index: int, choice_id: str) -> None:
        step = await self.service.answer_solo(session_id, index, choice_id, interaction.user.id)
        await self._show_step(interaction, step)

    async def on_next(self, interaction: Interaction, session_id: int) -> None:
        step = await self.service.next_solo(session_id, interaction.user.id)
        await self._show_step(interaction, step)

    async def on_save(self, interaction: Interaction, session_id: int) -> None:
        done = await self.service.save_reflection(session_id, interaction.user.id)
        await self._show_step(interaction, done)

    # --- group ------------------------------------------------------------------------------

    async def on_group_answer(self, interaction: Interaction, group_id: int, index: int, choice_id: str) -> None:
        answer = await self.service.group_answer(group_id, index, choice_id, interaction.user.id)
        await interaction.response.send_message(
            f"Answer recorded: **{render.clip(answer.chosen.label, 80)}**. You can change it until time is up.",
            ephemeral=True,
        )

    async def _run_group(self, running: RunningGroup) -> None:
        plan = running.plan
        clock = self.bot.clock
        try:
            for index, question in enumerate(plan.questions):
                deadline = await self.service.open_group_question(plan, index)
                running.message = await running.channel.send(
                    embed=render.group_question_embed(plan, index, deadline),
                    view=views.group_view(plan.id, index, question),
                )
                await clock.sleep(max(0.0, deadline - clock.now().timestamp()))
                counts = await self.service.close_group_question(plan, index)
                await running.message.edit(embed=render.group_reveal_embed(plan, index, counts), view=None)
                running.message = None
            board = await self.service.finish_group(plan)
            await running.channel.send(embed=render.scoreboard_embed(plan, board))
        except asyncio.CancelledError:
            raise
        except discord.HTTPException as exc:
            log.warning("Group quiz %s stopped: Discord refused a message (%s)", plan.id, exc.status)
            await self.service.finish_group(plan, "interrupted")
            try:
                await running.interaction.followup.send(POST_FAILED, ephemeral=True)
            except discord.HTTPException:
                log.info("Could not tell the host why group quiz %s stopped", plan.id)
        except Exception:
            log.exception("Group quiz %s failed", plan.id)
            await self.service.finish_group(plan, "interrupted")
        finally:
            if self._running.get(plan.id) is running:
                del self._running[plan.id]
