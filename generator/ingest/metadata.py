"""Metadata of an HTML page: title, outlet, byline, dates, canonical URL, language.

Sources in order of trust: JSON-LD (``NewsArticle``), Open Graph and article meta
tags, Dublin Core / Parsely / sailthru tags, ``<time>``, the URL, the ``<title>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape

from bs4 import BeautifulSoup, Tag

from generator.ingest import dates
from generator.ingest.blocks import authors_of, byline_of, key, squash

ARTICLE_TYPES = re.compile(
    r"[A-Za-z]*Article|BlogPosting|LiveBlogPosting|WebPage",  # every schema.org *Article
    re.IGNORECASE,
)
SITE_SEPARATORS = re.compile(r"\s+[|–—·•:»-]\s+|\s+-\s+")

TITLE_META = (
    "og:title",
    "twitter:title",
    "dc.title",
    "parsely-title",
    "sailthru.title",
    "headline",
    "title",
)
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "publish-date",
    "cxenseparse:recs:publishtime",
    "og:published_time",
    "original-publish-date",
    "displaydate",
    "dc.date.created",
    "date_published",
)
UPDATED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
    "modified_time",
)
AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "twitter:creator",
    "cxenseparse:author",
)
OUTLET_META = (
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
    "twitter:site",
    "al:android:app_name",
    "al:ios:app_name",
    "cxenseparse:site",
)


@dataclass
class PageMeta:
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    section: str | None = None


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        content = tag.get("content")
        if isinstance(name, str) and isinstance(content, str) and content.strip():
            found.setdefault(name.strip().lower(), squash(unescape(content)))
    return found


def _json_ld(soup: BeautifulSoup) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            items.append(node)
            for k in ("@graph", "mainEntity", "mainEntityOfPage"):
                if isinstance(node.get(k), list | dict):
                    walk(node[k])

    for script in soup.find_all("script", type=re.compile("ld\\+json", re.I)):
        try:
            walk(json.loads(script.string or "", strict=False))
        except (ValueError, TypeError):
            continue
    return items


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [squash(value)] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _article_ld(items: list[dict[str, object]]) -> dict[str, object]:
    best: dict[str, object] = {}
    for item in items:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        typed = any(isinstance(k, str) and ARTICLE_TYPES.fullmatch(k) for k in kinds)
        if typed and ("Article" in str(kinds) or "Posting" in str(kinds) or not best):
            best = item
    return best


# schema.org's kinds of news article that are commentary, as a section label.
_COMMENTARY_TYPES = {"OpinionNewsArticle": "Opinion", "AnalysisNewsArticle": "Analysis"}


def _section(metas: dict[str, str], ld: dict[str, object]) -> str | None:
    """The outlet's label for the article: "Opinion" for schema.org's opinion and
    analysis types, else ``article:section`` or JSON-LD's ``articleSection``."""
    kinds = ld.get("@type")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if isinstance(kind, str) and kind in _COMMENTARY_TYPES:
            return _COMMENTARY_TYPES[kind]
    section = ld.get("articleSection")
    if isinstance(section, list):
        section = next((s for s in section if isinstance(s, str) and s.strip()), None)
    found = metas.get("article:section") or (section if isinstance(section, str) else None)
    return squash(found) if found and squash(found) else None


AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|\||&|\band\b)\s*")
WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)+/?$", re.IGNORECASE)
# Who built or runs the site, not who wrote the story: "Site by Ana Web", "web developer".
SITE_MAKER = re.compile(
    r"\b(?:web\s*(?:developer|design(?:er)?|master)|webmaster|(?:designed|developed|"
    r"powered|built|hosted)\s+by|site\s+by|seo)\b",
    re.IGNORECASE,
)


def credits_the_site(value: str) -> bool:
    """An author value that credits the site or its maker ("www.site.info | Ana Web",
    "Web developer: Ana Web"): no part of it is the byline."""
    parts = [p.strip() for p in AUTHOR_SEPARATORS.split(value) if p.strip()]
    return bool(SITE_MAKER.search(value)) or any(WEB_ADDRESS.search(p) for p in parts)


def split_authors(values: list[str]) -> list[str]:
    """'Ana Ruiz and Tomas Ek' -> two names ("By Ana Ruiz" -> "Ana Ruiz"); a value that
    credits the site or the people who built it is dropped whole (:func:`credits_the_site`)."""
    names = [
        _BY.sub("", part.strip())
        for value in values
        if not credits_the_site(value)
        for part in AUTHOR_SEPARATORS.split(value)
        if part.strip() and len(part.strip()) < 80
    ]
    return list(dict.fromkeys(n for n in names if n))


# "By Ana Ruiz" in an author field: the byline's word, not part of the name.
_BY = re.compile(r"^(?:by|written\s+by)\s+(?=[A-Z])", re.I)


def strip_site_name(title: str, outlet: str | None) -> str:
    """'Headline | The Site' -> 'Headline' (the parts that are not the site's name)."""
    title = squash(title)
    parts = SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    outlet_key = key(outlet or "")

    def is_site(part: str) -> bool:
        k = key(part)
        return bool(outlet_key) and bool(k) and (k in outlet_key or outlet_key in k)

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    while len(parts) > 1 and len(parts[-1].split()) <= 3 and len(parts[0].split()) >= 3:
        parts.pop()  # short trailing parts are the site or section ("... | World | Reuters")
    if len(parts) == 1:
        return parts[0]
    # keep the original separators between the parts that remain
    first = title.find(parts[0])
    last = title.rfind(parts[-1])
    return title[first : last + len(parts[-1])] if first >= 0 and last >= 0 else parts[0]


def _headline(soup: BeautifulSoup, title: str | None) -> Tag | None:
    """The heading element that shows the article's title."""
    want = key(title or "")
    if want.count(" ") < 2:
        return None
    for heading in soup.find_all(["h1", "h2", "h3"]):
        text = key(heading.get_text(" "))
        if text and text.count(" ") >= 2 and (text in want or want in text):
            return heading
    return None


def _date_near(heading: Tag) -> str | None:
    """A date written just below the headline ("13 Oct 2020 18:29")."""
    for n, string in enumerate(heading.find_all_next(string=True)):
        if n > 60:
            break
        text = squash(str(string))
        if 6 <= len(text) <= 60 and (when := dates.normalize(text)):
            return when
    return None


BYLINE_CLASS = re.compile(r"byline|author", re.IGNORECASE)


def _byline_in_page(soup: BeautifulSoup) -> str | None:
    """A "By ..." line in an element the page calls a byline or author."""
    for element in soup.find_all(class_=BYLINE_CLASS, limit=30):
        text = squash(element.get_text(" "))
        if 4 <= len(text) <= 120 and (byline := byline_of(text)):
            return byline
    return None


def read_meta(soup: BeautifulSoup, *, url_hint: str | None = None) -> PageMeta:
    metas = _metas(soup)
    ld = _article_ld(_json_ld(soup))
    meta = PageMeta()

    publisher = ld.get("publisher")
    meta.outlet = next(
        (metas[k] for k in OUTLET_META if k in metas and not metas[k].startswith("@")),
        None,
    ) or (_names(publisher)[0] if _names(publisher) else None)

    meta.section = _section(metas, ld)

    canonical = soup.find("link", rel=lambda r: bool(r) and "canonical" in r)
    href = canonical.get("href") if isinstance(canonical, Tag) else None
    meta.url = (
        (href if isinstance(href, str) and href.startswith("http") else None)
        or metas.get("og:url")
        or (ld_url if isinstance(ld_url := ld.get("url"), str) else None)
        or url_hint
    )

    ld_title = ld_headline if isinstance(ld_headline := ld.get("headline"), str) else None
    raw_title: str | None = ld_title or next((metas[k] for k in TITLE_META if k in metas), None)
    h1 = soup.find("h1")
    h1_text = squash(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    if not raw_title:
        title_tag = soup.find("title")
        raw_title = squash(title_tag.get_text(" ")) if isinstance(title_tag, Tag) else None
    if raw_title and h1_text and key(h1_text) and key(h1_text) in key(raw_title):
        raw_title = h1_text  # the page's own headline, without the site name
    elif (
        raw_title and raw_title.endswith(("…", "...")) and key(h1_text)[:20] == key(raw_title)[:20]
    ):
        raw_title = h1_text  # a shortened social-media title
    if raw_title:
        meta.title = strip_site_name(unescape(raw_title), meta.outlet)
        if meta.title.endswith(("…", "...")) and ". " in meta.title:
            meta.title = meta.title.split(". ")[0]  # a shortened title: its first sentence
    elif h1_text:
        meta.title = h1_text

    authors = split_authors(_names(ld.get("author")))
    if not authors:
        value = next((metas[k] for k in AUTHOR_META if k in metas), None)
        if value and not value.startswith(("http", "@")):
            authors = split_authors([value])
    meta.authors = authors
    if meta.authors:
        meta.byline = "By " + ", ".join(meta.authors)
    else:
        meta.byline = _byline_in_page(soup)
        meta.authors = authors_of(meta.byline) if meta.byline else []

    meta.published = dates.normalize(ld.get("datePublished")) or next(
        (d for k in PUBLISHED_META if k in metas and (d := dates.normalize(metas[k]))), None
    )
    meta.updated = dates.normalize(ld.get("dateModified")) or next(
        (d for k in UPDATED_META if k in metas and (d := dates.normalize(metas[k]))), None
    )
    if meta.published is None:
        for time in soup.find_all("time"):
            stamp = time.get("datetime") or time.get_text(" ")
            if isinstance(stamp, str) and (when := dates.normalize(stamp)):
                meta.published = when
                break
    if meta.published is None:
        meta.published = dates.from_url(meta.url)
    headline = _headline(soup, meta.title) or h1
    if meta.published is None and isinstance(headline, Tag):
        meta.published = _date_near(headline)

    html = soup.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    lang = (
        lang
        or metas.get("og:locale")
        or metas.get("language")
        or (ld_lang if isinstance(ld_lang := ld.get("inLanguage"), str) else None)
    )
    if isinstance(lang, str) and lang.strip():
        meta.language = lang.strip().replace("_", "-").split("-")[0].lower()
    meta.description = metas.get("og:description") or metas.get("description")
    return meta
