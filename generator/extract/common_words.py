"""Capitalised words that are no names, though the tagger reads them as one.

A word is capitalised because it starts a sentence or a heading ("Televised remarks",
"Customs" over a section), because it is a hyphenated modifier built on a name
("Bush-era rules", "Kremlin-style tactics"), or because it is a fact-checker's verdict
("Mostly True").  None of them names an actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.document import ParsedArticle

# Last parts of a hyphenated modifier: "Bush-era", "Soviet-style", "Kremlin-linked".
_MODIFIER_ENDS = frozenset(
    {"era", "style", "esque", "ish", "like", "type", "led", "backed", "based", "born",
     "made", "linked", "allied", "aligned", "controlled", "funded", "run", "owned",
     "brokered", "friendly", "leaning", "inspired", "related", "sponsored", "affiliated",
     "supported", "occupied", "held", "bound", "centric", "skeptic", "sceptic", "proof"}
)  # fmt: skip

# The ratings fact-checkers give a claim.
_VERDICTS = frozenset(
    {"true", "mostly true", "half true", "half-true", "mostly false", "false", "pants on fire",
     "barely true", "misleading", "mostly misleading", "unproven", "mixture", "mixed",
     "partly false", "partly true", "missing context", "out of context", "four pinocchios",
     "three pinocchios", "two pinocchios", "one pinocchio", "geppetto checkmark",
     "correct attribution", "miscaptioned", "satire", "labeled satire", "legend"}
)  # fmt: skip

# Parts of speech of a word capitalised only because a sentence starts with it.
_NOT_NOUN_TAGS = frozenset({"VBN", "VBD", "VBG", "VBZ", "RB", "RBR", "RBS", "JJR", "JJS"})


def is_common_word(span: Span, parsed: ParsedArticle) -> bool:
    """Whether the one-word (or verdict) span is a capitalised common word (see the
    module docstring)."""
    name = span.text
    if name.lower().rstrip(".!") in _VERDICTS:
        return True  # "Mostly True": a rating, not a name
    head, _, end = name.rpartition("-")
    if head and " " not in name and end in _MODIFIER_ENDS:
        return True  # "the Bush-era rules"
    if len(span) != 1:
        return False
    token = span[0]
    if token.is_sent_start and token.tag_ in _NOT_NOUN_TAGS:
        return True  # "Televised remarks by ...", "Notably, ..."
    # "Customs" over a section on customs (a person's name is the tagger's surer reading)
    heading = parsed.paragraph_at(span.start_char).kind == "heading"
    return heading and token.ent_type_ != "PERSON" and _written_lower(name, parsed.text)


def _written_lower(name: str, text: str) -> bool:
    """The text writes the word in lower case elsewhere, and never capitalised inside a
    sentence: a common noun."""
    low = name.lower()
    if low == name or len(low) < 3:
        return False
    lowered = capitalised = 0
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", text, re.I):
        word = match.group(0)
        if word == low:
            lowered += 1
        elif word[:1].isupper():
            before = text[max(0, match.start() - 3) : match.start()].rstrip(" \"'“‘(")
            if before and not before.endswith((".", "!", "?", "\n", ":")):
                capitalised += 1  # capitalised mid-sentence: a name after all
    return lowered > 0 and capitalised == 0
