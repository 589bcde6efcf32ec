"""Permission checks. Discord's ``default_permissions`` only hides commands; a server admin
can re-map them, so every moderator command also runs ``is_moderator`` on our side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.db.guilds import GuildSettingsRepo

if TYPE_CHECKING:
    from bot.bot import TandemBot


class RefusedCheck(app_commands.CheckFailure):
    """A check failure whose message is written for the member."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


MODERATOR_ONLY = (
    "Only this server's moderators can do that: members with **Manage Server** "
    "or the moderator role chosen in `/setup`."
)


async def is_moderator(bot: TandemBot, member: discord.abc.User | None, guild: discord.Guild | None) -> bool:
    if guild is None or not isinstance(member, discord.Member):
        return False
    if member.guild_permissions.manage_guild or member.guild_permissions.administrator:
        return True
    settings = await GuildSettingsRepo(bot.db).get(guild.id)
    return settings.moderator_role_id is not None and any(
        role.id == settings.moderator_role_id for role in member.roles
    )


async def require_moderator(interaction: discord.Interaction[Any]) -> None:
    """Raise ``RefusedCheck`` unless the user is a moderator of this server."""
    if interaction.guild is None:
        raise RefusedCheck("That command works inside a server, not in DMs.")
    if not await is_moderator(interaction.client, interaction.user, interaction.guild):
        raise RefusedCheck(MODERATOR_ONLY)


async def moderator_predicate(interaction: discord.Interaction[Any]) -> bool:
    """The server-side moderator check, for ``app_commands.check`` and ``ContextMenu.add_check``."""
    await require_moderator(interaction)
    return True


moderator_predicate.__tandem_moderator__ = True  # type: ignore[attr-defined]  # lets /help group commands

# For subcommands, which can't carry default_permissions of their own: the check is what counts.
moderator_check = app_commands.check(moderator_predicate)


def moderator_only() -> Any:
    """Decorator: ``default_permissions(manage_guild)`` for the UI plus the server-side check."""

    def decorator(func: Any) -> Any:
        func = app_commands.default_permissions(manage_guild=True)(func)
        func = app_commands.guild_only()(func)
        return moderator_check(func)

    return decorator


def is_moderator_command(command: app_commands.Command[Any, ..., Any] | app_commands.Group) -> bool:
    """True for commands guarded by ``moderator_only`` (or inside a moderator group)."""
    node: Any = command
    while node is not None:
        if any(getattr(check, "__tandem_moderator__", False) for check in getattr(node, "checks", [])):
            return True
        perms = getattr(node, "default_permissions", None)
        if perms is not None and perms.manage_guild:
            return True
        node = node.parent
    return False
