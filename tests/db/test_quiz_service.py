"""QuizService and QuizRepo against a real migrated SQLite file: sessions, races, group gates,
imports and privacy coverage."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.content import quizzes
from bot.content.problems import Problems
from bot.db import Database, migrate
from bot.db.guilds import GuildSettingsRepo
from bot.errors import ExpiredError, UserFacingError
from bot.privacy import PrivacyService
from bot.quiz.repo import QuizRepo
from bot.quiz.service import (
    AnswerFeedback,
    KnowledgeDone,
    QuizService,
    ReflectionDone,
    SoloQuestion,
)

FIXTURES = Path(__file__).parent.parent / "content" / "fixtures" / "quizzes"
GUILD, OTHER_GUILD, CHANNEL = 1001, 1002, 2001
ALICE, BOB, CAROL = 11, 12, 13


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "quiz.db")
    await migrate(database)
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def library() -> quizzes.QuizLibrary:
    problems = Problems(FIXTURES)
    lib = quizzes.load(FIXTURES / "good", problems)
    assert not problems
    return lib


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))


def make_service(db: Database, library: quizzes.QuizLibrary, clock: FakeClock, seed: int = 7) -> QuizService:
    return QuizService(QuizRepo(db), library, clock, GuildSettingsRepo(db), rng=random.Random(seed))


@pytest.fixture
def service(db: Database, library: quizzes.QuizLibrary, clock: FakeClock) -> QuizService:
    return make_service(db, library, clock)


async def count(db: Database, table: str) -> int:
    return int(await db.fetchval(f"SELECT count(*) FROM {table}"))


# --- solo ---------------------------------------------------------------------------------------


async def test_quiz_service_full_solo_run_scores_and_stats(service: QuizService, db: Database) -> None:
    step = await service.start_solo(ALICE, GUILD, "fixture-pattern", None)
    assert isinstance(step, SoloQuestion) and step.total == 3
    matched = 0
    for index in range(step.total):
        assert isinstance(step, SoloQuestion) and step.index == index
        # Answer the first two correctly and the last one wrongly.
        wrong = next(c.id for c in step.question.choices if c.id != step.question.answer)
        choice = step.question.answer if index < 2 else wrong
        assert choice is not None
        feedback = await service.answer_solo(step.session_id, index, choice, ALICE)
        assert isinstance(feedback, AnswerFeedback) and not feedback.duplicate
        assert feedback.matched is (index < 2)
        assert feedback.is_last is (index == 2)
        matched += feedback.matched
        nxt = await service.next_solo(step.session_id, ALICE)
        step = nxt  # type: ignore[assignment]
    assert isinstance(step, KnowledgeDone)
    assert (step.result.correct, step.result.total) == (2, 3)
    assert sum(t.answered for t in step.result.by_theme) == 3
    stats = await service.stats(ALICE, GUILD)
    assert (stats.finished, stats.answered, stats.correct) == (1, 3, 2)
    assert {t.theme for t in stats.by_theme} <= {"asking-for-needs", "responsibility-for-emotions"}
    # Next after the end is idempotent and shows the same summary.
    again = await service.next_solo(step.session_id, ALICE)
    assert isinstance(again, KnowledgeDone) and again.result == step.result


async def test_quiz_service_double_click_is_counted_once(service: QuizService, db: Database) -> None:
    step = await service.start_solo(ALICE, GUILD, "fixture-pattern", 2)
    choice = step.question.choices[0].id
    first, second = await asyncio.gather(
        service.answer_solo(step.session_id, 0, choice, ALICE),
        service.answer_solo(step.session_id, 0, step.question.choices[1].id, ALICE),
    )
    assert isinstance(first, AnswerFeedback) and isinstance(second, AnswerFeedback)
    assert sorted([first.duplicate, second.duplicate]) == [False, True]
    # The repeat reports what was stored, not the second click's choice.
    assert first.chosen == second.chosen
    assert await count(db, "quiz_answers") == 1
    assert (await service.stats(ALICE, GUILD)).answered == 1


async def test_quiz_service_refuses_someone_elses_session_and_future_questions(service: QuizService) -> None:
    step = await service.start_solo(ALICE, GUILD, "fixture-pattern", 3)
    with pytest.raises(UserFacingError, match="someone else's quiz"):
        await service.answer_solo(step.session_id, 0, step.question.choices[0].id, BOB)
    with pytest.raises(UserFacingError, match="isn't open yet"):
        await service.answer_solo(step.session_id, 1, "codependent", ALICE)
    with pytest.raises(UserFacingError, match="isn't one of this question's choices"):
        await service.answer_solo(step.session_id, 0, "nope", ALICE)


async def test_quiz_service_unknown_session_has_expired(service: QuizService) -> None:
    with pytest.raises(ExpiredError, match="has expired"):
        await service.answer_solo(999, 0, "a", ALICE)
    with pytest.raises(ExpiredError):
        await service.next_solo(999, ALICE)


async def test_quiz_service_unknown_quiz_and_zero_questions(service: QuizService, db: Database) -> None:
    with pytest.raises(UserFacingError, match="no quiz called `nope`"):
        await service.start_solo(ALICE, GUILD, "nope", None)
    with pytest.raises(UserFacingError, match="at least one question"):
        await service.start_solo(ALICE, GUILD, "fixture-pattern", 0)
    assert await count(db, "quiz_sessions") == 0


async def test_quiz_service_question_count_is_capped_by_the_quiz(service: QuizService) -> None:
    step = await service.start_solo(ALICE, GUILD, "fixture-pattern", 25)
    assert step.total == 3


async def test_quiz_service_solo_progress_survives_a_new_service(
    db: Database, library: quizzes.QuizLibrary, clock: FakeClock
) -> None:
    before = make_service(db, library, clock)
    step = await before.start_solo(ALICE, GUILD, "fixture-pattern", 3)
    assert step.question.answer is not None
    await before.answer_solo(step.session_id, 0, step.question.answer, ALICE)
    after = make_service(db, library, clock, seed=99)  # as after a restart
    nxt = await after.next_solo(step.session_id, ALICE)
    assert isinstance(nxt, SoloQuestion) and nxt.index == 1
    again = await after.answer_solo(step.session_id, 0, "interdependent", ALICE)
    assert isinstance(again, AnswerFeedback) and again.duplicate and again.matched


# --- reflection ---------------------------------------------------------------------------------


async def run_reflection(service: QuizService, user: int, point: int) -> ReflectionDone:
    step = await service.start_solo(user, GUILD, "fixture-reflection", None)
    result: object = step
    while isinstance(result, SoloQuestion):
        result = await service.answer_solo(result.session_id, result.index, str(point), user)
    assert isinstance(result, ReflectionDone)
    return result


async def test_quiz_service_reflection_is_not_stored_until_saved(service: QuizService, db: Database) -> None:
    done = await run_reflection(service, ALICE, 5)
    assert not done.saved
    assert {t.theme: t.lean.value for t in done.summary.themes} == {"feelings": "mixed", "own-time": "mixed"}
    assert await count(db, "quiz_answers") == 0
    assert await count(db, "quiz_reflections") == 0
    saved = await service.save_reflection(done.session_id, ALICE)
    assert saved.saved
    row = await db.fetchone("SELECT user_id, answers_json, leans_json FROM quiz_reflections")
    assert row is not None and row[0] == ALICE
    assert json.loads(row[1]) == {"fr-01": 5, "fr-02": 5, "fr-03": 5, "fr-04": 5}
    assert json.loads(row[2]) == {"feelings": "mixed", "own-time": "mixed"}
    # A second press saves nothing new.
    await service.save_reflection(done.session_id, ALICE)
    assert await count(db, "quiz_reflections") == 1
    assert (await service.stats(ALICE, GUILD)).saved_reflections == 1


async def test_quiz_service_reflection_double_click_keeps_one_answer(service: QuizService) -> None:
    step = await service.start_solo(ALICE, GUILD, "fixture-reflection", None)
    a, b = await asyncio.gather(
        service.answer_solo(step.session_id, 0, "1", ALICE),
        service.answer_solo(step.session_id, 0, "5", ALICE),
    )
    assert isinstance(a, SoloQuestion) and isinstance(b, SoloQuestion)
    assert a.index == b.index == 1


async def test_quiz_service_reflection_after_restart_says_it_was_paused(
    db: Database, library: quizzes.QuizLibrary, clock: FakeClock
) -> None:
    before = make_service(db, library, clock)
    step = await before.start_solo(ALICE, GUILD, "fixture-reflection", None)
    await before.answer_solo(step.session_id, 0, "4", ALICE)
    after = make_service(db, library, clock)
    with pytest.raises(UserFacingError, match="restarted while you were reflecting"):
        await after.answer_solo(step.session_id, 1, "4", ALICE)
    with pytest.raises(UserFacingError, match="nothing was stored"):
        await after.next_solo(step.session_id, ALICE)


async def test_quiz_privacy_export_and_erase_cover_saved_reflections_and_answers(
    service: QuizService, db: Database, clock: FakeClock
) -> None:
    done = await run_reflection(service, ALICE, 2)
    await service.save_reflection(done.session_id, ALICE)
    await run_reflection(service, BOB, 4)  # bob does not save
    step = await service.start_solo(ALICE, GUILD, "fixture-pattern", 1)
    await service.answer_solo(step.session_id, 0, step.question.choices[0].id, ALICE)
    plan = await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE, quiz_id="fixture-pattern",
                                     seconds=10, count=1)
    await service.open_group_question(plan, 0)
    await service.group_answer(plan.id, 0, plan.questions[0].choices[0].id, ALICE)

    privacy = PrivacyService(db, None)
    export = await privacy.export(ALICE, clock.now())
    tables = export["tables"]
    assert json.loads(tables["quiz_reflections"][0]["answers_json"]) == {f"fr-0{i}": 2 for i in range(1, 5)}
    assert len(tables["quiz_answers"]) == 1 and len(tables["quiz_group_answers"]) == 1
    assert tables["quiz_group_sessions"][0]["started_by_user_id"] == ALICE
    assert "quiz_reflections" not in (await privacy.export(BOB, clock.now()))["tables"]

    await privacy.erase(ALICE)
    for table in ("quiz_reflections", "quiz_answers", "quiz_group_answers"):
        assert await db.fetchval(f"SELECT count(*) FROM {table} WHERE user_id = ?", (ALICE,)) == 0
    assert await db.fetchval("SELECT count(*) FROM quiz_sessions WHERE user_id = ?", (ALICE,)) == 0
    assert await db.fetchval("SELECT started_by_user_id FROM quiz_group_sessions") is None
    assert await db.fetchval("SELECT count(*) FROM quiz_sessions WHERE user_id = ?", (BOB,)) == 1


# --- group --------------------------------------------------------------------------------------


async def test_quiz_group_one_session_per_channel_and_no_reflections(service: QuizService) -> None:
    await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE, quiz_id="fixture-pattern",
                              seconds=30, count=None)
    with pytest.raises(UserFacingError, match="already running in this channel"):
        await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=BOB, quiz_id="fixture-pattern",
                                  seconds=30, count=None)
    with pytest.raises(UserFacingError, match="solo only"):
        await service.start_group(guild_id=GUILD, channel_id=CHANNEL + 1, user_id=BOB,
                                  quiz_id="fixture-reflection", seconds=30, count=None)
    # Another channel is fine.
    await service.start_group(guild_id=GUILD, channel_id=CHANNEL + 2, user_id=BOB, quiz_id="fixture-pattern",
                              seconds=30, count=None)


async def test_quiz_group_refused_when_quizzes_disabled(service: QuizService, db: Database,
                                                        clock: FakeClock) -> None:
    await GuildSettingsRepo(db).update(GUILD, clock.now(), quizzes_enabled=False)
    with pytest.raises(UserFacingError, match="turned off"):
        await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE, quiz_id="fixture-pattern",
                                  seconds=30, count=None)


async def test_quiz_group_answers_change_until_deadline_then_time_is_up(
    service: QuizService, clock: FakeClock
) -> None:
    plan = await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE,
                                     quiz_id="fixture-pattern", seconds=10, count=2)
    question = plan.questions[0]
    a, b = question.choices[0].id, question.choices[1].id
    with pytest.raises(UserFacingError, match="Time is up"):  # not open yet
        await service.group_answer(plan.id, 0, a, ALICE)
    await service.open_group_question(plan, 0)
    await service.group_answer(plan.id, 0, a, ALICE)
    await service.group_answer(plan.id, 0, a, ALICE)  # double click
    changed = await service.group_answer(plan.id, 0, b, ALICE)  # change of mind
    assert changed.chosen.id == b
    await service.group_answer(plan.id, 0, a, BOB)
    await clock.advance(10)
    with pytest.raises(UserFacingError, match="Time is up"):  # deadline passed, reveal not yet run
        await service.group_answer(plan.id, 0, a, CAROL)
    counts = await service.close_group_question(plan, 0)
    assert {c.choice_id: c.count for c in counts if c.count} == {b: 1, a: 1}
    with pytest.raises(UserFacingError, match="Time is up"):  # after the reveal
        await service.group_answer(plan.id, 0, a, CAROL)
    with pytest.raises(UserFacingError, match="doesn't belong"):
        await service.group_answer(plan.id, 7, a, CAROL)


async def test_quiz_group_two_members_race_on_last_question(service: QuizService, clock: FakeClock) -> None:
    plan = await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE,
                                     quiz_id="fixture-pattern", seconds=10, count=1)
    await service.open_group_question(plan, 0)
    right = plan.questions[0].answer
    assert right is not None
    wrong = next(c.id for c in plan.questions[0].choices if c.id != right)
    await asyncio.gather(
        service.group_answer(plan.id, 0, right, ALICE),
        service.group_answer(plan.id, 0, wrong, BOB),
    )
    await clock.advance(10)
    counts = await service.close_group_question(plan, 0)
    assert sum(c.count for c in counts) == 2
    scores = await service.finish_group(plan)
    assert [(s.user_id, s.correct) for s in scores] == [(ALICE, 1), (BOB, 0)]
    with pytest.raises(UserFacingError, match="has ended"):
        await service.group_answer(plan.id, 0, right, CAROL)


async def test_quiz_group_click_racing_the_reveal_is_counted_or_refused_never_lost(
    service: QuizService, db: Database
) -> None:
    plan = await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE,
                                     quiz_id="fixture-pattern", seconds=10, count=1)
    await service.open_group_question(plan, 0)
    choice = plan.questions[0].choices[0].id

    async def click() -> bool:
        try:
            await service.group_answer(plan.id, 0, choice, BOB)
        except UserFacingError:
            return False
        return True

    accepted, counts = await asyncio.gather(click(), service.close_group_question(plan, 0))
    stored = await db.fetchval("SELECT count(*) FROM quiz_group_answers")
    # Accepted <=> stored <=> in the revealed tally: a click never lands after the count.
    assert stored == int(accepted) == sum(c.count for c in counts)


async def test_quiz_group_interrupted_by_restart_answers_ended(
    db: Database, library: quizzes.QuizLibrary, clock: FakeClock
) -> None:
    before = make_service(db, library, clock)
    plan = await before.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE,
                                    quiz_id="fixture-pattern", seconds=10, count=1)
    await before.open_group_question(plan, 0)
    after = make_service(db, library, clock)
    closed = await after.interrupt_running_groups()
    assert [g.id for g in closed] == [plan.id]
    with pytest.raises(UserFacingError, match="has ended"):
        await after.group_answer(plan.id, 0, plan.questions[0].choices[0].id, BOB)
    with pytest.raises(ExpiredError):
        await after.group_answer(plan.id + 100, 0, "a", BOB)
    # The channel is free again.
    await after.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE, quiz_id="fixture-pattern",
                            seconds=10, count=1)


async def test_quiz_group_stop(service: QuizService) -> None:
    with pytest.raises(UserFacingError, match="no group quiz running"):
        await service.stop_group(CHANNEL)
    plan = await service.start_group(guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE,
                                     quiz_id="fixture-pattern", seconds=10, count=1)
    await service.open_group_question(plan, 0)
    stopped = await service.stop_group(CHANNEL)
    assert stopped.id == plan.id
    with pytest.raises(UserFacingError, match="has ended"):
        await service.group_answer(plan.id, 0, plan.questions[0].choices[0].id, BOB)


# --- server quizzes -----------------------------------------------------------------------------


def server_quiz_bytes(quiz_id: str = "our-circle") -> bytes:
    text = (FIXTURES / "good" / "fixture-pattern.toml").read_text()
    return text.replace('id = "fixture-pattern"', f'id = "{quiz_id}"').encode()


async def test_quiz_import_is_visible_only_in_its_server_and_removable(service: QuizService, db: Database) -> None:
    result = await service.import_quiz(GUILD, ALICE, server_quiz_bytes(), "ours.toml")
    assert result.problems == () and result.quiz is not None
    assert "our-circle" in [r.quiz.id for r in await service.available(GUILD)]
    assert "our-circle" not in [r.quiz.id for r in await service.available(OTHER_GUILD)]
    step = await service.start_solo(BOB, GUILD, "our-circle", 1)
    with pytest.raises(UserFacingError, match="no quiz called"):
        await service.start_solo(BOB, OTHER_GUILD, "our-circle", 1)
    removed = await service.remove_quiz(GUILD, "our-circle")
    assert removed.id == "our-circle"
    with pytest.raises(UserFacingError, match="no quiz called"):
        await service.start_solo(BOB, GUILD, "our-circle", 1)
    # A session started before the removal ends kindly.
    with pytest.raises(UserFacingError, match="changed or removed"):
        await service.answer_solo(step.session_id, 0, step.question.choices[0].id, BOB)


async def test_quiz_import_duplicate_broken_and_limits_save_nothing(service: QuizService, db: Database) -> None:
    assert (await service.import_quiz(GUILD, ALICE, server_quiz_bytes(), "a.toml")).quiz is not None
    again = await service.import_quiz(GUILD, ALICE, server_quiz_bytes(), "b.toml")
    assert again.quiz is None and "already has a quiz with id 'our-circle'" in again.problems[0]
    broken = await service.import_quiz(GUILD, ALICE, (FIXTURES / "bad" / "broken.toml").read_bytes(), "c.toml")
    assert broken.quiz is None and len(broken.problems) >= 4
    shipped = await service.import_quiz(GUILD, ALICE, server_quiz_bytes("fixture-pattern"), "d.toml")
    assert shipped.quiz is None and "ships with Tandem" in shipped.problems[0]
    assert await count(db, "quiz_server_quizzes") == 1
    with pytest.raises(UserFacingError, match="ships with Tandem"):
        await service.remove_quiz(GUILD, "fixture-pattern")


async def test_quiz_import_server_limit(service: QuizService, db: Database) -> None:
    from bot.quiz.importer import MAX_SERVER_QUIZZES

    for n in range(MAX_SERVER_QUIZZES):
        assert (await service.import_quiz(GUILD, ALICE, server_quiz_bytes(f"quiz-{n:02d}"), "x.toml")).quiz
    full = await service.import_quiz(GUILD, ALICE, server_quiz_bytes("one-more"), "x.toml")
    assert full.quiz is None and "the most it can keep" in full.problems[0]
    assert await count(db, "quiz_server_quizzes") == MAX_SERVER_QUIZZES


async def test_quiz_service_reflection_subset_covers_every_theme_in_written_order(service: QuizService) -> None:
    quiz = service.library.get("fixture-reflection")
    assert quiz is not None
    order = [q.id for q in quiz.questions]
    for _ in range(20):
        picked = service.pick_questions(quiz, 2)
        assert {q.theme for q in picked} == {"feelings", "own-time"}
        ids = [q.id for q in picked]
        assert ids == sorted(ids, key=order.index)
    assert len(service.pick_questions(quiz, 3)) == 3


async def test_tidy_closes_idle_solo_runs_and_later_deletes_them(
    db: Database, service: QuizService, clock: FakeClock
) -> None:
    """Store the minimum: a solo run nobody touched for a week is closed (its buttons then
    say it expired) and deleted, with its answers, 30 days later. Finished runs stay."""
    idle = await service.start_solo(ALICE, GUILD, "fixture-pattern", None)
    await service.answer_solo(idle.session_id, 0, idle.question.choices[0].id, ALICE)
    step: object = await service.start_solo(BOB, GUILD, "fixture-pattern", None)
    while isinstance(step, SoloQuestion):
        await service.answer_solo(step.session_id, step.index, step.question.choices[0].id, BOB)
        step = await service.next_solo(step.session_id, BOB)
    assert isinstance(step, KnowledgeDone)
    await clock.advance(timedelta(days=6))
    await service.start_solo(CAROL, GUILD, "fixture-pattern", None)
    await clock.advance(timedelta(days=1, seconds=1))
    assert await service.tidy_sessions() == (1, 0)  # Alice's run; Carol's is a day old
    with pytest.raises(ExpiredError):
        await service.answer_solo(idle.session_id, 1, idle.question.choices[0].id, ALICE)
    assert await service.tidy_sessions() == (0, 0)  # nothing more to do the same day
    await clock.advance(timedelta(days=30))
    assert await service.tidy_sessions() == (1, 0)  # Carol's closes; Alice's was closed 30 days ago exactly
    await clock.advance(timedelta(seconds=1))
    assert await service.tidy_sessions() == (0, 1)  # Carol's closes now; Alice's goes
    assert await db.fetchval("SELECT count(*) FROM quiz_answers WHERE user_id = ?", (ALICE,)) == 0
    statuses = dict(await db.fetchall("SELECT user_id, status FROM quiz_sessions"))
    assert statuses == {BOB: "finished", CAROL: "abandoned"}  # Carol's goes in another 30 days
