"""The fact sheet: the schema of ``content/facts/<slug>.yaml`` as dataclasses.

A YAML key, its dataclass field and its template variable share one name.  Order of
fields here is the order of keys in a written sheet.  Every list is a tuple so a
sheet is immutable once loaded; ``factsheet.load`` builds these, ``factsheet.dump``
writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from generator.vocabulary import DATE_PRECISIONS as DATE_PRECISIONS
from generator.vocabulary import PARAGRAPH_KINDS as PARAGRAPH_KINDS
from generator.vocabulary import DatePrecision, ParagraphKind

ACTOR_KINDS = ("person", "country", "region", "organisation", "group", "place")
# The role of people quoted without a name ("officials said"): a group of its article.
# One named only by an office ends the office with it: "spokesperson, unnamed source".
UNNAMED_SOURCE = "unnamed source"


def is_unnamed(role: str | None) -> bool:
    """Whether ``role`` marks a source the article does not name."""
    return role is not None and (role == UNNAMED_SOURCE or role.endswith(f", {UNNAMED_SOURCE}"))


CLAIM_KINDS = ("statement", "accusation", "denial", "admission", "demand", "assessment")
# A machine's draft until an editor says otherwise.  A sheet is one or the other; its
# actors, claims and figures may say so themselves (they inherit it when they do not:
# a figure from its claim, a claim or an actor from the sheet).
DRAFT, REVIEWED = "draft", "reviewed"
REVIEW_STATES = (DRAFT, REVIEWED)


@dataclass(frozen=True)
class ArticleMeta:
    title: str
    file: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, or null when unknown
    byline: str | None = None
    language: str | None = None
    sha256: str | None = None  # of the article file's bytes when extracted
    extractor: str | None = None  # extractor version that drafted this sheet


@dataclass(frozen=True)
class Actor:
    id: str  # readable slug: "vladimir-putin"
    name: str
    kind: str  # one of ACTOR_KINDS
    role: str | None = None  # "President of Russia"
    affiliation: str | None = None  # actor id
    aliases: tuple[str, ...] = ()  # every other name it goes by in the text
    review: str | None = None  # one of REVIEW_STATES; None: the sheet's
    confidence: float | None = None  # the extractor's, calibrated: chance it is right


@dataclass(frozen=True)
class Figure:
    """A number a claim states: ``value`` ``unit`` (``helicopters``), whose (``side``)."""

    value: float | int
    unit: str
    side: str | None = None  # actor id whose losses/assets these are
    text: str | None = None  # the words as written ("four Azeri helicopters")
    review: str | None = None  # one of REVIEW_STATES; None: its claim's
    confidence: float | None = None  # the extractor's, that the side is right


@dataclass(frozen=True)
class Evidence:
    paragraph: str  # paragraph id, e.g. "p12"
    sentence: str  # the sentence, verbatim


@dataclass(frozen=True)
class DisputeLink:
    """A claim this one contradicts, and why.  Written as the plain id (the editor's
    shorthand) or as a mapping: ``{claim: <id>, reason: "denies: …"}``; an editor's
    ``unlinked: true`` keeps the two claims apart whatever the machine finds."""

    SHORTHAND: ClassVar[str] = "claim"  # the field a plain scalar stands for

    claim: str  # id of the other claim in this sheet, or "<sheet slug>/<claim id>"
    reason: str | None = None  # why they contradict: the answering verb, the figures...
    unlinked: bool = False  # true: these two claims do not contradict each other
    review: str | None = None  # one of REVIEW_STATES; None: its claim's
    confidence: float | None = None  # the extractor's, that the two contradict


@dataclass(frozen=True)
class Claim:
    id: str  # readable slug, stable across re-extraction
    by: tuple[str, ...]  # actor ids; a single id is written as a plain string
    verb: str  # the cue lemma as used: says, claims, accuses, denies, urges...
    text: str  # what is claimed (the content span)
    kind: str = "statement"  # one of CLAIM_KINDS
    quote: str | None = None  # verbatim words where quoted
    about: tuple[str, ...] = ()  # actor ids
    figures: tuple[Figure, ...] = ()
    disputes: tuple[DisputeLink, ...] = ()  # claims this one contradicts, and why
    via: str | None = None  # actor id that relays it ("A, quoted by B")
    evidence: Evidence | None = None
    hidden: bool = False  # an editor hides a wrong machine claim with `hidden: true`
    review: str | None = None  # one of REVIEW_STATES; None: the sheet's
    confidence: float | None = None  # the extractor's, calibrated: chance it is right

    def __post_init__(self) -> None:
        if any(isinstance(d, str) for d in self.disputes):  # the id alone stands for a link
            links = tuple(DisputeLink(d) if isinstance(d, str) else d for d in self.disputes)
            object.__setattr__(self, "disputes", links)

    def linked(self) -> tuple[DisputeLink, ...]:
        """The claims this one contradicts (without the ones an editor unlinked)."""
        return tuple(d for d in self.disputes if not d.unlinked)


@dataclass(frozen=True)
class Background:
    date: str  # "1991", "2020-07", "2020-09-27", or as written when unresolved
    text: str
    precision: DatePrecision = "year"
    as_written: str | None = None  # "in July", "two years ago"
    actors: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class ReportedEvent(Background):
    """An event the article reports as its news ("on Sunday Azerbaijan launched an
    offensive"), dated from the article's publication."""


@dataclass(frozen=True)
class Analysis:
    title: str
    points: tuple[str, ...]
    by: str | None = None  # author actor id
    paragraphs: tuple[str, ...] = ()  # paragraph ids the analysis spans


@dataclass(frozen=True)
class SheetParagraph:
    """The article text as the site shows it, so rendering reads only YAML."""

    id: str
    text: str
    kind: ParagraphKind = "body"
    section: str | None = None


@dataclass(frozen=True)
class SheetImage:
    src: str
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class FactSheet:
    """One article's facts.  ``slug`` is the sheet's file stem; ``path`` where it lives."""

    slug: str
    # written first, so that an editor sees it and marks the sheet with a one-line edit
    review: str = field(default=DRAFT, kw_only=True)  # one of REVIEW_STATES
    article: ArticleMeta
    summary: str = ""
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    background: tuple[Background, ...] = ()
    events: tuple[ReportedEvent, ...] = ()
    analysis: tuple[Analysis, ...] = ()
    paragraphs: tuple[SheetParagraph, ...] = ()
    images: tuple[SheetImage, ...] = ()
    path: str | None = None

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def state(self, item: Actor | Claim, part: Figure | DisputeLink | None = None) -> str:
        """The review state of an actor or a claim, or of one of the claim's figures or
        dispute links: its own if it says, else what it belongs to says."""
        if part is not None and part.review:
            return part.review
        return item.review or self.review

    def reviewed(self, item: Actor | Claim, part: Figure | DisputeLink | None = None) -> bool:
        return self.state(item, part) == REVIEWED
