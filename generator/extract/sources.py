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
from spacy.tokens import Token

from generator.extract import lexicon
from generator.extract.actors import Cast, Mention
from generator.extract.attribution import Attribution
from generator.extract.document import ParsedArticle
from generator.extract.people import PRONOUN_GENDER, People
from generator.extract.unnamed import head_class, head_of, unnamed_source
from generator.factsheet.model import Actor

_PRIORITY = {"person": 0, "organisation": 1, "group": 1, "country": 2, "region": 2, "place": 3}
_IT = {"it", "its"}
_THEY = {"they", "their", "them"}
_PERSON_PRONOUNS = {"he", "she", "his", "her"}
_RELATIVES = {"which", "who", "that"}
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
_TITLE_WORDS = {w for title in lexicon.TITLES for w in title.split()}
# A state's "leader" is whoever holds one of these offices.
_LEADERS = ("president", "prime minister", "chancellor", "premier", "supreme leader", "king",
            "emir", "taoiseach", "leader")  # fmt: skip
# "the group", "the company": a body named before, by what it is
_GROUP_HEADS = {
    "group", "organisation", "organization", "company", "firm", "charity", "agency",
    "movement", "coalition", "alliance", "association", "campaign", "union", "institute",
    "foundation", "party", "militia", "faction",
}  # fmt: skip
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
# "the newspaper", "the network": the outlet named before.
_OUTLETS = {"newspaper", "paper", "network", "outlet", "magazine", "channel", "broadcaster",
            "station", "website", "publication", "tv", "television", "radio"}  # fmt: skip


class Resolver:
    def __init__(
        self, parsed: ParsedArticle, cast: Cast, unnamed: dict[str, Actor] | None = None
    ) -> None:
        self.parsed, self.cast = parsed, cast
        self.actors = {a.id: a for a in cast.actors}
        self.history: list[tuple[str, ...]] = []  # sources resolved so far, in order
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
        counts: dict[str, int] = {}
        for m in cast.mentions:
            if cast.kind(m.actor) == "country":
                counts[m.actor] = counts.get(m.actor, 0) + 1
        self.top_states = tuple(sorted(counts, key=lambda k: (-counts[k], k))[:2])
        self.people = People(parsed, cast)

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

    def _last(
        self, want_person: bool, gender: str | None = None, people: bool = True
    ) -> str | None:
        """The last source that is (or is not) a person; without ``people``, not a group of
        people made for an unnamed source ("it said" is not "officials")."""
        for sources in reversed(self.history):
            kind = self.kind(sources[0])
            if not people and self.made.get(sources[0]) == "people":
                continue
            if (kind == "person") == want_person and self.people.fits(sources[0], gender):
                return sources[0]
        return None

    def _content_subject(self, att: Attribution, want_person: bool) -> str | None:
        """The actor the content opens with ("The ministry has released..., it says")."""
        for mention in self.cast.mentions:
            if att.content.start <= mention.start <= att.content.start + 4 and (
                (self.cast.kind(mention.actor) == "person") == want_person
            ):
                return mention.actor
        return None

    def _clause_subject(self, start: int) -> str | None:
        """ "Armenia warned that it would ..., saying ...": "it" inside the words of a
        state or body that is the subject of the verb they hang from, in its sentence."""
        token = self.parsed.token_at(start)
        node = token.head
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < token.i), None)
            if subject is None or subject.i == token.i:
                continue
            found = next(
                (m.actor for m in self.cast.mentions if m.start <= subject.idx < m.end), None
            )
            if found is not None and self.kind(found) != "person":
                return found
        return None

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
        text = self.parsed.text[start:end].strip()
        low = text.lower()
        if _BOTH.match(text) and len(self.top_states) == 2:
            return self.top_states
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
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
            return (last,) if last else ()
        if low in _PERSON_PRONOUNS:
            last = self._person(low, att, start)
            return (last,) if last else ()
        if low in _RELATIVES:
            antecedent = self._antecedent(start)
            if antecedent is None or depth:
                return ()
            return self.phrase(*antecedent, att, depth + 1)
        if _DOCUMENTS.match(text) and self.history:
            last = self._last_issuer()  # "X said in a statement ... the statement added"
            if last:
                return (last,)
        described = self._described(start, end)
        if described:
            return (described,)
        if span is not None:
            spelled = self._spelled_otherwise(span)
            if spelled:
                return (spelled,)
            whose = None
            owner = next((t for t in span if t.tag_ == "PRP$" and t.lower_ in ("his", "her")), None)
            if owner is not None:  # "his aides", "many of his supporters": that person's
                whose = self._person(owner.lower_, att, start)
            made = self._make(span, whose, self._short_name(whose))
            if made:
                return (made,)
        if _DOCUMENTS.match(text) and self.history:
            return self.history[-1]
        return ()

    def _quoted_body(self, span: SpacySpan) -> str | None:
        """ "The ministry said", when a ministry was quoted among the last few sources:
        that ministry (a reporter's "the ministry" is the one just quoted, not the one
        named last in passing)."""
        head = head_of(span)
        lemma = head.lemma_.lower()
        words = [
            lexicon.SPELLING.get(t.lower_, t.lower_)
            for t in span
            if t.i < head.i and t.pos_ in ("NOUN", "ADJ") and not t.is_stop
        ]
        for sources in self.history[-4:][::-1]:
            actor = self.actors.get(sources[0])
            if actor is None or actor.kind != "organisation":
                continue
            name = f"{actor.id} {actor.name.lower()}"
            if re.search(rf"\b{re.escape(lemma)}", name) and all(w in name for w in words):
                return actor.id
        return None

    def _last_issuer(self) -> str | None:
        """The last source that can issue a statement: not a group of people made for
        an unnamed source, nor a document made for one."""
        for sources in reversed(self.history):
            if self.made.get(sources[0]) not in ("people", "document"):
                return sources[0]
        return None

    def _person(self, pronoun: str, att: Attribution, start: int) -> str | None:
        """The person "he", "she", "his" or "her" stands for."""
        gender = PRONOUN_GENDER[pronoun]
        last = (
            self.people.named_before_in_paragraph(att, gender)
            or self.people.speaker_just_before(att, gender)
            or self._last(True, gender)
            or self.people.protagonist_near(start, gender)
            or self._nearest(start, "person", gender=gender)
        )
        if last and last not in self.people.gender:
            self.people.gender[last] = gender  # "she said" tells who she is for later
        return last

    def _short_name(self, actor_id: str | None) -> str | None:
        """ "Erdogan" for Recep Tayyip Erdogan: the last word of a person's name."""
        actor = self.actors.get(actor_id or "")
        return actor.name.split()[-1] if actor is not None and actor.name.split() else None

    def _make(
        self, span: SpacySpan, affiliation: str | None, whose: str | None = None
    ) -> str | None:
        """An actor for a source without a name, named as written (see ``unnamed``)."""
        if self.unnamed is None:
            return None
        what = head_class(span)
        if what == "person name" and any(
            t.lower_ in self.reporters for t in span if t.pos_ == "PROPN"
        ):
            return None  # "Mark said" in a story by Mark Feldon: the reporter
        actor = unnamed_source(span, self.cast, self.unnamed, affiliation, whose)
        if actor is None or what is None:
            return None
        self.made[actor.id] = what
        self.made_heads[head_of(span).lemma_.lower()] = actor.id
        return actor.id

    def _description_of(self, span: SpacySpan, modifier: str) -> str | None:
        """ "US officials", "Armenia's ambassador to Russia", "Syrian state TV": a phrase
        about people, a body or a document that only names who they belong to is not
        that state or person.  It is the office holder or the body already known, or an
        actor for the phrase as written."""
        head = head_of(span)
        if any(m.start <= head.idx < m.end for m in self.cast.mentions):
            return None  # the head is a name ("President Putin", "the Kremlin")
        after = head.idx + len(head.text_with_ws)
        for mention in self._mentions(span.start_char, span.end_char):
            if mention.text and mention.start == after:
                return mention.actor  # "the charity Medical Aid": the name of what it is
        what = head_class(span)
        if what is None:
            return None
        if what == "document" and self._author(head, span) == modifier:
            return modifier  # "TNO's report", "a report by TNO": its author
        lemma = head.lemma_.lower()
        if lemma in _SPOKESPEOPLE and self.kind(modifier) != "person":
            return modifier  # a body speaks through its spokespeople
        for actor in self.cast.actors:
            if actor.affiliation != modifier or (not actor.role and actor.kind == "person"):
                continue
            words = (actor.role or "").lower() if actor.kind == "person" else actor.name.lower()
            if re.search(rf"\b{re.escape(lemma)}", words):
                return actor.id
        if lemma == "leader" and self.kind(modifier) == "country":
            holder = self.office_holder(" ".join(_LEADERS), modifier)
            if holder is not None:
                return holder
        return self._make(span, modifier)

    def _author(self, head: Token, span: SpacySpan) -> str | None:
        """Who wrote a document: its owner ("TNO's report"), the name before it ("a
        Pentagon report"), or the one after "by" or "from" ("a report by TNO")."""
        tokens = [c for c in head.children if c.dep_ in ("poss", "compound")]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                tokens += [c for c in prep.children if c.dep_ == "pobj"]
        for token in tokens:
            if token.pos_ != "PROPN" or not span.start <= token.i < span.end:
                continue
            last = min(token.right_edge.i, span.end - 1)
            edge = span.doc[last]
            found = self.named(token.left_edge.idx, edge.idx + len(edge))
            if found is not None and self.kind(found) not in ("place", "region"):
                return found
        return None

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

    def _nearest(
        self, char: int, kind: str, suffix: str = "", gender: str | None = None
    ) -> str | None:
        """The actor of ``kind`` named last before ``char`` (its id ending in ``suffix``)."""
        for mention in reversed(self.cast.before(char)):
            if (
                self.cast.kind(mention.actor) == kind
                and mention.actor.endswith(suffix)
                and self.people.fits(mention.actor, gender)
            ):
                return mention.actor
        return None

    def _antecedent(self, char: int) -> tuple[int, int] | None:
        """ "the ministry, which said", "Mr Holm, the mayor, who said": where the phrase
        the relative pronoun stands for is (the name an apposition describes)."""
        token = self.parsed.token_at(char)
        clause = token.head
        if clause.dep_ != "relcl":
            return None
        noun = clause.head
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            noun = noun.head
        start = noun.left_edge.idx
        return start, noun.idx + len(noun)

    def _described(self, start: int, end: int) -> str | None:
        """ "The defence ministry", "the military", "a ministry statement": the organisation
        last named with that head; "the ambassador", "his spokesperson": the person."""
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ == "PROPN" for t in span):
            return None
        head = head_of(span)
        lemma = head.lemma_.lower()
        if head.lower_ in _OUTLETS or lemma in _OUTLETS:
            outlet = self._last_outlet(start)
            if outlet is not None:
                return outlet
        if span[0].lower_ in ("the", "this", "that") and lemma in self.made_heads:
            return self.made_heads[lemma]  # "a senior official said ... the official added"
        if span[0].lower_ in ("the", "this") and head.tag_ == "NN" and lemma in _GROUP_HEADS:
            body = self._nearest_body(start, lemma) or self._last_body()
            if body is not None:
                return body  # "Doctors Without Borders said ... the aid group said"
        for token in span:
            lemma = token.lemma_.lower()
            if lemma in lexicon.ORG_HEADS and token.pos_ == "NOUN":
                words = tuple(
                    lexicon.SPELLING.get(t.lower_, t.lower_)
                    for t in span
                    if t.i < token.i and t.pos_ in ("NOUN", "ADJ") and not t.is_stop
                )
                return self._nearest_body(start, lemma, words)
        root = span.root.lower_
        if root in ("spokesman", "spokeswoman", "spokesperson", "aide", "office") and any(
            t.lower_ in ("his", "her") for t in span
        ):
            whose = self._last(True) or self._nearest(start, "person")
            if whose is None or root == "office":
                return whose
            return self._make(span, whose, self._short_name(whose)) or whose
        if root in _TITLE_WORDS and span[0].lower_ == "the":
            for mention in reversed(self.cast.before(start)):
                actor = self.actors.get(mention.actor)
                if actor and actor.kind == "person" and root in (actor.role or "").lower():
                    return actor.id
        return None

    def _last_body(self) -> str | None:
        """The organisation or group among the last three sources, named in the text."""
        for sources in self.history[-3:][::-1]:
            if self.kind(sources[0]) in ("organisation", "group") and sources[0] in self.actors:
                return sources[0]
        return None

    def _nearest_body(self, char: int, lemma: str, words: tuple[str, ...] = ()) -> str | None:
        """The organisation named last before ``char`` whose name has the word ``lemma``,
        and the description's other ``words`` if one has them ("the defence ministry":
        the defence ministry named last, not the foreign ministry named since)."""
        found = []
        for mention in reversed(self.cast.before(char)):
            actor = self.actors.get(mention.actor)
            if (
                actor is not None
                and actor.kind == "organisation"
                and (
                    actor.id.endswith(f"-{lemma}")
                    or re.search(rf"\b{re.escape(lemma)}", actor.name.lower())
                )
            ):
                found.append(actor)
        name = [a for a in found if all(w in f"{a.id} {a.name.lower()}" for w in words)]
        best = name or found
        return best[0].id if best else None

    def _last_outlet(self, char: int) -> str | None:
        """ "the newspaper": the outlet or organisation last quoted as a source before
        it, else the organisation named last whose name makes it an outlet."""
        for sources in reversed(self.history):
            actor = self.actors.get(sources[0])
            if actor is not None and (
                actor.kind == "organisation" or _OUTLET_NAME.search(actor.name)
            ):
                return actor.id
        for mention in reversed(self.cast.before(char)):
            actor = self.actors.get(mention.actor)
            if actor and actor.kind != "place" and _OUTLET_NAME.search(actor.name):
                return actor.id
        return None


_OUTLET_NAME = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Telegraph|Guardian|Gazette|Daily|Magazine|"
    r"Network|TV|Television|Radio|Channel|Press|Broadcasting|Agency|Standard|Observer|"
    r"Independent|Mail|Express|Chronicle|Globe|Star|Sun|Mirror|Review|Bulletin|Wire)\b"
)
__all__ = ["Resolver"]
