"""Writing machine drafts to disk: create a sheet, keep it, or merge into it.

The machine's last draft of each sheet is kept in a cache folder
(``content/.explainer-cache/<slug>.yaml``) as the base of the next three-way merge
(:mod:`generator.factsheet.merge`).  Every write is atomic.
"""

from __future__ import annotations

import io
import typing
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml.error import YAMLError as RuamelError

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.factsheet.composing import read_text
from generator.factsheet.merge import merge_into
from generator.factsheet.reading import parse_text
from generator.factsheet.writing import (
    atomic_write,
    dump,
    schema_ref_for,
    to_data,
    with_schema_ref,
    yaml_writer,
)


@dataclass(frozen=True)
class WriteOutcome:
    """What :func:`write_draft` did: ``created``, ``kept``, ``merged`` or ``unchanged``."""

    action: str
    written: bool
    problems: tuple[Problem, ...] = ()


def cache_path(path: Path, cache_dir: Path) -> Path:
    return Path(cache_dir) / f"{Path(path).stem}.yaml"


def write_draft(
    draft: model.FactSheet, path: Path, *, cache_dir: Path, refresh: bool
) -> WriteOutcome:
    """Write ``draft`` to ``path``: create it, keep the existing sheet, or merge into it.

    Without ``refresh`` an existing sheet is never touched.  With it, the new draft is
    merged three-way into the sheet, against the machine draft cached in ``cache_dir``
    when the sheet was last written.
    """
    path = Path(path)
    cache = cache_path(path, cache_dir)
    if not path.exists():
        text = dump(draft)  # rendered once: the sheet differs only in its schema line
        atomic_write(path, with_schema_ref(text, schema_ref_for(path)))
        return WriteOutcome("created", True, _store_base(cache, draft, text))
    if not refresh:
        return WriteOutcome("kept", False)
    return _refresh(draft, path, cache)


def _refresh(draft: model.FactSheet, path: Path, cache: Path) -> WriteOutcome:
    """Merge ``draft`` into the sheet at ``path``; write only if something changed."""
    where = str(path)
    note = Problem(where, "not refreshed: fix the problems above first, then extract again")
    try:
        mine_text = read_text(path)
        mine = parse_text(mine_text, where)
        doc = yaml_writer().load(mine_text)
    except FactSheetError as error:
        raise FactSheetError(*error.problems, note) from None
    except RuamelError as error:  # PyYAML read it, so this is rare
        raise FactSheetError(Problem(where, f"YAML error: {error}"), note) from None
    if mine.problems or mine.sheet is None:
        raise FactSheetError(*mine.problems, note)
    base, problems = _base(cache)
    if base is None:
        base = {}
        problems.append(
            Problem(
                where,
                "no record of the machine's previous draft: merged two-way, so items you "
                "deleted may come back",
                hint=f"the record is kept in {cache.parent}/; do not delete that folder",
                severity="warning",
            )
        )
    mine_data, draft_data = (typing.cast(dict, to_data(s)) for s in (mine.sheet, draft))
    changed, found = merge_into(doc, base, mine_data, draft_data, path=where)
    problems += found
    if changed:
        buffer = io.StringIO()
        yaml_writer().dump(doc, buffer)
        merged = buffer.getvalue()
        if parse_text(merged, where).problems:  # a bug here must never cost an edit
            raise FactSheetError(
                Problem(where, "the merge went wrong; the sheet was left as it was"),
                *parse_text(merged, where).problems,
            )
        atomic_write(path, merged)
    problems += _store_base(cache, draft)
    return WriteOutcome("merged" if changed else "unchanged", changed, tuple(problems))


def _store_base(
    cache: Path, draft: model.FactSheet, text: str | None = None
) -> tuple[Problem, ...]:
    """Keep the machine's draft (``text``: ``dump(draft)`` if already made)."""
    try:
        atomic_write(cache, text if text is not None else dump(draft))
    except FactSheetError as error:
        return tuple(
            Problem(p.path, p.message, hint="the next --refresh merges two-way", severity="warning")
            for p in error.problems
        )
    return ()


def _base(cache: Path) -> tuple[dict | None, list[Problem]]:
    if not cache.is_file():
        return None, []
    try:
        parsed = parse_text(read_text(cache), str(cache))
    except FactSheetError:
        parsed = None
    if parsed is None or parsed.sheet is None or parsed.problems:
        return None, [
            Problem(str(cache), "cached machine draft is unreadable; ignored", severity="warning")
        ]
    return to_data(parsed.sheet), []  # type: ignore[return-value]
