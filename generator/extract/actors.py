"""Actors of one article: people, states, regions, organisations and places.

Candidates come from three sources, strongest first: the gazetteer (states and regions
with their demonyms, capitals and seats of government), organisation phrases built on
a state ("Armenia's defence ministry", "the Azerbaijani army"), and spaCy's named
entities.  Every way the text names an actor is kept as a :class:`Mention`, so claims
can resolve sources and subjects to actor ids.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon, names, roles
from generator.extract.analysis import is_opinion
from generator.extract.attribution.forms import speaks
from generator.extract.document import ParsedArticle
from generator.extract.merging import affiliate_by_role, merge_entries
from generator.extract.organisations import find_organisations
from generator.factsheet.model import Actor
from generator.slugs import slugify, unique

_ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
_CREDITED = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von|der|al|bin))+")
_CREDIT = re.compile(
    r"(?:photo|picture|image|credit|pic|photograph)s?\s*(?:by|:)\s*[^.;]*$|/\s*\w+$|©", re.I
)


# Last words of titles: a name in apposition to one is a person's.
_TITLE_WORDS = {t.split()[-1] for t in lexicon.TITLES} | {
    "spokesman", "spokeswoman", "spokesperson", "official", "adviser", "advisor", "analyst",
    "director", "professor", "lawyer", "researcher", "activist", "resident", "doctor",
    "leader", "pm", "chief", "commander", "general", "gen", "envoy",
}  # fmt: skip

_FORMS_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _form in sorted(gazetteer.SURFACE):
    if " " not in _form and len(_form) >= 5:
        _FORMS_BY_INITIAL[_form[:1]] = (*_FORMS_BY_INITIAL.get(_form[:1], ()), _form)


@dataclass(frozen=True)
class Mention:
    start: int  # char offsets into the parsed doc's text
    end: int
    actor: str  # actor id
    text: str  # as written


@dataclass
class Entry:
    """An actor while it is being assembled (mutable; becomes an :class:`Actor`)."""

    key: str
    name: str
    kind: str
    first: int
    owner: str | None = None  # key of the state/region an organisation belongs to
    forms: list[str] = field(default_factory=list)
    role: roles.Role | None = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    # the tagger's kind at each of its mentions, when the tagger made this entry
    readings: list[str] = field(default_factory=list)

    def add(self, start: int, end: int, text: str) -> None:
        self.spans.append((start, end, text))
        self.first = min(self.first, start)
        text = " ".join(text.split())  # a name the tagger ran over a line break
        if text and text not in self.forms:
            self.forms.append(text)

    def offer(self, role: roles.Role | None) -> None:
        if role is not None and (self.role is None or role.strength > self.role.strength):
            self.role = role


@dataclass(frozen=True)
class Cast:
    """The actors of one article and where the text names them."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]  # sorted by start

    _starts: list[int] = field(init=False, repr=False, compare=False)
    _kinds: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.start for m in self.mentions])
        object.__setattr__(self, "_kinds", {a.id: a.kind for a in self.actors})

    def within(self, start: int, end: int) -> tuple[str, ...]:
        """Ids of actors named inside ``[start, end)``, in order of appearance, once each."""
        i = bisect_left(self._starts, start)
        seen: list[str] = []
        for mention in self.mentions[i:]:
            if mention.start >= end:
                break
            if mention.end <= end and mention.actor not in seen:
                seen.append(mention.actor)
        return tuple(seen)

    def before(self, char: int) -> tuple[Mention, ...]:
        """Mentions that end before ``char``, nearest last."""
        return tuple(m for m in self.mentions if m.end <= char)

    def kind(self, actor_id: str) -> str | None:
        return self._kinds.get(actor_id)


class _Builder:
    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.entries: dict[str, Entry] = {}
        self.taken: set[int] = set()  # token indices already claimed by a mention
        article = parsed.article
        # reporters, editors and photographers: the byline, authors and credit lines
        self.not_people = {n.lower() for n in (*article.authors, *article.credits)}
        for line in (article.byline or "", *article.credits):
            self.not_people.update(m.group(0).lower() for m in _CREDITED.finditer(line))
        self.not_people_words = {w for n in self.not_people for w in n.split() if len(w) > 2}
        self.outlet = (article.outlet or "").lower()
        self.org_tokens: dict[int, tuple[str, str]] = {}  # token index -> (org key, name)
        self.equipment: set[str] = set()  # one-word names the text uses for a weapon

    def org_at(self, i: int) -> tuple[str, str] | None:
        return self.org_tokens.get(i)

    def entry(self, key: str, name: str, kind: str, start: int) -> Entry:
        if key not in self.entries:
            self.entries[key] = Entry(key, name, kind, start)
        return self.entries[key]

    # -- states and regions --------------------------------------------------------
    def places(self) -> None:
        doc, text = self.doc, self.parsed.text
        persons = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        person_tokens = {i for e in persons for i in range(e.start, e.end)}
        # token offsets read once: spaCy makes a new Token object for every doc[i]
        starts = [t.idx for t in doc]
        ends = [start + len(t) for start, t in zip(starts, doc, strict=True)]
        i = 0
        while i < len(doc):
            best = None
            if not text[starts[i] : starts[i] + 1].isupper():
                i += 1
                continue
            for j in range(min(len(doc), i + gazetteer.MAX_WORDS * 3), i, -1):
                surface = text[starts[i] : ends[j - 1]]
                found = gazetteer.SURFACE.get(surface)
                if found is None and surface.isupper() and len(surface) > 3:
                    found = gazetteer.SURFACE.get(surface.title())  # "GAZA" (a dateline)
                if found is not None:
                    best = (j, surface, found)
                    break
            if best is None or (
                all(k in person_tokens for k in range(i, best[0]))
                and best[1] in gazetteer.PERSON_NAMES
            ):
                i += 1
                continue
            j, surface, (place, _use) = best
            self.entry(place.id, place.name, place.kind, doc[i].idx).add(
                doc[i].idx, doc[i].idx + len(surface), surface
            )
            self.taken.update(range(i, j))
            i = j

    # -- named entities -------------------------------------------------------------
    def _junk(self, ent: Span, name: str) -> bool:
        low = name.lower()
        if not name or not name[0].isupper() or len(name) < 2 or any(c.isdigit() for c in name):
            return True
        if low in lexicon.NOT_ACTORS or low in self.not_people:
            return True
        if " " not in name and low in self.not_people_words:
            return True  # "Mark" of the byline's "Mark Weiss"
        if self.outlet and (low == self.outlet or low in self.outlet.split(" | ")):
            return True
        if all(t.tag_ in ("NN", "NNS", "JJ", "DT") for t in ent):
            return True
        if self.parsed.text[max(0, ent.start_char - 1) : ent.start_char] in ("#", "@"):
            return True  # a hashtag or a handle, not a name
        if any(c in name for c in "[]{}<>|"):
            return True  # "Getty Images]": a credit or markup the tagger ran into
        words = [w for w in name.split() if any(c.isalpha() for c in w)]
        if len(words) >= 2 and all(w.isupper() for w in words):
            return True  # "GLOOMY ASSESSMENT": a kicker in capitals, which the tagger misreads
        paragraph = self.parsed.paragraph_at(ent.start_char)
        if paragraph.kind == "caption":
            whole = self.parsed.paragraph_span(paragraph)
            rest = self.parsed.text[ent.start_char : whole.end_char]
            lead = self.parsed.text[whole.start_char : ent.start_char]
            if _CREDIT.search(lead[-25:] + ent.text) or rest[len(ent.text) :].startswith("/"):
                return True
        return False

    def _untaken(self, ent: Span) -> Span | None:
        """The longest run of the entity's tokens that no other mention has claimed."""
        best: tuple[int, int] | None = None
        start = None
        for i in range(ent.start, ent.end + 1):
            free = i < ent.end and i not in self.taken
            if free and start is None:
                start = i
            elif not free and start is not None:
                if best is None or i - start > best[1] - best[0]:
                    best = (start, i)
                start = None
        return self.doc[best[0] : best[1]] if best else None

    def _place_variant(self, name: str) -> gazetteer.Place | None:
        """A misspelt state or capital ("Anakara")."""
        if len(name) < 6 or " " in name:
            return None
        for form in _FORMS_BY_INITIAL.get(name[:1], ()):
            if abs(len(form) - len(name)) <= 2 and names.variant(form, name):
                return gazetteer.SURFACE[form][0]
        return None

    def _kind(self, ent: Span, span: Span, name: str) -> str | None:
        kind = "place" if ent.label_ == "FAC" else _ENTITY_KINDS.get(ent.label_)
        low = name.lower()
        if kind is None:
            return None
        if low in lexicon.GROUPS:
            return "group"
        if name in lexicon.INTERNATIONAL_NAMES:
            return "organisation"
        if low in lexicon.GEO_PLACES:
            return "place"
        if len(span) == 1 and low in lexicon.GENERIC_NOUNS:
            return None  # "Group", "Hospital": a word, not a name
        if kind in ("person", "organisation") and names.is_place(span):
            return "place"
        if kind == "place" and any(
            t.lower_ in lexicon.INSTITUTION_NOUNS and t.text[:1].isupper() for t in span[1:]
        ):
            return "organisation"  # "the ... Center for Health and Human Rights"
        if kind in ("organisation", "place") and (
            any(c.dep_ == "appos" and c.lower_ in _TITLE_WORDS for c in span.root.children)
            or (span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in _TITLE_WORDS)
        ):
            # "Marta Quell, a spokeswoman for the port authority", "PM Modi"
            kind = "person"
        if kind == "organisation":
            if span[-1].lemma_.lower() in lexicon.ORG_HEADS:
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
        if kind == "person" and len(span) == 1 and span[0].tag_ != "NNP":
            return None
        if len(span) == 1 and _names_equipment(span[0]):
            self.equipment.add(span[0].text)
            return None  # "Merkava tanks", "the Harop, a loitering munition": a model
        return kind

    def entities(self) -> None:
        for ent in self.doc.ents:
            if _ENTITY_KINDS.get(ent.label_) is None and ent.label_ != "FAC":
                continue
            if ent.label_ == "PERSON":
                ent = _whole_name(ent)
            part = self._untaken(ent)
            if part is None:
                continue
            span, name = names.clean(part)
            if span is None or self._junk(span, name):
                continue
            kind = self._kind(ent, span, name)
            if kind is None:
                continue
            variant = self._place_variant(name)
            place = gazetteer.lookup(name) or ((variant, "name") if variant else None)
            if place is not None:
                entry = self.entry(place[0].id, place[0].name, place[0].kind, span.start_char)
                entry.add(span.start_char, span.end_char, span.text)
                self.taken.update(range(span.start, span.end))
                continue
            canonical = lexicon.INTERNATIONAL_NAMES.get(name)
            if canonical is not None:
                kind, name = "organisation", canonical
            key = f"name:{names.fold(name)}"  # one actor per name, whatever its kind
            made_here = key not in self.entries
            entry = self.entry(key, name, kind, span.start_char)
            if made_here or entry.readings:
                entry.readings.append(kind)
                entry.kind = _most_read(entry.readings)
            elif kind == "group" or (kind == "place" and entry.kind in ("person", "organisation")):
                entry.kind = kind  # a surer reading of a name another rule found
            written = names.with_honorific(self.doc, span)
            entry.add(written[0], span.end_char, self.parsed.text[written[0] : span.end_char])
            if kind == "person":
                entry.offer(roles.before(self.doc, span, self.org_at))
                entry.offer(roles.after(self.doc, span, self.org_at))
            self.taken.update(range(span.start, span.end))

    def rescan(self) -> None:
        """Mentions the tagger missed: every other place the text writes a known name
        (a person's full name or surname, an organisation's or place's name)."""
        doc, text = self.doc, self.parsed.text
        surnames: dict[str, int] = {}
        for entry in self.entries.values():
            if entry.kind == "person" and " " in entry.name:
                surname = entry.name.split()[-1]
                surnames[surname] = surnames.get(surname, 0) + 1
        for entry in sorted(self.entries.values(), key=lambda e: e.key):
            if ":" not in entry.key:
                continue
            forms = set(entry.forms) | {entry.name}
            if entry.kind == "person" and " " in entry.name:
                surname = entry.name.split()[-1]
                if len(surname) >= 4 and surnames[surname] == 1:  # not "Sharif" of two
                    forms.add(surname)
            for form in sorted(forms, key=lambda f: (-len(f), f)):
                for start, end in names.standalone(text, form):
                    span = doc.char_span(start, end)
                    if span is None or any(i in self.taken for i in range(span.start, span.end)):
                        continue
                    entry.add(start, end, form)
                    self.taken.update(range(span.start, span.end))

    def columnist(self) -> None:
        """The author of an opinion piece is the author of its analysis: an actor."""
        article = self.parsed.article
        if not article.authors or not is_opinion(article):
            return
        name = article.authors[0]
        entry = self.entry(f"name:{names.fold(name)}", name, "person", -1)
        entry.offer(roles.Role("author", None, 4))
        self.not_people.discard(name.lower())

    def bylines(self) -> None:
        paragraphs = self.parsed.paragraphs
        for index, paragraph in enumerate(paragraphs):
            if not roles.is_section_byline(paragraphs, index):
                continue
            found = roles.byline(paragraph.text)
            if found is None:
                continue
            name, role = found
            span = self.parsed.paragraph_span(paragraph)
            start = span.start_char + paragraph.text.index(name)
            entry = self.entry(f"name:{names.fold(name)}", name, "person", start)
            entry.add(start, start + len(name), name)
            if role:
                entry.offer(roles.Role(role, None, 4))
            self.not_people.discard(name.lower())


def _whole_name(ent: Span) -> Span:
    """A person's name the tagger cut at a particle: "Ursula von der" + "Leyen"."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].lower_ in lexicon.NAME_PARTICLES:
        end += 1
    if doc[end - 1].lower_ not in lexicon.NAME_PARTICLES:
        return ent  # nothing hangs off the end of the name
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return Span(doc, ent.start, end + 1, label=ent.label_)
    return ent


def _names_equipment(tok: Token) -> bool:
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


def _speaks(doc: Doc, entry: Entry) -> bool:
    """Whether the entry is ever the subject of a verb of saying ("Boeing said"): a
    maker that speaks stays an actor even where its name also names its product."""
    for start, end, _ in entry.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(speaks(t) for t in span):
            return True
    return False


def _most_read(readings: list[str]) -> str:
    """The kind the tagger gave a name most often.  A group whenever it read one
    ("Armenians"); a tie goes to place (the small model reads places as people and
    organisations more often than the reverse), then to the first reading.  One odd
    reading no longer decides: "Obama" read as a place once among readings as a person
    stays a person."""
    if "group" in readings:
        return "group"
    counts = Counter(readings)
    return max(counts, key=lambda k: (counts[k], k == "place", -readings.index(k)))


def _actor_id(entry: Entry, taken: set[str]) -> str:
    if ":" not in entry.key:  # states, regions and organisations keyed by their owner
        return unique(entry.key, taken)
    return unique(slugify(names.fold(entry.name)), taken)


def find_actors(parsed: ParsedArticle) -> Cast:
    builder = _Builder(parsed)
    builder.places()
    builder.bylines()
    builder.columnist()
    for org in find_organisations(parsed, builder.entries, builder.taken):
        entry = builder.entry(org.key, org.name, "organisation", org.start)
        entry.owner = org.owner
        entry.add(org.start, org.end, org.text)
        span = parsed.doc.char_span(org.start, org.end, alignment_mode="expand")
        for token in span or ():
            builder.org_tokens[token.i] = (org.key, org.name)
    builder.entities()
    builder.rescan()
    entries = builder.entries
    for key in [k for k, e in entries.items() if e.name in builder.equipment]:
        if not _speaks(parsed.doc, entries[key]):
            del entries[key]  # "the Oreshnik missile" once: "the Oreshnik" is the missile
    merge_entries(entries)
    affiliate_by_role(entries)
    ordered = sorted(entries.values(), key=lambda e: (e.first, e.key))
    taken: set[str] = set()
    ids = {e.key: _actor_id(e, taken) for e in ordered}
    actors: list[Actor] = []
    mentions: list[Mention] = []
    for entry in ordered:
        actor_id = ids[entry.key]
        role = entry.role
        affiliation = ids.get(entry.owner) if entry.owner else None
        if role is not None and role.affiliation and affiliation is None:
            affiliation = ids.get(role.affiliation)
        name = " ".join(entry.name.split())
        aliases = tuple(f for f in entry.forms if f != name and f.lower() != "it")
        actors.append(
            Actor(
                id=actor_id,
                name=name,
                kind=entry.kind,
                role=role.text if role else None,
                affiliation=affiliation if affiliation != actor_id else None,
                aliases=aliases,
            )
        )
        mentions.extend(Mention(s, e, actor_id, t) for s, e, t in entry.spans)
    mentions.sort(key=lambda m: (m.start, m.end, m.actor))
    return Cast(tuple(actors), tuple(mentions))
