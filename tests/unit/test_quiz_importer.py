"""Import checks on top of the schema: size, UTF-8, TOML, question count, shipped ids."""

from __future__ import annotations

from pathlib import Path

from bot.content.problems import Problems
from bot.quiz.importer import MAX_IMPORT_BYTES, check_import_size, parse_import

FIXTURES = Path(__file__).parent.parent / "content" / "fixtures" / "quizzes"
GOOD = (FIXTURES / "good" / "fixture-pattern.toml").read_bytes()


def run(raw: bytes, shipped: frozenset[str] = frozenset()) -> tuple[object, list[str]]:
    problems = Problems()
    quiz = parse_import(raw, "upload.toml", shipped, problems)
    return quiz, problems.lines


def test_quiz_import_accepts_a_valid_file() -> None:
    quiz, lines = run(GOOD)
    assert lines == []
    assert quiz is not None and quiz.id == "fixture-pattern"  # type: ignore[attr-defined]


def test_quiz_import_accepts_utf8_with_bom() -> None:
    quiz, lines = run(b"\xef\xbb\xbf" + GOOD)
    assert lines == [] and quiz is not None


def test_quiz_import_rejects_oversize_before_parsing() -> None:
    quiz, lines = run(GOOD + b"#" * MAX_IMPORT_BYTES)
    assert quiz is None
    assert len(lines) == 1 and lines[0].startswith("upload.toml: (file): is ") and "limit is 64 KiB" in lines[0]


def test_quiz_import_size_check_alone_rejects_empty_and_large() -> None:
    problems = Problems()
    assert not check_import_size(0, "a.toml", problems)
    assert not check_import_size(MAX_IMPORT_BYTES + 1, "a.toml", problems)
    assert check_import_size(MAX_IMPORT_BYTES, "a.toml", problems)
    assert len(problems) == 2


def test_quiz_import_rejects_non_utf8() -> None:
    quiz, lines = run(GOOD.replace(b"Sam tells", b"S\xe9m tells"))
    assert quiz is None
    assert lines[0].startswith("upload.toml: (file): is not UTF-8 text")


def test_quiz_import_reports_toml_syntax_with_line() -> None:
    quiz, lines = run((FIXTURES / "bad" / "not-toml.toml").read_bytes())
    assert quiz is None
    assert lines[0].startswith("upload.toml: (file): not valid TOML") and "line 2" in lines[0]


def test_quiz_import_lists_every_problem_of_a_broken_file() -> None:
    quiz, lines = run((FIXTURES / "bad" / "broken.toml").read_bytes())
    assert quiz is None
    assert "upload.toml: id: 'Broken Quiz' is not a valid id (3-40 lowercase letters, digits and '-')" in lines
    assert "upload.toml: questions[b-01].answer: 'maybe' is not one of the choices (yes, no)" in lines
    assert "upload.toml: questions[b-01].id: 'b-01' is used by more than one question" in lines
    assert "upload.toml: questions[b-03].choices: has 6 choices; give between 2 and 5" in lines


def test_quiz_import_rejects_too_many_questions() -> None:
    question = '[[questions]]\nid = "q-{n}"\ntheme = "t"\nprompt = "p"\nanswer = "depends"\nexplanation = "e"\n'
    text = GOOD.decode().split("[[questions]]")[0] + "".join(question.format(n=n) for n in range(51))
    quiz, lines = run(text.encode())
    assert quiz is None
    assert lines == ["upload.toml: questions: has 51 questions; a server quiz can have at most 50"]


def test_quiz_import_rejects_a_shipped_id() -> None:
    quiz, lines = run(GOOD, shipped=frozenset({"fixture-pattern"}))
    assert quiz is None
    assert lines == ["upload.toml: id: 'fixture-pattern' is the id of a quiz that ships with Tandem; choose another id"]
