"""Loader for content/checkins/: reflection prompts, mood labels and the opt-in consent text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content.problems import Problems, read_toml

PROMPT_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_PROMPT_CHARS = 200
MAX_LABEL_CHARS = 80
MIN_PROMPTS = 2
MOOD_LEVELS = (1, 2, 3, 4, 5)
CONSENT_FIELDS = ("title", "intro", "retention", "who_sees", "controls", "not_therapy")


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    text: str
    theme: str


@dataclass(frozen=True, slots=True)
class Consent:
    title: str
    intro: str
    keeps: tuple[str, ...]
    retention: str  # contains "{days}"
    who_sees: str
    controls: str
    not_therapy: str


@dataclass(frozen=True, slots=True)
class CheckinContent:
    prompts: tuple[Prompt, ...] = ()
    mood_labels: tuple[str, ...] = ("1", "2", "3", "4", "5")
    consent: Consent | None = None

    def counts(self) -> dict[str, int]:
        return {"check-in prompts": len(self.prompts)}

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def mood_label(self, mood: int) -> str:
        return self.mood_labels[mood - 1]


def _text(raw: Any, file: Path, field: str, problems: Problems, *, limit: int | None = None) -> str:
    if not isinstance(raw, str) or not raw.strip():
        problems.add(file, field, "must be non-empty text")
        return ""
    text = " ".join(raw.split())
    if limit is not None and len(text) > limit:
        problems.add(file, field, f"is {len(text)} characters; at most {limit}")
    return text


def _load_prompts(file: Path, problems: Problems) -> tuple[Prompt, ...]:
    data = read_toml(file, problems)
    if data is None:
        return ()
    raw = data.get("prompt")
    if not isinstance(raw, list):
        problems.add(file, "prompt", "needs [[prompt]] tables")
        return ()
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        where = f"prompt[{index}]"
        if not isinstance(entry, dict):
            problems.add(file, where, "must be a table")
            continue
        prompt_id = entry.get("id")
        if not isinstance(prompt_id, str) or not PROMPT_ID_RE.match(prompt_id):
            problems.add(file, f"{where}.id", "must be a lowercase slug (a-z, 0-9, -), at most 40 characters")
            continue
        if prompt_id in seen:
            problems.add(file, f"{where}.id", f"duplicate id {prompt_id!r}")
            continue
        seen.add(prompt_id)
        text = _text(entry.get("text"), file, f"{where}.text", problems, limit=MAX_PROMPT_CHARS)
        theme = entry.get("theme", "")
        if not isinstance(theme, str):
            problems.add(file, f"{where}.theme", "must be text")
            theme = ""
        prompts.append(Prompt(id=prompt_id, text=text, theme=theme))
    if len(prompts) < MIN_PROMPTS:
        problems.add(file, "prompt", f"needs at least {MIN_PROMPTS} prompts, found {len(prompts)}")
    return tuple(prompts)


def _load_settings(file: Path, problems: Problems) -> tuple[tuple[str, ...], Consent | None]:
    data = read_toml(file, problems)
    labels: list[str] = [str(level) for level in MOOD_LEVELS]
    if data is None:
        return tuple(labels), None
    mood = data.get("mood")
    if not isinstance(mood, dict):
        problems.add(file, "mood", "needs a [mood] table with keys 1 to 5")
    else:
        for level in MOOD_LEVELS:
            labels[level - 1] = _text(mood.get(str(level)), file, f"mood.{level}", problems, limit=MAX_LABEL_CHARS)
        extra = set(mood) - {str(level) for level in MOOD_LEVELS}
        if extra:
            problems.add(file, "mood", f"unexpected keys {sorted(extra)}; use 1 to 5")
    raw = data.get("consent")
    if not isinstance(raw, dict):
        problems.add(file, "consent", "needs a [consent] table")
        return tuple(labels), None
    fields = {name: _text(raw.get(name), file, f"consent.{name}", problems, limit=1024) for name in CONSENT_FIELDS}
    if "{days}" not in fields["retention"]:
        problems.add(file, "consent.retention", "must mention {days} (the retention period)")
    keeps_raw = raw.get("keeps")
    keeps: list[str] = []
    if not isinstance(keeps_raw, list) or not keeps_raw:
        problems.add(file, "consent.keeps", "must list what Tandem keeps")
    else:
        keeps = [_text(item, file, f"consent.keeps[{i}]", problems, limit=300) for i, item in enumerate(keeps_raw)]
    consent = Consent(keeps=tuple(keeps), **fields)
    return tuple(labels), consent


def load(folder: Path, problems: Problems) -> CheckinContent:
    if not folder.is_dir():
        problems.add(folder, "(folder)", "check-in content folder not found")
        return CheckinContent()
    prompts = _load_prompts(folder / "prompts.toml", problems)
    labels, consent = _load_settings(folder / "checkin.toml", problems)
    return CheckinContent(prompts=prompts, mood_labels=labels, consent=consent)
