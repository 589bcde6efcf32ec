"""`python -m bot check` reports quiz file problems with file and question id (other features' content
may add lines of their own; only the quiz lines are asserted)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import Settings

CONTENT = Path(Settings.__dataclass_fields__["content_dir"].default_factory())  # type: ignore[misc]
FIXTURES = Path(__file__).parent / "fixtures" / "quizzes"


def test_quiz_check_cli_lists_quiz_problems_with_file_and_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    shutil.copy(FIXTURES / "bad" / "broken.toml", content / "quizzes" / "broken.toml")
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("TANDEM_CONTENT_DIR", str(content))
    monkeypatch.setenv("TANDEM_DB", str(tmp_path / "check.db"))
    code = main(["check"])
    err = capsys.readouterr().err
    assert code == 1
    assert "content/quizzes/broken.toml: questions[b-01].answer: 'maybe' is not one of the choices (yes, no)" in err
    assert "content/quizzes/broken.toml: questions[b-01].id: 'b-01' is used by more than one question" in err

