"""A claim's text: the claimed words only, as a sentence reads them.

Part of :func:`generator.extract.claims.find_claims`: a content that runs on into the
next attribution is cut ("X said A, while B said C"), a quote split around its
attribution is joined from its parts, an opening "But" or a complementizer "that" is
left out, and a few words quoted inside a paraphrase are no quote of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span as SpacySpan

from generator.extract.attribution import Attribution, Span

_CONTRAST = re.compile(r"(?:\b(?:while|whereas|but|however|though|although)|[–—;])[\s,]*$")
_TRAILING = re.compile(
    r"[\s,;:–—-]*(?:\b(?:while|whereas|but|and|however|though|although)\b)?[\s,;:–—-]*"
    r"(?:\b(?:a|an|the)\s+(?:claim|allegation|accusation|charge|report)\s*(?:which|that)?)?\s*$"
)  # "..., a claim which" before "Peru denies"


def trim(att: Attribution, attributions: list[Attribution], text: str) -> Attribution:
    """Cut a content that runs on into the next attribution ("X – while B said Y")."""
    end = att.content.end
    for other in attributions:
        lead = other.source or other.cue
        if (
            other is not att
            and att.content.start < lead.start < end
            and other.cue.start > att.cue.start
            # its cue inside the content too, or a contrast before its source ("while")
            and (
                other.cue.start < att.content.end
                or _CONTRAST.search(text[att.content.start : lead.start])
            )
        ):
            end = lead.start
    if end == att.content.end:
        return att
    cut = text[att.content.start : end]
    cut = _TRAILING.sub("", cut)
    if len(re.findall(r"\w+", _LEAD.sub("", cut))) < 2:
        return att  # "says that as voters learned more, ...": a clause, not what is said
    if not cut.strip():
        return att
    content = Span(att.content.start, att.content.start + len(cut), cut)
    return replace(att, content=content)


MARKS = "\"“”‘’'«»`"
# what opens a content before what it says: "that", "as", "when", "if"
_LEAD = re.compile(r"^\W*(?:that\s+)?(?:as|when|if|because|since|once|after|before|while)?\b", re.I)


def claimed_words(att: Attribution, content: SpacySpan | None) -> str:
    """The claimed words as a sentence reads them: "that the border would stay open"
    without its "that" (a complementizer, not "that claim"); a claim split around its
    attribution ('"We are ready," he said. "The war is over."', "killed 300, according
    to X, in a month") joined from its parts, without the attribution."""
    pieces = [
        f for f in att.fragments if att.content.start <= f.start and f.end <= att.content.end
    ] or [att.content]
    text = without_dateline(" ".join(pieces[0].text.split()))
    if (
        content is not None
        and len(content) > 2
        and (content[0].lower_, content[0].dep_) == ("that", "mark")
        and text.lower().startswith("that ")
    ):
        text = text[5:]
    opener = _OPENER.match(text)
    if opener and len(pieces) == 1 and len(text) > opener.end():
        rest = text[opener.end() :]  # "But the port will close, he said": not the "But"
        text = rest[0].upper() + rest[1:] if opener.group(0)[0].isupper() else rest
    if len(pieces) == 1:
        return text
    opening = text[0] if text[0] in MARKS else ""
    closing = ""
    comma = False
    parts: list[str] = []
    for n, piece in enumerate(pieces):
        raw = text if n == 0 else " ".join(piece.text.split())
        words = raw.strip(MARKS + " ,")
        if not words:
            continue
        if parts and words[0].isupper() and not parts[-1].endswith(_ENDS):
            parts[-1] += "."  # '"We are ready," he said. "The war is over."'
        elif parts and raw.lstrip(MARKS)[:1].islower() and comma:
            parts[-1] += ","  # '"We are ready," he said, "and we will stay."'
        comma = raw.rstrip(MARKS + " ").endswith(",")
        closing = raw[-1] if raw[-1] in MARKS else ""
        parts.append(words)
    return opening + " ".join(parts) + closing


# "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "LOS ANGELES (AP) — ": where and when the story
# was filed, opening the sentence that holds the claim
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+)*)"
    r"(?P<more>,?(?:\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?,?)?"
    r"(?:,\s+[A-Z][A-Z'’.]+(?:\s+[A-Z][A-Z'’.]+)?)?"  # "KHAN YOUNIS, GAZA —"
    r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)?\s*(?:\([^()]{1,40}\)\s*)?)[—–-]\s+(?=[A-Z“\"])"
)


def without_dateline(text: str) -> str:
    """A claim's words without the dateline that opens its sentence."""
    match = _DATELINE.match(text)
    if match is None or (len(match.group("place")) < 5 and not match.group("more").strip()):
        return text  # "NATO —": a name opening the sentence, not a dateline
    return text[match.end() :]


_ENDS = (".", "!", "?", "…", ":", ";")
# a word that ties the claim to the sentence before, not part of what is claimed
_OPENER = re.compile(r"(?:but|and|yet|so|still|however|also)\b,?\s+(?=\w)", re.I)
# a related-links line ("Read more: ...", "See also | ..."): page furniture, no claim
FURNITURE = re.compile(
    r"^\W*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related|more\s+on\s+this"
    r"|watch|listen)\b\s*[:|>»–—-]",
    re.I,
)


def quote_of(quote: str | None, text: str) -> str | None:
    """The verbatim words where the claim is given in the speaker's words: a few words
    quoted inside a paraphrase ('called it "a disaster"') stay in the text, marks and all,
    and are no quote of their own."""
    if not quote:
        return None
    quoted = len(re.findall(r"\w+", quote))
    return quote if 2 * quoted >= len(re.findall(r"\w+", text)) else None


_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")


def own_words(att: Attribution, text: str) -> Attribution | None:
    """'"A," she said, adding that B': the words the second cue adds (B), without the
    quotation it shares with the first cue; None when it adds none."""
    rest = [f for f in att.fragments if f.start >= att.cue.end]
    if not rest or len(rest) == len(att.fragments):
        return None
    start, end = rest[0].start, rest[-1].end
    quoted = [m.group(1).strip(" ,") for f in rest for m in _QUOTED.finditer(f.text)]
    return replace(
        att,
        content=Span(start, end, text[start:end]),
        fragments=tuple(rest) if len(rest) > 1 else (),
        quote=" ".join(quoted) or None,
    )


__all__ = ["FURNITURE", "MARKS", "claimed_words", "own_words", "quote_of", "trim"]
