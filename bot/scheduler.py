"""The one scheduler for the whole bot: local-time recurring jobs, claimed in SQLite before
they are sent, so each (schedule, occurrence) runs exactly once across restarts, ``kill -9``
and two bot processes sharing one database file.

How a feature uses it (tips, check-ins, ...)
=============================================

1. Register a handler for your kind in ``cog_load`` (remove it in ``cog_unload``)::

       bot.scheduler.register("checkin", self.on_due)      # async (DueRun) -> Outcome | None
       bot.scheduler.unregister("checkin")

2. Create schedules through the scheduler (it computes ``next_run_at`` and wakes its loop)::

       s = await bot.scheduler.create(kind="checkin", user_id=member_id, tz="Europe/Berlin",
                                      local_time=LocalTime(20, 0), days=EVERY_DAY)
       s = await bot.scheduler.upsert_member("checkin", member_id, tz=..., local_time=..., days=...)
       await bot.scheduler.update(s.id, tz=..., local_time=..., days=..., channel_id=...)
       await bot.scheduler.pause(s.id, reason="member asked")   # next_run_at -> NULL
       await bot.scheduler.resume(s.id)                          # next occurrence after now
       await bot.scheduler.delete(s.id)                          # runs cascade
       await bot.scheduler.set_one_off(s.id, at=now + 1h, key="snooze:2026-03-02")  # snooze
       bot.scheduler.next_runs(s, count=3)                      # upcoming Occurrences (pure)
       await bot.scheduler.get(id) / find(kind, user_id=..) / find(kind, guild_id=.., channel_id=..)
       await bot.scheduler.delete_for_user(member_id)           # privacy erasure of member schedules

   Feature settings live in your own table keyed by ``schedules.id`` (``REFERENCES schedules(id)
   ON DELETE CASCADE``). To create both in one transaction use the repository with a
   transaction: ``async with db.transaction() as tx: s = await scheduler.repo.insert(tx, ...)``
   and call ``scheduler.wake()`` afterwards. ``days`` is a bitmask (Mon=1 .. Sun=64, see
   ``bot.recurrence``); ``days=0`` means "one-off runs only" (``set_one_off``).

3. Your handler receives a ``DueRun`` (schedule_id, run_id, run_key, kind, guild_id,
   channel_id, user_id, due_at) and returns an ``Outcome`` (``None`` means sent):

       Outcome.sent()                        # done
       Outcome.skipped("feature disabled")   # nothing to send; recorded, logged at INFO
       Outcome.failed("dm closed")           # recorded; the schedule carries on
       Outcome.failed("channel deleted", pause=True)   # also pauses the schedule (no retry loop)

   Wrap each Discord request in ``async with bot.scheduler.pacer:`` (the bot-wide token
   bucket, ``bot.pacer``) and send with ``nonce=run.nonce``: discord.py then sets
   ``enforce_nonce`` and Discord drops a duplicate, so a crash between sending and recording
   "sent" cannot post twice when another process re-dispatches the run.
   An exception in a handler is logged and recorded as ``failed``; the loop carries on.

Semantics
=========
- A tick, in ONE ``BEGIN IMMEDIATE`` transaction, selects due rows through the partial index
  ``schedules_due`` (``next_run_at <= now ORDER BY next_run_at LIMIT batch``), inserts the run
  ``(schedule_id, next_key)`` as ``claimed`` (``UNIQUE`` makes that exclusive) and advances
  ``next_run_at``/``next_key`` to the first occurrence after both the claimed run and now, so a
  long downtime produces at most one run, never a burst. Handlers run after the commit.
- A run more than ``grace`` late is recorded as ``skipped`` and logged instead of sent; if a
  later occurrence that is still within grace was also missed (downtime of days), that one
  is sent instead.
- Crash recovery (at start and on every tick): runs left ``claimed`` by an owner that is gone
  (a dead pid on this host, a released claim after a clean stop, or a lease older than
  ``lease``) are taken over and dispatched once more if still within grace (same run id, so
  the same nonce), otherwise recorded as ``skipped``. A run is dispatched at most twice.
- The occurrence key is the local date, so moving a schedule to a later time on a day whose
  run already happened does not run it twice that day; it next runs on the following day.
- ``next_runs(s, count)`` starts with the pending run; ``next_runs(s, count, after=t)`` lists the
  regular occurrences after ``t`` (e.g. the end of a member's dated pause).
- A handler gets ``HANDLER_TIMEOUT`` (120 s) before its run is recorded as failed. Up to
  ``DISPATCH_CONCURRENCY`` (64) runs are in flight at once, and the next batch is claimed while
  the last runs of the current one are still being sent; ``tick()`` returns when all are done.
- The pacer's defaults are 46 requests/s with a burst of 2 (48 in any one second, under
  Discord's 50) and at most 8 requests in flight.
- The loop sleeps ``clock.sleep(min(interval, time to the next due run))``; ``wake()`` (called
  by every mutation above) cuts the sleep short. Tests call ``await scheduler.tick()`` after
  ``await clock.advance(...)``; ``tick()`` and the loop never run concurrently.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import Clock
from bot.db import Database
from bot.pacer import Pacer
from bot.recurrence import EVERY_DAY, LocalTime, Occurrence, next_occurrence, previous_occurrence

log = logging.getLogger(__name__)

DEFAULT_BATCH = 500
DEFAULT_LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 2
RUN_RETENTION = timedelta(days=30)
PRUNE_EVERY = timedelta(hours=1)
DISPATCH_CONCURRENCY = 64
# A handler that hangs (a stuck connection) must not stall every other schedule. Runs wait in
# the pacer at most DISPATCH_CONCURRENCY / rate seconds, so this is generous.
HANDLER_TIMEOUT = 120.0


class Executor(Protocol):
    """``Database`` or a ``Transaction`` from ``db.transaction()``."""

    async def execute(self, sql: str, params: Any = ()) -> int: ...
    async def fetchone(self, sql: str, params: Any = ()) -> sqlite3.Row | None: ...
    async def fetchall(self, sql: str, params: Any = ()) -> list[sqlite3.Row]: ...
    async def fetchval(self, sql: str, params: Any = ()) -> Any: ...


def _unix(when: datetime) -> int:
    return int(when.timestamp())


def _utc(unix: int) -> datetime:
    return datetime.fromtimestamp(unix, UTC)


@dataclass(frozen=True, slots=True)
class Schedule:
    id: int
    kind: str
    guild_id: int | None
    channel_id: int | None
    user_id: int | None
    tz: str
    local_time: LocalTime
    days: int
    next_run_at: datetime | None
    next_key: str | None
    paused: bool
    pause_reason: str | None
    created_at: datetime

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Schedule:
        return cls(
            id=row["id"],
            kind=row["kind"],
            guild_id=row["guild_id"],
            channel_id=row["channel_id"],
            user_id=row["user_id"],
            tz=row["tz"],
            local_time=LocalTime.from_text(row["local_time"]),
            days=row["days"],
            next_run_at=None if row["next_run_at"] is None else _utc(row["next_run_at"]),
            next_key=row["next_key"],
            paused=bool(row["paused"]),
            pause_reason=row["pause_reason"],
            created_at=_utc(row["created_at"]),
        )


@dataclass(frozen=True, slots=True)
class DueRun:
    schedule_id: int
    run_id: int
    run_key: str
    kind: str
    guild_id: int | None
    channel_id: int | None
    user_id: int | None
    due_at: datetime

    @property
    def nonce(self) -> str:
        """Stable per run (<= 25 chars) so Discord drops a re-dispatched duplicate."""
        return f"tdm-run-{self.run_id}"


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # 'sent' | 'skipped' | 'failed'
    detail: str | None = None
    pause: bool = False

    @classmethod
    def sent(cls, detail: str | None = None) -> Outcome:
        return cls("sent", detail)

    @classmethod
    def skipped(cls, detail: str) -> Outcome:
        return cls("skipped", detail)

    @classmethod
    def failed(cls, detail: str, *, pause: bool = False) -> Outcome:
        return cls("failed", detail, pause)


Handler = Callable[[DueRun], Awaitable[Outcome | None]]


def following_occurrence(schedule: Schedule, after: datetime, *, not_key: str | None = None) -> Occurrence | None:
    """The schedule's first regular occurrence strictly after ``after`` (None for one-off-only)."""
    if schedule.days & EVERY_DAY == 0:
        return None
    occurrence = next_occurrence(schedule.local_time, schedule.zone, schedule.days, after)
    while occurrence.key == not_key:
        occurrence = next_occurrence(schedule.local_time, schedule.zone, schedule.days, occurrence.at)
    return occurrence


# --- repository ---------------------------------------------------------------------------

_DUE_SQL = (
    "SELECT * FROM schedules WHERE next_run_at IS NOT NULL AND next_run_at <= ? "
    "ORDER BY next_run_at LIMIT ?"
)


class ScheduleRepo:
    """All SQL for ``schedules`` and ``schedule_runs``. Methods take an optional executor so
    a feature can create its own rows in the same transaction."""

    DUE_SQL = _DUE_SQL

    def __init__(self, db: Database) -> None:
        self.db = db

    def _x(self, conn: Executor | None) -> Executor:
        return conn if conn is not None else self.db

    async def insert(
        self,
        conn: Executor | None,
        *,
        kind: str,
        tz: str,
        local_time: LocalTime,
        days: int,
        now: datetime,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        paused: bool = False,
    ) -> Schedule:
        ZoneInfo(tz)  # raises for an unknown zone before anything is stored
        draft = Schedule(0, kind, guild_id, channel_id, user_id, tz, local_time, days, None, None, paused, None, now)
        nxt = None if paused else following_occurrence(draft, now)
        schedule_id = await self._x(conn).execute(
            "INSERT INTO schedules (kind, guild_id, channel_id, user_id, tz, local_time, days, next_run_at, "
            "next_key, paused, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                guild_id,
                channel_id,
                user_id,
                tz,
                str(local_time),
                days,
                None if nxt is None else nxt.unix,
                None if nxt is None else nxt.key,
                int(paused),
                _unix(now),
                _unix(now),
            ),
        )
        found = await self.get(schedule_id, conn)
        assert found is not None
        return found

    async def get(self, schedule_id: int, conn: Executor | None = None) -> Schedule | None:
        row = await self._x(conn).fetchone("SELECT * FROM schedules WHERE id = ?", (schedule_id,))
        return None if row is None else Schedule.from_row(row)

    async def find(
        self,
        kind: str,
        *,
        user_id: int | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        conn: Executor | None = None,
    ) -> list[Schedule]:
        clauses: list[str] = ["kind = ?"]
        params: list[object] = [kind]
        for column, value in (("user_id", user_id), ("guild_id", guild_id), ("channel_id", channel_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        rows = await self._x(conn).fetchall(
            f"SELECT * FROM schedules WHERE {' AND '.join(clauses)} ORDER BY id", params  # noqa: S608
        )
        return [Schedule.from_row(row) for row in rows]

    async def count(self, kind: str, *, guild_id: int) -> int:
        return int(
            await self.db.fetchval("SELECT count(*) FROM schedules WHERE kind = ? AND guild_id = ?", (kind, guild_id))
        )

    async def save_timing(
        self, conn: Executor | None, schedule: Schedule, nxt: Occurrence | None, now: datetime
    ) -> None:
        await self._x(conn).execute(
            "UPDATE schedules SET tz = ?, local_time = ?, days = ?, channel_id = ?, next_run_at = ?, next_key = ?, "
            "paused = ?, pause_reason = ?, updated_at = ? WHERE id = ?",
            (
                schedule.tz,
                str(schedule.local_time),
                schedule.days,
                schedule.channel_id,
                None if nxt is None else nxt.unix,
                None if nxt is None else nxt.key,
                int(schedule.paused),
                schedule.pause_reason,
                _unix(now),
                schedule.id,
            ),
        )

    async def delete(self, schedule_id: int, conn: Executor | None = None) -> bool:
        return await self._x(conn).execute("DELETE FROM schedules WHERE id = ?", (schedule_id,)) > 0

    async def delete_for_user(self, user_id: int, conn: Executor | None = None) -> int:
        return await self._x(conn).execute("DELETE FROM schedules WHERE user_id = ?", (user_id,))

    async def next_due_at(self) -> int | None:
        value = await self.db.fetchval("SELECT min(next_run_at) FROM schedules WHERE next_run_at IS NOT NULL")
        return None if value is None else int(value)

    async def runs(self, schedule_id: int) -> list[sqlite3.Row]:
        return await self.db.fetchall(
            "SELECT * FROM schedule_runs WHERE schedule_id = ? ORDER BY id", (schedule_id,)
        )

    async def finish_run(self, run_id: int, outcome: Outcome, now: datetime) -> None:
        await self.db.execute(
            "UPDATE schedule_runs SET status = ?, detail = ?, finished_at = ? WHERE id = ? AND status = 'claimed'",
            (outcome.status, outcome.detail, _unix(now), run_id),
        )

    async def prune_runs(self, before: datetime) -> int:
        return await self.db.execute(
            "DELETE FROM schedule_runs WHERE id IN (SELECT id FROM schedule_runs "
            "WHERE status <> 'claimed' AND finished_at < ? LIMIT 5000)",
            (_unix(before),),
        )


# --- the service --------------------------------------------------------------------------


def _owner_token() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _owner_is_dead(owner: str | None) -> bool:
    """True when ``owner`` was a process on this host that no longer exists."""
    if not owner:
        return True
    host, _, rest = owner.partition(":")
    pid_text, _, _ = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False  # another machine: only the lease can tell
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # an earlier scheduler in this process releases its claims on stop()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Scheduler:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        interval: float,
        grace: timedelta,
        lease: timedelta = DEFAULT_LEASE,
        batch: int = DEFAULT_BATCH,
        pacer: Pacer | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.interval = interval
        self.grace = grace
        self.lease = lease
        self.batch = batch
        self.handler_timeout = HANDLER_TIMEOUT
        self.repo = ScheduleRepo(db)
        # The bot-wide pacer for scheduled sends (tips, check-in DMs): see bot/pacer.py.
        self.pacer = pacer or Pacer()
        self.owner = _owner_token()
        self.handlers: dict[str, Handler] = {}
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._tick_lock = asyncio.Lock()
        self._in_flight: set[int] = set()
        self._last_prune: datetime | None = None
        self.ticks = 0

    # -- handlers and lifecycle --

    def register(self, kind: str, handler: Handler) -> None:
        self.handlers[kind] = handler

    def unregister(self, kind: str) -> None:
        self.handlers.pop(kind, None)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.running:
            return
        self._task = asyncio.get_running_loop().create_task(self._run(), name="tandem-scheduler")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        # Claims this process still holds were interrupted mid-send: release them so the next
        # start re-dispatches them at once (same nonce, so Discord drops a duplicate).
        try:
            released = await self.db.execute(
                "UPDATE schedule_runs SET claimed_at = 0 WHERE owner = ? AND status = 'claimed'", (self.owner,)
            )
        except (sqlite3.Error, ValueError):
            released = 0
            log.warning("Could not release scheduler claims on shutdown; the lease will expire them")
        if released:
            log.info("Released %d interrupted scheduled runs for the next start", released)

    def wake(self) -> None:
        """Cut the loop's sleep short (a schedule changed)."""
        self._wake.set()

    async def _run(self) -> None:
        log.info("Scheduler started (owner %s, interval %.1fs, grace %s)", self.owner, self.interval, self.grace)
        while True:
            delay = self.interval
            try:
                await self.tick()
                delay = await self._delay()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("Scheduler tick failed; retrying in %.1fs", self.interval)
            await self._sleep(delay)

    async def _delay(self) -> float:
        due = await self.repo.next_due_at()
        if due is None:
            return self.interval
        return max(0.0, min(self.interval, due - self.clock.now().timestamp()))

    async def _sleep_until(self, deadline: datetime) -> None:
        # Measured from the deadline, not from when this task first runs: a test may move the
        # FakeClock between computing the delay and starting the sleep.
        await self.clock.sleep(max(0.0, (deadline - self.clock.now()).total_seconds()))

    async def _sleep(self, seconds: float) -> None:
        if self._wake.is_set():
            self._wake.clear()
            return
        sleeper = asyncio.ensure_future(self._sleep_until(self.clock.now() + timedelta(seconds=seconds)))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                task.cancel()
            await asyncio.gather(sleeper, waker, return_exceptions=True)
            self._wake.clear()

    # -- the tick --

    async def tick(self) -> int:
        """Recover abandoned claims, claim everything due, dispatch it. Returns runs dispatched."""
        async with self._tick_lock:
            self.ticks += 1
            dispatched = await self._pump(self._recovered())
            dispatched += await self._pump(self._due_batches())
            await self._maybe_prune()
            log.debug("Scheduler tick at %d: %d runs dispatched", int(self.clock.now().timestamp()), dispatched)
            return dispatched

    async def _due_batches(self) -> AsyncIterator[list[DueRun]]:
        while True:
            claimed, full = await self._claim_due()
            yield claimed
            if not full:
                return

    async def _recovered(self) -> AsyncIterator[list[DueRun]]:
        yield await self._recover()

    async def _pump(self, batches: AsyncIterator[list[DueRun]]) -> int:
        """Feed claimed runs to at most ``DISPATCH_CONCURRENCY`` workers.

        The next batch is claimed while the current one is still being sent, as soon as no
        more than ``DISPATCH_CONCURRENCY`` runs are left waiting for a worker: a backlog of
        10,000 check-ins then reaches the pacer as one steady stream instead of 20 batches
        with a pause (last sends' round trips + the next claim) between each.
        Returns when every run fed in has finished; an error claiming a later batch is raised
        after the runs already claimed have been dispatched.
        """
        queue: asyncio.Queue[DueRun | None] = asyncio.Queue()
        low = asyncio.Event()
        workers: list[asyncio.Task[None]] = []
        total = 0

        async def work() -> None:
            while (run := await queue.get()) is not None:
                if queue.qsize() <= DISPATCH_CONCURRENCY:
                    low.set()
                try:
                    await self._dispatch_one(run)
                except Exception:  # a worker that died would stall the batches behind it
                    log.exception("Dispatching run %s of schedule %s failed", run.run_id, run.schedule_id)
                finally:
                    self._in_flight.discard(run.run_id)

        heartbeat: asyncio.Future[None] | None = None
        try:
            try:
                async for runs in batches:
                    if not runs:
                        continue
                    total += len(runs)
                    self._in_flight.update(run.run_id for run in runs)
                    for run in runs:
                        queue.put_nowait(run)
                    if heartbeat is None:
                        heartbeat = asyncio.ensure_future(self._heartbeat())
                    while len(workers) < min(DISPATCH_CONCURRENCY, total):
                        workers.append(asyncio.ensure_future(work()))
                    while queue.qsize() > DISPATCH_CONCURRENCY:
                        low.clear()
                        await low.wait()
            except asyncio.CancelledError:
                for task in workers:  # stopping: interrupt the sends, don't wait for the queue
                    task.cancel()
                raise
            finally:
                for _ in workers:  # after an error claiming: the runs already claimed still go out
                    queue.put_nowait(None)
                await asyncio.gather(*workers, return_exceptions=True)
        finally:
            for task in workers:
                task.cancel()
            if heartbeat is not None:
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat
        return total

    async def _claim_due(self) -> tuple[list[DueRun], bool]:
        now = self.clock.now()
        now_unix = _unix(now)
        late_limit = now - self.grace
        claimed: list[DueRun] = []
        async with self.db.transaction() as tx:
            rows = await tx.fetchall(_DUE_SQL, (now_unix, self.batch))
            for row in rows:
                schedule = Schedule.from_row(row)
                try:
                    schedule.zone  # noqa: B018  # tzdata may drop a zone between releases
                except (ZoneInfoNotFoundError, ValueError):
                    log.error("Schedule %s has an unusable time zone %r; pausing it", schedule.id, schedule.tz)
                    await tx.execute(
                        "UPDATE schedules SET next_run_at = NULL, next_key = NULL, paused = 1, "
                        "pause_reason = 'unknown time zone', updated_at = ? WHERE id = ?",
                        (now_unix, schedule.id),
                    )
                    continue
                due_at, key = _utc(row["next_run_at"]), str(row["next_key"])
                target: Occurrence | None = Occurrence(due_at, key)
                if due_at < late_limit:
                    await self._record_skip(tx, schedule, key, due_at, now, "missed: outside the grace window")
                    target = None
                    if schedule.days & EVERY_DAY:
                        latest = previous_occurrence(schedule.local_time, schedule.zone, schedule.days, now)
                        if latest.at > due_at and latest.at >= late_limit and latest.key != key:
                            target = latest
                if target is not None and schedule.kind not in self.handlers:
                    await self._record_skip(tx, schedule, target.key, target.at, now, f"no handler for {schedule.kind}")
                    target = None
                last_key = key
                if target is not None:
                    last_key = target.key
                    run_row = await tx.fetchone(
                        "INSERT INTO schedule_runs (schedule_id, run_key, due_at, status, claimed_at, owner) "
                        "VALUES (?, ?, ?, 'claimed', ?, ?) ON CONFLICT (schedule_id, run_key) DO NOTHING RETURNING id",
                        (schedule.id, target.key, target.unix, now_unix, self.owner),
                    )
                    if run_row is not None:
                        claimed.append(self._due_run(schedule, run_row["id"], target))
                nxt = following_occurrence(schedule, max(due_at, now), not_key=last_key)
                await tx.execute(
                    "UPDATE schedules SET next_run_at = ?, next_key = ? WHERE id = ?",
                    (None if nxt is None else nxt.unix, None if nxt is None else nxt.key, schedule.id),
                )
        return claimed, len(rows) >= self.batch

    @staticmethod
    def _due_run(schedule: Schedule, run_id: int, occurrence: Occurrence) -> DueRun:
        return DueRun(
            schedule_id=schedule.id,
            run_id=run_id,
            run_key=occurrence.key,
            kind=schedule.kind,
            guild_id=schedule.guild_id,
            channel_id=schedule.channel_id,
            user_id=schedule.user_id,
            due_at=occurrence.at,
        )

    async def _record_skip(
        self, tx: Any, schedule: Schedule, key: str, due_at: datetime, now: datetime, why: str
    ) -> None:
        inserted = await tx.fetchone(
            "INSERT INTO schedule_runs (schedule_id, run_key, due_at, status, claimed_at, finished_at, owner, detail) "
            "VALUES (?, ?, ?, 'skipped', ?, ?, ?, ?) ON CONFLICT (schedule_id, run_key) DO NOTHING RETURNING id",
            (schedule.id, key, _unix(due_at), _unix(now), _unix(now), self.owner, why),
        )
        if inserted is not None:
            log.warning(
                "Skipped %s run %s of schedule %s (due %s, now %s, grace %s): %s",
                schedule.kind, key, schedule.id, due_at.isoformat(), now.isoformat(), self.grace, why,
            )

    async def _recover(self) -> list[DueRun]:
        """Take over runs whose claimer is gone; returns those to dispatch once more (still in grace)."""
        now = self.clock.now()
        rows = await self.db.fetchall(
            "SELECT r.id AS run_id, r.run_key, r.due_at, r.claimed_at, r.owner, r.detail, s.* "
            "FROM schedule_runs r JOIN schedules s ON s.id = r.schedule_id "
            "WHERE r.status = 'claimed' AND r.owner IS NOT ?",
            (self.owner,),
        )
        runs: list[DueRun] = []
        lease_cutoff = _unix(now - self.lease)
        for row in rows:
            if not (row["claimed_at"] <= lease_cutoff or _owner_is_dead(row["owner"])):
                continue
            attempts = 2 if (row["detail"] or "").startswith("re-dispatched") else 1
            due_at = _utc(row["due_at"])
            schedule = Schedule.from_row(row)
            if due_at < now - self.grace or attempts >= MAX_ATTEMPTS or schedule.kind not in self.handlers:
                why = "abandoned by a stopped process" if attempts < MAX_ATTEMPTS else "abandoned twice"
                changed = await self.db.execute(
                    "UPDATE schedule_runs SET status = 'skipped', finished_at = ?, detail = ? "
                    "WHERE id = ? AND status = 'claimed' AND owner IS ? AND claimed_at = ?",
                    (_unix(now), why, row["run_id"], row["owner"], row["claimed_at"]),
                )
                if changed:
                    log.warning("Skipped abandoned %s run %s of schedule %s: %s", schedule.kind,
                                row["run_key"], schedule.id, why)
                continue
            changed = await self.db.execute(
                "UPDATE schedule_runs SET owner = ?, claimed_at = ?, detail = 're-dispatched' "
                "WHERE id = ? AND status = 'claimed' AND owner IS ? AND claimed_at = ?",
                (self.owner, _unix(now), row["run_id"], row["owner"], row["claimed_at"]),
            )
            if changed:
                log.info("Re-dispatching %s run %s of schedule %s abandoned by %s",
                         schedule.kind, row["run_key"], schedule.id, row["owner"])
                runs.append(self._due_run(schedule, row["run_id"], Occurrence(due_at, row["run_key"])))
        return runs

    async def _dispatch_one(self, run: DueRun) -> None:
        handler = self.handlers.get(run.kind)
        outcome: Outcome
        if handler is None:
            outcome = Outcome.skipped(f"no handler for {run.kind}")
        else:
            try:
                result: Outcome | None = await asyncio.wait_for(handler(run), self.handler_timeout)
                outcome = result or Outcome.sent()
            except asyncio.CancelledError:
                raise
            except TimeoutError:
                log.error("Handler for %s timed out on run %s of schedule %s", run.kind, run.run_id, run.schedule_id)
                outcome = Outcome.failed(f"timed out after {self.handler_timeout:g}s")
            except Exception as exc:
                log.exception("Handler for %s failed on run %s of schedule %s", run.kind, run.run_id, run.schedule_id)
                outcome = Outcome.failed(f"error: {type(exc).__name__}")
        now = self.clock.now()
        try:
            await self.repo.finish_run(run.run_id, outcome, now)
            if outcome.pause:
                await self.pause(run.schedule_id, reason=outcome.detail or "paused by the scheduler")
                log.warning("Paused schedule %s (%s): %s", run.schedule_id, run.kind, outcome.detail)
        except sqlite3.Error:
            log.exception("Could not record the outcome of run %s", run.run_id)
        if outcome.status == "failed":
            log.warning("Run %s of schedule %s (%s) failed: %s", run.run_id, run.schedule_id, run.kind, outcome.detail)
        elif outcome.status == "skipped":
            log.info("Run %s of schedule %s (%s) skipped: %s", run.run_id, run.schedule_id, run.kind, outcome.detail)

    async def _heartbeat(self) -> None:
        """Keep our claims fresh while a long, paced batch is being sent."""
        period = max(1.0, self.lease.total_seconds() / 3)
        while True:
            await self.clock.sleep(period)
            ids = list(self._in_flight)
            if ids:
                marks = ",".join("?" * len(ids))
                await self.db.execute(
                    f"UPDATE schedule_runs SET claimed_at = ? WHERE status = 'claimed' AND owner = ? "  # noqa: S608
                    f"AND id IN ({marks})",
                    (_unix(self.clock.now()), self.owner, *ids),
                )

    async def _maybe_prune(self) -> None:
        now = self.clock.now()
        if self._last_prune is not None and now - self._last_prune < PRUNE_EVERY:
            return
        self._last_prune = now
        pruned = await self.repo.prune_runs(now - RUN_RETENTION)
        if pruned:
            log.info("Pruned %d finished scheduled runs older than %s", pruned, RUN_RETENTION)

    # -- the schedule API features use --

    async def create(
        self,
        *,
        kind: str,
        tz: str,
        local_time: LocalTime,
        days: int = EVERY_DAY,
        guild_id: int | None = None,
        channel_id: int | None = None,
        user_id: int | None = None,
        paused: bool = False,
    ) -> Schedule:
        schedule = await self.repo.insert(
            None, kind=kind, tz=tz, local_time=local_time, days=days, now=self.clock.now(),
            guild_id=guild_id, channel_id=channel_id, user_id=user_id, paused=paused,
        )
        self.wake()
        return schedule

    async def get(self, schedule_id: int) -> Schedule | None:
        return await self.repo.get(schedule_id)

    async def find(
        self, kind: str, *, user_id: int | None = None, guild_id: int | None = None, channel_id: int | None = None
    ) -> list[Schedule]:
        return await self.repo.find(kind, user_id=user_id, guild_id=guild_id, channel_id=channel_id)

    async def update(
        self,
        schedule_id: int,
        *,
        tz: str | None = None,
        local_time: LocalTime | None = None,
        days: int | None = None,
        channel_id: int | None = None,
    ) -> Schedule | None:
        """Change timing or channel; the next run is recomputed from now (unless paused)."""
        async with self.db.transaction() as tx:
            current = await self.repo.get(schedule_id, tx)
            if current is None:
                return None
            if tz is not None:
                ZoneInfo(tz)
            changed = replace(
                current,
                tz=tz if tz is not None else current.tz,
                local_time=local_time or current.local_time,
                days=current.days if days is None else days,
                channel_id=current.channel_id if channel_id is None else channel_id,
            )
            now = self.clock.now()
            nxt = None if changed.paused else following_occurrence(changed, now)
            await self.repo.save_timing(tx, changed, nxt, now)
            updated = await self.repo.get(schedule_id, tx)
        self.wake()
        return updated

    async def upsert_member(
        self,
        kind: str,
        user_id: int,
        *,
        tz: str,
        local_time: LocalTime,
        days: int = EVERY_DAY,
        guild_id: int | None = None,
        channel_id: int | None = None,
    ) -> Schedule:
        """The single schedule of ``kind`` for a member: created, or updated in place."""
        existing = await self.repo.find(kind, user_id=user_id)
        if existing:
            updated = await self.update(existing[0].id, tz=tz, local_time=local_time, days=days, channel_id=channel_id)
            assert updated is not None
            return updated
        return await self.create(
            kind=kind, tz=tz, local_time=local_time, days=days, guild_id=guild_id, channel_id=channel_id,
            user_id=user_id,
        )

    async def pause(self, schedule_id: int, *, reason: str | None = None) -> Schedule | None:
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE schedules SET paused = 1, pause_reason = ?, next_run_at = NULL, next_key = NULL, "
                "updated_at = ? WHERE id = ?",
                (reason, _unix(self.clock.now()), schedule_id),
            )
            schedule = await self.repo.get(schedule_id, tx)
        self.wake()
        return schedule

    async def resume(self, schedule_id: int) -> Schedule | None:
        async with self.db.transaction() as tx:
            current = await self.repo.get(schedule_id, tx)
            if current is None:
                return None
            now = self.clock.now()
            nxt = following_occurrence(current, now)
            await tx.execute(
                "UPDATE schedules SET paused = 0, pause_reason = NULL, next_run_at = ?, next_key = ?, updated_at = ? "
                "WHERE id = ?",
                (None if nxt is None else nxt.unix, None if nxt is None else nxt.key, _unix(now), schedule_id),
            )
            schedule = await self.repo.get(schedule_id, tx)
        self.wake()
        return schedule

    async def delete(self, schedule_id: int) -> bool:
        deleted = await self.repo.delete(schedule_id)
        self.wake()
        return deleted

    async def delete_for_user(self, user_id: int) -> int:
        return await self.repo.delete_for_user(user_id)

    async def set_one_off(self, schedule_id: int, at: datetime, key: str) -> Schedule | None:
        """Run once at ``at`` with occurrence key ``key`` (e.g. a snooze), replacing the pending
        next run; afterwards the regular recurrence continues from then. Un-pauses."""
        if at.tzinfo is None:
            raise ValueError("set_one_off needs an aware datetime")
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE schedules SET next_run_at = ?, next_key = ?, paused = 0, pause_reason = NULL, updated_at = ? "
                "WHERE id = ?",
                (_unix(at), key, _unix(self.clock.now()), schedule_id),
            )
            schedule = await self.repo.get(schedule_id, tx)
        self.wake()
        return schedule

    def next_runs(self, schedule: Schedule, count: int = 3, *, after: datetime | None = None) -> list[Occurrence]:
        """Upcoming occurrences (the pending one first), for "next run" displays."""
        upcoming: list[Occurrence] = []
        cursor = after or self.clock.now()
        if schedule.next_run_at is not None and schedule.next_key is not None and after is None:
            upcoming.append(Occurrence(schedule.next_run_at, schedule.next_key))
            cursor = schedule.next_run_at
        elif schedule.paused:
            return []
        while len(upcoming) < count:
            nxt = following_occurrence(schedule, cursor)
            if nxt is None:
                break
            if not upcoming or nxt.key != upcoming[-1].key:
                upcoming.append(nxt)
            cursor = nxt.at
        return upcoming
