"""The records the dispute rules read: a claim's :class:`Reading` and, when it answers
another claim, its :class:`Answer` (how it names what it answers).  Built once per claim
by :class:`.reading.Reader`; frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from generator.extract.claims import Located


@dataclass(frozen=True)
class Answer:
    """How a claim names what it answers.

    ``form``: ``pointer`` ("denied this", "those claims"), ``named`` ("the F-16 claim",
    "reports that Turkey had sent arms": a said-noun with its topic) or ``content``
    ("denied that its forces had seized...": the denied words themselves).
    """

    verb: str  # the answering verb as used: "denies", "rejects", "says"
    form: str
    phrase: str  # the words that name the answered claim ("those claims"), or ""
    plural: bool = False
    owner: str | None = None  # the side whose claim it names ("the Azeri report")
    topic: frozenset[str] = frozenset()  # words of what it answers
    noun: str = ""  # the said-noun's lemma ("claim", "call"), for the ``named`` form
    accused: str | None = None  # the side the answered words make their subject
    direct: frozenset[str] = frozenset()  # topic words naming the claim: "the F-16 claim"
    how: str = ""  # the words that call it false: "“absolutely untrue”", or ""
    reply: bool = False  # a statement made in reply ("in turn argued"): answers what is near
    answering: bool = True  # said with an answering verb ("denies"), not only in reply
    possessor: str = ""  # whose claim, as a common noun: "nurse" in "the nurses' account"


@dataclass(frozen=True)
class Reading:
    index: int  # position in reading order
    located: Located
    sides: frozenset[str]
    words: frozenset[str]  # keys of content words, names left out
    modifiers: frozenset[str]  # of those, the ones only ever a modifier ("fighter jet")
    negated: frozenset[str]  # words (and topics) said not to be: "we don't target"
    classes: frozenset[str]  # topics named in any words ("#truce" for "the pause")
    supposed: frozenset[str]  # words only asked or supposed ("whether ...")
    named: frozenset[str]  # sides the content names
    paragraph: int  # paragraph index
    sentence: int  # sentence start offset
    lowered: str  # the content, lower-cased, single-spaced
    span: SpacySpan | None
    answer: Answer | None = None
    mutual: bool = False  # "accuse each other": one claim by both sides
    blamed: frozenset[str] = frozenset()  # sides it names as who attacked
    agents: frozenset[str] = frozenset()  # sides it names as who did what it says
    source_words: frozenset[str] = frozenset()  # its sources' ids, names, roles, lower-cased

    @property
    def claim(self):  # -> Claim
        return self.located.claim


# What the rules share: whether two claims' sources stand on opposite sides, and a linked
# pair with the reason an editor reads ("denies: ...", "opposite positions: ...").
Opposed = Callable[[Reading, Reading], bool]
Pair = tuple[Reading, Reading, str]
