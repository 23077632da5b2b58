"""Where a name starts and ends: whole proper-noun phrases, and text that names no one.

The tagger's entity spans are a start.  A name is read whole before anything is taken
from it: "Ban Ki-moon" and "Co-operation" keep the part after the hyphen; "Organisation
for Security and Co-operation in Europe (OSCE)" runs on to the place its acronym
spells.  Inside such a name no word is an actor of its own: "Syrian" in "Syrian
Observatory for Human Rights", "Austria" in "Austria-Hungary", "Washington" in
"Washington Post" (:func:`inside_names`).

Some capitalised text names no actor at all: a dateline ("WASHINGTON —"), a headline
in Title Case ("Trump Warns Clinton"), a nickname in quotes ("'Mini Mike'").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon, name_spans
from generator.extract.document import ParsedArticle

# Labels of spans that are names in their own right (not numbers, dates, nationalities).
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")
_QUOTES_OPEN = "\"“‘'«"
_QUOTES_CLOSE = "\"”’'»"
_CONNECTORS = {"of", "for", "in", "on", "and", "the"}


def _glued(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen with no space on either side: "Ki-moon", "Co-operation"."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in ("-", "‑")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def whole(ent: Span) -> Span:
    """The entity widened to the whole name it is part of: words glued to it by a
    hyphen, lower-case particles inside a person's name ("Ursula von der" + "Leyen"),
    and a prepositional tail its acronym spells ("... Co-operation" + "in Europe (OSCE)")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while (
        start >= 2
        and _glued(doc, start - 1)
        and (_part_of_name(doc[start - 2]) or _one_name(doc[start - 2 : start + 1]))
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and _glued(doc, end)
        and (_part_of_name(doc[end + 1]) or _one_name(doc[end - 1 : end + 2]))
    ):
        end += 2
    if ent.label_ == "PERSON":
        for k in range(start + 1, end):
            if doc[k].tag_ == "POS":
                end = k  # "David Beckham's Studio 99": the name ends at its possessive
                break
        stop = end
        while stop < len(doc) and doc[stop].lower_ in lexicon.NAME_PARTICLES:
            stop += 1
        if (
            doc[stop - 1].lower_ in lexicon.NAME_PARTICLES
            and stop < len(doc)
            and doc[stop].pos_ == "PROPN"
            and doc[stop].text[:1].isupper()
        ):
            end = stop + 1
    elif ent.label_ == "ORG":
        if (
            start >= 2
            and doc[start - 1].lower_ in ("for", "of")
            and doc[start - 2].pos_ == "PROPN"
            and doc[start - 2].ent_type_ == ""
            and doc[start - 2].text[:1].isupper()
            and (start == 2 or not doc[start - 3].text[:1].isupper())
            and doc[start - 2].lower_ not in lexicon.TITLE_WORDS  # "Minister of Defence"
        ):
            start -= 2  # "Everytown" + "for Gun Safety": the tagger took only the tail
        while end - 1 > start and doc[end - 1].lower_ in _CONNECTORS:
            end -= 1  # "The Latvian Observatory for" + "Press Freedom"
        end = _acronym_tail(doc, start, end)
        end = _named_for(doc, start, end)
        if (
            end - start >= 4
            and doc[end - 2].lower_ in ("of", "for")
            and end < len(doc)
            and doc[end].pos_ == "NOUN"
            and doc[end].text[:1].islower()
            and (doc[end - 1].text.isupper() or gazetteer.lookup(doc[end - 1].text) is not None)
        ):
            # "the European Council" of "the European Council of EU leaders" (not the
            # "Federal Bureau" of "a Federal Bureau of Investigation spokesman")
            end -= 2
    if (
        ent.label_ == "ORG"
        and end < len(doc)
        and doc[end].ent_iob_ == "B"
        and doc[end].ent_type_ == "PERSON"
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i >= end
        and doc[end].text[:1].isupper()
        and not any(
            t.lower_.rstrip(".") in lexicon.TITLE_WORDS or t.lower_ in lexicon.ROLE_MODIFIERS
            for t in doc[start:end]
        )  # "Rear Admiral" + "Dan Kellar": a title and a person
    ):
        # "Lockheed" + "Martin": a company named for people, which the tagger cut in two
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ != "O":
            end += 1
            if end < len(doc) and doc[end].ent_iob_ == "B":
                break
    for back in (1, 2, 3):  # "Doctors" + "Without Borders": a known name the tagger cut
        if start - back >= 0 and doc[start - back : end].text in lexicon.INTERNATIONAL_NAMES:
            start -= back
            break
    for k in range(start + 1, end - 1):  # "U.N.-International Syria Support Group"
        if _glued(doc, k) and any(
            doc[j:k].text in lexicon.INTERNATIONAL_NAMES for j in range(start, k)
        ):
            start = k + 1
            break
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _part_of_name(token: Token) -> bool:
    """A word a hyphen glues onto a name as part of it: "Ki-moon", "Co-operation"; not
    another name ("Putin-Erdogan", "U.N.-International") nor a suffix ("Texas-based")."""
    if not token.text[:1].isalpha():
        return False
    if token.text[:1].islower():
        return token.tag_ in ("NN", "NNP", "NNS", "NNPS")
    return (
        gazetteer.lookup(token.text) is None
        and token.text not in lexicon.INTERNATIONAL_NAMES
        and token.ent_iob_ != "B"
    )


def _one_name(pair: Span) -> bool:
    """ "Austria-Hungary": two capitalised words joined as a noun of their own (not
    "the Putin-Erdogan talks", nor the start of a longer name)."""
    doc = pair.doc
    after = doc[pair.end] if pair.end < len(doc) else None
    return (
        pair[0].text[:1].isupper()
        and pair[-1].text[:1].isupper()
        and not _modifies_a_noun(pair)
        and (after is None or not after.text[:1].isupper())
    )


def _named_for(doc: Doc, start: int, end: int) -> int:
    """``end`` moved past "for Palestinians" in "Medical Aid for Palestinians", "for Press
    Freedom" in "the Kell Observatory for Press Freedom": a name of several words, then
    "for" or "of" and up to three capitalised words that end the phrase."""
    if end - start < 2 or end + 1 >= len(doc) or doc[end].lower_ not in ("for", "of"):
        return end
    stop = end + 1
    while stop < len(doc) and stop - end <= 3 and doc[stop].text[:1].isupper():
        if doc[stop].pos_ not in ("PROPN", "NOUN") or doc[stop].ent_type_ not in (
            "",
            "NORP",
            "ORG",
        ):
            return end
        stop += 1
    if stop == end + 1 or stop - end > 3 or (stop < len(doc) and doc[stop].text[:1].isupper()):
        return end
    if stop < len(doc) and doc[stop].pos_ == "NOUN":
        return end  # "the European Council of EU leaders": "EU" modifies the noun after
    return stop


def initials(words: list[str]) -> str:
    """ "OSCE" of "Organisation for Security and Co-operation in Europe"."""
    parts = [p for w in words for p in w.replace("-", " ").split()]
    return "".join(p[0] for p in parts if p[:1].isupper())


def _acronym_tail(doc: Doc, start: int, end: int) -> int:
    """``end`` moved past "in Europe" when "(OSCE)" after it spells the longer name."""
    stop = end
    while stop < len(doc) and stop - end < 6 and doc[stop].text != "(":
        if (
            doc[stop].lower_ not in _CONNECTORS
            and not doc[stop].text[:1].isupper()
            and not _glued(doc, stop)
            and doc[stop].text[:1].isalpha()
        ):
            return end
        stop += 1
    if stop == end or stop + 2 >= len(doc) or doc[stop].text != "(" or doc[stop + 2].text != ")":
        return end
    acronym = doc[stop + 1].text
    words = [t.text for t in doc[start:stop] if t.text not in ("-", "the", "The")]
    if acronym.isupper() and initials(words) == acronym:
        return stop
    return end


def inside_names(parsed: ParsedArticle) -> set[int]:
    """Token indices inside a longer name, where a state's name, demonym or capital is
    part of the name and not the state: "Syrian Observatory for Human Rights",
    "Austria-Hungary", "the Washington Post", "China-Pakistan Economic Corridor".

    Left to the state: an organisation of it ("the Armenian Defence Ministry"), a title
    ("Russian President"), and states joined to modify a noun ("the Israel-Hamas war")."""
    doc = parsed.doc
    inside: set[int] = set()
    for ent in parsed.ents:
        if ent.label_ not in NAME_LABELS or len(ent) < 2:
            continue
        span = name_spans.with_of_tail(whole(ent))  # "the Southern District of New York"
        words = [t for t in span if t.text[:1].isalpha() and t.lower_ not in _CONNECTORS]
        if not words or gazetteer.lookup(span.text) is not None:
            continue
        if (
            span[-1].lemma_.lower() in lexicon.ORG_HEADS or span[-1].lower_ in lexicon.ORG_HEADS
        ) and not _proper_name_of_office(span):
            continue  # "the Armenian Defence Ministry": read by organisations
        if span[-1].lower_ == "forces" and span[-2].lower_ in ("armed", "defence", "defense"):
            continue  # "Pakistan Armed Forces": the state's military
        if any(t.lower_ in lexicon.TITLE_WORDS for t in words):
            continue  # "Russian President", "Taoiseach Leo Varadkar"
        if ent.label_ == "PERSON" and gazetteer.lookup(span[0].text) is not None:
            continue  # "Israeli Benjamin Netanyahu": a demonym before a name
        if any(t.tag_ == "POS" for t in span):
            continue  # "Kyiv's European allies": the state owns what follows
        covered = state_tokens(span)
        states = [t for t in words if t.i in covered]
        if not states:
            continue
        if len(states) == len(words) and _modifies_a_noun(span):
            continue  # "the Israel-Hamas war", "Azerbaijan-Armenia talks"
        if all(t.lower_ in lexicon.STATE_FORMS or t in states for t in words):
            continue  # "Republic of Nagorno-Karabakh", "State of Israel": the state
        last = span[-1]
        if last in states and not any(t.lower_ in _CONNECTORS for t in span[1:]):
            continue  # "Soviet Azerbaijan", "Muslim Azerbaijan": the state, qualified
        inside.update(range(span.start, span.end))
    for i in range(1, len(doc) - 1):  # "Austria-Hungary" as a noun, tagged or not
        if _glued(doc, i) and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper():
            pair = doc[i - 1 : i + 2]
            if not _modifies_a_noun(pair) and not _within_state_name(pair):
                inside.update(range(i - 1, i + 2))
    return inside


def _proper_name_of_office(span: Span) -> bool:
    """ "Russian International Affairs Council", "National Security Committee": a body's
    own name (capitalised words that are no field of a ministry), not "the Armenian
    Defence Ministry"."""
    words = [t for t in span[:-1] if t.text[:1].isalpha() and t.lower_ not in _CONNECTORS]
    own = [
        t
        for t in words
        if gazetteer.lookup(t.text) is None and t.lower_ not in lexicon.MINISTRY_FIELDS
    ]
    return bool(own) and all(t.text[:1].isupper() for t in words)


def state_tokens(span: Span) -> set[int]:
    """Indices of the tokens of ``span`` that write a state's or place's name, longest
    names first ("Nagorno-Karabakh" is three tokens)."""
    doc = span.doc
    covered: set[int] = set()
    for size in range(min(len(span), 6), 0, -1):
        for a in range(span.start, span.end - size + 1):
            if any(k in covered for k in range(a, a + size)):
                continue
            if gazetteer.SURFACE.get(doc[a : a + size].text) is not None:
                covered.update(range(a, a + size))
    return covered


def state_form(span: Span) -> bool:
    """ "Republic of Nagorno-Karabakh", "Nagorno-Karabakh Republic", "State of Israel":
    one state's name with words that say it is a state."""
    covered = state_tokens(span)
    others = [
        t
        for t in span
        if t.i not in covered and t.text[:1].isalpha() and t.lower_ not in _CONNECTORS
    ]
    return bool(covered and others) and all(t.lower_ in lexicon.STATE_FORMS for t in others)


def _modifies_a_noun(span: Span) -> bool:
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.pos_ in ("NOUN", "ADJ") and after.text[:1].islower()


def _within_state_name(span: Span) -> bool:
    """ "Nagorno-Karabakh", "Guinea-Bissau": one gazetteer name with a hyphen."""
    return gazetteer.lookup(span.text) is not None


# "WASHINGTON —", "BEIRUT/GENEVA (Reuters) -", "GAZA CITY, Oct 3 -": where the story
# was filed, in capitals, before the first sentence.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:[ /,-]+[A-Z][A-Z'’.-]+)*)"
    r"(?=\s*(?:\([^()]{1,40}\)\s*)?[—–-]|,\s+[A-Z][a-z]|\s+[A-Z][a-z])"
)
# "HAYWARD, Calif. (AP) —", "SALEM, Ore. —": the state after the town, in Title Case
_DATELINE_STATE = re.compile(
    r",\s+[A-Z][a-z]+\.?(?: [A-Z][a-z]*\.?)?(?=\s*(?:\([^()]{1,40}\)\s*)?[—–-])"
)
_DATELINE_PARAGRAPHS = 3


def datelines(parsed: ParsedArticle) -> set[int]:
    """Token indices of datelines: the place a story was filed from names no actor."""
    doc = parsed.doc
    out: set[int] = set()
    body = [p for p in parsed.paragraphs if p.kind == "body"][:_DATELINE_PARAGRAPHS]
    for paragraph in body:
        match = _DATELINE.match(paragraph.text)
        if match is None:
            continue
        place = match.group("place").rstrip(" ,/-")
        letters = [w for w in re.split(r"[ /,-]+", place) if w]
        if not any(len(w) >= 4 for w in letters) or place in lexicon.INTERNATIONAL_NAMES:
            continue  # "UN", "NATO": an acronym opening a sentence, not a dateline
        if place.lower() in lexicon.GROUPS:
            continue
        state = _DATELINE_STATE.match(paragraph.text, match.end())
        length = state.end() if state else len(place)
        span = parsed.paragraph_span(paragraph)
        start = span.start_char
        for token in doc[span.start : span.end]:
            if token.idx >= start + length:
                break
            out.add(token.i)
    return out


_HEADLINE_WORDS = 20


def title_case(text: str) -> bool:
    """A headline written in Title Case ("Trump Warns Clinton Over Emails"): its
    capitals say nothing about which words are names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if not 4 <= len(words) <= _HEADLINE_WORDS or text.rstrip(" .").count(". ") > 0:
        return False  # (two sentences are no headline)
    long_words = [w for w in words if len(w) > 3]
    capitals = sum(1 for w in long_words if w[:1].isupper())
    return len(long_words) >= 3 and capitals >= 0.8 * len(long_words) and not text.isupper()


def modifies_noun(span: Span) -> bool:
    """The name qualifies the common noun right after it ("GOP senators", "Kell
    shareholders"): the word before it then describes that noun, not the name."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].pos_ in ("NOUN", "ADJ")
        and doc[span.end].text[:1].islower()
    )


def quoted(span: Span) -> bool:
    """The span is all there is inside quotation marks: a nickname ("'Mini Mike'"), a
    slogan or a title, not a name the text uses for an actor."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and after is not None
        and before.text in _QUOTES_OPEN
        and after.text in _QUOTES_CLOSE
    )


def bare_title(span: Span) -> bool:
    """Only the words of a title ("Rear Admiral", "Prime Minister"): no name in it."""
    return all(
        t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.ROLE_MODIFIERS or t.is_punct
        for t in span
    )


def is_title_token(token: Token) -> bool:
    return token.lower_.rstrip(".") in lexicon.TITLE_WORDS
