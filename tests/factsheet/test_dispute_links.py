"""Dispute links: the plain id or ``{claim, reason, unlinked}``, read, checked, written and
merged so that an editor's link or unlink survives re-extraction."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import factsheet
from generator.errors import FactSheetError
from generator.factsheet import model

from .sheet_fixtures import make_sheet

PATH = "content/facts/river-dispute.yaml"
REASON = "denies: “the sluices were opened”"


def _sheet(*links: model.DisputeLink, on: int = 1) -> model.FactSheet:
    sheet = make_sheet()
    claims = list(sheet.claims)
    claims[on] = dataclasses.replace(claims[on], disputes=links)
    if on == 1:
        claims[0] = dataclasses.replace(claims[0], disputes=())
    return dataclasses.replace(sheet, claims=tuple(claims))


def _links(sheet: model.FactSheet, claim_id: str) -> list[model.DisputeLink]:
    return list(next(c for c in sheet.claims if c.id == claim_id).disputes)


def test_a_plain_id_and_a_mapping_read_as_the_same_kind_of_link() -> None:
    text = factsheet.dump(make_sheet())
    assert "  disputes:\n  - berg-blames-highmere\n" in text  # the shorthand stays plain
    text = text.replace(
        "  disputes:\n  - berg-blames-highmere\n",
        f"  disputes:\n  - claim: berg-blames-highmere\n    reason: '{REASON}'\n",
    )
    sheet = factsheet.load_text(text, PATH)
    assert _links(sheet, "highmere-denies") == [
        model.DisputeLink("berg-blames-highmere", reason=REASON)
    ]


def test_a_single_id_without_brackets_is_one_link() -> None:
    text = factsheet.dump(make_sheet()).replace(
        "  disputes:\n  - berg-blames-highmere\n", "  disputes: berg-blames-highmere\n"
    )
    sheet = factsheet.load_text(text, PATH)
    assert _links(sheet, "highmere-denies") == [model.DisputeLink("berg-blames-highmere")]


def test_a_link_with_a_reason_is_written_as_a_mapping_and_reads_back() -> None:
    sheet = _sheet(
        model.DisputeLink("berg-blames-highmere", reason=REASON),
        model.DisputeLink("other-sheet/some-claim", unlinked=True),
    )
    text = factsheet.dump(sheet)
    assert (
        "  disputes:\n"
        "  - claim: berg-blames-highmere\n"
        f"    reason: '{REASON}'\n"
        "  - claim: other-sheet/some-claim\n"
        "    unlinked: true\n"
    ) in text
    assert factsheet.load_text(text, PATH) == sheet


def test_python_callers_may_still_give_plain_ids() -> None:
    claim = model.Claim("a", ("x",), "says", "t", disputes=("b",))
    assert claim.disputes == (model.DisputeLink("b"),)
    assert claim.linked() == (model.DisputeLink("b"),)
    apart = model.DisputeLink("b", unlinked=True)
    assert model.Claim("a", ("x",), "says", "t", disputes=(apart,)).linked() == ()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  - berg-blames-highmere\n",
            "  - claim: berg-blame\n    reason: x\n",
            "content/facts/river-dispute.yaml:{line}:12: claims[1].disputes[0].claim: unknown "
            "claim 'berg-blame' (did you mean 'berg-blames-highmere'?)",
        ),
        (
            "  - berg-blames-highmere\n",
            "  - claim: berg-blames-highmere\n    reasons: x\n",
            "content/facts/river-dispute.yaml:{line2}:5: claims[1].disputes[0].reasons: unknown "
            "field 'reasons' (did you mean 'reason'? fields of a dispute link: claim, reason, "
            "unlinked, review, confidence)",
        ),
        (
            "  - berg-blames-highmere\n",
            "  - claim: berg-blames-highmere\n    unlinked: maybe\n",
            "content/facts/river-dispute.yaml:{line2}:15: claims[1].disputes[0].unlinked: "
            "expected true or false, got 'maybe'",
        ),
        (
            "  - berg-blames-highmere\n",
            "  - berg-blames-highmere\n  - claim: berg-blames-highmere\n    unlinked: true\n",
            "content/facts/river-dispute.yaml:{line2}:12: claims[1].disputes[1].claim: claim "
            "'berg-blames-highmere' is listed twice (also at line {line}; keep one entry (with "
            "unlinked: true if the two claims do not contradict each other))",
        ),
        (
            "  - berg-blames-highmere\n",
            "  - Other Sheet/claim\n",
            "content/facts/river-dispute.yaml:{line}:5: claims[1].disputes[0]: 'Other Sheet/claim' "
            "is not a claim of another sheet (write <sheet>/<claim id>, e.g. "
            "2020-09-28-bbc/armenia-denies (the sheet's file name without .yaml))",
        ),
    ],
    ids=["unknown-claim", "unknown-field", "not-a-boolean", "listed-twice", "bad-sheet-ref"],
)
def test_broken_links_are_reported_at_their_line(old: str, new: str, message: str) -> None:
    text = factsheet.dump(make_sheet())
    line = text[: text.index("  disputes:\n  - berg-blames-highmere\n")].count("\n") + 2
    with pytest.raises(FactSheetError) as caught:
        factsheet.load_text(text.replace(old, new, 1), PATH)
    assert [str(p) for p in caught.value.problems] == [message.format(line=line, line2=line + 1)]


def test_a_link_to_another_sheet_is_accepted_by_check() -> None:
    text = factsheet.dump(make_sheet()).replace(
        "  - berg-blames-highmere\n", "  - claim: 2024-03-02-courier/lowford-says\n"
    )
    sheet = factsheet.load_text(text, PATH)
    assert _links(sheet, "highmere-denies")[0].claim == "2024-03-02-courier/lowford-says"


# -- re-extraction ------------------------------------------------------------------


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "content" / "facts" / "river-dispute.yaml", tmp_path / "cache"


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _machine(*links: model.DisputeLink) -> model.FactSheet:
    """The machine's draft: the denial answers the accusation, with a reason."""
    return _sheet(*links)


def test_an_unlink_by_deletion_survives_refresh_and_is_recorded(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    first = _machine(model.DisputeLink("berg-blames-highmere", reason=REASON))
    factsheet.write_draft(first, path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    link = f"  disputes:\n  - claim: berg-blames-highmere\n    reason: '{REASON}'\n"
    _write(path, text.replace(link, ""))
    # the same link again: the deletion stands, recorded as an explicit unlink
    outcome = factsheet.write_draft(first, path, cache_dir=cache, refresh=True)
    unlinked = [model.DisputeLink("berg-blames-highmere", unlinked=True)]
    assert _links(factsheet.load(path), "highmere-denies") == unlinked
    assert any("do not dispute each other" in p.message for p in outcome.problems)
    # the machine loses the link, then finds it again on the other claim: still apart
    factsheet.write_draft(_machine(), path, cache_dir=cache, refresh=True)
    again = _sheet(model.DisputeLink("highmere-denies", reason="other reason"), on=0)
    factsheet.write_draft(again, path, cache_dir=cache, refresh=True)
    sheet = factsheet.load(path)
    assert _links(sheet, "highmere-denies") == unlinked
    assert _links(sheet, "berg-blames-highmere") == []


def test_an_explicit_unlink_holds_without_the_merge_base(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    first = _machine(model.DisputeLink("berg-blames-highmere", reason=REASON))
    factsheet.write_draft(first, path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    _write(path, text.replace(f"    reason: '{REASON}'\n", "    unlinked: true\n"))
    (cache / "river-dispute.yaml").unlink()  # the record of the last draft is lost
    factsheet.write_draft(first, path, cache_dir=cache, refresh=True)
    assert _links(factsheet.load(path), "highmere-denies") == [
        model.DisputeLink("berg-blames-highmere", unlinked=True)
    ]


def test_an_editors_link_survives_and_gets_the_machines_reason(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_machine(), path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    _write(
        path,
        text.replace(
            "  kind: denial\n", "  kind: denial\n  disputes:\n  - berg-blames-highmere\n", 1
        ),
    )
    factsheet.write_draft(_machine(), path, cache_dir=cache, refresh=True)
    assert _links(factsheet.load(path), "highmere-denies") == [
        model.DisputeLink("berg-blames-highmere")
    ]
    # a later extractor finds the same link: the person's plain id stays as written
    factsheet.write_draft(
        _machine(model.DisputeLink("berg-blames-highmere", reason=REASON)),
        path,
        cache_dir=cache,
        refresh=True,
    )
    assert _links(factsheet.load(path), "highmere-denies") == [
        model.DisputeLink("berg-blames-highmere")
    ]


def test_an_untouched_link_takes_the_machines_new_reason(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(
        _machine(model.DisputeLink("berg-blames-highmere")), path, cache_dir=cache, refresh=False
    )
    factsheet.write_draft(
        _machine(model.DisputeLink("berg-blames-highmere", reason=REASON)),
        path,
        cache_dir=cache,
        refresh=True,
    )
    assert _links(factsheet.load(path), "highmere-denies") == [
        model.DisputeLink("berg-blames-highmere", reason=REASON)
    ]
