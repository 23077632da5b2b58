"""Who issued a document: "the statement said", "according to the release", "a
spokesperson said in a statement".

Part of :class:`generator.extract.sources.Resolver`.  A statement, release or report
spoken of with "the" was issued by someone named before: the source that said something
"in a statement" (or "in a release") last, else the last body (not a person) that was a
source in this paragraph or the two before, else the organisation named last in them.  A
spokesperson with no name who speaks "in a statement" speaks for that body.
"""

from __future__ import annotations

import re

from generator.extract.attribution import Attribution
from generator.extract.resolver_hooks import ResolverHooks

# the words that name what was issued, each to one form ("releases" -> "release")
_ISSUED = re.compile(
    r"\b(statement|press release|release|communiqu[eé]|readout|report|letter|indictment|"
    r"filing|complaint|lawsuit|affidavit|memo|document)s?\b",
    re.I,
)
# "the indictment", "court documents": a filing, the claim of whoever said something in
# one before ("prosecutors said in an indictment"), and of no one else
_FILED = re.compile(
    r"^(?:(?:the|that|this|its|their)\s+)?(?:[a-z]+\s+)?"
    r"(indictment|filing|complaint|lawsuit|affidavit|memo|document)s?$",
    re.I,
)
# "a spokesperson", "the company spokesman": a spokesperson named by nothing but the office
_BARE_SPOKESPERSON = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z]+\s+)?(?:spokes(?:person|man|woman)|representative)$", re.I
)
_BODIES = ("organisation", "country", "group")
_WINDOW = 2  # paragraphs before the source's own that may name the issuer


def issued_word(text: str) -> str | None:
    """The document a phrase or frame names ("in a press release" -> "release")."""
    found = _ISSUED.search(text)
    if found is None:
        return None
    word = found.group(1).lower().replace("communiqué", "communique")
    return "release" if word == "press release" else word


class Issuers(ResolverHooks):
    """The document-issuer rules of the resolver; the resolver supplies the rest."""

    def note_issuer(self, att: Attribution, by: tuple[str, ...]) -> None:
        """ "X said in a statement", "in a release, X said": X issued that statement."""
        sentence = self.parsed.sentence_at(att.cue.start)
        text = self.parsed.text
        lo, hi = sentence.start_char, sentence.end_char
        frame = text[lo : max(lo, att.content.start)] + " " + text[min(hi, att.content.end) : hi]
        word = issued_word(frame)
        if word is not None and by and self.made.get(by[0]) != "document":
            self.issued[word] = by[0]

    def issuer(self, text: str, start: int) -> str | None:
        """Who issued the document ``text`` ("the statement") names, at ``start``."""
        word = issued_word(text)
        if word is not None and word in self.issued:
            return self.issued[word]
        return self._body_before(start)

    def filer(self, text: str) -> str | None:
        """ "The indictment says" after "prosecutors said in an indictment": prosecutors."""
        found = _FILED.match(text.strip())
        return self.issued.get(found.group(1).lower()) if found else None

    def spokesperson_for(self, text: str, att: Attribution) -> str | None:
        """ "A spokesperson said in a statement": the body that issued the statement."""
        if not _BARE_SPOKESPERSON.match(text):
            return None
        sentence = self.parsed.sentence_at(att.cue.start)
        frame = self.parsed.text[sentence.start_char : max(sentence.start_char, att.content.start)]
        if issued_word(frame) not in ("statement", "release"):
            return None
        return self._body_before(att.cue.start)

    def _body_before(self, start: int) -> str | None:
        """The last body that spoke in the paragraph of ``start`` or the two before, else
        the organisation named last in them."""
        at = self.parsed.paragraph_index(start)
        lo = self.parsed.starts[max(0, at - _WINDOW)]
        for cue, actor in reversed(self.spoken):
            if cue < lo:
                break
            if (
                cue < start
                and self.kind(actor) in _BODIES
                and self.made.get(actor) not in ("people", "document")
            ):
                return actor
        for mention in reversed(self.cast.before(start)):
            if mention.start < lo:
                break
            if self.cast.kind(mention.actor) == "organisation":
                return mention.actor
        return None


__all__ = ["Issuers", "issued_word"]
