import shutil
from pathlib import Path

import discord
import pytest

from bot.__main__ import PERMISSION_REASONS, main, required_permissions

REPO = Path(__file__).resolve().parents[2]
GOOD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    for name in ("DISCORD_TOKEN", "TANDEM_DB", "LOG_LEVEL", "DEV_GUILD_ID", "TANDEM_CONTENT_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TANDEM_DB", str(tmp_path / "data" / "tandem.db"))
    return tmp_path


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("Tandem ")


def test_cli_run_without_token_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "DISCORD_TOKEN is not set" in err[0] and "discord.com/developers" in err[0]


def test_cli_invite_permissions_are_computed_from_discord(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invite", "--client-id", "42"]) == 0
    out = capsys.readouterr().out
    expected = discord.Permissions(**dict.fromkeys(PERMISSION_REASONS, True)).value
    assert expected == required_permissions()
    assert f"client_id=42&scope=bot+applications.commands&permissions={expected}" in out
    perms = discord.Permissions(expected)
    assert perms.send_messages and perms.embed_links and not perms.administrator
    assert "MESSAGE CONTENT INTENT" in out


def test_cli_invite_reads_client_id_from_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", GOOD_TOKEN)
    assert main(["invite"]) == 0
    assert "client_id=123456789012345678&" in capsys.readouterr().out


def test_cli_check_passes_on_shipped_content(capsys: pytest.CaptureFixture[str], isolated_env: Path) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "OK" in out
    assert not (isolated_env / "data" / "tandem.db").exists(), "check must not create the live database"


def copied_content(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped content folder that the bot under test reads, to break on purpose."""
    content = isolated_env / "content"
    shutil.copytree(REPO / "content", content)
    monkeypatch.setenv("TANDEM_CONTENT_DIR", str(content))
    return content


def test_cli_check_reports_broken_content_by_file_and_field(
    capsys: pytest.CaptureFixture[str], isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = copied_content(isolated_env, monkeypatch)
    broken = content / "quizzes" / "broken.toml"
    broken.write_text('id = "broken"\ntitle = [unterminated\n', encoding="utf-8")
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "quizzes/broken.toml: (file): not valid TOML" in err


def test_cli_check_and_run_refuse_a_damaged_crisis_model(
    capsys: pytest.CaptureFixture[str], isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = copied_content(isolated_env, monkeypatch)
    model = content / "safety" / "model.tsv"
    model.write_text(model.read_text(encoding="utf-8").replace("@threshold\t", "@threshold\tx"), encoding="utf-8")
    monkeypatch.setenv("DISCORD_TOKEN", GOOD_TOKEN)
    assert main(["check"]) == 1
    assert "safety/model.tsv: @threshold: must be one finite number" in capsys.readouterr().err
    assert main([]) == 2  # run: one clear line, no bot without its model by accident
    err = capsys.readouterr().err
    assert "safety/model.tsv" in err and "Traceback" not in err
    model.unlink()  # the documented way to run without the tier
    assert main(["check"]) == 0


def test_cli_check_reports_a_newer_database(capsys: pytest.CaptureFixture[str], isolated_env: Path) -> None:
    import sqlite3

    path = isolated_env / "data" / "tandem.db"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["check"]) == 1
    assert "newer Tandem" in capsys.readouterr().err
