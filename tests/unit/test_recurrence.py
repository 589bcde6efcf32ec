"""Pure tests of local-time recurrence over DST changes, time parsing and zone search."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.recurrence import (
    EVERY_DAY,
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    WEDNESDAY,
    WEEKDAYS,
    WEEKENDS,
    InvalidTimeError,
    LocalTime,
    describe_days,
    local_now,
    next_occurrence,
    occurrence_on,
    parse_days,
    parse_time,
    previous_occurrence,
    resolve_timezone,
    search_timezones,
)

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
KATHMANDU = ZoneInfo("Asia/Kathmandu")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def series(at: LocalTime, tz: ZoneInfo, start: datetime, n: int, days: int = EVERY_DAY) -> list[datetime]:
    out, cursor = [], start
    for _ in range(n):
        occ = next_occurrence(at, tz, days, cursor)
        out.append(occ.at)
        cursor = occ.at
    return out


# --- DST: America/New_York -----------------------------------------------------------------


def test_recurrence_new_york_keeps_local_time_across_spring_forward() -> None:
    runs = series(LocalTime(9, 0), NY, utc(2026, 3, 6, 0, 0), 4)
    local = [r.astimezone(NY) for r in runs]
    assert [(d.day, d.hour, d.minute) for d in local] == [(6, 9, 0), (7, 9, 0), (8, 9, 0), (9, 9, 0)]
    # The UTC instant moves by an hour on 8 March 2026 (EST -5 -> EDT -4).
    assert [r.hour for r in runs] == [14, 14, 13, 13]


def test_recurrence_new_york_missing_time_runs_at_next_valid_minute() -> None:
    occ = occurrence_on(date(2026, 3, 8), LocalTime(2, 30), NY)
    assert occ.at == utc(2026, 3, 8, 7, 0)  # 03:00 EDT, the first minute after the gap
    assert occ.at.astimezone(NY).strftime("%H:%M") == "03:00"
    assert occ.key == "2026-03-08"
    # The day before and after it is 02:30 again.
    runs = series(LocalTime(2, 30), NY, utc(2026, 3, 7, 0, 0), 3)
    assert [r.astimezone(NY).strftime("%d %H:%M") for r in runs] == ["07 02:30", "08 03:00", "09 02:30"]


def test_recurrence_new_york_ambiguous_fall_back_time_runs_once() -> None:
    runs = series(LocalTime(1, 30), NY, utc(2026, 10, 31, 0, 0), 3)
    local = [r.astimezone(NY) for r in runs]
    assert [d.strftime("%d %H:%M") for d in local] == ["31 01:30", "01 01:30", "02 01:30"]
    # On 1 Nov 01:30 happens twice; only the first (EDT, 05:30 UTC) is used.
    assert runs[1] == utc(2026, 11, 1, 5, 30)
    assert len({next_occurrence(LocalTime(1, 30), NY, EVERY_DAY, r).key for r in runs}) == 3


def test_recurrence_new_york_next_after_first_fold_skips_the_repeat() -> None:
    first = utc(2026, 11, 1, 5, 30)
    nxt = next_occurrence(LocalTime(1, 30), NY, EVERY_DAY, first)
    assert nxt.key == "2026-11-02"  # not the second 01:30 (06:30 UTC) on the same day


# --- Europe/London ---------------------------------------------------------------------------


def test_recurrence_london_across_both_transitions() -> None:
    spring = series(LocalTime(1, 30), LONDON, utc(2026, 3, 28, 0, 0), 3)
    assert [r.astimezone(LONDON).strftime("%d %H:%M") for r in spring] == ["28 01:30", "29 02:00", "30 01:30"]
    autumn = series(LocalTime(1, 30), LONDON, utc(2026, 10, 24, 12, 0), 3)
    assert autumn[0] == utc(2026, 10, 25, 0, 30)  # the BST 01:30, the first of the two
    assert [r.astimezone(LONDON).strftime("%d %H:%M") for r in autumn] == ["25 01:30", "26 01:30", "27 01:30"]


# --- Australia/Lord_Howe: a 30-minute DST shift -------------------------------------------------


def test_recurrence_lord_howe_half_hour_gap() -> None:
    # DST starts 4 Oct 2026 at 02:00 -> 02:30 (+10:30 -> +11).
    occ = occurrence_on(date(2026, 10, 4), LocalTime(2, 15), LORD_HOWE)
    assert occ.at.astimezone(LORD_HOWE).strftime("%H:%M") == "02:30"
    assert occ.at.astimezone(LORD_HOWE).utcoffset() == timedelta(hours=11)
    runs = series(LocalTime(2, 15), LORD_HOWE, utc(2026, 10, 2, 0, 0), 3)
    assert [r.astimezone(LORD_HOWE).strftime("%d %H:%M") for r in runs] == ["03 02:15", "04 02:30", "05 02:15"]


def test_recurrence_lord_howe_half_hour_overlap_runs_once() -> None:
    # DST ends 5 Apr 2026 at 02:00 -> 01:30: 01:45 happens twice, 30 minutes apart.
    runs = series(LocalTime(1, 45), LORD_HOWE, utc(2026, 4, 3, 0, 0), 3)
    keys = [next_occurrence(LocalTime(1, 45), LORD_HOWE, EVERY_DAY, r - timedelta(seconds=1)).key for r in runs]
    assert keys == ["2026-04-04", "2026-04-05", "2026-04-06"]
    assert runs[1].astimezone(LORD_HOWE).utcoffset() == timedelta(hours=11)  # the first 01:45
    assert runs[2] - runs[1] == timedelta(hours=24, minutes=30)


# --- Asia/Kathmandu: +05:45, no DST --------------------------------------------------------------


def test_recurrence_kathmandu_quarter_hour_offset() -> None:
    runs = series(LocalTime(9, 0), KATHMANDU, utc(2026, 3, 1, 0, 0), 3)
    assert runs[0] == utc(2026, 3, 1, 3, 15)
    assert all(b - a == timedelta(days=1) for a, b in itertools.pairwise(runs))


# --- days, boundaries -----------------------------------------------------------------------


def test_recurrence_respects_days_mask() -> None:
    monday_noon = utc(2026, 3, 2, 12, 0)
    runs = series(LocalTime(9, 0), ZoneInfo("UTC"), monday_noon, 4, MONDAY | WEDNESDAY | FRIDAY)
    assert [r.strftime("%a %d") for r in runs] == ["Wed 04", "Fri 06", "Mon 09", "Wed 11"]
    weekend = series(LocalTime(9, 0), ZoneInfo("UTC"), monday_noon, 3, WEEKENDS)
    assert [r.strftime("%a") for r in weekend] == ["Sat", "Sun", "Sat"]


def test_recurrence_is_strictly_after() -> None:
    exact = utc(2026, 3, 2, 9, 0)
    assert next_occurrence(LocalTime(9, 0), ZoneInfo("UTC"), EVERY_DAY, exact).at == utc(2026, 3, 3, 9, 0)
    assert next_occurrence(LocalTime(9, 0), ZoneInfo("UTC"), EVERY_DAY, exact - timedelta(seconds=1)).at == exact


def test_recurrence_days_follow_local_date_not_utc_date() -> None:
    # 23:30 Monday in New York is already Tuesday in UTC; a Monday-only schedule uses local Monday.
    occ = next_occurrence(LocalTime(23, 30), NY, MONDAY, utc(2026, 3, 2, 12, 0))
    assert occ.key == "2026-03-02"
    assert occ.at == utc(2026, 3, 3, 4, 30)


def test_recurrence_previous_occurrence() -> None:
    prev = previous_occurrence(LocalTime(9, 0), NY, EVERY_DAY, utc(2026, 3, 2, 15, 0))
    assert prev.at == utc(2026, 3, 2, 14, 0)
    prev = previous_occurrence(LocalTime(9, 0), NY, EVERY_DAY, utc(2026, 3, 2, 13, 59))
    assert prev.key == "2026-03-01"


def test_recurrence_rejects_empty_mask_and_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="no day"):
        next_occurrence(LocalTime(9, 0), NY, 0, utc(2026, 3, 2))
    with pytest.raises(ValueError, match="aware"):
        next_occurrence(LocalTime(9, 0), NY, EVERY_DAY, datetime(2026, 3, 2))


# --- parsing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:00", "09:00"),
        ("9:00", "09:00"),
        ("21:30", "21:30"),
        ("00:00", "00:00"),
        ("9am", "09:00"),
        ("9 AM", "09:00"),
        ("9:30 pm", "21:30"),
        ("9:30pm", "21:30"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
        ("12:15 a.m.", "00:15"),
        ("7.45", "07:45"),
        ("noon", "12:00"),
        ("  18:05  ", "18:05"),
    ],
)
def test_parse_time_accepts_common_forms(text: str, expected: str) -> None:
    assert str(parse_time(text)) == expected


@pytest.mark.parametrize("text", ["", "9", "25:00", "9:60", "13pm", "0am", "nine", "9:3", "9:30:00", "tomorrow"])
def test_parse_time_rejects_with_examples(text: str) -> None:
    with pytest.raises(InvalidTimeError) as info:
        parse_time(text)
    assert "9am" in info.value.message and "9:30 pm" in info.value.message


@pytest.mark.parametrize(
    ("text", "mask"),
    [
        (None, EVERY_DAY),
        ("daily", EVERY_DAY),
        ("weekdays", WEEKDAYS),
        ("weekends", WEEKENDS),
        ("mon,wed,fri", MONDAY | WEDNESDAY | FRIDAY),
        ("Mon Wed Fri", MONDAY | WEDNESDAY | FRIDAY),
        ("mon-fri", WEEKDAYS),
        ("fri-mon", FRIDAY | SATURDAY | SUNDAY | MONDAY),
        ("saturdays and sundays", WEEKENDS),
    ],
)
def test_parse_days_accepts_names_and_ranges(text: str | None, mask: int) -> None:
    assert parse_days(text) == mask


@pytest.mark.parametrize("text", ["someday", "mon-xyz", "funday"])
def test_parse_days_rejects_unknown(text: str) -> None:
    with pytest.raises(InvalidTimeError, match="weekdays"):
        parse_days(text)


def test_describe_days() -> None:
    assert describe_days(EVERY_DAY) == "every day"
    assert describe_days(WEEKDAYS) == "weekdays"
    assert describe_days(MONDAY | FRIDAY) == "Mon, Fri"


# --- time zones ------------------------------------------------------------------------------


def test_timezone_search_finds_cities_by_prefix() -> None:
    assert search_timezones("berl")[0] == "Europe/Berlin"
    assert search_timezones("new york")[0] == "America/New_York"
    assert search_timezones("KATH")[0] == "Asia/Kathmandu"
    assert "Australia/Lord_Howe" in search_timezones("lord")
    assert len(search_timezones("a")) == 25
    assert search_timezones("zzzz") == []


def test_timezone_resolve_is_case_insensitive_and_explains_errors() -> None:
    assert resolve_timezone("europe/berlin").key == "Europe/Berlin"
    assert resolve_timezone("America/New York").key == "America/New_York"
    with pytest.raises(InvalidTimeError) as info:
        resolve_timezone("Berlin")
    assert "Europe/Berlin" in info.value.message
    with pytest.raises(InvalidTimeError, match="isn't a time zone"):
        resolve_timezone("Mars/Olympus")


def test_local_now_shows_wall_clock() -> None:
    assert local_now(KATHMANDU, utc(2026, 3, 2, 12, 0)) == "17:45"
    assert local_now(NY, utc(2026, 3, 2, 12, 0)) == "07:00"
