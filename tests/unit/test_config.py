from pathlib import Path

import pytest

from bot.config import Settings, SettingsError

GOOD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"


def settings(**env: str) -> Settings:
    return Settings.from_env({"DISCORD_TOKEN": GOOD_TOKEN, **env}, dotenv_path=None)


def test_settings_defaults_when_only_token_given() -> None:
    s = settings()
    assert s.token == GOOD_TOKEN
    assert s.db_path == Path("data/tandem.db")
    assert s.dev_guild_id is None
    assert s.log_level == "INFO"
    assert s.api_base is None and s.gateway_url is None
    assert s.retention_days == 365
    assert s.tip_grace_hours == 3.0


@pytest.mark.parametrize("token", ["", "   "])
def test_settings_missing_token_says_where_to_get_one(token: str) -> None:
    with pytest.raises(SettingsError, match=r"DISCORD_TOKEN is not set.*discord.com/developers"):
        Settings.from_env({"DISCORD_TOKEN": token}, dotenv_path=None)


@pytest.mark.parametrize("token", ["abc", "123456789012345678", "not a token at all", "a.b.c"])
def test_settings_malformed_token_is_refused(token: str) -> None:
    with pytest.raises(SettingsError, match="does not look like a bot token"):
        Settings.from_env({"DISCORD_TOKEN": token}, dotenv_path=None)


def test_settings_token_quotes_are_stripped() -> None:
    assert settings(DISCORD_TOKEN=f'"{GOOD_TOKEN}"').token == GOOD_TOKEN


def test_settings_unknown_log_level_is_refused() -> None:
    with pytest.raises(SettingsError, match="LOG_LEVEL='loud' is not one of"):
        settings(LOG_LEVEL="loud")


def test_settings_log_level_is_case_insensitive() -> None:
    assert settings(LOG_LEVEL="debug").log_level == "DEBUG"


@pytest.mark.parametrize("raw", ["abc", "12.5", "-4", "1e9"])
def test_settings_non_numeric_guild_id_is_refused(raw: str) -> None:
    with pytest.raises(SettingsError, match="DEV_GUILD_ID.*digits only"):
        settings(DEV_GUILD_ID=raw)


def test_settings_guild_id_and_overrides_parse() -> None:
    s = settings(
        DEV_GUILD_ID="123456789012345678",
        DISCORD_API_BASE="http://127.0.0.1:9/api/v10",
        DISCORD_GATEWAY_URL="ws://127.0.0.1:9/gateway",
        TANDEM_DB="/tmp/x/t.db",
        TANDEM_RETENTION_DAYS="30",
    )
    assert s.dev_guild_id == 123456789012345678
    assert s.api_base == "http://127.0.0.1:9/api/v10"
    assert s.gateway_url == "ws://127.0.0.1:9/gateway"
    assert s.db_path == Path("/tmp/x/t.db")
    assert s.retention_days == 30


def test_settings_bad_url_is_refused() -> None:
    with pytest.raises(SettingsError, match="DISCORD_API_BASE.*full URL"):
        settings(DISCORD_API_BASE="localhost:8080")


@pytest.mark.parametrize(("name", "value"), [("TANDEM_RETENTION_DAYS", "soon"), ("TANDEM_RETENTION_DAYS", "0")])
def test_settings_bad_numbers_are_refused(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        settings(**{name: value})


def test_settings_token_optional_for_check() -> None:
    s = Settings.from_env({}, require_token=False, dotenv_path=None)
    assert s.token == ""


def test_settings_reads_dotenv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("LOG_LEVEL", raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text(f"DISCORD_TOKEN={GOOD_TOKEN}\nLOG_LEVEL=warning\n")
    s = Settings.from_env(dotenv_path=env_file)
    assert s.token == GOOD_TOKEN
    assert s.log_level == "WARNING"
