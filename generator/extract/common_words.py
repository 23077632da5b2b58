"""Capitalised words that are no names, though the tagger reads them as one.

A word is capitalised because it starts a sentence ("Televised remarks by ..."), because
it is a hyphenated modifier built on a name ("Bush-era rules", "Kremlin-style tactics"),
or because it is a fact-checker's verdict
("Mostly True").  None of them names an actor.
"""

from __future__ import annotations

from spacy.tokens import Span

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


def is_common_word(span: Span) -> bool:
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
    return (  # "Televised remarks by ...", "Notably, ..." (not "Axios reported", a subject)
        bool(token.is_sent_start)
        and token.tag_ in _NOT_NOUN_TAGS
        and token.dep_ in ("amod", "advmod")
    )
