"""Command line: ``python -m bot [run|check|invite|scan] [--version]``.

``run`` (the default) loads .env, checks settings, opens and migrates the database, loads
content and starts the bot. Configuration problems print one line and exit with status 2.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import logging
import shutil
import signal
import sys
import tempfile
from pathlib import Path

from bot import __version__
from bot.config import Settings, SettingsError

EXIT_CONFIG = 2
log = logging.getLogger("bot")

# Only what channel posts need: replies to slash commands and buttons (charts, exports, quiz
# files) go through interaction webhooks, which need no channel permissions.
PERMISSION_REASONS: dict[str, str] = {
    "view_channel": "see the channels it posts tips, quizzes and alerts in",
    "send_messages": "post tips, group quizzes, safety alerts and the anonymous /resources reminder",
    "embed_links": "show tips, questions and alerts as embeds",
}


def required_permissions() -> int:
    import discord

    return discord.Permissions(**dict.fromkeys(PERMISSION_REASONS, True)).value


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_CONFIG


def _setup_logging(level: int) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("discord").setLevel(max(level, logging.INFO))


def _client_id_from_token(token: str) -> int | None:
    first = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    return int(decoded) if decoded.isdigit() else None


def cmd_invite(args: argparse.Namespace) -> int:
    client_id: int | None = args.client_id
    if client_id is None:
        try:
            settings = Settings.from_env()
        except SettingsError as exc:
            return _fail(f"{exc} Or pass --client-id with your application id.")
        client_id = _client_id_from_token(settings.token)
        if client_id is None:
            return _fail("Could not read the application id from the token; pass --client-id.")
    perms = required_permissions()
    print(
        "https://discord.com/oauth2/authorize"
        f"?client_id={client_id}&scope=bot+applications.commands&permissions={perms}"
    )
    print(f"\nPermissions ({perms}):")
    for name, why in PERMISSION_REASONS.items():
        print(f"  - {name.replace('_', ' ')}: to {why}")
    print(
        "\nPrivileged intents: enable MESSAGE CONTENT INTENT in the Developer Portal "
        "(Bot > Privileged Gateway Intents).\n"
        "  Tandem reads server messages only to notice crisis language and offer help privately;\n"
        "  it stores no message text. Without it, everything except that listener still works.\n"
        "  The Server Members and Presence intents are not needed."
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Validate settings, content and the database without touching the network."""
    from bot.content import load_content
    from bot.db import Database, migrate
    from bot.db.migrate import current_version, load_migrations
    from bot.errors import ContentError, DatabaseUnavailableError, TandemError

    problems: list[str] = []
    try:
        settings = Settings.from_env(require_token=False)
    except SettingsError as exc:
        print(f".env: settings: {exc}", file=sys.stderr)
        return 1
    if not settings.token:
        problems.append(".env: DISCORD_TOKEN: not set (needed for `run`, not for `check`)")
    else:
        try:
            Settings.from_env(require_token=True)
        except SettingsError as exc:
            problems.append(f".env: DISCORD_TOKEN: {exc}")

    summary: dict[str, int] = {}
    try:
        summary = load_content(settings.content_dir).summary()
    except ContentError as exc:
        problems.extend(exc.problems)

    async def check_db() -> str:
        # Migrate a copy so `check` never changes the live database.
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "check.db"
            if settings.db_path.exists():
                shutil.copy2(settings.db_path, target)
            db = await Database.open(target)
            try:
                before = await current_version(db)
                applied = await migrate(db)
                return f"schema {before} -> {before + len(applied)} of {len(load_migrations())}"
            finally:
                await db.close()

    try:
        db_state = asyncio.run(check_db())
    except (DatabaseUnavailableError, TandemError) as exc:
        problems.append(f"{settings.db_path}: schema: {exc}")
        db_state = "unusable"

    hard = [p for p in problems if "not set (needed for `run`" not in p]
    for line in problems:
        print(line, file=sys.stderr)
    print(f"Tandem {__version__} check")
    print(f"  database {settings.db_path}: {db_state}")
    for key, value in summary.items():
        print(f"  {key}: {value}")
    print("OK" if not hard else f"{len(hard)} problem(s) found")
    return 0 if not hard else 1


async def _run(settings: Settings, force_sync: bool) -> int:
    import discord

    from bot.app import create_bot, open_services
    from bot.errors import ContentError, DatabaseUnavailableError, TandemError

    try:
        services = await open_services(settings)
    except ContentError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return _fail("content files are invalid; fix the lines above (`python -m bot check` lists them).")
    except (DatabaseUnavailableError, TandemError) as exc:
        return _fail(str(exc))
    try:
        bot = create_bot(settings, services, force_sync=force_sync)
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)

        async with bot:
            runner = asyncio.create_task(bot.start(settings.token), name="tandem-bot")
            stopper = asyncio.create_task(stop.wait(), name="tandem-stop")
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if stopper in done:
                log.info("Signal received; closing")
                await bot.close()
            else:
                stopper.cancel()
            try:
                await runner
            except discord.LoginFailure:
                return _fail("Discord rejected DISCORD_TOKEN. Reset the token in the Developer Portal and update .env.")
            except discord.PrivilegedIntentsRequired:
                return _fail(
                    "Enable MESSAGE CONTENT INTENT for your bot in the Developer Portal "
                    "(Bot > Privileged Gateway Intents), then start Tandem again."
                )
        return 0
    finally:
        await services.db.close()
        log.info("Database closed")


def cmd_run(args: argparse.Namespace) -> int:
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return _fail(str(exc))
    _setup_logging(settings.log_level_number)
    return asyncio.run(_run(settings, force_sync=args.sync))


def cmd_scan(args: argparse.Namespace) -> int:
    from bot.safety.scan import run_scan

    return run_scan(args.files, sys.stdin, sys.stdout, explain=args.explain)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Tandem Discord bot")
    parser.add_argument("--version", action="version", version=f"Tandem {__version__}")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="start the bot (default)")
    run.add_argument("--sync", action="store_true", help="sync slash commands globally even if unchanged")
    sub.add_parser("check", help="validate settings, content and database offline")
    invite = sub.add_parser("invite", help="print the invite URL and required permissions")
    invite.add_argument("--client-id", type=int, default=None, help="application id (default: from the token)")
    scan = sub.add_parser("scan", help="run the crisis detector over messages, one per line")
    scan.add_argument("files", nargs="*", type=Path, help="files to read (default: stdin)")
    scan.add_argument(
        "--explain", action="store_true", help='also print "found_by": phrase, cues or model (which part found it)'
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if command == "run" and not hasattr(args, "sync"):
        args.sync = False
    handlers = {"run": cmd_run, "check": cmd_check, "invite": cmd_invite, "scan": cmd_scan}
    try:
        return handlers[command](args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
