"""Loader for content/safety/: the crisis lexicon, crisis resources by region, reply texts.

Files (see content/safety/README.md):
- ``lexicon.toml``: categories and exclusions as phrase lists, macros, slang; any
  ``lexicon.*.toml`` beside it (e.g. ``lexicon.local.toml``) adds phrases to the same keys.
- ``resources.toml``: regions (name, emergency number) and lines, each with country, how
  to reach it, the categories it serves, its source and a last-verified date.
- ``replies.toml``: every sentence Tandem sends about safety, per category.
- ``cues.toml`` (optional): the second-tier cue rules (word sets, rules, exclusions) that
  catch new phrasings the lexicon does not list; see bot/safety/cues.py.
- ``model.tsv`` (optional): the third tier, a linear model over words written by
  ``python -m bot.safety.train``; see bot/safety/model.py.

Interface other code relies on: ``SafetyContent.region_names() -> dict[code, name]``
and ``counts()``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.content.problems import Problems, read_toml, table_array
from bot.safety.cues import CueExclusion, CueRule
from bot.safety.model import Model
from bot.safety.model import load as load_model

CONTACT_KINDS = ("call", "text", "chat", "email", "web")
EXCLUSION_SCOPES = ("overlap", "sentence", "message")
ALL_CATEGORIES = "all"
ANY_COUNTRY = "*"
_REGION_CODE_LEN = (2, 4)


@dataclass(frozen=True, slots=True)
class LexiconCategory:
    key: str
    label: str
    priority: int
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LexiconExclusion:
    key: str
    label: str
    scope: str  # "overlap": the words it covers; "sentence": its clause; "message": everything
    phrases: tuple[str, ...]
    applies_to: tuple[str, ...] = ()  # category keys it may cancel; empty = all
    unless: tuple[str, ...] = ()  # phrases that, anywhere in the message, switch it off


@dataclass(frozen=True, slots=True)
class Lexicon:
    categories: tuple[LexiconCategory, ...] = ()
    exclusions: tuple[LexiconExclusion, ...] = ()
    macros: dict[str, str] = field(default_factory=dict)
    slang: dict[str, str] = field(default_factory=dict)

    def category(self, key: str) -> LexiconCategory | None:
        return next((c for c in self.categories if c.key == key), None)

    def phrase_count(self) -> int:
        return sum(len(c.phrases) for c in self.categories) + sum(len(e.phrases) for e in self.exclusions)


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str  # call | text | chat | email | web
    value: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class ResourceLine:
    id: str
    country: str  # region code, or "*" for lines that serve everyone
    name: str
    how: tuple[Contact, ...]
    categories: tuple[str, ...]  # category keys, or ("all",)
    source: str
    last_verified: dt.date
    hours: str = ""

    def serves(self, category: str | None) -> bool:
        return ALL_CATEGORIES in self.categories or (category is not None and category in self.categories)


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    emergency: str


@dataclass(frozen=True, slots=True)
class CategoryReply:
    opening: str
    extra: str = ""


@dataclass(frozen=True, slots=True)
class Replies:
    member_title: str = "You're not alone"
    member_default: CategoryReply = CategoryReply("It sounds like things are really hard right now.")
    member_closing: str = ""
    categories: dict[str, CategoryReply] = field(default_factory=dict)
    resources_title: str = "People you can talk to"
    resources_intro: str = ""
    emergency: str = "If you are in immediate danger, call {emergency} now."
    directory: str = "Somewhere else? findahelpline.com lists free, confidential lines in many countries."
    talk_button: str = "Talk to a moderator"
    ok_button: str = "I'm OK / pause these messages"
    talk_ack: str = "A moderator has been told you'd like to talk."
    talk_no_alerts: str = ""
    ok_ack: str = "Thank you for letting us know."
    alert_title: str = "Safety alert"
    alert_checklist: tuple[str, ...] = ()
    alert_dm_failed: str = "The private message could not be delivered (their DMs are closed)."
    talk_request: str = "{member} asked to talk to a moderator."
    fallback_reminder: str = "A reminder for everyone: `/resources` privately lists people you can talk to, any time."
    report_ack: str = "Thank you. The moderators have been told; the author won't learn who reported it."
    offer_sent: str = "The resources were sent privately."
    offer_intro: str = "A moderator wanted to make sure you have these."
    test_note: str = "This is a test alert from /safety test. No member is involved."


@dataclass(frozen=True, slots=True)
class Cues:
    """content/safety/cues.toml: the cue tier's word sets, rules and exclusions."""

    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rules: tuple[CueRule, ...] = ()
    exclusions: tuple[CueExclusion, ...] = ()


@dataclass(frozen=True, slots=True)
class SafetyContent:
    lexicon: Lexicon = field(default_factory=Lexicon)
    regions: dict[str, Region] = field(default_factory=dict)
    lines: tuple[ResourceLine, ...] = ()
    replies: Replies = field(default_factory=Replies)
    cues: Cues = field(default_factory=Cues)
    model: Model | None = None  # model.tsv (optional): the detector's learned third tier

    def region_names(self) -> dict[str, str]:
        return {code: region.name for code, region in self.regions.items()}

    def counts(self) -> dict[str, int]:
        return {
            "safety categories": len(self.lexicon.categories),
            "safety phrases": self.lexicon.phrase_count(),
            "safety model features": len(self.model) if self.model is not None else 0,
            "safety regions": len(self.regions),
            "crisis lines": len(self.lines),
        }

    def category_label(self, key: str) -> str:
        category = self.lexicon.category(key)
        return category.label if category else key.replace("_", " ")

    def lines_for(self, region: str, category: str | None) -> list[ResourceLine]:
        """Lines for a region and category: general lines first, then category ones,
        then the lines that serve everyone (the directory)."""
        local = [line for line in self.lines if line.country == region and line.serves(category)]
        local.sort(key=lambda line: ALL_CATEGORIES not in line.categories)
        seen = {contact.value for line in local for contact in line.how}
        anywhere = [
            line
            for line in self.lines
            if line.country == ANY_COUNTRY and line.serves(category) and not {c.value for c in line.how} & seen
        ]
        return local + anywhere

    def reply_for(self, category: str | None) -> CategoryReply:
        if category is None:
            return self.replies.member_default
        return self.replies.categories.get(category, self.replies.member_default)


# --- loading -------------------------------------------------------------------------


def _str(data: dict[str, Any], key: str, file: Path, where: str, problems: Problems, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None:
        if required:
            problems.add(file, f"{where}.{key}" if where else key, "is missing")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        problems.add(file, f"{where}.{key}" if where else key, "must be non-empty text")
        return ""
    return value.strip()


def _phrases(value: Any, file: Path, where: str, problems: Problems) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        problems.add(file, where, "must be a list of phrase strings")
        return ()
    return tuple(p for p in value if p.strip())


def _load_lexicon(folder: Path, problems: Problems) -> Lexicon:
    main = folder / "lexicon.toml"
    if not main.is_file():
        problems.add(main, "(file)", "is missing")
        return Lexicon()
    files = [main, *sorted(p for p in folder.glob("lexicon.*.toml") if p.is_file())]
    macros: dict[str, str] = {}
    slang: dict[str, str] = {}
    categories: dict[str, dict[str, Any]] = {}
    exclusions: dict[str, dict[str, Any]] = {}
    # Where each phrase was written (file, index in that file's list), so a mistake in
    # lexicon.local.toml is reported there, not in lexicon.toml.
    places: dict[tuple[str, str], tuple[Path, int]] = {}

    def listed(value: Any, file: Path, where: str) -> tuple[str, ...]:
        phrases = _phrases(value, file, where, problems)
        for index, phrase in enumerate(phrases):
            places.setdefault((where, phrase), (file, index))
        return phrases

    for file in files:
        data = read_toml(file, problems)
        if data is None:
            continue
        for name, value in (data.get("macros") or {}).items():
            if not isinstance(value, str):
                problems.add(file, f"macros.{name}", "must be text")
                continue
            macros[name] = value
        for name, value in (data.get("slang") or {}).items():
            if not isinstance(value, str):
                problems.add(file, f"slang.{name}", "must be text")
                continue
            slang[name] = value
        for key, table in (data.get("categories") or {}).items():
            if not isinstance(table, dict):
                problems.add(file, f"categories.{key}", "must be a table")
                continue
            entry = categories.setdefault(key, {"phrases": [], "file": file})
            if "label" in table:
                entry["label"] = _str(table, "label", file, f"categories.{key}", problems)
            if "priority" in table:
                if not isinstance(table["priority"], int):
                    problems.add(file, f"categories.{key}.priority", "must be a whole number")
                else:
                    entry["priority"] = table["priority"]
            entry["phrases"].extend(listed(table.get("phrases"), file, f"categories.{key}.phrases"))
        for key, table in (data.get("exclusions") or {}).items():
            if not isinstance(table, dict):
                problems.add(file, f"exclusions.{key}", "must be a table")
                continue
            entry = exclusions.setdefault(key, {"phrases": [], "file": file})
            if "label" in table:
                entry["label"] = _str(table, "label", file, f"exclusions.{key}", problems)
            if "scope" in table:
                if table["scope"] not in EXCLUSION_SCOPES:
                    problems.add(file, f"exclusions.{key}.scope", f"must be one of {', '.join(EXCLUSION_SCOPES)}")
                else:
                    entry["scope"] = table["scope"]
            if "categories" in table:
                cats = table["categories"]
                if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
                    problems.add(file, f"exclusions.{key}.categories", "must be a list of category keys")
                else:
                    entry["applies_to"] = tuple(cats)
            entry["phrases"].extend(listed(table.get("phrases"), file, f"exclusions.{key}.phrases"))
            if "unless" in table:
                entry.setdefault("unless", []).extend(listed(table["unless"], file, f"exclusions.{key}.unless"))

    lexicon = Lexicon(
        categories=tuple(
            LexiconCategory(key, e.get("label") or key, int(e.get("priority", 0)), tuple(e["phrases"]))
            for key, e in categories.items()
        ),
        exclusions=tuple(
            LexiconExclusion(
                key,
                e.get("label") or key,
                e.get("scope", "overlap"),
                tuple(e["phrases"]),
                e.get("applies_to", ()),
                tuple(e.get("unless", ())),
            )
            for key, e in exclusions.items()
        ),
        macros=macros,
        slang=slang,
    )
    if not lexicon.categories:
        problems.add(main, "categories", "needs at least one category with phrases")
    for exclusion in lexicon.exclusions:
        for key in exclusion.applies_to:
            if key not in categories:
                problems.add(main, f"exclusions.{exclusion.key}.categories", f"{key!r} is not a category")
    for key, entry in categories.items():
        if not entry["phrases"]:
            problems.add(entry["file"], f"categories.{key}.phrases", "is empty")
    for key, entry in exclusions.items():
        if not entry["phrases"]:  # e.g. a misspelt [exclusions.jokes] that only adds "unless"
            problems.add(entry["file"], f"exclusions.{key}.phrases", "is empty: is the exclusion's name spelt right?")
    _check_phrases(lexicon, main, problems, places)
    return lexicon


def _check_phrases(
    lexicon: Lexicon, file: Path, problems: Problems, places: dict[tuple[str, str], tuple[Path, int]]
) -> None:
    """Parse every phrase now so a typo is reported with its place (the file and list it
    was written in), not at start-up."""
    from bot.safety.normalise import Normaliser
    from bot.safety.phrases import PhraseError, expand

    normaliser = Normaliser(lexicon.slang)
    groups: list[tuple[str, tuple[str, ...]]] = [
        (f"categories.{c.key}.phrases", c.phrases) for c in lexicon.categories
    ]
    groups += [(f"exclusions.{e.key}.phrases", e.phrases) for e in lexicon.exclusions]
    groups += [(f"exclusions.{e.key}.unless", e.unless) for e in lexicon.exclusions]
    for where, phrases in groups:
        for index, phrase in enumerate(phrases):
            try:
                expand(phrase, normaliser, lexicon.macros)
            except PhraseError as exc:
                written, at = places.get((where, phrase), (file, index))
                problems.add(written, f"{where}[{at}]", f"{phrase!r}: {exc}")


def _load_resources(
    folder: Path, categories: set[str], problems: Problems
) -> tuple[dict[str, Region], tuple[ResourceLine, ...]]:
    file = folder / "resources.toml"
    if not file.is_file():
        problems.add(file, "(file)", "is missing")
        return {}, ()
    data = read_toml(file, problems)
    if data is None:
        return {}, ()
    regions: dict[str, Region] = {}
    for code, table in (data.get("regions") or {}).items():
        where = f"regions.{code}"
        if not (code.isupper() and code.isalpha() and _REGION_CODE_LEN[0] <= len(code) <= _REGION_CODE_LEN[1]):
            problems.add(file, where, "region codes are 2-4 capital letters (ISO country codes such as US, GB)")
            continue
        if not isinstance(table, dict):
            problems.add(file, where, "must be a table")
            continue
        regions[code] = Region(
            code=code,
            name=_str(table, "name", file, where, problems),
            emergency=_str(table, "emergency", file, where, problems),
        )
    if not regions:
        problems.add(file, "regions", "needs at least one region")

    lines: list[ResourceLine] = []
    seen: set[str] = set()
    for where, table in table_array(data, "lines", file, problems):
        line_id = _str(table, "id", file, where, problems)
        if line_id:
            where = f"lines[{line_id}]"
            if line_id in seen:
                problems.add(file, where, "id is used twice")
            seen.add(line_id)
        country = _str(table, "country", file, where, problems)
        if country and country != ANY_COUNTRY and country not in regions:
            problems.add(file, f"{where}.country", f"{country!r} is not one of the [regions] (or \"*\")")
        how: list[Contact] = []
        raw_how = table.get("how")
        if not isinstance(raw_how, list) or not raw_how:
            problems.add(file, f"{where}.how", "must list at least one way to reach the line")
            raw_how = []
        for h_index, item in enumerate(raw_how):
            if not isinstance(item, dict):
                problems.add(file, f"{where}.how[{h_index}]", "must be a table {kind, value}")
                continue
            kind = item.get("kind")
            if kind not in CONTACT_KINDS:
                problems.add(file, f"{where}.how[{h_index}].kind", f"must be one of {', '.join(CONTACT_KINDS)}")
                continue
            value = _str(item, "value", file, f"{where}.how[{h_index}]", problems)
            note = item.get("note", "")
            how.append(Contact(kind, value, note if isinstance(note, str) else ""))
        raw_categories = table.get("categories", [ALL_CATEGORIES])
        if not isinstance(raw_categories, list) or not raw_categories:
            problems.add(file, f"{where}.categories", "must be a non-empty list")
            raw_categories = [ALL_CATEGORIES]
        for category in raw_categories:
            if category != ALL_CATEGORIES and category not in categories:
                problems.add(file, f"{where}.categories", f"{category!r} is not a lexicon category or \"all\"")
        source = _str(table, "source", file, where, problems)
        if source and not source.startswith("https://"):
            problems.add(file, f"{where}.source", "must be an https:// address")
        verified = table.get("last_verified")
        if not isinstance(verified, dt.date) or isinstance(verified, dt.datetime):
            problems.add(file, f"{where}.last_verified", "must be a date such as 2026-11-29 (no quotes)")
            verified = dt.date.min
        lines.append(
            ResourceLine(
                id=line_id,
                country=country,
                name=_str(table, "name", file, where, problems),
                how=tuple(how),
                categories=tuple(str(c) for c in raw_categories),
                source=source,
                last_verified=verified,
                hours=table.get("hours", "") if isinstance(table.get("hours", ""), str) else "",
            )
        )
    for code in regions:
        if not any(line.country == code for line in lines):
            problems.add(file, f"regions.{code}", "has no [[lines]] with this country")
    return regions, tuple(lines)


def _load_replies(folder: Path, categories: set[str], problems: Problems) -> Replies:
    file = folder / "replies.toml"
    if not file.is_file():
        problems.add(file, "(file)", "is missing")
        return Replies()
    data = read_toml(file, problems)
    if data is None:
        return Replies()
    member = data.get("member") or {}
    alert = data.get("alert") or {}
    defaults = Replies()
    texts: dict[str, Any] = {}

    def text(table: dict[str, Any], section: str, key: str, target: str) -> None:
        if key not in table:
            problems.add(file, f"{section}.{key}", "is missing")
            return
        texts[target] = _str(table, key, file, section, problems) or getattr(defaults, target)

    for key, target in (
        ("title", "member_title"), ("closing", "member_closing"), ("resources_title", "resources_title"),
        ("resources_intro", "resources_intro"), ("emergency", "emergency"), ("directory", "directory"),
        ("talk_button", "talk_button"), ("ok_button", "ok_button"), ("talk_ack", "talk_ack"),
        ("talk_no_alerts", "talk_no_alerts"), ("ok_ack", "ok_ack"), ("fallback_reminder", "fallback_reminder"),
        ("report_ack", "report_ack"), ("offer_sent", "offer_sent"), ("offer_intro", "offer_intro"),
    ):
        text(member, "member", key, target)
    for key, target in (("title", "alert_title"), ("dm_failed", "alert_dm_failed"),
                        ("talk_request", "talk_request"), ("test_note", "test_note")):
        text(alert, "alert", key, target)
    checklist = alert.get("checklist")
    if not isinstance(checklist, list) or not checklist or not all(isinstance(i, str) for i in checklist):
        problems.add(file, "alert.checklist", "must be a non-empty list of short lines")
        checklist = []
    if "{emergency}" not in texts.get("emergency", "{emergency}"):
        problems.add(file, "member.emergency", "must contain {emergency}")

    default_table = member.get("default") or {}
    default = CategoryReply(
        opening=_str(default_table, "opening", file, "member.default", problems),
        extra=_str(default_table, "extra", file, "member.default", problems, required=False),
    )
    per_category: dict[str, CategoryReply] = {}
    for key, table in (data.get("categories") or {}).items():
        if key not in categories:
            problems.add(file, f"categories.{key}", "is not a lexicon category")
            continue
        per_category[key] = CategoryReply(
            opening=_str(table, "opening", file, f"categories.{key}", problems),
            extra=_str(table, "extra", file, f"categories.{key}", problems, required=False),
        )
    for key in categories - set(per_category):
        problems.add(file, f"categories.{key}", "is missing (every lexicon category needs a reply)")
    _check_wording(file, data, problems)
    return Replies(
        **texts,
        member_default=default,
        categories=per_category,
        alert_checklist=tuple(checklist),
    )


# Safe-messaging guidance: never these words in anything Tandem sends.
FORBIDDEN_WORDING = ("committed suicide", "commit suicide", "successful attempt", "failed attempt",
                     "successful suicide", "failed suicide")


def _check_wording(file: Path, data: Any, problems: Problems, where: str = "") -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            _check_wording(file, value, problems, f"{where}.{key}" if where else key)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            _check_wording(file, value, problems, f"{where}[{index}]")
    elif isinstance(data, str):
        lowered = data.lower()
        for phrase in FORBIDDEN_WORDING:
            if phrase in lowered:
                problems.add(
                    file, where, f"uses {phrase!r}; safe-messaging guidance says not to (e.g. 'died by suicide')"
                )


# Loading checks every phrase and rule by compiling it and parses the model: about half a
# second. The bot loads once per start, but one process can start many bots (the tests,
# restarts in the same process), so a load without problems is remembered by the folder
# and its files' contents. Callers share the result, so it must never be changed (the
# dataclasses are frozen; their dicts are not, and no code writes to them). A load with
# problems is never remembered: the next one reports them again.
_LOADED: dict[tuple[str, tuple[tuple[str, str], ...]], SafetyContent] = {}
_LOADED_MAX = 4


def _fingerprint(folder: Path) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".toml", ".tsv"))
        return str(folder.resolve()), tuple((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in files)
    except OSError:
        return None  # load() reports what it cannot read


def load(folder: Path, problems: Problems) -> SafetyContent:
    if not folder.is_dir():
        problems.add(folder, "(folder)", "the safety folder is missing")
        return SafetyContent()
    key = _fingerprint(folder)
    if key is not None and (cached := _LOADED.get(key)) is not None:
        return cached
    before = len(problems)
    lexicon = _load_lexicon(folder, problems)
    category_keys = {c.key for c in lexicon.categories}
    regions, lines = _load_resources(folder, category_keys, problems)
    replies = _load_replies(folder, category_keys, problems)
    cues = _load_cues(folder, category_keys, problems)
    model = load_model(folder / "model.tsv", category_keys, problems)
    content = SafetyContent(lexicon=lexicon, regions=regions, lines=lines, replies=replies, cues=cues, model=model)
    # Remembered only if the files did not change while they were read (else the key would
    # name bytes this content was not read from).
    if key is not None and len(problems) == before and _fingerprint(folder) == key:
        if len(_LOADED) >= _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[key] = content
    return content


# --- cues.toml (second-tier cue detector) --------------------------------------------

CUE_EXCLUSION_SCOPES = ("clause", "message")


def _load_cues(folder: Path, categories: set[str], problems: Problems) -> Cues:
    """cues.toml is optional (no file: no cue tier). Every pattern is compiled here so a
    typo is reported with its place, not at start-up."""
    file = folder / "cues.toml"
    if not file.is_file():
        return Cues()
    data = read_toml(file, problems)
    if data is None:
        return Cues()
    sets: dict[str, tuple[str, ...]] = {}
    for name, value in (data.get("sets") or {}).items():
        phrases = _phrases(value, file, f"sets.{name}", problems)
        if not phrases:
            problems.add(file, f"sets.{name}", "must be a non-empty list of phrases")
            continue
        sets[name] = phrases
    rules: list[CueRule] = []
    for where, table in table_array(data, "rules", file, problems):
        category = _str(table, "category", file, where, problems)
        if category and category not in categories:
            problems.add(file, f"{where}.category", f"{category!r} is not a lexicon category")
        pattern = _str(table, "pattern", file, where, problems)
        name = table.get("name", "")
        if category and pattern:
            rules.append(CueRule(category, pattern, name if isinstance(name, str) else ""))
    exclusions: list[CueExclusion] = []
    for where, table in table_array(data, "exclusions", file, problems):
        key = _str(table, "key", file, where, problems)
        scope = table.get("scope", "clause")
        if scope not in CUE_EXCLUSION_SCOPES:
            problems.add(file, f"{where}.scope", f"must be one of {', '.join(CUE_EXCLUSION_SCOPES)}")
            continue
        applies: tuple[str, ...] = ()
        if "categories" in table:
            cats = table["categories"]
            if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
                problems.add(file, f"{where}.categories", "must be a list of category keys")
            else:
                applies = tuple(cats)
                for cat in applies:
                    if cat not in categories:
                        problems.add(file, f"{where}.categories", f"{cat!r} is not a lexicon category")
        patterns = _phrases(table.get("patterns"), file, f"{where}.patterns", problems)
        exclusions.append(CueExclusion(key, scope, patterns, frozenset(applies)))
    cues = Cues(sets=sets, rules=tuple(rules), exclusions=tuple(exclusions))
    _check_cues(cues, file, problems)
    return cues


def _check_cues(cues: Cues, file: Path, problems: Problems) -> None:
    from bot.safety.cues import CueError, compile_pattern

    groups: list[tuple[str, tuple[str, ...]]] = [(f"rules[{i}]", (r.pattern,)) for i, r in enumerate(cues.rules)]
    groups += [(f"exclusions[{i}]", e.patterns) for i, e in enumerate(cues.exclusions)]
    groups += [(f"sets.{name}", phrases) for name, phrases in cues.sets.items()]
    for where, patterns in groups:
        for pattern in patterns:
            try:
                compile_pattern(pattern, cues.sets)
            except (CueError, RecursionError) as exc:
                problems.add(file, where, str(exc))
