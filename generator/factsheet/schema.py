"""The JSON Schema (draft 2020-12) of a fact sheet, generated from the dataclasses.

The schema ships as ``factsheet.schema.json`` next to this module; every written sheet
points to it in its first line (``# yaml-language-server: $schema=...``) so editors get
completion and inline errors.  Regenerate it after changing the model::

    python -m generator.factsheet.schema > generator/factsheet/factsheet.schema.json

A test keeps the file, the dataclasses and the field reference in
``content/pages/editing.md`` in step.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import typing
from collections.abc import Iterator

from generator.factsheet import model
from generator.factsheet.reading import unwrap_optional

SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
# a claim of this sheet, or "<sheet>/<claim id>" of another
CLAIM_REF_PATTERN = "^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$"
_ENUMS = {
    "Actor.kind": model.ACTOR_KINDS,
    "Claim.kind": model.CLAIM_KINDS,
    "Background.precision": model.DATE_PRECISIONS,
    "ReportedEvent.precision": model.DATE_PRECISIONS,
    "SheetParagraph.kind": model.PARAGRAPH_KINDS,
    "FactSheet.review": model.REVIEW_STATES,
    "Actor.review": model.REVIEW_STATES,
    "Claim.review": model.REVIEW_STATES,
    "Figure.review": model.REVIEW_STATES,
    "DisputeLink.review": model.REVIEW_STATES,
}
_CHANCES = {
    "Actor.confidence",
    "Claim.confidence",
    "Figure.confidence",
    "DisputeLink.confidence",
}
_SLUGS = {
    "Actor.id",
    "Actor.affiliation",
    "Claim.id",
    "Claim.by",
    "Claim.about",
    "Claim.via",
    "Figure.side",
    "Background.actors",
    "ReportedEvent.actors",
    "Analysis.by",
}
DOCS: dict[str, str] = {
    "FactSheet.review": "draft (as the machine drafted it) or reviewed (an editor has "
    "checked it all). Items say their own state where it differs.",
    "FactSheet.article": "Where the facts come from: the article's metadata.",
    "FactSheet.summary": "What happened, in a few sentences. Markdown allowed.",
    "FactSheet.actors": "Everyone and everything that acts or is acted on.",
    "FactSheet.claims": "Attributed statements: who says what, about whom.",
    "FactSheet.background": "Dated context the article gives.",
    "FactSheet.events": "The news the article reports, dated from its publication.",
    "FactSheet.analysis": "Commentary set apart from the reporting.",
    "FactSheet.paragraphs": "The article text as the site shows it.",
    "FactSheet.images": "The article's images with their captions.",
    "ArticleMeta.title": "The article's headline.",
    "ArticleMeta.file": "The article file, relative to the project folder.",
    "ArticleMeta.outlet": "The publication it appeared in.",
    "ArticleMeta.url": "Where it was published online.",
    "ArticleMeta.published": "Publication date, YYYY-MM-DD, or null when unknown; "
    "relative dates resolve against it.",
    "ArticleMeta.byline": "The author(s) as credited.",
    "ArticleMeta.language": "Language code, e.g. en.",
    "ArticleMeta.sha256": "Checksum of the article file when the sheet was drafted "
    "(machine field).",
    "ArticleMeta.extractor": "Extractor version that drafted the sheet (machine field).",
    "Actor.id": "Readable slug (a-z, 0-9, '-'), unique in the sheet, the same for the same "
    "actor in every sheet.",
    "Actor.name": "The actor's full name.",
    "Actor.kind": "What the actor is.",
    "Actor.role": "Role or title, e.g. President of Russia.",
    "Actor.affiliation": "Id of the actor this one belongs to or speaks for.",
    "Actor.aliases": "Every other name it goes by in the text.",
    "Actor.review": "reviewed once an editor has checked it; draft, or left out: the "
    "sheet's state.",
    "Actor.confidence": "The extractor's confidence that it is right, 0 to 1 (machine field).",
    "Claim.id": "Readable slug, unique in the sheet.",
    "Claim.by": "Id of the actor who makes the claim, or a list of ids.",
    "Claim.verb": "The reporting verb as used: says, claims, accuses, denies, urges...",
    "Claim.text": "What is claimed.",
    "Claim.kind": "What sort of statement it is.",
    "Claim.quote": "The verbatim words, where the article quotes them.",
    "Claim.about": "Ids of the actors the claim is about.",
    "Claim.figures": "Numbers the claim states.",
    "Claim.disputes": "Claims this one contradicts: an id, or a mapping with the id and the "
    "reason.",
    "DisputeLink.claim": "Id of the other claim, or <sheet>/<claim id> for a claim in another "
    "sheet.",
    "DisputeLink.reason": "Why the two contradict, e.g. denies: those claims (the machine "
    "writes it).",
    "DisputeLink.unlinked": "true: the two claims do not contradict each other, whatever the "
    "machine finds.",
    "DisputeLink.review": "reviewed once an editor has checked that the two contradict; "
    "draft, or left out: its claim's state.",
    "DisputeLink.confidence": "The extractor's confidence that the two contradict, 0 to 1 "
    "(machine field).",
    "Claim.via": "Id of the actor that relays the claim (A, quoted by B).",
    "Claim.evidence": "Where the article says it.",
    "Claim.hidden": "true hides a wrong claim from the site without deleting it.",
    "Claim.review": "reviewed once an editor has checked it, figures and disputes "
    "included; draft, or left out: the sheet's state.",
    "Claim.confidence": "The extractor's confidence that it is right (a claim, by this "
    "source), 0 to 1 (machine field).",
    "Figure.value": "The number.",
    "Figure.unit": "What is counted: helicopters, soldiers, km...",
    "Figure.side": "Id of the actor whose losses or assets these are.",
    "Figure.text": "The words as written, e.g. four helicopters.",
    "Figure.review": "reviewed once an editor has checked it; draft, or left out: its "
    "claim's state.",
    "Figure.confidence": "The extractor's confidence that its side is right, 0 to 1 "
    "(machine field).",
    "Evidence.paragraph": "Id of the paragraph (under paragraphs:) that says it.",
    "Evidence.sentence": "The sentence, verbatim.",
    "Background.date": "A year (1991), a month (2020-07), a day (2020-09-27), a decade "
    "(1990s), or the words as written when unresolved.",
    "Background.text": "What happened then.",
    "Background.precision": "How precise the date is; unresolved keeps it as written.",
    "Background.as_written": "The date as the article wrote it, e.g. on Sunday.",
    "Background.actors": "Ids of the actors involved.",
    "Background.evidence": "Where the article says it.",
    "ReportedEvent.date": "The day it happened (2020-09-27), or a month or year; the "
    "words as written when unresolved.",
    "ReportedEvent.text": "What happened.",
    "ReportedEvent.precision": "How precise the date is; unresolved keeps it as written.",
    "ReportedEvent.as_written": "The date as the article wrote it, e.g. on Sunday.",
    "ReportedEvent.actors": "Ids of the actors involved.",
    "ReportedEvent.evidence": "Where the article says it.",
    "Analysis.title": "The analysis section's title.",
    "Analysis.points": "Its main points, one per item.",
    "Analysis.by": "Id of its author (an actor).",
    "Analysis.paragraphs": "Ids of the paragraphs it spans.",
    "SheetParagraph.id": "Stable paragraph id (p1, p2...) that evidence points to.",
    "SheetParagraph.text": "The paragraph's text.",
    "SheetParagraph.kind": "What sort of block it is.",
    "SheetParagraph.section": "The heading it sits under.",
    "SheetImage.src": "The image address.",
    "SheetImage.caption": "Its caption.",
    "SheetImage.credit": "Who took or owns it.",
}


def yaml_fields(cls: type = model.FactSheet, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(YAML path, ``Class.field``) for every field a sheet can hold, in written order."""
    hints = typing.get_type_hints(cls)
    for spec in dataclasses.fields(cls):
        if cls is model.FactSheet and spec.name in ("slug", "path"):
            continue
        path = f"{prefix}{spec.name}"
        yield path, f"{cls.__name__}.{spec.name}"
        _, base = unwrap_optional(hints[spec.name])
        if typing.get_origin(base) is tuple:
            base = typing.get_args(base)[0]
            path += "[]"
        if dataclasses.is_dataclass(base):
            yield from yaml_fields(typing.cast(type, base), path + ".")


def _property(cls: type, name: str, hint: object) -> dict[str, object]:
    key = f"{cls.__name__}.{name}"
    optional, base = unwrap_optional(hint)
    item: dict[str, object]
    schema: dict[str, object]
    if typing.get_origin(base) is tuple:
        inner = typing.get_args(base)[0]
        if dataclasses.is_dataclass(inner) and getattr(inner, "SHORTHAND", None):
            ref = {"$ref": f"#/$defs/{typing.cast(type, inner).__name__}"}
            plain = {"type": "string", "pattern": CLAIM_REF_PATTERN}
            item = {"anyOf": [plain, ref]}  # `- other-id` or `- {claim: other-id, ...}`
            schema = {"anyOf": [{"type": "array", "items": item}, plain, {"type": "null"}]}
        elif dataclasses.is_dataclass(inner):
            item = {"$ref": f"#/$defs/{typing.cast(type, inner).__name__}"}
            schema = {"type": ["array", "null"], "items": item}
        else:
            item = _scalar(key, inner)
            schema = {"anyOf": [{"type": "array", "items": item}, item, {"type": "null"}]}
    elif dataclasses.is_dataclass(base):
        target: dict[str, object] = {"$ref": f"#/$defs/{typing.cast(type, base).__name__}"}
        schema = {"anyOf": [target, {"type": "null"}]} if optional else target
    else:
        schema = _scalar(key, base)
        if optional:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            schema["type"] = [*types, "null"]
    return {"description": DOCS[key], **schema}


def _scalar(key: str, base: object) -> dict[str, object]:
    if base is bool:
        return {"type": "boolean"}
    if base in (int, float):
        return (
            {"type": "number", "minimum": 0, "maximum": 1}
            if key in _CHANCES
            else {"type": "number"}
        )
    schema: dict[str, object] = {
        "type": ["string", "integer"]
        if key in ("Background.date", "ReportedEvent.date")
        else "string"
    }
    if key in _ENUMS:
        schema["enum"] = list(_ENUMS[key])
    if key in _SLUGS:
        schema["pattern"] = SLUG_PATTERN
    if key == "DisputeLink.claim":
        schema["pattern"] = CLAIM_REF_PATTERN
    return schema


def _object(cls: type) -> dict[str, object]:
    hints = typing.get_type_hints(cls)
    specs = [
        s
        for s in dataclasses.fields(cls)
        if not (cls is model.FactSheet and s.name in ("slug", "path"))
    ]
    required = [
        s.name
        for s in specs
        if s.default is dataclasses.MISSING and s.default_factory is dataclasses.MISSING
    ]
    schema: dict[str, object] = {
        "type": "object",
        "properties": {s.name: _property(cls, s.name, hints[s.name]) for s in specs},
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    if doc and not doc.startswith(cls.__name__ + "("):
        schema = {"description": " ".join(doc.split()), **schema}
    return schema


def generate() -> dict[str, object]:
    """The schema as a JSON-ready dict."""
    classes = [
        model.ArticleMeta,
        model.Actor,
        model.Claim,
        model.DisputeLink,
        model.Figure,
        model.Evidence,
        model.Background,
        model.ReportedEvent,
        model.Analysis,
        model.SheetParagraph,
        model.SheetImage,
    ]
    top = _object(model.FactSheet)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "explainer fact sheet",
        "description": "One article's facts, as written in content/facts/<slug>.yaml.",
        **{k: v for k, v in top.items() if k != "description"},
        "$defs": {cls.__name__: _object(cls) for cls in classes},
    }


def text() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


def reference_table() -> str:
    """The Markdown field reference (used to write content/pages/editing.md)."""
    rows = ["| Field | Required | Meaning |", "|---|---|---|"]
    for path, key in yaml_fields():
        cls_name, name = key.split(".")
        spec = next(f for f in dataclasses.fields(getattr(model, cls_name)) if f.name == name)
        required = spec.default is dataclasses.MISSING and (
            spec.default_factory is dataclasses.MISSING
        )
        meaning = DOCS[key]
        if key in _ENUMS:
            meaning += " One of: " + ", ".join(f"`{v}`" for v in _ENUMS[key]) + "."
        rows.append(f"| `{path}` | {'yes' if required else ''} | {meaning} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(reference_table() if sys.argv[1:] == ["--reference"] else text())
