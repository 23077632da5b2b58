"""How sure the extractor is of what it drafts: one calibrated number per item.

Each claim, actor and figure side a draft holds carries a ``confidence``: the chance,
measured on development data, that an editor would keep it as it stands.  It is
computed in two steps.  First each item's *signals* are read: readable facts about
how the item was found (the attribution filter's score, how the source phrase names
the actor the claim is given to, how often an actor is named, how a figure's side was
found).  Then a logistic map over those signals, fitted on the development data and
kept as data in ``calibration.json`` (with its provenance), turns them into a
probability.  Refit it after the extractor changes::

    PYTHONPATH=. .venv/bin/python benchmarks/calibration.py --fit

An item kind the map does not know gets no confidence (None), never a made-up one.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from generator.extract.attribution.filtering import score as filter_score
from generator.extract.cast import Cast
from generator.extract.claims import Located
from generator.extract.document import ParsedArticle
from generator.factsheet.model import Actor, Claim, FactSheet, Figure, is_unnamed

CALIBRATION = Path(__file__).with_name("calibration.json")
KINDS = ("claim", "actor", "figure", "dispute")
Signals = dict[str, float]  # feature name -> value (1.0 for a present indicator)
# Each item of a draft and its signals: ("claim", id), ("actor", id), ("figure", claim
# id, position among the claim's figures), ("dispute", claim id, the other claim's id)
# for a link written with its reason.
Item = tuple[str, ...] | tuple[str, str, int]
Maps = Mapping[str, Mapping[str, object]]
_PEOPLE = {
    "people", "civilians", "soldiers", "troops", "servicemen", "fighters", "children",
    "persons", "residents", "militants", "men", "women", "members", "officers", "police",
    "policemen", "refugees", "casualties", "victims", "dead", "wounded", "killed",
}  # fmt: skip

_PRONOUNS = {"it", "its", "they", "their", "them", "he", "she", "his", "her", "him"}
_RELATIVES = {"which", "who", "that", "whom"}
_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.I)
_DOCUMENT_WORDS = {
    "statement", "report", "communique", "communiqué", "release", "readout", "post", "tweet",
}  # fmt: skip


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def source_form(located: Located, parsed: ParsedArticle, cast: Cast) -> str:
    """How the source phrase names the actor a claim is given to:

    ``exact`` (the phrase is one of its names: "the Kremlin"), ``head`` (its name is the
    phrase's head: "Azerbaijani president Ilham Aliyev"), ``modifier`` (it is named only
    as a modifier: "two US officials", "the Armenian ombudsman"), ``pronoun``,
    ``relative`` ("which said"), ``document`` ("a statement said"), ``group`` (people
    the article does not name), ``elsewhere`` (named outside the phrase: "the ministry",
    "Azerbaijan's president"), or ``none``.
    """
    att = located.attribution
    by = located.claim.by
    if att is None or att.source is None or not by:
        return "none"
    text = " ".join(att.source.text.split())
    low = text.lower()
    if low in _PRONOUNS:
        return "pronoun"
    if low in _RELATIVES:
        return "relative"
    if cast.kind(by[0]) is None:
        return "group"
    words = low.split()
    if words and words[-1].rstrip("s") in _DOCUMENT_WORDS:
        return "document"
    mine = [
        m
        for m in cast.mentions
        if att.source.start <= m.start and m.end <= att.source.end and m.actor in by
    ]
    if not mine:
        return "elsewhere"
    bare = _DETERMINERS.sub("", text).strip(" ,")
    if any(_DETERMINERS.sub("", " ".join(m.text.split())) == bare for m in mine):
        return "exact"
    span = parsed.doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
    if span is not None:
        head = span.root.idx
        if any(m.start <= head < m.end for m in mine):
            return "head"
    return "modifier"


def claim_signals(located: Located, parsed: ParsedArticle, cast: Cast) -> Signals:
    """The signals of one drafted claim (before disputes are linked)."""
    att = located.attribution
    claim = located.claim
    form = source_form(located, parsed, cast)
    by = cast.kind(claim.by[0]) or "group"
    signals: Signals = {
        f"source={form}": 1.0,
        f"kind={claim.kind}": 1.0,
        f"by={by}": 1.0,
        f"source+by={form}+{by}": 1.0,  # "two US officials" is seldom the United States
    }
    if att is not None and att.features:
        # the attribution filter's score, as a log-odds; beyond these bounds it says no
        # more on news than at them (measured on the development data)
        signals["filter"] = _logit(min(max(filter_score(att.features), 0.4), 0.85))
        if att.learned:
            signals["learned"] = 1.0
    if claim.quote:
        signals["quoted"] = 1.0
    if len(claim.by) > 1:
        signals["several_sources"] = 1.0
    if claim.via:
        signals["relayed"] = 1.0
    return signals


def actor_signals(actor: Actor, cast: Cast, claims: Sequence[Claim]) -> Signals:
    """The signals of one drafted actor: how it is named, how often, what it does."""
    named = Counter(m.actor for m in cast.mentions)[actor.id]
    speaks = sum(actor.id in c.by for c in claims)
    about = sum(actor.id in c.about for c in claims)
    signals: Signals = {
        f"kind={actor.kind}": 1.0,
        f"mentions={_bucket(named, (1, 2, 4))}": 1.0,
        f"speaks={_bucket(speaks, (0, 1))}": 1.0,
        f"about={_bucket(about, (0, 2))}": 1.0,
        f"words={_bucket(len(actor.name.split()), (1, 2))}": 1.0,
    }
    if named <= 1 and not speaks:
        signals["named once, silent"] = 1.0
    if is_unnamed(actor.role):
        signals["unnamed"] = 1.0
    elif actor.role:
        signals["role"] = 1.0
    if actor.affiliation:
        signals["affiliated"] = 1.0
    if actor.aliases:
        signals["aliases"] = 1.0
    return signals


def figure_signals(figure: Figure, found: str, claim: Claim, sheet: FactSheet) -> Signals:
    """The signals of a figure's side: how it was found (``figures.SIDE_FOUND``), what
    kind of actor it gives the figure to (a state's losses, or a person's?), whether
    that is the speaker itself, and what is counted."""
    side = sheet.actor(figure.side) if figure.side else None
    signals: Signals = {
        f"side={found}": 1.0,
        f"side is a {side.kind if side else 'nobody'}": 1.0,
        "people" if figure.unit.split()[-1] in _PEOPLE else "things": 1.0,
    }
    if figure.side in claim.by:
        signals["the speaker's"] = 1.0
    return signals


_RULES = (  # a dispute link's reason, as the rule that drew it writes it
    ("opposite accounts", "accounts"),
    ("counter-accusation", "accounts"),  # each blames the other: two accounts of one thing
    ("different figures", "figures"),
    ("opposite assessments", "assessments"),
    ("opposite positions", "assessments"),  # welcomed / condemned the ruling: two stances
    ("calls it ", "answer: pointer"),
    ("calls “", "answer: named"),
)


def link_signals(claim: Claim, other: Claim, reason: str) -> Signals:
    """The signals of a dispute link: which rule drew it (read from its reason), whether
    a denial answers, whether the two claims are in one paragraph."""
    rule = next((name for start, name in _RULES if reason.startswith(start)), "answer: words")
    signals: Signals = {f"rule={rule}": 1.0}
    if "denial" in (claim.kind, other.kind):
        signals["a denial"] = 1.0
    here = claim.evidence.paragraph if claim.evidence else None
    if here is not None and other.evidence is not None and other.evidence.paragraph == here:
        signals["one paragraph"] = 1.0
    return signals


def signals_of(
    sheet: FactSheet, claims: Mapping[str, Signals], sides: Mapping[str, Sequence[str]], cast: Cast
) -> dict[Item, Signals]:
    """Every item of a drafted ``sheet`` with its signals; ``claims`` are the claims'
    own (by id, read before disputes were linked), ``sides`` how each claim's figure
    sides were found."""
    out: dict[Item, Signals] = {}
    for actor in sheet.actors:
        out["actor", actor.id] = actor_signals(actor, cast, sheet.claims)
    for claim in sheet.claims:
        mine = claims.get(claim.id, {})
        out["claim", claim.id] = mine
        found = sides.get(claim.id, ())
        for n, figure in enumerate(claim.figures):
            if figure.side is not None and n < len(found):
                out["figure", claim.id, n] = figure_signals(figure, found[n], claim, sheet)
        for link in claim.disputes:
            other = next((c for c in sheet.claims if c.id == link.claim), None)
            if link.reason and other is not None:
                out["dispute", claim.id, link.claim] = link_signals(claim, other, link.reason)
    return out


@cache
def load_maps(path: Path = CALIBRATION) -> Maps:
    """The calibration maps by item kind; empty (no confidence) without the file."""
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("maps", {})


def confidence(kind: str, signals: Signals, maps: Maps | None = None) -> float | None:
    """The calibrated chance that an item of ``kind`` with ``signals`` is right, to two
    decimals; None when the calibration has no map for ``kind``."""
    table = (maps if maps is not None else load_maps()).get(kind)
    if not table:
        return None
    weights = table["weights"]
    assert isinstance(weights, dict)
    z = float(table["bias"])  # type: ignore[arg-type]
    z += sum(weights.get(name, 0.0) * value for name, value in signals.items())
    return round(1.0 / (1.0 + math.exp(-z)), 2)


def apply(sheet: FactSheet, signals: Mapping[Item, Signals], maps: Maps | None = None) -> FactSheet:
    """``sheet`` with each actor, claim, figure side and dispute link given its confidence."""
    actors = tuple(
        replace(a, confidence=confidence("actor", signals.get(("actor", a.id), {}), maps))
        for a in sheet.actors
    )
    claims = tuple(
        replace(
            c,
            confidence=confidence("claim", signals.get(("claim", c.id), {}), maps),
            figures=tuple(
                replace(f, confidence=confidence("figure", signals[key], maps))
                if (key := ("figure", c.id, n)) in signals
                else f
                for n, f in enumerate(c.figures)
            ),
            disputes=tuple(
                replace(d, confidence=confidence("dispute", signals[link], maps))
                if (link := ("dispute", c.id, d.claim)) in signals
                else d
                for d in c.disputes
            ),
        )
        for c in sheet.claims
    )
    return replace(sheet, actors=actors, claims=claims)
