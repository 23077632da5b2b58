"""Clues to what kind of actor a name is, read from the words around it: "the forces
known as X" (an armed group), "Bismarck, North Dakota" (a place), "Trump said that he"
and "the union's longtime head, Ana Ruiz" (a person)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import gazetteer, lexicon
from generator.extract.source_words import PEOPLE

# nouns for one person a name may be set beside: "the union's head, Ana Ruiz"
# Words that name a body as they stand: "Congress", "Parliament".
_BODY_WORDS = set(lexicon.ORG_HEADS) | {"congress", "senate", "assembly", "knesset", "duma"}
_PERSON_NOUNS = PEOPLE | lexicon.TITLE_HEADS | {"rival", "head", "wife", "husband", "son"}


def armed_group(span: Span) -> bool:
    """The name of an armed group: set beside a noun for fighters ("the Kell Brigades
    militia", "the forces known as Maghawir al Thawra")."""
    root = span.root
    head = root.head
    if head.lower_ == "as" and head.head.lower_ == "known":
        head = head.head.head  # "forces known as X"
    elif head.lower_ in ("called", "named"):
        head = head.head  # "a militia called X"
    near = [head, *(c for c in root.children if c.dep_ == "appos")]
    doc = span.doc
    if span.end < len(doc):
        near.append(doc[span.end])
    return any(t.lower_ in lexicon.ARMED_GROUP_NOUNS for t in near)


def in_a_state(span: Span) -> bool:
    """ "Bismarck, North Dakota", "Odessa, Texas": a town named with its state."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    after = doc[span.end + 1 : span.end + 3]
    if not after or not after[0].text[:1].isupper():
        return False  # "Ted Cruz, the Texas senator"
    return (
        any(
            (found := gazetteer.lookup(after[: k + 1].text)) is not None
            and found[0].kind == "region"
            for k in range(len(after))
        )
        or after[0].text in gazetteer.STATE_ABBREVIATIONS
    )


def referred_to_as_a_person(span: Span) -> bool:
    """A one-word name the sentence goes on to call "he" or "she" ("Trump said earlier
    that he hopes ..."), with no other person named in between; not "the FBI", nor a
    name whose own verb takes the pronoun as its object ("Google fired him")."""
    doc = span.doc
    if span.root.dep_ not in ("nsubj", "nsubjpass") or doc[max(span.start - 1, 0)].lower_ == "the":
        return False
    if span.root.lower_ in _BODY_WORDS:
        return False  # "Congress is unable to act ... his": a body's own name
    for token in doc[span.end : span.sent.end]:
        if token.ent_type_ == "PERSON" or token.ent_type_ == "ORG":
            return False
        if (
            token.lower_ in ("he", "she", "his", "her", "him")
            and _clause_verb(token) != span.root.head
        ):
            return True
    return False


def _clause_verb(token: Token) -> Token:
    """The word a pronoun depends on, past prepositions: "allotted" of "allotted to him"."""
    head = token.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head


def described_as_a_person(span: Span) -> bool:
    """A name of two or three capitalised words set beside a noun for one person: "the
    longtime head of the union, Ana Ruiz", "his rival, Tunde Bello"."""
    root = span.root
    return (
        root.dep_ == "appos"
        and 2 <= len(span) <= 3
        and all(t.text[:1].isupper() and t.is_alpha for t in span)
        and root.head.tag_ == "NN"
        and root.head.lemma_.lower() in _PERSON_NOUNS
        # not "a spokesman for the union leader, Ana Ruiz": the name is the nearer one's
        and not any(
            t.tag_ == "NN" and t.lemma_.lower() in _PERSON_NOUNS
            for t in span.doc[root.head.i + 1 : span.start]
        )
    )
