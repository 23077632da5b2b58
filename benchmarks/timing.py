"""Running a benchmark's command: its time and the peak memory of its process tree
(sampled from ``/proc`` every 50 ms), as RSS summed over the processes (a page that
forked processes share counts once per process) and as PSS summed (a shared page is
divided among the processes sharing it: what the tree takes of the machine)."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    seconds: float
    peak_tree_bytes: int
    returncode: int
    stderr: str
    peak_tree_pss_bytes: int = 0


def _children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree_memory(root: int) -> tuple[int, int]:
    """The RSS and the PSS of ``root``'s process tree, each summed."""
    tree, rss, pss, todo = _children_of(), 0, 0, [root]
    while todo:
        pid = todo.pop()
        rss += _rss(pid)
        pss += _pss(pid)
        todo.extend(tree.get(pid, ()))
    return rss, pss


def run(command: list[str], cwd: Path, env: dict[str, str]) -> Run:
    """Run ``command``, timing it and sampling its process tree's total RSS and PSS."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss = _tree_memory(process.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return Run(seconds, peak[0], process.returncode, stderr, peak[1])
