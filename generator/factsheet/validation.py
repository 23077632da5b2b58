"""The rules a decoded sheet must keep: valid ids, known references, parseable dates.

Every rule reports at the source position of the offending value, with a hint that
names the fix and, where there is a closed set, lists the valid options.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from generator.errors import Problem
from generator.factsheet import model
from generator.factsheet.reading import Marks
from generator.slugs import MAX_LENGTH, slugify

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DATE_FORMS = {
    "year": (re.compile(r"-?\d{1,4}"), "a year, e.g. 1991"),
    "month": (re.compile(r"\d{4}-\d{2}"), "a month, YYYY-MM, e.g. 2020-07"),
    "day": (re.compile(r"\d{4}-\d{2}-\d{2}"), "a day, YYYY-MM-DD, e.g. 2020-09-27"),
    "decade": (re.compile(r"\d{3}0s"), "a decade, e.g. 1990s"),
}


class _Rules:
    def __init__(self, sheet: model.FactSheet, marks: Marks, path: str) -> None:
        self.sheet, self.marks, self.path = sheet, marks, path
        self.problems: list[Problem] = []
        self.actor_ids = {a.id for a in sheet.actors} | marks.seen_ids.get("actors", set())
        self.claim_ids = {c.id for c in sheet.claims} | marks.seen_ids.get("claims", set())
        self.names = {  # slug of every name and alias -> actor id: `by: Kremlin` -> russia
            slugify(name): a.id for a in reversed(sheet.actors) for name in (a.name, *a.aliases)
        }
        self.paragraph_ids = {p.id for p in sheet.paragraphs} | marks.seen_ids.get(
            "paragraphs", set()
        )

    def add(self, field: str, message: str, hint: str | None = None, **extra: object) -> None:
        where = self.marks.where(field)
        self.problems.append(
            Problem(self.path, message, where["line"], where["column"], field, hint, **extra)  # type: ignore[arg-type]
        )

    def at(self, obj: object, name: str) -> str:
        prefix = self.marks.path_of(obj)
        return f"{prefix}.{name}" if prefix else name

    # -- rules ----------------------------------------------------------------------

    def ids(
        self, items: Iterable[model.Actor | model.Claim | model.SheetParagraph], noun: str
    ) -> None:
        seen: dict[str, str] = {}
        for item in items:
            field = self.at(item, "id")
            if not SLUG.fullmatch(item.id) or len(item.id) > MAX_LENGTH:
                self.add(
                    field,
                    f"'{item.id}' is not a valid {noun} id",
                    f"ids are slugs of a-z, 0-9 and '-' (at most {MAX_LENGTH} characters) so "
                    f"they can never escape a folder; try '{slugify(item.id)}'",
                )
            if item.id in seen:
                self.add(
                    field,
                    f"duplicate {noun} id '{item.id}'",
                    f"also used at line {self.marks.where(seen[item.id])['line']}; give each "
                    f"{noun} its own id, or merge the two",
                )
            else:
                seen[item.id] = field

    def choice(self, obj: object, name: str, value: str, options: tuple[str, ...]) -> None:
        if value not in options:
            close = difflib.get_close_matches(value, options, n=1)
            mean = f"did you mean '{close[0]}'? " if close else ""
            self.add(
                self.at(obj, name),
                f"unknown {name} '{value}'",
                f"{mean}use one of: {', '.join(options)}",
            )

    def ref(self, field: str, value: str, known: set[str], noun: str, where: str) -> None:
        if value in known:
            return
        valid = sorted(k for k in known if SLUG.fullmatch(k) or noun == "paragraph")
        named = self.names.get(slugify(value)) if noun == "actor" else None
        close = (
            [named] if named in valid else difflib.get_close_matches(value, valid, n=1, cutoff=0.6)
        )
        if not close:
            close = [k for k in valid if value in k.split("-")][:1]
        if close:
            hint = f"did you mean '{close[0]}'?"
        elif valid:
            shown = valid
            listed = ", ".join(shown[:8]) + (", ..." if len(shown) > 8 else "")
            hint = f"add it under {where}, or use one of: {listed}"
        else:
            hint = f"add it under {where}"
        self.add(field, f"unknown {noun} '{value}'", hint)

    def actor_refs(self, obj: object, name: str, values: Iterable[str] | str | None) -> None:
        if values is None:
            return
        many = not isinstance(values, str)
        for n, value in enumerate([values] if isinstance(values, str) else values):
            field = self.at(obj, name) + (f"[{n}]" if many else "")
            if field not in self.marks.at:
                field = self.at(obj, name)
            self.ref(field, value, self.actor_ids, "actor", "actors:")

    def evidence(self, obj: object, evidence: model.Evidence | None) -> None:
        if evidence is not None:
            self.paragraph(self.at(evidence, "paragraph"), evidence.paragraph)

    def paragraph(self, field: str, value: str) -> None:
        if value in self.paragraph_ids:
            return
        if not self.paragraph_ids:
            self.add(
                field,
                f"unknown paragraph '{value}'",
                "this sheet has no paragraphs: add them under paragraphs:",
            )
            return
        self.ref(field, value, self.paragraph_ids, "paragraph", "paragraphs:")

    def run(self) -> list[Problem]:
        sheet = self.sheet
        self.ids(sheet.actors, "actor")
        self.ids(sheet.claims, "claim")
        self.ids(sheet.paragraphs, "paragraph")
        self.published(sheet.article)
        self.review_state(sheet)
        for actor in sheet.actors:
            self.choice(actor, "kind", actor.kind, model.ACTOR_KINDS)
            self.review_state(actor)
            if actor.affiliation == actor.id:
                self.add(
                    self.at(actor, "affiliation"),
                    "an actor cannot be affiliated with itself",
                    "name the organisation or country it belongs to, or remove the line",
                )
            else:
                self.actor_refs(actor, "affiliation", actor.affiliation)
        for claim in sheet.claims:
            self.choice(claim, "kind", claim.kind, model.CLAIM_KINDS)
            self.review_state(claim)
            self.actor_refs(claim, "by", claim.by)
            if not claim.by:
                self.add(
                    self.at(claim, "by"),
                    "a claim needs a source",
                    "name the actor id(s) that make it",
                )
            self.actor_refs(claim, "about", claim.about)
            self.actor_refs(claim, "via", claim.via)
            for figure in claim.figures:
                self.actor_refs(figure, "side", figure.side)
                self.review_state(figure)
            self.disputes(claim)
            self.evidence(claim, claim.evidence)
        for item in (*sheet.background, *sheet.events):
            self.choice(item, "precision", item.precision, model.DATE_PRECISIONS)
            self.background_date(item)
            self.actor_refs(item, "actors", item.actors)
            self.evidence(item, item.evidence)
        for analysis in sheet.analysis:
            self.actor_refs(analysis, "by", analysis.by)
            for n, pid in enumerate(analysis.paragraphs):
                self.paragraph(self.at(analysis, "paragraphs") + f"[{n}]", pid)
        for paragraph in sheet.paragraphs:
            self.choice(paragraph, "kind", paragraph.kind, model.PARAGRAPH_KINDS)
        return self.problems

    def review_state(
        self,
        item: model.FactSheet | model.Actor | model.Claim | model.Figure | model.DisputeLink,
    ) -> None:
        """``review:`` is draft or reviewed; ``confidence:`` a chance, 0 to 1."""
        if item.review is not None and item.review not in model.REVIEW_STATES:
            self.add(
                self.at(item, "review"),
                f"unknown review state '{item.review}'",
                f"write `review: {model.REVIEWED}` once an editor has checked it, "
                f"`review: {model.DRAFT}` until then",
            )
        confidence = getattr(item, "confidence", None)
        if confidence is not None and not 0 <= confidence <= 1:
            self.add(
                self.at(item, "confidence"),
                f"confidence {confidence} is not between 0 and 1",
                "it is the extractor's; leave it as drafted, or delete the line",
            )

    def disputes(self, claim: model.Claim) -> None:
        """Each link names another claim of this sheet, or ``<sheet>/<claim id>`` of
        another sheet, once."""
        seen: dict[str, str] = {}
        for n, link in enumerate(claim.disputes):
            if self.marks.path_of(link):
                self.review_state(link)
            field = self.marks.path_of(link) or self.at(claim, "disputes") + f"[{n}]"
            if f"{field}.claim" in self.marks.at:
                field = f"{field}.claim"
            other = link.claim
            if other == claim.id:
                self.add(field, "a claim cannot dispute itself", "name the other claim's id")
            elif "/" in other:
                sheet, _, claim_id = other.partition("/")
                if not (SLUG.fullmatch(sheet) and SLUG.fullmatch(claim_id)):
                    self.add(
                        field,
                        f"'{other}' is not a claim of another sheet",
                        "write <sheet>/<claim id>, e.g. 2020-09-28-bbc/armenia-denies "
                        "(the sheet's file name without .yaml)",
                    )
            else:
                self.ref(field, other, self.claim_ids, "claim", "claims:")
            if other in seen:
                self.add(
                    field,
                    f"claim '{other}' is listed twice",
                    f"also at line {self.marks.where(seen[other])['line']}; keep one entry "
                    "(with unlinked: true if the two claims do not contradict each other)",
                )
            else:
                seen[other] = field

    def published(self, article: model.ArticleMeta) -> None:
        if article.published is None:
            return
        problem = published_problem(article.published)
        if problem:
            self.add(
                "article.published",
                problem,
                "write the publication date as YYYY-MM-DD, e.g. 2020-09-28, or null if unknown",
            )

    def background_date(self, item: model.Background) -> None:
        form = _DATE_FORMS.get(item.precision)
        if form is None:  # "unresolved", or an unknown precision reported above
            return
        pattern, wanted = form
        ok = bool(pattern.fullmatch(item.date))
        if ok and item.precision in ("month", "day"):
            ok = _calendar_ok(item.date)
        if not ok:
            self.add(
                self.at(item, "date"),
                f"date '{item.date}' does not parse as {wanted}",
                "write 1991, 2020-07 or 2020-09-27 with precision year, month or day; "
                "or set precision: unresolved to keep it as written",
            )


def _calendar_ok(text: str) -> bool:
    try:
        date.fromisoformat(text if text.count("-") == 2 else text + "-01")
    except ValueError:
        return False
    return True


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def published_problem(text: str) -> str | None:
    """What is wrong with a publication date, or None when it is a YYYY-MM-DD date.
    A timestamp is refused too: the timeline sorts dates as text, and
    '2020-09-28T10:19:25' would sort after '2020-09-28' and read as a different day."""
    if _ISO_DAY.fullmatch(text):
        try:
            date.fromisoformat(text)
        except ValueError:
            return f"date '{text}' is not a day of the calendar"
        return None
    try:
        day = datetime.fromisoformat(text).date()
    except ValueError:
        return f"date '{text}' does not parse"
    return f"date '{text}' has a time: the publication date is the day alone ({day})"


def validate(sheet: model.FactSheet, marks: Marks, path: str) -> list[Problem]:
    """Every rule violation in ``sheet`` (errors only; see :func:`advice` for warnings)."""
    return _Rules(sheet, marks, path).run()


def _warning(path: str, marks: Marks, field: str, message: str, hint: str) -> Problem:
    where = marks.where(field)
    return Problem(path, message, where["line"], where["column"], field, hint, severity="warning")


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def advice(sheet: model.FactSheet, marks: Marks, path: str) -> Iterator[Problem]:
    """Warnings that do not fail a check."""
    names: dict[str, str] = {}  # a name or alias -> the first actor id it names
    for actor in sheet.actors:
        for n, name in enumerate((actor.name, *actor.aliases)):
            other = names.setdefault(_words(name), actor.id)
            if other != actor.id:
                field = marks.path_of(actor) + (".name" if n == 0 else f".aliases[{n - 1}]")
                yield _warning(
                    path,
                    marks,
                    field,
                    f"'{name}' also names actor '{other}'",
                    "if they are one actor, merge them (see the editor's guide); "
                    "otherwise remove the name from one of them",
                )
    texts = {p.id: _words(p.text) for p in sheet.paragraphs}
    cited: tuple[model.Claim | model.Background, ...] = (
        *sheet.claims,
        *sheet.background,
        *sheet.events,
    )
    for item in cited:
        evidence = item.evidence
        if (
            evidence
            and evidence.paragraph in texts
            and _words(evidence.sentence) not in texts[evidence.paragraph]
        ):
            yield _warning(
                path,
                marks,
                marks.path_of(evidence) + ".sentence",
                f"the sentence is not in paragraph '{evidence.paragraph}'",
                "copy it verbatim from that paragraph, or fix evidence.paragraph",
            )
    if sheet.article.published is None:
        pending = sum(1 for b in (*sheet.background, *sheet.events) if b.precision == "unresolved")
        where = marks.where("article.published")
        if "article.published" not in marks.at:
            where = marks.where("article")
        yield Problem(
            path,
            f"not set, so {pending} relative date(s) stay unresolved"
            if pending
            else "not set, so relative dates cannot be resolved",
            where["line"],
            where["column"],
            "article.published",
            "set article.published: YYYY-MM-DD",
            severity="warning",
        )
