"""The people of the one body an article names: "the Lanmark Prosecution Authority said
... prosecutors said" is the authority again, "Lanmark's police ... police said" that
police, "the Legislature ... lawmakers" that legislature.  Only when the article names
exactly one such body: with two prosecution offices named, "prosecutors said" is left to
the description rules after (a body named last with that word, else a group of its own).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from generator.factsheet.model import Actor

# The plural word for a body's people, and the words of that body's name.
_BODY_WORDS: dict[str, tuple[str, ...]] = {
    "prosecutor": ("prosecution", "prosecutor", "attorney's office", "attorney’s office"),
    "police": ("police",),
    "lawmaker": ("legislature", "parliament", "congress", "assembly"),
    "legislator": ("legislature", "parliament", "congress", "assembly"),
    "firefighter": ("fire department", "fire service", "fire brigade"),
}


def body_of_people(span: Span, actors: Iterable[Actor]) -> str | None:
    """The id of the one organisation whose people the bare plural ``span`` names
    ("prosecutors", "the police"), or None."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1:
        return None
    word = words[0]
    lemma = "police" if word.lower_ == "police" else word.lemma_.lower()
    names = _BODY_WORDS.get(lemma)
    if names is None or (lemma != "police" and not word.lower_.endswith("s")):
        return None  # "a prosecutor said": one person, not the office
    found = {
        a.id for a in actors if a.kind == "organisation" and any(n in a.name.lower() for n in names)
    }
    return found.pop() if len(found) == 1 else None
