"""What the items of a sheet refer to, for the three-way merge (``merge.py``).

Claims, figures and actors name actors and other claims by id (``by``, ``about``,
``side``, ``affiliation``, ``disputes``...).  The merge asks two things of them: which
actors the person deleted, or merged into another by moving the name to its aliases
(:func:`deleted_actors`), and what still refers to an item before dropping it
(:func:`references`).  A new machine item is read with the merged actors' new ids
(:func:`with_renamed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

# the fields whose values are ids of actors or claims
REFERENCES = ("by", "about", "via", "side", "affiliation", "actors", "disputes", "claim")


def deleted_actors(base: dict, mine: dict) -> tuple[set[str], dict[str, str]]:
    """Actor ids the person deleted, and those of them merged into another actor.

    An actor counts as merged into another when its name is now one of the other's
    names or aliases (the editor's guide says to move it there).
    """
    kept = {a.get("id") for a in mine.get("actors", [])}
    names = {
        _words(name): a.get("id")
        for a in mine.get("actors", [])
        for name in [a.get("name", ""), *_as_list(a.get("aliases"))]
    }
    deleted = {a.get("id"): a for a in base.get("actors", []) if a.get("id") not in kept}
    renamed = {
        old: names[_words(actor.get("name", ""))]
        for old, actor in deleted.items()
        if _words(actor.get("name", "")) in names
    }
    return set(deleted), renamed


def _words(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def references(items: Iterable[dict], skip: set[int] = frozenset()) -> Iterator[object]:  # type: ignore[assignment]
    """Every id referred to from ``items`` (and the things nested in them)."""
    for item in items:
        if id(item) in skip:
            continue
        for key, value in item.items():
            if key in REFERENCES and not isinstance(value, dict):
                yield from (v for v in _as_list(value) if not isinstance(v, dict))
            if isinstance(value, list):
                yield from references((v for v in value if isinstance(v, dict)), skip)
            elif isinstance(value, dict):
                yield from references([value], skip)


def with_renamed(value: object, ids: dict[str, str], key: str = "") -> object:
    """``value`` with the actor ids in ``ids`` (old -> new) replaced in every reference
    field."""
    if isinstance(value, dict):
        return {k: with_renamed(v, ids, k) for k, v in value.items()}
    if isinstance(value, list):
        return [with_renamed(v, ids, key) for v in value]
    if key in REFERENCES and isinstance(value, str):
        return ids.get(value, value)
    return value


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]
