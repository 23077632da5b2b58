"""Text in a picture: how wide a label is, and labels cut or wrapped to fit."""

from __future__ import annotations

import re

CHAR_WIDTH = 7.2  # average width of a 12px label character, for layout


def fit(text: str, room: float, size: float = 12.0) -> str:
    """``text`` cut (with an ellipsis) to about ``room`` px at font ``size`` px."""
    limit = max(4, int(room / (CHAR_WIDTH * size / 12)))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap(text: str, room: float, size: float = 12.0, lines: int = 2) -> tuple[str, ...]:
    """``text`` in at most ``lines`` lines of about ``room`` px, the last one cut to fit."""
    limit = max(4, int(room / (CHAR_WIDTH * size / 12)))
    out: list[str] = []
    words: list[str] = []
    for word in text.split():  # a word too long for a line breaks after its hyphens
        parts = re.findall(r"[^-]+-*|-+", word) if len(word) > limit else [word]
        words.extend([p + "\u2060" for p in parts[:-1]] + parts[-1:])

    def joined(line: str, word: str) -> str:
        return line + word if line.endswith("\u2060") else f"{line} {word}"

    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and len(joined(line, words[0])) <= limit:
            line = joined(line, words.pop(0))
        out.append(fit(line.replace("\u2060", ""), room, size))
    if words:
        rest = words.pop(0)
        while words:
            rest = joined(rest, words.pop(0))
        out.append(fit(rest.replace("\u2060", ""), room, size))
    return tuple(out)
