"""Domain types for private check-ins."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from enum import StrEnum

from bot.errors import UserFacingError
from bot.recurrence import parse_time, resolve_timezone

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ALL_DAYS = 0b1111111
WEEKDAYS = 0b0011111
ANSWERS = ("yes", "partly", "no")
ANSWER_LABELS = {"yes": "Yes", "partly": "Partly", "no": "Not today"}


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"
    WEEKLY = "weekly"


class Status(StrEnum):
    OPEN = "open"
    SNOOZED = "snoozed"
    DONE = "done"
    SKIPPED = "skipped"
    CLOSED = "closed"


def days_mask(frequency: Frequency, weekday: int | None) -> int:
    """The scheduler's day bitmask (Monday = 1 ... Sunday = 64)."""
    if frequency is Frequency.DAILY:
        return ALL_DAYS
    if frequency is Frequency.WEEKDAYS:
        return WEEKDAYS
    if weekday is None or not 0 <= weekday <= 6:
        raise UserFacingError("Weekly check-ins need a day: pick one in the `weekday` option.")
    return 1 << weekday


def parse_local_time(raw: str) -> str:
    """What the member typed ('7:30', '19:30', '7:30 pm') -> stored 'HH:MM'."""
    return str(parse_time(raw))


def as_time(local_time: str) -> time:
    hour, minute = local_time.split(":")
    return time(int(hour), int(minute))


@dataclass(frozen=True, slots=True)
class ScheduleChoice:
    """What the member picked; validated, not yet stored."""

    frequency: Frequency
    local_time: str
    tz: str
    weekday: int | None = None
    notify_moderators: bool = False

    @classmethod
    def parse(
        cls,
        frequency: str,
        local_time: str,
        tz: str,
        weekday: int | None = None,
        notify_moderators: bool = False,
    ) -> ScheduleChoice:
        try:
            freq = Frequency(frequency)
        except ValueError:
            raise UserFacingError("Frequency must be daily, weekdays or weekly.") from None
        zone = resolve_timezone(tz)
        if freq is Frequency.WEEKLY:
            days_mask(freq, weekday)
        else:
            weekday = None
        return cls(freq, parse_local_time(local_time), zone.key, weekday, notify_moderators)

    @property
    def days(self) -> int:
        return days_mask(self.frequency, self.weekday)

    def describe(self) -> str:
        if self.frequency is Frequency.DAILY:
            when = "every day"
        elif self.frequency is Frequency.WEEKDAYS:
            when = "Monday to Friday"
        else:
            assert self.weekday is not None
            when = f"every {WEEKDAY_NAMES[self.weekday]}"
        return f"{when} at {self.local_time} ({self.tz})"


@dataclass(frozen=True, slots=True)
class MemberSettings:
    user_id: int
    guild_id: int | None
    schedule_id: int | None
    choice: ScheduleChoice
    paused: bool = False
    paused_until: int | None = None
    dm_channel_id: int | None = None
    unreachable_at: int | None = None
    unreachable_told_at: int | None = None
    consented_at: int = 0

    @property
    def notify_moderators(self) -> bool:
        return self.choice.notify_moderators

    def is_paused(self, now: datetime) -> bool:
        if not self.paused:
            return False
        return self.paused_until is None or now.timestamp() < self.paused_until

    def can_send(self, now: datetime) -> bool:
        """Whether a scheduled check-in may go out now."""
        return self.unreachable_at is None and not self.is_paused(now)


@dataclass(frozen=True, slots=True)
class Checkin:
    id: int
    user_id: int
    run_key: str
    local_date: str
    prompt_ids: tuple[str, ...]
    status: Status
    mood: int | None
    answers: dict[str, str] = field(default_factory=dict)
    has_note: bool = False
    channel_id: int | None = None
    message_id: int | None = None
    created_at: int = 0

    @property
    def is_active(self) -> bool:
        return self.status in (Status.OPEN, Status.SNOOZED)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One check-in as the history needs it (no note text: history never shows notes)."""

    local_date: str
    created_at: int
    mood: int | None
    answers: dict[str, str]
