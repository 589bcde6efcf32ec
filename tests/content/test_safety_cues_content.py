"""content/safety/cues.toml: the shipped file loads cleanly; mistakes are named by field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import safety as safety_content
from bot.content.problems import Problems
from bot.content.safety import SafetyContent
from bot.safety.cues import CueDetector

CONTENT = Path(__file__).resolve().parents[2] / "content"
SAFETY = CONTENT / "safety"


def load(folder: Path) -> tuple[SafetyContent, Problems]:
    problems = Problems(folder.parent)
    return safety_content.load(folder, problems), problems


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "safety"
    shutil.copytree(SAFETY, folder)
    return folder


def test_safety_cues_content_ships_rules_for_every_category() -> None:
    content, problems = load(SAFETY)
    assert not problems, problems.lines
    categories = {c.key for c in content.lexicon.categories}
    assert {r.category for r in content.cues.rules} == categories
    assert {e.key for e in content.cues.exclusions} >= {"negation", "past", "educational", "media", "joke", "idiom"}
    assert CueDetector.from_content(content).detect(" i keep praying i just do not wake up") is not None


def test_safety_cues_content_is_optional(copy: Path) -> None:
    (copy / "cues.toml").unlink()
    content, problems = load(copy)
    assert not problems, problems.lines
    assert content.cues.rules == ()
    assert CueDetector.from_content(content).detect(" i want to die") is None


@pytest.mark.parametrize(
    ("addition", "field", "problem"),
    [
        ('[[rules]]\ncategory = "sadness"\npattern = "so sad"\n', "rules[", "'sadness' is not a lexicon category"),
        ('[[rules]]\ncategory = "suicidal"\npattern = "(so sad"\n', "rules[", "unbalanced '('"),
        ('[[rules]]\ncategory = "suicidal"\npattern = "{NOPE} sad"\n', "rules[", "unknown set {NOPE}"),
        ('[[rules]]\ncategory = "suicidal"\n', "rules[", "pattern: is missing"),
        ('[[exclusions]]\nkey = "x"\nscope = "word"\npatterns = ["a"]\n', "exclusions[", "scope: must be one of"),
        ('[[exclusions]]\nkey = "x"\ncategories = ["nope"]\npatterns = ["a"]\n', "exclusions[", "'nope' is not"),
    ],
)
def test_safety_cues_content_names_mistakes(copy: Path, addition: str, field: str, problem: str) -> None:
    file = copy / "cues.toml"
    file.write_text(file.read_text(encoding="utf-8") + "\n" + addition, encoding="utf-8")
    _, problems = load(copy)
    assert any("cues.toml" in line and field in line and problem in line for line in problems.lines), problems.lines


def test_safety_cues_content_reports_invalid_toml(copy: Path) -> None:
    (copy / "cues.toml").write_text("[[rules]\n", encoding="utf-8")
    _, problems = load(copy)
    assert any("cues.toml" in line and "not valid TOML" in line for line in problems.lines), problems.lines
