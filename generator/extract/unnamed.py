"""Unnamed sources: "officials said", "witnesses told", "a senior US diplomat said".

News often quotes people it does not name.  Such a claim still has a source a reader
should see, so the source phrase becomes an actor of kind ``group`` named as written
("US officials", "Witnesses"), with the role ``unnamed source`` and, when the phrase
names a state or organisation ("Russian officials"), that actor as its affiliation.
Only phrases whose head is a word for people who speak are taken ("officials",
"analysts", "residents"...); anything else without a name is left without a claim.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actors import Cast
from generator.factsheet.model import UNNAMED_SOURCE, Actor
from generator.slugs import slugify

# Heads of a source phrase that name people who speak without being named.
SPEAKERS = {
    "official", "analyst", "expert", "witness", "resident", "diplomat", "source",
    "observer", "activist", "medic", "doctor", "rescuer", "survivor", "rebel", "militant",
    "protester", "critic", "lawmaker", "legislator", "aide", "adviser", "advisor",
    "negotiator", "investigator", "monitor", "prosecutor", "authority", "villager",
    "campaigner", "economist", "researcher", "scientist", "commander", "officer",
    "soldier", "volunteer", "worker", "farmer", "lawyer", "insider", "staffer",
    "spokesperson", "spokesman", "spokeswoman", "police",
}  # fmt: skip

# Words before the head that say how many or which, not who: dropped from the name.
_COUNTING = {
    "a", "an", "the", "some", "several", "many", "most", "other", "one", "two", "three",
    "four", "five", "few", "these", "those", "various", "numerous", "both",
}  # fmt: skip
_AFFILIATIONS = ("country", "organisation", "region", "group")
_MAX_WORDS = 6


def unnamed_source(span: Span | None, cast: Cast, taken: dict[str, Actor]) -> Actor | None:
    """The actor standing for the unnamed source ``span`` ("two senior US officials"),
    or None when the phrase does not name people who speak.  ``taken`` holds the
    unnamed actors made so far in this article, by id (one "Officials" per article)."""
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > _MAX_WORDS:
        return None
    head = words[-1]
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in SPEAKERS:
        return None
    while words and (
        words[0].lower_ in _COUNTING or words[0].like_num or words[0].pos_ in ("ADP", "DET")
    ):
        words = words[1:]  # "two of the officials" -> "officials"
    if not words or any(t.pos_ == "PRON" or t.lower_ in ("who", "which") for t in words):
        return None  # "their own officials", "officials who ...": not a plain description
    name = " ".join(t.text for t in words)
    name = name[0].upper() + name[1:]
    actor_id = slugify(name)
    if not actor_id or actor_id in {a.id for a in cast.actors}:
        return None
    if actor_id in taken:
        return taken[actor_id]
    named = cast.within(span.start_char, span.end_char)
    affiliation = next((a for a in named if cast.kind(a) in _AFFILIATIONS), None)
    actor = Actor(
        id=actor_id, name=name, kind="group", role=UNNAMED_SOURCE, affiliation=affiliation
    )
    taken[actor_id] = actor
    return actor
