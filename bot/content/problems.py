"""Collecting validation problems as ``file: field: problem`` lines."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class Problems:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        self.lines: list[str] = []

    def _name(self, file: Path | str) -> str:
        if isinstance(file, Path) and self.root is not None:
            try:
                return str(file.relative_to(self.root.parent))
            except ValueError:
                return str(file)
        return str(file)

    def add(self, file: Path | str, field: str, problem: str) -> None:
        self.lines.append(f"{self._name(file)}: {field}: {problem}")

    def __bool__(self) -> bool:
        return bool(self.lines)

    def __len__(self) -> int:
        return len(self.lines)


def read_toml(path: Path, problems: Problems) -> dict[str, Any] | None:
    """Parse a TOML file, recording a problem (with line and column) instead of raising."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        problems.add(path, "(file)", f"not valid TOML: {exc}")
    except OSError as exc:
        problems.add(path, "(file)", f"cannot read: {exc.strerror}")
    except UnicodeDecodeError:
        problems.add(path, "(file)", "is not UTF-8 text")
    return None


def parse_toml_text(text: str, name: str, problems: Problems) -> dict[str, Any] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.add(name, "(file)", f"not valid TOML: {exc}")
    return None


def table_array(
    data: dict[str, Any], key: str, file: Path | str, problems: Problems
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(where, table)`` for each table of a ``[[key]]`` array, recording a problem for
    a value that is not an array and for each entry that is not a table."""
    raw = data.get(key) or []
    if not isinstance(raw, list):
        problems.add(file, key, f"must be an array of [[{key}]] tables")
        return
    for index, table in enumerate(raw):
        where = f"{key}[{index}]"
        if not isinstance(table, dict):
            problems.add(file, where, "must be a table")
            continue
        yield where, table
