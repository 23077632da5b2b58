"""The article's pictures on its source page: only from ``http(s)`` addresses.

A sheet's ``images`` keep what ingest found: an address (``src``), maybe relative to
the article's own address, maybe hostile or empty, and a caption that the article
text often repeats as a ``caption`` paragraph.  A picture shows beside that caption
paragraph; one whose caption is not a paragraph shows after the text; one without a
usable address does not show (its caption paragraph still does).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin

from generator.factsheet.model import FactSheet, SheetImage
from generator.site.parts import ImageView
from generator.site.text import is_web_url

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Pictures:
    by_paragraph: dict[str, ImageView]  # caption paragraph id -> its picture
    rest: tuple[ImageView, ...]  # pictures whose caption is no paragraph


def caption_key(text: str) -> str:
    """Comparison form of a caption: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_WORDS.findall(text.casefold()))


def picture_src(src: str, base: str | None) -> str | None:
    """The ``http(s)`` address of ``src`` (resolved against the article's ``base``
    address when relative), or None for an empty, ``javascript:``, ``data:`` or
    otherwise unusable one."""
    src = src.strip()
    if not src:
        return None
    if is_web_url(src):
        return src
    if base and is_web_url(base) and ":" not in src.split("/", 1)[0]:
        joined = urljoin(base.strip(), src)
        return joined if is_web_url(joined) else None
    return None


def pictures(sheet: FactSheet) -> Pictures:
    """Each picture with an address, beside its caption paragraph or after the text."""
    captions: dict[str, str] = {}
    for paragraph in sheet.paragraphs:
        if paragraph.kind == "caption":
            captions.setdefault(caption_key(paragraph.text), paragraph.id)
    by_paragraph: dict[str, ImageView] = {}
    rest: list[ImageView] = []
    seen: set[str] = set()
    for image in sheet.images:
        src = picture_src(image.src, sheet.article.url)
        if src is None or src in seen:
            continue
        seen.add(src)
        where = captions.get(caption_key(image.caption)) if image.caption else None
        if where is not None and where not in by_paragraph:
            by_paragraph[where] = _view(image, src, caption=None)
        else:
            rest.append(_view(image, src, caption=image.caption))
    return Pictures(by_paragraph, tuple(rest))


def _view(image: SheetImage, src: str, caption: str | None) -> ImageView:
    alt = " ".join((image.caption or "").split())
    return ImageView(src, alt, caption, image.credit)
