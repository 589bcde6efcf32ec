import io
from datetime import date

from PIL import Image

from bot.checkins.chart import HEIGHT, LINE, WIDTH, render_mood_chart

LABELS = ("Really rough", "Low", "Okay", "Good", "Really good")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _line_pixels(png: bytes) -> int:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(count for count, colour in image.getcolors(maxcolors=WIDTH * HEIGHT) or [] if colour == LINE)


def test_checkin_chart_is_a_valid_png_with_the_mood_line() -> None:
    png = render_mood_chart(
        [("2026-03-01", 2), ("2026-03-10", 4), ("2026-03-20", 5)], date(2026, 3, 1), date(2026, 3, 30), LABELS
    )
    assert png.startswith(PNG_MAGIC)
    image = Image.open(io.BytesIO(png))
    image.verify()
    assert Image.open(io.BytesIO(png)).size == (WIDTH, HEIGHT)
    assert _line_pixels(png) > 200


def test_checkin_chart_empty_period_still_renders_without_a_line() -> None:
    png = render_mood_chart([], date(2026, 3, 1), date(2026, 3, 30), LABELS)
    assert png.startswith(PNG_MAGIC)
    assert _line_pixels(png) == 0


def test_checkin_chart_higher_mood_is_drawn_higher() -> None:
    def top_of_line(mood: int) -> int:
        png = render_mood_chart([("2026-03-05", mood)], date(2026, 3, 1), date(2026, 3, 10), LABELS)
        image = Image.open(io.BytesIO(png)).convert("RGB")
        ys = [y for y in range(HEIGHT) for x in range(WIDTH) if image.getpixel((x, y)) == LINE]
        return min(ys)

    assert top_of_line(5) < top_of_line(3) < top_of_line(1)
