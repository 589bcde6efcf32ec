import re

from bot.checkins.model import ScheduleChoice
from bot.recurrence import all_timezones
from cogs.checkins.views import DYNAMIC_ITEMS, ActionButton, AgreeButton, MoodButton, ReflectButton, modal_value


def _template(cls: type) -> re.Pattern[str]:
    return cls.__discord_ui_compiled_template__  # type: ignore[attr-defined, no-any-return]


def test_checkin_views_agree_button_fits_every_zone_and_round_trips() -> None:
    longest = max(all_timezones(), key=len)
    choice = ScheduleChoice.parse("weekdays", "23:59", longest, None, True)
    button = AgreeButton(choice, 2**64 - 1)
    custom_id = button.item.custom_id
    assert custom_id is not None and len(custom_id) <= 100
    match = _template(AgreeButton).fullmatch(custom_id)
    assert match is not None
    assert (match["freq"], match["hhmm"], match["weekday"], match["notify"], match["tz"]) == (
        "weekdays",
        "2359",
        "x",
        "1",
        longest,
    )


def test_checkin_views_templates_are_distinct_and_match_their_buttons() -> None:
    ids = [
        MoodButton(123, 5, "Really good").item.custom_id,
        ReflectButton(123, "said-what-i-needed", "partly").item.custom_id,
        ActionButton("snooze", 123).item.custom_id,
    ]
    for custom_id in ids:
        assert custom_id is not None and len(custom_id) <= 100
        owners = [cls for cls in DYNAMIC_ITEMS if _template(cls).fullmatch(custom_id)]
        assert len(owners) == 1, custom_id


def test_checkin_views_modal_value_reads_rows_and_labels() -> None:
    rows = {"components": [{"type": 1, "components": [{"type": 4, "custom_id": "note", "value": "a"}]}]}
    labels = {"components": [{"type": 18, "component": {"type": 4, "custom_id": "note", "value": "b"}}]}
    assert modal_value(rows) == "a" and modal_value(labels) == "b"
    assert modal_value({"components": []}) is None
