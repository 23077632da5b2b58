"""The learned tables that attribution reads, kept as data files with their provenance.

``frames.json`` (the (verb, frame) cue counts) and ``filter_weights.json`` (the learned
filter's weights) are written by ``benchmarks/attribution.py --train-frames`` and
``--train-filter``.  Each opens with a ``provenance`` object: what the numbers are,
the corpus and split they were counted on, the spaCy model and the command that made
them.  PolNeAR has no licence, so these files hold statistics learned from it, never
its text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent
FRAMES = FOLDER / "frames.json"
FILTER_WEIGHTS = FOLDER / "filter_weights.json"


def load(path: Path) -> dict[str, Any]:
    """The table at ``path``; a table without its provenance is refused."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("provenance"), dict):
        raise ValueError(f"{path}: a learned table must open with its provenance")
    return data


def dumps(data: dict[str, Any]) -> str:
    """JSON with one row or weight per line, so that a regenerated table diffs by line."""
    lines = ["{"]
    items = list(data.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        head = f"  {json.dumps(key)}: "
        if isinstance(value, dict) and value:
            inner = [
                f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in value.items()
            ]
            lines += [head + "{", ",\n".join(inner), "  }" + comma]
        elif isinstance(value, list) and value:
            inner = [f"    {json.dumps(v, ensure_ascii=False)}" for v in value]
            lines += [head + "[", ",\n".join(inner), "  ]" + comma]
        else:
            lines.append(head + json.dumps(value, ensure_ascii=False) + comma)
    return "\n".join(lines) + "\n}\n"
