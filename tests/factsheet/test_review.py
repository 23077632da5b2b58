"""`explainer review`: what to check first, each as `path:line: what`, at the right line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import cli, factsheet
from generator.factsheet import model

from .sheet_fixtures import make_sheet

PATH = "content/facts/river-dispute.yaml"


def drafted() -> model.FactSheet:
    """The fixture sheet as the machine would draft it: every item with its confidence."""
    sheet = make_sheet()
    sure_figure = dataclasses.replace(sheet.claims[0].figures[0], confidence=0.9)
    claims = (
        dataclasses.replace(sheet.claims[0], figures=(sure_figure,), confidence=0.95),
        dataclasses.replace(  # doubtful, and so is its link
            sheet.claims[1],
            confidence=0.35,
            disputes=(model.DisputeLink("berg-blames-highmere", confidence=0.4),),
        ),
        model.Claim(
            "reed-warns",
            ("anna-berg",),
            "warns",
            "the hidden claim is never listed",
            hidden=True,
            confidence=0.1,
        ),
    )
    actors = (
        dataclasses.replace(sheet.actors[0], confidence=0.99),  # in one claim only
        dataclasses.replace(sheet.actors[1], confidence=0.5),  # doubtful, a figure's side
        dataclasses.replace(sheet.actors[2], confidence=0.95),  # in two claims
    )
    return dataclasses.replace(sheet, actors=actors, claims=claims)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "river-dispute.txt").write_text("Dam breaks.\n")
    factsheet.save(drafted(), tmp_path / PATH)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def line_of(project: Path, text: str, after: str = "") -> int:
    """The 1-based line of the first line holding ``text`` (after the line ``after``)."""
    lines = (project / PATH).read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if after in line) if after else 0
    return next(n for n, line in enumerate(lines) if n >= start and text in line) + 1


def test_items_point_at_their_lines_most_doubtful_first(project: Path) -> None:
    listing = factsheet.review([project / "content" / "facts"], root=project)
    got = [(item.ref, item.line, item.confidence) for item in listing.items]
    assert got == [
        (("claim", "highmere-denies"), line_of(project, "- id: highmere-denies"), 0.35),
        (
            ("dispute", "highmere-denies", "berg-blames-highmere"),
            line_of(project, "  - claim: berg-blames-highmere", after="- id: highmere-denies"),
            0.4,
        ),
        (("actor", "lowford"), line_of(project, "- id: lowford"), 0.5),
        (
            ("figure", "berg-blames-highmere", 0),
            line_of(project, "side: lowford"),
            0.9,
        ),
        (("actor", "anna-berg"), line_of(project, "- id: anna-berg"), 0.99),
    ]
    assert [s.line for s in listing.sheets] == [line_of(project, "review: draft")]
    assert listing.unreviewed == {"actor": 3, "claim": 2, "figure": 1, "dispute": 1}


def test_the_printed_list_reads_path_line_what(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["review"]) == 1
    out = capsys.readouterr().out.splitlines()
    line = line_of(project, "- id: highmere-denies")
    assert out[0] == (
        f'{PATH}:{line}: claim by Highmere, "the sluices were never opened" (confidence '
        "0.35): check it is a claim, and who makes it"
    )
    assert out[3].startswith(f'{PATH}:{line_of(project, "side: lowford")}: figure "40 houses"')
    assert out[-2].startswith(f"{PATH}:{line_of(project, 'review: draft')}: sheet still a draft")
    assert out[-1] == (
        "7 item(s) unreviewed (2 claims, 3 actors, 1 figure, 1 dispute link); "
        "1 sheet(s) still in draft; 5 listed above"
    )


def test_what_the_editor_reviewed_is_no_longer_listed(project: Path) -> None:
    path = project / PATH
    text = path.read_text(encoding="utf-8")
    text = text.replace("  confidence: 0.35\n", "  review: reviewed\n  confidence: 0.35\n")
    text = text.replace("    confidence: 0.9\n", "    review: reviewed\n    confidence: 0.9\n")
    path.write_text(text, encoding="utf-8")
    listing = factsheet.review([path], root=project)
    assert [item.ref for item in listing.items] == [
        ("actor", "lowford"),
        ("actor", "highmere"),  # the source of a reviewed claim
        ("actor", "anna-berg"),
    ]
    assert listing.unreviewed == {"actor": 3, "claim": 1}


def test_a_reviewed_claim_brings_up_its_draft_source(project: Path) -> None:
    path = project / PATH
    text = path.read_text(encoding="utf-8")
    at = text.index("- id: berg-blames-highmere")
    claim = text[at:].replace("  confidence: 0.95\n", "  review: reviewed\n  confidence: 0.95\n", 1)
    path.write_text(text[:at] + claim, encoding="utf-8")
    listing = factsheet.review([path], root=project)
    anna = next(item for item in listing.items if item.ref == ("actor", "anna-berg"))
    assert "a reviewed claim is by it" in anna.what


def test_an_edit_alone_does_not_take_an_item_off_the_list(project: Path) -> None:
    path = project / PATH
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  verb: denies\n", "  verb: rejects\n"), encoding="utf-8")
    listing = factsheet.review([path], root=project)
    assert ("claim", "highmere-denies") in [item.ref for item in listing.items]


def test_a_reviewed_sheet_leaves_nothing_and_exits_0(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / PATH
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("review: draft\n", "review: reviewed\n"), encoding="utf-8")
    assert cli.main(["review", PATH]) == 0
    assert capsys.readouterr().out == "nothing left to review: every item is reviewed\n"


def test_all_lists_every_unreviewed_item(project: Path) -> None:
    listing = factsheet.review([project / PATH], root=project, everything=True)
    refs = {item.ref for item in listing.items}
    assert ("actor", "highmere") in refs and ("claim", "berg-blames-highmere") in refs
    assert len(listing.items) == listing.remaining


def test_a_broken_sheet_is_reported_and_exits_1(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / PATH
    path.write_text(path.read_text(encoding="utf-8").replace("review: draft", "review: done"))
    assert cli.main(["review"]) == 1
    err = capsys.readouterr().err
    assert f"{PATH}:{line_of(project, 'review: done')}:9: review: unknown review state" in err


def test_wrong_usage_exits_2(project: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["review", "--bogus"])
    assert stopped.value.code == 2
