"""``read_article`` and ``parse_article``: bytes of any saved article -> :class:`Article`.

Dispatch is on content, not on the file name: HTML (a document or a fragment), text or
Markdown with front matter (whose body may itself be HTML), or plain text copied from
a page.  Each reader yields blocks; :func:`generator.ingest.blocks.clean` applies the
same boilerplate rules to all of them; :func:`_assemble` numbers the paragraphs.
"""

from __future__ import annotations

import hashlib
import re
import typing
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from generator.errors import IngestError, Problem
from generator.ingest import dates, decoding, frontmatter, html, languages, metadata, text
from generator.ingest.blocks import Block, Cleaned, authors_of, clean, key, tidy
from generator.ingest.model import Article, Image, Paragraph
from generator.vocabulary import ParagraphKind

HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
# Block tags: text with only inline tags (<a>, <b>, <img>) is still text.
HTML_TAGS = re.compile(
    r"<(?:p|div|br|h[1-6]|article|section|figure|ul|ol|li|table|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
HINT_FORMATS = "save the page as HTML, or copy its text into a .txt or .md file"
# Saved news pages are well under 5 MB; past this a page is a dump, not an article, and
# parsing it would take minutes and gigabytes (58 MB of HTML: 11 min, 5 GB measured).
MAX_BYTES = 20_000_000


def read_article(path: Path) -> Article:
    """Read one article file.  Raises :class:`IngestError` naming the file and the fix."""
    name = str(path)
    if not path.exists():
        raise IngestError(Problem(name, "no such file", hint="check the path"))
    if path.is_dir():
        raise IngestError(
            Problem(name, "is a directory, not an article", hint="give the article files in it")
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(
                Problem(
                    name,
                    f"is {size / 1e6:.1f} MB, more than the {MAX_BYTES / 1e6:.0f} MB "
                    "explainer reads as one article",
                    hint="save just the article page, or copy its text into a .txt file",
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(
            Problem(name, f"cannot be read: {error.strerror or error}", hint="check permissions")
        ) from None
    return parse_article(data, name)


def parse_article(data: bytes, file: str) -> Article:
    """Parse the bytes of an article; ``file`` is only used to name it."""
    if not data.strip():
        raise IngestError(Problem(file, "the file is empty", hint="save the article text in it"))
    if decoding.looks_binary(data):
        raise IngestError(
            Problem(file, "looks like a binary file, not an article", hint=HINT_FORMATS)
        )
    try:
        source, _ = decoding.decode(data)
    except (UnicodeDecodeError, LookupError):
        raise IngestError(
            Problem(file, "cannot be decoded as text in any common encoding", hint=HINT_FORMATS)
        ) from None
    source = source.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    sha = hashlib.sha256(data).hexdigest()
    front = frontmatter.split(source)
    if front is not None:
        article = _from_front_matter(front, file)
    elif HTML_START.match(source) or _mostly_html(source):
        article = _from_html(source, file)
    else:
        article = _from_text(source, file)
    words = sum(len(p.text.split()) for p in article.paragraphs)
    if not article.title and words < 20:
        raise IngestError(Problem(file, "no article text found in the file", hint=HINT_FORMATS))
    if not article.title:
        article = _with(article, title=_first_sentence(article))
    if article.published is None:
        body = [p.text for p in article.paragraphs if p.kind == "body"][:3]
        found = next((d for text_ in body if (d := dates.from_dateline(text_))), None)
        article = _with(article, published=found)
    if article.published is not None:
        # the sheet's date is the day: a page's timestamp is cut to its date as written
        # there (its own time zone), so the timeline sorts it among dates
        article = _with(article, published=article.published[:10])
    if article.language is None:
        running = " ".join(p.text for p in article.paragraphs if p.kind == "body")
        article = _with(article, language=languages.guess(running))
    return _with(article, sha256=sha)


def _first_sentence(article: Article) -> str:
    """A stand-in title when the page has none: its first sentence, at most 15 words."""
    first = next((p.text for p in article.paragraphs if p.kind == "body"), "")
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:15]) + ("…" if len(words) > 15 else "")


def _mostly_html(source: str) -> bool:
    """A fragment of HTML: it opens with a block tag, or tags are everywhere in it."""
    head = source[:20000]
    lines = sum(1 for line in head.splitlines() if line.strip())
    tags = len(HTML_TAGS.findall(head))
    return bool(HTML_TAGS.match(head.lstrip())) or (tags >= 3 and tags * 2 > lines)


def _with(article: Article, **changes: object) -> Article:
    return replace(article, **changes)  # type: ignore[arg-type]


# -- readers --------------------------------------------------------------------------


def _from_text(source: str, file: str, *, title: str | None = None) -> Article:
    page = text.read_text(source, title=title)
    cleaned = clean(page.blocks, title=page.title or "")
    # "![](./images/x.jpg)" in copied text names a file saved beside the copy, not a
    # picture on the article's site: only web addresses are pictures a reader can see
    cleaned.images = [i for i in cleaned.images if urlsplit(i.src).scheme in ("http", "https")]
    byline = page.byline or cleaned.byline
    return _assemble(
        file,
        title=page.title or "",
        cleaned=cleaned,
        byline=byline,
        authors=authors_of(byline) if byline else [],
        published=page.published,
        url=page.url,
    )


def _close_comments(source: str) -> str:
    """Drop a ``<!--`` that never closes: it would hide the rest of the page."""
    last_close = source.rfind("-->")
    head, tail = source[: last_close + 1], source[last_close + 1 :]
    return head + tail.replace("<!--", "") if "<!--" in tail else source


def _from_html(source: str, file: str, *, fragment: bool = False) -> Article:
    source = _close_comments(source)
    soup = BeautifulSoup(source, "lxml")
    if html.drop_hover_cards(soup):
        source = str(soup)  # (the extractors read the page without them)
    meta = metadata.read_meta(soup)
    pictures = html.figures(soup)
    captions = html.figure_captions(soup)
    blocks = [] if fragment else html.trafilatura_blocks(source, meta.url)
    if not fragment:
        blocks = html.combine(blocks, html.readability_blocks(source))
    if not blocks:
        body = soup.body or soup
        blocks = html.walk(body)
    blocks = html.drop_link_lines(_mark_captions(blocks, captions), html.link_texts(soup))
    cleaned = clean(blocks, title=meta.title or "", guess=False)
    images = [_captioned(image, captions) for image in cleaned.images]
    known = {i.src for i in pictures}
    cleaned.images = pictures + [i for i in images if i.src and i.src not in known]
    byline = meta.byline or cleaned.byline
    authors = meta.authors or (authors_of(byline) if byline else [])
    if meta.published is None and not fragment:
        meta.published = _page_date(source)
    return _assemble(
        file,
        title=meta.title or "",
        cleaned=cleaned,
        boxes=html.boxes(soup),
        byline=byline,
        authors=authors,
        published=meta.published,
        updated=meta.updated,
        url=meta.url,
        outlet=meta.outlet,
        language=meta.language,
        section=meta.section,
    )


def _page_date(source: str) -> str | None:
    """The publication date htmldate finds in the page text, when the metadata has none."""
    import htmldate

    try:
        found = htmldate.find_date(source, extensive_search=True, original_date=True)
    except Exception:  # htmldate raises on pages it cannot parse
        return None
    return dates.normalize(found) if found else None


def _mark_captions(blocks: list[Block], captions: dict[str, tuple[str, str | None]]) -> list[Block]:
    """A paragraph that repeats a ``<figcaption>`` is that caption, not body text."""
    if not captions:
        return blocks
    out = []
    for block in blocks:
        if block.kind in ("body", "list") and key(block.text) in captions:
            out.append(Block("caption", captions[key(block.text)][0], True))
        else:
            out.append(block)
    return out


def _captioned(image: Image, captions: dict[str, tuple[str, str | None]]) -> Image:
    if image.caption and key(image.caption) in captions:
        caption, credit = captions[key(image.caption)]
        return Image(image.src, caption, credit or image.credit)
    return image


def _from_front_matter(front: frontmatter.FrontMatter, file: str) -> Article:
    body = front.body
    body = re.sub(r"\[/?ad_\d+\]", "", body)
    title = front.text(frontmatter.TITLE_KEYS)
    outlet = front.text(frontmatter.OUTLET_KEYS)
    if title:
        title = metadata.strip_site_name(title, outlet)
    if _mostly_html(body):
        article = _from_html(f"<html><body>{body}</body></html>", file, fragment=True)
        if not title:
            title = article.title
    else:
        article = _from_text(body, file, title=title)
    author = front.text(frontmatter.AUTHOR_KEYS)
    authors = tuple(a for a in re.split(r"\s*(?:,|\band\b|&)\s*", author or "") if a)
    published = front.date(frontmatter.DATE_KEYS)
    url = front.text(frontmatter.URL_KEYS)
    url = url if url and url.startswith("http") else None
    return _with(
        article,
        title=title or article.title,
        byline=author or article.byline,
        authors=authors or article.authors,
        published=published or article.published,
        updated=front.date(frontmatter.UPDATED_KEYS) or article.updated,
        url=url or article.url,
        outlet=outlet or article.outlet,
        language=front.text(frontmatter.LANGUAGE_KEYS) or article.language,
        section=front.text(frontmatter.SECTION_KEYS) or article.section,
        meta={k: str(v) for k, v in front.fields.items() if isinstance(v, str | int | float)},
    )


# -- assembly -------------------------------------------------------------------------


def _assemble(
    file: str,
    *,
    title: str,
    cleaned: Cleaned,
    byline: str | None,
    authors: list[str] | tuple[str, ...],
    published: str | None = None,
    updated: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    section: str | None = None,
    boxes: dict[str, frozenset[str]] | None = None,
) -> Article:
    paragraphs: list[Paragraph] = []
    heading: str | None = None  # the heading the paragraphs are under
    box: frozenset[str] | None = None  # the paragraphs of the box ``heading`` opens
    outside: str | None = None  # the heading before the box, where the story goes on
    title_key = key(title)
    for block in cleaned.blocks:
        text_ = tidy(block.text)
        if block.kind == "title":
            if key(text_) == title_key or not title_key:
                title = title or text_
                continue
            block = Block("heading", text_, True)
        if block.kind == "heading":
            box = (boxes or {}).get(key(text_))
            outside = heading if box is not None else None
            heading = text_
        elif box is not None and block.kind in ("body", "quote", "list") and key(text_) not in box:
            heading, box = outside, None  # past the box: the story's own section again
        kind = typing.cast(ParagraphKind, block.kind)  # the title was taken out above
        paragraphs.append(Paragraph(f"p{len(paragraphs) + 1}", kind, text_, heading))
    return Article(
        file=file,
        title=tidy(title),
        paragraphs=tuple(paragraphs),
        outlet=outlet,
        byline=byline,
        authors=tuple(authors),
        published=published,
        updated=updated,
        url=url,
        language=language,
        images=tuple(cleaned.images),
        credits=tuple(dict.fromkeys(cleaned.credits)),
        section=section,
    )
