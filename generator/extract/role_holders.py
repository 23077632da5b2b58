"""Who a description of one person stands for, when the text names that person: the
title before a name ("Director of Public Prosecutions Eva Lind"), a description with
the name set beside it ("The leader of Ennahda, Rachid Ghannouchi,"), or a definite
role named before ("the Vermont senator").

Part of :class:`generator.extract.sources.Resolver` (through ``Descriptions``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from generator.extract import lexicon
from generator.extract.actors import Mention
from generator.extract.party_tags import role_words
from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import PEOPLE
from generator.extract.unnamed import head_class

_TITLE_WORDS = {w for title in lexicon.TITLES for w in title.split()}
# the nouns that describe one person ("leader", "spokesman", "mother")
_PERSON_NOUNS = (lexicon.TITLE_HEADS | PEOPLE) | _TITLE_WORDS


class RoleHolders(ResolverHooks):
    """The role-holder rules of the resolver; the resolver supplies the rest."""

    def _titled_by(self, span: SpacySpan, mention: Mention) -> bool:
        """The words of ``span`` before the person ``mention`` are the person's role, or
        a description of one person the name is set beside ("The leader of Ennahda,
        Rachid Ghannouchi"; not "a spokesman for the party leader, Ana Ruiz")."""
        actor = self.actors.get(mention.actor)
        if actor is None or actor.kind != "person":
            return False
        written = self.parsed.text[span.start_char : mention.start].strip()
        if written.endswith(",") and self._one_person_described(span, mention):
            return True
        if not actor.role:
            return False
        written = written.rstrip(",").strip().lower()
        before = written[: len(written) - len(actor.role)].split()  # not "a spokesman for"
        return written.endswith(actor.role.lower()) and not {"for", "of", "to"} & set(before)

    @staticmethod
    def _one_person_described(span: SpacySpan, mention: Mention) -> bool:
        """The words before the name describe exactly one person: one noun for a person
        heads them and no other follows it ("the party's leader", "the leader of X")."""
        nouns = [
            t
            for t in span
            if t.idx < mention.start
            and t.pos_ == "NOUN"
            and t.dep_ != "compound"
            and t.lemma_.lower() in _PERSON_NOUNS
        ]
        return len(nouns) == 1 and nouns[0].tag_ == "NN"

    def _role_holder(self, span: SpacySpan, start: int) -> str | None:
        """ "the senator", "the Vermont senator", "the real estate tycoon": the person
        named before whose role says so."""
        root = span.root.lower_
        if not (
            span[0].lower_ == "the"
            and span.root.tag_ in ("NN", "NNP")
            and (root in _TITLE_WORDS or head_class(span) == "people")
        ):
            return None
        words = [t.lower_ for t in span[1:] if not t.is_punct]
        for mention in reversed(self.cast.before(start)):
            actor = self.actors.get(mention.actor)
            role = role_words(actor.role or "") if actor else ""
            fits = all(w in role for w in words) or len(words) == 1
            if (
                actor
                and actor.kind == "person"
                and fits
                and re.search(rf"\b{re.escape(root)}", role)
            ):
                return actor.id
        return None


__all__ = ["RoleHolders"]
