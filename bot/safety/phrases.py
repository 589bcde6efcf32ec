"""The lexicon's phrase language, and compiling many phrases into one trie-shaped regex.

A phrase is plain words with a little syntax, so moderators can add their own:

    (a|b c)    one of the alternatives (an alternative may be several words or empty)
    (a|b)?     optional, the same as [a|b]
    ...        up to three other words (never across a sentence mark)
    word*      the word followed by any letters: "suicid*" matches suicide, suicidal
    #          a number;  ##  a number with two or more digits;  ####  a year (1900-2099)
    $          the end of the clause (a sentence mark, a comma or the end of the message)
    {NAME}     a macro from the lexicon's [macros] table

Every literal word goes through the same ``Normaliser`` as the messages, so "don't",
"kill" and "kms" in a phrase become "dont", "kil" and "kil myself".

How phrases become one regex (see detector.py for why it matters):

1. Each phrase is parsed into a small tree (sequence / alternatives / word / gap).
2. The tree is split by its possible *first words*: "(he|she|my (dad|mom)) hits me"
   becomes "he" -> "hits me", "she" -> "hits me", "my" -> "(dad|mom) hits me".
   Splitting only the first word keeps the regex small (the rest stays factored).
3. All first words of all phrases go into one character trie; each trie leaf holds the
   remaining tails of the phrases that start with that word, factored again without
   copying anything (tails that start with a word share a character trie, tails that start
   with the same alternative share it), so the regex engine at any position follows only
   the branches whose characters match. Growing the lexicon tenfold mostly deepens leaves
   instead of adding alternatives that are tried at every position.
4. An alternative inside a phrase is one group where it stands: its options share a
   character trie by their first words, with the separator in front, and what follows
   the group is never copied into its options. Only step 2 copies pattern text (the
   tail after each first word), which keeps the shipped lexicon's regex near 400 KB and
   its compile time near a second (it was 1 MB and 6-15 s when alternatives were spelled
   out into the trie). Words are plain literals: the text they run on is squeezed and
   its commas are tabs (see normalise.py), so a separator is ``\\s+`` in ASCII mode.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.safety.normalise import Normaliser

GAP_WORDS = 3

# The compiled phrases run on the normaliser's matching form, where a comma is a tab: in
# ASCII mode \s is then exactly "space or comma", and it costs the regex parser far less
# than [ ,] (the pattern has some twenty thousand separators).
SEP = r"\s+"  # between words (commas allowed: "i cant, i want to die")
GAP = rf"(?:\s+[a-z0-9]+(?![a-z0-9])){{0,{GAP_WORDS}}}"
# After a gap that comes right before "$": a separator, or nothing where the clause ends
# ("lock me out ... $" must match "lock me out in winter." although no space comes before
# the full stop). Before anything else a gap ends with a separator, as the next word needs
# one anyway (the plain form keeps big lexicons fast).
GAP_BEFORE_END = r"(?:\s+|(?= *(?:[.\t]|$)))"


def _gap_regex(first: bool, before_end: bool) -> str:
    """A gap: up to GAP_WORDS words. ``first``: the separator in front was already matched
    (factored out, or after another gap), so the gap is either nothing at all or one to
    three words whose first needs no separator of its own."""
    after = GAP_BEFORE_END if before_end else SEP
    if not first:
        return GAP + after
    return rf"(?:[a-z0-9]+(?![a-z0-9])(?:\s+[a-z0-9]+(?![a-z0-9])){{0,{GAP_WORDS - 1}}}{after})?"
WILD = "[a-z]*"
NUM = "[0-9]+"
NUM2 = "[0-9]{2,}"
YEAR = "(?:19|20)[0-9]{2}"
END = "(?![a-z0-9])"
EOC = r"(?= *(?:[.\t]|$))"  # end of clause: a sentence mark, a comma or the end
_NUMBERS = {"num": NUM, "num2": NUM2, "year": YEAR}
START = " "  # the space before the first word (the normaliser puts one before every word)

_TOKEN_RE = re.compile(r"\s*(\.\.\.|####|##?|[()\[\]|?$]|[^\s()\[\]|#.?$]+)")
_MACRO_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class PhraseError(ValueError):
    """A phrase cannot be parsed; the message says where."""


# --- the tree -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    wild: bool = False


@dataclass(frozen=True, slots=True)
class Special:
    kind: str  # "gap" | "num" | "num2" | "year" | "end" (a phrase's end; label = its category)
    # | "cont" (the end of one option of an alternative; label = the separator that follows)
    label: str = ""


@dataclass(frozen=True, slots=True)
class Alt:
    options: tuple[tuple[Node, ...], ...]


Node = Word | Special | Alt
Seq = tuple[Node, ...]


def expand_macros(phrase: str, macros: Mapping[str, str], depth: int = 0) -> str:
    if depth > 5:
        raise PhraseError("macros nest more than five deep (a macro may refer to itself)")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise PhraseError(f"unknown macro {{{name}}}")
        return "(" + expand_macros(macros[name], macros, depth + 1) + ")"

    return _MACRO_RE.sub(replace, phrase)


def _tokenise(phrase: str) -> list[str]:
    pieces: list[str] = []
    pos = 0
    phrase = phrase.strip()
    while pos < len(phrase):
        match = _TOKEN_RE.match(phrase, pos)
        if match is None or match.end() == pos:
            if phrase[pos:].strip() == "":
                break
            raise PhraseError(f"cannot read {phrase[pos:pos + 12]!r}")
        pieces.append(match.group(1))
        pos = match.end()
    return pieces


class _Parser:
    def __init__(self, pieces: list[str], normaliser: Normaliser) -> None:
        self.pieces = pieces
        self.pos = 0
        self.normaliser = normaliser

    def parse(self) -> Seq:
        options = self._alternatives(closing=None)
        if self.pos != len(self.pieces):
            raise PhraseError(f"unexpected {self.pieces[self.pos]!r}")
        return options[0] if len(options) == 1 else (Alt(tuple(options)),)

    def _alternatives(self, closing: str | None) -> list[Seq]:
        options = [self._sequence(closing)]
        while self.pos < len(self.pieces) and self.pieces[self.pos] == "|":
            self.pos += 1
            options.append(self._sequence(closing))
        return options

    def _sequence(self, closing: str | None) -> Seq:
        items: list[Node] = []
        while self.pos < len(self.pieces):
            piece = self.pieces[self.pos]
            if piece == "|" or piece in (")", "]"):
                if piece != "|" and piece != closing:
                    raise PhraseError(f"unbalanced {piece!r}")
                break
            self.pos += 1
            if piece in ("(", "["):
                end = ")" if piece == "(" else "]"
                inner = self._alternatives(closing=end)
                if self.pos >= len(self.pieces) or self.pieces[self.pos] != end:
                    raise PhraseError(f"{piece!r} is never closed")
                self.pos += 1
                optional = piece == "["
                if self.pos < len(self.pieces) and self.pieces[self.pos] == "?":
                    self.pos += 1
                    optional = True
                if optional:
                    inner.append(())
                items.append(Alt(tuple(inner)))
            elif piece == "?":
                raise PhraseError("'?' must follow a closing ')'")
            elif piece == "...":
                items.append(Special("gap"))
            elif piece == "#":
                items.append(Special("num"))
            elif piece == "##":
                items.append(Special("num2"))
            elif piece == "####":
                items.append(Special("year"))
            elif piece == "$":
                items.append(Special("eoc"))
            else:
                items.extend(self._word(piece))
        return tuple(items)

    def _word(self, piece: str) -> list[Word]:
        wild = piece.endswith("*")
        words = self.normaliser.words(piece.rstrip("*"))
        if not words:
            raise PhraseError(f"{piece!r} has no letters or digits")
        out = [Word(w) for w in words]
        if wild:
            out[-1] = Word(out[-1].text, wild=True)
        return out


def parse(phrase: str, normaliser: Normaliser, macros: Mapping[str, str] | None = None) -> Seq:
    """Parse one phrase (raises PhraseError)."""
    text = expand_macros(phrase, macros or {})
    pieces = _tokenise(text)
    if not pieces:
        raise PhraseError("is empty")
    seq = _Parser(pieces, normaliser).parse()
    if not split_first((*seq, Special("end"))):
        raise PhraseError("can match without any word (every part is optional)")
    return seq


def expand(phrase: str, normaliser: Normaliser, macros: Mapping[str, str] | None = None) -> Seq:
    """Validate a phrase; kept as the loader's entry point."""
    return parse(phrase, normaliser, macros)


# --- splitting by first word ----------------------------------------------------------


def split_first(seq: Seq) -> list[tuple[Node, Seq]]:
    """The possible first words of ``seq``, each with the rest that must follow it.

    Options of an alternative that share a first word are grouped, so the rest stays one
    factored tail: ``(my dad|my mom) hits`` -> ``my`` -> ``(dad|mom) hits``."""
    if not seq:
        return []
    head, rest = seq[0], seq[1:]
    if isinstance(head, Special) and head.kind in ("gap", "eoc"):
        return split_first(rest)  # a leading gap only widens the match
    if _is_stop(head):
        return []
    if isinstance(head, Word | Special):
        return [(head, rest)]
    grouped: dict[Node, list[Seq]] = {}
    can_be_empty = False
    for option in head.options:
        pieces = split_first(option)
        if not pieces:
            can_be_empty = True
        for first, option_rest in pieces:
            grouped.setdefault(first, []).append(option_rest)
    result: list[tuple[Node, Seq]] = []
    for first, tails in grouped.items():
        unique = list(dict.fromkeys(tails))
        tail: Seq = unique[0] + rest if len(unique) == 1 else (Alt(tuple(unique)), *rest)
        result.append((first, tail))
    if can_be_empty:
        result.extend(split_first(rest))
    return result


def _word_regex(word: Word) -> str:
    # Words are squeezed and so is the text (see normalise.py): a plain literal matches
    # "kill", "kil" and "kiiilll" alike.
    return re.escape(word.text) + (WILD if word.wild else "")


def _node_regex(
    node: Node, first: bool, more: bool, names: _Names | None = None, before_end: bool = False
) -> tuple[str, bool]:
    """Regex for one node; returns it and whether the next node starts "first" (needs no
    separator because this node ended with an optional one). ``before_end``: a clause end
    ("$") can come next."""
    if isinstance(node, Word):
        return ("" if first else SEP) + _word_regex(node), False
    if isinstance(node, Special):
        if node.kind == "gap":
            return _gap_regex(first, before_end), True
        if node.kind == "eoc":
            return EOC, first
        if node.kind == "end":
            return END + (names.group(node.label) if names is not None else ""), first
        return ("" if first else SEP) + _NUMBERS[node.kind], False
    has_empty = any(not option for option in node.options)
    # An option that is only "$" ("hurt me (again|tonight|$)"): the clause may end here
    # instead. It matches nothing, so it is an alternative to the whole group.
    may_end = any(option == _EOC_ONLY for option in node.options)
    trailing = SEP if (first and has_empty and more) else ""
    options = [option for option in node.options if option and option != _EOC_ONLY]
    if not options:
        return ("" if has_empty else EOC), first
    body = _alt_regex(tuple(options), first, trailing)
    if has_empty:
        body = f"(?:{body})?"
    elif may_end:
        body = f"(?:{body}|{EOC})"
    return body, bool(trailing)


@functools.lru_cache(maxsize=4096)  # the same macro turns up in many tails
def _alt_regex(options: tuple[Seq, ...], first: bool, trailing: str) -> str:
    """The options of an alternative, merged into a character trie by their first words (so
    "(hits|hit|hitting|beats|...)" is tried letter by letter, not option by option); the
    rest of each option stays inline. Each option ends with a ``cont`` node: the
    alternative is over, matching goes on with what follows it (which is never copied)."""
    if any(_is_gap(option[0]) for option in options):
        bodies = list(dict.fromkeys(seq_regex(option, first=first) + trailing for option in options))
        return bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"
    prefix = "" if first else SEP
    trie = Trie()
    for option in options:
        for head, rest in split_first((*option, Special("cont", trailing))):
            trie.add(head, rest)
    return prefix + trie.to_regex(None)


_EOC_ONLY: Seq = (Special("eoc"),)


def _may_end(seq: Seq) -> bool:
    """Whether a clause end ("$") can come first in ``seq``, through optional parts and
    alternatives: what decides if a gap in front may end without a separator."""
    if not seq:
        return False
    head = seq[0]
    if isinstance(head, Special) and head.kind == "gap":
        return _may_end(seq[1:])  # a gap may be empty
    if isinstance(head, Special):
        return head.kind == "eoc"
    if isinstance(head, Alt):
        return any(_may_end((*option, *seq[1:])) for option in head.options)
    return False


def seq_regex(seq: Seq, first: bool = False, names: _Names | None = None) -> str:
    """Regex for a sequence of nodes; ``first`` means the separator before the first word
    has already been matched (it is factored out in front of a group of tails)."""
    out: list[str] = []
    last_needed = max((i for i, node in enumerate(seq) if not _is_stop(node)), default=-1)
    for index, node in enumerate(seq):
        before_end = _may_end(seq[index + 1 :])
        piece, first = _node_regex(node, first, more=index < last_needed, names=names, before_end=before_end)
        out.append(piece)
    return "".join(out)


# --- the first-word trie --------------------------------------------------------------


class Trie:
    """A character trie over first words; leaves keep the tails that follow them.

    Only the first word is spread into the trie (that is what lets the engine skip from
    word to word after a character or two); each tail stays one compact regex with its
    alternatives inline, so the pattern grows with the lexicon, not with the product of
    its alternatives. Every tail ends with an ``end`` node carrying the phrase's label (its
    category). It becomes an empty named group, so after a match ``match.lastgroup`` says
    which category matched without a second regex."""

    __slots__ = ("children", "tails")

    def __init__(self) -> None:
        self.children: dict[str, Trie] = {}
        self.tails: list[Seq] = []

    def add(self, first: Node, tail: Seq) -> None:
        node = self
        for atom in _first_atoms(first):
            child = node.children.get(atom)
            if child is None:
                child = node.children[atom] = Trie()
            node = child
        node.tails.append(tail)

    def to_regex(self, names: _Names | None) -> str:
        parts = [atom + child.to_regex(names) for atom, child in self.children.items()]
        if self.tails:
            parts.append(_tails_regex(self.tails, names))
        if not parts:
            return ""
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class _Names:
    """Hands out unique group names for phrase ends and remembers their labels."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}

    def group(self, label: str) -> str:
        name = f"t{len(self.labels)}"
        self.labels[name] = label
        return f"(?P<{name}>)"


def _first_atoms(node: Node) -> list[str]:
    if isinstance(node, Word):
        return [re.escape(c) for c in node.text] + ([WILD] if node.wild else [])
    if isinstance(node, Special) and node.kind in _NUMBERS:
        return [_NUMBERS[node.kind]]
    raise TypeError("first words are words or numbers")


def _is_gap(node: Node) -> bool:
    return isinstance(node, Special) and node.kind == "gap"


def _is_stop(node: Node) -> bool:
    return isinstance(node, Special) and node.kind in ("end", "cont")


def _starts_without_separator(node: Node) -> bool:
    """True if a shared separator cannot be matched in front of this node: gaps and ends
    bring their own, and an optional part may be skipped (its separator with it)."""
    if isinstance(node, Special):
        return node.kind in ("gap", "end", "cont", "eoc")
    if isinstance(node, Alt):
        return any(not option or option == _EOC_ONLY for option in node.options)
    return False


def _is_word_start(node: Node) -> bool:
    return isinstance(node, Word) or (isinstance(node, Special) and node.kind in _NUMBERS)


def _tails_regex(tails: list[Seq], names: _Names | None) -> str:
    return _group_regex(tails, first=False, names=names)


def _group_regex(seqs: list[Seq], first: bool, names: _Names | None) -> str:
    """Regex for several sequences that follow the same point, factored like a trie without
    copying anything: the sequences that start with a word share a character trie, the
    others are grouped by their first node (often the same macro, such as the list of
    people in {SUBJ3}). A shared separator is matched once in front, so every alternative
    starts with a plain letter that the engine can reject after one character. Longer
    continuations come before phrase ends, so "end it all" wins over "end it"."""
    unique = list(dict.fromkeys(seqs))
    prefix = ""
    if not first and not any(_starts_without_separator(seq[0]) for seq in unique):
        prefix, first = SEP, True
    alternatives: list[str] = []
    words = [seq for seq in unique if _is_word_start(seq[0])]
    if words:
        trie = Trie()
        for seq in words:
            trie.add(seq[0], seq[1:])
        alternatives.append(("" if first else SEP) + trie.to_regex(names))
    groups: dict[Node, list[Seq]] = {}
    for seq in unique:
        if not _is_word_start(seq[0]):
            groups.setdefault(seq[0], []).append(seq[1:])
    ordered = sorted(groups.items(), key=lambda item: _is_stop(item[0]))
    for node, rests in ordered:
        if isinstance(node, Special) and node.kind == "end":
            alternatives.append(END + (names.group(node.label) if names is not None else ""))
            continue
        if isinstance(node, Special) and node.kind == "cont":
            alternatives.append(node.label)
            continue
        more = any(rest and not _is_stop(rest[0]) for rest in rests)
        before_end = any(_may_end(rest) for rest in rests)
        piece, next_first = _node_regex(node, first, more=more, before_end=before_end)
        alternatives.append(piece + _group_regex(rests, next_first, names))
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return prefix + body


class CompiledPhrases:
    """The regex for a set of phrases and the label behind each of its end groups.

    ``lazy``: the pattern is checked and built now but handed to ``re`` on first use (the
    exclusions are only needed once a crisis phrase matched, so a process that never sees
    one never pays for compiling them)."""

    __slots__ = ("_regex", "labels", "pattern")

    def __init__(self, pattern: str, labels: dict[str, str], *, lazy: bool = False) -> None:
        self.pattern = pattern
        self.labels = labels  # group name -> label
        self._regex = None if lazy else re.compile(pattern, re.ASCII)

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self.pattern, re.ASCII)
        return self._regex

    def label_of(self, match: re.Match[str]) -> str:
        return self.labels[match.lastgroup or ""]


def _drop_leading_optional(seq: Seq) -> Seq:
    """A phrase that starts with an optional part matches wherever the rest matches, so the
    optional start only costs time (every "[i] want ..." would be tried at every "i"). A
    group with a "$" option ("($|so) done ...") can be passed over the same way."""
    while seq and isinstance(seq[0], Alt) and any(not o or o == _EOC_ONLY for o in seq[0].options):
        seq = seq[1:]
    return seq


def compile_labelled(
    phrases: Iterable[tuple[str, str]],
    normaliser: Normaliser,
    macros: Mapping[str, str] | None = None,
    *,
    lazy: bool = False,
) -> CompiledPhrases | None:
    """One regex matching any of the (label, phrase) pairs, or None if there are none."""
    trie = Trie()
    count = 0
    for label, phrase in phrases:
        parsed = parse(phrase, normaliser, macros)
        for first, tail in split_first((*(_drop_leading_optional(parsed) or parsed), Special("end", label))):
            trie.add(first, tail)
            count += 1
    if count == 0:
        return None
    names = _Names()
    pattern = START + trie.to_regex(names)
    return CompiledPhrases(pattern, names.labels, lazy=lazy)


def plain_regexes(
    phrases: Iterable[str], normaliser: Normaliser, macros: Mapping[str, str] | None = None
) -> list[str]:
    """Each phrase as its own regex (no first-word trie, no labels), matching at least
    where ``compile_labelled`` matches it (see ``_cut_before_optional_end``). Python's
    engine needs the trie to be fast; a DFA engine (the detector's pre-check,
    prefilter.py) does not, and the plain form is about a third of the size because
    nothing is copied."""
    out: dict[str, None] = {}
    for phrase in phrases:
        parsed = parse(phrase, normaliser, macros)
        parsed = _cut_before_optional_end(_drop_leading_optional(parsed) or parsed)
        out[START + seq_regex((*parsed, Special("end")), first=True)] = None
    return list(out)


def _cut_before_optional_end(seq: Seq) -> Seq:
    """For the plain form only: ``seq`` up to a group with a "$" option ("hurt me (again|
    $)"), when words come before it. Wherever the whole phrase matches, that start matches
    too, so the pre-check stays right, and a DFA over thousands of phrases stays small
    (with the group kept as an alternative to the clause's end, a tenfold lexicon's
    pre-check ran 2.8 times slower)."""
    for index, node in enumerate(seq):
        if isinstance(node, Alt) and _EOC_ONLY in node.options and split_first(seq[:index]):
            return seq[:index]
    return seq


def compile_phrases(
    phrases: Iterable[str], normaliser: Normaliser, macros: Mapping[str, str] | None = None
) -> re.Pattern[str] | None:
    """One regex matching any of ``phrases`` (no labels needed)."""
    compiled = compile_labelled((("", p) for p in phrases), normaliser, macros)
    return compiled.regex if compiled else None
