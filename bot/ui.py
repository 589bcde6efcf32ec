"""Shared Discord UI helpers: one error path for commands, views and modals."""

from __future__ import annotations

import logging
import secrets
import sqlite3
from typing import Any

import discord
from discord import app_commands
from discord.ui import Item

from bot.checks import RefusedCheck
from bot.errors import DatabaseUnavailableError, UserFacingError

log = logging.getLogger(__name__)

KIND_COLOUR = discord.Colour(0x5B8DEF)
WARN_COLOUR = discord.Colour(0xE8A33D)


def error_code() -> str:
    return "T-" + secrets.token_hex(3).upper()


def error_embed(message: str, title: str | None = None) -> discord.Embed:
    return discord.Embed(title=title or "That didn't work", description=message, colour=WARN_COLOUR)


async def respond(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    ephemeral: bool = True,
    **kwargs: Any,
) -> None:
    """Send a reply whether or not the interaction was already responded to or deferred."""
    if interaction.response.is_done():
        await interaction.followup.send(content or "", ephemeral=ephemeral, **kwargs)
    else:
        await interaction.response.send_message(content, ephemeral=ephemeral, **kwargs)


def describe_error(error: BaseException) -> tuple[str, str | None] | None:
    """The kind message for an expected error, or None if it is unexpected."""
    original = getattr(error, "original", error)
    if isinstance(original, UserFacingError):
        return original.message, original.title
    if isinstance(original, RefusedCheck):
        return original.user_message, "Not available"
    if isinstance(original, app_commands.NoPrivateMessage):
        return "That command works inside a server, not in DMs.", None
    if isinstance(original, app_commands.CommandOnCooldown):
        return f"Please wait {original.retry_after:.0f} seconds before trying that again.", "Slow down"
    if isinstance(original, app_commands.TransformerError):
        return f"`{original.value}` isn't a valid value there. Please pick one of the suggestions.", None
    if isinstance(original, app_commands.CheckFailure):
        return "You can't use that here.", "Not available"
    if isinstance(original, DatabaseUnavailableError) or (
        isinstance(original, sqlite3.OperationalError)
        and any(word in str(original) for word in ("locked", "readonly", "busy"))
    ):
        return (
            "Tandem couldn't save that just now because its storage is busy or read-only. "
            "Nothing was changed; please try again in a minute. If it keeps happening, tell a moderator.",
            "Please try again",
        )
    return None


async def report_error(interaction: discord.Interaction[Any], error: BaseException, where: str) -> None:
    known = describe_error(error)
    title: str | None
    if known is None:
        code = error_code()
        original = getattr(error, "original", error)
        log.error("Unexpected error %s in %s", code, where, exc_info=original)
        message, title = (
            f"Something went wrong on Tandem's side. Nothing you did caused it. "
            f"If it keeps happening, tell a moderator the code `{code}`.",
            "Sorry about that",
        )
    else:
        message, title = known
        log.debug("User-facing error in %s: %s", where, message)
    try:
        await respond(interaction, embed=error_embed(message, title), ephemeral=True)
    except discord.HTTPException:
        log.warning("Could not deliver an error reply for %s", where)


class TandemTree(app_commands.CommandTree[Any]):
    async def on_error(self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError) -> None:
        name = interaction.command.qualified_name if interaction.command else "unknown command"
        await report_error(interaction, error, f"/{name}")


class BaseView(discord.ui.View):
    """A view whose errors take the same kind path as commands.

    ``owner_id`` restricts the view to one member; a refusal always says why."""

    def __init__(self, *, timeout: float | None = 180, owner_id: int | None = None) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if self.owner_id is not None and interaction.user.id != self.owner_id:
            await respond(interaction, "These buttons belong to someone else's session. "
                          "Start your own with the same command.")
            return False
        return True

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, item: Item[Any]) -> None:
        await report_error(interaction, error, f"{type(self).__name__}:{getattr(item, 'custom_id', '?')}")


class BaseModal(discord.ui.Modal):
    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error, type(self).__name__)



class error_boundary:
    """Wrap a DynamicItem callback: discord.py only logs their exceptions, so route them
    through the same kind reply as commands and views."""

    def __init__(self, interaction: discord.Interaction[Any], where: str) -> None:
        self.interaction = interaction
        self.where = where

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False
        await report_error(self.interaction, exc, self.where)
        return True
