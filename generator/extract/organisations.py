"""Organisations that belong to a state or region: ministries, offices, armies.

"Armenia's defence ministry", "The Armenian defence ministry", "the Ministry of
Defence of Armenia" and "the breakaway region's defence ministry" are read as an
organisation head (``lexicon.ORG_HEADS``), its modifiers and its owner.  A bare
definite reference ("the ministry") names the organisation last written with that
head, or the ministry of the minister last named ("Russian foreign minister Sergey
Lavrov ... a spokeswoman for the ministry").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from generator.extract import gazetteer, lexicon
from generator.extract.document import ParsedArticle
from generator.slugs import slugify

if TYPE_CHECKING:
    from generator.extract.cast import Entry

_MODIFIER_TAGS = ("JJ", "NN", "NNS", "NNP", "VBN")
# "service members", "army officers": the head is the noun after; "ministry spokesman":
# the organisation stands before a title.
_TITLES = {w for title in lexicon.TITLES for w in title.split()} | {"officials", "officers"}
_CAPITAL_MODIFIERS = {
    *lexicon.MINISTRY_FIELDS,
    "general",
    "prosecutor",
    "prosecution",
    "state",
    "armed",
    "affairs",
}
_NOT_MODIFIERS = {"latest", "same", "other", "whole", "entire", "own", "new", "its", "their"}


@dataclass(frozen=True)
class Organisation:
    key: str  # "armenia-defence-ministry"
    name: str  # "Armenia's defence ministry"
    text: str  # as written here
    start: int
    end: int
    owner: str | None  # key of the owning state/region entry
    kind: str = "organisation"  # a state's own government is the state ("country")


# A state's government, administration and authorities are the state: "Israel said" and
# "the Israeli government said" name one actor.
_THE_STATE = {"government", "administration", "authorities"}
# A state's army, military and armed forces are one actor: "Israel's military".
_ARMED = {"army", "military", "forces"}
_ARMED_MODIFIERS = {"armed", "defence", "defense", "regular", "national"}


def _owner_before(doc: Doc, text: str, i: int, entries: dict[str, Entry]) -> tuple[str, int] | None:
    """The state or region owning a phrase that starts after token ``i``: a possessive
    ("Armenia's"), a demonym ("Armenian") or a description ("the breakaway region's")."""
    if i < 0:
        return None
    if doc[i].tag_ == "POS":
        i -= 1
    if i < 0:
        return None
    # gazetteer names end at token i (possibly several tokens: "Nagorno-Karabakh")
    for j in range(i, max(-1, i - 6), -1):
        surface = text[doc[j].idx : doc[i].idx + len(doc[i])]
        found = gazetteer.SURFACE.get(surface)
        if found is not None:
            return found[0].id, j
    # "the breakaway region's" -> the region named most in the article
    words = doc[max(0, i - 2) : i + 1].text.lower()
    if any(words.endswith(d) for d in lexicon.REGION_DESCRIPTIONS):
        regions = [e for e in entries.values() if e.kind == "region"]
        if regions:
            region = max(regions, key=lambda e: (len(e.spans), -e.first))
            start = i - 1 if doc[i - 1].lower_ in ("breakaway", "disputed", "separatist") else i
            if start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            return region.key, start
    return None


def _modifiers(doc: Doc, head: Token) -> list[Token]:
    mods: list[Token] = []
    k = head.i - 1
    while (
        k >= 0
        and doc[k].tag_ in _MODIFIER_TAGS
        and (doc[k].text.islower() or doc[k].lower_ in _CAPITAL_MODIFIERS)
    ):
        if doc[k].lower_ in _NOT_MODIFIERS or gazetteer.lookup(doc[k].text):
            break
        mods.insert(0, doc[k])
        k -= 1
    return mods


def _phrase(head: Token, mods: list[Token], after: list[Token]) -> str:
    words = [t.lower_ for t in mods] + [t.lower_ for t in after] + [head.lower_]
    if head.lower_ in _ARMED and not after and set(words[:-1]) <= _ARMED_MODIFIERS:
        return "military"  # "the Indian army", "Pakistan Armed Forces"
    return " ".join(lexicon.SPELLING.get(w, w) for w in words)


def _head(token: Token) -> str:
    """The head a bare reference repeats: "the army" for "Israel's military"."""
    return "military" if token.lower_ in _ARMED else token.lower_


def armed_forces_key(owner: str) -> str:
    """The key of a state's armed forces, whatever the text calls them first."""
    return f"{owner}-military"


def _org(owner: str, owner_name: str, phrase: str, doc: Doc, start: int, end: int):
    key = f"{owner}-{slugify(phrase)}"
    if phrase.split()[-1] in _ARMED:
        key = armed_forces_key(owner)
    return Organisation(
        key,
        _capital(f"{gazetteer.possessive(owner_name)} {phrase}"),
        _written(doc, start, end),
        *_span(doc, start, end),
        owner,
    )


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def _written(doc: Doc, start: int, end: int) -> str:
    text = doc[start:end].text
    return "the" + text[3:] if text.startswith("The ") else text


def _span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _minister(
    doc: Doc, text: str, token: Token, entries: dict[str, Entry]
) -> tuple[int, str, str] | None:
    """(token, owner, field) of "Russian foreign minister": whose ministry it would be."""
    mods = _modifiers(doc, token)
    field = " ".join(t.lower_ for t in mods if t.lower_ in lexicon.MINISTRY_FIELDS)
    start = mods[0].i if mods else token.i
    owner = _owner_before(doc, text, start - 1, entries)
    return (token.i, owner[0], field) if owner and field else None


def _is_head(doc: Doc, token: Token, taken: set[int]) -> bool:
    """The token heads an organisation phrase (not "service" in "service members")."""
    if token.lower_ == "forces" and token.i > 0:  # "armed forces", "Defense Forces"
        if doc[token.i - 1].lower_ not in _ARMED_MODIFIERS:
            return False
    elif token.lower_ not in lexicon.ORG_HEADS:
        return False
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.i in taken:
        return False
    if (
        token.dep_ == "compound"
        and token.head.i > token.i
        and (token.head.lower_ in lexicon.ORG_HEADS or token.head.lower_ not in _TITLES)
    ):
        return False  # "general prosecution office": the head is "office"
    return not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lexicon.ORG_HEADS)


def find_organisations(
    parsed: ParsedArticle, entries: dict[str, Entry], taken: set[int]
) -> list[Organisation]:
    """Organisations named with their owner, and the bare references to them."""
    doc, text = parsed.doc, parsed.text
    names_of = {e.key: e.name for e in entries.values()}
    found: list[Organisation] = []
    last_by_head: dict[str, Organisation] = {}
    last_minister: tuple[int, str, str] | None = None  # (token, owner, field)
    armed: dict[str, str] = {}  # owner key -> the phrase its armed forces go by
    for token in doc:
        low = token.lower_
        if low in ("minister", "secretary") and token.i > 0:
            last_minister = _minister(doc, text, token, entries) or last_minister
            continue
        if not _is_head(doc, token, taken):
            continue
        mods = _modifiers(doc, token)
        after: list[Token] = []
        end = token.i + 1
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and doc[end + 1].lower_ in lexicon.MINISTRY_FIELDS
        ):
            after = [doc[end + 1]]  # "Ministry of Defence"
            end += 2
            if end < len(doc) and doc[end].lower_ == "affairs":
                after.append(doc[end])  # "Ministry of Foreign Affairs"
                end += 1
        start = mods[0].i if mods else token.i
        owner = _owner_before(doc, text, start - 1, entries)
        if owner is None and end + 1 < len(doc) and doc[end].lower_ in ("of", "in"):
            tail = _owner_before(doc, text, end + 1, entries)
            if tail is not None and tail[1] == end + 1 and _ends_at(doc, text, end + 1):
                # "the government of Syria", "the Health Ministry in Gaza"
                owner, end = (tail[0], start), end + 2
        phrase = _phrase(token, mods, after)
        if owner is not None:
            owner_key, owner_start = owner
            if phrase == "military":  # one armed forces per state, named as first written
                written = " ".join(lexicon.SPELLING.get(t.lower_, t.lower_) for t in (*mods, token))
                phrase = armed.setdefault(owner_key, written)
            if owner_start > 0 and doc[owner_start - 1].lower_ == "the":
                owner_start -= 1
            owner_name = names_of.get(owner_key) or owner_key
            if low in _THE_STATE and not mods and owner_key in names_of:
                org = Organisation(
                    owner_key,
                    owner_name,
                    _written(doc, owner_start, end),
                    *_span(doc, owner_start, end),
                    None,
                    entries[owner_key].kind,
                )
            else:
                org = _org(owner_key, owner_name, phrase, doc, owner_start, end)
            found.append(org)
            last_by_head[_head(token)] = org
            taken.update(range(owner_start, end))
            continue
        # a bare definite reference: "the ministry", "The defence ministry"
        if start == 0 or doc[start - 1].lower_ != "the":
            continue
        where = _span(doc, start - 1, end)
        previous = last_by_head.get(_head(token))
        if (
            previous is not None
            and (not mods or previous.key.endswith(slugify(phrase)))
            and (last_minister is None or _token_at(doc, previous.start) > last_minister[0])
        ):
            found.append(
                Organisation(previous.key, previous.name, "", *where, previous.owner, previous.kind)
            )
        elif low == "ministry" and last_minister is not None:
            _, owner_key, field = last_minister
            name = names_of.get(owner_key, owner_key)
            org = _org(owner_key, name, f"{field} ministry", doc, start - 1, end)
            org = Organisation(org.key, org.name, "", org.start, org.end, org.owner)
            found.append(org)
            last_by_head[_head(token)] = org
    return found


def _ends_at(doc: Doc, text: str, i: int) -> bool:
    """The state's name at token ``i`` is the whole name there, not the start of a
    longer one ("in Gaza", not "in Gaza City")."""
    return i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper()


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
