"""A small invented article's fact sheet, the fixture every factsheet test starts from."""

from __future__ import annotations

import dataclasses

from generator.factsheet import model


def make_sheet(**changes: object) -> model.FactSheet:
    """A valid sheet about an invented dispute between two river towns."""
    sheet = model.FactSheet(
        slug="river-dispute",
        article=model.ArticleMeta(
            title="Two river towns trade blame over a broken dam",
            file="content/articles/river-dispute.txt",
            outlet="The Valley Courier",
            sha256="0" * 64,
            extractor="test-1",
        ),
        summary="Two towns blame each other after the old dam broke.",
        actors=(
            model.Actor(
                "anna-berg", "Anna Berg", "person", role="Mayor of Lowford", affiliation="lowford"
            ),
            model.Actor("lowford", "Lowford", "place", aliases=("the lower town",)),
            model.Actor("highmere", "Highmere", "place"),
        ),
        claims=(
            model.Claim(
                "berg-blames-highmere",
                ("anna-berg",),
                "accuses",
                "Highmere opened the sluices without warning and flooded forty houses",
                kind="accusation",
                about=("highmere",),
                figures=(model.Figure(40, "houses", side="lowford"),),
                evidence=model.Evidence("p1", "Berg said Highmere flooded forty houses."),
            ),
            model.Claim(
                "highmere-denies",
                ("highmere",),
                "denies",
                "the sluices were never opened",
                kind="denial",
                disputes=("berg-blames-highmere",),
                evidence=model.Evidence("p2", "Highmere denied opening the sluices."),
            ),
        ),
        background=(
            model.Background("1952", "The dam was built.", actors=("lowford", "highmere")),
            model.Background("last spring", "A first crack appeared.", precision="unresolved"),
        ),
        analysis=(
            model.Analysis(
                "Old grudges", ("The towns have quarrelled for decades.",), by="anna-berg"
            ),
        ),
        paragraphs=(
            model.SheetParagraph("p1", "Berg said Highmere flooded forty houses."),
            model.SheetParagraph("p2", "Highmere denied opening the sluices."),
        ),
        images=(model.SheetImage("dam.jpg", caption="The broken dam"),),
        path="content/facts/river-dispute.yaml",
    )
    return dataclasses.replace(sheet, **changes) if changes else sheet
