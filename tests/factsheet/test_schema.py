"""The schema file, the dataclasses and the guide's field reference say the same thing."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import yaml

from generator import factsheet
from generator.factsheet import model, schema

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "content" / "pages" / "editing.md"


def _dataclass_paths(cls: type = model.FactSheet, prefix: str = "") -> set[str]:
    """Every YAML path, walked from dataclasses.fields (independently of schema.py)."""
    nested = {
        "article": model.ArticleMeta,
        "actors": model.Actor,
        "claims": model.Claim,
        "disputes": model.DisputeLink,
        "figures": model.Figure,
        "evidence": model.Evidence,
        "background": model.Background,
        "events": model.ReportedEvent,
        "analysis": model.Analysis,
        "paragraphs": model.SheetParagraph,
        "images": model.SheetImage,
    }
    lists = {
        "actors",
        "claims",
        "disputes",
        "figures",
        "background",
        "events",
        "analysis",
        "paragraphs",
        "images",
    }
    paths = set()
    for spec in dataclasses.fields(cls):
        if cls is model.FactSheet and spec.name in ("slug", "path"):
            continue
        path = prefix + spec.name
        paths.add(path)
        inner = nested.get(spec.name)
        if inner is not None and "tuple[str" not in str(spec.type):
            paths |= _dataclass_paths(inner, path + ("[]." if spec.name in lists else "."))
    return paths


def _schema_paths(node: dict, defs: dict, prefix: str = "") -> set[str]:
    paths = set()
    for name, prop in node.get("properties", {}).items():
        path = prefix + name
        paths.add(path)
        ref = prop.get("$ref") or prop.get("items", {}).get("$ref")
        ref = ref or next((a["$ref"] for a in prop.get("anyOf", []) if "$ref" in a), None)
        listed = "items" in prop
        for shape in prop.get("anyOf", []):  # `- id` or `- {claim: id, ...}`
            for item in shape.get("items", {}).get("anyOf", []):
                if "$ref" in item:
                    ref, listed = item["$ref"], True
        if ref:
            sep = "[]." if listed else "."
            paths |= _schema_paths(defs[ref.split("/")[-1]], defs, path + sep)
    return paths


def test_schema_file_is_current() -> None:
    on_disk = factsheet.SCHEMA_FILE.read_text(encoding="utf-8")
    assert on_disk == schema.text(), (
        "regenerate: python -m generator.factsheet.schema "
        "> generator/factsheet/factsheet.schema.json"
    )


def test_schema_has_every_dataclass_field_and_no_other() -> None:
    document = json.loads(factsheet.SCHEMA_FILE.read_text(encoding="utf-8"))
    assert _schema_paths(document, document["$defs"]) == _dataclass_paths()


def test_schema_requires_what_the_dataclasses_require() -> None:
    document = json.loads(factsheet.SCHEMA_FILE.read_text(encoding="utf-8"))
    for name, definition in document["$defs"].items():
        cls = getattr(model, name)
        required = [
            f.name
            for f in dataclasses.fields(cls)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ]
        assert definition.get("required", []) == required, name
    assert document["$defs"]["Actor"]["properties"]["kind"]["enum"] == list(model.ACTOR_KINDS)


def test_guide_field_reference_lists_every_field() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    reference = text.split("## Field reference", 1)[1]
    documented = set(re.findall(r"^\| `([^`]+)` \|", reference, flags=re.MULTILINE))
    assert documented == _dataclass_paths()


def test_guide_covers_the_editing_tasks() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for heading in (
        "### Merge two actors",
        "### Link, explain or unlink a dispute",
        "### Set the publication date so relative dates resolve",
        "### Hide a claim that is wrong",
        "## Reading `explainer check`",
    ):
        assert heading in text
    assert "hidden: true" in text and "disputes:" in text and "published: 2024-03-02" in text


def test_guide_examples_are_valid_fragments() -> None:
    """Every YAML example in the guide parses (a guide must not teach broken YAML)."""
    text = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) >= 5
    for block in blocks:
        yaml.safe_load(block)
