"""A PNG line chart of mood over time, drawn with Pillow (no display, no matplotlib)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 360
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 120, 30, 40, 50
BACKGROUND = (255, 255, 255)
GRID = (225, 229, 236)
AXIS = (120, 128, 140)
LINE = (91, 141, 239)
TEXT = (60, 64, 72)


def _font() -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=14)
    except TypeError:  # Pillow < 10.1 has no sized default font
        return ImageFont.load_default()


def render_mood_chart(
    points: Sequence[tuple[str, int]],
    start: date,
    end: date,
    mood_labels: Sequence[str],
    title: str = "Mood over time",
) -> bytes:
    """``points`` are (YYYY-MM-DD, mood 1-5); several on one day are averaged."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    font = _font()
    left, right = MARGIN_LEFT, WIDTH - MARGIN_RIGHT
    top, bottom = MARGIN_TOP, HEIGHT - MARGIN_BOTTOM
    draw.text((left, 10), title, fill=TEXT, font=font)

    def y_of(mood: float) -> float:
        return bottom - (mood - 1) / 4 * (bottom - top)

    for level in range(1, 6):
        y = y_of(level)
        draw.line([(left, y), (right, y)], fill=GRID, width=1)
        label = f"{level} {mood_labels[level - 1]}"[:16]
        draw.text((8, y - 8), label, fill=TEXT, font=font)
    draw.line([(left, top), (left, bottom), (right, bottom)], fill=AXIS, width=2)

    span = max((end - start).days, 1)

    def x_of(day: date) -> float:
        return left + (day - start).days / span * (right - left)

    draw.text((left, bottom + 12), start.isoformat(), fill=TEXT, font=font)
    end_label = end.isoformat()
    draw.text((right - draw.textlength(end_label, font=font), bottom + 12), end_label, fill=TEXT, font=font)

    by_day: dict[date, list[int]] = {}
    for raw_day, mood in points:
        day = date.fromisoformat(raw_day)
        if start <= day <= end and 1 <= mood <= 5:
            by_day.setdefault(day, []).append(mood)
    coords = [(x_of(day), y_of(sum(moods) / len(moods))) for day, moods in sorted(by_day.items())]
    if not coords:
        message = "No moods recorded in this period yet"
        width = draw.textlength(message, font=font)
        draw.text(((left + right - width) / 2, (top + bottom) / 2 - 8), message, fill=AXIS, font=font)
    if len(coords) > 1:
        draw.line(coords, fill=LINE, width=3, joint="curve")
    for x, y in coords:
        draw.ellipse([(x - 5, y - 5), (x + 5, y + 5)], fill=LINE, outline=BACKGROUND, width=2)

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
