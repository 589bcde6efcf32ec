"""``python -m bot scan [FILE...]``: run the crisis detector over messages offline.

Reads one message per line (from the files, or stdin when none are given) and prints one
JSON object per line: ``{"flagged": bool, "category": str|null, "matched": str|null}``.
Moderators use it to test the lexicon, and their own additions in
``content/safety/lexicon.local.toml``, without running the bot. Nothing is stored.
``--explain`` adds ``"found_by"``: which part of the detector found it ("phrase", "cues"
or "model"), so a moderator can tell whether their own phrase or the learned model fired.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from bot.content.problems import Problems
from bot.safety.detector import CrisisDetector

EXIT_OK = 0
EXIT_CONTENT = 2
EXIT_FILE = 1


def _content_dir() -> Path:
    from bot.config import Settings

    return Settings.from_env(require_token=False).content_dir


def load_detector(content_dir: Path | None = None) -> tuple[CrisisDetector | None, list[str]]:
    from bot.content import safety

    root = content_dir or _content_dir()
    problems = Problems(root)
    content = safety.load(root / "safety", problems)
    if problems:
        return None, problems.lines
    return CrisisDetector.from_content(content), []


def scan_lines(detector: CrisisDetector, lines: Iterable[str], stdout: TextIO, *, explain: bool = False) -> int:
    count = 0
    for line in lines:
        text = line.rstrip("\r\n")
        found = detector.detect(text)
        result = {
            "flagged": found is not None,
            "category": found.category if found else None,
            "matched": found.matched if found else None,
        }
        if explain:
            result["found_by"] = found.found_by if found else None
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        count += 1
    return count


def run_scan(
    files: list[Path],
    stdin: TextIO,
    stdout: TextIO,
    *,
    content_dir: Path | None = None,
    stderr: TextIO | None = None,
    explain: bool = False,
) -> int:
    import sys

    err = stderr or sys.stderr
    detector, problems = load_detector(content_dir)
    if detector is None:
        for line in problems:
            err.write(line + "\n")
        err.write("error: the safety content is invalid; fix the lines above.\n")
        return EXIT_CONTENT
    if not files:
        scan_lines(detector, stdin, stdout, explain=explain)
        return EXIT_OK
    for path in files:
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                scan_lines(detector, handle, stdout, explain=explain)
        except OSError as exc:
            err.write(f"error: cannot read {path}: {exc.strerror}\n")
            return EXIT_FILE
    return EXIT_OK
