"""Article -> draft FactSheet: the extract stage, top to bottom.

``draft`` parses the article once and hands the parse to each reader in turn (actors,
claims, disputes, background, analysis).  ``draft_many`` does the same for many
articles, loading the language model once per process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.errors import ExplainerError, ExtractError, Problem
from generator.extract import analysis, background, claims, confidence, disputes, events, lexicon
from generator.extract.actors import find_actors
from generator.extract.cast import Cast
from generator.extract.document import parse
from generator.extract.language import load_language
from generator.factsheet.model import (
    Actor,
    Analysis,
    ArticleMeta,
    Background,
    Claim,
    FactSheet,
    ReportedEvent,
    SheetImage,
    SheetParagraph,
)
from generator.ingest.model import Article
from generator.slugs import sheet_slug

if TYPE_CHECKING:
    from spacy.language import Language

# Bump when the drafted sheet changes for the same article; recorded in article.extractor.
EXTRACTOR_VERSION = "0.10.0"

SUMMARY_WORDS = 70  # the lead paragraphs, up to about this many words


def summary(article: Article, skip: set[str]) -> str:
    """The lead: the first body paragraphs, about ``SUMMARY_WORDS`` words."""
    parts: list[str] = []
    words = 0
    for paragraph in article.paragraphs:
        if paragraph.kind != "body" or paragraph.id in skip:
            continue
        parts.append(paragraph.text)
        words += len(paragraph.text.split())
        if words >= SUMMARY_WORDS or len(parts) == 3:
            break
    return "\n\n".join(parts)


def meta(article: Article) -> ArticleMeta:
    return ArticleMeta(
        title=article.title,
        file=article.file,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        byline=article.byline,
        language=article.language,
        sha256=article.sha256 or None,
        extractor=EXTRACTOR_VERSION,
    )


@dataclass(frozen=True)
class Drafted:
    """A draft and what its confidences were computed from: each item's signals
    (:mod:`generator.extract.confidence`), for calibrating them."""

    sheet: FactSheet
    signals: dict[confidence.Item, confidence.Signals]


def draft(
    article: Article,
    nlp: Language | None = None,
    dropped: list[claims.Dropped] | None = None,
) -> FactSheet:
    """A draft fact sheet for one article (deterministic for a given version).

    With ``dropped``, the attributions found that did not become claims are added to it,
    each with the rule that dropped it (see :func:`claims.find_claims`).

    Raises :class:`ExtractError` naming the article if the language model is missing or
    extraction fails on it (a bug to report: the message says so).
    """
    return drafted(article, nlp, dropped).sheet


def drafted(
    article: Article,
    nlp: Language | None = None,
    dropped: list[claims.Dropped] | None = None,
) -> Drafted:
    """:func:`draft`, with the signals of every item."""
    nlp = nlp if nlp is not None else load_language()
    if article.language and not article.language.lower().startswith("en"):
        return Drafted(_unread(article), {})  # the English model would read nonsense
    try:
        return _draft(article, nlp, dropped)
    except ExplainerError:
        raise
    except Exception as error:  # a bug in a rule must not become a traceback
        raise ExtractError(
            Problem(
                article.file,
                f"could not draft a fact sheet ({type(error).__name__}: {error})",
                hint=f"this is a bug in explainer {EXTRACTOR_VERSION}: please report it "
                "with the article; meanwhile write the fact sheet by hand",
            )
        ) from error


def _draft(article: Article, nlp: Language, dropped: list[claims.Dropped] | None = None) -> Drafted:
    parsed = parse(nlp, article)
    cast = find_actors(parsed)
    unnamed: dict[str, Actor] = {}
    located = claims.find_claims(parsed, cast, unnamed, dropped)
    read = {c.claim.id: confidence.claim_signals(c, parsed, cast) for c in located}
    sides = {c.claim.id: c.sides_found for c in located}
    used = {a for c in located for a in c.claim.by}
    if unnamed.keys() & used:  # people quoted without a name ("officials said")
        extra = tuple(a for a in unnamed.values() if a.id in used)
        cast = replace(cast, actors=cast.actors + extra)
    found = disputes.link(located, parsed, cast)
    sections = analysis.find_analysis(parsed, cast)
    in_analysis = {pid for section in sections for pid in section.paragraphs}
    dated = background.find_background(parsed, cast)
    news = events.find_events(parsed, cast)
    actors, found, everything = prune(cast, found, dated + news, sections)
    dated = tuple(b for b in everything if not isinstance(b, ReportedEvent))
    news = tuple(b for b in everything if isinstance(b, ReportedEvent))
    sheet = FactSheet(
        slug=sheet_slug(article.file),
        article=meta(article),
        summary=summary(article, in_analysis),
        actors=actors,
        claims=found,
        background=dated,
        events=news,
        analysis=sections,
        paragraphs=tuple(
            SheetParagraph(p.id, p.text, p.kind, p.section) for p in article.paragraphs
        ),
        images=tuple(SheetImage(i.src, i.caption, i.credit) for i in article.images),
    )
    signals = confidence.signals_of(sheet, read, sides, cast)
    return Drafted(confidence.apply(sheet, signals), signals)


def prune(
    cast: Cast,
    found: tuple[Claim, ...],
    dated: tuple[Background, ...],
    sections: tuple[Analysis, ...],
) -> tuple[tuple[Actor, ...], tuple[Claim, ...], tuple[Background, ...]]:
    """Drop one-word organisations named once that no claim is by: mostly a tagger's
    reading of a product or a weapon ("MiG", "Oreshnik"), and out of every list."""
    counts = Counter(m.actor for m in cast.mentions)
    used = {a for c in found for a in (*c.by, c.via) if a}
    used |= {a.affiliation for a in cast.actors if a.affiliation}
    used |= {s.by for s in sections if s.by}
    gone = {
        a.id
        for a in cast.actors
        if a.kind == "organisation"
        and " " not in a.name
        and not a.aliases
        and counts[a.id] <= 1
        and a.id not in used
        and a.name not in lexicon.INTERNATIONAL_NAMES
    }
    if not gone:
        return cast.actors, found, dated
    actors = tuple(a for a in cast.actors if a.id not in gone)
    found = tuple(
        replace(
            c,
            about=tuple(a for a in c.about if a not in gone),
            figures=tuple(replace(f, side=None) if f.side in gone else f for f in c.figures),
        )
        for c in found
    )
    dated = tuple(replace(b, actors=tuple(a for a in b.actors if a not in gone)) for b in dated)
    return actors, found, dated


def _unread(article: Article) -> FactSheet:
    """A sheet with the article's text and no facts, for an editor to fill in."""
    return FactSheet(
        slug=sheet_slug(article.file),
        article=meta(article),
        summary=summary(article, set()),
        paragraphs=tuple(
            SheetParagraph(p.id, p.text, p.kind, p.section) for p in article.paragraphs
        ),
        images=tuple(SheetImage(i.src, i.caption, i.credit) for i in article.images),
    )


# The language model of a worker process (loaded once per process by the pool).
_WORKER_NLP: Language | None = None


def _init_worker() -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_language()


def _draft_in_worker(article: Article) -> FactSheet:
    return draft(article, _WORKER_NLP)


def draft_many(articles: Sequence[Article], processes: int = 1) -> Iterator[FactSheet]:
    """Draft every article, in input order; with ``processes`` > 1, in a process pool."""
    if processes <= 1 or len(articles) <= 1:
        nlp = load_language()
        for article in articles:
            yield draft(article, nlp)
        return
    from concurrent.futures import ProcessPoolExecutor

    workers = min(processes, len(articles))
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        yield from pool.map(_draft_in_worker, articles, chunksize=1)
