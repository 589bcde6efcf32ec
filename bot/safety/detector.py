"""Crisis-language detection: lexicon-driven, one compiled pass per ordinary message.

How a message is checked:

1. ``Normaliser`` turns it into plain lower-case words (look-alikes, leetspeak, split and
   repeated letters, slang; see normalise.py), in its matching form (repeated letters
   squeezed, commas written as tabs) that the compiled phrases expect.
2. One RE2 pass (prefilter.py: a DFA over relaxed copies of every phrase and cue rule) says
   which exact checks below can match at all. Most messages stop here: that is the one
   pass. (Without RE2, or if its guards turn it off, every exact check runs: same answers.)
   Then ``crisis`` (one Python regex: every category's phrases merged into one character
   trie) is searched once, if the pre-check allows it.
3. Only after a hit, the exclusion regexes run (one trie-shaped regex per scope, merged
   across the exclusion classes; searched only in the clause and a window around each
   crisis match), and every crisis match is checked against them:
   - ``overlap`` exclusions (idioms, negation, clearly past, ...) cancel a crisis match
     they overlap: "this exam is killing me", "I would never hurt myself";
   - ``sentence`` exclusions (educational questions, games and media) cancel crisis
     matches in the same clause (split at . ! ? ; , and "but"): "what are the signs of
     self-harm?", "my character died";
   - ``message`` exclusions cancel them anywhere in the message (joke markers: "ugh I
     want to die, tripped in front of my crush lol").
   An exclusion class may name the categories it can cancel (jokes never hide abuse).
   A crisis match that survives is a detection. When several survive, the category with
   the highest ``priority`` wins (a substance emergency beats the rest), then the leftmost.
4. The winning span is mapped back to the member's own characters for ``matched``.

Category of a match: every phrase ends in an empty named group that the compiler maps to
its category, so ``match.lastgroup`` names the category (see phrases.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.safety.cues import CueDetector
from bot.safety.normalise import Normaliser
from bot.safety.phrases import CompiledPhrases, compile_labelled, plain_regexes
from bot.safety.prefilter import Prefilter

_CLAUSE_RE = re.compile(r"[.\t]|\bbut\b")  # commas are tabs in the matching form
# Compiling the shipped lexicon takes seconds; a detector is immutable, so processes that
# build several bots from the same lexicon (tests, restarts) share one, like re's own cache.
_COMPILED: dict[str, CrisisDetector] = {}
_COMPILED_MAX = 4
_WINDOW = 150  # characters around a match searched for overlapping exclusions


@dataclass(frozen=True, slots=True)
class Detection:
    category: str
    matched: str  # the member's own characters that matched (never stored)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Exclusion:
    key: str
    scope: str  # "overlap" | "sentence"
    phrases: tuple[str, ...]
    applies_to: frozenset[str] = frozenset()  # empty: every category


class CrisisDetector:
    def __init__(
        self,
        categories: list[tuple[str, int, list[str]]],
        exclusions: list[Exclusion] | None = None,
        *,
        macros: dict[str, str] | None = None,
        slang: dict[str, str] | None = None,
        cues: CueDetector | None = None,
        prefilter: bool = True,
    ) -> None:
        """``categories``: (key, priority, phrases) in the lexicon's order. ``prefilter``:
        ask RE2 first which passes can match (prefilter.py; same results, much faster)."""
        self.normaliser = Normaliser(slang)
        self._cues = cues
        macros = macros or {}
        labelled = [(key, phrase) for key, _, phrases in categories for phrase in phrases]
        self._crisis = compile_labelled(labelled, self.normaliser, macros)
        # Pattern 0: every phrase (one alternation); pattern 1 + n: cue rule n.
        self._prefilter = (
            Prefilter.build([
                "(?:" + "|".join(plain_regexes([phrase for _, phrase in labelled], self.normaliser, macros)) + ")",
                *(cues.patterns if cues is not None else []),
            ])
            if prefilter and self._crisis is not None
            else None
        )
        self._priority = {key: priority for key, priority, _ in categories}
        exclusions = exclusions or []
        self._applies = {e.key: e.applies_to for e in exclusions}
        self._overlap = compile_labelled(
            [(e.key, p) for e in exclusions if e.scope == "overlap" for p in e.phrases],
            self.normaliser,
            macros,
            lazy=True,
        )
        self._sentence = compile_labelled(
            [(e.key, p) for e in exclusions if e.scope == "sentence" for p in e.phrases],
            self.normaliser,
            macros,
            lazy=True,
        )
        self._message = compile_labelled(
            [(e.key, p) for e in exclusions if e.scope == "message" for p in e.phrases],
            self.normaliser,
            macros,
            lazy=True,
        )

    @classmethod
    def from_content(cls, safety: Any, *, prefilter: bool = True) -> CrisisDetector:
        lexicon = safety.lexicon
        categories = [(c.key, c.priority, list(c.phrases)) for c in lexicon.categories]
        exclusions = [
            Exclusion(e.key, e.scope, tuple(e.phrases), frozenset(getattr(e, "applies_to", ()) or ()))
            for e in lexicon.exclusions
        ]
        key = json.dumps(
            [categories, [(e.key, e.scope, e.phrases, sorted(e.applies_to)) for e in exclusions],
             lexicon.macros, lexicon.slang, repr(getattr(safety, "cues", None)), prefilter],
            sort_keys=True,
        )
        cached = _COMPILED.get(key)
        if cached is None:
            cues = CueDetector.from_content(safety) if getattr(safety, "cues", None) is not None else None
            cached = cls(
                categories, exclusions, macros=dict(lexicon.macros), slang=dict(lexicon.slang), cues=cues,
                prefilter=prefilter,
            )
            if len(_COMPILED) >= _COMPILED_MAX:
                _COMPILED.pop(next(iter(_COMPILED)))
            _COMPILED[key] = cached
        return cached

    @property
    def pattern_size(self) -> int:
        return len(self._crisis.pattern) if self._crisis is not None else 0

    @property
    def prefiltered(self) -> bool:
        """Whether the RE2 pre-check is on (prefilter.py)."""
        return self._prefilter is not None and self._prefilter.enabled

    def detect(self, text: str) -> Detection | None:
        if self._crisis is None or not text:
            return None
        norm = self.normaliser.normalise(text, matching=True).text
        possible: frozenset[int] | None = None  # patterns that can match; None: all of them
        rules: list[int] | None = None  # the cue rules among them
        if self._prefilter is not None:
            possible = self._prefilter.candidates(norm)
            if possible is not None:
                if not possible:
                    return None  # most messages: nothing could match
                rules = [index - 1 for index in possible if index]
        found = None
        if possible is None or 0 in possible:
            first = self._crisis.regex.search(norm)
            found = self._resolve(text, norm, first) if first is not None else None
        if found is None and self._cues is not None and (rules is None or rules):
            # Second tier, only for messages the phrases left alone: co-occurring cues
            # (subject + intent + harm, hopelessness + burden) catch phrasings no list has.
            cue = self._cues.detect(norm, rules)
            if cue is not None:
                found = self._detection(text, norm, *cue)
        return found

    @staticmethod
    def _all_matches(compiled: CompiledPhrases, norm: str, pos: int = 0) -> list[tuple[int, int, str]]:
        """Matches starting at every word (overlapping), not only finditer's disjoint ones.

        Every pattern starts with the separator before its first word; spans returned here
        begin at the word itself."""
        found: list[tuple[int, int, str]] = []
        while (match := compiled.regex.search(norm, pos)) is not None:
            found.append((match.start() + 1, match.end(), compiled.label_of(match)))
            pos = match.start() + 1
        return found

    @staticmethod
    def _clause(norm: str, start: int, end: int) -> tuple[int, int]:
        left = 0
        for mark in _CLAUSE_RE.finditer(norm, 0, start):
            left = mark.end()
        right_mark = _CLAUSE_RE.search(norm, end)
        right = right_mark.start() if right_mark else len(norm)
        return left, right

    def _excluded(self, norm: str, start: int, end: int, category: str) -> bool:
        """Whether an exclusion cancels the crisis match at [start, end). Only the text that
        could matter is searched: the clause around the match, and a window around it for
        overlapping exclusions (no exclusion phrase is anywhere near that long)."""

        def applies(key: str) -> bool:
            limited = self._applies.get(key)
            return not limited or category in limited

        if self._message is not None:
            for _, _, key in self._all_matches(self._message, norm):
                if applies(key):
                    return True
        if self._sentence is not None:
            left, right = self._clause(norm, start, end)
            pos = max(0, left - 1)
            while (match := self._sentence.regex.search(norm, pos, right)) is not None:
                if applies(self._sentence.label_of(match)):
                    return True
                pos = match.start() + 1
        if self._overlap is not None:
            pos = max(0, start - 1 - _WINDOW)
            stop = min(len(norm), end + _WINDOW)
            while (match := self._overlap.regex.search(norm, pos, stop)) is not None and match.start() + 1 < end:
                if match.end() > start and applies(self._overlap.label_of(match)):
                    return True
                pos = match.start() + 1
        return False

    def _resolve(self, text: str, norm: str, first: re.Match[str]) -> Detection | None:
        assert self._crisis is not None
        candidates: list[tuple[int, int, int, str]] = []  # (-priority, start, end, category)
        top = max(self._priority.values(), default=0)
        match: re.Match[str] | None = first
        while match is not None:
            start, end = match.start() + 1, match.end()
            category = self._crisis.label_of(match)
            if not self._excluded(norm, start, end, category):
                candidates.append((-self._priority.get(category, 0), start, end, category))
                if self._priority.get(category, 0) == top:
                    break  # nothing later can win: it would start later with no higher priority
            match = self._crisis.regex.search(norm, match.start() + 1)
        if not candidates:
            return None
        _, start, end, category = min(candidates)
        return self._detection(text, norm, category, start, end)

    def _detection(self, text: str, norm: str, category: str, start: int, end: int) -> Detection:
        """Map a span of the matching form back to the member's own characters."""
        tracked = self.normaliser.normalise(text, track=True, matching=True)
        if tracked.text != norm:  # cannot happen unless the normaliser is not deterministic
            return Detection(category, text, 0, len(text))
        o_start, o_end = tracked.original_span(start, end)
        return Detection(category, text[o_start:o_end], o_start, o_end)
