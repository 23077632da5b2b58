"""Stories: the articles grouped into chains of events, and what each story page tells.

:func:`stories` groups the articles (``grouping.py``, with the editor's pins from
``content/stories.yaml``), names each story, and gathers what its page shows: the
summary (``summary.py``), the sides and their main claims and the disputes
(``sides.py``), the figures each claimant gives over time (``figures.py``), the
timeline and the coverage (news apart from opinion and analysis).  Everything is
computed once per build, from the merged model.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import partial

from generator import dates
from generator.factsheet.model import FactSheet
from generator.knowledge import figures, genre, grouping, sides, summary, vectors
from generator.knowledge.model import (
    ClaimEntry,
    Event,
    Story,
)
from generator.knowledge.names import fold
from generator.knowledge.reuse import Memo, fresh
from generator.knowledge.storypins import StoryPins
from generator.slugs import slugify, unique
from generator.vocabulary import in_running_text

TITLE_KINDS = ("person", "country", "region", "group", "organisation", "place")
PERSON = 0.5  # a person names a story less well than a place or a party
TITLE_ACTORS = 3  # actors a story's title names, at most
TITLE_SHARE = 0.25  # ...each scoring at least this share of the first


def stories(
    sheets: Sequence[FactSheet],
    per_sheet: Mapping[str, Mapping[str, str]],
    names: Mapping[str, str],
    kinds: Mapping[str, str],
    affiliation: Mapping[str, str | None],
    claims: Sequence[ClaimEntry],
    events: Sequence[Event],
    pins: StoryPins,
    memo: Memo = fresh,
) -> tuple[Story, ...]:
    """Every story, the one with the most articles first (then the newest).  ``memo``
    gives back what the last build computed per sheet and per story from the same
    inputs (``knowledge/reuse.py``)."""
    genres = {s.slug: memo("genre", s.slug, s, partial(genre.article_genre, s)) for s in sheets}
    mentions = {
        s.slug: memo(
            "mentions",
            s.slug,
            (s.actors, s.claims, per_sheet.get(s.slug)),
            partial(_mentions, s, per_sheet.get(s.slug, {})),
        )
        for s in sheets
    }
    pinned = pins.story_of()
    facts = [
        grouping.ArticleFacts(
            slug=s.slug,
            terms=memo("terms", s.slug, (s.article.title, s.paragraphs), partial(_terms, s)),
            actors=mentions[s.slug],
            day=_day(s.article.published),
            pin=pinned.get(s.slug),
        )
        for s in sheets
    ]
    groups = memo(  # (ArticleFacts compare by slug, day and pin only: the key says all)
        "groups",
        "",
        tuple((f.slug, f.terms, f.actors, f.day, f.pin) for f in facts),
        lambda: grouping.group(facts),
    )
    by_slug = {s.slug: s for s in sheets}
    claims_of: dict[str, list[ClaimEntry]] = defaultdict(list)
    for entry in claims:
        claims_of[entry.article].append(entry)
    events_of: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.kind != "published":
            for slug in dict.fromkeys(t.article for t in event.told or ()):
                events_of[slug].append(event)
    df: Counter[str] = Counter()
    for counts in mentions.values():
        df.update(counts.keys())
    named = {p.id: p for p in pins.stories}
    taken = set(named)
    found = []
    for members in groups:
        slugs = [sheets[i].slug for i in members]
        pin = next((named[pinned[s]] for s in slugs if s in pinned), None)
        ranked = _ranked(slugs, mentions, kinds)
        if pin and pin.title:
            title = plain = pin.title
        else:
            title, plain = _title(slugs, mentions, df, names, kinds, affiliation, by_slug)
        story_id = pin.id if pin else unique(slugify(plain.replace("–", "-"), "story"), taken)
        story_claims = [c for s in slugs for c in claims_of.get(s, ())]
        found.append(
            memo(
                "story",
                story_id,
                (
                    title,
                    tuple(by_slug[s] for s in slugs),
                    ranked,
                    tuple(genres[s] for s in slugs),
                    tuple(story_claims),
                    tuple(tuple(events_of.get(s, ())) for s in slugs),
                    affiliation,
                    kinds,
                    pin is not None,
                ),
                partial(
                    _story,
                    story_id,
                    title,
                    slugs,
                    ranked,
                    genres,
                    by_slug,
                    story_claims,
                    events_of,
                    affiliation,
                    kinds,
                    pinned=pin is not None,
                ),
            )
        )
    newest = {s.slug: s.article.published or "" for s in sheets}
    found.sort(key=lambda s: (-len(s.articles), _negated(max(newest[a] for a in s.articles)), s.id))
    return tuple(found)


def _story(
    story_id: str,
    title: str,
    slugs: list[str],
    ranked: tuple[str, ...],
    genres: Mapping[str, str],
    by_slug: Mapping[str, FactSheet],
    story_claims: list[ClaimEntry],
    events_of: Mapping[str, list[Event]],
    affiliation: Mapping[str, str | None],
    kinds: Mapping[str, str],
    *,
    pinned: bool,
) -> Story:
    news = tuple(s for s in slugs if genres[s] == genre.NEWS)
    pool = [
        c for s in news for c in summary.candidates(by_slug[s], genre.paragraph_genres(by_slug[s]))
    ]
    return Story(
        id=story_id,
        title=title,
        articles=tuple(slugs),
        actors=ranked,
        news=news,
        commentary=tuple(s for s in slugs if genres[s] != genre.NEWS),
        summary=summary.choose(pool),
        sides=sides.sides(story_claims, affiliation, kinds),
        disputes=sides.disputes(story_claims),
        figures=figures.figures(story_claims, kinds),
        events=_timeline(slugs, events_of),
        pinned=pinned,
    )


def _negated(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def _terms(sheet: FactSheet) -> Counter[str]:
    found = vectors.terms(sheet.article.title)
    for paragraph in sheet.paragraphs:
        if paragraph.kind in ("body", "list", "quote", "heading"):
            vectors.terms(paragraph.text, counts=found)
    return found


def _mentions(sheet: FactSheet, local: Mapping[str, str]) -> Counter[str]:
    """Canonical actor id -> how often the sheet names it (once as an actor, once more
    per claim it makes or is about)."""
    counts: Counter[str] = Counter(local.get(a.id, a.id) for a in sheet.actors)
    for claim in sheet.claims:
        if not claim.hidden:
            counts.update(local.get(a, a) for a in (*claim.by, *claim.about))
    return counts


def _day(published: str | None) -> int | None:
    day = dates.parse_published(published)
    return day.toordinal() if day else None


def _ranked(
    slugs: Sequence[str], mentions: Mapping[str, Counter[str]], kinds: Mapping[str, str]
) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for slug in slugs:
        counts.update(mentions[slug])
    return tuple(a for a, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0])))


def _title(
    slugs: Sequence[str],
    mentions: Mapping[str, Counter[str]],
    df: Mapping[str, int],
    names: Mapping[str, str],
    kinds: Mapping[str, str],
    affiliation: Mapping[str, str | None],
    sheets: Mapping[str, FactSheet],
) -> tuple[str, str]:
    """The actors in most of the story's articles, rarer elsewhere, often named; and the
    years it spans ("Armenia, Azerbaijan and Nagorno-Karabakh, 2020"); places and
    parties before people.  The share of the story's articles that name an actor counts
    most, its rarity in the others less (a log): "Syria" names a Syrian story even when
    other stories name Syria too, better than a country only one of its articles
    mentions.  An actor already said by another in the title is left out ("Kessmark's
    defence ministry" after "Kessmark"), and so is one that scores far below the first.
    A story of one article has the article's title.  Returned twice: as written ("The
    Taliban and the United States, 2019") and without the "the" of each name, which
    the story's id is made from (so that ids stay as they were before "the" was
    written)."""
    covered: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for slug in slugs:
        for actor, n in mentions[slug].items():
            if kinds.get(actor) in TITLE_KINDS:
                covered[actor] += 1
                named[actor] += n
    total = len(mentions)
    score = {
        a: (covered[a] / len(slugs)) ** 2
        * math.log(1 + total / df[a])
        * (1 + math.log(named[a]))
        * (PERSON if kinds[a] == "person" else 1)
        for a in covered
    }
    top: list[str] = []
    for actor, value in sorted(score.items(), key=lambda x: (-round(x[1], 9), x[0])):
        if len(top) == TITLE_ACTORS or (top and value < TITLE_SHARE * score[top[0]]):
            break
        if _body_of(actor, score, affiliation, kinds):
            continue  # "Kessmark's defence ministry": the story names Kessmark
        if not any(_same_name(other, actor, names) for other in top):
            top.append(actor)
    if len(slugs) == 1 or not top:  # a story of one article is called what it is called
        title = sheets[slugs[0]].article.title
        return title, title
    years = sorted(
        {d.year for s in slugs if (d := dates.parse_published(sheets[s].article.published))}
    )
    span = ""
    if years:
        span = f", {years[0]}" if years[0] == years[-1] else f", {years[0]}–{years[-1]}"
    spoken = [in_running_text(names.get(a, a), kinds.get(a)) for a in top]
    spoken[0] = spoken[0][:1].upper() + spoken[0][1:]  # "The United States, ..."
    plain = [names.get(a, a) for a in top]  # the story's id, as before "the" was written
    return _listed(spoken) + span, _listed(plain) + span


def _listed(words: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _body_of(
    actor: str,
    named: Mapping[str, object],
    affiliation: Mapping[str, str | None],
    kinds: Mapping[str, str],
) -> bool:
    """Whether ``actor`` is a body (a ministry, an army) of a party among ``named``; a
    person is named for themselves, whatever they belong to."""
    if kinds.get(actor) == "person":
        return False
    seen = {actor}
    up = affiliation.get(actor)
    while up and up not in seen:
        if up in named:
            return True
        seen.add(up)
        up = affiliation.get(up)
    return False


def _same_name(said: str, actor: str, names: Mapping[str, str]) -> bool:
    """Whether one name holds the other's words ("Afghan Taliban" and "Taliban")."""
    words = [set(re.findall(r"\w+", fold(names.get(x, x)))) for x in (said, actor)]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def _timeline(slugs: Sequence[str], events_of: Mapping[str, Sequence[Event]]) -> tuple[Event, ...]:
    seen: dict[int, Event] = {}
    for slug in slugs:
        for event in events_of.get(slug, ()):
            seen.setdefault(id(event), event)
    return tuple(sorted(seen.values(), key=lambda e: (e.sort_key, e.text)))
