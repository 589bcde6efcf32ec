"""The crisis detector's third tier: a small linear model over words, trained offline.

The phrase lexicon and the cue rules (tiers one and two) catch the phrasings someone wrote
down. Blind tests showed they miss about half of what real members write: indirect
messages ("anyone want my switch? dont need it anymore") in words no rule lists. This tier
scores a message by the words and word pairs it uses, with weights learned from Tandem's
labelled messages (``python -m bot.safety.train`` writes ``content/safety/model.tsv``).
It runs only on messages the rules left alone, and flags one only when its score clears a
threshold chosen in training so that at most ~2 % of ordinary support talk would pass.

The model, exactly (the trainer checks the written file against scikit-learn to 1e-5):

- features of a message: its words (``[a-z0-9]+`` in the detector's matching form) and
  the pairs of neighbouring words, each counted once (word-prefix features were tried:
  no better in cross-validation, twice the cost);
- a known feature ``f`` has ``q_f`` (its idf squared) and ``a_f`` (its idf times its
  weight), so with ``Q`` and ``A`` the sums over the message's known features, the score
  is ``bias + A / sqrt(Q)`` (tf-idf with binary counts and an L2 norm, then logistic
  regression);
- a flagged message's category is the highest of ``bias_c + C_c / sqrt(Q)`` over the five
  crisis categories (a second model, trained on crisis messages only);
- a message with fewer than ``@min_words`` different words, or no known feature, is never
  flagged: in a few words one common word decides the score ("sorry", "tonight").

No Discord imports; pure and deterministic.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise, repeat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bot.content imports this module
    from bot.content.problems import Problems

MODEL_VERSION = 1
_WORD = re.compile(r"[a-z0-9]+")
# A message is scored clause by clause too, to say which clause the model weighs most.
_CLAUSE = re.compile(r"[.!?;\t\n]+| but ")


# Every byte but a lower-case letter or digit becomes a space: on ASCII text, splitting
# the result gives exactly ``_WORD.findall``'s words, about three times faster.
_WORD_BYTES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))


def _words(norm: str) -> list[str]:
    """The words of a message in the matching form, in order (``_WORD.findall(norm)``)."""
    if norm.isascii():
        return norm.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(norm)


def features(norm: str) -> set[str]:
    """The features of a message in the detector's matching form: its words and the pairs
    of neighbouring words, each once."""
    words = _words(norm)
    return {*words, *map(" ".join, pairwise(words))}


def different_words(norm: str) -> int:
    """How many different words a message in the matching form has (for ``min_words``)."""
    return len(set(_words(norm)))


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float  # the flag score (a logit); flagged when above the model's threshold
    category: str | None  # None when not flagged


class Model:
    """A loaded ``model.tsv``: see the module doc for what the numbers mean."""

    def __init__(
        self,
        classes: tuple[str, ...],
        bias: float,
        class_bias: tuple[float, ...],
        threshold: float,
        table: dict[str, tuple[float, ...]],
        digest: str = "",
        *,
        min_words: int = 1,
    ) -> None:
        self.classes = classes
        self.bias = bias
        self.class_bias = class_bias
        self.threshold = threshold
        # A message with fewer different words is never flagged by the model: in a few words
        # one common word decides the score ("sorry", "tonight"), which says nothing.
        self.min_words = min_words
        # feature -> (q, a, c_1 ... c_k)
        self.table = table
        # Tells detectors built from different models apart (the file's hash when loaded).
        self.digest = digest or hashlib.sha256(dump(self).encode("utf-8")).hexdigest()

        # The flag score's fast path: each feature's q and a as one complex number (q + aj),
        # so one lookup and one sum give both, and summing runs in C (map over dict.get),
        # not a Python loop. Pairs are keyed by the two words as a tuple, which pairwise makes
        # without building strings. Same sums as over ``features`` (tested).
        self._word_qa: dict[str, complex] = {}
        self._pair_qa: dict[tuple[str, ...], complex] = {}
        for feature, entry in table.items():
            if " " in feature:
                self._pair_qa[tuple(feature.split(" "))] = complex(entry[0], entry[1])
            else:
                self._word_qa[feature] = complex(entry[0], entry[1])

    def __len__(self) -> int:
        return len(self.table)

    def _sums(self, norm: str) -> tuple[int, float, float]:
        """(different words, q sum, a sum) of ``norm``'s known features."""
        words = _words(norm)
        different = set(words)
        qa = sum(map(self._word_qa.get, different, repeat(0j))) + sum(
            map(self._pair_qa.get, set(pairwise(words)), repeat(0j))
        )
        return len(different), qa.real, qa.imag

    def score(self, norm: str) -> float:
        """The flag score of ``norm`` (a message in the detector's matching form)."""
        _, q, a = self._sums(norm)
        return self.bias + (a / math.sqrt(q) if q > 0.0 else 0.0)

    def verdict(self, norm: str) -> Verdict:
        """The score and, when the model flags ``norm``, its category. Flagged: at least
        ``min_words`` different words, at least one known feature, score above threshold."""
        entries = [e for f in features(norm) if (e := self.table.get(f)) is not None]
        q = sum(e[0] for e in entries)
        scale = 1.0 / math.sqrt(q) if q > 0.0 else 0.0
        score = self.bias + sum(e[1] for e in entries) * scale
        if score <= self.threshold or not entries or different_words(norm) < self.min_words:
            return Verdict(score, None)
        best = max(
            range(len(self.classes)),
            key=lambda k: self.class_bias[k] + sum(e[2 + k] for e in entries) * scale,
        )
        return Verdict(score, self.classes[best])

    def category(self, norm: str) -> str | None:
        """The crisis category when the model flags ``norm`` (as ``verdict``), else None.
        Most messages stop after the sums, which is cheaper than a whole ``verdict``."""
        words, q, a = self._sums(norm)
        if words < self.min_words or q <= 0.0 or self.bias + a / math.sqrt(q) <= self.threshold:
            return None
        return self.verdict(norm).category

    def strongest_clause(self, norm: str) -> tuple[int, int]:
        """The span of ``norm`` (a clause) that scores highest on its own: what a flagged
        message shows as ``matched``. Whole message when it has one clause."""
        spans: list[tuple[int, int]] = []
        start = 0
        for mark in _CLAUSE.finditer(norm):
            spans.append((start, mark.start()))
            start = mark.end()
        spans.append((start, len(norm)))
        spans = [(s, e) for s, e in spans if _WORD.search(norm, s, e)]
        if len(spans) <= 1:
            s, e = spans[0] if spans else (0, len(norm))
            return _trim(norm, s, e)
        s, e = max(spans, key=lambda span: self.score(norm[span[0] : span[1]]))
        return _trim(norm, s, e)


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not norm[start].isalnum():
        start += 1
    while end > start and not norm[end - 1].isalnum():
        end -= 1
    return start, end


# --- the file ------------------------------------------------------------------------

HEADER = """\
# Tandem's crisis model (the detector's third tier; bot/safety/model.py explains it).
# Written by `python -m bot.safety.train` from the labelled messages in tests/; do not edit
# by hand: retrain instead. Lines: @key<TAB>values, then feature<TAB>q<TAB>a<TAB>c_1..c_k.
"""


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


_FEATURE = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)?")
_META = ("version", "classes", "bias", "class_bias", "threshold", "min_words")


def parse(text: str, file: Path | str, problems: Problems) -> Model | None:
    """Parse ``model.tsv``; every problem is recorded with its line, and a model with
    problems is not used (None)."""
    meta: dict[str, list[str]] = {}
    table: dict[str, tuple[float, ...]] = {}
    before = len(problems)
    width: int | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if line.startswith("@"):
            key = parts[0][1:]
            if key not in _META:
                problems.add(file, f"line {number}", f"unknown setting @{key}")
            elif key in meta:
                problems.add(file, f"line {number}", f"@{key} is given twice")
            elif width is not None:
                problems.add(file, f"line {number}", f"@{key} must come before the features")
            else:
                meta[key] = parts[1:]
            continue
        if width is None:
            width = 2 + len(meta.get("classes") or [])
        if len(parts) != 1 + width:
            problems.add(file, f"line {number}", f"expected {1 + width} tab-separated fields, found {len(parts)}")
            continue
        if not _FEATURE.fullmatch(parts[0]):
            problems.add(file, f"line {number}", f"{parts[0]!r} is not a feature (one or two lower-case words)")
            continue
        try:
            values = tuple(_number(p) for p in parts[1:])
        except ValueError:
            problems.add(file, f"line {number}", "has a value that is not a finite number")
            continue
        if values[0] < 1.0:
            problems.add(file, f"line {number}", "q (the idf squared) must be at least 1")
            continue
        if parts[0] in table:
            problems.add(file, f"line {number}", f"feature {parts[0]!r} is listed twice")
            continue
        table[parts[0]] = values
    if meta.get("version") != [str(MODEL_VERSION)]:
        problems.add(file, "@version", f"must be {MODEL_VERSION} (retrain with `python -m bot.safety.train`)")
    classes = tuple(meta.get("classes") or ())
    if not classes or len(set(classes)) != len(classes):
        problems.add(file, "@classes", "must list the crisis categories, each once")
    numbers: dict[str, float] = {}
    for key in ("bias", "threshold"):
        given = meta.get(key)
        if given is None:
            problems.add(file, f"@{key}", "is missing")
            continue
        try:
            (numbers[key],) = (_number(v) for v in given)
        except ValueError:
            problems.add(file, f"@{key}", "must be one finite number")
    try:
        class_bias = tuple(_number(v) for v in meta.get("class_bias", []))
    except ValueError:
        problems.add(file, "@class_bias", "must be finite numbers")
        class_bias = ()
    if len(class_bias) != len(classes):
        problems.add(file, "@class_bias", f"must have one number per class ({len(classes)})")
    min_words = 1
    if "min_words" in meta:
        raw = meta["min_words"]
        if len(raw) != 1 or not raw[0].isdigit() or int(raw[0]) < 1:
            problems.add(file, "@min_words", "must be one whole number, at least 1")
        else:
            min_words = int(raw[0])
    if "bias" in numbers and "threshold" in numbers and numbers["bias"] >= numbers["threshold"]:
        problems.add(file, "@bias", "must be below @threshold (or every message would be flagged)")
    if not table:
        problems.add(file, "(file)", "has no features")
    if len(problems) > before:
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Model(classes, numbers["bias"], class_bias, numbers["threshold"], table, digest, min_words=min_words)


def load(file: Path, categories: Iterable[str], problems: Problems) -> Model | None:
    """``content/safety/model.tsv`` is optional: no file, no third tier."""
    if not file.is_file():
        return None
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.add(file, "(file)", "is not UTF-8 text")
        return None
    except OSError as exc:
        problems.add(file, "(file)", f"cannot read: {exc.strerror}")
        return None
    model = parse(text, file, problems)
    if model is not None:
        known = set(categories)
        unknown = [c for c in model.classes if c not in known]
        if unknown:
            problems.add(file, "@classes", f"not lexicon categories: {', '.join(unknown)}")
            return None
    return model


def dump(model: Model) -> str:
    """The file text for ``model``, features sorted. The flag score's numbers (bias,
    threshold, q, a) have 8 significant digits (the trainer checks the written scores
    against scikit-learn); the category columns 5, which only ever pick the largest of five
    sums and keep the file under 2 MB."""
    lines = [
        HEADER.rstrip("\n"),
        f"@version\t{MODEL_VERSION}",
        "@classes\t" + "\t".join(model.classes),
        f"@bias\t{model.bias:.8g}",
        "@class_bias\t" + "\t".join(f"{b:.5g}" for b in model.class_bias),
        f"@threshold\t{model.threshold:.8g}",
        f"@min_words\t{model.min_words}",
    ]
    for feature in sorted(model.table):
        q, a, *classes = model.table[feature]
        lines.append("\t".join([feature, f"{q:.8g}", f"{a:.8g}", *(f"{c:.5g}" for c in classes)]))
    return "\n".join(lines) + "\n"
