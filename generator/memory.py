"""The cycle collector during a build: every change to it is made here.

A build keeps almost everything it makes until it ends: the sheets and their analyses,
the knowledge, every page's data.  With Python's default settings the cycle collector
walks that growing heap again and again and finds nothing.  So during a build:

* young objects are collected every ``YOUNG_COLLECTED_EVERY`` allocations, not 700
  (:func:`long_lived`, around the whole build);
* what the build will keep is set aside from the collector (:func:`set_aside`): the
  checked sheets before the site is drawn, and everything before the page-drawing
  processes fork (a child that collected them would copy every page of memory they
  sit on);
* the end of the build (or of the drawing processes) undoes both (:func:`restore`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

YOUNG_COLLECTED_EVERY = 10_000  # Python's default is 700


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Collect young objects less often for the duration; undone at the end."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTED_EVERY, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        restore()


def set_aside() -> None:
    """Everything alive now is kept until the build ends: the collector skips it."""
    gc.freeze()


def restore() -> None:
    """What :func:`set_aside` set aside is collected again."""
    gc.unfreeze()
