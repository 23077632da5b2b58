"""The parsed fact sheets of one project, kept by path and by the digest of their text.

A build reads each sheet more than once (has its article changed? the check, the
knowledge), and ``mkdocs serve`` reads them all again after every edit.  A
:class:`SheetStore` parses each text once: asked for a sheet whose file still holds the
same text, it hands back what it parsed before, the very same frozen objects.  It has
one owner that says how long it lives: ``pipeline.build`` makes one per build, and the
MkDocs plugin keeps one across the rebuilds of ``mkdocs serve``.  Nothing else keeps
sheets between calls.

An entry is keyed by everything that feeds it: the name a sheet is read under (its path
relative to the store's root, which names the sheet and the problems in it) and the
digest of its text.  A file read again with other text replaces its entry, so the
store never holds more than one entry per file.  A file whose size, modification time
and inode are those of the last read is not read again (on a site of hundreds of
sheets, reading and hashing them all took a good part of a serve rebuild), unless it
was modified within ``RACY`` seconds of that read: a second save within the clock's
granularity keeps the same time, so such a file is read (as git does with its index).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.factsheet.composing import read_text
from generator.factsheet.reading import Marks, parse_text
from generator.factsheet.validation import advice, validate


@dataclass(frozen=True)
class Checked:
    """What one sheet's text holds: the sheet (``None`` when it cannot be read as one),
    the marks of where each field was written, and every problem, errors and warnings,
    in the order of the file."""

    sheet: model.FactSheet | None
    marks: Marks
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


def examine(text: str, path: str) -> Checked:
    """Parse and validate ``text``, read from ``path`` (which names the problems)."""
    try:
        parsed = parse_text(text, path)
    except FactSheetError as error:  # not YAML, or YAML no sheet can be
        return Checked(None, Marks(), error.problems)
    problems = list(parsed.problems)
    if parsed.sheet is not None:
        problems += validate(parsed.sheet, parsed.marks, path)
        problems += advice(parsed.sheet, parsed.marks, path)
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return Checked(parsed.sheet, parsed.marks, tuple(problems))


def _examine(job: tuple[str, str]) -> Checked:
    return examine(*job)


PARALLEL_FROM = 32  # sheets: fewer are parsed in turn (a process pool takes time to start)
RACY = 2  # seconds: a file changed this recently is read again, whatever its stamp


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """Size, modification time and inode of a file (None when it cannot be read)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest()


class SheetStore:
    """Parsed sheets by path and digest (see the module docstring)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root  # sheets under it are named relative to it
        self._entries: dict[str, tuple[bytes, Checked]] = {}
        self._stamps: dict[str, tuple[int, int, int]] = {}  # name -> what its file was

    def name_of(self, path: Path) -> str:
        """How the sheet at ``path`` is named: relative to the root when under it."""
        if self.root is not None and path.is_absolute():
            try:
                return str(path.resolve().relative_to(self.root.resolve()))
            except ValueError:
                pass
        return str(path)

    def __len__(self) -> int:
        return len(self._entries)

    def read(self, path: Path) -> Checked:
        """What the sheet at ``path`` holds.  Raises :class:`FactSheetError` when the
        file cannot be read at all (missing, a folder, too big, not UTF-8)."""
        name = self.name_of(Path(path))
        stamp = _stamp(Path(path))
        if self._unchanged(name, stamp):
            return self._entries[name][1]
        text = read_text(Path(path), name)
        checked = self.checked(text, name)
        self._remember(name, Path(path), stamp)
        return checked

    def _unchanged(self, name: str, stamp: tuple[int, int, int] | None) -> bool:
        """Whether the file ``name`` is as it was when last read and parsed."""
        return stamp is not None and self._stamps.get(name) == stamp and name in self._entries

    def _remember(self, name: str, path: Path, stamp: tuple[int, int, int] | None) -> None:
        """Keep the stamp ``path`` had before it was read, if it is unchanged since and was
        not changed just before (see ``RACY``)."""
        settled = time.time_ns() - RACY * 1_000_000_000
        if stamp is not None and stamp[1] < settled and stamp == _stamp(path):
            self._stamps[name] = stamp

    def checked(self, text: str, name: str) -> Checked:
        """What ``text`` read from ``name``: parsed now, or as parsed before
        when ``name`` last held the same text."""
        key = digest(text)
        entry = self._entries.get(name)
        if entry is not None and entry[0] == key:
            return entry[1]
        self._stamps.pop(name, None)
        checked = examine(text, name)
        self._entries[name] = (key, checked)
        return checked

    def parse_all(self, paths: Sequence[Path], processes: int = 1) -> int:
        """Parse, in ``processes`` processes, the sheets in ``paths`` whose text the store
        has not parsed yet, so that :meth:`read` finds them parsed; the number parsed.

        A warm build of hundreds of sheets spends most of its reading in the parse, one
        sheet after another; with fewer than ``PARALLEL_FROM`` to parse, or one process,
        nothing is done here and :meth:`read` parses each when asked.  A file that
        cannot be read is left for :meth:`read` to report."""
        pending: dict[str, tuple[bytes, str, Path, tuple[int, int, int] | None]] = {}
        for path in map(Path, paths):
            name = self.name_of(path)
            stamp = _stamp(path)
            if self._unchanged(name, stamp):
                continue
            try:
                text = read_text(path, name)
            except FactSheetError:
                continue
            key = digest(text)
            entry = self._entries.get(name)
            if entry is None or entry[0] != key:
                pending[name] = (key, text, path, stamp)
        if processes <= 1 or len(pending) < PARALLEL_FROM:
            return 0
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        names = list(pending)
        jobs = [(pending[name][1], name) for name in names]
        try:
            with ProcessPoolExecutor(max_workers=processes) as pool:
                parsed = list(pool.map(_examine, jobs, chunksize=8))
        except (BrokenProcessPool, OSError):  # a worker died: read() parses them in turn
            return 0
        for name, checked in zip(names, parsed, strict=True):
            key, _, path, stamp = pending[name]
            self._stamps.pop(name, None)
            self._entries[name] = (key, checked)
            self._remember(name, path, stamp)  # read() then need not read the file again
        return len(names)

    def load(self, path: Path) -> model.FactSheet:
        """The sheet at ``path``; :class:`FactSheetError` lists every error in it."""
        checked = self.read(path)
        if checked.errors or checked.sheet is None:
            raise FactSheetError(*(checked.errors or checked.problems))
        return checked.sheet

    def keep_only(self, names: Iterable[str]) -> None:
        """Forget every sheet not named in ``names`` (sheets deleted since)."""
        kept = set(names)
        for name in [n for n in self._entries if n not in kept]:
            del self._entries[name]
            self._stamps.pop(name, None)
