"""How the text uses a state's or town's name where the gazetteer finds one.

A demonym may only describe ("Soviet times", "British-based"); a town's name may name a
facility of its own ("the Rafah crossing"); and a short name of a state may be a
company's ("Emirates" of the Emirates airline), which the article shows by writing it
before a noun for a company or a business title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from generator.extract import gazetteer, lexicon

_WHERE_FROM = {"based", "born", "educated", "raised", "registered", "headquartered", "bred"}
_PERSON_NOUNS = {"citizen", "citizens", "national", "nationals", "man", "woman", "dual"}


# Words that make a part of a state or region a name of its own ("Inner Mongolia").
_PART_WORDS = {"inner", "outer", "upper", "lower", "greater", "northern", "southern",
               "eastern", "western", "central"}  # fmt: skip


def part_named(doc: Doc, i: int) -> bool:
    """The state's name at ``i`` ends a longer name the tagger read whole: "Inner
    Mongolia", "Southern California" name a part of it, not the state."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and before.lower_ in _PART_WORDS
        and before.text[:1].isupper()
        and doc[i].ent_iob_ == "I"
        and before.ent_type_ == doc[i].ent_type_
    )


def facility(doc: Doc, j: int) -> tuple[int, str] | None:
    """(end, noun) of a facility noun right after a town's name ending at ``j``."""
    for noun in lexicon.FACILITY_NOUNS:
        words = noun.split()
        tokens = doc[j : j + len(words)]
        if len(tokens) == len(words) and [t.text for t in tokens] == words:
            return j + len(words), noun
    return None


def located(doc: Doc, j: int) -> bool:
    """A demonym glued to where someone is from or based ("British-based", "British-born")
    or to another demonym ("British-Israeli"): a description, not the state acting."""
    if j + 1 >= len(doc) or doc[j].text != "-" or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    nxt = doc[j + 1]
    if nxt.lower_ in _WHERE_FROM:
        return True
    found = gazetteer.lookup(nxt.text)
    after = doc[j + 2] if j + 2 < len(doc) else None
    return (  # "a British-Israeli lawyer", not "the Azeri-Armenian frontier"
        found is not None
        and found[1] == "demonym"
        and after is not None
        and (after.lower_ in lexicon.TITLE_WORDS or after.lower_ in _PERSON_NOUNS)
    )


def qualifies(token: Token) -> bool:
    """A demonym before this token qualifies it, naming no state: "Soviet Azerbaijan"
    (another state), "Soviet times" (an era)."""
    found = gazetteer.lookup(token.text)
    return (found is not None and found[1] == "name") or token.lower_ in lexicon.ERA_NOUNS


# Short names of states that are not the state's own name, nor an acronym: "Emirates",
# "Holland".  Only these are read as a company's name; "Qatar Airways" is written whole.
_SHORT_FORMS = sorted(
    (
        form
        for form, (place, use) in gazetteer.SURFACE.items()
        if use == "name" and form != place.name and not form.isupper() and " " not in form
    ),
    key=lambda f: (-len(f), f),
)
# Written right after a company's name: "Emirates airline", "Emirates CEO Jane Roe".
_COMPANY_WORDS = (
    r"airlines?|airways|carrier|group|holdings|ceo|cfo|coo|chairman|chairwoman|"
    r"chief\s+executive|founder|co-founder"
)
_COMPANY = re.compile(
    rf"(?<![\w-])(?<!the )(?<!The )({'|'.join(map(re.escape, _SHORT_FORMS))})\s+"
    rf"(?:{_COMPANY_WORDS})\b",
    re.I,
)


@lru_cache(maxsize=8)
def company_forms(text: str) -> frozenset[str]:
    """Short names of states the article uses for a company: "Emirates" where it writes
    "Emirates airline" or "Emirates chief executive"."""
    return frozenset(m.group(1) for m in _COMPANY.finditer(text) if m.group(1)[:1].isupper())


def names_company(doc: Doc, text: str, start: int, surface: str) -> bool:
    """The state's short name at ``start`` is the company the article calls by it: not
    "the Emirates", which is the state, but "the Emirates fleet".  ``text`` is
    ``doc.text``, which spaCy joins anew from every token on each access."""
    if surface not in company_forms(text):
        return False
    if start == 0 or doc[start - 1].lower_ != "the":
        return True
    after = doc[start + 1] if start + 1 < len(doc) else None
    return (
        after is not None
        and after.pos_ == "NOUN"
        and after.text[:1].islower()
        and after.lower_ not in lexicon.ORG_HEADS
    )
