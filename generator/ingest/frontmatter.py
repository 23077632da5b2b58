"""Front matter of Jekyll/Hugo exports: YAML between ``---`` lines (or TOML ``+++``).

Returns the metadata it understands and the body that follows.  Front matter that
does not parse is left in the text, as a human would see it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from html import unescape

import yaml

from generator.ingest import dates

YAML_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
TOML_BLOCK = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)

TITLE_KEYS = ("title", "post_title", "headline", "original_title")
DATE_KEYS = ("date", "published", "post_date", "pubdate", "publishdate", "date_published")
UPDATED_KEYS = ("updated", "lastmod", "modified", "last_modified", "date_modified")
URL_KEYS = (
    "canonical_url",
    "canonical",
    "url",
    "source_url",
    "original_link",
    "link",
    "source",
    "permalink",
)
AUTHOR_KEYS = ("author", "authors", "byline", "by")
OUTLET_KEYS = ("outlet", "publisher", "site", "site_name", "publication")
LANGUAGE_KEYS = ("language", "lang", "locale")
SECTION_KEYS = ("section", "genre", "category", "categories")


@dataclass
class FrontMatter:
    fields: dict[str, object] = field(default_factory=dict)
    body: str = ""
    lines: int = 0  # lines taken by the front matter block

    def first(self, keys: tuple[str, ...]) -> object:
        for key in keys:
            value = self.fields.get(key)
            if isinstance(value, list) and value and key not in ("authors",):
                value = value[0]
            if value not in (None, "", []):
                return value
        return None

    def text(self, keys: tuple[str, ...]) -> str | None:
        value = self.first(keys)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value is None:
            return None
        text = " ".join(unescape(str(value)).split())
        return text or None

    def date(self, keys: tuple[str, ...]) -> str | None:
        """The first of ``keys`` that holds a readable date (``published: true`` is not one)."""
        for name in keys:
            value = self.fields.get(name)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, bool):
                continue
            if (when := dates.normalize(value)) is not None:
                return when
        return None


def split(text: str) -> FrontMatter | None:
    """The front matter and the body, or ``None`` when there is no front matter."""
    for pattern, load in ((YAML_BLOCK, _yaml), (TOML_BLOCK, tomllib.loads)):
        match = pattern.match(text)
        if not match:
            continue
        try:
            data = load(match.group(1))
        except Exception:  # malformed front matter: keep the text as it is
            return None
        if not isinstance(data, dict):
            return None
        fields = {str(k).lower(): v for k, v in data.items()}
        return FrontMatter(fields, text[match.end() :], match.group(0).count("\n"))
    return None


def _yaml(source: str) -> object:
    # Jekyll writes dates like 2020-09-27-19-55-27 that YAML reads as strings: fine.
    return yaml.safe_load(source)
