"""The kind of a tagged name, settled once its mentions are gathered.

The tagger gives a kind at each mention, and the small model reads one-word names of
companies as people or places ("Gannett said", "Netflix has") and acronyms as places
("the NRA"); ``entities.most_read`` counts those readings.  What the article itself says
of the name outweighs them:

- the head noun of the name: "National Rifle Association" is an organisation however its
  acronym was read;
- a noun for a kind of company set before or beside it: "companies such as Gannett",
  "newspaper chains Gannett and GateHouse", "BamTech, a little-known firm";
- a noun for a place beside it, or the people of a place: "Hope, a town in Arkansas",
  "residents of Hope" (a place, where the tagger read a person or a company);
- a one-word name read once as a company that speaks ("Netflix said"), however often
  it was read as a place ("on Netflix");
- the names it is listed with: "Marvel Entertainment, Lucasfilm and BamTech", where the
  others are companies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from generator.extract import gazetteer, lexicon
from generator.extract.attribution.forms import speaks
from generator.extract.document import ParsedArticle

if TYPE_CHECKING:
    from generator.extract.cast import Entry

# Last words of a body's name: an organisation, whatever the tagger read.
_BODY_HEADS = (
    lexicon.INSTITUTION_NOUNS
    | lexicon.NAMED_ORG_NOUNS
    | {"association", "federation", "society", "league", "corporation", "corp", "inc",
       "ltd", "llc", "plc", "co.", "corp.", "inc.", "foundation", "coalition", "caucus",
       "capital", "holdings", "partners", "investments", "airlines", "airways"}
) - {"movement", "faction", "militia"}  # fmt: skip
# Nouns for a kind of company (lemmas): "companies such as X", "the firm X".
_COMPANY_NOUNS = frozenset(
    {"company", "firm", "chain", "outlet", "broadcaster", "publisher", "newspaper", "bank",
     "airline", "carrier", "startup", "start-up", "retailer", "conglomerate", "insurer",
     "automaker", "carmaker", "studio", "manufacturer", "corporation", "network",
     "streamer", "lender", "fund", "subsidiary", "ngo", "organization", "organisation",
     "charity", "nonprofit", "non-profit"}
)  # fmt: skip
# Nouns for a body that name it when they stand right before it: "the advocacy group X".
_BODY_NOUNS_BEFORE = _COMPANY_NOUNS | {
    "group", "tank", "think-tank", "union", "lobby", "agency", "coalition", "foundation",
    "institute",
}  # fmt: skip
_SETTLED = ("person", "place", "organisation")
# Last words of outlets' names: "Fox News", listed with the people it quotes, is no person.
_MEDIA_WORDS = frozenset({"news", "network", "media", "tv", "radio", "times", "post", "press"})
# Nouns for a place: "Hope, a town in Arkansas", "the village of Kell".
_PLACE_NOUNS = frozenset(
    {"town", "city", "village", "hamlet", "county", "suburb", "borough", "township",
     "municipality", "province", "district", "neighbourhood", "neighborhood", "port"}
)  # fmt: skip
# People and offices of a place: "residents of Hope", "Hope's mayor", "Hope residents".
_LOCALS = frozenset({"resident", "mayor", "townspeople", "outskirts", "inhabitant"})
# Where someone works, in their role: "a legal researcher at Al-Haq".
_AT = re.compile(r"\bat (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
_LIST_INTROS = {"like", "including", "include", "includes"}


def settle_kinds(parsed: ParsedArticle, entries: dict[str, Entry]) -> None:
    """Correct the kind of each tagged name where the article says what it is."""
    workplaces = {m.group(1) for e in entries.values() if e.role for m in _AT.finditer(e.role.text)}
    for entry in entries.values():
        if not entry.key.startswith("name:") or entry.kind not in _SETTLED:
            continue
        words = entry.name.split()
        if len(words) == 1 and not entry.role and any(map(_place_named, _spans(parsed, entry))):
            entry.kind = "place"  # "Hope, a town of 9,000"; "residents of Hope"
        elif entry.kind == "organisation" and _listed_as_a_person(parsed, entry):
            entry.kind = "person"  # "Donald Trump, Ben Carson and Carly Fiorina"
        elif entry.kind == "place" and entry.role and "person" in entry.readings:
            entry.kind = "person"  # "Governor Kasich", read as a place elsewhere
        elif entry.kind == "organisation":
            continue
        elif (
            entry.kind == "place"
            and len(words) == 1
            and "organisation" in entry.readings
            and any(speaks(t) for span in _spans(parsed, entry) for t in span)
        ):
            entry.kind = "organisation"  # "on Netflix" and "Netflix said": a company
        elif len(words) >= 2 and words[-1].lower() in _BODY_HEADS and not entry.role:
            entry.kind = "organisation"  # "National Rifle Association" ("the NRA")
        elif (
            entry.kind == "person"
            and len(words) == 1
            and not entry.role
            and (spans := _spans(parsed, entry))
            and all(_names_an_institution(span) for span in spans)
        ):
            entry.kind = "organisation"  # "the Bardo museum": the museum's name
        elif entry.kind == "person" and not entry.role and entry.name in workplaces:
            entry.kind = "organisation"  # "Tahseen Elayyan, a legal researcher at Al-Haq"
        elif not entry.role and any(
            _company_named(span)
            or (len(words) == 1 and entry.kind == "place" and _listed_with_companies(span))
            for span in _spans(parsed, entry)
        ):
            entry.kind = "organisation"  # "companies such as Gannett"


def _place_named(span: Span) -> bool:
    """A noun for a place stands beside the name or governs it: "Hope, a town of 9,000",
    "the town of Hope", "residents of Hope", "Hope residents"."""
    root = span.root
    if any(c.dep_ == "appos" and _place_noun(c) for c in root.children):
        return True
    if root.dep_ == "appos" and _place_noun(root.head):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _place_noun(root.head.head, _LOCALS):
        return True
    return root.dep_ == "compound" and root.head.lemma_.lower() in _LOCALS


def _place_noun(token: Token, more: frozenset[str] = frozenset()) -> bool:
    lemma = token.lemma_.lower()
    return token.text[:1].islower() and (lemma in _PLACE_NOUNS or lemma in more)


def _spans(parsed: ParsedArticle, entry: Entry) -> list[Span]:
    found = []
    for start, end, _ in entry.spans:
        span = parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            found.append(span)
    return found


def _company_noun(token: Token) -> bool:
    return token.lemma_.lower() in _COMPANY_NOUNS and token.text[:1].islower()


def _company_named(span: Span) -> bool:
    """A noun for a company stands before the name or beside it: "the firm Gannett",
    "chains Gannett and GateHouse", "firms such as Alden", "Alden, a hedge fund"."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # the first name of a list: "Gannett and GateHouse"
    if first.dep_ == "appos" and _company_noun(first.head):
        return True
    if any(c.dep_ == "appos" and _company_noun(c) for c in (*span.root.children, *first.children)):
        return True
    k = first.left_edge.i if first.i != span.root.i else span.start
    if k >= 2 and doc[k - 1].lower_ == "as" and doc[k - 2].lower_ == "such":
        k -= 2
    elif k >= 1 and doc[k - 1].lower_ in _LIST_INTROS:
        k -= 1
        if len(span) == 1 and any(_company_noun(t) for t in _heads(doc[k], 3)):
            return True  # "companies producing surveillance systems, like Elbit, Candiru"
    if k >= 1 and doc[k - 1].lemma_.lower() in _BODY_NOUNS_BEFORE:
        return doc[k - 1].text[:1].islower()  # "the advocacy group Voters United"
    while k >= 1 and doc[k - 1].text in (",", "the"):
        k -= 1
    return k >= 1 and _company_noun(doc[k - 1])


def _names_an_institution(span: Span) -> bool:
    """The name modifies a noun for an institution: "the Bardo museum"."""
    head = span.root.head
    return (
        span.root.dep_ == "compound"
        and head.lower_ in lexicon.INSTITUTION_NOUNS
        and head.text[:1].islower()
    )


def _heads(token: Token, most: int) -> list[Token]:
    """The token's syntactic heads, nearest first, at most ``most`` of them."""
    found: list[Token] = []
    while len(found) < most and token.head.i != token.i:
        token = token.head
        found.append(token)
    return found


def _listed_with_companies(span: Span) -> bool:
    """One name of a list whose other names the tagger read as organisations only
    ("Marvel Entertainment, Lucasfilm and BamTech")."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i != first.i)]
    others = [t for t in members if not (span.start <= t.i < span.end)]
    return bool(others) and all(t.ent_type_ == "ORG" for t in others)


def _listed_as_a_person(parsed: ParsedArticle, entry: Entry) -> bool:
    """A name of one to three words, no place the gazetteer knows and no body's name,
    listed with two or more people and no one else: "Donald Trump, Ben Carson and Carly
    Fiorina" (where the tagger read the last as a company)."""
    words = entry.name.split()
    if (
        len(words) > 3
        or words[-1].lower() in _BODY_HEADS | _MEDIA_WORDS
        or entry.name in lexicon.OUTLETS
        or gazetteer.lookup(entry.name) is not None
        or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    ):
        return False
    return any(_listed_with_people(span) for span in _spans(parsed, entry))


def _listed_with_people(span: Span) -> bool:
    """The span's list names two or more others, all of them people; the name itself
    takes no "the" or "his" ("Obama and his Justice Department")."""
    if any(c.dep_ in ("det", "poss") for c in span.root.children):
        return False
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    doc = span.doc
    if (
        first.dep_ == "appos"
        and first.head.ent_type_ == "PERSON"
        and doc[first.left_edge.i - 1].text == ","
    ):
        first = first.head  # "Donald Trump, Ben Carson, and Carly Fiorina"
    members = [first] + [
        t
        for t in first.subtree
        if t.dep_ == "conj" or (t.dep_ == "appos" and doc[t.left_edge.i - 1].text == ",")
    ]  # not "(YouGov)" after "Ed Miliband and Gordon Brown"
    others = [t for t in members if not (span.start <= t.i < span.end) and t.pos_ == "PROPN"]
    return len(others) >= 2 and all(t.ent_type_ == "PERSON" for t in others)
