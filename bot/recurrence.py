"""Local-time recurrence: "09:00 in Europe/Berlin on weekdays" -> the next UTC instant.

Pure functions, no Discord and no database. The scheduler stores the IANA zone name and the
wall-clock time beside ``next_run_at`` and asks this module for the following occurrence, so
the local time of day holds across daylight-saving changes:

- A wall time that does not exist on a day (spring forward, e.g. 02:30 in New York) runs at
  the first minute that does exist after it (03:00 there, 02:30 in Lord Howe's 30-minute gap).
- A wall time that happens twice (fall back) runs once, at the first of the two instants.

Every occurrence carries a key, the local date ``YYYY-MM-DD`` it belongs to; the scheduler's
``UNIQUE(schedule_id, run_key)`` turns that into "each (schedule, local date) runs once".
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.errors import UserFacingError

# Days bitmask: Monday = 1, Tuesday = 2, ... Sunday = 64 (bit n is date.weekday() == n).
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (1 << n for n in range(7))
EVERY_DAY = 0b1111111
WEEKDAYS = MONDAY | TUESDAY | WEDNESDAY | THURSDAY | FRIDAY
WEEKENDS = SATURDAY | SUNDAY
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

TIME_EXAMPLES = "`09:00`, `18:30`, `9am`, `9:30 pm` or `21:30`"


class InvalidTimeError(UserFacingError):
    """A time of day, zone or set of days a member typed could not be understood."""


@dataclass(frozen=True, slots=True, order=True)
class LocalTime:
    hour: int
    minute: int

    def __post_init__(self) -> None:
        if not (0 <= self.hour <= 23 and 0 <= self.minute <= 59):
            raise ValueError(f"not a time of day: {self.hour}:{self.minute}")

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    @property
    def as_time(self) -> time:
        return time(self.hour, self.minute)

    @classmethod
    def from_text(cls, value: str) -> LocalTime:
        """Parse the stored form ``HH:MM`` (use ``parse_time`` for what members type)."""
        hour, minute = value.split(":")
        return cls(int(hour), int(minute))


@dataclass(frozen=True, slots=True)
class Occurrence:
    at: datetime  # aware, UTC
    key: str  # the local date it belongs to, YYYY-MM-DD

    @property
    def unix(self) -> int:
        return int(self.at.timestamp())


# --- parsing what people type -------------------------------------------------------------

_TIME_RE = re.compile(
    r"""^\s*
    (?P<hour>\d{1,2})
    (?:\s*[:.h]\s*(?P<minute>\d{2}))?
    \s*(?P<ampm>a\.?\s*m\.?|p\.?\s*m\.?)?
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def parse_time(text: str) -> LocalTime:
    """``"09:00"``, ``"9:00"``, ``"21:30"``, ``"9am"``, ``"9:30 pm"``, ``"12am"`` -> LocalTime.

    Raises ``InvalidTimeError`` with examples for anything else."""
    raw = (text or "").strip()
    special = raw.lower()
    if special == "noon":
        return LocalTime(12, 0)
    if special == "midnight":
        return LocalTime(0, 0)
    match = _TIME_RE.match(raw)
    problem = f"`{raw[:40]}` isn't a time Tandem understands. Try {TIME_EXAMPLES}."
    if not match:
        raise InvalidTimeError(problem, title="Unknown time")
    hour = int(match["hour"])
    minute = int(match["minute"]) if match["minute"] is not None else 0
    ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise InvalidTimeError(
                f"`{raw[:40]}`: with am/pm the hour must be 1 to 12. Try {TIME_EXAMPLES}.", title="Unknown time"
            )
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif match["minute"] is None:
        # A bare number such as "9" is ambiguous (9 in the morning or evening?); ask for clarity.
        raise InvalidTimeError(
            f"`{raw[:40]}` could be morning or evening. Try {TIME_EXAMPLES}.", title="Unknown time"
        )
    if hour > 23 or minute > 59:
        raise InvalidTimeError(problem, title="Unknown time")
    return LocalTime(hour, minute)


_DAY_ALIASES: dict[str, int] = {}
for _index, _name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")):
    for _alias in (_name, _name[:3], _name[:2]):
        _DAY_ALIASES[_alias] = 1 << _index
_DAY_ALIASES.update({"tues": TUESDAY, "wednes": WEDNESDAY, "thur": THURSDAY, "thurs": THURSDAY})
_DAY_GROUPS = {
    "daily": EVERY_DAY,
    "every day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "all": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "weekends": WEEKENDS,
    "weekend": WEEKENDS,
}
DAYS_EXAMPLES = "`daily`, `weekdays`, `weekends`, `mon,wed,fri` or `tue-thu`"


def parse_days(text: str | None) -> int:
    """``"daily"``, ``"weekdays"``, ``"mon,wed,fri"``, ``"mon-fri"``, ``"sat sun"`` -> bitmask."""
    raw = (text or "").strip().lower()
    if not raw:
        return EVERY_DAY
    if raw in _DAY_GROUPS:
        return _DAY_GROUPS[raw]
    mask = 0
    for part in re.split(r"[,\s/;&+]+|\band\b", raw):
        part = part.strip().rstrip(".")
        if not part:
            continue
        if part in _DAY_GROUPS:
            mask |= _DAY_GROUPS[part]
            continue
        if "-" in part:
            start_name, _, end_name = part.partition("-")
            start, end = _DAY_ALIASES.get(start_name.strip()), _DAY_ALIASES.get(end_name.strip())
            if start is None or end is None:
                raise InvalidTimeError(f"`{part}` isn't a range of days. Try {DAYS_EXAMPLES}.", title="Unknown days")
            first, last = start.bit_length() - 1, end.bit_length() - 1
            index = first
            while True:
                mask |= 1 << index
                if index == last:
                    break
                index = (index + 1) % 7
            continue
        day = _DAY_ALIASES.get(part.rstrip("s"))
        if day is None:
            raise InvalidTimeError(f"`{part[:20]}` isn't a day of the week. Try {DAYS_EXAMPLES}.", title="Unknown days")
        mask |= day
    if mask == 0:
        raise InvalidTimeError(f"Pick at least one day. Try {DAYS_EXAMPLES}.", title="Unknown days")
    return mask


def describe_days(mask: int) -> str:
    if mask & EVERY_DAY == EVERY_DAY:
        return "every day"
    if mask == WEEKDAYS:
        return "weekdays"
    if mask == WEEKENDS:
        return "weekends"
    return ", ".join(name for index, name in enumerate(DAY_NAMES) if mask & (1 << index))


# --- time zones ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def all_timezones() -> tuple[str, ...]:
    """Canonical-looking IANA names (no legacy ``Etc/``/``SystemV`` aliases), sorted."""
    names = {
        name
        for name in zoneinfo.available_timezones()
        if ("/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))) or name == "UTC"
    }
    return tuple(sorted(names))


@lru_cache(maxsize=1)
def _lower_index() -> dict[str, str]:
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def resolve_timezone(name: str) -> ZoneInfo:
    """An IANA zone by name (case-insensitive; spaces may stand for underscores)."""
    cleaned = (name or "").strip().replace(" ", "_")
    canonical = _lower_index().get(cleaned.lower())
    if canonical is None:
        suggestions = search_timezones(name, limit=3)
        hint = f" Did you mean {', '.join(f'`{s}`' for s in suggestions)}?" if suggestions else ""
        raise InvalidTimeError(
            f"`{(name or '')[:40]}` isn't a time zone Tandem knows. Use a name like `Europe/Berlin`, "
            f"`America/New_York` or `Asia/Kolkata` (start typing a city and pick a suggestion).{hint}",
            title="Unknown time zone",
        )
    return ZoneInfo(canonical)


def search_timezones(query: str, *, limit: int = 25, names: Iterable[str] | None = None) -> list[str]:
    """Zones matching ``query`` for autocomplete: ``"berl"`` -> ``["Europe/Berlin"]``.

    City-name prefix matches rank first, then any prefix of a name part, then substrings."""
    needle = (query or "").strip().lower().replace(" ", "_")
    pool = tuple(names) if names is not None else all_timezones()
    if not needle:
        return list(pool[:limit])
    ranked: list[tuple[int, str]] = []
    for name in pool:
        lowered = name.lower()
        city = lowered.rsplit("/", 1)[-1]
        if city.startswith(needle) or lowered.startswith(needle):
            rank = 0
        elif any(part.startswith(needle) for part in re.split(r"[/_\-]", lowered)):
            rank = 1
        elif needle in lowered:
            rank = 2
        else:
            continue
        ranked.append((rank, name))
    ranked.sort()
    return [name for _, name in ranked[:limit]]


# --- recurrence ---------------------------------------------------------------------------


def _exists(naive: datetime, tz: ZoneInfo) -> bool:
    aware = naive.replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive


def resolve_wall_time(day: date, at: LocalTime, tz: ZoneInfo) -> datetime:
    """The UTC instant for ``at`` on local ``day``, applying the DST rules in the module doc."""
    naive = datetime.combine(day, at.as_time)
    if _exists(naive, tz):
        # fold=0 is the first of two instants when the wall time repeats (fall back).
        return naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    # In a gap the two folds map to UTC instants either side of the transition; the first
    # instant at or after the transition is the first valid local minute after ``at``.
    a = int(naive.replace(tzinfo=tz, fold=0).timestamp())
    b = int(naive.replace(tzinfo=tz, fold=1).timestamp())
    low, high = min(a, b), max(a, b)
    offset_low = datetime.fromtimestamp(low, tz).utcoffset()
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, tz).utcoffset() == offset_low:
            low = middle
        else:
            high = middle
    return datetime.fromtimestamp(high, UTC)


def occurrence_on(day: date, at: LocalTime, tz: ZoneInfo) -> Occurrence:
    return Occurrence(resolve_wall_time(day, at, tz), day.isoformat())


def _check(after: datetime, days: int) -> None:
    if after.tzinfo is None:
        raise ValueError("recurrence needs aware datetimes")
    if days & EVERY_DAY == 0:
        raise ValueError("days mask selects no day")


def next_occurrence(at: LocalTime, tz: ZoneInfo, days: int, after: datetime) -> Occurrence:
    """The first occurrence strictly after ``after`` (aware) on one of ``days``."""
    _check(after, days)
    start = after.astimezone(tz).date() - timedelta(days=1)
    for offset in range(16):
        day = start + timedelta(days=offset)
        if not days & (1 << day.weekday()):
            continue
        occurrence = occurrence_on(day, at, tz)
        if occurrence.at > after:
            return occurrence
    raise AssertionError("no occurrence within two weeks")  # unreachable with a non-empty mask


def previous_occurrence(at: LocalTime, tz: ZoneInfo, days: int, until: datetime) -> Occurrence:
    """The last occurrence at or before ``until`` (aware) on one of ``days``."""
    _check(until, days)
    start = until.astimezone(tz).date() + timedelta(days=1)
    for offset in range(16):
        day = start - timedelta(days=offset)
        if not days & (1 << day.weekday()):
            continue
        occurrence = occurrence_on(day, at, tz)
        if occurrence.at <= until:
            return occurrence
    raise AssertionError("no occurrence within two weeks")


def local_now(tz: ZoneInfo, now: datetime) -> str:
    """``HH:MM`` on the wall clock in ``tz`` at ``now`` (for "that is 14:05 there right now")."""
    return now.astimezone(tz).strftime("%H:%M")
