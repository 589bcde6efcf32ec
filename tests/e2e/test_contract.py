"""Contract check (Foundation item 10): every request body the bot sends must be one Discord's own
OpenAPI spec accepts. The ``fake`` fixture already validates every e2e test's requests at teardown;
these tests drive a broad set of commands on purpose and check the checker itself."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.fakediscord import FakeDiscord, spec

pytestmark = pytest.mark.skipif(
    spec.spec_path() is None,
    reason="Discord's OpenAPI spec not found at ../shared/discord-api-spec/openapi.json (set TANDEM_DISCORD_SPEC)",
)


def test_contract_every_fake_route_is_a_spec_operation() -> None:
    fake = FakeDiscord()
    missing = []
    for method, template, _, _ in fake._routes:
        sample = re.sub(r"\{\w+\}", "1", template)
        if spec.find_operation(method, sample) is None:
            missing.append(f"{method} {template}")
    assert missing == []


def test_contract_validator_rejects_bad_bodies() -> None:
    assert spec.validate_request("POST", "/channels/1/messages", {"content": "hello"}) == []
    # The spec allows 4000 here (the fake enforces the documented 2000: the docs win).
    problems = spec.validate_request("POST", "/channels/1/messages", {"content": "x" * 4001})
    assert problems and "content" in problems[0]
    problems = spec.validate_request("POST", "/channels/1/messages", {"embeds": [{"title": 5}]})
    assert problems and "embeds/0/title" in problems[0]
    bad_callback = {"type": 4, "data": {"flags": "ephemeral"}}
    problems = spec.validate_request("POST", "/interactions/1/tok/callback", bad_callback)
    assert problems and "data/flags" in problems[0]
    modal = {"type": 9, "data": {"custom_id": "m", "title": "T", "components": [
        {"type": 18, "label": "How?", "component": {"type": 4, "custom_id": "a", "style": 1}}]}}
    assert spec.validate_request("POST", "/interactions/1/tok/callback", modal) == []
    assert spec.validate_request("GET", "/users/@me", None) == []
    assert spec.validate_request("POST", "/no/such/thing", {}) == ["POST /no/such/thing: no such operation in "
                                                                    "Discord's spec"]


async def test_contract_broad_command_run_matches_spec(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await tandem()
    await bot.load_extension("tests.e2e.harness_extension")
    await bot.tree.sync()
    g, ch = world.guild, world.general
    await fake.slash(world.alice, "about", guild=g, channel=ch)
    await fake.slash(world.alice, "help", dm=True)
    await (await fake.slash(world.mia, "setup", guild=g, options={
        "moderator_role": world.mods, "alert_channel": world.mod_alerts, "region": "GB"})).wait_done()
    await fake.autocomplete(world.mia, "setup", guild=g, focused="region", options={"region": "u"})
    await fake.slash(world.alice, "harness echo", guild=g, channel=ch, options={
        "text": "t", "count": 1, "ratio": 1.5, "flag": False, "who": world.bob, "where": ch, "role": world.mods})
    await fake.slash(world.alice, "harness file", options={"doc": fake.attachment("a.txt", b"abc")})
    panel = await fake.slash(world.alice, "harness panel", channel=ch)
    await fake.click(world.bob, panel, label="Count")
    await (await fake.click(world.bob, panel, custom_id="harness:select", values=["a"])).wait_followup(1)
    classic = await fake.click(world.bob, panel, custom_id="harness:classic")
    await fake.submit_modal(world.bob, classic, {"harness:note": "n"})
    labelled = await fake.click(world.bob, panel, custom_id="harness:label")
    await fake.submit_modal(world.bob, labelled, {"harness:feeling": "f", "harness:pick": ["tense"]})
    await fake.slash(world.alice, "harness post", options={"where": world.general, "text": "public"})
    await fake.slash(world.alice, "harness dm", options={"text": "private"})
    msg = await fake.send_message(world.bob, ch, "hello")
    await fake.context_menu(world.mia, "Harness message", target_message=msg)
    await fake.context_menu(world.mia, "Harness user", guild=g, target_user=world.carol)
    cog = bot.get_cog("HarnessCog")
    later = await fake.slash(world.alice, "harness later")
    cog.gate.set()
    await later.wait_followup(2)
    # Thread and channel-message paths the features use.
    channel = bot.get_channel(ch.id)
    sent = await channel.send("thread root")
    thread = await sent.create_thread(name="talk")
    await thread.send("inside")
    private = await channel.create_thread(name="private talk")
    await private.add_user(bot.get_guild(g.id).get_member(world.alice.id) or await bot.get_guild(g.id).fetch_member(
        world.alice.id))
    await sent.edit(content="edited root")
    await sent.delete()

    assert {r.route for r in fake.requests} >= {
        "/applications/{application_id}/commands",
        "/interactions/{interaction_id}/{interaction_token}/callback",
        "/webhooks/{webhook_id}/{webhook_token}",
        "/channels/{channel_id}/messages",
        "/users/@me/channels",
        "/channels/{channel_id}/threads",
        "/channels/{channel_id}/messages/{message_id}/threads",
        "/channels/{channel_id}/thread-members/{user_id}",
    }
    problems = spec.validate_requests(fake.requests)
    assert problems == []


async def test_contract_sweep_of_every_command_without_required_options(fake: FakeDiscord, world: Any,
                                                                        tandem: Any) -> None:
    """Run every registered leaf command that needs no options, as a moderator in the guild; whatever each
    does, the bodies it sends must match the spec and the fake's limits (checked at teardown)."""
    await tandem()
    ran = []
    for command in fake.global_commands:
        if command.get("type", 1) != 1:
            continue
        for path, options in _leaves(command["name"], command.get("options") or []):
            if any(o.get("required") for o in options):
                continue
            r = await fake.slash(world.mia, path, guild=world.guild, channel=world.general)
            if r.type == 5:
                await r.wait_done()
            ran.append(path)
    assert {"about", "help", "setup"} <= set(ran)


def _leaves(prefix: str, options: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    subs = [o for o in options if o["type"] in (1, 2)]
    if not subs:
        return [(prefix, options)]
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for sub in subs:
        out += _leaves(f"{prefix} {sub['name']}", sub.get("options") or [])
    return out
