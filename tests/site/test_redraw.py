"""``mkdocs serve`` redraws only the pages an edit changes: the site it leaves must be
byte for byte the site a full build makes from the same sheets."""

from __future__ import annotations

import filecmp
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.site import redraw as redraw_module
from generator.site.drawing import Drawing
from generator.site.plugin import ExplainerPlugin
from tests.site.conftest import EPOCH

Edit = Callable[[Path], None]


def _replace(sheet: str, old: str, new: str) -> Edit:
    def edit(facts: Path) -> None:
        path = facts / sheet
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {sheet}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def _project(root: Path, new_project) -> Path:
    """The fixture sheet and two later reports of the same story (same claims, so they
    are linked as reported elsewhere); the third names an actor the others do not, and
    its Kessmark claim contradicts the first sheet's Valdoria claim."""
    project = new_project(root, search=False)
    facts = project / "content" / "facts"
    text = (facts / "orlen-valley.yaml").read_text(encoding="utf-8")
    second = text.replace("'2031-03-14'", "'2031-03-15'").replace(
        "title: Valdoria and Kessmark trade blame", "title: Second day, Valdoria and Kessmark blame"
    )
    (facts / "orlen-valley-2.yaml").write_text(second, encoding="utf-8")
    third = text.replace("'2031-03-14'", "'2031-03-16'").replace(
        "title: Valdoria and Kessmark trade blame", "title: Third day, Valdoria and Kessmark blame"
    )
    third = third.replace(  # the other side's account in the same words: disputed across
        "text: Valdorian artillery fired first and Kessmark only responded",
        "text: Valdoria started the shelling of border villages",
    )
    third = third.replace(
        "actors:\n",
        "actors:\n  - id: lena-dorr\n    name: Lena Dorr\n    kind: person\n    role: Mediator\n",
        1,
    )
    (facts / "orlen-valley-3.yaml").write_text(third, encoding="utf-8")
    return project


class Server:
    """Builds one project the way ``mkdocs serve`` rebuilds it, in this process."""

    def __init__(self, project: Path, site: Path) -> None:
        self.project, self.site = project, site
        self.plugin = self._config().plugins["explainer"]
        assert isinstance(self.plugin, ExplainerPlugin)
        self.plugin.on_startup(command="serve", dirty=False)

    def _config(self):
        return load_config(config_file=str(self.project / "mkdocs.yml"), site_dir=str(self.site))

    def build(self, *, full: bool = False) -> set[str] | None:
        assert self.plugin.serve is not None
        if full:
            self.plugin.serve.last = None  # forget the last build: draw every page
        build(self._config())
        return self.plugin.serve.drawn


EDITS: dict[str, tuple[Edit, bool]] = {
    # name: (edit, whether a partial redraw is expected)
    "summary": (_replace("orlen-valley-2.yaml", "called for talks", "called for calm"), True),
    "claim text": (
        _replace("orlen-valley-2.yaml", "fired first and Kessmark", "fired first, so Kessmark"),
        True,
    ),
    "disputed claim text": (
        _replace("orlen-valley-3.yaml", "Valdoria started the", "Valdoria alone started the"),
        True,
    ),
    "paragraph names another actor": (
        _replace("orlen-valley-2.yaml", "She urged both sides", "Tomas Brenn urged both sides"),
        True,
    ),
    "background": (_replace("orlen-valley.yaml", "signed the Orlen", "initialled the Orlen"), True),
    "claim removed": (
        _replace(
            "orlen-valley-2.yaml",
            "  - id: kovel-urges-talks\n    by: ana-kovel\n",
            "  - id: kovel-urges-talks\n    by: tomas-brenn\n",
        ),
        True,
    ),
    "dispute dropped": (
        _replace(
            "orlen-valley.yaml",
            "    disputes:\n    - claim: kessmark-blames-valdoria\n      reason: "
            '"opposite accounts: each blames the other for the attack"\n',
            "",
        ),
        True,
    ),
    "analysis": (
        _replace("orlen-valley-2.yaml", "holds the only rail link", "holds the one rail link"),
        True,
    ),
    "sheet no longer reviewed (its draft marks everywhere)": (
        _replace("orlen-valley-2.yaml", "review: reviewed  #", "review: draft  #"),
        True,
    ),
    "claim reviewed": (
        _replace(
            "orlen-valley-3.yaml",
            "  - id: brenn-losses\n    review: draft\n",
            "  - id: brenn-losses\n    review: reviewed\n",
        ),
        True,
    ),
    "role (shown everywhere)": (
        _replace("orlen-valley-3.yaml", "role: Premier of Valdoria", "role: President"),
        False,
    ),
    "actor only one sheet names": (
        _replace("orlen-valley-3.yaml", "role: Mediator", "role: UN envoy"),
        False,
    ),
}


def _same_tree(left: Path, right: Path) -> list[str]:
    """Paths that differ between two folders (missing on one side, or other bytes)."""
    names = lambda root: {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}  # noqa: E731
    a, b = names(left), names(right)
    differ = sorted(a ^ b)
    differ += [n for n in sorted(a & b) if not filecmp.cmp(left / n, right / n, shallow=False)]
    return differ


@pytest.mark.parametrize("name", list(EDITS))
def test_a_redraw_equals_a_full_build(name: str, tmp_path: Path, new_project, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    server = Server(project, tmp_path / "site")
    assert server.build() is None  # the first build draws everything
    total = len(server.plugin.drawing.specs)

    edit, partial = EDITS[name]
    edit(project / "content" / "facts")
    drawn = server.build()
    if partial:
        assert drawn is not None and len(drawn) < total, drawn
    else:
        assert drawn is None
    assert not (server.site / ".explainer-previous").exists()
    redrawn = tmp_path / "redrawn"
    shutil.copytree(server.site, redrawn)

    server.build(full=True)
    assert _same_tree(redrawn, server.site) == []


def test_two_edits_in_a_row(tmp_path: Path, new_project, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    server = Server(project, tmp_path / "site")
    server.build()
    _replace("orlen-valley.yaml", "Premier Ana Kovel", "Ana Kovel")(project / "content" / "facts")
    assert server.build() is not None
    EDITS["disputed claim text"][0](project / "content" / "facts")
    assert server.build() is not None
    redrawn = tmp_path / "redrawn"
    shutil.copytree(server.site, redrawn)
    server.build(full=True)
    assert _same_tree(redrawn, server.site) == []


def test_a_summary_edit_draws_its_page_and_few_others(
    tmp_path: Path, new_project, monkeypatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    server = Server(project, tmp_path / "site")
    server.build()
    EDITS["summary"][0](project / "content" / "facts")
    drawn = server.build()
    assert drawn is not None
    assert "sources/orlen-valley-2.md" in drawn
    assert not any(uri.startswith("actors/") and uri != "actors/index.md" for uri in drawn)


def test_a_summary_edit_builds_no_view_of_the_sections_that_show_no_summary(
    tmp_path: Path, new_project, monkeypatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    server = Server(project, tmp_path / "site")
    server.build()
    built: list[str] = []
    view = Drawing.view
    monkeypatch.setattr(
        Drawing, "view", lambda self, spec: built.append(spec.kind) or view(self, spec)
    )
    EDITS["summary"][0](project / "content" / "facts")
    server.build()
    assert "sources" in built  # the sources page lists each article's summary
    assert not {"home", "actors", "places", "claims", "timeline", "analysis"} & set(built)


def test_a_redraw_says_how_many_pages_it_drew_and_not_what_it_kept(
    tmp_path: Path, new_project, monkeypatch, caplog
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    server = Server(project, tmp_path / "site")
    server.build()
    EDITS["summary"][0](project / "content" / "facts")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        drawn = server.build()
    assert drawn is not None
    assert f"explainer: redrew {len(drawn)} of " in caplog.text
    assert "Page skipped" not in caplog.text


def test_a_site_folder_removed_under_serve_is_drawn_whole(
    tmp_path: Path, new_project, monkeypatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    server = Server(project, tmp_path / "site")
    server.build()
    shutil.rmtree(server.site)
    EDITS["summary"][0](project / "content" / "facts")
    assert server.build() is None  # nothing left to keep: every page drawn
    assert (server.site / "actors" / "ana-kovel" / "index.html").is_file()
    redrawn = tmp_path / "redrawn"
    shutil.copytree(server.site, redrawn)
    server.build(full=True)
    assert _same_tree(redrawn, server.site) == []


# An invented report of another story: other places, other people, another month.
HARBOUR = """\
article:
  title: Dock workers strike at Port Marrow over unpaid wages
  file: content/articles/port-marrow.txt
  outlet: The Harbour Courier
  published: '2031-06-02'
actors:
  - id: port-marrow
    name: Port Marrow
    kind: place
  - id: dockers-union
    name: Marrow Dockers' Union
    kind: group
  - id: marrow-port-authority
    name: Marrow Port Authority
    kind: organisation
claims:
  - id: union-wages
    by: dockers-union
    verb: says
    text: the port owes its workers three months of wages
    evidence:
      paragraph: p1
      sentence: the Marrow Dockers' Union said the port owes them three months of wages.
  - id: authority-wages
    by: marrow-port-authority
    verb: says
    text: every wage due has been paid
    evidence:
      paragraph: p2
      sentence: The Marrow Port Authority said every wage due has been paid
paragraphs:
  - id: p1
    text: >-
      Dock workers at Port Marrow walked out on Monday, and the Marrow Dockers' Union
      said the port owes them three months of wages.
  - id: p2
    text: >-
      The Marrow Port Authority said every wage due has been paid and called the
      strike unlawful.
"""


def _story_pages(server: Server) -> set[str]:
    return {s.src_uri for s in server.plugin.drawing.specs.values() if s.kind == "story" and s.key}


def test_an_edit_redraws_the_story_pages_of_its_sheet_and_no_other(
    tmp_path: Path, new_project, monkeypatch
) -> None:
    """A story page is drawn again when a sheet of its story changes; the views of the
    other stories' pages are not even computed."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    project = _project(tmp_path / "p", new_project)
    facts = project / "content" / "facts"
    (facts / "port-marrow.yaml").write_text(HARBOUR, encoding="utf-8")
    server = Server(project, tmp_path / "site")
    server.build()
    stories = {s.id: s for s in server.plugin.serve.last.knowledge.stories}
    harbour = next(k for k, s in stories.items() if "port-marrow" in s.articles)
    orlen = next(k for k, s in stories.items() if "orlen-valley" in s.articles)
    assert harbour != orlen and len(stories[orlen].articles) == 3
    pages = _story_pages(server)
    assert pages == {f"stories/{harbour}.md", f"stories/{orlen}.md"}

    viewed: list[str] = []
    page_hash = redraw_module.page_hash

    def spy(spec, view):
        viewed.append(spec.src_uri)
        return page_hash(spec, view)

    monkeypatch.setattr(redraw_module, "page_hash", spy)
    _replace("orlen-valley.yaml", "fired first and Kessmark", "fired first, so Kessmark")(facts)
    drawn = server.build()
    assert drawn is not None
    assert f"stories/{orlen}.md" in drawn  # the claim is on the story's page: drawn again
    assert f"stories/{harbour}.md" not in viewed  # another story: not even looked at
    redrawn = tmp_path / "redrawn"
    shutil.copytree(server.site, redrawn)
    server.build(full=True)
    assert _same_tree(redrawn, server.site) == []
