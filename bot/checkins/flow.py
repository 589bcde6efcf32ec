"""Which step of a check-in comes next, and which prompts a check-in asks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.checkins.model import Checkin, Status

PROMPTS_PER_CHECKIN = 2


def choose_prompts(
    prompt_ids: Sequence[str], local_date: date, user_id: int, count: int = PROMPTS_PER_CHECKIN
) -> tuple[str, ...]:
    """A gentle rotation: consecutive days walk through the whole set, and members on the
    same day see different prompts (so a group doesn't compare the same question)."""
    if not prompt_ids:
        return ()
    count = min(count, len(prompt_ids))
    start = (local_date.toordinal() * count + user_id) % len(prompt_ids)
    return tuple(prompt_ids[(start + i) % len(prompt_ids)] for i in range(count))


@dataclass(frozen=True, slots=True)
class Step:
    kind: str  # "mood" | "reflection" | "finish" | "closed"
    prompt_id: str | None = None
    index: int = 0  # 1-based position of a reflection prompt
    total: int = 0


def next_step(checkin: Checkin) -> Step:
    if not checkin.is_active:
        return Step("closed")
    if checkin.mood is None:
        return Step("mood")
    total = len(checkin.prompt_ids)
    for index, prompt_id in enumerate(checkin.prompt_ids, start=1):
        if prompt_id not in checkin.answers:
            return Step("reflection", prompt_id, index, total)
    return Step("finish")


def closes_quietly(status: Status) -> bool:
    """A check-in still waiting when the next one is sent is closed without a message."""
    return status in (Status.OPEN, Status.SNOOZED)
