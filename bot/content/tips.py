"""Loader for content/tips/: short interdependency tips, one TOML file per category.

Each file looks like::

    category = "boundaries"

    [[tip]]
    id = "boundaries-a-no-is-information"        # stable: rotations and logs refer to it
    text = "..."                                 # <= 600 characters
    reflection = "One question to sit with?"     # optional, one line, <= 200 characters
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content.problems import Problems, read_toml

# Category id -> the name members see. The ids are stored in schedules: never rename one.
CATEGORIES: dict[str, str] = {
    "balance": "Balancing individual and shared needs",
    "compromise": "Compromise",
    "communication": "Open and honest communication",
    "commitment": "Commitment",
    "independence": "Independence and sense of self",
    "self-care": "Self-care",
    "boundaries": "Boundaries",
    "patterns": "Noticing codependent patterns",
}
TIP_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{2,59}$")
MAX_TEXT = 600
MAX_REFLECTION = 200
MIN_TIPS = 60
MIN_PER_CATEGORY = 3
_FILE_KEYS = {"category", "tip"}
_TIP_KEYS = {"id", "text", "reflection"}


@dataclass(frozen=True, slots=True)
class Tip:
    id: str  # shipped: the content id; custom: "custom:<row id>"
    category: str
    text: str
    reflection: str | None = None
    custom: bool = False

    @property
    def category_name(self) -> str:
        return CATEGORIES.get(self.category, self.category)


@dataclass(frozen=True, slots=True)
class TipLibrary:
    tips: tuple[Tip, ...] = ()
    _by_id: dict[str, Tip] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({tip.id: tip for tip in self.tips})

    def counts(self) -> dict[str, int]:
        return {"tips": len(self.tips)}

    def get(self, tip_id: str) -> Tip | None:
        return self._by_id.get(tip_id)

    def in_category(self, category: str | None) -> tuple[Tip, ...]:
        if category is None:
            return self.tips
        return tuple(tip for tip in self.tips if tip.category == category)


def validate_text(raw: Any, limit: int, *, one_line: bool = False) -> tuple[str, str | None]:
    """Normalise tip text; returns (text, problem or None). Used for files and custom tips."""
    if not isinstance(raw, str) or not raw.strip():
        return "", "must be non-empty text"
    if one_line and "\n" in raw.strip():
        return "", "must be a single line"
    # Paragraph breaks are kept; runs of spaces inside a paragraph are not.
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", raw.strip())]
    text = "\n\n".join(p for p in paragraphs if p)
    if len(text) > limit:
        return text, f"is {len(text)} characters; at most {limit}"
    return text, None


def _load_file(path: Path, problems: Problems, seen: dict[str, Path]) -> Iterable[Tip]:
    data = read_toml(path, problems)
    if data is None:
        return
    for key in sorted(set(data) - _FILE_KEYS):
        problems.add(path, key, f"unknown key (expected {', '.join(sorted(_FILE_KEYS))})")
    category = data.get("category")
    if category not in CATEGORIES:
        problems.add(path, "category", f"{category!r} is not one of {', '.join(CATEGORIES)}")
        return
    entries = data.get("tip")
    if not isinstance(entries, list) or not entries:
        problems.add(path, "tip", "needs at least one [[tip]] table")
        return
    for index, entry in enumerate(entries):
        where = f"tip[{index}]"
        if not isinstance(entry, dict):
            problems.add(path, where, "must be a table")
            continue
        for key in sorted(set(entry) - _TIP_KEYS):
            problems.add(path, f"{where}.{key}", f"unknown key (expected {', '.join(sorted(_TIP_KEYS))})")
        tip_id = entry.get("id")
        if not isinstance(tip_id, str) or not TIP_ID_RE.match(tip_id):
            problems.add(path, f"{where}.id", "must be 3-60 characters of a-z, 0-9 and '-'")
            continue
        if tip_id in seen:
            problems.add(path, f"{where}.id", f"{tip_id!r} is also used in {seen[tip_id].name}")
            continue
        seen[tip_id] = path
        text, problem = validate_text(entry.get("text"), MAX_TEXT)
        if problem:
            problems.add(path, f"{where}.text", problem)
            continue
        reflection: str | None = None
        if "reflection" in entry:
            reflection, problem = validate_text(entry["reflection"], MAX_REFLECTION, one_line=True)
            if problem:
                problems.add(path, f"{where}.reflection", problem)
                continue
        yield Tip(id=tip_id, category=category, text=text, reflection=reflection)


def load(folder: Path, problems: Problems) -> TipLibrary:
    if not folder.is_dir():
        problems.add(folder, "(folder)", "tips folder not found")
        return TipLibrary()
    seen: dict[str, Path] = {}
    tips: list[Tip] = []
    before = len(problems)
    for path in sorted(folder.glob("*.toml")):
        tips.extend(_load_file(path, problems, seen))
    if len(problems) == before:
        if len(tips) < MIN_TIPS:
            problems.add(folder, "(folder)", f"has {len(tips)} tips; at least {MIN_TIPS} are needed (two months)")
        for category in CATEGORIES:
            count = sum(1 for tip in tips if tip.category == category)
            if count < MIN_PER_CATEGORY:
                problems.add(folder, category, f"has {count} tips; at least {MIN_PER_CATEGORY} are needed")
    return TipLibrary(tuple(tips))
