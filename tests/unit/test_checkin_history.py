import re
from datetime import UTC, datetime, timedelta

from bot.checkins.history import mood_trend, summarise, summary_lines, tally_line
from bot.checkins.model import HistoryEntry

LABELS = ("Really rough", "Low", "Okay", "Good", "Really good")
GUILT_WORDS = ("streak", "failed", "fail", "missed", "miss", "broke", "broken", "behind", "should have", "only")
START = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def entry(day: int, mood: int | None, answers: dict[str, str] | None = None) -> HistoryEntry:
    when = START + timedelta(days=day)
    return HistoryEntry(when.date().isoformat(), int(when.timestamp()), mood, answers or {})


def test_checkin_history_average_days_and_tallies() -> None:
    entries = [
        entry(0, 2, {"own-needs": "no", "rest": "yes"}),
        entry(1, 4, {"own-needs": "partly"}),
        entry(1, None),  # sent but unanswered: not a day checked in, not a mood
        entry(3, 3, {"own-needs": "yes"}),
        entry(5, None, {"rest": "yes"}),  # reflection only still counts as checking in
    ]
    summary = summarise(entries, days=30)
    assert summary.days_checked_in == 4
    assert summary.average_mood == 3.0
    assert summary.moods == [("2026-03-01", 2), ("2026-03-02", 4), ("2026-03-04", 3)]
    assert summary.tallies["own-needs"] == {"yes": 1, "partly": 1, "no": 1}
    assert summary.tallies["rest"] == {"yes": 2, "partly": 0, "no": 0}
    assert tally_line(summary.tallies["rest"]) == "yes 2 · partly 0 · not today 0"


def test_checkin_history_trend_direction() -> None:
    def points(moods: list[int]) -> list[tuple[float, int]]:
        return [(START.timestamp() + i * 86400, m) for i, m in enumerate(moods)]

    assert mood_trend(points([1, 2, 2, 3, 4, 5])).direction == "up"
    assert mood_trend(points([5, 4, 4, 3, 2])).direction == "down"
    assert mood_trend(points([3, 3, 4, 3, 3, 3])).direction == "steady"
    assert mood_trend(points([2, 5])).direction == "unknown"  # too few to say
    up = mood_trend(points([1, 2, 3]))
    assert abs(up.per_week - 7.0) < 1e-9  # one point a day is seven a week


def test_checkin_history_text_never_uses_guilt_language() -> None:
    cases = [
        [],
        [entry(0, 1)],
        [entry(i * 6, m) for i, m in enumerate([5, 4, 3, 2, 1])],
        [entry(i, m) for i, m in enumerate([1, 2, 3, 4, 5])],
        [entry(i, 3) for i in range(20)],
    ]
    for entries in cases:
        text = " ".join(summary_lines(summarise(entries, days=30), LABELS)).lower()
        for word in GUILT_WORDS:
            assert not re.search(rf"\b{word}\b", text), f"{word!r} in {text!r}"


def test_checkin_history_lines_describe_what_happened() -> None:
    lines = summary_lines(summarise([entry(0, 4), entry(2, 5), entry(4, 4)], days=14), LABELS)
    assert lines[0] == "You checked in on **3 days** in the last 14 days."
    assert "4.3 / 5" in lines[1] and "Good" in lines[1]
    empty = summary_lines(summarise([], days=7), LABELS)
    assert "no catching up" in empty[0]
