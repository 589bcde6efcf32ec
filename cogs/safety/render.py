"""Embeds for the safety feature (pure: builds discord objects, no I/O).

Alerts say who, the category, where (a jump link) and what to do; never the message text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import discord

from bot.content.safety import SafetyContent
from bot.safety.policy import SafetySettings
from bot.safety.replies import MemberReply
from bot.safety.service import OUTCOME_LABELS, EventRow, Outcome, Stats
from bot.ui import KIND_COLOUR

ALERT_COLOUR = discord.Colour(0xD9534F)
CLOSED_COLOUR = discord.Colour(0x8A8F98)
SOURCE_LABELS = {
    "message": "A message in the server",
    "checkin_note": "A private check-in note (the member chose to tell moderators)",
    "report": "Reported by a member (the reporter stays anonymous)",
    "offer": "A moderator sent resources",
    "test": "Test alert from /safety test",
}
# Which tier of the detector found it, so responders can weigh the alert (never the text).
FOUND_BY_LABELS = {
    "phrase": "A listed crisis phrase",
    "cues": "Tandem's warning-sign rules (not a listed phrase)",
    "model": "Tandem's learned model: less certain than a listed phrase, so please read the message first",
}
DM_LABELS = {
    "sent": "Tandem sent them resources privately.",
    "failed": "",  # replaced by the content's dm_failed sentence
    "cooldown": "They got resources from Tandem recently, so no new message was sent.",
    "opted_out": "They paused automatic messages, so no message was sent.",
    "disabled": "Automatic replies are off in this server.",
    "none": "No private message was sent.",
}


def _clip(text: str, limit: int = 1024) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def member_embed(reply: MemberReply, *, intro: str | None = None) -> discord.Embed:
    parts = [intro] if intro else []
    parts.append(reply.opening)
    if reply.extra:
        parts.append(reply.extra)
    embed = discord.Embed(title=reply.title, description=_clip("\n\n".join(parts), 4000), colour=KIND_COLOUR)
    lines = "\n".join(f"**{line.name}**: {line.how}" for line in reply.lines)
    intro_text = f"{reply.resources_intro}\n" if reply.resources_intro else ""
    embed.add_field(
        name=f"{reply.resources_title} ({reply.region_name})", value=_clip(intro_text + lines), inline=False
    )
    embed.add_field(name="In an emergency", value=_clip(reply.emergency), inline=False)
    if reply.closing:
        embed.add_field(name="\u200b", value=_clip(reply.closing), inline=False)
    embed.set_footer(text=reply.directory[:2048])
    return embed


def resources_embed(reply: MemberReply) -> discord.Embed:
    embed = discord.Embed(
        title=f"{reply.resources_title}: {reply.region_name}",
        description=_clip(reply.resources_intro, 4000) if reply.resources_intro else None,
        colour=KIND_COLOUR,
    )
    for line in reply.lines[:20]:
        embed.add_field(name=line.name[:256], value=_clip(line.how), inline=False)
    embed.add_field(name="In an emergency", value=_clip(reply.emergency), inline=False)
    embed.set_footer(text=reply.directory[:2048])
    return embed


def alert_embed(
    event: EventRow,
    content: SafetyContent,
    *,
    jump_url: str | None,
    closed_by: str | None = None,
    claimed_by: str | None = None,
) -> discord.Embed:
    replies = content.replies
    closed = event.outcome in (Outcome.RESOLVED, Outcome.FALSE_POSITIVE)
    embed = discord.Embed(
        title=replies.alert_title if event.source != "test" else f"{replies.alert_title} (test)",
        colour=CLOSED_COLOUR if closed else ALERT_COLOUR,
        timestamp=datetime.fromtimestamp(event.created_at, UTC),
    )
    if event.source == "test":
        embed.description = replies.test_note
        member = "(nobody: this is a test)"
    else:
        member = f"<@{event.user_id}> (`{event.user_id}`)" if event.user_id else "unknown"
    embed.add_field(name="Member", value=member, inline=True)
    embed.add_field(name="Category", value=content.category_label(event.category), inline=True)
    embed.add_field(name="Source", value=SOURCE_LABELS.get(event.source, event.source), inline=False)
    # Server messages only: a check-in note's alert says that a note raised a concern and
    # which kind, nothing more (docs/PRIVACY.md), and moderators cannot read the note.
    if event.source == "message" and event.found_by in FOUND_BY_LABELS:
        embed.add_field(name="Found by", value=FOUND_BY_LABELS[event.found_by], inline=False)
    if jump_url:
        embed.add_field(name="Where", value=f"[Jump to the message]({jump_url})", inline=False)
    dm = replies.alert_dm_failed if event.dm_status == "failed" else DM_LABELS.get(event.dm_status, "")
    if dm and event.source not in ("test", "report"):
        embed.add_field(name="Private message", value=dm, inline=False)
    status = OUTCOME_LABELS[event.outcome]
    if event.outcome is Outcome.CLAIMED and claimed_by:
        status += f" by {claimed_by}"
    elif closed and closed_by:
        status += f" by {closed_by}"
    embed.add_field(name="Status", value=status, inline=True)
    if event.talk_requested_at:
        embed.add_field(name="Asked to talk", value="Yes: they pressed \u201cTalk to a moderator\u201d.", inline=True)
    checklist = "\n".join(f"• {item}" for item in replies.alert_checklist)
    embed.add_field(name="Checklist for responders", value=_clip(checklist), inline=False)
    embed.set_footer(text=f"Alert #{event.id} · Tandem stores no message text")
    return embed


def talk_request_embed(event: EventRow, content: SafetyContent, member_mention: str) -> discord.Embed:
    return discord.Embed(
        title="A member asked to talk",
        description=content.replies.talk_request.format(member=member_mention),
        colour=ALERT_COLOUR,
    ).set_footer(text=f"Alert #{event.id}")


def stats_embed(stats: Stats, content: SafetyContent, days: int | None) -> discord.Embed:
    period = f"the last {days} days" if days else "all time"
    embed = discord.Embed(title=f"Safety events: {period}", colour=KIND_COLOUR)
    embed.description = (
        f"{stats.total} event(s). Counts only: Tandem keeps no message text."
        if stats.total
        else "No safety events recorded."
    )
    if stats.by_category:
        embed.add_field(
            name="By category",
            value="\n".join(f"{content.category_label(k)}: **{v}**" for k, v in stats.by_category.items()),
            inline=True,
        )
    if stats.by_outcome:
        embed.add_field(
            name="By outcome",
            value="\n".join(f"{OUTCOME_LABELS[Outcome(k)]}: **{v}**" for k, v in stats.by_outcome.items()),
            inline=True,
        )
    if stats.dm_failed:
        embed.add_field(name="Private messages that failed", value=str(stats.dm_failed), inline=False)
    return embed


def settings_embed(
    settings: SafetySettings,
    *,
    enabled: bool,
    alert_channel_id: int | None,
    region: str,
    region_name: str | None,
    channels: dict[int, str],
) -> discord.Embed:
    embed = discord.Embed(title="Safety settings", colour=KIND_COLOUR)
    embed.add_field(name="Listener", value="On" if enabled else "Off", inline=True)
    embed.add_field(
        name="Alert channel",
        value=f"<#{alert_channel_id}>" if alert_channel_id else "Not set: alerts can't be posted",
        inline=True,
    )
    embed.add_field(name="Region", value=f"{region_name or region} ({region})", inline=True)
    embed.add_field(
        name="Channels",
        value="All channels" if settings.listen_all_channels else "Only the channels chosen below",
        inline=True,
    )
    embed.add_field(name="Automatic private replies", value="On" if settings.auto_replies else "Off", inline=True)
    embed.add_field(name="Fallback reminder", value="On" if settings.fallback_reminder else "Off", inline=True)
    listen = [f"<#{c}>" for c, mode in channels.items() if mode == "listen"]
    ignore = [f"<#{c}>" for c, mode in channels.items() if mode == "ignore"]
    if listen:
        embed.add_field(name="Listening in", value=_clip(", ".join(listen)), inline=False)
    if ignore:
        embed.add_field(name="Opted out", value=_clip(", ".join(ignore)), inline=False)
    embed.set_footer(
        text=f"One automatic reply per member every {settings.reply_cooldown_s // 3600} h · "
        f"at most {settings.alerts_per_hour} alerts an hour"
    )
    return embed
