"""Reading files: encodings, and a clear IngestError for every bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import IngestError
from generator.ingest import parse_article, read_article

from .pages import BODY, news_page

TEXT = (
    "Café owners in Sète protest new tax\n\n"
    "Café owners in the port of Sète closed their doors for an hour on Monday to protest "
    "against a new tax on terraces, the town’s traders’ association said.\n\n"
    "“We are not against paying our share,” said Zoé Marchand, who runs a café on the quay.\n"
)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: "\ufeff".encode() + t.encode("utf-8"),
        lambda t: t.encode("cp1252"),
        lambda t: t.replace("’", "'").replace("“", '"').replace("”", '"').encode("latin-1"),
        lambda t: t.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "latin-1", "utf-16-bom"],
)
def test_encodings(encode) -> None:
    article = parse_article(encode(TEXT), "cafe.txt")
    assert article.title == "Café owners in Sète protest new tax"
    assert "Zoé Marchand" in article.paragraphs[-1].text
    assert not any("\ufeff" in p.text or "�" in p.text for p in article.paragraphs)


def test_meta_charset_that_lies() -> None:
    page = news_page(charset="utf-8").replace(BODY[0], BODY[0] + " Café Sète’s “quay”.")
    article = parse_article(page.encode("cp1252"), "lying.html")
    assert article.paragraphs[0].text.endswith("Café Sète’s “quay”.")
    page = news_page(charset="iso-8859-1").replace(BODY[0], BODY[0] + " Zoé’s café.")
    article = parse_article(page.encode("utf-8"), "lying.html")
    assert article.paragraphs[0].text.endswith("Zoé’s café.")


def test_sha256_and_file_as_given(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(TEXT.encode())
    article = read_article(path)
    assert article.file == str(path)
    assert article.sha256 == __import__("hashlib").sha256(TEXT.encode()).hexdigest()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b""), "the file is empty"),
        (lambda p: p.write_bytes(b" \n\t\n"), "the file is empty"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "binary"),
        (lambda p: p.write_bytes(bytes(range(1, 9)) * 300), "binary"),
    ],
    ids=["missing", "empty", "blank", "directory", "png", "control-bytes"],
)
def test_bad_files_raise_ingest_error(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "article.txt"
    make(path)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    problem = caught.value.problems[0]
    assert problem.path == str(path)
    assert message in problem.message
    assert problem.hint  # says what to do


def test_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "chrome.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(IngestError, match="no article text"):
        read_article(path)


def test_cli_reports_one_line_per_bad_file(tmp_path: Path, capsys) -> None:
    good = tmp_path / "cafe.txt"
    good.write_bytes(TEXT.encode())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status = main(["ingest", str(good), str(empty), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert status == 1
    assert "Café owners in Sète protest new tax" in out
    lines = err.strip().splitlines()
    assert lines == [
        f"{empty}: the file is empty (save the article text in it)",
        f"{tmp_path / 'missing.txt'}: no such file (check the path)",
    ]
    assert "Traceback" not in err


def test_cli_json(tmp_path: Path, capsys) -> None:
    good = tmp_path / "cafe.txt"
    good.write_bytes(TEXT.encode())
    assert main(["ingest", "--json", str(good)]) == 0
    data = __import__("json").loads(capsys.readouterr().out)
    assert data["title"] == "Café owners in Sète protest new tax"
    assert [p["id"] for p in data["paragraphs"]] == ["p1", "p2"]
    assert {p["kind"] for p in data["paragraphs"]} == {"body"}
