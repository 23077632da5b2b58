"""Benchmark: article-body extraction on ../shared/eval/article-extraction/.

Scores explainer's ingest (the body text an Article yields: body, list, quote and
heading paragraphs; no title, captions or bylines) against the benchmark's ground
truth with the benchmark's own metric (``score.py`` beside the data: 4-token
shingles, macro precision/recall, F1 of the two means), and in the same run
trafilatura (``favor_precision``) and readability-lxml.

    .venv/bin/python benchmarks/ingest.py [--eval-dir DIR] [--systems explainer,...]

Measured 2026-11-26 (181 pages; ms/page on a shared, loaded 2-core machine):

    system                               F1   prec recall
    explainer                         0.978  0.976  0.980
    trafilatura (favor_precision)     0.964  0.958  0.971
    readability-lxml                  0.949  0.931  0.968

explainer = trafilatura (favor_precision) as the main candidate, readability-lxml as a
second opinion merged in only when it holds nearly all of trafilatura's text and a
good deal more (articles split over several containers), then explainer's own rules
(generator/ingest/rules.py): link-only lines, widgets, promotion, captions, credits.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SCORED_KINDS = ("body", "list", "quote", "heading")


def explainer_text(html: bytes, page_id: str) -> str:
    from generator.errors import ExplainerError
    from generator.ingest import parse_article

    try:
        article = parse_article(html, f"{page_id}.html")
    except ExplainerError:
        return ""
    return "\n".join(p.text for p in article.paragraphs if p.kind in SCORED_KINDS)


def trafilatura_text(html: bytes, page_id: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_precision=True, include_comments=False) or ""


def readability_text(html: bytes, page_id: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html.decode("utf-8", errors="replace")).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


SYSTEMS: dict[str, Callable[[bytes, str], str]] = {
    "explainer": explainer_text,
    "trafilatura (favor_precision)": trafilatura_text,
    "readability-lxml": readability_text,
}


def _scorer(data_dir: Path):  # the benchmark's own metric, loaded from beside its data
    spec = importlib.util.spec_from_file_location("article_extraction_score", data_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated names")
    parser.add_argument("--save", type=Path, help="write each system's texts and per-page TSV here")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args(argv)

    data_dir = args.eval_dir / "article-extraction"
    if not (data_dir / "ground-truth.json").exists():
        print(f"benchmark data not found at {data_dir}; nothing to do")
        return 0
    sys.path.insert(0, str(ROOT))
    score = _scorer(data_dir)
    truth = {
        k: v["articleBody"]
        for k, v in json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8")).items()
    }
    ids = sorted(truth)[: args.limit or None]
    pages = {i: gzip.decompress((data_dir / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    truth = {i: truth[i] for i in ids}
    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    names = [n for n in SYSTEMS if any(n.startswith(w) for w in wanted)]

    rows = []
    for name in names:
        extract = SYSTEMS[name]
        extract(pages[ids[0]], ids[0])  # warm up imports and models outside the timing
        predictions: dict[str, str] = {}
        started = time.perf_counter()
        for page_id in ids:
            predictions[page_id] = extract(pages[page_id], page_id)
        ms = (time.perf_counter() - started) * 1000 / len(ids)
        result = score.evaluate(truth, predictions, n_bootstrap=0)
        rows.append((name, result["f1"], result["precision"], result["recall"], ms))
        if args.save:
            _save(args.save / name.split()[0], score, truth, predictions)
    print(f"{len(ids)} pages from {data_dir}")
    print(f"{'system':32} {'F1':>6} {'prec':>6} {'recall':>6} {'ms/page':>8}")
    for name, f1, p, r, ms in rows:
        print(f"{name:32} {f1:6.3f} {p:6.3f} {r:6.3f} {ms:8.1f}")
    return 0


def _save(folder: Path, score, truth: dict[str, str], predictions: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["page\tprecision\trecall"]
    for page_id in sorted(truth):
        (folder / f"{page_id}.txt").write_text(predictions.get(page_id, ""), encoding="utf-8")
        counts = score.page_counts(truth[page_id], predictions.get(page_id, ""))
        lines.append(
            f"{page_id}\t{score.page_precision(*counts):.3f}\t{score.page_recall(*counts):.3f}"
        )
    (folder / "pages.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
