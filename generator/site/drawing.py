"""What one build draws: the pages the knowledge makes and the views they are drawn from.

A :class:`Drawing` is made once per build from the knowledge and the site's options:
:func:`~generator.site.pages.plan` lists the generated pages, and
:class:`~generator.site.views.Views` builds each page's view when the page is drawn.
The MkDocs plugin holds one for the build it is in and asks it, page by page, for the
page's spec and view.
"""

from __future__ import annotations

from generator.knowledge.model import Knowledge
from generator.site.contexts import FeedView, PageView
from generator.site.pages import SEARCH_PAGE, SECTIONS, PageSpec, plan
from generator.site.text import Linker
from generator.site.views import Views

SECTION_URIS = frozenset(uri for _, uri in SECTIONS)


class Drawing:
    """The generated pages of one build (``specs``, by source URI) and their views.

    ``linker`` is the last build's (``mkdocs serve``): when it links the same names,
    it is kept, with the names it already found in text.
    """

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        search: bool = True,
        key_actors: int = 8,
        site_description: str = "",
        linker: Linker | None = None,
    ):
        self.knowledge = knowledge
        self.views = Views(knowledge, search=search, key_actors=key_actors, previous=linker)
        planned = plan(knowledge, site_description=site_description, search=search)
        self.specs: dict[str, PageSpec] = {s.src_uri: s for s in planned}
        self.search_page = SEARCH_PAGE.removesuffix("index.md") if search else None

    def view(self, spec: PageSpec) -> PageView:
        return self.views.view(spec)

    def feed(self) -> FeedView:
        return self.views.feed()

    def give_up(self, uri: str) -> None:
        """``uri`` is a hand-written page in ``docs_dir``: it replaces the generated one."""
        del self.specs[uri]

    def navigation(self, top_pages: list[str]) -> list[dict[str, object]]:
        """The site's navigation (unless ``mkdocs.yml`` sets one): the section pages,
        then the hand-written ``top_pages`` under "About" (About first, then guides)."""
        pages = [p for p in top_pages if p not in self.specs]
        pages.sort(key=lambda p: (p != "about.md", p))
        nav: list[dict[str, object]] = [{title: uri} for title, uri in SECTIONS]
        if pages:
            nav.append({"About": pages})
        return nav

    @staticmethod
    def in_navigation(uri: str) -> bool:
        """Whether ``uri`` is one of the section pages the top navigation lists."""
        return uri in SECTION_URIS
