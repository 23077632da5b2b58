"""The built site in a real browser: Debian's Chromium driven by Playwright, under /explainer/.

Opens the home page, an actor page and a source page; runs a search; follows a claim
to its evidence; runs axe-core (``axe.min.js`` as shipped in the ``axe-playwright-python``
package, no CDN) on every page it opens and fails on any violation; fails on console
errors; writes screenshots at 390 px and 1280 px into ``tests/_artifacts/`` for people
to look at.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import itertools
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
MOUNT = "explainer"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _axe_source() -> Path | None:
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "axe.min.js"
    return path if path.exists() else None


@pytest.fixture(scope="module")
def base_url(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served on 127.0.0.1 under the project sub-path /explainer/."""
    root = tmp_path_factory.mktemp("www")
    shutil.copytree(built, root / MOUNT)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{MOUNT}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield instance
        finally:
            instance.close()


# What any address off this machine answers (article pictures): an 800x400 picture,
# a shape unlike the theme's 3:2 box, so a layout that waits for it would jump.
PICTURE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400">'
    b'<rect width="800" height="400" fill="#7a8b99"/></svg>'
)
OFF_MACHINE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")


@pytest.fixture
def page(browser, request: pytest.FixtureRequest) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(
        OFF_MACHINE,
        lambda route: route.fulfill(status=200, content_type="image/svg+xml", body=PICTURE),
    )
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    yield tab
    context.close()
    assert not errors, f"console errors: {errors}"


def check_axe(tab) -> None:
    source = _axe_source()
    if source is None:
        pytest.skip("axe-core not installed (pip install axe-playwright-python)")
    tab.add_script_tag(path=str(source))
    result = tab.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))"
    )
    assert result == [], "\n".join(result)


def shoot(tab, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (390, 1280):
        tab.set_viewport_size({"width": width, "height": 900})
        tab.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    tab.set_viewport_size({"width": 1280, "height": 900})


def test_home_page(page, base_url: str) -> None:
    page.goto(base_url)
    assert page.locator("h1").inner_text() == "The story in brief"
    assert page.locator("main a.actor", has_text="Kessmark").count() >= 1
    assert page.locator(".chart--timeline svg:visible").count() == 1
    check_axe(page)
    shoot(page, "home")


WIDTHS = (320, 390, 768, 1280)

# Where the timeline picture sits on screen: the one shown, its axis, dots and labels.
TIMELINE_BOXES = """() => {
  const figure = document.querySelector('.chart--timeline');
  const shown = [...figure.querySelectorAll('svg')].filter(s => s.getClientRects().length);
  const box = e => { const r = e.getBoundingClientRect();
                     return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const svg = shown[0];
  return {
    shown: shown.length,
    overflow: figure.scrollWidth - figure.clientWidth,
    figure: box(figure),
    svg: box(svg),
    axis: [...svg.querySelectorAll('.axis')].map(box).reduce((a, b) => ({
      left: Math.min(a.left, b.left), right: Math.max(a.right, b.right),
      top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom)})),
    dots: [...svg.querySelectorAll('.dot')].map(box),
    labels: [...svg.querySelectorAll('.marker-label, .tick-label')].map(t => ({
      text: t.textContent, tick: t.classList.contains('tick-label'), ...box(t)})),
  };
}"""


def assert_timeline_in_view(tab, where: str) -> None:
    """Every event on the drawn axis and in view, every label inside and readable."""
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 900})
        got = tab.evaluate(TIMELINE_BOXES)
        at = f"{where} at {width}px"
        assert got["shown"] == 1, at
        assert got["overflow"] <= 0, f"{at}: the timeline scrolls sideways"
        axis, figure = got["axis"], got["figure"]
        for dot in got["dots"]:
            middle = (dot["left"] + dot["right"]) / 2
            assert axis["left"] - 1 <= middle <= axis["right"] + 1, f"{at}: dot off the axis"
            assert figure["left"] <= dot["left"] and dot["right"] <= figure["right"], at
        labels = got["labels"]
        for label in labels:
            assert got["svg"]["left"] - 1 <= label["left"], f"{at}: {label['text']} cut off"
            assert label["right"] <= got["svg"]["right"] + 1, f"{at}: {label['text']} cut off"
            assert label["bottom"] - label["top"] >= 12, f"{at}: {label['text']} too small"
        marks = [x for x in labels if not x["tick"]]
        ticks = [x for x in labels if x["tick"]]
        pairs = [*itertools.combinations(marks, 2), *itertools.combinations(ticks, 2)]
        for a, b in pairs:
            apart = (
                a["right"] <= b["left"]
                or b["right"] <= a["left"]
                or a["bottom"] <= b["top"]
                or b["bottom"] <= a["top"]
            )
            assert apart, f"{at}: {a['text']} overlaps {b['text']}"
    tab.set_viewport_size({"width": 1280, "height": 900})


# Every chart on a page: how many pictures show, and its texts' boxes against the picture.
CHART_TEXTS = """() => [...document.querySelectorAll('figure.chart')].map(figure => {
  const shown = [...figure.querySelectorAll('svg')].filter(s => s.getClientRects().length);
  const svg = shown[0].getBoundingClientRect();
  return {
    kind: figure.className,
    shown: shown.length,
    overflow: figure.scrollWidth - figure.clientWidth,
    texts: [...shown[0].querySelectorAll('text')].map(t => {
      const r = t.getBoundingClientRect();
      return {text: t.textContent, left: r.left - svg.left, right: svg.right - r.right,
              height: r.height};
    }),
  };
})"""


def assert_charts_readable(tab, where: str) -> None:
    """One picture per chart shows; no text is cut off at the edge or drawn too small."""
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 900})
        charts = tab.evaluate(CHART_TEXTS)
        assert charts, where
        for chart in charts:
            at = f"{where}, {chart['kind']} at {width}px"
            assert chart["shown"] == 1, at
            assert chart["overflow"] <= 0, f"{at}: scrolls sideways"
            for t in chart["texts"]:
                assert t["left"] >= -1 and t["right"] >= -1, f"{at}: {t['text']!r} cut off"
                assert t["height"] >= 12, f"{at}: {t['text']!r} too small ({t['height']}px)"
    tab.set_viewport_size({"width": 1280, "height": 900})


def test_charts_readable_at_every_width(page, base_url: str) -> None:
    for path in ("", "timeline/", "claims/", "actors/valdoria/"):
        page.goto(base_url + path)
        assert_charts_readable(page, path or "home")


def test_timeline_fits_every_width(page, base_url: str) -> None:
    for path in ("", "timeline/"):
        page.goto(base_url + path)
        assert_timeline_in_view(page, path or "home")
        labels = page.locator(".chart--timeline svg:visible .marker-label").all_text_contents()
        assert labels[0] == "1990s"


def test_story_page_reads_at_every_width(page, base_url: str) -> None:
    page.goto(base_url)
    page.locator(".story__title a").first.click()
    assert page.locator("h1").inner_text().startswith("Valdoria and Kessmark")
    assert page.locator(".summary-lines li").count() >= 1
    assert_timeline_in_view(page, "story")
    check_axe(page)
    shoot(page, "story")


def test_actor_page_then_claim_to_evidence(page, base_url: str) -> None:
    page.goto(base_url + "actors/tomas-brenn/")
    assert page.locator("h1").inner_text() == "Tomas Brenn"
    assert "Defence Minister of Kessmark" in page.locator(".lead").inner_text()
    check_axe(page)
    shoot(page, "actor")
    page.locator("a.evidence").first.click()
    page.wait_for_url("**/sources/orlen-valley/#p4")
    target = page.locator("#p4")
    assert "We destroyed six of their drones" in target.inner_text()
    assert target.locator("mark").count() >= 1
    assert page.evaluate("location.pathname").startswith(f"/{MOUNT}/")


def test_source_page(page, base_url: str) -> None:
    page.goto(base_url + "sources/orlen-valley/")
    assert (
        page.locator("#p3 .para__text").inner_text().endswith('<script>alert("paragraph")</script>')
    )
    assert page.evaluate("window.__xss === undefined")
    check_axe(page)
    shoot(page, "source")
    check_pictures(page)
    page.locator("#p2 .para__claims a").first.click()
    page.wait_for_url("**/sources/orlen-valley/#claim-valdoria-blames-kessmark")
    claim = page.locator("#claim-valdoria-blames-kessmark")
    assert "Kessmark started the shelling" in claim.inner_text()
    claim.locator(".claim-index__evidence").click()
    page.wait_for_url("**/sources/orlen-valley/#p2")


def check_pictures(tab) -> None:
    """Pictures hold a 3:2 box before they load, so the text below never jumps."""
    pictures = tab.locator(".article-text .picture img")
    assert pictures.count() == 2
    for width in (390, 1280):
        tab.set_viewport_size({"width": width, "height": 900})
        tab.goto(tab.url.split("#")[0])
        after = tab.locator("#p11")
        before_load = after.bounding_box()["y"]
        for n in range(pictures.count()):
            box = pictures.nth(n).bounding_box()
            assert box["width"] > 0 and abs(box["height"] - box["width"] * 2 / 3) < 2, box
        pictures.last.scroll_into_view_if_needed()
        tab.wait_for_function(
            "[...document.querySelectorAll('.picture img')]"
            ".every(i => i.complete && i.naturalWidth)"
        )
        tab.evaluate("window.scrollTo(0, 0)")
        assert after.bounding_box()["y"] == before_load, f"text jumped at {width}px"
        assert tab.evaluate("document.documentElement.scrollWidth") <= width
    tab.set_viewport_size({"width": 1280, "height": 900})


def test_claims_page(page, base_url: str) -> None:
    page.goto(base_url + "claims/")
    assert page.locator(".dispute").count() == 1
    assert page.locator(".chart--map svg:visible").count() == 1
    check_axe(page)
    shoot(page, "claims")


DRAFT_PAGES = ("claims/", "actors/mira-tallis/", "sources/orlen-valley/", "actors/")


def test_draft_marks_are_seen_and_pass_axe_at_phone_and_desktop(page, base_url: str) -> None:
    """Every draft says so in words, on a page that says how much of it is checked."""
    for path in DRAFT_PAGES:
        page.goto(base_url + path)
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            marks = page.locator("main .draft-mark:visible")
            assert marks.count() >= 1, f"{path} at {width}px shows no draft mark"
            assert marks.first.inner_text().endswith("achine draft, not yet checked")
            box = marks.first.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
            state = page.locator("main .review-state")
            assert state.count() == 1 and "editor has checked" in state.inner_text()
            check_axe(page)
            for colours in ("light", "dark"):
                page.emulate_media(color_scheme=colours)
                check_axe(page)
            page.emulate_media(color_scheme="light")
    page.goto(base_url + "claims/")
    bars = page.locator(".chart--figures svg:visible rect.bar--draft")
    assert bars.count() == 3  # the draft claim's two figures and one draft figure
    assert "outlined bars" in page.locator(".chart--figures figcaption").inner_text()
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "draft-claims")


def test_dark_mode_passes_axe(page, base_url: str) -> None:
    page.emulate_media(color_scheme="dark")
    for path in ("", "claims/", "sources/orlen-valley/"):
        page.goto(base_url + path)
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(21, 24, 28)", background
        check_axe(page)
    shoot(page, "source-dark")


def test_search_finds_actor_by_alias(page, base_url: str) -> None:
    page.goto(base_url + "search/?q=Lisca")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=15000)
    href = result.get_attribute("href")
    assert href == f"/{MOUNT}/actors/valdoria/", href  # the alias finds its actor first
    assert "Valdoria" in page.locator(".pagefind-ui__results").inner_text()
    check_axe(page)
    shoot(page, "search")
    result.click()
    page.wait_for_load_state()
    assert page.evaluate("location.pathname").startswith(f"/{MOUNT}/")


def test_search_from_every_page_header(page, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    check_axe(page)
    shoot(page, "timeline")
    page.fill("#site-search", "drones")
    page.press("#site-search", "Enter")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
    assert "drones" in page.locator(".pagefind-ui__results").inner_text().lower()


# -- the seed article's own site ----------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
SEED_PAGES = ["", "actors/", "claims/", "timeline/", "analysis/", "sources/", "places/", "about/"]


@pytest.fixture(scope="module")
def seed_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed article, extracted and built like a user would (``explainer build``)."""
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("seed")
    (root / "content" / "articles").mkdir(parents=True)
    for seed in (REPO / "content" / "articles").iterdir():
        shutil.copy(seed, root / "content" / "articles" / seed.name)
    shutil.copytree(REPO / "content" / "pages", root / "content" / "pages")
    shutil.copytree(REPO / "theme", root / "theme")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--strict"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    www = tmp_path_factory.mktemp("seed-www")
    shutil.copytree(root / "site", www / MOUNT)
    handler = functools.partial(_QuietHandler, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{MOUNT}/"
    finally:
        server.shutdown()
        server.server_close()


def test_seed_site_passes_axe_on_every_section(page, seed_url: str) -> None:
    for path in SEED_PAGES:
        page.goto(seed_url + path)
        check_axe(page)
    page.goto(seed_url + "actors/")
    first_actor = page.locator(".actor-card__name").first
    first_actor.click()
    page.wait_for_load_state()
    check_axe(page)
    shoot(page, "seed-actor")
    page.goto(seed_url + "sources/")
    page.locator(".source-card h3 a").first.click()
    page.wait_for_load_state()
    check_axe(page)
    shoot(page, "seed-source")
    page.goto(seed_url)
    shoot(page, "seed-home")
    assert_timeline_in_view(page, "seed home")
    page.goto(seed_url + "timeline/")
    assert_timeline_in_view(page, "seed timeline")
    for path in ("", "timeline/", "claims/"):
        page.goto(seed_url + path)
        assert_charts_readable(page, f"seed {path or 'home'}")
    page.goto(seed_url + "claims/")
    shoot(page, "seed-claims")


def test_keyboard_skip_link(page, base_url: str) -> None:
    page.goto(base_url + "claims/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["y"] >= 0, "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_outlet_page(page, base_url: str) -> None:
    page.goto(base_url + "sources/")
    page.locator(".outlets a").first.click()
    page.wait_for_url("**/outlets/the-harbour-courier/")
    assert page.locator("h1").inner_text() == "The Harbour Courier"
    assert page.locator(".claim-group").count() >= 3
    check_axe(page)
    shoot(page, "outlet")
