"""Text for /about, /help and /setup (pure: no Discord I/O beyond building embeds)."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot import __version__
from bot.db.guilds import GuildSettings
from bot.ui import KIND_COLOUR

SOURCE_TITLE = "Codependency vs. Interdependency: A Big Difference"
SOURCE_AUTHOR = "Carista Luminare, Ph.D."

ABOUT_TEXT = (
    "Tandem helps this community learn the difference between **codependency** (one person "
    "sets their own needs aside to manage someone else's) and **interdependency** (people lean "
    "on each other while each keeps a self of their own).\n\n"
    "**What it does:** quizzes you can take alone or together, daily tips your moderators "
    "schedule, and private check-ins by DM if you opt in.\n\n"
    "**What it is not:** Tandem is an educational peer-support tool. It does not diagnose "
    "anyone and it is not a substitute for a therapist, counsellor or doctor. If you are "
    "struggling, `/resources` lists people you can talk to right now."
)
PRIVACY_TEXT = (
    "Your check-ins are yours alone: moderators can't see them. Private notes are encrypted. "
    "Tandem never stores the text of server messages. `/privacy export` gives you everything "
    "Tandem holds about you and `/privacy delete` erases it."
)
ATTRIBUTION = (
    f"Tandem's content is written in our own words, based on the ideas in \"{SOURCE_TITLE}\" "
    f"by {SOURCE_AUTHOR}"
)


def about_embed() -> discord.Embed:
    embed = discord.Embed(title="About Tandem", description=ABOUT_TEXT, colour=KIND_COLOUR)
    embed.add_field(name="Your privacy", value=PRIVACY_TEXT, inline=False)
    embed.add_field(name="Where the ideas come from", value=ATTRIBUTION + ".", inline=False)
    embed.set_footer(text=f"Tandem {__version__} · /help lists what you can do")
    return embed


@dataclass(frozen=True, slots=True)
class HelpEntry:
    mention: str
    description: str
    group: str
    moderator: bool


def help_embed(entries: list[HelpEntry], *, moderator: bool) -> discord.Embed:
    embed = discord.Embed(
        title="Tandem commands",
        description="Everything below answers privately unless it says otherwise.",
        colour=KIND_COLOUR,
    )
    groups: dict[str, list[HelpEntry]] = {}
    for entry in entries:
        if entry.moderator and not moderator:
            continue
        key = f"{entry.group} (moderators)" if entry.moderator else entry.group
        groups.setdefault(key, []).append(entry)
    for name in sorted(groups, key=lambda g: (g.endswith("(moderators)"), g)):
        lines = [f"{e.mention}: {e.description}" for e in sorted(groups[name], key=lambda e: e.mention)]
        value = "\n".join(lines)
        if len(value) > 1024:
            value = value[:1020].rsplit("\n", 1)[0] + "\n…"
        embed.add_field(name=name, value=value, inline=False)
    return embed


def setup_embed(settings: GuildSettings, region_name: str | None) -> discord.Embed:
    embed = discord.Embed(title="Tandem settings for this server", colour=KIND_COLOUR)
    embed.add_field(
        name="Moderator role",
        value=f"<@&{settings.moderator_role_id}>" if settings.moderator_role_id else
        "not set (members with Manage Server count as moderators)",
        inline=False,
    )
    embed.add_field(
        name="Moderator alert channel",
        value=f"<#{settings.alert_channel_id}>" if settings.alert_channel_id else
        "not set: safety alerts and schedule problems have nowhere to go",
        inline=False,
    )
    embed.add_field(
        name="Region for crisis resources",
        value=f"{settings.region}" + (f" ({region_name})" if region_name else ""),
        inline=False,
    )
    switches = ", ".join(
        f"{name} {'on' if on else 'off'}"
        for name, on in (
            ("quizzes", settings.quizzes_enabled),
            ("tips", settings.tips_enabled),
            ("safety", settings.safety_enabled),
        )
    )
    embed.add_field(name="Features", value=switches, inline=False)
    embed.set_footer(text="Change any of these with /setup and its options.")
    return embed
