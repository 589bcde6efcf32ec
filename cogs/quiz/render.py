"""Embeds for quizzes. Pure functions of domain objects; every text is clipped to Discord's limits."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.content.quizzes import Quiz
from bot.quiz.reflection import NOT_A_TEST, SUPPORT_POINTER, Lean
from bot.quiz.scoring import ChoiceCount, ScoreLine
from bot.quiz.service import (
    AnswerFeedback,
    GroupPlan,
    ImportResult,
    KnowledgeDone,
    QuizRef,
    ReflectionDone,
    SoloQuestion,
    UserStats,
)
from bot.ui import KIND_COLOUR, WARN_COLOUR

MATCH_COLOUR = discord.Colour(0x3BA55C)
REFLECT_COLOUR = discord.Colour(0x9B84EC)
EMBED_BUDGET = 5800  # under Discord's 6000 total, leaving room for footers we add later
BAR_WIDTH = 12

LEAN_HEADINGS = {
    Lean.BALANCE: "Leaning toward balance",
    Lean.MIXED: "A bit of both",
    Lean.SELF_ABANDONMENT: "Where you may be setting yourself aside",
}


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _progress(index: int, total: int, question_id: str) -> str:
    return f"Question {index + 1} of {total} · {question_id}"


def solo_question_embed(step: SoloQuestion) -> discord.Embed:
    quiz, question = step.quiz, step.question
    if quiz.is_reflection:
        embed = discord.Embed(title=clip(quiz.title, 256), colour=REFLECT_COLOUR,
                              description=f"{question.prompt}\n\n*How much does this sound like you lately?*")
        embed.set_footer(text=f"Statement {step.index + 1} of {step.total} · only you can see this")
        return embed
    embed = discord.Embed(title=clip(quiz.title, 256), description=question.prompt, colour=KIND_COLOUR)
    embed.set_footer(text=_progress(step.index, step.total, question.id))
    return embed


def feedback_embed(feedback: AnswerFeedback) -> discord.Embed:
    question = feedback.question
    right = question.choice(question.answer or "")
    if feedback.matched:
        title, colour = "That matches", MATCH_COLOUR
        lead = f"You chose **{feedback.chosen.label}**."
    else:
        title, colour = "Not quite, and that's how we learn", WARN_COLOUR
        lead = f"You chose **{feedback.chosen.label}**; the answer here is **{right.label if right else '?'}**."
    embed = discord.Embed(title=title, colour=colour, description=clip(f"{lead}\n\n{question.explanation or ''}", 4096))
    embed.add_field(name="The question", value=clip(question.prompt, 1024), inline=False)
    embed.set_footer(text=_progress(feedback.index, feedback.total, question.id))
    return embed


def knowledge_summary_embed(done: KnowledgeDone) -> discord.Embed:
    result = done.result
    embed = discord.Embed(
        title=clip(f"Finished: {done.quiz.title}", 256),
        colour=KIND_COLOUR,
        description=(
            f"You matched **{result.correct} of {result.total}** ({result.percent}%).\n"
            "Every answer, matched or not, is practice at noticing patterns. Thanks for taking the time."
        ),
    )
    for theme in result.by_theme[:10]:
        embed.add_field(name=clip(theme.label, 256), value=f"{theme.correct} of {theme.answered}", inline=True)
    embed.set_footer(text="/quiz stats shows your results over time.")
    return embed


def reflection_summary_embed(done: ReflectionDone) -> discord.Embed:
    summary = done.summary
    embed = discord.Embed(
        title=clip(f"Your reflection: {done.quiz.title}", 256),
        colour=REFLECT_COLOUR,
        description=(
            "Here is a gentle look at what your answers suggest, theme by theme. "
            "Balance and self-care are skills, and they grow with practice."
        ),
    )
    budget = EMBED_BUDGET - len(embed.title or "") - len(embed.description or "") - len(NOT_A_TEST) - len(
        SUPPORT_POINTER) - 200
    per_theme = max(100, min(1024, budget // max(1, len(summary.themes)) - 90))
    for theme in summary.themes:
        name = clip(f"{theme.label} · {LEAN_HEADINGS[theme.lean]}", 256)
        embed.add_field(name=name, value=clip(theme.text or "-", per_theme), inline=False)
    if not summary.themes:
        embed.add_field(name="No answers yet", value="Answer a few statements to see a reflection.", inline=False)
    embed.add_field(name="Please remember", value=f"{NOT_A_TEST}\n{SUPPORT_POINTER}", inline=False)
    embed.set_footer(text="Saved to your history. /privacy export or /privacy delete cover it." if done.saved
                     else "Only you can see this. Nothing is stored unless you press \"Save to my history\".")
    return embed


def _bar(percent: int) -> str:
    filled = round(BAR_WIDTH * percent / 100)
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def group_question_embed(plan: GroupPlan, index: int, deadline: float) -> discord.Embed:
    question = plan.questions[index]
    embed = discord.Embed(title=clip(f"{plan.quiz.title}: question {index + 1} of {len(plan.questions)}", 256),
                          description=question.prompt, colour=KIND_COLOUR)
    embed.add_field(name="Time", value=f"Answers close <t:{int(deadline)}:R>. You can change yours until then.")
    embed.set_footer(text=_progress(index, len(plan.questions), question.id))
    return embed


def group_reveal_embed(plan: GroupPlan, index: int, counts: Sequence[ChoiceCount]) -> discord.Embed:
    question = plan.questions[index]
    total = sum(c.count for c in counts)
    lines = [
        f"{'✅' if c.correct else '▫️'} **{clip(c.label, 80)}** {_bar(c.percent)} {c.count} ({c.percent}%)"
        for c in counts
    ]
    embed = discord.Embed(title=clip(f"{plan.quiz.title}: question {index + 1} of {len(plan.questions)}", 256),
                          description=question.prompt, colour=MATCH_COLOUR)
    embed.add_field(name=f"Answers ({total})" if total else "Answers (none this time)",
                    value=clip("\n".join(lines), 1024), inline=False)
    embed.add_field(name="Why", value=clip(question.explanation or "-", 1024), inline=False)
    embed.set_footer(text=f"Time is up · {question.id}")
    return embed


def group_intro_embed(plan: GroupPlan) -> discord.Embed:
    return discord.Embed(
        title=clip(f"Group quiz: {plan.quiz.title}", 256),
        colour=KIND_COLOUR,
        description=(
            f"{len(plan.questions)} question{'s' if len(plan.questions) != 1 else ''}, "
            f"{plan.seconds} seconds each. Tap an answer under each question; only you see your choice, "
            "and you can change it until time is up. Then everyone's answers and the explanation appear."
        ),
    )


def group_stopped_embed(title: str) -> discord.Embed:
    return discord.Embed(title=clip(title, 256), colour=WARN_COLOUR, description="This group quiz was stopped.")


def scoreboard_embed(plan: GroupPlan, lines: Sequence[ScoreLine]) -> discord.Embed:
    embed = discord.Embed(title=clip(f"Final scores: {plan.quiz.title}", 256), colour=KIND_COLOUR)
    if not lines:
        embed.description = "Nobody answered this time. Thanks for having a look, everyone!"
        return embed
    medals = ["1.", "2.", "3."]
    rows = [
        f"{medals[i] if i < 3 else f'{i + 1}.'} <@{line.user_id}>: {line.correct} of {len(plan.questions)}"
        for i, line in enumerate(lines)
    ]
    embed.description = clip("\n".join(rows) + "\n\nThanks for learning together!", 4096)
    return embed


def list_embed(refs: Sequence[QuizRef]) -> discord.Embed:
    embed = discord.Embed(title="Quizzes", colour=KIND_COLOUR,
                          description="Start one with `/quiz start`, or a timed group round with `/quiz group`.")
    if not refs:
        embed.description = "No quizzes are available yet."
        return embed
    used = len(embed.title or "") + len(embed.description or "")
    for ref in refs[:24]:
        quiz = ref.quiz
        kind = "private reflection, solo only" if quiz.is_reflection else "knowledge quiz"
        where = "this server's quiz" if ref.source == "server" else "ships with Tandem"
        value = f"{quiz.description}\n`{quiz.id}` · {len(quiz.questions)} {'statements' if quiz.is_reflection else 'questions'} · {kind} · {where}"  # noqa: E501
        value = clip(value, min(1024, max(60, (EMBED_BUDGET - used) // max(1, len(refs)))))
        name = clip(quiz.title, 256)
        used += len(name) + len(value)
        embed.add_field(name=name, value=value, inline=False)
    return embed


def stats_embed(stats: UserStats) -> discord.Embed:
    embed = discord.Embed(title="Your quiz history", colour=KIND_COLOUR)
    if stats.answered == 0 and stats.finished == 0:
        embed.description = "You haven't answered any quiz questions yet. `/quiz list` is a good place to start."
    else:
        percent = round(100 * stats.correct / stats.answered) if stats.answered else 0
        embed.description = (
            f"Quizzes finished: **{stats.finished}**\n"
            f"Questions answered: **{stats.answered}**, matched **{stats.correct}** ({percent}%)"
        )
    for theme in stats.by_theme[:20]:
        embed.add_field(name=clip(theme.label, 256), value=f"{theme.correct} of {theme.answered} ({theme.percent}%)")
    if stats.saved_reflections:
        embed.add_field(name="Saved reflections", value=f"{stats.saved_reflections} (private to you)", inline=False)
    embed.set_footer(text="Only you can see this. Counts solo quizzes.")
    return embed


def import_embed(result: ImportResult, filename: str) -> tuple[discord.Embed, str | None]:
    """The reply to /quiz import; the second item is the full problem list when it doesn't fit."""
    if result.quiz is not None:
        quiz = result.quiz
        embed = discord.Embed(
            title="Quiz imported",
            colour=MATCH_COLOUR,
            description=(f"**{clip(quiz.title, 200)}** (`{quiz.id}`, {len(quiz.questions)} questions) is now "
                         "available in this server's `/quiz start` and `/quiz group`."),
        )
        return embed, None
    lines = [f"• {line}" for line in result.problems]
    body = "\n".join(lines)
    header = (f"Nothing was saved. `{clip(filename, 80)}` has {len(result.problems)} problem"
              f"{'s' if len(result.problems) != 1 else ''}; fix them and import it again.\n\n")
    full = None
    if len(header) + len(body) > 4000:
        full = "\n".join(result.problems) + "\n"
        body = clip(body, 4000 - len(header) - 60) + "\n(The full list is attached.)"
    return discord.Embed(title="Quiz not imported", colour=WARN_COLOUR, description=header + body), full


def quiz_choice_name(quiz: Quiz, server: bool) -> str:
    suffix = " (this server)" if server else ""
    kind = " · reflection" if quiz.is_reflection else ""
    return clip(f"{quiz.title}{kind}{suffix}", 100)
