"""The site map: which pages the knowledge makes, where they live, what they are called.

:func:`plan` lists one :class:`PageSpec` per generated page.  A page's Markdown file is
only front matter (its template, title and description, written with safe YAML); the
page body is drawn by its template from the view (``contexts.py``).  Paths are stable:
they are made of actor ids and sheet slugs only, so permalinks survive rebuilds.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.knowledge.model import Knowledge

# The small fixed top navigation: section index pages, never the whole site.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("Home", "index.md"),
    ("Who's who", "actors/index.md"),
    ("Claims", "claims/index.md"),
    ("Timeline", "timeline/index.md"),
    ("Analysis", "analysis/index.md"),
    ("Sources", "sources/index.md"),
    ("Places", "places/index.md"),
)
SEARCH_PAGE = "search/index.md"


@dataclass(frozen=True)
class PageSpec:
    """One generated page.  ``key`` is the actor id or sheet slug it is about."""

    src_uri: str
    kind: str
    title: str
    description: str
    key: str = ""

    @property
    def template(self) -> str:
        return f"{self.kind}.html"

    @property
    def url(self) -> str:
        """The page's site-root-relative URL (directory URLs)."""
        stem = self.src_uri.removesuffix(".md")
        if stem == "index":
            return ""
        return stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/"


def actor_href(actor_id: str) -> str:
    return f"actors/{actor_id}/"


def story_href(story_id: str) -> str:
    return f"stories/{story_id}/"


def outlet_href(outlet_id: str) -> str:
    return f"outlets/{outlet_id}/"


def source_href(slug: str, anchor: str | None = None) -> str:
    return f"sources/{slug}/" + (f"#{anchor}" if anchor else "")


def claim_source_anchor(key: str) -> str:
    """The HTML id of a claim on its article's page: ``claim-<claim id>``."""
    return "claim-" + key.split("/", 1)[1]


def claim_href(key: str) -> str:
    """A claim's permalink: its place on its article's page, which only that sheet
    changes (the claims page lists claims too, but grows with the whole site)."""
    return source_href(key.split("/", 1)[0], claim_source_anchor(key))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*_`#>]+")


@functools.lru_cache(maxsize=1 << 15)  # every page's, again on each serve rebuild
def _sentence(text: str, limit: int = 155) -> str:
    """A plain-text description (no Markdown marks), cut to about ``limit`` characters."""
    text = _MD_MARKS.sub("", _MD_LINK.sub(r"\1", text))
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def plan(
    knowledge: Knowledge, *, site_description: str = "", search: bool = True
) -> tuple[PageSpec, ...]:
    """Every generated page, in a fixed order."""
    people = sum(1 for a in knowledge.actors if a.kind == "person")
    visible = sum(1 for c in knowledge.claims if not c.claim.hidden)
    specs = [
        PageSpec(
            "index.md",
            "home",
            "The story in brief",
            _sentence(next((s.summary for s in knowledge.sheets if s.summary), site_description)),
        ),
        PageSpec(
            "actors/index.md",
            "actors",
            "Who's who",
            f"{len(knowledge.actors)} actors, {people} of them people: roles and affiliations.",
        ),
        PageSpec(
            "claims/index.md",
            "claims",
            "Claims and disputes",
            f"{count(visible, 'attributed claim')} by source,"
            " and where the sides contradict each other.",
        ),
        PageSpec("timeline/index.md", "timeline", "Timeline", "How it got here, in dates."),
        PageSpec("analysis/index.md", "analysis", "Analysis", "What analysts think."),
        PageSpec(
            "sources/index.md",
            "sources",
            "Sources",
            (
                "The article every statement on this site comes from."
                if len(knowledge.sheets) == 1
                else f"The {len(knowledge.sheets)} articles every statement on this site"
                " comes from."
            ),
        ),
        PageSpec(
            "places/index.md",
            "places",
            "Places and organisations",
            "An index of the places, countries, regions and organisations named.",
        ),
    ]
    if search:
        specs.append(PageSpec(SEARCH_PAGE, "search", "Search", "Search actors and claims."))
    for actor in sorted(knowledge.actors, key=lambda a: a.id):
        about = actor.role or actor.kind.capitalize()
        specs.append(
            PageSpec(
                f"actors/{actor.id}.md",
                "actor",
                actor.name,
                _sentence(f"{actor.name}: {about}."),
                actor.id,
            )
        )
    for story in sorted(knowledge.stories, key=lambda s: s.id):
        lead = " ".join(s.text for s in story.summary[:2])
        specs.append(
            PageSpec(
                f"stories/{story.id}.md",
                "story",
                story.title,
                _sentence(lead or f"{story.title}: {count(len(story.articles), 'article')}."),
                story.id,
            )
        )
    for outlet in sorted(knowledge.outlets, key=lambda o: o.id):
        articles = count(len(outlet.articles), "article")
        specs.append(
            PageSpec(
                f"outlets/{outlet.id}.md",
                "outlet",
                outlet.name,
                _sentence(f"What {outlet.name} reported: {articles}, who said what in them."),
                outlet.id,
            )
        )
    for sheet in sorted(knowledge.sheets, key=lambda s: s.slug):
        specs.append(
            PageSpec(
                f"sources/{sheet.slug}.md",
                "source",
                sheet.article.title,
                _sentence(sheet.summary or sheet.article.title),
                sheet.slug,
            )
        )
    return tuple(specs)


def count(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def page_meta(spec: PageSpec) -> dict[str, str]:
    """What a generated page's front matter would say: its template, title, description.
    The generated Markdown file itself is empty; the plugin sets these on the page
    (writing and re-reading YAML for thousands of pages took seconds)."""
    return {"template": spec.template, "title": spec.title, "description": spec.description}
