"""Composing YAML safely: the safe loader's nodes, with limits, and readable errors.

PyYAML composes text into nodes that carry line and column marks; nothing is ever
constructed from a tag.  Limits refuse what no hand-written sheet needs: aliases (the
"billion laughs" expansion), absurd nesting and oversized files.  libyaml parses when
it is installed (fast); errors are always worded by the pure-Python parser, so that
messages are the same on every machine.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.errors import FactSheetError, Problem

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 20

_TAG = "tag:yaml.org,2002:"
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
