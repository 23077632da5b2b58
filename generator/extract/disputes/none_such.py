"""Denials that name what they deny only by "such" or "that": "We never received any such
letter" after "the ministry said it had written to them", "No such meeting took place",
"That never happened".

A claim denies "such" a thing when the noun "such" qualifies is negated ("no such
letter", "never received any such letter"), and denies "that" when a pointer is the
subject of a negated "happen" ("That never happened", "it did not occur").  It answers
the claim by another side just before it (its paragraph or the one before), preferring
the latest one that names the same thing.  Only the claims of those few paragraphs are
looked at.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import hypothetical, key, negated_token

WINDOW = 1  # paragraphs before the denial in which it looks for what it denies
_HAPPEN = frozenset({"happen", "occur", "exist"})
_POINTING = frozenset({"that", "this", "it", "which"})
# "it wouldn't happen if ...": a forecast, not a denial of what was said to have happened
_MODALS = frozenset({"would", "will", "could", "might", "may", "can", "should", "wo", "'d"})


def denied(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    for n, reading in enumerate(readings):
        if reading.mutual:
            continue
        found = denial(reading)
        if found is None:
            continue
        phrase, thing = found
        before = []
        for other in reversed(readings[:n]):
            if reading.paragraph - other.paragraph > WINDOW:
                break
            if not other.mutual and other.answer is None and opposed(other, reading):
                before.append(other)
        if not before:
            continue
        naming = [o for o in before if thing and thing in o.words]
        target = (naming or before)[0]
        yield target, reading, f"denies: “{phrase}”"


def denial(reading: Reading) -> tuple[str, str] | None:
    """The words of a "no such" or "that never happened" denial and the key of the thing
    denied ("letter"; "" for "that"), or None."""
    for token in reading.span or ():
        low = token.lower_
        if low == "such" and token.dep_ in ("amod", "det", "predet") and _any(token):
            noun = token.head
            if noun.pos_ == "NOUN" and _denied(noun) and not hypothetical(noun):
                return f"no such {noun.text}", key(noun)
        elif token.lemma_.lower() in _HAPPEN and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in _POINTING and negated_token(token):
                modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)
                if not (modal or hypothetical(token) or token.dep_ in ("relcl", "advcl")):
                    return token.doc[subject.i : token.i + 1].text, ""
    return None


def _denied(noun: Token) -> bool:
    """ "no such letter", "never received any such letter", "there was not such a
    meeting": the noun or the verb it hangs from is negated."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return (head.i != noun.i and negated_token(head)) or negated_token(noun)


def _any(such: Token) -> bool:
    """ "no such letter", "any such letter": not "should not have to make such choices"."""
    before = such.doc[such.i - 1] if such.i > 0 else None
    return before is not None and before.lower_ in ("no", "any")
