"""The fake Discord's own behaviours, driven by the real discord.py client inside TandemBot.

A test-only extension (tests/e2e/harness_extension.py) adds commands that exercise options,
attachments, buttons, selects, both modal shapes, context menus, deferrals and followups.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import discord
import pytest

from tests.fakediscord import FakeDiscord, RateLimits
from tests.fakediscord import limits as fake_limits
from tests.fakediscord import spec as fake_spec


@pytest.fixture
async def harness_bot(fake: FakeDiscord, world: Any, tandem: Any) -> Any:
    bot = await tandem()
    await bot.load_extension("tests.e2e.harness_extension")
    await bot.tree.sync()
    return bot


# ---------------------------------------------------------------------- interactions


async def test_harness_slash_options_are_typed_and_resolved(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    r = await fake.slash(world.alice, "harness echo", guild=world.guild, channel=world.general, options={
        "text": "hi", "count": 3, "ratio": 0.5, "flag": True, "who": world.bob, "where": world.mod_alerts,
        "role": world.mods})
    assert r.type == 4
    assert not r.ephemeral
    assert r.content == (f"hi|3|0.5|True|{world.bob.id}|bob|{world.mod_alerts.id}|{world.mods.id}|Mods")
    # A public interaction response also appears in the channel.
    assert [m.content for m in fake.channel_messages(world.general)] == [r.content]


async def test_harness_slash_rejects_unknown_and_missing_options(fake: FakeDiscord, world: Any,
                                                                 harness_bot: Any) -> None:
    with pytest.raises(AssertionError, match="no option 'nope'"):
        await fake.slash(world.alice, "harness post", options={"nope": 1})
    with pytest.raises(AssertionError, match="missing required options"):
        await fake.slash(world.alice, "harness post", options={"text": "x"})
    with pytest.raises(AssertionError, match="not registered"):
        await fake.slash(world.alice, "nonexistent")
    with pytest.raises(AssertionError, match="must be one of"):
        await fake.slash(world.alice, "harness pick", options={"colour": "green"})


async def test_harness_choices_and_autocomplete(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    choices = await fake.autocomplete(world.alice, "harness pick", focused="city", options={"city": "ber"})
    assert [c["value"] for c in choices] == ["Berlin", "Bern"]
    r = await fake.slash(world.alice, "harness pick", options={"colour": "blue", "city": "Bern"})
    assert r.content == "blue|Bern"


async def test_harness_attachment_option_and_file_upload(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    doc = fake.attachment("quiz.toml", b"hello bytes")
    r = await fake.slash(world.alice, "harness file", options={"doc": doc})
    assert r.content == "got quiz.toml (11 bytes)"
    assert [(a.name, a.data) for a in r.attachments] == [("back.txt", b"setyb olleh")]
    assert any(req.multipart for req in fake.requests)


async def test_harness_button_select_and_update(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    r = await fake.slash(world.alice, "harness panel", channel=world.general)
    panel = r.message
    assert panel is not None
    assert panel.all_custom_ids() == ["harness:classic", "harness:label", "harness:count", "harness:select",
                                      "harness:who"]
    click = await fake.click(world.bob, panel, label="Count")
    assert click.type == 7
    assert panel.content == "count:1"
    await fake.click(world.bob, panel, custom_id="harness:count")
    assert panel.content == "count:2"
    assert len(panel.edits) == 2
    chosen = await fake.click(world.carol, panel, custom_id="harness:select", values=["b"])
    assert chosen.type == 6
    followup = await chosen.wait_followup(1)
    assert followup.content == "picked:b"
    assert followup.ephemeral and followup.visible_to == world.carol.id
    with pytest.raises(AssertionError, match="no options"):
        await fake.click(world.carol, panel, custom_id="harness:select", values=["z"])
    who = await fake.click(world.carol, panel, custom_id="harness:who", values=[world.bob])
    assert who.content == f"who:{world.bob.id}:bob"


async def test_harness_classic_modal_round_trip(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    r = await fake.slash(world.alice, "harness panel")
    opened = await fake.click(world.alice, r, custom_id="harness:classic")
    assert opened.type == 9
    assert opened.modal is not None and opened.modal["title"] == "Classic form"
    submitted = await fake.submit_modal(world.alice, opened, {"harness:note": "a note", "Anything else": "more"})
    assert submitted.content == "classic:a note|more"
    assert submitted.ephemeral


async def test_harness_label_modal_round_trip_updates_message(fake: FakeDiscord, world: Any,
                                                              harness_bot: Any) -> None:
    r = await fake.slash(world.alice, "harness panel")
    opened = await fake.click(world.alice, r, custom_id="harness:label")
    assert [c["type"] for c in opened.modal["components"]] == [18, 18]  # type: ignore[index]
    submitted = await fake.submit_modal(world.alice, opened, {"harness:feeling": "ok", "harness:pick": ["calm"]})
    assert submitted.type == 7
    assert r.message is not None and r.message.content == "label:ok|calm"


async def test_harness_context_menus(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    msg = await fake.send_message(world.bob, world.general, "look at this")
    r = await fake.context_menu(world.mia, "Harness message", target_message=msg)
    assert r.content == f"message:{msg.id}:look at this"
    r2 = await fake.context_menu(world.mia, "Harness user", guild=world.guild, target_user=world.carol)
    assert r2.content == f"user:{world.carol.id}:carol"


async def test_harness_defer_then_followups(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    cog = harness_bot.get_cog("HarnessCog")
    r = await fake.slash(world.alice, "harness later")
    assert r.type == 5
    assert r.message is not None and r.message.loading
    cog.gate.set()
    first = await r.wait_followup(1)
    second = await r.wait_followup(2)
    # The first followup fills in the "thinking" message, like Discord does.
    assert first is r.message and first.content == "later" and not first.loading
    assert second.ephemeral and second.content == "second"


async def test_harness_late_initial_response_is_a_violation(fake: FakeDiscord, world: Any,
                                                            harness_bot: Any) -> None:
    cog = harness_bot.get_cog("HarnessCog")
    fake.expect_violation("initial response after")
    # The bot then fails to answer (10062) and discord.py's tree reports it.
    fake.allowed_log_errors = ["Unknown interaction"]
    r = await fake.slash(world.alice, "harness gated", wait=False)
    await asyncio.wait_for(cog.entered.wait(), 5)
    fake.advance(3.5)
    cog.gate.set()
    await fake.wait_until(lambda: any(req.status == 404 and "/callback" in req.path for req in fake.requests))
    assert r.type is None


async def test_harness_followup_after_15_minutes_is_a_violation(fake: FakeDiscord, world: Any,
                                                                harness_bot: Any) -> None:
    cog = harness_bot.get_cog("HarnessCog")
    fake.expect_violation("more than 15 minutes")
    fake.allowed_log_errors = ["Invalid Webhook Token"]
    r = await fake.slash(world.alice, "harness later")
    fake.advance(16 * 60)
    cog.gate.set()
    await fake.wait_until(lambda: any(req.status == 401 for req in fake.requests))
    assert r.followups == []


async def test_harness_second_initial_response_is_refused(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    r = await fake.slash(world.alice, "about")
    fake.expect_violation("answered twice")
    async with aiohttp.ClientSession() as session:
        resp = await session.post(f"{fake.api_base}/interactions/{r.id}/{r.token}/callback",
                                  json={"type": 4, "data": {"content": "again"}})
        body = await resp.json()
    assert resp.status == 400 and body["code"] == 40060


async def test_harness_content_over_limit_is_a_violation(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    fake.expect_violation("content is 2001 > 2000")
    if fake_spec.spec_path() is not None:
        fake.expect_violation("data/content: 'xxx")  # Discord's own schema agrees (maxLength 2000)
    await fake.slash(world.alice, "harness long", options={"size": 2001})
    ok = await fake.slash(world.alice, "harness long", options={"size": 2000})
    assert len(ok.content) == 2000


def test_harness_limits_catch_embed_and_component_problems() -> None:
    embed = {"title": "t" * 257, "description": "d" * 4000, "fields": [{"name": "n", "value": "v" * 1025}] * 26,
             "footer": {"text": "f" * 2049}, "author": {"name": "a" * 257}}
    problems = fake_limits.check_message({"embeds": [embed] * 11}, "m")
    text = "\n".join(problems)
    for needle in ("11 embeds > 10", "title 257", "26 embed fields", "value 1025", "footer 2049",
                   "author name 257", "embeds total"):
        assert needle in text
    row = {"type": 1, "components": [{"type": 2, "style": 1, "label": "x" * 81, "custom_id": "same"}] * 6}
    comp_problems = "\n".join(fake_limits.check_message({"components": [row] * 6}, "m"))
    for needle in ("6 action rows", "6 buttons", "label 81", "used twice"):
        assert needle in comp_problems
    select = {"type": 1, "components": [{"type": 3, "custom_id": "c" * 101,
                                          "options": [{"label": str(i), "value": str(i)} for i in range(26)]}]}
    sel_problems = "\n".join(fake_limits.check_message({"components": [select]}, "m"))
    assert "26 options > 25" in sel_problems and "101 > 100" in sel_problems
    modal = {"title": "t" * 46, "custom_id": "m", "components": [
        {"type": 1, "components": [{"type": 4, "custom_id": f"i{i}", "label": "l" * 46, "max_length": 4001}]}
        for i in range(6)]}
    modal_problems = "\n".join(fake_limits.check_modal(modal, "modal"))
    for needle in ("modal title", "6 components", "label 'lll", "max_length 4001"):
        assert needle in modal_problems
    assert fake_limits.check_message({"content": "fine", "embeds": [{"title": "ok"}]}, "m") == []


# ---------------------------------------------------------------------- faults


async def test_harness_closed_dms_give_50007(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    r = await fake.slash(world.alice, "harness dm", options={"text": "hello"})
    assert r.content == "dm sent"
    assert [m.content for m in fake.dms(world.alice)] == ["hello"]
    fake.close_dms(world.alice)
    r2 = await fake.slash(world.alice, "harness dm", options={"text": "again"})
    assert r2.content == "dm failed 50007"
    assert len(fake.dms(world.alice)) == 1


async def test_harness_denied_permission_gives_50013(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    fake.deny_bot_permission(world.general, "send_messages")
    channel = harness_bot.get_partial_messageable(world.general.id)
    with pytest.raises(discord.Forbidden) as info:
        await channel.send("hi")
    assert info.value.code == 50013
    # The bot's cache learns about the overwrite through CHANNEL_UPDATE.
    await fake.wait_until(lambda: not harness_bot.get_channel(world.general.id).permissions_for(
        harness_bot.get_guild(world.guild.id).me).send_messages)
    # Other channels still work.
    await harness_bot.get_partial_messageable(world.mod_alerts.id).send("fine")
    assert [m.content for m in fake.channel_messages(world.mod_alerts)] == ["fine"]


async def test_harness_deleted_channel_gives_10003(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    fake.delete_channel(world.general)
    await fake.wait_until(lambda: harness_bot.get_channel(world.general.id) is None)
    with pytest.raises(discord.NotFound) as info:
        await harness_bot.get_partial_messageable(world.general.id).send("hi")
    assert info.value.code == 10003


async def test_harness_fail_next_injects_one_error(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    fake.fail_next("POST", r"/channels/\d+/messages$", status=403, code=50001, message="Missing Access")
    channel = harness_bot.get_partial_messageable(world.general.id)
    with pytest.raises(discord.Forbidden):
        await channel.send("first")
    await channel.send("second")
    assert [m.content for m in fake.channel_messages(world.general)] == ["second"]


async def test_harness_nonce_dedupes_messages(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    channel = harness_bot.get_partial_messageable(world.general.id)
    first = await channel.send("once", nonce=424242)
    second = await channel.send("once", nonce=424242)
    third = await channel.send("once", nonce=555)
    assert first.id == second.id != third.id
    assert len(fake.channel_messages(world.general)) == 2


async def test_harness_unknown_route_is_recorded(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    async with aiohttp.ClientSession() as session:
        resp = await session.get(f"{fake.api_base}/no/such/route")
    assert resp.status == 404
    assert fake.unknown_routes == ["GET /no/such/route"]
    assert "unknown route: GET /no/such/route" in fake.problems()
    fake.unknown_routes.clear()  # expected here; any other test would fail at teardown


# ---------------------------------------------------------------------- rate limits


async def test_harness_rate_limit_429_has_via_and_headers(fake: FakeDiscord, world: Any) -> None:
    fake.rate_limits = RateLimits(global_per_second=None,
                                  per_route={"POST /channels/{channel_id}/messages": (1, 30.0)})
    url = f"{fake.api_base}/channels/{world.general.id}/messages"
    headers = {"Authorization": f"Bot {fake.token}"}
    async with aiohttp.ClientSession() as session:
        ok = await session.post(url, json={"content": "a"}, headers=headers)
        limited = await session.post(url, json={"content": "b"}, headers=headers)
        body = json.loads(await limited.read())
    assert ok.status == 200
    assert ok.headers["Content-Type"] == "application/json"
    assert ok.headers["X-RateLimit-Limit"] == "1" and ok.headers["X-RateLimit-Remaining"] == "0"
    assert {"X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket"} <= set(ok.headers)
    assert limited.status == 429
    assert limited.headers["Via"] == "1.1 google"
    assert "Retry-After" in limited.headers
    assert body["global"] is False and 0 < body["retry_after"] <= 30
    assert fake.count_429 == 1


async def test_harness_client_waits_out_429s(fake: FakeDiscord, world: Any, harness_bot: Any) -> None:
    # discord.py paces itself by the X-RateLimit headers of a route, so only the global limit
    # (which it cannot see coming) produces 429s here; it must wait them out and retry.
    fake.rate_limits = RateLimits(global_per_second=3, per_route={})
    channel = harness_bot.get_partial_messageable(world.general.id)
    await asyncio.gather(*(channel.send(f"m{i}") for i in range(5)))
    assert sorted(m.content for m in fake.channel_messages(world.general)) == [f"m{i}" for i in range(5)]
    assert fake.count_429 >= 1


async def test_harness_interaction_callbacks_skip_global_limit(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    fake.rate_limits = RateLimits(global_per_second=1, per_route={})
    for _ in range(3):
        r = await fake.slash(world.alice, "about")
        assert r.type == 4
    assert fake.count_429 == 0


# ---------------------------------------------------------------------- gateway


async def test_harness_gateway_drop_resumes_and_commands_still_work(fake: FakeDiscord, world: Any,
                                                                   tandem: Any) -> None:
    await tandem()
    await fake.drop_gateway()
    assert fake.resume_count == 1
    assert fake.identify_count == 1
    assert any(f.get("op") == 6 for f in fake.gateway_frames)
    r = await fake.slash(world.alice, "about")
    assert "not a substitute" in r.text


async def test_harness_guild_added_later_is_announced(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    other = fake.add_guild("Second Circle")
    fake.add_channel(other, "lobby")
    fake.add_member(other, world.bob)
    await fake.wait_until(lambda: bot.get_guild(other.id) is not None)
    r = await fake.slash(world.bob, "about", guild=other)
    assert r.type == 4


async def test_harness_member_message_reaches_the_bot(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    seen: list[str] = []
    got = asyncio.Event()

    async def listener(message: discord.Message) -> None:
        if message.author.id == world.carol.id:
            seen.append(message.content)
            got.set()

    bot.add_listener(listener, "on_message")
    await fake.send_message(world.carol, world.general, "a member's words")
    await asyncio.wait_for(got.wait(), 5)
    assert seen == ["a member's words"]


async def test_harness_guild_create_follows_intents(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    guild = bot.get_guild(world.guild.id)
    # No GUILD_MEMBERS intent: like Discord, only the bot's own member is sent.
    assert guild.me is not None and guild.me.guild_permissions.send_messages
    assert guild.get_member(world.alice.id) is None
    assert guild.member_count == len(world.guild.members)
    assert {c.name for c in guild.text_channels} == {"general", "mod-alerts"}
    assert not guild.default_role.permissions.manage_guild
    assert guild.get_role(world.mods.id).permissions.manage_guild


async def test_harness_reconnect_request_resumes(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    await fake.request_reconnect()
    assert fake.resume_count == 1 and fake.identify_count == 1
    r = await fake.slash(world.alice, "about")
    assert r.type == 4


async def test_harness_events_missed_while_disconnected_are_replayed(fake: FakeDiscord, world: Any,
                                                                     tandem: Any) -> None:
    bot = await tandem()
    await fake.drop_gateway(wait_resume=False)
    late = fake.add_channel(world.guild, "created-while-away")  # buffered, replayed on RESUME
    await fake.wait_until(lambda: fake.resume_count == 1 and fake.connected)
    await fake.wait_until(lambda: bot.get_channel(late.id) is not None)
    replayed = bot.get_channel(late.id)
    assert replayed is not None and getattr(replayed, "name", None) == "created-while-away"
