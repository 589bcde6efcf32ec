"""Embeds and text for tips (pure: data in, discord.Embed out)."""

from __future__ import annotations

from datetime import datetime

import discord

from bot.content.tips import CATEGORIES, Tip
from bot.recurrence import describe_days
from bot.tips.repository import CustomTip
from bot.tips.service import TipSchedule

TIP_COLOUR = discord.Colour(0x6BBF8A)
PAUSED_COLOUR = discord.Colour(0xE8A33D)
FOOTER = "Tandem tips: ideas for healthier closeness, not a replacement for professional support."
DESCRIPTION_LIMIT = 3900


def tip_embed(tip: Tip, *, heading: str | None = None) -> discord.Embed:
    embed = discord.Embed(
        title=heading or f"Tip · {tip.category_name}", description=tip.text, colour=TIP_COLOUR
    )
    if tip.reflection:
        embed.add_field(name="Something to reflect on", value=tip.reflection, inline=False)
    embed.set_footer(text=FOOTER + (" (written by this server's moderators)" if tip.custom else ""))
    return embed


def local_stamp(when: datetime, schedule: TipSchedule) -> str:
    return when.astimezone(schedule.schedule.zone).strftime("%a %d %b %H:%M")


def schedule_summary(item: TipSchedule) -> str:
    s = item.schedule
    return f"<#{s.channel_id}> at **{s.local_time}** ({s.tz}), {describe_days(s.days)}, {item.category_name}"


def schedule_line(item: TipSchedule) -> str:
    s = item.schedule
    head = f"**#{s.id}** · {schedule_summary(item)}"
    if s.paused or s.next_run_at is None:
        reason = f": {s.pause_reason}" if s.pause_reason else ""
        return f"{head}\n⏸️ Paused{reason}. `/tips resume schedule:{s.id}` starts it again."
    unix = int(s.next_run_at.timestamp())
    return f"{head}\nNext: <t:{unix}:F> (<t:{unix}:R>) · {local_stamp(s.next_run_at, item)} in {s.tz}"


def list_embed(items: list[TipSchedule], maximum: int) -> discord.Embed:
    if not items:
        return discord.Embed(
            title="Tip schedules",
            description="No tip schedules yet. Create one with `/tips schedule`.",
            colour=TIP_COLOUR,
        )
    lines = [schedule_line(item) for item in items]
    embed = discord.Embed(title="Tip schedules", description="\n\n".join(lines)[:DESCRIPTION_LIMIT], colour=TIP_COLOUR)
    embed.set_footer(text=f"{len(items)} of {maximum} schedules. Times show in your own time zone and the schedule's.")
    return embed


def created_embed(item: TipSchedule, local_time_now: str, can_post: bool, tips_enabled: bool) -> discord.Embed:
    s = item.schedule
    assert s.next_run_at is not None
    unix = int(s.next_run_at.timestamp())
    lines = [
        f"Tips will be posted in {schedule_summary(item)}.",
        f"First tip: <t:{unix}:F> (<t:{unix}:R>).",
        f"That is **{local_time_now}** there right now: if that looks wrong, the time zone is wrong "
        f"(remove this schedule with `/tips remove schedule:{s.id}` and pick another).",
    ]
    if not can_post:
        lines.append(f"⚠️ Tandem can't post in <#{s.channel_id}> yet: give it Send Messages and Embed Links there.")
    if not tips_enabled:
        lines.append("⚠️ Tips are switched off for this server, so nothing will be posted until they are on again.")
    return discord.Embed(title=f"Tip schedule #{s.id} created", description="\n".join(lines), colour=TIP_COLOUR)


def paused_notice(item_id: int, channel_id: int | None, reason: str) -> discord.Embed:
    return discord.Embed(
        title=f"Tip schedule #{item_id} paused",
        description=(
            f"Tandem couldn't post the scheduled tip in <#{channel_id}>: {reason}. The schedule is paused so it "
            f"doesn't keep failing. Fix the channel or its permissions, then use `/tips resume schedule:{item_id}` "
            f"(or `/tips remove schedule:{item_id}`)."
        ),
        colour=PAUSED_COLOUR,
    )


def custom_list_embed(tips: list[CustomTip], maximum: int) -> discord.Embed:
    if not tips:
        return discord.Embed(
            title="Custom tips",
            description="This server has no custom tips yet. Add one with `/tips add`.",
            colour=TIP_COLOUR,
        )
    lines: list[str] = []
    used = 0
    for tip in tips:
        preview = tip.text if len(tip.text) <= 90 else tip.text[:87] + "..."
        line = f"**#{tip.id}** · {CATEGORIES.get(tip.category, tip.category)}: {preview}"
        if used + len(line) + 1 > DESCRIPTION_LIMIT:
            lines.append(f"...and {len(tips) - len(lines)} more.")
            break
        lines.append(line)
        used += len(line) + 1
    embed = discord.Embed(title="Custom tips", description="\n".join(lines), colour=TIP_COLOUR)
    embed.set_footer(text=f"{len(tips)} of {maximum}. Remove one with /tips custom remove:<number>.")
    return embed
