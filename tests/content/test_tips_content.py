"""The shipped tips load, meet the issue's rules, and validation names file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_content
from bot.content.problems import Problems
from bot.content.tips import CATEGORIES, MAX_TEXT, MIN_TIPS, load

CONTENT = Path(__file__).resolve().parents[2] / "content"
SEED = Path("/work/shared/seed/codependency-vs-interdependency.txt")


def test_tips_content_ships_at_least_two_months_in_every_category() -> None:
    library = load_content(CONTENT).tips
    assert len(library.tips) >= MIN_TIPS
    assert library.counts() == {"tips": len(library.tips)}
    for category in CATEGORIES:
        assert len(library.in_category(category)) >= 5, category
    ids = [tip.id for tip in library.tips]
    assert len(ids) == len(set(ids))
    for tip in library.tips:
        assert 0 < len(tip.text) <= MAX_TEXT
        assert tip.reflection is None or ("\n" not in tip.reflection and tip.reflection.endswith("?"))


def test_tips_content_is_in_our_own_words() -> None:
    """No sentence of the seed article is copied: no 8-word run appears in any tip."""
    if not SEED.exists():
        pytest.skip("seed article not available")
    words = SEED.read_text(encoding="utf-8").lower().split()
    seed_grams = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    for tip in load_content(CONTENT).tips.tips:
        tw = (tip.text + " " + (tip.reflection or "")).lower().split()
        for i in range(len(tw) - 7):
            assert " ".join(tw[i : i + 8]) not in seed_grams, tip.id


def test_tips_content_never_diagnoses() -> None:
    banned = ("you are codependent", "you have codependency", "you suffer from", "you are a codependent")
    for tip in load_content(CONTENT).tips.tips:
        lowered = tip.text.lower()
        assert not any(b in lowered for b in banned), tip.id


def write(folder: Path, name: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")


def test_tips_validation_reports_file_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "tips"
    write(folder, "a.toml", 'category = "boundaries"\n[[tip]]\nid = "Bad Id"\ntext = "x"\n')
    write(folder, "b.toml", f'category = "boundaries"\n[[tip]]\nid = "long-one"\ntext = "{"y" * 601}"\n')
    write(folder, "c.toml", 'category = "nonsense"\n[[tip]]\nid = "fine-id"\ntext = "ok"\n')
    write(
        folder,
        "d.toml",
        'category = "compromise"\nextra = 1\n[[tip]]\nid = "dup-id"\ntext = "ok"\nreflection = "a\\nb"\n'
        '[[tip]]\nid = "dup-id"\ntext = "again"\ncolour = "red"\n',
    )
    write(folder, "e.toml", 'category = "compromise"\n[[tip]\n')
    problems = Problems(tmp_path)
    load(folder, problems)
    text = "\n".join(problems.lines)
    assert "tips/a.toml: tip[0].id: must be 3-60 characters" in text
    assert "tips/b.toml: tip[0].text: is 601 characters; at most 600" in text
    assert "tips/c.toml: category: 'nonsense' is not one of" in text
    assert "tips/d.toml: extra: unknown key" in text
    assert "tips/d.toml: tip[0].reflection: must be a single line" in text
    assert "tips/d.toml: tip[1].id: 'dup-id' is also used in d.toml" in text
    assert "tips/d.toml: tip[1].colour: unknown key" in text
    assert "tips/e.toml: (file): not valid TOML" in text


def test_tips_validation_requires_two_months_of_tips(tmp_path: Path) -> None:
    folder = tmp_path / "tips"
    write(folder, "a.toml", 'category = "boundaries"\n[[tip]]\nid = "only-one"\ntext = "A single tip."\n')
    problems = Problems(tmp_path)
    load(folder, problems)
    assert any("has 1 tips; at least 60 are needed" in line for line in problems.lines)
    assert any("self-care: has 0 tips" in line for line in problems.lines)
