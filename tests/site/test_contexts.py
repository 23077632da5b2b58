"""The template context contract (Datasette style): every page kind gets its documented view.

* every view dataclass documents each of its fields (``Attributes:`` in its docstring),
  and documents nothing it does not have;
* every page the plan makes gets a view of the type ``VIEW_OF_KIND`` promises;
* every ``view.<field>`` a template reads exists on that template's view.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator.knowledge.model import Knowledge
from generator.site import contexts, parts
from generator.site.pages import plan
from generator.site.views import Views

THEME = Path(__file__).resolve().parents[2] / "theme"
VIEW_CLASSES = [
    obj
    for module in (contexts, parts)
    for obj in vars(module).values()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__
]
TEMPLATE_OF_KIND = {kind: f"{kind}.html" for kind in contexts.PAGE_KINDS}


def documented(cls: type) -> list[str]:
    doc = cls.__doc__ or ""
    _, _, attributes = doc.partition("Attributes:")
    return re.findall(r"^\s{8}(\w+):", attributes, flags=re.MULTILINE)


@pytest.mark.parametrize("cls", VIEW_CLASSES, ids=lambda c: c.__name__)
def test_every_field_is_documented(cls: type) -> None:
    fields = [f.name for f in dataclasses.fields(cls)]
    assert documented(cls) == fields


def test_every_page_gets_the_view_of_its_kind(fixture_knowledge: Knowledge) -> None:
    views = Views(fixture_knowledge)
    specs = plan(fixture_knowledge)
    assert {s.kind for s in specs} == set(contexts.PAGE_KINDS)
    for spec in specs:
        view = views.view(spec)
        assert type(view) is contexts.VIEW_OF_KIND[spec.kind], spec.src_uri
    assert isinstance(views.feed(), contexts.FeedView)


@pytest.mark.parametrize("kind", contexts.PAGE_KINDS)
def test_templates_read_only_documented_view_fields(kind: str) -> None:
    template = THEME / TEMPLATE_OF_KIND[kind]
    used = set(re.findall(r"\bview\.(\w+)", template.read_text(encoding="utf-8")))
    fields = {f.name for f in dataclasses.fields(contexts.VIEW_OF_KIND[kind])}
    assert used <= fields, f"{template.name} reads undocumented {sorted(used - fields)}"
    assert used, f"{template.name} ignores its view"


def test_feed_template_reads_only_feed_fields() -> None:
    used = set(re.findall(r"\bview\.(\w+)", (THEME / "feed.xml").read_text(encoding="utf-8")))
    entry = set(re.findall(r"\be\.(\w+)", (THEME / "feed.xml").read_text(encoding="utf-8")))
    assert used <= {f.name for f in dataclasses.fields(contexts.FeedView)}
    assert entry <= {f.name for f in dataclasses.fields(parts.FeedEntry)}
