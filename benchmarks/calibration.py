"""Is the extractor's confidence calibrated?  Items at 0.8 should be right 80% of the time.

    PYTHONPATH=. .venv/bin/python benchmarks/calibration.py [--eval-dir DIR] [--fit]

Drafts the sheets-gold articles (from ``conflict-news/``) as ``explainer extract`` does
and labels every drafted item right or wrong with the gold set's own ``score.py``
matching: a claim is right when it holds a gold claim's keywords and names one of its
sources; an actor when one of its names is a gold actor's (actors the gold lists only
in passing are left out); a figure's side from the hand labels in
``benchmarks/figure_sides.json`` (the gold has no figures; see that file).  It prints:

- the reliability table per decile of confidence (items, mean confidence, share right),
  for every item and per kind, with the confidence as shipped and as it comes out of a
  map fitted without the article (leave one article out: what to expect on articles
  nobody has seen);
- the share of the wrong claims that the first quarter of the review list holds (claims
  sorted by confidence, lowest first, as ``explainer review`` lists them).

With ``--fit`` it first refits the map, a logistic regression per kind of item over
the signals the extractor records (``generator/extract/confidence.py``), and writes it
to ``generator/extract/calibration.json`` with its provenance.  Run it whenever the
extractor changes what it drafts, then bump ``EXTRACTOR_VERSION``.  Deterministic.
The data is for internal evaluation only: nothing of it is copied into the project.
Exits 0 with a message when it is missing.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

import spacy
import yaml

from benchmarks.fitting import L2, Row, cross_validated, fit_all
from benchmarks.sheets import DEFAULT_EVAL, gold_articles, load_scorer
from generator import factsheet, ingest
from generator.extract import EXTRACTOR_VERSION, confidence
from generator.extract.draft import drafted
from generator.extract.language import load_language
from generator.factsheet.model import FactSheet
from generator.factsheet.writing import to_data

FIGURE_LABELS = Path(__file__).with_name("figure_sides.json")
DECILES = 10
TARGET_ITEMS = 30  # a decile is held to the 0.1 target from this many items


def figure_key(article: str, claim_text: str, figure: dict) -> str:
    """A figure's label key: a hash, so that no article text is kept in the project."""
    parts = [article, claim_text, figure.get("text"), figure.get("value"), figure.get("unit")]
    raw = "\t".join(str(p) for p in parts) + f"\tside={figure.get('side')}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def label(
    scorer: ModuleType, article: str, data: dict, gold: dict, figures: dict[str, bool]
) -> dict[confidence.Item, bool]:
    """Right or wrong for each labelled item of one drafted sheet (``data``)."""
    sheet = scorer.Sheet(data)
    labels: dict[confidence.Item, bool] = {}
    gold_claims = [g for g in scorer.as_list(gold.get("claims")) if isinstance(g, dict)]
    for claim in sheet.claims:
        text, source = sheet.claim_text(claim), sheet.source_words(claim)
        labels["claim", claim["id"]] = any(
            scorer.holds_keywords(text, g) and scorer.by_matches(source, g) for g in gold_claims
        )
        for n, figure in enumerate(claim.get("figures") or ()):
            key = figure_key(article, claim["text"], figure)
            if figure.get("side") and key in figures:
                labels["figure", claim["id"], n] = figures[key]
    ids = [str(c.get("id")) for c in sheet.claims]
    texts = [sheet.claim_text(c) for c in sheet.claims]
    pairs = [p for p in scorer.as_list(gold.get("disputes")) if isinstance(p, list) and len(p) == 2]
    for i, claim in enumerate(sheet.claims):
        for link in scorer.as_list(claim.get("disputes")):
            other = link.get("claim") if isinstance(link, dict) else link
            if str(other) not in ids or (isinstance(link, dict) and link.get("unlinked")):
                continue
            j = ids.index(str(other))
            labels["dispute", ids[i], ids[j]] = any(
                a < len(gold_claims)
                and b < len(gold_claims)
                and any(
                    scorer.holds_keywords(texts[x], gold_claims[a])
                    and scorer.holds_keywords(texts[y], gold_claims[b])
                    for x, y in ((i, j), (j, i))
                )
                for a, b in pairs
            )
    names = [
        {scorer.norm(n) for n in scorer.as_list(g.get("names"))}
        for g in scorer.as_list(gold.get("actors"))
        if isinstance(g, dict)
    ]
    passing = {scorer.norm(x) for x in scorer.as_list(gold.get("in_passing"))}
    for actor in sheet.actors:
        mine = scorer.Sheet.names(actor)
        if any(mine & want for want in names):
            labels["actor", actor["id"]] = True
        elif not mine & passing:
            labels["actor", actor["id"]] = False
    return labels


@dataclass
class Collected:
    rows: list[Row]  # every labelled item
    articles: list[Path]
    sheets: dict[str, FactSheet]  # the drafts, by article file stem
    signals: dict[str, dict[confidence.Item, confidence.Signals]]  # of every item, by stem
    labels: dict[str, dict[tuple, bool]]  # right or wrong, dispute links too, by stem
    unlabelled: int  # figure sides with no hand label


def collect(eval_dir: Path) -> Collected:
    """Every labelled item of the drafted sheets-gold articles."""
    gold_dir, articles = gold_articles(eval_dir)
    scorer = load_scorer(gold_dir / "score.py")
    figures = json.loads(FIGURE_LABELS.read_text(encoding="utf-8"))["labels"]
    nlp = load_language()
    out = Collected([], articles, {}, {}, {}, 0)
    for path in articles:
        result = drafted(ingest.read_article(path), nlp)
        out.sheets[path.stem] = result.sheet
        out.signals[path.stem] = result.signals
        data = to_data(result.sheet)
        assert isinstance(data, dict)
        gold = yaml.safe_load((gold_dir / f"{path.stem}.yaml").read_text(encoding="utf-8"))
        labels = label(scorer, path.stem, data, gold, figures)
        out.labels[path.stem] = labels
        found = _confidences(result.sheet)
        for order, (item, signals) in enumerate(result.signals.items()):
            if item in labels:
                out.rows.append(Row(path.stem, item, signals, found.get(item), labels[item], order))
            elif item[0] == "figure":
                out.unlabelled += 1
    return out


def _confidences(sheet: FactSheet) -> dict[confidence.Item, float | None]:
    out: dict[confidence.Item, float | None] = {}
    for actor in sheet.actors:
        out["actor", actor.id] = actor.confidence
    for claim in sheet.claims:
        out["claim", claim.id] = claim.confidence
        for n, figure in enumerate(claim.figures):
            out["figure", claim.id, n] = figure.confidence
        for link in claim.disputes:
            out["dispute", claim.id, link.claim] = link.confidence
    return out


# -- reporting -----------------------------------------------------------------------


def reliability(rows: Sequence[Row]) -> tuple[list[str], bool]:
    """The reliability table per decile, and whether every decile holding
    ``TARGET_ITEMS`` items is within 0.1."""
    lines = ["| confidence | items | mean confidence | right | gap |", "|---|---|---|---|---|"]
    ok = True
    for d in range(DECILES):
        low, high = d / DECILES, (d + 1) / DECILES
        inside = [
            r
            for r in rows
            if r.confidence is not None
            and (low <= r.confidence < high or (d == DECILES - 1 and r.confidence >= 1))
        ]
        if not inside:
            continue
        mean = sum(r.confidence or 0 for r in inside) / len(inside)
        share = sum(r.right for r in inside) / len(inside)
        gap = share - mean
        held = len(inside) >= TARGET_ITEMS
        ok &= not held or abs(gap) <= 0.1
        mark = "" if not held else (" ok" if abs(gap) <= 0.1 else " OFF")
        lines.append(
            f"| {low:.1f}-{high:.1f} | {len(inside)} | {mean:.2f} | {share:.2f} | "
            f"{gap:+.2f}{mark} |"
        )
    return lines, ok


def review_order(rows: Sequence[Row]) -> list[Row]:
    """Claims as the review list orders them: lowest confidence first, then by sheet."""
    return sorted(
        rows, key=lambda r: (r.confidence if r.confidence is not None else 1.0, r.article, r.line)
    )


def first_quarter(rows: Sequence[Row]) -> tuple[int, int, float]:
    """How many of the wrong claims the first quarter of the review list holds."""
    claims = review_order([r for r in rows if r.item[0] == "claim"])
    wrong = sum(not r.right for r in claims)
    early = sum(not r.right for r in claims[: len(claims) // 4])
    return early, wrong, early / wrong if wrong else 1.0


def printed(found: Collected) -> list[str]:
    """How early ``explainer review``, as it prints by default, lists the wrong items."""
    out = []
    with tempfile.TemporaryDirectory(prefix="explainer-review-") as scratch:
        for stem, sheet in found.sheets.items():
            factsheet.save(sheet, Path(scratch) / f"{stem}.yaml")
        listing = factsheet.review([Path(scratch)], root=Path(scratch))
    marks = [found.labels[Path(i.path).stem].get(i.ref) for i in listing.items]
    wrong = sum(not right for labels in found.labels.values() for right in labels.values())
    early = sum(m is False for m in marks[: len(marks) // 4])
    out.append(
        f"`explainer review` as printed: {len(marks)} lines for {len(found.sheets)} sheets, "
        f"{sum(m is False for m in marks)} of the {wrong} wrong items among them "
        f"({sum(m is None for m in marks)} lines unlabelled); its first quarter holds {early}"
    )
    for stem in found.sheets:
        own = [m for i, m in zip(listing.items, marks, strict=True) if Path(i.path).stem == stem]
        first = own[:20]
        out.append(
            f"  {stem}: first 20 of {len(own)} lines: {sum(m is False for m in first)} wrong, "
            f"{sum(m is True for m in first)} right, {sum(m is None for m in first)} unlabelled"
        )
    return out


def auc(rows: Sequence[Row]) -> float:
    right = sorted(r.confidence or 0 for r in rows if r.right)
    wrong = [r.confidence or 0 for r in rows if not r.right]
    if not right or not wrong:
        return float("nan")
    import bisect

    wins = sum(
        bisect.bisect_left(right, w)
        + (bisect.bisect_right(right, w) - bisect.bisect_left(right, w)) / 2
        for w in wrong
    )
    return 1 - wins / (len(right) * len(wrong))


def report(title: str, rows: Sequence[Row], out: Callable[[str], None] = print) -> bool:
    out(f"\n### {title}\n")
    ok = True
    for kind in ("all", *confidence.KINDS):
        of = [r for r in rows if kind == "all" or r.item[0] == kind]
        if not of:
            continue
        lines, fine = reliability(of)
        if kind == "all":
            ok = fine
        right = sum(r.right for r in of)
        out(f"{kind}: {len(of)} items, {right} right ({right / len(of):.0%}), AUC {auc(of):.3f}")
        out("\n".join(lines) + "\n")
    early, wrong, share = first_quarter(rows)
    out(
        f"review list: the first quarter of the claims holds {early} of the {wrong} wrong "
        f"claims ({share:.0%}; target at least 50%)"
    )
    out(f"calibration within 0.1 in every decile of {TARGET_ITEMS}+ items: {'yes' if ok else 'NO'}")
    return ok and share >= 0.5


def write_map(maps: dict[str, dict[str, object]], articles: int, unlabelled: int) -> None:
    nlp = load_language()
    meta = nlp.meta
    table = {
        "provenance": {
            "what": "Logistic maps from the signals of a drafted item (claim, actor, figure "
            "side) to the chance it is right; the confidence a sheet shows.",
            "data": "sheets-gold (20 editor-written gold sheets of conflict-news articles); "
            "claims and actors labelled by its score.py matching, figure sides by hand "
            f"(benchmarks/figure_sides.json; {unlabelled} figures unlabelled)",
            "split": f"development: all {articles} articles (the table printed by the command "
            "also gives leave-one-article-out figures)",
            "extractor": EXTRACTOR_VERSION,
            "spacy": f"spaCy {spacy.__version__}, {meta['lang']}_{meta['name']} {meta['version']}",
            "command": "PYTHONPATH=. .venv/bin/python benchmarks/calibration.py --fit",
            "date": datetime.date.today().isoformat(),
        },
        "maps": maps,
    }
    confidence.CALIBRATION.write_text(
        json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--fit", action="store_true", help="refit and write calibration.json first")
    args = ap.parse_args(argv)
    _, articles = gold_articles(args.eval_dir)
    if not articles:
        print(f"sheets-gold or conflict-news not found under {args.eval_dir}: nothing to score.")
        return 0
    found = collect(args.eval_dir)
    rows, articles = found.rows, found.articles
    if args.fit:
        write_map(fit_all(rows), len(articles), found.unlabelled)
        confidence.load_maps.cache_clear()
        rows = [replace(r, confidence=confidence.confidence(r.item[0], r.signals)) for r in rows]
        found.sheets = {
            stem: confidence.apply(sheet, found.signals[stem])
            for stem, sheet in found.sheets.items()
        }
        print(f"wrote {confidence.CALIBRATION}")
    print(f"{len(rows)} labelled items from {len(articles)} articles", end="; ")
    print(f"{found.unlabelled} figure sides unlabelled")
    shipped = report("confidence as shipped (the map fitted on all 20 articles)", rows)
    print("\n".join(printed(found)))
    ridges = {kind: float(m.get("l2", L2)) for kind, m in confidence.load_maps().items()}
    unseen = report(
        "leave one article out (a map fitted on the other 19)", cross_validated(rows, ridges)
    )
    print(f"\ntargets met: as shipped {'yes' if shipped else 'NO'}", end=", ")
    print(f"left out {'yes' if unseen else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
