"""Train the crisis detector's third tier (bot/safety/model.py) from labelled messages.

    python -m bot.safety.train [--out content/safety/model.tsv] [--check]

Needs the ``train`` extra (scikit-learn), which the bot itself does not: the bot only reads
the numbers this writes. Reads every labelled message in ``tests/unit/safety_labelled.py``
but the batches in HELD_OUT (crisis categories against everything else). Deterministic: the same messages give the
same file (up to the last digits between machines). ``--check`` writes nothing and fails
if the shipped file differs from a fresh training run (a slow test runs it).

The threshold: five-fold cross-validation scores every training message by a model that
did not see it; the threshold is the 98th percentile of those scores over ordinary support
talk (rounded up), so at most 2 % of support messages like the ones we have would pass
the model alone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content.problems import Problems
from bot.safety.model import Model, different_words, dump, features, parse

CRISIS = ("suicidal", "self_harm", "abuse", "substance", "other_at_risk")
SUPPORT_PASS = 0.02  # share of cross-validated support messages the model alone may flag
C_FLAG = 30.0  # inverse regularisation strength of both models (chosen on blind batch b9)
C_CATEGORY = 30.0
MIN_DF = 2  # a feature must occur in at least two messages
# The model never flags a message with fewer different words (see model.py): its threshold
# is set on the support messages it will actually score.
MIN_WORDS = 4
MAX_ERROR = 1e-5  # largest allowed |score from the written file - scikit-learn's score|


@dataclass(frozen=True, slots=True)
class Report:
    messages: int
    crisis: int
    features: int
    cv_recall: float  # crisis messages the model alone flags, cross-validated
    cv_support: float  # support messages it flags (about SUPPORT_PASS by construction)
    cv_hard: float  # hard negatives (idiom, media, educational, past, negation) it flags
    max_error: float  # largest |score from the written file - scikit-learn's score| over the messages


def _sklearn() -> Any:
    try:
        import numpy
        import sklearn.feature_extraction.text
        import sklearn.linear_model
        import sklearn.model_selection
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("Training needs scikit-learn: pip install -e '.[train]' (the bot itself does not).") from exc
    return numpy, sklearn


def train(norms: Sequence[str], labels: Sequence[str], *, cv: bool = True) -> tuple[Model, Report]:
    """Fit both models on messages already in the detector's matching form. ``labels``: a
    crisis category or any other label (negative). Without ``cv`` the threshold is 0 (for
    tests that only check the arithmetic)."""
    numpy, sklearn = _sklearn()
    texts = list(norms)
    vectoriser = sklearn.feature_extraction.text.TfidfVectorizer(
        analyzer=lambda t: sorted(features(t)), binary=True, min_df=MIN_DF, norm="l2", use_idf=True, smooth_idf=True
    )
    x = vectoriser.fit_transform(texts)
    is_crisis = numpy.array([label in CRISIS for label in labels])
    flag = sklearn.linear_model.LogisticRegression(C=C_FLAG, max_iter=5000, class_weight="balanced")
    flag.fit(x, is_crisis)
    crisis_rows = numpy.flatnonzero(is_crisis)
    classes = tuple(c for c in CRISIS if c in {labels[i] for i in crisis_rows})
    category = sklearn.linear_model.LogisticRegression(C=C_CATEGORY, max_iter=5000, class_weight="balanced")
    category.fit(x[crisis_rows], [labels[i] for i in crisis_rows])
    order = [list(category.classes_).index(c) for c in classes]
    if len(category.classes_) == 2:  # binary: scikit-learn keeps one row, for the second class
        coef = numpy.vstack([-category.coef_[0], category.coef_[0]])
        intercept = numpy.array([-category.intercept_[0], category.intercept_[0]])
    else:
        coef, intercept = category.coef_, category.intercept_

    scored = numpy.array([different_words(t) >= MIN_WORDS for t in texts])
    support = numpy.array([label == "support" for label in labels])
    hard = ~is_crisis & ~support
    threshold, cv_recall, cv_support, cv_hard = 0.0, 0.0, 0.0, 0.0
    if cv:
        folds = sklearn.model_selection.StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        scores = sklearn.model_selection.cross_val_predict(flag, x, is_crisis, cv=folds, method="decision_function")
        if (support & scored).any():
            threshold = float(numpy.quantile(scores[support & scored], 1.0 - SUPPORT_PASS, method="higher"))
        passed = (scores > threshold) & scored
        cv_recall = float(passed[is_crisis].mean())
        cv_support = float(passed[support].mean()) if support.any() else 0.0
        cv_hard = float(passed[hard].mean()) if hard.any() else 0.0

    idf = vectoriser.idf_
    table: dict[str, tuple[float, ...]] = {}
    for feature, column in vectoriser.vocabulary_.items():
        weight = idf[column]
        table[feature] = (
            float(weight * weight),
            float(weight * flag.coef_[0][column]),
            *(float(weight * coef[k][column]) for k in order),
        )
    model = Model(
        classes,
        float(flag.intercept_[0]),
        tuple(float(intercept[k]) for k in order),
        threshold,
        table,
        min_words=MIN_WORDS,
    )
    # Checked as the bot will read it: the written file, its numbers rounded to 8 digits.
    written = parse(dump(model), "model.tsv", Problems()) if cv else model
    reference = flag.decision_function(x)
    max_error = max(
        (abs((written or model).score(t) - r) for t, r in zip(texts, reference, strict=True)), default=0.0
    )
    if written is None:
        max_error = float("inf")
    report = Report(len(texts), int(is_crisis.sum()), len(table), cv_recall, cv_support, cv_hard, float(max_error))
    return model, report


def differs(a: Model, b: Model, tolerance: float = 1e-4) -> str:
    """Why two models differ ('' when they are the same up to ``tolerance``, relative): the
    numbers may differ in the last digits between machines' maths libraries."""

    def close(x: float, y: float) -> bool:
        return abs(x - y) <= tolerance * max(1.0, abs(x), abs(y))

    if a.classes != b.classes:
        return "different classes"
    if a.table.keys() != b.table.keys():
        return f"different features ({len(a.table.keys() ^ b.table.keys())} not in both)"
    if not (close(a.bias, b.bias) and close(a.threshold, b.threshold)):
        return "different bias or threshold"
    if a.min_words != b.min_words:
        return "different min_words"
    if not all(close(x, y) for x, y in zip(a.class_bias, b.class_bias, strict=True)):
        return "different class biases"
    for feature, values in a.table.items():
        if not all(close(x, y) for x, y in zip(values, b.table[feature], strict=True)):
            return f"different weights for {feature!r}"
    return ""


# Labelled batches kept out of training, so the tests keep an estimate on messages the
# model never saw (see tests/unit/test_safety_cues.py).
HELD_OUT = ("b22", "b23", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43")


def labelled_messages(root: Path) -> list[tuple[str, str]]:
    """(label, message) pairs from the repository's labelled set, without HELD_OUT."""
    sys.path.insert(0, str(root))
    try:
        from tests.unit import safety_labelled
    finally:
        sys.path.remove(str(root))
    pairs = list(safety_labelled.examples())
    for half in safety_labelled.halves():
        if half not in HELD_OUT:
            pairs += safety_labelled.cue_batch(half)
    return pairs


def matching_norms(root: Path, messages: Sequence[str]) -> list[str]:
    """The messages in the detector's matching form, with the shipped slang table."""
    from bot.content import safety as safety_content
    from bot.safety.normalise import Normaliser

    problems = Problems(root / "content")
    lexicon = safety_content.load(root / "content" / "safety", problems).lexicon
    if problems:
        raise SystemExit("content/safety has problems:\n" + "\n".join(problems.lines))
    normaliser = Normaliser(dict(lexicon.slang))
    return [normaliser.matching_text(m) for m in messages]


def _say(text: str, *, error: bool = False) -> None:
    """Command-line output (this module is a tool; the bot itself logs)."""
    (sys.stderr if error else sys.stdout).write(text + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(prog="python -m bot.safety.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=root / "content" / "safety" / "model.tsv")
    parser.add_argument("--check", action="store_true", help="fail if --out differs from a fresh run")
    args = parser.parse_args(argv)
    pairs = labelled_messages(root)
    norms = matching_norms(root, [m for _, m in pairs])
    # Messages that read the same once normalised count once (the first label wins), so no
    # copy sits on both sides of a cross-validation split.
    unique: dict[str, str] = {}
    for (label, _), norm in zip(pairs, norms, strict=True):
        unique.setdefault(norm, label)
    model, report = train(list(unique), list(unique.values()))
    _say(
        f"{report.messages} messages ({report.crisis} crisis), {report.features} features; "
        f"cross-validated, the model alone flags {report.cv_recall:.1%} of crisis messages, "
        f"{report.cv_support:.1%} of support talk and {report.cv_hard:.1%} of hard negatives; "
        f"threshold {model.threshold:.3f}; largest score difference from scikit-learn {report.max_error:.1e}"
    )
    if report.max_error > MAX_ERROR:
        _say(f"the written model scores unlike scikit-learn's ({report.max_error:.1e}): not written", error=True)
        return 1
    if args.check:
        return check(args.out, model)
    args.out.write_text(dump(model), encoding="utf-8")
    _say(f"wrote {args.out}")
    return 0


def check(path: Path, model: Model) -> int:
    """``--check``: 0 when the model file at ``path`` is ``model`` (freshly trained), else
    1 with what differs."""
    problems = Problems()
    shipped = parse(path.read_text(encoding="utf-8"), path, problems) if path.is_file() else None
    difference = "it is missing or has problems" if shipped is None else differs(shipped, model)
    if difference:
        _say(f"{path} is not what training gives now ({difference}): run `python -m bot.safety.train`", error=True)
        return 1
    _say(f"{path} is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
