"""Folding the names an article gives one actor into one entry.

Surnames into full names ("Putin"), spelling variants ("Stepankert"), a first name
into the only person who bears it ("Rob"), an acronym into the organisation it
abbreviates ("OSCE"); and a person's role that names an organisation or state
affiliates them with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract import names, roles

if TYPE_CHECKING:
    from generator.extract.cast import Entry


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)


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


def merge_entries(entries: dict[str, Entry]) -> None:
    """Fold surnames into full names ("Putin"), spelling variants into one another
    ("Stepankert"), a first name into the only person who bears it ("Rob"), and an
    acronym into the organisation it abbreviates ("OSCE")."""
    keys = sorted(entries, key=lambda k: (entries[k].first, k))
    for key in keys:
        entry = entries.get(key)
        if entry is None:
            continue
        for other_key in keys:
            other = entries.get(other_key)
            if other is None or other is entry or ":" not in other_key:
                continue
            if (
                _compatible(entry, other)
                and len(entry.name) >= len(other.name)
                and names.same(entry.name, other.name)
            ):
                _absorb(entries, entry, other_key)
    people = [e for e in entries.values() if e.kind == "person" and " " in e.name]
    for key in sorted(entries):
        entry = entries.get(key)
        if entry is None or entry.kind != "person" or " " in entry.name:
            continue
        bearers = [p for p in people if names.fold(p.name).split()[0] == names.fold(entry.name)]
        if len(bearers) == 1 and bearers[0].key in entries:
            _absorb(entries, bearers[0], key)
    organisations = [e for e in entries.values() if e.kind in ("organisation", "group")]
    for key in sorted(entries):
        entry = entries.get(key)
        if entry is None or entry.kind not in ("organisation", "group") or not entry.name.isupper():
            continue
        full = next(
            (
                o
                for o in organisations
                if o is not entry and o.key in entries and _initials(o.name) == entry.name
            ),
            None,
        )
        if full is not None and len(entry.name) >= 3:
            _absorb(entries, full, key)


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
    for entry in entries.values():
        role = entry.role
        if entry.kind != "person" or role is None or role.affiliation:
            continue
        for form, key in named:
            if key != entry.key and re.search(rf"\b{re.escape(form)}\b", role.text):
                entry.role = roles.Role(role.text, key, role.strength)
                break
