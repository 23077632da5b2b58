"""The three-way merge of dispute links (``claims[].disputes``), on plain data.

A link is a plain id or a mapping ``{claim: id, reason: ..., unlinked: true}``, matched
by the other claim's id, and counts as one link between two claims whichever claim
lists it.  What the person removed (the link gone from both claims, both claims kept)
or marked ``unlinked: true`` is never added back: when the machine proposes it again,
an ``unlinked: true`` entry records it, so that the unlink holds even without the merge
base.  :mod:`generator.factsheet.merge` applies the results to the edited sheet.
"""

from __future__ import annotations

from collections.abc import Iterator

Pair = frozenset[object]


def link_id(item: object) -> object:
    """The other claim a dispute link names: ``- id`` or ``- {claim: id, ...}``."""
    return item.get("claim") if isinstance(item, dict) else item


def is_unlink(item: object) -> bool:
    return isinstance(item, dict) and item.get("unlinked") is True


def link_lists(*values: object) -> bool:
    """Whether every value is a list of dispute links (plain ids or mappings), or None
    (absent)."""
    return all(
        value is None or (isinstance(value, list) and all(isinstance(i, str | dict) for i in value))
        for value in values
    )


def _claims(data: dict) -> list[dict]:
    found = data.get("claims")
    return [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []


def _links(claim: dict) -> list[object]:
    found = claim.get("disputes")
    return found if isinstance(found, list) else [] if found is None else [found]


def pairs(data: dict, *, unlinked: bool = False) -> set[Pair]:
    """Every pair of claims a sheet links (or, with ``unlinked``, keeps apart)."""
    return {
        frozenset((claim.get("id"), link_id(item)))
        for claim in _claims(data)
        for item in _links(claim)
        if is_unlink(item) == unlinked
    }


class LinkMerge:
    """The pairs the person keeps apart, and each claim's merged links."""

    def __init__(self, base: dict, mine: dict) -> None:
        kept = {c.get("id") for c in _claims(mine)}
        # removed by the person, not with a deleted claim
        self.removed = {p for p in pairs(base) - pairs(mine) if p <= kept}
        self.explicit = pairs(mine, unlinked=True)  # the person's `unlinked: true` entries

    def claim(self, claim: object, b: list, m: list, t: list) -> tuple[list, list[object]]:
        """One claim's links merged (the person's order first), and the other claims
        the merge recorded as unlinked from it."""
        base = {link_id(x): x for x in b}
        theirs = {link_id(x): x for x in t}
        merged: list[object] = []
        for item in m:
            other = link_id(item)
            if other in theirs:  # both have it: the machine's reason, unless the person edited
                untouched = other in base and base[other] == item
                merged.append(theirs[other] if untouched else item)
            elif other not in base or base[other] != item:
                merged.append(item)  # the person's own link or unlink, or one they edited
        mine = {link_id(x) for x in m}
        recorded = []
        for other, item in theirs.items():
            pair = frozenset((claim, other))
            if other in mine or other in base or pair in self.explicit:
                continue  # the person has it, removed it here, or keeps the two apart
            if pair in self.removed:
                self.explicit.add(pair)
                merged.append({"claim": other, "unlinked": True})
                recorded.append(other)
            else:
                merged.append(item)
        return merged, recorded

    def to_record(self, theirs: dict, kept: set[object]) -> Iterator[tuple[object, object]]:
        """(claim, other claim) for every link the person removed that the new draft
        still proposes: the unlink goes on the claim the machine puts its reason on."""
        reasoned = {
            (c.get("id"), link_id(i))
            for c in _claims(theirs)
            for i in _links(c)
            if isinstance(i, dict)
        }
        for claim in _claims(theirs):
            for item in _links(claim):
                own, other = claim.get("id"), link_id(item)
                pair = frozenset((own, other))
                if pair not in self.removed or pair in self.explicit or is_unlink(item):
                    continue
                if not isinstance(item, dict) and (other, own) in reasoned:
                    continue  # the machine's reason is on the other claim: record it there
                on, there = (own, other) if own in kept else (other, own)
                if on in kept:
                    self.explicit.add(pair)
                    yield on, there
