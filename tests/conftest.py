"""Suite-wide rules.

``EXPLAINER_REQUIRE_BROWSER=1`` (set by ``.ci/run``) turns a skipped browser test into
a failure: on CI the browser must be there, and a skip would hide a broken page.

``EXPLAINER_REGEN_GOLDEN=1`` is the one flag that rewrites every golden file from what
the code makes now: the built site (``tests/site/golden``), the written form of a sheet
(``tests/factsheet/golden``), and the seed sheet with its merge base
(``content/facts/``, ``content/.explainer-cache/``).  Run the suite (or those tests)
with it after an intended change, then read ``git diff``.

Subprocesses (``python -m generator``, ``python -m mkdocs``) run in scratch projects, so a
relative ``PYTHONPATH=.`` no longer names this checkout there and they would import
whichever ``generator`` the virtualenv has installed (another worktree's).  The checkout
under test goes first on their path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REGEN_GOLDEN = os.environ.get("EXPLAINER_REGEN_GOLDEN") == "1"

CHECKOUT = str(Path(__file__).resolve().parents[1])
os.environ["PYTHONPATH"] = os.pathsep.join(
    [CHECKOUT, *(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and os.environ.get("EXPLAINER_REQUIRE_BROWSER") == "1"
        and item.get_closest_marker("browser") is not None
    ):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"browser test skipped where a browser is required: {reason}"
