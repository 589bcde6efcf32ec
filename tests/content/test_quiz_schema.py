"""The quiz file schema: what loads, and that every problem names the file and the question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.content import quizzes
from bot.content.problems import Problems

FIXTURES = Path(__file__).parent / "fixtures" / "quizzes"


def knowledge() -> dict[str, Any]:
    return {
        "id": "sample-quiz",
        "title": "Sample",
        "kind": "knowledge",
        "description": "A sample.",
        "choices": [{"id": "yes", "label": "Yes"}, {"id": "no", "label": "No"}],
        "questions": [
            {"id": "q-1", "theme": "t-one", "prompt": "P1", "answer": "yes", "explanation": "E1"},
            {"id": "q-2", "theme": "t-two", "prompt": "P2", "answer": "b", "explanation": "E2",
             "choices": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}]},
        ],
    }


def reflection() -> dict[str, Any]:
    return {
        "id": "sample-reflection",
        "title": "Reflect",
        "kind": "reflection",
        "description": "A reflection.",
        "questions": [
            {"id": "r-1", "theme": "feel", "prompt": "S1", "leans": "self-abandonment"},
            {"id": "r-2", "theme": "feel", "prompt": "S2", "leans": "balance"},
        ],
        "themes": {"feel": {"label": "Feelings", "toward_balance": "B", "toward_self_abandonment": "S",
                            "mixed": "M"}},
    }


def parse(data: dict[str, Any]) -> tuple[quizzes.Quiz | None, list[str]]:
    problems = Problems()
    quiz = quizzes.parse_quiz(data, "quizzes/sample.toml", problems)
    return quiz, problems.lines


def test_quiz_schema_parses_knowledge_with_default_and_own_choices() -> None:
    quiz, lines = parse(knowledge())
    assert lines == []
    assert quiz is not None and quiz.kind == "knowledge"
    q1, q2 = quiz.questions
    assert [c.id for c in q1.choices] == ["yes", "no"]
    assert [c.id for c in q2.choices] == ["a", "b", "c"]
    assert q2.answer == "b" and q2.explanation == "E2"
    assert quiz.theme("t-one").label == "T one"  # knowledge themes may be derived from the slug


def test_quiz_schema_parses_reflection_with_agree_scale() -> None:
    quiz, lines = parse(reflection())
    assert lines == []
    assert quiz is not None and quiz.is_reflection
    assert [c.label for c in quiz.questions[0].choices] == [
        "Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]
    assert quiz.theme("feel").label == "Feelings"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["questions"][0].update(answer="maybe"),
         "quizzes/sample.toml: questions[q-1].answer: 'maybe' is not one of the choices (yes, no)"),
        (lambda d: d["questions"][1].update(id="q-1"),
         "quizzes/sample.toml: questions[q-1].id: 'q-1' is used by more than one question"),
        (lambda d: d["questions"][0].pop("explanation"),
         "quizzes/sample.toml: questions[q-1].explanation: is missing"),
        (lambda d: d["questions"][1]["choices"].append({"id": "a", "label": "Again"}),
         "quizzes/sample.toml: questions[q-2].choices[4].id: 'a' is used twice in the same question"),
        (lambda d: d["questions"][1]["choices"].extend([{"id": "d", "label": "D"}, {"id": "e", "label": "E"},
                                                         {"id": "f", "label": "F"}]),
         "quizzes/sample.toml: questions[q-2].choices: has 6 choices; give between 2 and 5"),
        (lambda d: d["questions"][1]["choices"][0].update(label="x" * 81),
         "quizzes/sample.toml: questions[q-2].choices[1].label: is 81 characters; the limit is 80"),
        (lambda d: d.update(title="t" * 81), "quizzes/sample.toml: title: is 81 characters; the limit is 80"),
        (lambda d: d.update(description="d" * 301),
         "quizzes/sample.toml: description: is 301 characters; the limit is 300"),
        (lambda d: d["questions"][0].update(prompt="p" * 1001),
         "quizzes/sample.toml: questions[q-1].prompt: is 1001 characters; the limit is 1000"),
        (lambda d: d.update(id="No Spaces"),
         "quizzes/sample.toml: id: 'No Spaces' is not a valid id (3-40 lowercase letters, digits and '-')"),
        (lambda d: d.update(kind="trivia"),
         "quizzes/sample.toml: kind: 'trivia' must be \"knowledge\" or \"reflection\""),
        (lambda d: d.update(default_questions=0),
         "quizzes/sample.toml: default_questions: must be a whole number from 1 to 25"),
        (lambda d: d.update(questions=[]),
         "quizzes/sample.toml: questions: has no questions; add at least one [[questions]] table"),
        (lambda d: d["questions"][0].update(leans="balance"),
         "quizzes/sample.toml: questions[q-1].leans: only reflection statements have leans; remove it"),
        (lambda d: d["questions"][0].update(promt="typo"),
         "quizzes/sample.toml: questions[q-1].promt: is not a field this schema knows (check the spelling)"),
        (lambda d: d.pop("choices"),
         "quizzes/sample.toml: questions[q-1].choices: is missing and the quiz has no default choices"),
    ],
)
def test_quiz_schema_reports_knowledge_problem_with_location(mutate: Any, expected: str) -> None:
    data = knowledge()
    mutate(data)
    quiz, lines = parse(data)
    assert quiz is None
    assert expected in lines


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["questions"][0].pop("leans"),
         "quizzes/sample.toml: questions[r-1].leans: is missing: say what agreeing leans toward "
         "(\"self-abandonment\" or \"balance\")"),
        (lambda d: d["questions"][0].update(leans="codependent"),
         "quizzes/sample.toml: questions[r-1].leans: 'codependent' must be \"self-abandonment\" or \"balance\""),
        (lambda d: d["questions"][0].update(theme="missing-theme"),
         "quizzes/sample.toml: questions[r-1].theme: 'missing-theme' is not defined under [themes]"),
        (lambda d: d["questions"][0].update(answer="4"),
         "quizzes/sample.toml: questions[r-1].answer: reflection statements use the agree scale and have no "
         "answer; remove it"),
        (lambda d: d["themes"]["feel"].pop("mixed"), "quizzes/sample.toml: themes.feel.mixed: is missing"),
        (lambda d: d["themes"]["feel"].update(toward_self_abandonment="s" * 401),
         "quizzes/sample.toml: themes.feel.toward_self_abandonment: is 401 characters; the limit is 400"),
        (lambda d: d.pop("themes"),
         "quizzes/sample.toml: themes: is missing; reflection quizzes define [themes.<slug>] tables"),
    ],
)
def test_quiz_schema_reports_reflection_problem_with_location(mutate: Any, expected: str) -> None:
    data = reflection()
    mutate(data)
    quiz, lines = parse(data)
    assert quiz is None
    assert expected in lines


def test_quiz_schema_lists_every_problem_not_just_the_first() -> None:
    data = knowledge()
    data["title"] = ""
    data["questions"][0]["answer"] = "nope"
    data["questions"][1]["prompt"] = 5
    quiz, lines = parse(data)
    assert quiz is None
    assert len(lines) == 3
    assert any("title: is empty" in line for line in lines)
    assert any("questions[q-2].prompt: must be text in quotes, not a number" in line for line in lines)


def test_quiz_schema_names_question_by_position_when_id_is_unusable() -> None:
    data = knowledge()
    data["questions"][1]["id"] = "Bad Id"
    _, lines = parse(data)
    assert any(line.startswith("quizzes/sample.toml: questions[#2].id: 'Bad Id' is not a valid id") for line in lines)


def test_quiz_schema_is_frozen() -> None:
    quiz, _ = parse(knowledge())
    assert quiz is not None
    with pytest.raises(AttributeError):
        quiz.title = "changed"  # type: ignore[misc]


def test_quiz_load_fixture_folder_counts() -> None:
    problems = Problems(FIXTURES.parent.parent)
    library = quizzes.load(FIXTURES / "good", problems)
    assert problems.lines == []
    assert library.counts() == {"quizzes": 2, "quiz questions": 7}
    assert library.get("fixture-pattern") is not None


def test_quiz_load_reports_file_name_mismatch_duplicates_and_bad_toml(tmp_path: Path) -> None:
    folder = tmp_path / "quizzes"
    folder.mkdir()
    source = (FIXTURES / "good" / "fixture-pattern.toml").read_text()
    (folder / "fixture-pattern.toml").write_text(source)
    (folder / "other-name.toml").write_text(source)
    (folder / "broken.toml").write_text('id = "broken\n')
    problems = Problems(tmp_path)
    library = quizzes.load(folder, problems)
    assert [q.id for q in library.quizzes] == ["fixture-pattern"]
    assert any(line.startswith(f"{tmp_path.name}/quizzes/broken.toml: (file): not valid TOML")
               for line in problems.lines)
    assert any("quizzes/other-name.toml: id: 'fixture-pattern' must match the file name (other-name.toml)" in line
               for line in problems.lines)


def test_quiz_load_missing_folder_is_empty_library(tmp_path: Path) -> None:
    problems = Problems(tmp_path)
    assert quizzes.load(tmp_path / "nope", problems).counts() == {"quizzes": 0, "quiz questions": 0}
    assert not problems

