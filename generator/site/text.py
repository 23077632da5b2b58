"""Running text for the theme: actor names found and linked, evidence marked, Markdown.

Article text is untrusted.  :meth:`Linker.spans` cuts it into :class:`Span` pieces that
the theme escapes and renders (names as links, evidence sentences highlighted), so no
HTML is written here.  :func:`render_markdown` renders the one Markdown field, a sheet's
``summary``: HTML in it is escaped first (Python-Markdown passes raw HTML through),
links with a scheme other than http(s)/mailto lose their target, and actor names in its
text become links.
"""

from __future__ import annotations

import html
import itertools
import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from generator.site.parts import Span, Text

SAFE_SCHEMES = ("", "http", "https", "mailto")
_WORD = re.compile(r"\w+")
_SKIP_LINKING = {"a", "code", "pre"}


def relative(target: str, page_url: str) -> str:
    """``target`` (site-root-relative, maybe with ``#anchor``) as seen from ``page_url``."""
    path, hash_, fragment = target.partition("#")
    if not path and hash_:
        return hash_ + fragment
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    rel = posixpath.relpath("/" + path, "/" + base)
    if (not path or path.endswith("/")) and not rel.endswith("/"):
        rel += "/"
    if rel == "./" and hash_:
        rel = ""
    return rel + hash_ + fragment


Named = tuple[str, str, Sequence[str]]  # an actor's name, page and aliases


class Linker:
    """Finds actor names and aliases in text.

    ``names`` maps every name an actor goes by to the actor's page.  Matching is
    case-sensitive and on word boundaries, longest name first; a name two actors share
    is ambiguous and left unlinked, and aliases without a capital letter ("the
    ministry") are never linked.
    """

    def __init__(self, names: Mapping[str, str], actors: tuple[Named, ...] = ()) -> None:
        self.names = dict(names)
        self.actors = actors  # what it was made of (see ``of``)
        # The same text is linked on several pages (a paragraph on its article's page
        # and in every actor page's mentions; a claim on each page that lists it), and
        # ``mkdocs serve`` keeps an unchanged linker across rebuilds: match each once.
        self._found: dict[str, tuple[tuple[int, int, str], ...]] = {}
        self._spans: dict[tuple[str, tuple[str, ...], str | None], Text] = {}
        # Names by their first word, longest first: one dictionary look-up per word of
        # text, so linking stays fast with thousands of actors (a regex alternation of
        # every name would try each name at each position).
        self._by_first: dict[str, list[str]] = {}
        for name in sorted(self.names, key=lambda n: (-len(n), n)):
            first = _WORD.match(name)
            if first is not None:
                self._by_first.setdefault(first.group(0), []).append(name)

    @classmethod
    def of(cls, actors: Iterable[Named]) -> Linker:
        """From ``(name, href, aliases)`` triples (kept as ``actors``: a linker made of
        the same triples links the same names)."""
        actors = tuple(actors)
        owners: dict[str, set[str]] = {}
        for name, href, aliases in actors:
            for text in (name, *aliases):
                text = text.strip()
                if len(text) >= 2 and any(ch.isupper() for ch in text):
                    owners.setdefault(text, set()).add(href)
        names = {text: next(iter(hrefs)) for text, hrefs in owners.items() if len(hrefs) == 1}
        return cls(names, actors)

    def matches(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """``(start, end, href)`` of every name in ``text``, longest first, no overlaps."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self._match(text)
        return found

    def _match(self, text: str) -> tuple[tuple[int, int, str], ...]:
        # Only the words some name starts with are looked at: found by set operations
        # and str.find, so a paragraph without names costs no loop over its words.
        firsts = self._by_first.keys() & set(_WORD.findall(text))
        if not firsts:
            return ()
        found: list[tuple[int, int, str]] = []
        taken = 0
        for start, word in sorted(at for first in firsts for at in _whole_words(text, first)):
            if start < taken:
                continue
            for name in self._by_first[word]:
                end = start + len(name)
                if text.startswith(name, start) and not _is_word_char(text, end):
                    found.append((start, end, self.names[name]))
                    taken = end
                    break
        return tuple(found)

    def spans(self, text: str, *, marks: Iterable[str] = (), skip: str | None = None) -> Text:
        """``text`` cut into spans: names linked (except to ``skip``), ``marks`` marked."""
        key = (text, tuple(marks), skip)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = self._cut(text, key[1], skip)
        return found

    def _cut(self, text: str, marks: tuple[str, ...], skip: str | None) -> Text:
        marked = _mark_ranges(text, marks)
        links = {s: (e, href) for s, e, href in self.matches(text) if href != skip}
        cuts = sorted(
            {0, len(text)}
            | {i for s, e in marked for i in (s, e)}
            | {i for s, (e, _) in links.items() for i in (s, e)}
        )
        spans: list[Span] = []
        link_end, href = 0, None  # the link the cut is in (links never overlap)
        for start, end in itertools.pairwise(cuts):
            if start == end:
                continue
            if start in links:
                link_end, href = links[start]
            actor = href if end <= link_end else None
            mark = any(s <= start and end <= e for s, e in marked)
            spans.append(Span(text[start:end], actor, mark))
        return tuple(spans)


def _is_word_char(text: str, at: int) -> bool:
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


def _whole_words(text: str, word: str) -> list[tuple[int, str]]:
    """``(start, word)`` wherever ``word`` is a whole ``\\w+`` run of ``text``."""
    found = []
    at = text.find(word)
    while at >= 0:
        if not (at and _is_word_char(text, at - 1)) and not _is_word_char(text, at + len(word)):
            found.append((at, word))
        at = text.find(word, at + 1)
    return found


def _mark_ranges(text: str, marks: Iterable[str]) -> list[tuple[int, int]]:
    ranges = []
    for sentence in marks:
        sentence = sentence.strip()
        if sentence and (at := text.find(sentence)) >= 0:
            ranges.append((at, at + len(sentence)))
    return ranges


def plain(spans: Text) -> str:
    return "".join(span.text for span in spans)


# -- Markdown -------------------------------------------------------------------------


class _Safety(Treeprocessor):
    """Drops unsafe link targets and links actor names, after inline parsing."""

    def __init__(self, md: markdown.Markdown, linker: Linker, page_url: str) -> None:
        super().__init__(md)
        self.linker = linker
        self.page_url = page_url

    def run(self, root: etree.Element) -> None:
        for element in list(root.iter()):
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not _safe_url(value):
                    del element.attrib[attribute]
        self._link(root)

    def _link(self, element: etree.Element) -> None:
        if element.tag in _SKIP_LINKING:
            return
        for child in list(element):
            self._link(child)
        if element.text:
            new = self._split(element.text)
            if new is not None:
                element.text = new[0]
                for offset, node in enumerate(new[1]):
                    element.insert(offset, node)
        for index, child in reversed(list(enumerate(element))):
            if child.tail:
                new = self._split(child.tail)
                if new is not None:
                    child.tail = new[0]
                    for offset, node in enumerate(new[1], start=1):
                        element.insert(index + offset, node)

    def _split(self, text: str) -> tuple[str, list[etree.Element]] | None:
        found = self.linker.matches(text)
        if not found:
            return None
        head = text[: found[0][0]]
        nodes = []
        for n, (start, end, href) in enumerate(found):
            node = etree.Element("a", {"href": relative(href, self.page_url), "class": "actor"})
            node.text = text[start:end]
            node.tail = text[end : found[n + 1][0]] if n + 1 < len(found) else text[end:]
            nodes.append(node)
        return head, nodes


class _SafetyExtension(Extension):
    def __init__(self, linker: Linker, page_url: str) -> None:
        super().__init__()
        self.linker = linker
        self.page_url = page_url

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_Safety(md, self.linker, self.page_url), "explainer", 5)


def _safe_url(value: str) -> bool:
    cleaned = "".join(ch for ch in value if ch.isprintable() and not ch.isspace())
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    return scheme in SAFE_SCHEMES


def is_web_url(value: str | None) -> bool:
    """True for an ``http(s)://`` address (what a sheet's ``article.url`` may link to)."""
    if not value:
        return False
    return _safe_url(value) and urlsplit(value.strip()).scheme in ("http", "https")


class MarkdownRenderer:
    """Renders untrusted Markdown: raw HTML escaped, unsafe URLs dropped, names linked.

    One Python-Markdown instance is kept and reset between texts (building one costs
    more than converting a summary).  What it rendered is remembered by text and page
    URL, all it depends on besides the linker it was made with: ``mkdocs serve`` keeps
    one renderer while the linker stays the same, and the pages listing hundreds of
    summaries are redrawn after an edit without converting them again.
    """

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self._extension = _SafetyExtension(linker, "")
        self._md = markdown.Markdown(extensions=[self._extension])
        self._rendered: dict[tuple[str, str], str] = {}

    def render(self, text: str, page_url: str) -> str:
        key = (text, page_url)
        found = self._rendered.get(key)
        if found is None:
            found = self._rendered[key] = self._convert(text, page_url)
        return found

    def _convert(self, text: str, page_url: str) -> str:
        self._md.reset()
        safety = self._md.treeprocessors["explainer"]
        safety.page_url = page_url
        return self._md.convert(html.escape(text, quote=False))


def render_markdown(text: str, linker: Linker, page_url: str) -> str:
    """HTML of untrusted Markdown ``text`` (see :class:`MarkdownRenderer`)."""
    return MarkdownRenderer(linker).render(text, page_url)
