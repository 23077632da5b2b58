"""The fast ``url`` filter gives MkDocs' own answer, character for character."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import Environment
from mkdocs.utils import normalize_url

from generator.site import filters, urls
from generator.site.plugin import _engine_url


class _Page:
    def __init__(self, url: str) -> None:
        self.url = url


def _mkdocs(path: str, page_url: str) -> str:
    return normalize_url(path, page=_Page(page_url))  # type: ignore[arg-type]


def _ours(path: str, page_url: str) -> str:
    """What the ``url`` filter answers: ``urls.relative``, or MkDocs where it answers None."""
    link = urls.relative(path, page_url)
    return link if link is not None else _engine_url(path, page_url, "")


_PART = st.sampled_from(["", ".", "..", "a", "b", "actors", "x.html", "index.html", "c d"])
_PATH = st.lists(_PART, max_size=5).map("/".join)
_LINK = st.one_of(
    _PATH,
    _PATH.map(lambda p: p + "/"),
    _PATH.map(lambda p: "/" + p),
    _PATH.map(lambda p: p + "#here"),
    st.sampled_from(["#top", "https://example.org/a/", "mailto:x@example.org", "//cdn/x.js"]),
)


@settings(max_examples=2000, deadline=None)
@given(path=_LINK, page_url=_PATH)
def test_same_as_mkdocs(path: str, page_url: str) -> None:
    assert _ours(path, page_url) == _mkdocs(path, page_url)
    if path and "\\" not in path:  # only those two are left to MkDocs
        assert urls.relative(path, page_url) is not None


@pytest.mark.parametrize(
    ("path", "page_url", "expected"),
    [
        ("actors/pashinyan/", "actors/aliyev/", "../pashinyan/"),
        ("actors/pashinyan/", "", "actors/pashinyan/"),
        ("css/site.css", "sources/a-story/", "../../css/site.css"),
        ("sources/a/", "sources/a/", "./"),
        ("../up/", "actors/x/", "../../../up/"),
        ("404.html", "claims/", "../404.html"),
        ("https://example.org/", "claims/", "https://example.org/"),
        ("#claims", "claims/", "#claims"),
        ("", "claims/", ".."),
    ],
)
def test_examples(path: str, page_url: str, expected: str) -> None:
    assert _ours(path, page_url) == expected == _mkdocs(path, page_url)


def test_filter_in_a_template() -> None:
    env = Environment(autoescape=True)
    env.filters["url"] = filters.template_filters(None, _engine_url)["url"]  # type: ignore[arg-type]
    template = env.from_string("{{ 'actors/x/' | url }}")
    assert template.render(page=_Page("claims/"), base_url="..") == "../actors/x/"
    # a template with no page (sitemap, 404) is relative to the base URL, as in MkDocs
    assert template.render(page=None, base_url="..") == "../actors/x/"
