"""Two builds at once: the second is refused with a clear message, not corrupted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.lock import LockedError, exclusive

HOLD = """
import sys, time
from pathlib import Path
from generator.lock import exclusive
with exclusive(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(30)
"""


def test_second_holder_is_refused_while_first_holds(tmp_path: Path) -> None:
    lock_file = tmp_path / "cache" / "build.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockedError) as caught, exclusive(lock_file):
            pass
        assert "another explainer build is running" in str(caught.value)
        assert str(lock_file) in str(caught.value)
    finally:
        holder.kill()
        holder.wait()
    with exclusive(lock_file):  # a killed holder leaves no stale lock
        pass


def test_the_lock_is_not_reentrant_and_a_released_one_is_free(tmp_path: Path) -> None:
    lock_file = tmp_path / "build.lock"
    with exclusive(lock_file):
        assert lock_file.read_text() == f"{os.getpid()}\n"  # who holds it
        with pytest.raises(LockedError), exclusive(lock_file):  # not even this process
            pass
    taker = subprocess.run(
        [sys.executable, "-c", TAKE, str(lock_file)], capture_output=True, text=True, timeout=60
    )
    assert taker.returncode == 0 and taker.stdout == "taken\n", taker.stderr


TAKE = """
import sys
from pathlib import Path
from generator.lock import exclusive
with exclusive(Path(sys.argv[1])):
    print("taken")
"""
