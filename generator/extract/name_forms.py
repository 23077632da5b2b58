"""Forms of one person's or body's name that the surname and bracketed-acronym rules
leave apart: initials for given names ("B. U. Nzeribe" and "Benjamin Nzeribe"), a
short given name and a suffix ("Pat Carlineo" and "Patrick W. Carlineo Jr."), and an
acronym that spells a name the article writes elsewhere without brackets ("UNRWA" of
"UN Relief and Works Agency", "PG&E" of "Pacific Gas & Electric Co."), and a party's
era ("New Labour" of the Labour Party)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract import names

if TYPE_CHECKING:
    from collections.abc import Callable

    from generator.extract.cast import Entry

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_COMPANY_ENDS = {"co", "inc", "corp", "ltd", "llc", "plc", "company", "corporation"}


def _parts(name: str) -> tuple[list[str], str, str] | None:
    """(given names, surname, suffix) of a person's name of two or more words."""
    words = [w.rstrip(",") for w in name.split()]
    suffix = ""
    if len(words) > 2 and words[-1].lower().rstrip(".") in _SUFFIXES:
        suffix = words.pop().lower().rstrip(".")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return words[:-1], words[-1], suffix


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def same_person(a: str, b: str) -> bool:
    """Two full names of one person: one surname, and first given names that are the
    same, one the other's initial ("B." of "Benjamin") or its short form ("Pat" of
    "Patrick"); middle names and initials may be left out, a "Jr." too."""
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None or a == b:
        return False
    (ga, sa, xa), (gb, sb, xb) = pa, pb
    if names.fold(sa) != names.fold(sb) or (xa != xb and (ga == gb or (xa and xb))):
        return False  # "Duncan Hunter" and "Duncan Hunter Sr.": father and son
    x, y = (g[0].rstrip(".").lower() for g in (ga, gb))
    if _initial(ga[0]) or _initial(gb[0]):
        return x[0] == y[0]
    short, long = sorted((x, y), key=len)
    return len(short) >= 3 and long.startswith(short)


def join_full_names(entries: dict[str, Entry], absorb: Callable[[Entry, str], None]) -> None:
    """Fold each person's other full names into the fullest one (see the docstring);
    a name that could be two people's ("J. Lee" beside "Jane Lee" and "John Lee"), or
    that ends another's ("Abu Amer" of "Sadeq Abu Amer"), stays."""
    people = sorted(
        (e for e in entries.values() if e.kind == "person" and e.key.startswith("name:")),
        key=lambda e: (_fullness(e.name), e.first, e.key),
    )
    for entry in people:
        if entry.key not in entries or any(
            e is not entry and names.same(e.name, entry.name) for e in people
        ):
            continue
        for other in people:
            if (
                other is entry
                or other.key not in entries
                or not same_person(entry.name, other.name)
            ):
                continue
            partners = [e for e in people if e.key in entries and same_person(other.name, e.name)]
            ends = [
                e
                for e in people
                if e is not other and e.key in entries and names.same(e.name, other.name)
            ]
            one_person = entry in partners and all(
                p is entry or same_person(entry.name, p.name) for p in partners
            )  # ("Pete Dorsal" beside "Peter Dorsal Jr." and "Peter W. Dorsal": one man)
            if one_person and not ends and _fullness(entry.name) <= _fullness(other.name):
                absorb(entry, other.key)  # (not "Abu Amer", the end of "Sadeq Abu Amer")


def _fullness(name: str) -> tuple[int, int, str]:
    """Which of two names of one person to keep (the lesser first): the longest first
    given name ("Benjamin" over "B.", "Patrick" over "Pat"), then the fewest words
    ("Donald Trump" over "Donald J. Trump")."""
    parts = _parts(name)
    given = parts[0][0].rstrip(".") if parts else ""
    return -len(given), len(name.split()), name


def join_eras(entries: dict[str, Entry], absorb: Callable[[Entry, str], None]) -> None:
    """ "New Labour" into the Labour Party: "New" or "Old" before a body's name or short
    name is that body in an era of its history, whatever the tagger read."""
    bodies = [e for e in entries.values() if e.kind in ("organisation", "group")]
    for key in sorted(entries):
        entry = entries.get(key)
        words = entry.name.split() if entry is not None else []
        if len(words) != 2 or words[0] not in ("New", "Old") or not key.startswith("name:"):
            continue
        body = [
            e
            for e in bodies
            if e is not entry
            and e.key in entries
            and (words[1] in (e.name, *e.forms) or e.name.startswith(f"{words[1]} Party"))
        ]
        if len(body) == 1:
            absorb(body[0], key)


def spelt(name: str) -> set[str]:
    """Acronyms a body's name is written as: "UNRWA" of "UN Relief and Works Agency"
    (an acronym among its words kept whole), "PG&E" of "Pacific Gas & Electric Co."
    (its "&" kept, a company's last word left out)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 2 and words[-1].lower().rstrip(".") in _COMPANY_ENDS:
        words = words[:-1]
    letters = []
    for word in words:
        word = word.rstrip(".,")
        if word == "&":
            letters.append("&")
        elif len(word) >= 2 and word.isupper() and word.isalpha():
            letters.append(word)
        elif word[:1].isupper():
            letters.append(word[0])
    spelt_with = "".join(letters)
    return {spelt_with, spelt_with.replace("&", "")} if len(letters) >= 3 else set()
