"""Entity spans widened over the words the tagger left out of a name: a first name
at the start of a sentence ("Ana Lee said" read as "Lee"), a Chinese surname read as
the pronoun "He", an "of" tail ("the Southern District" + "of New York")."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract import gazetteer, lexicon
from generator.extract.names import TITLE_WORDS


def with_first_name(ent: Span) -> Span:
    """A person's name the tagger cut to its surname at the start of a sentence ("Ana
    Lee said" read as "Lee"): widened over the capitalised first word glued to it, when
    that word is no title, place or other name."""
    doc = ent.doc
    if ent.start == 0 or len(ent) != 1:
        return ent
    first = doc[ent.start - 1]
    if ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and (whole := surname_he(ent)):
        return whole
    if ent.label_ != "PERSON":
        return ent
    if (
        first.is_sent_start
        and first.tag_ == "NNP"
        and first.dep_ == "compound"
        and first.head.i == ent.start
        and not first.ent_type_
        and first.text.isalpha()
        and first.text.istitle()
        and first.lower_ not in TITLE_WORDS
        and first.lower_ not in lexicon.NOT_ACTORS
        and gazetteer.lookup(first.text) is None
    ):
        return Span(doc, first.i, ent.end, label=ent.label_)
    return ent


def surname_he(span: Span) -> Span | None:
    """ "He Wenlong said", "He Wenlong, a trader": the whole name of a one-word name
    after a sentence-initial "He", a Chinese surname the tagger reads as the pronoun (a
    pronoun is never followed by a one-word name that then speaks or is described)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].text == "He"
        and doc[span.start - 1].is_sent_start
        and span[0].pos_ == "PROPN"
        and span[0].text.isalpha()
        and span[0].text.istitle()
        and gazetteer.lookup(span.text) is None
        and after is not None
        and (after.text == "," or after.tag_ in ("VBD", "VBZ"))
    ):
        return Span(doc, span.start - 1, span.end, label="PERSON")
    return None


# Heads of names that go on with "of" and a place or body ("the Southern District of New
# York", "the University of Lanmark"), which the tagger may end before "of".
_OF_HEADS = {
    "district", "circuit", "department", "ministry", "university", "office", "council",
    "committee", "commission", "bank", "institute", "college", "church", "board",
    "chamber", "federation", "association", "academy", "museum", "society", "bureau",
    "agency", "court",
}  # fmt: skip
_COMPASS = {"northern", "southern", "eastern", "western", "middle", "central"}


def with_of_tail(ent: Span) -> Span:
    """The entity widened over an "of" tail the tagger cut off: "the Southern District"
    + "of New York" (a district named by its compass point is a court's, and so are its
    prosecutors: an organisation), "the University" + "of Lanmark"."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ not in ("LOC", "ORG", "FAC", "GPE")
        or end + 1 >= len(doc)
        or ent[-1].lower_ not in _OF_HEADS
        or not ent[-1].text[:1].isupper()
        or doc[end].lower_ != "of"
    ):
        return ent
    stop = end + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
        stop += 1
    if stop == end + 1 or doc[stop - 1].head.i != end:
        return ent  # "the European Council of EU leaders": "EU" says whose leaders
    court = ent[-1].lower_ == "district" and any(t.lower_ in _COMPASS for t in ent)
    return Span(doc, ent.start, stop, label="ORG" if court else ent.label_)
