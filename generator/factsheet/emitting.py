"""libyaml's emitter, writing what ruamel.yaml writes, ten times faster.

A fresh sheet is plain data (mappings, lists, text, numbers, true/false, null), so it
needs no round-trip machinery: PyYAML's C emitter writes it in a tenth of the time
ruamel.yaml's pure-Python one takes (about 3 ms against 27 ms for a news article), and
a build drafts hundreds.  Edited sheets are still merged and written by ruamel.yaml,
which keeps comments; for the two to look the same, this emitter makes ruamel's
choices where PyYAML's differ:

* which text needs quotes is decided by YAML 1.2's rules (ruamel's), not 1.1's:
  ``no``, ``on`` and ``1:20`` stay plain;
* text that must be quoted and holds an apostrophe or a line break is double-quoted;
* ``|`` and ``>`` are taken as asked (the sheet writer asks only where they fit).

libyaml escapes characters beyond the Basic Multilingual Plane (emoji), which ruamel
writes as they are: :func:`dump` raises :class:`Unsupported` for such text, and the
caller writes that sheet with ruamel.yaml.

``tests/factsheet/test_emitting.py`` holds the two writers to the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

import yaml
import yaml.resolver

AVAILABLE = bool(getattr(yaml, "__with_libyaml__", False))

_STR = "tag:yaml.org,2002:str"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Unsupported(ValueError):
    """Data this emitter would not write as ruamel.yaml does."""


class _Resolver12(yaml.resolver.BaseResolver):
    """YAML 1.2 core schema's implicit types, as ruamel.yaml resolves them."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}


def _add_ruamel_resolvers() -> None:
    from ruamel.yaml.resolver import implicit_resolvers

    for versions, tag, pattern, first in implicit_resolvers:
        if (1, 2) in versions:
            _Resolver12.add_implicit_resolver(tag, pattern, first)


_add_ruamel_resolvers()
_RESOLVER = _Resolver12()


def float_text(value: float) -> str:
    """How a number with a fraction is written, by both writers: Python's shortest
    form, with a ``.0`` before an exponent (``5.0e-324``, not ``5e-324``) so that
    YAML 1.1 readers, PyYAML's among them, read it as a number too."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e", 1)
    return text


def represent_float(representer: Any, value: float) -> Any:
    """A float representer for either library's representer."""
    return representer.represent_scalar("tag:yaml.org,2002:float", float_text(value))


@cache
def _analyser() -> Any:
    """A ruamel emitter, used only for its ``analyze_scalar`` (pure, no output)."""
    from ruamel.yaml.emitter import Emitter

    emitter = Emitter(None, allow_unicode=True)
    emitter.use_version = (1, 2)  # type: ignore[attr-defined]  # as the serializer would: YAML 1.2
    return emitter


def _needs_quotes(value: str) -> bool:
    """Whether ruamel would not write ``value`` plain in a block mapping or list."""
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != _STR:
        return True
    return not _analyser().analyze_scalar(value).allow_block_plain


if AVAILABLE:
    from yaml._yaml import CEmitter  # type: ignore[import-not-found]

    class _Emitter(CEmitter, _Resolver12):  # type: ignore[misc]
        """libyaml's emitter and serializer, with YAML 1.2's implicit types."""

        def __init__(self, stream: Any, *, width: int, indent: int) -> None:
            CEmitter.__init__(
                self,
                stream,
                canonical=None,
                indent=indent,
                width=width,
                allow_unicode=True,
                line_break=None,
                encoding=None,
                explicit_start=None,
                explicit_end=None,
                version=None,
                tags=None,
            )
            _Resolver12.__init__(self)


_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

Style = Callable[[str], "str | None"]


def _text(value: str, style: str | None) -> yaml.ScalarNode:
    if _ASTRAL.search(value):
        raise Unsupported(value)
    if style is None and ("'" in value or "\n" in value) and _needs_quotes(value):
        style = '"'
    return yaml.ScalarNode(_STR, value, style=style)


def _node(value: object, style_of: Style | None) -> yaml.Node:
    """The node PyYAML's safe representer would make of ``value`` (block style, no
    aliases), with ``style_of``'s choice of style for each text value."""
    if isinstance(value, str):
        return _text(value, style_of(value) if style_of else None)
    if isinstance(value, dict):
        pairs = [
            (_text(key, None) if isinstance(key, str) else _node(key, None), _node(item, style_of))
            for key, item in value.items()
        ]
        return yaml.MappingNode(_MAP, pairs, flow_style=False)
    if isinstance(value, list):
        return yaml.SequenceNode(_SEQ, [_node(item, style_of) for item in value], flow_style=False)
    if value is None:
        return yaml.ScalarNode(_NULL, "null")
    if isinstance(value, bool):
        return yaml.ScalarNode(_BOOL, "true" if value else "false")
    if isinstance(value, int):
        return yaml.ScalarNode(_INT, str(value))
    if isinstance(value, float):
        return yaml.ScalarNode(_FLOAT, float_text(value))
    raise Unsupported(f"no YAML form for {type(value).__name__}")


def dump(data: object, *, width: int, indent: int = 2, style: Style | None = None) -> str:
    """YAML text of plain ``data``; keys in insertion order, block style throughout.
    ``style`` chooses the style of each text value (``|``, ``>``, ``"`` or None for
    the emitter's choice); keys are written as the emitter chooses."""
    if not AVAILABLE:
        raise Unsupported("PyYAML is built without libyaml")
    node = _node(data, style)
    stream = io.StringIO()
    emitter = _Emitter(stream, width=width, indent=indent)
    try:
        emitter.open()
        emitter.serialize(node)
        emitter.close()
    finally:
        emitter.dispose()
    return stream.getvalue()
