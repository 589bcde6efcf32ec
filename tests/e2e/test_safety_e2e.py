"""End-to-end: the safety feature with the real bot against the fake Discord."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta
from typing import Any

from bot.clock import FakeClock
from bot.safety.detector import CrisisDetector
from bot.safety.events import CrisisEvent
from tests.conftest import World
from tests.fakediscord import FakeDiscord, FakeMessage, FakeUser

CRISIS = "I want to kill myself"


HANDLED: dict[int, list[Any]] = {}


def track(bot: Any) -> None:
    """Record each crisis event the safety cog has finished handling (DM and alert done)."""
    done: list[Any] = []

    async def on_tandem_crisis_handled(row: Any) -> None:
        done.append(row)

    bot.add_listener(on_tandem_crisis_handled, "on_tandem_crisis_handled")
    HANDLED[id(bot)] = done


async def start(tandem: Any, fake: FakeDiscord, world: World, **setup: Any) -> Any:
    """Start the bot and point safety alerts at #mod-alerts (as moderator mia)."""
    bot = await tandem()
    track(bot)
    r = await fake.slash(
        world.mia, "safety setup", guild=world.guild, channel=world.general,
        options={"alert_channel": world.mod_alerts, **setup},
    )
    await r.wait_done()
    assert "Saved" in r.text, r.text
    return bot


def alerts(fake: FakeDiscord, world: World) -> list[FakeMessage]:
    return [m for m in fake.channel_messages(world.mod_alerts) if m.embeds and "Safety alert" in m.text]


async def wait_alerts(fake: FakeDiscord, world: World, count: int) -> list[FakeMessage]:
    await fake.wait_until(lambda: len(alerts(fake, world)) >= count, 5, f"{count} safety alert(s)")
    return alerts(fake, world)


def resource_dms(fake: FakeDiscord, user: FakeUser) -> list[FakeMessage]:
    return [m for m in fake.dms(user) if m.embeds and "People you can talk to" in m.text]


async def events(bot: Any, fake: FakeDiscord | None = None, handled: int = 0) -> list[Any]:
    """The stored events, once ``handled`` crisis events have been fully handled."""
    if handled:
        assert fake is not None
        await fake.wait_until(lambda: len(HANDLED[id(bot)]) >= handled, 5, f"{handled} handled event(s)")
    return await bot.db.fetchall("SELECT * FROM crisis_events ORDER BY id")


async def test_safety_flagged_message_dms_member_and_alerts_moderators(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem, fake, world)
    sent = await fake.send_message(world.alice, world.general, CRISIS)
    alert = (await wait_alerts(fake, world, 1))[0]
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 1, 5, "the private reply")
    dm = resource_dms(fake, world.alice)[0]
    assert "988" in dm.text and "911" in dm.text  # the server's default region is US
    assert dm.find_component(label="Talk to a moderator") and dm.find_component(label="I'm OK / pause these messages")
    assert "committed suicide" not in dm.text.lower()
    # The alert: who, category, jump link, checklist, buttons; never the message text.
    assert str(world.alice.id) in alert.text and "Suicidal thoughts" in alert.text
    assert sent.jump_url.replace("@me", str(world.guild.id)) in alert.text
    assert "Checklist" in alert.text and CRISIS.lower() not in alert.text.lower()
    assert "Found by" in alert.text and "A listed crisis phrase" in alert.text and "learned model" not in alert.text
    assert {"safety:claim", "safety:resolve", "safety:fp"} <= {c.rsplit(":", 1)[0] for c in alert.all_custom_ids()}
    # Nothing public in the channel, and the database holds ids and a category only.
    assert fake.channel_messages(world.general) == [sent]
    rows = await events(bot, fake, 1)
    assert [
        (r["user_id"], r["category"], r["source"], r["dm_status"], r["alert_status"], r["found_by"]) for r in rows
    ] == [(world.alice.id, "suicidal", "message", "sent", "sent", "phrase")]
    assert CRISIS not in str([dict(r) for r in rows])


# Indirect: no phrase or cue rule matches it; the learned model (bot/safety/model.py) does.
ONLY_THE_MODEL = "my stepdad said if i tell anyone he'll make sure i regret it. hes downstairs right now"


async def test_safety_message_only_the_learned_model_flags_gets_the_same_care(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem, fake, world)
    rules_only = CrisisDetector.from_content(dataclasses.replace(bot.content.safety, model=None))
    assert rules_only.detect(ONLY_THE_MODEL) is None  # the premise of this test
    sent = await fake.send_message(world.alice, world.general, ONLY_THE_MODEL)
    alert = (await wait_alerts(fake, world, 1))[0]
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 1, 5, "the private reply")
    assert "Abuse or danger at home" in alert.text and str(world.alice.id) in alert.text
    assert sent.jump_url.replace("@me", str(world.guild.id)) in alert.text
    assert "stepdad" not in alert.text.lower()  # never the member's words
    # Responders are told the learned model found it, so they read the message first.
    assert "Found by" in alert.text and "learned model: less certain" in alert.text
    rows = await events(bot, fake, 1)
    assert [(r["user_id"], r["category"], r["dm_status"], r["found_by"]) for r in rows] == [
        (world.alice.id, "abuse", "sent", "model")
    ]


async def test_safety_idiom_produces_nothing(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem, fake, world)
    for idiom in ("this exam is killing me", "I'd die for pizza right now", "my character died in the game"):
        await fake.send_message(world.alice, world.general, idiom)
    # A flagged message from bob afterwards proves the idioms were seen and passed over.
    await fake.send_message(world.bob, world.general, "i don't want to wake up tomorrow")
    await wait_alerts(fake, world, 1)
    assert [r["user_id"] for r in await events(bot, fake, 1)] == [world.bob.id]
    assert resource_dms(fake, world.alice) == []


async def test_safety_reply_cooldown_holds_then_expires(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem, fake, world)
    await fake.send_message(world.alice, world.general, CRISIS)
    await wait_alerts(fake, world, 1)
    await fake.send_message(world.alice, world.general, "everyone would be better off without me")
    await wait_alerts(fake, world, 2)  # moderators still hear about it
    assert len(resource_dms(fake, world.alice)) == 1
    assert [r["dm_status"] for r in await events(bot, fake, 2)] == ["sent", "cooldown"]
    await clock.advance(timedelta(hours=6, minutes=1))
    await fake.send_message(world.alice, world.general, "i took too many pills")
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 2, 5, "a second private reply")
    assert "Substance" in (await wait_alerts(fake, world, 3))[2].text


async def test_safety_closed_dms_take_fallback_without_naming_anyone(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem, fake, world)
    fake.close_dms(world.alice)
    await fake.send_message(world.alice, world.general, CRISIS)
    alert = (await wait_alerts(fake, world, 1))[0]
    assert "DMs are closed" in alert.text
    await fake.wait_until(
        lambda: any("/resources" in m.content for m in fake.channel_messages(world.general)), 5, "the reminder"
    )
    reminders = [m for m in fake.channel_messages(world.general) if m.author.id == fake.bot_user.id]
    assert len(reminders) == 1
    assert world.alice.name not in reminders[0].content and str(world.alice.id) not in reminders[0].content
    # A second flag in the same channel within the hour: no second reminder.
    await fake.send_message(world.alice, world.general, "i want to die")
    await wait_alerts(fake, world, 2)
    assert len([m for m in fake.channel_messages(world.general) if m.author.id == fake.bot_user.id]) == 1
    assert [r["dm_status"] for r in await events(bot, fake, 2)] == ["failed", "failed"]


async def test_safety_fallback_reminder_can_be_turned_off(fake: FakeDiscord, tandem: Any, world: World) -> None:
    await start(tandem, fake, world, fallback_reminder=False)
    fake.close_dms(world.alice)
    await fake.send_message(world.alice, world.general, CRISIS)
    await wait_alerts(fake, world, 1)
    assert [m for m in fake.channel_messages(world.general) if m.author.id == fake.bot_user.id] == []


async def test_safety_only_moderators_can_claim_and_resolve(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem, fake, world)
    await fake.send_message(world.alice, world.general, CRISIS)
    alert = (await wait_alerts(fake, world, 1))[0]
    refused = await fake.click(world.bob, alert, label="Claim")
    assert refused.ephemeral and "moderators" in refused.text.lower()
    assert (await events(bot, fake, 1))[0]["outcome"] == "open"
    claimed = await fake.click(world.mia, alert, label="Claim")
    assert claimed.type == 7  # the alert itself is updated
    assert f"Claimed by <@{world.mia.id}>" in alert.text
    assert alert.find_component(label="Claim")["disabled"]  # type: ignore[index]
    await fake.click(world.mia, alert, label="Resolved")
    row = (await events(bot))[0]
    assert (row["outcome"], row["claimed_by_user_id"], row["closed_by_user_id"]) == ("resolved", world.mia.id,
                                                                                     world.mia.id)
    assert "Resolved" in alert.text and alert.find_component(label="False positive")["disabled"]  # type: ignore[index]


async def test_safety_false_positive_is_recorded_and_counted(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem, fake, world)
    await fake.send_message(world.alice, world.general, "he hits me")
    alert = (await wait_alerts(fake, world, 1))[0]
    await fake.click(world.mia, alert, label="False positive")
    assert (await events(bot, fake, 1))[0]["outcome"] == "false_positive"
    stats = await fake.slash(world.mia, "safety stats", guild=world.guild, channel=world.general)
    assert stats.ephemeral and "Abuse or danger at home: **1**" in stats.text and "False positive: **1**" in stats.text
    assert world.alice.name not in stats.text and str(world.alice.id) not in stats.text


async def test_safety_member_buttons_talk_and_pause(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem, fake, world)
    await fake.send_message(world.alice, world.general, CRISIS)
    await wait_alerts(fake, world, 1)
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 1, 5, "the private reply")
    dm = resource_dms(fake, world.alice)[0]
    talk = await fake.click(world.alice, dm, label="Talk to a moderator")
    await talk.wait_done()
    assert "moderator has been told" in talk.text
    await fake.wait_until(
        lambda: any("asked to talk" in m.text for m in fake.channel_messages(world.mod_alerts)), 5, "the request"
    )
    assert (await events(bot, fake, 1))[0]["talk_requested_at"] is not None
    paused = await fake.click(world.alice, dm, label="I'm OK / pause these messages")
    assert "won't send you these messages" in paused.text
    await clock.advance(timedelta(hours=7))
    await fake.send_message(world.alice, world.general, CRISIS)
    await wait_alerts(fake, world, 2)
    assert len(resource_dms(fake, world.alice)) == 1
    assert (await events(bot, fake, 2))[1]["dm_status"] == "opted_out"
    # /resources still works and turns the messages back on.
    r = await fake.slash(world.alice, "resources", guild=world.guild, channel=world.general,
                         options={"auto_replies": "on"})
    assert r.ephemeral and "988" in r.text
    assert await bot.db.fetchval("SELECT COUNT(*) FROM safety_optouts") == 0


async def test_safety_report_context_menu_keeps_reporter_anonymous(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem, fake, world, enabled=False)  # listener off: only the report counts
    message = await fake.send_message(world.alice, world.general, "nobody would notice if i was gone")
    r = await fake.context_menu(world.bob, "Report to moderators", guild=world.guild, target_message=message)
    await r.wait_done()
    assert r.ephemeral and "won't learn who reported" in r.text
    alert = (await wait_alerts(fake, world, 1))[0]
    assert str(world.alice.id) in alert.text and "Reported by a member" in alert.text
    assert str(world.bob.id) not in alert.text and world.bob.name not in alert.text
    assert "Found by" not in alert.text  # a member reported it: no detector tier to name
    assert fake.dms(world.alice) == []  # the author is not contacted by the report
    row = (await events(bot))[0]
    assert (row["source"], row["user_id"], row["reporter_user_id"]) == ("report", world.alice.id, world.bob.id)


async def test_safety_offer_resources_context_menu_is_for_moderators(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem, fake, world, enabled=False)
    message = await fake.send_message(world.alice, world.general, "rough week, not sure how much more i can take")
    refused = await fake.context_menu(world.bob, "Offer support resources", guild=world.guild, target_message=message)
    assert refused.ephemeral and "moderators" in refused.text.lower()
    assert fake.dms(world.alice) == []
    offered = await fake.context_menu(world.mia, "Offer support resources", guild=world.guild, target_message=message)
    await offered.wait_done()
    assert "Sent privately" in offered.text
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 1, 5, "the offered resources")
    assert "moderation team wanted to make sure" in resource_dms(fake, world.alice)[0].text
    row = (await events(bot))[0]
    assert (row["source"], row["user_id"], row["dm_status"]) == ("offer", world.alice.id, "sent")


async def test_safety_resources_by_region_and_autocomplete(fake: FakeDiscord, tandem: Any, world: World) -> None:
    await start(tandem, fake, world)
    us = await fake.slash(world.bob, "resources", guild=world.guild, channel=world.general)
    assert us.ephemeral and "988 Suicide & Crisis Lifeline" in us.text and "911" in us.text
    gb = await fake.slash(world.bob, "resources", guild=world.guild, channel=world.general, options={"region": "GB"})
    assert "Samaritans" in gb.text and "116 123" in gb.text and "999 or 112" in gb.text
    au = await fake.slash(world.bob, "resources", dm=True, options={"region": "AU"})
    assert "13 11 14" in au.text and "000" in au.text
    choices = await fake.autocomplete(world.bob, "resources", guild=world.guild, channel=world.general,
                                      options={"region": "king"}, focused="region")
    assert [c["value"] for c in choices] == ["GB"]
    bad = await fake.slash(world.bob, "resources", guild=world.guild, channel=world.general, options={"region": "XX"})
    assert bad.ephemeral and "isn't a region" in bad.text
    # The server's default region comes from /safety setup.
    r = await fake.slash(world.mia, "safety setup", guild=world.guild, channel=world.general, options={"region": "NZ"})
    await r.wait_done()
    nz = await fake.slash(world.bob, "resources", guild=world.guild, channel=world.general)
    assert "1737" in nz.text and "111" in nz.text


async def test_safety_channel_opt_out_and_chosen_channels(fake: FakeDiscord, tandem: Any, world: World) -> None:
    bot = await start(tandem, fake, world)
    quiet = fake.add_channel(world.guild, "vent-no-bots")
    r = await fake.slash(world.mia, "safety setup", guild=world.guild, channel=world.general,
                         options={"channel": quiet, "channel_mode": "ignore"})
    await r.wait_done()
    assert "Opted out" in r.text
    await fake.send_message(world.alice, quiet, CRISIS)
    await fake.send_message(world.bob, world.general, CRISIS)
    await wait_alerts(fake, world, 1)
    assert [row["user_id"] for row in await events(bot, fake, 1)] == [world.bob.id]
    # Only chosen channels: #general is not chosen, so nothing there is noticed.
    r = await fake.slash(world.mia, "safety setup", guild=world.guild, channel=world.general,
                         options={"channels": "chosen", "channel": world.mod_alerts, "channel_mode": "listen"})
    await r.wait_done()
    await fake.send_message(world.carol, world.general, CRISIS)
    await fake.send_message(world.carol, world.mod_alerts, "i want to end my life")
    await wait_alerts(fake, world, 2)
    assert [row["channel_id"] for row in await events(bot, fake, 2)] == [world.general.id, world.mod_alerts.id]


async def test_safety_setup_and_test_are_for_moderators(fake: FakeDiscord, tandem: Any, world: World) -> None:
    await start(tandem, fake, world)
    refused = await fake.slash(world.bob, "safety test", guild=world.guild, channel=world.general)
    assert refused.ephemeral and "moderators" in refused.text.lower()
    r = await fake.slash(world.mia, "safety test", guild=world.guild, channel=world.general)
    await r.wait_done()
    assert "Posted a test alert" in r.text
    alert = (await wait_alerts(fake, world, 1))[0]
    assert "(test)" in alert.text and "No member is involved" in alert.text


async def test_safety_checkin_note_event_replies_privately_and_alerts_only_by_choice(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem, fake, world)
    handled = asyncio.Event()
    seen: list[CrisisEvent] = []

    async def after(event: CrisisEvent) -> None:
        seen.append(event)
        if len(seen) == 2:
            handled.set()

    bot.add_listener(after, "on_tandem_crisis")
    bot.dispatch("tandem_crisis", CrisisEvent(user_id=world.alice.id, category="self_harm", source="checkin_note",
                                              guild_id=world.guild.id, notify_moderators=False))
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 1, 5, "the private reply")
    assert "hurting yourself" in resource_dms(fake, world.alice)[0].text
    bot.dispatch("tandem_crisis", CrisisEvent(user_id=world.bob.id, category="suicidal", source="checkin_note",
                                              guild_id=world.guild.id, notify_moderators=True, found_by="model"))
    alert = (await wait_alerts(fake, world, 1))[0]
    assert str(world.bob.id) in alert.text and "check-in note" in alert.text and "Jump" not in alert.text
    # A note's alert says a concern and its kind, nothing more (docs/PRIVACY.md).
    assert "Found by" not in alert.text and "learned model" not in alert.text
    await asyncio.wait_for(handled.wait(), 5)
    rows = await events(bot, fake, 2)
    assert [(r["user_id"], r["alert_status"]) for r in rows] == [(world.alice.id, "private"), (world.bob.id, "sent")]


async def test_safety_checkin_note_in_crisis_through_the_checkin_flow(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    from datetime import UTC, datetime

    from tests.e2e.test_checkin_e2e import checkin_id, opt_in, run_due, wait_checkins

    bot = await tandem()
    track(bot)
    r = await fake.slash(world.mia, "safety setup", guild=world.guild, channel=world.general,
                         options={"alert_channel": world.mod_alerts})
    await r.wait_done()
    await opt_in(fake, world.alice, guild=world.guild, channel=world.general, time="13:00")
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    message = (await wait_checkins(fake, world.alice, 1))[0]
    await fake.click(world.alice, message, custom_id=f"ci:mood:{checkin_id(message)}:1")
    await fake.click(world.alice, message, label="Not today")
    await fake.click(world.alice, message, label="Not today")
    opened = await fake.click(world.alice, message, label="Add a private note")
    await fake.submit_modal(world.alice, opened, {"note": "honestly i don't want to be alive anymore"})
    # The real detector flags the note; the member gets resources privately, moderators hear nothing.
    await fake.wait_until(lambda: len(resource_dms(fake, world.alice)) == 1, 5, "the private reply")
    rows = await events(bot, fake, 1)
    assert [(r["source"], r["alert_status"], r["category"], r["found_by"]) for r in rows] == [
        ("checkin_note", "private", "suicidal", "phrase")
    ]
    assert alerts(fake, world) == []
