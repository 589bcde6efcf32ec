"""Errors shared across features.

``UserFacingError`` is the one type whose message is shown to a member: the command tree
and the base view turn it into a kind, ephemeral reply. Everything else is logged with a
short error code that the reply quotes.
"""

from __future__ import annotations


class TandemError(Exception):
    """Base class for Tandem's domain errors."""


class UserFacingError(TandemError):
    """An error whose message is written for the member and safe to show them."""

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.title = title


class NotModeratorError(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            "Only this server's moderators can do that: members with Manage Server "
            "or the moderator role set in `/setup`.",
            title="Moderators only",
        )


class GuildOnlyError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("That command works inside a server, not in DMs.")


class ExpiredError(UserFacingError):
    """A button or session refers to state that no longer exists."""

    def __init__(self, what: str = "This") -> None:
        super().__init__(f"{what} has expired. Nothing was lost; you can start again any time.")


class DatabaseUnavailableError(TandemError):
    """The database cannot be opened or written; the message says what to do."""


class ContentError(TandemError):
    """Content files failed validation; ``problems`` holds ``file: field: problem`` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
