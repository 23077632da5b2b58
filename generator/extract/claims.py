"""Attributed statements -> claims with their sources resolved to actors.

``attribution.find_attributions`` says who (as written), cue and content.  Here the
"who" becomes actor ids: a named actor in the source phrase (a person before an
organisation before a state), a pronoun ("It said") -> the last non-person source, a
document ("A statement said") -> the last source, "both sides" -> the two states named
most, and a relay ("A, quoted by B") -> ``via``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.extract import lexicon
from generator.extract.actors import Cast, Mention
from generator.extract.attribution import Attribution, Span, find_attributions
from generator.extract.attribution.denials import find_denials
from generator.extract.attribution.forms import speaks
from generator.extract.attribution.nested import find_nested
from generator.extract.document import ParsedArticle
from generator.extract.figures import find_figures
from generator.extract.sides import owner
from generator.extract.unnamed import unnamed_source
from generator.factsheet.model import Actor, Claim, Evidence
from generator.slugs import slugify, unique

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
_KEY_POS = ("NOUN", "VERB", "PROPN")
_TITLE_WORDS = {w for title in lexicon.TITLES for w in title.split()}
_REPORTING_KINDS = ("body", "quote", "list")


@dataclass(frozen=True)
class Located:
    """A claim with where it is in the text (for disputes)."""

    claim: Claim
    start: int  # content offsets in the parsed text
    end: int
    sentence_start: int
    paragraph: str
    attribution: Attribution | None = None  # what the claim was read from
    sides_found: tuple[str, ...] = ()  # how each figure's side was found (figures.SIDE_FOUND)


class _Resolver:
    def __init__(self, parsed: ParsedArticle, cast: Cast) -> None:
        self.parsed, self.cast = parsed, cast
        self.actors = {a.id: a for a in cast.actors}
        self.history: list[tuple[str, ...]] = []  # sources resolved so far, in order
        counts: dict[str, int] = {}
        for m in cast.mentions:
            if cast.kind(m.actor) == "country":
                counts[m.actor] = counts.get(m.actor, 0) + 1
        self.top_states = tuple(sorted(counts, key=lambda k: (-counts[k], k))[:2])
        self.gender = _genders(parsed, cast)

    def named(self, start: int, end: int) -> str | None:
        found = self.cast.within(start, end)
        if not found:
            return None
        return min(found, key=lambda a: (_PRIORITY.get(self.cast.kind(a) or "", 9), found.index(a)))

    def office_holder(self, text: str, state: str) -> str | None:
        """ "Azerbaijan's president" -> the person named as President of Azerbaijan."""
        low = text.lower()
        titles = [t for t in lexicon.TITLES if re.search(rf"\b{re.escape(t)}\b", low)]
        if not titles:
            return None
        for actor in self.cast.actors:
            if actor.kind == "person" and actor.affiliation == state and actor.role:
                role = actor.role.lower()
                if any(role.startswith(t) or role.endswith(t) for t in titles) and not any(
                    m in role for m in ("former", "deputy", "vice") if m not in low
                ):
                    return actor.id
        return None

    def coordinated(self, start: int, end: int) -> tuple[str, ...]:
        """ "Azerbaijan and Armenia", "Mr Putin and Nikol Pashinyan": every one of them
        (not "Jele, President Ramaphosa's adviser on legal and international affairs")."""
        first = self.named(start, end)
        if first is None:
            return ()
        rank = _PRIORITY.get(self.cast.kind(first) or "", 9)
        mentions = [
            m
            for m in self.cast.mentions
            if start <= m.start
            and m.end <= end
            and _PRIORITY.get(self.cast.kind(m.actor) or "", 9) == rank
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

    def _last(self, want_person: bool, gender: str | None = None) -> str | None:
        for sources in reversed(self.history):
            kind = self.cast.kind(sources[0])
            if (kind == "person") == want_person and self._fits(sources[0], gender):
                return sources[0]
        return None

    def _fits(self, actor_id: str, gender: str | None) -> bool:
        """Whether a person may be "he" (gender "m") or "she" ("f"), as far as known."""
        known = self.gender.get(actor_id)
        return gender is None or known is None or known == gender

    def _content_subject(self, att: Attribution, want_person: bool) -> str | None:
        """The actor the content opens with ("The ministry has released..., it says")."""
        for mention in self.cast.mentions:
            if att.content.start <= mention.start <= att.content.start + 4 and (
                (self.cast.kind(mention.actor) == "person") == want_person
            ):
                return mention.actor
        return None

    def source(self, att: Attribution) -> tuple[str, ...]:
        if att.source is None:
            return ()
        text = att.source.text.strip()
        low = text.lower()
        if _BOTH.match(text) and len(self.top_states) == 2:
            return self.top_states
        named = self.coordinated(att.source.start, att.source.end)
        if named and self.cast.kind(named[0]) == "country":
            holder = self.office_holder(text, named[0])
            if holder is not None:
                return (holder,)
        if named:
            return named
        if low in _IT or low in _THEY:
            actor = self._content_subject(att, False)
            if actor is not None and att.content.start < att.source.start:
                return (actor,)
            last = self._last(False)
            return (last,) if last else ()
        if low in _PERSON_PRONOUNS:
            gender = _PRONOUN_GENDER[low]
            last = (
                self._named_before_in_paragraph(att, gender)
                or self._speaker_just_before(att, gender)
                or self._last(True, gender)
                or self._nearest(att.source.start, "person", gender=gender)
            )
            if last and last not in self.gender:
                self.gender[last] = gender  # "she said" tells who she is for later
            return (last,) if last else ()
        if low in _RELATIVES:
            antecedent = self._antecedent(att.source.start)
            return (antecedent,) if antecedent else ()
        if _DOCUMENTS.match(text) and self.history:
            last = self._last(False)  # statements come from institutions
            return (last,) if last else self.history[-1]
        described = self._described(att.source.start, att.source.end)
        return (described,) if described else ()

    def _named_before_in_paragraph(self, att: Attribution, gender: str) -> str | None:
        """ "...was 25-year-old Nesma Hajjaj. 'I am from Gaza City,' she said": the person
        named last before the pronoun in its paragraph, outside quoted words, who can be
        "he" or "she"; of the people in that sentence, one known to fit the pronoun goes first,
        then the subject of a verb ("Holm criticised Lind. He said ...": Holm)."""
        assert att.source is not None
        paragraph = self.parsed.paragraph_span(self.parsed.paragraph_at(att.source.start))
        text = self.parsed.text
        found: list[Mention] = []
        for mention in reversed(self.cast.before(att.source.start)):
            if mention.start < paragraph.start_char:
                break
            inside = att.content.start <= mention.start < att.content.end
            quoted = sum(text.count(q, paragraph.start_char, mention.start) for q in '"“”') % 2
            if (
                self.cast.kind(mention.actor) == "person"
                and not inside
                and not quoted
                and self._fits(mention.actor, gender)
            ):
                found.append(mention)
        if not found:
            return None
        sentence = self.parsed.sentence_at(found[0].start)
        same = [m for m in found if sentence.start_char <= m.start < sentence.end_char]
        # known to fit the pronoun first, then a subject, then the nearest
        ranked = sorted(
            range(len(same)),
            key=lambda k: (
                self.gender.get(same[k].actor) != gender,
                not self._is_subject(same[k]),
                k,
            ),
        )
        return same[ranked[0]].actor

    def _speaker_just_before(self, att: Attribution, gender: str) -> str | None:
        """ "Zosin, a resident, said he ran. / 'Then it exploded,' he said": when nobody
        is named before the pronoun in its paragraph, the person who spoke (the subject
        of a verb of saying) last in the paragraph before, if the pronoun fits."""
        assert att.source is not None
        paragraphs = self.parsed.paragraphs
        here = self.parsed.paragraph_at(att.source.start)
        at = next((n for n, p in enumerate(paragraphs) if p.id == here.id), 0)
        if at == 0:
            return None
        before = self.parsed.paragraph_span(paragraphs[at - 1])
        for mention in reversed(self.cast.before(before.end_char)):
            if mention.start < before.start_char:
                break
            if (
                self.cast.kind(mention.actor) == "person"
                and self._fits(mention.actor, gender)
                and speaks(self._head(mention))
            ):
                return mention.actor
        return None

    def _head(self, mention: Mention) -> Token:
        """The token a mention's name hangs from the sentence by ("Mr Olsen, 61" -> Olsen)."""
        token = self.parsed.token_at(mention.end - 1)
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        return token

    def _is_subject(self, mention: Mention) -> bool:
        return self._head(mention).dep_ in ("nsubj", "nsubjpass")

    def _nearest(
        self, char: int, kind: str, suffix: str = "", gender: str | None = None
    ) -> str | None:
        """The actor of ``kind`` named last before ``char`` (its id ending in ``suffix``)."""
        for mention in reversed(self.cast.before(char)):
            if (
                self.cast.kind(mention.actor) == kind
                and mention.actor.endswith(suffix)
                and self._fits(mention.actor, gender)
            ):
                return mention.actor
        return None

    def _antecedent(self, char: int) -> str | None:
        """ "the ministry, which said": the actor the relative pronoun stands for."""
        token = self.parsed.token_at(char)
        clause = token.head
        if clause.dep_ != "relcl":
            return None
        noun = clause.head
        start = noun.left_edge.idx
        return self.named(start, noun.idx + len(noun))

    def _described(self, start: int, end: int) -> str | None:
        """ "The defence ministry", "the military", "a ministry statement": the organisation
        last named with that head; "the ambassador", "his spokesperson": the person."""
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.pos_ == "PROPN" for t in span):
            return None
        for token in span:
            lemma = token.lemma_.lower()
            if lemma in lexicon.ORG_HEADS and token.pos_ == "NOUN":
                return self._nearest(start, "organisation", f"-{lemma}")
        root = span.root.lower_
        if root in ("spokesman", "spokeswoman", "spokesperson", "aide", "office") and any(
            t.lower_ in ("his", "her") for t in span
        ):
            return self._last(True) or self._nearest(start, "person")
        if root in _TITLE_WORDS and span[0].lower_ == "the":
            for mention in reversed(self.cast.before(start)):
                actor = self.actors.get(mention.actor)
                if actor and actor.kind == "person" and root in (actor.role or "").lower():
                    return actor.id
        return None


_PRONOUN_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}
_GENDERED_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "businessman": "m", "king": "m", "prince": "m", "father": "m",
    "husband": "m", "son": "m", "brother": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f",
    "queen": "f", "princess": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f",
}  # fmt: skip


def _genders(parsed: ParsedArticle, cast: Cast) -> dict[str, str]:
    """People whose gender the text gives away: an honorific before a mention ("Ms Berg")
    or a gendered word in the role ("spokeswoman"); a person given both is left out."""
    seen: dict[str, set[str]] = {}
    for actor in cast.actors:
        if actor.kind == "person" and actor.role:
            for word in actor.role.lower().split():
                if word in _GENDERED_WORDS:
                    seen.setdefault(actor.id, set()).add(_GENDERED_WORDS[word])
    text = parsed.text
    for mention in cast.mentions:
        if cast.kind(mention.actor) != "person":
            continue
        words = text[max(0, mention.start - 12) : mention.start].split()
        first = mention.text.split()[0].lower() if mention.text.split() else ""
        head = parsed.token_at(mention.end - 1)
        described = [c.lower_ for c in head.children if c.dep_ == "appos"]
        for word in (words[-1].lower() if words else "", first, *described):
            if word in _GENDERED_WORDS:
                seen.setdefault(mention.actor, set()).add(_GENDERED_WORDS[word])
    return {actor: next(iter(g)) for actor, g in sorted(seen.items()) if len(g) == 1}


def _key_words(att: Attribution, parsed: ParsedArticle, cast: Cast) -> str:
    span = parsed.doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
    if span is None:
        return ""
    named = {
        i
        for m in cast.mentions
        if att.content.start <= m.start < att.content.end
        for i in range(m.start, m.end)
    }
    words = [
        t.lower_
        for t in span
        if t.pos_ in _KEY_POS
        and t.is_alpha
        and not t.is_stop
        and t.idx not in named
        and t.lemma_ not in ("say", "be", "have")
        and t.lower_ not in _TITLE_WORDS
    ]
    return "-".join(words[:3]) or att.verb


_TRAILING = re.compile(
    r"[\s,;:–—-]*(?:\b(?:while|whereas|but|and|however|though|although)\b)?[\s,;:–—-]*"
    r"(?:\b(?:a|an|the)\s+(?:claim|allegation|accusation|charge|report)\s*(?:which|that)?)?\s*$"
)  # "..., a claim which" before "Peru denies"


def _trim(att: Attribution, attributions: list[Attribution], text: str) -> Attribution:
    """Cut a content that runs on into the next attribution ("X – while B said Y")."""
    end = att.content.end
    for other in attributions:
        lead = other.source or other.cue
        if (
            other is not att
            and att.content.start < lead.start < end
            and other.cue.start > att.cue.start
        ):
            end = lead.start
    if end == att.content.end:
        return att
    cut = text[att.content.start : end]
    cut = _TRAILING.sub("", cut)
    if not cut.strip():
        return att
    content = Span(att.content.start, att.content.start + len(cut), cut)
    return replace(att, content=content)


def _claimed_words(att: Attribution, content: SpacySpan | None) -> str:
    """The claimed words as a sentence reads them: "that the border would stay open"
    without its "that" (a complementizer, not "that claim")."""
    if (
        content is not None
        and len(content) > 2
        and (content[0].lower_, content[0].dep_)
        == (
            "that",
            "mark",
        )
    ):
        return " ".join(content[1:].text.split())
    return " ".join(att.content.text.split())


def _within(sentence: str, paragraph: str) -> str:
    """The sentence as it stands in its paragraph (never running into the next one)."""
    sentence = sentence.strip()
    if sentence in paragraph:
        return sentence
    head = sentence.split("\n\n", 1)[0].strip()
    return head if head in paragraph else paragraph


def _points_back(lead: Attribution) -> bool:
    """ "X says A, a claim which Y denies": Y's denial points back at words before its
    cue, so X's claim, which ends with Y's cue, is still a claim of its own."""
    return lead.content.end <= lead.cue.start


def _duplicate(claim: Claim, other: Claim) -> bool:
    """The same words by the same source in the same paragraph, read twice."""
    if claim.by != other.by or claim.evidence is None or other.evidence is None:
        return False
    if claim.evidence.paragraph != other.evidence.paragraph:
        return False
    a, b = claim.text.strip(' "“”,.'), other.text.strip(' "“”,.')
    return bool(a) and bool(b) and (a in b or b in a)


def find_claims(
    parsed: ParsedArticle, cast: Cast, unnamed: dict[str, Actor] | None = None
) -> tuple[Located, ...]:
    """Claims in reading order, each with its place in the text.  With ``unnamed``, a
    claim by people the article does not name ("officials said") gets an actor for
    them (see :mod:`generator.extract.unnamed`), added to ``unnamed`` by id."""
    resolver = _Resolver(parsed, cast)
    taken: set[str] = set()
    out: list[Located] = []
    attributions = find_attributions(parsed.doc)
    attributions += find_nested(parsed.doc, attributions)
    attributions = sorted(
        attributions + find_denials(parsed.doc, attributions),
        key=lambda a: (a.cue.start, a.content.start),
    )
    cues = {a.cue.end: a for a in attributions}
    for att in attributions:
        lead = cues.get(att.content.end)
        if lead is not None and not _points_back(lead):
            continue  # the content is another attribution's lead ("while B said")
        att = _trim(att, attributions, parsed.text)
        if len(re.findall(r"\w+", att.content.text)) < 2 and att.kind != "denial":
            continue  # nothing is claimed ("promised that")
        paragraph = parsed.paragraph_at(att.cue.start)
        if paragraph.kind not in _REPORTING_KINDS:
            continue
        by = resolver.source(att)
        if not by and unnamed is not None and att.source is not None:
            span = parsed.doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
            group = unnamed_source(span, cast, unnamed)
            by = (group.id,) if group is not None else ()
        if not by:
            continue
        resolver.history.append(by)
        via = None
        if att.relayed_by is not None:
            via = resolver.named(att.relayed_by.start, att.relayed_by.end)
        content = parsed.doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
        about = tuple(a for a in cast.within(att.content.start, att.content.end) if a not in by)
        speaker_side = owner(cast, by[0])
        opponent = None
        if speaker_side in resolver.top_states:
            opponent = next((s for s in resolver.top_states if s != speaker_side), None)
        sides_found: list[str] = []
        figures = (
            find_figures(
                content,
                speaker_side,
                opponent,
                lambda pid: pid if cast.kind(pid) else None,
                sides_found,
            )
            if content is not None
            else ()
        )
        sentence = parsed.sentence_at(att.cue.start)
        claim_id = unique(
            slugify("-".join([by[0], _key_words(att, parsed, cast)]).strip("-")), taken
        )
        claim = Claim(
            id=claim_id,
            by=by,
            verb=att.verb,
            text=_claimed_words(att, content),
            kind=att.kind,
            quote=att.quote,
            about=about,
            figures=figures,
            via=via if via not in by else None,
            evidence=Evidence(paragraph.id, _within(sentence.text, paragraph.text)),
        )
        if any(_duplicate(claim, other.claim) for other in out):
            taken.discard(claim_id)
            continue
        out.append(
            Located(
                claim,
                att.content.start,
                att.content.end,
                sentence.start_char,
                paragraph.id,
                att,
                tuple(sides_found),
            )
        )
    out.sort(key=lambda c: (c.start, c.end))
    return tuple(out)


__all__ = ["Located", "find_claims"]
