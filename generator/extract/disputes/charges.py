"""Answers that name the charges only by a word: "Whitcombe has denied the charges",
"his lawyer said the allegations were false", "Marsh's campaign said the ad is
misleading".

Such an answer names neither the accuser nor what is charged.  It answers every claim
before it (a few paragraphs back at most) by another side that accuses the party the
answer speaks for: a claim by a source that accuses by office ("prosecutors said
Whitcombe took kickbacks"), an accusation, or a deed word of wrong ("dumped", "stole")
whose doer is that party.  The party is the one who answers, or, for a lawyer's or a
spokesman's answer, the one the accusations just before accuse (the client).  Never a
neutral claim about the party ("trustees said the audit would be published"), never a
claim of the party's own side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.disputes import words as W
from generator.extract.disputes.records import Answer, Reading
from generator.extract.disputes.tokens import hypothetical, negated_token

WINDOW = 4  # paragraphs before an answer in which the charges it answers are read
# The words that name charges, said by the one charged: "the charges", "the allegations"
# ("those claims" points at what was just said, whoever it accuses).
CHARGE_WORDS = frozenset(
    {"charge", "charges", "allegation", "allegations", "accusation", "accusations",
     "indictment", "lawsuit", "suit", "complaint", "ad", "ads"}
)  # fmt: skip
# The roles of one who answers for another: "his lawyer said the allegations were false".
FOR_ANOTHER = frozenset(
    {"lawyer", "lawyers", "attorney", "attorneys", "counsel", "solicitor", "barrister",
     "representative", "publicist"}
)  # fmt: skip


def names_charges(spec: Answer) -> bool:
    """Whether an answer names what it answers only as charges: "denied the charges",
    "called the allegations false" (no topic, no owner: "Moscow's claims" is Moscow's)."""
    if spec.owner is not None or spec.possessor or spec.topic - spec.direct:
        return False
    if spec.form == "named":
        return spec.noun in CHARGE_WORDS
    if spec.form == "pointer":
        return any(w in CHARGE_WORDS for w in re.findall(r"[a-z]+", spec.phrase.lower()))
    return False


def accusing(reading: Reading) -> bool:
    """Whether a claim charges someone: an accusation, a claim by a source that accuses
    by office (prosecutors, an indictment, a lawsuit), or a wrong said done."""
    if reading.claim.kind == "accusation":
        return True
    if reading.source_words & W.ACCUSERS:
        return True
    return any(
        t.lemma_.lower() in W.WRONGS
        and t.pos_ in ("VERB", "NOUN")
        and not negated_token(t)
        and not hypothetical(t)
        for t in reading.span or ()
    )


def _accused(reading: Reading) -> frozenset[str]:
    """The sides a charging claim says did it: its doers, or whom an accusation names."""
    found = set(reading.agents | reading.blamed)
    if reading.claim.kind == "accusation" or reading.source_words & W.ACCUSERS:
        found |= reading.named
    return frozenset(found - reading.sides)


def _before(answer: Reading, readings: Sequence[Reading]) -> list[Reading]:
    return [
        r
        for r in readings[: answer.index]
        if answer.paragraph - r.paragraph <= WINDOW
        and r.answer is None
        and not r.mutual
        and accusing(r)
    ]


def parties(answer: Reading, readings: Sequence[Reading]) -> frozenset[str]:
    """The sides an answer speaks for: its own, and for a lawyer the client, whom the
    latest charging claim before it accuses."""
    if not answer.source_words & FOR_ANOTHER:
        return answer.sides
    for other in reversed(_before(answer, readings)):
        accused = _accused(other) - answer.sides
        if accused:
            return answer.sides | accused
    return answer.sides


def charged(answer: Reading, readings: Sequence[Reading], party: frozenset[str]) -> list[Reading]:
    """The charging claims before an answer that accuse the party it speaks for, by
    sides other than the party's."""
    return [r for r in _before(answer, readings) if not (r.sides & party) and _accused(r) & party]


def owned(answer: Reading, spec: Answer, candidates: Sequence[Reading]) -> list[Reading]:
    """ "the Democrats' central allegation has been debunked": when no claim shares its
    words, the charging claims by the side it names (those calling something false too),
    a few paragraphs before it (the latest one, or all for a plural), else after it (a
    lede's "denied Exxon's accusation", told below)."""
    if (spec.owner is None and not spec.possessor) or spec.noun not in W.ACCUSING_NOUNS:
        return []
    found = [  # (the candidates are already the possessor's: "the Democrats' allegation")
        r
        for r in candidates
        if (spec.owner is None or spec.owner in r.sides)
        and abs(answer.paragraph - r.paragraph) <= WINDOW
        and (accusing(r) or (r.answer is not None and bool(r.answer.how)))  # "misleading"
    ]
    before = [r for r in found if r.index < answer.index]
    if before:  # what was said before it; else what the article tells after its lede
        found = before
    return found if spec.plural else found[-1:] if found is before else found[:1]
