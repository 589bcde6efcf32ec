"""Persistent quiz buttons. The custom_id carries row ids only; state lives in SQLite.

Templates are public API: messages already sent keep these ids, so change them only by
adding new templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from bot.content.quizzes import Choice, Question
from bot.ui import error_boundary

if TYPE_CHECKING:
    from cogs.quiz.cog import QuizCog

Button = discord.ui.Button[discord.ui.View]


def _cog(interaction: discord.Interaction[Any]) -> QuizCog | None:
    return interaction.client.get_cog("QuizCog")


async def _gone(interaction: discord.Interaction[Any]) -> None:
    await interaction.response.send_message(
        "Quizzes are unavailable for a moment (Tandem is restarting). Please try again shortly.", ephemeral=True
    )


class AnswerButton(
    discord.ui.DynamicItem[Button],
    template=r"quiz:ans:(?P<sid>[0-9]{1,19}):(?P<idx>[0-9]{1,3}):(?P<choice>[A-Za-z0-9_-]{1,40})",
):
    def __init__(self, session_id: int, index: int, choice: Choice) -> None:
        super().__init__(
            discord.ui.Button(
                label=choice.label,
                style=discord.ButtonStyle.secondary,
                custom_id=f"quiz:ans:{session_id}:{index}:{choice.id}",
            )
        )
        self.session_id = session_id
        self.index = index
        self.choice_id = choice.id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any
    ) -> AnswerButton:
        label = getattr(item, "label", None) or match["choice"]
        return cls(int(match["sid"]), int(match["idx"]), Choice(match["choice"], label))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async with error_boundary(interaction, "quiz:ans"):
            cog = _cog(interaction)
            if cog is None:
                return await _gone(interaction)
            await cog.on_answer(interaction, self.session_id, self.index, self.choice_id)
        return None


class NextButton(discord.ui.DynamicItem[Button], template=r"quiz:next:(?P<sid>[0-9]{1,19})"):
    def __init__(self, session_id: int, *, last: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="See my results" if last else "Next",
                style=discord.ButtonStyle.primary,
                custom_id=f"quiz:next:{session_id}",
            )
        )
        self.session_id = session_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any
    ) -> NextButton:
        return cls(int(match["sid"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async with error_boundary(interaction, "quiz:next"):
            cog = _cog(interaction)
            if cog is None:
                return await _gone(interaction)
            await cog.on_next(interaction, self.session_id)
        return None


class SaveButton(discord.ui.DynamicItem[Button], template=r"quiz:save:(?P<sid>[0-9]{1,19})"):
    def __init__(self, session_id: int, *, saved: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="Saved to my history" if saved else "Save to my history",
                style=discord.ButtonStyle.success if saved else discord.ButtonStyle.secondary,
                custom_id=f"quiz:save:{session_id}",
                disabled=saved,
            )
        )
        self.session_id = session_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any
    ) -> SaveButton:
        return cls(int(match["sid"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async with error_boundary(interaction, "quiz:save"):
            cog = _cog(interaction)
            if cog is None:
                return await _gone(interaction)
            await cog.on_save(interaction, self.session_id)
        return None


class GroupAnswerButton(
    discord.ui.DynamicItem[Button],
    template=r"quiz:g:(?P<gid>[0-9]{1,19}):(?P<idx>[0-9]{1,3}):(?P<choice>[A-Za-z0-9_-]{1,40})",
):
    def __init__(self, group_id: int, index: int, choice: Choice) -> None:
        super().__init__(
            discord.ui.Button(
                label=choice.label,
                style=discord.ButtonStyle.secondary,
                custom_id=f"quiz:g:{group_id}:{index}:{choice.id}",
            )
        )
        self.group_id = group_id
        self.index = index
        self.choice_id = choice.id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any
    ) -> GroupAnswerButton:
        label = getattr(item, "label", None) or match["choice"]
        return cls(int(match["gid"]), int(match["idx"]), Choice(match["choice"], label))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async with error_boundary(interaction, "quiz:g"):
            cog = _cog(interaction)
            if cog is None:
                return await _gone(interaction)
            await cog.on_group_answer(interaction, self.group_id, self.index, self.choice_id)
        return None


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    AnswerButton,
    NextButton,
    SaveButton,
    GroupAnswerButton,
)


def _view(*items: discord.ui.Item[Any]) -> discord.ui.View:
    # timeout=None: a view that times out would unregister these dynamic templates globally.
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


def answer_view(session_id: int, index: int, question: Question) -> discord.ui.View:
    return _view(*(AnswerButton(session_id, index, choice) for choice in question.choices))


def next_view(session_id: int, *, last: bool) -> discord.ui.View:
    return _view(NextButton(session_id, last=last))


def save_view(session_id: int, *, saved: bool) -> discord.ui.View:
    return _view(SaveButton(session_id, saved=saved))


def group_view(group_id: int, index: int, question: Question) -> discord.ui.View:
    return _view(*(GroupAnswerButton(group_id, index, choice) for choice in question.choices))
