"""End-to-end tests of the core commands (/about, /help, /setup) and the shared error path,
with the real bot against the fake Discord."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.fakediscord import FakeDiscord

MODERATOR_COMMANDS = ("/setup",)


def help_lines(r: Any) -> str:
    return r.text


async def test_about_answers_privately_with_attribution(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    r = await fake.slash(world.alice, "about", guild=world.guild, channel=world.general)
    assert r.type == 4
    assert r.ephemeral
    assert "not a substitute" in r.text
    assert "Codependency vs. Interdependency" in r.text
    assert "Carista Luminare" in r.text
    # Ephemeral: nothing appears in the channel itself.
    assert fake.channel_messages(world.general) == []


async def test_about_works_in_dms(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    r = await fake.slash(world.bob, "about", dm=True)
    assert r.type == 4
    assert "not a substitute" in r.text


async def test_help_member_sees_no_moderator_commands(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    r = await fake.slash(world.alice, "help", guild=world.guild, channel=world.general)
    assert r.ephemeral
    assert "/about" in r.text
    assert "/setup" not in r.text
    assert "(moderators)" not in r.text


async def test_help_moderator_sees_moderator_commands(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    r = await fake.slash(world.mia, "help", guild=world.guild, channel=world.general)
    assert "/about" in r.text
    assert "/setup" in r.text
    assert "(moderators)" in r.text


async def test_setup_is_registered_for_moderators_only(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    setup = fake.find_command("setup", None)
    manage_guild = 1 << 5
    assert int(setup["default_member_permissions"]) == manage_guild
    assert fake.find_command("about", None)["default_member_permissions"] is None


async def test_setup_refused_for_non_moderator(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    # The fake does not enforce default_permissions: this is a server that re-mapped them.
    r = await fake.slash(world.alice, "setup", guild=world.guild, channel=world.general,
                         options={"region": "GB"})
    assert r.ephemeral
    assert "Only this server's moderators" in r.text
    settings = await _guild_settings(bot, world.guild.id)
    assert settings.region == "US"


async def test_setup_by_moderator_saves_role_channel_and_region(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    r = await fake.slash(world.mia, "setup", guild=world.guild, channel=world.general,
                         options={"moderator_role": world.mods, "alert_channel": world.mod_alerts, "region": "gb"})
    r = await _finished(r)
    assert r.ephemeral
    assert "Saved." in r.text
    assert f"<@&{world.mods.id}>" in r.text
    assert f"<#{world.mod_alerts.id}>" in r.text
    settings = await _guild_settings(bot, world.guild.id)
    assert (settings.moderator_role_id, settings.alert_channel_id, settings.region) == (
        world.mods.id, world.mod_alerts.id, "GB")


async def test_setup_moderator_role_makes_member_a_moderator(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    helpers = fake.add_role(world.guild, "Helpers")
    fake.add_member(world.guild, world.carol, roles=[helpers])
    before = await fake.slash(world.carol, "help", guild=world.guild)
    assert "/setup" not in before.text
    await _finished(await fake.slash(world.mia, "setup", guild=world.guild, options={"moderator_role": helpers}))
    after = await fake.slash(world.carol, "help", guild=world.guild)
    assert "/setup" in after.text


async def test_setup_bad_region_gets_kind_error(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    r = await _finished(await fake.slash(world.mia, "setup", guild=world.guild, options={"region": "Atlantis"}))
    assert r.ephemeral
    assert "`Atlantis` isn't a region" in r.text
    assert "GB" in r.text and "US" in r.text
    assert (await _guild_settings(bot, world.guild.id)).region == "US"


async def test_setup_region_autocomplete_suggests_matches(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    choices = await fake.autocomplete(world.mia, "setup", guild=world.guild, focused="region",
                                      options={"region": "kingdom"})
    assert [c["value"] for c in choices] == ["GB"]


async def test_unexpected_error_gets_reply_with_code(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    await bot.load_extension("tests.e2e.boom_extension")
    await bot.tree.sync()
    r = await fake.slash(world.alice, "boom", guild=world.guild)
    r = await _finished(r)
    assert r.ephemeral
    assert "Something went wrong on Tandem's side" in r.text
    assert re.search(r"`T-[0-9A-F]{6}`", r.text)


@contextmanager
def _write_locked(path: Path) -> Iterator[None]:
    """Hold SQLite's write lock from a second connection, like another program would."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


async def test_locked_database_gets_try_again_reply(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    # Production waits 5 s for a lock; a short wait keeps the test fast (the slow test below uses 5 s).
    await bot.db.connection.execute("PRAGMA busy_timeout = 200")
    with _write_locked(bot.settings.db_path):
        r = await _finished(await fake.slash(world.mia, "setup", guild=world.guild, options={"region": "GB"}))
    assert r.ephemeral
    assert "try again" in r.text
    assert (await _guild_settings(bot, world.guild.id)).region == "US"


@pytest.mark.slow
async def test_locked_database_with_production_busy_timeout_still_answers(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await tandem()
    with _write_locked(bot.settings.db_path):
        r = await fake.slash(world.mia, "setup", guild=world.guild, options={"region": "GB"})
        r = await _finished(r, timeout=10)
    assert "try again" in r.text


async def test_read_only_database_gets_try_again_reply(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    # Tests run as root, where chmod does not stop writes; query_only gives SQLite's own
    # "attempt to write a readonly database" error, the same one a read-only file gives.
    await bot.db.connection.execute("PRAGMA query_only = ON")
    r = await _finished(await fake.slash(world.mia, "setup", guild=world.guild, options={"region": "GB"}))
    assert "try again" in r.text
    await bot.db.connection.execute("PRAGMA query_only = OFF")
    assert (await _guild_settings(bot, world.guild.id)).region == "US"


async def _finished(r: Any, timeout: float = 5.0) -> Any:
    """Wait until a deferred response has been filled in (no-op for a direct reply)."""
    await r.wait_done(timeout)
    return r


async def _guild_settings(bot: Any, guild_id: int) -> Any:
    from bot.db.guilds import GuildSettingsRepo

    return await GuildSettingsRepo(bot.db).get(guild_id)
