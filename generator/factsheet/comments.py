"""Comments and blank lines in a ruamel.yaml round-trip document, kept where they belong.

ruamel.yaml attaches what follows a line (an end-of-line comment, then blank lines and
full-line comments before the next entry) to the last entry written before it.  When the
merge appends or drops the last item of a section, the blank line that sets the next
section apart must move with the end of the section, and an end-of-line comment must
stay on its line.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable

from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken


def last_entry(node: object) -> tuple[CommentedBase, object] | None:
    """The container and key of the last entry written in ``node`` (deepest first)."""
    last = None
    while isinstance(node, CommentedMap | CommentedSeq) and len(node):
        key = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
        last = (node, key)
        node = node[key]
    return last


def take_trailer(node: object) -> str | None:
    """Detach what follows ``node``'s last line: blank lines and comments before the
    next section.  An end-of-line comment on that last line stays where it is."""
    tail = last_entry(node)
    if tail is None:
        return None
    container, key = tail
    entry = container.ca.items.get(key)
    slot = 2 if isinstance(container, CommentedMap) else 0
    if not entry or entry[slot] is None:
        return None
    token = entry[slot]
    first, _, rest = token.value.partition("\n")
    if first.strip().startswith("#"):
        if not rest:
            return None
        token.value = first + "\n"
        return "\n" + rest
    entry[slot] = None
    if not any(entry):
        del container.ca.items[key]
    return str(token.value)


def give_trailer(node: object, trailer: str | None) -> None:
    """Attach ``trailer`` (from :func:`take_trailer`) after ``node``'s last line."""
    tail = last_entry(node)
    if trailer is None or tail is None:
        return
    container, key = tail
    slot = 2 if isinstance(container, CommentedMap) else 0
    entry = container.ca.items.setdefault(key, [None, None, None, None])
    if entry[slot] is not None:
        entry[slot].value = entry[slot].value.rstrip("\n") + trailer
    else:
        entry[slot] = CommentToken(trailer, CommentMark(0), None)


def has_comments(node: object) -> bool:
    """Whether a person wrote a comment in ``node`` (blank lines do not count)."""
    if not isinstance(node, CommentedBase):
        return False
    if _written(node.ca.comment) or any(_written(v) for v in node.ca.items.values()):
        return True
    values = node.values() if isinstance(node, CommentedMap) else node
    return any(has_comments(v) for v in typing.cast(Iterable[object], values))


def _written(tokens: object) -> bool:
    if isinstance(tokens, list | tuple):
        return any(_written(t) for t in tokens)
    value = getattr(tokens, "value", None)
    return isinstance(value, str) and bool(value.strip())
