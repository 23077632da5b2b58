"""Who says it: the source phrase of an attribution resolved to actor ids.

A named actor in the source phrase (a person before an organisation before a state), an
office ("Azerbaijan's president") -> its holder, a pronoun ("It said") -> the last
non-person source, "he"/"she" -> the person the paragraph names, a relative ("the
ministry, which said") -> its antecedent, a document ("A statement said") -> the last
source, "both sides" -> the two states named most, and a description ("the defence
ministry", "the ambassador") -> the actor last named with that head.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span as SpacySpan

from generator.extract import lexicon
from generator.extract.actors import Cast, Mention
from generator.extract.attribution import Attribution
from generator.extract.counted_sources import Counted
from generator.extract.described_sources import COLLECTIVES, Descriptions
from generator.extract.document import ParsedArticle
from generator.extract.document_authors import Authors
from generator.extract.first_person import FIRST_PERSON, Writer
from generator.extract.issuers import Issuers
from generator.extract.labelled_sources import Labelled
from generator.extract.people import People
from generator.extract.pronoun_sources import Pronouns
from generator.extract.relatives import Relatives
from generator.extract.source_words import EPITHETS
from generator.extract.unnamed import head_class, head_of, unnamed_source
from generator.factsheet.model import Actor

_PRIORITY = {"person": 0, "organisation": 1, "group": 1, "country": 2, "region": 2, "place": 3}
_IT = {"it", "its"}
_THEY = {"they", "their", "them"}
_PERSON_PRONOUNS = {"he", "she", "his", "her"}
_OWNERS = {"his": "his", "her": "her", "him": "his"}
_DOCUMENTS = re.compile(
    r"^(?:a|an|the|its|their|his|her)?\s*(?:joint\s+|separate\s+|later\s+|written\s+)?"
    r"(?:statement|report|communique|communiqué|release|press release|readout|post|tweet)s?$",
    re.I,
)
# "both sides", "the two former Soviet republics" (not "both Russia and Turkey")
_BOTH = re.compile(
    r"^(?:[Bb]oth|[Tt]he two)(?:\s+(?:[a-z-]+|Soviet))*?\s*"
    r"(?:sides|countries|nations|states|republics|Republics|neighbours|neighbors|parties|"
    r"governments)?$"
)
# "both men", "the two women": the two people named last, not two states
_BOTH_PEOPLE = re.compile(r"^(?:[Bb]oth|[Tt]he two)\s+(?:[a-z-]+\s+)*?(?:men|women|people)$")
_TITLE_WORDS = {w for title in lexicon.TITLES for w in title.split()}
# one office, two words for it: "Israel's premier" is its prime minister
_SAME_OFFICE = {"premier": ("prime minister",), "prime minister": ("premier",)}


def _epithet(span: SpacySpan) -> bool:
    """ "the star", "the billionaire real estate magnate": one person by a word a story
    calls the person it is about, with no name of its own."""
    head = head_of(span)
    return (
        span[0].lower_ == "the"
        and head.tag_ == "NN"
        and head.lemma_.lower() in EPITHETS
        and not any(t.pos_ == "PROPN" or t.ent_type_ == "NORP" for t in span)
    )


class Resolver(Pronouns, Authors, Descriptions, Relatives, Issuers, Counted, Labelled):
    def __init__(
        self, parsed: ParsedArticle, cast: Cast, unnamed: dict[str, Actor] | None = None
    ) -> None:
        self.parsed, self.cast = parsed, cast
        self.actors = {a.id: a for a in cast.actors}
        self.history: list[tuple[str, ...]] = []  # sources resolved so far, in order
        self.spoken: list[tuple[int, str]] = []  # (cue offset, first source), in order
        # actors made for sources without a name, by id (see generator.extract.unnamed);
        # None: such sources are left unresolved
        self.unnamed = unnamed
        article = parsed.article
        self.reporters = {
            w.lower()
            for line in (article.byline or "", *article.authors, *article.credits)
            for w in line.split()
        }
        self.made: dict[str, str] = {}  # made actor id -> "people", "body" or "document"
        self.made_heads: dict[str, str] = {}  # head word -> the actor last made with it
        self.issued: dict[str, str] = {}  # "statement" -> who said something in one last
        counts: dict[str, int] = {}
        for m in cast.mentions:
            if cast.kind(m.actor) == "country":
                counts[m.actor] = counts.get(m.actor, 0) + 1
        self.top_states = tuple(sorted(counts, key=lambda k: (-counts[k], k))[:2])
        self.people = People(parsed, cast)
        self.writer = Writer(parsed, cast)

    def heard(self, att: Attribution, by: tuple[str, ...]) -> None:
        """Record that ``att`` was resolved to ``by`` (for pronouns and descriptions)."""
        self.history.append(by)
        self.spoken.append((att.cue.start, by[0]))
        self.note_issuer(att, by)

    def named(self, start: int, end: int) -> str | None:
        """The actor a phrase names: a person before a body before a state; a name
        written out before a description read as standing for one ("the Ministry of
        Foreign Affairs" is that ministry, whatever "the ministry" stood for before)."""
        found = self._mentions(start, end)
        if not found:
            return None
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        root = span.root.idx if span is not None else -1
        best = min(
            range(len(found)),
            key=lambda k: (
                _PRIORITY.get(self.cast.kind(found[k].actor) or "", 9),
                not found[k].start <= root < found[k].end,  # "Russian-backed Moldova"
                not found[k].text,  # a description the actors module resolved
                k,
            ),
        )
        return found[best].actor

    def _mentions(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.cast.mentions if start <= m.start and m.end <= end]

    def office_holder(self, text: str, state: str) -> str | None:
        """ "Azerbaijan's president" -> the person named as President of Azerbaijan."""
        low = text.lower()
        titles = [t for t in lexicon.TITLES if re.search(rf"\b{re.escape(t)}\b", low)]
        if not titles:
            return None
        titles += [other for t in titles for other in _SAME_OFFICE.get(t, ())]
        holders = []
        for actor in self.cast.actors:
            if actor.kind == "person" and actor.role and actor.affiliation in (state, None):
                role = actor.role.lower()
                if any(role.startswith(t) or role.endswith(t) for t in titles) and not any(
                    m in role for m in ("former", "deputy", "vice") if m not in low
                ):
                    holders.append(actor)
        mine = [a for a in holders if a.affiliation == state]
        if mine:
            return mine[0].id
        # "the U.S. secretary of state" and one "Secretary of State" with no state given
        return holders[0].id if len(holders) == 1 else None

    def coordinated(self, start: int, end: int) -> tuple[str, ...]:
        """ "Azerbaijan and Armenia", "Mr Putin and Nikol Pashinyan": every one of them
        (not "Jele, President Ramaphosa's adviser on legal and international affairs")."""
        first = self.named(start, end)
        if first is None:
            return ()
        rank = _PRIORITY.get(self.cast.kind(first) or "", 9)
        mentions = [
            m
            for m in self._mentions(start, end)
            if _PRIORITY.get(self.cast.kind(m.actor) or "", 9) == rank and m.text
        ]
        joined = [mentions[0].actor] if mentions else [first]
        for before, after in pairwise(mentions):
            between = self.parsed.text[before.end : after.start]
            if re.search(r"\band\b|&", between) and "'s" not in between and "’s" not in between:
                if after.actor not in joined:
                    joined.append(after.actor)
            elif after.actor != before.actor:
                break
        return tuple(joined) if len(joined) > 1 else (first,)

    def kind(self, actor_id: str) -> str | None:
        if self.unnamed is not None and actor_id in self.unnamed:
            return self.unnamed[actor_id].kind
        return self.cast.kind(actor_id)

    def source(self, att: Attribution) -> tuple[str, ...]:
        if att.source is None:
            # "declined to comment on reports that ...": the reports are the source
            cue = self.parsed.doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
            if cue is not None and cue.root.pos_ == "NOUN" and head_class(cue) == "document":
                made = self._make(cue, None)
                return (made,) if made else ()
            return ()
        return self.phrase(att.source.start, att.source.end, att)

    def phrase(self, start: int, end: int, att: Attribution, depth: int = 0) -> tuple[str, ...]:
        """The actors the source phrase ``text[start:end]`` of ``att`` stands for."""
        end = self._before_clause(start, end)
        text = self.parsed.text[start:end].strip()
        low = text.lower()
        if _BOTH_PEOPLE.match(text):
            return self._last_two_people(start)
        if _BOTH.match(text) and len(self.top_states) == 2:
            return self.top_states
        if low in ("both", "both of them"):  # "Clinton and Sanders ... Both want": the two
            two = self._last_two_people(start)
            lo = self.parsed.starts[max(0, self.parsed.paragraph_index(start) - 1)]
            if two and set(two) <= {m.actor for m in self._mentions(lo, start)}:
                return two  # both named in this paragraph or the one before
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        same = self._same_collective(span) if span is not None else None
        if same is not None:
            return (same,)
        written = self.written_by(span, att, depth) if span is not None else ()
        if written:
            return written  # "court documents filed by prosecutors": the prosecutors
        named = self.coordinated(start, end)
        if named and self.kind(named[0]) == "country":
            holder = self.office_holder(text, named[0])
            if holder is not None:
                return (holder,)
        if named and span is not None and not any(m.text for m in self._mentions(start, end)):
            quoted = self._quoted_body(span)
            if quoted is not None:
                return (quoted,)  # "the ministry said": the ministry quoted last
        if named:
            owner = self._owner_before_head(span, named[0]) if span is not None else None
            if owner is not None:
                named = (owner,)  # "the Israeli mission to the UN": Israel's, not the UN's
            described = self._description_of(span, named[0]) if span is not None else None
            return (described,) if described else named
        if low in _IT or low in _THEY:
            actor = self._content_subject(att, False)
            if actor is not None and att.content.start < start:
                return (actor,)
            actor = self._clause_subject(start)
            if actor is not None:
                return (actor,)
            last = self._last(False, people=low in _THEY)
            if last is None and low in ("it", "they"):
                last = self._thing_before(start, low == "they")
            if last is None and low in ("it", "they"):
                last = self._subject_before(start, low == "they")
            return (last,) if last else ()
        if low in FIRST_PERSON:  # "I believe ...": the writer, outside quotations
            speaks = self.unnamed is not None and self.writer.speaks_at(
                start, (att.cue.start, att.cue.end)
            )
            return (self.writer.actor(self.unnamed),) if speaks else ()  # type: ignore[arg-type]
        if low == "each":  # "X and Y vied ..., each touting": both of them
            joint = self.people.joint_subject(start)
            both = self.coordinated(*joint) if joint else ()
            return both if len(both) > 1 else ()
        if low in _PERSON_PRONOUNS:
            last = self._person(low, att, start)
            return (last,) if last else ()
        labelled = self.labelled(text, start, att)  # "OLSEN: ...", "said the 46-year-old"
        if labelled is not None:
            return labelled
        relative = self.relative(text, start, att, depth)
        if relative is not None:
            return relative
        counted = self.counted(text, start)  # "All agreed", "Some said"
        if counted is not None:
            return counted
        filer = self.filer(text)  # "the indictment says", after "X said in an indictment"
        if filer is not None:
            return (filer,)
        if _DOCUMENTS.match(text):
            # "X said in a statement ... the statement added": X (see ``issuers``)
            last = self.issuer(text, start) or (self._last_issuer() if self.history else None)
            if last:
                return (last,)
        body = self.spokesperson_for(text, att)  # "a spokesperson said in a statement"
        if body is not None:
            return (body,)
        described = self._described(start, end)
        if described:
            return (described,)
        if span is not None and _epithet(span):  # "the star said": the person just named
            near = self.people.protagonist_near(start, None)
            if near is not None:
                return (near,)
        if span is not None:
            spelled = self._spelled_otherwise(span)
            if spelled:
                return (spelled,)
            whose = None
            their = next(
                (t for t in span if t.lower_ in _OWNERS and t.tag_ in ("PRP$", "PRP")), None
            )
            if their is not None:  # "his aides", "those close to him": that person's
                whose = self._person(_OWNERS[their.lower_], att, start)
            made = self._make(span, whose, self._short_name(whose))
            if made:
                return (made,)
        if _DOCUMENTS.match(text) and self.history:
            return self.history[-1]
        return ()

    def _last_issuer(self) -> str | None:
        """The last source that can issue a statement: not a group of people made for
        an unnamed source, nor a document made for one."""
        for sources in reversed(self.history):
            if self.made.get(sources[0]) not in ("people", "document"):
                return sources[0]
        return None

    def _short_name(self, actor_id: str | None) -> str | None:
        """ "Erdogan" for Recep Tayyip Erdogan: the last word of a person's name."""
        actor = self.actors.get(actor_id or "")
        return actor.name.split()[-1] if actor is not None and actor.name.split() else None

    def _make(
        self,
        span: SpacySpan,
        affiliation: str | None,
        whose: str | None = None,
        what: str | None = None,
    ) -> str | None:
        """An actor for a source without a name, named as written (see ``unnamed``)."""
        if self.unnamed is None:
            return None
        what = what or head_class(span)
        if what == "person name" and any(
            t.lower_ in self.reporters for t in span if t.pos_ == "PROPN"
        ):
            return None  # "Mark said" in a story by Mark Feldon: the reporter
        actor = unnamed_source(span, self.cast, self.unnamed, affiliation, whose, what)
        if actor is None or what is None:
            return None
        self.made[actor.id] = what
        head = head_of(span)
        self.made_heads[head.lemma_.lower()] = actor.id
        if head.i != span.root.i and span.root.lemma_.lower() in COLLECTIVES:
            # "a group of experts": "the group of rapporteurs" later is the same group
            self.made_heads[f"{span.root.lemma_.lower()} of"] = actor.id
        return actor.id

    def _spelled_otherwise(self, span: SpacySpan) -> str | None:
        """ "PENCE:" in a transcript, "Muslat said" after "Salim al-Muslat": a name the
        cast has in other letter case, or without its particle."""
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > 3 or not all(t.pos_ == "PROPN" or t.is_upper for t in words):
            return None
        want = " ".join(t.text for t in words).casefold()
        for actor in self.cast.actors:
            for name in (actor.name, *actor.aliases):
                last = name.casefold().split()[-1:] or [""]
                if want in (name.casefold(), last[0], last[0].split("-")[-1]):
                    return actor.id
        return None


__all__ = ["Resolver"]
