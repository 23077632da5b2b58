"""Writing a fact sheet: deterministic, readable YAML, written atomically.

Keys follow the dataclass field order; empty optional fields are left out; a claim
with one source writes ``by: actor-id``; long text is a folded scalar (``>-``) and
multi-line text a literal block (``|``), so that an editor reads sentences, not escapes.
One writer (ruamel.yaml) serves both a fresh sheet and the merge of an edited one, so
both look the same.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)

from generator.errors import FactSheetError, Problem
from generator.factsheet import emitting, model

SCHEMA_FILE = Path(__file__).with_name("factsheet.schema.json")
DEFAULT_SCHEMA_REF = "../../generator/factsheet/factsheet.schema.json"
WIDTH = 88
FOLD_AT = 72  # text longer than this is written as a folded scalar

HEADER = """\
# Fact sheet drafted by explainer from one article.  Edit it freely: fix names, roles,
# claims and dates, add what is missing, delete what is wrong, or hide a wrong claim
# with `hidden: true`.  Your edits are kept when the article is extracted again
# (`explainer extract --refresh`); `explainer check` finds mistakes.  The paragraphs:
# and images: at the end are the article text the site shows.
# Nothing is checked until an editor says so: `explainer review` lists what to check
# first (`confidence` is how sure the machine was); once checked, write
# `review: reviewed` on the actor, claim or figure, or below for the whole sheet.
# Field reference and guide: content/pages/editing.md
"""

_SCHEMA_LINE = "# yaml-language-server: $schema="
_INTERNAL = ("slug", "path")
# empty, but written all the same: the place an editor fills in
_SHOWN = frozenset({("ArticleMeta", "published")})
_TOP_KEY = re.compile(r"^[a-z_]+:", re.MULTILINE)
_UNFOLDABLE = re.compile(r"[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|  | \n|\n ")
_ESCAPE = re.compile(r"[\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def _represent_none(representer: Any, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def yaml_writer() -> YAML:
    """The one ruamel.yaml configuration (round-trip mode) used for every write."""
    writer = YAML(typ="rt")
    writer.representer.add_representer(type(None), _represent_none)  # `null`, not blank
    writer.representer.add_representer(float, emitting.represent_float)  # `5.0e-324`
    writer.width = WIDTH
    writer.indent(mapping=2, sequence=2, offset=0)
    writer.allow_unicode = True
    writer.preserve_quotes = True
    return writer


def _empty(value: object) -> bool:
    return value is None or value == () or value == "" or value is False


def to_data(obj: object) -> object:
    """A sheet (or part of one) as plain YAML data in canonical form."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        shorthand = getattr(obj, "SHORTHAND", None)
        if shorthand and all(
            _empty(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name != shorthand
        ):
            return getattr(obj, shorthand)  # `- other-claim-id`, not `- claim: other-claim-id`
        data: dict[str, object] = {}
        for spec in dataclasses.fields(obj):
            if isinstance(obj, model.FactSheet) and spec.name in _INTERNAL:
                continue
            value = getattr(obj, spec.name)
            optional = spec.default is not dataclasses.MISSING or (
                spec.default_factory is not dataclasses.MISSING
            )
            if optional and _empty(value) and (type(obj).__name__, spec.name) not in _SHOWN:
                continue
            if isinstance(obj, model.Claim) and spec.name == "by" and len(value) == 1:
                data["by"] = value[0]
                continue
            data[spec.name] = to_data(value)
        return data
    if isinstance(obj, tuple | list):
        return [to_data(item) for item in obj]
    return obj


def scalar_style(value: str) -> str | None:
    """The style a text is written in: ``"`` (escaped), ``|``, ``>`` or the writer's choice."""
    if _ESCAPE.search(value):
        return '"'  # line breaks YAML would fold: escaped
    if value and value == value.strip() and not _UNFOLDABLE.search(value):
        if "\n" in value:
            return "|"
        if len(value) > FOLD_AT:
            return ">"
    return None


_RUAMEL_STYLES = {
    '"': DoubleQuotedScalarString,
    "|": LiteralScalarString,
    ">": FoldedScalarString,
}


def styled(value: object) -> object:
    """Plain data -> ruamel objects with the sheet's scalar styles."""
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = styled(item)
        return node
    if isinstance(value, list):
        return CommentedSeq(styled(item) for item in value)
    if isinstance(value, str):
        style = scalar_style(value)
        return _RUAMEL_STYLES[style](value) if style else value
    return value


def schema_ref_for(path: Path) -> str:
    """The schema's path relative to the folder of the sheet at ``path``."""
    try:
        ref = os.path.relpath(SCHEMA_FILE, Path(path).resolve().parent)
    except ValueError:  # another drive on Windows
        return SCHEMA_FILE.as_uri()
    return ref.replace(os.sep, "/")


def render(data: object, schema_ref: str = DEFAULT_SCHEMA_REF, header: str = HEADER) -> str:
    """YAML text of canonical ``data``: schema line, header, body with spaced sections."""
    try:
        body = emitting.dump(data, width=WIDTH, style=scalar_style)
    except emitting.Unsupported:  # no libyaml, or text it would write otherwise
        buffer = io.StringIO()
        yaml_writer().dump(styled(data), buffer)
        body = buffer.getvalue()
    body = _TOP_KEY.sub(lambda m: ("\n" if m.start() else "") + m.group(0), body)
    return f"{_SCHEMA_LINE}{schema_ref}\n{header}\n{body}"


def with_schema_ref(text: str, schema_ref: str) -> str:
    """``text`` (from :func:`render`) pointing at the schema from another place."""
    return f"{_SCHEMA_LINE}{schema_ref}\n" + text.split("\n", 1)[1]


def dump(sheet: model.FactSheet, *, schema_ref: str = DEFAULT_SCHEMA_REF) -> str:
    """Deterministic YAML text of ``sheet``: same sheet, same bytes."""
    return render(to_data(sheet), schema_ref)


def save(sheet: model.FactSheet, path: Path) -> None:
    """Write ``sheet`` to ``path`` atomically (never a half-written file)."""
    atomic_write(Path(path), dump(sheet, schema_ref=schema_ref_for(Path(path))))


def _mode_for(path: Path) -> int:
    """The permission bits of the file at ``path``, or those a new file gets (umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename it over ``path``."""
    path = Path(path)
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.chmod(temp, _mode_for(path))  # mkstemp makes 0600; keep the file's own mode
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as error:
        raise FactSheetError(
            Problem(
                str(path),
                f"could not write: {error.strerror or error}",
                hint="check the folder exists and is writable; the previous file is unchanged",
            )
        ) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
