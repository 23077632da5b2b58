"""Small hand-built fact sheets for the knowledge stage (invented articles)."""

from __future__ import annotations

from generator.factsheet.model import (
    Actor,
    Analysis,
    ArticleMeta,
    Background,
    Claim,
    FactSheet,
    Figure,
    ReportedEvent,
    SheetParagraph,
)


def actor(actor_id: str, name: str, kind: str = "person", **more: object) -> Actor:
    return Actor(id=actor_id, name=name, kind=kind, **more)  # type: ignore[arg-type]


def claim(claim_id: str, by: str | tuple[str, ...], text: str, **more: object) -> Claim:
    by = (by,) if isinstance(by, str) else by
    return Claim(id=claim_id, by=by, verb=str(more.pop("verb", "says")), text=text, **more)  # type: ignore[arg-type]


def sheet(
    slug: str,
    *,
    actors: tuple[Actor, ...] = (),
    claims: tuple[Claim, ...] = (),
    background: tuple[Background, ...] = (),
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    summary: str = "",
    text: tuple[str, ...] = (),
    events: tuple[ReportedEvent, ...] = (),
    analysis: tuple[Analysis, ...] = (),
    language: str | None = None,
) -> FactSheet:
    """A sheet; ``text`` is its body paragraphs (ids p1, p2...)."""
    return FactSheet(
        slug=slug,
        article=ArticleMeta(
            title=title or slug.replace("-", " ").title(),
            file=f"content/articles/{slug}.txt",
            outlet=outlet,
            published=published,
            language=language,
        ),
        summary=summary,
        actors=actors,
        claims=claims,
        background=background,
        events=events,
        analysis=analysis,
        paragraphs=tuple(SheetParagraph(f"p{n}", t) for n, t in enumerate(text, 1)),
    )


__all__ = [
    "Analysis",
    "Background",
    "Figure",
    "ReportedEvent",
    "actor",
    "claim",
    "sheet",
]
