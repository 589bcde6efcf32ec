"""End-to-end with real bot processes (real clock): kill -9 between the send and recording it,
and two processes sharing one database. Each (schedule, date) is posted exactly once."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import World
from tests.fakediscord import FakeChannel, FakeDiscord, FakeMessage

ENV = {"TANDEM_SCHEDULER_INTERVAL": "0.2"}
TICK_RE = re.compile(r"Scheduler tick at (\d+)")


def tip_posts(fake: FakeDiscord, channel: FakeChannel) -> list[FakeMessage]:
    return [m for m in fake.channel_messages(channel) if m.embeds and m.embeds[0].get("title", "").startswith("Tip")]


def post_requests(fake: FakeDiscord, channel: FakeChannel) -> list[Any]:
    return [q for q in fake.requests if q.method == "POST" and q.path == f"/channels/{channel.id}/messages"]


def sql(db: Path, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db, timeout=5) as conn:
        return list(conn.execute(query, params).fetchall())


def make_due(db: Path, seconds_ahead: float) -> int:
    """Move every tip schedule's pending run to a few seconds from now (keeping its key)."""
    due = int(time.time() + seconds_ahead)
    sql(db, "UPDATE schedules SET next_run_at = ? WHERE kind = 'tip'", (due,))
    return due


def runs(db: Path) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in sql(db, "SELECT run_key, status FROM schedule_runs ORDER BY id")]


async def create_schedule(fake: FakeDiscord, world: World, channel: FakeChannel) -> None:
    r = await fake.slash(world.mia, "tips schedule", guild=world.guild, channel=channel,
                         options={"channel": channel, "time": "09:00", "timezone": "UTC"})
    assert r.message is not None and "created" in r.message.embeds[0]["title"]


def kill_on_post(fake: FakeDiscord, channel: FakeChannel, proc: Any, *, before_store: bool = False) -> dict[str, bool]:
    """Wrap the fake's create-message route: once the tip is stored (or, with ``before_store``,
    before it is), SIGKILL the bot before it can read the response, so the run is left 'claimed'."""
    state = {"killed": False}
    index = next(
        (i for i, (method, template, _, _) in enumerate(fake._routes)
         if method == "POST" and template == "/channels/{channel_id}/messages"),
        None,
    )
    if index is None:
        raise AssertionError("the fake has no create-message route")
    method, template, pattern, original = fake._routes[index]

    async def killing(request: Any, rec: Any, channel_id: str) -> Any:
        if before_store and channel_id == str(channel.id) and not state["killed"]:
            proc.kill()
            await proc.wait()
            state["killed"] = True
            return None  # the connection is gone; nothing was stored
        result = await original(request, rec, channel_id=channel_id)
        if channel_id == str(channel.id) and not state["killed"]:
            proc.kill()
            await proc.wait()
            state["killed"] = True
        return result

    fake._routes[index] = (method, template, pattern, killing)
    return state


async def test_tips_kill_9_between_send_and_record_posts_once(
    fake: FakeDiscord, world: World, run_bot_process: Any, tmp_path: Path
) -> None:
    db = tmp_path / "tandem.db"
    first = run_bot_process(ENV)
    await first.wait_ready()
    await create_schedule(fake, world, world.general)
    state = kill_on_post(fake, world.general, first)
    make_due(db, 1.5)
    await fake.wait_until(lambda: state["killed"], 15, "the tip post and the kill")
    assert len(tip_posts(fake, world.general)) == 1
    [(key, status)] = runs(db)
    assert status == "claimed"  # killed after Discord stored the post, before it was recorded

    second = run_bot_process(ENV)
    await second.wait_ready()
    await second.wait_for_log("Re-dispatching tip run")
    await fake.wait_until(lambda: runs(db) == [(key, "sent")], 10, "the re-dispatched run to be recorded")
    requests = post_requests(fake, world.general)
    assert len(requests) == 2  # the new process did send again...
    assert requests[0].json["nonce"] == requests[1].json["nonce"]  # ...with the run's nonce
    assert len(tip_posts(fake, world.general)) == 1  # so Discord kept exactly one post
    second.terminate()
    assert await second.wait() == 0


@pytest.mark.slow  # two more bot start-ups (~4 s each here); run with `pytest -m slow`
async def test_tips_two_processes_one_database_post_once(
    fake: FakeDiscord, world: World, run_bot_process: Any, tmp_path: Path
) -> None:
    db = tmp_path / "tandem.db"
    channels = [world.general, *(fake.add_channel(world.guild, f"room-{i}") for i in range(4))]
    env = {**ENV, "LOG_LEVEL": "DEBUG"}
    first = run_bot_process(env)
    await first.wait_ready()
    for channel in channels:
        await create_schedule(fake, world, channel)
    second = run_bot_process(env)
    await second.wait_ready()
    due = make_due(db, 1.5)

    def ticked_after_due(proc: Any) -> bool:
        return any(int(m.group(1)) >= due + 1 for line in proc.stderr_lines if (m := TICK_RE.search(line)))

    await fake.wait_until(
        lambda: ticked_after_due(first) and ticked_after_due(second), 15, "both processes to tick after the due time"
    )
    for channel in channels:
        assert len(tip_posts(fake, channel)) == 1, channel.name
        assert len(post_requests(fake, channel)) == 1, channel.name  # not even a deduplicated second try
    assert sorted(status for _, status in runs(db)) == ["sent"] * len(channels)
    owners = {r[0].rsplit(":", 1)[0] for r in sql(db, "SELECT owner FROM schedule_runs")}
    print(f"\nruns claimed by {len(owners)} process(es): {sorted(owners)}")
    for proc in (first, second):
        proc.terminate()
        assert await proc.wait() == 0


@pytest.mark.slow  # two bot start-ups; run with `pytest -m slow`
async def test_tips_kill_9_then_restart_outside_grace_skips_and_logs(
    fake: FakeDiscord, world: World, run_bot_process: Any, tmp_path: Path
) -> None:
    db = tmp_path / "tandem.db"
    first = run_bot_process(ENV)
    await first.wait_ready()
    await create_schedule(fake, world, world.general)
    state = kill_on_post(fake, world.general, first, before_store=True)
    make_due(db, 1.5)
    await fake.wait_until(lambda: state["killed"], 15, "the kill as the tip was being sent")
    [(key, status)] = runs(db)
    assert status == "claimed" and tip_posts(fake, world.general) == []

    # Back up with a grace window (0.36 s) shorter than the time the restart took.
    second = run_bot_process({**ENV, "TANDEM_TIP_GRACE_HOURS": "0.0001"})
    await second.wait_ready()
    line = await second.wait_for_log("Skipped abandoned tip run")
    assert key in line
    assert runs(db) == [(key, "skipped")]
    assert tip_posts(fake, world.general) == []
    next_key = sql(db, "SELECT next_key FROM schedules")[0][0]
    assert next_key > key  # the schedule carries on tomorrow
    second.terminate()
    assert await second.wait() == 0
