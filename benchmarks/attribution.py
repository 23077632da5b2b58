"""Attribution benchmark on PolNeAR (source, cue, content), scored by its own score.py.

    PYTHONPATH=. .venv/bin/python benchmarks/attribution.py --split dev [--limit N]
    PYTHONPATH=. .venv/bin/python benchmarks/attribution.py --sheets --split dev [--errors]

With ``--sheets`` it scores whole drafted fact sheets instead of the inner spans, with
``polnear/score_sheets.py``, and prints the attributions lost between the inner spans
and the sheet, by reason (see ``benchmarks/polnear_sheets.py``).

With ``--train-frames`` it instead regenerates ``generator/extract/attribution/frames.json``,
the (lemma, frame) cue table, from the train split (deterministic; a few minutes); with
``--train-filter``, ``generator/extract/attribution/filter_weights.json``, the weights of
the learned filter on drafted attributions (run it after ``--train-frames``).  Both files
open with their provenance: corpus, split, spaCy model, command and date.

Reads ``../shared/eval/polnear/<split>.jsonl`` (or ``--eval-dir``), parses every article
with the project's spaCy pipeline, runs ``find_attributions``, writes the predictions
as the PRED jsonl that ``score.py`` expects (with offsets and fragments), and scores
them with that ``score.py``, called by path.  Prints content F1, source F1 (end to
end), cue accuracy, and articles per second: spaCy parse only, and parse + attribution,
in one process, per CPU second (the per-core rate, steady on a busy machine) and by the
wall clock.  The data is for internal evaluation only: nothing of it is copied into
the project.  Exits 0 with a message when the data is missing.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import spacy

from generator.extract.attribution import (
    COMPONENTS_READ,
    Attribution,
    Span,
    find_attributions,
    tables,
)
from generator.extract.attribution.frames import frame_of
from generator.extract.attribution.quotes import QuoteIndex
from generator.extract.language import load_language

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
POLNEAR = (
    "PolNeAR v1.0.0 (Newell, Margolin and Ruths, LREC 2018; networkdynamics/PolNeAR commit "
    "c3eee833c035bf7b8c84f55b58c0bf7346cfae76). The corpus has no licence: this file holds "
    "statistics learned from it, none of its text."
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--pred", type=Path, help="also keep the predictions jsonl here")
    ap.add_argument(
        "--sheets", action="store_true", help="score drafted fact sheets (score_sheets.py)"
    )
    ap.add_argument("--keep", type=Path, help="with --sheets: keep the drafted sheets here")
    ap.add_argument("--errors", action="store_true", help="with --sheets: list wrong sources")
    ap.add_argument(
        "--train-frames", action="store_true", help="regenerate the cue frame table from train"
    )
    ap.add_argument(
        "--train-filter",
        action="store_true",
        help="regenerate the attribution filter's weights from train (after --train-frames)",
    )
    args = ap.parse_args(argv)

    folder = args.eval_dir / "polnear"
    gold_path = folder / f"{args.split}.jsonl"
    scorer_path = folder / "score.py"
    if not gold_path.is_file() or not scorer_path.is_file():
        print(f"PolNeAR not found at {folder}: nothing to benchmark.")
        return 0
    scorer = _load_scorer(scorer_path)
    if args.train_frames:
        return train_frames(scorer.load_jsonl(str(folder / "train.jsonl")))
    if args.train_filter:
        return train_filter(scorer, scorer.load_jsonl(str(folder / "train.jsonl")))
    gold = scorer.load_jsonl(str(gold_path))
    ids = list(gold)[: args.limit] if args.limit else list(gold)
    gold = {i: gold[i] for i in ids}
    if args.sheets:
        import polnear_sheets  # beside this file

        return polnear_sheets.run(gold, folder, args.keep, args.errors)

    nlp = load_language()
    nlp("Warm up the pipeline, the engineer said.")
    texts = [gold[aid]["text"] for aid in ids]
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    full_time, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    unread = [name for name in nlp.pipe_names if name not in COMPONENTS_READ]
    t0, c0 = time.perf_counter(), time.process_time()
    with nlp.select_pipes(disable=unread):
        docs = list(nlp.pipe(texts, batch_size=8))
    parse_time, parse_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    found = [find_attributions(doc) for doc in docs]
    attr_time, attr_cpu = time.perf_counter() - t0, time.process_time() - c0
    lines = [
        json.dumps({"id": aid, "attributions": [_pred(a) for a in atts]})
        for aid, atts in zip(ids, found, strict=True)
    ]

    with tempfile.TemporaryDirectory() as tmp:
        pred_path = args.pred or Path(tmp) / "pred.jsonl"
        pred_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = scorer.score(gold, scorer.load_jsonl(str(pred_path)))
    scorer.print_table(result)
    n = len(ids)
    print()
    read = "+".join(n for n in nlp.pipe_names if n in COMPONENTS_READ)
    print(f"split={args.split} articles={n} full pipeline={'+'.join(nlp.pipe_names)}")
    print(f"attribution reads {read} (the other components are skipped in its parse)")
    print(f"{'content F1':<28}{result['content']['f']:.3f}")
    print(f"{'source F1 (e2e)':<28}{result['source_e2e']['f']:.3f}")
    print(f"{'cue accuracy (given hit)':<28}{result['cue_given_hit']:.3f}")
    print(f"{'':<34}{'per CPU second':>16}{'wall clock':>12}")
    for name, cpu, wall in (
        ("articles/s parse, full pipeline", full_cpu, full_time),
        ("articles/s parse, what it reads", parse_cpu, parse_time),
        ("articles/s parse+attribute", parse_cpu + attr_cpu, parse_time + attr_time),
    ):
        print(f"{name:<34}{n / cpu:16.2f}{n / wall:12.2f}")
    print(f"{'attribution ms/article':<34}{1000 * attr_cpu / n:16.1f}{1000 * attr_time / n:12.1f}")
    return 0


def train_frames(train: dict[str, dict]) -> int:
    """Count, per (lemma, frame) of verbs outside quotations, how many are gold cues."""
    nlp = load_language()
    total: Counter[tuple[str, str]] = Counter()
    cues: Counter[tuple[str, str]] = Counter()
    records = [train[k] for k in sorted(train)]
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        quotes = QuoteIndex(record["text"])
        cue_chars: set[int] = set()
        for a in record["attributions"]:
            for f in (a["cue"] or {}).get("fragments") or ([a["cue"]] if a["cue"] else []):
                cue_chars.update(range(f["start"], f["end"]))
        for tok in doc:
            if tok.pos_ == "VERB" and not quotes.covering(tok.idx):
                key = (tok.lemma_.lower(), frame_of(tok)[0])
                total[key] += 1
                cues[key] += tok.idx in cue_chars
    rows = [[k[0], k[1], cues[k], total[k]] for k in sorted(total) if cues[k] >= 2]
    what = (
        "For each (verb lemma, frame) seen outside quotations at least twice as a cue: "
        "how many were annotated as an attribution cue, of how many seen."
    )
    table = {
        "provenance": _provenance(what, "--train-frames", nlp, len(records)),
        "columns": ["lemma", "frame", "cues", "total"],
        "rows": rows,
    }
    tables.FRAMES.write_text(tables.dumps(table), encoding="utf-8")
    print(f"wrote {len(rows)} (lemma, frame) rows from {len(records)} articles to {tables.FRAMES}")
    return 0


def _provenance(what: str, flag: str, nlp: Language, articles: int) -> dict[str, str]:
    """Where a learned table came from: corpus, split, model, command and date."""
    meta = nlp.meta
    return {
        "what": what,
        "corpus": POLNEAR,
        "split": f"train ({articles} articles)",
        "spacy": f"spaCy {spacy.__version__}, {meta['lang']}_{meta['name']} {meta['version']}",
        "command": f"PYTHONPATH=. .venv/bin/python benchmarks/attribution.py {flag}",
        "date": datetime.date.today().isoformat(),
    }


# Training of the attribution filter: logistic regression over the features of every
# drafted attribution in train, labelled 1 when its content matches a gold content
# (token overlap F1 >= 0.5) and its source is right.  Features seen fewer than
# FILTER_MIN_COUNT times are dropped; weights below 0.005 are not written.
FILTER_MIN_COUNT, FILTER_L2, FILTER_STEPS, FILTER_RATE = 5, 5.0, 1500, 0.5


def train_filter(scorer: ModuleType, train: dict[str, dict]) -> int:
    """Fit the filter's weights and threshold on train and write them (deterministic)."""
    import numpy as np

    nlp = load_language()
    unread = [name for name in nlp.pipe_names if name not in COMPONENTS_READ]
    records = [train[k] for k in sorted(train)]
    n_records = len(records)
    rows: list[tuple[str, ...]] = []
    labels: list[float] = []
    content_labels: list[float] = []
    n_gold = 0
    with nlp.select_pipes(disable=unread):
        docs = nlp.pipe((r["text"] for r in records), batch_size=8)
        for record, doc in zip(records, docs, strict=True):
            text = record["text"]
            gold = [a for a in record["attributions"] if a.get("content")]
            spans = [scorer.gold_span(a["content"], text) for a in gold]
            n_gold += len(gold)
            for a in find_attributions(doc, keep_all=True):
                tokens = []
                for f in a.fragments or (a.content,):
                    tokens.extend(scorer.tokens_with_pos(text[f.start : f.end], f.start))
                pred = scorer.Span(tokens, True)
                best, k = max(
                    ((scorer.overlap(pred, g)[1], k) for k, g in enumerate(spans)),
                    default=(0.0, -1),
                )
                hit = best >= 0.5
                source = a.relayed_by or a.source
                right = hit and scorer.source_ok(
                    gold[k].get("source"), {"text": source.text} if source else None, 0.5
                )
                rows.append(a.features)
                labels.append(float(right))
                content_labels.append(float(hit))
    counts = Counter(f for r in rows for f in r)
    vocab = sorted(f for f, c in counts.items() if c >= FILTER_MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    pairs = [(r, index[f]) for r, feats in enumerate(rows) for f in feats if f in index]
    ri = np.array([r for r, _ in pairs])
    ci = np.array([c for _, c in pairs])
    y, yc = np.array(labels), np.array(content_labels)
    n, d = len(rows), len(vocab)
    w, b = np.zeros(d), 0.0
    gw, gb = np.full(d, 1e-8), 1e-8
    for _ in range(FILTER_STEPS):  # full-batch AdaGrad on the L2-penalised log loss
        p = 1 / (1 + np.exp(-(np.bincount(ri, weights=w[ci], minlength=n) + b)))
        err = p - y
        grad = np.bincount(ci, weights=err[ri], minlength=d) / n + FILTER_L2 * w / n
        gb += float(err.mean()) ** 2
        gw += grad**2
        w -= FILTER_RATE * grad / np.sqrt(gw)
        b -= FILTER_RATE * float(err.mean()) / np.sqrt(gb)
    p = 1 / (1 + np.exp(-(np.bincount(ri, weights=w[ci], minlength=n) + b)))
    # the threshold that maximises content F1 + source F1 on train (one-to-one matching
    # approximated by the labels)
    best_t, best_obj = 0.0, -1.0
    for t in [k / 100 for k in range(5, 60)]:
        kept = p >= t
        denominator = n_gold + int(kept.sum())
        obj = 2 * float(y[kept].sum() + yc[kept].sum()) / denominator
        if obj > best_obj:
            best_t, best_obj = t, obj
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True) if abs(v) >= 0.005}
    what = (
        "Logistic weights of the attribution filter over drafted attributions, and the "
        "threshold that maximises content F1 + source F1 on train."
    )
    table = {
        "provenance": _provenance(what, "--train-filter (after --train-frames)", nlp, n_records),
        "bias": round(float(b), 4),
        "threshold": best_t,
        "weights": weights,
    }
    tables.FILTER_WEIGHTS.write_text(tables.dumps(table), encoding="utf-8")
    print(f"wrote {len(weights)} weights, threshold {best_t} from {n} drafts")
    print(f"to {tables.FILTER_WEIGHTS}")
    return 0


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _span(span: Span | None) -> dict[str, object] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def _pred(a: Attribution) -> dict[str, object]:
    content = _span(a.content)
    assert content is not None
    if a.fragments:
        content["fragments"] = [_span(f) for f in a.fragments]
    # "A said ..., according to B": PolNeAR annotates only the outer attribution, whose
    # source is the relay B (one token, one role); the fact sheet keeps both
    source = a.relayed_by or a.source
    return {"source": _span(source), "cue": _span(a.cue), "content": content}


if __name__ == "__main__":
    sys.exit(main())
