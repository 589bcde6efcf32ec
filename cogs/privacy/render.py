"""Text for /privacy (a summary of docs/PRIVACY.md)."""

from __future__ import annotations

import discord

from bot.ui import KIND_COLOUR, WARN_COLOUR

INFO_SECTIONS: tuple[tuple[str, str], ...] = (
    (
        "What Tandem stores",
        "Server settings; your quiz answers and scores; and, only if you opt in, your check-ins: moods, "
        "reflection answers and optional private notes. Tandem never stores the text of server messages.",
    ),
    (
        "Encryption",
        "Private notes are encrypted before they are written to disk. Without the bot's data key they can't be read.",
    ),
    (
        "Who can see what",
        "Your check-ins and notes are visible only to you. Moderators can't read them, and logs hold only "
        "ids and times.",
    ),
    (
        "How long",
        "Check-ins are deleted automatically after {days} days. Everything else stays until you or the "
        "server remove it.",
    ),
    (
        "Crisis language",
        "If a note or message sounds like someone may be in danger, Tandem privately sends resources. For check-in "
        "notes, moderators are told only if you chose that when you opted in, and never what you wrote.",
    ),
    (
        "Your controls",
        "`/privacy export`: a file with everything Tandem holds about you.\n"
        "`/privacy delete`: erase all of it, everywhere, after you confirm.\n"
        "`/checkin stop`: end check-ins, keeping or erasing your history.",
    ),
)


def info_embed(retention_days: int) -> discord.Embed:
    embed = discord.Embed(title="Your privacy with Tandem", colour=KIND_COLOUR)
    for name, value in INFO_SECTIONS:
        embed.add_field(name=name, value=value.format(days=retention_days), inline=False)
    embed.set_footer(text="The full policy is docs/PRIVACY.md in Tandem's source; ask your server owner for the link.")
    return embed


def confirm_delete_embed() -> discord.Embed:
    return discord.Embed(
        title="Erase everything Tandem holds about you?",
        description=(
            "This deletes your check-ins, notes, quiz history, schedules and settings in every server, and "
            "removes your id from anything shared (for example quizzes you hosted). It can't be undone.\n\n"
            "Want a copy first? Press Cancel and run `/privacy export`."
        ),
        colour=WARN_COLOUR,
    )
