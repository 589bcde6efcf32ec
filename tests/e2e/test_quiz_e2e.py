"""End-to-end: /quiz with the real bot against the fake Discord, using the shipped quizzes
(and the fixture files for imports)."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from pathlib import Path
from typing import Any

from bot.clock import FakeClock
from bot.content.quizzes import Question, Quiz
from tests.fakediscord import FakeDiscord, FakeMessage

FIXTURES = Path(__file__).parent.parent / "content" / "fixtures" / "quizzes"
QUESTION_ID = re.compile(r"· ([a-z0-9-]+)$")
# The quiz feature and the core cog (for /help); other features are tested in their own files.


async def start(tandem: Any) -> Any:
    return await tandem()


def footer(message: FakeMessage) -> str:
    return str((message.embeds[0].get("footer") or {}).get("text", ""))


def current_question(bot: Any, quiz_id: str, message: FakeMessage) -> Question:
    match = QUESTION_ID.search(footer(message))
    assert match, footer(message)
    quiz: Quiz = bot.content.quizzes.get(quiz_id)
    question = quiz.question(match.group(1))
    assert question is not None
    return question


def wrong_choice(question: Question) -> str:
    return next(c.id for c in question.choices if c.id != question.answer)


def button(message: FakeMessage, prefix: str, choice: str) -> str:
    ids = [cid for cid in message.all_custom_ids() if cid.startswith(prefix) and cid.endswith(f":{choice}")]
    assert len(ids) == 1, message.all_custom_ids()
    return ids[0]


async def posted_question(fake: FakeDiscord, channel: Any) -> FakeMessage:
    """The first public message with buttons in ``channel`` (a group quiz question)."""
    return await fake.wait_for_message(
        lambda m: m.channel_id == channel.id and not m.ephemeral and bool(m.components))


def stale_copy(message: FakeMessage) -> FakeMessage:
    """The message as a client that hasn't seen the latest edit still shows it."""
    return dataclasses.replace(message, components=[dict(row) for row in message.components])


async def test_quiz_solo_full_run_with_feedback_summary_and_stats(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await start(tandem)
    r = await fake.slash(world.alice, "quiz start", guild=world.guild, channel=world.general,
                         options={"quiz": "spot-the-pattern", "questions": 3})
    assert r.type == 4 and r.ephemeral
    message = r.final
    assert message is not None
    seen: set[str] = set()
    for index in range(3):
        assert f"Question {index + 1} of 3" in footer(message)
        question = current_question(bot, "spot-the-pattern", message)
        seen.add(question.id)
        assert question.answer is not None
        choice = question.answer if index == 0 else wrong_choice(question)
        click = await fake.click(world.alice, message, custom_id=button(message, "quiz:ans:", choice))
        assert click.type == 7  # the same private message is updated in place
        assert ("That matches" in message.text) is (index == 0)
        assert question.explanation is not None and question.explanation[:60] in message.text
        label = "See my results" if index == 2 else "Next"
        await fake.click(world.alice, message, label=label)
    assert len(seen) == 3
    assert "You matched **1 of 3**" in message.text
    assert message.components == []
    assert fake.channel_messages(world.general) == []  # solo quizzes never appear in the channel

    stats = await fake.slash(world.alice, "quiz stats", guild=world.guild, channel=world.general)
    assert stats.ephemeral
    assert "Quizzes finished: **1**" in stats.text
    assert "Questions answered: **3**, matched **1** (33%)" in stats.text


async def test_quiz_solo_double_click_counted_once(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    bot = await start(tandem)
    r = await fake.slash(world.bob, "quiz start", guild=world.guild, channel=world.general,
                         options={"quiz": "know-the-difference", "questions": 2})
    message = r.final
    assert message is not None
    question = current_question(bot, "know-the-difference", message)
    assert question.answer is not None
    before = stale_copy(message)
    await fake.click(world.bob, message, custom_id=button(message, "quiz:ans:", question.answer))
    # The second click arrives from the client that still shows the answer buttons.
    again = await fake.click(world.bob, before, custom_id=button(before, "quiz:ans:", wrong_choice(question)))
    assert again.type == 7 and "That matches" in again.text  # the first answer stands
    rows = await bot.db.fetchval("SELECT count(*) FROM quiz_answers WHERE user_id = ?", (world.bob.id,))
    assert rows == 1


async def test_quiz_reflection_run_is_private_gentle_and_saved_only_on_request(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await start(tandem)
    quiz: Quiz = bot.content.quizzes.get("self-reflection")
    r = await fake.slash(world.carol, "quiz start", guild=world.guild, channel=world.general,
                         options={"quiz": "self-reflection"})
    assert r.ephemeral
    message = r.final
    assert message is not None
    total = quiz.default_questions or len(quiz.questions)
    labels = [c.get("label") for row in message.components for c in row.get("components", [])]
    assert labels == ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]
    for index in range(total):
        assert f"Statement {index + 1} of {total}" in footer(message)
        await fake.click(world.carol, message, label="Agree")
    text = message.text
    assert "Your reflection" in text
    assert "not a clinical tool" in text and "/resources" in text and "therapist or counsellor" in text
    assert "Nothing is stored unless you press" in text
    assert await bot.db.fetchval("SELECT count(*) FROM quiz_reflections") == 0
    assert await bot.db.fetchval("SELECT count(*) FROM quiz_answers") == 0

    await fake.click(world.carol, message, label="Save to my history")
    assert message.find_component(label="Saved to my history") is not None
    assert message.find_component(label="Saved to my history").get("disabled") is True  # type: ignore[union-attr]
    assert "Saved to your history" in message.text
    assert await bot.db.fetchval("SELECT user_id FROM quiz_reflections") == world.carol.id
    assert fake.channel_messages(world.general) == []


async def test_quiz_group_three_members_reveal_scoreboard_and_late_click(
    fake: FakeDiscord, world: Any, tandem: Any, clock: FakeClock
) -> None:
    bot = await start(tandem)
    r = await fake.slash(world.mia, "quiz group", guild=world.guild, channel=world.general,
                         options={"quiz": "know-the-difference", "seconds": 10, "questions": 2})
    assert r.type == 4 and not r.ephemeral
    assert "Group quiz: Know the difference" in r.text

    def question_message(n: int) -> Any:
        return lambda m: m.channel_id == world.general.id and f"question {n} of 2" in m.text and m.components

    scores = {world.alice.id: 0, world.bob.id: 0, world.carol.id: 0}
    for n in (1, 2):
        message = await fake.wait_for_message(question_message(n))
        question = current_question(bot, "know-the-difference", message)
        assert question.answer is not None
        right, wrong = question.answer, wrong_choice(question)
        answers = {world.alice: right, world.bob: wrong, world.carol: right if n == 1 else wrong}
        # On the last question all three race: their clicks arrive together.
        clicks = await asyncio.gather(*(
            fake.click(member, message, custom_id=button(message, "quiz:g:", choice))
            for member, choice in answers.items()
        )) if n == 2 else [
            await fake.click(member, message, custom_id=button(message, "quiz:g:", choice))
            for member, choice in answers.items()
        ]
        for click, (member, choice) in zip(clicks, answers.items(), strict=True):
            assert click.ephemeral and "Answer recorded" in click.text
            assert "change it until time is up" in click.text
            scores[member.id] += choice == right
        # Bob changes his mind to the right answer: his answer is replaced, not added.
        change = await fake.click(world.bob, message, custom_id=button(message, "quiz:g:", right))
        assert "Answer recorded" in change.text
        scores[world.bob.id] += 1
        before_reveal = stale_copy(message)
        await clock.advance(10)
        await fake.wait_until(lambda m=message: "Time is up" in m.text, what="the reveal")
        assert message.components == []
        expected_right = 3 if n == 1 else 2
        assert "Answers (3)" in message.text
        assert re.search(rf"✅ \*\*.+\*\* \S+ {expected_right} \(", message.text), message.text
        assert question.explanation is not None and question.explanation[:60] in message.text
        late = await fake.click(world.alice, before_reveal, custom_id=button(before_reveal, "quiz:g:", right))
        # After the last reveal the whole quiz is over, which is what a late click hears.
        assert late.ephemeral and ("Time is up" if n == 1 else "has ended") in late.text

    final = await fake.wait_for_message(lambda m: m.channel_id == world.general.id and "Final scores" in m.text)
    ranking = [int(uid) for uid in re.findall(r"<@(\d+)>", final.text)]
    assert sorted(ranking) == sorted(scores)
    assert [scores[uid] for uid in ranking] == sorted(scores.values(), reverse=True)
    assert f"<@{world.alice.id}>: 2 of 2" in final.text
    assert await bot.db.fetchval(
        "SELECT count(*) FROM quiz_group_answers WHERE user_id = ?", (world.bob.id,)) == 2


async def test_quiz_group_rules_one_per_channel_stop_and_solo_only_reflection(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    await start(tandem)
    solo_only = await fake.slash(world.alice, "quiz group", guild=world.guild, channel=world.general,
                                 options={"quiz": "self-reflection"})
    assert solo_only.ephemeral and "solo only" in solo_only.text
    first = await fake.slash(world.alice, "quiz group", guild=world.guild, channel=world.general,
                             options={"quiz": "spot-the-pattern", "seconds": 30})
    assert not first.ephemeral
    message = await posted_question(fake, world.general)
    second = await fake.slash(world.bob, "quiz group", guild=world.guild, channel=world.general,
                              options={"quiz": "know-the-difference"})
    assert second.ephemeral and "already running in this channel" in second.text

    refused = await fake.slash(world.alice, "quiz stop", guild=world.guild, channel=world.general)
    assert refused.ephemeral and "Only this server's moderators" in refused.text
    stopped = await fake.slash(world.mia, "quiz stop", guild=world.guild, channel=world.general)
    assert not stopped.ephemeral and "stopped the group quiz" in stopped.text
    await fake.wait_until(lambda: message.components == [], what="the stopped question to lose its buttons")
    assert "stopped" in message.text
    choice = message.all_custom_ids() or []
    assert choice == []
    nothing = await fake.slash(world.mia, "quiz stop", guild=world.guild, channel=world.general)
    assert "no group quiz running" in nothing.text


async def test_quiz_group_click_after_stop_says_quiz_ended(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    await start(tandem)
    await fake.slash(world.alice, "quiz group", guild=world.guild, channel=world.general,
                     options={"quiz": "spot-the-pattern"})
    message = await posted_question(fake, world.general)
    before = stale_copy(message)
    await fake.slash(world.mia, "quiz stop", guild=world.guild, channel=world.general)
    late = await fake.click(world.bob, before, custom_id=before.all_custom_ids()[0])
    assert late.ephemeral and "has ended" in late.text


async def test_quiz_restart_mid_solo_quiz_keeps_buttons_working(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await start(tandem)
    r = await fake.slash(world.alice, "quiz start", guild=world.guild, channel=world.general,
                         options={"quiz": "spot-the-pattern", "questions": 3})
    message = r.final
    assert message is not None
    first = current_question(bot, "spot-the-pattern", message)
    assert first.answer is not None
    await fake.click(world.alice, message, custom_id=button(message, "quiz:ans:", first.answer))

    bot = await tandem.restart()
    await fake.click(world.alice, message, label="Next")
    assert "Question 2 of 3" in footer(message)
    second = current_question(bot, "spot-the-pattern", message)
    assert second.id != first.id and second.answer is not None
    await fake.click(world.alice, message, custom_id=button(message, "quiz:ans:", second.answer))
    assert "That matches" in message.text

    # A stale button for a session that no longer exists (e.g. erased) answers kindly.
    await bot.db.execute("DELETE FROM quiz_sessions")
    gone = await fake.click(world.alice, message, label="Next")
    assert gone.ephemeral and "has expired" in gone.text


async def test_quiz_restart_mid_reflection_and_group_end_kindly(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    await start(tandem)
    reflection = await fake.slash(world.carol, "quiz start", guild=world.guild, channel=world.general,
                                  options={"quiz": "self-reflection"})
    reflecting = reflection.final
    assert reflecting is not None
    await fake.click(world.carol, reflecting, label="Disagree")
    await fake.slash(world.alice, "quiz group", guild=world.guild, channel=world.general,
                     options={"quiz": "spot-the-pattern"})
    question = await posted_question(fake, world.general)

    bot = await tandem.restart()
    notice = await fake.wait_for_message(lambda m: "stopped because Tandem restarted" in m.content)
    assert notice.channel_id == world.general.id
    late = await fake.click(world.bob, question, custom_id=question.all_custom_ids()[0])
    assert late.ephemeral and "has ended" in late.text
    paused = await fake.click(world.carol, reflecting, label="Agree")
    assert paused.ephemeral and "restarted while you were reflecting" in paused.text
    assert await bot.db.fetchval("SELECT count(*) FROM quiz_reflections") == 0
    # The channel is free for a new group quiz.
    again = await fake.slash(world.alice, "quiz group", guild=world.guild, channel=world.general,
                             options={"quiz": "spot-the-pattern"})
    assert not again.ephemeral


async def test_quiz_import_good_file_then_autocomplete_and_remove(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await start(tandem)
    other = fake.add_guild(name="Other Circle")
    other_channel = fake.add_channel(other, "general")
    fake.add_member(other, world.alice)
    good = (FIXTURES / "good" / "fixture-pattern.toml").read_bytes().replace(b'"fixture-pattern"', b'"our-circle"')

    refused = await fake.slash(world.alice, "quiz import", guild=world.guild, channel=world.general,
                               options={"file": fake.attachment("ours.toml", good)})
    assert refused.ephemeral and "Only this server's moderators" in refused.text

    r = await fake.slash(world.mia, "quiz import", guild=world.guild, channel=world.general,
                         options={"file": fake.attachment("ours.toml", good)})
    done = await r.wait_done()
    assert done is not None and done.ephemeral and "Quiz imported" in done.text and "our-circle" in done.text

    here = await fake.autocomplete(world.alice, "quiz start", guild=world.guild, channel=world.general,
                                   focused="quiz", options={"quiz": "our"})
    assert [c["value"] for c in here] == ["our-circle"]
    assert "(this server)" in here[0]["name"]
    there = await fake.autocomplete(world.alice, "quiz start", guild=other, channel=other_channel,
                                    focused="quiz", options={"quiz": "our"})
    assert there == []
    everything = await fake.autocomplete(world.alice, "quiz start", guild=world.guild, channel=world.general,
                                         focused="quiz", options={"quiz": ""})
    assert {"spot-the-pattern", "know-the-difference", "self-reflection", "our-circle"} <= {
        c["value"] for c in everything}
    group_choices = await fake.autocomplete(world.alice, "quiz group", guild=world.guild, channel=world.general,
                                            focused="quiz", options={"quiz": ""})
    assert "self-reflection" not in {c["value"] for c in group_choices}

    run = await fake.slash(world.bob, "quiz start", guild=world.guild, channel=world.general,
                           options={"quiz": "our-circle", "questions": 1})
    assert run.final is not None and "Question 1 of 1" in footer(run.final)

    not_mod = await fake.slash(world.alice, "quiz remove", guild=world.guild, channel=world.general,
                               options={"quiz": "our-circle"})
    assert "Only this server's moderators" in not_mod.text
    removed = await fake.slash(world.mia, "quiz remove", guild=world.guild, channel=world.general,
                               options={"quiz": "our-circle"})
    assert "Removed" in removed.text
    gone = await fake.slash(world.bob, "quiz start", guild=world.guild, channel=world.general,
                            options={"quiz": "our-circle"})
    assert gone.ephemeral and "no quiz called `our-circle`" in gone.text
    # Bob's run of the removed quiz ends kindly.
    stale = await fake.click(world.bob, run, custom_id=run.final.all_custom_ids()[0])
    assert "changed or removed" in stale.text
    assert await bot.db.fetchval("SELECT count(*) FROM quiz_server_quizzes") == 0


async def test_quiz_import_broken_files_list_every_problem_and_save_nothing(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await start(tandem)
    broken = (FIXTURES / "bad" / "broken.toml").read_bytes()
    r = await fake.slash(world.mia, "quiz import", guild=world.guild, channel=world.general,
                         options={"file": fake.attachment("broken.toml", broken)})
    done = await r.wait_done()
    assert done is not None
    text = done.text
    assert "Quiz not imported" in text and "Nothing was saved" in text
    assert "broken.toml: id: 'Broken Quiz' is not a valid id" in text
    assert "broken.toml: questions[b-01].answer: 'maybe' is not one of the choices (yes, no)" in text
    assert "broken.toml: questions[b-01].id: 'b-01' is used by more than one question" in text
    assert "broken.toml: questions[b-03].choices: has 6 choices; give between 2 and 5" in text

    cases = {
        "big.toml": b"# " + b"x" * (64 * 1024),
        "latin1.toml": b'id = "caf\xe9"\n',
        "syntax.toml": (FIXTURES / "bad" / "not-toml.toml").read_bytes(),
        "ship.toml": (FIXTURES / "good" / "fixture-pattern.toml").read_bytes().replace(
            b'"fixture-pattern"', b'"spot-the-pattern"'),
    }
    expected = {
        "big.toml": "big.toml: (file): is 64.0 KiB; the limit is 64 KiB",
        "latin1.toml": "latin1.toml: (file): is not UTF-8 text",
        "syntax.toml": "syntax.toml: (file): not valid TOML",
        "ship.toml": "ship.toml: id: 'spot-the-pattern' is the id of a quiz that ships with Tandem",
    }
    for name, data in cases.items():
        r = await fake.slash(world.mia, "quiz import", guild=world.guild, channel=world.general,
                             options={"file": fake.attachment(name, data)})
        done = await r.wait_done()
        assert done is not None and expected[name] in done.text, done.text
    many = "".join(
        f'[[questions]]\nid = "q-{n}"\ntheme = "t"\nprompt = "p"\nanswer = "depends"\nexplanation = "e"\n'
        for n in range(51))
    header = (FIXTURES / "good" / "fixture-pattern.toml").read_text().split("[[questions]]")[0]
    r = await fake.slash(world.mia, "quiz import", guild=world.guild, channel=world.general,
                         options={"file": fake.attachment("many.toml", (header + many).encode())})
    done = await r.wait_done()
    assert done is not None and "has 51 questions; a server quiz can have at most 50" in done.text
    assert await bot.db.fetchval("SELECT count(*) FROM quiz_server_quizzes") == 0


async def test_quiz_list_unknown_quiz_and_zero_questions(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await start(tandem)
    listing = await fake.slash(world.alice, "quiz list", guild=world.guild, channel=world.general)
    assert listing.ephemeral
    for title in ("Spot the pattern", "Know the difference", "Self-reflection"):
        assert title in listing.text
    unknown = await fake.slash(world.alice, "quiz start", guild=world.guild, channel=world.general,
                               options={"quiz": "made-up"})
    assert unknown.ephemeral and "no quiz called `made-up`" in unknown.text and "/quiz list" in unknown.text
    zero = await fake.slash(world.alice, "quiz start", guild=world.guild, channel=world.general,
                            options={"quiz": "spot-the-pattern", "questions": 0})
    assert zero.ephemeral and "at least one question" in zero.text
    dm = await fake.slash(world.alice, "quiz group", dm=True, options={"quiz": "spot-the-pattern"})
    assert dm.ephemeral and "inside a server" in dm.text
    solo_in_dm = await fake.slash(world.alice, "quiz start", dm=True,
                                  options={"quiz": "know-the-difference", "questions": 1})
    assert solo_in_dm.final is not None and "Question 1 of 1" in footer(solo_in_dm.final)


async def test_quiz_group_without_permission_to_post_tells_the_host(
    fake: FakeDiscord, world: Any, tandem: Any
) -> None:
    bot = await start(tandem)
    fake.deny_bot_permission(world.general, "send_messages")
    r = await fake.slash(world.alice, "quiz group", guild=world.guild, channel=world.general,
                         options={"quiz": "spot-the-pattern"})
    note = await r.wait_followup()
    assert note.ephemeral and "couldn't post the quiz questions" in note.text
    # The session was closed before the host was told, so the channel is free again.
    assert await bot.db.fetchval("SELECT status FROM quiz_group_sessions") == "interrupted"


async def test_quiz_commands_are_grouped_for_help(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await start(tandem)
    quiz = fake.find_command("quiz", None)
    subcommands = {o["name"] for o in quiz["options"]}
    assert subcommands == {"list", "start", "group", "stop", "stats", "import", "remove"}
    member = await fake.slash(world.alice, "help", guild=world.guild, channel=world.general)
    assert "/quiz start" in member.text and "/quiz import" not in member.text
    moderator = await fake.slash(world.mia, "help", guild=world.guild, channel=world.general)
    assert "/quiz import" in moderator.text and "/quiz stop" in moderator.text
