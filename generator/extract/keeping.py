"""Which entries the actor list keeps, and as what.

After the names are read and merged, some entries are not actors of the story: a
weapon's name ("the Oreshnik"), names only in a rail of other stories' headlines, a
state named only in its officials' titles ("Albanian prime minister Edi Rama").  A
state named only by its people ("Palestinians said") is the people, a group.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import entities, gazetteer, lexicon, names
from generator.extract.attribution.forms import speaks
from generator.extract.cast import Entry
from generator.extract.document import ParsedArticle


def drop_weapons(parsed: ParsedArticle, entries: dict[str, Entry], equipment: set[str]) -> None:
    """A name the text uses for a weapon is no actor ("the Oreshnik missile": "the
    Oreshnik" is the missile), unless it speaks ("Boeing said")."""
    for key in [k for k, e in entries.items() if is_equipment(parsed, e, equipment)]:
        if not speaks_somewhere(parsed.doc, entries[key]):
            del entries[key]


def keep_actors(parsed: ParsedArticle, entries: dict[str, Entry], in_titles: set[int]) -> None:
    """Drop the merged entries that are no actors of the story; a state named only by its
    people becomes the people."""
    for key in [k for k, e in entries.items() if only_in_captions(parsed, e)]:
        del entries[key]  # named only under pictures: a rail of other stories' headlines
    for key in [k for k, e in entries.items() if pictured_in(parsed, e)]:
        del entries[key]  # "a selfie in Maras, Turkey": where a picture was taken
    for key in [k for k, e in entries.items() if only_listed(parsed.doc, e)]:
        del entries[key]  # "countries such as A, B and C", "A, B and C counties"
    for key in [k for k, e in entries.items() if only_credited(parsed, e)]:
        del entries[key]  # "By Jane Doe", "Jane Doe contributed reporting", "told CNN's X"
    for entry in entries.values():
        if entry.kind == "person" and owns_local_office(parsed, entry, in_titles):
            entry.kind = "place"  # "Lowford's newly appointed superintendent, Mara Quell"
    owners = {e.owner for e in entries.values() if e.owner}
    for key in [k for k, e in entries.items() if only_in_titles(parsed, e, in_titles)]:
        if key not in owners:  # (a state that owns a ministry named here stays)
            del entries[key]  # "Albanian prime minister Edi Rama": Albania is his, not an actor
    for entry in entries.values():
        as_people(entry)


def speaks_somewhere(doc: Doc, entry: Entry) -> bool:
    """Whether the entry is ever the subject of a verb of saying ("Boeing said"): a
    maker that speaks stays an actor even where its name also names its product."""
    for start, end, _ in entry.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(speaks(t) for t in span):
            return True
    return False


_HEADLINE_WORDS = 15


def is_equipment(parsed: ParsedArticle, entry: Entry, equipment: set[str]) -> bool:
    """The name is a weapon's: read as one at a mention, or written anywhere in the text
    before a noun for equipment ("the hypersonic Oreshnik ballistic missile")."""
    if entry.name in equipment:
        return True
    if entry.kind != "organisation" or " " in entry.name:
        return False
    for start, end in names.standalone(parsed.text, entry.name):
        span = parsed.doc.char_span(start, end)
        if span is not None and entities.names_equipment(span[-1]):
            return True
    return False


def only_in_captions(parsed: ParsedArticle, entry: Entry) -> bool:
    """Every mention of the entry is in a caption that reads as a headline (short, no
    full stop): a rail of other stories' pictures, which the story never names."""
    for start, _, _ in entry.spans:
        paragraph = parsed.paragraph_at(start)
        text = paragraph.text.rstrip()
        if (
            paragraph.kind != "caption"
            or len(text.split()) >= _HEADLINE_WORDS
            or text.rstrip("'\"”’").endswith((".", "!", "?"))
        ):
            return False
    return bool(entry.spans)


def pictured_in(parsed: ParsedArticle, entry: Entry) -> bool:
    """A place named only in photo captions as where the picture was taken ("in Maras,
    Turkey", "near the Kell border district"), which the story itself never names."""
    if entry.kind not in ("place", "country", "region") or not entry.spans:
        return False
    for start, end, _ in entry.spans:
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or parsed.paragraph_at(start).kind != "caption":
            return False
        i = span.start - 1
        while i > 0 and parsed.doc[i].lower_ == "the":
            i -= 1
        before = parsed.doc[i] if i >= 0 else None
        if before is None or not (
            before.lower_ in _WHERE
            or (before.text == "," and i > 0 and parsed.doc[i - 1].pos_ == "PROPN")
        ):
            return False  # "Iran neighbours both": the caption says what Iran does
    return True


_WHERE = {"in", "at", "near", "outside", "over", "from"}


def only_in_titles(parsed: ParsedArticle, entry: Entry, in_titles: set[int]) -> bool:
    """A state or organisation the text names only in the titles of people: the person
    acts, the state or office is their affiliation ("Albanian prime minister Edi Rama",
    "Chinese Foreign Ministry spokesperson Lin Jian")."""
    if entry.kind == "person" or not entry.spans:
        return False
    for start, end, _ in entry.spans:
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.i not in in_titles for t in span):
            return False
    return True


def owns_local_office(parsed: ParsedArticle, entry: Entry, in_titles: set[int]) -> bool:
    """A one-word name written only as whose a town's or county's office is, in a
    person's title ("Lowford's superintendent, Mara Quell"): a place, not a person."""
    if " " in entry.name or entry.role is not None or not entry.spans:
        return False
    doc = parsed.doc
    for start, end, _ in entry.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or doc[span.end].tag_ != "POS":
            return False
        if any(t.i not in in_titles for t in span):
            return False
        after = " ".join(t.lower_ for t in doc[span.end + 1 : span.end + 6])
        if not any(
            re.search(rf"\b{re.escape(office)}\b", after) for office in lexicon.LOCAL_OFFICES
        ):
            return False
    return True


def as_people(entry: Entry) -> None:
    """A state named only by its people ("Palestinians said"): the actor is the people."""
    people = gazetteer.PEOPLES.get(entry.key)
    place = gazetteer.SURFACE.get(entry.name)
    if people is None or place is None:
        return
    demonyms = {d for d in place[0].demonyms} | {d + "s" for d in place[0].demonyms}
    if entry.forms and all(f in demonyms for f in entry.forms):
        entry.name, entry.kind = people, "group"


# "Jane Doe contributed reporting", "Reporting by Jane Doe; Editing by Ann Lee"
_CREDIT_LINE = re.compile(
    r"\bcontributed\b[^.]{0,40}\b(?:reporting|report|story|article)\b"
    r"|\b(?:reporting|editing|writing|research|additional reporting)\s+by\b",
    re.I,
)
# an interviewer named by the outlet they work for: "told CNN's X", "speaking to Fox
# News' X", "in an interview with NBC's X"
_TO_INTERVIEWER = {"told", "tells", "tell", "telling", "to", "with"}


def only_credited(parsed: ParsedArticle, entry: Entry) -> bool:
    """A person named only as a writer of the story (its byline at the top, a credit
    line) or as an outlet's interviewer, who says nothing in it: no actor."""
    if entry.kind != "person" or not entry.spans or speaks_somewhere(parsed.doc, entry):
        return False
    paragraphs = parsed.paragraphs
    for start, end, _ in entry.spans:
        paragraph = parsed.paragraph_at(start)
        index = paragraphs.index(paragraph)
        if paragraph.kind == "byline":
            if index > 0 and paragraphs[index - 1].kind == "heading":
                return False  # a section's correspondent (an analysis box): theirs
            continue
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        sentence = span.sent.text
        if _CREDIT_LINE.search(sentence) and len(sentence.split()) <= 25:
            continue
        if not _interviewer(span):
            return False
    return True


def _interviewer(span: Span) -> bool:
    """ "told CNN's Wolf Brenner": the name after an outlet's possessive after a verb of
    telling or "speaking to"."""
    doc, i = span.doc, span.start
    if i < 3 or doc[i - 1].tag_ != "POS":
        return False
    k = i - 2
    while k > 0 and doc[k].ent_type_ == "ORG" and doc[k - 1].ent_type_ == "ORG":
        k -= 1  # "Fox News'"
    return doc[i - 2].ent_type_ == "ORG" and doc[k - 1].lower_ in _TO_INTERVIEWER


# Plural nouns for places a list of names is of: "countries such as A, B and C", "A, B
# and C counties".
_PLACE_PLURALS = {
    "countries", "nations", "states", "cities", "provinces", "regions", "territories",
    "towns", "counties", "districts", "places", "capitals",
}  # fmt: skip
_LIST_WORDS = {",", "and", "or", "&"}
_LIST_CUES = {("such", "as"), ("including",), ("like",)}


def only_listed(doc: Doc, entry: Entry) -> bool:
    """A place named only as an item of a list of places: "countries such as A, B and
    C", "A, B and C counties" (named in passing, not an actor of the story)."""
    if entry.kind not in ("place", "region", "country") or not entry.spans:
        return False
    for start, end, _ in entry.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        left, right = span.start, span.end
        while left > 0 and (doc[left - 1].pos_ == "PROPN" or doc[left - 1].lower_ in _LIST_WORDS):
            left -= 1
        while right < len(doc) and (doc[right].pos_ == "PROPN" or doc[right].lower_ in _LIST_WORDS):
            right += 1
        items = doc[left:right]
        if not any(t.lower_ in _LIST_WORDS for t in items) or any(speaks(t) for t in span):
            return False
        after = doc[right].lower_ if right < len(doc) else ""
        cue = next(
            (
                c
                for c in _LIST_CUES
                if left >= len(c) + 1 and tuple(t.lower_ for t in doc[left - len(c) : left]) == c
            ),
            None,
        )
        plural = doc[left - len(cue) - 1].lower_ if cue else ""
        if after not in _PLACE_PLURALS and plural not in _PLACE_PLURALS:
            return False
    return True
