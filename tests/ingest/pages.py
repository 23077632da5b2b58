"""Invented HTML pages with the chrome real news sites wrap around an article."""

from __future__ import annotations

import json

BODY = [
    "The river authority of Montal opened the new flood barrier on Wednesday, three years "
    "after storms swept through the lower town and damaged more than four hundred homes.",
    "The barrier, a line of steel gates across the mouth of the Vell, can be closed in "
    "twenty minutes when the sea rises, the authority's chief engineer, Rosa Tamm, said.",
    "Residents who lost their homes in the storms watched the first test from the harbour "
    "wall, and several said they would sleep better on stormy nights from now on.",
    "The project cost 180 million euros, of which the national government paid two thirds "
    "and the region the rest, according to figures published by the authority in May.",
    "Opposition councillors said the money would have been better spent on moving houses "
    "away from the river, and asked for an independent review of the costs.",
    "Tamm rejected the criticism, saying that moving the lower town would have taken decades "
    "and cost several times as much as the barrier itself.",
]
PULL_QUOTE = "We built it for the next hundred years, not the next ten."
CAPTION = "The flood barrier on the Vell during its first test on Wednesday."
CREDIT = "Photo: Lena Pik/Montal Daily"

CHROME = [
    "We use cookies to improve your experience",
    "Accept all cookies",
    "Share on Facebook",
    "Related stories",
    "Mayor opens new cycling bridge in the upper town",
    "Subscribe to our daily newsletter",
    "Leave a comment",
    "Great news for the town, finally!",
    "Advertisement",
    "Home",
]


def news_page(*, charset: str = "utf-8", extra_head: str = "") -> str:
    """A full page: nav, cookie banner, share bar, article, related rail, comments."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Montal opens flood barrier three years after storms",
        "datePublished": "2022-10-05T08:15:00+02:00",
        "dateModified": "2022-10-05T11:40:00+02:00",
        "author": [{"@type": "Person", "name": "Ivo Rask"}],
        "publisher": {"@type": "Organization", "name": "Montal Daily"},
    }
    body = "\n".join(f"<p>{text}</p>" for text in BODY[:3])
    rest = "\n".join(f"<p>{text}</p>" for text in BODY[3:])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="{charset}">
<title>Montal opens flood barrier three years after storms | Montal Daily</title>
<meta property="og:title" content="Montal opens flood barrier three years after storms">
<meta property="og:site_name" content="Montal Daily">
<link rel="canonical" href="https://daily.example/2022/10/05/flood-barrier">
<script type="application/ld+json">{json.dumps(ld)}</script>{extra_head}
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience
on our site. Read our cookie policy.</p><button>Accept all cookies</button></div>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad-slot advertisement">Advertisement</div>
<main><article class="article">
<h1>Montal opens flood barrier three years after storms</h1>
<p class="byline">By <a href="/authors/ivo-rask">Ivo Rask</a></p>
<time datetime="2022-10-05T08:15:00+02:00">5 October 2022</time>
<div class="share-bar social"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<div class="article-body">
{body}
<figure><img src="https://daily.example/img/barrier.jpg" alt="The barrier">
<figcaption>{CAPTION} <span class="credit">{CREDIT}</span></figcaption></figure>
<blockquote class="pull-quote"><p>{PULL_QUOTE}</p></blockquote>
<h2>Questions about the cost</h2>
{rest}
<p>Writing by Ivo Rask; Editing by Mia Lund</p>
</div>
<div class="newsletter-box"><h3>Subscribe to our daily newsletter</h3>
<p>Get the best of Montal Daily in your inbox every morning.</p></div>
</article>
<aside class="related-rail"><h3>Related stories</h3><ul>
<li><a href="/a">Mayor opens new cycling bridge in the upper town</a></li>
<li><a href="/b">Harbour festival returns after a two-year break</a></li></ul></aside>
<section id="comments" class="comments"><h3>Leave a comment</h3>
<div class="comment"><p>Great news for the town, finally!</p></div></section>
</main>
<footer class="site-footer"><p>© 2022 Montal Daily. All rights reserved.</p></footer>
</body></html>
"""


def live_blog() -> str:
    """A live blog: timestamped entries, each with a short heading."""
    entries = [
        (
            "10:05",
            "Ceasefire talks resume",
            "Delegations from both sides returned to the "
            "talks in Sella this morning, a spokesman for the mediators said.",
        ),
        (
            "11:20",
            "Aid convoy crosses the border",
            "A convoy of twelve trucks carrying food and "
            "medicine crossed the northern border, the Red Crescent said in a statement.",
        ),
        (
            "12:45",
            "Foreign minister calls for restraint",
            "The foreign minister of Nordland "
            "urged both sides to respect the truce while the talks continue.",
        ),
    ]
    posts = "\n".join(
        f'<div class="live-post"><time>{t}</time><h2>{h}</h2><p>{p}</p>'
        f"<p>More details are expected later in the day, officials said.</p></div>"
        for t, h, p in entries
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Sella talks: live updates - World News Now</title>
<meta property="og:site_name" content="World News Now">
<meta property="article:published_time" content="2023-11-02T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><h1>Sella talks: live updates</h1><div class="live-blog">{posts}</div></main>
<footer><a href="/privacy">Privacy policy</a></footer></body></html>"""


def boxed_story() -> str:
    """A news story with a correspondent's analysis box set into it, the story going on
    after the box under no heading of its own."""
    story = [
        "The mayor of Kell resigned on Tuesday after an inquiry found that the city had "
        "ignored warnings about the river defences for years before the flood.",
        "In a statement read outside the town hall, the mayor said she took full "
        "responsibility for the failures and apologised to the families.",
    ]
    box = [
        "This resignation was a long time coming, and few in the city will be surprised "
        "by it after the damning findings of the inquiry.",
        "The question now is whether the council can rebuild trust before the next "
        "storm season arrives in the autumn.",
    ]
    after = [
        "The council will choose an interim mayor next week, a spokesman said, and "
        "elections are expected in the spring.",
        "Residents who lost their homes said they would keep pressing for compensation "
        "from the city and from the national government.",
    ]
    paragraphs = "\n".join(f"<p>{t}</p>" for t in story)
    boxed = "\n".join(f"<p>{t}</p>" for t in box)
    rest = "\n".join(f"<p>{t}</p>" for t in after)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Kell mayor quits after flood inquiry - Kell News</title>
<meta property="og:site_name" content="Kell News"></head><body>
<article><h1>Kell mayor quits after flood inquiry</h1>
{paragraphs}
<div class="analysis-box"><h3>Tom Hale, Kell News city editor</h3>
{boxed}</div>
{rest}
</article></body></html>"""
