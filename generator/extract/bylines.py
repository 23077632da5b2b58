"""Bylines and correspondents' headings: who wrote a section or an analysis box, and
their beat ("by Deborah Haynes, foreign affairs editor", "Tom Hale, Kell News North
America editor")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.model import Paragraph


def is_section_byline(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A byline under a section heading: kind ``byline``, or a short "by Name, role"
    line right after a heading that ingest left as body text."""
    paragraph = paragraphs[index]
    if paragraph.kind == "byline":
        return byline(paragraph.text) is not None
    return (
        paragraph.kind == "body"
        and index > 0
        and paragraphs[index - 1].kind == "heading"
        and len(paragraph.text) <= 100
        and byline(paragraph.text) is not None
    )


def byline(text: str) -> tuple[str, str | None] | None:
    """``("Deborah Haynes", "foreign affairs editor")`` from "by Deborah Haynes, foreign...";
    None when the text is not a byline."""
    body = text.strip()
    if not body.lower().startswith("by "):
        return None
    body = body[3:].strip()
    name, _, role = body.partition(",")
    name = name.strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return name, (role.strip().rstrip(".") or None)


# "Tom Hale, BBC North America editor", "Analysis by Ana Ruiz, diplomatic correspondent":
# a heading naming the correspondent whose analysis the box holds.
_CORRESPONDENT = re.compile(
    r"^(?:analysis\s*(?:by|:|-|–|—)?\s*)?(?:by\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s*(?:the\s+)?"
    r"(?P<role>[\w'’. -]{0,60}\b(?:editor|correspondent|reporter|analyst|commentator|"
    r"columnist))\s*$",
    re.I,
)


def correspondent(text: str) -> tuple[str, str] | None:
    """(name, role) of a heading that names a correspondent and their beat ("Tom Hale,
    Kell News North America editor"); None for any other heading."""
    match = _CORRESPONDENT.match(text.strip())
    if match is None or not match.group("name")[:1].isupper():
        return None
    return match.group("name"), match.group("role").strip()
