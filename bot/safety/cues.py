"""Second-tier crisis detection: clause-level cues instead of whole phrases.

The phrase pass (detector.py) knows the sentences people have written before. New
phrasings slip past it: "i keep praying i just dont wake up", "took like 30 of my sleeping
pills i think im feeling weird". This tier looks for *combinations* inside one clause
instead: who (first person, or someone the member knows) + what they want, plan or did +
a death, self-harm, harm-from-someone, or overdose cue, a few words apart; and a few
constructs that stand alone (hopelessness, burden, goodbyes, "better off without me").
Everything lives in content/safety/cues.toml:

- ``[sets]``: named word lists ("DESIRE", "DEATH", ...), used in rules as ``{NAME}``;
- ``[[rules]]``: a pattern (words, ``(a|b)``, ``(a|b)?`` optional, ``word*`` any ending,
  ``#`` a number, ``$`` end of clause, ``^`` start of the message (of the clause in a
  clause exclusion, which is searched on the clause alone), ``...`` up to three other
  words, ``~N`` up to N other words) and the category it means;
- ``[[exclusions]]``: patterns that cancel a cue match in the same ``clause`` or anywhere
  in the ``message`` (negation, clearly past, educational questions, media, jokes,
  idioms), optionally only for some categories.

A gap (``...``, ``~N``) only spans words: it never crosses a comma or a sentence mark, so
every cue is clause-level. Words match with their letters repeated or not ("kill", "kil",
"killll"), so the text may be squeezed or not.

Cost: the tier runs on almost every message (only when the phrase pass found nothing), so
a rule's regex runs only when the message contains, for every mandatory part of the rule,
at least one word that part can start with. The rarest part of each rule indexes it by
word; a message is split into words once, intersected with the index (one C-level set
operation), and only the rules reached run, each alternative starting with a literal
letter. Exclusions run only after a match, on its clause. Leftmost match wins; ties go to
the rule listed first.

Input is the detector's normalised text (``CrisisDetector.normaliser.normalise(text).text``):
lower case, contractions expanded ("can't" -> "can not", "im" -> "i am"), sentence marks
as ".", starting with a space. ``detect`` returns (category, start, end) in that text; the
caller maps the span back with ``normalise(text, track=True).original_span(start, end)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from bot.safety.prefilter import Locator

DEFAULT_GAP = 3
LOCATOR_MEM = 8 << 20  # RE2 memory per rule's locator (built only for rules that get tried)
_MISSING = object()
_WORD_END = "(?![a-z0-9])"
# Clause marks: the detector's matching form writes commas as tabs (see normalise.py); a
# comma is accepted too, for callers that pass the plain normalised form.
_CLAUSE_END = r"(?= *(?:[.,\t]|$))"
_TOKEN_RE = re.compile(r"\s*(\(|\)|\||\?|\.\.\.|~\d+|\{[A-Z_0-9]+\}|\$|\^|#|[a-z0-9']+\*?)")
_CLAUSE_RE = re.compile(r"[.,\t]|\bbut\b")
_SQUEEZE_RE = re.compile(r"([a-z])\1+")
_STRETCHED_RE = re.compile(r"([a-z])\1\1")


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


def _validate(tokens: list[str], pattern: str) -> None:
    depth = 0
    previous = ""
    for part in tokens:
        if part == "(":
            depth += 1
        elif part == ")":
            depth -= 1
            if depth < 0:
                raise CueError(f"{pattern!r}: unbalanced ')'")
        elif part == "|" and depth == 0:
            raise CueError(f"{pattern!r}: '|' outside brackets")
        elif part == "?" and previous in ("", "(", "|", "?"):
            raise CueError(f"{pattern!r}: '?' must follow a word or a group")
        if part in ("|", ")") and previous in ("(", "|"):
            # "(a|)" would match nothing there, so the rule would fire on far more than meant
            raise CueError(f"{pattern!r}: empty alternative (write '(a)?' for an optional part)")
        previous = part
    if depth:
        raise CueError(f"{pattern!r}: unbalanced '('")


def compile_pattern(pattern: str, sets: Mapping[str, Iterable[str]]) -> str:
    """Regex for a cue pattern: the spaces before the first word, then the words, each
    alternative starting with a literal letter (the regex engine skips a non-matching
    alternative after one character): ``"i (want|wish)"`` -> `` +i(?!..) +(?:want..|wish..)``."""
    tokens = _tokens(pattern)
    _validate(tokens, pattern)
    word_sets = {name: tuple(phrases) for name, phrases in sets.items()}
    if tokens and tokens[0] == "^":
        return "^ +" + _sequence(tokens[1:], word_sets, pattern, 0)
    return " +" + _sequence(tokens, word_sets, pattern, 0)


def _sequence(tokens: list[str], sets: Mapping[str, tuple[str, ...]], pattern: str, depth: int) -> str:
    """Regex for a token sequence whose leading spaces were already consumed (or, for an
    alternative that is only ``$``, a zero-width check: see ``_unit``)."""
    if depth > 8:
        raise CueError(f"{pattern!r}: sets nest too deeply")
    out = ""
    first = True  # nothing consumed yet: the next word follows the caller's spaces
    zero_width = True
    for element, optional in _elements(tokens):
        head = element[0]
        if head == "$":
            out += _CLAUSE_END
            continue
        if head == "^":
            out += "^"
            continue
        zero_width = False
        if head == "..." or head.startswith("~"):
            count = DEFAULT_GAP if head == "..." else int(head[1:])
            out += f"(?:[a-z0-9]+ +){{0,{count}}}" if first else f"(?: +[a-z0-9]+){{0,{count}}}"
            continue
        body, may_be_empty = _unit(element, sets, pattern, depth)
        if optional:
            out += f"(?:{body} +)?" if first else f"(?: +{body})?"
        elif first:
            out += body
            first = False
        else:
            out += (" *" if may_be_empty else " +") + body
    if first and not zero_width:
        raise CueError(f"{pattern!r}: every alternative needs at least one word that is not optional")
    return out


def _unit(element: list[str], sets: Mapping[str, tuple[str, ...]], pattern: str, depth: int) -> tuple[str, bool]:
    """Regex for one element, and whether it may match no word at all (an alternative
    that is only ``$``: then the spaces before it are optional)."""
    head = element[0]
    if head == "(" or head.startswith("{"):
        if head == "(":
            sequences = _split_alternatives(element[1:-1])
        else:
            name = head[1:-1]
            if name not in sets:
                raise CueError(f"{pattern!r}: unknown set {{{name}}}")
            sequences = [_tokens(phrase) for phrase in sets[name]]
        alternatives = [_sequence(alt, sets, pattern, depth + 1) for alt in sequences]
        empty = any(all(t in ("$", "^") for t in alt) for alt in sequences)
        return "(?:" + "|".join(alternatives) + ")", empty
    if head == "#":
        return r"\d+" + _WORD_END, False
    if head in ("|", "?", ")"):
        raise CueError(f"{pattern!r}: misplaced {head!r}")
    word = head.replace("'", "")
    if word.endswith("*"):
        return _letters(word[:-1]) + "[a-z]*", False
    return _letters(word) + _WORD_END, False


# Words so frequent that they make a poor filter: an element made only of these is a
# requirement of last resort.
_COMMON = frozenset({
    "i", "me", "my", "he", "she", "they", "it", "is", "are", "was", "be", "to", "a", "the", "and",
    "of", "in", "on", "at", "not", "do", "this", "that", "so", "just", "all", "you", "we", "have",
    "has", "had", "can", "will", "would", "no", "go", "get", "sorry", "like", "feel", "want",
    "know", "think", "really", "but", "what", "when", "how", "with", "for", "about", "one", "out",
    "up", "now", "time", "people", "him", "her", "them", "your", "our", "if", "or", "as", "by",
    "from", "then", "there", "here", "over", "more", "some", "any", "been", "being", "am", "did",
    "does", "an", "its", "also", "because", "still", "even", "never", "always", "every", "again",
    "anymore", "much", "very", "too", "good", "bad", "going", "make", "take", "need", "see",
    "back", "day", "today", "tonight", "life", "everyone",
})


def _split_alternatives(tokens: list[str]) -> list[list[str]]:
    """Top-level alternatives of a part list (split at '|' outside brackets)."""
    alternatives: list[list[str]] = [[]]
    depth = 0
    for part in tokens:
        if part == "(":
            depth += 1
        elif part == ")":
            depth -= 1
        if part == "|" and depth == 0:
            alternatives.append([])
        else:
            alternatives[-1].append(part)
    return alternatives


def _elements(tokens: list[str]) -> list[tuple[list[str], bool]]:
    """Top-level elements of a part list: (tokens, optional)."""
    elements: list[tuple[list[str], bool]] = []
    index = 0
    while index < len(tokens):
        part = tokens[index]
        if part == "(":
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
            elements.append((["(", *piece, ")"], optional))
            continue
        optional = index + 1 < len(tokens) and tokens[index + 1] == "?"
        elements.append(([part], optional))
        index += 1 + optional
    return elements


def _cost(words: frozenset[str]) -> tuple[bool, int, int]:
    common = sum(w in _COMMON for w in words)
    return common == len(words), common, len(words)


def _anchor(tokens: list[str], sets: Mapping[str, tuple[str, ...]], depth: int = 0) -> frozenset[str] | None:
    """Words of which at least one must be in any text that ``tokens`` matches (the rarest
    such choice), or None when there is no usable one (only stems, numbers, gaps)."""
    if depth > 6:
        return None
    best: frozenset[str] | None = None
    for element, optional in _elements(tokens):
        if optional:
            continue
        found = _element_anchor(element, sets, depth)
        if found and (best is None or _cost(found) < _cost(best)):
            best = found
    return best


def _element_anchor(element: list[str], sets: Mapping[str, tuple[str, ...]], depth: int) -> frozenset[str] | None:
    head = element[0]
    if head == "(":
        alternatives = [_anchor(alt, sets, depth + 1) for alt in _split_alternatives(element[1:-1])]
    elif head.startswith("{"):
        alternatives = [_anchor(_tokens(phrase), sets, depth + 1) for phrase in sets.get(head[1:-1], ())]
    elif head in ("...", "#", "$", "^") or head.startswith("~") or head.endswith("*"):
        return None
    else:
        word = head.replace("'", "")
        return frozenset({word, _SQUEEZE_RE.sub(r"\1", word)})
    if not alternatives or any(a is None for a in alternatives):
        return None
    return frozenset().union(*[a for a in alternatives if a is not None])


def required_words(pattern: str, sets: Mapping[str, tuple[str, ...]]) -> list[frozenset[str]]:
    """For each mandatory element of ``pattern``, words of which a matching text must
    contain at least one (rarest first): the cheap filter that runs before the regex."""
    required = []
    for element, optional in _elements(_tokens(pattern)):
        if optional:
            continue
        words = _element_anchor(element, sets, 0)
        if words:
            required.append(words)
    required.sort(key=_cost)
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
        word_sets: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in (sets or {}).items()}
        self.rule_names = [r.name or r.pattern for r in rules]
        self._rules: list[tuple[str, re.Pattern[str], tuple[frozenset[str], ...]]] = []
        # word -> rules whose rarest required element can start with that word. A message
        # is split into words once; only rules reached through one of its words are tried.
        self._index: dict[str, list[int]] = {}
        self._always: list[int] = []  # rules with no usable required word
        for number, rule in enumerate(rules):
            regex = re.compile(compile_pattern(rule.pattern, word_sets))
            required = required_words(rule.pattern, word_sets)
            self._rules.append((rule.category, regex, tuple(required[1:])))
            if required:
                for word in required[0]:
                    self._index.setdefault(word, []).append(number)
            else:
                self._always.append(number)
        self._keys = frozenset(self._index)
        self._locators: dict[int, Locator | None] = {}
        self._exclusions: list[tuple[str, re.Pattern[str], frozenset[str]]] = []
        for exclusion in exclusions or []:
            if exclusion.scope not in ("clause", "message"):
                raise CueError(f"exclusion {exclusion.key}: scope must be clause or message")
            if not exclusion.patterns:
                continue
            regex = re.compile("|".join(compile_pattern(p, word_sets) for p in exclusion.patterns))
            self._exclusions.append((exclusion.scope, regex, exclusion.applies_to))

    @classmethod
    def from_content(cls, safety: Any) -> CueDetector:
        """From ``SafetyContent.cues`` (see bot/content/safety.py)."""
        cues = safety.cues
        return cls(list(cues.rules), dict(cues.sets), list(cues.exclusions))

    @property
    def patterns(self) -> list[str]:
        """The rules' regexes, in rule order (``only`` in ``detect`` refers to these)."""
        return [regex.pattern for _, regex, _ in self._rules]

    @property
    def exclusion_patterns(self) -> list[str]:
        """The exclusions' regexes, in order (``exclusions`` in ``detect`` refers to these).
        Clause exclusions are searched in a slice of the text, so their ``^`` and ``$`` mean
        the clause's ends."""
        return [regex.pattern for _, regex, _ in self._exclusions]

    def detect(
        self,
        normalised_text: str,
        only: Iterable[int] | None = None,
        exclusions: Callable[[], Container[int] | None] | None = None,
        data: bytes | None = None,
    ) -> tuple[str, int, int] | None:
        """(category, start, end) of the first cue match no exclusion cancels, in the
        normalised text; None for most messages. ``only``: the rules that can match at all;
        ``exclusions``: asked once a rule matched, the exclusions that can match at all (or
        None: all of them). Both come from the detector's pre-checks (prefilter.py), and so
        does ``data``: the text as ASCII bytes, for RE2 to find where a rule can match. The
        answer is the same without them."""
        found = self._first(normalised_text, only, exclusions, data)
        return None if found is None else found[:3]

    def rule_of(self, normalised_text: str) -> str | None:
        """Name of the rule that fires on ``normalised_text`` (for reports and tuning)."""
        found = self._first(normalised_text)
        return None if found is None else self.rule_names[found[3]]

    def _first(
        self,
        text: str,
        only: Iterable[int] | None = None,
        exclusions: Callable[[], Container[int] | None] | None = None,
        data: bytes | None = None,
    ) -> tuple[str, int, int, int] | None:
        words: set[str] = set()
        possible: Container[int] | None = None
        asked = False
        if only is not None:
            numbers = set(only)  # the pre-check already knows which rules can match
        else:
            # Words as typed and as the lexicon writes them are both indexed; only stretched
            # words ("diiie") need the text squeezed, and squeezing costs more than the rest.
            plain = text.replace(".", " ").replace(",", " ")
            if _STRETCHED_RE.search(plain):
                plain = _SQUEEZE_RE.sub(r"\1", plain)
            words = set(plain.split())
            hits = words & self._keys  # the set intersection runs in C: no Python loop per word
            index = self._index
            numbers = {n for word in hits for n in index[word]}
            numbers.update(self._always)
        best: tuple[int, int, str, int] | None = None  # (start, rule order, category, end)
        for number in sorted(numbers):
            category, regex, required = self._rules[number]
            if only is None and any(need.isdisjoint(words) for need in required):
                continue
            for match in self._matches(number, regex, text, data):
                start = match.start()
                while start < len(text) and text[start] == " ":
                    start += 1
                if best is not None and start >= best[0]:
                    break
                if start >= match.end():  # spaces and zero-width checks only: no word matched
                    continue
                if exclusions is not None and not asked:
                    possible, asked = exclusions(), True
                if not self._excluded(text, start, match.end(), category, possible):
                    best = (start, number, category, match.end())
                    break
        if best is None:
            return None
        return best[2], best[0], best[3], best[1]

    def _matches(self, number: int, regex: re.Pattern[str], text: str, data: bytes | None) -> Iterator[re.Match[str]]:
        """Rule ``number``'s matches, one per start position, left to right. With ``data``
        (the text as ASCII bytes), RE2 finds where a match can start (prefilter.Locator,
        built on first use) and Python's engine only tries there; otherwise it scans."""
        if data is not None:
            locator = self._locators.get(number, _MISSING)
            if locator is _MISSING:
                locator = self._locators[number] = Locator.build(regex.pattern, max_mem=LOCATOR_MEM)
            if isinstance(locator, Locator):
                for start in locator.starts(data, 0, len(data)):
                    if (match := regex.match(text, start)) is not None:
                        yield match
                return
        pos = 0
        while (match := regex.search(text, pos)) is not None:
            yield match
            pos = match.start() + 1

    def _excluded(
        self, text: str, start: int, end: int, category: str, possible: Container[int] | None = None
    ) -> bool:
        clause: tuple[int, int] | None = None
        for number, (scope, regex, applies_to) in enumerate(self._exclusions):
            if applies_to and category not in applies_to:
                continue
            if possible is not None and number not in possible:
                continue  # the pre-check knows it matches nowhere in the text
            if scope == "message":
                if regex.search(text):
                    return True
                continue
            if clause is None:
                clause = clause_span(text, start, end)
            if regex.search(text[clause[0] : clause[1]]):
                return True
        return False


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: between the nearest clause marks (. , tab or
    "but") on each side. Shared with the phrase exclusions (detector.py)."""
    left = 0
    for mark in _CLAUSE_RE.finditer(text, 0, start):
        left = mark.end()
    right_mark = _CLAUSE_RE.search(text, end)
    right = right_mark.start() if right_mark else len(text)
    return left, right
