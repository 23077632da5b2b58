"""Fitting the confidence maps (``benchmarks/calibration.py --fit``): one logistic
regression per kind of item over the signals the extractor records, its ridge chosen by
leaving one article out.  Deterministic (Newton's method)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from generator.extract import confidence

L2 = 1.0  # ridge on the weights (not the bias)
L2S = (0.1, 0.3, 1.0, 3.0)  # the ridges tried for each kind of item (see choose_l2)
LOSS_MARGIN = 0.005
MIN_COUNT = 20  # signals seen on fewer items are not weighted


@dataclass(frozen=True)
class Row:
    """One drafted item: where, what kind, its signals, its confidence and its label."""

    article: str
    item: confidence.Item
    signals: confidence.Signals
    confidence: float | None
    right: bool
    line: int = 0  # its order in the sheet (the review list breaks ties by it)


def fit(rows: Sequence[Row], l2: float = L2) -> dict[str, object]:
    """A logistic map for one kind of item: bias and one weight per signal (Newton's
    method on the penalised log-likelihood; deterministic)."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row.signals:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    column = {name: n + 1 for n, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for i, row in enumerate(rows):
        for name, value in row.signals.items():
            if name in column:
                x[i, column[name]] = value
    y = np.array([1.0 if row.right else 0.0 for row in rows])
    penalty = np.eye(len(names) + 1) * l2
    penalty[0, 0] = 0.0
    beta = np.zeros(len(names) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (p - y) + penalty @ beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty + np.eye(len(beta)) * 1e-9
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-10:
            break
    weights = {name: round(float(beta[column[name]]), 4) for name in names}
    return {
        "bias": round(float(beta[0]), 4),
        "weights": {k: v for k, v in weights.items() if abs(v) >= 0.0005},
        "items": len(rows),
        "right": int(y.sum()),
    }


def held_out_loss(rows: Sequence[Row], l2: float) -> float:
    """Log-loss of the maps fitted without each article, on that article's items."""
    loss = 0.0
    for article in sorted({r.article for r in rows}):
        table = fit([r for r in rows if r.article != article], l2)
        for row in rows:
            if row.article == article:
                p = confidence.confidence(row.item[0], row.signals, {row.item[0]: table}) or 0.0
                p = min(max(p, 1e-3), 1 - 1e-3)
                loss -= math.log(p if row.right else 1 - p)
    return loss / len(rows)


def choose_l2(rows: Sequence[Row]) -> float:
    """The smallest ridge of :data:`L2S` whose maps predict left-out articles about as
    well as the best one (within :data:`LOSS_MARGIN`): the least shrinkage, so that the
    map is also calibrated on the data it was fitted on."""
    losses = {l2: held_out_loss(rows, l2) for l2 in L2S}
    best = min(losses.values())
    return min(l2 for l2, loss in losses.items() if loss <= best + LOSS_MARGIN)


def fit_all(
    rows: Sequence[Row], l2: dict[str, float] | None = None
) -> dict[str, dict[str, object]]:
    """A map per kind of item; ``l2`` the ridge of each (chosen when not given)."""
    maps = {}
    for kind in confidence.KINDS:
        of = [r for r in rows if r.item[0] == kind]
        if of:
            ridge = l2[kind] if l2 else choose_l2(of)
            maps[kind] = {**fit(of, ridge), "l2": ridge}
    return maps


def cross_validated(rows: Sequence[Row], l2: dict[str, float]) -> list[Row]:
    """Each item with the confidence a map fitted without its article gives it (with the
    ridges chosen on all articles: a little optimistic)."""
    out: list[Row] = []
    for article in sorted({r.article for r in rows}):
        maps = fit_all([r for r in rows if r.article != article], l2)
        out += [
            replace(r, confidence=confidence.confidence(r.item[0], r.signals, maps))
            for r in rows
            if r.article == article
        ]
    return out
