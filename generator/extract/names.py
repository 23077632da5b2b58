"""Names: cleaning entity spans, folding spelling variants, telling variants apart."""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon

TITLE_WORDS = lexicon.TITLE_WORDS | lexicon.ROLE_MODIFIERS

# Two names are one when their folded forms differ by at most this share of letters
# ("Stepanakert"/"Stepankert": 1 of 11).
VARIANT_DISTANCE = 0.15


def _joins_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` would carry a word on (a letter, digit, ``_`` or
    ``-``): what ``[\\w-]`` matches."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def standalone(text: str, form: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each place ``text`` writes ``form`` as a word of its own, not
    inside a longer word or hyphenated compound; left to right, never overlapping.  The
    same as ``re.finditer(r"(?<![\\w-])FORM(?![\\w-])")``, without compiling a pattern
    for every name of every article."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not _joins_word(text, at - 1) and not _joins_word(text, end):
            yield at, end
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def clean(ent: Span) -> tuple[Span | None, str]:
    """The entity without a leading article, honorific or trailing possessive."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end - 1 and (
        doc[start].lower_ in ("the", "a", "an")
        or doc[start].lower_.rstrip(".") in lexicon.HONORIFICS
        or (ent.label_ == "PERSON" and _title_of_name(doc, start, end))
        or (_glued(doc, start + 1) and start + 2 < end and doc[start + 2].lower_ in TITLE_WORDS)
        or doc[start].text in ("-", "‑")
        or _participle_first(doc, start, end)
        or (doc[start].lower_ in _INVERTED_CUES and doc[start].is_sent_start)
        or (doc[start].lower_ in _RANK_ADJECTIVES and doc[start].tag_ == "JJ")
    ):
        start += 1  # "the", "Mr", "President", "Secretary-General", "Top" (a donor's rank)
    if (ent.label_ or doc[end - 1].ent_type_) == "PERSON":
        start = _after_inner_title(doc, start, end)
    start = _after_served_place(ent, start, end)
    while end > start + 1 and (
        (
            (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in _APOSTROPHE_S)
            and not _possessive_name(ent, end)
        )
        or (doc[end - 1].is_punct and not _glued(doc, end - 1))
        or (doc[end - 1].text[:1].islower() and not _glued(doc, end - 2))
    ):
        end -= 1  # "Issam Abdallah found" -> "Issam Abdallah", but "Ban Ki-moon"
    end = _before_list_comma(doc, start, end)
    if start >= end:
        return None, ""
    span = doc[start:end]
    return span, span.text


_APOSTROPHE_S = ("'s", "’s")
# Verbs of saying that open an inverted attribution the tagger runs into the name after
# them ("Stated Holm:", "Added Berg, ..."); not "said", a name of its own ("Said Jalili")
_INVERTED_CUES = {"stated", "added", "wrote", "explained", "replied", "continued", "noted",
                  "argued", "insisted", "warned", "concluded", "declared", "tweeted"}  # fmt: skip
# Adjectives of rank capitalised at the start of a sentence, which the tagger runs into
# the name after them: "Top Republican Party donor Sheldon Adelson".
_RANK_ADJECTIVES = {"top", "senior", "leading", "prominent", "veteran", "longtime", "key"}
_OPENING_QUOTES = {'"', "“", "'", "‘"}

# Written after a comma inside one name: "Acme, Inc.", "Martin Luther King, Jr."
_NAME_SUFFIXES = {"inc", "inc.", "ltd", "ltd.", "llc", "plc", "jr", "jr.", "sr", "sr.", "d.c."}


def _before_list_comma(doc: Doc, start: int, end: int) -> int:
    """Where a span the tagger ran over a comma into the next name ends: "CBS All Access"
    of "CBS All Access, Disney has".  A town with its state ("Bismarck, North Dakota")
    and a company's suffix ("Acme, Inc.") stay whole."""
    for k in range(start + 1, end - 1):
        if doc[k].text != ",":
            continue
        rest = doc[k + 1 : end].text
        found = gazetteer.lookup(rest)
        if (
            doc[k + 1].lower_ in _NAME_SUFFIXES
            or rest in gazetteer.STATE_ABBREVIATIONS
            or (found is not None and found[0].kind in ("region", "country"))
        ):
            return end
        return k
    return end


def _title_of_name(doc: Doc, start: int, end: int) -> bool:
    """The word at ``start`` of a person's span is a title: "President" of "President
    Putin"; "Dean" only before two words of name ("Dean Jane Roe", not "Dean Phillips")."""
    word = doc[start].lower_.rstrip(".")
    if word in lexicon.FIRST_NAME_TITLES:
        return end - start >= 3 and doc[start].text[:1].isupper()
    return word in TITLE_WORDS


def _after_inner_title(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a person's span that holds a title with the place or
    body it serves before it: "Eva Lind" of "Lowford Mayor Eva Lind", "Lowford County
    Coroner Eva Lind" (the title is read as the role)."""
    for k in range(end - 3, start, -1):
        word = doc[k].lower_.rstrip(".")
        if (
            word in lexicon.TITLE_HEADS
            and doc[k].text[:1].isupper()
            and all(t.text[:1].isupper() and t.text.isalpha() for t in doc[k + 1 : end])
            and not any(t.lower_ in TITLE_WORDS for t in doc[k + 1 : end])
        ):
            return k + 1
    return start


def _after_served_place(ent: Span, start: int, end: int) -> int:
    """Where the name starts in a span the tagger ran on from the place an office serves:
    "Ana Roe" of "ambassador to Ukraine Ana Roe" (a person's span, or one whose surname
    the text writes alone elsewhere)."""
    doc = ent.doc
    before = start - 1
    while before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 0 or doc[before].lower_ not in ("to", "of", "for", "in", "from"):
        return start
    for k in range(min(gazetteer.MAX_WORDS, end - start - 2), 0, -1):
        place, rest = doc[start : start + k].text, doc[start + k : end]
        found = gazetteer.lookup(place)
        if (
            found is not None
            and found[1] == "name"
            and place not in gazetteer.PERSON_NAMES
            and all(t.text[:1].isupper() for t in rest)
            and (ent.label_ == "PERSON" or _written_without_place(doc, place, rest[-1].text))
        ):
            return start + k
    return start


def _written_without_place(doc: Doc, place: str, surname: str) -> bool:
    """The text writes ``surname`` alone, as people are named ("Lee said"), not after
    another capitalised word ("International Airport")."""
    before = (doc.text[:at].rstrip().rsplit(None, 1) for at, _stop in standalone(doc.text, surname))
    return any(
        not words or not words[-1][:1].isupper() or words[-1][-1] in '.!?:"”' for words in before
    )


def _possessive_name(ent: Span, end: int) -> bool:
    """ "Moody's said", "Standard & Poor's warned": a company whose name ends in "'s",
    which possesses nothing here; not "on Acme News's 'Morning Show'" (a title after it)
    nor a name the article writes elsewhere without the "'s" ("Acme News reported")."""
    doc = ent.doc
    owner = doc[end - 2]
    after = doc[end] if end < len(doc) else None
    return (
        owner.ent_type_ == "ORG"
        and end == ent.end
        and owner.dep_ in ("nsubj", "nsubjpass", "conj", "pobj", "dobj")
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))
        and (after is None or after.text not in _OPENING_QUOTES)
        and not _written_without(doc, doc[ent.start : end - 1].text)
    )


def _written_without(doc: Doc, name: str) -> bool:
    """``name`` stands in the text somewhere without an "'s" after it."""
    text = doc.text
    return any(text[stop : stop + 2] not in _APOSTROPHE_S for _at, stop in standalone(text, name))


def _glued(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen joining two words without spaces ("Ki-moon")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "‑")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def with_honorific(doc: Doc, span: Span) -> tuple[int, int]:
    """Char range of the span widened to a courtesy title before it ("Mr Putin")."""
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in lexicon.HONORIFICS:
        return doc[span.start - 1].idx, span.end_char
    return span.start_char, span.end_char


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Lower case ASCII with known spelling variants folded ("Sergei" -> "sergey")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = ascii_name.lower().replace("’", "'").split()
    return " ".join(lexicon.SPELLING.get(w, w) for w in words)


def distance(a: str, b: str, limit: float = math.inf) -> float:
    """Levenshtein distance; once it is sure to exceed ``limit``, ``inf`` instead."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > limit:
        return math.inf
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:  # every way on costs more
            return math.inf
        previous = current
    return previous[-1]


@functools.lru_cache(maxsize=1 << 16)
def variant(a: str, b: str) -> bool:
    """Same name spelt differently: equal when folded, or a small edit apart."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if fa[:1] != fb[:1] or len(fa.split()) != len(fb.split()) or min(len(fa), len(fb)) < 5:
        return False
    if min(len(fa), len(fb)) < 6:  # "Celik", "Celika": one letter apart at most
        return fa[:4] == fb[:4] and distance(fa, fb, 1) <= 1
    limit = VARIANT_DISTANCE * max(len(fa), len(fb))
    return distance(fa, fb, limit) <= limit


def same(full: str, part: str) -> bool:
    """``part`` names the same one as ``full``: a variant, or its surname ("Putin")."""
    if variant(full, part):
        return True
    full_words, part_words = fold(full).split(), fold(part).split()
    if len(full_words) > 2 and full_words[-1].rstrip(".,") in ("jr", "sr", "ii", "iii"):
        full_words = full_words[:-1]  # "Carlineo" of "Patrick W. Carlineo Jr."
    if len(part_words) >= len(full_words):
        return False
    tail = full_words[-len(part_words) :]
    return all(variant(_bare(x), _bare(y)) for x, y in zip(tail, part_words, strict=True))


def _bare(word: str) -> str:
    """A surname without its article: "al-Bashir" -> "bashir"."""
    for prefix in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


_LOCATIVE = {"in", "near", "at", "outside", "around", "towards", "toward", "into", "across"}


def _place_noun(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.PLACE_NOUNS or token.lower_ in lexicon.PLACE_NOUNS


_ASSEMBLIES = {"congress", "senate", "parliament", "assembly", "knesset", "duma", "bundestag"}


def _works_at(preposition: Token) -> bool:
    """ "a researcher at Kell": where someone works, which is a body, not a place."""
    head = preposition.head
    return (
        preposition.lower_ == "at"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in lexicon.TITLE_WORDS
    )


def is_place(span: Span) -> bool:
    """A name standing next to a place noun: "the regional capital, Stepanakert", "the
    towns of Martakert and Martuni", "the Dashkesan region", or listed with places."""
    root = span.root
    doc = span.doc
    if root.dep_ in ("appos", "compound") and _place_noun(root.head):
        return True
    if (
        span.start >= 2
        and doc[span.start - 1].text in (",", "of")
        and _place_noun(doc[span.start - 2])
    ):
        return True
    if any(c.dep_ == "appos" and _place_noun(c) for c in root.children):
        return True  # "Ganja, Azerbaijan's second-biggest city"
    after = doc[span.end] if span.end < len(doc) else None
    if (
        span.start >= 1
        and doc[span.start - 1].lower_ in _LOCATIVE
        and len(span) == 1
        and (after is None or after.is_punct or after.pos_ in ("CCONJ", "ADP"))
        and not _works_at(doc[span.start - 1])
        and span[-1].lower_ not in _ASSEMBLIES  # "leaders in Congress"
    ):
        return True  # "struck in Stepanakert", not "in Modi's speech"
    if len(span) > 1:
        return False
    for other in root.conjuncts:  # listed after a place: "Fizuli, Jabrayil and Terter"
        if other.i < root.i and other.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    return False


def first_use(text: str, forms: tuple[str, ...]) -> tuple[int, str] | None:
    """(offset, form) of the first of ``forms`` the text writes as a word of its own."""
    found = [(next(standalone(text, f), (-1, 0))[0], f) for f in forms]
    found = [(at, f) for at, f in found if at >= 0]
    return min(found) if found else None


def _participle_first(doc: Doc, start: int, end: int) -> bool:
    """ "Questioning Dana Whitlow, lawmakers asked": a sentence's first participle the
    tagger glued to the name it governs, shown by the verb having a subject of its own
    after the comma ("lawmakers"), which a name that is the subject would not leave."""
    first, last = doc[start], doc[end - 1]
    if not (
        first.is_sent_start
        and first.lower_.endswith("ing")
        and end - start >= 3
        and last.dep_ == "nsubj"
        and end < len(doc)
        and doc[end].text == ","
    ):
        return False
    return any(t.dep_ == "nsubj" and t.head.i == last.head.i for t in doc[end + 1 : last.head.i])
