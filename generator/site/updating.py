"""Bringing ``site/`` up to date, touching only the files that changed.

``explainer build`` draws the site into a staging folder beside ``site/``, so that a
failed drawing leaves ``site/`` as it was.  The first build renames the staging folder
into place.  A later build could do the same and delete the old tree, but deleting
thousands of files is slow where the file system hands freed blocks back to the disk
as it frees them (ext4 mounted with ``discard``, as cloud machines often are: a few
milliseconds a file, longer than drawing the page).  Most of a rebuilt site is the
same bytes as before, so:

* while the pages are drawn, a page whose bytes are already in ``site/`` is not
  written (:meth:`LastSite.same`);
* afterwards :func:`update` moves what was written into ``site/``, where it differs,
  and removes the files the build no longer makes.

A reader of ``site/`` during :func:`update` may see some pages new and some old, as
with any copy of a site onto a server; a failure there is reported with the folder,
and the next build finishes the job.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Collection
from pathlib import Path


class LastSite:
    """The site the last build left (``folder``), and what this build keeps of it.

    ``made`` is filled by the build with every file it makes (paths relative to the
    site, with ``/``), whether written or kept; ``kept`` holds the pages (source
    URIs) this process found unchanged.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: set[str] = set()
        self.kept: set[str] = set()

    def output(self, uri: str, dest: str, output: str) -> str:
        """What MkDocs is to write of the page of ``uri`` (``dest`` in the site):
        nothing (it skips an empty page) when the last site has the bytes already."""
        if not output.strip():
            return output
        data = output.encode("utf-8", errors="xmlcharrefreplace")  # as MkDocs writes it
        return "" if self.same(uri, dest, data) else output

    def same(self, uri: str, dest: str, output: bytes) -> bool:
        """Whether the page of ``uri`` (written to ``dest``) is already ``output``
        in the last site; if so, it is kept and need not be written."""
        if not _holds(self.folder / dest, output):
            return False
        self.kept.add(uri)
        return True


def update(
    staging: Path, target: Path, *, made: Collection[str] = (), spare: Collection[str] = ()
) -> None:
    """Move ``staging``'s files into ``target`` where they differ from what is there;
    remove ``target``'s files that are neither in ``staging`` nor in ``made``
    (relative paths), except under the top-level names in ``spare``.  What is left
    in ``staging`` is for the caller to remove (files already in ``target``)."""
    written: set[str] = set()
    for folder, _, names in os.walk(staging):
        for name in names:
            source = Path(folder, name)
            relative = source.relative_to(staging).as_posix()
            written.add(relative)
            destination = target / relative
            if not _holds(destination, source.read_bytes()):  # (a fresh file: cached)
                _make_room(target, destination)
                os.replace(source, destination)
    keep = written | set(made)
    _remove_stale(target, keep, set(spare))


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a file (not a link) holding exactly ``data``."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _make_room(target: Path, destination: Path) -> None:
    """Clear the way for a file at ``destination``: a folder of that name goes, and
    so does a file where one of its folders should be."""
    for parent in reversed(destination.relative_to(target).parents[:-1]):
        place = target / parent
        if place.is_symlink() or (place.exists() and not place.is_dir()):
            place.unlink()
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.is_dir() and not destination.is_symlink():
        shutil.rmtree(destination)


def _remove_stale(target: Path, keep: set[str], spare: set[str]) -> None:
    """Remove ``target``'s files outside ``keep`` and the folders left empty."""
    for folder, dirs, names in os.walk(target, topdown=False):
        here = Path(folder)
        inner = here.relative_to(target)
        if inner.parts and inner.parts[0] in spare:
            continue
        links = [d for d in dirs if (here / d).is_symlink()]  # os.walk does not enter them
        for name in [*names, *links]:
            relative = (inner / name).as_posix()
            if relative not in keep and not (not inner.parts and name in spare):
                (here / name).unlink()
        if inner.parts and not any(here.iterdir()):
            here.rmdir()
