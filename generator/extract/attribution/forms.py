"""Attribution forms other than a verb: "according to", "In the poll, ...", noun cues
("his claim that"), colons and dashes ("Graham: ...", "Quinlan ― “...”"), and Title
Case headlines ("..., Lindsey Graham Says").  Also the ``Draft`` they all build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.extract.attribution.cues import (
    DOCUMENT_NOUNS,
    NOT_SOURCES,
    NOUN_CUES,
    SPOKEN_DOCUMENTS,
    VERB_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_QUOTE_MARKS = {'"', "“", "”", "``", "''", "«", "»"}


@dataclass
class Draft:
    """An attribution while it is being built, as sets of token indices."""

    cue: list[int]
    content: set[int]
    source: set[int]
    kind: str
    verb: str
    relayed_by: set[int]
    according: bool = False
    learned: bool = False


def subtree(tok: Token) -> set[int]:
    """Token indices of ``tok`` and everything under it."""
    return {t.i for t in tok.subtree}


def speaks(tok: Token) -> bool:
    """Whether ``tok`` (a name's head) is the subject of a verb of saying ("Olsen said")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in VERB_CUES


def third_person(lemma: str) -> str:
    """ "say" -> "says", "publish" -> "publishes", "deny" -> "denies", "go" -> "goes"."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


_VOWELS = "aeiou"


def past_lemma(word: str, lemma: str) -> str:
    """The lemma of a past form, mended where the lemmatizer cut a silent "e": "hoped"
    -> "hop" is "hope" (a one-syllable verb ending vowel-consonant doubles that
    consonant before "-ed": "hopped"), as are "noted" and "ruled"; so is "hoping"."""
    if word not in (lemma + "ed", lemma + "ing") or len(lemma) < 3 or lemma[-1] in _VOWELS + "wxy":
        return lemma
    vowel_runs = [run for run in re.split(f"[^{_VOWELS}]+", lemma) if run]
    if len(vowel_runs) == 1 and len(vowel_runs[0]) == 1 and lemma[-2] in _VOWELS:
        return lemma + "e"
    return lemma


_HEADLINE_VERBS = {
    third_person(lemma): (kind, verb) for lemma, (kind, verb, _) in VERB_CUES.items()
}


def according_to(tok: Token) -> Draft | None:
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = {i for c in to.children if c.dep_ == "pobj" for i in subtree(c)}
    if not source:  # "according to show insiders", parsed as a verb: whatever follows "to"
        source = {i for c in to.children if c.dep_ in ("pcomp", "dobj") for i in subtree(c)}
    head = tok.head if tok.head.i != tok.i else None
    if head is None:
        return None
    own = subtree(tok)
    content = {i for i in subtree(head) - own}
    return Draft([tok.i, to.i], content, source, "statement", "says", set(), according=True)


def in_source(tok: Token) -> Draft | None:
    """ "In the poll, Clinton led by 5 points": a document or poll as the source."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    sent = tok.sent
    if tok.i != sent.start and tok.doc[tok.i - 1].text not in (",", "And", "But"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if tok.right_edge.i + 1 >= len(tok.doc) or tok.doc[tok.right_edge.i + 1].text != ",":
        return None
    head = tok.head
    if head.lemma_.lower() in VERB_CUES:
        return None  # "In a statement, the ministry said ...": the verb is the cue
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in VERB_CUES for c in head.children):
        return None  # "In a video, X can be heard saying ...": "saying" is the cue
    content = subtree(head) - subtree(tok)
    source = subtree(obj)
    if obj.lemma_.lower() in SPOKEN_DOCUMENTS:
        # "In a statement, Clinton was more circumspect": the one who made the statement
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            source = subtree(subject)
            content -= source
    return Draft([tok.i], content, source, "statement", "says", set(), according=True)


def noun_cue(tok: Token) -> Draft | None:
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
            source = subtree(child)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and not source:
            source = {i for c in child.children if c.dep_ == "pobj" for i in subtree(c)}
    denies = VERB_CUES.get(tok.head.lemma_.lower(), ("",))[0] == "denial"
    if not source and tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB" and not denies:
        # "X made the claim that ...", not "X rejected reports that ...": those are others'
        source = {i for c in tok.head.children if c.dep_ == "nsubj" for i in subtree(c)}
    return Draft([tok.i], subtree(clause), source, kind, verb, set())


def colon_cue(tok: Token) -> Draft | None:
    """Headline style "Graham: Trump Is Destroying the Party" -- a name, a colon, a claim;
    also a list of voices, "Steve Quinlan ― “Maybe we can build a wall.”"."""
    if tok.text not in (":", "―", "—", "–"):
        return None
    if tok.text != ":" and not (tok.i + 1 < len(tok.doc) and tok.nbor().text in '“”"«»'):
        return None
    sent = tok.sent
    before = [t for t in sent if t.i < tok.i and not t.is_space]
    while before and before[0].text in _QUOTE_MARKS:
        before = before[1:]  # '"WALLACE: ...' opening a quoted transcript
    if not before:
        return None
    after = [t for t in sent if t.i > tok.i and not t.is_space and not t.is_punct]
    if not 1 <= len(before) <= 6 or len(after) < 2:
        return None
    prev = tok.doc[before[0].i - 1] if before[0].i else None
    if prev is not None and "\n" not in prev.text_with_ws and prev.text not in '.!?”"':
        return None  # the colon is not at the start of a sentence or line
    if not any(t.pos_ == "PROPN" or t.pos_ == "NOUN" for t in before):
        return None
    if any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != ".") for t in before):
        return None
    if any(t.like_num or t.lower_ in NOT_SOURCES for t in before):
        return None  # "UPDATE:", "12:50 p.m.:", "Editor's Note:"
    # at the start of a line ("PENCE: ..." in a transcript) the claim runs to its end
    while prev is not None and prev.text in _QUOTE_MARKS and prev.i > 0:
        prev = tok.doc[prev.i - 1]
    line_start = prev is None or "\n" in prev.text_with_ws or prev.text in _QUOTE_MARKS
    end = len(tok.doc) if line_start else sent.end
    content = set()
    for t in tok.doc[tok.i + 1 : end]:
        if "\n" in t.text:
            break
        content.add(t.i)
        if "\n" in t.whitespace_:
            break
    source = {t.i for t in before}
    return Draft([tok.i], content, source, "statement", "says", set())


def headline_cue(doc: Doc, drafts: list[Draft]) -> Draft | None:
    """A Title Case headline the tagger misreads: "Obama Sees 'Personal Insult' If ..."
    or "Trump Could Address Clean Energy, Lindsey Graham Says"."""
    words = []
    for tok in doc:
        if "\n" in tok.text:
            break
        words.append(tok)
    if len(words) < 4 or any(d.cue[0] <= words[-1].i for d in drafts):
        return None
    alpha = [t for t in words if t.is_alpha and len(t) > 3]
    if not alpha or sum(t.text[0].isupper() for t in alpha) < 0.8 * len(alpha):
        return None
    for k, tok in enumerate(words):
        entry = _HEADLINE_VERBS.get(tok.lower_)
        if entry is None or k == 0:
            continue
        kind, verb = entry
        end = words[-1].i if not words[-1].is_punct else words[-1].i - 1
        if tok.i >= end - 1:  # "..., Lindsey Graham Says."
            comma = max((t.i for t in words[:k] if t.text == ","), default=None)
            if comma is None or comma + 1 >= tok.i:
                return None
            source = set(range(comma + 1, tok.i))
            content = set(range(words[0].i, comma))
        else:
            source = set(range(words[0].i, tok.i))
            content = set(range(tok.i + 1, end + 1))
        return Draft([tok.i], content, source, kind, verb, set())
    return None


def starts_quote(tok: Token) -> bool:
    """Whether the subtree of ``tok`` opens with a quotation mark."""
    left = tok.left_edge
    return left.text in ('"', "“", "``", "''") or (
        left.i > 0 and tok.doc[left.i - 1].text in ('"', "“", "``")
    )


def quote_as_possessive(obj: Token) -> bool:
    """ "the allegation 'complete nonsense'" parsed as "the allegation's nonsense": an
    owner whose "'" stands apart from it and against the next word opens a quotation."""
    for owner in obj.children:
        if owner.dep_ != "poss" or not owner.whitespace_:
            continue
        if any(
            c.dep_ == "case" and c.text in ("'", "‘") and not c.whitespace_ for c in owner.children
        ):
            return True
    return False
