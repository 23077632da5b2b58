"""Small hand-built fact sheets for the knowledge stage (invented articles)."""

from __future__ import annotations

from generator.factsheet.model import (
    Actor,
    ArticleMeta,
    Background,
    Claim,
    FactSheet,
    Figure,
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
) -> FactSheet:
    return FactSheet(
        slug=slug,
        article=ArticleMeta(
            title=title or slug.replace("-", " ").title(),
            file=f"content/articles/{slug}.txt",
            outlet=outlet,
            published=published,
        ),
        summary=summary,
        actors=actors,
        claims=claims,
        background=background,
    )


__all__ = ["Background", "Figure", "actor", "claim", "sheet"]
