"""Reusing the last build's work: each step computed, or taken when its inputs are equal.

``mkdocs serve`` builds the knowledge again after every edit to one sheet, and most of
the work sees the very inputs it saw the last time.  Handed the last knowledge
(``knowledge.build(since=...)``), a :class:`Reuse` gives a step the last result when
the step's key, exactly what the step reads, equals the last key; otherwise the step
is computed.  Work done per sheet or per story is remembered per item
(:meth:`Reuse.memo`), so an edit to one sheet recomputes that sheet's part only.  The
results travel in :attr:`Knowledge.steps`: whoever holds the last knowledge holds
them, and nothing is kept anywhere else.  Unchanged sheets are the very same objects
(the plugin's ``SheetStore`` hands them out), and reused results too, so most keys
compare by identity.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Protocol, TypeVar

if typing.TYPE_CHECKING:
    from generator.knowledge.model import Knowledge

T = TypeVar("T")


class Memo(Protocol):
    """``memo(step, item, key, compute)``: ``compute()``, or what the last build
    computed for ``item`` of ``step`` when its key was ``key`` too."""

    def __call__(self, step: str, item: str, key: object, compute: Callable[[], T]) -> T: ...


def fresh(step: str, item: str, key: object, compute: Callable[[], T]) -> T:
    """The :class:`Memo` that remembers nothing (a build from scratch)."""
    return compute()


class Reuse:
    """The steps of one build, and what the last build's steps left (``since``)."""

    def __init__(self, since: Knowledge | None) -> None:
        self.last = since.steps.results if since is not None else {}
        self.now: dict[str, tuple[object, object]] = {}

    def step(self, name: str, key: object, compute: Callable[[], T]) -> T:
        """``compute()``, or the last build's result of step ``name`` for this key."""
        last = self.last.get(name)
        reused = last is not None and last[0] == key
        value = typing.cast(T, last[1]) if last is not None and reused else compute()
        self.now[name] = (key, value)
        return value

    def memo(self, step: str, item: str, key: object, compute: Callable[[], T]) -> T:
        """Like :meth:`step`, for one ``item`` (a sheet, a story) of a step done per item."""
        name = f"{step}[]"
        last = self.last.get(name)
        before = typing.cast(dict[str, tuple[object, object]], last[1]) if last else {}
        now = self.now.setdefault(name, (None, {}))[1]
        found = before.get(item)
        reused = found is not None and found[0] == key
        value = typing.cast(T, found[1]) if found is not None and reused else compute()
        typing.cast(dict[str, tuple[object, object]], now)[item] = (key, value)
        return value
