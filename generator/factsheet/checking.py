"""Loading and checking sheets: one sheet at a time, then across all sheets."""

from __future__ import annotations

import contextlib
import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.factsheet.composing import read_text
from generator.factsheet.reading import Marks, parse_text
from generator.factsheet.validation import advice, validate
from generator.slugs import sheet_slug

Analysis = tuple[model.FactSheet | None, Marks, list[Problem]]

# Sheets already analysed in this process, by the digest of their text and the path
# they were read from.  A build reads every sheet up to three times (has its article
# changed? check, then the site's load) and ``mkdocs serve`` reloads them all on every
# edit: each text is parsed once, and an unchanged sheet is the same object each time.
# Sheets are frozen dataclasses, so sharing one is safe.  Bounded, least recent first.
_ANALYSED: OrderedDict[tuple[bytes, str], Analysis] = OrderedDict()
_BY_TEXT: dict[bytes, tuple[str, Analysis]] = {}  # the same text read under another name
_ANALYSED_MAX = 4096


def _analyse(text: str, path: str) -> Analysis:
    """Sheet, marks and every problem (errors and warnings) of one sheet's text."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()
    key = (digest, path)
    result = _ANALYSED.get(key)
    if result is not None:
        _ANALYSED.move_to_end(key)
    elif digest in _BY_TEXT:
        result = _renamed(*_BY_TEXT[digest], path)
    else:
        parsed = parse_text(text, path)
        problems = list(parsed.problems)
        if parsed.sheet is not None:
            problems += validate(parsed.sheet, parsed.marks, path)
            problems += advice(parsed.sheet, parsed.marks, path)
        result = (parsed.sheet, parsed.marks, _ordered(problems))
        _BY_TEXT[digest] = (path, result)
    _ANALYSED[key] = result
    if len(_ANALYSED) > _ANALYSED_MAX:
        (old, _), _ = _ANALYSED.popitem(last=False)
        _BY_TEXT.pop(old, None)
    sheet, marks, problems = result
    return sheet, marks, list(problems)


def _renamed(at: str, analysis: Analysis, path: str) -> Analysis:
    """What the same text says when read from ``path`` rather than ``at``: the sheet's
    slug and path, and where problems are, follow the file name."""
    sheet, marks, problems = analysis
    if sheet is not None:
        sheet = replace(sheet, slug=sheet_slug(path), path=path)
    return sheet, marks, [replace(p, path=path) if p.path == at else p for p in problems]


def _ordered(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def load_text(text: str, path: str) -> model.FactSheet:
    """The sheet in ``text`` (read from ``path``); :class:`FactSheetError` lists every error."""
    sheet, _, problems = _analyse(text, path)
    errors = [p for p in problems if p.severity == "error"]
    if errors or sheet is None:
        raise FactSheetError(*(errors or problems))
    return sheet


def analysed(path: Path, shown: str | None = None) -> Analysis:
    """The sheet at ``path`` (None if it could not be decoded), where each of its parts
    is, and its problems; ``shown`` is how messages name the file.  Raises
    :class:`FactSheetError` when the file cannot be read or parsed at all."""
    where = shown or str(path)
    return _analyse(read_text(Path(path), where), where)


def load(path: Path) -> model.FactSheet:
    """Read and validate one fact sheet with safe loading."""
    return load_text(read_text(Path(path)), str(path))


def read_ahead(path: Path) -> None:
    """Analyse the sheet at ``path`` now, so that :func:`check` and :func:`load` find it
    done.  A build calls this on each sheet it writes while the extraction processes
    are still busy, instead of parsing every sheet one after another once they are
    finished.  Problems are left for :func:`check` to report."""
    with contextlib.suppress(FactSheetError):
        _analyse(read_text(Path(path)), str(path))


def display(path: Path, root: Path) -> str:
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
        shown = display(Path(path), root)
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
        sheet, _, _ = _analyse(read_text(Path(sheet_path)), str(sheet_path))
    except FactSheetError:
        return False
    if sheet is None or not sheet.article.sha256:
        return False
    try:
        digest = hashlib.sha256(Path(article_path).read_bytes()).hexdigest()
    except OSError:
        return True
    return sheet.article.sha256 != digest
