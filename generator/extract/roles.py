"""Roles and affiliations of people, read from the words around their names.

Three constructions cover most news copy:

- a title before the name: "Russia's President Vladimir Putin", "Armenian prime
  minister Nikol Pashinyan" -> ``President of Russia``, affiliation ``russia``;
- an appositive after it: "Matthew Bryza, a former US ambassador to Azerbaijan," ->
  the appositive as written, affiliated with the first state it names;
- an appositive before it: "Azerbaijan's president, Ilham Aliyev" -> as the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon
from generator.ingest.model import Paragraph

_TITLE_WORDS = {w for title in lexicon.TITLES for w in title.split()} - {"of", "state", "staff"}
# the word a title ends with: a role needs one ("deputy" alone is not a role)
_TITLE_HEADS = {title.split()[-1] for title in lexicon.TITLES} - {"state", "staff"}
_FOR = {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "envoy"}
OrgAt = Callable[[int], "tuple[str, str] | None"]  # token index -> (org key, org name)
_MODIFIERS = {
    "former",
    "deputy",
    "acting",
    "senior",
    "chief",
    "top",
    "then",
    "late",
    "ex",
    "new",
    "outgoing",
    "first",
    "vice",
    "assistant",
    "affairs",
    "security",
    "foreign",
    "defence",
    "defense",
    "military",
    "regional",
    "national",
    "state",
    "special",
    "presidential",
}
_ROLE_STOP = {",", ".", ";", ":", "–", "—", "(", ")", '"', "“", "”", "said", "says"}
_MAX_APPOSITIVE = 14


@dataclass(frozen=True)
class Role:
    text: str  # "President of Russia", "former US ambassador to Azerbaijan"
    affiliation: str | None  # actor id of the state (or region) it belongs to
    strength: int  # how sure: 3 appositive/byline, 2 title with state, 1 bare title


def _place_of(tokens: list[Token]) -> gazetteer.Place | None:
    for token in tokens:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.text == "-" and token.i + 2 < len(token.doc):
            continue  # "Britain-based"
        if token.i > 0 and token.doc[token.i - 1].lower_ in ("on", "about", "in"):
            continue  # "expert on Nagorno-Karabakh" is not affiliated to it
        found = gazetteer.lookup(token.text)
        if found is not None:
            return found[0]
    if tokens:
        text = " ".join(t.text for t in tokens)
        for form in sorted(gazetteer.SURFACE, key=len, reverse=True):
            if " " in form and form in text:
                return gazetteer.SURFACE[form][0]
    return None


# "The United States' administration", "Valdoria's government": a state's government,
# whose leaders are leaders of the state.
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(.+?)(?:'s|')\s+(?:administration|government)$", re.I)
_LEADERS = {"president", "premier", "chancellor", "minister", "secretary", "king", "queen"}
_LEADERS |= {"emir", "leader", "ruler", "sultan", "monarch"}


def _title_case(words: list[str]) -> str:
    small = {"of", "and", "to", "for", "the"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words)


def _role_from_title(
    title_tokens: list[Token], owner: gazetteer.Place | None, org: tuple[str, str] | None
) -> Role | None:
    words = [t.text.lower() for t in title_tokens if t.text.lower() in _TITLE_WORDS | _MODIFIERS]
    if not words or words[-1] not in _TITLE_HEADS:
        return None
    title = _title_case(words)
    if org is not None:
        state = _GOVERNMENT_OF.match(org[1])
        if state is not None and words[-1] in _LEADERS:
            # "the administration of US President X": President of the United States
            return Role(f"{title} of {gazetteer.with_the(state.group(1))}", org[0], 3)
        joint = "for" if words[-1] in _FOR else "of"
        return Role(f"{title} {joint} {org[1]}", org[0], 3)
    if owner is not None:
        return Role(f"{title} of {gazetteer.with_the(owner.name)}", owner.id, 2)
    return Role(title, None, 1)


def before(doc: Doc, ent: Span, org_at: OrgAt) -> Role | None:
    """A title written before the name ("Russia's President Vladimir Putin",
    "Armenian defence ministry spokesman Artsrun Hovhannisyan", "Azerbaijan's
    president, Ilham Aliyev")."""
    i = ent.start - 1
    while i >= 0 and doc[i].text.lower().rstrip(".") in lexicon.HONORIFICS:
        i -= 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in _TITLE_HEADS:
        i -= 1  # an appositive title before the name
    org = None
    title: list[Token] = []
    owner_tokens: list[Token] = []
    while i >= 0:
        if doc[i + 1].is_sent_start:
            break  # a title never runs over from the sentence before
        token = doc[i]
        low = token.lower_
        if org is None and title and org_at(i) is not None:
            org = org_at(i)
        elif org is not None and org_at(i) == org:
            pass
        elif low in _TITLE_WORDS or low in _MODIFIERS:
            if owner_tokens:
                break  # "Lithuania France's president": the owner is the nearer one
            title.insert(0, token)
        elif token.tag_ == "POS" and i > 0:
            pass
        elif gazetteer.lookup(token.text) is not None or token.text == "-":
            owner_tokens.insert(0, token)
        else:
            break
        i -= 1
    if not title:
        return None
    place = _place_of(owner_tokens[::-1])
    if place is None and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        place = _place_of([doc[ent.end + 1]])  # "President Emmanuel Macron of France"
    return _role_from_title(title, place, org)


def after(doc: Doc, ent: Span, org_at: OrgAt) -> Role | None:
    """An appositive after the name ("Matthew Bryza, a former US ambassador to Azerbaijan")."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    sent_end = ent.end
    while sent_end < len(doc) and not doc[sent_end].is_sent_start:
        sent_end += 1
    tokens: list[Token] = []
    for token in doc[ent.end + 1 : min(sent_end, ent.end + 1 + _MAX_APPOSITIVE)]:
        if token.text in _ROLE_STOP:
            break
        tokens.append(token)
    else:
        if len(tokens) >= _MAX_APPOSITIVE:
            return None
    while tokens and tokens[0].lower_ in ("a", "an", "the"):
        tokens = tokens[1:]
    if not tokens or tokens[0].pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ"):
        return None
    head = next((t for t in tokens if t.lower_ in _TITLE_WORDS and t.pos_ == "NOUN"), None)
    if head is None:
        return None
    # the appositive must be a noun phrase: no finite verb inside it
    if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in tokens):
        return None
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    org = next((org_at(t.i) for t in tokens if org_at(t.i) is not None), None)
    if org is not None:
        return Role(text, org[0], 3)
    place = _place_of(tokens)
    return Role(text, place.id if place else None, 3)


def is_section_byline(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A byline under a section heading: kind ``byline``, or a short "by Name, role"
    line right after a heading that ingest left as body text."""
    paragraph = paragraphs[index]
    if paragraph.kind == "byline":
        return byline(paragraph.text) is not None
    return (
        paragraph.kind == "body"
        and index > 0
        and paragraphs[index - 1].kind == "heading"
        and len(paragraph.text) <= 100
        and byline(paragraph.text) is not None
    )


def byline(text: str) -> tuple[str, str | None] | None:
    """``("Deborah Haynes", "foreign affairs editor")`` from "by Deborah Haynes, foreign...";
    None when the text is not a byline."""
    body = text.strip()
    if not body.lower().startswith("by "):
        return None
    body = body[3:].strip()
    name, _, role = body.partition(",")
    name = name.strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return name, (role.strip().rstrip(".") or None)
