"""Blocks of text before they become paragraphs, and the line rules that clean them.

Both readers (plain text and HTML) produce :class:`Block` lists; :func:`clean` applies
the same rules from :mod:`generator.ingest.rules` to each, so a widget line is dropped
whether it came from copied text or from a ``<p>``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html import unescape

from generator.ingest import rules
from generator.ingest.model import Image


@dataclass
class Block:
    kind: str  # body heading quote list caption byline image
    text: str
    marked: bool = False  # kind given by markup (``#``, ``<h2>``), not guessed
    src: str = ""  # for images
    group: int = 0  # copied text: lines between the same two blank lines share a group


@dataclass
class Cleaned:
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    byline: str | None = None


SPACES = re.compile(r"\s+")
WORDS = re.compile(r"\w+")

# Characters a page carries that are not text: soft hyphens and invisible joiners (they
# split "US \u00adforces" into odd words), and C1 controls, which are Windows-1252
# punctuation decoded as Latin-1 ("\x97" is an em dash).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_C1 = re.compile("[\x80-\x9f]")
# An entity left as text, by a page that escaped it twice or by copied text ("&#151;").
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# A title glued to the word before it where two lines met: "Rick ScottSen. Ana Ruiz".
_GLUED_TITLE = re.compile(
    r"(?<=[a-z])(?=(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev)\.\s+[A-Z])"
)


def _c1(match: re.Match[str]) -> str:
    try:
        return match.group(0).encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:
        return ""


def _entity(match: re.Match[str]) -> str:
    text = unescape(match.group(0))
    return _C1.sub(_c1, text) if text != match.group(0) else text


def tidy(text: str) -> str:
    """Text as a reader sees it: entities decoded, invisible characters dropped, a title
    glued across a line break set apart, spacing squashed."""
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    text = _C1.sub(_c1, text.translate(_INVISIBLE))
    return squash(_GLUED_TITLE.sub(" ", text))


def squash(text: str) -> str:
    return SPACES.sub(" ", text).strip()


class _Combining(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks (accents after NFKD),
    filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_COMBINING = _Combining()


def key(text: str) -> str:
    """Comparison form: case, accents, punctuation and spacing ignored."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_NO_COMBINING)
    return " ".join(WORDS.findall(text.casefold()))


def word_count(text: str) -> int:
    return len(WORDS.findall(text))


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: a full stop, possibly inside closing quotes or brackets."""
    return text.rstrip().rstrip(rules.CLOSERS).endswith(rules.TERMINAL)


def is_widget(text: str) -> bool:
    return bool(rules.WIDGET_LINES.match(text.strip()))


def is_promotion(text: str) -> bool:
    """Self-promotion: a call to action, with a link or in a short line."""
    urls = rules.URL.findall(text)
    promo = bool(rules.PROMOTION.search(text))
    if urls and promo:
        return True
    if urls and "!" in text and word_count(text) <= 30:
        return True
    return promo and word_count(text) <= 40


def byline_of(text: str) -> str | None:
    """The byline a line states ("by Jane Doe, editor"), or ``None``."""
    text = squash(text)
    if len(text) > 120:
        return None
    match = rules.BYLINE.match(text)
    return text if match else None


def authors_of(byline: str) -> list[str]:
    match = rules.BYLINE.match(byline)
    names = match["names"] if match else byline
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", names)
    return [p.strip() for p in parts if p.strip() and p.strip()[0].isupper()]


def is_credits(text: str) -> bool:
    return bool(rules.CREDITS.match(text.strip())) and word_count(text) <= 60


def split_credit(caption: str) -> tuple[str, str | None]:
    match = rules.CREDIT.search(caption)
    if not match:
        return caption, None
    credit = (match.group(1) or match.group(2) or "").strip(" .()")
    text = caption[: match.start()].rstrip(" .|-–—(") or caption
    return (text if text != caption else caption), (credit or None)


def is_shouted_heading(text: str) -> bool:
    """A short line in capitals ("WHAT HAPPENS NEXT?"): a section heading."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= word_count(text) <= 12 and len(letters) >= 6 and all(c.isupper() for c in letters)


def is_credited_caption(text: str) -> bool:
    """A photo caption left in the text: it ends with its credit ("(Photo: AP)")."""
    return word_count(text) <= 45 and rules.CREDIT.search(text) is not None


def _same(a: str, b: str) -> bool:
    """``a`` repeats ``b`` (equal, or a prefix of it of some length)."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    return ka == kb or (len(ka) >= 20 and (kb.startswith(ka) or ka.startswith(kb)))


def clean(blocks: list[Block], *, title: str = "", guess: bool = True) -> Cleaned:
    """Apply the line rules and infer headings from unmarked text.

    ``guess`` also infers captions (long lines with no full stop): right for copied
    text, where captions lose their markup, wrong for HTML, where they keep it.
    """
    out = Cleaned()
    title_key = key(title)
    seen_captions: set[str] = set()
    seen_text: set[str] = set()
    credits_at: int | None = None
    for index, block in enumerate(blocks):
        text = squash(rules.INLINE_CHROME.sub("", block.text))
        if block.kind == "image":
            out.images.append(Image(src=block.src, caption=text or None))
            continue
        if not WORDS.search(text) or is_widget(text) or is_promotion(text):
            continue
        if block.kind == "heading" and word_count(text) >= 6:
            if key(text) in seen_text:
                continue  # a standfirst or kicker shown twice
            seen_text.add(key(text))
        if (
            out.blocks
            and out.blocks[-1].kind == block.kind
            and key(out.blocks[-1].text) == key(text)
        ):
            continue  # the same paragraph twice in a row
        if title_key and _repeats_title(text, title_key):
            continue
        if is_credits(text):
            out.credits.append(text.strip("() "))
            if index >= 0.6 * len(blocks):
                credits_at = len(out.blocks)  # the story ends with its credits
            continue
        caption = rules.CAPTION_PREFIX.sub("", text) if rules.CAPTION_PREFIX.match(text) else None
        if caption is None and rules.GALLERY_INDEX.match(text):
            caption = rules.GALLERY_INDEX.sub("", text)  # "[1/5]Reuters journalist ..."
        if caption is not None:
            _drop_previous_repeat(out.blocks, caption)
            _add_caption(out, caption, seen_captions)
            continue
        if block.kind == "caption" or (block.kind == "body" and is_credited_caption(text)):
            _add_caption(out, text, seen_captions)
            continue
        if _caption_follows(blocks, index, text):
            continue  # the un-prefixed copy of the caption on the next line
        byline = byline_of(text) if block.kind in ("body", "byline") else None
        if byline:
            if not any(b.kind in ("body", "quote", "list") for b in out.blocks) and not out.byline:
                out.byline = byline
            else:
                out.blocks.append(Block("byline", byline))
            continue
        kind = block.kind
        if kind == "body" and is_shouted_heading(text):
            kind = "heading"
        elif kind == "body" and not block.marked:
            kind = _guess_kind(blocks, index, text, captions=guess)
            if kind == "caption":
                _add_caption(out, text, seen_captions)
                continue
        out.blocks.append(Block(kind, text, block.marked))
    if credits_at is not None:
        # after "Reporting by ...; Editing by ..." come only teasers for other stories
        out.blocks = out.blocks[:credits_at] + [
            b for b in out.blocks[credits_at:] if b.kind in ("caption", "byline")
        ]
    return out


def _repeats_title(text: str, title_key: str) -> bool:
    k = key(text)
    if not k:
        return False
    if k == title_key:
        return True
    if k.startswith(title_key) and word_count(text) - len(title_key.split()) <= 3:
        return True  # "Title avatar", "Title | Site"
    if text.rstrip().endswith(("...", "…")):
        cut = key(text.rstrip(" .…"))
        words = cut.split()
        for skip in range(min(5, len(words))):
            tail = " ".join(words[skip:])
            if len(tail) >= 20 and tail in title_key:
                return True  # a breadcrumb ending in the truncated title
    return False


def _drop_previous_repeat(blocks: list[Block], caption: str) -> None:
    if blocks and blocks[-1].kind in ("body", "caption") and _same(blocks[-1].text, caption):
        blocks.pop()


def _caption_follows(blocks: list[Block], index: int, text: str) -> bool:
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None:
        return False
    nxt = squash(following.text)
    return bool(rules.CAPTION_PREFIX.match(nxt)) and _same(text, rules.CAPTION_PREFIX.sub("", nxt))


def _add_caption(out: Cleaned, text: str, seen: set[str]) -> None:
    k = key(text)
    if not k or k in seen:
        return
    seen.add(k)
    caption, credit = split_credit(text)
    out.blocks.append(Block("caption", caption))
    for i, image in enumerate(out.images):
        if image.caption and key(image.caption) == k:
            out.images[i] = Image(image.src, caption, credit or image.credit)
            return


def _guess_kind(blocks: list[Block], index: int, text: str, *, captions: bool) -> str:
    """Unmarked text: a heading (short, no full stop, opens a section) or a caption."""
    words = word_count(text)
    if ends_sentence(text) or rules.SIGNED_QUOTE.match(text.strip()):
        return "body"
    following = next((b for b in blocks[index + 1 :] if squash(b.text)), None)
    next_is_byline = following is not None and byline_of(following.text) is not None
    if rules.SECTION_PREFIX.match(text) and words <= 20:
        return "heading"
    if next_is_byline and words <= 16:
        return "heading"
    if words >= 8:
        return "caption" if captions else "body"  # a long line with no full stop
    if words <= 12 and following is not None and following.kind == "body":
        return "heading"
    return "body"
