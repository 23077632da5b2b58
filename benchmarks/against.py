"""This checkout against another, measured in the same run: warm build and serve edit.

    PYTHONPATH=. .venv/bin/python benchmarks/against.py --reference ../old-main \\
        [--articles 800] [--processes 2] [--rounds 3]

``--reference`` is another checkout of explainer (say, a worktree of an older main)
with its own ``.venv``.  Both get the same first N PolNeAR train texts (as
``benchmarks/scale.py`` writes them), each drafts its own fact sheets with a cold
build, and then, in turn, ``--rounds`` times:

* a warm build (sheets exist): pages per second, this checkout / the reference
  (issue 16's target: within 10%, so >= 0.90);
* an edit under ``mkdocs serve``: seconds from rewriting one fact sheet's summary to
  the served page showing it, this checkout / the reference (issue 18's target:
  <= 0.45).

The figures are medians of the rounds' ratios, each round running both sides back to
back, so a machine that slows for a minute slows both.  Timings mean nothing while
anything else runs on the machine.  The data is for internal evaluation only: it is
written to a temporary folder that is deleted afterwards.  Exits 0 with a message when
the data is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scale import (
    DEFAULT_EVAL,
    ROOT,
    count_pages,
    print_table,
    read_corpus,
    row,
    slug_of,
    write_site,
)
from benchmarks.serve_edit import edit_to_page, page_of
from benchmarks.timing import run


@dataclass(frozen=True)
class Side:
    """One checkout: its interpreter, its site folder, how it is run."""

    name: str
    checkout: Path
    python: str
    folder: Path

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ, PYTHONPATH=str(self.checkout), SOURCE_DATE_EPOCH="1700000000")

    def build(self, processes: int) -> list[str]:
        command = [self.python, "-m", "generator", "--content", "content", "build"]
        return [*command, "--processes", str(processes)]


def _side(name: str, checkout: Path, work: Path) -> Side:
    python = checkout / ".venv" / "bin" / "python"
    return Side(name, checkout, str(python if python.exists() else sys.executable), work / name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, required=True, help="another explainer checkout")
    ap.add_argument("--articles", type=int, default=800)
    ap.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--no-search", action="store_true", help="build without Pagefind")
    args = ap.parse_args(argv)

    corpus = args.eval_dir / "polnear" / "train.jsonl"
    if not corpus.is_file():
        print(f"PolNeAR not found at {corpus}: nothing to benchmark.")
        return 0
    reference = args.reference.resolve()
    if not (reference / "generator").is_dir():
        print(f"{reference} is not an explainer checkout", file=sys.stderr)
        return 2
    records = read_corpus(corpus, args.articles)
    work = Path(tempfile.mkdtemp(prefix="explainer-against-"))
    sides = [_side("this", ROOT, work), _side("reference", reference, work)]
    print(f"{len(records)} articles, {args.processes} process(es); this checkout {ROOT}")
    print(f"reference {reference}; working in {work}", flush=True)
    try:
        for side in sides:
            write_site(side.folder, records, search=not args.no_search, root=side.checkout)
            cold = run(side.build(args.processes), side.folder, side.env)
            print(f"{side.name}: cold build {cold.seconds:.1f} s (exit {cold.returncode})")
            if cold.returncode:
                print(cold.stderr[-3000:], file=sys.stderr)
                return 1
        slug = slug_of(records[0])
        paths = {s.name: page_of(s.folder / "site", slug) for s in sides}
        rates: dict[str, list[float]] = {s.name: [] for s in sides}
        edits: dict[str, list[float]] = {s.name: [] for s in sides}
        for number in range(1, args.rounds + 1):
            for side in sides:
                warm = run(side.build(args.processes), side.folder, side.env)
                rate = count_pages(side.folder / "site") / warm.seconds
                rates[side.name].append(rate)
                path = paths[side.name]
                seconds = float("nan")
                if path:
                    seconds, _ = edit_to_page(side.folder, side.env, slug, path, python=side.python)
                edits[side.name].append(seconds)
                print(
                    f"round {number}, {side.name}: warm {warm.seconds:.1f} s = {rate:.0f} "
                    f"pages/s; edit to page {seconds:.2f} s",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rate_ratio = statistics.median(
        a / b for a, b in zip(rates["this"], rates["reference"], strict=True)
    )
    edit_ratio = statistics.median(
        a / b for a, b in zip(edits["this"], edits["reference"], strict=True)
    )
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print_table(
        [
            ("measure", "value", "target", "status"),
            row(
                "warm pages/s, this / reference",
                f"{rate_ratio:.2f}x (median of {args.rounds} rounds)",
                ">= 0.90x",
                rate_ratio >= 0.90,
            ),
            row("  this, pages/s", ", ".join(f"{r:.0f}" for r in rates["this"]), "", None),
            row(
                "  reference, pages/s",
                ", ".join(f"{r:.0f}" for r in rates["reference"]),
                "",
                None,
            ),
            row(
                "edit -> page served, this / reference",
                f"{edit_ratio:.2f}x (median of {args.rounds} rounds)",
                "<= 0.45x",
                edit_ratio <= 0.45,
            ),
            row("  this, s", ", ".join(f"{s:.2f}" for s in edits["this"]), "", None),
            row("  reference, s", ", ".join(f"{s:.2f}" for s in edits["reference"]), "", None),
        ]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
