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

import re
from functools import cache
from typing import Any, ClassVar

import yaml
import yaml.representer
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
    emitter.use_version = (1, 2)  # what the serializer would tell it: YAML 1.2
    return emitter


def _needs_quotes(value: str) -> bool:
    """Whether ruamel would not write ``value`` plain in a block mapping or list."""
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != _STR:
        return True
    return not _analyser().analyze_scalar(value).allow_block_plain


class Styled(str):
    """Text with the scalar style the sheet writer chose for it (``|``, ``>`` or ``"``)."""

    style: str

    def __new__(cls, value: str, style: str) -> Styled:
        text = super().__new__(cls, value)
        text.style = style
        return text


if AVAILABLE:
    from yaml._yaml import CEmitter  # type: ignore[import-not-found]

    class _Dumper(CEmitter, yaml.representer.SafeRepresenter, _Resolver12):  # type: ignore[misc]
        def __init__(self, stream: Any, **kwds: Any) -> None:
            CEmitter.__init__(
                self,
                stream,
                canonical=None,
                indent=kwds["indent"],
                width=kwds["width"],
                allow_unicode=True,
                line_break=None,
                encoding=None,
                explicit_start=None,
                explicit_end=None,
                version=None,
                tags=None,
            )
            yaml.representer.SafeRepresenter.__init__(
                self, default_style=None, default_flow_style=False, sort_keys=False
            )
            _Resolver12.__init__(self)

    def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
        if _ASTRAL.search(value):
            raise Unsupported(value)
        style = getattr(value, "style", None)
        if style is None and ("'" in value or "\n" in value) and _needs_quotes(value):
            style = '"'
        return dumper.represent_scalar(_STR, str(value), style=style)

    def _represent_none(dumper: _Dumper, _: None) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:null", "null")

    _Dumper.add_representer(str, _represent_str)
    _Dumper.add_representer(Styled, _represent_str)
    _Dumper.add_representer(type(None), _represent_none)
    _Dumper.add_representer(float, represent_float)


def dump(data: object, *, width: int, indent: int = 2) -> str:
    """YAML text of plain ``data``; keys in insertion order, block style throughout."""
    if not AVAILABLE:
        raise Unsupported("PyYAML is built without libyaml")
    return yaml.dump(data, Dumper=_Dumper, width=width, indent=indent)  # type: ignore[no-any-return]
