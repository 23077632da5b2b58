"""Attributed statements -> claims with their sources resolved to actors.

``attribution.find_attributions`` says who (as written), cue and content.  Here the
"who" becomes actor ids (:mod:`generator.extract.sources`), a relay ("A, quoted by B")
becomes ``via``, and the claim gets its text, quote, figures and evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from generator.extract import lexicon
from generator.extract.actors import Cast, Mention
from generator.extract.attribution import Attribution, find_attributions
from generator.extract.attribution.continued import unattributed_quotes
from generator.extract.attribution.denials import find_denials
from generator.extract.attribution.nested import find_nested
from generator.extract.claim_text import FURNITURE, MARKS, claimed_words, own_words, quote_of, trim
from generator.extract.counted_sources import NO_ONE
from generator.extract.deeds import not_a_claim
from generator.extract.document import ParsedArticle
from generator.extract.figures import find_figures
from generator.extract.sides import owner
from generator.extract.sources import Resolver
from generator.factsheet.model import Actor, Claim, Evidence
from generator.slugs import slugify, unique

_KEY_POS = ("NOUN", "VERB", "PROPN")
_TITLE_WORDS = {w for title in lexicon.TITLES for w in title.split()}
_REPORTING_KINDS = ("body", "quote", "list")


@dataclass(frozen=True)
class Dropped:
    """An attribution that did not become a claim, and the rule that dropped it."""

    attribution: Attribution
    reason: str


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


def _evidence(att: Attribution, parsed: ParsedArticle, sentence: SpacySpan, paragraph: str) -> str:
    """The sentence of the cue, from the sentence the claim starts in when that comes
    first in the paragraph ("'We are ready!' / the president said.")."""
    first = parsed.sentence_at(att.content.start)
    if first.start_char < sentence.start_char and parsed.paragraph_at(
        first.start_char
    ) == parsed.paragraph_at(sentence.start_char):
        text = parsed.text[first.start_char : sentence.end_char]
        return _within(text, paragraph)
    return _within(sentence.text, paragraph)


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


def _side(cast: Cast, actor_id: str, unnamed: dict[str, Actor] | None) -> str:
    """The side an actor speaks for (see ``sides.owner``), through the affiliation of an
    actor made for an unnamed source ("Moldovan officials": Moldova)."""
    seen: set[str] = set()
    while unnamed and actor_id in unnamed and actor_id not in seen:
        seen.add(actor_id)
        affiliation = unnamed[actor_id].affiliation
        if not affiliation:
            break
        actor_id = affiliation
    return owner(cast, actor_id)


def _duplicate(claim: Claim, other: Claim) -> bool:
    """The same words by the same source in the same paragraph, read twice."""
    if claim.by != other.by or claim.evidence is None or other.evidence is None:
        return False
    if claim.evidence.paragraph != other.evidence.paragraph:
        return False
    a, b = claim.text.strip(' "“”,.'), other.text.strip(' "“”,.')
    return bool(a) and bool(b) and (a in b or b in a)


def _continuing(
    att: Attribution,
    out: list[Located],
    parsed: ParsedArticle,
    order: dict[str, int],
    mentions: dict[str, list[Mention]],
    documents: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[str, ...]:
    """Who goes on speaking in a quotation with no attribution: the interviewee when it
    answers a question (a paragraph ending in "?" with no claim in it), else the source
    of the claim just before it, with at most one paragraph between them that does not
    name that source again (headings do not count).  A document (``documents``: ids of
    actors made for one) quoted in between does not take the speaker's words over."""
    here = order[parsed.paragraph_at(att.content.start).id]
    before = [c for c in out if c.start < att.content.start]
    if here > 0:
        asked = parsed.paragraphs[here - 1]
        if asked.text.rstrip(MARKS + " ").endswith("?") and not any(
            c.paragraph == asked.id for c in before
        ):
            people: dict[tuple[str, ...], int] = {}
            for c in before:
                people[c.claim.by] = people.get(c.claim.by, 0) + 1
            if people:
                best = max(people.values())
                if best >= 2:
                    return next(by for by, n in people.items() if n == best)
    if before:
        last = max(before, key=lambda c: c.start)
        spoken = [c for c in before if c.claim.by[0] not in documents]
        if last.claim.by[0] in documents and spoken:
            last = max(spoken, key=lambda c: c.start)  # "'...,' Sand said. A report ... '...'"
        between = parsed.paragraphs[order.get(last.paragraph, here) + 1 : here]
        # headings, and paragraphs that name the speaker again, do not part them
        apart = [
            p
            for p in between
            if p.kind != "heading"
            and not any(
                parsed.paragraph_at(m.start).id == p.id for m in mentions.get(last.claim.by[0], ())
            )
        ]
        if order.get(last.paragraph, -9) >= 0 and len(apart) <= 1:
            return last.claim.by
    return ()


def _introduced(
    att: Attribution, parsed: ParsedArticle, cast: Cast, order: dict[str, int]
) -> tuple[str, ...]:
    """Who a quotation with no attribution is by when the paragraph right before it
    introduces it with a colon ("Captain Jonas Berg put it this way:"): the actor its
    last sentence's subject names; with no subject, the person it names first, else the
    first actor it names."""
    here = order[parsed.paragraph_at(att.content.start).id]
    if here == 0:
        return ()
    before = parsed.paragraphs[here - 1]
    if before.kind not in _REPORTING_KINDS or not before.text.rstrip().endswith(":"):
        return ()
    lo, hi = parsed.starts[here - 1], parsed.starts[here]
    sentences = parsed.sentences_in(before)
    if not sentences:
        return ()
    root = sentences[-1].root  # the sentence that ends with ":"
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:  # "In an interview with Jo Lee, Holm said:": Holm
        said = cast.within(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        return said[:1]
    named = cast.within(lo, hi)
    people = [a for a in named if cast.kind(a) == "person"]
    return tuple((people or list(named))[:1])


def find_claims(
    parsed: ParsedArticle,
    cast: Cast,
    unnamed: dict[str, Actor] | None = None,
    dropped: list[Dropped] | None = None,
) -> tuple[Located, ...]:
    """Claims in reading order, each with its place in the text.  With ``unnamed``, a
    claim by people the article does not name ("officials said") gets an actor for
    them (see :mod:`generator.extract.unnamed`), added to ``unnamed`` by id.  With
    ``dropped``, every attribution that does not become a claim is added to it with the
    rule that dropped it (for the benchmarks)."""

    def drop(att: Attribution, reason: str) -> None:
        if dropped is not None:
            dropped.append(Dropped(att, reason))

    resolver = Resolver(parsed, cast, unnamed)
    taken: set[str] = set()
    out: list[Located] = []
    attributions = find_attributions(parsed.doc, text=parsed.text)
    attributions += find_nested(parsed.doc, attributions)
    attributions = sorted(
        attributions + find_denials(parsed.doc, attributions),
        key=lambda a: (a.cue.start, a.content.start),
    )
    attributions = sorted(
        attributions + unattributed_quotes(parsed.doc, attributions, text=parsed.text),
        key=lambda a: (a.cue.start, a.content.start),
    )
    order = {p.id: n for n, p in enumerate(parsed.paragraphs)}
    mentions: dict[str, list[Mention]] = {}
    for mention in cast.mentions:
        mentions.setdefault(mention.actor, []).append(mention)
    cues = {a.cue.end: a for a in attributions if not a.continued}
    for att in attributions:
        lead = cues.get(att.content.end)
        if lead is not None and not _points_back(lead):
            drop(att, "content is another attribution's lead")  # "while B said"
            continue
        att = trim(att, attributions, parsed.text)
        if len(re.findall(r"\w+", att.content.text)) < 2 and att.kind != "denial":
            drop(att, "nothing claimed")  # "promised that"
            continue
        why = None if att.continued else not_a_claim(att, parsed)
        if why is not None:
            drop(att, why)
            continue
        paragraph = parsed.paragraph_at(att.cue.start)
        if paragraph.kind not in _REPORTING_KINDS:
            drop(att, f"in a {paragraph.kind} paragraph")
            continue
        if FURNITURE.match(paragraph.text):
            drop(att, "in a related-links line")
            continue
        if att.source is not None and NO_ONE.match(att.source.text.strip()):
            drop(att, "a source that is no one")  # "no one expected", "not everyone agrees"
            continue
        if att.continued:
            documents = {k for k, what in resolver.made.items() if what == "document"}
            by = _introduced(att, parsed, cast, order) or _continuing(
                att, out, parsed, order, mentions, documents
            )
        else:
            by = resolver.source(att)
        if not by:
            if att.continued:
                drop(att, "a quotation with no speaker before it")
            else:
                drop(att, "no source" if att.source is None else "source resolved to no actor")
            continue
        resolver.heard(att, by)
        said = [f for f in att.fragments if f.end <= att.cue.start]
        if said and any(
            c.claim.by == by and c.start <= said[0].start and said[-1].end <= c.end for c in out
        ):  # '"A," she said, adding that B': B, as A is her claim already
            att = own_words(att, parsed.text) or att
        via = None
        if att.relayed_by is not None:
            via = resolver.named(att.relayed_by.start, att.relayed_by.end)
        content = parsed.doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
        about = tuple(a for a in cast.within(att.content.start, att.content.end) if a not in by)
        speaker_side = _side(cast, by[0], unnamed)
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
        text = claimed_words(att, content)
        claim = Claim(
            id=claim_id,
            by=by,
            verb=att.verb,
            text=text,
            kind=att.kind,
            quote=quote_of(att.quote, text),
            about=about,
            figures=figures,
            via=via if via not in by else None,
            evidence=Evidence(paragraph.id, _evidence(att, parsed, sentence, paragraph.text)),
        )
        if any(_duplicate(claim, other.claim) for other in out):
            taken.discard(claim_id)
            drop(att, "merged: same words by the same source")
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


__all__ = ["Dropped", "Located", "find_claims"]
