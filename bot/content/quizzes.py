"""Loader and validator for ``content/quizzes/<id>.toml`` (one quiz per file).

``parse_quiz`` is the single schema check: shipped files and moderator imports both go
through it, so a file that loads here imports there (imports add size and count limits in
``bot.quiz.importer``). Problems are ``file: questions[stp-03].answer: problem`` lines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.content.problems import Problems, read_toml

log = logging.getLogger(__name__)

QUIZ_ID_RE = re.compile(r"^[a-z0-9-]{3,40}$")
QUESTION_ID_RE = re.compile(r"^[a-z0-9-]{1,40}$")
THEME_RE = re.compile(r"^[a-z0-9-]{1,40}$")
# Choice ids travel inside button custom_ids, so they stay short and free of ':'.
CHOICE_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,40}$")

KNOWLEDGE = "knowledge"
REFLECTION = "reflection"
Kind = Literal["knowledge", "reflection"]
LEANS = ("self-abandonment", "balance")

MAX_TITLE = 80
MAX_DESCRIPTION = 300
MAX_PROMPT = 1000
MAX_EXPLANATION = 1000
MAX_LABEL = 80
MAX_THEME_TEXT = 400
MIN_CHOICES, MAX_CHOICES = 2, 5
MAX_DEFAULT_QUESTIONS = 25
# A reflection summary shows one embed field per theme; this keeps it inside Discord's limits.
MAX_THEMES = 10

_TOP_KEYS = {"id", "title", "kind", "description", "default_questions", "choices", "questions", "themes"}
_QUESTION_KEYS = {"id", "theme", "prompt", "answer", "explanation", "choices", "leans"}
_THEME_KEYS = {"label", "toward_balance", "toward_self_abandonment", "mixed"}


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    label: str


# The implied agree scale for reflection statements; ids are the scale points.
AGREE_SCALE: tuple[Choice, ...] = (
    Choice("1", "Strongly disagree"),
    Choice("2", "Disagree"),
    Choice("3", "Not sure"),
    Choice("4", "Agree"),
    Choice("5", "Strongly agree"),
)


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    theme: str
    prompt: str
    choices: tuple[Choice, ...]
    answer: str | None = None  # knowledge only
    explanation: str | None = None  # knowledge only
    leans: str | None = None  # reflection only: what agreeing leans toward

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    label: str
    toward_balance: str = ""
    toward_self_abandonment: str = ""
    mixed: str = ""


@dataclass(frozen=True, slots=True)
class Quiz:
    id: str
    title: str
    kind: Kind
    description: str
    questions: tuple[Question, ...]
    themes: tuple[Theme, ...] = ()
    default_questions: int | None = None
    source: str = ""

    @property
    def is_reflection(self) -> bool:
        return self.kind == REFLECTION

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def theme(self, theme_id: str) -> Theme:
        """The theme's definition, or one named after its slug (knowledge quizzes may omit themes)."""
        found = next((t for t in self.themes if t.id == theme_id), None)
        return found or Theme(id=theme_id, label=theme_label_from_slug(theme_id))


def theme_label_from_slug(slug: str) -> str:
    words = slug.replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else slug


@dataclass(frozen=True, slots=True)
class QuizLibrary:
    quizzes: tuple[Quiz, ...] = ()

    def get(self, quiz_id: str) -> Quiz | None:
        return next((q for q in self.quizzes if q.id == quiz_id), None)

    def ids(self) -> frozenset[str]:
        return frozenset(q.id for q in self.quizzes)

    def counts(self) -> dict[str, int]:
        return {
            "quizzes": len(self.quizzes),
            "quiz questions": sum(len(q.questions) for q in self.quizzes),
        }


class _Checker:
    """Field checks that record a problem and return the value (or None) so parsing continues."""

    def __init__(self, source: str, problems: Problems) -> None:
        self.source = source
        self.problems = problems
        self.count = 0

    def add(self, where: str, problem: str) -> None:
        self.count += 1
        self.problems.add(self.source, where, problem)

    def text(self, table: Mapping[str, Any], key: str, where: str, limit: int, *, required: bool = True) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.add(where, "is missing")
            return None
        if not isinstance(value, str):
            self.add(where, f"must be text in quotes, not {_type_name(value)}")
            return None
        value = value.strip()
        if not value:
            self.add(where, "is empty")
            return None
        if len(value) > limit:
            self.add(where, f"is {len(value)} characters; the limit is {limit}")
            return None
        return value

    def slug(self, table: Mapping[str, Any], key: str, where: str, pattern: re.Pattern[str], rule: str) -> str | None:
        value = table.get(key)
        if value is None:
            self.add(where, "is missing")
            return None
        if not isinstance(value, str) or not pattern.match(value):
            self.add(where, f"{value!r} is not a valid id ({rule})")
            return None
        return value

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in sorted(set(table) - allowed):
            self.add(f"{where}{key}" if where else key, "is not a field this schema knows (check the spelling)")


def _type_name(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}.get(
        type(value), type(value).__name__
    )


def _parse_choices(raw: Any, where: str, check: _Checker) -> tuple[Choice, ...] | None:
    if not isinstance(raw, list):
        check.add(where, "must be a list like [ { id = \"a\", label = \"...\" }, ... ]")
        return None
    if not MIN_CHOICES <= len(raw) <= MAX_CHOICES:
        check.add(where, f"has {len(raw)} choices; give between {MIN_CHOICES} and {MAX_CHOICES}")
    choices: list[Choice] = []
    seen: set[str] = set()
    ok = True
    for n, item in enumerate(raw, start=1):
        at = f"{where}[{n}]"
        if not isinstance(item, dict):
            check.add(at, "must be a table like { id = \"a\", label = \"...\" }")
            ok = False
            continue
        check.unknown_keys(item, {"id", "label"}, f"{at}.")
        cid = check.slug(item, "id", f"{at}.id", CHOICE_ID_RE, "letters, digits, '-' or '_', up to 40")
        label = check.text(item, "label", f"{at}.label", MAX_LABEL)
        if cid is not None and cid in seen:
            check.add(f"{at}.id", f"{cid!r} is used twice in the same question")
            ok = False
        if cid is None or label is None:
            ok = False
            continue
        seen.add(cid)
        choices.append(Choice(cid, label))
    if not ok or not MIN_CHOICES <= len(raw) <= MAX_CHOICES:
        return None
    return tuple(choices)


def _parse_themes(raw: Any, kind: str, check: _Checker) -> tuple[Theme, ...]:
    if raw is None:
        if kind == REFLECTION:
            check.add("themes", "is missing; reflection quizzes define [themes.<slug>] tables")
        return ()
    if not isinstance(raw, dict):
        check.add("themes", "must be tables like [themes.some-theme]")
        return ()
    if len(raw) > MAX_THEMES:
        check.add("themes", f"has {len(raw)} themes; the limit is {MAX_THEMES}")
    themes: list[Theme] = []
    for slug, table in raw.items():
        where = f"themes.{slug}"
        if not THEME_RE.match(slug):
            check.add(where, "theme slugs use lowercase letters, digits and '-' (up to 40)")
            continue
        if not isinstance(table, dict):
            check.add(where, "must be a table with label = \"...\"")
            continue
        check.unknown_keys(table, _THEME_KEYS, f"{where}.")
        required = kind == REFLECTION
        label = check.text(table, "label", f"{where}.label", MAX_LABEL)
        texts = {
            key: check.text(table, key, f"{where}.{key}", MAX_THEME_TEXT, required=required)
            for key in ("toward_balance", "toward_self_abandonment", "mixed")
        }
        if label is not None:
            themes.append(Theme(slug, label, texts["toward_balance"] or "",
                                texts["toward_self_abandonment"] or "", texts["mixed"] or ""))
    return tuple(themes)


def _parse_question(
    raw: Any, n: int, kind: str, default_choices: tuple[Choice, ...] | None, check: _Checker
) -> Question | None:
    if not isinstance(raw, dict):
        check.add(f"questions[#{n}]", "must be a [[questions]] table")
        return None
    qid_raw = raw.get("id")
    label = qid_raw if isinstance(qid_raw, str) and QUESTION_ID_RE.match(qid_raw) else f"#{n}"
    where = f"questions[{label}]"
    before = check.count
    check.unknown_keys(raw, _QUESTION_KEYS, f"{where}.")
    qid = check.slug(raw, "id", f"{where}.id", QUESTION_ID_RE, "lowercase letters, digits and '-', up to 40")
    theme = check.slug(raw, "theme", f"{where}.theme", THEME_RE, "lowercase letters, digits and '-', up to 40")
    prompt = check.text(raw, "prompt", f"{where}.prompt", MAX_PROMPT)

    if kind == REFLECTION:
        for key in ("answer", "explanation", "choices"):
            if key in raw:
                check.add(f"{where}.{key}", "reflection statements use the agree scale and have no "
                          f"{key}; remove it")
        leans = raw.get("leans")
        if leans is None:
            check.add(f"{where}.leans", 'is missing: say what agreeing leans toward ("self-abandonment" or "balance")')
        elif leans not in LEANS:
            check.add(f"{where}.leans", f'{leans!r} must be "self-abandonment" or "balance"')
        if check.count > before or qid is None or theme is None or prompt is None:
            return None
        return Question(qid, theme, prompt, AGREE_SCALE, leans=str(leans))

    if "leans" in raw:
        check.add(f"{where}.leans", "only reflection statements have leans; remove it")
    choices = default_choices
    if "choices" in raw:
        choices = _parse_choices(raw["choices"], f"{where}.choices", check)
    elif default_choices is None:
        check.add(f"{where}.choices", "is missing and the quiz has no default choices")
    answer = raw.get("answer")
    if answer is None:
        check.add(f"{where}.answer", "is missing: give the id of the right choice")
    elif not isinstance(answer, str):
        check.add(f"{where}.answer", f"must be a choice id in quotes, not {_type_name(answer)}")
    elif choices is not None and answer not in {c.id for c in choices}:
        known = ", ".join(c.id for c in choices)
        check.add(f"{where}.answer", f"{answer!r} is not one of the choices ({known})")
    explanation = check.text(raw, "explanation", f"{where}.explanation", MAX_EXPLANATION)
    if check.count > before or qid is None or theme is None or prompt is None or choices is None:
        return None
    return Question(qid, theme, prompt, choices, answer=str(answer), explanation=explanation)


def parse_quiz(data: dict[str, Any], source: str, problems: Problems) -> Quiz | None:
    """Validate one quiz table; returns the Quiz, or None after recording every problem."""
    check = _Checker(source, problems)
    check.unknown_keys(data, _TOP_KEYS, "")
    quiz_id = check.slug(data, "id", "id", QUIZ_ID_RE, "3-40 lowercase letters, digits and '-'")
    title = check.text(data, "title", "title", MAX_TITLE)
    description = check.text(data, "description", "description", MAX_DESCRIPTION)
    kind = data.get("kind")
    if kind not in (KNOWLEDGE, REFLECTION):
        check.add("kind", f'{kind!r} must be "knowledge" or "reflection"' if kind is not None
                  else 'is missing: "knowledge" or "reflection"')
        kind = None

    default_questions = data.get("default_questions")
    if default_questions is not None and (
        isinstance(default_questions, bool)
        or not isinstance(default_questions, int)
        or not 1 <= default_questions <= MAX_DEFAULT_QUESTIONS
    ):
        check.add("default_questions", f"must be a whole number from 1 to {MAX_DEFAULT_QUESTIONS}")
        default_questions = None

    default_choices: tuple[Choice, ...] | None = None
    if "choices" in data:
        if kind == REFLECTION:
            check.add("choices", "reflection quizzes use the agree scale; remove choices")
        else:
            default_choices = _parse_choices(data["choices"], "choices", check)

    themes = _parse_themes(data.get("themes"), kind or KNOWLEDGE, check)

    raw_questions = data.get("questions")
    questions: list[Question] = []
    if raw_questions is None or raw_questions == []:
        check.add("questions", "has no questions; add at least one [[questions]] table")
    elif not isinstance(raw_questions, list):
        check.add("questions", "must be [[questions]] tables")
    elif kind is not None:
        seen: set[str] = set()
        for n, raw in enumerate(raw_questions, start=1):
            qid = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(qid, str):
                if qid in seen:
                    check.add(f"questions[{qid}].id", f"{qid!r} is used by more than one question")
                seen.add(qid)
            question = _parse_question(raw, n, kind, default_choices, check)
            if question is not None:
                questions.append(question)

    theme_ids = {t.id for t in themes}
    if themes or kind == REFLECTION:
        for question in questions:
            if question.theme not in theme_ids:
                check.add(f"questions[{question.id}].theme",
                          f"{question.theme!r} is not defined under [themes]")

    if check.count or quiz_id is None or title is None or description is None or kind is None:
        return None
    return Quiz(
        id=quiz_id,
        title=title,
        kind=kind,
        description=description,
        questions=tuple(questions),
        themes=themes,
        default_questions=default_questions,
        source=source,
    )


def load(folder: Path, problems: Problems) -> QuizLibrary:
    """Load every ``*.toml`` in ``folder``; a missing or empty folder is an empty library."""
    if not folder.is_dir():
        log.warning("No quiz folder at %s; no shipped quizzes", folder)
        return QuizLibrary()
    quizzes: list[Quiz] = []
    owners: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        data = read_toml(path, problems)
        if data is None:
            continue
        quiz = parse_quiz(data, problems._name(path), problems)
        if quiz is None:
            continue
        if quiz.id != path.stem:
            problems.add(path, "id", f"{quiz.id!r} must match the file name ({path.stem}.toml)")
            continue
        if quiz.id in owners:
            problems.add(path, "id", f"{quiz.id!r} is already used by {owners[quiz.id].name}")
            continue
        owners[quiz.id] = path
        quizzes.append(quiz)
    return QuizLibrary(tuple(quizzes))


def all_themes(quizzes: Iterable[Quiz]) -> dict[str, str]:
    """Theme slug -> label across quizzes (first definition wins), for stats by theme."""
    labels: dict[str, str] = {}
    for quiz in quizzes:
        for question in quiz.questions:
            labels.setdefault(question.theme, quiz.theme(question.theme).label)
    return labels
