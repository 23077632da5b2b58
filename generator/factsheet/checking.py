"""Loading and checking sheets: one sheet at a time, then across all sheets."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.factsheet.composing import read_text
from generator.factsheet.reading import Marks, parse_text
from generator.factsheet.validation import advice, validate


def _analyse(text: str, path: str) -> tuple[model.FactSheet | None, Marks, list[Problem]]:
    """Sheet, marks and every problem (errors and warnings) of one sheet's text."""
    parsed = parse_text(text, path)
    problems = list(parsed.problems)
    if parsed.sheet is not None:
        problems += validate(parsed.sheet, parsed.marks, path)
        problems += advice(parsed.sheet, parsed.marks, path)
    return parsed.sheet, parsed.marks, _ordered(problems)


def _ordered(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def load_text(text: str, path: str) -> model.FactSheet:
    """The sheet in ``text`` (read from ``path``); :class:`FactSheetError` lists every error."""
    sheet, _, problems = _analyse(text, path)
    errors = [p for p in problems if p.severity == "error"]
    if errors or sheet is None:
        raise FactSheetError(*(errors or problems))
    return sheet


def load(path: Path) -> model.FactSheet:
    """Read and validate one fact sheet with safe loading."""
    return load_text(read_text(Path(path)), str(path))


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve())) if path.is_absolute() else str(path)
    except ValueError:
        return str(path)


def check(paths: Sequence[Path], *, root: Path) -> list[Problem]:
    """Every problem of every sheet in ``paths``, plus conflicts between sheets.

    ``root`` is the folder ``article.file`` is relative to (the project folder).  A
    folder in ``paths`` stands for the sheets in it.
    Warnings (``severity="warning"``) do not fail a check.
    """
    problems: list[Problem] = []
    actors: dict[str, tuple[model.Actor, str]] = {}  # id -> first definition, where
    expanded = [
        p for path in map(Path, paths) for p in (find_sheets(path) if path.is_dir() else [path])
    ]
    for path in expanded:
        shown = _display(Path(path), root)
        try:
            sheet, marks, found = _analyse(read_text(Path(path), shown), shown)
        except FactSheetError as error:
            problems.extend(error.problems)
            continue
        problems.extend(found)
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
            field = f"{marks.path_of(actor)}.id"
            first = actors.get(actor.id)
            if first is None:
                where = marks.where(field)
                actors[actor.id] = (actor, f"{shown}:{where['line']}")
                continue
            other, at = first
            if other.kind != actor.kind or other.name.casefold() != actor.name.casefold():
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


def article_changed(sheet_path: Path, article_path: Path) -> bool:
    """Whether the article's bytes differ from those the sheet was drafted from.

    False when the sheet records no ``article.sha256`` or cannot be read: such a sheet
    is the editor's, and ``explainer check`` reports what is wrong with it.  True when
    the article cannot be read, so that reading it reports why.
    """
    try:
        parsed = parse_text(read_text(Path(sheet_path)), str(sheet_path))
    except FactSheetError:
        return False
    if parsed.sheet is None or not parsed.sheet.article.sha256:
        return False
    try:
        digest = hashlib.sha256(Path(article_path).read_bytes()).hexdigest()
    except OSError:
        return True
    return parsed.sheet.article.sha256 != digest
