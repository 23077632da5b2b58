"""Fact-sheet drafting on real coverage: what each article's sheet holds, and how fast.

    PYTHONPATH=. .venv/bin/python benchmarks/extract.py [--eval-dir DIR] [--processes N] [-v]
        [--disputes N]

Reads every article of ``../shared/eval/conflict-news/`` (or ``--eval-dir``), ingests and
drafts it, validates the dumped YAML with ``factsheet.load_text``, and prints one line
per article (actors by kind, claims, resolved sources, disputes, figures, background,
analysis) and the totals with articles per second.  With ``-v`` it also lists each
sheet's actors, for spotting junk by eye.  With ``--disputes N`` it merges the sheets into
one knowledge model and lists N of the links it draws between claims of different
articles (spread evenly over all of them), each with its reason and both claims, for
reading their precision by eye.  The data is for internal evaluation only:
nothing of it is copied into the project.  Exits 0 with a message when it is missing.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from generator import factsheet, ingest, knowledge
from generator.errors import ExplainerError
from generator.extract import draft_many

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every sheet's actors")
    ap.add_argument(
        "--disputes", type=int, metavar="N", help="list N links drawn across articles, with why"
    )
    args = ap.parse_args(argv)

    folder = args.eval_dir / "conflict-news"
    paths = sorted(p for p in folder.glob("[0-9]*") if p.is_file()) if folder.is_dir() else []
    if not paths:
        print(f"conflict-news not found at {folder}: nothing to benchmark.")
        return 0
    articles = []
    for path in paths:
        try:
            articles.append(ingest.read_article(path))
        except ExplainerError as error:
            print(f"{path.name}: not read: {error}")
    started, cpu_started = time.perf_counter(), time.process_time()
    sheets = list(draft_many(articles, processes=args.processes))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started

    totals: Counter[str] = Counter()
    invalid = 0
    for sheet in sheets:
        try:
            factsheet.load_text(factsheet.dump(sheet), f"{sheet.slug}.yaml")
        except ExplainerError as error:
            invalid += 1
            print(f"{sheet.slug}: INVALID: {error}")
        kinds = Counter(a.kind for a in sheet.actors)
        row = {
            "actors": len(sheet.actors),
            "claims": len(sheet.claims),
            "disputed": sum(1 for c in sheet.claims if c.disputes),
            "figures": sum(len(c.figures) for c in sheet.claims),
            "background": len(sheet.background),
            "analysis": len(sheet.analysis),
        }
        totals.update(row)
        summary = " ".join(f"{k}={v}" for k, v in row.items())
        print(f"{sheet.slug[:44]:44} {summary}  ({dict(sorted(kinds.items()))})")
        if args.verbose:
            for actor in sheet.actors:
                extra = f" — {actor.role}" if actor.role else ""
                print(f"    {actor.kind:12} {actor.id}{extra}")
    print()
    print(" ".join(f"{k}={v}" for k, v in totals.items()), f"invalid={invalid}")
    rate = len(sheets) / elapsed if elapsed else 0.0
    print(
        f"{len(sheets)} articles in {elapsed:.1f}s with {args.processes} process(es): "
        f"{rate:.2f} articles/s"
    )
    if args.processes == 1 and cpu:  # the per-core rate, steady on a busy machine
        print(f"per CPU second (one core): {len(sheets) / cpu:.2f} articles/s")
    if args.disputes:
        list_disputes(sheets, args.disputes)
    return 1 if invalid else 0


def list_disputes(sheets: list[factsheet.FactSheet], count: int) -> None:
    """The links the knowledge stage draws across articles: ``count`` of them, spread
    evenly, each with its reason and both claims."""
    model = knowledge.build(sheets)
    across = [d for d in model.disputes if d.across]
    within = len(model.disputes) - len(across)
    print(f"\ndisputes: {within} within sheets, {len(across)} across articles")
    step = max(1, len(across) / count) if across else 1
    shown = [across[int(n * step)] for n in range(min(count, len(across)))]
    for n, dispute in enumerate(shown, 1):
        print(f"\n{n:2}. {dispute.reason}")
        for key in (dispute.left, dispute.right):
            entry = model.claim(key)
            if entry is not None:
                claim = entry.claim
                text = " ".join(claim.text.split())
                print(f"    {key[:60]}\n      {'+'.join(claim.by)} {claim.verb}: {text[:160]}")


if __name__ == "__main__":
    raise SystemExit(main())
