"""Merges and splits an editor pins by hand in ``content/pins.yaml``.

::

    merge:                      # these ids are one actor (the first id names it)
      - [nikol-pashinyan, pashinyan, nikol-pashinian]
    split:                      # these are different actors, whatever their names say
      - [ilham-aliyev, heydar-aliyev]
      - [article-a/john-smith, article-b/john-smith]   # one id, two people

An id is an actor id as the sheets write it (every sheet using it), or
``<sheet slug>/<actor id>`` for that sheet only.  Pins win over automatic merging and
survive every rebuild, because automatic merging never writes anything back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

import yaml

from generator.errors import KnowledgeError, Problem

_REF = re.compile(r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?$")
KEYS = ("merge", "split")


@dataclass(frozen=True)
class PinGroup:
    """One pinned group of actor references, with where it was written."""

    ids: tuple[str, ...]
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Pins:
    merge: tuple[PinGroup, ...] = ()
    split: tuple[PinGroup, ...] = ()
    path: str = "content/pins.yaml"

    def __bool__(self) -> bool:
        return bool(self.merge or self.split)


def load_pins(path: str | Path) -> Pins:
    """Read a pins file.  A missing file means no pins; a malformed one raises
    :class:`KnowledgeError` naming every problem with its line and column."""
    path = Path(path)
    return _read(compose(path), str(path))


def compose(path: Path) -> yaml.Node | None:
    """The YAML node tree of a hand-written file (``None`` when it is missing or empty);
    unreadable or malformed YAML raises :class:`KnowledgeError` with the position."""
    name = str(path)
    if not path.exists():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError.at(name, f"cannot read: {error}") from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "malformed YAML"
        raise KnowledgeError(
            Problem(
                name,
                f"not valid YAML: {problem}",
                line=mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
            )
        ) from None


class _At(TypedDict):
    line: int
    column: int


def _where(node: yaml.Node) -> _At:
    return {"line": node.start_mark.line + 1, "column": node.start_mark.column + 1}


def _read(root: yaml.Node | None, name: str) -> Pins:
    if root is None or (isinstance(root, yaml.ScalarNode) and root.value in ("", "~", "null")):
        return Pins(path=name)
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeError(
            Problem(
                name,
                "pins must be a mapping with 'merge:' and/or 'split:' lists",
                **_where(root),
            )
        )
    problems: list[Problem] = []
    found: dict[str, tuple[PinGroup, ...]] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in KEYS:
            problems.append(
                Problem(
                    name,
                    f"unknown key {key!r}",
                    hint="valid keys: merge, split",
                    **_where(key_node),
                )
            )
            continue
        if key in found:
            problems.append(Problem(name, f"'{key}' given twice", **_where(key_node)))
            continue
        found[key] = _groups(value_node, key, name, problems)
    problems.extend(_conflicts(found.get("merge", ()), found.get("split", ()), name))
    if problems:
        raise KnowledgeError(*problems)
    return Pins(merge=found.get("merge", ()), split=found.get("split", ()), path=name)


def _groups(node: yaml.Node, key: str, name: str, problems: list[Problem]) -> tuple[PinGroup, ...]:
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return ()
    if not isinstance(node, yaml.SequenceNode):
        problems.append(
            Problem(
                name,
                f"'{key}' must be a list of lists of actor ids",
                field=key,
                hint=f"for example: {key}: [[nikol-pashinyan, pashinyan]]",
                **_where(node),
            )
        )
        return ()
    groups = []
    for n, item in enumerate(node.value):
        field_name = f"{key}[{n}]"
        if not isinstance(item, yaml.SequenceNode):
            problems.append(
                Problem(
                    name,
                    "must be a list of at least two actor ids",
                    field=field_name,
                    hint="for example: [nikol-pashinyan, pashinyan]",
                    **_where(item),
                )
            )
            continue
        ids, good = [], True
        for m, ref in enumerate(item.value):
            value = ref.value if isinstance(ref, yaml.ScalarNode) else None
            if not isinstance(value, str) or not _REF.match(value):
                problems.append(
                    Problem(
                        name,
                        f"not an actor id: {value if value is not None else 'a list or mapping'!r}",
                        field=f"{field_name}[{m}]",
                        hint="an id is a slug such as 'nikol-pashinyan', or 'sheet-slug/actor-id'",
                        **_where(ref),
                    )
                )
                good = False
            elif value in ids:
                problems.append(
                    Problem(
                        name, f"{value!r} listed twice", field=f"{field_name}[{m}]", **_where(ref)
                    )
                )
                good = False
            else:
                ids.append(value)
        if good and len(ids) < 2:
            problems.append(
                Problem(
                    name,
                    f"a {key} needs at least two actor ids, got {len(ids)}",
                    field=field_name,
                    **_where(item),
                )
            )
            continue
        if good:
            groups.append(PinGroup(tuple(ids), **_where(item)))
    return tuple(groups)


def _conflicts(
    merges: tuple[PinGroup, ...], splits: tuple[PinGroup, ...], name: str
) -> list[Problem]:
    """A split whose ids one merge pins together cannot hold."""
    problems = []
    for split in splits:
        for merge in merges:
            both = [ref for ref in split.ids if ref in merge.ids]
            if len(both) >= 2:
                problems.append(
                    Problem(
                        name,
                        f"split of {both[0]!r} and {both[1]!r} contradicts the merge "
                        f"on line {merge.line}",
                        line=split.line,
                        column=split.column,
                        hint="remove one of the two pins",
                    )
                )
    return problems
