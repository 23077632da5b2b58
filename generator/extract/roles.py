"""Roles and affiliations of people, read from the words around their names.

Three constructions cover most news copy:

- a title before the name: "Russia's President Vladimir Putin", "Armenian prime
  minister Nikol Pashinyan" -> ``President of Russia``, affiliation ``russia``;
- an appositive after it: "Matthew Bryza, a former US ambassador to Azerbaijan," ->
  the appositive as written, affiliated with the first state it names;
- an appositive before it: "Azerbaijan's president, Ilham Aliyev" -> as the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon
from generator.extract.appositives import appositive, appositive_owner_tokens, title_word

# Titles of office ("foreign minister", "spokesman"): written with a state before them,
# they read "Foreign Minister of Russia".  Other role nouns ("anchor", "resident") and
# longer titles ("BBC North America editor") are kept as the article writes them.
_OFFICE_WORDS = {w for title in lexicon.TITLES for w in title.split()} - {"of", "state", "staff"}
_OFFICE_HEADS = {title.split()[-1] for title in lexicon.TITLES} - {"state", "staff"}
_TITLE_WORDS = lexicon.TITLE_WORDS
_TITLE_HEADS = lexicon.TITLE_HEADS
_MODIFIERS = lexicon.ROLE_MODIFIERS
_FOR = {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "envoy"}
OrgAt = Callable[[int], "tuple[str, str] | None"]  # token index -> (org key, org name)
_TITLE_PREPOSITIONS = {"of", "for", "to", "at"}  # "envoy for Syria", "editor of the Standard"
_MAX_TITLE = 9  # tokens of a title before a name
_LONG_TITLES = tuple(t for t in lexicon.TITLES if " " in t)  # "secretary of state"
_NOT_IN_TITLES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class Role:
    text: str  # "President of Russia", "former US ambassador to Azerbaijan"
    affiliation: str | None  # actor id of the state (or region) it belongs to
    strength: int  # how sure: 3 appositive/byline, 2 title with state, 1 bare title


def _place_of(tokens: list[Token]) -> gazetteer.Place | None:
    for token in tokens:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.text == "-" and token.i + 2 < len(token.doc):
            continue  # "Britain-based"
        if token.i > 0 and token.doc[token.i - 1].lower_ in ("on", "about", "in"):
            continue  # "expert on Nagorno-Karabakh" is not affiliated to it
        found = gazetteer.lookup(token.text)
        if found is not None:
            return found[0]
    if tokens:
        text = " ".join(t.text for t in tokens)
        for form in sorted(gazetteer.SURFACE, key=len, reverse=True):
            if " " in form and form in text:
                return gazetteer.SURFACE[form][0]
    return None


# "The United States' administration", "Valdoria's government": a state's government,
# whose leaders are leaders of the state.
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(.+?)(?:'s|')\s+(?:administration|government)$", re.I)
_LEADERS = {"president", "premier", "chancellor", "minister", "secretary", "king", "queen"}
_LEADERS |= {"emir", "leader", "ruler", "sultan", "monarch"}


def _title_case(words: list[str]) -> str:
    small = {"of", "and", "to", "for", "the"}
    return " ".join(
        w if w in small else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words
    )


def _role_from_title(
    title_tokens: list[Token], owner: gazetteer.Place | None, org: tuple[str, str] | None
) -> Role | None:
    words: list[str] = []
    glue = False
    for token in title_tokens:
        low = token.text.lower()
        if low in ("-", "‑") and words:
            glue = True  # "Secretary-General" keeps its hyphen
        elif low in _OFFICE_WORDS | _MODIFIERS:
            if glue:
                words[-1] += "-" + low
            else:
                words.append(low)
            glue = False
    if not words or words[-1].split("-")[-1] not in _OFFICE_HEADS:
        return None
    title = _title_case(words)
    if org is not None:
        state = _GOVERNMENT_OF.match(org[1])
        if state is not None and words[-1] in _LEADERS:
            # "the administration of US President X": President of the United States
            return Role(f"{title} of {gazetteer.with_the(state.group(1))}", org[0], 3)
        joint = "for" if words[-1] in _FOR else "of"
        return Role(f"{title} {joint} {gazetteer.with_the(org[1])}", org[0], 3)
    if owner is not None:
        return Role(f"{title} of {gazetteer.with_the(owner.name)}", owner.id, 2)
    return Role(title, None, 1)


def _hyphen(doc: Doc, i: int) -> bool:
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "‑")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def _in_title(doc: Doc, i: int, chain: list[Token]) -> bool:
    """Whether token ``i`` goes on the title being read leftwards (``chain`` holds the
    tokens already taken, nearest the name last)."""
    token = doc[i]
    word = title_word(token)
    if _hyphen(doc, i) or (token.tag_ == "POS" and i > 0):
        return True  # "Secretary-General", "Turkey's ruling party spokesman"
    if word in _TITLE_PREPOSITIONS:  # "Secretary of State", "envoy for Syria"
        return (
            bool(chain) and i > 0 and (title_word(doc[i - 1]) in _TITLE_WORDS or _body_of(doc, i))
        )
    if word == "the":  # "editor of the Standard"
        return bool(chain) and i > 0 and title_word(doc[i - 1]) in _TITLE_PREPOSITIONS
    if word == "and":  # "founder and former chief executive": two titles, one person's
        return (
            bool(chain)
            and chain[0].text.islower()
            and i > 0
            and doc[i - 1].text.islower()
            and title_word(doc[i - 1]) in _TITLE_HEADS
        )
    if token.ent_type_ in _NOT_IN_TITLES or token.like_num:
        return False
    if word in _TITLE_WORDS or word in _MODIFIERS:
        return True
    if _appointed(token, chain):
        return True  # "Lowford's newly appointed superintendent, Mara Quell"
    if token.pos_ not in ("PROPN", "NOUN", "ADJ") or token.tag_.startswith("VB"):
        return False
    if token.text[:1].isupper():
        if token.ent_type_ == "PERSON" and gazetteer.lookup(token.text) is None:
            # "Netanyahu adviser", "Trump's lawyer" (a state the tagger took for a person
            # goes on: "Ambassador to Azerbaijani Bilal Hayee")
            if not chain:  # a tagger's "person" after "the" is no person: "the Standard"
                return i > 0 and doc[i - 1].lower_ == "the"
            return (
                chain[0].tag_ == "POS"
                or title_word(chain[0]) in _TITLE_WORDS
                or chain[0].ent_iob_ == "I"  # the rest of the name: "Lowford Water founder"
            )
        return True  # "White House", "BBC North America", "Foreign Ministry", "Labour"
    return token.dep_ in ("compound", "amod", "nmod", "poss")  # "press", "ruling party"


# participles that say how someone came to an office: "newly appointed", "re-elected"
_APPOINTED = {"appoint", "elect", "re-elect", "name", "install", "choose", "hire", "select",
              "confirm", "nominate", "sworn", "swear", "designate", "reappoint"}  # fmt: skip


def _appointed(token: Token, chain: list[Token]) -> bool:
    """ "newly appointed", "recently elected" before a title in the chain: part of it."""
    if not chain:
        return False
    if token.tag_ == "VBN" and token.lemma_.lower() in _APPOINTED:
        return token.dep_ == "amod" and token.head.i in {t.i for t in chain}
    return (
        token.tag_ == "RB"
        and token.dep_ == "advmod"
        and token.head.i == chain[0].i
        and chain[0].tag_ == "VBN"
        and chain[0].lemma_.lower() in _APPOINTED
    )


def _body_of(doc: Doc, i: int) -> bool:
    """The "of" at ``i`` is inside a body's name in Title Case: "Board of Education"."""
    return (
        doc[i].lower_ == "of"
        and 0 < i < len(doc) - 1
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].lower_ in lexicon.INSTITUTION_NOUNS
        and doc[i + 1].text[:1].isupper()
    )


def _chain_before(doc: Doc, i: int) -> list[Token]:
    """The title that ends at token ``i``, read leftwards: the tokens in order; empty
    when they name no title (the last must be a title's head, or end a title of several
    words such as "secretary of state")."""
    chain: list[Token] = []
    while i >= 0 and len(chain) < _MAX_TITLE:
        if doc[i + 1].is_sent_start:
            break  # a title never runs over from the sentence before
        if not (_in_title(doc, i, chain) or (_hyphen(doc, i - 1) and _hyphen(doc, i + 1))):
            break  # ("-in-" of "Editor-in-Chief" goes on)
        chain.insert(0, doc[i])
        i -= 1
    for k in range(len(chain) - 1, -1, -1):
        if (
            title_word(chain[k]) in _TITLE_PREPOSITIONS
            and any(title_word(t) in _TITLE_HEADS for t in chain[k + 1 :])
            and not _body_of(doc, chain[k].i)
        ):
            # "senior adviser to Azerbaijan's president, Ilham Aliyev": the title after
            # the preposition is the name's; the one before it is someone else's
            chain = chain[k + 1 :]
            break
    while chain and (
        title_word(chain[0]) in _TITLE_PREPOSITIONS
        or title_word(chain[0]) == "the"
        or chain[0].tag_ == "POS"
        or _hyphen(doc, chain[0].i)
    ):
        chain.pop(0)
    if not chain or adjective(doc, chain[-1].i):
        return []
    written = " ".join(title_word(t) for t in chain)
    if title_word(chain[-1]) in _TITLE_HEADS or any(written.endswith(t) for t in _LONG_TITLES):
        return chain
    for k in range(len(chain) - 2, -1, -1):  # "special envoy for Syria", "editor of the X"
        if title_word(chain[k]) in _TITLE_HEADS and title_word(chain[k + 1]) in _TITLE_PREPOSITIONS:
            rest = chain[k + 2 :]
            if rest and all(t.text[:1].isupper() or title_word(t) == "the" for t in rest):
                return chain
    return []


def adjective(doc: Doc, i: int) -> bool:
    """Title word ``i`` is an adjective after an article, not a title: "the major Super
    PAC", "a general election" (but "said general Ahmed Salem", "the army major")."""
    return doc[i].pos_ == "ADJ" and doc[i].text.islower() and i > 0 and doc[i - 1].pos_ == "DET"


def title_tokens(doc: Doc, ent: Span) -> set[int]:
    """Indices of the tokens of the titles written before the name, and of the words
    before the title word of the role written after it ("Lowford's newly appointed")."""
    before = {t.i for chain in _titles_before(doc, ent) for t in chain}
    return before | appositive_owner_tokens(doc, ent)


def titled(doc: Doc, ent: Span) -> bool:
    """Whether a title stands before the name: then it names a person."""
    return bool(_titles_before(doc, ent))


def _titles_before(doc: Doc, ent: Span) -> list[list[Token]]:
    """The titles written before the name, outermost first: "Israel's chief military
    spokesperson, Rear Admiral Daniel Hagari" gives both; "Azerbaijan's president, Ilham
    Aliyev" the one the name stands in apposition to, never "through a spokesperson,
    Meadows' office"."""
    i = ent.start - 1
    while i >= 0 and title_word(doc[i]) in lexicon.HONORIFICS:
        i -= 1
    if (
        i > 0
        and doc[i].text == "."
        and not doc[i - 1].whitespace_
        and title_word(doc[i - 1]) in _TITLE_WORDS
        and doc[i - 1].text[:1].isupper()
        and len(doc[i - 1].text) <= 5  # an abbreviation, not "an analyst. Harwell said"
    ):
        i -= 1  # "Detective Sgt. Tom Reyes", the full stop split off the abbreviation
    inner = _chain_before(doc, i)
    i = inner[0].i - 1 if inner else i
    titles = [inner] if inner else []
    outer = _chain_before(doc, i - 1) if i >= 1 and doc[i].text == "," else []
    if outer:
        title = next((t for t in reversed(outer) if title_word(t) in _TITLE_HEADS), outer[-1])
        root = ent.root
        possessive = ent.end < len(doc) and doc[ent.end].tag_ == "POS"
        linked = (
            (root.dep_ == "appos" and root.head.i in {t.i for t in outer})
            or (title.dep_ == "appos" and title.head.i in (root.i, *(t.i for t in inner)))
            or (root.dep_ in ("nsubj", "nsubjpass") and title.head.i == root.head.i)
            or (bool(inner) and inner[-1].head.i == title.i)
        )
        if linked and not possessive:
            titles.insert(0, outer)
    return titles


def before(doc: Doc, ent: Span, org_at: OrgAt) -> Role | None:
    """A title written before the name: "Russia's President Vladimir Putin" (President
    of Russia), "Armenian defence ministry spokesman Artsrun Hovhannisyan", "Azerbaijan's
    president, Ilham Aliyev", and as written where it says more than an office of a
    state: "White House press secretary Josh Earnest", "BBC North America editor"."""
    titles = _titles_before(doc, ent)
    found = [r for r in (_read_title(doc, ent, chain, org_at) for chain in titles) if r]
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    return Role(", ".join(r.text for r in found), found[0].affiliation, found[0].strength)


def _read_title(doc: Doc, ent: Span, chain: list[Token], org_at: OrgAt) -> Role | None:
    """The role one title before the name says (see :func:`before`)."""
    org = None
    owner_tokens: list[Token] = []
    plain = True  # only office words, an organisation, and the state they belong to
    for token in chain:
        found = org_at(token.i)
        if found is not None and (org is None or found == org):
            org = found
        elif (named := gazetteer.lookup(token.text)) is not None and named[1] in (
            "name",
            "demonym",
        ):
            owner_tokens.append(token)
        elif not (
            title_word(token) in _OFFICE_WORDS
            or title_word(token) in _MODIFIERS
            or token.tag_ == "POS"
            or _hyphen(doc, token.i)
        ):
            plain = False
    if plain and title_word(chain[-1]) in _OFFICE_HEADS:
        place = _place_of(owner_tokens[-1:])  # the nearest: "Lithuania France's president"
        if place is None and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
            place = _place_of([doc[ent.end + 1]])  # "President Emmanuel Macron of France"
        titles = [t for t in chain if org_at(t.i) is None and t not in owner_tokens]
        role = _role_from_title(titles, place, org)
        if role is not None:
            return role
    text = doc[chain[0].i : chain[-1].i + 1].text
    if org is not None:
        return Role(text, org[0], 3)
    place = _place_of(owner_tokens)
    return Role(text, place.id if place else None, 2)


def after(doc: Doc, ent: Span, org_at: OrgAt) -> Role | None:
    """An appositive after the name ("Matthew Bryza, a former US ambassador to Azerbaijan",
    "Avi Bell, a senior fellow at the Kohelet Policy Forum"); an age before it is passed
    over ("Ana Ruiz, 34, a nurse"), an acronym in brackets kept ("... in Europe (OSCE)")."""
    found = appositive(doc, ent)
    if found is None:
        return None
    tokens, _ = found
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    org = next((org_at(t.i) for t in tokens if org_at(t.i) is not None), None)
    if org is not None:
        return Role(text, org[0], 3)
    place = _place_of(tokens)
    return Role(text, place.id if place else None, 3)


def joined(first: Role | None, second: Role | None) -> Role | None:
    """A title before the name and a description after it, as one role: "Albanian Prime
    Minister Edi Rama, chairman of the OSCE" is "Prime Minister of Albania, chairman of
    the OSCE"."""
    if first is None or second is None:
        return first or second
    if second.text.lower().startswith(first.text.lower()):
        return second
    return Role(
        f"{first.text}, {second.text}",
        second.affiliation or first.affiliation,
        max(first.strength, second.strength) + 1,
    )
