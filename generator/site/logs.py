"""What MkDocs says during a build: what explainer keeps of it, and what it hides.

MkDocs reports through Python's logging.  :class:`Warnings` keeps the warnings of a
build that ``explainer build`` drives, for its report; :class:`SkippedPages` hides
MkDocs' notice about the pages a build skips on purpose; :func:`show` prints MkDocs'
log as its own command does, for ``explainer serve``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable


class Warnings(logging.Handler):
    """The warnings (and errors) logged while it is attached, as text."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []
        self.logger: logging.Logger | None = None  # the one attached to

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    @classmethod
    def attach(cls, logger: logging.Logger) -> Warnings:
        """A new collector of ``logger``'s warnings, collecting until :meth:`detach`."""
        collector = cls()
        collector.logger = logger
        logger.addHandler(collector)
        return collector

    def detach(self) -> None:
        if self.logger is not None:
            self.logger.removeHandler(self)
            self.logger = None


def show(logger: logging.Logger) -> None:
    """Print ``logger``'s records from INFO up, as the ``mkdocs`` command does (unless
    something set it up already)."""
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


class SkippedPages(logging.Filter):
    """MkDocs says "Page skipped ... empty output" of each page this process leaves to
    another (build) or a redraw keeps as it was (serve); that is by design, so it is
    not said.  ``skipped(uri)`` tells which pages are skipped on purpose."""

    LOGGER = "mkdocs.commands.build"

    def __init__(self, skipped: Callable[[str], bool]) -> None:
        super().__init__()
        self.skipped = skipped

    @classmethod
    def install(cls, skipped: Callable[[str], bool]) -> None:
        """Filter MkDocs' build log with ``skipped`` (replacing an earlier filter)."""
        build_log = logging.getLogger(cls.LOGGER)
        for old in [f for f in build_log.filters if isinstance(f, cls)]:
            build_log.removeFilter(old)
        build_log.addFilter(cls(skipped))

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        if not message.startswith("Page skipped: '"):
            return True
        uri = message.removeprefix("Page skipped: '").split("'", 1)[0]
        return not self.skipped(uri)
