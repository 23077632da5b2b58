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
from generator.extract.actors import Cast
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
    return bool(_PAST.match(text)) or (explainer and dates.resolve(text, None).resolved)


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


def find_background(parsed: ParsedArticle, cast: Cast) -> tuple[Background, ...]:
    published = parsed.article.published
    explainer_sections = {
        p.text for p in parsed.paragraphs if p.kind == "heading" and is_explainer_heading(p.text)
    }
    found: list[Background] = []
    seen: set[tuple[str, str]] = set()
    date_ents = [e for e in parsed.doc.ents if e.label_ == "DATE"]  # doc.ents is costly
    for ent in date_ents:
        paragraph = parsed.paragraph_at(ent.start_char)
        if paragraph.kind not in _READING:
            continue
        explainer = paragraph.section in explainer_sections
        if not _is_background(ent, explainer):
            continue
        sentence = parsed.sentence_at(ent.start_char)
        written = _clean(ent.text)
        lead = parsed.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        as_written = f"{lead} {written}" if lead in ("in", "on", "since") else written
        resolved = dates.resolve(written, published)
        clause = _clause(ent, sentence)
        text = clause.text.strip()
        text = text[:1].upper() + text[1:]  # a timeline entry reads as a sentence
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
