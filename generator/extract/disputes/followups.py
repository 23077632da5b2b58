"""Follow-ups: the one who answered goes on, in its own words, against the side it
answered.

"Celik denied reports that Ankara had sent fighters. 'Armenia is producing lies against
Turkey,' Celik said."  The second claim names no claim (no "this", no said-noun), so it
answers nothing by itself; but it is the same source, still speaking after its answer, saying
that the side whose claims it answered lies ("producing lies", "a propaganda tool") or
did the wrong itself ("Russia and the regime are blocking them from food"): it answers
what that answer answers, the claims of that side.

Nothing else links by this rule: a falsity word by a source that answered nothing near
it ("'This is all propaganda,' he said"), a follow-up about another side than the one
answered, or one that neither calls anything false nor says the answered side did wrong
("'We will keep our troops there,' Celik said").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Token

from generator.extract.disputes import words as W
from generator.extract.disputes.records import Pair, Reading
from generator.extract.disputes.tokens import calls_false, hypothetical, negated_token, quoted

WINDOW = 2  # paragraphs between the answer and its follow-up, at most, with no other
# source's claim but answers between them (the one who answered is still speaking)


def followed_up(readings: Sequence[Reading], found: Mapping[int, list[Reading]]) -> Iterator[Pair]:
    """(follow-up, answered claim, reason) for each claim by a source that answered a
    paragraph before or after, and now calls the answered side's words false or says
    that side did wrong."""
    answers = [readings[i] for i in sorted(found) if found[i]]
    for reading in readings:
        if reading.answer is not None or reading.mutual:
            continue
        near = [
            a
            for a in answers
            if a.claim.by == reading.claim.by
            and a.index != reading.index
            and abs(a.paragraph - reading.paragraph) <= WINDOW
            and _uninterrupted(readings, a, reading)
        ]
        if not near:
            continue
        falsity = [t for t in reading.span or () if calls_false(t)]
        wrongs = [t for t in reading.span or () if _wrong(t)]
        if falsity:  # "Armenia is producing lies": the side it names
            whose, how = reading.agents | reading.named, f"calling it {quoted(falsity[0])}"
        elif wrongs:  # "Russia and the regime are blocking them": the side that did it
            whose, how = reading.agents, f"blaming them: “{wrongs[0].text}”"
        else:
            continue
        answer = min(near, key=lambda a: (abs(a.index - reading.index), a.index))
        for target in found[answer.index]:
            if target.sides & whose and not target.sides & reading.sides:
                yield reading, target, f"answers again, {how}"


def _uninterrupted(readings: Sequence[Reading], a: Reading, b: Reading) -> bool:
    """Whether every claim between two claims of one source is that source's too, or
    another answer ("X dismissed the claim while Y called it a lie. '...,' X said")."""
    low, high = sorted((a.index, b.index))
    return all(r.claim.by == a.claim.by or r.answer for r in readings[low + 1 : high])


def _wrong(token: Token) -> bool:
    """A wrong its doer is said to do: "are blocking", "attacked" (a verb, said)."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in W.WRONGS
        and not negated_token(token)
        and not hypothetical(token)
    )
