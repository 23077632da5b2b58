"""The fixture's built site, kept as expected output and compared as text (like Pelican).

Any change to the theme or the views shows up here as a readable diff.  After an
intended change, regenerate the copy with one flag and review it in ``git diff``::

    EXPLAINER_REGEN_GOLDEN=1 .venv/bin/pytest tests/site/test_golden.py

Only the HTML pages are kept (not the Pagefind index, not the sitemap).
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from tests.conftest import REGEN_GOLDEN

GOLDEN = Path(__file__).resolve().parent / "golden"


def html_pages(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*.html"))
        if "pagefind" not in p.relative_to(site).parts
    }


def test_built_site_matches_the_golden_copy(built: Path) -> None:
    actual = html_pages(built)
    if REGEN_GOLDEN:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, text in actual.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = html_pages(GOLDEN) if GOLDEN.exists() else {}
    assert sorted(actual) == sorted(expected), "pages added or removed (regenerate the golden?)"
    for name in expected:
        if actual[name] != expected[name]:
            diff = difflib.unified_diff(
                expected[name].splitlines(),
                actual[name].splitlines(),
                f"golden/{name}",
                f"built/{name}",
                lineterm="",
                n=2,
            )
            raise AssertionError(
                "built site differs from tests/site/golden "
                "(EXPLAINER_REGEN_GOLDEN=1 to accept):\n" + "\n".join(list(diff)[:60])
            )
