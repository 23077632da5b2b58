"""Reading a fact sheet: safe YAML composition, then typed decoding with source marks.

PyYAML composes the text into nodes (which carry line and column marks) with the safe
loader; nothing is ever constructed from a tag.  The nodes are then decoded against
the dataclasses of :mod:`generator.factsheet.model`, collecting every structural
problem (wrong type, missing or unknown field, refused tag) instead of stopping at
the first.  Limits refuse what no hand-written sheet needs: aliases (the "billion
laughs" expansion), absurd nesting and oversized files.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import FactSheetError, Problem
from generator.factsheet import model
from generator.slugs import sheet_slug

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 20

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_ALLOWED_TAGS = _SCALAR_TAGS | {_TAG + "seq", _TAG + "map"}
_SYNTAX_HINT = "check indentation and quoting here or on the line above"
_SYNTAX_HINTS = {
    "mapping values are not allowed": "put text that contains ': ' in quotes, "
    "or check the indentation",
    "'\\t'": "indent with spaces, not tabs",
    "could not find expected ':'": "every line is 'key: value' or '- item'; "
    "look for a missing colon or an unclosed quote above",
    "found unexpected end of stream": "a quote or bracket is not closed",
    "another document": "a fact sheet is one YAML document: remove the '---' line",
}
_INTERNAL = frozenset({"slug", "path"})  # FactSheet fields that are not YAML keys
_NOUNS = {
    "ArticleMeta": "article",
    "Actor": "actor",
    "Claim": "claim",
    "Figure": "figure",
    "Evidence": "evidence",
    "Background": "background item",
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


@dataclass
class Parsed:
    """A sheet as far as it could be decoded, its marks and its structural problems."""

    sheet: model.FactSheet | None
    marks: Marks
    problems: list[Problem]


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str, hint: str) -> None:
        super().__init__(message)
        self.mark, self.message, self.hint = mark, message, hint


class _Limits(yaml.composer.Composer):
    """PyYAML's composer, refusing aliases and deep nesting."""

    depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _Refused(
                event.start_mark,
                f"YAML aliases ('*{event.anchor}') are not allowed in a fact sheet",
                "write the value out in full; aliases are refused so that a small file "
                "cannot expand into a huge one",
            )
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(
                self.peek_event().start_mark,
                f"nesting deeper than {MAX_DEPTH} levels",
                "a fact sheet nests at most a few levels: article, claims[].figures[]...",
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _PyLoader(_Limits, yaml.SafeLoader):
    """The pure-Python safe loader, with the limits."""


class _CLoader(_Limits, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser (fast) under the Python composer (with the limits)."""

    def __init__(self, stream: str) -> None:
        yaml.CSafeLoader.__init__(self, stream)
        self.anchors: dict[str, yaml.Node] = {}


_Loader = _CLoader if yaml.__with_libyaml__ else _PyLoader


def short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def compose(text: str, path: str) -> yaml.Node | None:
    """Safe-compose ``text``; raise :class:`FactSheetError` on syntax errors and limits."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise FactSheetError(
            Problem(
                path,
                f"file is {size:,} bytes, over the limit of {MAX_BYTES:,}",
                hint="a fact sheet holds one article; split it or remove pasted data",
            )
        )
    if _Loader is _CLoader:
        try:
            return _compose_with(_CLoader, text)
        except (yaml.YAMLError, _Refused):
            pass
    # libyaml words its errors differently: report PyYAML's, the same on every machine
    return _compose_reporting(text, path)


def _compose_with(loader_class: type[_PyLoader] | type[_CLoader], text: str) -> yaml.Node | None:
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _compose_reporting(text: str, path: str) -> yaml.Node | None:
    """Compose with the pure-Python loader, turning every failure into a Problem."""
    try:
        return _compose_with(_PyLoader, text)
    except _Refused as refused:
        mark = refused.mark
        raise FactSheetError(
            Problem(path, refused.message, mark.line + 1, mark.column + 1, hint=refused.hint)
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "unreadable YAML"
        if problem.startswith("but ") and error.context:
            problem = f"{error.context}, {problem}"
        message = f"YAML syntax error: {problem}"
        hint = next((h for k, h in _SYNTAX_HINTS.items() if k in problem), _SYNTAX_HINT)
        raise FactSheetError(
            Problem(
                path,
                message,
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
                hint=hint,
            )
        ) from None
    except yaml.YAMLError as error:
        raise FactSheetError(Problem(path, f"YAML error: {error}")) from None


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
        sheet = model.FactSheet(slug=sheet_slug(path), path=path, **values)
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
    """``X | None`` -> (True, X); ``X`` -> (False, X).  ``float | int`` stays a number."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        return optional, (args[0] if len(args) == 1 else float)
    return False, hint


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


def read_text(path: Path, shown: str | None = None) -> str:
    """The text of a sheet file, or :class:`FactSheetError` saying why not.

    ``shown`` is how problems name the file (default: ``path`` as given).
    """
    where = shown or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FactSheetError(
                Problem(
                    where,
                    f"file is {size:,} bytes, over the limit of {MAX_BYTES:,}",
                    hint="a fact sheet holds one article; split it or remove pasted data",
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise FactSheetError(
            Problem(
                where, "no such fact sheet", hint="check the path; sheets live in content/facts/"
            )
        ) from None
    except IsADirectoryError:
        raise FactSheetError(Problem(where, "is a folder, not a fact sheet")) from None
    except OSError as error:
        raise FactSheetError(Problem(where, f"cannot read: {error.strerror}")) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FactSheetError(
            Problem(where, "not UTF-8 text", line, hint="save the file as UTF-8")
        ) from None
