"""Running text: actor names linked, evidence marked, Markdown made safe."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.parts import Span
from generator.site.text import Linker, is_web_url, relative, render_markdown

LINKER = Linker.of(
    [
        ("Ana Kovel", "actors/ana-kovel/", ["Ms Kovel", "Kovel"]),
        ("Valdoria", "actors/valdoria/", ["Valdorian", "the government"]),
        ("Kessmark", "actors/kessmark/", ["Kovel"]),  # a shared alias is ambiguous
    ]
)


def test_names_and_aliases_become_links_on_word_boundaries() -> None:
    spans = LINKER.spans("Ms Kovel said Valdorian troops left Valdoria's capital, not Valdoriana.")
    linked = [(s.text, s.actor) for s in spans if s.actor]
    assert linked == [
        ("Ms Kovel", "actors/ana-kovel/"),
        ("Valdorian", "actors/valdoria/"),
        ("Valdoria", "actors/valdoria/"),
    ]
    assert "".join(s.text for s in spans).endswith("not Valdoriana.")


def test_ambiguous_and_lowercase_aliases_are_not_linked() -> None:
    spans = LINKER.spans("Kovel spoke for the government.")
    assert all(s.actor is None for s in spans)


def test_evidence_sentence_is_marked_and_names_inside_stay_linked() -> None:
    text = "First. Valdoria says so. Last."
    spans = LINKER.spans(text, marks=["Valdoria says so."])
    assert spans == (
        Span("First. "),
        Span("Valdoria", "actors/valdoria/", True),
        Span(" says so.", None, True),
        Span(" Last."),
    )


def test_skip_leaves_the_pages_own_actor_unlinked() -> None:
    spans = LINKER.spans("Valdoria and Kessmark", skip="actors/valdoria/")
    assert [s.actor for s in spans] == [None, "actors/kessmark/"]


@pytest.mark.parametrize(
    ("target", "page", "expected"),
    [
        ("actors/x/", "", "actors/x/"),
        ("actors/x/", "actors/y/", "../x/"),
        ("sources/s/#p3", "actors/y/", "../../sources/s/#p3"),
        ("claims/#c1", "claims/", "#c1"),
        ("", "actors/y/", "../../"),
    ],
)
def test_relative_links(target: str, page: str, expected: str) -> None:
    assert relative(target, page) == expected


def test_markdown_escapes_html_and_drops_unsafe_links() -> None:
    html = render_markdown(
        "**Bold** <script>alert(1)</script> [x](javascript:alert(1)) [y](JaVaScRiPt:alert(2))"
        " [ok](https://example.org/) ![i](data:text/html,boom)",
        LINKER,
        "",
    )
    assert "<strong>Bold</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript" not in html.lower()
    assert 'href="https://example.org/"' in html
    assert "data:" not in html


def test_markdown_links_actor_names_relative_to_the_page() -> None:
    html = render_markdown("Ana Kovel met [Valdoria](https://example.org/)", LINKER, "sources/s/")
    assert '<a class="actor" href="../../actors/ana-kovel/">Ana Kovel</a>' in html
    assert '<a href="https://example.org/">Valdoria</a>' in html  # never a link in a link


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("http://a", True),
        ("javascript:alert(1)", False),
        (" java\tscript:alert(1)", False),
        ("/relative", False),
        (None, False),
    ],
)
def test_web_urls(url: str | None, ok: bool) -> None:
    assert is_web_url(url) is ok


def _matches_word_by_word(linker: Linker, text: str) -> tuple[tuple[int, int, str], ...]:
    """The plain reading: every word of ``text`` in turn, names starting with it tried
    longest first."""
    found: list[tuple[int, int, str]] = []
    taken = 0
    for word in re.finditer(r"\w+", text):
        start = word.start()
        if start < taken:
            continue
        for name in sorted(linker.names, key=lambda n: (-len(n), n)):
            first = re.match(r"\w+", name)
            if first is None or first.group(0) != word.group(0):
                continue
            end = start + len(name)
            if text.startswith(name, start) and not (
                end < len(text) and re.match(r"\w", text[end])
            ):
                found.append((start, end, linker.names[name]))
                taken = end
                break
    return tuple(found)


_NAMES = st.dictionaries(
    st.sampled_from(["Ann", "Ann Lee", "Lee", "Bo", "Bo-Ann", "Éva", "Ann Lee Jr", "N2"]),
    st.sampled_from(["a/", "b/", "c/"]),
)


@settings(max_examples=1500, deadline=None)
@given(
    names=_NAMES,
    text=st.lists(
        st.sampled_from(["Ann", "Lee", "Bo", " ", "-", "x", "É", "va", "N2", "_"]), max_size=12
    ).map("".join),
)
def test_matches_are_those_of_reading_word_by_word(names: dict[str, str], text: str) -> None:
    linker = Linker(names)
    assert linker.matches(text) == _matches_word_by_word(linker, text)
