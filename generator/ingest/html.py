"""HTML pages -> :class:`Block` list in reading order.

The main text comes from trafilatura (``favor_precision``), which finds the article
container and drops most chrome; its XML keeps the structure we need (``<head>``,
``<quote>``, ``<list>``, ``<graphic>``).  Fragments too small for it (an article
body inside front matter) go through :func:`walk`, a plain DOM walk that skips
containers the rules in :mod:`generator.ingest.rules` call chrome.
"""

from __future__ import annotations

import re

import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree

from generator.ingest import rules
from generator.ingest.blocks import Block, key, squash

BLOCK_TAGS = {
    "p": "body",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "blockquote": "quote",
    "li": "list",
    "figcaption": "caption",
    "h1": "title",
    "pre": "body",
    "dd": "body",
    "dt": "body",
    "td": "body",
}


def _text(element: etree._Element) -> str:
    return squash(" ".join(element.itertext()))


def trafilatura_blocks(html: str | bytes, url: str | None = None) -> list[Block]:
    """Blocks from trafilatura's XML body (empty when it finds no article)."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=True,
        with_metadata=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        return []
    blocks: list[Block] = []
    for element in body:
        tag = element.tag
        if tag == "head":
            blocks.append(Block("heading", _text(element), True))
        elif tag == "quote":
            blocks.append(Block("quote", _text(element), True))
        elif tag == "list":
            for item in element.iter("item"):
                if (text := _text(item)) and not len(item.findall("list")):
                    blocks.append(Block("list", text, True))
        elif tag == "graphic":
            src = element.get("src") or ""
            blocks.append(
                Block("image", element.get("title") or element.get("alt") or "", True, src)
            )
        elif tag == "table":
            for row in element.iter("row"):
                if text := _text(row):
                    blocks.append(Block("body", text))
        else:
            blocks.append(Block("body", _text(element)))
        for graphic in element.iter("graphic") if tag not in ("graphic",) else ():
            blocks.append(
                Block(
                    "image",
                    graphic.get("title") or graphic.get("alt") or "",
                    True,
                    graphic.get("src") or "",
                )
            )
    return [b for b in blocks if b.text or b.kind == "image"]


def _is_chrome(tag: Tag) -> bool:
    if tag.name in rules.CHROME_TAGS:
        return True
    role = tag.get("role")
    if isinstance(role, str) and role.lower() in rules.CHROME_ROLES:
        return True
    if tag.get("hidden") is not None or tag.get("aria-hidden") == "true":
        return True
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return bool(names.strip()) and bool(rules.CHROME_WORDS.search(names))


def walk(root: Tag) -> list[Block]:
    """A plain DOM walk: block elements in document order, chrome containers skipped."""
    blocks: list[Block] = []

    def visit(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString and squash(str(child)) and node is root:
                    blocks.append(Block("body", squash(str(child))))
                continue
            if not isinstance(child, Tag) or _is_chrome(child):
                continue
            if child.name == "img":
                src = child.get("src") or child.get("data-src") or ""
                blocks.append(Block("image", squash(str(child.get("alt") or "")), True, str(src)))
                continue
            kind = BLOCK_TAGS.get(child.name)
            if kind is None:
                visit(child)
                continue
            for img in child.find_all("img"):
                src = img.get("src") or img.get("data-src") or ""
                blocks.append(Block("image", squash(str(img.get("alt") or "")), True, str(src)))
            text = squash(child.get_text(" "))
            if text:
                blocks.append(Block(kind, text, kind != "body"))

    visit(root)
    return blocks


def figure_captions(soup: BeautifulSoup) -> dict[str, tuple[str, str | None]]:
    """Caption text key -> (caption, credit) for every ``<figure>`` with a caption."""
    found: dict[str, tuple[str, str | None]] = {}
    for caption in soup.find_all(["figcaption"]):
        credit_tag = caption.find(class_=re.compile("credit|copyright|source", re.I))
        credit = squash(credit_tag.get_text(" ")) if isinstance(credit_tag, Tag) else None
        if isinstance(credit_tag, Tag):
            credit_tag.extract()
        text = squash(caption.get_text(" "))
        if text:
            found[key(text)] = (text, credit or None)
    return found
