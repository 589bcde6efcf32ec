"""The no-repeat tip rotation (pure)."""

from __future__ import annotations

import itertools

from bot.tips.rotation import RotationState, advance, peek


def run(state: RotationState, eligible: list[str], n: int, seed: int = 7) -> tuple[list[str], RotationState]:
    picks = []
    for _ in range(n):
        pick, state = advance(state, eligible, seed)
        assert pick is not None
        picks.append(pick)
    return picks, state


def test_rotation_no_repeat_until_every_tip_used() -> None:
    tips = [f"t{i}" for i in range(64)]
    picks, state = run(RotationState(), tips, 64)
    assert sorted(picks) == sorted(tips)  # each exactly once in the first 64 posts
    more, _ = run(state, tips, 64)
    assert sorted(more) == sorted(tips)
    assert picks != more  # a new shuffle, not the same order again


def test_rotation_no_immediate_repeat_at_cycle_boundary() -> None:
    tips = ["a", "b", "c"]
    for seed in range(200):
        picks, _ = run(RotationState(), tips, 30, seed=seed)
        assert all(x != y for x, y in itertools.pairwise(picks)), (seed, picks)
        assert sorted(picks[:3]) == tips


def test_rotation_is_deterministic_so_preview_matches_post() -> None:
    tips = [f"t{i}" for i in range(10)]
    _, state = run(RotationState(), tips, 4)
    assert peek(state, tips, 7) == advance(state, tips, 7)[0]
    assert peek(state, tips, 7) == peek(state, tips, 7)


def test_rotation_different_schedules_get_different_orders() -> None:
    tips = [f"t{i}" for i in range(20)]
    a, _ = run(RotationState(), tips, 20, seed=1)
    b, _ = run(RotationState(), tips, 20, seed=2)
    assert a != b


def test_rotation_new_tip_joins_current_cycle_and_removed_drops_out() -> None:
    tips = [f"t{i}" for i in range(6)]
    picks, state = run(RotationState(), tips, 3)
    grown = [*tips, "custom:1"]
    rest, state = run(state, grown, 4)
    assert sorted(picks + rest) == sorted(grown)  # the new tip came before any repeat
    shrunk = [t for t in grown if t != "custom:1"]
    nxt, _ = run(state, shrunk, 6)
    assert "custom:1" not in nxt and sorted(nxt) == sorted(shrunk)


def test_rotation_with_one_or_zero_tips() -> None:
    picks, _ = run(RotationState(), ["only"], 3)
    assert picks == ["only", "only", "only"]
    assert advance(RotationState(), [], 1) == (None, RotationState())


def test_rotation_order_does_not_depend_on_input_order() -> None:
    tips = [f"t{i}" for i in range(12)]
    a, _ = run(RotationState(), tips, 12)
    b, _ = run(RotationState(), list(reversed(tips)), 12)
    assert a == b
