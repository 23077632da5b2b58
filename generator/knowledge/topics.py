"""Topics: the stories a corpus holds, each a group of articles.

By default articles group automatically by the actors they share (persons, countries,
regions, groups and organisations, weighted so that an actor every article names links
nothing).  A site can instead name its topics in ``mkdocs.yml``::

    plugins:
      - explainer:
          topics:
            - id: karabakh
              title: Nagorno-Karabakh
              articles: ["*karabakh*", "01-dailymail-*"]   # globs or sheet slugs
              actors: [armenia, azerbaijan]               # or: articles naming these
              keywords: [Stepanakert]                     # or: titles/summaries with these
            - id: gaza
              title: Israel and Gaza
              actors: [israel, hamas]

An article goes to the first configured topic that matches it; articles no rule matches
group automatically (``auto: true``, the default) or into one "Other articles" topic.
"""

from __future__ import annotations

import fnmatch
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generator.errors import KnowledgeError, Problem
from generator.slugs import slugify, unique

TOPIC_KINDS = ("person", "country", "region", "group", "organisation")
MERGE_THRESHOLD = 0.15  # average cosine similarity of two groups' articles to join them
ATTACH_THRESHOLD = 0.25  # a lone article this similar to one article of a story joins it
OTHER_TITLE = "Other articles"
SMALL_SHARE = 100  # in a corpus of n articles, a story needs n / SMALL_SHARE of them...
SMALL_ATTACH = 0.02  # ...or joins the story its articles are this similar to on average


@dataclass(frozen=True)
class TopicRule:
    id: str
    title: str
    articles: tuple[str, ...] = ()  # glob patterns or sheet slugs
    actors: tuple[str, ...] = ()  # canonical (or any sheet's) actor ids
    keywords: tuple[str, ...] = ()  # words in an article's title or summary


@dataclass(frozen=True)
class TopicConfig:
    rules: tuple[TopicRule, ...] = ()
    auto: bool = True  # group the articles no rule matches automatically

    @classmethod
    def from_mapping(cls, data: object, *, path: str = "mkdocs.yml") -> TopicConfig:
        """From the plugin's ``topics:`` option: a list of rules, or a mapping
        ``{auto: bool, topics: [rules]}``.  Raises :class:`KnowledgeError` naming every
        problem (``plugins.explainer.topics[1].id: ...``)."""
        where = "topics"
        auto = True
        if data is None:
            return cls()
        problems: list[Problem] = []
        if isinstance(data, Mapping):
            unknown = sorted(str(k) for k in data if k not in ("auto", "topics"))
            for key in unknown:
                problems.append(
                    Problem(path, f"unknown key {key!r}", field=where, hint="valid: auto, topics")
                )
            auto_value = data.get("auto", True)
            if not isinstance(auto_value, bool):
                problems.append(Problem(path, "must be true or false", field=f"{where}.auto"))
            else:
                auto = auto_value
            data = data.get("topics", [])
            where = "topics.topics"
        if not isinstance(data, Sequence) or isinstance(data, str):
            problems.append(
                Problem(
                    path,
                    "must be a list of topics",
                    field=where,
                    hint="for example: topics: [{id: gaza, title: Gaza, actors: [israel]}]",
                )
            )
            raise KnowledgeError(*problems)
        rules, taken = [], set()
        for n, item in enumerate(data):
            topic_id = item.get("id") if isinstance(item, Mapping) else None
            if isinstance(topic_id, str) and topic_id in taken:
                problems.append(
                    Problem(path, f"topic id {topic_id!r} used twice", field=f"{where}[{n}].id")
                )
            taken.add(topic_id)
            rule = _rule(item, f"{where}[{n}]", path, problems)
            if rule is not None:
                rules.append(rule)
        if problems:
            raise KnowledgeError(*problems)
        return cls(rules=tuple(rules), auto=auto)


_RULE_KEYS = ("id", "title", "articles", "actors", "keywords")


def _rule(item: object, where: str, path: str, problems: list[Problem]) -> TopicRule | None:
    if not isinstance(item, Mapping):
        problems.append(
            Problem(
                path, "must be a mapping with id, title and articles/actors/keywords", field=where
            )
        )
        return None
    before = len(problems)
    for key in sorted(str(k) for k in item if k not in _RULE_KEYS):
        problems.append(
            Problem(
                path, f"unknown key {key!r}", field=where, hint="valid: " + ", ".join(_RULE_KEYS)
            )
        )
    topic_id = item.get("id")
    if not isinstance(topic_id, str) or not topic_id or slugify(topic_id) != topic_id:
        problems.append(
            Problem(
                path,
                f"topic id must be a slug (lower-case letters, digits, '-'), got {topic_id!r}",
                field=f"{where}.id",
                hint=f"for example: {slugify(str(topic_id or 'my-topic'))}",
            )
        )
    title = item.get("title", topic_id)
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(path, "title must be a non-empty string", field=f"{where}.title"))
    lists = {}
    listed = len(problems)
    for key in ("articles", "actors", "keywords"):
        value = item.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, Sequence) or not all(isinstance(v, str) and v for v in value):
            problems.append(Problem(path, "must be a list of strings", field=f"{where}.{key}"))
            value = []
        lists[key] = tuple(value)
    if not any(lists.values()) and len(problems) == listed:
        problems.append(
            Problem(
                path,
                "a topic needs at least one of articles, actors, keywords",
                field=where,
            )
        )
    if len(problems) > before:
        return None
    return TopicRule(id=str(topic_id), title=str(title).strip(), **lists)


@dataclass(frozen=True)
class ArticleFacts:
    """What topic assignment reads of one article (canonical actor ids)."""

    slug: str
    text: str  # title and summary, for keyword rules
    actors: tuple[tuple[str, str], ...]  # (actor id, kind)
    mentions: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False)


def assign(
    articles: Sequence[ArticleFacts], config: TopicConfig, names: Mapping[str, str]
) -> list[tuple[str, str, tuple[str, ...]]]:
    """Topics as (id, title, article slugs), configured ones first.  ``names`` maps actor
    ids to display names, for automatic titles."""
    taken: set[str] = set()
    chosen: dict[str, list[str]] = {rule.id: [] for rule in config.rules}
    rest: list[ArticleFacts] = []
    for article in articles:
        rule = next((r for r in config.rules if _matches(r, article)), None)
        if rule is None:
            rest.append(article)
        else:
            chosen[rule.id].append(article.slug)
    topics = []
    for rule in config.rules:
        taken.add(rule.id)
        topics.append((rule.id, rule.title, tuple(chosen[rule.id])))
    if rest and (config.auto or not config.rules):
        for topic_id, title, slugs in _automatic(rest, names):
            topics.append((unique(topic_id, taken), title, slugs))
    elif rest:
        topics.append((unique("other", taken), OTHER_TITLE, tuple(a.slug for a in rest)))
    return topics


def _matches(rule: TopicRule, article: ArticleFacts) -> bool:
    if any(article.slug == p or fnmatch.fnmatchcase(article.slug, p) for p in rule.articles):
        return True
    ids = {actor_id for actor_id, _ in article.actors}
    if any(a in ids for a in rule.actors):
        return True
    text = article.text.lower()
    return any(re.search(rf"\b{re.escape(k.lower())}\b", text) for k in rule.keywords)


def _automatic(
    articles: Sequence[ArticleFacts], names: Mapping[str, str]
) -> list[tuple[str, str, tuple[str, ...]]]:
    """(id, title, slugs): groups of articles whose actor vectors are similar (cosine of
    IDF weights, average linkage), deterministic.  A lone article joins its nearest
    story, or else "Other articles" (when there are stories at all)."""
    n = len(articles)
    vectors: list[dict[str, float]] = []
    df: Counter[str] = Counter()
    for article in articles:
        df.update({a for a, kind in article.actors if kind in TOPIC_KINDS})
    common = max(10, n // 2)  # named by (nearly) every article: links nothing
    for article in articles:
        ids = sorted({a for a, kind in article.actors if kind in TOPIC_KINDS})
        # an actor of one article links nothing and would only dilute the others
        weights = {
            a: (1 + math.log(max(article.mentions.get(a, 1), 1))) * math.log((n + 1) / df[a])
            for a in ids
            if 1 < df[a] <= common
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({a: w / norm for a, w in weights.items()})
    similar, best = _similarities(vectors)
    groups = _average_linkage(n, similar)
    # a lone article joins the group of its most similar article, if similar enough
    label = {i: root for root, members in groups.items() for i in members}
    for root, members in sorted(groups.items()):
        score, nearest = best[root]
        if len(members) == 1 and nearest >= 0 and score >= ATTACH_THRESHOLD:
            target = label[nearest]
            if target != root and len(groups.get(target, ())) > 1:
                groups[target].append(root)
                groups[root] = []
    stories, lone = _fold_small(groups, similar, minimum=max(2, n // SMALL_SHARE))
    result = []
    for members in stories if stories else [[i] for i in lone]:
        title = _title([names.get(a, a) for a in _top_actors(members, articles, df)])
        result.append(
            (slugify(title, fallback="topic"), title, tuple(articles[i].slug for i in members))
        )
    if stories and lone:
        result.append(("other", OTHER_TITLE, tuple(articles[i].slug for i in lone)))
    return result


def _fold_small(
    groups: Mapping[int, list[int]],
    similar: Mapping[tuple[int, int], float],
    minimum: int,
) -> tuple[list[list[int]], list[int]]:
    """(stories, lone articles).  A group smaller than ``minimum`` joins the story its
    articles are on average most similar to (at least ``SMALL_ATTACH``), else its
    articles are lone: in a big corpus, a story of two articles is not a topic."""
    big = sorted((sorted(m) for m in groups.values() if len(m) >= minimum), key=lambda m: m[0])
    small = sorted((sorted(m) for m in groups.values() if 0 < len(m) < minimum), key=lambda m: m[0])
    story_of = {i: n for n, members in enumerate(big) for i in members}
    neighbours: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (i, j), score in similar.items():
        neighbours[i].append((j, score))
        neighbours[j].append((i, score))
    lone: list[int] = []
    joined: dict[int, list[int]] = defaultdict(list)
    for members in small:
        totals: dict[int, float] = defaultdict(float)
        for i in members:
            for j, score in neighbours.get(i, ()):
                if j in story_of:
                    totals[story_of[j]] += score
        averages = {n: t / (len(members) * len(big[n])) for n, t in totals.items()}
        target = min(averages, key=lambda n: (-averages[n], n), default=None)
        if target is not None and averages[target] >= SMALL_ATTACH:
            joined[target].extend(members)
        elif len(members) > 1 and minimum <= 2:
            big.append(members)
        else:
            lone.extend(members)
    stories = [sorted(m + joined.get(n, [])) for n, m in enumerate(big)]
    return sorted(stories, key=lambda m: (-len(m), m[0])), sorted(lone)


def _similarities(
    vectors: Sequence[Mapping[str, float]],
) -> tuple[dict[tuple[int, int], float], list[tuple[float, int]]]:
    """Cosine similarity of every pair of articles sharing an actor (i < j), and each
    article's most similar article."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for a in vector:
            postings[a].append(i)
    similar: dict[tuple[int, int], float] = {}
    best: list[tuple[float, int]] = [(0.0, -1)] * len(vectors)
    for i, vector in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        for a, w in vector.items():
            for j in postings[a]:
                if j > i:
                    scores[j] += w * vectors[j][a]
        for j, score in scores.items():
            similar[(i, j)] = score
            if score > best[i][0]:
                best[i] = (score, j)
            if score > best[j][0]:
                best[j] = (score, i)
    return similar, best


def _average_linkage(n: int, similar: Mapping[tuple[int, int], float]) -> dict[int, list[int]]:
    """Agglomerative clustering: repeatedly join the two groups whose articles are on
    average most similar, while that average is at least ``MERGE_THRESHOLD``.  Unlike
    connected components, a few bridging articles do not chain two stories into one."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), score in similar.items():
        links[i][j] = links[j][i] = score
    heap = [(-score, i, j) for (i, j), score in similar.items() if score >= MERGE_THRESHOLD]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        average = links[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if average != -negative:
            continue  # stale: one of the groups has grown since
        members[a].extend(members.pop(b))
        del links[a][b]
        for c, total in links.pop(b).items():
            if c == a:
                continue
            del links[c][b]
            links[a][c] = links[c][a] = links[a].get(c, 0.0) + total
        for c, total in links[a].items():
            average = total / (len(members[a]) * len(members[c]))
            if average >= MERGE_THRESHOLD:
                heapq.heappush(heap, (-average, min(a, c), max(a, c)))
    return members


def _top_actors(
    members: Sequence[int], articles: Sequence[ArticleFacts], df: Mapping[str, int], top: int = 3
) -> list[str]:
    """The actors that name a group: in most of its articles, in few others, often named."""
    covered: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for i in members:
        for a, kind in articles[i].actors:
            if kind in TOPIC_KINDS:
                covered[a] += 1
                named[a] += articles[i].mentions.get(a, 1)
    score = {a: covered[a] ** 2 / df[a] * (1 + math.log(named[a])) for a in covered}
    return [a for a, _ in sorted(score.items(), key=lambda x: (-round(x[1], 9), x[0]))[:top]]


def _title(words: list[str]) -> str:
    if not words:
        return "Articles"
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]
