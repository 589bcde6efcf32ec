"""``python -m bot scan``: one JSON object per input line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.safety.scan import run_scan

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


def test_safety_scan_reads_stdin_and_prints_json_lines() -> None:
    out = io.StringIO()
    code = run_scan([], io.StringIO("I want to k!ll myself\nthis exam is killing me\n"), out, content_dir=CONTENT)
    assert code == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows == [
        {"flagged": True, "category": "suicidal", "matched": "want to k!ll myself"},
        {"flagged": False, "category": None, "matched": None},
    ]


def test_safety_scan_explain_says_which_part_found_it() -> None:
    out = io.StringIO()
    lines = "I want to k!ll myself\nsorry for being a burden. bye everyone\n"
    lines += "my stepdad said if i tell anyone he'll make sure i regret it. hes downstairs right now\nnice weather\n"
    assert run_scan([], io.StringIO(lines), out, content_dir=CONTENT, explain=True) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["flagged"], r["found_by"]) for r in rows] == [
        (True, "phrase"), (True, "cues"), (True, "model"), (False, None)
    ]


def test_safety_scan_reads_files_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("he hits me\n", encoding="utf-8")
    second.write_text("hello\nkms\n", encoding="utf-8")
    out = io.StringIO()
    assert run_scan([first, second], io.StringIO(), out, content_dir=CONTENT) == 0
    assert [json.loads(line)["category"] for line in out.getvalue().splitlines()] == ["abuse", None, "suicidal"]


def test_safety_scan_reports_missing_file_and_bad_content(tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_scan([tmp_path / "missing.txt"], io.StringIO(), io.StringIO(), content_dir=CONTENT, stderr=err) == 1
    assert "cannot read" in err.getvalue()
    (tmp_path / "safety").mkdir()
    err = io.StringIO()
    assert run_scan([], io.StringIO("x\n"), io.StringIO(), content_dir=tmp_path, stderr=err) == 2
    assert "lexicon.toml" in err.getvalue()


def test_safety_scan_cli_runs_as_a_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "scan"], input="i took too many pills\n", capture_output=True, text=True,
        cwd=ROOT, timeout=120, check=False, env={"PATH": "/usr/bin:/bin", "TANDEM_CONTENT_DIR": str(CONTENT)},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"flagged": True, "category": "substance", "matched": "took too many pills"}
