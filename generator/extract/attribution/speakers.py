"""Who says it: the source of a cue, on the dependency parse.

:func:`source_of` finds the subject of a cue verb, or of the verb it hangs off
("..., adding that"), the agent of a passive ("was reported by the Post"), the noun a
participle or relative clause describes ("the council issued a statement calling ...")
and, when the parse gives no subject, the noun phrase right before the cue.  Asides
inside the subject ("Trump, speaking to a veterans group, said") are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.attribution.cues import SPOKEN_DOCUMENTS, VERB_CUES
from generator.extract.attribution.forms import subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


def source_of(tok: Token) -> set[int]:
    """The subject of the cue verb, or of the verb it hangs off ("..., adding that")."""
    node = tok
    for _ in range(4):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children)
        if passive and node is not tok and node.lemma_.lower() in _PERCEIVED:
            # "X can be heard saying", "X was filmed telling": X speaks
            subject = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                return _without_participles(subject)
        if passive:
            for child in node.children:
                if child.dep_ == "agent":
                    return {i for c in child.children if c.dep_ == "pobj" for i in subtree(c)}
            if node is tok:
                # "Though a ceasefire was agreed, both sides ...": a passive cue with no
                # agent names nobody; the subject of the clause it hangs off did not say it
                return set()
        else:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
            own = node is not tok and bool(subjects) and _speakers_own(subjects)
            if subjects and not own:
                # the nearest, when a misparse gives two
                return _without_participles(min(subjects, key=lambda c: abs(c.i - node.i)))
            if own and node.dep_ == "ccomp" and node.head.i != node.i:
                node = node.head  # the quotation's verb hangs off the one who said it
                continue
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            node = node.head.head  # "began by saying", "responded by announcing"
            continue
        if node.dep_ == "acl" and node.tag_ == "VBG" and _issued_document(node.head):
            # "the council issued a statement calling the test a violation": the council
            node = node.head.head
            continue
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = node.head
            return {i for i in subtree(head) if i < node.left_edge.i or i == head.i}
        break
    return _left_noun_phrase(tok)


_PERCEIVED = {"hear", "see", "film", "record", "catch", "show", "overhear", "videotape"}


def _speakers_own(subjects: list[Token]) -> bool:
    """ "'We are pleased,' X said, adding that ...": the "we" of a quotation the cue hangs
    off is the speaker's own word, not the one who adds."""
    return all(s.lower_ in ("i", "we", "you") for s in subjects)


def _issued_document(noun: Token) -> bool:
    """A statement, letter or tweet that is the object of a verb with a subject."""
    return (
        noun.lemma_.lower() in SPOKEN_DOCUMENTS
        and noun.dep_ == "dobj"
        and any(c.dep_ == "nsubj" for c in noun.head.children)
    )


def _without_participles(head: Token) -> set[int]:
    """ "Trump, speaking to a veterans group, said": the source is "Trump"."""
    out = subtree(head)
    doc = head.doc
    for child in head.children:
        aside = child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.i > head.i + 1
        # "Mr. Obama, who emphasized that ...,": a relative clause that holds a claim of
        # its own is that claim's, not part of the source (one token, one role)
        aside = aside or (child.dep_ == "relcl" and _holds_claim(child))
        if aside and child.i > head.i and doc[child.left_edge.i - 1].text in _ASIDE_MARKS:
            out -= subtree(child)
            if doc[child.right_edge.i + 1 : child.right_edge.i + 2].text in _ASIDE_MARKS:
                out.discard(child.right_edge.i + 1)
    return out


def _holds_claim(clause: Token) -> bool:
    """Whether a clause has a cue verb with a clause of its own ("who said that ...")."""
    return any(
        t.lemma_.lower() in VERB_CUES and any(c.dep_ == "ccomp" for c in t.children)
        for t in clause.subtree
    )


_ASIDE_MARKS = {",", "―", "—", "–", "--", "("}


def _left_noun_phrase(tok: Token) -> set[int]:
    """No subject in the parse: the noun phrase right before the cue ("Obama says")."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "neg", "advmod") and not doc[i].is_punct:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN", "PRON") or doc[i].dep_ in ("pobj", "dobj"):
        return set()
    if doc[i].tag_ in ("WP", "WDT"):
        return set()
    start = i
    while (
        start > 0
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART")
        and (doc[start - 1].head.i >= start - 1 and doc[start - 1].head.i <= i)
    ):
        start -= 1
    return set(range(start, i + 1))
