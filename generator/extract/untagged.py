"""Names the tagger missed, read where the sentence leaves no doubt that they name an actor.

The small English model misses names it has not seen, above all acronyms and one-word
names of outlets and companies.  A run of proper nouns it left untagged is read as a
name when the sentence says what it is:

- it speaks: the subject of a verb of saying ("SOCAR said", "Mediaite counted");
- a title describes it: "Waqar Noor, the region's interior minister, says" (a person);
- a noun for its type stands before it: "energy company SOCAR", "militant groups
  Jaish-e-Mohammed", "the website Mediaite".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator import dates
from generator.extract import gazetteer, lexicon, name_spans, roles
from generator.extract.attribution.forms import speaks
from generator.extract.document import ParsedArticle
from generator.extract.kind_clues import described_as_a_person, referred_to_as_a_person
from generator.extract.role_clauses import office_holder, shared

# Nouns for a kind of organisation or group, before its name ("company SOCAR").
TYPE_NOUNS = {
    **dict.fromkeys(
        (
            "company", "firm", "agency", "outlet", "website", "site", "newspaper", "paper",
            "broadcaster", "channel", "network", "party", "organisation", "organization",
            "charity", "institute", "group", "think-tank", "tank", "magazine", "operator",
            "manufacturer", "giant", "producer", "bank", "union", "ngo",
        ),
        "organisation",
    ),
    **dict.fromkeys(
        ("groups", "militia", "militias", "faction", "movement", "rebels", "outfit"), "group"
    ),
}  # fmt: skip
_MAX_WORDS = 4
# Last words of a body's name ("Strategic Policy Institute"): never a person.
_BODY_NOUNS = lexicon.INSTITUTION_NOUNS | lexicon.NAMED_ORG_NOUNS | set(lexicon.ORG_HEADS)


def _proper(token: Token) -> bool:
    """A capitalised proper noun the tagger left out of every entity (or took for a
    nationality: "Jaish")."""
    return (
        (token.ent_type_ in ("", "NORP") or _not_a_date(token))
        and (token.tag_ in ("NNP", "NNPS") or token.text in lexicon.OUTLETS)
        and token.text[:1].isupper()
        and token.lower_ not in lexicon.NOT_ACTORS
        and token.lower_.rstrip(".") not in lexicon.TITLE_WORDS
        and token.lower_ not in lexicon.ROLE_MODIFIERS
        and token.lower_ not in dates.MONTHS
        and token.lower_ not in dates.WEEKDAYS
        and gazetteer.lookup(token.text) is None
    )


def _not_a_date(token: Token) -> bool:
    """A capitalised word inside a sentence the tagger took for a date ("Timothy Weeks")."""
    return (
        token.ent_type_ == "DATE"
        and token.tag_ in ("NNP", "NNPS")
        and not token.is_sent_start
        and token.i > 0
        and token.doc[token.i - 1].text[:1].isupper()
        and token.doc[token.i - 1].ent_type_ in ("", "PERSON")
    )


def _runs(doc: Doc, taken: set[int]) -> list[Span]:
    """Runs of untagged proper nouns (joined across hyphens: "Jaish-e-Mohammed")."""
    runs: list[Span] = []
    i = 0
    while i < len(doc):
        if i in taken or not _proper(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken:
            if _proper(doc[j]) and doc[j - 1].whitespace_:
                j += 1
            elif doc[j].text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
                k = j + 1
                while k < len(doc) and not doc[k - 1].whitespace_ and doc[k].text != " ":
                    k += 1  # "Jaish-e-Mohammed": the hyphenated word to its end
                j = k
            else:
                break
        if j - i <= _MAX_WORDS * 3:
            runs.append(doc[i:j])
        i = j
    return runs


def _kind(span: Span) -> str | None:
    """The kind of actor the run names, from the sentence around it, or None."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in TYPE_NOUNS and before.text[:1].islower():
        return TYPE_NOUNS[before.lower_]
    if any(t.ent_type_ == "NORP" for t in span):
        return None  # a nationality, unless a type noun says otherwise (above)
    if span[-1].lower_ in _BODY_NOUNS:
        return "organisation" if speaks(span.root) or before is not None else None
    if roles.after(doc, span, lambda i: None) is not None or shared(doc, span) is not None:
        return "person"  # "Waqar Noor, the region's interior minister", "A and B, both ..."
    if (
        before is not None
        and before.text == ","
        and 2 <= len(span) <= 3
        and all(t.text[:1].isupper() and t.text.isalpha() for t in span)
        and roles.titled(doc, span)
    ):
        return "person"  # "The Director of Public Prosecutions, Eva Lind, said"
    if before is not None and before.text == "," and described_as_a_person(span):
        return "person"  # "the longtime head of the farmers' union, Ana Ruiz"
    if not speaks(span.root) or span.root.lower_ in lexicon.GENERIC_NOUNS:
        return None
    words = [t for t in span if t.text[:1].isalpha()]
    if span.text in lexicon.OUTLETS:
        return "organisation"  # "Axios reported", which the tagger reads as an adverb
    if len(words) == 1 and words[0].text.isupper() and len(words[0]) >= 2:
        return "organisation"  # "SOCAR said"
    if 2 <= len(words) <= 3 and all(t.text[:1].isupper() for t in words):
        return "person"
    if len(words) == 1 and referred_to_as_a_person(span):
        return "person"  # "Cruz admitted that his pick ..."
    return "organisation" if len(words) == 1 else None


def described_as(span: Span) -> str | None:
    """The words before a name that say what it is: "Azerbaijani state energy company"
    of "Azerbaijani state energy company SOCAR"; None without a type noun."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in TYPE_NOUNS:
        return None
    start = span.start - 1
    while (
        start > 0
        and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN")
        and (doc[start - 1].dep_ in ("amod", "compound", "nmod"))
    ):
        start -= 1
    text = doc[start : span.start].text
    plural = doc[span.start - 1].lower_
    if plural in ("groups", "militias"):
        text = text[: -len(plural)] + plural[:-1]  # "militant groups X": a militant group
    return text


def untagged_names(parsed: ParsedArticle, taken: set[int]) -> list[tuple[Span, str]]:
    """(span, kind) of each name the tagger missed and the sentence vouches for."""
    found: list[tuple[Span, str]] = []
    for span in _runs(parsed.doc, taken):
        if parsed.paragraph_at(span.start_char).kind not in ("body", "quote", "list"):
            continue
        holder = office_holder(span) or name_spans.surname_he(span)  # "Director of ... Eva Lind"
        kind = "person" if holder is not None else _kind(span)
        span = holder or span
        if kind is not None:
            found.append((span, kind))
    return found
