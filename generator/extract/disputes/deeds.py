"""A denial of a deed answers every claim that says the one who denies did it.

"Armenia has accused Turkey of sending mercenaries, a claim which Ankara denies" answers
Armenia, and also "rebel sources said Turkey is sending fighters" and "Russia accused
Turkey of sending terrorists" wherever they stand in the article: each says that Turkey
did the deed it denies (the same verb, Turkey its doer).  "The firm denied dumping waste"
answers "the firm dumped chemicals into the lake" in the same way.

Only a denial by the doer counts (its side is the subject of the verb in the other
claim), only verbs that name a deed (not saying, being or fighting, which the account
rules read), and never a claim of the doer's own side or a mutual accusation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from generator.extract.disputes import words as W
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import LIGHT, key, negated_token


def deeds_denied(
    readings: Sequence[Reading], answered: dict[int, list[Reading]], opposed: Opposed
) -> Iterator[Pair]:
    """(denial, claim, reason) for each claim by another side that says the one who
    denies did what it denies.  ``answered`` holds, for each denial, the claims the
    answer rules found it answers (their words say the deed when the denial only
    points: "a claim which Ankara denies")."""
    for denial in readings:
        if denial.claim.kind != "denial" or denial.mutual or not denial.sides:
            continue
        said = [denial, *answered.get(denial.index, ())]
        done: dict[str, str] = {}  # lemma -> the word as the denial or its claim has it
        for reading in said:
            for token in _deeds(reading, denial.sides, reading is denial):
                done.setdefault(token.lemma_.lower(), token.text)
        if not done:
            continue
        others = [
            r
            for r in readings
            if r.index != denial.index
            and r.answer is None
            and r.claim.kind != "denial"
            and opposed(denial, r)
        ]
        same_verb = []
        for other in others:
            deeds = {t.lemma_.lower() for t in _deeds(other, denial.sides, False)}
            shared = sorted(deeds & done.keys())
            if shared:
                same_verb.append(other)
                yield denial, other, f"{denial.claim.verb} “{done[shared[0]]}” (the same deed)"
        # "Turkey informed the fighters they would guard the border": another deed of the
        # one who denies, done with what it is said to have sent ("sending fighters")
        things = {
            key(t): t.text
            for reading in (*said, *same_verb)
            for t in _objects(reading, denial.sides, reading is denial)
            if key(t) in reading.words
        }
        for other in others:
            if other in same_verb:
                continue
            objects = {key(t) for t in _objects(other, denial.sides, False)}
            same = sorted(objects & things.keys())
            if same:
                yield denial, other, f"{denial.claim.verb} “{things[same[0]]}” (the same deed)"


def _objects(reading: Reading, doer: frozenset[str], own: bool) -> list[Token]:
    """The nouns the doer's deeds are done to: their objects ("sending fighters")."""
    return [
        c
        for verb in _deeds(reading, doer, own)
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
    ]


def _deeds(reading: Reading, doer: frozenset[str], own: bool) -> list[Token]:
    """The deed verbs of a claim whose doer is ``doer``: in a denial's own words any
    verb ("denied sending"), elsewhere a verb not denied whose subject, or whom an
    accusation accuses, is the doer."""
    found = []
    accused = reading.claim.kind == "accusation" and bool(doer & reading.named)
    for token in reading.span or ():
        if not _deed(token) or (not own and negated_token(token)):
            continue
        if own or accused or doer & _subject_sides(reading, token):
            found.append(token)
    return found


def _deed(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "VERB"
        and lemma not in LIGHT
        and lemma not in W.REPORTING
        and lemma not in W.FIGHTING
        and lemma not in W.ANSWER_VERBS
        and lemma not in _NOT_DEEDS
    )


def _subject_sides(reading: Reading, verb: Token) -> frozenset[str]:
    """The sides of the verb's subject, as the reading found its agents."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return frozenset()
    return reading.agents if any(s.pos_ in ("PROPN", "NOUN") for s in subjects) else frozenset()


# Verbs that say nothing of a deed: "want", "need", "try", "continue", "help" (the deed
# is what follows them).
_NOT_DEEDS = frozenset(
    {"want", "need", "try", "continue", "help", "begin", "start", "stop", "seek", "plan",
     "hope", "expect", "believe", "think", "know", "mean", "include", "remain", "allow",
     "support", "back", "deny", "accuse", "claim", "describe", "call"}
)  # fmt: skip
