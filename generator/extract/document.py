"""One parsed document per article: the paragraphs run through spaCy, joined as one Doc.

Each paragraph is parsed on its own (so no sentence crosses a paragraph boundary) and
the parses are joined with :meth:`spacy.tokens.Doc.from_docs`.  Character offsets into
``doc.text`` map back to paragraph ids with :meth:`ParsedArticle.paragraph_at`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.ingest.model import Article, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Paragraph kinds whose text is parsed (captions are parsed too: they name actors,
# but claims are never drawn from them; see ``ParsedArticle.is_reporting``).
PARSED_KINDS = ("body", "quote", "list", "heading", "caption", "byline")


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    doc: Doc
    paragraphs: tuple[Paragraph, ...]  # the parsed paragraphs, in order
    starts: tuple[int, ...]  # char offset of each paragraph in doc.text
    text: str  # doc.text, computed once (spaCy joins it anew on every access)
    sentences: tuple[Span, ...] = ()  # every sentence, in order (computed once)
    sentence_starts: tuple[int, ...] = ()  # char offset of each sentence
    ents: tuple[Span, ...] = ()  # doc.ents (spaCy builds the spans anew on every access)
    # each token's ``lower_`` and ``tag_``, read once: a walk over ``doc`` makes a new
    # Token object per token, so rules that look for a word scan these lists instead
    lowers: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def paragraph_index(self, char: int) -> int:
        """The index in ``paragraphs`` of the paragraph holding offset ``char``."""
        return max(0, bisect_right(self.starts, char) - 1)

    def paragraph_at(self, char: int) -> Paragraph:
        """The paragraph holding character offset ``char`` of ``doc.text``."""
        return self.paragraphs[self.paragraph_index(char)]

    def paragraph_span(self, paragraph: Paragraph) -> Span:
        index = self.paragraphs.index(paragraph)
        start = self.starts[index]
        span = self.doc.char_span(start, start + len(paragraph.text), alignment_mode="expand")
        assert span is not None
        return span

    def sentence_at(self, char: int) -> Span:
        """The sentence holding character offset ``char``."""
        index = max(0, bisect_right(self.sentence_starts, char) - 1)
        return self.sentences[index]

    def sentences_in(self, paragraph: Paragraph) -> tuple[Span, ...]:
        span = self.paragraph_span(paragraph)
        lo = bisect_right(self.sentence_starts, span.start_char - 1)
        hi = bisect_right(self.sentence_starts, span.end_char - 1)
        return self.sentences[lo:hi]

    def token_at(self, char: int):  # -> Token
        doc = self.doc
        lo, hi = 0, len(doc) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if doc[mid].idx <= char:
                lo = mid
            else:
                hi = mid - 1
        return doc[lo]


def _texts(article: Article) -> tuple[Paragraph, ...]:
    return tuple(p for p in article.paragraphs if p.kind in PARSED_KINDS and p.text.strip())


def _join(nlp: Language, article: Article, parts: Sequence[Doc]) -> ParsedArticle:
    from spacy.tokens import Doc

    paragraphs = _texts(article)
    if not parts:
        return ParsedArticle(article, nlp.make_doc(""), (), (), "")
    doc = Doc.from_docs(list(parts), ensure_whitespace=True)
    starts, offset = [], 0
    for part in parts:
        text = part.text  # spaCy joins every token to get it: once per part
        starts.append(offset)
        offset += len(text)
        if text and not text[-1].isspace():
            offset += 1
    sentences = tuple(doc.sents)
    tokens = [(t.lower_, t.tag_) for t in doc]
    return ParsedArticle(
        article,
        doc,
        paragraphs,
        tuple(starts),
        doc.text,
        sentences,
        tuple(s.start_char for s in sentences),
        tuple(doc.ents),
        tuple(lower for lower, _ in tokens),
        tuple(tag for _, tag in tokens),
    )


def parse(nlp: Language, article: Article) -> ParsedArticle:
    paragraphs = _texts(article)
    # paragraphs end with a blank line, as in the article: rules that read "to the end of
    # the line" stop at the paragraph's end
    texts = [p.text + ("\n\n" if i < len(paragraphs) - 1 else "") for i, p in enumerate(paragraphs)]
    return _join(nlp, article, list(nlp.pipe(texts)))
