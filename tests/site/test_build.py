"""The fixture's site, built with ``mkdocs build --strict``, read with BeautifulSoup."""

from __future__ import annotations

import itertools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

HOSTILE = re.compile(r"alert\(")


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "lxml")


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_every_page_kind_is_built(built: Path) -> None:
    for path in (
        "index.html",
        "actors/index.html",
        "actors/ana-kovel/index.html",
        "claims/index.html",
        "timeline/index.html",
        "analysis/index.html",
        "sources/index.html",
        "sources/orlen-valley/index.html",
        "outlets/the-harbour-courier/index.html",
        "places/index.html",
        "search/index.html",
        "about/index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
        "pagefind/pagefind-ui.js",
    ):
        assert (built / path).is_file(), path


def test_actor_page_shows_role_affiliation_claims_quotes_mentions(built: Path) -> None:
    page = soup(built, "actors/tomas-brenn/index.html")
    assert page.h1.get_text() == "Tomas Brenn"
    lead = page.select_one(".lead")
    assert "Defence Minister of Kessmark" in lead.get_text()
    assert lead.find("a", href="../kessmark/")  # affiliation links to its page
    assert "Mr Brenn" in page.select_one(".aliases").get_text()
    made = page.select("#claims-made ~ .claim, section[aria-labelledby=claims-made] .claim")
    assert any("six Valdorian drones" in c.get_text() for c in made)
    assert "before dawn" in page.select_one(".pull-quote").get_text()
    mentions = page.select_one(".mentions")
    assert mentions.find("a", href="../../sources/orlen-valley/#p4")


def test_claims_about_and_disputes_with(built: Path) -> None:
    page = soup(built, "actors/valdoria/index.html")
    about = page.select("section[aria-labelledby=claims-about] .claim")
    assert any("Valdorian artillery fired first" in c.get_text() for c in about)
    rivals = page.select("section[aria-labelledby=disputes-with] a")
    names = {a.get_text() for a in rivals}
    assert {"Kessmark", "Kessmark's defence ministry"} <= names


def test_claims_page_groups_by_source_and_puts_disputes_side_by_side(built: Path) -> None:
    page = soup(built, "claims/index.html")
    (dispute,) = page.select(".dispute")
    left, right = (s.get_text(" ", strip=True) for s in dispute.select(".dispute__side"))
    assert "Kessmark started the shelling" in left
    assert "Valdorian artillery fired first" in right
    why = dispute.select_one(".dispute__why").get_text(" ", strip=True)
    assert why == "Why these clash: opposite accounts: each blames the other for the attack"
    marks = {p.get_text(" ", strip=True) for p in page.select(".claim__disputes")}
    assert any("(opposite accounts: each blames the other for the attack)" in m for m in marks)
    titles = {t.get_text() for t in page.select("figure.chart--map a > title")}
    assert any("dispute each other (opposite accounts: each blames" in t for t in titles)
    groups = [g.h3.get_text(" ", strip=True) for g in page.select(".claim-group")]
    assert groups[0].startswith("Ana Kovel")
    anchors = [c["id"] for c in page.select(".claim[id]")]
    assert "orlen-valley--brenn-losses" in anchors
    assert len(anchors) == len(set(anchors)) == 5


def test_each_claim_links_to_its_evidence_and_back(built: Path) -> None:
    claims = soup(built, "claims/index.html")
    source = soup(built, "sources/orlen-valley/index.html")
    for card in claims.select(".claim[id]"):
        evidence = card.select_one("a.evidence")
        assert evidence is not None, card["id"]
        parts = urlsplit(evidence["href"])
        assert parts.path == "../sources/orlen-valley/"
        paragraph = source.find(id=parts.fragment)
        assert paragraph is not None, evidence["href"]
        back = [urlsplit(a["href"]).fragment for a in paragraph.select(".para__claims a")]
        permalink = "claim-" + card["id"].split("--", 1)[1]
        assert permalink in back
        assert source.find(id=permalink).find("a", class_="claim-index__evidence")["href"] == (
            f"#{parts.fragment}"
        )
        assert paragraph.find("mark"), f"evidence sentence not marked in {parts.fragment}"


def test_actor_names_in_running_text_link_to_actor_pages(built: Path) -> None:
    source = soup(built, "sources/orlen-valley/index.html")
    p2 = source.find(id="p2")
    links = {a.get_text(): a["href"] for a in p2.select("a.actor")}
    assert links["Kessmark"] == "../../actors/kessmark/"
    assert links["Lisca"] == "../../actors/valdoria/"  # an alias links to its actor
    home = soup(built, "index.html")
    summary = home.select_one(".story__summary")
    assert summary.find("a", href="actors/kessmark/", string="Kessmark")


def test_article_text_is_escaped_everywhere(built: Path) -> None:
    for path in pages(built):
        html = path.read_text(encoding="utf-8")
        page = BeautifulSoup(html, "lxml")
        for script in page.find_all("script"):
            if script.get("type") == "application/ld+json":
                json.loads(script.string)
                assert "</" not in script.string
            else:
                assert script.get("src"), f"inline script in {path}"
                assert not HOSTILE.search(script.get_text())
        for tag in page.find_all(True):
            for name, value in tag.attrs.items():
                assert not name.startswith("on"), f"{path}: {tag.name} has {name}"
                if name in ("href", "src"):
                    assert not str(value).strip().lower().startswith("javascript:"), path
        assert page.find("img", src="x") is None
        assert page.find("b", string="tanks") is None
    source = soup(built, "sources/orlen-valley/index.html")
    assert (
        source.select_one("#p3 .para__text")
        .get_text()
        .endswith('<script>alert("paragraph")</script>')
    )
    hostile = source.select_one(".summary .prose").find("a", string="a hostile link")
    assert hostile is not None and not hostile.get("href")


def test_json_ld_describes_people_and_articles(built: Path) -> None:
    def data(path: str) -> dict:
        (script,) = soup(built, path).find_all("script", type="application/ld+json")
        return json.loads(script.string)

    person = data("actors/ana-kovel/index.html")
    assert person["@type"] == "Person"
    assert person["jobTitle"] == "Premier of Valdoria"
    assert person["url"] == "https://example.github.io/explainer/actors/ana-kovel/"
    article = data("sources/orlen-valley/index.html")
    assert article["@type"] == "NewsArticle"
    assert article["datePublished"] == "2031-03-14"
    assert article["publisher"]["name"] == "The Harbour Courier"
    hostile = data("actors/hostile-actor/index.html")
    assert hostile["name"] == "Eve </script><script>alert(2)</script>"


def test_head_metadata(built: Path) -> None:
    page = soup(built, "actors/ana-kovel/index.html")
    assert page.title.get_text() == "Ana Kovel · Orlen Valley explainer"
    assert page.find("meta", attrs={"name": "description"})["content"].startswith("Ana Kovel")
    assert page.find("meta", property="og:title")["content"] == "Ana Kovel"
    assert page.find("link", rel="canonical")["href"].endswith("/explainer/actors/ana-kovel/")
    assert page.find("html")["lang"] == "en"


def test_top_navigation_is_small_and_fixed(built: Path) -> None:
    """Every page links to section pages only, never to every page (quadratic builds)."""
    for path in ("index.html", "actors/ana-kovel/index.html", "sources/orlen-valley/index.html"):
        nav = soup(built, path).select("nav.sections a")
        assert [a.get_text() for a in nav] == [
            "Home",
            "Who's who",
            "Claims",
            "Timeline",
            "Analysis",
            "Sources",
            "Places",
            "About",
        ]


def test_no_broken_internal_links_or_anchors(built: Path) -> None:
    ids: dict[Path, set[str]] = {}

    def anchors(target: Path) -> set[str]:
        if target not in ids:
            page = BeautifulSoup(target.read_text(encoding="utf-8"), "lxml")
            ids[target] = {t["id"] for t in page.find_all(id=True)}
        return ids[target]

    broken = []
    for page_path in pages(built):
        if page_path.name == "404.html":
            continue
        page = BeautifulSoup(page_path.read_text(encoding="utf-8"), "lxml")
        for a in page.find_all("a", href=True):
            parts = urlsplit(a["href"])
            if parts.scheme or parts.netloc:
                continue
            target = (page_path.parent / unquote(parts.path)).resolve() if parts.path else page_path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page_path.relative_to(built)} -> {a['href']}")
            elif (
                parts.fragment
                and target.suffix == ".html"
                and parts.fragment not in anchors(target)
            ):
                broken.append(f"{page_path.relative_to(built)} -> {a['href']} (no anchor)")
    assert not broken, "\n".join(broken)


def test_404_page_works_under_the_sub_path(built: Path) -> None:
    page = soup(built, "404.html")
    assert page.find("link", rel="stylesheet")["href"] == "/explainer/css/explainer.css"
    assert page.find("a", string="Who's who")["href"] == "/explainer/actors/"


def test_atom_feed_lists_the_articles(built: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(built / "feed.xml").getroot()
    (entry,) = feed.findall("a:entry", ns)
    assert entry.find("a:title", ns).text == (
        "Valdoria and Kessmark trade blame over Orlen Valley shelling"
    )
    assert entry.find("a:link", ns).get("href") == (
        "https://example.github.io/explainer/sources/orlen-valley/"
    )
    assert entry.find("a:updated", ns).text == "2031-03-14T00:00:00Z"


def test_sitemap_lists_actor_pages(built: Path) -> None:
    text = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://example.github.io/explainer/actors/tomas-brenn/" in text


def test_timeline_orders_events_on_one_scale(built: Path) -> None:
    page = soup(built, "timeline/index.html")
    dates = [d.get_text() for d in page.select(".timeline__date")]
    assert dates[:3] == ["1990s", "1998", "July 2019"]  # decade, year, month precision
    assert "13 March 2031 (“on Thursday”)" in dates
    for size in ("wide", "narrow"):
        labels = [t.get_text() for t in page.select(f".chart__svg--{size} .marker-label")]
        assert labels[:2] == ["1990s", "1998"], size
        assert "July 2019" in labels, size


def test_source_page_shows_pictures_with_a_web_address(built: Path) -> None:
    page = soup(built, "sources/orlen-valley/index.html")
    images = page.select(".article-text img")
    assert [i["src"] for i in images] == [
        "https://images.courier.example/orlen/houses.jpg",
        "https://courier.example/pictures/orlen/ridge.jpg",  # relative to the article's url
    ]
    assert all(i["loading"] == "lazy" for i in images)
    houses = page.select_one("#p10 figure")
    assert houses.img["alt"] == "Shelled houses in a border village of the Orlen Valley"
    assert "Lio Varga" in houses.figcaption.get_text()
    assert houses.figcaption.find("a", href="../../actors/orlen-valley/")  # names still link
    ridge = images[1]
    assert ridge["alt"].startswith("The ridge above the valley")
    assert ridge.find_parent("figure").figcaption.get_text().startswith("The ridge above")
    # no address, or a javascript: one: the caption alone, as before
    for pid, caption in (("p11", "Ana Kovel at a rally"), ("p12", "A map of the valley")):
        para = page.select_one(f"#{pid}")
        assert para.img is None and caption in para.get_text(), pid


def test_figures_chart_and_dispute_map(built: Path) -> None:
    page = soup(built, "claims/index.html")
    for size in ("wide", "narrow"):  # each chart drawn for wider screens and for phones
        picture = f".chart__svg--{size}"
        groups = [t.get_text() for t in page.select(f".chart--figures {picture} .group-label")]
        assert groups == ["drones", "tanks"], size
        titles = {t.get_text() for t in page.select(f".chart--map {picture} a > title")}
        assert "Valdoria accuses Kessmark" in titles, size
    assert len(page.select(".chart--map figcaption")) == 1


def test_landmarks_skip_link_and_heading_order_on_every_page(built: Path) -> None:
    for path in pages(built):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        name = path.relative_to(built).as_posix()
        assert page.select_one("a.skip-link")["href"] == "#main", name
        assert page.find("main", id="main") and page.find("header") and page.find("footer")
        levels = [int(h.name[1]) for h in page.find_all(re.compile("^h[1-6]$"))]
        assert levels[0] == 1 and levels.count(1) == 1, name
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), f"{name}: {levels}"
        for svg in page.find_all("svg"):
            assert svg.get("aria-labelledby") and svg.find("title"), name


def test_home_json_ld_names_the_site_and_its_search(built: Path) -> None:
    (script,) = soup(built, "index.html").find_all("script", type="application/ld+json")
    data = json.loads(script.string)
    assert data["@type"] == "WebSite" and data["name"] == "Orlen Valley explainer"
    assert data["potentialAction"]["target"] == (
        "https://example.github.io/explainer/search/?q={search_term_string}"
    )
