"""An article's own descriptions of a person it has just named, as mentions of them.

"Pakistani Ambassador Bilal Hayee told the agency ... The diplomat said ...": news
writes a person's name once or twice and then "the diplomat", "the ambassador", "the
foreign minister".  A definite description whose head noun fits the role of exactly one
person named in the paragraphs just before it is another mention of that person, so that
what "the diplomat said" is theirs.  Its other words must fit too ("the defence minister"
is not the foreign minister); where two people fit, it stays unresolved.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from generator.extract import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from generator.extract.cast import Entry
    from generator.extract.document import ParsedArticle

_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Nouns that describe anyone whose role has one of these words.
_FITS = {
    "diplomat": frozenset({"diplomat", "ambassador", "envoy", "consul", "attache"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "general": frozenset({"general", "commander"}),
    "commander": frozenset({"commander", "general"}),
    "spokesman": _SPOKES,
    "spokeswoman": _SPOKES,
    "spokesperson": _SPOKES,
    "lawmaker": frozenset({"lawmaker", "senator", "congressman", "congresswoman", "mp"}),
}
# Too common to point at one person: "the residents", "the official".
_TOO_COMMON = frozenset({"resident", "residents", "official", "worker", "volunteer", "head"})
_RECENT = 2  # paragraphs back in which the person must have been named


def _head(tokens: list[Token]) -> Token | None:
    """The description's head noun, after ``the`` and its modifiers."""
    head = tokens[-1]
    if head.lower_ not in lexicon.TITLE_HEADS or head.lower_ in _TOO_COMMON:
        return None
    return head


def _fits(entry: Entry, head: str, modifiers: list[str]) -> bool:
    if entry.kind != "person" or entry.role is None:
        return False
    words = set(entry.role.text.lower().replace("-", " ").split())
    if not words & _FITS.get(head, frozenset({head})):
        return False
    return all(m in words for m in modifiers if m not in ("former", "top", "senior"))


def describe(parsed: ParsedArticle, entries: dict[str, Entry], taken: set[int]) -> None:
    """Add each description of a just-named person as a mention of them."""
    doc = parsed.doc
    people = [e for e in entries.values() if e.kind == "person" and e.role is not None]
    if not people:
        return
    for token in doc:
        if token.lower_ != "the" or token.i in taken:
            continue
        words: list[Token] = []
        k = token.i + 1
        while k < len(doc) and len(words) < 3 and doc[k].text.islower() and k not in taken:
            words.append(doc[k])
            if doc[k].lower_ in lexicon.TITLE_HEADS:
                break
            k += 1
        if not words or (head := _head(words)) is None:
            continue
        after = doc[head.i + 1 : head.i + 3]
        if after and (
            after[0].text[:1].isupper()
            or after[0].lower_ == "of"
            or (after[0].text == "," and len(after) > 1 and after[1].pos_ == "PROPN")
        ):
            continue  # "the diplomat (,) Bilal Hayee", "the president of France": a new name
        modifiers = [t.lower_ for t in words[:-1]]
        paragraph = bisect_right(parsed.starts, token.idx) - 1
        fitting = [
            e
            for e in people
            if _fits(e, head.lower_, modifiers)
            and any(
                start < token.idx and paragraph - _RECENT <= bisect_right(parsed.starts, start) - 1
                for start, _, _ in e.spans
            )
        ]
        if len(fitting) == 1:
            end = head.idx + len(head)
            fitting[0].spans.append((token.idx, end, parsed.text[token.idx : end]))
            taken.update(range(token.i, head.i + 1))
