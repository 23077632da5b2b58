"""Finding article files, and ``explainer add``: saving a page with where it came from.

A saved page is kept byte for byte; where and when it came from goes into a sidecar
``<name>.source.json`` beside it.  Nothing is ever overwritten.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from generator.errors import IngestError, Problem

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")
SIDECAR_SUFFIX = ".source.json"
ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/markdown",
    "text/x-markdown",
)
PAGE_SUFFIX = re.compile(r"\.(?:s?html?|xhtml|php|aspx?|cms|txt|md|markdown)$", re.IGNORECASE)
USER_AGENT = "explainer/0.1 (+https://github.com/; saves one article for a fact sheet)"


def find_articles(directory: Path) -> list[Path]:
    """Article files in ``directory`` (not recursive), sorted; hidden files and sidecars skipped."""
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.iterdir()
        if p.is_file()
        and not p.name.startswith(".")
        and not p.name.endswith(SIDECAR_SUFFIX)
        and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def add_source(
    source: str,
    articles_dir: Path,
    *,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
) -> Path:
    """Save a URL or a file into ``articles_dir`` as-is, with a ``.source.json`` sidecar."""
    if re.match(r"^https?://", source, re.IGNORECASE):
        data, suffix, final_url, content_type = _fetch(source, timeout=timeout, max_bytes=max_bytes)
        origin = {"url": source, "final_url": final_url, "content_type": content_type}
        stem = _slug_from_url(final_url or source)
    else:
        path = Path(source)
        data = _read_local(path, max_bytes)
        suffix = path.suffix.lower() if path.suffix.lower() in ARTICLE_SUFFIXES else ".txt"
        origin = {"file": str(path.resolve())}
        stem = _slug(path.stem)
    # parse before saving: a page we cannot read should not be added
    from generator.ingest.reader import parse_article

    article = parse_article(data, source)
    articles_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    target = _free_name(articles_dir, stem, suffix, digest)
    sidecar = target.with_name(target.name + SIDECAR_SUFFIX)
    record = {
        **origin,
        "retrieved": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "sha256": digest,
        "bytes": len(data),
        "title": article.title,
    }
    with open(target, "xb") as handle:  # "x": never overwrite
        handle.write(data)
    with open(sidecar, "x", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return target


def _read_local(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    if not path.exists():
        raise IngestError(Problem(name, "no such file", hint="check the path, or give a URL"))
    if path.is_dir():
        raise IngestError(Problem(name, "is a directory", hint="give the article files in it"))
    if path.stat().st_size > max_bytes:
        raise IngestError(
            Problem(name, f"is larger than {max_bytes:,} bytes", hint="is this really an article?")
        )
    return path.read_bytes()


def _fetch(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str, str, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in ACCEPTED_TYPES:
                raise IngestError(
                    Problem(
                        url,
                        f"is {content_type}, not a web page",
                        hint="give the address of the article page (HTML or text)",
                    )
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, max_bytes)
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise _too_large(url, max_bytes)
            final = response.geturl()
    except IngestError:
        raise
    except urllib.error.HTTPError as error:
        raise IngestError(
            Problem(
                url,
                f"the server answered HTTP {error.code} {error.reason}",
                hint="check the address, or save the page in a browser and add the file",
            )
        ) from None
    except (TimeoutError, OSError, urllib.error.URLError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            message = f"no answer within {timeout:g} seconds"
        else:
            message = f"could not be fetched: {reason}"
        raise IngestError(
            Problem(url, message, hint="check the address and the network, or use --timeout")
        ) from None
    suffix = ".txt" if content_type.startswith("text/") and "html" not in content_type else ".html"
    if content_type in ("text/markdown", "text/x-markdown"):
        suffix = ".md"
    return data, suffix, final, content_type


def _too_large(url: str, max_bytes: int) -> IngestError:
    return IngestError(
        Problem(
            url,
            f"the page is larger than {max_bytes:,} bytes",
            hint="save the article part of the page in a browser and add that file",
        )
    )


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80].rstrip("-") or "article"


def _slug_from_url(url: str) -> str:
    parts = urlsplit(url)
    path = [p for p in parts.path.split("/") if p]
    last = PAGE_SUFFIX.sub("", path[-1]) if path else ""
    return _slug(f"{parts.hostname or ''}-{last}" if last else (parts.hostname or "article"))


def _free_name(directory: Path, stem: str, suffix: str, digest: str) -> Path:
    candidate = directory / f"{stem}{suffix}"
    if not candidate.exists():
        return candidate
    if hashlib.sha256(candidate.read_bytes()).hexdigest() == digest:
        raise IngestError(
            Problem(str(candidate), "this page is already saved here", hint="nothing to do")
        )
    for n in range(2, 1000):
        candidate = directory / f"{stem}-{n}{suffix}"
        if not candidate.exists():
            return candidate
    raise IngestError(Problem(str(directory), f"too many files named {stem}*"))
