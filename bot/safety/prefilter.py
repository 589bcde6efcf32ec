"""A fast first look at every message: which exact passes could possibly match?

The exact passes (the compiled phrases in phrases.py, the cue rules in cues.py) are Python
regexes, and Python's backtracking engine pays for every word start it tries: about 25 us
for the phrases and 60 us for the cues on a 200-character message, on every message. Most
messages match nothing, so this module asks a DFA engine first. RE2 (Google's
``google-re2``) runs all the patterns at once as one automaton, one step per byte, and says
which of them match somewhere. Only those exact passes then run.

The RE2 patterns are *relaxed* copies of the exact ones: the lookahead checks (a word ends
here, the clause ends here) and the group names are removed. Removing a check can only
let more text match, so a message the relaxed pattern rejects cannot match the exact one:
the pre-check never changes a result, it only skips work. A test runs the detector with
and without it over every labelled message and requires identical answers.

RE2 is a compiled extension; if it is missing (an unusual platform) or rejects a pattern,
``Prefilter.build`` returns None and the detector runs every exact pass, as before: slower,
same results.

Costs and guards. The DFA is built lazily while messages are scanned and cached within
``MAX_MEM`` (measured with the shipped lexicon and cue rules: about 20 MB at build and 85 MB
of cache after a few thousand messages). Past the cap RE2 falls back to a slower engine, and
that can be slower than having no pre-check at all: a lexicon grown by copying big phrases
tenfold did that (1.3 ms a message). Two guards keep that from happening: ``build`` refuses
patterns whose compiled program is over ``MAX_PROGRAM`` instructions (the shipped phrases
are about 80,000; the tenfold copies 790,000), and ``candidates`` watches its own average
time and switches itself off, with a log line, if it passes ``SLOW_US`` over a window of
``WINDOW`` messages (after the first ``WARMUP``, while the cache fills). Either way the
detector gives the same answers, on Python's engine.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

try:  # pragma: no cover - exercised by whichever way the environment is
    import re2 as _re2
except ImportError:  # pragma: no cover
    _re2 = None

MAX_MEM = 128 << 20
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


def relax(pattern: str) -> str:
    """``pattern`` without lookaheads and group names: it matches everything ``pattern``
    matches (and a little more). Raises ValueError for constructs it cannot relax."""
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


class Prefilter:
    """One RE2 set over relaxed copies of several exact patterns."""

    __slots__ = ("_calls", "_seen", "_set", "_spent", "enabled")

    def __init__(self, compiled: Any) -> None:
        self._set = compiled
        self.enabled = True
        self._calls = 0
        self._seen = 0
        self._spent = 0.0

    @classmethod
    def build(cls, patterns: Sequence[str]) -> Prefilter | None:
        """None when RE2 is not installed or cannot take the patterns well (callers then
        run every exact pass)."""
        if _re2 is None or not patterns:
            return None
        options = _re2.Options()
        options.max_mem = MAX_MEM
        options.never_capture = True
        options.log_errors = False  # a full DFA cache is handled below; no stderr noise
        try:
            relaxed = [relax(pattern) for pattern in patterns]
            for pattern in relaxed:
                size = _re2.compile(pattern, options)._regexp.ProgramSize()
                if size > MAX_PROGRAM:
                    raise ValueError(f"a pattern compiles to {size:,} instructions (limit {MAX_PROGRAM:,})")
            compiled = _re2.Set.SearchSet(options)
            for pattern in relaxed:
                compiled.Add(pattern)
            compiled.Compile()
        except (ValueError, _re2.error) as exc:
            log.warning("Crisis detector pre-check off (%s); every message takes the exact path", exc)
            return None
        return cls(compiled)

    def candidates(self, text: str) -> frozenset[int] | None:
        """Indices of the patterns that may match somewhere in ``text``; None when the
        pre-check has switched itself off (run everything)."""
        if not self.enabled:
            return None
        started = time.perf_counter()
        found = self._set.Match(text.encode("utf-8", "surrogatepass"))
        self._spent += time.perf_counter() - started
        self._calls += 1
        if self._calls >= WINDOW:
            self._check_speed()
        return frozenset(found) if found else frozenset()

    def _check_speed(self) -> None:
        average_us = self._spent / self._calls * 1e6
        self._seen += self._calls
        self._calls, self._spent = 0, 0.0
        if self._seen > WARMUP and average_us > SLOW_US:
            self.enabled = False
            log.warning(
                "Crisis detector pre-check off: it averaged %.0f us a message (limit %.0f us); "
                "the lexicon is probably too large for its cache. Same results, on Python's engine.",
                average_us, SLOW_US,
            )
