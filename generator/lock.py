"""One build at a time per content folder.

An advisory ``flock`` on ``<content>/.explainer-cache/build.lock``: the kernel releases
it when the process dies, so a killed build never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import ExplainerError, Problem


class LockedError(ExplainerError):
    """Another explainer process holds the lock."""


@contextmanager
def exclusive(lock_file: Path) -> Iterator[None]:
    """Hold ``lock_file`` for the duration; raise LockedError at once if it is held."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(
                Problem(
                    str(lock_file),
                    "another explainer build is running on this content folder",
                    hint="wait for it to finish, then run the command again",
                )
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)
