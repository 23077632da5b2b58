"""The words every stage shares, defined once: the lowest floor of explainer.

Paragraph kinds (what ingest reads, what a sheet's ``paragraphs[].kind`` says), date
precisions (what ``dates.resolve`` finds, what ``background[].precision`` says), month
names (read in articles and dates, written on pages), titles and courtesy titles (a
person's office in extraction; words that are no part of a name when knowledge
compares names), demonyms, and the names written with "the".  Kept as data, so a new
title is one line.  This module imports nothing from explainer; every stage may import it.
"""

from __future__ import annotations

from typing import Literal, get_args


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, separated by white space."""
    return frozenset(text.split())


# -- paragraphs ---------------------------------------------------------------------

ParagraphKind = Literal["body", "heading", "quote", "caption", "list", "byline"]
PARAGRAPH_KINDS: tuple[ParagraphKind, ...] = get_args(ParagraphKind)

# -- dates --------------------------------------------------------------------------

# How much of a date is known: "2020", "2020-07", "2020-07-14", "1990s", or the words
# as written when they could not be resolved ("on Sunday" with no publication date).
DatePrecision = Literal["year", "month", "day", "decade", "unresolved"]
DATE_PRECISIONS: tuple[DatePrecision, ...] = get_args(DatePrecision)

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# How a page writes a month in short: "Jan" ... "Dec".
SHORT_MONTH_NAMES = tuple(name[:3].capitalize() for name in MONTH_NAMES)
# Every way news writes a month (lower case) -> its number.
MONTHS: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTH_NAMES, 1)},
    **MONTH_ABBREVIATIONS,
}

# -- people's titles ----------------------------------------------------------------

# Titles that precede or describe a person ("President Vladimir Putin",
# "Putin, Russia's president").  Lower case; multi-word titles first.
TITLES = (
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "finance minister",
    "health minister",
    "deputy prime minister",
    "vice president",
    "vice-president",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "deputy foreign minister",
    "chief of staff",
    "supreme leader",
    "crown prince",
    "attorney general",
    "prosecutor general",
    "national security adviser",
    "security adviser",
    "foreign secretary",
    "defence secretary",
    "defense secretary",
    "home secretary",
    "taoiseach",
    "tanaiste",
    "chief of staff",
    "president",
    "chancellor",
    "premier",
    "minister",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "aide",
    "king",
    "queen",
    "prince",
    "emir",
    "sheikh",
    "governor",
    "mayor",
    "senator",
    "general",
    "commander",
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "leader",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "head",
    "speaker",
    "pope",
    "patriarch",
    "ayatollah",
    "mp",
    "lawmaker",
    "diplomat",
    "official",
    "analyst",
    "expert",
    "professor",
    "researcher",
    "correspondent",
    "editor",
    "reporter",
)

# Courtesy titles dropped from names ("Mr Putin" is Putin).
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.")

# Words around a person's name that describe, rank or qualify them but are no title
# of office: ranks, clergy, party labels, "former", "acting"...
QUALIFIERS = _words(
    """
    a acting admiral an assistant bishop candidate capt cardinal ceo chair col
    congressman congresswoman democrat democratic for former founder gen gop gov
    hopeful incoming interim judge justice late lt madam maj marshal ministers mme
    nominee officer outgoing presidential press princess prof rep representative
    republican rev reverend sen senior sergeant sgt sultan the
    """
)

# Words that are titles or descriptions, never part of a personal name: comparing
# "Armenian Prime Minister Nikol Pashinyan" with "Nikol Pashinyan" drops them.
TITLE_WORDS = frozenset(
    {word for title in TITLES for word in title.split()}
    | {h.rstrip(".") for h in HONORIFICS}
    | QUALIFIERS
)

# -- nationality ----------------------------------------------------------------------

# Adjectives of nationality that can stand before a name ("Armenian Prime Minister
# ...").  The gazetteer (``extract/gazetteer.py``) also lists each state's demonyms,
# to tell which state one names.
DEMONYMS = _words(
    """
    american armenian azerbaijani azeri british russian ukrainian turkish israeli
    palestinian iranian syrian iraqi french german chinese indian pakistani afghan
    us u.s. uk u.k. eu european saudi egyptian lebanese qatari kurdish georgian
    """
)

# -- names written with "the" -----------------------------------------------------------

# States and places whose names take "the" ("the United States", "the Gaza Strip").
STATES_WITH_THE = frozenset(
    {"United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
     "Czech Republic", "Central African Republic", "Democratic Republic of Congo",
     "Soviet Union", "Vatican", "West Bank", "Gaza Strip", "Golan Heights", "Balkans",
     "Caucasus", "South Caucasus", "Middle East"}
)  # fmt: skip
# Bodies named without a common noun that still take "the" in running text.
BODIES_WITH_THE = frozenset(
    {"United Nations", "Kremlin", "Pentagon", "White House", "Taliban", "Houthis",
     "Islamic State", "Red Cross"}
)  # fmt: skip
# The last word of a body's name that makes it take "the" ("the Supreme Court",
# "the Democratic Party", "the European Union"); "Hamas" or "Google" take none.
BODY_NOUNS_WITH_THE = _words(
    """
    union nations organization organisation council court department ministry army
    party commission agency bank reserve committee office forces navy guard front
    movement coalition alliance institute foundation service administration government
    senate parliament assembly cabinet police military authority fund board
    """
)


def in_running_text(name: str, kind: str | None = None) -> str:
    """``name`` as a sentence writes it: "the United States", "the Supreme Court",
    "Russia", "Hamas", "Armenia's defence ministry"."""
    if name in STATES_WITH_THE or name in BODIES_WITH_THE:
        return f"the {name}"
    words = name.split()
    if (
        kind in ("organisation", "group")
        and words
        and words[0] not in ("The", "the")
        and "'" not in name
        and "’" not in name
        and words[-1].lower() in BODY_NOUNS_WITH_THE
    ):
        return f"the {name}"
    return name
