"""What a name the tagger found is: no actor at all, or an actor of which kind.

:class:`Readings` holds what an article says about names that are not actors (its
byline and credits, its outlet, its datelines and Title Case headings) and judges each
entity span: a credit, a hashtag, markup, a kicker in capitals, an event or an agreement
("the Good Friday Agreement"), a nickname in quotes or a bare title names no actor; the
kind comes from the tagger's label corrected by the head noun and the words around the
name ("the Ottoman Empire" is a state, "the forces known as X" a group, "Bismarck,
North Dakota" a place, a name a title stands before a person).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from generator.extract import gazetteer, lexicon, names, phrases, roles
from generator.extract.common_words import is_common_word
from generator.extract.document import ParsedArticle
from generator.extract.kind_clues import (
    armed_group,
    described_as_a_person,
    in_a_state,
    referred_to_as_a_person,
)

ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
_CREDITED = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|der|al|bin))+")
_CREDIT = re.compile(
    r"(?:photo|picture|image|credit|pic|photograph)s?\s*(?:by|:)\s*[^.;]*$|/\s*\w+$|©", re.I
)


# Last words of titles: a name in apposition to one is a person's.
_TITLE_WORDS = lexicon.TITLE_HEADS | {"official", "chief", "commander", "general", "gen"}


_NAME_JOINS = {"and", "of", "for", "on", "the", "&"}


def _proper(span: Span) -> bool:
    """A name of its own in Title Case, with no state before it ("House Judiciary
    Committee", "Supreme Court"), which find_organisations (states' offices) leaves."""
    return (
        len(span) >= 2
        and all(t.text[:1].isupper() or t.lower_ in _NAME_JOINS for t in span[1:-1])
        and span[0].text[:1].isupper()
        and span[-1].text[:1].isupper()
        and not any(gazetteer.lookup(t.text) for t in span)
        and not (span[0].is_sent_start and span[0].pos_ != "PROPN")
        and span[1:].text not in lexicon.INTERNATIONAL_NAMES  # "Key Security Council"
    )


class Readings:
    """The article's non-actors, and the judge of each name the tagger found."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        article = parsed.article
        # reporters, editors and photographers: the byline, authors and credit lines
        self.not_people = {n.lower() for n in (*article.authors, *article.credits)}
        for line in (article.byline or "", *article.credits):
            self.not_people.update(m.group(0).lower() for m in _CREDITED.finditer(line))
        self.not_people_words = {w for n in self.not_people for w in n.split() if len(w) > 2}
        self.outlet = (article.outlet or "").lower()
        self.datelines = phrases.datelines(parsed)
        # headings in Title Case, and such a headline repeated as a line of the text
        title = article.title.strip().rstrip(".").lower()
        self.headlines = {
            p.id
            for p in parsed.paragraphs
            if phrases.title_case(p.text)
            and (
                p.kind == "heading"
                or not p.text.rstrip().endswith((".", "!", "?", '"', "”"))
                or p.text.strip().rstrip(".").lower() == title
            )
        }
        self.equipment: set[str] = set()  # one-word names the text uses for a weapon

    def junk(self, ent: Span, name: str) -> bool:
        """Whether the tagged span names no actor (see the module docstring)."""
        low = name.lower()
        # a part of an entity (what no other mention took) has lost its label
        label = ent.label_ or next((t.ent_type_ for t in ent if t.ent_type_), "")
        if not name or not name[0].isupper() or len(name) < 2 or any(c.isdigit() for c in name):
            return True
        if low in lexicon.NOT_ACTORS or low in self.not_people or is_common_word(ent):
            return True
        if " " not in name and low in self.not_people_words:
            return True  # "Mark" of the byline's "Mark Weiss"
        if self.outlet and (low == self.outlet or low in self.outlet.split(" | ")):
            return True
        if self._names_the_outlet(low):
            return True  # "London Standard" in a story of "The Standard"
        if label == "ORG" and words_low_last(low) in lexicon.TITLE_HEADS and " of " not in low:
            return True  # "AP Photographer": a role, not a name
        if (
            words_low_last(low) in lexicon.TITLE_HEADS
            and ent.end < len(ent.doc)
            and ent.doc[ent.end].ent_iob_ == "B"
            and ent.doc[ent.end].ent_type_ == "PERSON"
        ):
            return True  # "Lowford County Sheriff Tom Reyes": the title of the name after it
        if paired(ent):
            return True  # "the Putin-Erdogan talks": two names, modifying a noun
        words_low = low.split()
        if words_low[-1] in lexicon.SCRIPTURE_HEADS:
            return True  # "the King James Bible": a book, not a person named James Bible
        if label != "PERSON" and (
            words_low[-1] in lexicon.NOT_ACTOR_HEADS or words_low[0] == "operation"
        ):
            return True  # "the Good Friday Agreement", "Operation Iron Swords": no actor
        if all(t.tag_ in ("NN", "NNS", "JJ", "DT") for t in ent):
            return True
        if self.parsed.text[max(0, ent.start_char - 1) : ent.start_char] in ("#", "@"):
            return True  # a hashtag or a handle, not a name
        if any(i in self.datelines for i in range(ent.start, ent.end)):
            return True  # "WASHINGTON —": where the story was filed
        if phrases.quoted(ent) or phrases.bare_title(ent):
            return True  # a nickname in quotes ("'Mini Mike'"); "Rear Admiral"
        if any(c in name for c in "[]{}<>|") or name.count("(") != name.count(")"):
            return True  # "Getty Images]", "(CNN Business)A": markup the tagger ran into
        words = [w for w in name.split() if any(c.isalpha() for c in w)]
        if len(words) >= 2 and all(w.isupper() for w in words):
            return True  # "GLOOMY ASSESSMENT": a kicker in capitals, which the tagger misreads
        paragraph = self.parsed.paragraph_at(ent.start_char)
        if paragraph.id in self.headlines:
            return True  # "Trump Warns Clinton": Title Case says nothing of names
        if paragraph.kind == "caption":
            whole = self.parsed.paragraph_span(paragraph)
            rest = self.parsed.text[ent.start_char : whole.end_char]
            lead = self.parsed.text[whole.start_char : ent.start_char]
            if _CREDIT.search(lead[-25:] + ent.text) or rest[len(ent.text) :].startswith("/"):
                return True
        return False

    def _names_the_outlet(self, low: str) -> bool:
        """A name of the article's own outlet: "London Standard" or "Evening Standard"
        for "The Standard" (the same last word, and the outlet's other words in it)."""
        outlet = [w for w in self.outlet.split() if w != "the"]
        words = low.split()
        return (
            bool(outlet)
            and len(words) == len(outlet) + 1
            and words[-1] == outlet[-1]
            and set(outlet[:-1]) <= set(words)
        )

    def kind(self, ent: Span, span: Span, name: str) -> str | None:
        """The kind of actor the span names, or None when it names none."""
        kind = "place" if ent.label_ == "FAC" else ENTITY_KINDS.get(ent.label_)
        low = name.lower()
        if kind is None:
            return None
        if low in lexicon.GROUPS:
            return "group"
        if name in lexicon.INTERNATIONAL_NAMES or name in lexicon.OUTLETS:
            return "organisation"  # (an outlet the tagger read as a person: "Politico")
        if low in lexicon.GEO_PLACES:
            return "place"
        if len(span) == 1 and low in lexicon.GENERIC_NOUNS:
            return None  # "Group", "Hospital": a word, not a name
        last = span[-1]
        if len(span) >= 2 and last.text[:1].isupper() and last.lower_ in _PAPERS:
            return "organisation"  # "the Chicago Tribune", "the Kell Herald"
        if (
            len(span) == 1
            and last.lower_ in _PAPERS
            and span.start > 0
            and span.doc[span.start - 1].lower_ == "the"
        ):
            return "organisation"  # "The Chronicle says": the paper named in full before
        if len(span) >= 2 and last.text[:1].isupper() and last.lower_ in _STREETS:
            return "place"  # "Jolinda Drive", "Caldwell Place"
        if len(span) >= 2 and last.text[:1].isupper() and kind in ("person", "place"):
            if last.lower_ in ("airport", "airbase", "crossing", "camp"):
                return "place"  # "Ben Gurion Airport"
            if kind == "person" and last.lower_ in lexicon.INSTITUTION_NOUNS:
                return "organisation"  # "Youssef Al-Najjar Hospital"
        if len(span) >= 2 and span[-1].lower_ in lexicon.STATE_HEADS:
            return "country"  # "the Ottoman Empire", "the Kingdom of ..." reads as a state
        if armed_group(span):
            return "group"  # "the opposition forces known as Maghawir al Thawra"
        if in_a_state(span):
            return "place"  # "Bismarck, North Dakota"
        if kind in ("person", "organisation") and names.is_place(span):
            return "place"
        if kind == "place" and any(
            t.lower_ in lexicon.INSTITUTION_NOUNS and t.text[:1].isupper() for t in span[1:]
        ):
            return "organisation"  # "the ... Center for Health and Human Rights"
        if kind in ("organisation", "place") and (
            any(c.dep_ == "appos" and c.lower_ in _TITLE_WORDS for c in span.root.children)
            or (
                span.start > 0
                and span.doc[span.start - 1].lower_.rstrip(".") in _TITLE_WORDS
                and not roles.adjective(span.doc, span.start - 1)  # "the major Super PAC"
                and not phrases.modifies_noun(span)  # "fellow GOP senators"
            )
        ):
            # "Marta Quell, a spokeswoman for the port authority", "PM Modi"
            kind = "person"
        elif (
            kind in ("organisation", "place")
            and len(span) >= 2
            and not any(t.lower_ in _NOT_PERSONAL for t in span)
            and (roles.titled(self.parsed.doc, span) or described_as_a_person(span))
        ):
            kind = "person"  # "the U.N. special envoy for Syria, Staffan de Mistura"
        if kind == "organisation":
            if span[-1].lemma_.lower() in lexicon.ORG_HEADS and not _proper(span):
                return None  # organisation phrases are read by find_organisations
            if len(span) == 1 and (
                (
                    span.root.dep_ in ("compound", "nmod", "amod")
                    and span.root.head.lemma_.lower() not in lexicon.NAMED_ORG_NOUNS
                )
                or span[0].is_stop
                or low in lexicon.MINISTRY_FIELDS
            ):
                return None  # a modifier ("MiG-29", "TOS-1A"), not an organisation
        if kind == "person" and _BUSINESS_ROLE.match(self.parsed.text, span.end_char):
            kind = "organisation"  # "Lowford Water founder", "Kell Corp's chief executive"
        if kind == "organisation" and len(span) == 1 and referred_to_as_a_person(span):
            kind = "person"  # "Trump said earlier that he hopes ...": one reading, not two
        if kind == "person" and len(span) == 1 and span[0].tag_ != "NNP":
            return None
        if (len(span) == 1 or kind == "organisation") and names_equipment(span[-1]):
            self.equipment.add(span.text)
            return None  # "Merkava tanks", "the Harop, a loitering munition": a model
        return kind


# The roles a business gives, written after its name: "Acme founder X", "Acme's CEO".
_BUSINESS_ROLE = re.compile(
    r"(?:['’]s?)?\s+(?:co-?founders?|founders?|ceo|cfo|coo|cto|employees|shareholders|"
    r"chief (?:executive|financial officer|operating officer|technology officer))\b",
    re.I,
)

# Last words of newspapers' names.
_PAPERS = frozenset(
    {"tribune", "times", "post", "herald", "journal", "gazette", "telegraph", "guardian",
     "chronicle", "observer", "independent", "mirror", "express", "standard", "inquirer",
     "examiner", "courier", "bulletin", "daily", "weekly", "monitor", "dispatch",
     "courant", "star", "register", "bee", "enquirer", "intelligencer", "sentinel"}
)  # fmt: skip
# Last words of the names of streets and roads: places, whatever the tagger read.
_STREETS = frozenset(
    {"street", "avenue", "road", "drive", "lane", "boulevard", "place", "terrace", "parkway",
     "highway", "freeway", "expressway", "alley", "st", "ave", "rd", "blvd"}
)  # fmt: skip

_NOT_PERSONAL = (
    lexicon.INSTITUTION_NOUNS | lexicon.NAMED_ORG_NOUNS | set(lexicon.ORG_HEADS) | {"assembly"}
)


def words_low_last(low: str) -> str:
    return low.split()[-1] if low.split() else ""


def paired(span: Span) -> bool:
    """ "Putin-Erdogan" in "the Putin-Erdogan talks": two names joined by a hyphen to
    modify the noun after them, not one name."""
    doc = span.doc
    return (
        len(span) == 3
        and span[1].text == "-"
        and span[0].text[:1].isupper()
        and span[2].text[:1].isupper()
        and span.end < len(doc)
        and doc[span.end].pos_ in ("NOUN", "ADJ")
        and doc[span.end].text[:1].islower()
    )


def titled(span: Span) -> Span | None:
    """A person's name read with the title before it: "Pope Francis" (a title that is
    part of a one-word name), or "Leo Varadkar" out of a span the tagger did not take
    for a person ("Taoiseach Leo Varadkar").  None when the span is not such a name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        len(span) == 1
        and before is not None
        and before.lower_ in lexicon.REGNAL_TITLES
        and before.text[:1].isupper()
        and span[0].pos_ == "PROPN"
    ):
        return doc[span.start - 1 : span.end]
    first = span[0].lower_.rstrip(".")
    if (
        span.label_ != "PERSON"
        and len(span) >= 3
        and first in lexicon.TITLE_HEADS
        and first not in lexicon.ROLE_MODIFIERS
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span[1:])
        and not any(t.lower_ in _NOT_PERSONAL for t in span[1:])
        and not any(gazetteer.lookup(t.text) for t in span[1:])
    ):
        return doc[span.start + 1 : span.end]
    return None


def acronym_after(span: Span) -> Span | None:
    """ "TNO" in "the Netherlands Organisation for Applied Scientific Research (TNO)"."""
    doc = span.doc
    end = span.end
    if (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 1].text.isupper()
        and len(doc[end + 1].text) >= 2
        and len(span) >= 2
    ):
        return doc[end + 1 : end + 2]
    return None


def names_equipment(tok: Token) -> bool:
    """A name that modifies a weapon or vehicle, is set beside one, or is glossed as one:
    "Merkava tanks", "Browning machine guns", "the Harop, an Israeli-made munition",
    "Oreshnik (missile)"."""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in lexicon.EQUIPMENT_NOUNS:
            return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.EQUIPMENT_NOUNS for c in tok.children):
        return True
    doc = tok.doc
    for nxt in doc[tok.i + 1 : tok.i + 3]:  # "Browning machine guns", whatever the parse
        if nxt.lemma_.lower() in lexicon.EQUIPMENT_NOUNS:
            return True
        if nxt.pos_ not in ("NOUN", "ADJ") or nxt.text[:1].isupper():
            break
    after = doc[tok.i + 1 : tok.i + 4]
    return (
        len(after) == 3
        and after[0].text == "("
        and after[1].lemma_.lower() in lexicon.EQUIPMENT_NOUNS
    )


def most_read(readings: list[str]) -> str:
    """The kind the tagger gave a name most often.  A group whenever it read one
    ("Armenians"); a tie goes to place (the small model reads places as people and
    organisations more often than the reverse), then to the first reading.  One odd
    reading no longer decides: "Obama" read as a place once among readings as a person
    stays a person."""
    if "group" in readings:
        return "group"
    counts = Counter(readings)
    return max(counts, key=lambda k: (counts[k], k == "place", -readings.index(k)))
