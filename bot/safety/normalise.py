"""Text normalisation for crisis-language matching.

The detector matches lexicon phrases against a *normalised* form of each message, so that
"K!LL MYSELF", "k i l l myself", "kiiiill myself", "ｋｉｌｌ myself" (fullwidth) and
"кill myself" (Cyrillic к) all read as "kil myself". Steps, in order:

1. Unicode: NFKC per character, casefold, a confusables map (Cyrillic and Greek
   look-alikes), accents dropped; laughing emoji become the word "lol" (so hyperbole
   exclusions such as "kms 😂" can see them). ASCII messages skip this step.
2. Contractions become words ("don't" -> "do not", "he'll" -> "he will"), then other
   apostrophes are dropped ("mom's" -> "moms").
3. Leetspeak next to letters: 0->o 1->i 3->e 4->a 5->s 7->t @->a $->s, and ! | between
   letters -> i ("k!ll", "d1e", "$uicide"). Digits that stand alone stay digits.
   Words censored with stars become the crisis word they hide, one star per letter
   ("k*ll", "s*icide", "unal*ve"; ``MASKABLE``).
4. Letters split by spaces, dots, dashes, underscores or stars are joined
   ("s u i c i d e", "k.i.l.l"); a run needs at least three single letters.
5. Punctuation: sentence marks (. ! ? ; newline) become ".", commas stay, every other
   non-alphanumeric character becomes a space.
6. Repeated letters: lexicon words are squeezed ("kill" -> "kil"), and so is the text the
   phrases run on (``normalise(..., matching=True)``: "kiiilll" -> "kil"), so the compiled
   phrases are plain words. (They used to allow every letter to repeat instead, which made
   the pattern three times longer and slow to compile.) The matching form also writes each
   comma as a tab, so the phrases' separator is ``\\s+`` in ASCII mode (see phrases.py).
7. Slang tokens are expanded from the lexicon's ``[slang]`` table ("kms" -> "kil myself").

Every normalised character remembers the span of the original text it came from, so the
detector reports the member's own characters as ``matched``. Tracking costs time, so
``normalise`` runs without it and the detector asks for offsets only after a hit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.safety.prefilter import small_set

# Cyrillic and Greek letters that look like Latin ones (after casefold), plus a few symbols.
CONFUSABLES: dict[str, str] = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i",
    "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r",
    "ѕ": "s", "т": "t", "у": "y", "х": "x", "ү": "y", "ԝ": "w", "ь": "b", "ѵ": "v", "з": "3",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "μ": "u", "σ": "o", "ς": "s", "λ": "a",
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "´": "'",
    "\u2014": ",", "\u2013": ",", "\u2026": ".", "\u00a0": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufe0f": "", "\u2060": "",
}
# Emoji people use to mark a joke; they become a word so exclusions can match them.
LAUGHING = frozenset("😂🤣😆😹💀☠😅")

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                      "@": "a", "$": "s", "!": "i", "|": "i"})

_APOSTROPHE_RE = re.compile(r"'")
# Contractions with an apostrophe become full words ("he'll" -> "he will", "can't" ->
# "can not"), so the lexicon can say "he will" once. Plain string replacements in this
# order (fast); the offset-tracking path applies the same replacements one by one. Forms
# typed without the apostrophe ("dont", "im") are in the lexicon's [slang] table; "hell",
# "ill" and "well" are real words, so "he'll", "i'll", "we'll" only expand here.
CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("can't", "can not"), ("won't", "will not"), ("shan't", "shall not"), ("n't", " not"),
    ("'ll", " will"), ("'re", " are"), ("'ve", " have"), ("'m", " am"), ("'d", " would"),
    ("he's", "he is"), ("it's", "it is"), ("that's", "that is"), ("what's", "what is"),
    ("here's", "here is"), ("who's", "who is"), ("how's", "how is"),
)
_CONTRACTION_RES = tuple(re.compile(re.escape(old)) for old, _ in CONTRACTIONS)
# Contractions by the letter after their apostrophe, in order, so a message only tries the
# few that can apply.
_CONTRACTIONS_BY_NEXT: dict[str, tuple[tuple[str, str, re.Pattern[str]], ...]] = {}
for (_old, _new), _regex in zip(CONTRACTIONS, _CONTRACTION_RES, strict=True):
    _key = _old[_old.index("'") + 1]
    _CONTRACTIONS_BY_NEXT[_key] = (*_CONTRACTIONS_BY_NEXT.get(_key, ()), (_old, _new, _regex))
_CONTRACTION_ORDER = {old: index for index, (old, _) in enumerate(CONTRACTIONS)}

# Words people censor with stars ("k*ll", "s*icide", "unal*ve", "d*e"): a word with stars
# between letters becomes the one word of this list it can be, each star one letter (so
# offsets are unchanged). Two or more letters must be visible, and a word that could be
# two of these stays as it is.
MASKABLE: tuple[str, ...] = (
    "kill", "kills", "killed", "killing", "suicide", "suicidal", "die", "died", "dying", "dead", "death",
    "unalive", "unalived", "unaliving", "selfharm", "harm", "harming", "cut", "cutting", "cuts", "overdose",
    "overdosed", "overdosing", "rape", "raped", "abuse", "abused", "abusing", "abuser", "hang", "hanging",
    "murder", "bleed", "bleeding", "blood", "drunk", "pills",
)
# Stars only between letters: "*eat*" is Discord's italics, not a censored "death".
_MASKED_RE = re.compile(r"[a-z]+(?:\*+[a-z]+)+")
_MASKED_BY_LENGTH: dict[int, tuple[str, ...]] = {}
for _word in MASKABLE:
    _MASKED_BY_LENGTH[len(_word)] = (*_MASKED_BY_LENGTH.get(len(_word), ()), _word)


def _unmask(match: re.Match[str]) -> str:
    token = match.group()
    if len(token) - token.count("*") < 2:
        return token
    found = {
        word
        for word in _MASKED_BY_LENGTH.get(len(token), ())
        if all(c == "*" or c == w for c, w in zip(token, word, strict=True))
    }
    return found.pop() if len(found) == 1 else token


_LEET_PRESENT_RE = re.compile(r"[013457@$!|]")
_LEET_BYTES = b"013457@$!|"
# Found by their characters first (fast), then kept only next to letters: "k!ll", "d1e",
# "$uicide" change, "help!" and "20 pills" do not.
_LEET_RE = re.compile(r"[013457@$!|]+")
_ALWAYS_LEET = frozenset("013457@$")


def _leet(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = start > 0 and text[start - 1].isalpha() and text[start - 1].isascii()
    after = end < len(text) and text[end].isalpha() and text[end].isascii()
    run = match.group()
    if before and after:
        return run.translate(LEET)
    if (before or after) and all(c in _ALWAYS_LEET for c in run):
        return run.translate(LEET)
    return run
# Runs after punctuation became spaces and dots; starts with the space before the run (a
# literal first character lets the regex engine jump between words instead of trying
# every position).
_SPLIT_RE = re.compile(r" [a-z](?:[ .]{1,2}[a-z](?![a-z0-9])){2,}")
_MARK_GLUED_RE = re.compile(r"[.,](?=[a-z0-9])")
_PUNCT = str.maketrans(
    {**{chr(c): " " for c in range(128) if not chr(c).isalnum()},
     ".": ".", "!": ".", "?": ".", ";": ".", ":": ".", "\n": ".", ",": ",", "'": "'"}
)
_SQUEEZE_RE = re.compile(r"([a-z])\1+")
_WORD_RE = re.compile(r"[a-z0-9]+")

# The ASCII fast path of the matching form (``Normaliser._matching_ascii``): the same
# punctuation step as one bytes table, with commas written as tabs straight away.
_PUNCT_MATCHING = bytes(
    ord("\t") if code == ord(",") else ord(str(_PUNCT.get(code, chr(code))))
    for code in range(256)
)
_MARK_GLUED_MATCHING_RE = re.compile(r"[.\t](?=[a-z0-9])")
# Contractions by the letter after the apostrophe, as in CONTRACTIONS: (word that must come
# right before, words it becomes) for "'t" and "'s"; what the apostrophe and the letters
# after it become otherwise.
_BEFORE_T = (("can", "can not"), ("won", "will not"), ("shan", "shall not"), ("n", " not"))
_BEFORE_S = ("he", "it", "that", "what", "here", "who", "how")
_AFTER = {"ll": " will", "re": " are", "ve": " have", "m": " am", "d": " would"}


def _contractions_ascii(norm: str) -> str:
    """CONTRACTIONS applied one after the other with ``str.replace``, then the remaining
    apostrophes dropped: the same result (a test compares them), in one pass over the
    apostrophes instead of one pass per contraction. No replacement writes an apostrophe or
    changes the letters another contraction looks at, so looking at each apostrophe in the
    original text is enough."""
    out: list[str] = []
    last = 0
    index = norm.find("'")
    while index != -1:
        after = norm[index + 1 : index + 3]
        skip = 1  # the apostrophe alone is dropped unless a contraction takes it
        if after[:1] == "t":
            for before, words in _BEFORE_T:
                if norm.startswith(before, index - len(before), index) and index - len(before) >= last:
                    out.append(norm[last : index - len(before)])
                    out.append(words)
                    skip = 2
                    break
            else:
                out.append(norm[last:index])
        elif after[:1] == "s":
            out.append(norm[last:index])
            if any(norm.startswith(before, index - len(before), index) and index - len(before) >= last
                   for before in _BEFORE_S):
                out.append(" is")
                skip = 2
        else:
            out.append(norm[last:index])
            for key in (after, after[:1]):
                replacement = _AFTER.get(key)
                if replacement is not None:
                    out.append(replacement)
                    skip = 1 + len(key)
                    break
        last = index + skip
        index = norm.find("'", last)
    out.append(norm[last:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, when tracked, the original span of every character."""

    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], max(self.ends[start:end])


def _unicode_step(text: str, track: bool) -> tuple[str, list[int] | None, list[int] | None]:
    if text.isascii():
        lowered = text.lower()
        if not track:
            return lowered, None, None
        return lowered, list(range(len(text))), list(range(1, len(text) + 1))
    # Character by character, each looked up in _FOLDED (a few hundred distinct characters
    # cover almost every message; unicodedata on every character cost 0.3 ms a message).
    known = list(map(_FOLDED.get, text))
    out = [_fold_char(char) if piece is None else piece for piece, char in zip(known, text, strict=True)]
    if not track:
        return "".join(out), None, None
    starts: list[int] = []
    ends: list[int] = []
    for index, piece in enumerate(out):
        starts.extend([index] * len(piece))
        ends.extend([index + 1] * len(piece))
    return "".join(out), starts, ends


_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 20_000  # characters remembered; past that, new ones are computed each time


def _fold_char(char: str) -> str:
    """What one character of a message becomes: laughing emoji a "lol", accents dropped
    ("suïcide" reads "suicide"), case folded, look-alike letters replaced."""
    if char in LAUGHING:
        folded = " lol "
    else:
        folded = ""
        for part in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", char)):
            if unicodedata.combining(part):
                continue
            for letter in part.casefold():
                folded += CONFUSABLES.get(letter, letter)
    if len(_FOLDED) < _FOLDED_MAX:
        _FOLDED[char] = folded
    return folded


Replacement = Callable[[re.Match[str]], str]


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def _slang_key(match: re.Match[str]) -> str:
    return squeeze(match.group()[1:])


def _slang_key_squeezed(match: re.Match[str]) -> str:
    return match.group()[1:]  # the text is squeezed already


def _constant(value: str) -> Replacement:
    return lambda match: value


def _sub(
    regex: re.Pattern[str],
    repl: Replacement,
    text: str,
    starts: list[int] | None,
    ends: list[int] | None,
    *,
    keep_first: bool = False,
) -> tuple[str, list[int] | None, list[int] | None]:
    """``regex.sub`` that also carries the offset lists along when they are tracked.

    Each replacement character maps to the span of the whole match it replaced, which is
    what a reader expects to see highlighted ("kms" for "kil myself")."""
    if starts is None or ends is None:
        return regex.sub(repl, text), None, None
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for match in regex.finditer(text):
        out.append(text[last : match.start()])
        new_starts.extend(starts[last : match.start()])
        new_ends.extend(ends[last : match.start()])
        replacement = repl(match)
        first = match.start()
        if keep_first and replacement[:1] == text[first : first + 1]:
            # The space before a slang word stays itself; the words map to the token.
            out.append(replacement[0])
            new_starts.append(starts[first])
            new_ends.append(ends[first])
            replacement, first = replacement[1:], first + 1
        if match.end() > first:
            span_start = starts[first]
            span_end = max(ends[first : match.end()])
        else:
            span_start = span_end = starts[first] if first < len(starts) else (ends[-1] if ends else 0)
        out.append(replacement)
        new_starts.extend([span_start] * len(replacement))
        new_ends.extend([span_end] * len(replacement))
        last = match.end()
    out.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(out), new_starts, new_ends


def _join_split_letters(
    text: str, starts: list[int] | None, ends: list[int] | None
) -> tuple[str, list[int] | None, list[int] | None]:
    """Drop the separators inside each split-letter run, keeping the character before it."""
    if starts is None or ends is None:
        joined = _SPLIT_RE.sub(lambda m: m.group()[0] + "".join(c for c in m.group()[1:] if c.isalpha()), text)
        return joined, None, None
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for match in _SPLIT_RE.finditer(text):
        out.append(text[last : match.start()])
        new_starts.extend(starts[last : match.start()])
        new_ends.extend(ends[last : match.start()])
        for offset in range(match.start(), match.end()):
            if offset == match.start() or text[offset].isalpha():
                out.append(text[offset])
                new_starts.append(starts[offset])
                new_ends.append(ends[offset])
        last = match.end()
    out.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(out), new_starts, new_ends


class Normaliser:
    """Normalises text the same way for messages and for lexicon phrases.

    The result always starts with one space, so every word (including the first) is
    preceded by a non-alphanumeric character: the matching regexes start with that
    character class, which lets the regex engine skip straight from word start to word
    start instead of trying every position."""

    def __init__(self, slang: Mapping[str, str] | None = None) -> None:
        self._words: dict[str, tuple[str, ...]] = {}
        self.slang: dict[str, str] = {}
        as_written: set[str] = set()  # keys that were already squeezed when written
        for key, value in (slang or {}).items():
            # Keys and values go through the earlier steps so they meet the text half way.
            plain_key = self._base(key, track=False)[0].strip()
            norm_key = squeeze(plain_key)
            norm_value = squeeze(self._base(value, track=False)[0].strip())
            if not norm_key or norm_key == norm_value:
                continue
            # Squeezing can make two keys one ("bff" -> "bf"): the key written that way
            # ("bf" = boyfriend) keeps it, whatever order the table lists them in.
            if norm_key in as_written and plain_key != norm_key:
                continue
            self.slang[norm_key] = norm_value
            if plain_key == norm_key:
                as_written.add(norm_key)
        self._slang_re = re.compile(" " + _trie_regex(list(self.slang)) + "(?![a-z0-9])") if self.slang else None
        # The same for squeezed text: plain words, longest first so "hahaha" beats "haha".
        self._slang_squeezed_re = (
            re.compile(" " + _trie_regex(list(self.slang), tolerant=False) + "(?![a-z0-9])") if self.slang else None
        )
        # One RE2 pass over the ASCII fast path's bytes says which of the rare steps a message
        # needs (split letters, a mark glued to a word, a slang word): cheaper than asking
        # Python's engine three times. Without RE2, every step runs.
        self._gate = small_set([
            _SPLIT_RE.pattern,
            _MARK_GLUED_MATCHING_RE.pattern,
            *([self._slang_re.pattern] if self._slang_re is not None else []),
        ])

    def _base(self, text: str, *, track: bool) -> tuple[str, list[int] | None, list[int] | None]:
        norm, starts, ends = _unicode_step(" " + text, track)
        if starts is not None and ends is not None:
            starts = [max(0, s - 1) for s in starts]  # the added space maps to position 0
            ends = [max(0, e - 1) for e in ends]
        if "'" in norm:
            following = set()
            index = norm.find("'")
            while index != -1:
                following.add(norm[index + 1 : index + 2])
                index = norm.find("'", index + 1)
            candidates = [c for letter in following for c in _CONTRACTIONS_BY_NEXT.get(letter, ())]
            if len(following) > 1:
                candidates.sort(key=lambda c: _CONTRACTION_ORDER[c[0]])  # the same order every time
            for old, new, regex in candidates:
                if old in norm:
                    if starts is None:
                        norm = norm.replace(old, new)
                    else:
                        norm, starts, ends = _sub(regex, _constant(new), norm, starts, ends)
        if "'" in norm:
            if starts is None:
                norm = norm.replace("'", "")
            else:
                norm, starts, ends = _sub(_APOSTROPHE_RE, lambda m: "", norm, starts, ends)
        if _LEET_PRESENT_RE.search(norm):
            # Same length in and out, so offsets are unchanged.
            norm = _LEET_RE.sub(_leet, norm)
        if "*" in norm:
            norm = _MASKED_RE.sub(_unmask, norm)  # same length: offsets unchanged
        norm = norm.translate(_PUNCT)  # one character for one: offsets unchanged
        if _SPLIT_RE.search(norm):
            norm, starts, ends = _join_split_letters(norm, starts, ends)
        if _MARK_GLUED_RE.search(norm):
            # "sad.i want" -> "sad. i want": every word must follow a space (see above).
            norm, starts, ends = _sub(_MARK_GLUED_RE, lambda m: m.group() + " ", norm, starts, ends)
        return norm, starts, ends

    def normalise(self, text: str, *, track: bool = False, matching: bool = False) -> Normalised:
        """``matching``: the form the compiled phrases run on (see phrases.py): repeated
        letters squeezed to one ("kiiilll" -> "kil", as the lexicon's words are) and each
        comma written as a tab."""
        if matching and not track and text.isascii():
            return Normalised(self._matching_ascii(text))
        norm, starts, ends = self._base(text, track=track)
        if matching:
            norm = norm.replace(",", "\t")  # one for one: offsets unchanged
            if starts is None:
                norm = _squeeze_fast(norm)
            else:
                norm, starts, ends = _sub(_SQUEEZE_RE, _first_group, norm, starts, ends)
            slang_re, key = self._slang_squeezed_re, _slang_key_squeezed
        else:
            slang_re, key = self._slang_re, _slang_key
        if slang_re is not None and slang_re.search(norm):
            slang = self.slang
            norm, starts, ends = _sub(
                slang_re, lambda m: " " + slang[key(m)], norm, starts, ends, keep_first=True
            )
        return Normalised(norm, starts, ends)

    def _matching_ascii(self, text: str) -> str:
        """The matching form of an ASCII message without offsets: the same steps as
        ``_base`` and ``normalise``, each cheaper (a test compares the two on every labelled
        message and on random text). The detector calls this for almost every message."""
        norm = " " + text.lower()
        if "'" in norm:
            norm = _contractions_ascii(norm)
        data = norm.encode("ascii")
        if len(data.translate(None, _LEET_BYTES)) != len(data):  # a leet character somewhere
            norm = _LEET_RE.sub(_leet, norm)
            data = norm.encode("ascii")
        if "*" in norm:
            norm = _MASKED_RE.sub(_unmask, norm)
            data = norm.encode("ascii")
        data = data.translate(_PUNCT_MATCHING)
        norm = data.decode("ascii")
        gate = (self._gate(data) or ()) if self._gate is not None else (0, 1, 2)
        changed = False
        if 0 in gate and _SPLIT_RE.search(norm):
            norm = _join_split_letters(norm, None, None)[0]
            changed = True
        if 1 in gate and _MARK_GLUED_MATCHING_RE.search(norm):
            norm = _MARK_GLUED_MATCHING_RE.sub(lambda m: m.group() + " ", norm)
            changed = True
        norm = _squeeze_fast(norm, None if changed else data)
        slang_re = self._slang_squeezed_re
        if slang_re is not None and (changed or 2 in gate) and slang_re.search(norm):
            slang = self.slang
            norm = slang_re.sub(lambda m: " " + slang[m.group()[1:]], norm)
        return norm

    def matching_text(self, text: str) -> str:
        """``normalise(text, matching=True).text``, the detector's hot path."""
        if text.isascii():
            return self._matching_ascii(text)
        return self.normalise(text, matching=True).text

    def __call__(self, text: str) -> str:
        return self.normalise(text).text.strip()

    def words(self, text: str) -> list[str]:
        """Normalised, squeezed words of ``text`` (used for lexicon words; remembered, since
        macros repeat the same words in hundreds of phrases)."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = tuple(squeeze(w) for w in _WORD_RE.findall(self.normalise(text).text))
        return list(found)


def _trie_regex(words: list[str], *, tolerant: bool = True) -> str:
    """Alternation of ``words`` factored by shared prefixes (``tolerant``: each letter may
    repeat, for text that is not squeezed)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        atom = repeat_tolerant if tolerant else re.escape
        parts = [atom(char) + emit(child) for char, child in node.items() if char]
        if "" in node:
            parts.append("(?![a-z0-9])")  # the word may end here
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(tree)


_LETTER_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz")


def _squeeze_fast(text: str, data: bytes | None = None) -> str:
    """``squeeze`` for whole messages, about four times faster on ASCII text: the regex
    tries every position, while XOR-ing the text's bytes with themselves shifted by one
    finds the repeated characters in C, leaving Python a handful of positions to check."""
    if data is None:  # ``data``: the text's ASCII bytes, when the caller has them already
        if not text.isascii():
            return _SQUEEZE_RE.sub(r"\1", text)
        data = text.encode("ascii")
    value = int.from_bytes(data, "big")
    same = (value ^ (value >> 8)).to_bytes(len(data), "big")  # 0 where a byte repeats the one before
    index = same.find(0, 1)
    out: list[str] = []
    last = 0
    while index >= 0:
        if data[index] in _LETTER_BYTES:
            out.append(text[last:index])
            last = index + 1
        index = same.find(0, index + 1)
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def squeeze(text: str) -> str:
    """Repeated letters to one: "kiiill" -> "kil" (lexicon words are stored squeezed)."""
    return _SQUEEZE_RE.sub(r"\1", text)


def repeat_tolerant(word: str) -> str:
    """Regex for a squeezed word that also matches its letters repeated ("kil" -> kill, kiiil)."""
    return "".join(re.escape(c) + (re.escape(c) + "*" if c.isalpha() else "") for c in word)
