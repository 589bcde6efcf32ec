"""Settings: the only module that reads the process environment."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

TOKEN_HELP = (
    "Create a bot token at https://discord.com/developers/applications "  # noqa: S105
    "(your application > Bot > Reset Token) and put it in .env as DISCORD_TOKEN=..."
)
# A bot token is three base64url parts joined by dots; this catches pasted client secrets,
# ids and quotes without pretending to validate the signature.
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{20,}$")
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(Exception):
    """A setting is missing or malformed; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class Settings:
    token: str
    db_path: Path = Path("data/tandem.db")
    dev_guild_id: int | None = None
    log_level: str = "INFO"
    api_base: str | None = None
    gateway_url: str | None = None
    data_key: str | None = None
    retention_days: int = 365
    tip_grace_hours: float = 3.0
    content_dir: Path = field(default_factory=lambda: DEFAULT_CONTENT_DIR)
    # Small in tests so start-up is fast; Discord's default otherwise.
    guild_ready_timeout: float = 2.0
    scheduler_interval: float = 20.0

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str] | None = None,
        *,
        require_token: bool = True,
        dotenv_path: str | Path | None = ".env",
    ) -> Settings:
        """Build settings from ``env`` (default: the process environment after loading .env)."""
        if env is None:
            if dotenv_path is not None:
                load_dotenv(dotenv_path, override=False)
            env = os.environ
        get = lambda name: (env.get(name) or "").strip()  # noqa: E731

        token = get("DISCORD_TOKEN").strip("\"'")
        if require_token:
            if not token:
                raise SettingsError(f"DISCORD_TOKEN is not set. {TOKEN_HELP}")
            if not _TOKEN_RE.match(token):
                raise SettingsError(
                    "DISCORD_TOKEN does not look like a bot token (three dot-separated parts). "
                    "Copy the token from the Bot page, not the client secret or application id. "
                    + TOKEN_HELP
                )

        log_level = (get("LOG_LEVEL") or "INFO").upper()
        if log_level not in _LOG_LEVELS:
            raise SettingsError(f"LOG_LEVEL={get('LOG_LEVEL')!r} is not one of {', '.join(_LOG_LEVELS)} (any case).")

        dev_guild_id: int | None = None
        if raw := get("DEV_GUILD_ID"):
            if not raw.isdigit():
                raise SettingsError(
                    f"DEV_GUILD_ID={raw!r} must be a server id (digits only). In Discord enable "
                    "Developer Mode, right-click your server and choose Copy Server ID."
                )
            dev_guild_id = int(raw)

        def url(name: str) -> str | None:
            value = get(name)
            if value and not re.match(r"^(https?|wss?)://", value):
                raise SettingsError(f"{name}={value!r} must be a full URL such as http://127.0.0.1:8080/api/v10.")
            return value or None

        def number(name: str, default: float, *, minimum: float) -> float:
            raw = get(name)
            if not raw:
                return default
            try:
                value = float(raw)
            except ValueError:
                raise SettingsError(f"{name}={raw!r} must be a number.") from None
            if value < minimum:
                raise SettingsError(f"{name}={raw!r} must be at least {minimum:g}.")
            return value

        db_raw = get("TANDEM_DB") or "data/tandem.db"
        return cls(
            token=token,
            db_path=Path(db_raw).expanduser(),
            dev_guild_id=dev_guild_id,
            log_level=log_level,
            api_base=url("DISCORD_API_BASE"),
            gateway_url=url("DISCORD_GATEWAY_URL"),
            data_key=get("TANDEM_DATA_KEY") or None,
            retention_days=int(number("TANDEM_RETENTION_DAYS", 365, minimum=1)),
            tip_grace_hours=number("TANDEM_TIP_GRACE_HOURS", 3.0, minimum=0),
            content_dir=Path(get("TANDEM_CONTENT_DIR")) if get("TANDEM_CONTENT_DIR") else DEFAULT_CONTENT_DIR,
            guild_ready_timeout=number("TANDEM_GUILD_READY_TIMEOUT", 2.0, minimum=0),
            scheduler_interval=number("TANDEM_SCHEDULER_INTERVAL", 20.0, minimum=0.01),
        )

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]
