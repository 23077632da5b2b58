"""Suite-wide rules.

``EXPLAINER_REQUIRE_BROWSER=1`` (set by ``.ci/run``) turns a skipped browser test into
a failure: on CI the browser must be there, and a skip would hide a broken page.
"""

from __future__ import annotations

import os

import pytest


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
