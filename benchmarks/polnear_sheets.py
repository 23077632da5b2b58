"""PolNeAR scored on whole fact sheets (``benchmarks/attribution.py --sheets``).

Each article's text is saved as ``<article id>.txt`` and drafted as ``explainer extract``
drafts it (ingest, then the whole extract stage); the sheets are scored by
``polnear/score_sheets.py``, called by path: content is a claim's quote, else its text;
the named source is right when the gold source mention names the claim's actor.

It also says where the extractor's finds are lost on the way to the sheet.  The inner
spans (``find_attributions`` on the article as one text, what ``attribution.py`` scores)
that hit a gold content are followed: a gold content the inner spans hit but no sheet
claim does is put down to the rule that dropped its attribution in ``find_claims``
(source resolved to no actor, nothing claimed, merged, ...), or, when the sheet's own
parse (paragraph by paragraph, after ingest) found nothing there, to that.  Every
attribution ``find_claims`` dropped is counted by reason as well, gold or not.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

from generator import factsheet, ingest
from generator.extract.attribution import COMPONENTS_READ, find_attributions
from generator.extract.claims import Dropped
from generator.extract.draft import draft
from generator.extract.language import load_language

NOT_PARSED = "not found by the sheet's own parse (paragraphs after ingest)"
CHANGED = "kept, but its content changed (overlap below 0.5)"
WRONG = "kept, with the gold content matched by another claim"


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run(gold: dict[str, dict], folder: Path, keep: Path | None = None, errors: bool = False) -> int:
    """Draft, score and account for the losses; print the figures."""
    sys.path.insert(0, str(folder))  # score_sheets.py imports score.py beside it
    sheets_scorer = load(folder / "score_sheets.py", "polnear_score_sheets")
    spans = sheets_scorer.S
    nlp = load_language()
    unread = [name for name in nlp.pipe_names if name not in COMPONENTS_READ]
    lost: Counter[str] = Counter()
    examples: list[str] = []
    dropped_all: Counter[str] = Counter()
    inner_hits = 0
    with tempfile.TemporaryDirectory(prefix="explainer-polnear-") as scratch:
        out = keep or Path(scratch)
        articles, facts = out / "articles", out / "facts"
        articles.mkdir(parents=True, exist_ok=True)
        sheets: dict[str, dict] = {}
        for aid, record in gold.items():
            path = articles / f"{aid}.txt"
            path.write_text(record["text"], encoding="utf-8")
            dropped: list[Dropped] = []
            sheet = draft(ingest.read_article(path), nlp, dropped)
            target = facts / f"{sheet.slug}.yaml"
            factsheet.write_draft(sheet, target, cache_dir=out / ".cache", refresh=True)
            sheets[aid] = _plain(target)
            dropped_all.update(d.reason for d in dropped)
            with nlp.select_pipes(disable=unread):
                inner = find_attributions(nlp(record["text"]))
            inner_hits += _account(spans, record, sheets[aid], inner, dropped, lost, examples)
        result = sheets_scorer.score(gold, sheets)
    if errors:
        for aid, src, names in result["wrong"]:
            print(f"wrong source: {aid}: gold {src!r}, sheet {names}")
        for line in examples:
            print(line)
    c = result["counts"]
    print(
        f"articles={len(gold)} gold={c.get('gold', 0)} sheet claims={c.get('pred', 0)} "
        f"hits={c.get('hit', 0)} named sources judged={c.get('named', 0)} "
        f"pronoun sources={c.get('pronoun', 0)}"
    )
    print(f"content P={result['content_p']:.3f} R={result['content_r']:.3f}")
    print(
        f"F1 content={result['content_f1']:.3f} source={result['source_f1']:.3f} "
        f"named_source_acc={result['named_source_acc']:.3f}"
    )
    print()
    print(f"gold contents the inner spans hit: {inner_hits}; of them not hit on the sheet:")
    for reason, n in lost.most_common():
        print(f"  {n:5d}  {reason}")
    print("attributions find_claims dropped (gold or not), by reason:")
    for reason, n in dropped_all.most_common():
        print(f"  {n:5d}  {reason}")
    return 0


def _plain(path: Path) -> dict:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _account(
    spans: ModuleType,
    record: dict,
    sheet: dict,
    inner: list,
    dropped: list[Dropped],
    lost: Counter[str],
    examples: list[str],
) -> int:
    """Count, by reason, the gold contents the inner spans hit that the sheet misses."""
    text = record["text"]
    stats: Counter[str] = Counter()
    attributions = [a for a in record["attributions"] if isinstance(a.get("content"), dict)]
    golds = [spans.gold_span(a["content"], text) for a in attributions]

    def f1(pred, gold) -> float:
        return spans.overlap(pred, gold)[1]

    def span_of(a) -> object:
        tokens = []
        for piece in a.fragments or (a.content,):
            tokens.extend(spans.tokens_with_pos(text[piece.start : piece.end], piece.start))
        return spans.Span(tokens, True)

    claims = [c for c in sheet.get("claims") or [] if isinstance(c, dict) and not c.get("hidden")]
    claim_spans = [spans.pred_span(c.get("quote") or c.get("text"), text, stats) for c in claims]
    inner_spans = [span_of(a) for a in inner]
    drop_spans = [
        (d.reason, spans.pred_span(d.attribution.content.text, text, stats)) for d in dropped
    ]
    hits = 0
    for a, g in zip(attributions, golds, strict=True):
        if not any(f1(p, g) >= 0.5 for p in inner_spans):
            continue
        hits += 1
        best = max((f1(p, g) for p in claim_spans), default=0.0)
        if best >= 0.5:
            continue
        reason = next((r for r, p in drop_spans if f1(p, g) >= 0.5), None)
        if reason is None:
            reason = CHANGED if best > 0 else NOT_PARSED
        lost[reason] += 1
        near = max(range(len(claims)), key=lambda k: f1(claim_spans[k], g), default=None)
        source = (a.get("source") or {}).get("text")
        sheet_text = claims[near].get("quote") or claims[near].get("text") if best else ""
        examples.append(
            f"lost: {record['id'][:40]}: {reason}: {source!r} says {a['content']['text'][:120]!r}"
            + (f"\n      sheet: {str(sheet_text)[:120]!r}" if best else "")
        )
    return hits
