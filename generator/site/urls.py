"""Page-relative links, as MkDocs' ``url`` template filter makes them, only faster.

A page of a big site has dozens of links (navigation, actors, claims, sources), and
MkDocs normalises both ends of every one of them from scratch.  Here the split,
normalised form of each link target and of each page's folder is remembered, so a link
costs a few list operations.  The result is MkDocs' ``normalize_url``, character for
character (``tests/site/test_urls.py`` checks it against MkDocs itself).
"""

from __future__ import annotations

import functools
import posixpath
from typing import Any
from urllib.parse import urlsplit

from jinja2 import pass_context
from mkdocs.utils import normalize_url


@functools.lru_cache(maxsize=1 << 16)
def _target(path: str) -> tuple[int, tuple[str, ...]] | None:
    """``(levels up, parts)`` of a link target; None when the link is left as it is (a
    full URL, an absolute path, an anchor)."""
    parsed = urlsplit(path)
    if parsed.scheme or parsed.netloc or path.startswith(("/", "#")):
        return None
    norm = posixpath.normpath(path) + "/"
    up = 0
    while norm.startswith("../", up * 3):
        up += 1
    return up, _parts(path)


@functools.lru_cache(maxsize=1 << 16)
def _parts(path: str) -> tuple[str, ...]:
    if not path.startswith("/"):
        path = "/" + path
    path = posixpath.normpath(path)[1:]
    return tuple(path.split("/")) if path else ()


@functools.lru_cache(maxsize=1 << 16)
def _folder(page_url: str) -> tuple[str, ...]:
    """The parts of the folder a page's links are relative to."""
    folder, _, name = page_url.rpartition("/")
    return _parts(folder if "." in name else page_url)


def relative(path: str, page_url: str) -> str:
    """``path`` (site-relative) as a link from the page at ``page_url``."""
    if not path or "\\" in path:
        return _mkdocs(path, page_url)
    target = _target(path)
    if target is None:
        return path
    up, dest = target
    here = _folder(page_url)
    common = 0
    for a, b in zip(here, dest, strict=False):
        if a != b:
            break
        common += 1
    link = "/".join(("..",) * (len(here) - common) + dest[common:]) or "."
    if path.endswith("/"):
        link += "/"
    return "../" * up + link if up else link


def _mkdocs(path: str, page_url: str) -> str:
    class _Page:  # normalize_url reads only ``page.url``
        url = page_url

    return normalize_url(path, page=_Page())  # type: ignore[arg-type]


@pass_context
def url_filter(context: Any, value: object) -> str:
    """The ``url`` template filter: MkDocs' own, with the path arithmetic remembered."""
    page = context.get("page")
    if page is None:
        return normalize_url(str(value), page=None, base=context["base_url"])
    return relative(str(value), page.url)
