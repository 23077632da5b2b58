"""An article's own descriptions of a person it has just named, as mentions of them.

"Pakistani Ambassador Bilal Hayee told the agency ... The diplomat said ...": news
writes a person's name once or twice and then "the diplomat", "the ambassador", "the
foreign minister".  A definite description whose head noun fits the role of exactly one
person named in the paragraphs just before it is another mention of that person, so that
what "the diplomat said" is theirs.  Its other words must fit too ("the defence minister"
is not the foreign minister); where two people fit, it stays unresolved.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from generator.extract import lexicon
from generator.extract.party_tags import role_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from generator.extract.cast import Entry
    from generator.extract.document import ParsedArticle

_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Nouns that describe anyone whose role has one of these words.
_FITS = {
    "diplomat": frozenset({"diplomat", "ambassador", "envoy", "consul", "attache"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "general": frozenset({"general", "commander"}),
    "commander": frozenset({"commander", "general"}),
    "spokesman": _SPOKES,
    "spokeswoman": _SPOKES,
    "spokesperson": _SPOKES,
    "lawmaker": frozenset({"lawmaker", "senator", "congressman", "congresswoman", "mp"}),
}
# Too common to point at one person: "the residents", "the official".
_TOO_COMMON = frozenset({"resident", "residents", "official", "worker", "volunteer", "head"})
_RECENT = 2  # paragraphs back in which the person must have been named


def _head(tokens: list[Token]) -> Token | None:
    """The description's head noun, after ``the`` and its modifiers."""
    head = tokens[-1]
    if head.lower_ not in lexicon.TITLE_HEADS or head.lower_ in _TOO_COMMON:
        return None
    return head


def _fits(entry: Entry, head: str, modifiers: list[str]) -> bool:
    if entry.kind != "person" or entry.role is None:
        return False
    role = role_words(entry.role.text).replace("-", " ").replace("'s", "")
    words = set(role.split())
    if not words & _FITS.get(head, frozenset({head})):
        return False
    return all(m in words or m in role for m in modifiers if m not in ("former", "top", "senior"))


def _governments(parsed: ParsedArticle, entries: dict[str, Entry], taken: set[int]) -> None:
    """ "Erdogan's government", "the Trump administration": the state its leader heads."""
    doc = parsed.doc
    by_start = {start: e for e in entries.values() if e.kind == "person" for start, _, _ in e.spans}
    for i, lower in enumerate(parsed.lowers):
        if lower not in ("government", "administration") or i in taken:
            continue
        token = doc[i]
        k = token.i - 1
        if k >= 0 and doc[k].tag_ == "POS":
            k -= 1
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k].ent_iob_ != "B":
            k -= 1
        leader = by_start.get(doc[k].idx) if k >= 0 else None
        state = entries.get(leader.role.affiliation or "") if leader and leader.role else None
        if leader is None or state is None or state.kind not in ("country", "region"):
            continue
        start = doc[k - 1].idx if k > 0 and doc[k - 1].lower_ == "the" else doc[k].idx
        end = token.idx + len(token)
        state.spans.append((start, end, parsed.text[start:end]))
        # the leader's name there is part of the state's mention, not a mention of its own
        leader.spans = [sp for sp in leader.spans if not start <= sp[0] < end]
        taken.update(range(k, token.i + 1))


# "the company said", "the bank's chief executive": the business named last
_BUSINESS = frozenset(
    {"company", "firm", "bank", "lender", "automaker", "carmaker", "retailer", "airline",
     "insurer", "manufacturer", "chipmaker", "startup", "conglomerate", "corporation",
     "brokerage", "utility", "developer", "studio", "organisation", "organization",
     "charity", "group"}
)  # fmt: skip
# "the department", "the committee", "the bureau": the body of that name named last
_BODIES = frozenset(
    {"department", "committee", "commission", "court", "council", "agency", "bureau",
     "board", "office", "ministry", "senate", "house", "administration", "service",
     "institute", "foundation", "university", "campaign", "police", "party", "union"}
)  # fmt: skip
# modifiers that point away from the body named last
_ELSEWHERE = frozenset(
    {"other", "rival", "parent", "former", "second", "first", "new", "another", "same",
     "largest", "biggest", "smaller", "larger", "state-owned"}
)  # fmt: skip
_NOT_BUSINESS = _BODIES | {"department", "ministry", "government", "army", "forces"}


def _bodies(parsed: ParsedArticle, entries: dict[str, Entry], taken: set[int]) -> None:
    """ "The company", "the bank", "the department": a mention of the organisation of
    that sort named last, in this paragraph or the one before."""
    doc = parsed.doc
    bodies = [e for e in entries.values() if e.kind in ("organisation", "group") and not e.owner]
    starts = sorted((start, e) for e in bodies for start, _, _ in e.spans if start >= 0)
    for i, lower in enumerate(parsed.lowers):
        if lower != "the" or i + 1 >= len(doc) or i + 1 in taken:
            continue
        token = doc[i]
        head = _body_head(doc, token.i + 1, taken)
        if head is None:
            continue
        noun = head.lower_
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.lower_ in ("of", "that")):
            continue  # "the company Acme", "the committee of inquiry": no description
        paragraph = bisect_right(parsed.starts, token.idx) - 1
        found = None
        for start, entry in reversed([s for s in starts if s[0] < token.idx]):
            if bisect_right(parsed.starts, start) - 1 < paragraph - 1:
                break
            words = {w.lower() for w in entry.name.split()}
            if entry.kind == "group" and noun != "group":
                continue  # an armed group is "the group", not "the company"
            if _placed(parsed, start):
                continue  # "the factory in Dunmore": a place the tagger took for a body
            if (noun in _BODIES and noun in words) or (
                noun in _BUSINESS and not words & _NOT_BUSINESS
            ):
                found = entry
                break
        if found is not None:
            end = head.idx + len(head)
            found.spans.append((token.idx, end, parsed.text[token.idx : end]))
            taken.update(range(token.i, head.i + 1))


_LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "into", "across", "to"})


def _placed(parsed: ParsedArticle, start: int) -> bool:
    """The mention starting at ``start`` follows a locative preposition ("in Dunmore")."""
    token = parsed.doc.char_span(start, start + 1, alignment_mode="expand")
    return token is not None and token.start > 0 and parsed.doc[token.start - 1].lower_ in _LOCATIVE


def _body_head(doc: Doc, k: int, taken: set[int]) -> Token | None:
    """The head of "the (aid) group", "the (oil) company" starting at token ``k``, when
    its modifiers are plain lower-case words that do not point elsewhere ("the other
    company", "the parent company")."""
    for _ in range(3):
        if k >= len(doc) or k in taken or not doc[k].text.islower():
            return None
        word = doc[k]
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if (word.lower_ in _BUSINESS or word.lower_ in _BODIES) and not (
            nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()
        ):
            return word
        if word.pos_ not in ("ADJ", "NOUN") or word.lower_ in _ELSEWHERE:
            return None
        k += 1
    return None


_PEOPLE_OF = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
     "employee", "employees", "lawyer", "lawyers", "attorneys", "investigators", "aide",
     "aides", "diplomat", "diplomats"}
)  # fmt: skip


def _departments(parsed: ParsedArticle, entries: dict[str, Entry], taken: set[int]) -> None:
    """ "State officials", "a Justice spokesman": the department named by its field alone
    ("the State Department", "the Department of Justice"), before the people it has."""
    fields: dict[str, Entry] = {}
    for entry in entries.values():
        if entry.kind != "organisation":
            continue
        for form in (entry.name, *entry.forms):
            words = form.split()
            if len(words) == 2 and words[1] == "Department" and words[0][:1].isupper():
                fields[words[0]] = entry  # "State Department"
            elif len(words) == 3 and words[:2] == ["Department", "of"]:
                fields[words[2]] = entry  # "Department of Justice"
    if not fields:
        return
    doc = parsed.doc
    for token in doc[1:-1]:
        department = fields.get(token.text)
        nxt = doc[token.i + 1]
        if (
            department is None
            or token.i in taken
            or token.is_sent_start
            or nxt.lower_ not in _PEOPLE_OF
            or doc[token.i - 1].text[:1].isupper()
        ):
            continue
        department.spans.append((token.idx, token.idx + len(token), token.text))
        taken.add(token.i)


def describe(parsed: ParsedArticle, entries: dict[str, Entry], taken: set[int]) -> None:
    """Add each description of a just-named person as a mention of them, and a leader's
    government as a mention of the state."""
    _governments(parsed, entries, taken)
    _bodies(parsed, entries, taken)
    _departments(parsed, entries, taken)
    doc = parsed.doc
    people = [e for e in entries.values() if e.kind == "person" and e.role is not None]
    if not people:
        return
    lowers, tags = parsed.lowers, parsed.tags
    for i, lower in enumerate(lowers):
        if i in taken or not (
            lower == "the" or (i + 1 < len(doc) and tags[i + 1] == "POS" and doc[i].ent_type_)
        ):
            continue  # "the diplomat", "Israel's chief military spokesperson"
        token = doc[i]
        words: list[Token] = []
        k = token.i + (2 if token.lower_ != "the" else 1)
        while k < len(doc) and len(words) < 4 and k not in taken:
            word = doc[k]
            if not (word.text.islower() or (word.text[:1].isupper() and word.pos_ == "PROPN")):
                break
            words.append(word)
            if word.lower_ in lexicon.TITLE_HEADS:
                break
            k += 1
        if not words or (head := _head(words)) is None:
            continue
        after = doc[head.i + 1 : head.i + 3]
        if after and (
            after[0].text[:1].isupper()
            or after[0].lower_ == "of"
            or (after[0].text == "," and len(after) > 1 and after[1].pos_ == "PROPN")
        ):
            continue  # "the diplomat (,) Bilal Hayee", "the president of France": a new name
        modifiers = [t.lower_ for t in words[:-1]]
        if token.lower_ != "the":
            modifiers.append(token.lower_)  # the state before "'s" must fit too
        paragraph = bisect_right(parsed.starts, token.idx) - 1
        fitting = [
            e
            for e in people
            if _fits(e, head.lower_, modifiers)
            and any(
                start < token.idx and paragraph - _RECENT <= bisect_right(parsed.starts, start) - 1
                for start, _, _ in e.spans
            )
        ]
        if len(fitting) == 1:
            end = head.idx + len(head)
            fitting[0].spans.append((token.idx, end, parsed.text[token.idx : end]))
            taken.update(range(token.i, head.i + 1))
