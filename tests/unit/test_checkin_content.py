from pathlib import Path

from bot.content.checkins import MIN_PROMPTS, load
from bot.content.problems import Problems

CONTENT = Path(__file__).resolve().parents[2] / "content" / "checkins"


def test_checkin_content_shipped_files_are_valid() -> None:
    problems = Problems(CONTENT.parent)
    content = load(CONTENT, problems)
    assert problems.lines == []
    assert len(content.prompts) >= 8
    assert len({p.id for p in content.prompts}) == len(content.prompts)
    assert len(content.mood_labels) == 5 and all(content.mood_labels)
    assert content.consent is not None and "{days}" in content.consent.retention
    assert content.counts() == {"check-in prompts": len(content.prompts)}
    assert content.prompt("own-needs") is not None and content.prompt("nope") is None


def test_checkin_content_reports_file_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "checkins"
    folder.mkdir()
    (folder / "prompts.toml").write_text(
        '[[prompt]]\nid = "Bad Id"\ntext = "x"\n[[prompt]]\nid = "ok"\ntext = ""\n', encoding="utf-8"
    )
    (folder / "checkin.toml").write_text('[mood]\n1 = "a"\n2 = "b"\n[consent]\ntitle = "t"\n', encoding="utf-8")
    problems = Problems(tmp_path)
    load(folder, problems)
    text = "\n".join(problems.lines)
    assert "checkins/prompts.toml: prompt[0].id" in text
    assert "checkins/prompts.toml: prompt[1].text" in text
    assert f"at least {MIN_PROMPTS} prompts" in text
    assert "checkins/checkin.toml: mood.3" in text
    assert "checkins/checkin.toml: consent.retention" in text
    assert "checkins/checkin.toml: consent.keeps" in text
