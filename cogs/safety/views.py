"""Persistent safety buttons. custom_ids carry the crisis event's row id only; state is in
SQLite. Templates are public API: messages already sent keep these ids."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.ui import error_boundary

if TYPE_CHECKING:
    from cogs.safety.cog import SafetyCog

Interaction = discord.Interaction[Any]
Button = discord.ui.Button[Any]


def _cog(interaction: Interaction) -> SafetyCog:
    cog = interaction.client.get_cog("SafetyCog")
    assert cog is not None, "the safety cog is not loaded"
    return cog


class MemberButton(discord.ui.DynamicItem[Button], template=r"safety:(?P<action>talk|ok):(?P<id>[0-9]{1,19})"):
    """On the member's private reply: "Talk to a moderator" and "I'm OK / pause"."""

    def __init__(self, action: str, event_id: int, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=(label or ("Talk to a moderator" if action == "talk" else "I'm OK"))[:80],
                style=discord.ButtonStyle.primary if action == "talk" else discord.ButtonStyle.secondary,
                custom_id=f"safety:{action}:{event_id}",
            )
        )
        self.action, self.event_id = action, event_id

    @classmethod
    async def from_custom_id(cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]) -> Any:
        return cls(match["action"], int(match["id"]), getattr(item, "label", "") or "")

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, f"safety:{self.action}"):
            cog = _cog(interaction)
            if self.action == "talk":
                await cog.on_talk(interaction, self.event_id)
            else:
                await cog.on_pause(interaction, self.event_id)


ALERT_ACTIONS = {"claim": "Claim", "resolve": "Resolved", "fp": "False positive"}


class AlertButton(
    discord.ui.DynamicItem[Button], template=r"safety:(?P<action>claim|resolve|fp):(?P<id>[0-9]{1,19})"
):
    """On the moderators' alert: Claim / Resolved / False positive (moderators only)."""

    def __init__(self, action: str, event_id: int, *, disabled: bool = False) -> None:
        styles = {"claim": discord.ButtonStyle.primary, "resolve": discord.ButtonStyle.success}
        super().__init__(
            discord.ui.Button(
                label=ALERT_ACTIONS[action],
                style=styles.get(action, discord.ButtonStyle.secondary),
                custom_id=f"safety:{action}:{event_id}",
                disabled=disabled,
            )
        )
        self.action, self.event_id = action, event_id

    @classmethod
    async def from_custom_id(cls, interaction: Interaction, item: discord.ui.Item[Any], match: re.Match[str]) -> Any:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: Interaction) -> None:
        async with error_boundary(interaction, f"safety:{self.action}"):
            await _cog(interaction).on_alert_action(interaction, self.event_id, self.action)


def member_view(event_id: int, talk_label: str, ok_label: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(MemberButton("talk", event_id, talk_label))
    view.add_item(MemberButton("ok", event_id, ok_label))
    return view


def alert_view(event_id: int, *, claimed: bool, closed: bool) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(AlertButton("claim", event_id, disabled=claimed or closed))
    view.add_item(AlertButton("resolve", event_id, disabled=closed))
    view.add_item(AlertButton("fp", event_id, disabled=closed))
    return view


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (MemberButton, AlertButton)
