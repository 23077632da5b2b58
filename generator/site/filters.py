"""The template filters explainer's theme uses: ``markdown``, ``jsonld``, ``human_date``,
``agree`` and a faster ``url``.

The plugin installs them in MkDocs' Jinja environment (``on_env``).  ``url`` gives
MkDocs' own answer (``urls.py``); for the few links only MkDocs can answer, it asks
MkDocs through the ``engine_url`` function the plugin hands over.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup

from generator.site import urls
from generator.site.dates import human_date
from generator.site.text import MarkdownRenderer

# Characters that could end a <script> element or break JSON inside HTML.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}

# MkDocs' url normalisation: (path, the page's URL or None, the base URL) -> link.
EngineUrl = Callable[[str, str | None, str], str]


def jsonld(data: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">``: nothing in it can close the tag."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return Markup(text)


_IRREGULAR = {"is": "are", "has": "have", "does": "do", "was": "were"}


def agree(verb: str, speakers: int) -> str:
    """``verb`` as a sheet writes it ("says", "denies", "calls for": one speaker's) made
    to agree with ``speakers`` of them: "Valdoria and Kessmark accuse each other"."""
    if speakers < 2 or not verb:
        return verb
    first, space, rest = verb.partition(" ")
    if first in _IRREGULAR:
        first = _IRREGULAR[first]
    elif first.endswith("ies") and len(first) > 4:
        first = first[:-3] + "y"  # denies -> deny (but not "dies")
    elif first.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        first = first[:-2]  # pushes -> push, goes -> go
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]  # says -> say, accuses -> accuse
    return first + space + rest


def template_filters(renderer: MarkdownRenderer, engine_url: EngineUrl) -> dict[str, Any]:
    """Every filter, by name, for one build (``renderer`` links that build's actors)."""

    @pass_context
    def markdown_filter(context: Any, text: str) -> Markup:
        page = context.get("page")
        url = page.url if page is not None else ""
        return Markup(renderer.render(text or "", url))

    @pass_context
    def url_filter(context: Any, value: object) -> str:
        page = context.get("page")
        if page is None:
            return engine_url(str(value), None, context["base_url"])
        link = urls.relative(str(value), page.url)
        return link if link is not None else engine_url(str(value), page.url, "")

    return {
        "markdown": markdown_filter,
        "jsonld": jsonld,
        "human_date": human_date,
        "agree": agree,
        "url": url_filter,
    }
