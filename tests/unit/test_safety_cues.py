"""The cue tier (bot/safety/cues.py): its pattern language, exclusions, and the combined
pipeline (phrase pass, then cues when the phrase pass finds nothing) on the labelled sets."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from bot.content.safety import SafetyContent
from bot.safety.cues import CueDetector, CueError, CueExclusion, CueRule, compile_pattern, required_words
from bot.safety.detector import CrisisDetector
from tests.unit.safety_labelled import CRISIS, cue_batch, examples, halves

CONTENT = Path(__file__).resolve().parents[2] / "content"
HARD_NEGATIVES = ("idiom", "media", "educational", "past", "negation")


@pytest.fixture(scope="module")
def phrases(loaded: SafetyContent) -> CrisisDetector:
    """The phrase pass alone (no cue tier, no model), to see what the cue tier adds."""
    return CrisisDetector.from_content(dataclasses.replace(loaded, cues=None, model=None))


@pytest.fixture(scope="module")
def detector(loaded: SafetyContent) -> CrisisDetector:
    """The shipped detector: phrase pass, then the cue tier for messages it left alone, then
    the learned model (bot/safety/model.py)."""
    return CrisisDetector.from_content(loaded)


@pytest.fixture(scope="module")
def cues(loaded: SafetyContent) -> CueDetector:
    return CueDetector.from_content(loaded)


def rates(detector: CrisisDetector, pairs: list[tuple[str, str]]) -> tuple[Counter[str], Counter[str], int]:
    flagged: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    right = 0
    for label, text in pairs:
        found = detector.detect(text)
        totals[label] += 1
        flagged[label] += found is not None
        right += found is not None and found.category == label
    return flagged, totals, right


def small(rules: list[tuple[str, str]], exclusions: list[CueExclusion] | None = None) -> CueDetector:
    sets = {"DEATH": ("die", "(end|ending) (it|my life) $", "not wake up"), "WANT": ("want to", "(wish|hope)")}
    return CueDetector([CueRule(category, pattern) for category, pattern in rules], sets, exclusions)


def detect(detector: CueDetector, normalised: str) -> str | None:
    found = detector.detect(normalised)
    return found[0] if found else None


# --- the pattern language --------------------------------------------------------------


def test_cues_rule_matches_words_with_gaps_inside_one_clause() -> None:
    detector = small([("suicidal", "i ~3 {WANT} ... {DEATH}")])
    assert detect(detector, " i really just want to die") == "suicidal"
    assert detect(detector, " i hope i do not wake up") == "suicidal"
    assert detect(detector, " i want to die") == "suicidal"
    # A gap never crosses a comma or a sentence mark.
    assert detect(detector, " i want to, die") is None
    assert detect(detector, " i want to. die") is None
    # Too many words in between.
    assert detect(detector, " i want to go out and have fun and never die") is None


def test_cues_clause_end_and_optional_groups() -> None:
    detector = small([("suicidal", "(so )?ready to {DEATH}")])
    assert detect(detector, " so ready to end it") == "suicidal"
    assert detect(detector, " ready to end it. tomorrow") == "suicidal"
    assert detect(detector, " ready to end it with him") is None  # "$": the clause must end there


def test_cues_words_match_squeezed_or_stretched_text() -> None:
    detector = small([("self_harm", "need to bleed")])
    for text in (" need to bleed", " ned to bled", " neeeed to bleeeeed"):
        assert detect(detector, text) == "self_harm", text


def test_cues_stem_and_number_tokens() -> None:
    detector = small([("substance", "took # (pill*|tablets)")])
    assert detect(detector, " i took 30 pills") == "substance"
    assert detect(detector, " took 12 pillz") == "substance"
    assert detect(detector, " took many pills") is None


def test_cues_span_is_the_match_in_the_normalised_text() -> None:
    detector = small([("suicidal", "i ~2 {WANT} {DEATH}")])
    text = " ugh. honestly i want to die tonight"
    found = detector.detect(text)
    assert found is not None
    category, start, end = found
    assert (category, text[start:end]) == ("suicidal", "i want to die")


def test_cues_leftmost_match_wins_across_rules() -> None:
    detector = small([("suicidal", "want to die"), ("self_harm", "need to bleed")])
    found = detector.detect(" i need to bleed and i want to die")
    assert found is not None and found[0] == "self_harm"


@pytest.mark.parametrize(
    "pattern", ["(a|b", "a)", "{MISSING} word", "| a", "? a", "a % b", "(a|) b", "(|a) b", "x () y", "(a||b)"]
)
def test_cues_bad_patterns_are_errors(pattern: str) -> None:
    with pytest.raises(CueError):
        compile_pattern(pattern, {})


def test_cues_required_words_are_the_rare_elements() -> None:
    required = required_words("i ~3 {WANT} ... {DEATH}", {"WANT": ("want to", "wish"), "DEATH": ("die", "end it")})
    assert frozenset({"die", "end"}) in required and frozenset({"want", "wish"}) in required
    assert required[-1] == frozenset({"i"})  # the common word is the last resort


# --- exclusions ------------------------------------------------------------------------


def test_cues_clause_exclusion_cancels_only_its_clause() -> None:
    detector = small(
        [("suicidal", "{WANT} {DEATH}")],
        [CueExclusion("negation", "clause", ("not want",))],
    )
    assert detect(detector, " i do not want to die") is None
    assert detect(detector, " i do not want pizza, i want to die") == "suicidal"


def test_cues_message_exclusion_and_category_limits() -> None:
    detector = small(
        [("suicidal", "{WANT} {DEATH}"), ("abuse", "he hits me")],
        [CueExclusion("joke", "message", ("lol",), frozenset({"suicidal"}))],
    )
    assert detect(detector, " i want to die. that was so cringe lol") is None
    assert detect(detector, " he hits me lol") == "abuse"  # jokes never hide abuse


def test_cues_a_later_match_is_found_when_the_first_is_excluded() -> None:
    detector = small(
        [("suicidal", "{WANT} {DEATH}")],
        [CueExclusion("media", "clause", ("game",))],
    )
    assert detect(detector, " in the game i want to die, honestly i wish die") == "suicidal"


def test_cues_a_match_of_no_word_is_not_a_detection() -> None:
    """An alternative that is only ``$`` lets a rule match the spaces before a clause end and
    nothing else; that must neither count nor break mapping the span back."""
    detector = CueDetector([CueRule("suicidal", "(goodbye|$)")])
    assert detector.detect(" all fine here but ") is None
    found = detector.detect(" ok. goodbye everyone")
    assert found is not None and found[1:] == (5, 12)
    text = " ok. goodbye everyone"
    assert detector.detect(text, data=text.encode("ascii")) == found  # RE2 finding the starts


def test_cues_commas_end_clauses_in_the_detectors_matching_form() -> None:
    """The detector's matching form writes commas as tabs (normalise.py). A tab ends a
    clause like a comma does: for ``$`` and for clause exclusions."""
    from bot.safety.normalise import Normaliser

    detector = CueDetector(
        [CueRule("suicidal", "i want to disappear $")], {}, [CueExclusion("negation", "clause", ("not really",))]
    )
    normaliser = Normaliser({})

    def found(text: str) -> bool:
        return detector.detect(normaliser.normalise(text, matching=True).text) is not None

    assert found("i want to disappear, honestly") and found("i want to disappear. honestly")
    assert found("not really, i want to disappear")  # the exclusion is in another clause
    assert not found("i'm not really sure i want to disappear")  # ... and here in the same one


def test_cues_empty_detector_finds_nothing() -> None:
    assert CueDetector([]).detect(" i want to die") is None


# --- the shipped cues ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i keep praying i just dont wake up", "suicidal"),
        ("whats even the point of living anymore", "suicidal"),
        ("i have a blade and i keep thinking about using it", "self_harm"),
        ("i picked at my scabs on purpose till they bled", "self_harm"),
        ("im hiding in the closet, no wait, im hiding in the closet hes yelling outside", "abuse"),
        ("i swallowed like 25 of my sleeping pills", "substance"),
        ("my roommate said she has a plan to kill herself", "other_at_risk"),
    ],
)
def test_cues_shipped_rules_catch_new_phrasings(
    phrases: CrisisDetector, cues: CueDetector, text: str, category: str
) -> None:
    found = cues.detect(phrases.normaliser.normalise(text).text)
    assert found is not None and found[0] == category, text


@pytest.mark.parametrize(
    "text",
    [
        "i'm not going to hurt myself, i just need to vent",
        "i used to want to die every day back in high school",
        "what should i say if someone tells me they want to die",
        "my character wants to die in the last chapter",
        "i want to die lol this meme",
        "my mom is gonna kill me when she sees my grades",
        "i took my two pills this morning as prescribed",
    ],
)
def test_cues_shipped_exclusions_hold(phrases: CrisisDetector, cues: CueDetector, text: str) -> None:
    assert cues.detect(phrases.normaliser.normalise(text).text) is None, text


def test_cues_span_maps_back_to_the_members_words(phrases: CrisisDetector, cues: CueDetector) -> None:
    text = "Honestly... I keep PRAYING i just don't wake up"
    tracked = phrases.normaliser.normalise(text, track=True)
    found = cues.detect(tracked.text)
    assert found is not None
    start, end = tracked.original_span(found[1], found[2])
    assert text[start:end].lower().startswith("i keep praying") and text[start:end].endswith("wake up")


# --- the combined pipeline on the labelled sets ----------------------------------------


def test_cues_batch_is_split_and_balanced() -> None:
    dev, test = cue_batch("dev"), cue_batch("test")
    later = sum(len(cue_batch(name)) for name in halves() if name not in ("dev", "test"))
    assert halves()[:9] == ["dev", "test", "b3", "b4", "b5", "b6", "b7", "b8", "b9"]
    assert len(dev) + len(test) + later == len(cue_batch())
    for half in (dev, test):
        counts = Counter(label for label, _ in half)
        assert sum(counts[c] for c in CRISIS) >= 125
        assert sum(n for label, n in counts.items() if label not in CRISIS) >= 200
        assert min(counts[c] for c in CRISIS) >= 25
    assert not {t for _, t in dev} & {t for _, t in test}


# Honest held-out figures (each set measured once, before any tuning on it), phrase pass as
# committed in d038f80 -> phrase pass + cue tier:
#   test half (128 crisis, 204 negatives): recall 0.664 -> 0.797.
#   batch three (105 crisis, 139 negatives): recall 0.638 -> 0.752; support FP 6.8% (phrase
#   pass), hard negatives 10% (8/80) before and after.
#   batch four (105 crisis, 140 negatives): recall 0.648 -> 0.724; support FP 0% -> 0%,
#   hard negatives 7.5% (6/80) -> 6.3% (5/80).
#   batch five (80 crisis, 120 negatives; NOT tuned on): recall 0.688 -> 0.838; support FP
#   0/45 both; hard negatives 9.1% (5/55) -> 7.3% (4/55), all from the phrase pass.
#   Pooled over the four held-out measurements (418 crisis): 0.658 -> 0.775.
#   batch six (65 crisis, 67 negatives; written in a later session, NOT tuned on; 8 lines
#   that repeated earlier sets word for word removed before measuring): recall 0.892
#   (58/65), right category 0.862; support FP 0/30; hard negatives 2.7% (1/37). The next
#   round's brief then quoted four of its misses, so b6 is no longer a held-out set.
#   batch seven (84 crisis, 82 negatives; written BLIND by a separate writer who saw no
#   lexicon, rule or earlier batch; measured once): recall 0.583 (49/84), right category
#   0.536; support FP 1/42 (2.4%); hard negatives 3/40 (7.5%). Far below the batches I wrote
#   myself: they shared my phrasing.
#   batch eight (95 crisis, 92 negatives; blind, a second writer): recall 0.358 (34/95), right
#   category 0.326; support FP 1/47; hard negatives 6/45.
#   batch nine (90 crisis, 111 negatives; blind, a third writer; NOT tuned on): recall 0.522
#   (47/90), right category 0.444; support FP 2/61 (1/61 after the b8 round); hard negatives
#   4/50. Tuning on b7 and then b8 lifted those two to 0.96 and 0.74 but b9 not at all: the
#   rules learn the families they are shown, not new phrasings. Pooled blind figure (b7, b8,
#   b9, each before tuning): 130/269 = 0.483. These are the figures to believe.
#   Then a learned third tier (bot/safety/model.py), trained on the labelled set:
#   batches ten and eleven (105 crisis each; blind, two more writers), measured once with
#   the rules and with the model as first trained (up to b9): recall 0.448 -> 0.590 and
#   0.467 -> 0.610; support FP 0/62 and 0/61 both ways; hard negatives 6/53 each, unchanged.
#   batches twelve and thirteen (101 and 100 crisis; blind), measured once with the model
#   trained on everything up to b11 plus six training batches (t1-t3, n1-n3): rules 0.455 and
#   0.500 -> all three tiers 0.733 and 0.740 (pooled 148/201 = 0.736); right category 0.673
#   and 0.670; support FP 0/59 and 0/60; hard negatives 6/50 -> 8/50 and 1/50 -> 1/50.
#   batches fourteen and fifteen (102 and 100 crisis; blind), measured once at the end of
#   that session (model trained on everything up to b13 plus t1-t6 and n1-n3; new exclusions
#   for past, questions, denials and jokes): the previous stop's detector 0.392 and 0.430;
#   now 0.794 and 0.830 (pooled 164/202 = 0.812), right category 0.755 and 0.770; support FP
#   0/60 and 3/60 (2/60 from the rules, as before); hard negatives 3/50 -> 1/50, 4/50 -> 3/50.
#   batches sixteen and seventeen (100 crisis each; blind), measured once after two more
#   training batches (t7, t8) and reading star-censored words: the previous stop's detector
#   0.390 and 0.350; now 0.830 and 0.890 (pooled 172/200 = 0.860), right category 0.770 and
#   0.840; support FP 0/60 and 0/62; hard negatives 4/52 -> 2/52, 3/50 -> 2/50.
#   batches eighteen and nineteen (100 crisis each; blind), measured once after three more
#   training batches (t9, t10, n4): the previous stop's detector 0.390 and 0.320; now 0.890
#   and 0.810 (pooled 170/200 = 0.850), right category 0.800 and 0.770; support FP 1/60 ->
#   2/60 and 0/60; hard negatives 3/50 -> 2/50 and 8/50 -> 4/50. More data no longer moved
#   the pooled figure (0.860 the round before): about 0.85 is where this design stands.
#   batches twenty and twenty-one (100 and 101 crisis; blind), measured once with the model
#   trained on everything up to b19, at the shipped threshold and at a 3 % one (decided
#   beforehand: ship 3 % only if pooled support FP stayed at or under 2 %): the previous
#   stop's detector 0.310 and 0.406; now 0.850 and 0.911 (pooled 177/201 = 0.881), support
#   FP 1/60 and 1/60, hard negatives 5/50 and 2/50. At 3 %: 0.900 and 0.960 (187/201 =
#   0.930) but support FP 1/60 and 2/60 (2.5 %), so the threshold stayed at 2 %.
#   batches twenty-two and twenty-three (100 crisis each; blind; a quarter of their lines
#   1-5 words, as in real traffic), measured once after a review made the model skip short
#   messages (min_words 6) and added short-chat training: the previous stop's detector 0.330
#   and 0.360; now 0.730 and 0.770 (pooled 0.750; short crisis lines 28/52); support FP 1/80
#   and 0/80; hard negatives 6/50 -> 3/50 and 3/50 -> 2/50. min_words then went to 4 (the
#   held-out short chat stays at 1/405): 0.818 and 0.845 on these two, no longer blind but
#   still never trained on (bot.safety.train.HELD_OUT).
#   batches forty and forty-one (b24, b25: 100 crisis each; blind; a quarter short, as b22),
#   measured once with stop 10's detector: 0.860 and 0.670 (pooled 153/200 = 0.765; short
#   crisis lines 41/53, longer 112/147); rules alone 0.430 and 0.340; support FP 1/80 and
#   0/80; hard negatives 1/50 and 0/50. Then once, as declared beforehand, with the model
#   retrained on the short training batches t11 and s2: 0.880 and 0.710 (159/200 = 0.795),
#   same false positives. Then trained on.
#   batches forty-two and forty-three (b26: adults in codependency recovery, parents, older
#   people, non-native speakers; b27: a busy general peer server; a quarter short), measured
#   once: stop 10's detector 0.790 and 0.760; the round-8 model with '$' options 0.820 and
#   0.810 (pooled 163/200 = 0.815; short crisis lines 43/54, longer 120/146); rules alone
#   0.410 and 0.390; support FP 0/160; hard negatives 3/100. Then once, as declared
#   beforehand, retrained on t12, t13 and n5: 0.850 and 0.820 (0.835), same false positives;
#   adopted. The same training at a 3 % threshold gave 0.870 and 0.870 with support FP 0/160,
#   but 5/405 held-out short chat lines flagged, over the declared limit of 4: not adopted.
#   Then trained on.
#   batches forty-four and forty-five (b28: partners and adult children of people with
#   addiction; b29: LGBTQ+ young adults and students; a quarter short), measured once: stop
#   10's detector 0.810 and 0.720; round 9's 0.850 and 0.720 (pooled 157/200 = 0.785; short
#   crisis lines 35/51, longer 122/149); rules alone 0.410 and 0.350; support FP 1/160; hard
#   negatives 4/100. Then once, as declared beforehand, retrained on t14 and t15: 0.860 and
#   0.740 (0.800), same false positives, short chat 3/405; adopted. Then trained on.
#   batches forty-six and forty-seven (b30: people leaving controlling relationships and
#   groups; b31: new parents and caregivers; a quarter short), measured once: stop 10's
#   detector 0.840 and 0.670; round 10's 0.870 and 0.710 (pooled 158/200 = 0.790; short
#   crisis lines 44/54, longer 114/146); rules alone 0.340 and 0.340; support FP 0/160; hard
#   negatives 2/50 and 7/50. Then once, as declared beforehand, retrained on t16 and t17:
#   0.870 and 0.720 (0.795), same false positives; adopted. Then trained on; two of b31's
#   rule false positives (a denial, a screening question answered no) became an exclusion.
#   batches forty-eight and forty-nine (b32: a men's peer server, understated; b33: eating-
#   disorder and chronic-illness recovery; a quarter short), measured once: stop 10's
#   detector 0.690 and 0.660; round 11's 0.810 and 0.740 (pooled 155/200 = 0.775); rules
#   alone 0.260 and 0.260; support FP 3/160; hard negatives 8/100. As declared beforehand: a
#   3 % threshold (chosen by leave-one-batch-out) gave 0.800 but 5/160 support FP, over 2 %:
#   rejected; training batches t18/t19 gave 0.770, under 0.775: not adopted. Then trained
#   on; two of b32's rule false positives (a "how do you ask a mate" question, "overdosed on
#   christmas ham") widened two exclusions.
#   batches fifty and fifty-one (b34: a codependency-recovery server; b35: a late-night vent
#   channel; a quarter short), measured once: stop 10's detector 0.740 and 0.760; round 12's
#   0.820 and 0.850 (pooled 167/200 = 0.835; rules alone 0.290 and 0.390); support FP 3/160;
#   hard negatives 6/100. Then once, as declared beforehand, with the flag model's features
#   scaled by naive-Bayes ratios (train.NB_SCALE), same data: 0.840 and 0.870 (171/200 =
#   0.855), support FP 3/160, hard 6/100, held-out short chat 4/405; shipped. Then trained on.
#   (A review then found that the scaling's ratios leaked labels into the cross-validation
#   that sets the threshold: it let 2.9 % of support talk through, not 2 %. Fitted honestly,
#   it found less than the plain model on the never-trained batches, so it was withdrawn;
#   see below.)
#   batches fifty-two and fifty-three (b36: adult children of emotionally immature parents;
#   b37: divorce and breakups; a quarter short), the final check, measured once with the
#   detector as shipped: 0.900 and 0.870 (pooled 177/200 = 0.885; short crisis lines 46/54,
#   longer 131/146); rules alone 0.420 and 0.400; support FP 2/160 (both from the rules);
#   hard negatives 4/100. Stop 10's detector: 0.780 and 0.770. NOT trained on.
#   batches fifty-four and fifty-five (b38: gambling and gaming addiction; b39: neurodivergent
#   adults; a quarter short), a second final check, measured once with the detector as
#   shipped: 0.860 and 0.790 (pooled 165/200 = 0.825; short crisis lines 42/54, longer
#   123/146); rules alone 0.360 and 0.290; support FP 2/160; hard negatives 8/100. Stop 10's
#   detector: 0.820 and 0.730. NOT trained on.
#   b36-b39 were measured with the naive-Bayes-scaled model. After the review, the plain and
#   the honestly scaled models were compared on the six never-trained batches (b22, b23,
#   b36-b39; a rule written first: the higher recall with support FP <= 2 % there): plain
#   516/600 = 0.860, support FP 8/480; honestly scaled 492/600 = 0.820, 3/480. The plain
#   model ships, so b36-b39 are no longer blind for it. Floors below are its figures.
#   batches fifty-six and fifty-seven (b40: an international server, English as a second
#   language; b41: veterans, first responders and their partners; a quarter short), blind
#   round 16, measured once with stop 11's detector (the one shipped here): 0.870 and 0.770
#   (pooled 164/200 = 0.820; short crisis lines 41/54); rules alone 0.430 and 0.230; support
#   FP 1/160; hard negatives 7/100. Training on them lowered recall on the six batches above
#   from 516/600 to 510/600, so they are NOT trained on either: eight held-out batches.
#   batches fifty-eight and fifty-nine (b42: a university students' vent server; b43: a
#   faith-based recovery group), blind round 17, measured once with the detector as shipped
#   at stop 12: 0.870 and 0.880 (pooled 175/200 = 0.875); support FP 0/160; hard negatives
#   4/100. 20 of their lines were word for word in the training set already and are left out
#   here (so these halves are 0.857 and 0.865). NOT trained on: ten held-out batches.
# Every set here has since been tuned on, so the thresholds below guard against regressions;
# they are not estimates of recall on new messages.
@pytest.mark.parametrize("half", ["dev", "test", "b3", "b4"])
def test_cues_combined_pipeline_on_the_cue_batches(detector: CrisisDetector, half: str) -> None:
    flagged, totals, right = rates(detector, cue_batch(half))
    crisis = sum(totals[c] for c in CRISIS)
    recall = sum(flagged[c] for c in CRISIS) / crisis
    assert recall >= 0.95, recall
    assert right / crisis >= 0.90
    for category in CRISIS:
        assert flagged[category] / totals[category] >= 0.85, category
    # dev: 11/537 since round 11's training (t16, t17 teach self-harm code words such as
    # "cat scratches", and dev's support lines were written to share exactly such words).
    assert flagged["support"] / totals["support"] <= (0.025 if half == "dev" else 0.02)
    for negative in HARD_NEGATIVES:
        assert flagged[negative] / totals[negative] <= 0.10, negative


# b41 (held out, left as measured): 5/49 hard negatives flagged, over the 10 % in
# this one batch (three clearly-past lines, a TV storyline, "kill me, my husband discovered
# podcasts"). Over all ten held-out batches it is 26/493 = 5.3 %.
HARD_OVER = {"b41": 5 / 49}


@pytest.mark.parametrize(
    ("half", "floor", "support"),
    [
        ("b5", 0.80, 0.02),
        ("b6", 0.85, 0.02),
        ("b7", 0.90, 0.02),
        ("b8", 0.70, 0.02),
        ("b9", 0.50, 0.02),
        ("b10", 0.90, 0.02),
        ("b11", 0.88, 0.02),
        ("b12", 0.88, 0.02),
        ("b13", 0.88, 0.02),
        ("b14", 0.88, 0.02),
        ("b15", 0.88, 0.05),  # measured 3/60 support FP, blind (2 from the rules)
        ("b16", 0.88, 0.02),
        ("b17", 0.88, 0.02),
        ("b18", 0.88, 0.05),  # measured 2/60 support FP, blind
        ("b19", 0.88, 0.02),
        ("b20", 0.88, 0.02),
        ("b21", 0.88, 0.02),
        ("b22", 0.86, 0.03),  # held out of training; 2/80 support FP with the final model
        ("b23", 0.86, 0.02),  # held out of training
        ("b24", 0.90, 0.02),
        ("b25", 0.90, 0.02),
        ("b26", 0.88, 0.02),
        ("b27", 0.90, 0.02),
        ("b28", 0.90, 0.02),
        ("b29", 0.88, 0.02),  # 0.899 since round 11's training moved borderline lines
        ("b30", 0.92, 0.02),
        ("b31", 0.88, 0.02),
        ("b32", 0.88, 0.02),
        ("b33", 0.92, 0.02),
        ("b34", 0.92, 0.02),
        ("b35", 0.92, 0.02),
        ("b36", 0.87, 0.03),  # held out of training; 2/80 support FP (the rules)
        ("b37", 0.83, 0.02),  # held out of training
        ("b38", 0.82, 0.04),  # held out of training; 3/80 support FP with the final model
        ("b39", 0.75, 0.02),  # held out of training
        ("b40", 0.85, 0.02),  # held out of training; 1/80 support FP
        ("b41", 0.75, 0.02),  # held out of training; see HARD_OVER above
        ("b42", 0.84, 0.02),  # held out of training
        ("b43", 0.84, 0.02),  # held out of training
    ],
)
def test_cues_combined_pipeline_on_the_held_out_batch(
    detector: CrisisDetector, phrases: CrisisDetector, half: str, floor: float, support: float
) -> None:
    """Batches five to forty-three, each measured once before tuning or training on it (the
    figures above). The rules were tuned on b6-b8; the model trains on all but b22, b23,
    b36-b43, so these floors (a little under what is measured now) guard against
    regressions, nothing more. The cue tier and the model must add recall over the phrase
    pass alone."""
    flagged, totals, _ = rates(detector, cue_batch(half))
    phrase_flagged, _, _ = rates(phrases, cue_batch(half))
    assert sum(flagged[c] for c in CRISIS) > sum(phrase_flagged[c] for c in CRISIS)
    recall = sum(flagged[c] for c in CRISIS) / sum(totals[c] for c in CRISIS)
    assert recall >= floor, recall
    assert flagged["support"] / totals["support"] <= support
    hard = sum(flagged[n] for n in HARD_NEGATIVES) / sum(totals[n] for n in HARD_NEGATIVES)
    assert hard <= HARD_OVER.get(half, 0.10), hard


def test_cues_add_no_false_positives_on_the_main_labelled_set(
    phrases: CrisisDetector, detector: CrisisDetector
) -> None:
    cue_only: Counter[str] = Counter()
    for label, text in examples():
        if label in CRISIS or phrases.detect(text) is not None:
            continue
        cue_only[label] += detector.detect(text) is not None
    assert cue_only["support"] == 0, cue_only
    assert sum(cue_only.values()) <= 2, cue_only
