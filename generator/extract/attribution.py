"""Attribution: who says what, read from a parsed article.

``find_attributions(doc)`` returns, for every attributed statement in a spaCy ``Doc`` of
the whole article, its source (as written: "It", "the ministry", "a spokeswoman for the
ministry"), its cue ("said", "according to", "accused"), the content that is claimed,
the verbatim quote where there is one, and the kind of claim.  Resolving sources to
actors is the job of the actors module, not this one.

The rules read the dependency parse: a cue verb's clausal complement (or its object,
for verbs like "denied"), its subject or passive agent, the inverted order
("..., the ministry said"), "according to", nominal cues ("his claim that"), and
quotations that run over several sentences.  The cue words are data, in ``cues``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.attribution_quotes import QuoteIndex
from generator.extract.cues import (
    NOUN_CUES,
    OBJECT_WITH_PREP,
    PHRASAL_CUES,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: character offsets into ``doc.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attribution:
    """One attributed claim: who (source) says (cue) what (content)."""

    source: Span | None
    cue: Span
    content: Span
    fragments: tuple[Span, ...] = ()
    quote: str | None = None
    kind: str = "statement"
    verb: str = "says"
    relayed_by: Span | None = None
    sentence: Span | None = None


@dataclass
class _Draft:
    """An attribution while it is being built, as sets of token indices."""

    cue: list[int]
    content: set[int]
    source: set[int]
    kind: str
    verb: str
    relayed_by: set[int]
    according: bool = False


_CLAUSE_DEPS = {"ccomp"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_QUOTE_CHARS = set("\"“”«»'`")


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution in ``doc``, sorted by content start; deterministic."""
    quotes = QuoteIndex(doc.text)
    drafts: list[_Draft] = []
    taken_cues: set[int] = set()
    for tok in doc:
        if tok.i in taken_cues or quotes.covering(tok.idx):
            continue  # a cue inside a quotation is part of what the quoted speaker says
        draft = _according_to(tok) or _verb_cue(tok) or _noun_cue(tok)
        if draft is None:
            continue
        _adjacent_quotes(doc, draft, quotes)
        if not draft.content:
            continue
        _extend_to_quotes(doc, draft, quotes)
        taken_cues.update(draft.cue)
        drafts.append(draft)
    drafts = _merge_relays(drafts)
    _continue_quotes(doc, drafts, quotes)
    out = [_finish(doc, d, quotes) for d in drafts]
    out.sort(key=lambda a: (a.content.start, a.content.end, a.cue.start))
    return out


# -- cues ---------------------------------------------------------------------------


def _verb_cue(tok: Token) -> _Draft | None:
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return None
    lemma = tok.lemma_.lower()
    cue = [tok.i]
    entry = None
    particle = None
    for child in tok.children:
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in PHRASAL_CUES:
            particle = child
            entry = PHRASAL_CUES[(lemma, child.lower_)]
            break
    if entry is None:
        entry = VERB_CUES.get(lemma)
    if entry is None:
        return None
    kind, verb, takes = entry
    if lemma == "quote" and _quoted_as_saying(tok) is not None:
        return _quoted_as_saying(tok)
    content: set[int] = set()
    if particle is not None:
        cue.append(particle.i)
        if particle.dep_ == "prep":
            for obj in particle.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    content |= _subtree(obj)
        else:
            content |= _objects(tok, "o", exclude=particle.i)
    if not content:
        content = _clause_content(tok)
    if not content and takes:
        content = _objects(tok, takes)
    if not content:
        content = _inverted_content(tok)
    source = _source(tok)
    content -= source
    content -= set(cue)
    return _Draft(sorted(cue), content, source, kind, verb, set())


def _clause_content(tok: Token) -> set[int]:
    content: set[int] = set()
    for child in tok.children:
        if child.dep_ in _CLAUSE_DEPS or (
            child.dep_ in ("parataxis", "dobj", "xcomp", "advcl") and _starts_quote(child)
        ):
            content |= _subtree(child)
    return content


def _starts_quote(tok: Token) -> bool:
    """Whether the subtree of ``tok`` opens with a quotation mark."""
    left = tok.left_edge
    return left.text in ('"', "“", "``", "''") or (
        left.i > 0 and tok.doc[left.i - 1].text in ('"', "“", "``")
    )


def _objects(tok: Token, takes: str, exclude: int = -1) -> set[int]:
    content: set[int] = set()
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.i == exclude:
            continue
        if (
            ("o" in takes and child.dep_ in ("dobj", "attr"))
            or ("x" in takes and child.dep_ == "xcomp")
        ) or (child.dep_ == "prep" and OBJECT_WITH_PREP.get(lemma) == child.lower_):
            content |= _subtree(child)
    return content


def _inverted_content(tok: Token) -> set[int]:
    """``"We will win," he said`` parsed with "said" hanging off the quoted clause."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("parataxis", "ccomp", "advcl"):
        return set()
    if head.i > tok.i and tok.dep_ != "parataxis":
        return set()
    own = _subtree(tok)
    content = _subtree(head) - own
    return {i for i in content if i < tok.left_edge.i or tok.doc[i].dep_ != "punct"}


def _quoted_as_saying(tok: Token) -> _Draft | None:
    """ "A was quoted as saying by B that ...": A is the source, B relays it."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for say in prep.children:
            if say.lemma_.lower() != "say":
                continue
            content = _clause_content(say)
            relay: set[int] = set()
            for node in (*say.children, *tok.children):
                if node.dep_ in ("agent", "prep") and node.lower_ == "by":
                    relay = {i for c in node.children if c.dep_ == "pobj" for i in _subtree(c)}
            subject = {i for c in tok.children if c.dep_ in _SUBJECT_DEPS for i in _subtree(c)}
            if content:
                cue = sorted({tok.i, prep.i, say.i})
                return _Draft(cue, content, subject, "statement", "says", relay)
    return None


def _according_to(tok: Token) -> _Draft | None:
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = {i for c in to.children if c.dep_ == "pobj" for i in _subtree(c)}
    head = tok.head if tok.head.i != tok.i else None
    if head is None:
        return None
    own = _subtree(tok)
    content = {i for i in _subtree(head) - own}
    return _Draft([tok.i, to.i], content, source, "statement", "says", set(), according=True)


def _noun_cue(tok: Token) -> _Draft | None:
    """ "his claim that ...", "the ministry's statement that ..."."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOUN_CUES:
        return None
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "ccomp", "appos")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    kind, verb = NOUN_CUES[tok.lemma_.lower()]
    source: set[int] = set()
    for child in tok.children:
        if child.dep_ == "poss":
            source = _subtree(child)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and not source:
            source = {i for c in child.children if c.dep_ == "pobj" for i in _subtree(c)}
    if not source and tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB":
        source = {i for c in tok.head.children if c.dep_ == "nsubj" for i in _subtree(c)}
    return _Draft([tok.i], _subtree(clause), source, kind, verb, set())


# -- sources ------------------------------------------------------------------------


def _source(tok: Token) -> set[int]:
    """The subject of the cue verb, or of the verb it hangs off ("..., adding that")."""
    node = tok
    for _ in range(4):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children)
        if passive:
            for child in node.children:
                if child.dep_ == "agent":
                    return {i for c in child.children if c.dep_ == "pobj" for i in _subtree(c)}
        else:
            for child in node.children:
                if child.dep_ in ("nsubj", "csubj"):
                    return _subtree(child)
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = node.head
            return {i for i in _subtree(head) if i < node.left_edge.i or i == head.i}
        break
    return set()


# -- quotes, relays, final spans ------------------------------------------------------


def _extend_to_quotes(doc: Doc, draft: _Draft, quotes: QuoteIndex) -> None:
    """Content touching a quotation takes the whole quotation, across sentences."""
    if not draft.content:
        return
    lo = doc[min(draft.content)].idx
    hi_tok = doc[max(draft.content)]
    hi = hi_tok.idx + len(hi_tok)
    roles = set(draft.cue) | draft.source
    for start, end in quotes.within(lo, hi):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.i in roles for t in span):
            continue
        draft.content |= {t.i for t in span}


def _adjacent_quotes(doc: Doc, draft: _Draft, quotes: QuoteIndex) -> None:
    """A quotation right before or after the cue and its source is their content."""
    group = set(draft.cue) | draft.source
    first, last = doc[min(group)], doc[max(group)]
    if last.i - first.i > 12:
        return
    start, end = first.idx, last.idx + len(last)
    before = quotes.covering(max(start - 3, 0))
    if before is None:
        region = quotes.next_after(max(start - 4, 0))
        before = region if region and region[1] <= start else None
    if before and before[1] <= start and quotes.text[before[1] : start].strip(" ,") == "":
        span = doc.char_span(*before, alignment_mode="expand")
        if span is not None:
            draft.content |= {t.i for t in span}
    after = quotes.next_after(end)
    if (
        after
        and quotes.text[end : after[0]].strip(" ,:") == ""
        and "\n" not in quotes.text[end : after[0]]
    ):
        span = doc.char_span(*after, alignment_mode="expand")
        if span is not None:
            draft.content |= {t.i for t in span}


def _continue_quotes(doc: Doc, drafts: list[_Draft], quotes: QuoteIndex) -> None:
    """``"We are ready," he said. "The war is over."``: the next quotation is his too.

    Only direct quotes continue: content that opens with a quotation.  A quotation
    that carries its own cue, outside quotes, in its sentence, belongs to that cue.
    """
    for d in drafts:
        cue_chars = [doc[i].idx for o in drafts if o is not d for i in o.cue]
        first = _runs(doc, d.content)
        if not first or quotes.covering(doc[first[0][0]].idx) is None:
            continue
        cue_sent = doc[d.cue[0]].sent
        roles = d.content | d.source | set(d.cue)
        end_tok = doc[max(roles)]
        end = end_tok.idx + len(end_tok)
        if doc[first[0][0]].i < d.cue[0]:
            end = max(end, cue_sent.end_char)  # '"Q1," X said on Monday, "Q2."'
        while True:
            region = quotes.next_after(end)
            if region is None:
                break
            gap = quotes.text[end : region[0]]
            if not _only_closing(gap) and not (
                region[0] < cue_sent.end_char and gap.strip(" ,:;") == ""
            ):
                break
            span = doc.char_span(region[0], region[1], alignment_mode="expand")
            if span is None:
                break
            sentence = span[0].sent
            stop = max(sentence.end_char, region[1])
            if any(
                region[1] <= c < stop or sentence.start_char <= c < region[0] for c in cue_chars
            ):
                break
            d.content |= {t.i for t in span}
            end = region[1]


def _only_closing(gap: str) -> bool:
    """Nothing but the end of a sentence between one quotation and the next."""
    return "\n\n" not in gap and all(ch in " .\u00a0\n" for ch in gap)


def _quotes_in(doc: Doc, indices: set[int], quotes: QuoteIndex) -> list[tuple[int, int]]:
    if not indices:
        return []
    lo, hi = doc[min(indices)], doc[max(indices)]
    return quotes.within(lo.idx, hi.idx + len(hi))


def _merge_relays(drafts: list[_Draft]) -> list[_Draft]:
    """ "According to B, A said ...": keep A's claim, with B as the relay."""
    out = []
    for d in drafts:
        if d.according:
            inner = [o for o in drafts if not o.according and set(o.cue) <= d.content]
            if inner:
                for o in inner:
                    if not o.relayed_by:
                        o.relayed_by = d.source
                continue
        out.append(d)
    return out


def _subtree(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _runs(doc: Doc, indices: set[int]) -> list[tuple[int, int]]:
    """Contiguous token runs ``[first, last]``, trimmed of edge punctuation."""
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    out = []
    for first, last in runs:
        while first <= last and _trim(doc[first], leading=True):
            first += 1
        while last >= first and _trim(doc[last], leading=False):
            last -= 1
        if first <= last:
            out.append((first, last))
    return out


def _trim(tok: Token, *, leading: bool) -> bool:
    if tok.is_space:
        return True
    if not tok.is_punct:
        return False
    if (tok.text in ("“", "``") and leading) or (tok.text in ("”",) and not leading):
        return False
    return tok.text not in ('"', "''")


def _char_span(doc: Doc, text: str, first: int, last: int) -> Span:
    start = doc[first].idx
    end = doc[last].idx + len(doc[last])
    return Span(start, end, text[start:end])


def _finish(doc: Doc, d: _Draft, quotes: QuoteIndex) -> Attribution:
    runs = _runs(doc, d.content) or [(min(d.content), max(d.content))]
    fragments = tuple(_char_span(doc, quotes.text, a, b) for a, b in runs)
    content = _char_span(doc, quotes.text, runs[0][0], runs[-1][1])
    if len(fragments) == 1:
        fragments = ()
    cue_runs = _runs(doc, set(d.cue)) or [(d.cue[0], d.cue[-1])]
    cue = _char_span(doc, quotes.text, cue_runs[0][0], cue_runs[-1][1])
    source = None
    if d.source:
        src_runs = _runs(doc, d.source)
        if src_runs:
            source = _char_span(doc, quotes.text, src_runs[0][0], src_runs[-1][1])
    relayed = None
    if d.relayed_by:
        rel_runs = _runs(doc, d.relayed_by)
        if rel_runs:
            relayed = _char_span(doc, quotes.text, rel_runs[0][0], rel_runs[-1][1])
    quote = _quote_text(content, quotes)
    roles = [i for i in (*d.cue, *d.content, *d.source)]
    first_sent = doc[min(roles)].sent
    last_sent = doc[max(roles)].sent
    sentence = _char_span(doc, quotes.text, first_sent.start, last_sent.end - 1)
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        fragments=fragments,
        quote=quote,
        kind=d.kind,
        verb=d.verb,
        relayed_by=relayed,
        sentence=sentence,
    )


def _quote_text(content: Span, quotes: QuoteIndex) -> str | None:
    parts = []
    for start, end in quotes.within(content.start, content.end):
        if start >= content.start and end <= content.end + 1:
            inner = content.text[start - content.start : end - content.start]
            inner = inner.strip("".join(_QUOTE_CHARS) + " ,")
            if inner:
                parts.append(inner)
    return " … ".join(parts) if parts else None
