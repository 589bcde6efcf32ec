"""The hard-negative exclusions added to lexicon.toml (the *_more7 tables) and cues.toml
(past_more7, negation_more7, idiom_more7 and their neighbours; the *_more8 tables): clearly-past, question,
denial and joke frames are left alone by the rules, while crisis messages that share their
words (past mixed with present, a denial next to a threat) are still flagged."""

from __future__ import annotations

import dataclasses

import pytest

from bot.content.safety import SafetyContent
from bot.safety.detector import CrisisDetector


@pytest.fixture(scope="module")
def rules(loaded: SafetyContent) -> CrisisDetector:
    """Phrases and cue rules only: the exclusions belong to them, not to the learned model."""
    return CrisisDetector.from_content(dataclasses.replace(loaded, model=None))


# Written for this test in the families' words (not copied from the labelled set).
HARMLESS = [
    # clearly past
    "my stepdad used to lock us in the basement as punishment. i moved out 6 years ago",
    "he used to lock me out and take my keys. i left him in the spring and i'm doing great",
    "my dad beat us growing up. we don't talk now and i'm ok with that",
    "our mom hit us as kids, i forgave her a long time ago",
    "i cut for about 5 years as a teen and i'm proud of how far i've come",
    "i od'd twice in my late teens. life looks very different now",
    "back in my drinking days i overdosed more than once. sober and boring now",
    "past me would have swallowed a bunch of pills over this. present me called a friend",
    "4 yrs ago i tried to end my life and now i'm studying to be a counsellor",
    "there was a time i thought my kids would be better off without me. not anymore",
    "the night i wrote my goodbye letter feels like a different person's life",
    # educational questions
    "is cutting always about wanting to die? trying to understand my cousin",
    "what does chronic suicidal ideation really mean in plain words?",
    "how do you ask someone directly if they're thinking about suicide?",
    "are there hotlines for men being abused by their wives? my uncle won't call a general one",
    "how do i ask a coworker if she's thinking about suicide without scaring her off",
    "what are the warning signs your teen is self harming",
    "how do teachers support students who talk about wanting to die",
    "that anime is basically about grief and dying and i love it",
    "what is the recovery position and when would you use it after an overdose",
    # denials
    "no i'm not cutting again, the marks are from the rose bushes",
    "i haven't hurt myself and i'm not going to, i just needed to vent",
    "he's not hitting me, we just argue a lot and i want advice",
    "it wasn't an overdose, she took her allergy pills twice by mistake",
    "sorry, i wasn't talking about hurting myself, i meant quitting my job",
    "the nurse asked if i was thinking of hurting myself and i said honestly no, just exhausted",
    # jokes and idioms
    "gonna unalive my printer if it eats one more page",
    "i'm gonna kms if this bus is late again",
    "overdosed on halloween candy, send help",
    "overdosed on thanksgiving turkey, cant move lol",
    "goodbye cruel world (until lunch)",
]

# Crisis messages that share the exclusions' words: they must stay flagged by the rules.
CRISIS = [
    "he used to lock me in my room and he locked me in again tonight",
    "my ex used to lock me out and he did it again tonight",
    "i'm not cutting again, i'm going to kill myself tonight",
    "i'm not hurting myself, i'm going to end it tonight",
    "growing up my dad hits me every night",
    "i overdosed in my early 20s and i just took a bunch of pills again",
    "there was a time i was happy and now i want to die",
    "i'm in my first year of uni and i want to die",
    "tonight is the night i planned to do it",
    "when my baby was born everything changed and now i want to die",
    "i put him in the recovery position, he took a bunch of pills",
    "i'm not cutting myself i'm burning myself",
    "i'll kill myself if my dad hits me one more time",
    "he's not hitting me, he's choking me",
    "i didn't mean i want to die, i mean i'm going to kill myself tonight",
    "the nurse asked if i was thinking of hurting myself and i said yes",
    "i wasn't talking about work, i keep thinking about hurting myself",
    "my coworker asked me what was wrong and i told her i'm thinking about suicide",
    "overdosed on my sleeping pills after christmas dinner, i feel so weird",
    "the show is about death, and honestly i want to die tonight",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_exclusions_extra_leave_hard_negatives_alone(rules: CrisisDetector, text: str) -> None:
    found = rules.detect(text)
    assert found is None, (found.category, found.matched) if found else None


@pytest.mark.parametrize("text", CRISIS)
def test_exclusions_extra_keep_crisis_mixed_with_past_or_denial(rules: CrisisDetector, text: str) -> None:
    assert rules.detect(text) is not None
