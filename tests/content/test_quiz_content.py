"""Every shipped quiz file loads and meets the issue's minimums and Discord's limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.content import quizzes
from bot.content.problems import Problems
from bot.quiz.reflection import summarise
from bot.quiz.service import ReflectionDone
from cogs.quiz import render

CONTENT = Settings.__dataclass_fields__["content_dir"].default_factory()  # type: ignore[misc]
QUIZ_DIR = Path(CONTENT) / "quizzes"
FORBIDDEN_IN_SUMMARIES = ("you are codependent", "you're codependent", "disorder", "diagnos", "codependent person")


@pytest.fixture(scope="module")
def library() -> quizzes.QuizLibrary:
    problems = Problems(Path(CONTENT))
    library = quizzes.load(QUIZ_DIR, problems)
    assert problems.lines == [], "\n".join(problems.lines)
    return library


def test_quiz_content_every_shipped_file_loads(library: quizzes.QuizLibrary) -> None:
    files = sorted(p.stem for p in QUIZ_DIR.glob("*.toml"))
    assert files, f"no quiz files in {QUIZ_DIR}"
    assert sorted(q.id for q in library.quizzes) == files


def test_quiz_content_minimum_counts(library: quizzes.QuizLibrary) -> None:
    spot = library.get("spot-the-pattern")
    assert spot is not None and spot.kind == "knowledge"
    assert len(spot.questions) >= 20
    know = next((q for q in library.quizzes if q.kind == "knowledge" and q.id != "spot-the-pattern"), None)
    assert know is not None, "a second knowledge quiz (know the difference) ships"
    assert len(know.questions) >= 12
    reflections = [q for q in library.quizzes if q.is_reflection]
    assert reflections and max(len(q.questions) for q in reflections) >= 10


def test_quiz_content_spot_the_pattern_offers_the_three_answers(library: quizzes.QuizLibrary) -> None:
    spot = library.get("spot-the-pattern")
    assert spot is not None
    answers = {q.answer for q in spot.questions}
    for question in spot.questions:
        assert {"codependent", "interdependent", "depends"} <= {c.id for c in question.choices}, question.id
    assert {"codependent", "interdependent", "depends"} <= answers


def test_quiz_content_labels_and_texts_fit_discord(library: quizzes.QuizLibrary) -> None:
    for quiz in library.quizzes:
        assert len(quiz.title) <= 80 and len(quiz.description) <= 300
        for question in quiz.questions:
            assert 2 <= len(question.choices) <= 5, question.id
            for choice in question.choices:
                assert len(choice.label) <= 80, (quiz.id, question.id, choice.id)
                assert len(f"quiz:ans:{10**18}:99:{choice.id}") <= 100
            assert len(question.prompt) <= 1000
            if quiz.kind == "knowledge":
                assert question.explanation and len(question.explanation) <= 1000, question.id
        for theme in quiz.themes:
            assert len(theme.label) <= 80


def test_quiz_content_every_referenced_theme_exists(library: quizzes.QuizLibrary) -> None:
    for quiz in library.quizzes:
        defined = {t.id for t in quiz.themes}
        if quiz.is_reflection or defined:
            missing = {q.theme for q in quiz.questions} - defined
            assert not missing, (quiz.id, missing)


def test_quiz_content_reflection_summaries_are_gentle_and_fit(library: quizzes.QuizLibrary) -> None:
    for quiz in (q for q in library.quizzes if q.is_reflection):
        assert {q.leans for q in quiz.questions} == {"self-abandonment", "balance"}
        for theme in quiz.themes:
            for text in (theme.toward_balance, theme.toward_self_abandonment, theme.mixed):
                assert text, (quiz.id, theme.id)
                lowered = text.lower()
                assert not any(word in lowered for word in FORBIDDEN_IN_SUMMARIES), (quiz.id, theme.id, text)
        for point in (1, 3, 5):
            summary = summarise(quiz, {q.id: point for q in quiz.questions})
            embed = render.reflection_summary_embed(ReflectionDone(1, quiz, summary, saved=False))
            assert len(embed) <= 6000 and len(embed.fields) <= 25
            assert all(len(f.value or "") <= 1024 and len(f.name or "") <= 256 for f in embed.fields)


def test_quiz_content_knowledge_embeds_fit_discord(library: quizzes.QuizLibrary) -> None:
    from bot.quiz.scoring import tally
    from bot.quiz.service import AnswerFeedback, GroupPlan

    def fits(embed: Any) -> bool:
        return (len(embed) <= 6000 and len(embed.description or "") <= 4096
                and all(len(f.value or "") <= 1024 for f in embed.fields))

    for quiz in (q for q in library.quizzes if q.kind == "knowledge"):
        plan = GroupPlan(1, quiz, quiz.questions, 30, 1)
        for index, question in enumerate(quiz.questions):
            for choice in question.choices:
                feedback = AnswerFeedback(1, quiz, index, len(quiz.questions), question, choice,
                                          choice.id == question.answer, duplicate=False)
                assert fits(render.feedback_embed(feedback)), question.id
            votes = {c.id: 1000 for c in question.choices}
            assert fits(render.group_reveal_embed(plan, index, tally(question, votes))), question.id
            assert fits(render.group_question_embed(plan, index, 1_800_000_000.0)), question.id
