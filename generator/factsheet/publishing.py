"""What a reviewed-only build publishes of a sheet: what an editor has checked, nothing else.

``explainer build --reviewed-only`` (and the plugin's ``reviewed_only: true`` for the
Pages workflow) draws the site from :func:`reviewed_only` of every sheet:

- the actors, claims and figures that are reviewed (:meth:`FactSheet.reviewed`);
- a claim only with reviewed sources: a claim whose every source is still a draft is
  left out (reviewing a claim checks that it is one; who makes it is checked when its
  source actor is reviewed too);
- references to what is left out are cut: ``about``, ``via``, a figure's side, an
  actor's affiliation, dispute links not reviewed or to claims not published (in this
  sheet or, with :func:`reviewed_sheets`, another);
- the summary, background, reported events and analysis, which carry no state of their
  own, only when the whole sheet is reviewed;
- the article text (paragraphs and images), which is the article's and no machine's
  judgement, always.

Hidden claims stay hidden.  The sheet on disk is never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.factsheet import model


def reviewed_only(sheet: model.FactSheet) -> model.FactSheet:
    """``sheet`` with only what an editor has reviewed (see the module docstring)."""
    actors = [a for a in sheet.actors if sheet.reviewed(a)]
    kept = {a.id for a in actors}

    def known(actor_id: str | None) -> str | None:
        return actor_id if actor_id in kept else None

    claims = []
    for claim in sheet.claims:
        if claim.hidden or not sheet.reviewed(claim):
            continue
        by = tuple(a for a in claim.by if a in kept)
        if not by:
            continue
        figures = tuple(
            replace(f, side=known(f.side)) for f in claim.figures if sheet.reviewed(claim, f)
        )
        links = tuple(d for d in claim.disputes if d.unlinked or sheet.reviewed(claim, d))
        claims.append(
            replace(
                claim,
                by=by,
                about=tuple(a for a in claim.about if a in kept),
                via=known(claim.via),
                figures=figures,
                disputes=links,
            )
        )
    published = {c.id for c in claims}
    claims = [
        replace(c, disputes=tuple(d for d in c.disputes if "/" in d.claim or d.claim in published))
        for c in claims
    ]
    actors = [replace(a, affiliation=known(a.affiliation)) for a in actors]
    whole = sheet.review == model.REVIEWED
    return replace(
        sheet,
        actors=tuple(actors),
        claims=tuple(claims),
        summary=sheet.summary if whole else "",
        background=tuple(
            replace(b, actors=tuple(a for a in b.actors if a in kept)) for b in sheet.background
        )
        if whole
        else (),
        events=tuple(
            replace(e, actors=tuple(a for a in e.actors if a in kept)) for e in sheet.events
        )
        if whole
        else (),
        analysis=tuple(replace(a, by=known(a.by)) for a in sheet.analysis) if whole else (),
    )


def reviewed_sheets(sheets: Sequence[model.FactSheet]) -> list[model.FactSheet]:
    """:func:`reviewed_only` of every sheet, and links to claims of other sheets kept
    only where those claims are published too."""
    kept = [reviewed_only(sheet) for sheet in sheets]
    keys = {f"{s.slug}/{c.id}" for s in kept for c in s.claims}
    return [
        replace(
            sheet,
            claims=tuple(
                replace(
                    c,
                    disputes=tuple(d for d in c.disputes if "/" not in d.claim or d.claim in keys),
                )
                for c in sheet.claims
            ),
        )
        for sheet in kept
    ]


def counts(sheet: model.FactSheet) -> tuple[int, int]:
    """(reviewed, all) actors, claims and figures of ``sheet``: how much of it is checked."""
    items = [sheet.reviewed(a) for a in sheet.actors]
    for claim in sheet.claims:
        if claim.hidden:
            continue
        items.append(sheet.reviewed(claim))
        items += [sheet.reviewed(claim, f) for f in claim.figures]
    return sum(items), len(items)
