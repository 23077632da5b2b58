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
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from generator.extract import gazetteer, lexicon, names, roles
from generator.extract.document import ParsedArticle
from generator.extract.organisations import find_organisations
from generator.factsheet.model import Actor
from generator.slugs import slugify, unique

_ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
_CREDIT = re.compile(
    r"(?:photo|picture|image|credit|pic|photograph)s?\s*(?:by|:)\s*[^.;]*$|/\s*\w+$|©", re.I
)


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

    def add(self, start: int, end: int, text: str) -> None:
        self.spans.append((start, end, text))
        self.first = min(self.first, start)
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

    def within(self, start: int, end: int) -> tuple[str, ...]:
        """Ids of actors named inside ``[start, end)``, in order of appearance, once each."""
        i = bisect_left([m.start for m in self.mentions], start)
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
        actor = next((a for a in self.actors if a.id == actor_id), None)
        return actor.kind if actor else None


class _Builder:
    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.entries: dict[str, Entry] = {}
        self.taken: set[int] = set()  # token indices already claimed by a mention
        article = parsed.article
        self.not_people = {n.lower() for n in (*article.authors, *article.credits)}
        if article.byline:
            self.not_people.update(
                w.strip().lower() for w in re.split(r",| and |\bby\b", article.byline)
            )
        self.outlet = (article.outlet or "").lower()

    def entry(self, key: str, name: str, kind: str, start: int) -> Entry:
        if key not in self.entries:
            self.entries[key] = Entry(key, name, kind, start)
        return self.entries[key]

    # -- states and regions --------------------------------------------------------
    def places(self) -> None:
        doc, text = self.doc, self.doc.text
        persons = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        person_tokens = {i for e in persons for i in range(e.start, e.end)}
        i = 0
        while i < len(doc):
            best = None
            for j in range(min(len(doc), i + gazetteer.MAX_WORDS * 3), i, -1):
                surface = text[doc[i].idx : doc[j - 1].idx + len(doc[j - 1])]
                found = gazetteer.SURFACE.get(surface)
                if found is not None:
                    best = (j, surface, found)
                    break
            if best is None or (
                all(k in person_tokens for k in range(i, best[0])) and best[2][1] != "demonym"
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
        if self.outlet and (low == self.outlet or low in self.outlet.split(" | ")):
            return True
        if all(t.tag_ in ("NN", "NNS", "JJ", "DT") for t in ent):
            return True
        paragraph = self.parsed.paragraph_at(ent.start_char)
        if paragraph.kind == "caption":
            rest = self.doc.text[ent.start_char : self.parsed.paragraph_span(paragraph).end_char]
            lead = self.doc.text[self.parsed.paragraph_span(paragraph).start_char : ent.start_char]
            if _CREDIT.search(lead[-25:] + ent.text) or rest[len(ent.text) :].startswith("/"):
                return True
        return False

    def entities(self) -> None:
        for ent in self.doc.ents:
            kind = _ENTITY_KINDS.get(ent.label_)
            if ent.label_ == "FAC":
                kind = "place"
            if kind is None or any(i in self.taken for i in range(ent.start, ent.end)):
                continue
            span, name = names.clean(ent)
            if span is None or self._junk(span, name):
                continue
            if kind == "organisation" and span[-1].lemma_.lower() in lexicon.ORG_HEADS:
                continue  # organisation phrases are read by find_organisations
            if kind == "person" and names.is_place(span):
                kind = "place"
            if kind == "organisation" and name.lower() in lexicon.GROUPS:
                kind = "group"
            if kind == "person" and len(span) == 1 and span[0].tag_ != "NNP":
                continue
            key = f"{kind}:{names.fold(name)}"
            entry = self.entry(key, name, kind, span.start_char)
            written = names.with_honorific(self.doc, span)
            entry.add(written[0], span.end_char, self.doc.text[written[0] : span.end_char])
            if kind == "person":
                entry.offer(roles.before(self.doc, span))
                entry.offer(roles.after(self.doc, span))
            self.taken.update(range(span.start, span.end))

    def bylines(self) -> None:
        for paragraph in self.parsed.paragraphs:
            if paragraph.kind != "byline":
                continue
            found = roles.byline(paragraph.text)
            if found is None:
                continue
            name, role = found
            span = self.parsed.paragraph_span(paragraph)
            start = span.start_char + paragraph.text.index(name)
            entry = self.entry(f"person:{names.fold(name)}", name, "person", start)
            entry.add(start, start + len(name), name)
            if role:
                entry.offer(roles.Role(role, None, 4))
            self.not_people.discard(name.lower())


def _merge_people(entries: dict[str, Entry]) -> None:
    """Fold surnames into full names and spelling variants into one another."""
    keys = sorted(entries, key=lambda k: (entries[k].first, k))
    for key in keys:
        entry = entries.get(key)
        if entry is None:
            continue
        for other_key in keys:
            other = entries.get(other_key)
            if other is None or other is entry or other.kind != entry.kind:
                continue
            if names.same(other.name, entry.name) and len(entry.name) >= len(other.name):
                for span in other.spans:
                    entry.add(*span)
                entry.offer(other.role)
                del entries[other_key]


def _actor_id(entry: Entry, entries: dict[str, Entry], taken: set[str]) -> str:
    if ":" not in entry.key and entry.kind in ("country", "region"):
        return unique(entry.key, taken)
    return unique(slugify(names.fold(entry.name)), taken)


def find_actors(parsed: ParsedArticle) -> Cast:
    builder = _Builder(parsed)
    builder.places()
    builder.bylines()
    for org in find_organisations(parsed, builder.entries, builder.taken):
        entry = builder.entry(org.key, org.name, "organisation", org.start)
        entry.owner = org.owner
        entry.add(org.start, org.end, org.text)
    builder.entities()
    entries = builder.entries
    _merge_people(entries)
    ordered = sorted(entries.values(), key=lambda e: (e.first, e.key))
    taken: set[str] = set()
    ids = {e.key: _actor_id(e, entries, taken) for e in ordered}
    actors: list[Actor] = []
    mentions: list[Mention] = []
    for entry in ordered:
        actor_id = ids[entry.key]
        role = entry.role
        affiliation = ids.get(entry.owner) if entry.owner else None
        if role is not None and role.affiliation and affiliation is None:
            affiliation = role.affiliation if role.affiliation in ids else None
            if affiliation is None and role.affiliation:
                affiliation = role.affiliation
        aliases = tuple(f for f in entry.forms if f != entry.name and f.lower() != "it")
        actors.append(
            Actor(
                id=actor_id,
                name=entry.name,
                kind=entry.kind,
                role=role.text if role else None,
                affiliation=affiliation if affiliation != actor_id else None,
                aliases=aliases,
            )
        )
        mentions.extend(Mention(s, e, actor_id, t) for s, e, t in entry.spans)
    mentions.sort(key=lambda m: (m.start, m.end, m.actor))
    return Cast(tuple(actors), tuple(mentions))
