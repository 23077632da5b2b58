"""How the dispute rules read one token: its key, whether it is a content word, whether
it is denied or only supposed, which topic it names, and the words that call a claim
false.  Plain functions of spaCy tokens; nothing here parses.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.disputes import words as W

_CONTENT_POS = ("NOUN", "VERB", "ADJ", "PROPN", "NUM", "ADV")
# verbs that are stop words and say nothing ("did", "made"); "mine" and "back" do
LIGHT = frozenset(
    {"be", "have", "do", "get", "go", "make", "become", "seem", "see", "take", "give", "put",
     "keep", "call", "use", "say", "can", "will", "would", "could", "should", "must", "may"}
)  # fmt: skip
_NUMBERED_PLURAL = re.compile(r"^(.*\d)'?s$")
_NEGATIONS = frozenset({"not", "n't", "no", "never", "nothing", "none", "nobody", "neither"})


def key(token: Token) -> str:
    """A word as the rules compare it: its lemma, lower-cased, long words cut to seven
    letters so that "genocidal" meets "genocide" and "intentional" meets "intention"."""
    lemma = (token.lemma_ or token.text).lower()
    lemma = _NUMBERED_PLURAL.sub(r"\1", lemma)  # "F-16s" meets "F-16"
    return lemma[:7] if len(lemma) >= 8 else lemma


def negated_token(token: Token) -> bool:
    """Whether a word is itself said not to hold: it carries a "not" ("we don't target
    journalists"), it is the predicate of a "not" ("was not holding"), it has "no" ("no
    collateral damage"), its subject is "Not the U.S. nor ..."; or it sits in what a
    denied "possible", "clear" or "evidence" governs ("it's not possible to conclude
    that this was intentional")."""
    if _directly_negated(token):
        return True
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in W.EPISTEMIC and _directly_negated(node):
            return True
    return False


def hypothetical(token: Token) -> bool:
    """Whether a word is only asked about or supposed: "whether the crew had
    deliberately targeted", "if the truce failed"."""
    node = token
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _directly_negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in child.children):
            return True
    head = token.head
    if token.dep_ in ("acomp", "attr", "xcomp") and head.i != token.i:
        return any(c.dep_ == "neg" for c in head.children)
    return False


def classes(token: Token) -> tuple[str, ...]:
    """The topics a word names: "#truce" for "ceasefire", "pause" and "cessation"."""
    low, lemma = token.lower_, token.lemma_.lower()
    return tuple(
        f"#{name}" for name, members in W.TOPICS.items() if low in members or lemma in members
    )


def is_word(token: Token) -> bool:
    """A word that says what a claim is about: a noun, verb, adjective or number (an
    adverb only when it names a topic: "deliberately"), not a stop word or a word that
    says nothing ("said", "officials", "Monday")."""
    text = token.lower_
    if token.pos_ == "ADV" and not classes(token):
        return False  # "certainly", "also", "directly"
    return (
        token.pos_ in _CONTENT_POS
        and (not token.is_stop or (token.pos_ == "VERB" and token.lemma_.lower() not in LIGHT))
        and any(ch.isalpha() for ch in text)
        and len(text) > 2
        and token.lemma_.lower() not in W.GENERIC
        and text not in W.GENERIC
    )


def verb_lemma(verb: str) -> str:
    """ "denies" -> "deny", "dismisses" -> "dismiss", "declines" -> "decline"."""
    word = verb.split()[0].lower() if verb.split() else ""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def modifier(token: Token, noun: Token | None) -> bool:
    """A word that only says which kind of thing its head is ("fighter" in "fighter
    planes"): not a topic of its own, unless it modifies the said-noun ("the F-16
    claim")."""
    head = token.head
    return (
        token.dep_ in ("compound", "amod")
        and head.i != token.i
        and (noun is None or head.i != noun.i)
        and head.pos_ in ("NOUN", "PROPN")
    )


def calls_false(token: Token) -> bool:
    low = token.lower_
    if made_up(token):  # "she made it up", "the story was made up"
        return True
    if low in W.FALSITY or token.lemma_.lower() in W.FALSITY:
        return not any(c.lower_ in _NEGATIONS for c in token.children)
    if low in W.TRUTH:  # "not true", "no truth", "no basis"
        head = token.head
        said_not = token.dep_ in ("attr", "acomp") and any(c.dep_ == "neg" for c in head.children)
        return (
            said_not  # "that was not the case"
            or any(c.lower_ in _NEGATIONS for c in (*token.children, head))
            or (token.i > 0 and token.doc[token.i - 1].lower_ in (*_NEGATIONS, "without"))
        )  # "not true", "no basis", "without merit"
    return False


def made_up(token: Token) -> bool:
    """ "made it up", "the figures were made up", "making up the story": invented, said
    of what someone said (a pointer or a said-noun), not "women make up half the staff"."""
    if token.lemma_.lower() != "make" or not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in token.children
    ):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children):
        return False  # "I just made it up as I went along": one's own doing
    said = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lower_ in W.POINTERS or c.lemma_.lower() in W.SAID_NOUNS for c in said)


def low_truth(token: Token) -> bool:
    """A truth word ("true", "merit") that calls a claim false only with its negation."""
    return token.lower_ in W.TRUTH and token.lower_ not in W.FALSITY


def falsity_words(token: Token) -> list[Token]:
    """The words that call a claim false: "as certainly absurd", "a pure propaganda show"."""
    edge = token
    while edge.head.i != edge.i and edge.dep_ in ("amod", "compound", "advmod"):
        edge = edge.head
    words = [t for t in edge.subtree if not t.is_punct and t.i not in _owners(edge)]
    return words if 0 < len(words) <= 8 else [token]


def _owners(edge: Token) -> set[int]:
    """ "the allegation 'complete nonsense'" read as a possessive, "the comments
    “deplorable”" as a modifier: the thing called false is not part of what calls it so."""
    said = [c for c in edge.children if c.dep_ == "poss" or (c.dep_ == "npadvmod" and c.i < edge.i)]
    return {t.i for c in said for t in c.subtree}


def quoted(token: Token) -> str:
    """The falsity words as written: "'absolutely untrue'", "a pure propaganda show"."""
    if made_up(token):  # "made it up", not who made it up
        end = max(c.i for c in token.children if c.dep_ == "prt")
        return "“" + token.doc[token.i : end + 1].text + "”"
    edge = token
    while edge.head.i != edge.i and edge.dep_ in ("amod", "compound", "advmod"):
        edge = edge.head
    words = [t for t in edge.subtree if not t.is_punct and t.i not in _owners(edge)]
    if len(words) > 8 or not words:
        words = [token]
    start = words[0].i
    if low_truth(token) and start > 0 and token.doc[start - 1].lower_ in (*_NEGATIONS, "without"):
        start -= 1  # "without merit", "not true": the negation is what calls it false
    text = token.doc[start : words[-1].i + 1].text
    return "“" + re.sub(r"\s+", " ", re.sub(r"[\"“”‘’]", "", text)).strip(" '") + "”"


_SPEAKER = frozenset({"it", "we", "i", "he", "she", "they"})


def own_answer(tokens: list[Token]) -> Token | None:
    """The answering verb a speaker says of itself as the main verb of what it says:
    'the company said it "categorically denies" that ...', "we reject the claims"."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i in inside and token.head.i != token.i:
            continue  # not the main verb of the content
        lemma = token.lemma_.lower()
        if lemma not in W.ANSWER_VERBS or lemma in W.REPLY_VERBS or token.pos_ != "VERB":
            return None  # not "it was responding in a proportionate manner"
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return token if subjects and _speaker(subjects[0]) else None
    return None


def _speaker(subject: Token) -> bool:
    """A subject that is the speaker: "we", "it", or "the company" said by the company
    (a common noun with "the" or "our", no name)."""
    if subject.lower_ in _SPEAKER:
        return True
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "our") for c in subject.children
    )


def same_clause(pointer: Token, falsity: Token) -> bool:
    """Whether a pointer is what a falsity word is said of: "called it false", "that is
    untrue", "this was a lie" (one verb or word governs both)."""
    heads = {falsity.i, falsity.head.i}
    return pointer.head.i in heads or pointer.head.head.i == falsity.i


def said_of_a_person(falsity: list[Token]) -> bool:
    """ "such a liar", "lying": said of a person, not of a claim."""
    return bool(falsity) and all(f.lemma_.lower() in W.PERSON_FALSITY for f in falsity)
