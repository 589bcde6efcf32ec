"""A fast first look at every message: which exact passes could match, and where?

The exact passes (the compiled phrases in phrases.py, the cue rules in cues.py, and the
exclusions) are Python regexes, and Python's backtracking engine pays for every word start
it tries: about 25 us for the phrases and 60 us for the cues on a 200-character message, on
every message. Most messages match nothing, so the detector asks a DFA engine first. RE2
(Google's ``google-re2``) runs a pattern as an automaton, one step per byte:

- ``Prefilter``: which of many patterns match somewhere (the cue rules; the cue exclusions,
  once a rule matched), with one RE2 set, or FilteredRE2 when the set outgrows its cache;
- ``Locator``: one RE2 pattern says where its matches can start (the phrases: -1 means
  nowhere, and most messages stop there; each exclusion scope). Python's engine then tries
  the exact pattern only at those positions, anchored, instead of scanning;
- ``small_set``: an unguarded set for tiny patterns (the normaliser's gate).

The RE2 patterns are *relaxed* copies of the exact ones: the lookahead checks (a word ends
here, the clause ends here) and the group names are removed. Removing a check can only
let more text match, so where the relaxed pattern finds nothing the exact one cannot match:
the pre-checks never change a result, they only skip work. A test runs the detector with
and without them over every labelled message and requires identical answers.

RE2 is a compiled extension; if it is missing (an unusual platform) or rejects a pattern,
``build`` returns None and the detector runs those exact passes in full, as before: slower,
same results.

Costs and guards. Building (shipped lexicon and cue rules) takes about 2 s and 65 MB. The
DFAs are built lazily while messages are scanned: the first few thousand messages cost
about 0.5 ms each, and the caches grow by about 85 MB. Past ``MAX_MEM`` RE2 falls back to a
slower engine, and that can be slower than having no pre-check at all: a lexicon grown by
copying big phrases tenfold did that (1.3 ms a message). Two guards keep that from
happening: ``build`` refuses patterns whose compiled program is over ``MAX_PROGRAM``
instructions (the shipped phrases are about 80,000; the tenfold copies 790,000), and every
pre-check times its own calls and switches itself off, with a log line, if its average
passes ``SLOW_US`` over a window of ``WINDOW`` calls (after the first ``WARMUP``, while the
cache fills); a set first hands over to FilteredRE2 (see ``Prefilter``). Either way the
detector gives the same answers. The phrases and the cue rules have separate DFAs, so a
lexicon that outgrows its cache cannot push the cue rules out of theirs.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

log = logging.getLogger(__name__)

try:  # pragma: no cover - exercised by whichever way the environment is
    import re2 as _re2
except ImportError:  # pragma: no cover
    _re2 = None

MAX_MEM = 128 << 20
FILTERED_MEM = 8 << 20  # per pattern, for FilteredRE2's one-DFA-per-pattern
# A letter that may repeat ("k+"), not an escape ("\\d+"): on squeezed text, the letter once.
_ONE_LETTER_RE = re.compile(r"(?<!\\)([a-z])\+")
MAX_PROGRAM = 300_000
SLOW_US = 60.0
WINDOW = 2_000
WARMUP = 10_000  # the DFA is built while the first few thousand messages are scanned: slow, then fast

# Zero-width checks the exact patterns use; relaxing them (matching without the check) keeps
# every exact match a match.
_LOOKAROUND_RE = re.compile(r"\(\?[=!]")
_EMPTY_NAMED_RE = re.compile(r"\(\?P<\w+>\)")
_NAMED_RE = re.compile(r"\(\?P<\w+>")


def available() -> bool:
    return _re2 is not None


def small_set(patterns: Sequence[str]) -> Callable[[bytes], list[int]] | None:
    """``Set.Match`` of a handful of small patterns (relaxed like the pre-check's): which
    of them match somewhere in some bytes. For cheap gates (the normaliser asks one to skip
    the steps a message cannot need). None without RE2 or when a pattern is refused: the
    caller then runs every step."""
    if _re2 is None:
        return None
    options = _re2.Options()
    options.never_capture = True
    options.log_errors = False
    try:
        compiled = _re2.Set.SearchSet(options)
        for pattern in patterns:
            compiled.Add(relax(pattern))
        compiled.Compile()
    except (ValueError, _re2.error):
        return None
    match: Callable[[bytes], list[int]] = compiled.Match
    return match


def relax(pattern: str, *, anchors: bool = True) -> str:
    """``pattern`` without lookaheads and group names: it matches everything ``pattern``
    matches (and a little more). ``anchors=False`` also drops ``^`` and ``$``, for patterns
    that callers search in a slice of the text (a clause): a match there is then a match
    somewhere in the whole text. Raises ValueError for constructs it cannot relax."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[":  # copy a character class whole (a "(" inside it is a literal)
            end = _class_end(pattern, index)
            out.append(pattern[index:end])
            index = end
            continue
        if _LOOKAROUND_RE.match(pattern, index):
            index = _group_end(pattern, index)
            continue
        if pattern.startswith("(?<", index) and not pattern.startswith("(?<=", index) \
                and not pattern.startswith("(?<!", index):
            raise ValueError("named groups are written (?P<name>...)")
        if pattern.startswith("(?<", index):
            raise ValueError("lookbehind cannot be relaxed safely")
        if not anchors and char in "^$":
            index += 1
            continue
        if (named := _EMPTY_NAMED_RE.match(pattern, index)) is not None:
            index = named.end()
            continue
        if (named := _NAMED_RE.match(pattern, index)) is not None:
            out.append("(?:")
            index = named.end()
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character class that opens at ``start``."""
    index = start + 1
    if pattern.startswith("^", index):
        index += 1
    if pattern.startswith("]", index):  # a leading "]" is a literal
        index += 1
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index + 1
        index += 1
    raise ValueError("unterminated character class")


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group that opens at ``start``."""
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError("unbalanced group")


class _SpeedGuard:
    """Times every call and switches its owner off, with a log line, if the average over a
    window of ``WINDOW`` calls passes ``SLOW_US`` (after the first ``WARMUP``, while RE2
    builds its DFA)."""

    __slots__ = ("_calls", "_seen", "_spent", "_then", "_what", "enabled")

    def __init__(self, what: str, then: str = "switched off; same results, on Python's engine") -> None:
        self._what = what
        self._then = then
        self.enabled = True
        self._calls = 0
        self._seen = 0
        self._spent = 0.0

    def record(self, seconds: float) -> None:
        self._spent += seconds
        self._calls += 1
        if self._calls < WINDOW:
            return
        average_us = self._spent / self._calls * 1e6
        self._seen += self._calls
        self._calls, self._spent = 0, 0.0
        if self._seen > WARMUP and average_us > SLOW_US:
            self.enabled = False
            log.warning(
                "Crisis detector pre-check (%s) averaged %.0f us a message (limit %.0f us), probably "
                "more than its cache holds: %s",
                self._what, average_us, SLOW_US, self._then,
            )


def _options(max_mem: int) -> Any:
    assert _re2 is not None
    options = _re2.Options()
    options.max_mem = max_mem
    options.never_capture = True
    options.log_errors = False  # a full DFA cache is handled by the speed guard; no stderr noise
    return options


def _check_size(compiled: Any) -> None:
    size = compiled._regexp.ProgramSize()
    if size > MAX_PROGRAM:
        raise ValueError(f"a pattern compiles to {size:,} instructions (limit {MAX_PROGRAM:,})")


class Prefilter:
    """Which of several exact patterns can match somewhere in a text, asked of RE2 over
    relaxed copies of them.

    Two engines. ``RE2::Set`` runs every pattern at once in one DFA: the fastest while its
    states fit the cache, but patterns with word gaps ("i ... die") multiply its states, and
    on varied text a couple of hundred cue rules overflowed even 384 MB and ran at 0.5 ms a
    message. ``FilteredRE2`` instead finds the literal words each pattern needs (an AND/OR
    formula of "atoms" such as "want" and "die") with one small automaton, then runs only
    the patterns whose formula holds, each on its own small DFA: slower on repetitive text,
    but a few MB in all, whatever the text. Its atoms only exist if letters are not written
    ``k+i+l+``, so it gets the patterns with ``x+`` written ``x``: the same matches on
    squeezed text (no letter twice in a row), which the detector's matching form is.

    With ``squeezed=True`` both are built: the set first; if its speed guard trips, the
    filter takes over (logged) with a guard of its own; if that trips too, the pre-check is
    off and callers run everything."""

    __slots__ = ("_engines", "_guard", "_match", "_what")

    def __init__(self, engines: list[tuple[str, Callable[[bytes], list[int] | None]]], what: str = "set") -> None:
        self._what = what
        self._engines = engines[1:]
        self._match = engines[0][1]
        self._guard = self._guard_for(engines[0][0])

    def _guard_for(self, engine: str) -> _SpeedGuard:
        if self._engines:
            return _SpeedGuard(f"{self._what}, {engine}", f"handing over to the {self._engines[0][0]} engine")
        return _SpeedGuard(f"{self._what}, {engine}")

    @property
    def enabled(self) -> bool:
        return self._guard.enabled or bool(self._engines)

    @classmethod
    def build(
        cls, patterns: Sequence[str], *, anchors: bool = True, what: str = "set", squeezed: bool = False
    ) -> Prefilter | None:
        """None when RE2 is not installed or cannot take the patterns well (callers then
        run every exact pass). ``anchors``: see ``relax``; ``squeezed``: the texts never
        repeat a letter, so the filter can stand in for the set (see the class)."""
        if _re2 is None or not patterns:
            return None
        try:
            relaxed = [relax(pattern, anchors=anchors) for pattern in patterns]
            options = _options(MAX_MEM)
            for pattern in relaxed:
                _check_size(_re2.compile(pattern, options))
            regex_set = _re2.Set.SearchSet(options)
            for pattern in relaxed:
                regex_set.Add(pattern)
            regex_set.Compile()
            engines: list[tuple[str, Callable[[bytes], list[int] | None]]] = [("one DFA", regex_set.Match)]
            if squeezed:
                filtered = _re2.Filter()
                for pattern in relaxed:
                    filtered.Add(_ONE_LETTER_RE.sub(r"\1", pattern), _options(FILTERED_MEM))
                filtered.Compile()
                engines.append(("filtered", filtered.Match))
        except (ValueError, _re2.error) as exc:
            log.warning("Crisis detector pre-check off (%s: %s); those patterns take the exact path", what, exc)
            return None
        return cls(engines, what)

    def candidates(self, text: str) -> frozenset[int] | None:
        """Indices of the patterns that may match somewhere in ``text``; None when the
        pre-check has switched itself off (run everything)."""
        guard = self._guard
        if not guard.enabled:
            if not self._engines:
                return None
            name, self._match = self._engines.pop(0)  # the slow engine is dropped (and its cache freed)
            guard = self._guard = self._guard_for(name)
        started = time.perf_counter()
        found = self._match(text.encode("utf-8", "surrogatepass"))
        guard.record(time.perf_counter() - started)
        return frozenset(found) if found else frozenset()


class Locator:
    """Every position where a relaxed copy of an exact pattern starts a match.

    Python's engine pays for each position it tries; RE2 finds the next relaxed match start
    in one DFA pass. Every exact match starts where a relaxed one does, so the caller tries
    the exact pattern only there (``regex.match(text, start)``, anchored: one position
    instead of a scan) and finds the same matches in the same order. ``first`` doubles as a
    pre-check (no relaxed match: no exact one) and is timed like ``Prefilter``."""

    __slots__ = ("_guard", "_match", "_unanchored")

    def __init__(self, compiled: Any, what: str) -> None:
        assert _re2 is not None
        self._match = compiled._regexp.Match
        self._unanchored = _re2._re2.RE2.Anchor.UNANCHORED
        self._guard = _SpeedGuard(what)

    @property
    def enabled(self) -> bool:
        return self._guard.enabled

    @classmethod
    def build(cls, pattern: str, *, max_mem: int = MAX_MEM, what: str = "locator") -> Locator | None:
        """None without RE2, or when the pattern is refused (callers then scan in Python)."""
        if _re2 is None:
            return None
        try:
            compiled = _re2.compile(relax(pattern, anchors=False), _options(max_mem))
            _check_size(compiled)
        except (ValueError, _re2.error) as exc:
            log.warning("Crisis detector pre-check off (%s: %s); Python scans instead", what, exc)
            return None
        return cls(compiled, what)

    def first(self, data: bytes) -> int | None:
        """The first relaxed match start in ``data`` (-1: none), timed; None when the guard
        has switched the locator off (the caller scans in Python)."""
        guard = self._guard
        if not guard.enabled:
            return None
        started = time.perf_counter()
        start: int = self._match(self._unanchored, data, 0, len(data))[0][0]
        guard.record(time.perf_counter() - started)
        return start

    def starts(self, data: bytes, pos: int, end: int) -> Iterator[int]:
        """Relaxed match starts in ``data[pos:end]`` (ASCII text: byte offsets are
        character offsets), left to right, each position once."""
        match, unanchored, guard = self._match, self._unanchored, self._guard
        while pos <= end:
            started = time.perf_counter()
            start = match(unanchored, data, pos, end)[0][0]
            guard.record(time.perf_counter() - started)
            if start < 0:
                return
            yield start
            pos = start + 1
