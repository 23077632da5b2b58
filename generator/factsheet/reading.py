"""Reading a fact sheet: typed decoding of safely composed nodes, with source marks.

The nodes (:mod:`generator.factsheet.composing`) are decoded against the dataclasses of
:mod:`generator.factsheet.model`, collecting every structural problem (wrong type,
missing or unknown field, refused tag) instead of stopping at the first.  A broken item
is reported and left out, so that the rules can still check the rest of the sheet.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import types
import typing
from dataclasses import dataclass, field

import yaml

from generator.errors import Problem
from generator.factsheet import model
from generator.factsheet.composing import compose, short_tag
from generator.slugs import sheet_slug

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_ALLOWED_TAGS = _SCALAR_TAGS | {_TAG + "seq", _TAG + "map"}
_INTERNAL = frozenset({"slug", "path"})  # FactSheet fields that are not YAML keys
_NOUNS = {
    "ArticleMeta": "article",
    "Actor": "actor",
    "Claim": "claim",
    "DisputeLink": "dispute link",
    "Figure": "figure",
    "Evidence": "evidence",
    "Background": "background item",
    "ReportedEvent": "event",
    "Analysis": "analysis",
    "SheetParagraph": "paragraph",
    "SheetImage": "image",
    "FactSheet": "fact sheet",
}


@dataclass
class Marks:
    """Where things are in the source: field path -> (line, column), both 1-based."""

    at: dict[str, tuple[int, int]] = field(default_factory=dict)
    origin: dict[int, str] = field(default_factory=dict)  # id(object) -> field path
    seen_ids: dict[str, set[str]] = field(default_factory=dict)  # ids of broken items too
    keep: list[object] = field(default_factory=list)

    def where(self, field_path: str) -> dict[str, int | None]:
        """``line=``/``column=`` for a field, falling back to its nearest parent."""
        probe = field_path
        while probe:
            if probe in self.at:
                line, column = self.at[probe]
                return {"line": line, "column": column}
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return {"line": None, "column": None}

    def path_of(self, obj: object) -> str:
        return self.origin.get(id(obj), "")

    # ``origin`` is keyed by object ids, which do not survive a pickle (sheets are parsed
    # in worker processes): it travels as (object, path) pairs, which pickle keeps as the
    # very objects of the sheet pickled beside it, and is keyed anew on arrival.
    def __getstate__(self) -> dict[str, object]:
        pairs = [(obj, self.origin.get(id(obj), "")) for obj in self.keep]
        return {"at": self.at, "seen_ids": self.seen_ids, "pairs": pairs}

    def __setstate__(self, state: dict[str, typing.Any]) -> None:
        self.at = state["at"]
        self.seen_ids = state["seen_ids"]
        self.keep = [obj for obj, _ in state["pairs"]]
        self.origin = {id(obj): path for obj, path in state["pairs"]}


@dataclass
class Parsed:
    """A sheet as far as it could be decoded, its marks and its structural problems."""

    sheet: model.FactSheet | None
    marks: Marks
    problems: list[Problem]


def parse_text(text: str, path: str) -> Parsed:
    """Compose and decode ``text``; structural problems are collected, not raised."""
    root = compose(text, path)
    marks = Marks()
    if root is None:
        problem = Problem(
            path,
            "the fact sheet is empty",
            hint="run `explainer extract ARTICLE` to draft one, or delete the file",
        )
        return Parsed(None, marks, [problem])
    decoder = _Decoder(path, marks)
    values = decoder.fields(root, model.FactSheet, "", skip=_INTERNAL)
    sheet = None
    if values is not None:
        sheet = model.FactSheet(slug=sheet_slug(path), path=path, **typing.cast(dict, values))
        decoder.remember(sheet, "")
    return Parsed(sheet, marks, decoder.problems)


_BAD = object()


class _Decoder:
    def __init__(self, path: str, marks: Marks) -> None:
        self.path = path
        self.marks = marks
        self.problems: list[Problem] = []
        self.constructor = yaml.constructor.SafeConstructor()

    def problem(self, node: yaml.Node, where: str, message: str, hint: str | None = None) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem(self.path, message, mark.line + 1, mark.column + 1, where or None, hint)
        )

    def remember(self, obj: object, where: str) -> None:
        self.marks.origin[id(obj)] = where
        self.marks.keep.append(obj)  # keeps ids unique while the marks live

    def mark(self, node: yaml.Node, where: str) -> None:
        self.marks.at[where] = (node.start_mark.line + 1, node.start_mark.column + 1)

    # -- nodes -> values ----------------------------------------------------------

    def fields(
        self, node: yaml.Node, cls: type, where: str, skip: frozenset[str] = frozenset()
    ) -> dict[str, object] | None:
        """Decode a mapping into keyword arguments for ``cls``; None when unusable."""
        noun = _NOUNS.get(cls.__name__, cls.__name__)
        if not self.tag_ok(node, where):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(
                node,
                where,
                f"expected a mapping (key: value lines) for the {noun}, got {describe(node)}",
            )
            return None
        self.mark(node, where)
        specs = {name: f for name, f in _specs(cls).items() if name not in skip}
        hints = _hints(cls)
        values: dict[str, object] = {}
        ok = True
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key_node.tag not in _SCALAR_TAGS:
                self.problem(key_node, where, "keys must be plain field names")
                continue
            sub = f"{where}.{key}" if where else key
            if key in seen:
                self.problem(key_node, sub, f"duplicate key '{key}'", "write each key once")
                continue
            seen.add(key)
            if key not in specs:
                close = difflib.get_close_matches(key, list(specs), n=1)
                hint = f"did you mean '{close[0]}'? " if close else ""
                self.problem(
                    key_node,
                    sub,
                    f"unknown field '{key}'",
                    f"{hint}fields of {_article(noun)}: {', '.join(specs)}",
                )
                continue
            self.mark(value_node, sub)
            if key == "id" and isinstance(value_node, yaml.ScalarNode):
                self.marks.seen_ids.setdefault(where.split("[")[0], set()).add(value_node.value)
            value = self.value(value_node, hints[key], sub)
            if value is not _BAD:
                values[key] = value
            elif _required(specs[key]):
                ok = False  # an optional field that is wrong falls back to its default
        for name, spec in specs.items():
            if _required(spec) and name not in values and name not in seen:
                self.problem(
                    node,
                    f"{where}.{name}" if where else name,
                    "required field is missing",
                    f"add '{name}:' to this {noun}",
                )
                ok = False
        return values if ok else None

    def value(self, node: yaml.Node, hint: object, where: str) -> object:
        if not self.tag_ok(node, where):
            return _BAD
        optional, base = unwrap_optional(hint)
        is_null = isinstance(node, yaml.ScalarNode) and node.tag == _TAG + "null"
        origin = typing.get_origin(base)
        if origin is tuple:
            item_type = typing.get_args(base)[0]
            return self.sequence(node, item_type, where, is_null)
        if is_null:
            if optional:
                return None
            self.problem(node, where, f"expected {_expected(base)}, got null", "fill it in")
            return _BAD
        if dataclasses.is_dataclass(base):
            shorthand = getattr(base, "SHORTHAND", None)
            if shorthand and isinstance(node, yaml.ScalarNode):  # `- other-claim-id`
                obj = typing.cast(type, base)(**{shorthand: node.value})
                self.remember(obj, where)
                return obj
            values = self.fields(node, typing.cast(type, base), where)
            if values is None:
                return _BAD
            obj = typing.cast(type, base)(**values)
            self.remember(obj, where)
            return obj
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, where, f"expected {_expected(base)}, got {describe(node)}")
            return _BAD
        return self.scalar(node, base, where)

    def sequence(self, node: yaml.Node, item_type: object, where: str, is_null: bool) -> object:
        if is_null:
            return ()
        if isinstance(node, yaml.ScalarNode) and item_type is str:
            return (node.value,)  # a single id may be written without brackets
        if isinstance(node, yaml.ScalarNode) and getattr(item_type, "SHORTHAND", None):
            self.mark(node, f"{where}[0]")  # `disputes: other-claim-id`
            return (self.value(node, item_type, f"{where}[0]"),)
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, where, f"expected a list, got {describe(node)}")
            return _BAD
        items = []
        for n, item_node in enumerate(node.value):
            sub = f"{where}[{n}]"
            self.mark(item_node, sub)
            item = self.value(item_node, item_type, sub)
            if item is not _BAD:
                items.append(item)  # a broken item is reported and left out
        return tuple(items)

    def scalar(self, node: yaml.ScalarNode, base: object, where: str) -> object:
        if base is str:
            return node.value  # as written: `date: 1991` is the text "1991", `no` is "no"
        if base is bool:
            if node.tag == _TAG + "bool":
                return self.constructor.construct_yaml_bool(node)
            self.problem(node, where, f"expected true or false, got '{node.value}'")
            return _BAD
        if node.tag == _TAG + "int":
            return self.constructor.construct_yaml_int(node)
        if node.tag == _TAG + "float":
            return self.constructor.construct_yaml_float(node)
        self.problem(
            node, where, f"expected a number, got '{node.value}'", "write digits, e.g. 4 or 2.5"
        )
        return _BAD

    def tag_ok(self, node: yaml.Node, where: str) -> bool:
        if node.tag in _ALLOWED_TAGS:
            return True
        self.problem(
            node,
            where,
            f"tag '{short_tag(node.tag)}' is not allowed",
            "fact sheets are read with safe loading: only text, numbers, true/false, "
            "lists and mappings",
        )
        return False


@functools.cache
def _specs(cls: type) -> dict[str, dataclasses.Field[object]]:
    return {f.name: f for f in dataclasses.fields(cls)}


@functools.cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _required(spec: dataclasses.Field[object]) -> bool:
    return spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING


@functools.cache
def unwrap_optional(hint: object) -> tuple[bool, object]:
    """``X | None`` -> (True, X); ``X`` -> (False, X).  ``float | int`` stays a number.
    A ``Literal`` of words is read as text: the rules check it is one of them."""
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0] if len(args) == 1 else float
    if typing.get_origin(hint) is typing.Literal:
        hint = str
    return optional, hint


def _expected(base: object) -> str:
    if base is str:
        return "text"
    if base is bool:
        return "true or false"
    if base in (int, float):
        return "a number"
    if dataclasses.is_dataclass(base):
        return "a mapping"
    return "a value"


def _article(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _TAG + "null":
        return "null"
    text = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return f"'{text}'"
