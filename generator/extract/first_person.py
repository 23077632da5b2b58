"""The writer as a source: "I believe", "we know" in the article's own voice.

An opinion piece or a first-person account states its claims in the first person ("I
know Trump will lose", "We have learned that ..."), outside any quotation.  Such a claim
is the writer's: the person the byline names (the cast's actor when the article names
them too), else an actor "The author" that stays with its article (role
``unnamed source``).  Inside a quotation "I" is the quoted speaker, whose quotation is
already a claim of its own, so it is left alone here.

Only verbs of knowing, believing and arguing make the writer a source, and verbs of
saying the writer means now: with a modal ("I should say", "I would argue", "I can tell
you"), to the reader or to themself ("I tell you", "I tell myself"), or a guess or a
wager ("I guess", "I'd wager").  An interviewer's "I ask if ...", "I suggest the public
...", "I told him", "But you have written a book, I say" are questions and remarks put
to the person interviewed, whose answers are the claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors import Cast
from generator.extract.attribution.quotes import QuoteIndex
from generator.extract.document import ParsedArticle
from generator.extract.names import fold
from generator.factsheet.model import UNNAMED_SOURCE, Actor
from generator.slugs import slugify

FIRST_PERSON = {"i", "we"}
# what a writer claims in their own voice ("I know", "we believe", "I would argue")
_OWN_VOICE = {
    "know", "believe", "think", "suspect", "doubt", "expect", "predict", "fear", "hope",
    "feel", "argue", "contend", "accept", "agree", "disagree", "guarantee", "bet",
    "understand", "find", "learn", "worry", "remember", "recall", "realize", "realise",
    "suppose", "reckon", "trust", "maintain", "insist", "submit", "warn", "propose",
    "urge", "acknowledge", "admit", "concede", "recognize", "recognise", "assume",
    "conclude", "see", "hear", "fret", "note", "imagine",
}  # fmt: skip
# saying, the writer's own with a modal ("I would say") or said to the reader or to
# themself ("I tell you"); not "I say" in an interview, nor "I said to him"
_SAYING = {"say", "tell", "write", "add", "promise", "swear"}
_TO_READER = {"you", "myself", "ourselves"}
# a guess or a wager, the writer's own unless told of as past
_GUESSING = {"guess", "wager", "predict", "bet"}
_PAST = ("VBD", "VBN")
AUTHOR = "The author"


def _own(verb: Token) -> bool:
    """A verb the writer says in their own voice now (see the module's note)."""
    lemma = verb.lemma_.lower()
    if lemma in _OWN_VOICE:
        return True
    if lemma in _GUESSING:
        return verb.tag_ not in _PAST
    if lemma not in _SAYING:
        return False
    modal = any(c.tag_ == "MD" for c in verb.children)
    told = any(c.dep_ in ("dobj", "dative") and c.lower_ in _TO_READER for c in verb.children)
    return modal or (told and verb.tag_ not in _PAST)


class Writer:
    """Who "I" and "we" are outside quotations in one article."""

    def __init__(self, parsed: ParsedArticle, cast: Cast) -> None:
        self.parsed, self.cast = parsed, cast
        self.quotes = QuoteIndex(parsed.text)

    def speaks_at(self, start: int, cue: tuple[int, int]) -> bool:
        """Whether a first-person word at ``start`` with its cue at ``cue`` is the
        writer's own voice: a verb of knowing or believing, outside any quotation and
        outside quoted words the paragraph leaves open."""
        verbs = self.parsed.doc.char_span(*cue, alignment_mode="expand")
        if verbs is None or not any(_own(t) for t in verbs):
            return False
        if self.quotes.covering(start) is not None:
            return False
        paragraph = self.parsed.starts[self.parsed.paragraph_index(start)]
        text = self.parsed.text
        straight = text.count('"', paragraph, start) % 2
        curly = text.count("“", paragraph, start) > text.count("”", paragraph, start)
        return not straight and not curly

    def actor(self, unnamed: dict[str, Actor]) -> str:
        """The writer's actor id: the byline's person, made if the cast lacks them."""
        authors = self.parsed.article.authors
        name = authors[0] if authors else None
        if name:
            for actor in self.cast.actors:
                if actor.kind == "person" and fold(actor.name) == fold(name):
                    return actor.id
        actor_id = slugify(name) if name else "the-author"
        if actor_id in {a.id for a in self.cast.actors}:
            actor_id = f"{actor_id}-source"
        if actor_id not in unnamed:
            unnamed[actor_id] = Actor(
                id=actor_id,
                name=name or AUTHOR,
                kind="person",
                role="author" if name else UNNAMED_SOURCE,
            )
        return actor_id


__all__ = ["AUTHOR", "FIRST_PERSON", "Writer"]
