"""End-to-end: /privacy info, export and delete with the real bot against the fake Discord."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from bot.clock import FakeClock
from bot.privacy import user_tables
from tests.conftest import World
from tests.e2e.test_checkin_e2e import all_text, checkin_id, opt_in, run_due, wait_checkins
from tests.fakediscord import FakeDiscord

NOTE = "I kept my Saturday morning for myself"


async def _alice_with_a_checkin(fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock) -> Any:
    bot = await tandem()
    await opt_in(fake, world.alice, guild=world.guild, channel=world.general, time="13:00")
    await opt_in(fake, world.bob, time="13:00")
    await run_due(bot, clock, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    message = (await wait_checkins(fake, world.alice, 1))[0]
    for label in ("4 · Good", "Yes", "Partly", "Add a private note"):
        opened = await fake.click(world.alice, message, label=label)
    await fake.submit_modal(world.alice, opened, {"note": NOTE})
    await wait_checkins(fake, world.bob, 1)
    return bot


async def test_privacy_info_summarises_the_policy(fake: FakeDiscord, tandem: Any, world: World) -> None:
    await tandem()
    r = await fake.slash(world.alice, "privacy info", dm=True)
    text = all_text(r.final)  # type: ignore[arg-type]
    assert r.ephemeral
    for expected in (
        "encrypted",
        "Moderators can't read them",
        "365 days",
        "/privacy export",
        "/privacy delete",
        "Crisis language",
    ):
        assert expected in text, expected
    help_text = all_text((await fake.slash(world.alice, "help", dm=True)).final)  # type: ignore[arg-type]
    for group in ("Check-ins", "Privacy", "/checkin start", "/privacy delete"):
        assert group in help_text, group


async def test_privacy_export_contains_everything_about_the_member(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    await _alice_with_a_checkin(fake, tandem, world, clock)
    r = await fake.slash(world.alice, "privacy export", guild=world.guild, channel=world.general)
    final = await r.wait_done()
    assert final is not None and final.ephemeral
    attachment = next(a for a in final.attachments if a.filename == f"tandem-export-{world.alice.id}.json")
    data = json.loads(attachment.data)
    assert data["user_id"] == world.alice.id and data["format"] == "tandem-export/1"
    tables = data["tables"]
    assert tables["checkin_members"][0]["tz"] == "UTC"
    checkin = tables["checkins"][0]
    assert checkin["mood"] == 4 and checkin["note"] == NOTE and "note_encrypted" not in checkin
    assert sorted(a["answer"] for a in tables["checkin_answers"]) == ["partly", "yes"]
    assert tables["schedules"][0]["kind"] == "checkin"
    # Nothing about anyone else.
    flat = json.dumps(tables)
    assert str(world.bob.id) not in flat
    assert fake.channel_messages(world.general) == []


async def test_privacy_delete_erases_every_row_after_confirmation(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await _alice_with_a_checkin(fake, tandem, world, clock)
    alice = world.alice

    async def mentions(user_id: int) -> dict[str, int]:
        found: dict[str, int] = {}
        for table in await user_tables(bot.db):
            for column in table.user_columns:
                count = await bot.db.fetchval(f'SELECT count(*) FROM "{table.name}" WHERE "{column}" = ?', (user_id,))
                if count:
                    found[f"{table.name}.{column}"] = count
        return found

    before = await mentions(alice.id)
    assert {"checkin_members.user_id", "checkins.user_id", "checkin_answers.user_id", "schedules.user_id"} <= set(
        before
    )
    bob_before = await mentions(world.bob.id)

    r = await fake.slash(alice, "privacy delete", dm=True)
    assert "can't be undone" in all_text(r.final)  # type: ignore[arg-type]
    cancelled = await fake.click(alice, r, label="Cancel")
    assert "nothing was erased" in cancelled.content and await mentions(alice.id) == before

    r = await fake.slash(alice, "privacy delete", dm=True)
    erased = await fake.click(alice, r, label="Erase everything")
    final = await erased.wait_edit()
    assert "erased" in final.content
    assert await mentions(alice.id) == {}
    assert await mentions(world.bob.id) == bob_before
    # No check-in is sent any more, and Bob's still is.
    await run_due(bot, clock, datetime(2026, 3, 3, 13, 0, tzinfo=UTC))
    await wait_checkins(fake, world.bob, 2)
    assert len([m for m in fake.dms(alice) if m.embeds]) == 1
    r = await fake.slash(alice, "checkin history", dm=True)
    assert "No check-in answers" in all_text(await r.wait_done())  # type: ignore[arg-type]


async def test_privacy_export_after_note_key_loss_still_works(
    fake: FakeDiscord, tandem: Any, world: World, clock: FakeClock
) -> None:
    bot = await _alice_with_a_checkin(fake, tandem, world, clock)
    (tandem.tmp_path / "tandem.key").unlink()  # the key file is lost between runs
    bot = await tandem.restart()
    r = await fake.slash(world.alice, "privacy export", dm=True)
    final = await r.wait_done()
    assert final is not None
    data = json.loads(final.attachments[0].data)
    assert data["tables"]["checkins"][0]["note"].startswith("(unreadable")
    assert data["tables"]["checkins"][0]["mood"] == 4
    message = (await wait_checkins(fake, world.bob, 1))[0]
    r = await fake.click(world.bob, message, custom_id=f"ci:mood:{checkin_id(message)}:3")
    assert r.type == 7  # everything else keeps working
    assert bot.note_cipher.decrypt(bot.note_cipher.encrypt("new")) == "new"
