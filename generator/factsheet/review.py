"""What an editor should check first: the unreviewed items of fact sheets, most doubtful
first, each as ``path:line: what to check``.

An item is listed when it is unreviewed (:meth:`FactSheet.reviewed`) and one of:

- the machine gave it less than :data:`LOW` confidence (an actor or a claim);
- a figure with a side (whose losses or assets these are is where machines go wrong);
- a dispute link (two claims shown as contradicting each other);
- an actor that appears in at most one claim (often a name that is not an actor);
- an actor that makes a reviewed claim (a reviewed-only build publishes the claim only
  once its source is reviewed too);

and every sheet still in draft is listed at the end, at its ``review:`` line.  With
``everything``, every unreviewed item is listed.  Items go lowest confidence first (an
item with none, written by hand, last), then by file and line.  Hidden claims are not
on the site and not listed.  ``explainer review`` prints the list; a benchmark
(``benchmarks/calibration.py``) measures how early it puts the machine's mistakes.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.factsheet.checking import find_sheets
from generator.factsheet.reading import Marks
from generator.factsheet.store import SheetStore

LOW = 0.8  # listed below this: more than one chance in five of being wrong
_SHOWN = 60  # characters of a claim's text shown in a line


@dataclass(frozen=True)
class Item:
    """One thing to check.  ``ref`` names it in its sheet: ("claim", id), ("actor", id),
    ("figure", claim id, position), ("dispute", claim id, other claim id), ("sheet",)."""

    path: str
    line: int
    what: str
    ref: tuple[str, ...] | tuple[str, str, int]
    confidence: float | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"

    @property
    def order(self) -> tuple[float, str, int]:
        first = self.confidence if self.confidence is not None else 1.0
        return (first, self.path, self.line)


@dataclass
class Listing:
    """The review list of some sheets, and what remains unreviewed in them."""

    items: list[Item] = field(default_factory=list)  # in the order to check them
    sheets: list[Item] = field(default_factory=list)  # sheets still in draft
    unreviewed: dict[str, int] = field(default_factory=dict)  # kind -> count
    problems: list[Problem] = field(default_factory=list)  # sheets that could not be read

    @property
    def remaining(self) -> int:
        return sum(self.unreviewed.values())

    def summary(self) -> str:
        if not self.remaining and not self.sheets:
            return "nothing left to review: every item is reviewed"
        kinds = ", ".join(
            f"{n} {noun if n == 1 else plural}"
            for key, noun, plural in _NOUNS
            if (n := self.unreviewed.get(key, 0))
        )
        drafts = len(self.sheets)
        return (
            f"{self.remaining} item(s) unreviewed ({kinds or 'none'}); "
            f"{drafts} sheet(s) still in draft; {len(self.items)} listed above"
        )


_NOUNS = (
    ("claim", "claim", "claims"),
    ("actor", "actor", "actors"),
    ("figure", "figure", "figures"),
    ("dispute", "dispute link", "dispute links"),
)


def review(
    paths: Sequence[Path],
    *,
    root: Path,
    everything: bool = False,
    store: SheetStore | None = None,
) -> Listing:
    """The review list of the sheets in ``paths`` (a folder stands for its sheets),
    read through ``store`` (a fresh one, naming sheets relative to ``root``, if none)."""
    store = store if store is not None else SheetStore(root)
    listing = Listing()
    expanded = [
        p for path in map(Path, paths) for p in (find_sheets(path) if path.is_dir() else [path])
    ]
    for path in expanded:
        try:
            checked = store.read(path)
        except FactSheetError as error:
            listing.problems.extend(error.problems)
            continue
        if checked.sheet is None or checked.errors:
            listing.problems.extend(checked.errors or checked.problems)
            continue
        _Sheet(checked.sheet, checked.marks, store.name_of(path), everything).list(listing)
    listing.items.sort(key=lambda item: item.order)
    return listing


class _Sheet:
    def __init__(self, sheet: model.FactSheet, marks: Marks, path: str, everything: bool) -> None:
        self.sheet, self.marks, self.path, self.everything = sheet, marks, path, everything
        self.names = {a.id: a.name for a in sheet.actors}
        self.claims = [c for c in sheet.claims if not c.hidden]

    def line(self, field_path: str) -> int:
        return self.marks.where(field_path)["line"] or 1

    def name(self, actor_id: str | None) -> str:
        return self.names.get(actor_id or "", actor_id or "nobody")

    def list(self, listing: Listing) -> None:
        before = len(listing.items)
        counts = listing.unreviewed
        for actor in self.sheet.actors:
            if not self.sheet.reviewed(actor):
                counts["actor"] = counts.get("actor", 0) + 1
                self.actor(actor, listing.items)
        links = self.links()
        for claim in self.claims:
            if not self.sheet.reviewed(claim):
                counts["claim"] = counts.get("claim", 0) + 1
                self.claim(claim, listing.items)
            for n, figure in enumerate(claim.figures):
                if figure.side and not self.sheet.reviewed(claim, figure):
                    counts["figure"] = counts.get("figure", 0) + 1
                    listing.items.append(self.figure(claim, n, figure))
            for n, link in enumerate(claim.disputes):
                if links.get(frozenset((claim.id, link.claim))) == (claim.id, n):
                    counts["dispute"] = counts.get("dispute", 0) + 1
                    listing.items.append(self.dispute(claim, n, link))
        if self.sheet.review != model.REVIEWED:
            left = len(listing.items) - before
            listing.sheets.append(
                Item(
                    self.path,
                    self.line("review") if "review" in self.marks.at else 1,
                    f"sheet still a draft ({left} item(s) listed here); write "
                    f"`review: {model.REVIEWED}` once all of it is checked",
                    ("sheet",),
                )
            )

    def links(self) -> dict[frozenset[str], tuple[str, int]]:
        """Each unreviewed dispute link once, as (claim id, position) of the entry that
        stands for it: the one with the machine's reason and confidence, if any.  A link
        is reviewed when any entry of it is (its own state, or its claim's)."""
        entries: dict[frozenset[str], list[tuple[model.Claim, int, model.DisputeLink]]] = {}
        for claim in self.claims:
            for n, link in enumerate(claim.disputes):
                entries.setdefault(frozenset((claim.id, link.claim)), []).append((claim, n, link))
        chosen = {}
        for pair, found in entries.items():
            if any(link.unlinked or self.sheet.reviewed(claim, link) for claim, _, link in found):
                continue
            claim, n, _ = max(found, key=lambda e: (e[2].confidence is not None, -e[1]))
            chosen[pair] = (claim.id, n)
        return chosen

    def actor(self, actor: model.Actor, items: builtins.list[Item]) -> None:
        claims = sum(1 for c in self.claims if _names(c, actor.id))
        lonely = claims <= 1
        low = _below(actor.confidence)
        # a reviewed claim by a draft actor is left out of reviewed-only builds
        waits = any(actor.id in c.by and self.sheet.reviewed(c) for c in self.claims)
        if not (lonely or low or waits or self.everything):
            return
        where = "in no claim" if claims == 0 else "in one claim only" if lonely else None
        needed = "a reviewed claim is by it" if waits else None
        said = ", ".join(x for x in (where, needed, _chance(actor.confidence)) if x)
        items.append(
            Item(
                self.path,
                self.line(self.marks.path_of(actor)),
                f"actor {actor.name} ({actor.kind}{', ' + said if said else ''}): check it is "
                "an actor of this story, and its name and kind",
                ("actor", actor.id),
                actor.confidence,
            )
        )

    def claim(self, claim: model.Claim, items: builtins.list[Item]) -> None:
        if not (_below(claim.confidence) or self.everything):
            return
        source = " and ".join(self.name(a) for a in claim.by)
        chance = _chance(claim.confidence)
        items.append(
            Item(
                self.path,
                self.line(self.marks.path_of(claim)),
                f'claim by {source}, "{_short(claim.text)}"{" (" + chance + ")" if chance else ""}'
                ": check it is a claim, and who makes it",
                ("claim", claim.id),
                claim.confidence,
            )
        )

    def figure(self, claim: model.Claim, n: int, figure: model.Figure) -> Item:
        at = f"{self.marks.path_of(claim)}.figures[{n}]"
        line = self.line(f"{at}.side" if f"{at}.side" in self.marks.at else at)
        words = figure.text or f"{figure.value:g} {figure.unit}"
        chance = _chance(figure.confidence)
        return Item(
            self.path,
            line,
            f'figure "{words}" counted as {_whose(self.name(figure.side))}'
            f"{' (' + chance + ')' if chance else ''}: check whose they are",
            ("figure", claim.id, n),
            figure.confidence,
        )

    def dispute(self, claim: model.Claim, n: int, link: model.DisputeLink) -> Item:
        other_id = link.claim
        other = next((c for c in self.sheet.claims if c.id == other_id), None)
        at = f"{self.marks.path_of(claim)}.disputes"
        line = self.line(f"{at}[{n}]" if f"{at}[{n}]" in self.marks.at else at)
        mine = f'{_whose(self.name(claim.by[0]))} "{_short(claim.text, 40)}"'
        theirs = (
            f'{_whose(self.name(other.by[0]))} "{_short(other.text, 40)}"'
            if other
            else f"'{other_id}'"
        )
        chance = _chance(link.confidence)
        return Item(
            self.path,
            line,
            f"dispute: {mine} against {theirs}{' (' + chance + ')' if chance else ''}: check "
            "they contradict each other",
            ("dispute", claim.id, other_id),
            link.confidence,
        )


def _names(claim: model.Claim, actor_id: str) -> bool:
    return (
        actor_id in claim.by
        or actor_id in claim.about
        or claim.via == actor_id
        or any(f.side == actor_id for f in claim.figures)
    )


def _whose(name: str) -> str:
    """ "Armenia's", "Officials'" """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _below(confidence: float | None) -> bool:
    return confidence is not None and confidence < LOW


def _chance(confidence: float | None) -> str:
    return f"confidence {confidence:.2f}" if confidence is not None else ""


def _short(text: str, limit: int = _SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def lines(listing: Listing) -> Iterable[str]:
    """The list as ``explainer review`` prints it: items, draft sheets, the count."""
    yield from map(str, listing.items)
    yield from map(str, listing.sheets)
    yield listing.summary()
