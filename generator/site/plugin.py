"""The MkDocs adapter: the one module of explainer that imports MkDocs.

``ExplainerPlugin`` (entry point ``explainer`` in ``mkdocs.plugins``) adds the generated
pages and hands each its view (``contexts.py``) as ``view``.  Each hook is a few lines;
MkDocs-free classes do the work: ``Drawing`` (this build's pages and views),
``ServeRedraw`` (what ``mkdocs serve`` keeps between rebuilds), ``ParallelDraw``.
``explainer build`` reads ``mkdocs.yml`` once (:func:`open_project`) and :func:`render`
hands the plugin the knowledge; under a plain ``mkdocs build`` or ``mkdocs serve`` the
plugin reads the sheets itself, through a ``SheetStore`` it keeps across rebuilds.
"""

from __future__ import annotations

import logging
import types
import typing
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, TemplateNotFound, select_autoescape
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url
from mkdocs.utils.templates import TemplateContext

from generator.errors import ExplainerError, Problem, SiteError
from generator.factsheet import SheetStore
from generator.knowledge import Knowledge
from generator.project import Project, read_knowledge
from generator.site import search_index, serving
from generator.site.checked import coverage
from generator.site.contexts import PageView
from generator.site.drawing import Drawing
from generator.site.filters import template_filters
from generator.site.logs import SkippedPages, Warnings, show
from generator.site.pages import page_meta
from generator.site.serving import ServeRedraw, file_stamps
from generator.site.shares import ParallelDraw
from generator.site.text import MarkdownRenderer
from generator.site.updating import LastSite

log = logging.getLogger("mkdocs.plugins.explainer")

_UNCHANGED = "explainer/unchanged.html"  # the template of a page this process skips
EDITOR_GUIDE = "editing.md"  # the editor's guide in docs_dir: for editors, not readers


class ExplainerConfig(Config):
    """Options of the ``explainer`` plugin in ``mkdocs.yml``."""

    content_dir = c.Type(str, default="content")
    """Folder holding ``facts/*.yaml`` (and ``pins.yaml``, ``stories.yaml``), relative to
    ``mkdocs.yml``."""
    search = c.Type(bool, default=True)
    """Build a Pagefind search index into ``site/pagefind/`` after the build."""
    key_actors = c.Type(int, default=8)
    """How many actors the home page shows as key actors."""
    reviewed_only = c.Type(bool, default=False)
    """Publish only what editors have reviewed (``review: reviewed``); drafts left out."""
    editor_guide = c.Type(bool, default=True)
    """Publish the editor's guide (``editing.md`` in docs_dir) at ``editing/``, for
    editors only: never in the navigation or the search index.  false leaves it out."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.handed: Knowledge | None = None  # explainer build's own knowledge (render())
        self.parallel = ParallelDraw()
        self.store = SheetStore()  # the sheets, when MkDocs alone drives the build
        self.serve: ServeRedraw | None = None  # mkdocs serve: kept across rebuilds
        self.drawing: Drawing | None = None  # this build's pages and views
        self.last: LastSite | None = None  # explainer build's site to update (render())

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds, which
        # is what lets a bad edit keep the last good knowledge on screen.  MkDocs keeps
        # it for the whole process, so a new command starts from nothing.
        self.command = command
        self.store = SheetStore()
        self.serve = ServeRedraw(log) if command == "serve" else None
        SkippedPages.install(self.skipped_on_purpose)

    def on_shutdown(self) -> None:
        if self.serve is not None:
            self.serve.stop()

    # -- configuration: the knowledge, the pages, the navigation --------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.serve is not None:
            self.serve.begin()
        knowledge = self.handed if self.handed is not None else self._read(config)
        self.drawing = Drawing(
            knowledge,
            search=self.config.search,
            key_actors=self.config.key_actors,
            site_description=config.site_description or "",
            linker=self.serve.linker if self.serve is not None else None,
        )
        if self.serve is not None:
            others = [*config.theme.dirs, config.docs_dir]  # every page depends on these
            self.serve.plan(self.drawing, file_stamps([config.config_file_path], others))
        if config.nav is None:  # the section pages, then the hand-written ones
            top = sorted(
                p.name for p in Path(config.docs_dir).glob("*.md") if p.name != EDITOR_GUIDE
            )
            config.nav = self.drawing.navigation(top)
        config.theme.static_templates.add("feed.xml")
        return config

    def _read(self, config: MkDocsConfig) -> Knowledge:
        """The knowledge of the sheets on disk (MkDocs alone drives the build); under
        serve, a broken sheet leaves the last good knowledge on screen."""
        last = self.serve.last_good if self.serve is not None else None
        try:
            knowledge = read_knowledge(project_of(config, self.config), self.store, since=last)
        except ExplainerError as error:
            if last is None:
                raise PluginError(f"explainer: cannot build the site:\n{error}") from error
            log.error(f"explainer: showing the last good fact sheets until this is fixed:\n{error}")
            return last
        for problem in knowledge.problems:  # pins that do not apply: say so
            log.warning(str(problem))
        if self.serve is not None:
            self.serve.last_good = knowledge
        return knowledge

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.serve is not None:  # MkDocs empties the site folder: keep what stays
            self.serve.set_aside(Path(config.site_dir))

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        guide = files.get_file_from_path(EDITOR_GUIDE)
        if guide is not None:  # for editors: off the navigation, or out of the site
            shown = self.config.editor_guide
            guide.inclusion = InclusionLevel.NOT_IN_NAV if shown else InclusionLevel.EXCLUDED
        drawing = self._drawing()
        present = set(files.src_uris)  # (the generated files added below are not in docs_dir)
        for uri in list(drawing.specs):
            if uri in present:
                log.info(f"explainer: {uri} in docs_dir replaces the generated page")
                drawing.give_up(uri)
            elif Drawing.in_navigation(uri):  # listed in the navigation: always a file
                files.append(File.generated(config, uri, content=""))
            elif self.serve is None or not self.serve.keeps(uri):  # (else set aside)
                level = InclusionLevel.NOT_IN_NAV
                files.append(File.generated(config, uri, content="", inclusion=level))
        return files

    # -- rendering ----------------------------------------------------------------

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        env.autoescape = select_autoescape(["html", "xml"], default_for_string=True)
        # A page this process skips renders nothing, so MkDocs does not write it (the
        # last build's file stays, or another process writes it).
        env.loader = ChoiceLoader([DictLoader({_UNCHANGED: ""}), env.loader])
        linker = self._drawing().views.linker
        if self.serve is None:
            renderer = MarkdownRenderer(linker)
        else:  # what the last rebuild compiled and rendered is kept
            renderer = self.serve.renderer_for(linker)
            env.bytecode_cache = self.serve.templates
        env.filters.update(template_filters(renderer, _engine_url))
        if self.last is not None:  # every file this build makes, written or kept
            self.last.made.update(f.dest_uri for f in files if not f.inclusion.is_excluded())
        if self.command == "build" and list(config.plugins) == ["explainer"]:
            self._share_out(config, files)  # every page's data is ready
        return env

    def _share_out(self, config: MkDocsConfig, files: Files) -> None:
        """Fork the processes that draw a big build's pages (see shares.py)."""
        templates = (config.theme.static_templates, config.extra_templates)
        self.parallel.share_out(list(self._drawing().specs), templates, files)

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str:
        if self.parallel.template_drawn():  # the sitemap has listed every page: prune
            self.parallel.prune()
        return output_content

    def skipped_on_purpose(self, uri: str) -> bool:
        """Whether this build leaves the page of ``uri`` to another process (build) or
        as the last build drew it (serve)."""
        if not self.parallel.owns(uri) or (self.last is not None and uri in self.last.kept):
            return True
        generated = self.drawing is not None and uri in self.drawing.specs
        return generated and self.serve is not None and self.serve.keeps(uri)

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        spec = self._drawing().specs.get(page.file.src_uri)
        if spec is not None:
            page.meta.update(page_meta(spec))
        if page.file.src_uri == EDITOR_GUIDE:
            page.meta["for_editors"] = True  # the theme keeps it out of the search index
        if self.skipped_on_purpose(page.file.src_uri):
            page.meta["template"] = _UNCHANGED
            return ""
        return markdown

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        if page.meta.get("template") == _UNCHANGED:
            return context
        view = self._view(page.file.src_uri)
        return self._context(context, view, coverage(view) if view is not None else None)

    def _view(self, uri: str) -> PageView | None:
        drawing = self._drawing()
        spec = drawing.specs.get(uri)
        if spec is None:
            return None  # a hand-written page
        try:
            return drawing.view(spec) if self.serve is None else self.serve.view(drawing, spec)
        except ExplainerError as error:
            raise PluginError(f"explainer: {uri}: {error}") from error

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        last, file = self.last, page.file  # a page the updated site has is not written
        return output if last is None else last.output(file.src_uri, file.dest_uri, output)

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        feed = self._drawing().feed() if template_name == "feed.xml" else None
        return self._context(context, feed, None)

    def _context(self, context: TemplateContext, view: object, review: object) -> TemplateContext:
        ours = typing.cast(dict[str, Any], context)  # explainer's own keys
        ours["view"], ours["review"] = view, review
        ours["search_page"] = self._drawing().search_page
        return context

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Serve rebuilds when a sheet (or a pins file) changes, told of it at once."""
        serving.listen_to_system(server)
        content = Path(config.config_file_path or ".").resolve().parent / self.config.content_dir
        if content.is_dir():
            server.watch(str(content))
        return server

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        failed = self.parallel.finish()  # a page-drawing child ends here
        if failed:  # a child's own error, "explainer: <page>: <problem>" as a rule
            raise PluginError("\n".join(failed))
        site = Path(config.site_dir)
        (site / ".nojekyll").write_bytes(b"")  # GitHub Pages: serve the files as they are
        if self.serve is not None:
            self.serve.finish(site, self._drawing(), search=self.config.search)
            self.serve.end()
        elif self.config.search and self.handed is None:  # (else publish_site indexes)
            try:
                search_index.build_index(site)
            except ExplainerError as error:
                raise PluginError(f"explainer: {error}") from None

    def on_build_error(self, *, error: Exception) -> None:
        for failure in self.parallel.fail(error):  # a page-drawing child ends here
            log.error(failure)
        if self.serve is not None:
            self.serve.end()

    def _drawing(self) -> Drawing:
        if self.drawing is None:
            raise PluginError("explainer: the plugin was not configured (on_config)")
        return self.drawing


def _engine_url(path: str, page_url: str | None, base: str) -> str:
    """MkDocs' own ``url`` filter (links relative to the page, or to ``base``)."""
    page = types.SimpleNamespace(url=page_url) if page_url is not None else None
    return normalize_url(path, page=page, base=base)  # type: ignore[arg-type]


# -- the project and driving MkDocs -----------------------------------------------------


def project_of(
    config: MkDocsConfig,
    options: ExplainerConfig,
    *,
    config_file: Path | None = None,
    content_dir: Path | None = None,
    reviewed_only: bool = False,
) -> Project:
    """The project ``config`` describes (``config_file``: how to name it; ``content_dir``
    and ``reviewed_only`` override the options).  ``ExplainerError`` for bad pins."""
    where = config.config_file_path or "mkdocs.yml"
    return Project.of(
        config_file or Path(where),
        content_dir=content_dir or Path(where).resolve().parent / options.content_dir,
        site_dir=Path(config.site_dir),
        site_description=config.site_description or "",
        search=options.search,
        key_actors=options.key_actors,
        reviewed_only=reviewed_only or options.reviewed_only,
        strict=bool(config.strict),
        engine=config,
    )


def open_project(
    config_file: Path,
    *,
    strict: bool = False,
    content_dir: Path | None = None,
    reviewed_only: bool = False,
) -> Project:
    """Read ``config_file`` (``mkdocs.yml``) once; :class:`SiteError` when it is missing
    or invalid, ``ExplainerError`` for the pins."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    if not config_file.is_file():
        raise SiteError(Problem(str(config_file), "no such MkDocs config file"))
    try:
        config = load_config(config_file=str(config_file), strict=strict)
    except (ConfigurationError, SystemExit) as error:
        raise SiteError(Problem(str(config_file), f"invalid MkDocs config: {error}")) from None
    plugin = config.plugins.get("explainer")
    options = plugin.config if isinstance(plugin, ExplainerPlugin) else ExplainerConfig()
    where = {"config_file": config_file, "content_dir": content_dir}
    return project_of(config, options, **where, reviewed_only=reviewed_only)


def render(
    project: Project,
    knowledge: Knowledge,
    site_dir: Path,
    *,
    processes: int | None = None,
    last: LastSite | None = None,
) -> list[str]:
    """MkDocs' build of ``project`` into ``site_dir``, drawing ``knowledge``; returns
    MkDocs' warnings.  ``processes`` draw a big site's pages (default: one per core);
    with ``last``, pages the last site has are not written.  The search index is the
    caller's.  ``RuntimeError`` with MkDocs' message when the build fails."""
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    config = project.engine
    if not isinstance(config, MkDocsConfig):
        raise TypeError("a Project opened by generator.site.open_project is needed")
    # MkDocs keeps one instance of the plugin per process (it defines on_startup):
    # what it is handed here is taken back at the end.
    plugin = config.plugins.get("explainer")
    if isinstance(plugin, ExplainerPlugin):
        plugin.handed, plugin.parallel, plugin.last = knowledge, ParallelDraw(processes), last
    config.site_dir = str(site_dir)
    collector = Warnings.attach(logging.getLogger("mkdocs"))
    try:
        config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` does
        try:
            build(config)
        except BaseException as error:
            if isinstance(plugin, ExplainerPlugin) and plugin.parallel.in_child:
                plugin.parallel.fail(error)  # a failed child ends here, whatever failed
            raise
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit) as error:
        detail = [*collector.messages, str(error)]
        raise RuntimeError("\n".join(dict.fromkeys(detail))) from None
    except TemplateNotFound as error:
        raise RuntimeError(
            f"the theme has no template '{error.name}': a theme folder of your own must "
            "have every template of explainer's theme/ (copy the missing ones from it)"
        ) from None
    finally:
        collector.detach()
        if isinstance(plugin, ExplainerPlugin):
            plugin.handed, plugin.parallel, plugin.last = None, ParallelDraw(), None
            plugin.drawing = None  # every page's data: let it go with the knowledge
    return collector.messages


def run_serve(config_file: Path, dev_addr: str) -> None:
    """``mkdocs serve`` with live reload; a failed rebuild keeps the last good site."""
    from mkdocs.commands.serve import serve

    show(logging.getLogger("mkdocs"))  # as the `mkdocs` command does
    serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)
