"""Second-tier crisis detection: clause-level cues instead of whole phrases.

The phrase pass (detector.py) knows the sentences people have written before. New
phrasings slip past it: "i keep praying i just dont wake up", "took like 30 of my sleeping
pills i think im feeling weird". This tier looks for *combinations* inside one clause
instead: who (first person, or someone the member knows) + what they want, plan or did +
a death, self-harm, harm-from-someone, or overdose cue, a few words apart; and a few
constructs that stand alone (hopelessness, burden, goodbyes, "better off without me").
Everything lives in content/safety/cues.toml:

- ``[sets]``: named word lists ("DESIRE", "DEATH", ...), used in rules as ``{NAME}``;
- ``[[rules]]``: a pattern in the lexicon's phrase language (words, ``(a|b)``,
  ``(a|b)?`` optional, ``word*`` any ending, ``#`` a number, ``$`` end of clause, ``...``
  up to three other words, ``~N`` up to N other words) and the category it means;
- ``[[exclusions]]``: patterns that cancel a cue match in the same ``clause`` or anywhere
  in the ``message`` (negation, clearly past, educational questions, media, jokes,
  idioms), optionally only for some categories.

A gap (``...``, ``~N``) only spans words: it never crosses a comma or a sentence mark, so
every cue is clause-level. All rules compile into ONE regex whose alternatives are named
after their rule; a message costs one ``search`` unless something matches. Exclusions run
only after a match, on its clause.

Input is the detector's normalised text (``CrisisDetector.normaliser.normalise(text).text``):
lower case, contractions expanded ("can't" -> "can not", "im" -> "i am"), sentence marks
as ".", starting with a space. ``detect`` returns (category, start, end) in that text; the
caller maps the span back with ``normalise(text, track=True).original_span(start, end)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_GAP = 3
_WORD_END = "(?![a-z0-9])"
_CLAUSE_END = r"(?= *(?:[.,]|$))"
_TOKEN_RE = re.compile(r"\s*(\(|\)|\||\?|\.\.\.|~\d+|\{[A-Z_0-9]+\}|\$|\^|#|[a-z0-9']+\*?)")
_CLAUSE_RE = re.compile(r"[.,]|\bbut\b")
_SQUEEZE_RE = re.compile(r"([a-z])\1+")
_MARKS = str.maketrans({".": " ", ",": " "})


class CueError(ValueError):
    """A cue pattern that cannot be compiled (names the pattern and the problem)."""


@dataclass(frozen=True, slots=True)
class CueRule:
    category: str
    pattern: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class CueExclusion:
    key: str
    scope: str  # "clause" | "message"
    patterns: tuple[str, ...]
    applies_to: frozenset[str] = frozenset()  # empty: every category


def _tokens(pattern: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    text = pattern.strip()
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if match is None or match.end() == pos:
            raise CueError(f"{pattern!r}: cannot read {text[pos:pos + 12]!r}")
        tokens.append(match.group(1))
        pos = match.end()
    return tokens


def compile_pattern(pattern: str, sets: Mapping[str, Iterable[str]], _depth: int = 0) -> str:
    """Regex for a cue pattern. Every word is preceded by its spaces, so the result can be
    glued to another: ``" i want"`` -> ``(?: +i(?!..))(?: +want(?!..))``."""
    if _depth > 4:
        raise CueError(f"{pattern!r}: sets nest too deeply")
    tokens = _tokens(pattern)
    out: list[list[str]] = [[]]  # a stack of alternatives being built, one list per group level
    alts: list[list[str]] = [[]]

    def emit(piece: str) -> None:
        out[-1].append(piece)

    for index, token in enumerate(tokens):
        if token == "(":
            out.append([])
            alts.append([])
        elif token == "|":
            if len(out) == 1:
                raise CueError(f"{pattern!r}: '|' outside brackets")
            alts[-1].append("".join(out[-1]))
            out[-1] = []
        elif token == ")":
            if len(out) == 1:
                raise CueError(f"{pattern!r}: unbalanced ')'")
            alts[-1].append("".join(out.pop()))
            group = alts.pop()
            emit("(?:" + "|".join(group) + ")")
        elif token == "?":
            if not out[-1] or index == 0:
                raise CueError(f"{pattern!r}: '?' must follow a word or a group")
            last = out[-1].pop()
            emit(f"(?:{last})?")
        elif token == "...":
            emit(f"(?: +[a-z0-9]+){{0,{DEFAULT_GAP}}}")
        elif token.startswith("~"):
            emit(f"(?: +[a-z0-9]+){{0,{int(token[1:])}}}")
        elif token == "$":
            emit(_CLAUSE_END)
        elif token == "^":
            emit(r"^(?= )")
        elif token == "#":
            emit(r"(?: +\d+)" + _WORD_END)
        elif token.startswith("{"):
            name = token[1:-1]
            if name not in sets:
                raise CueError(f"{pattern!r}: unknown set {{{name}}}")
            inner = [compile_pattern(p, sets, _depth + 1) for p in sets[name]]
            emit("(?:" + "|".join(inner) + ")")
        else:
            word = token.replace("'", "")
            if word.endswith("*"):
                emit(f"(?: +{_letters(word[:-1])}[a-z]*)")
            else:
                emit(f"(?: +{_letters(word)})" + _WORD_END)
    if len(out) != 1:
        raise CueError(f"{pattern!r}: unbalanced '('")
    return "".join(out[0])


# Words so frequent that they make a poor filter: an element made only of these is a
# requirement of last resort.
_COMMON = frozenset(
    "i me my he she they it is are was be to a the and of in on at not do this that so just "
    "all you we have has had can will would no go get".split()
)


def _split_alternatives(tokens: list[str]) -> list[list[str]]:
    """Top-level alternatives of a token list (split at '|' outside brackets)."""
    alternatives: list[list[str]] = [[]]
    depth = 0
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        if token == "|" and depth == 0:
            alternatives.append([])
        else:
            alternatives[-1].append(token)
    return alternatives


def _elements(tokens: list[str]) -> list[tuple[list[str], bool]]:
    """Top-level elements of a token list: (tokens, optional)."""
    elements: list[tuple[list[str], bool]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "(":
            depth, end = 0, index
            for end in range(index, len(tokens)):
                depth += tokens[end] == "("
                depth -= tokens[end] == ")"
                if depth == 0:
                    break
            piece = tokens[index + 1 : end]
            index = end + 1
            optional = index < len(tokens) and tokens[index] == "?"
            index += optional
            elements.append((["("] + piece + [")"], optional))
            continue
        optional = index + 1 < len(tokens) and tokens[index + 1] == "?"
        elements.append(([token], optional))
        index += 1 + optional
    return elements


def _first_words(tokens: list[str], sets: Mapping[str, tuple[str, ...]], depth: int = 0) -> frozenset[str] | None:
    """Every word a token list can start with (squeezed), or None when it can start with
    anything (a gap, a number, an optional part, a ``word*`` stem)."""
    if depth > 6 or not tokens:
        return None
    elements = _elements(tokens)
    while elements and elements[0][0][0] in ("^", "$"):
        elements = elements[1:]
    if not elements:
        return None
    first, optional = elements[0]
    if optional:
        return None
    head = first[0]
    if head == "(":
        found: set[str] = set()
        for alternative in _split_alternatives(first[1:-1]):
            words = _first_words(alternative, sets, depth + 1)
            if words is None:
                return None
            found |= words
        return frozenset(found)
    if head.startswith("{"):
        found = set()
        for phrase in sets.get(head[1:-1], ()):
            words = _first_words(_tokens(phrase), sets, depth + 1)
            if words is None:
                return None
            found |= words
        return frozenset(found)
    if head in ("...", "#", "|", ")") or head.startswith("~") or head.endswith("*"):
        return None
    return frozenset({_SQUEEZE_RE.sub(r"\1", head.replace("'", ""))})


def required_words(pattern: str, sets: Mapping[str, tuple[str, ...]]) -> list[frozenset[str]]:
    """For each mandatory element of ``pattern``, the words it can start with: a text can
    only match when it contains at least one word of every set (rarest sets first)."""
    required = []
    for element, optional in _elements(_tokens(pattern)):
        if optional:
            continue
        words = _first_words(element, sets)
        if words:
            required.append(words)
    required.sort(key=lambda w: (all(x in _COMMON for x in w), len(w)))
    return required


def _letters(word: str) -> str:
    """A word whose letters may repeat, so it matches the text squeezed or not ("kill",
    "kil", "killll" all match ``k+i+l+``)."""
    squeezed = _SQUEEZE_RE.sub(r"\1", word)
    return "".join(re.escape(c) + ("+" if c.isalpha() else "") for c in squeezed)


class CueDetector:
    """Cue rules compiled into one regex, plus exclusions that run only after a match."""

    def __init__(
        self,
        rules: list[CueRule],
        sets: Mapping[str, Iterable[str]] | None = None,
        exclusions: list[CueExclusion] | None = None,
    ) -> None:
        sets = {k: tuple(v) for k, v in (sets or {}).items()}
        self.rule_names = [r.name or r.pattern for r in rules]
        self._rules: list[tuple[str, re.Pattern[str], tuple[frozenset[str], ...]]] = []
        # word -> rules whose rarest required element can start with that word. A message
        # is split into words once; only rules reached through one of its words are tried.
        self._index: dict[str, list[int]] = {}
        self._always: list[int] = []  # rules with no usable required word
        for number, rule in enumerate(rules):
            regex = re.compile(compile_pattern(rule.pattern, sets))
            required = required_words(rule.pattern, sets)
            self._rules.append((rule.category, regex, tuple(required[1:])))
            if required:
                for word in required[0]:
                    self._index.setdefault(word, []).append(number)
            else:
                self._always.append(number)
        self._exclusions: list[tuple[str, re.Pattern[str], frozenset[str]]] = []
        for exclusion in exclusions or []:
            if exclusion.scope not in ("clause", "message"):
                raise CueError(f"exclusion {exclusion.key}: scope must be clause or message")
            if not exclusion.patterns:
                continue
            regex = re.compile("|".join(compile_pattern(p, sets) for p in exclusion.patterns))
            self._exclusions.append((exclusion.scope, regex, exclusion.applies_to))

    @classmethod
    def from_content(cls, safety: Any) -> CueDetector:
        """From ``SafetyContent.cues`` (see bot/content/safety.py)."""
        cues = safety.cues
        return cls(
            [CueRule(r.category, r.pattern, r.name) for r in cues.rules],
            dict(cues.sets),
            [CueExclusion(e.key, e.scope, tuple(e.patterns), frozenset(e.applies_to)) for e in cues.exclusions],
        )

    def detect(self, normalised_text: str) -> tuple[str, int, int] | None:
        """(category, start, end) of the first cue match no exclusion cancels, in the
        normalised text; None for most messages."""
        found = self._first(normalised_text)
        return None if found is None else found[:3]

    def rule_of(self, normalised_text: str) -> str | None:
        """Name of the rule that fires on ``normalised_text`` (for reports and tuning)."""
        found = self._first(normalised_text)
        return None if found is None else self.rule_names[found[3]]

    def _first(self, text: str) -> tuple[str, int, int, int] | None:
        words = set(_SQUEEZE_RE.sub(r"\1", text.translate(_MARKS)).split())
        index = self._index
        candidates = [n for word in words if word in index for n in index[word]]
        if not candidates and not self._always:
            return None
        best: tuple[int, int, str, int] | None = None  # (start, rule order, category, end)
        for number in sorted({*candidates, *self._always}):
            category, regex, required = self._rules[number]
            if any(need.isdisjoint(words) for need in required):
                continue
            pos = 0
            while (match := regex.search(text, pos)) is not None:
                start = match.start()
                while start < len(text) and text[start] == " ":
                    start += 1
                if best is not None and start >= best[0]:
                    break
                if not self._excluded(text, start, match.end(), category):
                    best = (start, number, category, match.end())
                    break
                pos = match.start() + 1
        if best is None:
            return None
        return best[2], best[0], best[3], best[1]

    def _excluded(self, text: str, start: int, end: int, category: str) -> bool:
        clause: tuple[int, int] | None = None
        for scope, regex, applies_to in self._exclusions:
            if applies_to and category not in applies_to:
                continue
            if scope == "message":
                if regex.search(text):
                    return True
                continue
            if clause is None:
                clause = _clause(text, start, end)
            if regex.search(text[clause[0] : clause[1]]):
                return True
        return False


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for mark in _CLAUSE_RE.finditer(text, 0, start):
        left = mark.end()
    right_mark = _CLAUSE_RE.search(text, end)
    right = right_mark.start() if right_mark else len(text)
    return left, right
