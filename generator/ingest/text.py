"""Plain text copied from a page, and Markdown: lines -> :class:`Block` list.

Copied text has no markup, so structure comes from line heuristics: every line is a
paragraph (pages copy one paragraph per line), unless a block is hard-wrapped; the
title is the first headline-like line; the header (breadcrumb, slogans, the title
repeated) and the footer (rating and comment widgets) are cut by the rules in
:mod:`generator.ingest.rules`.  Markdown marks (``#``, ``>``, ``-``, ``![]()``)
are read where present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest import dates, rules
from generator.ingest.blocks import (
    Block,
    byline_of,
    ends_sentence,
    is_promotion,
    is_widget,
    squash,
    word_count,
)

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
QUOTE = re.compile(r"^>\s?(.*)$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S))(.+?)\1")
RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
SHORTCODE = re.compile(r"\[/?(?:ad_\d+|caption|embed|gallery)[^\]]*\]", re.IGNORECASE)


@dataclass
class TextPage:
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    blocks: list[Block] = field(default_factory=list)


INLINE_TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
EMPTY_LINK = re.compile(r"\[\]\((?:[^()]|\([^)]*\))*\)")


def _inline(text: str) -> str:
    text = INLINE_TAG.sub("", EMPTY_LINK.sub("", text))
    text = LINK.sub(r"\1", text)
    text = EMPHASIS.sub(r"\2", text)
    return SHORTCODE.sub("", text).replace("\\", "")


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    inner = lines[:-1]
    wrapped = sum(1 for line in inner if 40 <= len(line) <= 100 and not ends_sentence(line))
    # wrapped prose goes on mid-sentence: many next lines start in lower case
    lower = sum(1 for line in lines[1:] if line.lstrip()[:1].islower())
    return wrapped >= len(inner) * 0.6 and lower >= (len(lines) - 1) * 0.3


def lines_to_blocks(text: str) -> list[Block]:
    """Markdown-aware split: one block per line, or per paragraph when hard-wrapped."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    group = 0

    def flush() -> None:
        if not paragraph:
            return
        if _hard_wrapped(paragraph):
            blocks.append(Block("body", " ".join(p.strip() for p in paragraph), group=group))
        else:
            blocks.extend(Block("body", p, group=group) for p in paragraph)
        paragraph.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or RULE.match(line):
            flush()
            group += 1
            continue
        for match in IMAGE.finditer(line):
            flush()
            blocks.append(Block("image", squash(match.group(1)), True, match.group(2)))
        line = IMAGE.sub("", line)
        if not line.strip():
            continue
        heading = HEADING.match(line.strip())
        quote = QUOTE.match(line.strip())
        item = LIST_ITEM.match(line)
        if heading:
            flush()
            level = len(heading.group(1))
            kind = "title" if level == 1 else "heading"
            blocks.append(Block(kind, _inline(heading.group(2)), True, group=group))
        elif quote:
            flush()
            blocks.append(Block("quote", _inline(quote.group(1)), True, group=group))
        elif item and len(item.group(1).split()) >= 1:
            flush()
            blocks.append(Block("list", _inline(item.group(1)), True, group=group))
        else:
            paragraph.append(_inline(line))
    flush()
    return [b for b in blocks if b.text.strip() or b.kind == "image"]


def _headline_like(text: str) -> bool:
    words = word_count(text)
    return (
        3 <= words <= 30
        and not text.rstrip().endswith((".", "...", "…"))
        and not is_widget(text)
        and not is_promotion(text)
        and not rules.BREADCRUMB.match(text)
        and byline_of(text) is None
    )


def _body_start(blocks: list[Block]) -> int:
    for i, block in enumerate(blocks):
        line = block.text.rstrip()
        truncated = line.endswith(("...", "…"))
        if (
            block.kind == "body"
            and word_count(line) >= 15
            and ends_sentence(line)
            and not truncated
        ):
            return i
    return len(blocks)


def read_text(text: str, *, title: str | None = None) -> TextPage:
    """Copied text or Markdown -> title, header metadata, and blocks in reading order."""
    page = TextPage(title=title)
    blocks = _drop_rails(lines_to_blocks(text))
    start = _body_start(blocks)
    marked_title = next((b for b in blocks[: start + 1] if b.kind == "title"), None)
    if page.title is None and marked_title is not None:
        page.title = squash(marked_title.text)
    if page.title is None:
        candidate = next((b for b in blocks[:start] if _headline_like(b.text)), None)
        page.title = squash(candidate.text) if candidate else None
    footer = _footer_start(blocks, start)
    kept: list[Block] = []
    for i, block in enumerate(blocks[:footer]):
        text_ = squash(block.text)
        if block.kind == "title":
            if page.title and text_ == page.title:
                continue
            block = Block("heading", text_, True)
        if i < start and block.kind != "image" and _header_line(page, block, text_):
            continue
        if block.kind == "heading" and text_.lower() in ("url", "source", "link"):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and rules.URL.fullmatch(squash(nxt.text)):
                page.url = page.url or squash(nxt.text)
                continue
        if rules.URL.fullmatch(text_):
            continue
        kept.append(block)
    page.blocks = kept
    return page


def _drop_rails(blocks: list[Block]) -> list[Block]:
    """Runs of three or more short lines that are not sentences: headline rails, menus."""
    keep = [True] * len(blocks)
    run: list[int] = []

    def close() -> None:
        words = [word_count(blocks[i].text) for i in run]
        if len(run) >= 3 and sum(words) / len(words) <= 14:
            for i in run:
                keep[i] = False
        run.clear()

    for i, block in enumerate(blocks):
        if block.kind == "image":
            continue
        if run and blocks[run[-1]].group != block.group:
            close()  # a blank line ends a rail
        line = squash(block.text)
        headline = not ends_sentence(line) or (line.endswith("?") and word_count(line) <= 14)
        if block.kind in ("body", "list") and headline and word_count(line) <= 18:
            run.append(i)
        else:
            close()
    close()
    return [b for b, k in zip(blocks, keep, strict=True) if k]


def _header_line(page: TextPage, block: Block, text: str) -> bool:
    """Handle a line above the first body paragraph; True when it is not article text."""
    if page.title and text == page.title:
        return True
    byline = byline_of(text)
    if byline and page.byline is None:
        page.byline = byline
        return True
    when = dates.normalize(text)
    if when and word_count(text) <= 8:
        page.published = page.published or when
        return True
    if rules.BREADCRUMB.match(text) or is_widget(text) or is_promotion(text):
        return True
    # slogans and labels ("Make your Motion!", "World news") above the story
    return word_count(text) <= 5 and block.kind not in ("heading", "list")


def _footer_start(blocks: list[Block], start: int) -> int:
    """Index of the first footer line after the body (comment/rating/related widgets)."""
    for i in range(start + 1, len(blocks)):
        text = squash(blocks[i].text)
        if rules.FOOTER_START.match(text) and i > start:
            rest = blocks[i:]
            long_after = sum(1 for b in rest if word_count(b.text) >= 25 and ends_sentence(b.text))
            if long_after <= 2 or i >= len(blocks) * 0.6:
                return i
    return len(blocks)
