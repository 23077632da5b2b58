"""Our fact sheets against a public tool's, on the same articles, in the same run.

    PYTHONPATH=. .venv/bin/python benchmarks/baselines.py [--eval-dir DIR]

The public tool is textacy 0.13, spaCy's companion library for information extraction
(``pip install -e '.[bench]'``): its ``direct_quotations`` gives the claims, each
with its speaker and cue, and spaCy's named entities give the actors (people,
organisations, states, groups), as a user of the two would put a fact sheet together
without explainer.  Both systems read the article text explainer's ingest gives and
parse it with the same spaCy model, so the comparison is of extraction alone.  Both
are scored with sheets-gold's own ``score.py`` (actors, claims, disputes, background;
textacy makes no disputes, roles or background, and scores zero there).

``--eval-dir`` names a folder laid out as ``../shared/eval`` is (``sheets-gold/`` with
``score.py`` and gold sheets, ``conflict-news/`` with their articles).  The data is for
internal evaluation only: nothing of it is copied into the project.  Exits 0 with a
message when the data or textacy is missing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.sheets import DEFAULT_EVAL, draft_sheets, gold_articles, load_scorer
from generator import ingest
from generator.slugs import slugify

# spaCy's entity labels and the actor kinds of a fact sheet
KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
ROWS = (
    ("actor precision", "actor_precision"),
    ("actor recall", "actor_recall"),
    ("split actors", "split"),
    ("role accuracy", "role_accuracy"),
    ("claim precision", "claim_precision"),
    ("claim recall", "claim_recall"),
    ("claims with the wrong source", "wrong_source"),
    ("disputes recall", "disputes_recall"),
    ("background recall", "background_recall"),
)


def textacy_sheet(article: ingest.Article, nlp: Any, quotations: Any) -> dict[str, Any]:
    """The fact sheet textacy and spaCy give for ``article``, as score.py reads one.

    Each paragraph is read on its own: textacy refuses a text whose quotation marks do
    not pair up, and one stray mark would cost the whole article's quotations."""
    texts = [p.text for p in article.paragraphs if p.kind in ("body", "quote")]
    actors: dict[str, dict[str, Any]] = {}
    claims = []
    for doc in nlp.pipe(texts):
        by_token: dict[int, str] = {}
        for ent in doc.ents:
            kind = KINDS.get(ent.label_)
            if kind is None:
                continue
            key = slugify(ent.text, "actor")
            actors.setdefault(key, {"id": key, "name": ent.text, "kind": kind})
            by_token.update(dict.fromkeys(range(ent.start, ent.end), key))
        try:
            found = list(quotations(doc))
        except ValueError:  # "unclosed quotation": textacy bails out of the paragraph
            continue
        for speaker, cue, content in found:
            named = next((by_token[t.i] for t in speaker if t.i in by_token), None)
            if named is None:  # "he", "the minister": an actor named as written
                words = " ".join(t.text for t in speaker)
                named = slugify(words, "actor")
                actors.setdefault(named, {"id": named, "name": words, "kind": "person"})
            quote = content.text.strip("\"“”'‘’ ")
            claims.append(
                {
                    "by": [named],
                    "verb": " ".join(t.lemma_ for t in cue),
                    "text": quote,
                    "quote": quote,
                    "evidence": {"sentence": content.sent.text},
                }
            )
    return {"article": {"title": article.title}, "actors": list(actors.values()), "claims": claims}


def scores(scorer: Any, gold_dir: Path, sheets: list[dict[str, Any]]) -> dict[str, float]:
    """The scorer's figures over every gold sheet, its sheets matched as score.py does."""
    import yaml

    total: Any = None
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        key = scorer.norm((gold.get("article") or {}).get("title_contains"))
        sheet = next(
            (s for s in sheets if key and key in scorer.norm(s["article"].get("title"))), None
        )
        counts, _ = scorer.score_one(sheet or {}, gold)
        total = counts if total is None else total + counts
    return scorer.figures(total)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    args = ap.parse_args(argv)
    gold, paths = gold_articles(args.eval_dir)
    if not paths:
        print(f"sheets-gold or conflict-news not found under {args.eval_dir}: nothing to score.")
        return 0
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        print("textacy is not installed: pip install -e '.[bench]' to compare with it.")
        return 0
    from generator.extract.language import load_stock_language

    scorer = load_scorer(gold / "score.py")
    with tempfile.TemporaryDirectory(prefix="explainer-baselines-") as scratch:
        started = time.perf_counter()
        draft_sheets(paths, Path(scratch), processes=1)
        ours_seconds = time.perf_counter() - started
        ours = scores(scorer, gold, scorer.load_sheets(str(Path(scratch) / "facts")))
    nlp = load_stock_language()
    started = time.perf_counter()
    theirs = scores(
        scorer,
        gold,
        [textacy_sheet(ingest.read_article(p), nlp, direct_quotations) for p in paths],
    )
    theirs_seconds = time.perf_counter() - started
    print(f"{len(paths)} articles of {gold}")
    print(f"{'figure':<30} {'explainer':>10} {'textacy 0.13':>13}")
    for label, key in ROWS:
        a, b = ours.get(key, 0), theirs.get(key, 0)
        shown = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in (a, b)]
        print(f"{label:<30} {shown[0]:>10} {shown[1]:>13}")
    print(f"{'seconds (both with spaCy)':<30} {ours_seconds:>10.1f} {theirs_seconds:>13.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
