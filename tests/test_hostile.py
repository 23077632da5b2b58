"""Hostile article content never reaches the site as markup (fuzzed end to end).

Hypothesis writes articles (HTML, plain text, Markdown with front matter) whose titles,
names, quotes, captions, links and metadata carry script, event handlers,
``javascript:``/``data:`` URLs, iframes, forms, styles and template syntax; each is
ingested, extracted, written as a fact sheet and rendered, and every built page is
searched for anything that would run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml import etree

from generator import pipeline
from tests.scratch import scratch_project

pytestmark = pytest.mark.slow

FRAGMENTS = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '<img src=x onerror="alert(3)">',
    '<a href="javascript:alert(4)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==">x</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<form action="https://evil.example/"><input name="q"></form>',
    "<style>body{display:none}</style>",
    '"><svg onload=alert(6)>',
    "[click](javascript:alert(7))",
    "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoOCk+)",
    "{{ config }} {% raw %}",
    "<!-- open comment",
    "&lt;script&gt;alert(9)&lt;/script&gt;",
]
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "srcset", "poster")
ALLOWED_SCRIPT_SRC = ("pagefind/pagefind-ui.js", "js/search.js")

fragment = st.sampled_from(FRAGMENTS)
words = st.sampled_from(
    ["Jane Doe", "the ministry", "Ruritania", "rebels", "said", "on Monday", "ceasefire"]
)
sentence = st.lists(st.one_of(words, fragment), min_size=3, max_size=8).map(" ".join)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    title = draw(sentence)
    name = draw(st.sampled_from(["Jane Doe", "Jane <b onmouseover=alert(1)>Doe</b>"]))
    paragraphs = [
        f"President {name} of Ruritania said: “{draw(sentence)}”.",
        f"The ministry said that {draw(sentence)}, which the rebels denied.",
        f"Image: {draw(sentence)}",
        draw(sentence) + ".",
    ]
    kind = draw(st.sampled_from(["html", "txt", "md"]))
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        link = draw(fragment)
        page = (
            f'<html><head><title>{title}</title><meta name="author" content="{link}">'
            f'<script type="application/ld+json">{{"headline": "{title}"}}</script>'
            f"</head><body><article><h1>{title}</h1>{body}"
            f'<figure><img src="javascript:alert(1)" alt="{link}">'
            f"<figcaption>{draw(sentence)}</figcaption></figure></article></body></html>"
        )
        return "story.html", page
    if kind == "md":
        front = json.dumps(title)  # a YAML double-quoted string
        return "story.md", f"---\ntitle: {front}\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return "story.txt", title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@contextmanager
def working_directory(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def assert_nothing_runs(site: Path) -> None:
    problems = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        where = page.relative_to(site)
        for tag in soup.find_all(True):
            if tag.name in ("iframe", "object", "embed", "style", "frame"):
                problems.append(f"{where}: <{tag.name}>")
            if tag.name in ("form", "input", "button", "textarea", "select") and not (
                tag.find_parent("form", attrs={"role": "search"})
                or (tag.name == "form" and tag.get("role") == "search")
            ):
                problems.append(f"{where}: <{tag.name}> outside the theme's search form")
            for attr, value in tag.attrs.items():
                if attr.lower().startswith("on"):
                    problems.append(f"{where}: <{tag.name} {attr}>")
                if attr.lower() in URL_ATTRS:
                    text = " ".join(value) if isinstance(value, list) else str(value)
                    if text.strip().lower().startswith(BAD_SCHEMES):
                        problems.append(f"{where}: <{tag.name} {attr}={text[:30]!r}>")
            if tag.name == "script":
                if tag.get("type") == "application/ld+json":
                    json.loads(tag.string or "null")  # must stay valid JSON, no breakout
                elif not str(tag.get("src", "")).endswith(ALLOWED_SCRIPT_SRC):
                    problems.append(f"{where}: script {str(tag)[:60]!r}")
        for script in soup.find_all("script"):
            if script.get("type") != "application/ld+json" and "alert(" in (script.string or ""):
                problems.append(f"{where}: article text inside a script")
    for feed in site.rglob("*.xml"):
        tree = etree.parse(str(feed))
        if tree.xpath("//*[local-name()='script' or local-name()='iframe']"):
            problems.append(f"{feed.relative_to(site)}: markup in the feed")
    assert not problems, "\n".join(problems[:30])


@settings(
    max_examples=int(os.environ.get("EXPLAINER_FUZZ_EXAMPLES", "6")),
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # no shrinking: each try builds a site
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(article=articles())
def test_hostile_articles_render_inert(tmp_path_factory: pytest.TempPathFactory, article) -> None:
    name, text = article
    root = scratch_project(tmp_path_factory.mktemp("hostile"))
    (root / "content" / "articles" / name).write_text(text, encoding="utf-8")
    with working_directory(root):
        result = pipeline.build(content_dir=Path("content"), config_file=Path("mkdocs.yml"))
    assert not result.failed, "\n".join(map(str, result.problems))
    (page,) = (root / "site" / "sources").glob("*/index.html")  # the article's own page
    if not name.endswith(".html"):  # text keeps every paragraph; mangled HTML may lose some
        assert "Ruritania" in page.read_text(encoding="utf-8"), "article not shown"
    assert_nothing_runs(root / "site")
