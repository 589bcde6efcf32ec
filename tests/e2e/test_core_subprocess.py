"""``python -m bot`` as a real process against the fake Discord: start-up, commands, shutdown,
configuration errors and command-sync decisions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakediscord import FakeDiscord


def _no_errors(log: str) -> None:
    assert "Traceback" not in log, log
    assert " ERROR " not in log, log


async def test_subprocess_serves_commands_and_stops_on_sigterm(fake: FakeDiscord, world: Any,
                                                               run_bot_process: Any) -> None:
    proc = run_bot_process()
    await proc.wait_ready()
    assert fake.identify_count == 1
    assert fake.command_syncs and fake.command_syncs[0][0] is None  # a global sync
    assert {"about", "help", "setup"} <= set(fake.command_syncs[0][1])
    about = await fake.slash(world.alice, "about", guild=world.guild)
    assert "not a substitute" in about.text
    member_help = await fake.slash(world.alice, "help", guild=world.guild)
    assert "/about" in member_help.text and "/setup" not in member_help.text
    mod_help = await fake.slash(world.mia, "help", guild=world.guild)
    assert "/setup" in mod_help.text
    proc.terminate()
    assert await proc.wait() == 0
    log = proc.stderr_text()
    assert "Database closed" in log
    _no_errors(log)


async def test_subprocess_without_token_exits_2_with_one_line(run_bot_process: Any) -> None:
    proc = run_bot_process({"DISCORD_TOKEN": None}, use_fake=False)
    assert await proc.wait() == 2
    lines = [line for line in proc.stderr_text().splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("error: DISCORD_TOKEN is not set")
    assert "Traceback" not in proc.stderr_text()


@pytest.mark.parametrize(("env", "needle"), [
    ({"DISCORD_TOKEN": "not-a-token"}, "does not look like a bot token"),
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL='LOUD'"),
    ({"DEV_GUILD_ID": "my-server"}, "DEV_GUILD_ID='my-server'"),
])
async def test_subprocess_bad_setting_exits_2(run_bot_process: Any, env: dict[str, str], needle: str) -> None:
    base = {"DISCORD_TOKEN": FakeDiscord.make_token(123456789012345678)}
    proc = run_bot_process({**base, **env}, use_fake=False)
    assert await proc.wait() == 2
    text = proc.stderr_text()
    assert needle in text
    assert "Traceback" not in text
    assert len(text.strip().splitlines()) == 1


async def test_subprocess_rejected_token_exits_2(fake: FakeDiscord, world: Any, run_bot_process: Any) -> None:
    fake.accepted_tokens = {"only.this.token"}
    proc = run_bot_process()
    assert await proc.wait() == 2
    assert "Discord rejected DISCORD_TOKEN" in proc.stderr_text()


async def test_subprocess_restart_skips_unchanged_sync_and_sync_flag_forces_it(
    fake: FakeDiscord, world: Any, run_bot_process: Any
) -> None:
    first = run_bot_process()
    await first.wait_ready()
    first.terminate()
    assert await first.wait() == 0
    assert len(fake.command_syncs) == 1

    second = run_bot_process()
    await second.wait_ready()
    assert "Command tree unchanged" in second.stderr_text()
    second.terminate()
    assert await second.wait() == 0
    assert len(fake.command_syncs) == 1

    forced = run_bot_process(args=["run", "--sync"])
    await forced.wait_ready()
    forced.terminate()
    assert await forced.wait() == 0
    assert len(fake.command_syncs) == 2
    _no_errors(forced.stderr_text())


async def test_subprocess_dev_guild_syncs_to_that_guild(fake: FakeDiscord, world: Any, run_bot_process: Any) -> None:
    proc = run_bot_process({"DEV_GUILD_ID": str(world.guild.id)})
    await proc.wait_ready()
    assert [scope for scope, _ in fake.command_syncs] == [world.guild.id]
    assert fake.global_commands == []
    r = await fake.slash(world.alice, "about", guild=world.guild)
    assert r.type == 4
    proc.terminate()
    assert await proc.wait() == 0


async def test_subprocess_privileged_intent_missing_exits_2(fake: FakeDiscord, world: Any,
                                                            run_bot_process: Any) -> None:
    fake.privileged_intents = 0  # MESSAGE CONTENT not enabled in the Developer Portal
    proc = run_bot_process()
    assert await proc.wait() == 2
    text = proc.stderr_text()
    assert "Enable MESSAGE CONTENT INTENT" in text
    assert "Traceback" not in text
