"""Affiliations read from roles: a person's role that names an organisation or state
affiliates them with it ("chairman of the OSCE"); one that names a person by surname,
with that person ("Hale's spokesman"); "the company's general counsel", with the
organisation named last before them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract import roles

if TYPE_CHECKING:
    from generator.extract.cast import Entry


def affiliate_by_role(entries: dict[str, Entry]) -> None:
    """A role that names an organisation or state affiliates the person with it
    ("chairman of the OSCE"); failing that, the person it serves ("President Cyril
    Ramaphosa's special adviser")."""
    institutions = [
        (form, e.key)
        for e in entries.values()
        if e.kind in ("organisation", "group", "country", "region")
        for form in (e.name, *e.forms)
        if len(form) >= 2
    ]
    people = [(e.name, e.key) for e in entries.values() if e.kind == "person" and " " in e.name]
    named = sorted(institutions, key=lambda x: (-len(x[0]), x[0])) + sorted(
        people, key=lambda x: (-len(x[0]), x[0])
    )
    surnames: dict[str, list[str]] = {}  # "Hale's spokesman": Donald Hale's
    for e in entries.values():
        if e.kind == "person" and " " in e.name:
            for form in {e.name.split()[-1], *(f for f in e.forms if " " not in f)}:
                if len(form) >= 4 and form[:1].isupper():
                    surnames.setdefault(form, []).append(e.key)
    for entry in entries.values():
        role = entry.role
        if entry.kind == "person" and role is not None and not role.affiliation:
            for form, keys in sorted(surnames.items()):
                if len(keys) == 1 and keys[0] != entry.key and _serves(role.text, form):
                    entry.role = roles.Role(role.text, keys[0], role.strength)
                    break
    for entry in entries.values():
        role = entry.role
        if entry.kind != "person" or role is None or role.affiliation:
            continue
        for form, key in named:
            if key != entry.key and re.search(rf"\b{re.escape(form)}\b", role.text):
                entry.role = roles.Role(role.text, key, role.strength)
                break
        else:
            body = _body_described(entries, entry, role.text)
            if body is not None:
                entry.role = roles.Role(role.text, body, role.strength)


# "the company's general counsel": a body named by what it is, whose the office is
_BODY_OWNER = re.compile(
    r"^(?:the\s+)?(company|firm|group|agency|organi[sz]ation|charity|bank|network|"
    r"newspaper|paper|airline|union|university|hospital|campaign|party|team|club)['’]s?\s",
    re.I,
)


def _body_described(entries: dict[str, Entry], person: Entry, role: str) -> str | None:
    """ "Pemberton Mills ... the company's general counsel, Ruth Adler": the organisation
    named last before the person, when the role names its owner only by what it is."""
    if _BODY_OWNER.match(role) is None:
        return None
    before = [
        (max(s for s, _, _ in e.spans if s < person.first), e.key)
        for e in entries.values()
        if e.kind == "organisation" and any(s < person.first for s, _, _ in e.spans)
    ]
    return max(before)[1] if before else None


def _serves(role: str, surname: str) -> bool:
    """The role is the person's by surname alone: "(Mr) Hale's spokesman", "a lawyer for Mr.
    Hale" (not "spokesman for Hale's party")."""
    name = re.escape(surname)
    return bool(
        re.match(rf"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{name}['’]s?\s+[\w -]+$", role)
        or re.search(rf"\b(?:for|to)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{name}$", role)
    )
