"""Loading and checking sheets: one sheet at a time, then across all sheets.

``load`` and ``load_text`` parse one sheet from scratch.  ``check`` and
``article_changed`` read through a :class:`~generator.factsheet.store.SheetStore`, so
that a build that asks both about the same sheet parses it once; called without one,
they parse what they read and keep nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.factsheet.composing import read_text
from generator.factsheet.store import SheetStore, examine


def load_text(text: str, path: str) -> model.FactSheet:
    """The sheet in ``text`` (read from ``path``); :class:`FactSheetError` lists every error."""
    checked = examine(text, path)
    if checked.errors or checked.sheet is None:
        raise FactSheetError(*(checked.errors or checked.problems))
    return checked.sheet


def load(path: Path) -> model.FactSheet:
    """Read and validate one fact sheet with safe loading."""
    return load_text(read_text(Path(path)), str(path))


def check(paths: Sequence[Path], *, root: Path, store: SheetStore | None = None) -> list[Problem]:
    """Every problem of every sheet in ``paths``, plus conflicts between sheets.

    ``root`` is the folder ``article.file`` is relative to (the project folder).  A
    folder in ``paths`` stands for the sheets in it.
    Warnings (``severity="warning"``) do not fail a check.  Sheets are read through
    ``store`` (a fresh one, naming sheets relative to ``root``, when not given).
    """
    store = store if store is not None else SheetStore(root)
    problems: list[Problem] = []
    actors: dict[str, tuple[model.Actor, str]] = {}  # id -> first definition, where
    expanded = [
        p for path in map(Path, paths) for p in (find_sheets(path) if path.is_dir() else [path])
    ]
    for path in expanded:
        shown = store.name_of(Path(path))
        try:
            checked = store.read(Path(path))
        except FactSheetError as error:
            problems.extend(error.problems)
            continue
        problems.extend(checked.problems)
        sheet, marks = checked.sheet, checked.marks
        if sheet is None:
            continue
        article = root / sheet.article.file
        if not article.is_file():
            where = marks.where("article.file")
            problems.append(
                Problem(
                    shown,
                    f"article file '{sheet.article.file}' is gone",
                    where["line"],
                    where["column"],
                    "article.file",
                    f"restore it, or fix article.file (a path relative to {root})",
                )
            )
        for actor in sheet.actors:
            if model.is_unnamed(actor.role):
                continue  # "officials said": local to its sheet, never merged across sheets
            field = f"{marks.path_of(actor)}.id"
            first = actors.get(actor.id)
            if first is None:
                where = marks.where(field)
                actors[actor.id] = (actor, f"{shown}:{where['line']}")
                continue
            other, at = first
            if other.kind != actor.kind or _bare(other.name) != _bare(actor.name):
                where = marks.where(field)
                problems.append(
                    Problem(
                        shown,
                        f"actor '{actor.id}' is '{actor.name}' ({actor.kind}) here but "
                        f"'{other.name}' ({other.kind}) at {at}",
                        where["line"],
                        where["column"],
                        field,
                        "one id is one actor in every sheet: make name and kind agree, "
                        "or give one of them another id",
                        severity="warning",  # knowledge.build merges them as one actor
                    )
                )
    return problems


def _bare(name: str) -> str:
    """A name as compared across sheets: "The Sanders campaign" = "Sanders campaign"."""
    folded = name.casefold()
    return folded[4:] if folded.startswith("the ") else folded


def find_sheets(directory: Path) -> list[Path]:
    """The fact sheets in ``directory``: ``*.yaml``/``*.yml``, sorted, hidden files skipped."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.iterdir()
        if p.suffix in (".yaml", ".yml") and not p.name.startswith(".") and p.is_file()
    )


def article_changed(sheet_path: Path, article_path: Path, store: SheetStore | None = None) -> bool:
    """Whether the article's bytes differ from those the sheet was drafted from.

    False when the sheet records no ``article.sha256`` or cannot be read: such a sheet
    is the editor's, and ``explainer check`` reports what is wrong with it.  True when
    the article cannot be read, so that reading it reports why.
    """
    try:
        sheet = (store if store is not None else SheetStore()).read(Path(sheet_path)).sheet
    except FactSheetError:
        return False
    if sheet is None or not sheet.article.sha256:
        return False
    try:
        digest = hashlib.sha256(Path(article_path).read_bytes()).hexdigest()
    except OSError:
        return True
    return sheet.article.sha256 != digest
