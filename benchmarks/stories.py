"""Stories against the truth: does each story hold one chain of events?

    PYTHONPATH=. .venv/bin/python benchmarks/stories.py [--eval-dir DIR] [--keep DIR]
        [--processes N] [--pins FILE] [--summaries]

The trial set is the seed article plus the 43 articles of ``../shared/eval/conflict-news/``,
drafted exactly as ``explainer build`` drafts them (into a scratch folder, or into
``--keep DIR``, where a second run reuses the sheets).  The knowledge stage groups them
into stories, and the grouping is scored against the ``topic`` the collection's
``manifest.json`` gives each article (the seed reports the first day of the 2020 war over
Nagorno-Karabakh: ``nagorno-karabakh-2020``):

- purity: the share of articles in the story's most common topic, over all stories;
- the adjusted Rand index (1 is the same grouping, 0 what chance gives);
- the confusion: each story's articles by topic.

``--summaries`` also prints each story's summary, sentence by sentence, for reading them
against the articles.  The data is for internal evaluation only: nothing of it is copied
into the project.  Exits 0 with a message when it is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator import factsheet, knowledge, pipeline
from generator.slugs import sheet_slug

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "content" / "articles" / "000_2926eab6d77f57bf.txt"
SEED_TOPIC = "nagorno-karabakh-2020"


def purity(groups: Sequence[Sequence[str]], truth: Mapping[str, str]) -> float:
    """The share of articles that belong to their group's most common true topic."""
    total = sum(len(g) for g in groups)
    kept = sum(Counter(truth[a] for a in g).most_common(1)[0][1] for g in groups if g)
    return kept / total if total else 0.0


def adjusted_rand(groups: Sequence[Sequence[str]], truth: Mapping[str, str]) -> float:
    """Hubert and Arabie's adjusted Rand index of the grouping against the truth."""

    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    cells: Counter[tuple[int, str]] = Counter()
    for n, group in enumerate(groups):
        for article in group:
            cells[(n, truth[article])] += 1
    rows = Counter({n: len(g) for n, g in enumerate(groups)})
    columns = Counter(truth[a] for g in groups for a in g)
    total = sum(rows.values())
    index = sum(pairs(v) for v in cells.values())
    a, b = sum(pairs(v) for v in rows.values()), sum(pairs(v) for v in columns.values())
    expected = a * b / pairs(total) if total > 1 else 0.0
    top = (a + b) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def trial_articles(eval_dir: Path) -> tuple[list[Path], dict[str, str]]:
    """The seed and conflict-news articles, and each one's true topic by sheet slug."""
    folder = eval_dir / "conflict-news"
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return [], {}
    entries = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    paths = [SEED]
    truth = {sheet_slug(SEED): SEED_TOPIC}
    for entry in entries:
        path = folder / entry["file"]
        if path.is_file():
            paths.append(path)
            truth[sheet_slug(path)] = entry["topic"]
    return paths, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--keep", type=Path, help="draft the sheets here (a second run reuses them)")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--pins", type=Path, help="a pins file to apply (default: none)")
    ap.add_argument("--summaries", action="store_true", help="print each story's summary")
    args = ap.parse_args(argv)

    paths, truth = trial_articles(args.eval_dir)
    if not paths:
        print(f"conflict-news not found under {args.eval_dir}: nothing to score.")
        return 0
    with tempfile.TemporaryDirectory(prefix="explainer-stories-") as scratch:
        out = args.keep or Path(scratch)
        started = time.perf_counter()
        result = pipeline.extract(
            paths,
            facts_dir=out / "facts",
            cache_dir=out / ".explainer-cache",
            only_missing=True,
            processes=args.processes,
        )
        for problem in result.problems:
            print(problem, file=sys.stderr)
        sheets = [factsheet.load(p) for p in factsheet.find_sheets(out / "facts")]
        sheets = [s for s in sheets if s.slug in truth]
        drafted = time.perf_counter() - started
        started = time.perf_counter()
        story_pins = knowledge.load_story_pins(args.pins) if args.pins else None
        model = knowledge.build(sheets, stories=story_pins)
        grouped = time.perf_counter() - started
    groups = [(t.title, t.articles) for t in model.stories]
    report(groups, truth)
    if args.summaries:
        for story in model.stories:
            print(f"\n{story.title} ({len(story.news)} news, {len(story.commentary)} commentary)")
            for sentence in story.summary:
                print(f"  [{sentence.published} {sentence.article[:28]} {sentence.paragraph}]")
                print(f"    {sentence.text}")
    print(
        f"\n{len(sheets)} articles ({len(result.written)} drafted) in {drafted:.1f}s; "
        f"knowledge in {grouped:.2f}s"
    )
    return 0


def report(groups: Sequence[tuple[str, Sequence[str]]], truth: Mapping[str, str]) -> None:
    """The figures, then the confusion: one line per story, its articles by topic."""
    members = [list(articles) for _, articles in groups]
    print(f"stories: {len(groups)}   topics: {len(set(truth.values()))}")
    print(f"purity: {purity(members, truth):.3f}")
    print(f"adjusted Rand index: {adjusted_rand(members, truth):.3f}")
    print("\nconfusion (story: articles by topic)")
    for title, articles in groups:
        counts = Counter(truth[a] for a in articles)
        cells = ", ".join(f"{topic} {n}" for topic, n in counts.most_common())
        print(f"  {title[:60]:60} {len(articles):3}  {cells}")


if __name__ == "__main__":
    sys.exit(main())
