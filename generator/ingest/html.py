"""HTML pages -> :class:`Block` list in reading order.

The main text comes from trafilatura (``favor_precision``), which finds the article
container and drops most chrome; its XML keeps the structure we need (``<head>``,
``<quote>``, ``<list>``, ``<graphic>``).  readability-lxml gives a second opinion:
:func:`combine` merges in what it finds only when trafilatura clearly stopped short
(an article split over several containers).  Fragments (an article body inside front
matter) and pages both give up on go through :func:`walk`, a plain DOM walk that
skips containers the rules in :mod:`generator.ingest.rules` call chrome.  Then
:func:`drop_link_lines` removes lines that are all link text (teaser rails).

Measured on the article-extraction benchmark (``benchmarks/ingest.py``): trafilatura
alone F1 .964 / precision .958; with the vote and explainer's rules F1 .978 / .976.
"""

from __future__ import annotations

import re

import trafilatura
from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree

from generator.ingest import rules
from generator.ingest.blocks import Block, key, squash, word_count
from generator.ingest.model import Image

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


BREAK = "\u2029"


def _text(element: etree._Element) -> str:
    return squash(" ".join(element.itertext()))


def _lines(element: etree._Element) -> list[str]:
    """A long element split at its line breaks (``<lb/>``, from ``<br>``).

    Some pages put a whole article in one element, paragraphs separated by ``<br>``;
    short elements with breaks (an address, a list of links) stay one block.
    """
    whole = _text(element)
    if word_count(whole) < 150 or element.find("lb") is None:
        return [whole] if whole else []
    for lb in element.iter("lb"):
        lb.tail = BREAK + (lb.tail or "")
    parts = " ".join(element.itertext()).split(BREAK)
    return [squash(p) for p in parts if squash(p)]


LINE_TAGS = ("p", "li", "dt", "dd", "td", "div", "span", "figcaption", "h2", "h3", "h4")


def link_texts(soup: BeautifulSoup) -> set[str]:
    """Keys of page lines that are (almost) all link text: teasers, rails, tag lists.

    A line is the nearest block element around a link; it counts when its links
    cover four fifths of its text.
    """
    found: set[str] = set()
    seen: set[int] = set()
    for anchor in soup.find_all("a"):
        own = key(anchor.get_text(" "))
        if own.count(" ") >= 4:
            found.add(own)  # a teaser: the link holds a whole headline
        line = anchor.find_parent(LINE_TAGS)
        if line is None or id(line) in seen:
            continue
        seen.add(id(line))
        text = squash(line.get_text(" "))
        if not text or len(text) > 400:
            continue
        linked = sum(len(squash(a.get_text(" "))) for a in line.find_all("a"))
        if linked >= 0.8 * len(text):
            found.add(key(text))
    return found


def drop_link_lines(blocks: list[Block], links: set[str]) -> list[Block]:
    """Lines that are one link's whole text, not a sentence: a related-stories rail."""
    return [
        b
        for b in blocks
        if b.kind not in ("body", "list")
        or key(b.text) not in links
        or b.text.rstrip().endswith((".", "?", "!", '"', "”"))
    ]


def drop_hover_cards(soup: BeautifulSoup) -> bool:
    """Remove the cards a page pops up over a name inside a sentence (a photo and links
    to the person's other stories, hidden until hovered): their text is no part of the
    sentence, and glued into it makes "Rep. Ilhan OmarIlhan OmarHillicon Valley ...".
    A card is the smallest element inside a paragraph holding an image and two links.
    True when one was removed."""
    cards = []
    for paragraph in soup.find_all("p"):
        for inner in paragraph.find_all(("span", "div")):
            if _card(inner) and not any(_card(t) for t in inner.find_all(("span", "div"))):
                cards.append(inner)
    for card in cards:
        card.decompose()
    return bool(cards)


def _card(tag: Tag) -> bool:
    return tag.find("img") is not None and len(tag.find_all("a", limit=2)) == 2


def trafilatura_blocks(html: str | bytes, url: str | None = None) -> list[Block]:
    """Blocks from trafilatura's XML body (empty when it finds no article)."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception:  # a page trafilatura cannot handle: the DOM walk takes over
        return []
    body = getattr(document, "body", None)
    if body is None:
        return []
    blocks: list[Block] = []
    _xml_blocks(body, blocks)
    return [b for b in blocks if b.text or b.kind == "image"]


XML_KINDS = {
    "head": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "quote": "quote",
    "blockquote": "quote",
}
CONTAINERS = ("body", "div", "section", "article", "main", "figure", "span", "center")


def _xml_blocks(parent: etree._Element, blocks: list[Block]) -> None:
    """trafilatura's XML (or, from its fallbacks, plain HTML) -> blocks, recursively."""
    if parent.text and parent.text.strip():
        blocks.append(Block("body", squash(parent.text)))
    for element in parent:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in XML_KINDS:
            blocks.append(Block(XML_KINDS[tag], _text(element), True))
        elif tag in ("list", "ul", "ol"):
            for item in element.iter("item", "li"):
                if (text := _text(item)) and not len(item.findall("list")):
                    blocks.append(Block("list", text, True))
        elif tag in ("graphic", "img"):
            label = element.get("title") or element.get("alt") or ""
            blocks.append(Block("image", label, True, element.get("src") or ""))
        elif tag == "table":
            for row in element.iter("row", "tr"):
                if text := _text(row):
                    blocks.append(Block("body", text))
        elif tag in CONTAINERS and len(element):
            _xml_blocks(element, blocks)
        elif tag:
            blocks.extend(Block("body", line) for line in _lines(element))
        if tag not in ("graphic", "img") and tag not in CONTAINERS:
            for graphic in element.iter("graphic"):
                label = graphic.get("title") or graphic.get("alt") or ""
                blocks.append(Block("image", label, True, graphic.get("src") or ""))
        if element.tail and element.tail.strip():
            blocks.append(Block("body", squash(element.tail)))  # text between elements


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


def figures(soup: BeautifulSoup) -> list[Image]:
    """Images with a caption inside the article (``<article>``/``<main>``), chrome skipped."""
    scope = soup.find("article") or soup.find("main") or soup.body or soup
    found: list[Image] = []
    seen: set[str] = set()
    for figure in scope.find_all("figure"):
        if any(_is_chrome(parent) for parent in figure.parents if isinstance(parent, Tag)):
            continue
        img = figure.find("img")
        caption = figure.find("figcaption")
        if not isinstance(img, Tag) or not isinstance(caption, Tag):
            continue
        src = img.get("src") or img.get("data-src") or ""
        credit_tag = caption.find(class_=re.compile("credit|copyright|source", re.I))
        credit = squash(credit_tag.get_text(" ")) if isinstance(credit_tag, Tag) else None
        text = squash(caption.get_text(" "))
        if credit and text.endswith(credit):
            text = text[: -len(credit)].rstrip()
        if isinstance(src, str) and src and key(text) not in seen:
            seen.add(key(text))
            found.append(Image(src, text or None, credit or None))
    return found


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


def readability_blocks(html: str) -> list[Block]:
    """Blocks of readability-lxml's article summary: a second, independent opinion."""
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd pages
        return []
    return walk(BeautifulSoup(summary, "lxml"))


def _words(blocks: list[Block]) -> int:
    return sum(word_count(b.text) for b in blocks if b.kind != "image")


def combine(first: list[Block], second: list[Block]) -> list[Block]:
    """Vote between two extractions; ``first`` (precise) wins unless it clearly missed text.

    When ``second`` holds nearly all of ``first`` and finds at least half as much
    again, the article was split over containers that ``first`` did not join: its
    missing sentences are merged in, in ``second``'s order.  Only full sentences of
    some length are taken, so teasers and labels from ``second`` stay out.
    """
    if _words(first) < MIN_WORDS and _words(second) >= 2 * MIN_WORDS:
        return second
    keys = [key(b.text) for b in first]
    second_text = " \n ".join(key(b.text) for b in second)
    present = [k for k in keys if k]
    if not present or sum(1 for k in present if k in second_text) < 0.8 * len(present):
        return first
    first_text = " \n ".join(present)
    extra: dict[int, list[Block]] = {}
    cursor = -1
    added = 0
    index = {k: i for i, k in enumerate(keys) if k}
    for block in second:
        k = key(block.text)
        if not k:
            continue
        if k in index:
            cursor = index[k]
            continue
        if k in first_text or block.kind != "body" or not _sentence_like(block.text):
            continue
        if any(p in k for p in present if len(p) > 40):
            continue  # a blob that holds paragraphs we have: not new text
        extra.setdefault(cursor, []).append(block)
        added += word_count(block.text)
    if added < 0.5 * _words(first):
        return first
    merged = list(extra.get(-1, []))
    for i, block in enumerate(first):
        merged.append(block)
        merged.extend(extra.get(i, []))
    return merged


MIN_WORDS = 60


def _sentence_like(text: str) -> bool:
    return word_count(text) >= 10 and text.rstrip().endswith((".", "?", "!", '"', "”", "’"))


BOX_HEADINGS = ["h2", "h3", "h4", "h5"]
BOX_CONTAINERS = ("div", "aside", "section", "figure", "blockquote")
BOX_MAX_PARAGRAPHS = 12


def boxes(soup: BeautifulSoup) -> dict[str, frozenset[str]]:
    """Boxes set into a story under their own heading (a correspondent's analysis, a
    "Who is ...?" panel): heading key -> keys of the box's own paragraphs.  A box is a
    container holding one heading and a few paragraphs, with the story going on after it;
    its heading's section ends where the box does."""
    found: dict[str, frozenset[str]] = {}
    for heading in soup.find_all(BOX_HEADINGS):
        container = heading.parent
        while (
            isinstance(container, Tag)
            and container.name in BOX_CONTAINERS
            and not container.find_all("p")
        ):
            container = container.parent  # a wrapper around the heading alone
        if not isinstance(container, Tag) or container.name not in BOX_CONTAINERS:
            continue
        paragraphs = container.find_all("p")
        if not paragraphs or len(paragraphs) > BOX_MAX_PARAGRAPHS:
            continue
        if len(container.find_all(BOX_HEADINGS)) > 1:
            continue  # a wrapper of several sections, not one box
        last = list(container.descendants)[-1]
        if last.find_next("p") is None:
            continue  # nothing after it: the box is where the story ends
        texts = frozenset(k for p in paragraphs if (k := key(p.get_text(" "))))
        found[key(heading.get_text(" "))] = texts
    return found
