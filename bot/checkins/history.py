"""The /checkin history summary: averages, a gentle trend and tallies, never guilt.

Wording rule: describe what the member did, never what they didn't. No streaks, no
"missed", "failed" or "broke" (a unit test checks the output against such a word list).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.checkins.model import ANSWERS, HistoryEntry

TREND_MIN_POINTS = 3
# Mood points per week that count as a change rather than noise.
TREND_THRESHOLD_PER_WEEK = 0.25


@dataclass(frozen=True, slots=True)
class Trend:
    direction: str  # "up" | "down" | "steady" | "unknown"
    per_week: float


@dataclass(frozen=True, slots=True)
class HistorySummary:
    days: int
    days_checked_in: int
    moods: list[tuple[str, int]]  # (local date, mood) oldest first, one per check-in
    average_mood: float | None
    trend: Trend
    tallies: dict[str, dict[str, int]] = field(default_factory=dict)  # prompt id -> answer -> count


def mood_trend(points: Sequence[tuple[float, int]]) -> Trend:
    """Least-squares slope of mood over time; ``points`` are (unix seconds, mood)."""
    if len(points) < TREND_MIN_POINTS:
        return Trend("unknown", 0.0)
    xs = [p[0] / 86400 for p in points]
    ys = [float(p[1]) for p in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    var_x = sum((x - mean_x) ** 2 for x in xs)
    if var_x == 0:
        return Trend("steady", 0.0)
    slope_per_day = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / var_x
    per_week = slope_per_day * 7
    if per_week > TREND_THRESHOLD_PER_WEEK:
        return Trend("up", per_week)
    if per_week < -TREND_THRESHOLD_PER_WEEK:
        return Trend("down", per_week)
    return Trend("steady", per_week)


def summarise(entries: Sequence[HistoryEntry], days: int) -> HistorySummary:
    """Summarise the entries (already limited to the window), oldest first."""
    ordered = sorted(entries, key=lambda e: e.created_at)
    answered = [e for e in ordered if e.mood is not None or e.answers]
    moods = [(e.local_date, e.mood) for e in ordered if e.mood is not None]
    tallies: dict[str, Counter[str]] = {}
    for entry in ordered:
        for prompt_id, answer in entry.answers.items():
            tallies.setdefault(prompt_id, Counter())[answer] += 1
    average = sum(m for _, m in moods) / len(moods) if moods else None
    trend = mood_trend([(e.created_at, e.mood) for e in ordered if e.mood is not None])
    return HistorySummary(
        days=days,
        days_checked_in=len({e.local_date for e in answered}),
        moods=moods,
        average_mood=average,
        trend=trend,
        tallies={pid: {a: counts.get(a, 0) for a in ANSWERS} for pid, counts in tallies.items()},
    )


TREND_TEXT = {
    "up": "Your mood has been gently rising over this time.",
    "down": (
        "Your mood has been a little lower lately. Be kind to yourself; `/resources` is there "
        "if you want someone to talk to."
    ),
    "steady": "Your mood has been fairly steady over this time.",
    "unknown": "After a few more check-ins you'll see how your mood is moving here.",
}


def summary_lines(summary: HistorySummary, mood_labels: Sequence[str]) -> list[str]:
    """Plain sentences for the history embed."""
    if summary.days_checked_in == 0:
        return [
            f"No check-in answers in the last {summary.days} days yet. Whenever you're ready, "
            "`/checkin now` starts one; there's no catching up to do."
        ]
    plural = "day" if summary.days_checked_in == 1 else "days"
    lines = [f"You checked in on **{summary.days_checked_in} {plural}** in the last {summary.days} days."]
    if summary.average_mood is not None:
        nearest = mood_labels[max(0, min(4, round(summary.average_mood) - 1))]
        lines.append(f'Average mood: **{summary.average_mood:.1f} / 5** (around "{nearest}").')
    lines.append(TREND_TEXT[summary.trend.direction])
    return lines


def tally_line(counts: dict[str, int]) -> str:
    return f"yes {counts.get('yes', 0)} · partly {counts.get('partly', 0)} · not today {counts.get('no', 0)}"
