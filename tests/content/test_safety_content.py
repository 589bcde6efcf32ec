"""content/safety: the shipped files are complete, sourced and safe; mistakes are named."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.content import safety as safety_content
from bot.content.problems import Problems
from bot.content.safety import SafetyContent
from bot.safety.detector import CrisisDetector

CONTENT = Path(__file__).resolve().parents[2] / "content"
SAFETY = CONTENT / "safety"
# The facts the default lines must carry (from SAFETY.md).
EXPECTED = {
    "US": ["988", "HOME to 741741", "988lifeline.org"],
    "CA": ["988", "CONNECT to 686868"],
    "GB": ["116 123", "jo@samaritans.org", "85258"],
    "IE": ["116 123", "50808"],
    "AU": ["13 11 14", "0477 13 11 14"],
    "NZ": ["1737"],
}
EMERGENCY = {"US": "911", "CA": "911", "GB": "999 or 112", "IE": "112", "AU": "000", "NZ": "111"}


def load(folder: Path = SAFETY) -> tuple[SafetyContent, Problems]:
    problems = Problems(folder.parent)
    return safety_content.load(folder, problems), problems


def test_safety_content_loads_without_problems() -> None:
    content, problems = load()
    assert not problems, problems.lines
    assert {c.key for c in content.lexicon.categories} == {"suicidal", "self_harm", "abuse", "substance",
                                                            "other_at_risk"}
    counts = content.counts()
    assert counts["safety phrases"] > 200 and counts["crisis lines"] >= 15


def test_safety_every_line_has_source_and_last_verified() -> None:
    content, _ = load()
    for line in content.lines:
        assert line.source.startswith("https://"), line.id
        assert line.last_verified == dt.date(2026, 11, 29), line.id
        assert line.how and all(c.kind in ("call", "text", "chat", "email", "web") for c in line.how)


def test_safety_lines_match_the_fact_sheet() -> None:
    content, _ = load()
    for region, values in EXPECTED.items():
        listed = " ".join(c.value for line in content.lines if line.country == region for c in line.how)
        for value in values:
            assert value in listed, (region, value)
        assert content.regions[region].emergency == EMERGENCY[region]
    abuse = {c.value for line in content.lines if "abuse" in line.categories for c in line.how}
    assert {"1-800-799-7233", "START to 88788", "0808 2000 247"} <= abuse
    substance = {c.value for line in content.lines if "substance" in line.categories for c in line.how}
    assert "1-800-662-4357" in substance
    assert any(c.value == "findahelpline.com" for line in content.lines if line.country == "*" for c in line.how)


def test_safety_readme_and_file_tell_moderators_to_verify() -> None:
    readme = (SAFETY / "README.md").read_text(encoding="utf-8")
    assert "check the lines for your members' countries" in readme.lower() or "check the crisis lines" in readme.lower()
    resources = (SAFETY / "resources.toml").read_text(encoding="utf-8")
    assert "SAFETY.md" in resources and "NOT re-checked" in resources


def test_safety_replies_cover_every_category_and_avoid_harmful_wording() -> None:
    content, _ = load()
    for category in content.lexicon.categories:
        assert category.key in content.replies.categories
    assert len(content.replies.alert_checklist) >= 5
    assert "secret" in " ".join(content.replies.alert_checklist).lower()


def copy_safety(tmp_path: Path) -> Path:
    target = tmp_path / "content" / "safety"
    shutil.copytree(SAFETY, target)
    return target


def test_safety_loads_are_remembered_by_content_and_problems_are_reported_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_safety(tmp_path)
    first, problems = load(folder)
    assert not problems
    again, _ = load(folder)
    assert again is first  # same files, same bytes: parsed once
    (folder / "lexicon.local.toml").write_text('[categories.suicidal]\nphrases = ["fly to the moon tonight"]\n')
    changed, problems = load(folder)
    assert not problems and changed is not first
    assert any("fly to the moon tonight" in c.phrases for c in changed.lexicon.categories)
    # A file that changes while it is being loaded: that load is not remembered under the
    # bytes seen before it (found in review).
    original = safety_content._fingerprint

    def changing(path: Path) -> object:
        key = original(path)
        (folder / "lexicon.local.toml").write_text('[categories.suicidal]\nphrases = ["swim to the sun"]\n')
        return key

    before = '[categories.suicidal]\nphrases = ["walk into the fog"]\n'
    (folder / "lexicon.local.toml").write_text(before)
    monkeypatch.setattr(safety_content, "_fingerprint", changing)
    load(folder)  # fingerprinted with "walk into the fog", read with "swim to the sun"
    monkeypatch.setattr(safety_content, "_fingerprint", original)
    (folder / "lexicon.local.toml").write_text(before)
    unchanged, _ = load(folder)
    phrases = {p for c in unchanged.lexicon.categories for p in c.phrases}
    assert "walk into the fog" in phrases and "swim to the sun" not in phrases
    (folder / "lexicon.local.toml").write_text('[categories.suicidal]\nphrases = ["fly (to the moon"]\n')
    for _ in range(2):  # a load with problems is never remembered: they come back every time
        _, problems = load(folder)
        assert any("'fly (to the moon'" in line for line in problems.lines), problems.lines


def test_safety_local_lexicon_can_switch_an_exclusion_off(tmp_path: Path) -> None:
    """A moderator's lexicon.local.toml can add "unless" phrases to a shipped exclusion."""
    folder = copy_safety(tmp_path)
    text = "ugh i want to die lol, the pharmacy closed early"
    content, _ = load(folder)
    assert CrisisDetector.from_content(content).detect(text) is None  # a joke marker
    local = '[exclusions.joke]\nunless = ["pharmacy closed"]\n[exclusions.idiom]\nunless = ["pharmacy closed"]\n'
    (folder / "lexicon.local.toml").write_text(local, encoding="utf-8")
    content, problems = load(folder)
    assert not problems, problems.lines
    found = CrisisDetector.from_content(content).detect(text)
    assert found is not None and found.category == "suicidal"


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        # A mistake in the moderators' file is reported there, at its place in that file.
        ('[categories.suicidal]\nphrases = ["fine one", "fly (to the moon"]\n',
         "lexicon.local.toml: categories.suicidal.phrases[1]"),
        ('[exclusions.joke]\nunless = ["(no joke"]\n', "lexicon.local.toml: exclusions.joke.unless[0]"),
        # A misspelt exclusion name would otherwise be a new exclusion that does nothing.
        ('[exclusions.jokes]\nunless = ["not joking"]\n', "lexicon.local.toml: exclusions.jokes.phrases: is empty"),
    ],
)
def test_safety_local_lexicon_problems_name_the_local_file(tmp_path: Path, local: str, expected: str) -> None:
    folder = copy_safety(tmp_path)
    (folder / "lexicon.local.toml").write_text(local, encoding="utf-8")
    _, problems = load(folder)
    assert any(expected in line for line in problems.lines), problems.lines


def test_safety_local_lexicon_is_merged(tmp_path: Path) -> None:
    folder = copy_safety(tmp_path)
    (folder / "lexicon.local.toml").write_text(
        '[categories.suicidal]\nphrases = ["want to become a ghost forever"]\n', encoding="utf-8"
    )
    content, problems = load(folder)
    assert not problems, problems.lines
    found = CrisisDetector.from_content(content).detect("honestly i want to become a ghost forever")
    assert found is not None and found.category == "suicidal"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("lexicon.toml", '"kill myself",', '"kill (myself",', "lexicon.toml: categories.suicidal.phrases[0]"),
        ("lexicon.toml", "[exclusions.joke]\n", '[exclusions.joke]\nunless = ["(no joke"]\n',
         "lexicon.toml: exclusions.joke.unless[0]"),
        ("lexicon.toml", "[exclusions.joke]\n", '[exclusions.joke]\nunless = "no joke"\n',
         "exclusions.joke.unless: must be a list of phrase strings"),
        ("resources.toml", 'source = "https://988.ca"', 'source = "988.ca"', "lines[ca-988].source"),
        ("resources.toml", "last_verified = 2026-11-29\n", 'last_verified = "soon"\n', "last_verified"),
        ("resources.toml", '{ kind = "text", value = "85258" }', '{ kind = "fax", value = "85258" }', ".kind"),
        ("replies.toml", "[categories.abuse]", "[categories.abuse_typo]", "categories.abuse"),
        ("replies.toml", 'opening = "It sounds like things might', 'opening = "He committed suicide. It might',
         "safe-messaging"),
    ],
)
def test_safety_content_problems_name_file_and_field(
    tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    folder = copy_safety(tmp_path)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    _, problems = load(folder)
    assert any(expected in line for line in problems.lines), problems.lines
