"""Folding the names an article gives one actor into one entry.

Spelling variants into one another ("Stepankert"); a surname or first name into the one
person the text has already introduced by it ("Putin", "Rob", "Dar" for "Dar Yasin" when
"Mohammed Yousuf Dar" comes later); an acronym into the organisation it abbreviates
("OSCE"); "Labour" into "the Labour Party"; a longer phrase for a state's office into the
shorter one ("the state emergency service").  (A person's role that names an
organisation or state affiliates them with it: ``affiliations.py``.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.extract import lexicon, name_forms, names, phrases

if TYPE_CHECKING:
    from generator.extract.cast import Entry

_PARTY_WORDS = ("party", "movement")
_SHARED_NEAR = 1500  # characters: a shared surname is the one named in full this close
_NEAR = 400  # characters: a surname right after one of two people named by it is theirs


def _absorb(entries: dict[str, Entry], entry: Entry, key: str) -> None:
    other = entries.pop(key)
    for span in other.spans:
        entry.add(*span)
    entry.offer(other.role)


def _compatible(entry: Entry, other: Entry) -> bool:
    """``other`` may be another name of ``entry``: the same kind, or a tagger's slip (a
    surname taken for an organisation, a town for a person)."""
    if entry.kind == other.kind:
        return True
    if entry.kind == "person":
        return other.kind in ("organisation", "place") and " " not in other.name
    return entry.kind in ("place", "region", "country") and other.kind == "person"


def _tagged(entry: Entry) -> bool:
    """Made from the tagger's reading of a name (not a state of the gazetteer, nor an
    organisation read with its owner)."""
    return entry.key.startswith("name:")


def merge_entries(entries: dict[str, Entry]) -> None:
    """Fold every other name of an actor into its entry (see the module docstring)."""
    _variants(entries)
    _possessive_names(entries)
    _company_short_names(entries)
    name_forms.join_full_names(entries, lambda entry, key: _absorb(entries, entry, key))
    _short_names(entries)
    _departments(entries)
    _acronyms(entries)
    _parties(entries)
    name_forms.join_eras(entries, lambda entry, key: _absorb(entries, entry, key))
    _offices(entries)


def _variants(entries: dict[str, Entry]) -> None:
    """The same name spelt two ways ("Stepanakert", "Stepankert"; "Celik", "Celika")."""
    keys = sorted(entries, key=lambda k: (entries[k].first, k))
    for key in keys:
        entry = entries.get(key)
        if entry is None:
            continue
        for other_key in keys:
            other = entries.get(other_key)
            if other is None or other is entry or not _tagged(other):
                continue
            if (
                _compatible(entry, other)
                and len(entry.name) >= len(other.name)
                and len(entry.name.split()) == len(other.name.split())
                and names.variant(entry.name, other.name)
            ):
                _absorb(entries, entry, other_key)


def _possessive_names(entries: dict[str, Entry]) -> None:
    """ "Moody's" and the "Moody" of "Moody's analysts" are one company."""
    companies = {e.name: key for key, e in entries.items() if e.kind == "organisation"}
    short = {e.name: key for key, e in entries.items() if _tagged(e) and " " not in e.name}
    for name, key in sorted(companies.items()):
        part = short.get(name[:-2])  # (a tagger's "person" too: "Kellby's analysts")
        if name.endswith(("'s", "’s")) and part in entries and part != key:
            _absorb(entries, entries[key], part)


def _company_short_names(entries: dict[str, Entry]) -> None:
    """A company's name without the words that say it is one ("Alden" of "Alden Capital",
    "Fortress" of "Fortress Investment Group") is that company, whatever the tagger took
    the short name for (often a place)."""
    companies = [e for e in entries.values() if e.kind == "organisation" and _tagged(e)]
    for key in sorted(entries, key=lambda k: (entries[k].first, k)):
        entry = entries.get(key)
        if entry is None or not _tagged(entry) or entry.kind not in _SHORT_KINDS:
            continue
        if entry.kind == "person" and " " in entry.name:
            continue  # "Jane Roe" of "Jane Roe Holdings" is the person
        fulls = [
            e
            for e in companies
            if e is not entry
            and e.key in entries
            and e.name.startswith(entry.name + " ")
            and all(
                w.lower().rstrip(".,") in _COMPANY_WORDS for w in e.name[len(entry.name) :].split()
            )
        ]
        if len(fulls) == 1:
            _absorb(entries, fulls[0], key)
            for other in entries.values():  # "President of Alden": now Alden Capital's
                if other.role is not None and other.role.affiliation == key:
                    other.role = replace(other.role, affiliation=fulls[0].key)


_SHORT_KINDS = ("organisation", "place", "person")
# Words after a company's short name that say it is a company.
_COMPANY_WORDS = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "group", "holdings", "partners", "capital",
     "investment", "investments", "management", "airline", "airlines", "airways",
     "company", "corporation", "enterprises", "industries", "international", "ventures"}
)  # fmt: skip


def _short_names(entries: dict[str, Entry]) -> None:
    """A surname or first name joins the one person it can name.  Where it could name
    several, the ones the text introduced before it first uses the short name; where
    that still leaves more than one, it stays apart (two Sharifs)."""
    short = sorted((e for e in entries.values() if _tagged(e)), key=lambda e: (e.first, e.key))
    for entry in short:
        if entry.key not in entries:
            continue
        fulls = [
            e
            for e in entries.values()
            if e is not entry
            and e.kind in ("person", "place", "region", "country", "organisation", "group")
            and len(e.name.split()) > len(entry.name.split())
            and (
                (
                    _compatible(e, entry)
                    and (
                        names.same(e.name, entry.name)
                        or _first_name(e, entry)
                        or _head_word(e, entry)
                    )
                )
                or _person_read_as_body(e, entry)
            )
        ]
        if len(fulls) > 1:
            # "Nadim Abu Haddad", whom the text calls "Abu Haddad": "Haddad" alone is
            # the other one ("Abu Karim Haddad")
            plain = [e for e in fulls if not _goes_by_longer(e, entry.name)]
            fulls = plain or fulls
        if len(fulls) > 1 and _shared_surname(entries, entry, fulls):
            continue
        if len(fulls) > 1:
            fulls = [e for e in fulls if e.first < entry.first] or fulls
        if len(fulls) > 1:
            surnames = [e for e in fulls if names.same(e.name, entry.name)]
            fulls = surnames if len(surnames) == 1 else fulls
        if len(fulls) > 1:  # the one the story is about: named far more often than the rest
            ranked = sorted(fulls, key=lambda e: -len(e.spans))
            if len(ranked[0].spans) >= 2 * len(ranked[1].spans) + 1:
                fulls = ranked[:1]
        if len(fulls) > 1:  # the one named last before it: "Ana Ruiz, 44, agreed. Ruiz said"
            last = [max((s for s, _, _ in e.spans if s < entry.first), default=-1) for e in fulls]
            nearest = max(last)
            if nearest >= 0 and last.count(nearest) == 1 and entry.first - nearest < _NEAR:
                fulls = [fulls[last.index(nearest)]]
        if len(fulls) == 1:
            if _person_read_as_body(fulls[0], entry):
                fulls[0].kind = "person"  # "Eyamba Sowers ... said Sowers, who"
            _absorb(entries, fulls[0], entry.key)


def _goes_by_longer(full: Entry, short: str) -> bool:
    """The text calls ``full`` by a short name of more words that ends in ``short``
    ("Abu Haddad" of "Nadim Abu Haddad", for "Haddad")."""
    want = len(short.split())
    return any(
        want < len(form.split()) < len(full.name.split()) and form.endswith(f" {short}")
        for form in full.forms
    )


def _shared_surname(entries: dict[str, Entry], entry: Entry, fulls: list[Entry]) -> bool:
    """Two people of one surname ("Prime Minister Shehbaz Sharif" and "Lt. Gen. Ahmed
    Sharif"): each time the surname is used alone it is the one named in full last
    before it, when that was a few paragraphs before (else the one named most: "Trump"
    after "Ivanka Trump" was named long ago); True when the spans were shared."""
    if not all(e.kind == "person" and names.same(e.name, entry.name) for e in fulls):
        return False
    fulls = sorted(fulls, key=lambda e: (-len(e.spans), e.first))
    starts = [sorted(s for s, _, _ in e.spans) for e in fulls]
    entries.pop(entry.key)
    given = [0] * len(fulls)
    for span in entry.spans:
        last = [max((s for s in mine if s < span[0]), default=-1) for mine in starts]
        nearest = max(last)
        at = last.index(nearest) if nearest >= 0 and span[0] - nearest < _SHARED_NEAR else 0
        fulls[at].spans.append(span)  # a mention; the name goes to one of them only
        given[at] += 1
    if given.count(0) == len(fulls) - 1:  # it named one of them only: their name too
        owner = fulls[given.index(max(given))]
        if entry.name not in owner.forms:
            owner.forms.append(entry.name)
    return True


def _person_read_as_body(full: Entry, part: Entry) -> bool:
    """A person's full name the tagger read as an organisation, whose surname it reads
    as a person elsewhere ("Eyamba Sowers" ... "said Sowers"): two or three capitalised
    words with no word of a body's name, the last of them the surname."""
    words = full.name.split()
    return (
        full.kind == "organisation"
        and part.kind == "person"
        and _tagged(full)
        and 2 <= len(words) <= 3
        and words[-1] == part.name
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
        and not any(w.lower() in _BODY_WORDS for w in words)
    )


_BODY_WORDS = (
    lexicon.NAMED_ORG_NOUNS
    | lexicon.INSTITUTION_NOUNS
    | set(lexicon.ORG_HEADS)
    | lexicon.NOT_ACTOR_HEADS
    | {"inc", "corp", "co", "ltd", "llc", "plc", "group", "holdings", "partners", "capital",
       "media", "news", "bank", "motors", "airlines", "systems", "technologies", "labs"}
)  # fmt: skip


def _head_word(full: Entry, part: Entry) -> bool:
    """``part`` is the one word an organisation's name goes by ("the Observatory" of the
    Syrian Observatory for Human Rights)."""
    return (
        full.kind in ("organisation", "group")
        and part.kind in ("organisation", "group")
        and " " not in part.name
        and part.name[:1].isupper()
        and part.name in full.name.split()
        and not part.name.isupper()
    )


def _first_name(full: Entry, part: Entry) -> bool:
    """``part`` is the first name of a person ("Rob" of "Rob Kardashian"), whatever the
    tagger took the lone word for ("Boris" read as a place)."""
    return (
        full.kind == "person"
        and " " not in part.name
        and part.kind in ("person", "place", "organisation")
        and names.fold(full.name).split()[0] == names.fold(part.name)
    )


def _acronyms(entries: dict[str, Entry]) -> None:
    """ "OSCE" into the Organisation for Security and Co-operation in Europe."""
    organisations = [e for e in entries.values() if e.kind in ("organisation", "group")]
    for key in sorted(entries):
        entry = entries.get(key)
        if entry is None or not entry.name.isupper():
            continue
        if entry.kind not in ("organisation", "group") and not (
            _tagged(entry) and entry.kind in ("place", "person")
        ):
            continue  # ("the NRA" read as a place is still the National Rifle Association)
        full = next(
            (
                o
                for o in organisations
                if o is not entry and o.key in entries and entry.name in _initials(o.name)
            ),
            None,
        )
        if full is not None and len(entry.name) >= 3:
            _absorb(entries, full, key)


def _initials(name: str) -> set[str]:
    """ "FBI" of "Federal Bureau of Investigation"; "DOJ" of "Department of Justice" and
    of "the Justice Department" (read as "Department of Justice")."""
    found = set()
    for form in (name, _department_form(name)):
        if form:
            words = form.split()
            found.add(phrases.initials(words))
            found.add(phrases.initials([w.capitalize() if w == "of" else w for w in words]))
    return found | name_forms.spelt(name)


# "the Justice Department", "Department of Justice", "the U.S. State Department"
_FIELD_FIRST = re.compile(
    r"^(?:the\s+)?(?:U\.?S\.?\s+)?(?P<field>[A-Z][\w ]*?)\s+(?P<head>Department|Ministry)$"
)
_HEAD_FIRST = re.compile(
    r"^(?:the\s+)?(?P<head>Department|Ministry)\s+of\s+(?:the\s+)?(?P<field>[A-Z][\w ]*)$"
)


def _department_form(name: str) -> str | None:
    """ "Department of Justice" for "Justice Department" (and for itself); None for a
    name that is no department or ministry."""
    match = _FIELD_FIRST.match(name) or _HEAD_FIRST.match(name)
    if match is None:
        return None
    return f"{match.group('head')} of {match.group('field')}"


def _departments(entries: dict[str, Entry]) -> None:
    """ "The Justice Department" and "the Department of Justice" are one department; so
    are "the Ministry of Foreign Affairs" and the one state's ministry of that name
    ("Pakistan's foreign affairs ministry")."""
    seen: dict[str, Entry] = {}
    owned: dict[str, list[Entry]] = {}
    for entry in sorted(entries.values(), key=lambda e: (e.first, e.key)):
        if entry.owner and entry.kind == "organisation":
            words = _phrase_words(entry)
            field = f"{words[-1]} of {' '.join(words[:-1])}" if len(words) > 1 else ""
            owned.setdefault(field, []).append(entry)
    for entry in sorted(entries.values(), key=lambda e: (e.first, e.key)):
        form = _department_form(entry.name) if entry.kind == "organisation" else None
        if form is None or entry.owner:
            continue
        form = form.lower()
        if len(owned.get(form, ())) == 1:
            _absorb(entries, owned[form][0], entry.key)
        elif form in seen:
            _absorb(entries, seen[form], entry.key)
        else:
            seen[form] = entry


def _parties(entries: dict[str, Entry]) -> None:
    """ "Labour" is "the Labour Party"; "Likud" is "the Likud party"."""
    for key in sorted(entries):
        entry = entries.get(key)
        if entry is None or entry.kind not in ("organisation", "group") or not _tagged(entry):
            continue
        words = entry.name.split()
        if len(words) < 2 or words[-1].lower() not in _PARTY_WORDS:
            continue
        short = f"name:{names.fold(' '.join(words[:-1]))}"
        if short in entries and short != key:
            _absorb(entries, entry, short)


def _offices(entries: dict[str, Entry]) -> None:
    """A state's office named with more words and with fewer is one office: "Ukraine's
    state emergency service" and "Ukraine's emergency service"."""
    offices = sorted(
        (e for e in entries.values() if e.owner and e.kind == "organisation"),
        key=lambda e: (e.first, e.key),
    )
    for entry in offices:
        if entry.key not in entries:
            continue
        mine = _phrase_words(entry)
        for other in offices:
            if other is entry or other.key not in entries or other.owner != entry.owner:
                continue
            theirs = _phrase_words(other)
            if (
                mine
                and theirs
                and theirs[-1] == mine[-1]
                and set(theirs) != set(mine)
                and (set(theirs) < set(mine) or set(mine) < set(theirs))
            ):
                _absorb(entries, entry, other.key)


def _phrase_words(entry: Entry) -> list[str]:
    """ "state emergency service" of "Ukraine's state emergency service"."""
    name = entry.name.lower()
    owner_part = name.split("'s ", 1)[-1] if "'s " in name else name.split("' ", 1)[-1]
    return owner_part.split()
