"""Checking a moderator's quiz file before anything is saved.

The same schema as shipped files (``parse_quiz``) plus the limits that protect a server:
size, question count, UTF-8, and ids that don't shadow a shipped quiz."""

from __future__ import annotations

from collections.abc import Collection

from bot.content.problems import Problems, parse_toml_text
from bot.content.quizzes import Quiz, parse_quiz

MAX_IMPORT_BYTES = 64 * 1024
MAX_IMPORT_QUESTIONS = 50
MAX_SERVER_QUIZZES = 20


def check_import_size(size: int, filename: str, problems: Problems) -> bool:
    if size > MAX_IMPORT_BYTES:
        problems.add(filename, "(file)", f"is {size / 1024:.1f} KiB; the limit is {MAX_IMPORT_BYTES // 1024} KiB")
        return False
    if size == 0:
        problems.add(filename, "(file)", "is empty")
        return False
    return True


def parse_import(raw: bytes, filename: str, shipped_ids: Collection[str], problems: Problems) -> Quiz | None:
    """Validate an uploaded quiz file; every problem is recorded, and a Quiz is returned only
    when there are none."""
    before = len(problems)
    if not check_import_size(len(raw), filename, problems):
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.add(filename, "(file)", f"is not UTF-8 text (bad byte at position {exc.start}); "
                     "save it as UTF-8 and try again")
        return None
    data = parse_toml_text(text, filename, problems)
    if data is None:
        return None
    quiz = parse_quiz(data, filename, problems)
    questions = data.get("questions")
    if isinstance(questions, list) and len(questions) > MAX_IMPORT_QUESTIONS:
        problems.add(filename, "questions", f"has {len(questions)} questions; a server quiz can have at most "
                     f"{MAX_IMPORT_QUESTIONS}")
    quiz_id = data.get("id")
    if isinstance(quiz_id, str) and quiz_id in shipped_ids:
        problems.add(filename, "id", f"{quiz_id!r} is the id of a quiz that ships with Tandem; choose another id")
    if len(problems) > before:
        return None
    return quiz
