"""Embeds for check-ins (building Discord objects only; no I/O)."""

from __future__ import annotations

from datetime import date, datetime

import discord

from bot.checkins.flow import Step
from bot.checkins.history import summary_lines, tally_line
from bot.checkins.model import ANSWER_LABELS, Checkin, MemberSettings, ScheduleChoice, Status
from bot.checkins.service import History
from bot.content.checkins import CheckinContent
from bot.ui import KIND_COLOUR

RESOURCES_LINE = (
    "It sounds like things might be really heavy right now. You don't have to carry that alone: "
    "`/resources` lists people you can reach any time, and I've sent you some here too."
)
UNREACHABLE_HELP = (
    "I couldn't send you your check-in because your DMs are closed to me. To get them again, open "
    "**User Settings → Content & Social** (or the server's **Privacy Settings**) and allow direct messages "
    "from server members, then run `/checkin resume`. Only you can see this message."
)


def ts(when: datetime, style: str = "f") -> str:
    return f"<t:{int(when.timestamp())}:{style}>"


def consent_embed(
    content: CheckinContent, choice: ScheduleChoice, local_now: str, retention_days: int
) -> discord.Embed:
    consent = content.consent
    assert consent is not None
    embed = discord.Embed(title=consent.title, description=consent.intro, colour=KIND_COLOUR)
    embed.add_field(name="What Tandem keeps", value="\n".join(f"• {item}" for item in consent.keeps), inline=False)
    embed.add_field(name="For how long", value=consent.retention.format(days=retention_days), inline=False)
    embed.add_field(name="Who can see it", value=consent.who_sees, inline=False)
    embed.add_field(name="You stay in charge", value=consent.controls, inline=False)
    moderators = (
        "On: if a note worries Tandem, your server's moderators get a private alert (never your words)."
        if choice.notify_moderators
        else "Off: moderators are never told anything about your check-ins."
    )
    embed.add_field(
        name="Your choices",
        value=(
            f"Check-ins {choice.describe()}.\n"
            f"It is **{local_now}** in {choice.tz} right now. If that's not your local time, press "
            f'"No thanks" and pick another time zone.\n'
            f"Tell moderators if a note worries Tandem: {moderators}"
        ),
        inline=False,
    )
    embed.set_footer(text=consent.not_therapy + ' Nothing is saved until you press "I agree".')
    return embed


def opted_in_embed(
    member: MemberSettings, next_at: datetime | None, now: datetime, *, heading: str = "You're set"
) -> discord.Embed:
    embed = discord.Embed(title=heading, colour=KIND_COLOUR)
    lines = [f"Check-ins {member.choice.describe()}, by DM."]
    if next_at is not None:
        lines.append(f"The next one arrives {ts(next_at)} ({ts(next_at, 'R')}).")
    if member.is_paused(now):
        if member.paused_until is None:
            lines.append("Check-ins are paused until you run `/checkin resume`.")
        else:
            lines.append(f"Check-ins are paused until <t:{member.paused_until}:D>; they come back by themselves.")
    lines.append(
        "Change it with `/checkin schedule`, pause with `/checkin pause`, see your trend with `/checkin history`."
    )
    embed.description = "\n".join(lines)
    return embed


def _date_title(checkin: Checkin) -> str:
    day = date.fromisoformat(checkin.local_date)
    return f"Check-in · {day.strftime('%A')} {day.day} {day.strftime('%B')}"


def checkin_embed(checkin: Checkin, step: Step, content: CheckinContent, *, extra: str | None = None) -> discord.Embed:
    embed = discord.Embed(title=_date_title(checkin), colour=KIND_COLOUR)
    done_lines: list[str] = []
    if checkin.mood is not None:
        done_lines.append(f"Mood: **{checkin.mood} · {content.mood_label(checkin.mood)}**")
    for prompt_id in checkin.prompt_ids:
        if prompt_id in checkin.answers:
            prompt = content.prompt(prompt_id)
            question = prompt.text if prompt else prompt_id
            done_lines.append(f"{question} **{ANSWER_LABELS[checkin.answers[prompt_id]]}**")
    if step.kind == "mood":
        body = "How are you feeling right now? Pick whatever fits; there's no right answer."
    elif step.kind == "reflection":
        assert step.prompt_id is not None
        prompt = content.prompt(step.prompt_id)
        body = f"**Question {step.index} of {step.total}**\n{prompt.text if prompt else step.prompt_id}"
    elif step.kind == "finish":
        body = "Thanks for checking in. Add a private note if you'd like (only you can read it), or press Done."
    elif checkin.status is Status.SKIPPED:
        body = "No check-in today, and that's completely fine. See you next time."
    elif checkin.status is Status.SNOOZED:
        body = "Snoozed. I'll ask again in an hour."
    elif checkin.status is Status.DONE:
        body = "Saved, just for you. Take care until next time."
    else:
        body = "This check-in has closed. What you answered is kept; the next one will come as usual."
    if checkin.has_note:
        done_lines.append("Private note: saved (encrypted)")
    parts = ["\n".join(done_lines)] if done_lines else []
    parts.append(body)
    if extra:
        parts.append(extra)
    embed.description = "\n\n".join(parts)
    if step.kind in ("mood", "reflection", "finish"):
        embed.set_footer(text="Only you can see your answers. Each one is saved as soon as you press it.")
    return embed


def history_embed(history: History, content: CheckinContent) -> discord.Embed:
    summary = history.summary
    embed = discord.Embed(
        title=f"Your check-ins: {history.start.isoformat()} to {history.end.isoformat()}",
        description="\n".join(summary_lines(summary, content.mood_labels)),
        colour=KIND_COLOUR,
    )
    for prompt_id, counts in sorted(summary.tallies.items()):
        prompt = content.prompt(prompt_id)
        name = (prompt.text if prompt else prompt_id)[:250]
        embed.add_field(name=name, value=tally_line(counts), inline=False)
        if len(embed.fields) >= 10:
            break
    embed.set_image(url="attachment://mood.png")
    embed.set_footer(text="Only you can see this. /privacy export gives you every answer.")
    return embed
