"""Content the parse hung in the wrong place, for the verb cues of ``rules``: a that-clause
hung off a noun after the verb ("reported at the time that ...", "told reporters in a
statement that ..."), and the subject of a passive ("was first reported by the Post")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.attribution.cues import SAYING_CIRCUMSTANCES
from generator.extract.attribution.forms import subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


def passive_subject(tok: Token) -> set[int]:
    """ "The story was first reported by the Post": what is reported is the subject."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return set()
    return {i for c in tok.children if c.dep_ == "nsubjpass" for i in subtree(c)}


def that_clause_misparsed(tok: Token) -> set[int]:
    """ "reported at the time that ..." with the clause hung off the wrong word: take
    the words from "that" to the end of the cue's phrase."""
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + 8, tok.right_edge.i)):
        if doc[i].lower_ == "that" and doc[i].dep_ in ("mark", "advmod", "det", "nsubj"):
            if doc[i].dep_ == "det" and doc[i].head.i == i + 1:
                continue
            return set(range(i, tok.right_edge.i + 1))
        if doc[i].is_punct and doc[i].text not in (",",):
            break
    return set()


def told_that(tok: Token) -> set[int]:
    """ "told the Star in a statement that her client ...": the that-clause the parser hung
    off "statement" is what was told (the object of "told" is only whom it was told to)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in SAYING_CIRCUMSTANCES:
                continue
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return subtree(clause)
    return set()
