"""Actors of one article: people, states, regions, organisations and places.

Candidates come from three sources, strongest first: the gazetteer (states and regions
with their demonyms, capitals and seats of government), organisation phrases built on
a state ("Armenia's defence ministry", "the Azerbaijani army"), and spaCy's named
entities.  Every way the text names an actor is kept as a :class:`Mention`, so claims
can resolve sources and subjects to actor ids.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract import (
    bylines,
    entities,
    gazetteer,
    keeping,
    lexicon,
    name_spans,
    names,
    phrases,
    place_uses,
    roles,
)
from generator.extract.affiliations import affiliate_by_role
from generator.extract.analysis import is_opinion
from generator.extract.cast import Cast, Entry, Mention, other_forms
from generator.extract.descriptions import describe
from generator.extract.document import ParsedArticle
from generator.extract.merging import merge_entries
from generator.extract.name_kinds import settle_kinds
from generator.extract.organisations import armed_forces_key, find_organisations
from generator.extract.party_tags import is_tag
from generator.extract.role_clauses import office_holder, predicated, read_role
from generator.extract.untagged import described_as, untagged_names
from generator.factsheet.model import Actor
from generator.slugs import slugify, unique

__all__ = ["Cast", "Mention", "find_actors"]

_FORMS_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _form in sorted(gazetteer.SURFACE):
    if " " not in _form and len(_form) >= 5:
        _FORMS_BY_INITIAL[_form[:1]] = (*_FORMS_BY_INITIAL.get(_form[:1], ()), _form)


class _Builder:
    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.entries: dict[str, Entry] = {}
        self.taken: set[int] = set()  # token indices already claimed by a mention
        self.read = entities.Readings(parsed)
        self.org_tokens: dict[int, tuple[str, str]] = {}  # token index -> (org key, name)
        self.in_titles: set[int] = set()  # tokens of the titles before people's names
        # tokens that name no actor of their own: inside a longer name, or a dateline
        self.inside = phrases.inside_names(parsed)
        # names that stand for an entry made under another key: a state's armed forces
        # ("IDF"), an acronym given in brackets after a name
        self.aliases: dict[str, str] = {}
        # "Republic of Nagorno-Karabakh", "State of Israel": a state's formal name, by
        # each of its tokens
        self.formal: dict[int, Span] = {}
        for ent in self.parsed.ents:
            if ent.label_ in phrases.NAME_LABELS and phrases.state_form(ent):
                span, _ = names.clean(ent)
                if span is not None:
                    for k in range(span.start, span.end):
                        self.formal[k] = span

    def org_at(self, i: int) -> tuple[str, str] | None:
        return self.org_tokens.get(i)

    def entry(self, key: str, name: str, kind: str, start: int) -> Entry:
        if key not in self.entries:
            self.entries[key] = Entry(key, name, kind, start)
        return self.entries[key]

    # -- states and regions --------------------------------------------------------
    def places(self) -> None:
        doc, text = self.doc, self.parsed.text
        persons = [e for e in self.parsed.ents if e.label_ == "PERSON" and len(e) > 1]
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
            if any(k in self.inside or k in self.read.datelines for k in range(i, best[0])):
                i = best[0]  # "Syrian Observatory for Human Rights", "WASHINGTON —"
                continue
            if place_uses.part_named(doc, i):
                i = best[0]  # "Inner Mongolia": a region of its own, read as tagged
                continue
            j, surface, (place, use) = best
            if (
                use == "demonym"
                and j < len(doc)
                and (place_uses.qualifies(doc[j]) or place_uses.located(doc, j))
            ):
                i = j  # "Soviet Azerbaijan", "in Soviet times", "British-based": no mention
                continue
            if use == "name" and place_uses.names_company(doc, text, i, surface):
                self.company(i, j, surface)  # "Emirates President Tim Clark"
                i = j
                continue
            start, end = i, j
            facility = place_uses.facility(doc, j) if place.kind == "place" else None
            if facility is not None:  # "the Rafah crossing": a place of its own
                name = f"{surface} {facility[1]}"
                entry = self.entry(f"name:{names.fold(name)}", name, "place", doc[i].idx)
                entry.add(doc[i].idx, doc[facility[0] - 1].idx + len(doc[facility[0] - 1]), name)
                self.taken.update(range(i, facility[0]))
                i = facility[0]
                continue
            formal = self.formal.get(i)
            if formal is not None and formal.end >= j:
                start, end = formal.start, formal.end  # "the Republic of Nagorno-Karabakh"
                surface = formal.text
            self.entry(place.id, place.name, place.kind, doc[start].idx).add(
                doc[start].idx, doc[start].idx + len(surface), surface
            )
            self.taken.update(range(start, end))
            i = end

    def company(self, i: int, j: int, surface: str) -> None:
        """A state's short name the article uses for a company: an organisation of its
        own, which a title before a person's name can name."""
        key = f"name:{names.fold(surface)}"
        start = self.doc[i].idx
        self.entry(key, surface, "organisation", start).add(start, start + len(surface), surface)
        for k in range(i, j):
            self.org_tokens[k] = (key, surface)
        self.taken.update(range(i, j))

    # -- named entities -------------------------------------------------------------
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
        if len(name) < 6 or " " in name or name in lexicon.NOT_MISSPELT:
            return None
        for form in _FORMS_BY_INITIAL.get(name[:1], ()):
            if abs(len(form) - len(name)) <= 2 and names.variant(form, name):
                return gazetteer.SURFACE[form][0]
        return None

    def role_of(self, span: Span) -> roles.Role | None:
        """The role written around a person's name (see :func:`role_clauses.read_role`)."""
        return read_role(self.doc, span, self.org_at)

    def tagged(self) -> None:
        """Names the tagger found, read whole, judged and folded into entries."""
        for ent in self.parsed.ents:
            if entities.ENTITY_KINDS.get(ent.label_) is None and ent.label_ != "FAC":
                continue
            ent = name_spans.with_of_tail(name_spans.with_first_name(phrases.whole(ent)))
            if is_tag(ent):
                continue  # "R-Ohio" after a legislator's name
            part = self._untaken(ent)
            if part is None:
                continue
            span, name = names.clean(part)
            if span is None or self.read.junk(span, name):
                continue
            titled = entities.titled(span) or office_holder(span)  # "Director of ... X"
            if titled is not None:
                span, name = titled, titled.text
            kind = "person" if titled is not None else self.read.kind(ent, span, name)
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
            elif name in lexicon.GROUP_ALIASES:
                kind, name = "group", lexicon.GROUP_ALIASES[name]  # "ISIS": Islamic State
            key = self.aliases.get(name) or f"name:{names.fold(name)}"  # one actor per name
            if key in self.entries and not key.startswith("name:"):
                entry = self.entries[key]  # "IDF" for Israel's military, "(TNO)" after its name
                entry.add(span.start_char, span.end_char, span.text)
                self.taken.update(range(span.start, span.end))
                continue
            made_here = key not in self.entries
            entry = self.entry(key, name, kind, span.start_char)
            acronym = entities.acronym_after(span)
            if acronym is not None and acronym.text != name:
                # "the Netherlands Organisation for Applied Scientific Research (TNO)"
                self.aliases[acronym.text] = key
                entry.add(acronym.start_char, acronym.end_char, acronym.text)
                self.taken.update(range(acronym.start, acronym.end))
            if made_here or entry.readings:
                entry.readings.append(kind)
                entry.kind = entities.most_read(entry.readings)
            elif kind == "group" or (
                kind == "place"
                and entry.kind in ("person", "organisation")
                and not (entry.role and entry.role.strength >= 4)
            ):
                entry.kind = kind  # a surer reading of a name another rule found (not of
                # a byline's author, whom the tagger may read as a place)
            written = names.with_honorific(self.doc, span)
            entry.add(written[0], span.end_char, self.parsed.text[written[0] : span.end_char])
            if kind == "person":
                self.in_titles.update(roles.title_tokens(self.doc, span))
                entry.offer(self.role_of(span))
            elif (described := described_as(span)) is not None:
                entry.offer(roles.Role(described, None, 2))  # "state energy company X"
            self.taken.update(range(span.start, span.end))

    def untagged(self) -> None:
        """Names the tagger missed where the sentence vouches for them ("SOCAR said")."""
        for span, kind in untagged_names(self.parsed, self.taken):
            name = span.text
            if self.read.junk(span, name):
                continue
            key = self.aliases.get(name) or f"name:{names.fold(name)}"
            entry = self.entry(key, name, kind, span.start_char)
            entry.add(span.start_char, span.end_char, name)
            if entry.kind == "person":
                self.in_titles.update(roles.title_tokens(self.doc, span))
                entry.offer(self.role_of(span))
            elif (described := described_as(span)) is not None:
                entry.offer(roles.Role(described, None, 2))  # "state energy company"
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
                    if entry.kind == "person" and entry.role is None:
                        entry.offer(predicated(doc, span))  # "Kell is the sixth premier"

    def columnist(self) -> None:
        """The author of an opinion piece is the author of its analysis: an actor."""
        article = self.parsed.article
        if not article.authors or not is_opinion(article):
            return
        name = article.authors[0]
        entry = self.entry(f"name:{names.fold(name)}", name, "person", -1)
        entry.offer(roles.Role("author", None, 4))
        self.read.not_people.discard(name.lower())

    def bylines(self) -> None:
        """Authors of sections: a byline under a heading, or a heading that names the
        correspondent of a box ("Tom Hale, North America editor")."""
        paragraphs = self.parsed.paragraphs
        for index, paragraph in enumerate(paragraphs):
            found: tuple[str, str | None] | None
            if paragraph.kind == "heading":
                found = bylines.correspondent(paragraph.text)
            elif bylines.is_section_byline(paragraphs, index):
                found = bylines.byline(paragraph.text)
            else:
                continue
            if found is None:
                continue
            name, role = found
            span = self.parsed.paragraph_span(paragraph)
            start = span.start_char + paragraph.text.index(name)
            entry = self.entry(f"name:{names.fold(name)}", name, "person", start)
            entry.add(start, start + len(name), name)
            if role:
                entry.offer(roles.Role(role, None, 4))
            self.read.not_people.discard(name.lower())


def _actor_id(entry: Entry, taken: set[str]) -> str:
    if entry.key in gazetteer.PEOPLES and entry.kind == "group":
        return unique(slugify(entry.name), taken)  # "palestinians"
    if ":" not in entry.key:  # states, regions and organisations keyed by their owner
        return unique(entry.key, taken)
    return unique(slugify(names.fold(entry.name)), taken)


def find_actors(parsed: ParsedArticle) -> Cast:
    builder = _Builder(parsed)
    builder.places()
    builder.bylines()
    builder.columnist()
    for org in find_organisations(parsed, builder.entries, builder.taken):
        entry = builder.entry(org.key, org.name, org.kind, org.start)
        entry.owner = entry.owner or org.owner
        entry.add(org.start, org.end, org.text)
        span = parsed.doc.char_span(org.start, org.end, alignment_mode="expand")
        for token in span or ():
            builder.org_tokens[token.i] = (org.key, org.name)
    for state, forms in lexicon.ARMED_FORCES.items():
        key = armed_forces_key(state)
        if key not in builder.entries and state in builder.entries:
            first = names.first_use(parsed.text, forms)
            if first is not None:
                entry = builder.entry(key, first[1], "organisation", first[0])
                entry.owner = state
        for form in forms:
            builder.aliases[form] = key
    builder.tagged()
    builder.untagged()
    builder.rescan()
    entries = builder.entries
    keeping.drop_weapons(parsed, entries, builder.read.equipment)
    settle_kinds(parsed, entries)
    merge_entries(entries)
    keeping.keep_actors(parsed, entries, builder.in_titles)
    affiliate_by_role(entries)
    describe(parsed, entries, builder.taken)  # "the diplomat" after "Ambassador Bilal Hayee"
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
        aliases = other_forms(name, entry.forms)
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
