"""Opposite accounts of one event, by two sides.

- contrast: "A said X, while B said Y" in one sentence, or a sentence that opens by
  setting itself against the claim just before ("But Baku claimed further advances"),
  when the two sides' claims are about the same actors or words;
- blame: each side names the other as the one who attacked, fired or crossed first
  ("the conflict began with an Azerbaijani attack" / "the Armenian side attacked first");
- targets: one side says civilians were hit, the other that it hit military targets
  ("targeted civilian areas" / "struck infrastructure used by militants");
- losses: a craft shot down against one lost to a fault or an accident.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from generator.extract.actors import Cast
from generator.extract.disputes import account_words as AW
from generator.extract.disputes import words as W
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import calls_false, classes
from generator.extract.document import ParsedArticle
from generator.extract.sides import Sides

_CONTRAST = re.compile(
    r"\b(?:while|whereas|but|however|though|although|after|in response|responding)\b|[–—]",
    re.I,
)
_NEGATED = re.compile(r"\b(?:no|not|never|nor|without|n't)\b(?:\W+\w+){0,3}?\W+$")
BLAME_NEAR = 0  # paragraphs apart: one paragraph, unless both say who started
RARE = 3  # a word in at most this many claims of the article is distinctive
NEXT = 1  # paragraphs between a claim and the "But ..." sentence that answers it


class Accounts:
    def __init__(
        self, parsed: ParsedArticle, cast: Cast, sides: Sides, readings: Sequence[Reading]
    ) -> None:
        self.parsed, self.cast, self.sides, self.readings = parsed, cast, sides, readings
        self.df = Counter(w for r in readings for w in r.words)
        self.rare = max(RARE, len(readings) // 12)
        self.in_sentence: dict[int, list[Reading]] = {}
        for reading in readings:
            self.in_sentence.setdefault(reading.sentence, []).append(reading)

    def pairs(self, opposed: Opposed) -> Iterator[Pair]:
        yield from self._blame(opposed)
        yield from self._contrasts(opposed)
        yield from self._targets(opposed)
        yield from self._losses(opposed)

    # -- contrast -----------------------------------------------------------------

    def _contrasts(self, opposed: Opposed) -> Iterator[Pair]:
        for n, a in enumerate(self.readings):
            for b in self.readings[n + 1 :]:
                if b.paragraph - a.paragraph > NEXT:
                    break
                if a.answer is not None or b.answer is not None or not opposed(a, b):
                    continue
                if a.sentence == b.sentence:
                    if a.words & b.words and self._contrast_between(a, b):
                        word = self._word_between(a, b)
                        yield a, b, f"opposite accounts, set against each other: “{word}”"
                elif self._opens_against(a, b) and (self._facing(a, b) or self._same_words(a, b)):
                    opener = self._opener(b)
                    yield a, b, f"opposite accounts, set against each other: “{opener} …”"

    def _same_words(self, a: Reading, b: Reading) -> bool:
        """Whether two claims speak of one thing, in a head word both use that few
        claims of the article use: "no new cases had been reported" / "But nurses said
        six patients were infected, and staff told not to discuss the cases"."""
        shared = (a.words - a.modifiers) & (b.words - b.modifiers) - W.SAID_NOUNS
        return any(self.df[w] <= self.rare for w in shared)

    def _facing(self, a: Reading, b: Reading) -> bool:
        """Whether ``b`` and the claims ``a``'s source makes in ``a``'s sentence name each
        other's side ("She said heavy fighting continued and claimed Armenian forces had
        won back positions taken by Azerbaijan. But Baku claimed further advances")."""
        said = [r for r in self.in_sentence[a.sentence] if r.claim.by == a.claim.by]
        return any(r.named & b.sides or b.named & r.sides for r in said)

    def _contrast_between(self, a: Reading, b: Reading) -> bool:
        return bool(_CONTRAST.search(self._between(a, b)))

    def _between(self, a: Reading, b: Reading) -> str:
        first, second = (a, b) if a.located.start < b.located.start else (b, a)
        text = self.parsed.text
        if first.located.end > second.located.start:  # "X – while B said ..." ran on
            return text[first.located.start : second.located.start]
        return text[first.located.end : second.located.start]

    def _word_between(self, a: Reading, b: Reading) -> str:
        found = _CONTRAST.findall(self._between(a, b))
        return found[-1].lower() if found else "while"

    def _opens_against(self, a: Reading, b: Reading) -> bool:
        """``b``'s sentence opens by setting its source against the claim just before
        it (``a``): "But Baku claimed further advances"."""
        opener = self._opener(b)
        if not opener:
            return False
        sentence = self.parsed.sentence_at(b.located.start)
        lead = self.cast.within(sentence.start_char, b.located.start)
        said = set(
            re.findall(r"[a-z]+", self.parsed.text[sentence.start_char : b.located.start].lower())
        )
        unnamed = any(  # "But nurses at the hospital told reporters": no name to find
            word in said for source in b.claim.by for word in source.split("-")[:1]
        )
        if not (set(b.claim.by) & set(lead) or unnamed):
            return False  # "However, while X ..., Y said": the contrast is inside the claim
        starts = self.parsed.sentence_starts
        at = bisect_right(starts, b.sentence) - 1
        return at > 0 and starts[at - 1] == a.sentence  # in the sentence just before

    def _opener(self, b: Reading) -> str:
        sentence = self.parsed.sentence_at(b.located.start)
        words = [t for t in sentence if not t.is_punct]
        if not words:
            return ""
        first = words[0].lower_
        if first in W.CONTRAST_OPENERS:
            return words[0].text
        for token in list(sentence)[1:8]:  # "The finance minister, however, warned ..."
            if token.lower_ in W.CONTRAST_ASIDES and token.nbor(-1).text == ",":
                return token.text
        opening = " ".join(t.lower_ for t in words[:4])
        return next((p for p in W.CONTRAST_PHRASES if opening.startswith(p)), "")

    # -- who attacked first -------------------------------------------------------

    def _blame(self, opposed: Opposed) -> Iterator[Pair]:
        blaming = [r for r in self.readings if r.answer is None and self.blamed(r)]
        for n, a in enumerate(blaming):
            for b in blaming[n + 1 :]:
                if not opposed(a, b):
                    continue
                near = abs(a.paragraph - b.paragraph) <= BLAME_NEAR
                if not near and not (_first(a) and _first(b)):
                    continue
                if a.sides & self.blamed(b) and b.sides & self.blamed(a):
                    yield a, b, "opposite accounts: each blames the other for the attack"

    def blamed(self, reading: Reading) -> frozenset[str]:
        return reading.blamed

    # -- civilians against military targets ---------------------------------------

    def _targets(self, opposed: Opposed) -> Iterator[Pair]:
        """The side that struck (one of the two parties) says it hit only military
        targets; the other side says civilians were hit by it (it blames that side for
        the attack, or names it and blames nobody)."""
        hits = {
            r.index: _hit(r, self.parsed.text)
            for r in self.readings
            if r.answer is None or r.answer.form == "content"  # "on the false pretext of ..."
        }
        civilian = [r for r in self.readings if hits.get(r.index) in ("civilian", "targeted")]
        military = [r for r in self.readings if hits.get(r.index) in ("military", "clean")]
        principal = self._principal()
        for a in civilian:
            for b in military:
                if not opposed(a, b) or not b.sides & principal:
                    continue
                if hits[a.index] == "civilian" and hits[b.index] == "military":
                    continue  # "we struck militants" and "a strike killed 13": both may hold
                named = not a.blamed and a.answer is None and b.sides & a.named
                if not (b.sides & a.blamed or named):
                    continue
                first, second = (a, b) if a.index < b.index else (b, a)
                yield first, second, "opposite accounts: civilians hit against military targets"

    def _principal(self) -> frozenset[str]:
        """The two sides that make most claims: the parties to the fighting."""
        counts: dict[str, int] = {}
        for reading in self.readings:
            for side in reading.sides:
                counts[side] = counts.get(side, 0) + 1
        ranked = sorted(counts, key=lambda s: (-counts[s], s))
        return frozenset(ranked[:2])

    # -- shot down against lost to a fault, killed against suicide... --------------

    def _losses(self, opposed: Opposed) -> Iterator[Pair]:
        """Two accounts of one event from :data:`account_words.ACCOUNTS` ("shot down" against "a
        technical fault", "murdered" against "suicide"), by two sides, about one thing
        (a word or a party in common) or one after the other (a paragraph apart)."""
        for name, one, other in AW.ACCOUNTS:
            says = {r.index: (_says(r, one), _says(r, other)) for r in self.readings}
            first = [r for r in self.readings if says[r.index] == (True, False)]
            second = [r for r in self.readings if says[r.index] == (False, True)]
            for a in first:
                for b in second:
                    if not opposed(a, b):
                        continue
                    named = (a.named & b.named) - a.sides - b.sides
                    close = abs(a.paragraph - b.paragraph) <= NEXT
                    if a.words & b.words or named or close:
                        x, y = (a, b) if a.index < b.index else (b, a)
                        yield x, y, f"opposite accounts: {name}"


def _says(reading: Reading, phrases: tuple[str, ...]) -> bool:
    """Whether the claim says one of the phrases, not denied ("not murdered", "no
    evidence that he was murdered")."""
    for phrase in phrases:
        at = reading.lowered.find(phrase)
        if at >= 0 and not _DENIED.search(reading.lowered[:at]):
            return True
    return False


_DENIED = re.compile(r"\b(?:no|not|never|nor|without|n't|rule[sd]? out)\b(?:\W+\w+){0,4}?\W+$")


def _first(reading: Reading) -> bool:
    """Whether the claim says who started: "attacked first", "began with an attack",
    "the first to open fire" (not "the first civilian casualties")."""
    tokens = list(reading.span or ())
    for n, token in enumerate(tokens):
        if token.lower_ in W.FIRST_WORDS or token.lemma_.lower() in W.FIRST_WORDS:
            near = tokens[max(0, n - 4) : n + 5]
            if any(t.i != token.i and t.lemma_.lower() in W.FIGHTING for t in near):
                return True
    return False


def _hit(reading: Reading, text: str) -> str | None:
    """ "civilian" when the claim says civilians were struck, "targeted" when it says
    they were struck on purpose ("deliberately targeted civilian areas"); "military"
    when it says the strike hit military targets, "clean" when it says it hit no
    civilian ("no collateral damage", "No Pakistani civilian ... targets have been
    hit"); else None.  "We struck militants" does not gainsay "a strike killed 13
    civilians" (both may hold); it does gainsay "they targeted civilians"."""
    civilian = military = clean = attack = False
    for token in reading.span or ():
        low, lemma = token.lower_, token.lemma_.lower()
        if lemma in W.ATTACK_LEMMAS or lemma in ("hit", "martyr", "wound", "injure", "die"):
            attack = True
        if low in AW.CIVILIAN and (_own_people(token) or _of_the_militants(token)):
            continue  # "killed those who killed our innocents": not whom the strike hit
        if low in AW.CIVILIAN:
            before = text[max(reading.located.start, token.idx - 40) : token.idx].lower()
            if _NEGATED.search(before + " "):
                clean = True
            else:
                civilian = True
        elif low in AW.MILITARY and _struck(token) and not _called_false(token):
            military = True
    for phrase in AW.CLEAN_STRIKE:
        at = reading.lowered.find(phrase)
        if phrase == "collateral damage" and at >= 0:
            clean = True
        elif at >= 0 and not _NEGATED.search(reading.lowered[:at]):
            military = True  # not "no military installations were targeted": says neither
    if civilian == (military or clean) or not attack:
        return None
    if civilian:
        intent = any(classes(t) == ("#intent",) for t in reading.span or ())
        return "targeted" if intent else "civilian"
    return "clean" if clean else "military"


def _own_people(token) -> bool:
    """ "our innocents", "my people": the speaker's own, not whom the strike hit."""
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in token.children)


def _of_the_militants(token) -> bool:
    """ "militants linked to the massacre of tourists": civilians in what is said of a
    military target, not hit by the strike."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in AW.MILITARY:
            return True
    return False


def _called_false(token) -> bool:
    """ "imaginary terrorist camps", "the false pretext of ... camps": a military target
    the claim says was not there."""
    doc = token.doc
    return any(calls_false(t) for t in doc[max(token.sent.start, token.i - 6) : token.i])


def _struck(token) -> bool:
    """A military word as what a strike hit: "struck infrastructure used by militants"."""
    head = token
    for _ in range(5):  # "struck infrastructure used by militants"
        lemma = head.lemma_.lower()
        if (lemma in W.ATTACK_LEMMAS and lemma != "kill") or lemma == "hit":  # not a tally
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False
