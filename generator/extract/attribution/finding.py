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

from typing import TYPE_CHECKING

from generator.extract.attributes import NAME as ATTRIBUTES
from generator.extract.attribution.cues import MENTAL_STATES
from generator.extract.attribution.filtering import features, keep
from generator.extract.attribution.forms import Draft, headline_cue
from generator.extract.attribution.model import Attribution, Span
from generator.extract.attribution.quotes import (
    QuoteIndex,
    adjacent_quotes,
    continue_quotes,
    dash_credit,
    extend_to_quotes,
    runs,
)
from generator.extract.attribution.rules import cue_at
from generator.extract.attribution.saying import by_saying, verb_next_to_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The pipeline components whose annotations the rules read (tokens, tags, lemmas,
# dependencies); named entities are not needed, so a caller may skip "ner".  Lemmas
# come from spaCy's attribute_ruler and lemmatizer, or from the component that stands
# in for them in the build's pipeline (generator/extract/attributes.py).
COMPONENTS_READ = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", ATTRIBUTES)

_QUOTE_CHARS = set("\"“”«»'‘’`")


def find_attributions(
    doc: Doc, *, text: str | None = None, keep_all: bool = False
) -> list[Attribution]:
    """Every attribution in ``doc``, sorted by content start; deterministic.

    ``text`` is ``doc.text`` when the caller has it already (spaCy joins every token to
    make it). Drafts the learned filter rejects are dropped, unless ``keep_all`` (for
    training it).
    """
    quotes = QuoteIndex(doc.text if text is None else text)
    paragraph = _paragraph_numbers(doc)
    drafts: list[Draft] = []
    taken_cues: set[int] = set()
    for tok in doc:
        if tok.i in taken_cues:
            continue
        region = quotes.covering(tok.idx + len(tok.text) - 1)  # "”―" ends outside
        if region and not (tok.text == ":" and len(quotes.text[region[0] : tok.idx].split()) <= 4):
            continue  # a cue inside a quotation is part of what the quoted speaker says
        draft = cue_at(tok) or dash_credit(doc, tok, quotes)
        if draft is None:
            continue
        adjacent_quotes(doc, draft, quotes)
        home = paragraph[draft.cue[0]]
        draft.content = {i for i in draft.content if paragraph[i] == home}
        draft.source = {i for i in draft.source if paragraph[i] == home}
        if not draft.content:
            draft.content = _paragraph_after_colon(doc, draft, paragraph)
        _cut_trailing_aside(doc, draft, quotes)
        if not draft.content:
            continue
        if _empty_claim(doc, draft):
            continue
        extend_to_quotes(doc, draft, quotes)
        by_saying(doc, draft)
        verb_next_to_quote(doc, draft)
        taken_cues.update(draft.cue)
        drafts.append(draft)
    headline = headline_cue(doc, drafts)
    if headline is not None:
        drafts.insert(0, headline)
    drafts = _merge_relays(doc, drafts)
    drafts = _drop_nested(doc, drafts)
    continue_quotes(doc, drafts, quotes)
    scored = [(d, features(doc, d, quotes)) for d in drafts]
    if not keep_all:
        # denials, accusations and admissions are what disputes are made of: the filter,
        # trained on a corpus that seldom marks "denied this", does not judge them
        scored = [(d, f) for d, f in scored if d.kind in _NEVER_FILTERED or keep(f, d.learned)]
    out = [_finish(doc, d, quotes, f) for d, f in scored]
    out.sort(key=lambda a: (a.content.start, a.content.end, a.cue.start))
    return out


_NEVER_FILTERED = {"denial", "accusation", "admission"}
_ASIDE_DEPS = {"advcl", "xcomp", "acl", "conj", "ccomp", "relcl", "npadvmod"}
_RELATIVES = {"which", "who"}


def _cut_trailing_aside(doc: Doc, draft: Draft, quotes: QuoteIndex) -> None:
    """ "X said Y, arguing that Z", "denounced the law, which ...": a participle or a
    relative clause set off by a comma at the end of the claim is the writer's aside,
    or a claim of its own; the claim ends at the comma."""
    content = draft.content
    if not content:
        return
    lo, hi = min(content), max(content)
    for c in range(max(lo + 2, draft.cue[-1] + 2), hi):
        if doc[c].text != "," or c + 1 not in content or quotes.covering(doc[c].idx):
            continue
        nxt = doc[c + 1]
        if nxt.tag_ == "VBG" and nxt.dep_ in _ASIDE_DEPS:
            aside = nxt
        elif nxt.lower_ in _RELATIVES and nxt.head.dep_ == "relcl":
            aside = nxt.head
        else:
            continue
        if aside.right_edge.i < hi - 1 or (
            aside.head.i not in content and aside.head.i not in draft.cue
        ):
            continue
        draft.content = {i for i in content if i < c}
        return


def _paragraph_after_colon(doc: Doc, draft: Draft, paragraph: list[int]) -> set[int]:
    """ "The governor added:" closing a paragraph: the claim is the next paragraph."""
    if not draft.source:
        return set()
    last = max(draft.cue)
    colon = last if doc[last].text == ":" else last + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return set()
    home = paragraph[colon]
    nxt = colon + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc) or paragraph[nxt] != home + 1 or "\n\n" not in doc[colon:nxt].text_with_ws:
        return set()
    return {t.i for t in doc[nxt:] if paragraph[t.i] == home + 1 and not t.is_space}


def _empty_claim(doc: Doc, draft: Draft) -> bool:
    """ "what he said", "he has seen it": nothing is claimed in the words themselves.
    A denial of "it" stays: what it denies is found by the disputes linker."""
    if len(draft.content) != 1 or draft.kind == "denial":
        return False
    return doc[min(draft.content)].tag_ in ("WP", "WDT", "PRP")


def _drop_nested(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A cue inside another attribution's content is part of what is claimed there
    ("X said Y had accused Z"): one token, one role, as annotators have it.  Noun cues
    stay: "rejected Kovar's claim that ..." holds Kovar's claim as well as the denial."""
    inner: set[int] = set()
    by_size = sorted(range(len(drafts)), key=lambda n: (-len(drafts[n].content), n))
    for n in by_size:
        if n in inner:
            continue
        d = drafts[n]
        for m, other in enumerate(drafts):
            if m == n or m in inner or other.cue[0] not in d.content:
                continue
            if doc[other.cue[0]].pos_ == "NOUN":
                continue
            boundary = _contrast_before(doc, other, d.content)
            if boundary is None:
                boundary = _second_verb(doc, other, d)
            if boundary is not None:
                # "X said A – while Y said B": two claims side by side, not one inside
                d.content = {i for i in d.content if i < boundary}
                continue
            if d.learned and not other.learned:
                inner.add(n)
                break
            inner.add(m)
    return [d for n, d in enumerate(drafts) if n not in inner]


_CONTRAST = {"while", "whereas", "but", "although", "though", "meanwhile"}
_BREAKS = {"–", "—", "--", ";"}


def _contrast_before(doc: Doc, inner: Draft, content: set[int]) -> int | None:
    """Where a nested attribution opens with "while", "but" or a dash, the index of that
    word: the outer claim ends there."""
    start = min(inner.source | set(inner.cue))
    i = start - 1
    while i >= 0 and i in content and (doc[i].is_punct and doc[i].text not in _BREAKS):
        i -= 1
    if i < 0 or i not in content or i <= min(content):
        return None
    absolute = doc[i].lower_ == "with" and i > 0 and doc[i - 1].text == ","
    if doc[i].lower_ in _CONTRAST or doc[i].text in _BREAKS or absolute:
        # "..., with Downing Street calling for calm": a second report beside the first
        j = i
        while j - 1 in content and (doc[j - 1].text in _BREAKS or doc[j - 1].is_punct):
            j -= 1
        return j
    return None


def _second_verb(doc: Doc, inner: Draft, outer: Draft) -> int | None:
    """ "He said X and warned Y": a second cue joined to the first shares its source;
    the first claim ends at "and"."""
    verb = doc[inner.cue[0]]
    if (
        inner.learned
        or verb.dep_ != "conj"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    if i < 0 or doc[i].lower_ not in ("and", "but") or i not in outer.content:
        return None
    inner.source = set(outer.source)
    return i


def _paragraph_numbers(doc: Doc) -> list[int]:
    """The paragraph of each token: paragraphs are separated by blank lines."""
    numbers = []
    n = 0
    for tok in doc:
        if tok.is_space and "\n\n" in tok.text:
            n += 1
        numbers.append(n)
        if "\n\n" in tok.whitespace_:
            n += 1
    return numbers


def _merge_relays(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "According to B, A said ...": keep A's claim, with B as the relay.  Only when
    "according to" hangs off A's cue; "according to police, officers ordered him to
    stop" stays the police's claim, and so does "A wants X, according to B": a state of
    A's mind that B tells of is B's claim (A's "wants" is dropped)."""
    out = []
    minds = {
        o.cue[0]
        for d in drafts
        for o in drafts
        if d.according
        and not o.according
        and o.cue[0] == doc[d.cue[0]].head.i
        and doc[o.cue[0]].lemma_.lower() in MENTAL_STATES
    }
    for d in drafts:
        if not d.according and d.cue[0] in minds:
            continue  # "Brenn wants a deal, according to Odum": Odum's claim
        if d.according:
            head = doc[d.cue[0]].head.i
            inner = [o for o in drafts if not o.according and o.cue[0] == head and not o.learned]
            if inner and head not in minds:
                for o in inner:
                    if not o.relayed_by:
                        o.relayed_by = d.source
                continue
        out.append(d)
    return out


def _auxiliaries(doc: Doc, cue: int) -> set[int]:
    """ "has said", "is calling for", "did not deny": the cue with its auxiliaries."""
    verb = doc[cue]
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {
        c.i
        for c in verb.children
        if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i and verb.i - c.i <= 3
    }


def _negated(doc: Doc, d: Draft) -> tuple[str, str]:
    """ "did not deny" is no denial: the kind falls back to a statement, the verb says so."""
    head = doc[d.cue[0]]
    if not any(c.dep_ == "neg" for c in head.children):
        return d.kind, d.verb
    words = [head.lemma_.lower(), *(doc[i].lower_ for i in d.cue[1:] if i > head.i)]
    kind = d.kind if d.kind in ("statement", "assessment") else "statement"
    return kind, "does not " + " ".join(words)


def char_span(doc: Doc, text: str, first: int, last: int) -> Span:
    start = doc[first].idx
    end = doc[last].idx + len(doc[last])
    return Span(start, end, text[start:end])


def _finish(doc: Doc, d: Draft, quotes: QuoteIndex, feats: tuple[str, ...]) -> Attribution:
    pieces = runs(doc, d.content) or [(min(d.content), max(d.content))]
    fragments = tuple(char_span(doc, quotes.text, a, b) for a, b in pieces)
    content = char_span(doc, quotes.text, pieces[0][0], pieces[-1][1])
    if len(fragments) == 1:
        fragments = ()
    cue_runs = runs(doc, set(d.cue) | _auxiliaries(doc, d.cue[0])) or [(d.cue[0], d.cue[-1])]
    cue = char_span(doc, quotes.text, cue_runs[0][0], cue_runs[-1][1])
    glued = len(cue.text) - len(cue.text.lstrip("”\"'»"))
    if glued and glued < len(cue.text):  # "”―": a dash glued to the closing mark
        cue = Span(cue.start + glued, cue.end, cue.text[glued:])
    source = None
    if d.source and min(d.source) < d.cue[0]:
        # a source before its cue ends there: what the parser hung on the subject after
        # the claim ("..., another example of ...") is not part of it
        d.source = {i for i in d.source if i < d.cue[0]}
    if d.source:
        src_runs = runs(doc, d.source)
        if src_runs:
            source = char_span(doc, quotes.text, src_runs[0][0], src_runs[-1][1])
    relayed = None
    if d.relayed_by:
        rel_runs = runs(doc, d.relayed_by)
        if rel_runs:
            relayed = char_span(doc, quotes.text, rel_runs[0][0], rel_runs[-1][1])
    quote = _quote_text(content, quotes)
    kind, verb = _negated(doc, d)
    roles = [i for i in (*d.cue, *d.content, *d.source)]
    first_sent = doc[min(roles)].sent
    last_sent = doc[max(roles)].sent
    sentence = char_span(doc, quotes.text, first_sent.start, last_sent.end - 1)
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        fragments=fragments,
        quote=quote,
        kind=kind,
        verb=verb,
        relayed_by=relayed,
        sentence=sentence,
        learned=d.learned,
        features=feats,
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
