"""FakeDiscord: a local Discord (REST v10 + gateway) that the unmodified discord.py client logs in to.

See API.md beside this file for the test-facing API and ../../../shared/HARNESS.md for discord.py's side.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakediscord import limits
from tests.fakediscord.models import (
    ALL_PERMISSIONS,
    DEFAULT_EVERYONE,
    PERMISSIONS,
    AttachmentSpec,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
    InteractionResult,
    Overwrite,
    iso_now,
    permission_value,
    snowflake,
)
from tests.fakediscord.ratelimit import RateLimiter, RateLimits

log = logging.getLogger("fakediscord")

JSON = "application/json"
HEARTBEAT_INTERVAL_MS = 41250
# What the bot's managed role gets in every guild (the permissions Tandem's invite asks for, and more).
BOT_ROLE_PERMISSIONS = (
    PERMISSIONS["view_channel"]
    | PERMISSIONS["send_messages"]
    | PERMISSIONS["send_messages_in_threads"]
    | PERMISSIONS["create_private_threads"]
    | PERMISSIONS["create_public_threads"]
    | PERMISSIONS["embed_links"]
    | PERMISSIONS["attach_files"]
    | PERMISSIONS["read_message_history"]
    | PERMISSIONS["add_reactions"]
)
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
OPTION_TYPES = {1: "subcommand", 2: "group", 3: "string", 4: "integer", 5: "boolean", 6: "user", 7: "channel",
                8: "role", 9: "mentionable", 10: "number", 11: "attachment"}


class HTTPError(Exception):
    def __init__(self, status: int, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


@dataclass
class RecordedRequest:
    method: str
    path: str
    route: str | None
    json: Any
    status: int = 0
    query: dict[str, str] = field(default_factory=dict)
    files: list[FakeAttachment] = field(default_factory=list)
    multipart: bool = False
    at: float = 0.0  # the fake's clock (``FakeDiscord.now()``) when the request arrived

    def __repr__(self) -> str:
        return f"<{self.method} {self.path} -> {self.status}>"


@dataclass
class _Fault:
    method: str
    pattern: re.Pattern[str]
    status: int
    code: int
    message: str
    times: int


@dataclass
class _Session:
    session_id: str
    seq: int = 0
    buffer: list[dict[str, Any]] = field(default_factory=list)


Handler = Callable[..., Awaitable[Any]]


class FakeDiscord:
    """A fake Discord for one test. Build the world with ``add_*``; inject with ``slash``/``click``/..."""

    def __init__(self) -> None:
        self.app_id = snowflake()
        self.bot_user = FakeUser(self.app_id, "Tandem", bot=True)
        self.token = self.make_token(self.app_id)
        # None: accept any well-formed token; otherwise only these.
        self.accepted_tokens: set[str] | None = None
        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, FakeMessage] = {}
        self.dm_channels: dict[int, FakeChannel] = {}
        self.interactions: dict[int, InteractionResult] = {}
        self.by_token: dict[str, InteractionResult] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.command_syncs: list[tuple[int | None, list[str]]] = []
        self.requests: list[RecordedRequest] = []
        self.gateway_frames: list[dict[str, Any]] = []
        self.violations: list[str] = []
        self.unknown_routes: list[str] = []
        self.expected_violations: list[str] = []
        self.rate_limits: RateLimits | None = None
        self._limiter: RateLimiter | None = None
        self.count_429 = 0
        self.faults: list[_Fault] = []
        self.identify_count = 0
        self.resume_count = 0
        self.intents: int | None = None
        # Privileged intents "enabled in the Developer Portal"; set to 0 to see close code 4014.
        self.privileged_intents = INTENT_GUILD_MEMBERS | INTENT_MESSAGE_CONTENT | (1 << 8)
        self._time_offset = 0.0
        self._sessions: dict[str, _Session] = {}
        self._session: _Session | None = None
        self._ws: web.WebSocketResponse | None = None
        self._ws_lock = asyncio.Lock()
        self._changed = asyncio.Condition()
        self.ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._routes: list[tuple[str, str, re.Pattern[str], Handler]] = []
        self._attachments: dict[int, FakeAttachment] = {}
        self._background: set[asyncio.Task[None]] = set()
        # Substrings of discord.py ERROR log lines a test accepts (see the ``fake`` fixture).
        self.allowed_log_errors: list[str] = []
        self._register_routes()

    # ------------------------------------------------------------------ lifecycle

    @staticmethod
    def make_token(app_id: int) -> str:
        first = base64.urlsafe_b64encode(str(app_id).encode()).decode().rstrip("=")
        return f"{first}.FAKEfk.{secrets.token_urlsafe(27)[:27]}"

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._serve_attachment)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        app.router.add_route("*", "/{tail:.*}", self._stray)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        # aiohttp's default backlog (128) drops connections in interaction bursts.
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=2048)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def env(self) -> dict[str, str]:
        """Environment variables pointing a bot process at this fake."""
        return {"DISCORD_TOKEN": self.token, "DISCORD_API_BASE": self.api_base, "DISCORD_GATEWAY_URL": self.gateway_url}

    # ------------------------------------------------------------------ time

    def now(self) -> float:
        """The fake's time source (monotonic seconds); ``advance`` moves it forward."""
        return time.monotonic() + self._time_offset

    def advance(self, seconds: float) -> None:
        self._time_offset += seconds

    # ------------------------------------------------------------------ violations

    def violation(self, message: str) -> None:
        log.warning("violation: %s", message)
        self.violations.append(message)

    def expect_violation(self, substring: str) -> None:
        """Declare that this test expects a violation containing ``substring`` (and fail if it never comes)."""
        self.expected_violations.append(substring)

    def problems(self) -> list[str]:
        """Everything that should fail the test at teardown."""
        out: list[str] = []
        matched: set[str] = set()
        for v in self.violations:
            hit = next((e for e in self.expected_violations if e in v), None)
            if hit is None:
                out.append(f"violation: {v}")
            else:
                matched.add(hit)
        for e in self.expected_violations:
            if e not in matched:
                out.append(f"expected a violation containing {e!r}, none happened")
        out += [f"unknown route: {r}" for r in self.unknown_routes]
        return out

    # ------------------------------------------------------------------ world building

    def add_user(self, name: str, *, bot: bool = False) -> FakeUser:
        user = FakeUser(snowflake(), name, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(self, name: str = "Peer Circle", *, owner: FakeUser | None = None) -> FakeGuild:
        owner = owner or self.add_user(f"{name.lower().replace(' ', '_')}_owner")
        guild = FakeGuild(id=snowflake(), name=name, owner_id=owner.id)
        guild.roles[guild.id] = FakeRole(guild.id, guild.id, "@everyone", DEFAULT_EVERYONE, position=0)
        bot_role = FakeRole(snowflake(), guild.id, self.bot_user.name, BOT_ROLE_PERMISSIONS, position=1, managed=True)
        guild.roles[bot_role.id] = bot_role
        guild.bot_role_id = bot_role.id
        self.guilds[guild.id] = guild
        guild.members[owner.id] = FakeMember(owner, guild.id)
        guild.members[self.bot_user.id] = FakeMember(self.bot_user, guild.id, roles=[bot_role.id])
        self._dispatch_soon("GUILD_CREATE", lambda: self.guild_json(guild))
        return guild

    def add_role(self, guild: FakeGuild, name: str, permissions: int = 0) -> FakeRole:
        role = FakeRole(snowflake(), guild.id, name, int(permissions), position=len(guild.roles))
        guild.roles[role.id] = role
        self._dispatch_soon("GUILD_ROLE_CREATE", lambda: {"guild_id": str(guild.id), "role": role.to_json()})
        return role

    def add_member(self, guild: FakeGuild, user: FakeUser, roles: list[Any] | None = None,
                   nick: str | None = None) -> FakeMember:
        role_ids = [r.id if isinstance(r, FakeRole) else int(r) for r in roles or []]
        member = FakeMember(user, guild.id, roles=role_ids, nick=nick)
        guild.members[user.id] = member
        return member

    def add_channel(self, guild: FakeGuild, name: str, *, type: int = 0, parent: FakeChannel | None = None,
                    topic: str | None = None) -> FakeChannel:
        channel = FakeChannel(snowflake(), type, name=name, guild_id=guild.id,
                              parent_id=parent.id if parent else None, position=len(guild.channels), topic=topic)
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        self._dispatch_soon("CHANNEL_CREATE", channel.to_json)
        return channel

    def set_channel_overwrite(self, channel: FakeChannel, *, target: FakeRole | FakeUser | None = None,
                              allow: int = 0, deny: int = 0, bot_denied: int = 0, bot_allowed: int = 0) -> None:
        """Add a permission overwrite (``bot_denied``/``bot_allowed`` target the bot member)."""
        if bot_denied or bot_allowed:
            target, allow, deny = self.bot_user, bot_allowed, bot_denied
        assert target is not None, "pass target= or bot_denied=/bot_allowed="
        kind = 0 if isinstance(target, FakeRole) else 1
        existing = next((o for o in channel.overwrites if o.id == target.id), None)
        if existing is None:
            channel.overwrites.append(Overwrite(target.id, kind, allow, deny))
        else:
            existing.allow, existing.deny = existing.allow | allow, existing.deny | deny
        self._dispatch_soon("CHANNEL_UPDATE", channel.to_json)

    def deny_bot_permission(self, channel: FakeChannel, perm: str | int) -> None:
        self.set_channel_overwrite(channel, bot_denied=permission_value(perm))

    def delete_channel(self, channel: FakeChannel) -> None:
        channel.deleted = True
        self._dispatch_soon("CHANNEL_DELETE", channel.to_json)

    def close_dms(self, user: FakeUser) -> None:
        user.dms_closed = True

    def open_dms(self, user: FakeUser) -> None:
        user.dms_closed = False

    def attachment(self, filename: str, data: bytes, content_type: str | None = None) -> AttachmentSpec:
        att = FakeAttachment(snowflake(), filename, data, content_type)
        att.url = f"{self.base_url}/attachments/{att.id}/{filename}"
        self._attachments[att.id] = att
        return AttachmentSpec(att)

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        channel = self.dm_channels.get(user.id)
        if channel is None:
            channel = FakeChannel(snowflake(), 1, recipient=user)
            self.dm_channels[user.id] = channel
            self.channels[channel.id] = channel
        return channel

    def member(self, guild: FakeGuild, user: FakeUser) -> FakeMember:
        return guild.members[user.id]

    # ------------------------------------------------------------------ permissions

    def base_permissions(self, guild: FakeGuild, user_id: int) -> int:
        if user_id == guild.owner_id:
            return ALL_PERMISSIONS
        member = guild.members.get(user_id)
        perms = guild.everyone.permissions
        for role_id in member.roles if member else []:
            role = guild.roles.get(role_id)
            if role is not None:
                perms |= role.permissions
        if perms & PERMISSIONS["administrator"]:
            return ALL_PERMISSIONS
        return perms

    def channel_permissions(self, channel: FakeChannel | None, user_id: int) -> int:
        if channel is None or channel.guild_id is None:
            # DMs: everything a DM allows.
            return PERMISSIONS["view_channel"] | PERMISSIONS["send_messages"] | PERMISSIONS["embed_links"] | \
                PERMISSIONS["attach_files"] | PERMISSIONS["read_message_history"] | PERMISSIONS["add_reactions"]
        guild = self.guilds[channel.guild_id]
        perms = self.base_permissions(guild, user_id)
        if perms == ALL_PERMISSIONS:
            return perms
        source = self.channels.get(channel.parent_id) if channel.is_thread and channel.parent_id else channel
        assert source is not None
        member = guild.members.get(user_id)
        roles = set(member.roles if member else [])
        for o in source.overwrites:
            if o.type == 0 and o.id == guild.id:
                perms = (perms & ~o.deny) | o.allow
        deny = allow = 0
        for o in source.overwrites:
            if o.type == 0 and o.id in roles:
                deny, allow = deny | o.deny, allow | o.allow
        perms = (perms & ~deny) | allow
        for o in source.overwrites:
            if o.type == 1 and o.id == user_id:
                perms = (perms & ~o.deny) | o.allow
        if not perms & PERMISSIONS["view_channel"]:
            return 0
        return perms

    def _require(self, channel: FakeChannel, *names: str) -> None:
        perms = self.channel_permissions(channel, self.bot_user.id)
        missing = [n for n in names if not perms & PERMISSIONS[n]]
        if missing:
            raise HTTPError(403, 50013, "Missing Permissions")

    # ------------------------------------------------------------------ JSON shapes

    def guild_json(self, guild: FakeGuild) -> dict[str, Any]:
        channels = [c for c in guild.channels.values() if not c.deleted]
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(guild.owner_id),
            "region": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.to_json() for r in guild.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "joined_at": iso_now(),
            "large": False,
            "unavailable": False,
            "member_count": len(guild.members),
            "voice_states": [],
            # Like Discord: without the GUILD_MEMBERS intent only the bot's own member is sent.
            "members": [m.to_json() for m in guild.members.values()
                        if self.has_intent(INTENT_GUILD_MEMBERS) or m.id == self.bot_user.id],
            "channels": [c.to_json() for c in channels if not c.is_thread],
            "threads": [c.to_json() for c in channels if c.is_thread],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def has_intent(self, bit: int) -> bool:
        return self.intents is None or bool(self.intents & bit)

    def _member_json(self, guild: FakeGuild, user: FakeUser, channel: FakeChannel | None,
                     *, with_user: bool = True) -> dict[str, Any]:
        member = guild.members.get(user.id)
        if member is None:
            raise AssertionError(f"{user.name} is not a member of {guild.name}: call fake.add_member first")
        data = member.to_json(with_user=with_user)
        data["permissions"] = str(self.channel_permissions(channel, user.id))
        return data

    def _channel_json_for_interaction(self, channel: FakeChannel, user: FakeUser) -> dict[str, Any]:
        data = channel.to_json()
        if channel.guild_id is not None:
            data["permissions"] = str(self.channel_permissions(channel, user.id))
        return data

    # ------------------------------------------------------------------ messages

    def channel_messages(self, channel: FakeChannel, *, include_ephemeral: bool = False) -> list[FakeMessage]:
        """Messages in a channel, oldest first (ephemeral ones are hidden unless asked for)."""
        return sorted(
            (m for m in self.messages.values()
             if m.channel_id == channel.id and not m.deleted and (include_ephemeral or not m.ephemeral)),
            key=lambda m: m.id,
        )

    def dms(self, user: FakeUser) -> list[FakeMessage]:
        """Messages the bot sent to ``user`` by DM, oldest first."""
        channel = self.dm_channels.get(user.id)
        if channel is None:
            return []
        return [m for m in self.channel_messages(channel) if m.author.id == self.bot_user.id]

    def bot_messages(self) -> list[FakeMessage]:
        return sorted((m for m in self.messages.values() if m.author.id == self.bot_user.id and not m.deleted),
                      key=lambda m: m.id)

    async def wait_for_message(self, predicate: Callable[[FakeMessage], bool], timeout: float = 5.0) -> FakeMessage:
        """The first stored message (already posted or arriving later) matching ``predicate``."""
        found: list[FakeMessage] = []

        def check() -> bool:
            for m in sorted(self.messages.values(), key=lambda m: m.id):
                if not m.deleted and predicate(m):
                    found.append(m)
                    return True
            return False

        await self._wait(check, timeout, "a matching message")
        return found[0]

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
        """Wait (event-driven: re-checked after every request/frame) until ``predicate()`` holds."""
        await self._wait(predicate, timeout, what)

    async def _wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Re-check ``predicate`` whenever the fake sees traffic, and at least every 10 ms so
        that state that changes only inside the bot (its cache after a dispatch) is noticed."""

        async def waiter() -> None:
            async with self._changed:
                while not predicate():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), 0.01)

        try:
            await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            raise AssertionError(f"fake Discord: timed out after {timeout}s waiting for {what}") from None

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def send_message(self, user: FakeUser, channel: FakeChannel, content: str, *,
                           attachments: list[AttachmentSpec] | None = None) -> FakeMessage:
        """A member posts ``content`` in ``channel`` (a guild channel or ``fake.dm_channel(user)``)."""
        guild = self.guilds.get(channel.guild_id) if channel.guild_id else None
        msg = FakeMessage(snowflake(), channel.id, user, content=content, guild_id=channel.guild_id,
                          attachments=[a.attachment for a in attachments or []])
        self.messages[msg.id] = msg
        channel.last_message_id = msg.id
        data = msg.to_json()
        data["mentions"] = [self.users[int(uid)].to_json() for uid in re.findall(r"<@!?(\d+)>", content)
                            if int(uid) in self.users]
        if guild is not None:
            data["member"] = self._member_json(guild, user, channel, with_user=False)
            data["member"].pop("permissions", None)
            mentioned = self.bot_user.mention in content or f"<@!{self.bot_user.id}>" in content
            if not self.has_intent(INTENT_MESSAGE_CONTENT) and not mentioned:
                # Discord blanks message content without the privileged MESSAGE_CONTENT intent.
                data.update(content="", embeds=[], attachments=[], components=[])
        if self.has_intent(INTENT_GUILD_MESSAGES if guild is not None else INTENT_DIRECT_MESSAGES):
            await self.dispatch("MESSAGE_CREATE", data)
        await self._notify()
        return msg

    async def send_dm(self, user: FakeUser, content: str) -> FakeMessage:
        return await self.send_message(user, self.dm_channel(user), content)

    def _parse_message_body(self, body: dict[str, Any], files: list[FakeAttachment], where: str,
                            existing: FakeMessage | None = None, allow_empty: bool = False) -> dict[str, Any]:
        for problem in limits.check_message(body, where):
            self.violation(problem)
        keys = ("content", "embeds", "components", "sticker_ids", "poll")
        if existing is None and not allow_empty and not any(body.get(k) for k in keys) and not files:
            raise HTTPError(400, 50006, "Cannot send an empty message")
        return body

    def _apply_attachments(self, body: dict[str, Any], files: list[FakeAttachment],
                           current: list[FakeAttachment]) -> list[FakeAttachment]:
        if "attachments" not in body and not files:
            return current
        keep_ids = {str(a.get("id")) for a in body.get("attachments") or []}
        kept = [a for a in current if str(a.id) in keep_ids]
        return kept + files

    def _create_message(self, channel: FakeChannel, body: dict[str, Any], files: list[FakeAttachment], *,
                        where: str, webhook: bool = False, interaction: InteractionResult | None = None,
                        extra_flags: int = 0) -> FakeMessage:
        loading = bool(extra_flags & 128)  # a deferred "thinking" placeholder has no content yet
        self._parse_message_body(body, files, where, allow_empty=loading)
        flags = (body.get("flags") or 0) | extra_flags
        msg = FakeMessage(
            snowflake(), channel.id, self.bot_user,
            content=body.get("content") or "",
            embeds=list(body.get("embeds") or []),
            components=list(body.get("components") or []),
            attachments=self._apply_attachments(body, files, []),
            flags=flags & (64 | 128 | 4 | 4096 | (1 << 15)),
            guild_id=channel.guild_id,
            webhook_id=self.app_id if webhook else None,
            interaction_id=interaction.id if interaction else None,
            nonce=body.get("nonce"),
            message_type=(20 if interaction and interaction.kind == 2 else 0),
        )
        if msg.ephemeral:
            if interaction is None:
                self.violation(f"{where}: flag 64 (ephemeral) only works on interaction responses")
            else:
                msg.visible_to = interaction.user.id
        self.messages[msg.id] = msg
        channel.last_message_id = msg.id
        if not msg.ephemeral:
            self._dispatch_soon("MESSAGE_CREATE", msg.to_json)
        return msg

    def _edit_message(self, msg: FakeMessage, body: dict[str, Any], files: list[FakeAttachment], where: str) -> None:
        merged = {k: body.get(k, getattr(msg, k)) for k in ("content", "embeds", "components")}
        self._parse_message_body(merged, files, where, existing=msg)
        msg.edits.append(dict(body))
        if "content" in body:
            msg.content = body["content"] or ""
        if "embeds" in body:
            msg.embeds = list(body["embeds"] or [])
        if "components" in body:
            msg.components = list(body["components"] or [])
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS can change after sending; keep ephemeral as it was.
            msg.flags = (msg.flags & ~4) | (body["flags"] & 4)
        msg.attachments = self._apply_attachments(body, files, msg.attachments)
        msg.flags &= ~128
        msg.edited_timestamp = iso_now()
        if not msg.ephemeral:
            self._dispatch_soon("MESSAGE_UPDATE", msg.to_json)

    # ------------------------------------------------------------------ commands

    def commands(self, guild: FakeGuild | None = None) -> list[dict[str, Any]]:
        return self.guild_commands.get(guild.id, []) if guild else self.global_commands

    def find_command(self, name: str, guild: FakeGuild | None, type: int = 1) -> dict[str, Any]:
        scopes = ([self.guild_commands.get(guild.id, [])] if guild else []) + [self.global_commands]
        for scope in scopes:
            for cmd in scope:
                if cmd["name"] == name and cmd.get("type", 1) == type:
                    return cmd
        known = sorted({c["name"] for s in scopes for c in s if c.get("type", 1) == type})
        raise AssertionError(f"command {name!r} (type {type}) is not registered; the bot synced: {known}")

    def _store_commands(self, body: list[dict[str, Any]], guild_id: int | None) -> list[dict[str, Any]]:
        stored: list[dict[str, Any]] = []
        previous = {(c["name"], c.get("type", 1)): c for c in
                    (self.guild_commands.get(guild_id, []) if guild_id else self.global_commands)}
        for cmd in body:
            old = previous.get((cmd["name"], cmd.get("type", 1)))
            data = dict(cmd)
            data.setdefault("type", 1)
            data.setdefault("description", "")
            data.setdefault("options", [])
            data["id"] = old["id"] if old else str(snowflake())
            data["application_id"] = str(self.app_id)
            data["version"] = str(snowflake())
            data.setdefault("default_member_permissions", None)
            data.setdefault("nsfw", False)
            if guild_id:
                data["guild_id"] = str(guild_id)
            stored.append(data)
            if data["type"] == 1 and not re.fullmatch(r"[-_\w]{1,32}", data["name"]):
                self.violation(f"command name {data['name']!r} is not a valid slash command name")
            if len(data.get("description") or "") > 100:
                self.violation(f"command {data['name']!r}: description longer than 100 chars")
        if guild_id:
            self.guild_commands[guild_id] = stored
        else:
            self.global_commands = stored
        self.command_syncs.append((guild_id, [c["name"] for c in stored]))
        return stored

    # ------------------------------------------------------------------ gateway

    def _dispatch_soon(self, event: str, build: Callable[[], dict[str, Any]]) -> None:
        """Dispatch from synchronous world-building code once the bot is connected."""
        if self._session is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(self.dispatch(event, build()))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH (op 0) to the bot (buffered for RESUME if it is disconnected)."""
        session = self._session
        if session is None:
            return
        async with self._ws_lock:
            session.seq += 1
            frame = {"op": 0, "t": event, "s": session.seq, "d": data}
            session.buffer.append(frame)
            ws = self._ws
            if ws is not None and not ws.closed:
                with contextlib.suppress(ConnectionError):
                    await ws.send_str(json.dumps(frame))

    async def _send(self, ws: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        async with self._ws_lock:
            await ws.send_str(json.dumps(payload))

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=16 * 1024 * 1024, autoping=True)
        await ws.prepare(request)
        await self._send(ws, {"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                self.violation(f"gateway: unexpected frame type {msg.type}")
                continue
            frame = json.loads(msg.data)
            self.gateway_frames.append(frame)
            op = frame.get("op")
            if op == 1:
                await self._send(ws, {"op": 11})
            elif op == 2:
                await self._identify(ws, frame["d"])
            elif op == 6:
                await self._resume(ws, frame["d"])
            elif op == 8:
                for gid in [frame["d"]["guild_id"]] if not isinstance(frame["d"]["guild_id"], list) else \
                        frame["d"]["guild_id"]:
                    guild = self.guilds.get(int(gid))
                    if guild is not None:
                        await self.dispatch("GUILD_MEMBERS_CHUNK", {
                            "guild_id": str(guild.id), "members": [m.to_json() for m in guild.members.values()],
                            "chunk_index": 0, "chunk_count": 1, "nonce": frame["d"].get("nonce"),
                        })
            elif op in (3, 4):
                pass  # presence / voice state updates: nothing to answer
            else:
                self.violation(f"gateway: unknown opcode {op}")
            await self._notify()
        if self._ws is ws:
            self._ws = None
        await self._notify()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        token = data.get("token", "")
        if not self._token_ok(token):
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = int(data.get("intents") or 0)
        privileged = intents & (INTENT_GUILD_MEMBERS | INTENT_MESSAGE_CONTENT | (1 << 8))
        if privileged & ~self.privileged_intents:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identify_count += 1
        self.intents = intents
        session = _Session(session_id=secrets.token_hex(16))
        self._sessions[session.session_id] = session
        self._session = session
        self._ws = ws
        ready = {
            "v": 10,
            "user": {**self.bot_user.to_json(), "verified": True, "mfa_enabled": False, "email": None},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds.values()],
            "session_id": session.session_id,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "session_type": "normal",
            "geo_ordered_rtc_regions": [],
            "guild_join_requests": [],
        }
        await self.dispatch("READY", ready)
        for guild in list(self.guilds.values()):
            await self.dispatch("GUILD_CREATE", self.guild_json(guild))
        self.ready.set()

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        session = self._sessions.get(data.get("session_id", ""))
        if session is None or not self._token_ok(data.get("token", "")):
            await self._send(ws, {"op": 9, "d": False})
            return
        self.resume_count += 1
        self._session = session
        self._ws = ws
        seq = data.get("seq") or 0
        for frame in session.buffer:
            if frame["s"] > seq:
                await self._send(ws, frame)
        await self.dispatch("RESUMED", {})

    async def drop_gateway(self, *, code: int = 4000, wait_resume: bool = True, timeout: float = 10.0) -> None:
        """Close the bot's websocket (code 4000: the client resumes); optionally wait for the RESUME."""
        ws = self._ws
        assert ws is not None, "the bot is not connected"
        before = self.resume_count
        self._ws = None
        await ws.close(code=code, message=b"fake drop")
        if wait_resume:
            await self._wait(lambda: self.resume_count > before and self._ws is not None, timeout, "the bot to RESUME")

    async def request_reconnect(self, *, timeout: float = 10.0) -> None:
        """Send op 7 RECONNECT, as Discord does before moving a session; waits for the RESUME."""
        ws = self._ws
        assert ws is not None, "the bot is not connected"
        before = self.resume_count
        await self._send(ws, {"op": 7, "d": None})
        await self._wait(lambda: self.resume_count > before and self._ws is not None, timeout, "the bot to RESUME")

    async def invalidate_session(self, *, timeout: float = 15.0) -> None:
        """Send op 9 (not resumable): the bot must IDENTIFY again (discord.py waits 1-5 s first)."""
        ws = self._ws
        assert ws is not None, "the bot is not connected"
        before = self.identify_count
        await self._send(ws, {"op": 9, "d": False})
        await self._wait(lambda: self.identify_count > before, timeout, "the bot to IDENTIFY again")

    @property
    def connected(self) -> bool:
        return self._ws is not None and not self._ws.closed

    # ------------------------------------------------------------------ REST plumbing

    def _token_ok(self, token: str) -> bool:
        token = token.removeprefix("Bot ").strip()
        if self.accepted_tokens is not None:
            return token in self.accepted_tokens
        return bool(re.fullmatch(r"[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+", token))

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")
            self._routes.append((method, template, pattern, fn))
            return fn

        return deco

    def match_route(self, method: str, path: str) -> tuple[str, dict[str, str], Handler] | None:
        for m, template, pattern, fn in self._routes:
            if m != method:
                continue
            match = pattern.match(path)
            if match:
                return template, match.groupdict(), fn
        return None

    def fail_next(self, method: str, path_regex: str, status: int = 500, code: int = 0,
                  message: str = "injected failure", times: int = 1) -> None:
        """Make the next ``times`` requests matching ``method`` and ``path_regex`` fail with ``status``/``code``."""
        self.faults.append(_Fault(method.upper(), re.compile(path_regex), status, code, message, times))

    @staticmethod
    def _response(status: int, body: Any = None, headers: dict[str, str] | None = None) -> web.Response:
        hdrs = dict(headers or {})
        if body is None:
            return web.Response(status=status if status != 200 else 204, headers=hdrs)
        hdrs["Content-Type"] = JSON
        return web.Response(status=status, body=json.dumps(body).encode(), headers=hdrs)

    async def _stray(self, request: web.Request) -> web.StreamResponse:
        self.unknown_routes.append(f"{request.method} {request.path}")
        return self._response(404, {"message": "404: Not Found", "code": 0})

    async def _serve_attachment(self, request: web.Request) -> web.StreamResponse:
        att = self._attachments.get(int(request.match_info["attachment_id"]))
        if att is None:
            for msg in self.messages.values():
                att = next((a for a in msg.attachments if str(a.id) == request.match_info["attachment_id"]), None)
                if att:
                    break
        if att is None:
            return web.Response(status=404)
        return web.Response(body=att.data, headers={"Content-Type": att.content_type or "application/octet-stream"})

    async def _read_body(self, request: web.Request, rec: RecordedRequest) -> Any:
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            rec.multipart = True
            payload: Any = None
            files: list[tuple[str, FakeAttachment]] = []
            reader = await request.multipart()
            async for part in reader:
                if part is None:
                    break
                name = part.name or ""  # type: ignore[union-attr]
                raw = await part.read(decode=False)  # type: ignore[union-attr]
                if name == "payload_json":
                    payload = json.loads(raw)
                else:
                    att = FakeAttachment(snowflake(), part.filename or name, bytes(raw),  # type: ignore[union-attr]
                                         part.headers.get("Content-Type"))
                    att.url = f"{self.base_url}/attachments/{att.id}/{att.filename}"
                    files.append((name, att))
            # payload_json "attachments" carries filename/description for files[n] by index.
            by_index = {str(a.get("id")): a for a in (payload or {}).get("attachments") or []
                        if isinstance(a, dict)}
            for name, att in files:
                index = name[name.find("[") + 1:-1] if "[" in name else ""
                meta = by_index.get(index)
                if meta:
                    att.filename = meta.get("filename") or att.filename
                    att.description = meta.get("description")
                    att.url = f"{self.base_url}/attachments/{att.id}/{att.filename}"
            rec.files = [a for _, a in files]
            return payload
        raw = await request.read()
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            self.violation(f"{request.method} {request.path}: body is not JSON")
            return None

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        method = request.method
        rec = RecordedRequest(method, path, None, None, query=dict(request.query), at=self.now())
        self.requests.append(rec)
        try:
            rec.json = await self._read_body(request, rec)
            found = self.match_route(method, path)
            if found is None:
                self.unknown_routes.append(f"{method} {path}")
                rec.status = 404
                return self._response(404, {"message": "404: Not Found", "code": 0})
            template, params, handler = found
            rec.route = template
            headers: dict[str, str] = {}
            if not template.startswith(("/webhooks/", "/interactions/")) and \
                    not self._token_ok(request.headers.get("Authorization", "")):
                raise HTTPError(401, 0, "401: Unauthorized")
            for fault in self.faults:
                if fault.times > 0 and fault.method == method and fault.pattern.search(path):
                    fault.times -= 1
                    raise HTTPError(fault.status, fault.code, fault.message)
            if self._limiter is None or self._limiter.config is not self.rate_limits:
                self._limiter = RateLimiter(self.rate_limits, self.now) if self.rate_limits else None
            if self._limiter is not None:
                headers, limited = self._limiter.check(method, template, params)
                if limited is not None:
                    self.count_429 += 1
                    rec.status = 429
                    headers["Via"] = "1.1 google"
                    return self._response(429, limited, headers)
            result = await handler(request, rec, **params)
            rec.status = 200 if result is not None else 204
            return self._response(rec.status, result, headers)
        except HTTPError as exc:
            rec.status = exc.status
            return self._response(exc.status, {"message": exc.message, "code": exc.code}, exc.headers)
        except Exception as exc:
            # A bug in the fake (or a body it cannot parse): fail the test clearly rather than
            # answer 5xx, which discord.py would retry for seconds.
            log.exception("fake Discord failed on %s %s", method, path)
            self.violation(f"fake Discord internal error on {method} {path}: {exc!r}")
            rec.status = 400
            return self._response(400, {"message": f"fake internal error: {exc!r}", "code": 50035})
        finally:
            await self._notify()

    # ------------------------------------------------------------------ lookups for handlers

    def _channel(self, channel_id: str) -> FakeChannel:
        channel = self.channels.get(int(channel_id)) if channel_id.isdigit() else None
        if channel is None or channel.deleted:
            raise HTTPError(404, 10003, "Unknown Channel")
        if channel.guild_id is not None:
            guild = self.guilds[channel.guild_id]
            if self.bot_user.id not in guild.members:
                raise HTTPError(403, 50001, "Missing Access")
        return channel

    def _message(self, channel: FakeChannel, message_id: str) -> FakeMessage:
        msg = self.messages.get(int(message_id)) if message_id.isdigit() else None
        if msg is None or msg.deleted or msg.channel_id != channel.id:
            raise HTTPError(404, 10008, "Unknown Message")
        return msg

    def _guild(self, guild_id: str) -> FakeGuild:
        guild = self.guilds.get(int(guild_id)) if guild_id.isdigit() else None
        if guild is None:
            raise HTTPError(404, 10004, "Unknown Guild")
        return guild

    def _interaction_by_token(self, webhook_id: str, token: str) -> InteractionResult:
        r = self.by_token.get(token)
        if r is None or webhook_id != str(self.app_id):
            raise HTTPError(404, 10015, "Unknown Webhook")
        if self.now() - r.injected_at > limits.FOLLOWUP_SECONDS:
            self.violation(f"interaction {r.id}: webhook used more than 15 minutes after the interaction")
            raise HTTPError(401, 50027, "Invalid Webhook Token")
        return r

    # ------------------------------------------------------------------ routes

    def _register_routes(self) -> None:
        route = self.route

        @route("GET", "/users/@me")
        async def me(request: web.Request, rec: RecordedRequest) -> Any:
            return {**self.bot_user.to_json(), "verified": True, "mfa_enabled": False, "locale": "en-US"}

        @route("GET", "/oauth2/applications/@me")
        async def application(request: web.Request, rec: RecordedRequest) -> Any:
            return {
                "id": str(self.app_id), "name": self.bot_user.name, "description": "", "icon": None,
                "bot_public": True, "bot_require_code_grant": False, "owner": self.bot_user.to_json(),
                "verify_key": "0" * 64, "flags": 0, "team": None, "interactions_endpoint_url": None,
                "summary": "", "rpc_origins": [], "tags": [], "redirect_uris": [],
                "bot": self.bot_user.to_json(), "approximate_guild_count": len(self.guilds),
            }

        @route("GET", "/gateway")
        async def gateway(request: web.Request, rec: RecordedRequest) -> Any:
            return {"url": self.gateway_url}

        @route("GET", "/gateway/bot")
        async def gateway_bot(request: web.Request, rec: RecordedRequest) -> Any:
            return {"url": self.gateway_url, "shards": 1, "session_start_limit": {
                "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}

        @route("GET", "/users/{user_id}")
        async def get_user(request: web.Request, rec: RecordedRequest, user_id: str) -> Any:
            user = self.users.get(int(user_id)) if user_id.isdigit() else None
            if user is None:
                raise HTTPError(404, 10013, "Unknown User")
            return user.to_json()

        # --- application commands
        def _check_app(application_id: str) -> None:
            if application_id != str(self.app_id):
                raise HTTPError(403, 50001, "Missing Access")

        @route("GET", "/applications/{application_id}/commands")
        async def get_global(request: web.Request, rec: RecordedRequest, application_id: str) -> Any:
            _check_app(application_id)
            return self.global_commands

        @route("PUT", "/applications/{application_id}/commands")
        async def put_global(request: web.Request, rec: RecordedRequest, application_id: str) -> Any:
            _check_app(application_id)
            return self._store_commands(rec.json or [], None)

        @route("POST", "/applications/{application_id}/commands")
        async def post_global(request: web.Request, rec: RecordedRequest, application_id: str) -> Any:
            _check_app(application_id)
            rest = [c for c in self.global_commands if c["name"] != rec.json["name"]]
            return self._store_commands([*rest, rec.json], None)[-1]

        @route("GET", "/applications/{application_id}/guilds/{guild_id}/commands")
        async def get_guild_cmds(request: web.Request, rec: RecordedRequest, application_id: str, guild_id: str) -> Any:
            _check_app(application_id)
            self._guild(guild_id)
            return self.guild_commands.get(int(guild_id), [])

        @route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
        async def put_guild_cmds(request: web.Request, rec: RecordedRequest, application_id: str, guild_id: str) -> Any:
            _check_app(application_id)
            self._guild(guild_id)
            return self._store_commands(rec.json or [], int(guild_id))

        # --- interactions
        @route("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
        async def callback(request: web.Request, rec: RecordedRequest, interaction_id: str,
                           interaction_token: str) -> Any:
            return await self._callback(rec, interaction_id, interaction_token)

        @route("POST", "/webhooks/{webhook_id}/{webhook_token}")
        async def followup(request: web.Request, rec: RecordedRequest, webhook_id: str, webhook_token: str) -> Any:
            r = self._interaction_by_token(webhook_id, webhook_token)
            body = rec.json or {}
            where = f"followup to interaction {r.id}"
            if r.type is None:
                self.violation(f"{where}: followup sent before the initial response")
                raise HTTPError(404, 10015, "Unknown Webhook")
            if r.message is not None and r.message.loading:
                # Discord: the first followup after a "thinking" defer fills in the deferred message.
                msg = r.message
                self._edit_message(msg, body, rec.files, where)
                r.original_edits += 1
            else:
                msg = self._create_message(r.channel, body, rec.files, where=where, webhook=True, interaction=r)
            r.followups.append(msg)
            await r._notify(f"followup {len(r.followups)}")
            return msg.to_json() if request.query.get("wait", "").lower() in ("1", "true") else None

        def _webhook_message(r: InteractionResult, message_id: str) -> FakeMessage:
            if message_id == "@original":
                msg = r.message or r.source_message
                if msg is None or r.type is None:
                    raise HTTPError(404, 10008, "Unknown Message")
            else:
                msg = next((m for m in r.all_messages() if str(m.id) == message_id), None)
                if msg is None:
                    raise HTTPError(404, 10008, "Unknown Message")
            if msg.deleted:
                raise HTTPError(404, 10008, "Unknown Message")
            return msg

        @route("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
        async def get_webhook_msg(request: web.Request, rec: RecordedRequest, webhook_id: str, webhook_token: str,
                                  message_id: str) -> Any:
            r = self._interaction_by_token(webhook_id, webhook_token)
            return _webhook_message(r, message_id).to_json()

        @route("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
        async def edit_webhook_msg(request: web.Request, rec: RecordedRequest, webhook_id: str,
                                   webhook_token: str, message_id: str) -> Any:
            r = self._interaction_by_token(webhook_id, webhook_token)
            msg = _webhook_message(r, message_id)
            self._edit_message(msg, rec.json or {}, rec.files, f"edit of interaction {r.id} message")
            if message_id == "@original":
                r.original_edits += 1
            await r._notify(f"edit {message_id}")
            return msg.to_json()

        @route("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")
        async def delete_webhook_msg(request: web.Request, rec: RecordedRequest, webhook_id: str,
                                     webhook_token: str, message_id: str) -> Any:
            r = self._interaction_by_token(webhook_id, webhook_token)
            msg = _webhook_message(r, message_id)
            msg.deleted = True
            await r._notify(f"delete {message_id}")
            if not msg.ephemeral:
                await self.dispatch("MESSAGE_DELETE", {"id": str(msg.id), "channel_id": str(msg.channel_id),
                                                       **({"guild_id": str(msg.guild_id)} if msg.guild_id else {})})
            return None

        # --- channels and messages
        @route("GET", "/channels/{channel_id}")
        async def get_channel(request: web.Request, rec: RecordedRequest, channel_id: str) -> Any:
            return self._channel(channel_id).to_json()

        @route("POST", "/channels/{channel_id}/messages")
        async def post_message(request: web.Request, rec: RecordedRequest, channel_id: str) -> Any:
            channel = self._channel(channel_id)
            body = rec.json or {}
            if channel.type == 1:
                assert channel.recipient is not None
                if channel.recipient.dms_closed:
                    raise HTTPError(403, 50007, "Cannot send messages to this user")
            else:
                needed = ["send_messages_in_threads" if channel.is_thread else "send_messages"]
                if rec.files:
                    needed.append("attach_files")
                self._require(channel, *needed)
            nonce = body.get("nonce")
            if nonce is not None and body.get("enforce_nonce"):
                for existing in self.channel_messages(channel):
                    if existing.nonce == nonce and existing.author.id == self.bot_user.id:
                        return existing.to_json()
            msg = self._create_message(channel, body, rec.files, where=f"message in channel {channel.name or 'DM'}")
            ref = body.get("message_reference")
            if ref and ref.get("fail_if_not_exists", True) and ref.get("message_id"):
                target = self.messages.get(int(ref["message_id"]))
                if target is None or target.deleted:
                    msg.deleted = True
                    raise HTTPError(400, 50035, "Invalid Form Body: Unknown message")
            return msg.to_json()

        @route("GET", "/channels/{channel_id}/messages")
        async def list_messages(request: web.Request, rec: RecordedRequest, channel_id: str) -> Any:
            channel = self._channel(channel_id)
            if channel.type != 1:
                self._require(channel, "view_channel", "read_message_history")
            limit = int(request.query.get("limit", "50"))
            msgs = self.channel_messages(channel)
            if "before" in request.query:
                msgs = [m for m in msgs if m.id < int(request.query["before"])]
            if "after" in request.query:
                msgs = [m for m in msgs if m.id > int(request.query["after"])]
                return [m.to_json() for m in msgs[:limit]][::-1]
            return [m.to_json() for m in msgs[::-1][:limit]]

        @route("GET", "/channels/{channel_id}/messages/{message_id}")
        async def get_message(request: web.Request, rec: RecordedRequest, channel_id: str, message_id: str) -> Any:
            channel = self._channel(channel_id)
            if channel.type != 1:
                self._require(channel, "view_channel", "read_message_history")
            return self._message(channel, message_id).to_json()

        @route("PATCH", "/channels/{channel_id}/messages/{message_id}")
        async def edit_message(request: web.Request, rec: RecordedRequest, channel_id: str, message_id: str) -> Any:
            channel = self._channel(channel_id)
            msg = self._message(channel, message_id)
            if msg.author.id != self.bot_user.id:
                raise HTTPError(403, 50005, "Cannot edit a message authored by another user")
            self._edit_message(msg, rec.json or {}, rec.files, f"edit of message {msg.id}")
            return msg.to_json()

        @route("DELETE", "/channels/{channel_id}/messages/{message_id}")
        async def delete_message(request: web.Request, rec: RecordedRequest, channel_id: str, message_id: str) -> Any:
            channel = self._channel(channel_id)
            msg = self._message(channel, message_id)
            if msg.author.id != self.bot_user.id and channel.type != 1:
                self._require(channel, "manage_messages")
            msg.deleted = True
            await self.dispatch("MESSAGE_DELETE", {"id": str(msg.id), "channel_id": str(channel.id),
                                                   **({"guild_id": str(msg.guild_id)} if msg.guild_id else {})})
            return None

        @route("POST", "/channels/{channel_id}/typing")
        async def typing(request: web.Request, rec: RecordedRequest, channel_id: str) -> Any:
            self._channel(channel_id)
            return None

        @route("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me")
        async def react(request: web.Request, rec: RecordedRequest, channel_id: str, message_id: str,
                        emoji: str) -> Any:
            channel = self._channel(channel_id)
            self._message(channel, message_id)
            if channel.type != 1:
                self._require(channel, "add_reactions", "read_message_history")
            return None

        @route("POST", "/users/@me/channels")
        async def create_dm(request: web.Request, rec: RecordedRequest) -> Any:
            user = self.users.get(int((rec.json or {}).get("recipient_id", 0)))
            if user is None:
                raise HTTPError(400, 50035, "Invalid Form Body")
            return self.dm_channel(user).to_json()

        async def _make_thread(channel: FakeChannel, body: dict[str, Any], message: FakeMessage | None) -> Any:
            ttype = 11 if message is not None else int(body.get("type") or 12)
            self._require(channel, "create_private_threads" if ttype == 12 else "create_public_threads")
            assert channel.guild_id is not None
            thread = FakeChannel(message.id if message else snowflake(), ttype, name=body.get("name"),
                                 guild_id=channel.guild_id, parent_id=channel.id, owner_id=self.bot_user.id)
            thread.thread_members.add(self.bot_user.id)
            self.guilds[channel.guild_id].channels[thread.id] = thread
            self.channels[thread.id] = thread
            if message is not None:
                message.thread_id = thread.id
            await self.dispatch("THREAD_CREATE", {**thread.to_json(), "newly_created": True})
            return thread.to_json()

        @route("POST", "/channels/{channel_id}/threads")
        async def create_thread(request: web.Request, rec: RecordedRequest, channel_id: str) -> Any:
            return await _make_thread(self._channel(channel_id), rec.json or {}, None)

        @route("POST", "/channels/{channel_id}/messages/{message_id}/threads")
        async def create_thread_from_message(request: web.Request, rec: RecordedRequest, channel_id: str,
                                             message_id: str) -> Any:
            channel = self._channel(channel_id)
            return await _make_thread(channel, rec.json or {}, self._message(channel, message_id))

        @route("PUT", "/channels/{channel_id}/thread-members/{user_id}")
        async def add_thread_member(request: web.Request, rec: RecordedRequest, channel_id: str,
                                    user_id: str) -> Any:
            thread = self._channel(channel_id)
            if not thread.is_thread:
                raise HTTPError(400, 50024, "Cannot execute action on this channel type")
            assert thread.guild_id is not None
            if int(user_id) not in self.guilds[thread.guild_id].members:
                raise HTTPError(404, 10007, "Unknown Member")
            self._require(thread, "send_messages_in_threads")
            thread.thread_members.add(int(user_id))
            return None

        @route("DELETE", "/channels/{channel_id}/thread-members/{user_id}")
        async def remove_thread_member(request: web.Request, rec: RecordedRequest, channel_id: str,
                                       user_id: str) -> Any:
            thread = self._channel(channel_id)
            thread.thread_members.discard(int(user_id))
            return None

        # --- guilds
        @route("GET", "/guilds/{guild_id}")
        async def get_guild(request: web.Request, rec: RecordedRequest, guild_id: str) -> Any:
            data = self.guild_json(self._guild(guild_id))
            for key in ("members", "channels", "threads", "voice_states", "presences", "joined_at", "large",
                        "member_count", "unavailable", "stage_instances", "guild_scheduled_events",
                        "soundboard_sounds"):
                data.pop(key, None)
            return data

        @route("GET", "/guilds/{guild_id}/channels")
        async def get_guild_channels(request: web.Request, rec: RecordedRequest, guild_id: str) -> Any:
            guild = self._guild(guild_id)
            return [c.to_json() for c in guild.channels.values() if not c.deleted and not c.is_thread]

        @route("GET", "/guilds/{guild_id}/roles")
        async def get_guild_roles(request: web.Request, rec: RecordedRequest, guild_id: str) -> Any:
            return [r.to_json() for r in self._guild(guild_id).roles.values()]

        @route("GET", "/guilds/{guild_id}/members/{user_id}")
        async def get_member(request: web.Request, rec: RecordedRequest, guild_id: str, user_id: str) -> Any:
            guild = self._guild(guild_id)
            member = guild.members.get(int(user_id)) if user_id.isdigit() else None
            if member is None:
                raise HTTPError(404, 10007, "Unknown Member")
            return member.to_json()

    # ------------------------------------------------------------------ interaction callback

    async def _callback(self, rec: RecordedRequest, interaction_id: str, token: str) -> Any:
        r = self.interactions.get(int(interaction_id)) if interaction_id.isdigit() else None
        if r is None or r.token != token:
            raise HTTPError(404, 10062, "Unknown interaction")
        body = rec.json or {}
        ctype = body.get("type")
        data = body.get("data") or {}
        where = f"response to interaction {r.id} ({self._describe(r)})"
        if r.type is not None:
            self.violation(f"{where}: interaction answered twice (already type {r.type})")
            raise HTTPError(400, 40060, "Interaction has already been acknowledged.")
        elapsed = self.now() - r.injected_at
        if elapsed > limits.INITIAL_RESPONSE_SECONDS:
            self.violation(f"{where}: initial response after {elapsed:.2f}s (> 3 s)")
            raise HTTPError(404, 10062, "Unknown interaction")
        allowed = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}.get(r.kind, set())
        if ctype not in allowed:
            self.violation(f"{where}: callback type {ctype} not allowed for interaction type {r.kind}")
            raise HTTPError(400, 50035, "Invalid Form Body")
        if ctype in (6, 7) and r.source_message is None:
            self.violation(f"{where}: callback type {ctype} needs a message (modal not opened from a component)")
            raise HTTPError(400, 50035, "Invalid Form Body")
        resource: dict[str, Any] = {"type": ctype}
        if ctype == 4:
            r.message = self._create_message(r.channel, data, rec.files, where=where, webhook=True, interaction=r)
            resource["message"] = r.message.to_json()
        elif ctype == 5:
            r.message = self._create_message(r.channel, {"content": ""}, [], where=where, webhook=True,
                                             interaction=r, extra_flags=128 | ((data.get("flags") or 0) & 64))
            resource["message"] = r.message.to_json()
        elif ctype in (6, 7):
            assert r.source_message is not None
            r.message = r.source_message
            if ctype == 7:
                self._edit_message(r.message, data, rec.files, where)
            resource["message"] = r.message.to_json()
        elif ctype == 8:
            r.choices = list(data.get("choices") or [])
            for problem in limits.check_choices(r.choices, where):
                self.violation(problem)
        elif ctype == 9:
            r.modal = data
            for problem in limits.check_modal(data, where):
                self.violation(problem)
        r.type = ctype
        r.responded_at = self.now()
        r.callback_data = data
        await r._notify(f"callback {ctype}")
        if rec.query.get("with_response", "").lower() not in ("1", "true"):
            return None
        msg = r.message if ctype in (4, 5, 6, 7) else None
        return {
            "interaction": {
                "id": str(r.id),
                "type": r.kind,
                "response_message_id": str(msg.id) if msg else None,
                "response_message_loading": bool(msg and msg.loading),
                "response_message_ephemeral": bool(msg and msg.ephemeral),
            },
            "resource": resource,
        }

    @staticmethod
    def _describe(r: InteractionResult) -> str:
        data = r.payload.get("data", {})
        return data.get("name") or data.get("custom_id") or "?"

    # ------------------------------------------------------------------ injection

    def _context(self, user: FakeUser, guild: FakeGuild | None, channel: FakeChannel | None,
                 dm: bool) -> tuple[FakeGuild | None, FakeChannel]:
        if dm:
            return None, self.dm_channel(user)
        if channel is not None and channel.type == 1:
            return None, channel
        if guild is None and channel is not None and channel.guild_id is not None:
            guild = self.guilds[channel.guild_id]
        if guild is None:
            if not self.guilds:
                raise AssertionError("no guild: build one with fake.add_guild or pass dm=True")
            guild = next(iter(self.guilds.values()))
        if channel is None:
            text = guild.text_channels()
            if not text:
                raise AssertionError(f"guild {guild.name} has no text channel")
            channel = text[0]
        return guild, channel

    def _base_payload(self, kind: int, user: FakeUser, guild: FakeGuild | None, channel: FakeChannel,
                      locale: str) -> dict[str, Any]:
        interaction_id = snowflake()
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.app_id),
            "type": kind,
            "token": "fakeint-" + secrets.token_urlsafe(24),
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel": self._channel_json_for_interaction(channel, user),
            "channel_id": str(channel.id),
        }
        if guild is not None:
            payload["guild_id"] = str(guild.id)
            payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
            payload["guild_locale"] = "en-US"
            payload["member"] = self._member_json(guild, user, channel)
            payload["app_permissions"] = str(self.channel_permissions(channel, self.bot_user.id))
            payload["authorizing_integration_owners"] = {"0": str(guild.id)}
            payload["context"] = 0
        else:
            payload["user"] = user.to_json()
            payload["app_permissions"] = str(self.channel_permissions(None, self.bot_user.id))
            payload["authorizing_integration_owners"] = {"0": "0"}
            payload["context"] = 1
        return payload

    async def _inject(self, payload: dict[str, Any], user: FakeUser, guild: FakeGuild | None, channel: FakeChannel,
                      *, source_message: FakeMessage | None = None, wait: bool = True,
                      timeout: float = 5.0) -> InteractionResult:
        if not self.connected and self._session is None:
            raise AssertionError("the bot is not connected to the fake gateway")
        r = InteractionResult(self, int(payload["id"]), payload["token"], payload["type"], user, channel, guild,
                              payload, source_message)
        self.interactions[r.id] = r
        self.by_token[r.token] = r
        await self.dispatch("INTERACTION_CREATE", payload)
        if wait:
            await r.wait_response(timeout)
        return r

    def _resolve_value(self, option: dict[str, Any], value: Any, guild: FakeGuild | None, channel: FakeChannel,
                       resolved: dict[str, dict[str, Any]]) -> Any:
        otype = option["type"]
        name = option["name"]
        if otype == 3:
            if not isinstance(value, str):
                raise AssertionError(f"option {name!r} is a string option; got {value!r}")
            return value
        if otype == 4:
            if isinstance(value, bool) or not isinstance(value, int):
                raise AssertionError(f"option {name!r} is an integer option; got {value!r}")
            return value
        if otype == 10:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise AssertionError(f"option {name!r} is a number option; got {value!r}")
            return value
        if otype == 5:
            if not isinstance(value, bool):
                raise AssertionError(f"option {name!r} is a boolean option; got {value!r}")
            return value
        if otype in (6, 9) and isinstance(value, FakeUser | FakeMember):
            user = value.user if isinstance(value, FakeMember) else value
            resolved.setdefault("users", {})[str(user.id)] = user.to_json()
            if guild is not None and user.id in guild.members:
                resolved.setdefault("members", {})[str(user.id)] = self._member_json(guild, user, channel,
                                                                                   with_user=False)
            return str(user.id)
        if otype in (8, 9) and isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.to_json()
            return str(value.id)
        if otype == 7 and isinstance(value, FakeChannel):
            allowed = option.get("channel_types")
            if allowed and value.type not in allowed:
                raise AssertionError(f"option {name!r} accepts channel types {allowed}; got {value.type}")
            data = {"id": str(value.id), "name": value.name, "type": value.type,
                    "permissions": str(self.channel_permissions(value, self.bot_user.id))}
            if value.parent_id:
                data["parent_id"] = str(value.parent_id)
            if value.is_thread:
                data["thread_metadata"] = value.to_json()["thread_metadata"]
            resolved.setdefault("channels", {})[str(value.id)] = data
            return str(value.id)
        if otype == 11 and isinstance(value, AttachmentSpec):
            resolved.setdefault("attachments", {})[str(value.attachment.id)] = value.attachment.to_json()
            return str(value.attachment.id)
        raise AssertionError(f"option {name!r} ({OPTION_TYPES.get(otype, otype)}): can't pass {value!r}")

    def _build_options(self, declared: list[dict[str, Any]], given: dict[str, Any], guild: FakeGuild | None,
                       channel: FakeChannel, resolved: dict[str, dict[str, Any]], focused: str | None,
                       command: str) -> list[dict[str, Any]]:
        by_name = {o["name"]: o for o in declared}
        out: list[dict[str, Any]] = []
        for name, value in given.items():
            option = by_name.get(name)
            if option is None:
                raise AssertionError(f"/{command} has no option {name!r}; declared: {sorted(by_name)}")
            if name == focused:
                out.append({"name": name, "type": option["type"], "value": str(value), "focused": True})
                continue
            choices = option.get("choices")
            if choices and value not in [c["value"] for c in choices]:
                raise AssertionError(f"/{command} option {name!r} must be one of {[c['value'] for c in choices]}")
            out.append({"name": name, "type": option["type"],
                        "value": self._resolve_value(option, value, guild, channel, resolved)})
        if focused is None:
            missing = [o["name"] for o in declared if o.get("required") and o["name"] not in given]
            if missing:
                raise AssertionError(f"/{command} is missing required options {missing}")
        return out

    def _command_data(self, name: str, guild: FakeGuild | None, channel: FakeChannel, options: dict[str, Any],
                      focused: str | None) -> dict[str, Any]:
        parts = name.split()
        cmd = self.find_command(parts[0], guild)
        resolved: dict[str, dict[str, Any]] = {}
        declared = cmd.get("options") or []
        wrappers: list[dict[str, Any]] = []
        for part in parts[1:]:
            sub = next((o for o in declared if o["name"] == part and o["type"] in (1, 2)), None)
            if sub is None:
                raise AssertionError(f"/{' '.join(parts[:parts.index(part)])} has no subcommand {part!r}")
            wrappers.append({"name": part, "type": sub["type"], "options": []})
            declared = sub.get("options") or []
        if any(o["type"] in (1, 2) for o in declared):
            raise AssertionError(f"/{name} is a group; name one of its subcommands")
        leaf = self._build_options(declared, options, guild, channel, resolved, focused, name)
        data: dict[str, Any] = {"id": cmd["id"], "name": cmd["name"], "type": 1}
        if wrappers:
            for outer, inner in itertools.pairwise(wrappers):
                outer["options"] = [inner]
            wrappers[-1]["options"] = leaf
            data["options"] = [wrappers[0]]
        else:
            data["options"] = leaf
        if resolved:
            data["resolved"] = resolved
        if cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        return data

    async def slash(self, user: FakeUser, name: str, *, guild: FakeGuild | None = None,
                    channel: FakeChannel | None = None, options: dict[str, Any] | None = None, dm: bool = False,
                    locale: str = "en-US", wait: bool = True, timeout: float = 5.0) -> InteractionResult:
        """Inject a slash command (``name`` may be ``"group sub"``) and wait for the initial response."""
        guild, channel = self._context(user, guild, channel, dm)
        payload = self._base_payload(2, user, guild, channel, locale)
        payload["data"] = self._command_data(name, guild, channel, options or {}, None)
        return await self._inject(payload, user, guild, channel, wait=wait, timeout=timeout)

    async def autocomplete(self, user: FakeUser, name: str, *, focused: str, guild: FakeGuild | None = None,
                           channel: FakeChannel | None = None, options: dict[str, Any] | None = None,
                           dm: bool = False, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Inject an autocomplete request; returns the choices the bot answered with."""
        guild, channel = self._context(user, guild, channel, dm)
        options = dict(options or {})
        options.setdefault(focused, "")
        payload = self._base_payload(4, user, guild, channel, "en-US")
        payload["data"] = self._command_data(name, guild, channel, options, focused)
        r = await self._inject(payload, user, guild, channel, timeout=timeout)
        return r.choices or []

    async def context_menu(self, user: FakeUser, name: str, *, guild: FakeGuild | None = None,
                           channel: FakeChannel | None = None, target_message: FakeMessage | None = None,
                           target_user: FakeUser | None = None, wait: bool = True,
                           timeout: float = 5.0) -> InteractionResult:
        if (target_message is None) == (target_user is None):
            raise AssertionError("pass exactly one of target_message= or target_user=")
        if target_message is not None and channel is None:
            channel = self.channels[target_message.channel_id]
        guild, channel = self._context(user, guild, channel, False)
        ctype = 3 if target_message is not None else 2
        cmd = self.find_command(name, guild, type=ctype)
        payload = self._base_payload(2, user, guild, channel, "en-US")
        resolved: dict[str, Any] = {}
        if target_message is not None:
            mdata = target_message.to_json()
            resolved["messages"] = {str(target_message.id): mdata}
            target_id = target_message.id
        else:
            assert target_user is not None
            resolved["users"] = {str(target_user.id): target_user.to_json()}
            if guild is not None and target_user.id in guild.members:
                resolved["members"] = {str(target_user.id): self._member_json(guild, target_user, channel,
                                                                              with_user=False)}
            target_id = target_user.id
        payload["data"] = {"id": cmd["id"], "name": cmd["name"], "type": ctype, "target_id": str(target_id),
                           "resolved": resolved}
        if cmd.get("guild_id"):
            payload["data"]["guild_id"] = cmd["guild_id"]
        return await self._inject(payload, user, guild, channel, wait=wait, timeout=timeout)

    async def click(self, user: FakeUser, message: FakeMessage | InteractionResult, *,
                    custom_id: str | None = None, label: str | None = None, values: list[str] | None = None,
                    wait: bool = True, timeout: float = 5.0) -> InteractionResult:
        """Click a button (by ``custom_id`` or ``label``) or choose ``values`` in a select on ``message``."""
        if isinstance(message, InteractionResult):
            found = message.final
            assert found is not None, "that interaction produced no message to click on"
            message = found
        if message.deleted:
            raise AssertionError("the message was deleted")
        if message.visible_to is not None and message.visible_to != user.id:
            raise AssertionError(f"{user.name} cannot see that ephemeral message")
        comp = message.find_component(custom_id=custom_id, label=label)
        if comp is None:
            raise AssertionError(f"no component custom_id={custom_id!r} label={label!r} on the message; "
                                 f"it has {message.all_custom_ids()}")
        if comp.get("disabled"):
            raise AssertionError(f"component {comp.get('custom_id')!r} is disabled")
        if comp.get("type") == 2 and comp.get("style") in (5, 6):
            raise AssertionError("link/premium buttons do not send interactions")
        channel = self.channels[message.channel_id]
        guild = self.guilds.get(channel.guild_id) if channel.guild_id else None
        payload = self._base_payload(3, user, guild, channel, "en-US")
        data: dict[str, Any] = {"custom_id": comp["custom_id"], "component_type": comp["type"]}
        if comp["type"] != 2:
            chosen = list(values or [])
            if comp["type"] == 3:
                allowed = [o["value"] for o in comp.get("options", [])]
                bad = [v for v in chosen if v not in allowed]
                if bad:
                    raise AssertionError(f"select {comp['custom_id']!r} has no options {bad}; it has {allowed}")
            lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
            if not lo <= len(chosen) <= hi:
                raise AssertionError(f"select {comp['custom_id']!r} takes {lo}..{hi} values; got {len(chosen)}")
            if comp["type"] in (5, 6, 7, 8):
                # User/role/mentionable/channel selects: pass FakeUser/FakeRole/FakeChannel objects.
                resolved: dict[str, dict[str, Any]] = {}
                fake_option = {"type": {5: 6, 6: 8, 7: 7, 8: 9}[comp["type"]], "name": comp["custom_id"],
                               "channel_types": comp.get("channel_types")}
                chosen = [self._resolve_value(fake_option, v, guild, channel, resolved) for v in chosen]
                data["resolved"] = resolved
            data["values"] = chosen
        payload["data"] = data
        payload["message"] = message.to_json()
        return await self._inject(payload, user, guild, channel, source_message=message, wait=wait,
                                  timeout=timeout)

    async def submit_modal(self, user: FakeUser, opened: InteractionResult, values: dict[str, Any], *,
                           wait: bool = True, timeout: float = 5.0) -> InteractionResult:
        """Submit the modal that ``opened`` (a type-9 response) showed; ``values`` by custom_id or label."""
        modal = opened.modal
        if modal is None:
            raise AssertionError(f"interaction {opened.id} did not open a modal (callback type {opened.type})")
        remaining = dict(values)

        def answer(comp: dict[str, Any], label: str | None) -> dict[str, Any]:
            cid = comp.get("custom_id")
            key = next((k for k in (cid, label, comp.get("label")) if k is not None and k in remaining), None)
            if comp.get("type") == 4:
                value = remaining.pop(key) if key is not None else comp.get("value") or ""
                if not isinstance(value, str):
                    raise AssertionError(f"text input {cid!r} takes a string")
                if comp.get("required", True) and not value:
                    raise AssertionError(f"text input {cid!r} is required")
                max_length = comp.get("max_length") or limits.TEXT_INPUT_MAX_LENGTH
                if len(value) > max_length or len(value) < (comp.get("min_length") or 0):
                    raise AssertionError(f"text input {cid!r}: Discord would not accept {len(value)} chars")
                return {"type": 4, "custom_id": cid, "value": value, "id": comp.get("id", 0)}
            chosen = remaining.pop(key) if key is not None else []
            return {"type": comp["type"], "custom_id": cid, "values": list(chosen), "id": comp.get("id", 0)}

        components: list[dict[str, Any]] = []
        for top in modal.get("components") or []:
            if top.get("type") == 1:
                components.append({"type": 1, "components": [answer(c, None) for c in top.get("components", [])]})
            elif top.get("type") == 18:
                components.append({"type": 18, "id": top.get("id", 0),
                                   "component": answer(top["component"], top.get("label"))})
            elif top.get("type") == 10:
                components.append({"type": 10, "id": top.get("id", 0)})
        if remaining:
            raise AssertionError(f"the modal has no inputs {sorted(remaining)}")
        source = opened.source_message
        payload = self._base_payload(5, user, opened.guild, opened.channel, "en-US")
        payload["data"] = {"custom_id": modal["custom_id"], "components": components}
        if source is not None:
            payload["message"] = source.to_json()
        return await self._inject(payload, user, opened.guild, opened.channel, source_message=source, wait=wait,
                                  timeout=timeout)
