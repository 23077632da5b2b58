"""Denials written as a passive or a relative clause, which point back at a claim.

"This is denied by Nagorno-Karabakh" and "..., which Armenia denied" deny what came
just before.  They are read here (when ``attribution`` has not already read them) as
attributions whose content is the words they refer to; ``disputes`` links them to the
claim they deny.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.attribution.model import Attribution, Span

DENIAL_VERBS = {"deny": "denies", "reject": "rejects", "dispute": "disputes", "refute": "refutes"}
# nouns a denial may hang on without "which": "..., a claim Peru denies"
_SAID = {"claim", "allegation", "accusation", "charge", "report", "assertion", "suggestion"}


def _span(doc: Doc, tokens: list[Token]) -> Span:
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    return Span(start, end, doc[first : last + 1].text)


def _passive(doc: Doc, verb: Token) -> Attribution | None:
    """ "This is denied by Nagorno-Karabakh"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subject is None:
        return None
    objects = [c for c in agent.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = _span(doc, list(objects[0].subtree))
    content = _span(doc, list(subject.subtree))
    cue = _span(doc, [verb, agent])
    return Attribution(
        source=source,
        cue=cue,
        content=content,
        kind="denial",
        verb=DENIAL_VERBS[verb.lemma_.lower()],
        sentence=None,
    )


def _relative(doc: Doc, verb: Token) -> Attribution | None:
    """ "three drones, which Armenia denied": the clause the relative hangs on."""
    if verb.dep_ != "relcl":
        return None
    pronoun = next((c for c in verb.children if c.lower_ in ("which", "that")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if pronoun is None and verb.head.lemma_.lower() in _SAID:
        pronoun = verb.head  # "..., a claim Peru denies"
    if pronoun is None or subject is None:
        return None
    if subject.i == pronoun.i:  # "Azerbaijan, which denies having any F-16s"
        return _said_by_antecedent(doc, verb)
    clause = verb.head
    while clause.dep_ not in ("ccomp", "ROOT", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "xcomp" and clause.head.dep_ == "ccomp":
        # "said Turkey is sending fighters to support Azerbaijan, which Turkey denied":
        # the reported clause, not the open clause ("to support ...") in it
        clause = clause.head
    own = set(t.i for t in verb.subtree)
    if verb.head.lemma_.lower() in _SAID:  # "..., a claim which Peru denies": not the claim
        own |= {t.i for t in verb.head.subtree}
    tokens = [t for t in clause.subtree if t.i not in own and not (t.is_punct or t.is_space)]
    if not tokens:
        return None
    return Attribution(
        source=_span(doc, list(subject.subtree)),
        cue=_span(doc, [verb]),
        content=_span(doc, tokens),
        kind="denial",
        verb=DENIAL_VERBS[verb.lemma_.lower()],
        sentence=None,
    )


def _said_by_antecedent(doc: Doc, verb: Token) -> Attribution | None:
    """ "Azerbaijan - which denies even having any F-16s": the one the relative stands
    for denies what the verb takes."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if not taken or verb.head.pos_ not in ("PROPN", "NOUN"):
        return None
    source = [t for t in verb.head.subtree if t.i < verb.head.i] + [verb.head]
    content = [t for c in taken for t in c.subtree if not (t.is_punct or t.is_space)]
    if not content:
        return None
    return Attribution(
        source=_span(doc, source),
        cue=_span(doc, [verb]),
        content=_span(doc, content),
        kind="denial",
        verb=DENIAL_VERBS[verb.lemma_.lower()],
        sentence=None,
    )


def find_denials(doc: Doc, known: list[Attribution]) -> list[Attribution]:
    """Passive and relative denials not among ``known`` attributions (matched by cue)."""
    cues = {a.cue.start for a in known}
    found = []
    for token in doc:
        if token.lemma_.lower() not in DENIAL_VERBS or token.idx in cues:
            continue
        att = _passive(doc, token) or _relative(doc, token)
        if att is not None:
            found.append(att)
    return found
