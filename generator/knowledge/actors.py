"""One actor across articles: merging sheet actors into :class:`ActorEntry`.

The unit is a *sheet actor*: ``(sheet slug, local id)``.  Links are tried in order of
trust, each refused when it would join what a split pin keeps apart:

1. merge pins (an editor's word);
2. the same id in several sheets (sheets that share an id mean one actor);
3. persons with the same personal name, titles stripped and spelling folded
   (``Armenian Prime Minister Nikol Pashinyan`` = ``Nikol Pashinian``);
4. a person named by surname alone, when one person of that surname is known (in the
   same article first, else in the whole corpus); two people sharing a surname stay two;
   first names one letter apart (``Anthony``/``Antony``) under one surname;
5. other actors with the same name (``Armenia`` = ``Armenia``) and compatible kinds
   (a country and a region; an organisation and a group),
   or a name one of them gives as an alias when both are of the same kind;
6. a place or organisation that is only the surname of the one person of that surname
   in its article (an extractor's wrong kind: "Modi" beside "Narendra Modi").

People quoted without a name (role ``unnamed source``: "officials said") stay with
their article: "officials" in two articles need not be the same people.  A merge pin
joins them where they are.  A country and its ministry never merge (different names),
nor a person and anything else.  The canonical id is the first id of a merge pin,
else the id most sheets use, then the fuller name, then the alphabetically first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from generator.errors import Problem
from generator.factsheet.model import Actor, FactSheet, is_unnamed
from generator.knowledge.names import name_key, personal_name, phonetic, suffix_of
from generator.knowledge.pins import PinGroup, Pins
from generator.slugs import unique

KIND_FAMILIES = {
    "country": "territory",
    "region": "territory",
    "place": "place",
    "organisation": "body",
    "group": "body",
    "person": "person",
}


@dataclass(frozen=True)
class SheetActor:
    sheet: str
    actor: Actor
    order: int  # the sheet's position by article date (for latest role)

    @property
    def ref(self) -> str:
        return f"{self.sheet}/{self.actor.id}"


@dataclass(frozen=True)
class Merged:
    """One merged actor before it becomes an entry: its canonical id and members."""

    id: str
    members: tuple[SheetActor, ...]


class _Groups:
    """Union-find over sheet actors with split constraints (tags that may not meet)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.tags: list[set[tuple[int, int]]] = [set() for _ in range(size)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def allowed(self, i: int, j: int) -> bool:
        a, b = self.tags[self.find(i)], self.tags[self.find(j)]
        groups_a = {g: side for g, side in a}
        return all(groups_a.get(g, side) == side for g, side in b)

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not self.allowed(ri, rj):
            return False
        keep, drop = min(ri, rj), max(ri, rj)
        self.parent[drop] = keep
        self.tags[keep] |= self.tags[drop]
        self.tags[drop] = set()
        return True


def merge(sheets: Sequence[FactSheet], pins: Pins) -> tuple[list[Merged], list[Problem]]:
    """Group every sheet's actors into merged actors (deterministic order by id)."""
    units = [
        SheetActor(sheet.slug, actor, order)
        for order, sheet in enumerate(sheets)
        for actor in sheet.actors
    ]
    by_id: dict[str, list[int]] = defaultdict(list)
    by_ref: dict[str, int] = {}
    for i, unit in enumerate(units):
        by_id[unit.actor.id].append(i)
        by_ref[unit.ref] = i
    problems: list[Problem] = []

    def resolve(ref: str, group: PinGroup) -> list[int]:
        found = [by_ref[ref]] if "/" in ref and ref in by_ref else by_id.get(ref, [])
        if not found:
            problems.append(
                Problem(
                    pins.path,
                    f"no actor {ref!r} in any fact sheet; this pin does nothing",
                    line=group.line,
                    column=group.column,
                    severity="warning",
                )
            )
        return found

    groups = _Groups(len(units))
    for g, split in enumerate(pins.split):
        for side, ref in enumerate(split.ids):
            for i in resolve(ref, split):
                groups.tags[i].add((g, side))
    pinned_first: dict[int, str] = {}
    for pin in pins.merge:
        members = [i for ref in pin.ids for i in resolve(ref, pin)]
        for i in members[1:]:
            if not groups.union(members[0], i):
                problems.append(
                    Problem(
                        pins.path,
                        f"merge of {pin.ids[0]!r} with {units[i].ref!r} breaks a split pin",
                        line=pin.line,
                        column=pin.column,
                    )
                )
        if members:
            pinned_first[members[0]] = pin.ids[0].rsplit("/", 1)[-1]
    for members in by_id.values():
        for i in members[1:]:
            if not _local(units[i]):
                groups.union(members[0], i)
    _link_persons(units, groups)
    _link_others(units, groups)
    _link_mis_kinded_surnames(units, groups)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(units)):
        clusters[groups.find(i)].append(i)
    pinned = {groups.find(i): name for i, name in pinned_first.items()}
    chosen = []
    for root, members in clusters.items():
        chosen.append((_canonical(pinned.get(root), [units[i] for i in members]), members))
    taken: set[str] = set()
    merged = []
    for (_rank, preferred), members in sorted(chosen, key=lambda c: c[0]):
        canonical = unique(preferred, taken)
        merged.append(Merged(canonical, tuple(units[i] for i in sorted(members))))
    merged.sort(key=lambda m: m.id)
    return merged, problems


def _canonical(pinned: str | None, members: list[SheetActor]) -> tuple[tuple, str]:
    """(rank for who keeps a contested id, preferred id)."""
    sheets_per_id: dict[str, set[str]] = defaultdict(set)
    fullness: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for unit in members:
        sheets_per_id[unit.actor.id].add(unit.sheet)
        name = unit.actor.name
        tokens = personal_name(name) if unit.actor.kind == "person" else tuple(name.split())
        full = (sum(1 for t in tokens if len(t) > 1), len(" ".join(tokens)))
        fullness[unit.actor.id] = max(fullness[unit.actor.id], full)
    if pinned is not None:
        return (0, -len(members), pinned), pinned
    best = min(
        sheets_per_id,
        key=lambda i: (-len(sheets_per_id[i]), -fullness[i][0], -fullness[i][1], i),
    )
    return (1, -len(sheets_per_id[best]), best), best


def _local(unit: SheetActor) -> bool:
    """An actor no rule joins to another sheet's (only a pin does)."""
    return is_unnamed(unit.actor.role)


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def _link_persons(units: Sequence[SheetActor], groups: _Groups) -> None:
    persons = [i for i, u in enumerate(units) if u.actor.kind == "person"]
    # (first, last, suffix) -> (unit, middle names)
    full: dict[tuple[str, str, str], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    short: list[tuple[int, str, str | None]] = []  # (unit, surname key, initial)
    for i in persons:
        has_full = False
        surnames: set[tuple[str, str | None]] = set()
        for name in _names(units[i].actor):
            tokens = personal_name(name)
            if len(tokens) >= 2 and len(tokens[0]) > 1:
                key = (phonetic(tokens[0]), phonetic(tokens[-1]), suffix_of(name))
                full[key].append((i, tuple(phonetic(t) for t in tokens[1:-1])))
                has_full = True
            elif len(tokens) == 2 and len(tokens[0]) == 1:
                surnames.add((phonetic(tokens[1]), tokens[0]))
            elif len(tokens) == 1:
                surnames.add((phonetic(tokens[0]), None))
        if not has_full:
            short.extend((i, s, initial) for s, initial in sorted(surnames, key=str))
    for key in sorted(full):
        entries = full[key]
        middles = {m for _, m in entries if m}
        if len({m[0][:1] for m in middles}) > 1:  # George W. Bush vs George H. W. Bush
            for middle in sorted(middles):
                same = [i for i, m in entries if m == middle]
                for i in same[1:]:
                    groups.union(same[0], i)
            continue
        for i, _ in entries[1:]:
            groups.union(entries[0][0], i)
    _link_first_name_variants(full, groups)
    # surname alone (or "N. Pashinyan"): the one person of that surname
    owners: dict[str, dict[int, set[str | None]]] = defaultdict(lambda: defaultdict(set))
    for (first, last, _), entries in full.items():
        for i, _ in entries:
            owners[last][groups.find(i)].add(first[:1])
    sheet_roots: dict[str, set[int]] = defaultdict(set)
    for i in persons:
        sheet_roots[units[i].sheet].add(groups.find(i))
    for i, surname, initial in short:
        candidates = {
            root
            for root, initials in owners.get(surname, {}).items()
            if initial is None or phonetic(initial) in initials
        }
        candidates = {groups.find(r) for r in candidates}
        if len(candidates) > 1:
            here = {groups.find(r) for r in sheet_roots[units[i].sheet]}
            candidates &= here
        if len(candidates) == 1:
            groups.union(next(iter(candidates)), i)


def _link_first_name_variants(
    full: dict[tuple[str, str, str], list[tuple[int, tuple[str, ...]]]], groups: _Groups
) -> None:
    """``Anthony Blinken`` = ``Antony Blinken``: one surname, first names one letter
    apart (five letters or more, same initial).  ``Michael``/``Michelle`` are two apart."""
    by_surname: dict[tuple[str, str], list[str]] = defaultdict(list)
    for first, last, suffix in full:
        by_surname[(last, suffix)].append(first)
    for (last, suffix), firsts in sorted(by_surname.items()):
        for a, b in combinations(sorted(firsts), 2):
            if min(len(a), len(b)) >= 5 and a[0] == b[0] and _one_edit(a, b):
                groups.union(full[(a, last, suffix)][0][0], full[(b, last, suffix)][0][0])


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or dropping one letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _link_mis_kinded_surnames(units: Sequence[SheetActor], groups: _Groups) -> None:
    """A place or organisation named only by a surname of the one person of that surname
    in the same article ("Modi" as a place beside "Narendra Modi") is that person."""
    surnames: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, unit in enumerate(units):
        if unit.actor.kind == "person":
            tokens = personal_name(unit.actor.name)
            if len(tokens) >= 2:
                surnames[(unit.sheet, phonetic(tokens[-1]))].add(groups.find(i))
    for i, unit in enumerate(units):
        if unit.actor.kind in ("place", "organisation") and " " not in unit.actor.name.strip():
            owners = surnames.get((unit.sheet, phonetic(name_key(unit.actor.name))), set())
            roots = {groups.find(r) for r in owners}
            if len(roots) == 1:
                groups.union(next(iter(roots)), i)


def _link_others(units: Sequence[SheetActor], groups: _Groups) -> None:
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_alias: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        family = KIND_FAMILIES.get(unit.actor.kind, unit.actor.kind)
        if family == "person" or _local(unit):
            continue
        key = name_key(unit.actor.name)
        if key:
            by_name[(family, key)].append(i)
        for alias in unit.actor.aliases:
            alias_key = name_key(alias)
            if alias_key and alias_key != key:
                by_alias[(unit.actor.kind, alias_key)].append(i)
    for family_key in sorted(by_name):
        members = by_name[family_key]
        for i in members[1:]:
            groups.union(members[0], i)
    for (kind, alias_key), members in sorted(by_alias.items()):
        owners = {
            groups.find(i)
            for i in by_name.get((KIND_FAMILIES.get(kind, kind), alias_key), [])
            if units[i].actor.kind == kind
        }
        if len(owners) == 1:
            owner = next(iter(owners))
            for i in members:
                groups.union(owner, i)


def role_history(members: Sequence[SheetActor]) -> tuple[str, ...]:
    """Every role, oldest article first, without repeats."""
    seen: dict[str, None] = {}
    for unit in sorted(members, key=lambda u: (u.order, u.sheet)):
        if unit.actor.role:
            seen.setdefault(unit.actor.role, None)
    return tuple(seen)


def display_name(members: Sequence[SheetActor], canonical: str | None = None) -> str:
    """A name without titles if any sheet gives one, of two words or more, the commonest,
    then the one the canonical id's sheets use."""
    counts = Counter(u.actor.name for u in members)
    own = {u.actor.name for u in members if u.actor.id == canonical}

    def score(name: str) -> tuple:
        bare = members[0].actor.kind != "person" or len(personal_name(name)) == len(name.split())
        return (not bare, len(name.split()) < 2, -counts[name], name not in own, -len(name), name)

    return min(counts, key=score)


def kind_of(members: Sequence[SheetActor], name: str | None = None) -> str:
    """The kind the sheets giving ``name`` (the display name) say, else most sheets say."""
    named = [u for u in members if u.actor.name == name] or list(members)
    counts = Counter(u.actor.kind for u in named)
    return min(counts, key=lambda k: (-counts[k], k))
