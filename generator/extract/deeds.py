"""What is not a claim, though a cue introduces it: deeds, topics, and reporting that
did not happen.

A claim needs a verb of saying, believing or demanding with content.  "Posted photos",
"signed the bill", "attacked bars", "the fighting claimed the lives of" are deeds;
"discussed the crisis" names a topic and claims nothing; "did not say how many" and
"has yet to announce" report words that were not said, and "asked whether she knew"
words nobody has said yet.  Each returns its reason, which
the benchmarks count.  PolNeAR's annotators mark many of these as attributions (its
scheme covers acts of communication of any kind), so dropping them costs its scores a
little; a reader of a fact sheet would not call them claims.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.attribution import Attribution
from generator.extract.attribution.cues import VERB_CUES
from generator.extract.document import ParsedArticle

# Verbs whose object alone is what was talked about ("discussed the crisis"), and verbs
# whose object alone is a thing done ("posted photos", "signed the bill"): a claim
# needs a clause or a quotation after them.
_TOPIC_VERBS = {"discuss", "describe", "detail", "outline", "mention", "raise", "address"}
_ACT_VERBS = {
    "post", "tweet", "share", "publish", "release", "sign", "issue", "send", "file",
    "launch", "unveil", "introduce", "announce", "order", "approve", "veto", "pass",
    "submit", "host", "hold", "organise", "organize", "stage", "attend", "visit", "see",
    "watch", "back", "support", "agree", "attack",
}  # fmt: skip
# Verbs that report no words whatever follows them ("enjoys broad support", "experienced
# two nights of unrest", "withdrew all its forces", "vies for the title"): a deed or a
# state, never a claim, even with a clause after them.
_NEVER_SAID = {
    "enjoy", "experience", "withdraw", "devote", "struggle", "slash", "vie", "undergo",
    "suffer", "endure", "spend",
}  # fmt: skip
# Verbs of thinking: "does not believe that ..." is still a claim; "did not say" is none.
_THINKING = {"think", "believe", "expect", "want", "know", "agree", "accept", "rule",
             "consider", "doubt", "trust", "see", "feel", "like", "support", "oppose"}  # fmt: skip


def not_a_claim(att: Attribution, parsed: ParsedArticle) -> str | None:
    """Why an attribution is no claim: reporting that did not happen ("did not say",
    "has yet to announce"), a topic ("discussed the crisis"), a deed ("posted photos",
    "signed the bill", "the fighting claimed the lives of ...")."""
    cue = parsed.token_at(att.cue.start)
    words = [t for t in parsed.doc[cue.i : cue.i + 6] if t.idx < att.cue.end]
    cue = next((t for t in words if t.pos_ == "VERB"), cue)  # "has yet to announce"
    lemma = cue.lemma_.lower()
    negated = att.verb.startswith("does not ") and _NOT.search(att.cue.text)
    if (negated and lemma not in _THINKING) or _yet(cue):
        return "reporting that did not happen"
    if _asked(cue):
        return "a question, not a claim"
    if lemma in _NEVER_SAID:
        return "a deed, not a claim"
    span = parsed.doc.char_span(att.content.start, att.content.end, alignment_mode="expand")
    if span is None or att.quote:
        return None
    if att.learned and _learned_deed(span, lemma):
        return "a deed, not a claim"
    to_do = _to_do(span)
    if lemma in _WITHHOLD and to_do is not None and to_do.lemma_.lower() in _GIVING:
        return "reporting that did not happen"  # "declined to comment": nothing said
    if lemma in _TO_DO and to_do is not None and not any(c.dep_ == "ccomp" for c in to_do.children):
        return "a deed, not a claim"  # "agreed to pay a fine"; "agreed that ..." claims
    if att.kind not in ("statement", "demand", "accusation"):
        return None
    if att.kind == "accusation" and (
        lemma != "attack" or any(t.lower_ in ("for", "over") for t in span)
    ):
        return None  # "condemned the strike", "attacked her for ..." are claims; "attacked bars"
    # a clause, or "described it as a disaster", "found the plan compelling"
    # a clause; for a topic or a thing seen, not one inside its noun ("described the
    # chaos that followed"), while "backed a bill that would ..." stays a stance
    clause = _clause(span, strict=lemma in _TOPIC_VERBS or lemma in _SEEING or lemma in _MAKING)

    if lemma in _PORTRAYING and any(t.lower_ in _SELF for t in span[:2]):
        return "a deed, not a claim"  # "cast itself as a mediator"
    if lemma == "claim" and span.root.lemma_.lower() == "life":
        return "a deed, not a claim"  # "the fighting claimed the lives of 17 soldiers"
    if not clause and lemma in _TOPIC_VERBS and att.kind == "statement":
        return "a topic, not a claim"
    if not clause and (lemma in _ACT_VERBS or (lemma == "show" and _by_person(att, parsed))):
        return "a deed, not a claim"  # a poll shows a lead; a person "showed him the door"
    return None


# "declined to comment", "refused to say whether ...": the words were withheld
_WITHHOLD = {"decline", "refuse"}
_GIVING = {"comment", "respond", "reply", "elaborate", "discuss", "confirm", "deny", "say",
           "answer", "speculate", "specify", "name", "identify", "disclose", "reveal",
           "provide", "give", "detail", "explain", "address"}  # fmt: skip
# "agreed to pay", "decided to close", "plans to raise", "refused to negotiate": a deed
# agreed on, decided, planned or refused (an action, however it is reported); "agreed
# that ..." is a claim, and "refused to comment" is words withheld (above)
_TO_DO = {"agree", "decide", "plan", "refuse"}


def _learned_deed(span: Span, lemma: str) -> bool:
    """A cue outside the lexicon of claim verbs (learned from a scheme that counts acts of
    communication of any kind) claims nothing when what follows it is a deed to do
    ("proceeded to recite a passage", "attempts to turn"), or when the verb is one of
    doing and a thing or a person follows it ("sued a sitting governor", "campaigned
    against Tom Hardy", "doubled down on his rhetoric").  Words of reaction stay claims
    ("welcomed the news", "apologized for the strike")."""
    to_do = _to_do(span)
    if to_do is not None:
        return lemma in _DOING_TO and to_do.lemma_.lower() not in VERB_CUES
    return lemma in _DOING and not _clause(span)


# verbs of doing that the learned frames take for cues ("campaigned against", "sued",
# "spoke against the backdrop", "voted for", "hired", "spotted a sign")
_DOING = {
    "sue", "campaign", "double", "speak", "hire", "spot", "view", "broadcast", "unleash",
    "retweet", "email", "recite", "adopt", "touch", "weigh",
}  # fmt: skip
# verbs of going on to do something ("proceeded to recite", "attempts to turn", "chose
# to stay"): what follows is a deed, unless it is one of saying ("went on to say")
_DOING_TO = {"proceed", "attempt", "choose", "try", "begin", "start", "continue", "manage",
             "go", "move"}  # fmt: skip


def _to_do(span: Span) -> Token | None:
    """The verb of a content that is an infinitive ("to comment on it": "comment")."""
    if len(span) > 1 and span[0].lower_ == "to" and span[1].pos_ in ("VERB", "AUX"):
        return span[1]
    return None


def _clause(span: Span, strict: bool = True) -> bool:
    """Whether a content says something: a clause ("that the port will close", "how the
    war would end"), or "described it as a disaster", "found the plan compelling".
    ``strict``: not a thing with a clause inside its noun ("saw branches that the blast
    had torn off", "described the chaos that followed")."""
    if not strict:
        return any(
            t.pos_ in ("VERB", "AUX") or t.lower_ == "as" or t.dep_ in ("oprd", "acomp")
            for t in span
        )
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return True
    if any(t.lower_ == "as" or t.dep_ in ("oprd", "acomp") for t in span):
        return True
    return any(
        t.pos_ in ("VERB", "AUX") and t.head.i == root.i and t.dep_ not in _NOUN_CLAUSES
        for t in span
    )


# verbs of making a thing public: what is released is a thing ("released a list of
# endorsements", "introduced a resolution that would ..."), whatever clause describes it
_MAKING = {"release", "unveil", "introduce", "publish", "launch", "post", "share", "issue"}
# verbs of perceiving: what is seen is a thing, whatever clause describes it
_SEEING = {"see", "watch", "witness", "notice"}
# clauses that describe a noun ("a draft of what would become", "the returns voters
# wanted"): they leave the content a thing, not a claim
_NOUN_CLAUSES = {"relcl", "acl", "amod", "compound", "pobj", "prep"}


def _by_person(att: Attribution, parsed: ParsedArticle) -> bool:
    if att.source is None:
        return False
    span = parsed.doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "PERSON"


# "has cast itself as a mediator", "presents himself as an outsider": a pose, not words
_PORTRAYING = {"cast", "portray", "present", "paint", "style", "position", "bill", "brand"}
_SELF = {"itself", "himself", "herself", "themselves", "ourselves", "myself"}


def _asked(cue: Token) -> bool:
    """ "could not determine whether the crew knew it": the cue inside a question another
    verb asks, which reports no words."""
    return cue.dep_ in ("ccomp", "xcomp", "pcomp", "pobj", "csubj") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cue.children
    )


_NOT = re.compile(r"\b(?:not|never)\b|n't|n’t", re.I)


def _yet(cue: Token) -> bool:
    """ "has yet to announce", "is yet to confirm": not done yet."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return any(c.lower_ == "yet" for c in (*cue.children, *cue.head.children))


__all__ = ["not_a_claim"]
