"""No-repeat tip rotation (pure).

A schedule walks a shuffled order of every eligible tip (shipped tips of its category plus the
server's custom tips). No tip repeats until all eligible tips have been posted; then a new
cycle starts with a fresh shuffle whose first tip is never the one just posted. Tips added
mid-cycle join the current cycle; removed tips drop out.

Shuffles are seeded by (schedule, cycle), so ``advance`` is a pure function of the stored
state: a preview shows exactly the tip the next post will use.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RotationState:
    cycle: int = 0
    order: tuple[str, ...] = ()
    used: frozenset[str] = field(default_factory=frozenset)
    last: str | None = None


def _shuffled(keys: Iterable[str], seed: str) -> list[str]:
    items = sorted(keys)  # sort first: the shuffle must not depend on set iteration order
    random.Random(seed).shuffle(items)
    return items


def advance(state: RotationState, eligible: Iterable[str], seed: int | str) -> tuple[str | None, RotationState]:
    """The next tip key and the state after posting it (``None`` when nothing is eligible)."""
    pool = set(eligible)
    if not pool:
        return None, state
    order = [key for key in state.order if key in pool]
    newcomers = pool.difference(order)
    if newcomers:
        order += _shuffled(newcomers, f"{seed}:{state.cycle}:new:{len(state.order)}")
    used = state.used & pool
    remaining = [key for key in order if key not in used]
    cycle = state.cycle
    if not remaining:
        cycle += 1
        order = _shuffled(pool, f"{seed}:{cycle}")
        if len(order) > 1 and order[0] == state.last:
            # Never the same tip twice in a row across the cycle boundary.
            order[0], order[-1] = order[-1], order[0]
        used = frozenset()
        remaining = order
    pick = remaining[0]
    return pick, RotationState(cycle=cycle, order=tuple(order), used=frozenset(used | {pick}), last=pick)


def peek(state: RotationState, eligible: Iterable[str], seed: int | str) -> str | None:
    return advance(state, eligible, seed)[0]
