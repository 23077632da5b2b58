"""The verb of saying that stands next to what is said, where the parse hung the claim on
another verb of the same sentence.

- "He then adopted a fake accent and joked, “...”": the parser may make "joked" part
  of the object ("an accent and joked") and hang the quote on "adopted"; the claim's
  verb is the verb of saying just before the quotation.
- "She explained the delay by saying: “...”": what is claimed is what "saying"
  introduces, not the thing explained with the frame around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.attribution.cues import VERB_CUES
from generator.extract.attribution.forms import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OPENING = {'"', "“", "‘", "'", "``", "«"}
_LEAD_PUNCT = {",", ":", "—", "–"}


def _opening_mark(doc: Doc, first: int) -> int | None:
    """The index of the quotation mark that opens a content starting at ``first``."""
    for i in (first, first - 1):
        if 0 <= i < len(doc) and doc[i].text in _OPENING:
            return i
    return None


def _saying_verb(tok: Token) -> bool:
    """A verb that takes what is said as a clause or a quotation: "joked", "said",
    "accused" (not "urged X to" or "called X a liar")."""
    entry = VERB_CUES.get(tok.lemma_.lower())
    return tok.pos_ == "VERB" and entry is not None and entry[2] in ("", "o")


def verb_next_to_quote(doc: Doc, draft: Draft) -> None:
    """Make the verb of saying right before the quotation the cue, when the cue the parse
    gave is an earlier verb of the sentence that says nothing itself."""
    if not draft.content or not draft.cue:
        return
    mark = _opening_mark(doc, min(draft.content))
    if mark is None:
        return
    i = mark - 1
    while i >= 0 and doc[i].text in _LEAD_PUNCT:
        i -= 1
    cue = doc[draft.cue[0]]
    if i <= draft.cue[-1] or doc[i].sent.start != cue.sent.start:
        return
    verb = doc[i]
    if not _saying_verb(verb) or _saying_verb(cue):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return  # a clause with a subject of its own: another speaker's cue
    kind, shown, _ = VERB_CUES[verb.lemma_.lower()]
    draft.cue = [verb.i]
    draft.kind, draft.verb, draft.learned = kind, shown, False


def by_saying(doc: Doc, draft: Draft) -> None:
    """ "explained the delay by saying: “...”", "answered by saying that ...": the claim
    is the content of the verb of saying after "by"."""
    content = draft.content
    if draft.kind != "statement":
        return  # "accused X of undermining it by saying ...": what X did is the claim
    for i in sorted(content):
        tok = doc[i]
        if tok.lower_ != "by" or tok.i + 1 not in content:
            continue
        verb = doc[tok.i + 1]
        if verb.tag_ != "VBG" or not _saying_verb(verb) or tok.head.i not in draft.cue:
            continue  # "accused X of trying to undermine it by saying ...": X's deed
        rest = [j for j in sorted(content) if j > verb.i]
        while rest and doc[rest[0]].text in _LEAD_PUNCT:
            rest.pop(0)
        if len(rest) >= 2:
            draft.content = set(rest)
        return


__all__ = ["by_saying", "verb_next_to_quote"]
