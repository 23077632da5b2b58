"""Attribution rules on the dependency parse: cue words, their content and source.

Each rule looks at one token and, when it is a cue, returns a ``Draft``: token indices
of the cue, the claimed content and the source.  Verb cues ("said", "denied",
"called for", "was quoted as saying by") and their content are here; who says it, the
source of every cue, is in ``speakers``; the other forms ("according to", "his claim
that", "Graham: ...") are in ``forms``.  The words are data, in ``cues``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.attribution.cues import (
    DECLARED_STATES,
    INVERTING_VERBS,
    MENTAL_STATES,
    OBJECT_WITH_PREP,
    PHRASAL_CUES,
    PHYSICAL_ACTIONS,
    SAYING_CIRCUMSTANCES,
    VERB_CUES,
)
from generator.extract.attribution.forms import (
    Draft,
    according_to,
    colon_cue,
    in_source,
    noun_cue,
    past_lemma,
    quote_as_possessive,
    starts_quote,
    subtree,
    third_person,
)
from generator.extract.attribution.frames import cue_rate, frame_of
from generator.extract.attribution.misparsed import (
    passive_subject,
    that_clause_misparsed,
    told_that,
)
from generator.extract.attribution.speakers import source_of

if TYPE_CHECKING:
    from spacy.tokens import Token


_CLAUSE_DEPS = {"ccomp"}
_NAMING = {"call", "name", "dub", "label", "title", "know", "brand"}
_ADDRESSING = {"tell", "inform", "assure", "warn", "remind", "brief", "advise", "notify",
               "convince", "persuade", "caution", "reassure"}  # fmt: skip
_SOURCELESS = {"seem", "appear", "prove", "look", "sound"}
_PREDICTING = {"will", "'ll", "may", "might"}
# Thresholds on the frame table (frames): a verb outside the lexicon is a cue when
# seen often enough in its frame and mostly annotated as one; a lexicon verb is dropped
# in a frame where it seldom is.
# The learned filter (``filtering``) then weighs every proposal, so the net is
# wide here.
LEARNED_MIN_SEEN, LEARNED_MIN_RATE = 3, 0.25
GATE_MIN_SEEN, GATE_MAX_RATE = 8, 0.2
TAKES_ANY_RATE = 0.4
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def cue_at(tok: Token) -> Draft | None:
    """The attribution whose cue is ``tok``, if it is one."""
    return (
        according_to(tok)
        or _plea(tok)
        or _verb_cue(tok)
        or noun_cue(tok)
        or colon_cue(tok)
        or in_source(tok)
    )


def _plea(tok: Token) -> Draft | None:
    """ "X pleaded not guilty to fraud": a denial made in court ("pleaded guilty": an
    admission); what is pleaded, with the charges, is the content."""
    if tok.lemma_.lower() != "plead":
        return None
    plea = next(
        (c for c in tok.children if c.dep_ in ("acomp", "oprd") and c.lower_ == "guilty"), None
    )
    source = source_of(tok)
    if plea is None or not source:
        return None
    nots = {c.i for c in (*plea.children, *tok.children) if c.dep_ == "neg"}
    kind = "denial" if nots else "admission"
    return Draft([tok.i], (subtree(plea) | nots) - source, source, kind, "pleads", set())


def _verb_cue(tok: Token) -> Draft | None:
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return None
    if _conjectured(tok) or (tok.dep_ == "xcomp" and _conjectured(tok.head)):
        return None  # "Russia will not want another war": the writer's guess at a mind
    lemma = tok.lemma_.lower()
    if lemma not in VERB_CUES and past_lemma(tok.lower_, lemma) in VERB_CUES:
        lemma = past_lemma(tok.lower_, lemma)  # "hoping" read as "hop"
    cue = [tok.i]
    entry = None
    particle = None
    for child in tok.children:
        if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in PHRASAL_CUES:
            if _when(child):
                continue  # "called on Wednesday for a pause": a date, not whom
            particle = child
            entry = PHRASAL_CUES[(lemma, child.lower_)]
            break
    if entry is None:
        entry = VERB_CUES.get(lemma)
    frame, complement = frame_of(tok)
    rate, seen = cue_rate(lemma, frame)
    if entry is None:
        if tok.pos_ != "VERB" or seen < LEARNED_MIN_SEEN or rate < LEARNED_MIN_RATE:
            return None
        return _learned_cue(tok, frame, complement)
    if particle is None and seen >= GATE_MIN_SEEN and rate < GATE_MAX_RATE:
        return None  # this verb in this frame is seldom a claim ("see the point")
    kind, verb, takes = entry
    if takes != "c" and seen >= GATE_MIN_SEEN and rate >= TAKES_ANY_RATE:
        takes = "ox"  # the frame table says this verb often claims through it
    if lemma == "quote" and _quoted_as_saying(tok) is not None:
        return _quoted_as_saying(tok)
    content: set[int] = set()
    if particle is not None:
        cue.append(particle.i)
        if particle.dep_ == "prep":
            for obj in particle.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    content |= subtree(obj)
            if content and "x" in takes:  # "called on Baku to withdraw"
                content |= {i for c in tok.children if _infinitive(c) for i in subtree(c)}
        else:
            content |= _objects(tok, "o", exclude=particle.i)
    if not content:
        content = _clause_content(tok)
    if not content and lemma in _ADDRESSING:
        content = told_that(tok)  # "told reporters in a statement that ...": not whom
    if not content and takes:
        if kind == "statement" and _declares_a_state(tok):
            return None  # "declared martial law": an act; "urged a ceasefire" is a demand
        content = _objects(tok, takes)
        if content:
            content |= _trailing_modifiers(tok, max(content))
    if not content:
        content = _inverted_content(tok) or _parenthetical_content(tok)
    if not content:
        content = that_clause_misparsed(tok)
    event = False
    if not content:
        content = passive_subject(tok)
        event = bool(content)

    source = source_of(tok)
    if event and not source:
        return None  # "a ceasefire was agreed": an event reported, nobody's claim
    if lemma == "ask" and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ROOT"):
        source = set()  # "Asked about the bomb, Clinton said ...": nobody asks here
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma in _NAMING:
        return None  # "a group called Lashkar-e-Taiba" names, it claims nothing
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if not source and not passive and tok.tag_ not in ("VBN", "VBG"):
        return None  # "to report offshore profits", "Ask which state...": nobody claims
    content -= source
    content -= set(cue)
    return Draft(sorted(cue), content, source, kind, verb, set())


_WHEN = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "day", "night", "morning", "evening", "afternoon", "week", "weekend"}  # fmt: skip


def _when(prep: Token) -> bool:
    """ "on Wednesday", "on Sunday night": a preposition that says when."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _WHEN for o in objects
    )


def _infinitive(tok: Token) -> bool:
    """ "to withdraw" after "called on Baku": an open clause, or one the parser hung as a
    clausal complement because it stands in quotation marks."""
    if tok.dep_ == "xcomp":
        return True
    return tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _declares_a_state(tok: Token) -> bool:
    """ "declared independence", "declared martial law", "announced a ceasefire"."""
    for child in tok.children:
        if child.dep_ != "dobj":
            continue
        lemma = child.lemma_.lower()
        if lemma in DECLARED_STATES:
            return True
        if lemma == "law" and any(c.lower_ == "martial" for c in child.children):
            return True
        if lemma == "state":  # "a state of emergency"
            of = [g for c in child.children if c.lower_ == "of" for g in c.children]
            if any(g.lemma_.lower() in DECLARED_STATES for g in of):
                return True
    return False


def _conjectured(tok: Token) -> bool:
    """A state of mind with a modal of prediction ("X will not want", "they may fear"):
    the writer guesses what the subject would think; the subject claims nothing."""
    if tok.lemma_.lower() not in MENTAL_STATES:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PREDICTING for c in tok.children)


def _learned_cue(tok: Token, frame: str, complement: Token | None) -> Draft | None:
    """A verb outside the curated lexicon that the frame table says introduces a claim."""
    if complement is None or tok.lemma_.lower() in PHYSICAL_ACTIONS:
        return None
    cue = [tok.i]
    if frame.startswith("prep:"):
        cue.append(complement.i)
        content = {
            i for c in complement.children if c.dep_ in ("pobj", "pcomp") for i in subtree(c)
        }
    elif frame == "xcomp":
        content = _objects(tok, "ox")
    else:
        content = subtree(complement)
        if frame == "dobj":
            content |= _trailing_modifiers(tok, max(content))
    source = source_of(tok)
    kind = "statement"
    if tok.lemma_.lower() in _SOURCELESS:
        # "he seems to have other rules": nobody is cited; the subject is in the claim
        content |= source
        source = set()
        kind = "assessment"
    elif not source:
        return None  # a learned cue needs someone behind it
    content -= source | set(cue)
    verb = third_person(past_lemma(tok.lower_, tok.lemma_.lower()))
    if frame.startswith("prep:"):
        verb += " " + frame[5:]  # "focuses on"
    return Draft(cue, content, source, kind, verb, set(), learned=True)


def _clause_content(tok: Token) -> set[int]:
    content: set[int] = set()
    semicolons = [c.i for c in tok.children if c.text == ";"]
    for child in tok.children:
        if any(child.i < s < tok.i for s in semicolons):
            continue  # "A accused B of it; officials denied it": a sentence of its own
        if child.dep_ in _CLAUSE_DEPS or (
            child.dep_ in ("parataxis", "dobj", "xcomp", "advcl") and starts_quote(child)
        ):
            content |= subtree(child)
    if content:
        # "cited remarks Trump had made about her": an object the parser split from
        # the clause that describes it
        for child in tok.children:
            if tok.lemma_.lower() in _ADDRESSING:
                break  # "told the council that ...": the object is who is told
            if child.dep_ == "dobj" and child.right_edge.i + 1 == min(content):
                content |= subtree(child)
    return content


def _objects(tok: Token, takes: str, exclude: int = -1) -> set[int]:
    content: set[int] = set()
    lemma = tok.lemma_.lower()
    children = [c for c in tok.children if c.i != exclude]
    naming = "c" in takes
    if naming:
        # "called Trump unhinged": the object and its complement, or nothing
        complement = any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children)
        # "called the allegation 'complete nonsense'", parsed as two objects, or with
        # the opening quotation mark read as a possessive
        objects = [c for c in children if c.dep_ == "dobj"]
        if not complement and len(objects) < 2 and not any(map(quote_as_possessive, objects)):
            return set()
        takes = "o"
    for child in children:
        if child.dep_ in ("dobj", "attr", "oprd", "npadvmod") and ("o" in takes):
            if child.dep_ != "npadvmod" or naming:
                content |= subtree(child)
        elif (child.dep_ == "xcomp" and "x" in takes) or (
            child.dep_ == "prep" and OBJECT_WITH_PREP.get(lemma) == child.lower_
        ):
            content |= subtree(child)
    if len(content) == 1 and tok.doc[min(content)].tag_ in ("WP", "WDT", "WRB"):
        return set()  # "what he calls ...": the object is a relative word
    return content


def _trailing_modifiers(tok: Token, after: int) -> set[int]:
    """Prepositional phrases after an object belong to the claim ("accused X of Y on the
    border"), except the circumstances of the saying ("in a statement", "on Monday")."""
    out: set[int] = set()
    for child in tok.children:
        if child.i <= after or child.dep_ not in ("prep", "advcl", "advmod"):
            continue
        heads = [child, *(c for c in child.children if c.dep_ in ("pobj", "pcomp"))]
        if any(
            t.lemma_.lower() in SAYING_CIRCUMSTANCES or t.ent_type_ in ("DATE", "TIME")
            for t in heads
        ):
            break
        out |= subtree(child)
    return out


def _inverted_content(tok: Token) -> set[int]:
    """``"We will win," he said`` parsed with "said" hanging off the quoted clause."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("parataxis", "ccomp", "advcl"):
        return set()
    if tok.lemma_.lower() not in INVERTING_VERBS:
        return set()  # "..., he wants": only verbs of saying and thinking come after
    if head.i > tok.i and tok.dep_ != "parataxis":
        return set()
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i else None
    if tok.dep_ != "parataxis" and (before is None or before.text not in ",”\"'"):
        return set()  # "That is what the minister said": no comma, no inversion
    if tok.dep_ == "ccomp" and head.lemma_.lower() in VERB_CUES:
        return set()  # "officials said a device was found": the clause is what is said
    own = subtree(tok)
    content = subtree(head) - own
    content = {i for i in content if i < tok.left_edge.i or tok.doc[i].dep_ != "punct"}
    return content | _after_parenthesis(tok, content)


def _parenthetical_content(tok: Token) -> set[int]:
    """ "Though the move was smooth, he said, replacing her would be hard", parsed with
    the cue as the root: the claim is what stands on either side of the commas."""
    if tok.lemma_.lower() not in INVERTING_VERBS:
        return set()
    commas = [c.i for c in tok.children if c.text == ","]
    if len(commas) < 2 or not (commas[0] < tok.i < commas[-1]):
        return set()
    content: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("punct", "nsubj", "aux", "neg") or commas[0] < child.i < commas[-1]:
            continue
        content |= subtree(child)
    left = any(i < commas[0] for i in content)
    right = any(i > commas[-1] for i in content)
    return content if left and right else set()


def _after_parenthesis(tok: Token, content: set[int]) -> set[int]:
    """ "The museum, Mr. Obama said, would make visitors face hard truths": a cue set
    off by commas inside the claim; the claim goes on after the second comma."""
    doc = tok.doc
    after = tok.right_edge.i if tok.right_edge.text == "," else tok.right_edge.i + 1
    if not content or max(content) > tok.i or after + 1 >= len(doc) or doc[after].text != ",":
        return set()
    sent_end = doc[tok.i].sent.end
    rest = [t.i for t in doc[after + 1 : sent_end] if "\n" not in t.text]
    while rest and doc[rest[-1]].is_punct:
        rest.pop()
    return set(rest)


def _quoted_as_saying(tok: Token) -> Draft | None:
    """ "A was quoted as saying by B that ...": A is the source, B relays it."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for say in prep.children:
            if say.lemma_.lower() != "say":
                continue
            content = _clause_content(say)
            relay: set[int] = set()
            for node in (*say.children, *tok.children):
                if node.dep_ in ("agent", "prep") and node.lower_ == "by":
                    relay = {i for c in node.children if c.dep_ == "pobj" for i in subtree(c)}
            subject = {i for c in tok.children if c.dep_ in _SUBJECT_DEPS for i in subtree(c)}
            if content:
                cue = sorted({tok.i, prep.i, say.i})
                return Draft(cue, content, subject, "statement", "says", relay)
    return None
