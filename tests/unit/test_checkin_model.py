from datetime import UTC, datetime

import pytest

from bot.checkins.model import ALL_DAYS, WEEKDAYS, Frequency, MemberSettings, ScheduleChoice, days_mask
from bot.checkins.service import parse_pause_until
from bot.errors import UserFacingError

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday


def test_checkin_model_days_mask_per_frequency() -> None:
    assert days_mask(Frequency.DAILY, None) == ALL_DAYS == 127
    assert days_mask(Frequency.WEEKDAYS, None) == WEEKDAYS == 31
    assert days_mask(Frequency.WEEKLY, 2) == 4  # Wednesday
    with pytest.raises(UserFacingError):
        days_mask(Frequency.WEEKLY, None)


def test_checkin_model_choice_parses_and_normalises() -> None:
    choice = ScheduleChoice.parse("weekly", "8:05 pm", "europe/berlin", 6, True)
    assert (choice.local_time, choice.tz, choice.weekday, choice.notify_moderators) == (
        "20:05",
        "Europe/Berlin",
        6,
        True,
    )
    assert choice.describe() == "every Sunday at 20:05 (Europe/Berlin)"
    # A weekday given with a daily frequency is ignored rather than stored.
    assert ScheduleChoice.parse("daily", "07:00", "UTC", 3).weekday is None


@pytest.mark.parametrize(
    ("frequency", "time", "tz"),
    [
        ("hourly", "07:00", "UTC"),
        ("daily", "25:00", "UTC"),
        ("daily", "07:00", "Mars/Olympus"),
        ("weekly", "07:00", "UTC"),
    ],
)
def test_checkin_model_choice_rejects_bad_input_kindly(frequency: str, time: str, tz: str) -> None:
    with pytest.raises(UserFacingError):
        ScheduleChoice.parse(frequency, time, tz)


def test_checkin_model_pause_until_local_date_and_days() -> None:
    at = parse_pause_until("2026-03-05", "America/New_York", NOW)
    assert at == datetime(2026, 3, 5, 5, 0, tzinfo=UTC)  # midnight in New York (EST)
    assert parse_pause_until("7", "UTC", NOW) == datetime(2026, 3, 9, tzinfo=UTC)
    assert parse_pause_until("2w", "UTC", NOW) == datetime(2026, 3, 16, tzinfo=UTC)
    for bad in ("yesterday", "2026-03-02", "2028-01-01"):
        with pytest.raises(UserFacingError):
            parse_pause_until(bad, "UTC", NOW)


def test_checkin_model_paused_until_passes_by_itself() -> None:
    choice = ScheduleChoice.parse("daily", "09:00", "UTC")
    member = MemberSettings(1, None, 1, choice, paused=True, paused_until=int(NOW.timestamp()) + 60)
    assert member.is_paused(NOW) and not member.can_send(NOW)
    later = datetime.fromtimestamp(NOW.timestamp() + 61, UTC)
    assert not member.is_paused(later) and member.can_send(later)
    forever = MemberSettings(1, None, 1, choice, paused=True)
    assert forever.is_paused(datetime(2030, 1, 1, tzinfo=UTC))
    closed = MemberSettings(1, None, 1, choice, unreachable_at=1)
    assert not closed.can_send(NOW)
