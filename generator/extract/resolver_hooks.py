"""What the source resolver's rule mixins read and call.

:class:`generator.extract.sources.Resolver` is put together from mixins, one per family
of rules (pronouns, descriptions, relatives, quantifiers, issuers, authors, role
holders).  Each mixin reads the resolver's state and calls a few of its methods; this
base declares them once, for the type checker and the reader.  It comes last in the
resolver's method order, so the resolver's own definitions (and ``Pronouns``'
``_last`` and ``_nearest``) are the ones that run.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from generator.extract.actors import Cast, Mention
from generator.extract.attribution import Attribution
from generator.extract.document import ParsedArticle
from generator.extract.people import People
from generator.factsheet.model import Actor


class ResolverHooks:
    """The resolver's state and methods, as its rule mixins see them."""

    parsed: ParsedArticle
    cast: Cast
    people: People
    actors: dict[str, Actor]
    history: list[tuple[str, ...]]  # the sources of the claims read so far, in order
    spoken: list[tuple[int, str]]  # (char offset, actor id) of each source heard
    made: dict[str, str]  # unnamed actor id -> what its phrase named
    made_heads: dict[str, str]  # head word -> the unnamed actor last made with it
    issued: dict[str, str]  # document word -> the actor that issued it
    unnamed: dict[str, Actor] | None  # the unnamed actors made so far (None: none are)

    def named(self, start: int, end: int) -> str | None:
        raise NotImplementedError

    def kind(self, actor_id: str) -> str | None:
        raise NotImplementedError

    def office_holder(self, text: str, state: str) -> str | None:
        raise NotImplementedError

    def phrase(self, start: int, end: int, att: Attribution, depth: int = 0) -> tuple[str, ...]:
        raise NotImplementedError

    def _mentions(self, start: int, end: int) -> list[Mention]:
        raise NotImplementedError

    def _make(
        self,
        span: SpacySpan,
        affiliation: str | None,
        whose: str | None = None,
        what: str | None = None,
    ) -> str | None:
        raise NotImplementedError

    def _last(
        self, want_person: bool, gender: str | None = None, people: bool = True
    ) -> str | None:
        raise NotImplementedError

    def _nearest(
        self, char: int, kind: str, suffix: str = "", gender: str | None = None
    ) -> str | None:
        raise NotImplementedError

    def _short_name(self, actor_id: str | None) -> str | None:
        raise NotImplementedError
