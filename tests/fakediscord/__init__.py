"""A local fake Discord (REST v10 + gateway) for end-to-end tests. See API.md."""

from tests.fakediscord.models import (
    AttachmentSpec,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
    InteractionResult,
)
from tests.fakediscord.ratelimit import RateLimits
from tests.fakediscord.server import FakeDiscord, RecordedRequest

__all__ = [
    "AttachmentSpec",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeMessage",
    "FakeRole",
    "FakeUser",
    "InteractionResult",
    "RateLimits",
    "RecordedRequest",
]
