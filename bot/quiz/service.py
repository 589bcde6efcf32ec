"""QuizService: everything the quiz commands and buttons do, without Discord.

Solo progress lives in SQLite so buttons survive a restart. Reflection answers are the
exception: they are kept in memory only, and written to the database only when the member
presses "save to my history". Group timing belongs to the cog (it owns the task); the
service keeps the group state and the race-free answer gate.
"""

from __future__ import annotations

import logging
import math
import random
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from bot.clock import Clock
from bot.content.problems import Problems
from bot.content.quizzes import Choice, Question, Quiz, QuizLibrary, all_themes
from bot.db.guilds import GuildSettingsRepo
from bot.errors import ExpiredError, UserFacingError
from bot.quiz import importer
from bot.quiz.reflection import ReflectionSummary, summarise
from bot.quiz.repo import GroupSession, QuizRepo, ServerQuizRow, SoloSession
from bot.quiz.scoring import (
    AnswerRecord,
    ChoiceCount,
    ScoreLine,
    SoloResult,
    ThemeAccuracy,
    accuracy_by_theme,
    is_correct,
    scoreboard,
    solo_result,
    tally,
)

log = logging.getLogger(__name__)

Source = Literal["shipped", "server"]
MAX_GROUP_SECONDS = 120
MIN_GROUP_SECONDS = 10
# Reflections in progress (in memory only); the oldest are forgotten past this many.
MAX_OPEN_REFLECTIONS = 5000
SESSION_IDLE = timedelta(days=7)  # a solo run untouched this long is closed
KEEP_ABANDONED = timedelta(days=30)  # and deleted this long after that
TIDY_EVERY = timedelta(days=1)

QUIZ_ENDED = "This group quiz has ended. Thanks for playing! Anyone can start another with `/quiz group`."
TIME_IS_UP = "Time is up for this question, so your answer wasn't counted. The answer is revealed in a moment."


@dataclass(frozen=True, slots=True)
class QuizRef:
    quiz: Quiz
    source: Source


@dataclass(frozen=True, slots=True)
class SoloQuestion:
    session_id: int
    quiz: Quiz
    index: int
    total: int
    question: Question


@dataclass(frozen=True, slots=True)
class AnswerFeedback:
    session_id: int
    quiz: Quiz
    index: int
    total: int
    question: Question
    chosen: Choice
    matched: bool
    duplicate: bool

    @property
    def is_last(self) -> bool:
        return self.index + 1 >= self.total


@dataclass(frozen=True, slots=True)
class KnowledgeDone:
    session_id: int
    quiz: Quiz
    result: SoloResult


@dataclass(frozen=True, slots=True)
class ReflectionDone:
    session_id: int
    quiz: Quiz
    summary: ReflectionSummary
    saved: bool


SoloStep = SoloQuestion | KnowledgeDone | ReflectionDone


@dataclass(frozen=True, slots=True)
class UserStats:
    finished: int
    answered: int
    correct: int
    by_theme: tuple[ThemeAccuracy, ...]
    saved_reflections: int


@dataclass(frozen=True, slots=True)
class GroupPlan:
    id: int
    quiz: Quiz
    questions: tuple[Question, ...]
    seconds: int
    channel_id: int


@dataclass(frozen=True, slots=True)
class GroupAnswer:
    question: Question
    chosen: Choice


@dataclass(frozen=True, slots=True)
class ImportResult:
    quiz: Quiz | None
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class _OpenReflection:
    user_id: int
    answers: dict[str, int] = field(default_factory=dict)


class QuizService:
    def __init__(
        self,
        repo: QuizRepo,
        library: QuizLibrary,
        clock: Clock,
        guild_settings: GuildSettingsRepo,
        *,
        rng: random.Random | None = None,
    ) -> None:
        self.repo = repo
        self.library = library
        self.clock = clock
        self.guild_settings = guild_settings
        self.rng = rng or random.Random()  # question order, not secrets
        self._server: dict[int, dict[str, Quiz]] = {}
        self._reflections: OrderedDict[int, _OpenReflection] = OrderedDict()
        self._groups: dict[int, GroupPlan] = {}

    def now(self) -> datetime:
        return self.clock.now()

    # --- finding quizzes ---------------------------------------------------------------------

    async def server_quizzes(self, guild_id: int | None) -> dict[str, Quiz]:
        if guild_id is None:
            return {}
        cached = self._server.get(guild_id)
        if cached is not None:
            return cached
        loaded: dict[str, Quiz] = {}
        for row in await self.repo.server_quizzes(guild_id):
            problems = Problems()
            quiz = importer.parse_import(row.source_toml.encode(), f"{row.quiz_id}.toml", self.library.ids(), problems)
            if quiz is None:
                # Saved while valid; a later shipped quiz may now use the same id.
                log.warning("Server quiz %s in guild %s no longer loads: %s", row.quiz_id, guild_id, problems.lines)
                continue
            loaded[quiz.id] = quiz
        self._server[guild_id] = loaded
        return loaded

    async def available(self, guild_id: int | None, *, kind: str | None = None) -> list[QuizRef]:
        refs = [QuizRef(q, "shipped") for q in self.library.quizzes]
        refs += [QuizRef(q, "server") for q in (await self.server_quizzes(guild_id)).values()]
        return [r for r in refs if kind is None or r.quiz.kind == kind]

    async def resolve(self, quiz_id: str, guild_id: int | None) -> QuizRef:
        quiz_id = quiz_id.strip()
        shipped = self.library.get(quiz_id)
        if shipped is not None:
            return QuizRef(shipped, "shipped")
        server = (await self.server_quizzes(guild_id)).get(quiz_id)
        if server is not None:
            return QuizRef(server, "server")
        raise UserFacingError(
            f"There's no quiz called `{quiz_id[:60]}` here. `/quiz list` shows the quizzes you can take.",
            title="Quiz not found",
        )

    async def _quiz_for(self, quiz_id: str, source: str, guild_id: int | None) -> Quiz | None:
        if source == "shipped":
            return self.library.get(quiz_id)
        return (await self.server_quizzes(guild_id)).get(quiz_id)

    def pick_questions(self, quiz: Quiz, count: int | None) -> list[Question]:
        if count is not None and count < 1:
            raise UserFacingError("A quiz needs at least one question. Leave `questions` empty for the usual amount.")
        available = len(quiz.questions)
        if available == 0:
            raise UserFacingError("That quiz has no questions yet, so it can't be started.")
        wanted = min(count or quiz.default_questions or available, available)
        if quiz.is_reflection:
            return self._spread_over_themes(quiz, wanted)
        return self.rng.sample(list(quiz.questions), wanted)

    def _spread_over_themes(self, quiz: Quiz, wanted: int) -> list[Question]:
        """A subset that covers every theme as evenly as possible (so the summary has something
        to say about each), kept in the written order, which was arranged to read gently."""
        by_theme: dict[str, list[int]] = {}
        for index, question in enumerate(quiz.questions):
            by_theme.setdefault(question.theme, []).append(index)
        pools = list(by_theme.values())
        for pool in pools:
            self.rng.shuffle(pool)
        keep: set[int] = set()
        while len(keep) < wanted:
            for pool in pools:
                if pool and len(keep) < wanted:
                    keep.add(pool.pop())
        return [q for i, q in enumerate(quiz.questions) if i in keep]

    # --- solo --------------------------------------------------------------------------------

    async def start_solo(self, user_id: int, guild_id: int | None, quiz_id: str, count: int | None) -> SoloQuestion:
        ref = await self.resolve(quiz_id, guild_id)
        questions = self.pick_questions(ref.quiz, count)
        session_id = await self.repo.create_session(
            user_id=user_id, guild_id=guild_id, quiz_id=ref.quiz.id, quiz_source=ref.source, kind=ref.quiz.kind,
            question_ids=[q.id for q in questions], now=self.now(),
        )
        if ref.quiz.is_reflection:
            self._remember(session_id, _OpenReflection(user_id))
        return SoloQuestion(session_id, ref.quiz, 0, len(questions), questions[0])

    def _remember(self, session_id: int, state: _OpenReflection) -> None:
        self._reflections[session_id] = state
        while len(self._reflections) > MAX_OPEN_REFLECTIONS:
            self._reflections.popitem(last=False)

    async def _load_solo(self, session_id: int, user_id: int) -> tuple[SoloSession, Quiz]:
        session = await self.repo.get_session(session_id)
        if session is None:
            raise ExpiredError("This quiz")
        if session.user_id != user_id:
            raise UserFacingError("These buttons belong to someone else's quiz. Start your own with `/quiz start`.")
        if session.status == "abandoned":
            raise ExpiredError("This quiz")
        quiz = await self._quiz_for(session.quiz_id, session.quiz_source, session.guild_id)
        if quiz is None or any(quiz.question(qid) is None for qid in session.question_ids):
            await self.repo.abandon(session.id, self.now())
            raise UserFacingError(
                "This quiz was changed or removed since you started it, so this run has ended. "
                "`/quiz list` shows what's available now.",
                title="Quiz no longer available",
            )
        return session, quiz

    def _question(self, session: SoloSession, quiz: Quiz, index: int) -> Question:
        question = quiz.question(session.question_ids[index])
        assert question is not None  # checked in _load_solo
        return question

    def _reflection_state(self, session: SoloSession) -> _OpenReflection:
        state = self._reflections.get(session.id)
        if state is not None:
            return state
        if session.position == 0 and session.status == "active":
            state = _OpenReflection(session.user_id)
            self._remember(session.id, state)
            return state
        raise UserFacingError(
            "Tandem restarted while you were reflecting. Your answers are only kept in memory "
            "unless you choose to save them, so nothing was stored and this reflection can't continue. "
            "You're welcome to start it again with `/quiz start`.",
            title="This reflection was paused",
        )

    async def answer_solo(
        self, session_id: int, index: int, choice_id: str, user_id: int
    ) -> AnswerFeedback | SoloStep:
        """Knowledge: feedback for the answer (the same feedback again on a double click).
        Reflection: the next statement, or the summary after the last one."""
        session, quiz = await self._load_solo(session_id, user_id)
        if not 0 <= index < session.total:
            raise UserFacingError("That button doesn't belong to this quiz any more.")
        question = self._question(session, quiz, index)
        chosen = question.choice(choice_id)
        if chosen is None:
            raise UserFacingError("That answer isn't one of this question's choices.")

        if quiz.is_reflection:
            state = self._reflection_state(session)
            if (
                session.status == "active"
                and index == session.position
                and await self.repo.record_answer(session, index, None, self.now())
            ):
                state.answers[question.id] = int(chosen.id)
            # Whether this click counted or was a repeat, show where the member is now.
            return await self.next_solo(session_id, user_id)

        if index < session.position:
            recorded = await self.repo.answer_at(session.id, index)
            if recorded is None:
                raise ExpiredError("This quiz")
            shown = question.choice(recorded.choice_id) or chosen
            return AnswerFeedback(session.id, quiz, index, session.total, question, shown,
                                  bool(recorded.correct), duplicate=True)
        if session.status != "active":
            raise UserFacingError("This quiz is already finished. Start another with `/quiz start`.")
        if index > session.position:
            raise UserFacingError("That question isn't open yet; please answer the one on screen.")
        matched = is_correct(question, chosen.id)
        record = AnswerRecord(question.id, question.theme, chosen.id, matched)
        if not await self.repo.record_answer(session, index, record, self.now()):
            # Lost a race with a double click: report what was stored, once.
            recorded = await self.repo.answer_at(session.id, index)
            if recorded is None:
                raise ExpiredError("This quiz")
            shown = question.choice(recorded.choice_id) or chosen
            return AnswerFeedback(session.id, quiz, index, session.total, question, shown,
                                  bool(recorded.correct), duplicate=True)
        return AnswerFeedback(session.id, quiz, index, session.total, question, chosen, matched, duplicate=False)

    async def next_solo(self, session_id: int, user_id: int) -> SoloStep:
        """The next unanswered question, or (after the last) the end of the quiz. Idempotent."""
        session, quiz = await self._load_solo(session_id, user_id)
        if session.status == "active" and session.position < session.total:
            if quiz.is_reflection:
                self._reflection_state(session)  # refuses kindly if answers were lost in a restart
            return SoloQuestion(session.id, quiz, session.position, session.total,
                                self._question(session, quiz, session.position))
        await self.repo.finish(session.id, self.now())
        if quiz.is_reflection:
            saved = await self.repo.reflection_saved(session.id)
            state = self._reflections.get(session.id)
            if state is None:
                if saved:
                    raise UserFacingError("This reflection is saved in your history. Start another any time "
                                          "with `/quiz start`.", title="Already saved")
                self._reflection_state(session)  # raises the kind "paused" message
                raise AssertionError("unreachable")
            return ReflectionDone(session.id, quiz, summarise(quiz, state.answers), saved)
        answers = await self.repo.answers(session.id)
        return KnowledgeDone(session.id, quiz, solo_result(answers, session.total, all_themes([quiz])))

    async def save_reflection(self, session_id: int, user_id: int) -> ReflectionDone:
        session, quiz = await self._load_solo(session_id, user_id)
        if not quiz.is_reflection or session.status != "finished":
            raise UserFacingError("Only a finished reflection can be saved.")
        state = self._reflections.get(session.id)
        if state is None:
            if await self.repo.reflection_saved(session.id):
                raise UserFacingError("This reflection is already saved in your history.", title="Already saved")
            self._reflection_state(session)
            raise AssertionError("unreachable")
        summary = summarise(quiz, state.answers)
        saved = await self.repo.save_reflection(
            user_id=user_id, session_id=session.id, quiz_id=quiz.id, answers=dict(state.answers),
            leans=summary.leans(), now=self.now(),
        )
        if saved:
            log.info("Saved a reflection for session %s", session.id)
        return ReflectionDone(session.id, quiz, summary, saved=True)

    async def stats(self, user_id: int, guild_id: int | None) -> UserStats:
        finished, rows, saved = await self.repo.user_stats(user_id)
        quizzes = [r.quiz for r in await self.available(guild_id)]
        by_theme = accuracy_by_theme(rows, all_themes(quizzes))
        return UserStats(
            finished=finished, answered=len(rows), correct=sum(1 for _, ok in rows if ok),
            by_theme=by_theme, saved_reflections=saved,
        )

    # --- group -------------------------------------------------------------------------------

    async def start_group(
        self, *, guild_id: int, channel_id: int, user_id: int, quiz_id: str, seconds: int, count: int | None
    ) -> GroupPlan:
        if not (await self.guild_settings.get(guild_id)).quizzes_enabled:
            raise UserFacingError("Group quizzes are turned off in this server. You can still take one on your "
                                  "own with `/quiz start`.")
        if not MIN_GROUP_SECONDS <= seconds <= MAX_GROUP_SECONDS:
            raise UserFacingError(f"Give each question between {MIN_GROUP_SECONDS} and {MAX_GROUP_SECONDS} seconds.")
        ref = await self.resolve(quiz_id, guild_id)
        if ref.quiz.is_reflection:
            raise UserFacingError(
                "Self-reflections are private, so they're solo only. Take it on your own with `/quiz start`.",
                title="Solo only",
            )
        questions = self.pick_questions(ref.quiz, count)
        group_id = await self.repo.start_group(
            guild_id=guild_id, channel_id=channel_id, quiz_id=ref.quiz.id, quiz_source=ref.source,
            question_ids=[q.id for q in questions], seconds=seconds, started_by_user_id=user_id, now=self.now(),
        )
        if group_id is None:
            raise UserFacingError("A group quiz is already running in this channel. Join in, or wait until it ends.",
                                  title="One at a time")
        plan = GroupPlan(group_id, ref.quiz, tuple(questions), seconds, channel_id)
        self._groups[group_id] = plan
        return plan

    async def open_group_question(self, plan: GroupPlan, index: int) -> float:
        """Start taking answers for question ``index``; returns the deadline (unix seconds)."""
        deadline = self.now().timestamp() + plan.seconds
        await self.repo.open_question(plan.id, index, math.ceil(deadline))
        return deadline

    async def group_answer(self, group_id: int, index: int, choice_id: str, user_id: int) -> GroupAnswer:
        plan = self._groups.get(group_id)
        if plan is None:
            # Not running in this process: ended, stopped, or interrupted by a restart.
            if await self.repo.get_group(group_id) is None:
                raise ExpiredError("This quiz")
            raise UserFacingError(QUIZ_ENDED, title="This quiz has ended")
        if not 0 <= index < len(plan.questions):
            raise UserFacingError("That button doesn't belong to this quiz.")
        question = plan.questions[index]
        chosen = question.choice(choice_id)
        if chosen is None:
            raise UserFacingError("That answer isn't one of this question's choices.")
        if await self.repo.group_answer(group_id, index, user_id, chosen.id, self.now()):
            return GroupAnswer(question, chosen)
        session = await self.repo.get_group(group_id)
        if session is None or session.status != "running":
            raise UserFacingError(QUIZ_ENDED, title="This quiz has ended")
        raise UserFacingError(TIME_IS_UP, title="Time is up")

    async def close_group_question(self, plan: GroupPlan, index: int) -> tuple[ChoiceCount, ...]:
        votes = await self.repo.close_question(plan.id, index)
        return tally(plan.questions[index], votes)

    async def finish_group(self, plan: GroupPlan, status: str = "finished") -> tuple[ScoreLine, ...]:
        """End the session and return the scoreboard (empty for anything but knowledge)."""
        self._groups.pop(plan.id, None)
        await self.repo.end_group(plan.id, status, self.now())
        if plan.quiz.is_reflection:
            return ()
        return scoreboard(plan.questions, await self.repo.group_answers(plan.id))

    async def stop_group(self, channel_id: int) -> GroupSession:
        session = await self.repo.running_in_channel(channel_id)
        if session is None:
            raise UserFacingError("There's no group quiz running in this channel.")
        self._groups.pop(session.id, None)
        await self.repo.end_group(session.id, "stopped", self.now())
        return session

    async def tidy_sessions(self) -> tuple[int, int]:
        """Close solo runs left untouched for ``SESSION_IDLE`` (their buttons then say the
        quiz expired) and delete abandoned runs after ``KEEP_ABANDONED``: store the minimum.
        Returns (closed, deleted)."""
        now = self.now()
        closed, deleted = await self.repo.tidy_sessions(now, now - SESSION_IDLE, now - KEEP_ABANDONED)
        if closed or deleted:
            log.info("Quiz tidy-up: closed %d idle solo run(s), deleted %d abandoned", closed, deleted)
        return closed, deleted

    async def interrupt_running_groups(self) -> list[GroupSession]:
        self._groups.clear()
        return await self.repo.interrupt_running_groups(self.now())

    # --- server quizzes ----------------------------------------------------------------------

    async def import_quiz(self, guild_id: int, user_id: int, raw: bytes, filename: str) -> ImportResult:
        problems = Problems()
        quiz = importer.parse_import(raw, filename, self.library.ids(), problems)
        if quiz is None:
            return ImportResult(None, tuple(problems.lines))
        row = ServerQuizRow(guild_id, quiz.id, quiz.title, quiz.kind, len(quiz.questions),
                            raw.decode("utf-8-sig"))
        refused = await self.repo.add_server_quiz(row, user_id, self.now(),
                                                  max_per_guild=importer.MAX_SERVER_QUIZZES)
        if refused == "exists":
            return ImportResult(None, (f"{filename}: id: this server already has a quiz with id {quiz.id!r}; "
                                       "remove it first with /quiz remove or choose another id",))
        if refused == "full":
            return ImportResult(None, (f"{filename}: (file): this server already has "
                                       f"{importer.MAX_SERVER_QUIZZES} quizzes, the most it can keep; "
                                       "remove one with /quiz remove first",))
        self._server.pop(guild_id, None)
        log.info("Imported server quiz %s into guild %s", quiz.id, guild_id)
        return ImportResult(quiz)

    async def remove_quiz(self, guild_id: int, quiz_id: str) -> Quiz:
        quiz = (await self.server_quizzes(guild_id)).get(quiz_id.strip())
        if quiz is None:
            if self.library.get(quiz_id.strip()) is not None:
                raise UserFacingError("That quiz ships with Tandem and can't be removed; only imported server "
                                      "quizzes can.")
            raise UserFacingError(f"This server has no imported quiz called `{quiz_id[:60]}`.")
        await self.repo.remove_server_quiz(guild_id, quiz.id)
        self._server.pop(guild_id, None)
        return quiz
