"""Who wrote the document a source phrase names, when the phrase says so: "court
documents filed by prosecutors", "a report released by the inspector general", "an audit
by state auditors", "a review of the surveillance video by prosecutors".  The claim is
its author's, resolved as any source phrase is (a name, or people named as written).

Part of :class:`generator.extract.sources.Resolver`; the resolver supplies the rest.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.extract.attribution import Attribution
from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import DOCUMENTS
from generator.extract.unnamed import head_class, head_of

# the verbs that make an author of the one after "by" ("filed by", "released by"), not
# those that say who has it ("obtained by", "seen by")
_AUTHORING = {
    "file", "write", "release", "issue", "prepare", "compile", "conduct", "publish",
    "produce", "submit", "author", "commission", "draft", "sign", "make", "carry",
}  # fmt: skip


# legal actions: answered by name ("called the lawsuit frivolous"), so they stay sources
_ACTIONS = {"lawsuit", "suit", "complaint"}


class Authors(ResolverHooks):
    """The document-author rule of the resolver."""

    def written_by(self, span: SpacySpan, att: Attribution, depth: int) -> tuple[str, ...]:
        """The author a document source phrase names after "by", or nothing."""
        if depth > 0 or head_class(span) != "document" or head_of(span).lemma_ in _ACTIONS:
            return ()  # "a lawsuit filed by X" stays the lawsuit, which others answer
        author = _by_object(head_of(span))
        if author is None or not span.start <= author.i < span.end:
            return ()
        first = author.left_edge
        last = span.doc[min(author.right_edge.i, span.end - 1)]
        if first.i <= head_of(span).i:
            return ()
        return self.phrase(first.idx, last.idx + len(last), att, depth + 1)


def _by_object(head: Token) -> Token | None:
    """The object of "by" that says who made the document ``head``: "a report by X",
    "documents filed by X", "a review of the video by X"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in _AUTHORING:
            for agent in child.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ == "of":
            what = next((c for c in child.children if c.dep_ == "pobj"), None)
            if what is not None and what.lemma_.lower() in DOCUMENTS:
                found = _by_object(what)  # "a review of the video by prosecutors"
                if found is not None:
                    return found
    return None


__all__ = ["Authors"]
