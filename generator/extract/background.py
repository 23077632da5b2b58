"""Dated context: the past the article gives to explain the news.

A sentence is background when it names a time before the news itself: a year ("in
1991"), a decade ("the 1990s"), a month ("in July"), or a span back from now ("two
years ago", "last month").  Days of the week and "this weekend" are the news, not its
background.  Explainer boxes (a section under a question heading such as "How did the
conflict start?" or "WHAT AND WHERE IS ...?") are background throughout: each of their
dated sentences is kept.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator import dates
from generator.extract.cast import Cast
from generator.extract.document import ParsedArticle
from generator.factsheet.model import Background, Evidence
from generator.vocabulary import MONTH_NAMES

_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
_PAST = re.compile(
    r"^(?:(?:in|since|by|during|until|from|early|late|mid|the|of)\s+|(?:early|mid|late)-)*"
    rf"(?:\d{{4}}|\d{{3}}0'?s|{_MONTH}(?:\s+\d{{4}})?|(?:\d{{1,2}}\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\w+(?:\s+few)?\s+(?:years?|months?|decades?|century|centuries)\s+ago|"
    r"last\s+(?:year|month))$",
    re.I,
)
_READING = ("body", "quote", "list")
# "1992 - 1994", "from 1992 to 1994", "1992-94": a span of years, dated by its first
_RANGE = re.compile(
    r"^(?:from\s+|between\s+)?((?:1[89]|20)\d{2})\s*(?:-|–|—|to|and)\s*\d{2,4}$", re.I
)
_YEAR_WORD = re.compile(r"^(?:1[89]|20)\d{2}$")
# "the 2018 flu season", "during the 2016 election campaign": a year naming a period
# (the tagger's date often leaves "the" out: "2018 flu season")
_YEAR_NAMED = re.compile(
    r"^(?:(?:in|during|since|by|of|after|before)\s+)*(?:the\s+)?"
    r"((?:1[89]|20)\d{2})\s+[a-z][a-z -]*$",
    re.I,
)
# "the summer of 2004": a season dates its sentence to the year
_SEASON = re.compile(
    r"^(?:(?:in|during|by|since|the|early|late)\s+)*(?:spring|summer|autumn|fall|winter)\s+"
    r"(?:of\s+)?((?:1[89]|20)\d{2})$",
    re.I,
)


def is_explainer_heading(text: str) -> bool:
    """A question heading, or a heading in capitals that asks one ("WHAT AND WHERE IS")."""
    words = text.strip()
    if not words:
        return False
    first = words.split()[0].lower().strip("‘'\"")
    return words.endswith("?") or (
        first in ("what", "how", "why", "who", "where", "when") and len(words.split()) <= 12
    )


def _clean(date_text: str) -> str:
    return date_text.strip().strip(",.;")


def _is_background(ent: Span, explainer: bool) -> bool:
    text = _clean(ent.text)
    if ent.label_ == "EVENT":  # "the 1967 Six-Day War"
        return _event_year(ent) is not None
    return (
        bool(_PAST.match(text))
        or bool(_RANGE.match(text))
        or bool(_SEASON.match(text))
        or (explainer and dates.resolve(text, None).resolved)
    )


def _event_year(ent: Span) -> str | None:
    return next((t.text for t in ent if _YEAR_WORD.match(t.text)), None)


def _resolve(ent: Span, written: str, published: str | None, parsed: ParsedArticle):
    """The date the words name.  A year span is dated by its first year, an event by the
    year in its name; a month or day without a year takes the year its sentence or, failing
    that, its paragraph gave before it ("mid-August" after "the summer of 2004")."""
    if ent.label_ == "EVENT":
        return dates.ResolvedDate(_event_year(ent) or written, "year")
    if m := _RANGE.match(written) or _SEASON.match(written) or _YEAR_NAMED.match(written):
        return dates.ResolvedDate(m.group(1), "year")
    resolved = dates.resolve(written, published)
    month = _month_of(written)
    if month is None or resolved.precision not in ("month", "day", "unresolved"):
        return resolved
    year = _year_before(ent, parsed)
    if year is None or (resolved.resolved and resolved.date[:4] == year):
        return resolved
    shown = written.strip()
    if resolved.precision == "day" and resolved.resolved:
        return dates.ResolvedDate(f"{year}{resolved.date[4:]}", "day", shown)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", written)
    if day is not None:
        candidate = dates.resolve(f"{day.group(1)} {month} {year}", None)
        if candidate.resolved:
            return dates.ResolvedDate(candidate.date, "day", shown)
    return dates.ResolvedDate(f"{year}-{dates.MONTHS[month]:02d}", "month", shown)


def _month_of(written: str) -> str | None:
    """The month a date names without a year ("mid-August", "on August 15"), or None."""
    words = re.findall(r"[a-z]+", written.lower())
    if re.search(r"\b\d{4}\b", written):
        return None
    return next((w for w in words if w in dates.MONTHS and len(w) > 3), None)


def _named_past_year(ent: Span, published: str | None) -> bool:
    """ "the 2018 flu season": a period named by a year before the article's."""
    m = _YEAR_NAMED.match(_clean(ent.text))
    return m is not None and published is not None and m.group(1) < published[:4]


def _in_a_past_year(ent: Span, parsed: ParsedArticle, published: str | None) -> bool:
    """A day or month without a year ("on September 3") in a paragraph about an earlier
    year: background, not the news."""
    year = _year_before(ent, parsed) if _month_of(ent.text) else None
    return year is not None and (published is None or year < published[:4])


def _year_before(ent: Span, parsed: ParsedArticle) -> str | None:
    """The last year written before the date in its paragraph ("the summer of 2004")."""
    paragraph = parsed.paragraph_at(ent.start_char)
    span = parsed.paragraph_span(paragraph)
    for token in reversed(parsed.doc[span.start : ent.start]):
        if _YEAR_WORD.match(token.text) and token.ent_type_ in ("DATE", "EVENT", ""):
            return token.text
    return None


_MARKERS = {"though", "although", "since", "because", "when", "after", "while", "as", "but",
            "and", "that", "so", "until", "before", "if", "once"}  # fmt: skip
_RELATIVES = {"which", "that", "who", "whom"}


def _clause(ent: Span, sentence: Span) -> Span:
    """The clause the date belongs to: "a ceasefire was agreed in 1994" out of "Though a
    ceasefire was agreed in 1994, Azerbaijan and Armenia frequently accuse each other..."."""
    token = ent.root
    while token.head.i != token.i and not (
        token.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        token = token.head
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    top = token
    if subject is not None and subject.lower_ in _RELATIVES and token.dep_ == "relcl":
        top = token.head  # "renewed hostilities, which flared up in July"
    words = [t for t in top.subtree if sentence.start <= t.i < sentence.end]
    while words and (words[0].lower_ in _MARKERS or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 5 or len(words) >= len(sentence) - 1:
        return sentence
    return sentence.doc[words[0].i : words[-1].i + 1]


_RANGE_WORDS = {"to", "until", "through", "-", "–", "—"}


def _range_end(ent: Span, before: Span) -> bool:
    """``ent`` ends the span of years ``before`` starts: "from 2002 to 2005", "between
    2002 and 2005" (but not "in 1991, and in 1994")."""
    if ent.start != before.end + 1:
        return False
    word, lead = ent.doc[before.end].lower_, ent.doc[max(before.start - 1, 0)].lower_
    return word in _RANGE_WORDS or (word == "and" and lead == "between")


def find_background(parsed: ParsedArticle, cast: Cast) -> tuple[Background, ...]:
    published = parsed.article.published
    explainer_sections = {
        p.text for p in parsed.paragraphs if p.kind == "heading" and is_explainer_heading(p.text)
    }
    found: list[Background] = []
    seen: set[tuple[str, str]] = set()
    date_ents = [e for e in parsed.ents if e.label_ in ("DATE", "EVENT")]
    for ent, before in zip(date_ents, [None, *date_ents], strict=False):
        if before is not None and _range_end(ent, before):
            continue  # "from 2002 to 2005": one period, dated by its first year
        paragraph = parsed.paragraph_at(ent.start_char)
        if paragraph.kind not in _READING:
            continue
        explainer = paragraph.section in explainer_sections
        if not (
            _is_background(ent, explainer)
            or _in_a_past_year(ent, parsed, published)
            or _named_past_year(ent, published)
        ):
            continue
        sentence = parsed.sentence_at(ent.start_char)
        written = _clean(ent.text)
        lead = parsed.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        as_written = f"{lead} {written}" if lead in ("in", "on", "since") else written
        resolved = _resolve(ent, written, published, parsed)
        if resolved.resolved and published and resolved.date[:4] > published[:4]:
            continue  # "the 2030 target": a plan, not the past
        clause = _clause(ent, sentence)
        text = sentence.text.strip()  # a timeline entry is the whole sentence
        text = text[:1].upper() + text[1:]
        actors = cast.within(clause.start_char, clause.end_char) or cast.within(
            sentence.start_char, sentence.end_char
        )
        if (resolved.date, text) in seen:
            continue
        seen.add((resolved.date, text))
        found.append(
            Background(
                date=resolved.date if resolved.resolved else as_written,
                text=text,
                precision=resolved.precision,
                as_written=as_written if resolved.as_written else None,
                actors=actors,
                evidence=Evidence(paragraph.id, sentence.text.strip()),
            )
        )
    return tuple(found)
