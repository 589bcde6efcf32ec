from datetime import date

from bot.checkins.flow import choose_prompts, closes_quietly, next_step
from bot.checkins.model import Checkin, Status

IDS = ["a", "b", "c", "d", "e"]


def make(**changes: object) -> Checkin:
    base = {
        "id": 1,
        "user_id": 9,
        "run_key": "run:1",
        "local_date": "2026-03-02",
        "prompt_ids": ("a", "b"),
        "status": Status.OPEN,
        "mood": None,
        "answers": {},
    }
    base.update(changes)
    return Checkin(**base)  # type: ignore[arg-type]


def test_checkin_flow_starts_with_mood() -> None:
    assert next_step(make()).kind == "mood"


def test_checkin_flow_walks_prompts_in_order_then_finishes() -> None:
    step = next_step(make(mood=3))
    assert (step.kind, step.prompt_id, step.index, step.total) == ("reflection", "a", 1, 2)
    step = next_step(make(mood=3, answers={"a": "yes"}))
    assert (step.kind, step.prompt_id, step.index) == ("reflection", "b", 2)
    assert next_step(make(mood=3, answers={"a": "yes", "b": "no"})).kind == "finish"


def test_checkin_flow_snoozed_is_still_answerable_and_finished_is_closed() -> None:
    assert next_step(make(status=Status.SNOOZED)).kind == "mood"
    for status in (Status.DONE, Status.SKIPPED, Status.CLOSED):
        assert next_step(make(status=status, mood=4)).kind == "closed"
    assert closes_quietly(Status.OPEN) and closes_quietly(Status.SNOOZED)
    assert not closes_quietly(Status.DONE)


def test_checkin_flow_prompts_rotate_through_the_whole_set() -> None:
    seen: set[str] = set()
    for offset in range(len(IDS)):
        chosen = choose_prompts(IDS, date(2026, 3, 2 + offset), user_id=7)
        assert len(chosen) == 2 and len(set(chosen)) == 2
        seen.update(chosen)
    assert seen == set(IDS)


def test_checkin_flow_prompts_are_stable_for_a_day_and_handle_small_sets() -> None:
    day = date(2026, 3, 2)
    assert choose_prompts(IDS, day, 7) == choose_prompts(IDS, day, 7)
    assert choose_prompts(["only"], day, 7) == ("only",)
    assert choose_prompts([], day, 7) == ()
