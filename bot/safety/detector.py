"""Crisis-language detection: lexicon-driven, one compiled pass per ordinary message, then a
learned word model for what the lexicon leaves alone.

How a message is checked:

1. ``Normaliser`` turns it into plain lower-case words (look-alikes, leetspeak, split and
   repeated letters, slang; see normalise.py), in its matching form (repeated letters
   squeezed, commas written as tabs) that the compiled phrases expect.
2. Two RE2 passes (prefilter.py: DFAs over relaxed copies of the phrases, and of the cue
   rules) say where the phrases can match and which cue rules can. Most messages stop
   here. (Without RE2, or if its guards turn it off, every exact check runs: same answers.)
   Then ``crisis`` (one Python regex: every category's phrases merged into one character
   trie) is tried where RE2 says a phrase can start, anchored (or, without RE2, searched).
3. Only after a hit, the exclusion regexes run (one trie-shaped regex per scope for the
   exclusion classes that share a category limit and "unless" phrases, usually one per
   scope; tried only in the clause and a window around each crisis match, and only where
   RE2 says one can start), and every crisis match is checked against them:
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
5. Only when neither the phrases nor the cue rules found anything: the learned model
   (model.py, ``content/safety/model.tsv``, optional) scores the message's words; above its
   threshold it is a detection too, with the clause it weighs most as ``matched``. It can
   add detections, never remove one.

Category of a match: every phrase ends in an empty named group that the compiler maps to
its category, so ``match.lastgroup`` names the category (see phrases.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.safety.cues import CueDetector, clause_span
from bot.safety.events import FoundBy
from bot.safety.model import Model
from bot.safety.normalise import Normaliser
from bot.safety.phrases import CompiledPhrases, compile_labelled, plain_regexes
from bot.safety.prefilter import Locator, Prefilter

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
    # Which tier found it: "phrase" (a listed phrase), "cues" (a warning-sign rule) or
    # "model" (the learned tier: less certain, so the alert says so).
    found_by: FoundBy = "phrase"


@dataclass(frozen=True, slots=True)
class Exclusion:
    key: str
    scope: str  # "overlap" | "sentence" | "message"
    phrases: tuple[str, ...]
    applies_to: frozenset[str] = frozenset()  # empty: every category
    unless: tuple[str, ...] = ()  # phrases that, anywhere in the message, switch it off


class CrisisDetector:
    def __init__(
        self,
        categories: list[tuple[str, int, list[str]]],
        exclusions: list[Exclusion] | None = None,
        *,
        macros: dict[str, str] | None = None,
        slang: dict[str, str] | None = None,
        cues: CueDetector | None = None,
        model: Model | None = None,
        prefilter: bool = True,
    ) -> None:
        """``categories``: (key, priority, phrases) in the lexicon's order. ``prefilter``:
        ask RE2 first which passes can match (prefilter.py; same results, much faster)."""
        self.normaliser = Normaliser(slang)
        self._cues = cues
        self._model = model
        macros = macros or {}
        labelled = [(key, phrase) for key, _, phrases in categories for phrase in phrases]
        self._crisis = compile_labelled(labelled, self.normaliser, macros)
        # The pre-checks: RE2 over relaxed copies of the phrases (one alternation, also
        # used to find where they can match) and of the cue rules (one set: which rules).
        # Separate, so neither can crowd the other out of its DFA cache.
        prefilter = prefilter and self._crisis is not None
        phrase_pattern = "(?:" + "|".join(plain_regexes([p for _, p in labelled], self.normaliser, macros)) + ")"
        self._phrases_at = Locator.build(phrase_pattern, what="phrases") if prefilter else None
        self._prefilter = (
            Prefilter.build(cues.patterns, what="cue rules", squeezed=True) if prefilter and cues is not None else None
        )
        self._priority = {key: priority for key, priority, _ in categories}
        exclusions = exclusions or []
        self._applies = {e.key: e.applies_to for e in exclusions}
        # Exclusions are compiled in groups that share a scope, a category limit and "unless"
        # phrases: in one alternation only one phrase wins at each position, so a group must
        # never mix exclusions that could disagree on whether they apply.
        groups: dict[tuple[str, frozenset[str], tuple[str, ...]], list[tuple[str, str]]] = {}
        for e in exclusions:
            groups.setdefault((e.scope, e.applies_to, e.unless), []).extend((e.key, p) for p in e.phrases)
        self._excluders: dict[str, list[CompiledPhrases]] = {}
        self._locators: dict[int, Locator] = {}
        for (scope, _, _), labelled in groups.items():
            compiled = compile_labelled(labelled, self.normaliser, macros, lazy=True)
            if compiled is None:
                continue
            self._excluders.setdefault(scope, []).append(compiled)
            # Where each exact pattern can start a match (see ``_matches``), by the compiled
            # pattern's id; a group no relaxed exclusion matches costs one RE2 call.
            if prefilter:
                plain = plain_regexes([p for _, p in labelled], self.normaliser, macros)
                if (locator := Locator.build("(?:" + "|".join(plain) + ")", what=f"{scope} exclusions")) is not None:
                    self._locators[id(compiled)] = locator
        # "unless" phrases: an exclusion does not apply to a message that has one of its own
        # (a joke marker next to "not joking", a clearly-past frame next to "did it again"). Searched only
        # once an exclusion with such phrases is about to cancel a match.
        # Each distinct phrase is compiled on its own: in one alternation only one phrase
        # could win at each position and hide the others. One phrase may switch off several
        # exclusions.
        keys: dict[str, set[str]] = {}
        for e in exclusions:
            for phrase in e.unless:
                keys.setdefault(phrase, set()).add(e.key)
        self._unless: list[tuple[CompiledPhrases, frozenset[str]]] = []
        for phrase, switched in keys.items():
            compiled = compile_labelled([(phrase, phrase)], self.normaliser, macros, lazy=True)
            if compiled is not None:
                self._unless.append((compiled, frozenset(switched)))
        self._has_unless = frozenset(k for _, switched in self._unless for k in switched)
        if self._crisis is not None and self._phrases_at is not None:
            self._locators[id(self._crisis)] = self._phrases_at
        # Asked only once a cue rule matched: which cue exclusions can match anywhere in the
        # message. Those that cannot are skipped; the rest run exactly as before.
        self._exclusion_gate = (
            Prefilter.build(cues.exclusion_patterns, anchors=False, what="cue exclusions", squeezed=True)
            if prefilter and cues is not None
            else None
        )

    @classmethod
    def from_content(cls, safety: Any, *, prefilter: bool = True) -> CrisisDetector:
        lexicon = safety.lexicon
        categories = [(c.key, c.priority, list(c.phrases)) for c in lexicon.categories]
        exclusions = [
            Exclusion(
                e.key,
                e.scope,
                tuple(e.phrases),
                frozenset(getattr(e, "applies_to", ()) or ()),
                tuple(getattr(e, "unless", ()) or ()),
            )
            for e in lexicon.exclusions
        ]
        key = json.dumps(
            [categories, [(e.key, e.scope, e.phrases, sorted(e.applies_to), e.unless) for e in exclusions],
             lexicon.macros, lexicon.slang, repr(getattr(safety, "cues", None)),
             getattr(getattr(safety, "model", None), "digest", None), prefilter],
            sort_keys=True,
        )
        cached = _COMPILED.get(key)
        if cached is None:
            cues = CueDetector.from_content(safety) if getattr(safety, "cues", None) is not None else None
            cached = cls(
                categories, exclusions, macros=dict(lexicon.macros), slang=dict(lexicon.slang), cues=cues,
                model=getattr(safety, "model", None), prefilter=prefilter,
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
        """Whether the RE2 pre-check of the phrases is on (prefilter.py)."""
        return self._phrases_at is not None and self._phrases_at.enabled

    def detect(self, text: str) -> Detection | None:
        if not text or (self._crisis is None and self._model is None):
            return None
        norm = self.normaliser.matching_text(text)
        data = norm.encode("ascii") if norm.isascii() else None
        # The pre-checks (prefilter.py). first: where the phrases can first match (-1:
        # nowhere; None: unknown, scan). rules: the cue rules that can match (None: all).
        first: int | None = None
        if self._phrases_at is not None and self._phrases_at.enabled:
            first = self._phrases_at.first(data if data is not None else norm.encode("utf-8", "surrogatepass"))
        rules = self._prefilter.candidates(norm) if self._prefilter is not None else None
        phrases = self._crisis is not None and (first is None or first >= 0)
        cues = self._cues is not None and (rules is None or bool(rules))
        found = None
        if phrases or cues:  # most messages: nothing in the rules could match
            message = _Message(text, norm, data if self._locators else None, self._exclusion_gate)
            if phrases:
                found = self._resolve(message, first if first is not None and data is not None else 0)
            if found is None and cues:
                # Second tier, only for messages the phrases left alone: co-occurring cues
                # (subject + intent + harm, hopelessness + burden) catch phrasings no list has.
                assert self._cues is not None
                cue = self._cues.detect(norm, rules, message.exclusions, message.data)
                if cue is not None:
                    found = self._detection(text, norm, *cue, found_by="cues")
        if found is None and self._model is not None:
            # Third tier, for what the rules left alone: the learned model (model.py). Its
            # "matched" is the clause it weighs most.
            category = self._model.category(norm)
            if category is not None:
                found = self._detection(
                    text, norm, category, *self._model.strongest_clause(norm), found_by="model"
                )
        return found

    def _matches(
        self, compiled: CompiledPhrases, message: _Message, pos: int = 0, stop: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Every match of ``compiled`` in ``message.norm[pos:stop]``, one per start position,
        left to right (overlapping, not only finditer's disjoint ones). With the pre-check on
        and ASCII text, RE2 says where a match can start (prefilter.Locator) and Python's
        engine only tries those positions; otherwise it scans."""
        norm, regex = message.norm, compiled.regex
        stop = len(norm) if stop is None else stop
        locator = self._locators.get(id(compiled)) if message.data is not None else None
        if locator is not None and locator.enabled:
            for start in locator.starts(message.data, pos, stop):  # type: ignore[arg-type]
                match = regex.match(norm, start, stop)
                if match is not None:
                    yield match
            return
        while (match := regex.search(norm, pos, stop)) is not None:
            yield match
            pos = match.start() + 1

    def _excluded(self, message: _Message, start: int, end: int, category: str) -> bool:
        """Whether an exclusion cancels the crisis match at [start, end). Only the text that
        could matter is searched: the clause around the match, and a window around it for
        overlapping exclusions (no exclusion phrase is anywhere near that long). Scopes the
        exclusion pre-check rules out are skipped."""

        def applies(key: str) -> bool:
            limited = self._applies.get(key)
            if limited and category not in limited:
                return False
            return key not in self._has_unless or key not in self._switched_off(message)

        norm = message.norm
        for compiled in self._excluders.get("message", ()):
            if any(applies(compiled.label_of(match)) for match in self._matches(compiled, message)):
                return True
        if "sentence" in self._excluders:
            left, right = clause_span(norm, start, end)
            for compiled in self._excluders["sentence"]:
                matches = self._matches(compiled, message, max(0, left - 1), right)
                if any(applies(compiled.label_of(m)) for m in matches):
                    return True
        stop = min(len(norm), end + _WINDOW)
        for compiled in self._excluders.get("overlap", ()):
            for match in self._matches(compiled, message, max(0, start - 1 - _WINDOW), stop):
                if match.start() + 1 >= end:
                    break
                if match.end() > start and applies(compiled.label_of(match)):
                    return True
        return False

    def _switched_off(self, message: _Message) -> frozenset[str]:
        """The exclusions whose "unless" phrases occur in the message (asked once per message)."""
        if message.switched_off is None:
            message.switched_off = frozenset(
                key
                for compiled, switched in self._unless
                if compiled.regex.search(message.norm) is not None
                for key in switched
            )
        return message.switched_off

    def _resolve(self, message: _Message, pos: int = 0) -> Detection | None:
        assert self._crisis is not None
        candidates: list[tuple[int, int, int, str]] = []  # (-priority, start, end, category)
        top = max(self._priority.values(), default=0)
        for match in self._matches(self._crisis, message, pos):
            start, end = match.start() + 1, match.end()
            category = self._crisis.label_of(match)
            if not self._excluded(message, start, end, category):
                candidates.append((-self._priority.get(category, 0), start, end, category))
                if self._priority.get(category, 0) == top:
                    break  # nothing later can win: it would start later with no higher priority
        if not candidates:
            return None
        _, start, end, category = min(candidates)
        return self._detection(message.text, message.norm, category, start, end)

    def _detection(
        self, text: str, norm: str, category: str, start: int, end: int, *, found_by: FoundBy = "phrase"
    ) -> Detection:
        """Map a span of the matching form back to the member's own characters."""
        tracked = self.normaliser.normalise(text, track=True, matching=True)
        if tracked.text != norm:  # cannot happen unless the normaliser is not deterministic
            return Detection(category, text, 0, len(text), found_by)
        o_start, o_end = tracked.original_span(start, end)
        return Detection(category, text[o_start:o_end], o_start, o_end, found_by)


class _Message:
    """One message on its way through ``detect``: its matching form, the same as ASCII bytes
    for RE2 (None when it is not ASCII or there are no locators), and the cue exclusion
    pre-check's answer, asked at most once and only if a cue rule matched; and the exclusions
    its "unless" phrases switch off (None until asked)."""

    __slots__ = ("_asked", "_gate", "_possible", "data", "norm", "switched_off", "text")

    def __init__(self, text: str, norm: str, data: bytes | None, gate: Prefilter | None) -> None:
        self.text, self.norm, self.data = text, norm, data
        self._gate = gate
        self._asked = False
        self._possible: frozenset[int] | None = None
        self.switched_off: frozenset[str] | None = None

    def exclusions(self) -> frozenset[int] | None:
        """Cue exclusions that can match somewhere in the message; None: all of them."""
        if not self._asked:
            self._asked = True
            self._possible = self._gate.candidates(self.norm) if self._gate is not None else None
        return self._possible
