"""One remembered call per build stage, for ``mkdocs serve``.

Serve rebuilds the knowledge after every edit to one fact sheet, and most stages then
see the very inputs they saw last time: unchanged sheets are the same objects (the
sheet loader parses each text once), so comparing inputs costs little next to
merging actors or linking thousands of claims again.  The caller names what a stage
reads in ``key``; when it equals the last call's key, the last result is returned.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
_UNSET = object()


class LastCall(Generic[T]):
    """``stage(key, compute)``: ``compute()`` unless ``key`` equals the last key."""

    def __init__(self) -> None:
        self._key: object = _UNSET
        self._value: T | None = None

    def __call__(self, key: Hashable | object, compute: Callable[[], T]) -> T:
        if self._key is not _UNSET and self._key == key:
            return self._value  # type: ignore[return-value]
        value = compute()
        self._key, self._value = key, value
        return value
