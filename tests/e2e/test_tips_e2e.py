"""End-to-end: daily tips with the real bot, the fake Discord and a FakeClock."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.content.tips import MAX_TEXT
from bot.tips.service import MAX_SCHEDULES_PER_GUILD
from tests.conftest import World
from tests.fakediscord import FakeChannel, FakeDiscord, FakeMessage


def all_text(message: FakeMessage | None) -> str:
    assert message is not None
    parts = [message.content or ""]
    for embed in message.embeds:
        parts += [embed.get("title", ""), embed.get("description", "")]
        for field in embed.get("fields", []):
            parts += [field.get("name", ""), field.get("value", "")]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(parts)


def tip_posts(fake: FakeDiscord, channel: FakeChannel) -> list[FakeMessage]:
    return [m for m in fake.channel_messages(channel) if m.embeds and m.embeds[0].get("title", "").startswith("Tip")]


async def start(tandem: Any) -> Any:
    return await tandem()


async def schedule(fake: FakeDiscord, world: World, **options: Any) -> Any:
    opts = {"channel": world.general, "time": "2pm", "timezone": "Europe/Berlin", **options}
    return await fake.slash(world.mia, "tips schedule", guild=world.guild, channel=world.general, options=opts)


async def schedule_id(bot: Any) -> int:
    return int(await bot.db.fetchval("SELECT id FROM schedules WHERE kind = 'tip' ORDER BY id DESC LIMIT 1"))


async def run_statuses(bot: Any) -> list[tuple[str, str]]:
    rows = await bot.db.fetchall("SELECT run_key, status FROM schedule_runs ORDER BY id")
    return [(r["run_key"], r["status"]) for r in rows]


# -- the happy path ------------------------------------------------------------------------------


async def test_tips_schedule_then_clock_posts_exactly_once(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    r = await schedule(fake, world)  # 14:00 Berlin = 13:00 UTC; the clock is 12:00 UTC (13:00 there)
    assert r.ephemeral
    text = all_text(r.message)
    assert "That is **13:00** there right now" in text, text
    assert "<t:1772456400:F>" in text  # 2026-03-02 13:00 UTC
    await clock.advance(timedelta(minutes=59))
    await bot.scheduler.tick()
    assert tip_posts(fake, world.general) == []
    await clock.advance(timedelta(minutes=1))
    await bot.scheduler.tick()
    await bot.scheduler.tick()
    posts = tip_posts(fake, world.general)
    assert len(posts) == 1
    assert posts[0].embeds[0]["description"]
    assert await run_statuses(bot) == [("2026-03-02", "sent")]
    # The next day it posts again, a different tip.
    await clock.advance(timedelta(days=1))
    await bot.scheduler.tick()
    posts = tip_posts(fake, world.general)
    assert len(posts) == 2
    assert posts[0].embeds[0]["description"] != posts[1].embeds[0]["description"]


async def test_tips_running_loop_posts_without_manual_tick(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    await start(tandem)
    await schedule(fake, world)
    await clock.advance(timedelta(hours=1))
    await fake.wait_until(lambda: len(tip_posts(fake, world.general)) == 1, 5, "the loop's tip post")
    assert len(tip_posts(fake, world.general)) == 1


async def test_tips_list_shows_discord_timestamp_and_local_time(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    await start(tandem)
    await schedule(fake, world, days="weekdays", category="boundaries")
    await schedule(fake, world, time="21:30", timezone="Asia/Kathmandu")
    r = await fake.slash(world.mia, "tips list", guild=world.guild, channel=world.general)
    text = all_text(r.message)
    assert r.ephemeral
    assert "<t:1772456400:F>" in text and "Mon 02 Mar 14:00 in Europe/Berlin" in text
    assert "weekdays" in text and "Boundaries" in text
    # 21:30 in Kathmandu (+05:45) is 15:45 UTC.
    assert "<t:1772466300:F>" in text and "Mon 02 Mar 21:30 in Asia/Kathmandu" in text


async def test_tips_timezone_autocomplete(fake: FakeDiscord, tandem: Any, world: World) -> None:
    await start(tandem)
    choices = await fake.autocomplete(
        world.mia, "tips schedule", guild=world.guild, channel=world.general,
        options={"timezone": "berl"}, focused="timezone",
    )
    assert choices[0]["value"] == "Europe/Berlin"
    choices = await fake.autocomplete(
        world.mia, "tips schedule", guild=world.guild, channel=world.general,
        options={"timezone": "new y"}, focused="timezone",
    )
    assert [c["value"] for c in choices][:1] == ["America/New_York"]


# -- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"time": "25:00"}, "isn't a time Tandem understands"),
        ({"time": "9"}, "could be morning or evening"),
        ({"time": "13pm"}, "with am/pm the hour must be 1 to 12"),
        ({"time": "soon"}, "9:30 pm"),
        ({"timezone": "Berlin"}, "Did you mean `Europe/Berlin`"),
        ({"timezone": "Mars/Base"}, "isn't a time zone"),
        ({"days": "funday"}, "isn't a day of the week"),
    ],
)
async def test_tips_schedule_rejects_bad_input_with_examples(
    fake: FakeDiscord, tandem: Any, world: World, options: dict[str, str], expected: str
) -> None:
    bot = await start(tandem)
    r = await schedule(fake, world, **options)
    assert r.ephemeral
    assert expected in all_text(r.message)
    assert await bot.db.fetchval("SELECT count(*) FROM schedules") == 0


async def test_tips_schedule_has_a_maximum_per_server(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem)
    for hour in range(MAX_SCHEDULES_PER_GUILD):
        await schedule(fake, world, time=f"{hour + 1:02d}:00")
    r = await schedule(fake, world, time="23:00")
    assert "already has 10 tip schedules" in all_text(r.message)
    assert await bot.db.fetchval("SELECT count(*) FROM schedules") == MAX_SCHEDULES_PER_GUILD


async def test_tips_moderator_commands_refuse_members(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem)
    for name, options in [
        ("tips schedule", {"channel": world.general, "time": "9am", "timezone": "UTC"}),
        ("tips list", {}),
        ("tips post-now", {}),
        ("tips custom", {}),
    ]:
        r = await fake.slash(world.alice, name, guild=world.guild, channel=world.general, options=options)
        assert r.ephemeral
        assert "Only this server's moderators" in all_text(r.message), name
    assert await bot.db.fetchval("SELECT count(*) FROM schedules") == 0
    assert tip_posts(fake, world.general) == []


async def test_tips_commands_reject_other_servers_schedules(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem)
    await schedule(fake, world)
    sid = await schedule_id(bot)
    other = fake.add_guild(name="Elsewhere")
    chan = fake.add_channel(other, "general")
    fake.add_member(other, world.mia)
    mods = fake.add_role(other, "Mods", permissions=0x20)
    fake.add_member(other, world.bob, roles=[mods])
    await fake.wait_until(lambda: bot.get_guild(other.id) is not None, 5, "the new guild")
    r = await fake.slash(world.bob, "tips remove", guild=other, channel=chan, options={"schedule": sid})
    assert f"There is no tip schedule #{sid} in this server" in all_text(r.message)
    assert await bot.scheduler.get(sid) is not None


# -- pause, resume, remove, preview, post-now ----------------------------------------------------


async def test_tips_pause_resume_remove(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> None:
    bot = await start(tandem)
    await schedule(fake, world)
    sid = await schedule_id(bot)
    where = {"guild": world.guild, "channel": world.general}
    r = await fake.slash(world.mia, "tips pause", options={"schedule": sid}, **where)
    assert f"Paused tip schedule #{sid}" in all_text(r.message)
    await clock.advance(timedelta(hours=2))
    await bot.scheduler.tick()
    assert tip_posts(fake, world.general) == []
    listed = await fake.slash(world.mia, "tips list", **where)
    assert "Paused: paused by a moderator" in all_text(listed.message)

    r = await fake.slash(world.mia, "tips resume", options={"schedule": sid}, **where)
    assert "Resumed" in all_text(r.message) and "<t:1772542800:F>" in all_text(r.message)  # tomorrow 13:00 UTC
    await clock.advance(timedelta(days=1))
    await bot.scheduler.tick()
    assert len(tip_posts(fake, world.general)) == 1

    r = await fake.slash(world.mia, "tips remove", options={"schedule": sid}, **where)
    assert f"Removed tip schedule #{sid}" in all_text(r.message)
    await clock.advance(timedelta(days=1))
    await bot.scheduler.tick()
    assert len(tip_posts(fake, world.general)) == 1
    assert await bot.db.fetchval("SELECT count(*) FROM tip_schedules") == 0


async def test_tips_preview_matches_next_post_and_post_now_advances(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await schedule(fake, world)
    where = {"guild": world.guild, "channel": world.general}
    preview = await fake.slash(world.mia, "tips preview", **where)
    assert preview.ephemeral
    previewed = preview.message.embeds[0]["description"]
    assert tip_posts(fake, world.general) == []  # preview posts nothing publicly
    r = await fake.slash(world.mia, "tips post-now", **where)
    await r.wait_followup()
    posts = tip_posts(fake, world.general)
    assert len(posts) == 1 and posts[0].embeds[0]["description"] == previewed
    second = await fake.slash(world.mia, "tips preview", **where)
    assert second.message.embeds[0]["description"] != previewed
    await clock.advance(timedelta(hours=1))
    await bot.scheduler.tick()
    posts = tip_posts(fake, world.general)
    assert len(posts) == 2 and posts[1].embeds[0]["description"] == second.message.embeds[0]["description"]


# -- custom tips -------------------------------------------------------------------------------


async def test_tips_custom_add_list_remove(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem)
    where = {"guild": world.guild, "channel": world.general}
    opened = await fake.slash(world.mia, "tips add", options={"category": "self-care"}, **where)
    assert opened.type == 9
    values = {"Tip": "Drink some water and stretch.", "Reflection question (optional)": "How is your body?"}
    done = await fake.submit_modal(world.mia, opened, values)
    assert "Added custom tip #" in all_text(done.message)
    tip_id = int(await bot.db.fetchval("SELECT id FROM custom_tips"))
    listed = await fake.slash(world.mia, "tips custom", **where)
    assert f"#{tip_id}" in all_text(listed.message) and "Drink some water" in all_text(listed.message)
    # The custom tip is eligible for /tip in this server.
    texts = set()
    for _ in range(40):
        r = await fake.slash(world.alice, "tip", options={"category": "self-care"}, **where)
        texts.add(r.message.embeds[0]["description"])
    assert "Drink some water and stretch." in texts
    removed = await fake.slash(world.mia, "tips custom", options={"remove": tip_id}, **where)
    assert f"Removed custom tip #{tip_id}" in all_text(removed.message)
    assert await bot.db.fetchval("SELECT count(*) FROM custom_tips") == 0
    missing = await fake.slash(world.mia, "tips custom", options={"remove": tip_id}, **where)
    assert "There is no custom tip" in all_text(missing.message)


async def test_tips_custom_tip_limits(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem)
    where = {"guild": world.guild, "channel": world.general}
    opened = await fake.slash(world.mia, "tips add", options={"category": "boundaries"}, **where)
    # The modal itself caps the tip at 600 characters, so Discord refuses longer input...
    with pytest.raises(AssertionError, match=f"would not accept {MAX_TEXT + 1} chars"):
        await fake.submit_modal(world.mia, opened, {"Tip": "x" * (MAX_TEXT + 1)})
    # ...and the service refuses a blank one with a kind message.
    opened = await fake.slash(world.mia, "tips add", options={"category": "boundaries"}, **where)
    done = await fake.submit_modal(world.mia, opened, {"Tip": "   "})
    assert done.ephemeral and "must be non-empty text" in all_text(done.message)
    assert await bot.db.fetchval("SELECT count(*) FROM custom_tips") == 0


# -- /tip for members ----------------------------------------------------------------------------


async def test_tip_is_ephemeral_by_default_and_public_on_request(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    await start(tandem)
    where = {"guild": world.guild, "channel": world.general}
    private = await fake.slash(world.alice, "tip", **where)
    assert private.ephemeral and private.message.embeds[0]["title"].startswith("Tip · ")
    public = await fake.slash(world.alice, "tip", options={"category": "boundaries", "public": True}, **where)
    assert not public.ephemeral
    assert public.message.embeds[0]["title"] == "Tip · Boundaries"
    dm = await fake.slash(world.alice, "tip", dm=True)
    assert dm.ephemeral and dm.message.embeds


async def test_tips_switched_off_in_guild_settings(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await schedule(fake, world)
    from bot.db.guilds import GuildSettingsRepo

    await GuildSettingsRepo(bot.db).update(world.guild.id, clock.now(), tips_enabled=False)
    r = await fake.slash(world.alice, "tip", guild=world.guild, channel=world.general)
    assert "switched off" in all_text(r.message)
    await clock.advance(timedelta(hours=1))
    await bot.scheduler.tick()
    assert tip_posts(fake, world.general) == []
    assert await run_statuses(bot) == [("2026-03-02", "skipped")]


# -- restarts and downtime -------------------------------------------------------------------------


async def test_tips_restart_around_due_time_posts_once(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await schedule(fake, world)
    # Restart a minute before the run...
    await clock.advance(timedelta(minutes=59))
    bot = await tandem.restart()
    await clock.advance(timedelta(minutes=1))
    await bot.scheduler.tick()
    assert len(tip_posts(fake, world.general)) == 1
    # ...and right after it: the new process must not post it again.
    bot = await tandem.restart()
    await clock.advance(timedelta(seconds=30))
    await bot.scheduler.tick()
    assert len(tip_posts(fake, world.general)) == 1
    assert await run_statuses(bot) == [("2026-03-02", "sent")]


async def test_tips_downtime_within_grace_posts_late_once(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    await start(tandem)
    await schedule(fake, world)
    await tandem.close()
    await clock.advance(timedelta(hours=3, minutes=30))  # down until 2.5 h after the run
    bot = await tandem.restart()
    await bot.scheduler.tick()
    assert len(tip_posts(fake, world.general)) == 1
    assert await run_statuses(bot) == [("2026-03-02", "sent")]


async def test_tips_downtime_outside_grace_skips_and_logs(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    await start(tandem)
    await schedule(fake, world)
    await tandem.close()
    await clock.advance(timedelta(hours=5))  # 4 h after the run; grace is 3 h
    with caplog.at_level(logging.WARNING, logger="bot.scheduler"):
        bot = await tandem.restart()
        await bot.scheduler.tick()
    assert tip_posts(fake, world.general) == []
    assert await run_statuses(bot) == [("2026-03-02", "skipped")]
    assert any("Skipped tip run 2026-03-02" in r.getMessage() for r in caplog.records)
    row = await bot.db.fetchone("SELECT next_key FROM schedules")
    assert row["next_key"] == "2026-03-03"


async def test_tips_grace_setting_is_honoured(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    await tandem(tip_grace_hours=6.0)
    await schedule(fake, world)
    await tandem.close()
    await clock.advance(timedelta(hours=5))
    bot = await tandem.restart()
    await bot.scheduler.tick()
    assert len(tip_posts(fake, world.general)) == 1


# -- broken channels -------------------------------------------------------------------------------


async def configure_alerts(bot: Any, world: World, clock: FakeClock) -> None:
    from bot.db.guilds import GuildSettingsRepo

    await GuildSettingsRepo(bot.db).update(world.guild.id, clock.now(), alert_channel_id=world.mod_alerts.id)


async def test_tips_deleted_channel_pauses_and_alerts_moderators(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await configure_alerts(bot, world, clock)
    await schedule(fake, world)
    sid = await schedule_id(bot)
    fake.delete_channel(world.general)
    await clock.advance(timedelta(hours=1))
    await bot.scheduler.tick()
    alert = await fake.wait_for_message(lambda m: m.channel_id == world.mod_alerts.id)
    assert f"Tip schedule #{sid} paused" in all_text(alert) and "the channel was deleted" in all_text(alert)
    s = await bot.scheduler.get(sid)
    assert s.paused and s.next_run_at is None and s.pause_reason == "the channel was deleted"
    assert await run_statuses(bot) == [("2026-03-02", "failed")]
    # No retry loop: days later nothing more was attempted.
    sends_before = len([q for q in fake.requests if q.method == "POST" and q.path.endswith("/messages")])
    await clock.advance(timedelta(days=3))
    await bot.scheduler.tick()
    sends_after = len([q for q in fake.requests if q.method == "POST" and q.path.endswith("/messages")])
    assert sends_after == sends_before


async def test_tips_missing_permission_pauses_and_alerts_moderators(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await configure_alerts(bot, world, clock)
    await schedule(fake, world)
    sid = await schedule_id(bot)
    fake.deny_bot_permission(world.general, "send_messages")
    await clock.advance(timedelta(hours=1))
    await bot.scheduler.tick()
    alert = await fake.wait_for_message(lambda m: m.channel_id == world.mod_alerts.id)
    assert "missing permission" in all_text(alert)
    s = await bot.scheduler.get(sid)
    assert s.paused and s.pause_reason == "Tandem is missing permission to post there"
    listed = await fake.slash(world.mia, "tips list", guild=world.guild, channel=world.mod_alerts)
    assert "Paused: Tandem is missing permission" in all_text(listed.message)


async def test_tips_broken_channel_without_alert_channel_still_pauses(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await start(tandem)
    await schedule(fake, world)
    sid = await schedule_id(bot)
    fake.deny_bot_permission(world.general, "send_messages")
    await clock.advance(timedelta(hours=1))
    with caplog.at_level(logging.WARNING):
        await bot.scheduler.tick()
    s = await bot.scheduler.get(sid)
    assert s.paused
    assert any("Pausing tip schedule" in r.getMessage() for r in caplog.records)
    assert fake.channel_messages(world.mod_alerts) == []


async def test_tips_schedule_rotation_never_repeats_within_a_cycle(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    where = {"guild": world.guild, "channel": world.general}
    opened = await fake.slash(world.mia, "tips add", options={"category": "boundaries"}, **where)
    await fake.submit_modal(world.mia, opened, {"Tip": "Our own server tip about limits."})
    await schedule(fake, world, category="boundaries")
    eligible = len(bot.content.tips.in_category("boundaries")) + 1
    await clock.advance(timedelta(hours=1))  # 14:00 in Berlin, the first run
    for _ in range(eligible + 1):
        await bot.scheduler.tick()
        await clock.advance(timedelta(days=1))
    texts = [m.embeds[0]["description"] for m in tip_posts(fake, world.general)]
    assert len(texts) == eligible + 1
    first_cycle = texts[:eligible]
    assert len(set(first_cycle)) == eligible  # every eligible tip once, the custom one included
    assert "Our own server tip about limits." in first_cycle
    assert texts[eligible] != texts[eligible - 1]  # the new cycle doesn't start with a repeat
    assert all(m.embeds[0]["title"] == "Tip · Boundaries" for m in tip_posts(fake, world.general))


async def test_tips_schedule_autocomplete_lists_this_servers_schedules(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem)
    await schedule(fake, world, days="weekdays")
    sid = await schedule_id(bot)
    choices = await fake.autocomplete(
        world.mia, "tips pause", guild=world.guild, channel=world.general, focused="schedule"
    )
    assert [c["value"] for c in choices] == [sid]
    assert "14:00 Europe/Berlin" in choices[0]["name"] and "weekdays" in choices[0]["name"]
    days = await fake.autocomplete(
        world.mia, "tips schedule", guild=world.guild, channel=world.general,
        options={"days": "week"}, focused="days",
    )
    assert [c["value"] for c in days] == ["weekdays", "weekends"]
