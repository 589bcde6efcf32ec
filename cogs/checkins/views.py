"""Persistent buttons for check-ins. Every custom_id carries only row ids and choices; the
state lives in SQLite, so a button keeps working after a restart.

Templates are public API (messages already sent in DMs keep them):
    ci:mood:<checkin>:<1-5>          ci:ref:<checkin>:<prompt id>:<yes|partly|no>
    ci:note:<checkin>                ci:done:<checkin>
    ci:snooze:<checkin>              ci:skip:<checkin>
    ci:agree:<freq>:<HHMM>:<weekday|x>:<notify 0|1>:<guild id|0>:<tz>      ci:decline
    ci:stop:<keep|erase>
The note modal is ``ci:notemodal:<checkin>`` and is answered by the cog's interaction
listener (see ``CheckinCog.on_interaction``), not by a stored Modal object.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

import discord

from bot.checkins.flow import Step
from bot.checkins.model import ANSWER_LABELS, ANSWERS, Checkin, Frequency, ScheduleChoice
from bot.content.checkins import CheckinContent
from bot.ui import error_boundary

if TYPE_CHECKING:
    from cogs.checkins.cog import CheckinCog

Interaction = discord.Interaction[Any]
NOTE_MODAL_RE = re.compile(r"^ci:notemodal:(?P<id>\d+)$")
NOTE_FIELD = "note"


def _cog(interaction: Interaction) -> CheckinCog:
    cog = interaction.client.get_cog("CheckinCog")
    assert cog is not None
    return cog


class MoodButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ci:mood:(?P<id>\d+):(?P<mood>[1-5])"):
    def __init__(self, checkin_id: int, mood: int, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=(f"{mood} · {label}" if label else str(mood))[:80],
                style=discord.ButtonStyle.primary,
                custom_id=f"ci:mood:{checkin_id}:{mood}",
                row=0,
            )
        )
        self.checkin_id, self.mood = checkin_id, mood

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> MoodButton:
        return cls(int(match["id"]), int(match["mood"]))

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, "checkin:mood"):
            await _cog(interaction).on_mood(interaction, self.checkin_id, self.mood)


class ReflectButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"ci:ref:(?P<id>\d+):(?P<prompt>[a-z0-9-]{1,40}):(?P<answer>yes|partly|no)",
):
    def __init__(self, checkin_id: int, prompt_id: str, answer: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=ANSWER_LABELS[answer],
                style=discord.ButtonStyle.secondary if answer == "no" else discord.ButtonStyle.primary,
                custom_id=f"ci:ref:{checkin_id}:{prompt_id}:{answer}",
                row=0,
            )
        )
        self.checkin_id, self.prompt_id, self.answer = checkin_id, prompt_id, answer

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ReflectButton:
        return cls(int(match["id"]), match["prompt"], match["answer"])

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, "checkin:reflect"):
            await _cog(interaction).on_answer(interaction, self.checkin_id, self.prompt_id, self.answer)


class _ActionButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ci:(?P<action>note|done|snooze|skip):(?P<id>\d+)"
):
    LABELS: ClassVar[dict[str, tuple[str, discord.ButtonStyle, int]]] = {
        "note": ("Add a private note", discord.ButtonStyle.secondary, 0),
        "done": ("Done", discord.ButtonStyle.success, 0),
        "snooze": ("Snooze 1 h", discord.ButtonStyle.secondary, 1),
        "skip": ("Skip today", discord.ButtonStyle.secondary, 1),
    }

    def __init__(self, action: str, checkin_id: int) -> None:
        label, style, row = self.LABELS[action]
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=f"ci:{action}:{checkin_id}", row=row))
        self.action, self.checkin_id = action, checkin_id

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> _ActionButton:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, f"checkin:{self.action}"):
            await _cog(interaction).on_action(interaction, self.action, self.checkin_id)


ActionButton = _ActionButton


class AgreeButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=(
        r"ci:agree:(?P<freq>daily|weekdays|weekly):(?P<hhmm>\d{4}):(?P<weekday>[0-6x]):(?P<notify>[01])"
        r":(?P<guild>\d{1,20}):(?P<tz>[A-Za-z0-9_+\-/]{1,40})"
    ),
):
    """The member's pending choices travel in the custom_id: nothing is stored before consent."""

    def __init__(self, choice: ScheduleChoice, guild_id: int | None) -> None:
        weekday = "x" if choice.weekday is None else str(choice.weekday)
        custom_id = (
            f"ci:agree:{choice.frequency.value}:{choice.local_time.replace(':', '')}:{weekday}:"
            f"{int(choice.notify_moderators)}:{guild_id or 0}:{choice.tz}"
        )
        super().__init__(discord.ui.Button(label="I agree", style=discord.ButtonStyle.success, custom_id=custom_id))
        self.choice, self.guild_id = choice, guild_id

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AgreeButton:
        hhmm = match["hhmm"]
        choice = ScheduleChoice(
            frequency=Frequency(match["freq"]),
            local_time=f"{hhmm[:2]}:{hhmm[2:]}",
            tz=match["tz"],
            weekday=None if match["weekday"] == "x" else int(match["weekday"]),
            notify_moderators=match["notify"] == "1",
        )
        return cls(choice, int(match["guild"]) or None)

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, "checkin:agree"):
            await _cog(interaction).on_agree(interaction, self.choice, self.guild_id)


class DeclineButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ci:decline"):
    def __init__(self) -> None:
        super().__init__(
            discord.ui.Button(label="No thanks", style=discord.ButtonStyle.secondary, custom_id="ci:decline")
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> DeclineButton:
        return cls()

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, "checkin:decline"):
            await interaction.response.edit_message(
                content="No problem: nothing was saved. `/checkin start` is here if you change your mind.",
                embed=None,
                view=None,
            )


class StopButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ci:stop:(?P<what>keep|erase)"):
    def __init__(self, what: str) -> None:
        label = "Stop and keep my history" if what == "keep" else "Stop and erase my history"
        style = discord.ButtonStyle.primary if what == "keep" else discord.ButtonStyle.danger
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=f"ci:stop:{what}"))
        self.what = what

    @classmethod
    async def from_custom_id(
        cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> StopButton:
        return cls(match["what"])

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, "checkin:stop"):
            await _cog(interaction).on_stop(interaction, erase=self.what == "erase")


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    MoodButton,
    ReflectButton,
    _ActionButton,
    AgreeButton,
    DeclineButton,
    StopButton,
)


def checkin_view(checkin: Checkin, step: Step, content: CheckinContent) -> discord.ui.View | None:
    """The buttons for the step the member is on (None once the check-in is over)."""
    view = discord.ui.View(timeout=None)
    if step.kind == "mood":
        for mood in range(1, 6):
            view.add_item(MoodButton(checkin.id, mood, content.mood_label(mood)))
        view.add_item(_ActionButton("snooze", checkin.id))
        view.add_item(_ActionButton("skip", checkin.id))
    elif step.kind == "reflection":
        assert step.prompt_id is not None
        for answer in ANSWERS:
            view.add_item(ReflectButton(checkin.id, step.prompt_id, answer))
    elif step.kind == "finish":
        if not checkin.has_note:
            view.add_item(_ActionButton("note", checkin.id))
        view.add_item(_ActionButton("done", checkin.id))
    else:
        return None
    return view


def consent_view(choice: ScheduleChoice, guild_id: int | None) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(AgreeButton(choice, guild_id))
    view.add_item(DeclineButton())
    return view


def stop_view() -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(StopButton("keep"))
    view.add_item(StopButton("erase"))
    return view


def note_modal(checkin_id: int) -> discord.ui.Modal:
    """The note form. It is stopped before sending so discord.py does not keep it in memory:
    the submission is handled from the custom_id, which survives a restart."""
    modal = discord.ui.Modal(title="A private note", custom_id=f"ci:notemodal:{checkin_id}", timeout=None)
    modal.add_item(
        discord.ui.TextInput(
            label="Only you can read this (stored encrypted)",
            custom_id=NOTE_FIELD,
            style=discord.TextStyle.paragraph,
            max_length=1000,
            required=True,
            placeholder="Anything you'd like to remember about today.",
        )
    )
    modal.stop()
    return modal


def modal_value(data: Any, field: str = NOTE_FIELD) -> str | None:
    """Find a text input's value in a modal submission (action rows or label components)."""
    if isinstance(data, dict):
        if data.get("custom_id") == field and "value" in data:
            return str(data["value"])
        for value in data.values():
            found = modal_value(value, field)
            if found is not None:
                return found
    elif isinstance(data, list):
        for value in data:
            found = modal_value(value, field)
            if found is not None:
                return found
    return None
