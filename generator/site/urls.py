"""Page-relative links, as MkDocs' ``url`` template filter makes them, only faster.

A page of a big site has dozens of links (navigation, actors, claims, sources), and
MkDocs normalises both ends of every one of them from scratch.  Here the split,
normalised form of each link target and of each page's folder is remembered, so a link
costs a few list operations.  The result is MkDocs' ``normalize_url``, character for
character (``tests/site/test_urls.py`` checks it against MkDocs itself).  The two
cases MkDocs treats specially (an empty link, a Windows separator, on which it warns)
are left to MkDocs: :func:`relative` answers ``None`` and the plugin asks MkDocs.
"""

from __future__ import annotations

import functools
import posixpath
from urllib.parse import urlsplit


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


def relative(path: str, page_url: str) -> str | None:
    """``path`` (site-relative) as a link from the page at ``page_url``; ``None`` for
    an empty path or one with a backslash (MkDocs' own answer is needed)."""
    if not path or "\\" in path:
        return None
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
