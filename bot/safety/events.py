"""The one event other features raise when crisis language is found.

Anything that detects crisis language (the server-message listener, check-in notes)
calls ``bot.dispatch("tandem_crisis", event)``; the safety cog's ``on_tandem_crisis``
listener sends the private reply and, when allowed, alerts the moderators.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CrisisSource = Literal["message", "checkin_note"]
FoundBy = Literal["phrase", "cues", "model"]  # which tier of the detector found it


@dataclass(frozen=True, slots=True)
class CrisisEvent:
    user_id: int
    category: str
    source: CrisisSource
    guild_id: int | None = None
    channel_id: int | None = None
    message_id: int | None = None
    # Check-in notes reach moderators only if the member chose that at opt-in.
    notify_moderators: bool = True
    found_by: FoundBy | None = None
