"""End-to-end: private check-ins with the real bot against the fake Discord."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from typing import Any

from PIL import Image

from bot.checkins.model import Status
from bot.clock import FakeClock
from bot.safety.detector import Detection
from bot.safety.events import CrisisEvent
from tests.conftest import World
from tests.fakediscord import FakeDiscord, FakeGuild, FakeMessage, FakeUser

# -- steps shared with test_privacy_e2e.py ------------------------------------------------------


def all_text(message: FakeMessage) -> str:
    parts = [message.content or ""]
    for embed in message.embeds:
        parts += [embed.get("title", ""), embed.get("description", "")]
        for field in embed.get("fields", []):
            parts += [field.get("name", ""), field.get("value", "")]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(parts)


async def opt_in(
    fake: FakeDiscord,
    user: FakeUser,
    *,
    guild: FakeGuild | None = None,
    channel: Any = None,
    frequency: str = "daily",
    time: str = "09:00",
    timezone: str = "UTC",
    **extra: Any,
) -> None:
    """/checkin start, then "I agree"."""
    where: dict[str, Any] = {"guild": guild, "channel": channel} if guild is not None else {"dm": True}
    shown = await fake.slash(
        user, "checkin start", options={"frequency": frequency, "time": time, "timezone": timezone, **extra}, **where
    )
    assert shown.ephemeral, shown
    agreed = await fake.click(user, shown, label="I agree")
    await agreed.wait_edit()
    assert "You're set" in all_text(agreed.final), all_text(agreed.final)  # type: ignore[arg-type]


async def run_due(bot: Any, clock: FakeClock, when: datetime) -> None:
    """Move the clock to ``when`` and let the scheduler run whatever is due."""
    await clock.set(when)
    await bot.scheduler.tick()


def checkin_dms(fake: FakeDiscord, user: FakeUser) -> list[FakeMessage]:
    """The check-in DMs (not the welcome message) sent to ``user``."""
    return [m for m in fake.dms(user) if m.embeds and m.embeds[0].get("title", "").startswith("Check-in")]


async def wait_checkins(fake: FakeDiscord, user: FakeUser, count: int, timeout: float = 5.0) -> list[FakeMessage]:
    await fake.wait_until(lambda: len(checkin_dms(fake, user)) >= count, timeout, f"{count} check-in DM(s)")
    return checkin_dms(fake, user)


def checkin_id(message: FakeMessage) -> int:
    ids = [cid for cid in message.all_custom_ids() if cid.startswith("ci:")]
    assert ids, f"no check-in buttons on the message: {message.all_custom_ids()}"
    return int(ids[0].split(":")[2])


async def start(tandem: Any) -> Any:
    return await tandem()


async def member_row(bot: Any, user_id: int) -> Any:
    return await bot.db.fetchone("SELECT * FROM checkin_members WHERE user_id = ?", (user_id,))


async def checkin_row(bot: Any, checkin: int) -> Any:
    return await bot.db.fetchone("SELECT * FROM checkins WHERE id = ?", (checkin,))


# -- opt-in -----------------------------------------------------------------------------------


async def test_checkin_optin_shows_consent_and_stores_nothing_until_agreed(
    fake: FakeDiscord, tandem: Any, world: World
) -> None:
    bot = await start(tandem)
    alice = world.alice
    shown = await fake.slash(
        alice,
        "checkin start",
        guild=world.guild,
        channel=world.general,
        options={"frequency": "weekdays", "time": "8pm", "timezone": "Europe/Berlin"},
    )
    assert shown.ephemeral
    text = all_text(shown.final)  # type: ignore[arg-type]
    for expected in (
        "What Tandem keeps",
        "encrypted",
        "365 days",
        "Only you can see",
        "not a therapist",
        "Monday to Friday at 20:00 (Europe/Berlin)",
        "It is **13:00** in Europe/Berlin right now",
    ):
        assert expected in text, expected
    assert await bot.db.fetchval("SELECT count(*) FROM checkin_members") == 0
    assert await bot.db.fetchval("SELECT count(*) FROM schedules") == 0

    declined = await fake.click(alice, shown, label="No thanks")
    assert declined.type == 7 and "nothing was saved" in declined.content
    assert await bot.db.fetchval("SELECT count(*) FROM checkin_members") == 0
    assert fake.dms(alice) == []

    shown = await fake.slash(
        alice,
        "checkin start",
        guild=world.guild,
        channel=world.general,
        options={"frequency": "weekdays", "time": "20:00", "timezone": "Europe/Berlin"},
    )
    agreed = await fake.click(alice, shown, label="I agree")
    final = await agreed.wait_edit()
    assert "You're set" in all_text(final) and final.ephemeral
    row = await member_row(bot, alice.id)
    assert (row["frequency"], row["local_time"], row["tz"], row["guild_id"], row["notify_moderators"]) == (
        "weekdays",
        "20:00",
        "Europe/Berlin",
        world.guild.id,
        0,
    )
    schedule = await bot.db.fetchone("SELECT * FROM schedules WHERE user_id = ?", (alice.id,))
    assert (schedule["kind"], schedule["days"]) == ("checkin", 31)
    # 20:00 in Berlin (CET, UTC+1) on Monday 2 March is 19:00 UTC.
    assert schedule["next_run_at"] == int(datetime(2026, 3, 2, 19, 0, tzinfo=UTC).timestamp())
    assert len(fake.dms(alice)) == 1  # the welcome line, so a closed DM shows up at once
    assert fake.channel_messages(world.general) == []  # nothing public, ever


async def test_checkin_timezone_autocomplete_shows_local_time(fake: FakeDiscord, tandem: Any, world: World) -> None:
    await start(tandem)
    choices = await fake.autocomplete(
        world.alice,
        "checkin start",
        guild=world.guild,
        channel=world.general,
        options={"frequency": "daily", "time": "09:00", "timezone": "new yo"},
        focused="timezone",
    )
    assert choices[0]["value"] == "America/New_York"
    assert "now 07:00" in choices[0]["name"]


async def test_checkin_nothing_is_sent_to_members_who_did_not_opt_in(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    r = await fake.slash(world.bob, "checkin now", dm=True)
    assert r.ephemeral and "/checkin start" in r.text
    await run_due(bot, clock, clock.now() + timedelta(days=2))
    assert fake.dms(world.bob) == []


# -- the check-in DM ---------------------------------------------------------------------------


async def test_checkin_dm_arrives_at_local_time_across_dst(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    await clock.set(datetime(2026, 3, 7, 12, 0, tzinfo=UTC))  # Saturday; US clocks spring forward on Sunday
    bot = await start(tandem)
    alice = world.alice
    await opt_in(fake, alice, guild=world.guild, channel=world.general, time="09:00", timezone="America/New_York")

    await run_due(bot, clock, datetime(2026, 3, 7, 13, 59, tzinfo=UTC))
    assert checkin_dms(fake, alice) == []
    await run_due(bot, clock, datetime(2026, 3, 7, 14, 0, tzinfo=UTC))  # 09:00 EST
    first = (await wait_checkins(fake, alice, 1))[0]
    assert "Saturday 7 March" in all_text(first)

    # After the change 09:00 New York time is 13:00 UTC, an hour earlier in UTC.
    await run_due(bot, clock, datetime(2026, 3, 8, 12, 59, tzinfo=UTC))
    assert len(checkin_dms(fake, alice)) == 1
    await run_due(bot, clock, datetime(2026, 3, 8, 13, 0, tzinfo=UTC))  # 09:00 EDT
    second = (await wait_checkins(fake, alice, 2))[1]
    assert "Sunday 8 March" in all_text(second)
    # The first, unanswered, was closed quietly: no message about it.
    assert (await checkin_row(bot, checkin_id(first)))["status"] == Status.CLOSED
    late = await fake.click(alice, first, custom_id=f"ci:mood:{checkin_id(first)}:2")
    assert late.ephemeral and "already closed" in late.text
    assert (await checkin_row(bot, checkin_id(first)))["mood"] is None
    assert len(fake.dms(alice)) == 3  # welcome + two check-ins


async def _first_checkin(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> tuple[Any, Any]:
    bot = await start(tandem)
    await opt_in(fake, world.alice, guild=world.guild, channel=world.general, time="13:00")
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    return bot, (await wait_checkins(fake, world.alice, 1))[0]


async def test_checkin_mood_reflections_and_note_are_saved_as_they_arrive(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot, message = await _first_checkin(fake, tandem, world, clock)
    alice, cid = world.alice, checkin_id(message)
    labels = [c.get("label") for c in message.components[0]["components"]]
    assert labels == ["1 · Really rough", "2 · Low", "3 · Okay", "4 · Good", "5 · Really good"]
    assert {"Snooze 1 h", "Skip today"} <= {c.get("label") for c in message.components[1]["components"]}

    r = await fake.click(alice, message, custom_id=f"ci:mood:{cid}:4")
    assert r.type == 7 and "Question 1 of 2" in all_text(r.final)  # type: ignore[arg-type]
    assert (await checkin_row(bot, cid))["mood"] == 4  # saved before the next answer

    prompts = (await checkin_row(bot, cid))["prompt_ids"].split(",")
    r = await fake.click(alice, message, label="Yes")
    assert "Question 2 of 2" in all_text(r.final)  # type: ignore[arg-type]
    r = await fake.click(alice, message, label="Partly")
    answers = {
        a["prompt_id"]: a["answer"]
        for a in await bot.db.fetchall("SELECT prompt_id, answer FROM checkin_answers WHERE checkin_id = ?", (cid,))
    }
    assert answers == {prompts[0]: "yes", prompts[1]: "partly"}

    opened = await fake.click(alice, message, label="Add a private note")
    assert opened.type == 9 and opened.modal is not None
    note = "Told my partner I needed Sunday for myself, and it went fine."
    submitted = await fake.submit_modal(alice, opened, {"note": note})
    assert submitted.type == 7
    assert "Private note: saved (encrypted)" in all_text(submitted.final)  # type: ignore[arg-type]
    assert submitted.final is not None and submitted.final.components == []
    row = await checkin_row(bot, cid)
    assert row["status"] == Status.DONE
    assert note.encode() not in row["note_encrypted"]
    assert bot.note_cipher.decrypt(row["note_encrypted"]) == note


async def test_checkin_double_click_is_counted_once(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot, message = await _first_checkin(fake, tandem, world, clock)
    alice, cid = world.alice, checkin_id(message)
    mood_id = f"ci:mood:{cid}:3"
    stale = dict(message.__dict__)
    results = await asyncio.gather(
        fake.click(alice, message, custom_id=mood_id), fake.click(alice, message, custom_id=mood_id)
    )
    assert all(r.type == 7 for r in results)
    prompt = (await checkin_row(bot, cid))["prompt_ids"].split(",")[0]
    yes_id = f"ci:ref:{cid}:{prompt}:yes"
    await fake.click(alice, message, custom_id=yes_id)
    # The same button pressed again from an older copy of the message changes nothing.
    old_copy = type(message)(
        **{
            **stale,
            "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Yes", "custom_id": yes_id}]}],
        }
    )
    fake.messages[old_copy.id] = old_copy
    again = await fake.click(alice, old_copy, custom_id=yes_id)
    assert again.type == 7
    assert (await checkin_row(bot, cid))["mood"] == 3
    assert await bot.db.fetchval("SELECT count(*) FROM checkin_answers WHERE checkin_id = ?", (cid,)) == 1


async def test_checkin_snooze_then_skip(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> None:
    bot, message = await _first_checkin(fake, tandem, world, clock)
    alice, cid = world.alice, checkin_id(message)
    r = await fake.click(alice, message, label="Snooze 1 h")
    assert r.type == 7 and "Snoozed" in all_text(r.final) and r.final.components == []  # type: ignore[union-attr,arg-type]
    assert (await checkin_row(bot, cid))["status"] == Status.SNOOZED

    await run_due(bot, clock, clock.now() + timedelta(minutes=59))
    assert len(checkin_dms(fake, alice)) == 1
    await run_due(bot, clock, clock.now() + timedelta(minutes=1))
    again = (await wait_checkins(fake, alice, 2))[1]
    assert checkin_id(again) == cid  # the same check-in, asked again

    r = await fake.click(alice, again, label="Skip today")
    assert "No check-in today" in all_text(r.final)  # type: ignore[arg-type]
    assert (await checkin_row(bot, cid))["status"] == Status.SKIPPED
    assert r.final is not None and r.final.components == []
    # The regular schedule carries on the next day.
    await run_due(bot, clock, datetime(2026, 3, 3, 13, 0, tzinfo=UTC))
    assert checkin_id((await wait_checkins(fake, alice, 3))[2]) != cid


async def test_checkin_buttons_work_after_a_restart(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    _, message = await _first_checkin(fake, tandem, world, clock)
    cid = checkin_id(message)
    bot = await tandem.restart()
    r = await fake.click(world.alice, message, custom_id=f"ci:mood:{cid}:5")
    assert r.type == 7 and "Question 1 of 2" in all_text(r.final)  # type: ignore[arg-type]
    assert (await checkin_row(bot, cid))["mood"] == 5
    opened = await fake.click(world.alice, message, label="Yes")
    opened = await fake.click(world.alice, message, label="Not today")
    opened = await fake.click(world.alice, message, label="Add a private note")
    bot = await tandem.restart()  # even a note form opened before a restart still saves
    submitted = await fake.submit_modal(world.alice, opened, {"note": "after restart"})
    assert submitted.type == 7
    assert bot.note_cipher.decrypt((await checkin_row(bot, cid))["note_encrypted"]) == "after restart"


async def test_checkin_closed_dms_stop_sending_and_the_member_is_told_privately(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    alice = world.alice
    await opt_in(fake, alice, guild=world.guild, channel=world.general, time="13:00")
    fake.close_dms(alice)
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    await fake.wait_until(lambda: any(r.status == 403 for r in fake.requests), what="the refused DM")
    row = await member_row(bot, alice.id)
    assert row["unreachable_at"] is not None
    schedule = await bot.db.fetchone("SELECT * FROM schedules WHERE user_id = ?", (alice.id,))
    assert schedule["paused"] == 1 and schedule["next_run_at"] is None
    posts_before = len([r for r in fake.requests if r.method == "POST" and r.route and "messages" in r.route])

    await run_due(bot, clock, datetime(2026, 3, 3, 13, 0, tzinfo=UTC))  # nothing more is tried
    assert len([r for r in fake.requests if r.method == "POST" and r.route and "messages" in r.route]) == posts_before

    r = await fake.slash(alice, "privacy info", guild=world.guild, channel=world.general)
    notice = await r.wait_followup()
    assert notice.ephemeral and "allow direct messages" in notice.content and "/checkin resume" in notice.content
    r2 = await fake.slash(alice, "privacy info", guild=world.guild, channel=world.general)
    assert r2.followups == []  # told once, not nagged
    assert fake.channel_messages(world.general) == []

    fake.open_dms(alice)
    resumed = await fake.slash(alice, "checkin resume", guild=world.guild, channel=world.general)
    assert "Welcome back" in all_text(resumed.final)  # type: ignore[arg-type]
    assert (await member_row(bot, alice.id))["unreachable_at"] is None
    await run_due(bot, clock, datetime(2026, 3, 4, 13, 0, tzinfo=UTC))
    await wait_checkins(fake, alice, 1)


async def test_checkin_pause_resume_and_stop(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> None:
    bot = await start(tandem)
    alice = world.alice
    await opt_in(fake, alice, time="13:00")
    r = await fake.slash(alice, "checkin pause", dm=True)
    assert "paused" in r.text
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    assert checkin_dms(fake, alice) == []

    await fake.slash(alice, "checkin resume", dm=True)
    await run_due(bot, clock, datetime(2026, 3, 3, 13, 0, tzinfo=UTC))
    await wait_checkins(fake, alice, 1)

    r = await fake.slash(alice, "checkin pause", dm=True, options={"until": "2026-03-06"})
    assert "come back by themselves" in r.text
    for day in (4, 5):
        await run_due(bot, clock, datetime(2026, 3, day, 13, 0, tzinfo=UTC))
    assert len(checkin_dms(fake, alice)) == 1
    await run_due(bot, clock, datetime(2026, 3, 6, 13, 0, tzinfo=UTC))
    await wait_checkins(fake, alice, 2)
    assert (await member_row(bot, alice.id))["paused"] == 0

    r = await fake.slash(alice, "checkin stop", dm=True)
    stopped = await fake.click(alice, r, label="Stop and erase my history")
    assert "erased" in stopped.content
    assert await member_row(bot, alice.id) is None
    assert await bot.db.fetchval("SELECT count(*) FROM checkins WHERE user_id = ?", (alice.id,)) == 0
    assert await bot.db.fetchval("SELECT count(*) FROM schedules WHERE user_id = ?", (alice.id,)) == 0
    await run_due(bot, clock, datetime(2026, 3, 7, 13, 0, tzinfo=UTC))
    assert len(checkin_dms(fake, alice)) == 2


async def test_checkin_stop_can_keep_history(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> None:
    bot, message = await _first_checkin(fake, tandem, world, clock)
    await fake.click(world.alice, message, custom_id=f"ci:mood:{checkin_id(message)}:2")
    r = await fake.slash(world.alice, "checkin stop", dm=True)
    kept = await fake.click(world.alice, r, label="Stop and keep my history")
    assert "history is kept" in kept.content
    assert await member_row(bot, world.alice.id) is None
    assert await bot.db.fetchval("SELECT count(*) FROM checkins WHERE user_id = ?", (world.alice.id,)) == 1


async def test_checkin_history_summary_and_png_chart(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    alice = world.alice
    await opt_in(fake, alice, time="13:00")
    for day, mood in zip(range(2, 7), (2, 3, 3, 4, 5), strict=True):
        await run_due(bot, clock, datetime(2026, 3, day, 13, 0, tzinfo=UTC))
        message = (await wait_checkins(fake, alice, day - 1))[-1]
        await fake.click(alice, message, custom_id=f"ci:mood:{checkin_id(message)}:{mood}")
        await fake.click(alice, message, label="Yes")
    r = await fake.slash(alice, "checkin history", dm=True, options={"days": 14})
    final = await r.wait_done()
    assert final is not None and final.ephemeral
    text = all_text(final)
    assert "You checked in on **5 days** in the last 14 days." in text
    assert "3.4 / 5" in text and "gently rising" in text
    for word in ("streak", "missed", "failed", "broke"):
        assert word not in text.lower()
    png = next(a for a in final.attachments if a.filename == "mood.png")
    image = Image.open(io.BytesIO(png.data))
    image.verify()
    assert image.format == "PNG"
    assert final.embeds[0]["image"]["url"] == "attachment://mood.png"


async def test_checkin_note_with_crisis_language_gets_resources_privately(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot, message = await _first_checkin(fake, tandem, world, clock)
    events: list[CrisisEvent] = []
    raised = asyncio.Event()

    async def on_tandem_crisis(event: CrisisEvent) -> None:
        events.append(event)
        raised.set()

    class Detector:  # the safety feature's detector is tested on its own; here only the hand-off
        def detect(self, text: str) -> Detection | None:
            return Detection("suicide", "no way out", 0, 10) if "no way out" in text else None

    bot.detector = Detector()
    bot.add_listener(on_tandem_crisis, "on_tandem_crisis")
    cid = checkin_id(message)
    await fake.click(world.alice, message, custom_id=f"ci:mood:{cid}:1")
    await fake.click(world.alice, message, label="Not today")
    await fake.click(world.alice, message, label="Not today")
    opened = await fake.click(world.alice, message, label="Add a private note")
    submitted = await fake.submit_modal(world.alice, opened, {"note": "I feel like there is no way out"})
    assert "/resources" in all_text(submitted.final)  # type: ignore[arg-type]
    await asyncio.wait_for(raised.wait(), 5)
    assert events == [
        CrisisEvent(
            user_id=world.alice.id,
            category="suicide",
            source="checkin_note",
            guild_id=world.guild.id,
            notify_moderators=False,
            found_by="phrase",  # the stand-in detector's Detection names no tier: the default
        )
    ]
    assert fake.channel_messages(world.general) == [] and fake.channel_messages(world.mod_alerts) == []


async def test_checkin_crisis_event_tells_moderators_only_if_member_chose_it(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await opt_in(fake, world.alice, guild=world.guild, channel=world.general, time="13:00", notify_moderators=True)
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    message = (await wait_checkins(fake, world.alice, 1))[0]
    events: list[CrisisEvent] = []
    raised = asyncio.Event()

    async def on_tandem_crisis(event: CrisisEvent) -> None:
        events.append(event)
        raised.set()

    class Detector:
        def detect(self, text: str) -> Detection | None:
            return Detection("suicide", "x", 0, 1)

    bot.detector = Detector()
    bot.add_listener(on_tandem_crisis, "on_tandem_crisis")
    for label in ("3 · Okay", "Yes", "Yes", "Add a private note"):
        opened = await fake.click(world.alice, message, label=label)
    await fake.submit_modal(world.alice, opened, {"note": "worrying words"})
    await asyncio.wait_for(raised.wait(), 5)
    assert events[0].notify_moderators is True and events[0].guild_id == world.guild.id


async def test_checkin_now_and_schedule_change(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> None:
    bot = await start(tandem)
    await opt_in(fake, world.alice, time="21:00")
    r = await fake.slash(world.alice, "checkin now", dm=True)
    await r.wait_done()
    assert "waiting in your DMs" in r.text
    await wait_checkins(fake, world.alice, 1)
    changed = await fake.slash(
        world.alice,
        "checkin schedule",
        dm=True,
        options={"frequency": "weekly", "time": "07:30", "timezone": "Asia/Kolkata", "weekday": 2},
    )
    text = all_text(changed.final)  # type: ignore[arg-type]
    assert "every Wednesday at 07:30 (Asia/Kolkata)" in text and "17:30" in text  # 12:00 UTC is 17:30 in India
    schedule = await bot.db.fetchone("SELECT * FROM schedules WHERE user_id = ?", (world.alice.id,))
    assert (schedule["days"], schedule["tz"], schedule["local_time"]) == (4, "Asia/Kolkata", "07:30")
    assert schedule["next_run_at"] == int(datetime(2026, 3, 4, 2, 0, tzinfo=UTC).timestamp())


async def test_checkin_note_uses_the_real_detector(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await start(tandem)
    await opt_in(fake, world.alice, time="13:00")
    events: list[CrisisEvent] = []

    async def on_tandem_crisis(event: CrisisEvent) -> None:
        events.append(event)

    bot.add_listener(on_tandem_crisis, "on_tandem_crisis")

    async def note(day: int, text: str) -> str:
        await run_due(bot, clock, datetime(2026, 3, day, 13, 0, tzinfo=UTC))
        message = (await wait_checkins(fake, world.alice, day - 1))[-1]
        for label in ("2 · Low", "Not today", "Not today", "Add a private note"):
            opened = await fake.click(world.alice, message, label=label)
        submitted = await fake.submit_modal(world.alice, opened, {"note": text})
        return all_text(submitted.final)  # type: ignore[arg-type]

    calm = await note(2, "This exam is killing me but I asked my friend for help and that felt good")
    assert "/resources" not in calm
    worried = await note(3, "I just want it all to end forever")
    assert "/resources" in worried
    await fake.wait_until(lambda: len(events) == 1, what="the crisis event")
    assert (events[0].source, events[0].category, events[0].notify_moderators) == ("checkin_note", "suicidal", False)


async def test_checkin_retention_purges_old_checkins_every_day(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await tandem(retention_days=30)
    cog = bot.get_cog("CheckinCog")
    await opt_in(fake, world.alice, time="13:00")
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    first = checkin_id((await wait_checkins(fake, world.alice, 1))[0])
    await run_due(bot, clock, datetime(2026, 3, 20, 13, 0, tzinfo=UTC))
    second = checkin_id((await wait_checkins(fake, world.alice, 2))[1])

    async def purged_at(when: datetime) -> None:
        def done() -> bool:
            return cog.last_retention_at is not None and cog.last_retention_at >= when

        async with cog.retention_done:
            await asyncio.wait_for(cog.retention_done.wait_for(done), 5)

    await purged_at(datetime(2026, 3, 2, tzinfo=UTC))  # once at start-up, then daily
    assert await checkin_row(bot, first) is not None
    day_31 = datetime(2026, 4, 2, 12, 0, tzinfo=UTC)  # 31 days after the first check-in
    await clock.set(day_31)
    await purged_at(day_31)
    assert await checkin_row(bot, first) is None
    assert await checkin_row(bot, second) is not None
