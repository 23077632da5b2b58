"""Sources without a name: "officials said", "the newspaper reported", "a poll found".

News often quotes people it does not name, and documents, polls and bodies it names only
by what they are.  Such a claim still has a source a reader should see, so the source
phrase becomes an actor named as the article writes it: a ``group`` for people
("US officials", "Republicans", "A witness") and for documents ("The report",
"A Quinnipiac poll", "Court filings"), an ``organisation`` for a body named by its kind
("The newspaper", "Syrian state TV").  Each has the role ``unnamed source`` (so that it
stays with its article when articles are merged) and, when the phrase names a state,
region, organisation or group ("Russian officials"), that actor as its affiliation.

Only phrases whose head is a word for people, bodies or documents are taken; a phrase
like "the trains" or "many cases" is not a source, and its claim is left out.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract import lexicon
from generator.extract.actors import Cast
from generator.extract.source_words import BODIES, DOCUMENTS, PEOPLE, SHARES
from generator.factsheet.model import UNNAMED_SOURCE, Actor
from generator.slugs import slugify

# Words before the head that say how many or which, not who: dropped from a plural name.
_COUNTING = {
    "a", "an", "the", "some", "several", "many", "most", "other", "one", "two", "three",
    "four", "five", "few", "these", "those", "various", "numerous", "both", "all", "more",
    "another", "any", "certain", "such",
}  # fmt: skip
# "their lawyers", "my father": a possessive the phrase opens with, kept as written
# ("My father") and left out of a plural's name ("Lawyers")
_LEADING_OWNERS = {"my", "our", "their"}
_AFFILIATIONS = ("country", "organisation", "region", "group")
# bodies that, several together, are a group ("rights groups"), unlike a state's courts
_ALLIANCES = {"group", "organisation", "organization", "charity", "ngo", "outlet",
              "company", "firm", "union", "association", "campaign"}  # fmt: skip
_MAX_WORDS = 8
# Singular heads that are no one person: a body of people ("the police", "the crowd"),
# and the anonymous sources a newsroom writes as a group ("an official", "a source",
# "a witness": FORMAT's unnamed sources).  Any other one ("a judge", "the man", "a woman
# who lives nearby", "a local doctor") is a person.
_NOT_ONE = {
    "official", "source", "insider", "witness", "police", "crowd", "family", "audience",
    "staff", "force", "troop", "people", "authority", "monitor", "representative",
    "community",
}  # fmt: skip


_OUT_OF = {"in", "of", "out"}
# words for a part of some people, left out of their name ("51 percent of respondents")
_PORTIONS = {"percent", "%", "majority", "minority", "half", "third", "quarter", "plurality",
             "proportion", "share", "handful", "dozen", "dozens", "couple"}  # fmt: skip


def head_of(span: Span) -> Token:
    """The word a source phrase is about ("officials" in "two senior US officials")."""
    root = span.root
    if root.pos_ == "VERB" and root.i == span.start:
        # "according to show insiders", the tagger reading "show" as a verb: a noun phrase
        obj = next((c for c in root.children if c.dep_ == "dobj" and c.i < span.end), None)
        if obj is not None and obj.pos_ == "NOUN" and obj.i == span.end - 1:
            return obj
    if root.like_num and root.i == span.start:
        # "Nine in 10 Democratic voters", "three out of four residents": those people
        prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in _OUT_OF), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is not None and obj.i < span.end and obj.lemma_.lower() in PEOPLE:
            return obj
    if root.lemma_.lower() in SHARES or root.text == "%":
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        known = obj is not None and obj.lemma_.lower() in PEOPLE | BODIES | DOCUMENTS
        if obj is not None and obj.i < span.end and (known or root.lemma_.lower() not in BODIES):
            return obj  # "a group of doctors"; but "the group of rapporteurs" stays a group
    return root


# One person by office, whom no word list of people names ("coroner", "commissioner")
_TITLES = lexicon.TITLE_HEADS - PEOPLE


def head_class(span: Span) -> str | None:
    """What a source phrase names by its head: "people", "body", "document"; for a name
    the cast lacks, "body name" or "person name"; None for anything else."""
    head = head_of(span)
    lemma = head.lemma_.lower()
    if (
        head.pos_ == "PRON"
        and lemma in _SOME
        and any(
            (c.dep_ == "prep" and c.lower_ in ("in", "from", "among", "inside"))
            or c.lower_ in _KNOWING
            for c in head.children
        )
    ):
        return "people"  # "some in Gaza", "many among the refugees", "those close to him"
    if head.pos_ == "PROPN":
        if _titled(span, head):
            return "body name"  # "Doctors Without Borders", "Citizens for Tax Justice"
        if head.tag_ == "NNPS" or lemma in PEOPLE:
            return "people"  # "Republicans", "Democrats": a plural name is people
        kind = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if kind and kind[-1].lemma_.lower() in BODIES:
            return "body name"  # "the state energy company SOCAR"
        described = any(c.dep_ == "appos" and c.lemma_.lower() in PEOPLE for c in head.children)
        # '"We will stay." ― Ana Ruiz': a quotation signed with its speaker's name
        signed = span.start > 0 and span.doc[span.start - 1].text in ("―", "—")
        if (head.ent_type_ == "PERSON" or described or signed) and all(
            t.pos_ == "PROPN" for t in name_words(span) if not t.is_punct
        ):
            return "person name"  # a person the actors missed ("Waqar Noor, the minister")
        if _org_name(span, head):
            return "body name"  # "reported Reuters", "the Associated Press said"
        if lemma in BODIES and head.i > span.start and span[0].lower_ == "the":
            return "body name"  # "the Republican National Committee", "the Supreme Court"
        return None
    if head.pos_ != "NOUN":
        return None
    if lemma in ("percent", "%") and any(c.like_num for c in head.children):
        return "people"  # "73 percent said": of those asked
    if lemma in PEOPLE:
        return "people"
    if lemma in _TITLES:
        return "people"  # "the state's chief medical examiner", "its new police commissioner"
    if lemma in BODIES and not (
        lemma in DOCUMENTS
        and head.tag_ == "NNS"
        and any(c.dep_ == "compound" for c in head.children)
    ):  # ("court papers": documents; "the paper": a newspaper)
        return "body"
    if lemma in DOCUMENTS:
        return "document"
    return None


def _org_name(span: Span, head: Token) -> bool:
    """A body the actors missed, by its name alone: every word of the phrase but "the"
    inside one organisation the tagger found ("Reuters", "the Associated Press", "the
    Democratic National Convention"), ending in no word for a person ("AP Photographer"
    is a person by office, named by no name), outside a Title Case headline."""
    words = [t for t in name_words(span) if t.pos_ != "DET"]
    if not words or words[-1].i != head.i or head.lemma_.lower() in PEOPLE | _TITLES:
        return False
    one = sum(t.ent_iob_ == "B" for t in words) <= 1
    inside = one and all(t.ent_type_ == "ORG" and t.pos_ == "PROPN" for t in words)
    return inside and not _title_case(head.sent)


def _title_case(sentence: Span) -> bool:
    """A headline in Title Case ("Lenk Slams Varga Over Deal"): its names are no names."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > 0.8 * len(words)


def _titled(span: Span, head: Token) -> bool:
    """A name in title case with a preposition in it ("Friends of the Earth", "Doctors
    Without Borders"), as bodies are named; "Republicans in Congress" is people."""
    for prep in head.rights:
        if prep.i >= span.end or prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        if prep.text[0].isupper() or (prep.lower_ in ("for", "of") and head.i != head.sent.start):
            return True
    return False


_SOME = {"some", "many", "most", "others", "few", "several", "those", "one"}
_NAME_PREPS = {"of", "for", "at", "from", "in", "on", "to", "with", "inside", "within",
               "without", "against"}  # fmt: skip
# "people familiar with the talks", "officials briefed on the plan": who they are
_KNOWING = {"familiar", "close", "knowledgeable", "briefed"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def name_words(span: Span) -> list[Token]:
    """The words of a source phrase that say who: its head, what stands before it, and
    the phrases after it that say whose or where ("leaders in the enclave"), not when
    ("in 2001"), nor a clause ("who said", "representing pilots")."""
    doc = span.doc
    head = head_of(span)
    top = span.root
    first = max(span.start, top.left_edge.i)
    dashes = [
        t.i
        for t in doc[first : head.i]
        if t.text in ("—", "–") or t.text == "-" == t.text_with_ws[:-1]
    ]
    first = dashes[-1] + 1 if dashes else first  # "LANMARK, Calif. (AP) — Authorities say"
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i >= first), None)
    if owner is not None and head.i - first > 4:
        # "A VOA reporter Nisan Ahmado's source": from the owner's own name
        first = owner.i
        while first - 1 >= span.start and doc[first - 1].pos_ == "PROPN":
            first -= 1
    last = head.i
    for child in head.rights:
        if child.i >= span.end:
            break
        if child.lower_ in _KNOWING and child.right_edge.i < span.end:
            last = child.right_edge.i  # "a person familiar with the matter"
            continue
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if (
            child.dep_ != "prep"
            or child.lower_ not in _NAME_PREPS
            or obj is None
            or obj.ent_type_ in _NOT_NAMES
            or obj.like_num
            or child.right_edge.i >= span.end
            or child.right_edge.i - first >= _MAX_WORDS
        ):
            break  # a date, a clause, or a name grown too long: it ends here
        last = child.right_edge.i
    words = [
        t
        for t in doc[first : last + 1]
        if not t.is_punct or t.text in ("%", "-", ".") or t.tag_ == "POS"  # "Sanders’"
    ]
    while words and words[-1].is_punct:
        words = words[:-1]
    return words


def _written(words: list[Token]) -> dict[int, str]:
    """Each word as written with the space after it; a space that followed a mark left
    out ('the “No Comparison” ad') goes to the word before it."""
    text = {t.i: t.text_with_ws for t in words}
    kept = {t.i for t in words}
    if not words:
        return text
    doc = words[0].doc
    for t in doc[words[0].i : words[-1].i + 1]:
        if t.i in kept or not t.whitespace_:
            continue
        before = max((i for i in kept if i < t.i), default=None)
        if before is not None and not text[before].endswith(" "):
            text[before] += t.whitespace_
    return text


def unnamed_source(
    span: Span | None,
    cast: Cast,
    taken: dict[str, Actor],
    affiliation: str | None = None,
    whose: str | None = None,
    what: str | None = None,
) -> Actor | None:
    """The actor standing for the source phrase ``span`` ("two senior US officials",
    "the newspaper", "a Quinnipiac poll"), or None when the phrase names no people, body
    or document.  ``taken`` holds the unnamed actors made so far in this article, by id:
    one "Officials" per article, with every other way it is written as an alias.
    ``affiliation`` is the actor the phrase belongs to when the caller knows it; ``whose``
    the name that stands for its possessive ("his spokesperson" -> "Erdogan's
    spokesperson").  The name of a body the cast lacks ("the Supreme Court") gets an
    actor too, without the role.  ``what`` is the phrase's class when the caller knows
    it better than its head word does ("an architect, who said": people)."""
    if span is None:
        return None
    what = what or head_class(span)
    words = name_words(span)
    if what is None or not words or len(words) > _MAX_WORDS:
        return None
    text = _written(words)
    owner = next(
        (t for t in words if t.tag_ == "PRP$" or (t.tag_ == "PRP" and t.dep_ == "pobj")), None
    )
    if whose is not None and owner is not None:  # "his aides", "those close to him"
        text[owner.i] = f"{whose}'s " if owner.tag_ == "PRP$" else f"{whose} "
    leading = words[0] if words[0].lower_ in _LEADING_OWNERS and whose is None else None
    if any(
        (
            (
                t.tag_ in ("PRP", "PRP$", "WP", "WDT")
                and not (whose and t.i == getattr(owner, "i", -1))
            )
            and t is not leading
        )
        or t.lower_ in ("that", "own")
        for t in words
    ):
        return None  # "their own officials": not a plain description
    head = head_of(span)
    plural = head.tag_ in ("NNS", "NNPS") or head.i != span.root.i
    share = head.lower_ in ("percent", "%")  # "9 percent" and "47 percent": two groups
    short = list(words)
    while (
        short
        and short[0].i != head.i
        and (
            short[0].lower_ in _COUNTING
            or (short[0].like_num and not share and short[0].pos_ != "PROPN")  # "+972"
            or (short[0].lemma_.lower() in _PORTIONS and short[0].i < head.i)
            or short[0].pos_ in ("ADP", "DET")
            or short[0] is leading
        )
    ):
        short = short[1:]  # "two of the officials", "51 percent of respondents"
    if not short:
        return None
    role: str | None = UNNAMED_SOURCE
    if what == "body name" and head.pos_ == "PROPN":
        proper = [head]
        for t in reversed([t for t in short if t.i < head.i]):
            if t.i != proper[0].i - 1 or (t.pos_ != "PROPN" and not _holder_of(t, head)):
                break
            proper.insert(0, t)
        if proper and len(proper) < len(short):
            # "the state energy company SOCAR": the name, and what it is as its role
            described = [t for t in short if t.i < proper[0].i and t.pos_ not in ("DET",)]
            role = "".join(text[t.i] for t in described).strip() or None
            words = short = proper + [t for t in short if t.i > head.i]
        else:
            role = None  # "Reuters", "the Supreme Court": a name, no unnamed source
    elif "name" in what:
        role = None
    elif not plural and head.lower_ in lexicon.TITLE_HEADS:
        # "the chairman of the party", "a police spokesman": one person, by office
        held = "".join(text[t.i] for t in short).strip()
        if short[0].pos_ != "PROPN":  # not "new York's chief medical examiner"
            held = f"{held[:1].lower()}{held[1:]}"
        role = f"{held}, {UNNAMED_SOURCE}"
    written = _capital("".join(text[t.i] for t in words).strip())
    name = _capital("".join(text[t.i] for t in short).strip())
    actor_id = slugify(name)
    if not plural and "name" not in what:
        name = written  # "The newspaper", "A senior official": as written
    if not actor_id or actor_id in {a.id for a in cast.actors}:
        actor_id = f"{actor_id}-source"
    if plural and len(short) == 1 and actor_id not in taken:
        # "residents said" after "local residents said": the same people, named shorter
        same = [a for a in taken.values() if a.kind == "group" and a.id.endswith(f"-{actor_id}")]
        if len(same) == 1:
            actor_id = same[0].id
    if plural and actor_id not in taken:
        # "rebel sources said" and "rebels said": sources among those people are them
        actor_id = next((k for k in _sources_of(short) if k in taken), actor_id)
    if actor_id in taken:
        actor = taken[actor_id]
        if written != actor.name and written not in actor.aliases:
            actor = replace(actor, aliases=(*actor.aliases, written))
            taken[actor_id] = actor
        return actor
    if affiliation is None:
        named = cast.within(span.start_char, span.end_char)
        affiliation = next((a for a in named if cast.kind(a) in _AFFILIATIONS), None)
    kind = "organisation" if what in ("body", "body name") else "group"
    if what == "body" and plural and head.tag_ == "NNS" and head.lemma_.lower() in _ALLIANCES:
        kind = "group"  # "rights groups", "aid agencies": several bodies, no one of them
    one = what == "people" and not plural and head.lemma_.lower() in (PEOPLE - _NOT_ONE) | _TITLES
    if one or what == "person name":
        kind = "person"
    actor = Actor(
        id=actor_id,
        name=name,
        kind=kind,
        role=role,
        affiliation=affiliation,
        aliases=(written,) if written != name else (),
    )
    taken[actor_id] = actor
    return actor


def _holder_of(token: Token, head: Token) -> bool:
    """The possessive of an office-holder inside an office's name: "'s" of "the U.S.
    Attorney's Office", "the County Sheriff's Department" (not "Russia's Gazprom")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.tag_ == "POS"
        and head.lower_ in ("office", "department", "bureau")
        and before is not None
        and before.lower_.rstrip(".") in lexicon.TITLE_WORDS
        and before.text[:1].isupper()
    )


def _sources_of(short: list[Token]) -> tuple[str, ...]:
    """Ids the same people may have been given: "rebels" for "rebel sources", "rebel
    sources" for "rebels"."""
    if len(short) == 1 and short[0].lemma_.lower() in PEOPLE:
        return (f"{slugify(short[0].lemma_)}-sources",)
    if (
        len(short) == 2
        and short[1].lemma_.lower() == "source"
        and short[0].lemma_.lower() in PEOPLE - {"source"}
    ):
        return (f"{slugify(short[0].lemma_)}s",)
    return ()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
