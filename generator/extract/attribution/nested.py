"""Second speakers inside a first one's words: "A said X – while B said Y".

A contrast ("while", "whereas", "but") joining two reports in one sentence often lands
the second report inside the content of the first.  Each such inner report whose
subject names an actor is read here as an attribution of its own (when
``attribution`` has not already read it); ``claims`` then cuts the first content short
of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.attribution.cues import VERB_CUES
from generator.extract.attribution.model import Attribution, Span

_JOINS = {"while", "whereas", "but", "and", "as"}
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj")


def _span(doc: Doc, first: int, last: int) -> Span:
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    return Span(start, end, doc[first : last + 1].text)


def _inner(doc: Doc, verb: Token) -> Attribution | None:
    entry = VERB_CUES.get(verb.lemma_.lower())
    if entry is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    join = next((c for c in verb.children if c.lower_ in _JOINS and c.i < verb.i), None)
    if subject is None or join is None or subject.pos_ == "PRON":
        return None
    contents = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i]
    if not contents:
        return None
    kind, name, _takes = entry
    first = min(t.i for c in contents for t in c.subtree)
    last = max(t.i for c in contents for t in c.subtree)
    while last > first and doc[last].is_punct:
        last -= 1
    subject_tokens = list(subject.subtree)
    return Attribution(
        source=_span(doc, subject_tokens[0].i, subject_tokens[-1].i),
        cue=_span(doc, verb.i, verb.i),
        content=_span(doc, first, last),
        kind=kind,
        verb=name,
    )


def find_nested(doc: Doc, known: list[Attribution]) -> list[Attribution]:
    """Reports inside the content of ``known`` attributions that they do not list."""
    cues = {a.cue.start for a in known}
    found = []
    for outer in known:
        for token in doc.char_span(outer.content.start, outer.content.end, "expand") or ():
            if token.idx in cues or token.idx == outer.cue.start:
                continue
            inner = _inner(doc, token)
            source = inner.source if inner is not None else None
            if inner is not None and source is not None and outer.content.start <= source.start:
                found.append(inner)
                cues.add(token.idx)
    return found
