"""State of the fake Discord: users, guilds, roles, channels, messages, interactions.

Objects are plain dataclasses; ``to_json`` methods build the payload shapes discord.py parses.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1420070400000
_counter = itertools.count(1)


def snowflake() -> int:
    """A unique, increasing snowflake whose timestamp is the real current time."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) % (1 << 22))


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


# Permission bits the fake needs by name (values as in Discord's docs).
PERMISSIONS: dict[str, int] = {
    "create_instant_invite": 1 << 0,
    "kick_members": 1 << 1,
    "ban_members": 1 << 2,
    "administrator": 1 << 3,
    "manage_channels": 1 << 4,
    "manage_guild": 1 << 5,
    "add_reactions": 1 << 6,
    "view_audit_log": 1 << 7,
    "view_channel": 1 << 10,
    "read_messages": 1 << 10,
    "send_messages": 1 << 11,
    "manage_messages": 1 << 13,
    "embed_links": 1 << 14,
    "attach_files": 1 << 15,
    "read_message_history": 1 << 16,
    "mention_everyone": 1 << 17,
    "use_external_emojis": 1 << 18,
    "manage_roles": 1 << 28,
    "manage_threads": 1 << 34,
    "create_public_threads": 1 << 35,
    "create_private_threads": 1 << 36,
    "send_messages_in_threads": 1 << 38,
    "moderate_members": 1 << 40,
}
ALL_PERMISSIONS = (1 << 51) - 1
# What @everyone gets in a new guild (roughly Discord's default).
DEFAULT_EVERYONE = (
    PERMISSIONS["view_channel"]
    | PERMISSIONS["send_messages"]
    | PERMISSIONS["embed_links"]
    | PERMISSIONS["attach_files"]
    | PERMISSIONS["read_message_history"]
    | PERMISSIONS["add_reactions"]
    | PERMISSIONS["create_public_threads"]
    | PERMISSIONS["create_private_threads"]
    | PERMISSIONS["send_messages_in_threads"]
    | PERMISSIONS["use_external_emojis"]
)


def permission_value(perm: str | int) -> int:
    if isinstance(perm, int):
        return perm
    return PERMISSIONS[perm]


@dataclass(eq=False)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    global_name: str | None = None
    dms_closed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.global_name or self.name,
            "avatar": None,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
        }

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass(eq=False)
class FakeRole:
    id: int
    guild_id: int
    name: str
    permissions: int = 0
    position: int = 1
    managed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }


@dataclass(eq=False)
class FakeMember:
    user: FakeUser
    guild_id: int
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)

    @property
    def id(self) -> int:
        return self.user.id

    def to_json(self, *, with_user: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.to_json()
        return data


@dataclass(eq=False)
class Overwrite:
    id: int
    type: int  # 0 role, 1 member
    allow: int = 0
    deny: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "type": self.type, "allow": str(self.allow), "deny": str(self.deny)}


@dataclass(eq=False)
class FakeChannel:
    id: int
    type: int  # 0 text, 1 DM, 4 category, 11 public thread, 12 private thread
    name: str | None = None
    guild_id: int | None = None
    parent_id: int | None = None
    position: int = 0
    overwrites: list[Overwrite] = field(default_factory=list)
    recipient: FakeUser | None = None  # DM channels
    owner_id: int | None = None  # threads
    thread_members: set[int] = field(default_factory=set)
    deleted: bool = False
    last_message_id: int | None = None
    topic: str | None = None

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    @property
    def is_thread(self) -> bool:
        return self.type in (10, 11, 12)

    def to_json(self) -> dict[str, Any]:
        if self.type == 1:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": str(self.last_message_id) if self.last_message_id else None,
                "recipients": [self.recipient.to_json()],
                "flags": 0,
            }
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [o.to_json() for o in self.overwrites],
            "nsfw": False,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "topic": self.topic,
            "last_message_id": str(self.last_message_id) if self.last_message_id else None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if self.is_thread:
            data.pop("permission_overwrites")
            data["owner_id"] = str(self.owner_id) if self.owner_id else None
            data["member_count"] = len(self.thread_members)
            data["message_count"] = 0
            data["total_message_sent"] = 0
            data["thread_metadata"] = {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": iso_now(),
                "locked": False,
                "invitable": self.type != 12,
                "create_timestamp": iso_now(),
            }
        return data


@dataclass(eq=False)
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    bot_role_id: int | None = None

    @property
    def everyone(self) -> FakeRole:
        return self.roles[self.id]

    def text_channels(self) -> list[FakeChannel]:
        return [c for c in self.channels.values() if c.type == 0 and not c.deleted]


@dataclass(eq=False)
class FakeAttachment:
    """An attachment: either uploaded by the bot (``data`` from multipart) or offered by a test."""

    id: int
    filename: str
    data: bytes
    content_type: str | None = None
    url: str = ""
    description: str | None = None

    @property
    def name(self) -> str:
        return self.filename

    @property
    def size(self) -> int:
        return len(self.data)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "filename": self.filename,
            "size": self.size,
            "url": self.url,
            "proxy_url": self.url,
        }
        if self.content_type:
            data["content_type"] = self.content_type
        if self.description:
            data["description"] = self.description
        return data


@dataclass(eq=False)
class FakeMessage:
    id: int
    channel_id: int
    author: FakeUser
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[FakeAttachment] = field(default_factory=list)
    flags: int = 0
    guild_id: int | None = None
    webhook_id: int | None = None
    interaction_id: int | None = None
    # Ephemeral messages are only visible to this user (the interaction's invoker).
    visible_to: int | None = None
    edits: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False
    nonce: str | int | None = None
    message_type: int = 0
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    thread_id: int | None = None

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    @property
    def loading(self) -> bool:
        return bool(self.flags & 128)

    @property
    def jump_url(self) -> str:
        return f"https://discord.com/channels/{self.guild_id or '@me'}/{self.channel_id}/{self.id}"

    def all_custom_ids(self) -> list[str]:
        return [c["custom_id"] for c in iter_components(self.components) if "custom_id" in c]

    def find_component(self, *, custom_id: str | None = None, label: str | None = None) -> dict[str, Any] | None:
        for comp in iter_components(self.components):
            if custom_id is not None and comp.get("custom_id") == custom_id:
                return comp
            if label is not None and comp.get("label") == label:
                return comp
        return None

    def embed_text(self) -> str:
        """All visible embed text joined (titles, descriptions, fields, footers): handy in asserts."""
        parts: list[str] = []
        for e in self.embeds:
            parts += [e.get("title") or "", e.get("description") or ""]
            for f in e.get("fields", []):
                parts += [f.get("name", ""), f.get("value", "")]
            parts.append((e.get("footer") or {}).get("text", ""))
            parts.append((e.get("author") or {}).get("name", ""))
        return "\n".join(p for p in parts if p)

    @property
    def text(self) -> str:
        """Content plus embed text."""
        return "\n".join(p for p in (self.content, self.embed_text()) if p)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "author": self.author.to_json(),
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [a.to_json() for a in self.attachments],
            "embeds": self.embeds,
            "pinned": False,
            "type": self.message_type,
            "flags": self.flags,
            "components": self.components,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        if self.webhook_id is not None:
            data["webhook_id"] = str(self.webhook_id)
            data["application_id"] = str(self.webhook_id)
        if self.nonce is not None:
            data["nonce"] = self.nonce
        if self.thread_id is not None:
            data["thread"] = {"id": str(self.thread_id)}
        return data


def iter_components(components: list[dict[str, Any]]) -> Any:
    """Every component, depth first (action rows, labels, sections, containers included)."""
    for comp in components or []:
        yield comp
        if "components" in comp:
            yield from iter_components(comp["components"])
        if isinstance(comp.get("component"), dict):
            yield from iter_components([comp["component"]])
        if isinstance(comp.get("accessory"), dict):
            yield from iter_components([comp["accessory"]])


@dataclass(eq=False)
class AttachmentSpec:
    """An attachment a test offers as a slash-command option (``fake.attachment(...)``)."""

    attachment: FakeAttachment


class InteractionResult:
    """What the bot did with one injected interaction. Every wait is event-driven with a timeout."""

    def __init__(self, fake: Any, interaction_id: int, token: str, kind: int, user: FakeUser,
                 channel: FakeChannel, guild: FakeGuild | None, payload: dict[str, Any],
                 source_message: FakeMessage | None = None) -> None:
        self.fake = fake
        self.id = interaction_id
        self.token = token
        self.kind = kind  # interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit
        self.user = user
        self.channel = channel
        self.guild = guild
        self.payload = payload
        self.source_message = source_message
        self.injected_at = fake.now()
        self.type: int | None = None  # callback type
        self.responded_at: float | None = None  # fake.now() when the initial response arrived
        self.callback_data: dict[str, Any] | None = None
        self.message: FakeMessage | None = None
        self.followups: list[FakeMessage] = []
        self.modal: dict[str, Any] | None = None
        self.choices: list[dict[str, Any]] | None = None
        self.original_edits = 0
        self._changed = asyncio.Condition()
        self.events: list[str] = []

    def __repr__(self) -> str:
        return f"<InteractionResult id={self.id} type={self.type} content={self.content!r}>"

    async def _notify(self, event: str) -> None:
        async with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    async def wait_for(self, predicate: Any, timeout: float = 5.0, what: str = "condition") -> None:
        async def waiter() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        try:
            await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"timed out after {timeout}s waiting for {what} on interaction {self.id} "
                f"(events so far: {self.events}; type={self.type})"
            ) from None

    async def wait_response(self, timeout: float = 5.0) -> InteractionResult:
        await self.wait_for(lambda: self.type is not None, timeout, "the initial response")
        return self

    async def wait_followup(self, n: int = 1, timeout: float = 5.0) -> FakeMessage:
        await self.wait_for(lambda: len(self.followups) >= n, timeout, f"followup #{n}")
        return self.followups[n - 1]

    async def wait_edit(self, n: int = 1, timeout: float = 5.0) -> FakeMessage:
        """Wait until the original response was edited ``n`` times (e.g. after a defer)."""
        await self.wait_for(lambda: self.original_edits >= n, timeout, f"edit #{n} of the original response")
        assert self.message is not None
        return self.message

    async def wait_done(self, timeout: float = 5.0) -> FakeMessage | None:
        """Wait until a deferred ("thinking") response has been filled in by an edit or followup."""
        await self.wait_for(
            lambda: self.type is not None and not (self.message is not None and self.message.loading),
            timeout, "the deferred response to be completed",
        )
        return self.final

    @property
    def final(self) -> FakeMessage | None:
        """The visible message: the original response, else the last followup."""
        if self.message is not None and not self.message.deleted:
            return self.message
        return self.followups[-1] if self.followups else None

    @property
    def ephemeral(self) -> bool:
        m = self.final
        return bool(m and m.ephemeral)

    @property
    def content(self) -> str:
        m = self.final
        return m.content if m else ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        m = self.final
        return m.embeds if m else []

    @property
    def components(self) -> list[dict[str, Any]]:
        m = self.final
        return m.components if m else []

    @property
    def attachments(self) -> list[FakeAttachment]:
        m = self.final
        return m.attachments if m else []

    @property
    def text(self) -> str:
        m = self.final
        return m.text if m else ""

    def all_messages(self) -> list[FakeMessage]:
        out = [self.message] if self.message else []
        return out + [f for f in self.followups if f is not self.message]
