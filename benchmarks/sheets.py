"""Fact-sheet quality where the reader meets it: whole drafted sheets against gold sheets.

    PYTHONPATH=. .venv/bin/python benchmarks/sheets.py [--eval-dir DIR] [--errors]
        [--per-article] [--keep DIR] [--json OUT] [--processes N]
    PYTHONPATH=. .venv/bin/python benchmarks/sheets.py --kinds-in content/facts

Drafts a fact sheet for each article of ``../shared/eval/sheets-gold/`` (the articles
themselves are in ``conflict-news/``) exactly as ``explainer extract`` does, into a
scratch folder, and scores the folder with the gold set's own ``score.py``, called by
path: actors (precision, recall, splits, junk, kinds, roles), claims (precision,
recall, wrong sources, frame leaks), disputes, background and dates.  It then counts
the names the drafted sheets give different kinds across articles (what a site built
from them would merge or warn about).  ``--errors``
lists every miss and false entry per article, for working through them; ``--keep``
keeps the drafted sheets.  The data is for internal evaluation only: nothing of it is
copied into the project.  Exits 0 with a message when it is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from generator import factsheet, pipeline
from generator.factsheet.model import is_unnamed

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def gold_articles(eval_dir: Path) -> tuple[Path, list[Path]]:
    """The gold folder and the conflict-news article of each gold sheet."""
    gold = eval_dir / "sheets-gold"
    news = eval_dir / "conflict-news"
    articles = []
    for sheet in sorted(gold.glob("*.yaml")):
        found = sorted(p for p in news.glob(f"{sheet.stem}.*") if p.is_file())
        if found:
            articles.append(found[0])
    return gold, articles


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("sheets_gold_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draft_sheets(articles: list[Path], out: Path, processes: int) -> pipeline.Result:
    """Draft one sheet per article into ``out``, as ``explainer extract --out`` does."""
    return pipeline.extract(
        articles,
        facts_dir=out / "facts",
        cache_dir=out / ".cache",
        processes=processes,
    )


def kind_conflicts(facts: Path) -> tuple[list[str], int]:
    """Names that the drafted sheets give different kinds (one sheet's "FBI" a person,
    another's an organisation), as "name: kind/kind", and how many names were compared.
    Unnamed sources ("the man") stay with their article and are left out."""
    kinds: dict[str, set[str]] = {}
    for path in factsheet.find_sheets(facts):
        for actor in factsheet.load(path).actors:
            if not is_unnamed(actor.role):
                kinds.setdefault(actor.name.casefold(), set()).add(actor.kind)
    conflicts = [
        f"{name}: {'/'.join(sorted(k))}" for name, k in sorted(kinds.items()) if len(k) > 1
    ]
    return conflicts, len(kinds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--errors", action="store_true", help="list every miss and false entry")
    ap.add_argument("--per-article", action="store_true", help="one line of figures per article")
    ap.add_argument("--keep", type=Path, help="keep the drafted sheets in this folder")
    ap.add_argument("--json", help="write the figures (total and per article) here")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument(
        "--kinds-in", type=Path, help="only count names with two kinds in this folder of sheets"
    )
    args = ap.parse_args(argv)
    if args.kinds_in:
        conflicts, names = kind_conflicts(args.kinds_in)
        print(f"names with two kinds across sheets: {len(conflicts)} of {names}")
        print("".join(f"  {line}\n" for line in conflicts), end="")
        return 0

    gold, articles = gold_articles(args.eval_dir)
    if not articles:
        print(f"sheets-gold or conflict-news not found under {args.eval_dir}: nothing to score.")
        return 0
    scorer = load_scorer(gold / "score.py")
    with tempfile.TemporaryDirectory(prefix="explainer-sheets-") as scratch:
        out = args.keep or Path(scratch)
        started = time.perf_counter()
        result = draft_sheets(articles, out, args.processes)
        elapsed = time.perf_counter() - started
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"drafted {len(result.written)} of {len(articles)} sheets in {elapsed:.1f}s")
        flags = [str(gold), str(out / "facts")]
        flags += ["--errors"] * args.errors + ["--per-article"] * args.per_article
        flags += ["--json", args.json] if args.json else []
        scorer.main(flags)
        conflicts, names = kind_conflicts(out / "facts")
        print(f"names with two kinds across sheets: {len(conflicts)} of {names}")
        if args.errors:
            print("".join(f"  {line}\n" for line in conflicts), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
