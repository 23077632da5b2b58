"""find_articles and ``explainer add`` (local files, and a local HTTP server only)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from generator.cli import main
from generator.errors import IngestError
from generator.ingest import add_source, find_articles

from .pages import news_page

PAGE = news_page().encode()


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/2022/10/05/flood-barrier.html": (200, "text/html; charset=utf-8", PAGE),
        "/notes.txt": (200, "text/plain", b"Quiet night\n\n" + b"The night was quiet. " * 20),
        "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        "/big.html": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    }

    def do_GET(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer()  # the client may give up first (the timeout test)

    def _answer(self) -> None:
        if self.path == "/slow.html":
            time.sleep(2)
        if self.path not in self.routes:
            self.send_error(404, "Not Found")
            return
        status, content_type, body = self.routes[self.path]
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_find_articles(tmp_path: Path) -> None:
    for name in (
        "b.html",
        "a.txt",
        "c.md",
        "d.markdown",
        "e.htm",
        "f.xhtml",
        "g.pdf",
        ".h.txt",
        "a.txt.source.json",
        "notes.json",
    ):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub.txt").mkdir()
    names = [p.name for p in find_articles(tmp_path)]
    assert names == ["a.txt", "b.html", "c.md", "d.markdown", "e.htm", "f.xhtml"]
    assert find_articles(tmp_path / "missing") == []


def test_add_url_saves_page_as_is_with_a_sidecar(server: str, tmp_path: Path) -> None:
    url = f"{server}/2022/10/05/flood-barrier.html"
    saved = add_source(url, tmp_path)
    assert saved.parent == tmp_path and saved.suffix == ".html"
    assert saved.read_bytes() == PAGE
    record = json.loads(saved.with_name(saved.name + ".source.json").read_text())
    assert record["url"] == url
    assert record["content_type"] == "text/html"
    assert record["sha256"] and record["retrieved"].endswith("+00:00")
    assert record["title"] == "Montal opens flood barrier three years after storms"
    assert find_articles(tmp_path) == [saved]
    # the same page again: refused, nothing overwritten
    with pytest.raises(IngestError, match="already saved"):
        add_source(url, tmp_path)


def test_add_plain_text_url(server: str, tmp_path: Path) -> None:
    saved = add_source(f"{server}/notes.txt", tmp_path)
    assert saved.suffix == ".txt"


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/missing.html", {}, "HTTP 404"),
        ("/photo.png", {}, "is image/png, not a web page"),
        ("/big.html", {"max_bytes": 1000}, "larger than 1,000 bytes"),
        ("/slow.html", {"timeout": 0.3}, "no answer within 0.3 seconds"),
    ],
    ids=["404", "content-type", "too-large", "timeout"],
)
def test_add_url_errors(server: str, tmp_path: Path, path: str, options, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        add_source(f"{server}{path}", tmp_path, **options)
    problem = caught.value.problems[0]
    assert message in problem.message
    assert problem.path == f"{server}{path}" and problem.hint
    assert list(tmp_path.iterdir()) == []  # nothing saved


def test_add_unreachable_host(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="could not be fetched"):
        add_source("http://127.0.0.1:9/article.html", tmp_path, timeout=2)


def test_add_file_never_overwrites(tmp_path: Path) -> None:
    source = tmp_path / "incoming" / "Flood Barrier.html"
    source.parent.mkdir()
    source.write_bytes(PAGE)
    articles = tmp_path / "articles"
    first = add_source(str(source), articles)
    assert first.name == "flood-barrier.html" and first.read_bytes() == PAGE
    other = PAGE.replace(b"Wednesday", b"Thursday")
    source.write_bytes(other)
    second = add_source(str(source), articles)
    assert second.name == "flood-barrier-2.html"
    assert first.read_bytes() == PAGE and second.read_bytes() == other
    record = json.loads((articles / "flood-barrier.html.source.json").read_text())
    assert record["file"] == str(source.resolve())


def test_add_refuses_unreadable_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty"):
        add_source(str(empty), tmp_path / "articles")
    assert not (tmp_path / "articles").exists()
    with pytest.raises(IngestError, match="no such file"):
        add_source(str(tmp_path / "missing.html"), tmp_path / "articles")


def test_cli_add(server: str, tmp_path: Path, capsys) -> None:
    status = main(["--content", str(tmp_path), "add", f"{server}/notes.txt", f"{server}/x.html"])
    out, err = capsys.readouterr()
    assert status == 1
    assert out.strip() == str(tmp_path / "articles" / "127-0-0-1-notes.txt")
    assert err.strip() == (
        f"{server}/x.html: the server answered HTTP 404 Not Found "
        "(check the address, or save the page in a browser and add the file)"
    )
