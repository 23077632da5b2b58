"""The three-way merge that keeps hand edits when an article is extracted again.

The three sides are the machine's previous draft (the *base*, kept in the cache
folder), the sheet on disk (*mine*: what the person made of it) and the new draft
(*theirs*).  Decisions are taken on canonical data (:func:`writing.to_data`), and
applied to the sheet as ruamel.yaml loaded it in round-trip mode, so that comments,
key order and formatting of the edited sheet survive.

- What the person changed, added or deleted wins.
- What the machine newly finds is added; what it changed where the person did not
  is taken; what it no longer finds is dropped only if the person never touched it
  and nothing else refers to it.
- Where both changed the same field, the person's value stays and the machine's
  proposal is reported as a warning.
- What an editor has reviewed (an actor, a claim, a figure marked ``review:
  reviewed``, or everything in a sheet so marked) is the editor's word: the machine
  changes nothing in it and drops none of it, and what it would change is reported as
  a warning.  Only its confidence, the machine's own number, is updated.  What it newly
  finds comes in as a draft (``review: draft`` in a reviewed sheet), never as checked;
  background and analysis, which carry no state of their own, are not added to a
  reviewed sheet but reported.  The article text (paragraphs, images) is the article's,
  not a judgement, and follows the article.  The review state itself is the editor's:
  the machine never writes it, except to mark its new findings as drafts.

Items of lists match by id (actors, claims, paragraphs), by (date, text) for
background, by title for analysis, by src for images, and by (value, unit, text) for
a claim's figures.

Dispute links merge pair by pair (:mod:`generator.factsheet.links`): an unlink the
person made is recorded as ``unlinked: true`` and never undone by the machine.  A
reviewed claim's links are the editor's too: the machine proposes, as a warning.
What items refer to (the actors a person deleted or merged, the ids that keep an item
the machine no longer finds) is read in :mod:`generator.factsheet.references`.
"""

from __future__ import annotations

import typing
from collections.abc import Callable

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from generator.errors import Problem
from generator.factsheet.comments import give_trailer, has_comments, take_trailer
from generator.factsheet.links import LinkMerge, link_id
from generator.factsheet.links import link_lists as _link_lists_of
from generator.factsheet.model import DRAFT, REVIEWED
from generator.factsheet.references import deleted_actors, references, with_renamed
from generator.factsheet.writing import styled

_MISSING = object()
Key = Callable[[dict], object]
_KEYED: dict[str, Key] = {
    "actors": lambda item: item.get("id"),
    "claims": lambda item: item.get("id"),
    "paragraphs": lambda item: item.get("id"),
    "images": lambda item: item.get("src"),
    "background": lambda item: (str(item.get("date")), item.get("text")),
    "events": lambda item: (str(item.get("date")), item.get("text")),
    "analysis": lambda item: item.get("title"),
    "figures": lambda item: (item.get("value"), item.get("unit"), item.get("text")),
}
# lists whose items carry a review state of their own
_STATED = frozenset({"actors", "claims", "figures"})
# lists that are the article's text, not the machine's judgement: never held by a review
_ARTICLE_TEXT = frozenset({"paragraphs", "images"})
# the machine's own numbers: the new draft's wherever the person left them alone, even
# in what an editor has reviewed
_MACHINE = frozenset({"confidence"})
# lists of ids or names where both sides' additions are kept (a union, minus deletions);
# any other list both sides changed (by, points, figures) is a conflict: the person's stays
_SETS = frozenset({"aliases", "about", "actors", "paragraphs"})
# the machine's own records: always the new draft's (they say what it was drafted from)
_BOOKKEEPING = frozenset({"article.sha256", "article.extractor"})


def merge_into(
    doc: CommentedMap, base: dict, mine: dict, theirs: dict, *, path: str
) -> tuple[bool, list[Problem]]:
    """Merge ``theirs`` into ``doc`` (the round-trip form of ``mine``), against ``base``.

    ``base``, ``mine`` and ``theirs`` are canonical data (:func:`writing.to_data`).
    Returns whether ``doc`` changed, and the warnings (conflicts, items kept or left
    out).
    """
    merger = _Merger(path, *deleted_actors(base, mine))
    merger.links = LinkMerge(base, mine)
    merger.map(base, mine, theirs, doc, "", _state(mine, DRAFT))
    merger.record_unlinks(doc, theirs)
    merger.finish(doc)
    if "review" not in doc and "review" in theirs:  # a sheet from before review states
        doc.insert(0, "review", mine.get("review", DRAFT))
        doc.ca.items["review"] = [None, None, CommentToken("\n\n", CommentMark(0), None), None]
        merger.changed = True
    return merger.changed, merger.problems


def _as_list(value: object) -> list[object]:
    if value is _MISSING or value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _plain_list(value: object) -> bool:
    return value is _MISSING or (
        isinstance(value, list) and not any(isinstance(i, dict | list) for i in value)
    )


def _link_lists(*values: object) -> bool:
    return _link_lists_of(*(None if v is _MISSING else v for v in values))


def merge_set(base: list[object], mine: list[object], theirs: list[object]) -> list[object]:
    """Three-way merge of a list of plain values, keeping the person's order."""
    kept = [x for x in mine if not (x in base and x not in theirs)]
    return kept + [x for x in theirs if x not in base and x not in mine]


def _state(item: dict, inherited: str) -> str:
    """An item's review state: its own, else the one it inherits."""
    own = item.get("review")
    return own if own in (DRAFT, REVIEWED) else inherited


def _keys(items: list, key_of: Key) -> list[object]:
    """The key of each item; the second item with a key already seen gets (key, 2)..."""
    seen: dict[object, int] = {}
    keys: list[object] = []
    for item in items:
        key = key_of(item) if isinstance(item, dict) else None
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else (key, seen[key]))
    return keys


def _as_draft(item: object) -> object:
    """A new machine item marked ``review: draft`` (before its confidence, if any)."""
    if not isinstance(item, dict):
        return item
    out: dict = {}
    for key, value in item.items():
        if key == "confidence":
            out["review"] = DRAFT
        out[key] = value
    out.setdefault("review", DRAFT)
    return out


def _short(value: object) -> str:
    if value is _MISSING:
        return "to remove it"
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


class _Merger:
    def __init__(self, path: str, deleted: set[str], renamed: dict[str, str]) -> None:
        self.path = path
        self.deleted = deleted  # actor ids the person deleted: what names them stays out,
        self.renamed = renamed  # unless the person merged them into another actor
        self.problems: list[Problem] = []
        self.changed = False
        self.drops: list[tuple[str, CommentedSeq, CommentedMap, object]] = []
        self.links = LinkMerge({}, {})  # dispute links: set by merge_into

    def map(self, b: dict, m: dict, t: dict, node: CommentedMap, where: str, state: str) -> None:
        """Merge one mapping; ``state`` is its review state (what an editor reviewed, the
        machine proposes to, but does not change)."""
        held = state == REVIEWED
        for key in list(m) + [k for k in t if k not in m]:
            bv, mv, tv = b.get(key, _MISSING), m.get(key, _MISSING), t.get(key, _MISSING)
            if mv == tv or bv == tv:
                continue  # agreed, or the machine changed nothing here
            field = f"{where}.{key}" if where else key
            if key == "review":
                continue  # the editor's word, never the machine's
            if isinstance(mv, dict) and isinstance(tv, dict) and key in node:
                self.map(bv if isinstance(bv, dict) else {}, mv, tv, node[key], field, state)
            elif (
                (not where or key == "figures")
                and key in _KEYED
                and isinstance(mv, list)
                and isinstance(tv, list)
                and isinstance(node.get(key), CommentedSeq)
            ):
                inherited = DRAFT if key in _ARTICLE_TEXT else state
                self.keyed(_as_list(bv), mv, tv, node[key], field, key, inherited)
            elif where.startswith("claims[") and key == "disputes" and _link_lists(mv, tv):
                if held:  # a reviewed claim's links: the machine proposes
                    self.conflict(node, key, field, tv, reviewed=True)
                else:
                    self.merge_links(m.get("id"), _as_list(bv), _as_list(mv), _as_list(tv), node, t)
            elif where and key in _SETS and _plain_list(mv) and _plain_list(tv):
                merged = merge_set(_as_list(bv), _as_list(mv), _as_list(tv))
                if merged == _as_list(mv):
                    continue
                if held:
                    self.conflict(node, key, field, tv, reviewed=True)
                else:
                    self.put(node, key, merged if merged else _MISSING, t)
            elif field in _BOOKKEEPING or (key in _MACHINE and bv == mv):
                self.put(node, key, tv, t)  # the machine's own records and numbers
            elif bv == mv and not held:
                self.put(node, key, tv, t)  # the person left it alone: take the new value
            elif bv == mv or (mv is not _MISSING and tv is not _MISSING):
                self.conflict(node, key, field, tv, reviewed=bv == mv)

    def merge_links(
        self, claim: object, b: list, m: list, t: list, node: CommentedMap, order: dict
    ) -> None:
        """One claim's dispute links (see :mod:`generator.factsheet.links`)."""
        merged, recorded = self.links.claim(claim, b, m, t)
        if merged != m:
            self.put(node, "disputes", merged if merged else _MISSING, order)
        for other in recorded:
            self.recorded(str(claim), str(other))

    def record_unlinks(self, doc: CommentedMap, theirs: dict) -> None:
        """A link the person removed that the machine still proposes becomes an explicit
        ``unlinked: true``, so that the unlink holds once the machine stops proposing it."""
        claims = doc.get("claims")
        if not isinstance(claims, CommentedSeq):
            return
        nodes = {c.get("id"): c for c in claims if isinstance(c, CommentedMap)}
        for own, other in list(self.links.to_record(theirs, set(nodes))):
            node = nodes[own]
            present = _as_list(node.get("disputes"))
            if other not in [link_id(i) for i in present]:
                self.put(node, "disputes", [*present, {"claim": other, "unlinked": True}], {})
                self.recorded(str(own), str(other))

    def recorded(self, claim: str, other: str) -> None:
        self.problems.append(
            Problem(
                self.path,
                f"recorded that claims '{claim}' and '{other}' do not dispute each other (you "
                "removed the link; the new extraction finds it again)",
                field="claims",
                hint="delete that unlinked: true entry to let the link back in",
                severity="warning",
            )
        )

    def keyed(
        self, b: list, m: list, t: list, seq: CommentedSeq, field: str, kind: str, state: str
    ) -> None:
        """Merge a list whose items match by key (:data:`_KEYED`); ``state`` is the review
        state its items inherit."""
        key_of = _KEYED[kind]
        base = dict(zip(_keys(b, key_of), b, strict=True))
        theirs = dict(zip(_keys(t, key_of), t, strict=True))
        keys = _keys(m, key_of)
        for n, item in enumerate(m):
            key = keys[n]
            mine = _state(item, state) if kind in _STATED else state
            if key in theirs:
                self.map(base.get(key, {}), item, theirs[key], seq[n], f"{field}[{n}]", mine)
            elif key in base:
                if mine == REVIEWED:
                    self.warn(
                        seq,
                        n,
                        f"{field}[{n}]",
                        "the new extraction no longer finds this item; kept it because it "
                        "is reviewed",
                        "delete it if it is wrong",
                    )
                elif item == base[key] and not has_comments(seq[n]):
                    self.drops.append((kind, seq, seq[n], key))
                else:
                    self.warn(
                        seq,
                        n,
                        f"{field}[{n}]",
                        "the new extraction no longer finds this item; kept it because you "
                        "edited it",
                        "delete it if it is wrong",
                    )
        after = -1
        for key, item in zip(_keys(t, key_of), t, strict=True):
            if key in keys:
                after = keys.index(key)
                continue
            if key in base:
                continue  # the person deleted it: that stays
            item = with_renamed(item, self.renamed)
            found = set(references([typing.cast(dict, item)]))
            gone = sorted(typing.cast(set[str], found & self.deleted))
            if gone:
                self.problems.append(
                    Problem(
                        self.path,
                        f"the new extraction finds {field} '{_shown(key)}', which names "
                        f"'{gone[0]}', an actor you deleted; not added",
                        field=field,
                        hint="add it by hand if it is right",
                        severity="warning",
                    )
                )
                continue
            if state == REVIEWED:
                if kind not in _STATED:
                    self.problems.append(
                        Problem(
                            self.path,
                            f"the new extraction finds {field} '{_shown(key)}'; not added "
                            "to a reviewed sheet",
                            field=field,
                            hint="add it by hand if it is right",
                            severity="warning",
                        )
                    )
                    continue
                item = _as_draft(item)  # new, so not checked: a draft in a reviewed sheet
            after += 1
            trailer = take_trailer(seq) if after == len(seq) else None
            seq.insert(after, styled(item))
            give_trailer(seq, trailer)  # the blank line before the next section
            keys.insert(after, key)
            self.changed = True

    def finish(self, root: CommentedMap) -> None:
        """Drop what the machine no longer finds, unless something still refers to it."""
        dropping = {id(node) for _, _, node, _ in self.drops}
        items = (
            item
            for value in root.values()
            if isinstance(value, CommentedSeq)
            for item in value
            if isinstance(item, CommentedMap)
        )
        used = set(references(items, dropping))
        for field, seq, node, key in self.drops:
            if field in ("actors", "claims") and key in used:
                continue
            for n, item in enumerate(seq):
                if item is node:
                    trailer = take_trailer(seq) if n == len(seq) - 1 else None
                    del seq[n]
                    give_trailer(seq, trailer)
                    self.changed = True
                    break

    def put(self, node: CommentedMap, key: str, value: object, order: dict) -> None:
        """Set, add or remove (``_MISSING``) one key, keeping the node's trailing lines."""
        self.changed = True
        last = list(node)[-1] if len(node) else None
        trailer = take_trailer(node) if key == last or key not in node else None
        if value is _MISSING:
            node.pop(key, None)
        elif key in node:
            new = styled(value)
            old = node[key]
            flow = isinstance(old, CommentedSeq | CommentedMap) and old.fa.flow_style()
            if flow and isinstance(new, CommentedSeq | CommentedMap):
                new.fa.set_flow_style()  # `aliases: [a, b]` stays on one line
            node[key] = new
        else:
            names = list(order)
            later = names[names.index(key) + 1 :] if key in names else []
            position = next((i for i, k in enumerate(node) if k in later), len(node))
            node.insert(position, key, styled(value))
        give_trailer(node, trailer)

    def conflict(
        self, node: CommentedMap, key: str, field: str, proposal: object, reviewed: bool = False
    ) -> None:
        line, column = node.lc.value(key) if key in node else (node.lc.line, node.lc.col)
        kept = "kept the reviewed value" if reviewed else "kept your value"
        self.problems.append(
            Problem(
                self.path,
                f"{kept}; the new extraction proposes {_short(proposal)}",
                line + 1,
                column + 1,
                field,
                "edit the field if the proposal is right",
                severity="warning",
            )
        )

    def warn(self, seq: CommentedSeq, n: int, field: str, message: str, hint: str) -> None:
        line, column = seq.lc.item(n)
        self.problems.append(
            Problem(self.path, message, line + 1, column + 1, field, hint, severity="warning")
        )


def _shown(key: object) -> str:
    """A list item's key as a message names it: an id, a title, a figure's words."""
    if isinstance(key, tuple):
        parts = [str(k) for k in key if k is not None and not isinstance(k, tuple)]
        return " ".join(parts)
    return str(key)
