"""Answers: a denial, rejection or rebuttal, linked to the claims it answers.

An answer names what it answers in one of three ways (:class:`reading.Answer`):

- by pointer ("denied this", "rejected that claim", "called them baseless"): the claim
  by another side just before it in its sentence, else the latest such claim in the
  paragraphs before (for a plural, "those claims", the run of claims by that source);
- by a said-noun with a topic ("dismissed the F-16 claim", "denied reports that Turkey
  had sent arms", "his Russian counterpart's accusations of war crimes"): every claim by
  another side (the side it names, if it names one) about that topic, anywhere in the
  article; failing that, as a pointer;
- by content ("denied that its forces had seized the villages", "India falsely tried to
  implicate Pakistan"): every claim by another side that shares its distinctive words.

An answer never answers a claim of its own side, nor another answer, nor a mutual
accusation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.extract.disputes import charges
from generator.extract.disputes import words as W
from generator.extract.disputes.records import Answer, Pair, Reading
from generator.extract.disputes.tokens import LIGHT
from generator.extract.sides import Sides

WINDOW = 3  # paragraphs before an answer in which a pointer looks for what it answers
RARE = 3  # a word in at most this many claims of the article is distinctive


class Answers:
    def __init__(self, readings: Sequence[Reading], sides: Sides) -> None:
        self.readings = readings
        self.sides = sides
        self.df: Counter[str] = Counter(w for r in readings for w in r.words)
        self.rare = max(RARE, len(readings) // 12)
        self.found: dict[int, list[Reading]] = {}  # answers read so far -> their targets
        self.by_source: dict[tuple[str, ...], list[Reading]] = {}
        for reading in readings:
            if reading.answer is None:
                self.by_source.setdefault(reading.claim.by, []).append(reading)
        answered = {(r.sentence, r.claim.by) for r in readings if r.answer is not None}
        # "rejected the allegation, saying spending had risen": the answer's own grounds
        self.grounds = {
            r.index for r in readings if r.answer is None and (r.sentence, r.claim.by) in answered
        }

    def targets(self, answer: Reading) -> list[tuple[Reading, str]]:
        """The claims ``answer`` answers, each with the reason to show (call in reading
        order: a pointer may take what an answer before it in its sentence answers)."""
        found = self._targets(answer)
        self.found[answer.index] = found
        assert answer.answer is not None
        return [(r, _reason(answer.answer)) for r in found]

    def restatements(self, answer: Reading, targets: list[Reading]) -> list[tuple[Reading, str]]:
        """Other claims in which the source of an answered claim says it again: "A
        Turkish jet shot down our plane" in the headline, "the Su-25 was downed by a
        Turkish F-16" below: a denial of the one denies the other."""
        spec = answer.answer
        if spec is None or not targets:
            return []
        found = []
        for target in targets:
            for other in self.by_source.get(target.claim.by, ()):
                if other.index in (target.index, answer.index) or other in targets:
                    continue
                if self._answerable(answer, other) and self._restates(target, other):
                    found.append((other, f"{_reason(spec)} (said again)"))
        return found

    def grounds_of(self, answer: Reading, targets: list[Reading]) -> list[Pair]:
        """ "disputed the estimate, saying the law would create fewer than 2,000": the
        grounds an answer gives in its sentence, against each claim it answers that they
        speak of (a distinctive word in common)."""
        spec = answer.answer
        if spec is None:
            return []
        found = []
        for ground in self.by_source.get(answer.claim.by, ()):
            if ground.sentence != answer.sentence or ground.index not in self.grounds:
                continue
            for target in targets:
                shared = (ground.words - ground.modifiers) & (target.words - target.modifiers)
                if any(self.df[w] <= self.rare for w in shared):
                    said = _clip(ground.claim.text)
                    found.append((ground, target, f"{spec.verb} it, saying: “{said}”"))
        return found

    def _restates(self, a: Reading, b: Reading) -> bool:
        """Whether two claims of one source say one thing: distinctive head words in
        common, two of them, or one and a party both name besides their source."""
        if b.index in self.grounds or a.mutual or b.mutual:
            return False
        shared = (a.words - a.modifiers) & (b.words - b.modifiers)
        rare = [w for w in shared if self.df[w] <= self.rare]
        named = (a.named & b.named) - a.sides
        return len(rare) >= 2 or (len(rare) == 1 and len(named) >= 2)

    def _targets(self, answer: Reading) -> list[Reading]:
        spec = answer.answer
        assert spec is not None
        if spec.form == "pointer":  # "dismissed the claim, while B described it as a lie"
            earlier = [
                i
                for i in self.found
                if self.readings[i].sentence == answer.sentence and i < answer.index
            ]
            if earlier:
                return [r for r in self.found[earlier[-1]] if self._answerable(answer, r)]
        candidates = [r for r in self.readings if self._answerable(answer, r)]
        if charges.names_charges(spec):  # "denied the charges": what charges the party
            party = charges.parties(answer, self.readings)
            found = charges.charged(answer, self.readings, party)
            if found:
                return found
            candidates = [r for r in candidates if not r.sides & party]
        if spec.form == "content" and _restates_an_accusation(answer):
            # "Armenia has accused Turkey of ..., a claim which Ankara denies": a claim
            # by a side it names, or one that says the one who denies did it
            candidates = [
                r for r in candidates if r.sides & answer.named or answer.sides & r.agents
            ]
        if spec.noun in W.DEMAND_NOUNS:  # "rejected calls for a ceasefire"
            candidates = [r for r in candidates if r.claim.kind == "demand"]
        if spec.accused is not None:  # nobody says "we are training them" of themselves
            candidates = [r for r in candidates if spec.accused not in r.sides]
        if spec.owner is not None:
            owned = [r for r in candidates if spec.owner in r.sides]
            candidates = owned or ([] if spec.form == "content" else candidates)
        elif spec.possessor:  # "the nurses' account": a claim by the nurses
            candidates = [r for r in candidates if _sourced_by(r, spec.possessor)]
        if spec.form == "content" and spec.owner is not None:
            # "India falsely tried to implicate Pakistan": the one it says did it is
            # the one whose accusations it answers
            found = self._blamed_falsely(answer, spec)
            if found:
                return found
        if not candidates:
            return []
        if spec.reply:  # "X in turn argued ...": the claim just before that it answers
            close = [
                r
                for r in candidates
                if r.index < answer.index
                and answer.paragraph - r.paragraph <= 1
                and r.index not in self.grounds
            ]
            near = [r for r in close if spec.topic & (r.words - r.modifiers)]
            if near or not spec.answering:
                return near[-1:]
            # "Critics countered that it would do little for the uninsured": what it
            # counters is what was said just before, whatever its words
            if (
                spec.form == "content"
                and close
                and close[-1].sentence != answer.sentence
                and not any(self._about_same(answer, spec, r) for r in candidates)
            ):
                return close[-1:]
        if spec.form in ("named", "content"):
            found = [r for r in candidates if self._about_same(answer, spec, r)]
            near = [r for r in found if r.sentence == answer.sentence]
            if near and spec.form == "content":  # "X said ..., which Y denied"
                return near
            if not found and spec.form == "named" and spec.noun in W.ACCUSING_NOUNS:
                found = self._accusing(answer, spec, candidates)
                found = found or charges.owned(answer, spec, candidates)
                if not found and spec.owner is None and spec.topic <= spec.direct:
                    # "dismissed the F-16 claim", "rejected the claims": what it did; with
                    # no topic ("called the allegation nonsense") only what was said of
                    # it lately, else what was said just before (below)
                    window = len(self.readings) if spec.topic else WINDOW
                    found = self._of_the_accused(answer, candidates, window)
                elif not found and spec.owner is None:
                    # "rejected accusations that it pressured staff", when no claim says
                    # so: the accusations just before of what the one who answers did
                    found = [
                        r
                        for r in self._of_the_accused(answer, candidates, WINDOW)
                        if r.claim.kind == "accusation"
                    ]
            guilt = answer.words <= W.GUILT  # "denied any wrongdoing"
            if not found and spec.form == "content" and spec.answering and guilt:
                found = self._of_the_accused(answer, candidates, WINDOW)
            if not found and spec.form == "content" and answer.claim.kind == "denial":
                # "The league, which denies taking any payments": in other words than
                # the claim just before that says what the one who denies did
                found = self._of_the_accused(answer, candidates, 1)
            pointing = W.POINTING_NOUNS | W.DEMAND_NOUNS
            if found or spec.form == "content" or spec.topic or spec.noun not in pointing:
                return found
        return self._pointed(answer, spec, candidates)

    def _blamed_falsely(self, answer: Reading, spec: Answer) -> list[Reading]:
        """ "India falsely tried to implicate Pakistan in the attack": the accusations
        by the side it names that speak of what it names (a word in common), when it
        says that side blamed it falsely."""
        lemmas = {t.lemma_.lower() for t in answer.span or ()}
        if not lemmas & W.BLAMING:
            return []
        return [
            r
            for r in self.readings
            if self._answerable(answer, r)
            and spec.owner in r.sides
            and r.claim.kind == "accusation"
            and spec.topic & (r.words - r.modifiers)
        ]

    def _of_the_accused(
        self, answer: Reading, candidates: list[Reading], window: int
    ) -> list[Reading]:
        """ "Okafor has denied wrongdoing", "dismissed the F-16 claim": a denial whose
        words name no claim answers the claims before it that say what the one who
        denies did (it is their subject), in the nearest paragraph that has any."""
        before = [
            r
            for r in candidates
            if r.index < answer.index
            and answer.paragraph - r.paragraph <= window
            and answer.sides & (r.agents | r.blamed)
        ]
        if not before:
            return []
        last = before[-1].paragraph
        return [r for r in before if r.paragraph == last]

    def _answerable(self, answer: Reading, other: Reading) -> bool:
        return (
            other.index != answer.index
            and (other.answer is None or _calls_a_liar(other) or _named_by(answer, other))
            and not other.mutual
            and bool(answer.sides)
            and bool(other.sides)
            and not (answer.sides & other.sides)
        )

    def _about_same(self, answer: Reading, spec: Answer, other: Reading) -> bool:
        """Whether ``other`` says what the answer's topic words say: distinctive words
        in common, helped by its being about the one who answers or in its sentence."""
        shared = spec.topic & (other.words - other.modifiers)
        if not shared:
            return False
        words = sum(1.0 if self.df[w] <= self.rare else 0.5 for w in shared)
        places = (answer.named & other.named) - answer.sides - other.sides
        words += 0.5 * len(places)  # both name Pahalgam
        bonus = 0.0
        if answer.sides & other.named:  # the other claim is about the one who answers
            bonus += 1.0
        if answer.sentence == other.sentence:
            bonus += 1.0  # "X claimed ..., which Y denies"
        if spec.form == "content":
            # "which denies even having any F-16s": a short denial whose every word the
            # other claim says, about the one who denies
            having = spec.topic - shared <= LIGHT | W.HAVING
            whole = len(spec.topic) <= 2 and having and words >= 1.0
            return words >= 2.0 or (words >= 1.5 and bonus >= 1.0) or (whole and bonus >= 1.0)
        if any(self.df[w] <= self.rare for w in shared & spec.direct):
            return True  # "the F-16 claim" and a claim about the F-16
        return words + bonus >= 1.5

    def _accusing(self, answer: Reading, spec: Answer, candidates: list[Reading]) -> list[Reading]:
        """ "denied his Russian counterpart's accusations of war crimes", when no claim
        says "war crimes": the claims of that side just before that blame the one who
        answers (an attack it names as the answerer's)."""
        if spec.owner is None:
            return []
        return [
            r
            for r in candidates
            if r.index < answer.index
            and answer.paragraph - r.paragraph <= WINDOW
            and spec.owner in r.sides
            and answer.sides & (r.blamed | (r.named if r.claim.kind == "accusation" else set()))
        ]

    def _pointed(self, answer: Reading, spec: Answer, candidates: list[Reading]) -> list[Reading]:
        """What a pointer points at: the claim by another side just before it in its
        sentence, else the latest one in the paragraphs before; a plural takes the run
        of claims that source made there."""
        window = WINDOW if spec.owner is None else len(self.readings)  # "Moscow's claims"
        before = [
            r
            for r in candidates
            if r.index < answer.index and answer.paragraph - r.paragraph <= window
        ]
        claims = [r for r in before if r.index not in self.grounds]
        before = claims or before  # what was answered, not another answer's grounds
        if not before:
            return []
        same = [r for r in before if r.sentence == answer.sentence]
        if same and not spec.plural:
            return [same[-1]]
        last = before[-1]
        if not spec.plural:
            return [last]
        run = [last]
        for reading in reversed(self.readings[: last.index]):
            if reading.answer is not None or reading.index == answer.index:
                continue
            if reading.claim.by != last.claim.by or last.paragraph - reading.paragraph > 1:
                break
            run.append(reading)
            last = reading
        return list(reversed(run))


def _restates_an_accusation(reading: Reading) -> bool:
    """Whether the words an answer denies hold their accuser: "Armenia has accused
    Turkey of sending mercenaries, a claim which Ankara denies"."""
    return any(
        t.lemma_.lower() in ("accuse", "allege", "claim", "charge", "blame")
        and t.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in t.children)
        for t in reading.span or ()
    )


def _sourced_by(reading: Reading, noun: str) -> bool:
    """Whether a claim's source is what a common noun names: "the nurses' account" and
    a claim by "nurses at the hospital"; "the administration's figures" and the White
    House's."""
    names = W.SOURCE_NOUNS.get(noun, (noun,))
    return any(n in reading.source_words or n + "s" in reading.source_words for n in names)


def _calls_a_liar(reading: Reading) -> bool:
    """ "X said the mayor had lied about the cost": it answers the mayor, and is itself
    an accusation the mayor may answer (the falsity word is in its words, not its verb)."""
    spec = reading.answer
    return spec is not None and spec.form == "content" and bool(spec.how) and spec.owner is not None


def _named_by(answer: Reading, other: Reading) -> bool:
    """ "denied Exxon's accusation that the articles were misleading" answers Exxon's
    calling them "deliberately misleading": an answer that names whose claim it answers
    may answer what that side called false."""
    spec, said = answer.answer, other.answer
    return (
        spec is not None
        and said is not None
        and spec.owner is not None
        and spec.owner in other.sides
        and bool(said.how)
    )


def _reason(spec: Answer) -> str:
    """The answer in a few words: "denies: “those claims”", "calls it “yet another lie of
    Armenian propaganda”", "says “falsely”: “India falsely tried to implicate…”"."""
    if spec.how and spec.form == "pointer":
        return f"calls it {spec.how}"
    if spec.how and spec.form == "named":
        return f"calls “{_clip(spec.phrase)}” {spec.how}"
    if spec.how:
        return f"{spec.verb} {spec.how}: “{_clip(spec.phrase)}”"
    if _clip(spec.phrase).lower() in _PRONOUNS:
        return f"{spec.verb} it"  # "This is denied by X": quoting "This" says nothing
    return f"{spec.verb}: “{_clip(spec.phrase)}”"


_PRONOUNS = frozenset({"this", "that", "it", "these", "those", "which", "they"})


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split()).strip(" .,'\"“”‘’")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
