"""Roles news writes as a clause or shares between names, read when no title or
appositive gives one:

- a relative clause of office: "Mykola Kell, who heads the regional administration," is
  "head of the regional administration"; "who leads", "who chairs", "who directs";
- one description after two names: "Ana Ruiz and Tomas Berg, both professors at the
  University of Kell," makes each a "professor at the University of Kell";
- the office a sentence gives the name: "Yahya Kell was named the new leader of the
  group's political bureau", "Ana Ruiz is the head of the Kell Group".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon, roles
from generator.extract.kind_clues import described_as_a_person
from generator.extract.party_tags import us_role
from generator.extract.roles import OrgAt, Role


def read_role(doc: Doc, span: Span, org_at: OrgAt) -> Role | None:
    """The role written around a person's name: a title before it and a description
    after it (:mod:`roles`), else a clause or a shared description after it, else the
    office the sentence gives it; US abbreviations and party tags spelt out."""
    before = roles.before(doc, span, org_at)
    after = (
        roles.after(doc, span, org_at)
        or relative_office(doc, span)
        or relative_appointment(doc, span)
        or shared(doc, span)
    )
    if before is not None and " of " not in before.text:
        before = _of_body_after(doc, span, before)  # "Judge X of the Kell District Court"
    if before is None:
        before = described_before(doc, span, org_at)  # "the head of the union, Ana Ruiz"
    if before is None and after is None:
        after = predicated(doc, span)  # "X was named the leader of Y"
    return us_role(span, roles.joined(before, after))


_BODY_ENDS = (
    lexicon.INSTITUTION_NOUNS
    | lexicon.NAMED_ORG_NOUNS
    | set(lexicon.ORG_HEADS)
    | {"department", "board", "bureau", "authority", "corporation", "company"}
)


def _of_body_after(doc: Doc, span: Span, before: Role) -> Role:
    """A title before the name and the body it serves after it: "Judge Ana Ruiz of the
    Kell District Court" is "Judge of the Kell District Court"."""
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return before
    start = k + 1
    end = start + (doc[start].lower_ == "the")
    while end < len(doc) and end - start <= 8 and doc[end].text[:1].isupper():
        end += 1
    if end == start or doc[end - 1].lower_ not in _BODY_ENDS or not doc[end - 1].text[:1].isupper():
        return before
    return Role(f"{before.text} of {doc[start:end].text}", before.affiliation, before.strength)


def described_before(doc: Doc, span: Span, org_at: OrgAt) -> Role | None:
    """A description of one office set before the name, which stands in apposition to
    its noun: "the longtime head of the farmers' union, Ana Ruiz" (a title chain ends at
    its head word, so "of the farmers' union" in lower case is read here)."""
    root, head = span.root, span.root.head
    if (
        span.start < 2
        or doc[span.start - 1].text != ","
        or root.dep_ != "appos"
        or head.i >= span.start
        or head.tag_ != "NN"
        or not head.text[:1].islower()
        or roles.title_word(head) not in _OFFICE_NOUNS
        or not described_as_a_person(span)  # (not "a spokesman for the leader, X")
    ):
        return None
    tokens = list(doc[head.left_edge.i : span.start - 1])
    while tokens and tokens[0].lower_ in ("a", "an", "the"):
        tokens = tokens[1:]
    if (
        not tokens
        or len(tokens) > _MAX_WORDS
        or any(t.text in _STOP or t.pos_ in ("VERB", "AUX", "PRON") for t in tokens)
    ):
        return None
    org = next((found for t in tokens if (found := org_at(t.i)) is not None), None)
    return Role(doc[tokens[0].i : tokens[-1].i + 1].text, org[0] if org else None, 2)


_OFFICE_NOUNS = lexicon.TITLE_HEADS | {"head"}

# the verb of a relative clause -> the noun of the office it holds
_OFFICE_VERBS = {
    "head": "head", "lead": "leader", "chair": "chair", "direct": "director",
    "run": "head", "command": "commander", "govern": "governor", "found": "founder",
    "co-found": "co-founder", "manage": "manager", "edit": "editor", "represent":
    "representative", "advise": "adviser", "oversee": "head",
}  # fmt: skip
_STOP = {",", ".", ";", ":", "—", "–", "(", ")", '"', "“", "”"}
_MAX_WORDS = 10
_BOTH = {"both", "all", "each"}


def _phrase(doc: Doc, start: int) -> list[Token]:
    """The words from ``start`` to the end of the clause (a comma, a full stop, a verb
    of saying or the next relative)."""
    words: list[Token] = []
    k = start
    while k < len(doc) and len(words) <= _MAX_WORDS:
        token = doc[k]
        if token.text in _STOP or token.lower_ in ("who", "which", "that", "and", "but"):
            break
        if token.pos_ in ("VERB", "AUX"):
            break
        words.append(token)
        k += 1
    if len(words) > _MAX_WORDS:
        return []
    return words


def relative_office(doc: Doc, ent: Span) -> Role | None:
    """ "X, who heads the regional administration," -> "head of the regional
    administration"."""
    k = ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "who":
        return None
    verb = doc[k + 2]
    if verb.tag_ not in ("VBZ", "VBD") or verb.lemma_.lower() not in _OFFICE_VERBS:
        return None
    words = _phrase(doc, k + 3)
    if not words or words[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
        return None
    noun = _OFFICE_VERBS[verb.lemma_.lower()]
    if verb.tag_ == "VBD" and noun != "founder":
        noun = f"former {noun}"
    return Role(f"{noun} of {doc[words[0].i : words[-1].i + 1].text}", None, 3)


def shared(doc: Doc, ent: Span) -> Role | None:
    """The description two names share: "A and B, both professors at Z" (for A or B)."""
    k = ent.end
    if k < len(doc) and doc[k].lower_ == "and":  # A: skip "and [Australian] B"
        k += 1
        while k < len(doc) and k - ent.end <= 5 and doc[k].text[:1].isupper():
            k += 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in _BOTH:
        return None
    words = _phrase(doc, k + 2)
    head = next((t for t in words if t.tag_ == "NNS" and _singular(t) in _TITLES), None)
    if head is None:
        return None
    text = doc[words[0].i : words[-1].i + 1].text
    start = head.idx - words[0].idx
    text = text[:start] + _singular(head) + text[start + len(head.text) :]
    return Role(text, None, 3)


_TITLES = lexicon.TITLE_WORDS | lexicon.TITLE_HEADS


def _singular(token: Token) -> str:
    return token.lemma_ if token.text.islower() else token.text.rstrip("s")


# verbs that give their subject an office: "was named the leader of", "became chairman"
_GIVES_OFFICE = {"be", "become", "name", "appoint", "elect", "choose", "make", "remain"}
_NOT_OFFICE = {"new", "newly", "current", "acting"}
_SERVES_AS = {"serve", "work", "act"}


def predicated(doc: Doc, ent: Span) -> Role | None:
    """ "X was named the new leader of Y's political bureau" -> "leader of Y's political
    bureau"; "X is the head of Z" -> "head of Z"."""
    root = ent.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return _office_given(doc, verb)


def relative_appointment(doc: Doc, ent: Span) -> Role | None:
    """ "X, who was named police chief in May," -> "police chief"; "X, who is the head
    of Z," -> "head of Z"."""
    k = ent.end
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "who":
        return None
    verb = doc[k + 1].head
    if verb.dep_ != "relcl" or verb.head.i != ent.root.i:
        return None
    return _office_given(doc, verb)


def _office_given(doc: Doc, verb: Token) -> Role | None:
    """The office a verb gives its subject ("was named the new leader of Y")."""
    if verb.lemma_.lower() in _SERVES_AS:  # "who was then serving as the governor's physician"
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        office = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
    elif verb.lemma_.lower() in _GIVES_OFFICE:
        office = next((c for c in verb.children if c.dep_ in ("attr", "oprd")), None)
    else:
        return None
    if office is None or office.pos_ != "NOUN" or office.lower_ not in lexicon.TITLE_HEADS:
        return None
    if any(t.lower_ in ("not", "never") for t in verb.children):
        return None  # "X is not the leader"
    if verb.lemma_.lower() in ("be", "remain") and not any(
        c.lower_ == "the" or c.dep_ == "poss" for c in office.children
    ):
        return None  # "X is a good leader": a judgement, not an office
    words = [
        t
        for t in office.subtree
        if t.i >= office.left_edge.i and t.dep_ not in ("det",) and t.lower_ not in _NOT_OFFICE
    ]
    words = [t for t in words if t.i <= _end_of(office)]
    if not words or len(words) > _MAX_WORDS:
        return None
    return Role(doc[words[0].i : words[-1].i + 1].text, None, 3)


def _end_of(office: Token) -> int:
    """The last token of the office's phrase: its "of"/"at" phrase, not a clause or a date."""
    end = office.i
    for child in office.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "to"):
            end = child.right_edge.i
        else:
            break
    return end


def office_holder(span: Span) -> Span | None:
    """The person's name at the end of a run of capitalised words after a title of
    office with "of": "Eva Lind" of "(Deputy) Director of Public Prosecutions Eva Lind",
    "Director of National Intelligence Eva Lind", where the tagger read the office and
    the name as one name, or read no name at all.  None for any other span."""
    doc = span.doc
    if len(span) < 3 or span.start < 2 or doc[span.start - 1].lower_ != "of":
        return None
    title = doc[span.start - 2]
    if not (title.text[:1].isupper() and title.lower_.rstrip(".") in lexicon.TITLE_HEADS):
        return None
    name = doc[span.end - 2 : span.end]
    if not all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()
        for t in name
    ) or any(t.lower_ in lexicon.TITLE_WORDS or gazetteer.lookup(t.text) for t in name):
        return None
    last = doc[span.end - 3]  # the office's last word: plural or a field, as no first name
    if last.tag_ != "NNPS" and last.lower_ not in _OFFICE_FIELDS:
        return None  # ("Public Prosecutions", "National Intelligence")
    return name


# nouns that end the name of an office held "of" them: "Director of Public Prosecutions"
_OFFICE_FIELDS = frozenset(
    {"intelligence", "security", "police", "justice", "health", "defence", "defense",
     "education", "finance", "state", "affairs", "prosecutions", "investigation",
     "staff", "commerce", "labor", "labour", "energy", "transportation", "treasury",
     "agriculture", "interior", "communications", "operations", "public", "court", "courts"}
)  # fmt: skip
