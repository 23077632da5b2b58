"""A story's summary: at most ``MOST`` sentences chosen from its straight news reports.

Extractive, in two steps (Radev et al.'s centroid method, then Carbonell and Goldstein's
maximal marginal relevance):

1. Every sentence of a news paragraph that can stand alone is a candidate: not a
   question or an exclamation, no "I", "we" or "you" outside quotation marks, not opening
   on a pronoun or a "But" that needs the sentence before, no web furniture.  Opinion
   and analysis never are (``genre.py``), nor captions, headings or embedded posts.
   Only the lead of each report (its first ``LEAD`` paragraphs) is read: news puts
   what matters first, and a story of hundreds of articles stays cheap.
2. Each candidate is a TF-IDF vector over the story's candidates; its score is its
   cosine with their centroid (what the story's reports keep saying), a little more
   for an article's first paragraphs.  Sentences are picked one by one by
   ``RELEVANCE * score - (1 - RELEVANCE) * (likeness to one already picked)``, so that
   a second report of the same fact loses to a new one, at most ``PER_ARTICLE`` from one
   article while others have candidates.  TF-IDF leaves out the words most candidates
   share (the story's own names), so two reports that restate the same background in
   other words can both look new to it: a candidate is left out altogether when
   ``COVERED`` of its content words (``wording.content_words``, less those of most
   candidates) are in the sentences already picked, even if the summary stays shorter.

The chosen sentences are shown in the order their articles were published, each with
its article and paragraph.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from generator.dates import day
from generator.factsheet.model import FactSheet
from generator.knowledge import vectors
from generator.knowledge.model import SummarySentence
from generator.knowledge.wording import content_words

MOST = 8  # sentences in a summary, at most
ONE_ARTICLE = 5  # ...and in the summary of a story of one article
LEAD = 8  # paragraphs read from each report
RELEVANCE = 0.7  # MMR's balance of relevance against novelty
SHARED = 0.5  # ...not counting the words of more than this share of candidates
COVERED = 0.4  # a candidate with this share of its words already picked adds too little
LEAD_BONUS = 0.25  # an article's first paragraphs score this much more (tapering)
MAX_TERMS = 3000  # columns of the sentence vectors
_WORDS = (8, 50)  # a candidate's length in words

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Lt|Col|Sgt|Capt|Maj|Rep|Sen|Gov|Rev|Jr|Sr|No|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|U\.S|U\.N|U\.K)"
    r"|\b[A-Z])\.$"
)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|‘[^’]*’(?!\w)")
_PERSONAL = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b", re.I)
_DEPENDENT = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|these|those|that|but|and|or|so|also|"
    r"however|still|yet|then|there|here|such)\b",
    re.I,
)
_FURNITURE = re.compile(
    r"https?://|www\.|@\w|pic\.twitter|\b(?:click|subscribe|sign up|newsletter|read more|"
    r"advertisement|cookies?|follow us)\b|^(?:image|photo|video|watch|listen)\s*:",
    re.I,
)
_TEXT_KINDS = ("body",)


@dataclass(frozen=True)
class Candidate:
    text: str
    article: str
    paragraph: str
    published: str | None
    place: tuple[int, int]  # (paragraph, sentence) in the article
    lead: float  # how near the article's start, 1 (first paragraph) to 0


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, by punctuation (abbreviations and initials kept)."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece:
            pieces.append(piece)
    return [p.strip() for p in pieces if p.strip()]


def stands_alone(sentence: str) -> bool:
    """A sentence a summary can quote on its own, as news."""
    words = len(sentence.split())
    if not _WORDS[0] <= words <= _WORDS[1] or not sentence[:1].isupper():
        return False
    if sentence.rstrip("\"'”’) ").endswith(("?", "!", ":")) or _FURNITURE.search(sentence):
        return False
    if sentence.count("“") != sentence.count("”") or sentence.count('"') % 2:
        return False
    outside = _QUOTED.sub(" ", sentence)
    return not ("?" in outside or _PERSONAL.search(outside) or _DEPENDENT.match(sentence))


def candidates(sheet: FactSheet, commentary: Mapping[str, str]) -> list[Candidate]:
    """The sentences of ``sheet`` a summary may use (``commentary``: paragraph id ->
    genre, for the paragraphs that are not news)."""
    found = []
    body = [p for p in sheet.paragraphs if p.kind in _TEXT_KINDS]
    for at, paragraph in enumerate(body[:LEAD]):
        if paragraph.id in commentary:
            continue
        for n, sentence in enumerate(split_sentences(paragraph.text)):
            if stands_alone(sentence):
                found.append(
                    Candidate(
                        sentence,
                        sheet.slug,
                        paragraph.id,
                        day(sheet.article.published),
                        (at, n),
                        max(0.0, 1 - at / 3),
                    )
                )
    return found


def choose(pool: Sequence[Candidate], most: int = MOST) -> tuple[SummarySentence, ...]:
    """Up to ``most`` sentences of ``pool`` (``ONE_ARTICLE`` from a single article):
    central, not redundant, in date order."""
    if not pool:
        return ()
    if len({c.article for c in pool}) == 1:
        most = min(most, ONE_ARTICLE)
    rows = vectors.tfidf(
        [vectors.terms(c.text) for c in pool],
        max_share=0.5 if len(pool) >= 20 else 1.0,
        max_terms=MAX_TERMS,
    )
    centroid = vectors.normalised(rows.mean(axis=0, keepdims=True))[0]
    lead = np.array([c.lead for c in pool])
    relevance = (rows @ centroid) * (1 + LEAD_BONUS * lead)
    articles = len({c.article for c in pool})
    per_article = max(2, math.ceil(most / articles))
    taken: Counter[str] = Counter()
    chosen: list[int] = []
    nearest = np.zeros(len(pool))
    texts: set[str] = set()
    words = [content_words(c.text) for c in pool]
    share: Counter[str] = Counter(w for found in words for w in found)
    everywhere = {w for w, n in share.items() if n > SHARED * len(pool)}
    words = [found - everywhere for found in words]
    said: set[str] = set()  # the words of the sentences picked
    while len(chosen) < most:
        score = RELEVANCE * relevance - (1 - RELEVANCE) * nearest
        open_ = np.array(
            [taken[c.article] < per_article and c.text not in texts for c in pool], dtype=bool
        )
        open_[chosen] = False
        open_ &= np.array([_new_enough(w, said) for w in words], dtype=bool)
        if not open_.any():
            break
        pick = int(np.argmax(np.where(open_, score, -np.inf)))
        chosen.append(pick)
        taken[pool[pick].article] += 1
        texts.add(pool[pick].text)
        nearest = np.maximum(nearest, rows @ rows[pick])
        said |= words[pick]
    picked = sorted(
        (pool[i] for i in chosen), key=lambda c: (c.published or "~", c.article, c.place)
    )
    return tuple(SummarySentence(c.text, c.article, c.paragraph, c.published) for c in picked)


def _new_enough(words: frozenset[str], said: set[str]) -> bool:
    """Whether less than ``COVERED`` of a candidate's words are said already."""
    return not words or len(words & said) < COVERED * len(words)
