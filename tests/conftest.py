"""Fixtures shared by every test: the fake Discord, a fake clock, the running bot (see tests/fakediscord/API.md)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
# pytest puts tests/ on sys.path (rootdir conftest without __init__.py); the code under test lives one up.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bot.clock import FakeClock  # noqa: E402
from tests.fakediscord import FakeChannel, FakeDiscord, FakeGuild, FakeRole, FakeUser  # noqa: E402


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The default run spreads over every core (``-n auto`` in pyproject.toml); benchmarks
    measure time and print figures, so selecting them runs everything in one process."""
    expr = config.option.markexpr or ""
    if "benchmark" in expr and "not benchmark" not in expr and hasattr(config.option, "numprocesses"):
        config.option.numprocesses = 0
        config.option.dist = "no"

START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday


# ---------------------------------------------------------------------- clock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


# ---------------------------------------------------------------------- fake Discord


class _ErrorCollector(logging.Handler):
    """Collects ERROR records from discord.py's loggers so a test fails on them."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _describe(record: logging.LogRecord) -> str:
    text = f"{record.name}: {record.getMessage()}"
    if record.exc_info and record.exc_info[1] is not None:
        text += f" ({type(record.exc_info[1]).__name__}: {record.exc_info[1]})"
    return text


@pytest.fixture
async def fake(request: pytest.FixtureRequest) -> AsyncIterator[FakeDiscord]:
    """A fresh fake Discord; at teardown fails the test on violations, unknown routes, discord.py
    ERROR logs and (when the spec is present) request bodies that break Discord's OpenAPI schema."""
    server = FakeDiscord()
    await server.start()
    collector = _ErrorCollector()
    discord_logger = logging.getLogger("discord")
    discord_logger.addHandler(collector)
    try:
        yield server
    finally:
        discord_logger.removeHandler(collector)
        await server.stop()
    if os.environ.get("TANDEM_SKIP_CONTRACT") != "1":
        from tests.fakediscord import spec

        if spec.spec_path() is not None:
            # Contract problems go through expect_violation() like the fake's own checks.
            server.violations += spec.validate_requests(server.requests)
    problems = server.problems()
    allowed = server.allowed_log_errors
    problems += [
        f"discord.py logged ERROR: {_describe(r)}"
        for r in collector.records
        if not any(a in _describe(r) for a in allowed)
    ]
    if problems:
        pytest.fail("fake Discord found problems:\n  " + "\n  ".join(problems), pytrace=False)


# ---------------------------------------------------------------------- world


@dataclass
class World:
    guild: FakeGuild
    general: FakeChannel
    mod_alerts: FakeChannel
    mods: FakeRole
    alice: FakeUser
    bob: FakeUser
    carol: FakeUser
    mia: FakeUser  # a moderator (has the Mods role with Manage Server)


def build_world(fake: FakeDiscord) -> World:
    import discord

    guild = fake.add_guild(name="Peer Circle")
    general = fake.add_channel(guild, "general")
    mod_alerts = fake.add_channel(guild, "mod-alerts")
    mods = fake.add_role(guild, "Mods", permissions=discord.Permissions(manage_guild=True).value)
    users = {name: fake.add_user(name) for name in ("alice", "bob", "carol", "mia")}
    for name, user in users.items():
        fake.add_member(guild, user, roles=[mods] if name == "mia" else [])
    # Only moderators (and the bot) see the alert channel.
    fake.set_channel_overwrite(mod_alerts, target=guild.everyone, deny=discord.Permissions(view_channel=True).value)
    fake.set_channel_overwrite(mod_alerts, target=mods, allow=discord.Permissions(view_channel=True).value)
    fake.set_channel_overwrite(mod_alerts, bot_allowed=discord.Permissions(view_channel=True).value)
    return World(guild, general, mod_alerts, mods, users["alice"], users["bob"], users["carol"], users["mia"])


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    """Guild "Peer Circle" with #general and #mod-alerts, members alice/bob/carol and moderator mia."""
    return build_world(fake)


# ---------------------------------------------------------------------- the bot in-process


class Tandem:
    """``bot = await tandem(**overrides)`` starts TandemBot against the fake; ``await tandem.restart()``."""

    def __init__(self, fake: FakeDiscord, clock: FakeClock, tmp_path: Path) -> None:
        self.fake = fake
        self.default_clock = clock
        self.tmp_path = tmp_path
        self.bot: Any = None
        self.services: Any = None
        self.task: asyncio.Task[None] | None = None
        self.settings: Any = None
        self._kwargs: dict[str, Any] = {}
        self.failures: list[str] = []

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {
            **self.fake.env(),
            "TANDEM_DB": str(self.tmp_path / "tandem.db"),
            "TANDEM_GUILD_READY_TIMEOUT": "0.05",
            "LOG_LEVEL": "INFO",
        }
        # Let a run point every bot at other content (e.g. a CI content fixture).
        if os.environ.get("TANDEM_CONTENT_DIR"):
            env["TANDEM_CONTENT_DIR"] = os.environ["TANDEM_CONTENT_DIR"]
        env.update(extra or {})
        return env

    async def __call__(self, *, clock: Any = ..., env: dict[str, str] | None = None, force_sync: bool = False,
                       extensions: tuple[str, ...] | None = None, **settings_overrides: Any) -> Any:
        """Start the bot. ``settings_overrides`` are ``Settings`` fields (e.g. ``dev_guild_id=...``);
        ``env`` adds raw environment variables for ``Settings.from_env``."""
        if self.bot is not None:
            raise RuntimeError("the bot is already running; use tandem.restart()")
        self._kwargs = {"clock": clock, "env": env, "force_sync": force_sync, "extensions": extensions,
                        **settings_overrides}
        return await self._start()

    async def _start(self) -> Any:
        from bot.app import create_bot, open_services
        from bot.config import Settings

        kw = dict(self._kwargs)
        clock = kw.pop("clock")
        env = kw.pop("env")
        force_sync = kw.pop("force_sync")
        extensions = kw.pop("extensions")
        settings = Settings.from_env(self.env(env), dotenv_path=None)
        if kw:
            settings = dataclasses.replace(settings, **kw)
        self.settings = settings
        self.services = await open_services(settings)
        bot = create_bot(settings, self.services, clock=self.default_clock if clock is ... else clock,
                         force_sync=force_sync)
        if extensions is not None:
            bot.extensions_to_load = extensions
        self.bot = bot
        await bot.__aenter__()
        self.task = asyncio.create_task(bot.start(settings.token), name="tandem-under-test")
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait({self.task, ready}, timeout=15, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            exc = self.task.exception() if self.task in done else None
            await self.close()
            self.failures.clear()
            if exc is not None:
                raise RuntimeError(f"the bot stopped before it was ready: {exc!r}") from exc
            raise AssertionError("the bot did not become ready within 15 s")
        return bot

    async def close(self) -> None:
        bot, task = self.bot, self.task
        if bot is None:
            return
        self.bot = None
        try:
            await bot.close()
            if task is not None:
                try:
                    await asyncio.wait_for(task, 10)
                except Exception as exc:  # the bot task must end cleanly
                    self.failures.append(f"bot task raised {exc!r}")
            await bot.__aexit__(None, None, None)
            await _cancel_event_handlers()
        finally:
            await self.services.db.close()

    async def restart(self, **changes: Any) -> Any:
        """Close the bot and start a new one on the same database file and fake (``changes``
        override the arguments of the first start)."""
        await self.close()
        self._kwargs.update(changes)
        return await self._start()


async def _cancel_event_handlers() -> None:
    """Event handlers discord.py scheduled just before the bot closed (its tasks are named
    "discord.py: <event>") may not have started; the test's loop would then close with their
    coroutines never awaited (a RuntimeWarning seen now and then). Cancel and reap them."""
    pending = [
        task for task in asyncio.all_tasks()
        if task is not asyncio.current_task() and not task.done() and task.get_name().startswith("discord.py:")
    ]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)


@pytest.fixture
async def tandem(fake: FakeDiscord, clock: FakeClock, tmp_path: Path) -> AsyncIterator[Tandem]:
    factory = Tandem(fake, clock, tmp_path)
    try:
        yield factory
    finally:
        await factory.close()
    if factory.failures:
        pytest.fail("; ".join(factory.failures), pytrace=False)


# ---------------------------------------------------------------------- the bot as a process


class BotProcess:
    """``python -m bot`` in a subprocess. Output is collected as it arrives; waits are event-driven."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.args = args
        self.env = env
        self.cwd = cwd
        self.proc: asyncio.subprocess.Process | None = None
        self.stdout_lines: list[str] = []
        self.stderr_lines: list[str] = []
        self._changed = asyncio.Condition()
        self._readers: list[asyncio.Task[None]] = []

    def __await__(self) -> Any:
        return self._ensure_started().__await__()

    async def _ensure_started(self) -> BotProcess:
        if self.proc is None:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", *self.args, env=self.env, cwd=str(self.cwd),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            assert self.proc.stdout is not None and self.proc.stderr is not None
            self._readers = [
                asyncio.create_task(self._read(self.proc.stdout, self.stdout_lines)),
                asyncio.create_task(self._read(self.proc.stderr, self.stderr_lines)),
            ]
        return self

    async def _read(self, stream: asyncio.StreamReader, sink: list[str]) -> None:
        while line := await stream.readline():
            async with self._changed:
                sink.append(line.decode(errors="replace").rstrip("\n"))
                self._changed.notify_all()
        async with self._changed:
            self._changed.notify_all()

    def stderr_text(self) -> str:
        return "\n".join(self.stderr_lines)

    def stdout_text(self) -> str:
        return "\n".join(self.stdout_lines)

    async def wait_for_log(self, needle: str, timeout: float = 15.0) -> str:
        """Wait until ``needle`` appears in stderr (the log) and return that line."""
        await self._ensure_started()
        assert self.proc is not None

        def found() -> str | None:
            return next((line for line in self.stderr_lines if needle in line), None)

        async def waiter() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: found() is not None or self._finished())

        try:
            await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            raise AssertionError(f"bot process: {needle!r} not logged within {timeout}s; log:\n"
                                 f"{self.stderr_text()}") from None
        line = found()
        if line is None:
            await self.wait(timeout=5)
            raise AssertionError(f"bot process exited ({self.proc.returncode}) before logging {needle!r}:\n"
                                 f"{self.stderr_text()}")
        return line

    def _finished(self) -> bool:
        return self.proc is not None and all(r.done() for r in self._readers)

    async def wait_ready(self, timeout: float = 20.0) -> None:
        """Ready = the bot logged "Ready as" (after IDENTIFY, command sync and GUILD_CREATEs)."""
        await self.wait_for_log("Ready as", timeout)

    def terminate(self) -> None:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.kill()

    async def wait(self, timeout: float = 20.0) -> int:
        await self._ensure_started()
        assert self.proc is not None
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        await asyncio.wait_for(asyncio.gather(*self._readers), timeout)
        return code

    async def cleanup(self) -> None:
        if self.proc is None:
            return
        if self.proc.returncode is None:
            self.proc.kill()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.proc.wait(), 10)
        for reader in self._readers:
            reader.cancel()


def bot_process_env(fake: FakeDiscord | None, tmp_path: Path, overrides: dict[str, str | None] | None = None,
                    ) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if (not k.startswith(("DISCORD_", "TANDEM_")) and k not in ("LOG_LEVEL", "DEV_GUILD_ID"))
           or k in ("TANDEM_CONTENT_DIR", "TANDEM_DISCORD_SPEC")}
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONUNBUFFERED"] = "1"
    if fake is not None:
        env.update(fake.env())
    env["TANDEM_DB"] = str(tmp_path / "tandem.db")
    env["TANDEM_GUILD_READY_TIMEOUT"] = "0.05"
    for key, value in (overrides or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@pytest.fixture
async def run_bot_process(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[Any]:
    """``proc = await run_bot_process({"DEV_GUILD_ID": ...}, args=["run", "--sync"])``; an env value of
    None removes that variable. The process runs in tmp_path (so no stray .env is read)."""
    procs: list[BotProcess] = []

    def start(env_overrides: dict[str, str | None] | None = None, *, args: list[str] | None = None,
              use_fake: bool = True) -> BotProcess:
        proc = BotProcess(args or [], bot_process_env(fake if use_fake else None, tmp_path, env_overrides),
                          tmp_path)
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        await proc.cleanup()
