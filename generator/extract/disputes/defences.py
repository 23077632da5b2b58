"""Defences and counter-accusations: one side clears itself of what another says it did,
or blames back the side that blamed it.

- defence: a claim that clears the one it speaks of ("pleaded not guilty", "will fight
  the charges", "did nothing wrong", "acted lawfully", "it is abiding by the
  agreement") against every claim by another side that says that party did wrong
  ("prosecutors said Delaney stole $2 million", "attacks by government forces were
  violating the agreement").  Who is cleared: the subject of the clearing words, the
  speaker when it is "we", "it" or "the company", and for a lawyer's or spokesman's "he"
  the one the accusations just before accuse;
- counter-accusation: X says Y did wrong and Y says X did wrong, about one thing (a
  distinctive word in common, a few paragraphs apart at most): "police said protesters
  were starting fires and throwing bottles at officers" / "protesters said officers
  fired tear gas", not "shelling from Peru's forces" / "an Ecuadorian attack".

A wrong is a deed word (an attack, a crime, a breach: :data:`words.WRONGS`) whose doer
is named: its subject, its "by" agent, or the word before it ("police violence",
"government attacks"); an accusation's kind names whom it accuses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.actors import Cast
from generator.extract.disputes import words as W
from generator.extract.disputes.assessments import stance
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import hypothetical, negated_token
from generator.extract.sides import Sides

RARE = 3  # a word in at most this many claims of the article is distinctive
WINDOW = 3  # paragraphs apart, at most, for counter-accusations (with a word in common),
# and before a lawyer's "he will fight the charges" to find whom it defends

_CLEARING = re.compile(
    r"\bplead(?:s|ed|ing)? not guilty\b|^not guilty\b"  # (a plea's claim: "not guilty to ...")
    r"|\b(?:fight|fights|fighting|contest|contests|contesting|challenge|challenges|beat|deny|"
    r"denies|denied|reject|rejects|rejected)\s+(?:the|these|those|all|any|every)\s+(?:\w+\s+)?"
    r"(?:charges?|allegations?|accusations?|indictment|counts?)\b"
    r"|\bmaintain(?:s|ed|ing)? (?:his|her|their|its|my|our) innocence\b"
    r"|\b(?:is|are|was|were|am) (?:\w+ly )?innocent\b"  # "is absolutely innocent"
    r"|\b(?:no|any) wrongdoing\b"
    r"|\b(?:told|tell|tells|telling|spoke|speaking) (?:\w+ )?the truth\b|\bnever lied\b"
    r"|\b(?:did|does|do|was|is|were|are)(?: not|n[’']t) (?:lie|lying|a liar)\b"
    r"|\b(?:done|did|do|does|doing|committed) (?:nothing|no) (?:wrong|illegal|improper|unlawful)\b"
    r"|\bnothing (?:wrong|illegal|improper|unlawful)\b"
    r"|\bacted (?:\w+ )?(?:lawfully|legally|properly|appropriately|responsibly|in good faith|"
    r"within (?:the law|policy|its rights|their rights)|in self-defen[cs]e|in accordance with)\b"
    r"|\bfollowed (?:all |the |its |their )?(?:\w+ )?(?:procedures?|protocols?|rules|policy|"
    r"policies|guidelines|regulations|the law)\b"
    r"|\bin self-defen[cs]e\b"
    r"|\b(?:abid(?:e|es|ed|ing)|complie[ds]|comply(?:ing)?|respect(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|"
    r"observ(?:e|es|ed|ing)|adher(?:e|es|ed|ing))\s+(?:by\s+|with\s+|to\s+)?(?:the|a|its|their|our|"
    r"all)\s+(?:\w+\s+)?(?:agreement|truce|ceasefire|cease-fire|deal|accord|law|laws|rules|"
    r"regulations|terms|cessation)\b",
    re.I,
)
_HONEST = re.compile(r"truth|\blie|liar", re.I)
_COMPLYING = re.compile(r"^(?:abid|compl|respect|honou?r|observ|adher)", re.I)
_AGREEMENTS = frozenset({"#truce", "#talks"})
_SPEAKER = frozenset({"i", "we", "it", "the company", "the firm", "the government", "the party"})
_THIRD = frozenset({"he", "she", "they", "him", "her", "them", "my client", "our client"})
# Head nouns that name no one in particular ("A senior official", "Sources").
_NOT_A_NAME = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources",
     "people", "person", "man", "woman", "group", "statement", "report", "witness", "witnesses",
     "resident", "residents", "expert", "experts", "analyst", "analysts", "observer"}
)  # fmt: skip
# The roles of one who speaks for another: "his lawyer said he will fight the charges".
_FOR_ANOTHER = ("lawyer", "attorney", "counsel", "solicitor", "barrister", "spokes",
                "representative", "agent", "publicist", "family", "relative")  # fmt: skip


class Defences:
    def __init__(self, readings: Sequence[Reading], cast: Cast, sides: Sides) -> None:
        self.readings, self.sides, self.cast = readings, sides, cast
        self.actors = {a.id: a for a in cast.actors}
        self.df = Counter(w for r in readings for w in r.words)
        self.rare = max(RARE, len(readings) // 12)
        self.accused = {r.index: self._accused(r) for r in readings}

    def pairs(self, opposed: Opposed) -> Iterator[Pair]:
        yield from self._defences(opposed)
        yield from self._counters(opposed)

    # -- whom a claim accuses -----------------------------------------------------

    def _accused(self, reading: Reading) -> tuple[frozenset[str], frozenset[str]]:
        """The sides a claim says did wrong, and the words naming them ("government"
        in "attacks by government forces"); empty for an answer or a mutual claim."""
        if reading.mutual or (reading.answer is not None and reading.answer.form != "content"):
            return frozenset(), frozenset()
        sides: set[str] = set(reading.blamed)
        words: set[str] = set()
        if reading.claim.kind == "accusation" or self._accuser(reading):
            sides |= reading.named  # "prosecutors say Finch diverted donations"
        for token in reading.span or ():
            if not _wrong(token):
                continue
            for doer in _doers(token):
                words |= {t.lower_ for t in _own_words(doer) if t.pos_ in ("NOUN", "PROPN")}
                sides |= self._sides_in(doer)
        return frozenset(sides - reading.sides), frozenset(words)

    def _accuser(self, reading: Reading) -> bool:
        """Whether a claim's source accuses by office: prosecutors, an indictment, a
        lawsuit, plaintiffs (what they say someone did is what they charge)."""
        for source in reading.claim.by:
            actor = self.actors.get(source)
            name = (actor.name if actor is not None else source).lower()
            if any(word in W.ACCUSERS for word in re.findall(r"[a-z]+", name)):
                return True
        return False

    def _sides_in(self, doer: Token) -> set[str]:
        """The sides a phrase names (its own words: "the Syrian government", not the
        clause after it): actors of the cast, or a state by its demonym."""
        own = _own_words(doer)
        start, end = own[0].idx, own[-1].idx + len(own[-1])
        found = {self.sides.of(a) for a in self.cast.within(start, end)}
        for token in own:
            place = gazetteer.lookup(token.text) if token.text[:1].isupper() else None
            if place is not None and place[0].kind in ("country", "region"):
                found.add(self.sides.of(place[0].id))
        return found

    def accuses(self, reading: Reading, party: frozenset[str], words: frozenset[str]) -> bool:
        sides, named = self.accused[reading.index]
        return bool(sides & party or named & words)

    # -- defences -----------------------------------------------------------------

    def _defences(self, opposed: Opposed) -> Iterator[Pair]:
        for reading in self.readings:
            found = _clearing(reading) or _not_done(reading)
            if found is None:
                continue
            phrase, subject, wrong = found
            party, words = self._cleared(reading, subject)
            if not party and not words:
                continue
            for other in self.readings:
                if other.index == reading.index or not self.accuses(other, party, words):
                    continue
                # one side never answers itself; but who says the party did wrong does
                # not speak for it, whatever its affiliation says
                if not (opposed(reading, other) or (other.sides & party and not other.mutual)):
                    continue
                if wrong and not self._same_wrong(reading, other, wrong):
                    continue  # "we don't target journalists" answers no claim of a siege
                first, second = (
                    (other, reading) if other.index < reading.index else (reading, other)
                )
                yield first, second, f"answers the accusation: “{phrase}”"
            if _COMPLYING.search(phrase):
                yield from self._failed_agreement(reading, phrase, (party, words), opposed)

    def _failed_agreement(
        self,
        reading: Reading,
        phrase: str,
        party: tuple[frozenset[str], frozenset[str]],
        opposed: Opposed,
    ) -> Iterator[Pair]:
        """ "it is abiding by the agreement" against "we are facing a complete
        nullification" from a side that elsewhere says the party broke it: who says the
        truce failed, having blamed the party, says the party did not keep it."""
        blaming = {
            side
            for other in self.readings
            if self.accuses(other, *party) and not other.mutual
            for side in other.sides
        }
        for other in self.readings:
            if other.index == reading.index or not other.sides & blaming:
                continue
            if not (other.classes & _AGREEMENTS) or other.answer is not None:
                continue
            found = stance(other)
            if found is None or found[0] > 0 or not opposed(reading, other):
                continue
            first, second = (other, reading) if other.index < reading.index else (reading, other)
            yield first, second, f"opposite assessments: “{found[1]}” against “{phrase}”"

    def _same_wrong(self, reading: Reading, other: Reading, wrong: str) -> bool:
        """Whether an accusation speaks of the wrong a claim says was not done: the same
        deed word, or a distinctive word in common."""
        if wrong == "lie":  # "told the truth" answers only a charge of lying
            return any(t.lemma_.lower() in W.LYING for t in other.span or ())
        if any(t.lemma_.lower() == wrong for t in other.span or ()):
            return True
        shared = (reading.words - reading.modifiers) & (other.words - other.modifiers)
        return any(self.df[w] <= self.rare for w in shared)

    def _cleared(
        self, reading: Reading, subject: Token | None
    ) -> tuple[frozenset[str], frozenset[str]]:
        """Whom a defence clears: the sides it names as its subject, else the speaker
        ("we", "it", "the company"); a lawyer's "he": whom the claims just before accuse."""
        if subject is None:
            return self.identity(reading)
        named = self._sides_in(subject)
        if named:  # "the Halima militia was not preventing deliveries"
            return frozenset(named), frozenset({subject.lower_})
        if subject.pos_ == "NOUN" and subject.lower_ not in _NOT_A_NAME:
            # "its officers acted within policy": the officers, and the speaker
            sides, words = self.identity(reading)
            return sides, words | {subject.lower_}
        if subject.pos_ == "PROPN":
            return frozenset(reading.named), frozenset({subject.lower_})
        phrase = " ".join(t.lower_ for t in subject.subtree)
        if (subject.lower_ in _THIRD or phrase in _THIRD) and self._speaks_for_another(reading):
            before = [
                o
                for o in self.readings[: reading.index]
                if reading.paragraph - o.paragraph <= WINDOW
            ]
            charged = {side for o in before for side in self.accused[o.index][0]}
            accused: set[str] = set()
            for other in before:  # not whom the accused blames back: "he" is the accused
                if not other.sides & charged:
                    accused |= self.accused[other.index][0]
            return frozenset(accused), frozenset()  # the client: the lawyer's side too
        return self.identity(reading)

    def _speaks_for_another(self, reading: Reading) -> bool:
        for source in reading.claim.by:
            actor = self.actors.get(source)
            role = " ".join((actor.name, actor.role or "")).lower() if actor else source
            if any(word in role for word in _FOR_ANOTHER):
                return True
        return False

    def _name_heads(self, source: str) -> set[str]:
        """The head noun of a source's name when a common noun names it ("The
        government", "Police in Portland" -> "police"), with the words that name the
        same people ("officers"): an accusation may name it so."""
        actor = self.actors.get(source)
        if actor is None:
            return set()
        if actor.kind == "person":
            return set()
        found: set[str] = set()
        for name in (actor.name, *actor.aliases):  # "Syria" is also "the Syrian government"
            words = re.split(r"\s+(?:of|in|at|for|from|on)\s+", name.lower())[0].split()
            head = words[-1] if words else ""
            if head and head not in _NOT_A_NAME:
                found |= {head, *W.SAME_PEOPLE.get(head, ())}
        return found

    def identity(self, reading: Reading) -> tuple[frozenset[str], frozenset[str]]:
        """The sides a claim speaks for and the words that name its source."""
        return reading.sides, frozenset(
            w for source in reading.claim.by for w in self._name_heads(source)
        )

    # -- counter-accusations -------------------------------------------------------

    def _counters(self, opposed: Opposed) -> Iterator[Pair]:
        accusing = [r for r in self.readings if any(self.accused[r.index])]
        for n, a in enumerate(accusing):
            for b in accusing[n + 1 :]:
                if not opposed(a, b):
                    continue
                if not (self.accuses(b, *self.identity(a)) and self.accuses(a, *self.identity(b))):
                    continue
                if _losses(a) and _losses(b):
                    continue  # each counts its own dead: two tallies, both may be true
                shared = a.words & b.words  # "the aid convoy talks" / "the convoy"
                if abs(a.paragraph - b.paragraph) <= WINDOW and any(
                    self.df[w] <= self.rare for w in shared
                ):  # one thing: "the convoy"; not "shelling" here and "an attack" there
                    yield a, b, "counter-accusation: each says the other did wrong"


def _not_done(reading: Reading) -> tuple[str, Token | None, str] | None:
    """A wrong said outright not to have been done, its subject and its lemma: "Not the
    U.S. nor the rebels are preventing civilians from leaving", "we don't target
    journalists"."""
    for token in reading.span or ():
        if token.lemma_.lower() not in W.WRONGS or token.pos_ != "VERB":
            continue
        if not negated_token(token) or hypothetical(token) or token.dep_ in ("relcl", "advcl"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("that", "which", "who"):
            continue
        nots = [c for c in token.children if c.dep_ == "neg"]
        if not nots:  # "Not the U.S. nor the rebels are preventing": "not preventing"
            return f"not {token.text}", subject, token.lemma_.lower()
        start = min(token.i, *(c.i for c in nots))
        return token.doc[start : token.i + 1].text, subject, token.lemma_.lower()
    return None


def _clearing(reading: Reading) -> tuple[str, Token | None, str] | None:
    """The clearing words of a claim and their subject, or None."""
    span = reading.span
    if span is None:
        return None
    match = _CLEARING.search(re.sub(r"\s", " ", span.text))
    if match is None:
        return None
    offset = span.start_char + match.start()
    tokens = [t for t in span if t.idx >= offset]
    if not tokens:
        return None
    first = tokens[0]
    if hypothetical(first) or (
        first.lower_ not in ("not", "no", "nothing") and negated_token(first)
    ):
        return None  # "if he pleads not guilty", "did not act lawfully"
    verb = first
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":  # "it had acted lawfully and did nothing wrong"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("that", "which", "who"):
        subject = None
    said = match.group(0)
    return said, subject, "lie" if _HONEST.search(said) else ""


def _wrong(token: Token) -> bool:
    """A deed word said to have been done: "stole", "attacks", "excessive force"."""
    lemma = token.lemma_.lower()
    excessive = token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in W.EXCESSIVE for c in token.children
    )
    if not (excessive or (lemma in W.WRONGS and token.pos_ in ("VERB", "NOUN"))):
        return False
    return not negated_token(token) and not hypothetical(token)


_LOSS = frozenset({"kill", "die", "dead", "death", "wound", "injure", "martyr", "casualty"})


def _losses(reading: Reading) -> bool:
    """Whether a claim reports people killed or hurt."""
    return any(t.lemma_.lower() in _LOSS for t in reading.span or ())


def _own_words(doer: Token) -> list[Token]:
    """A doer's own words, not its clauses: "the Syrian government" in "the Syrian
    government, whose forces ..."; for "by the army", the army's."""
    if doer.dep_ in ("agent", "prep"):
        objects = [c for c in doer.children if c.dep_ == "pobj"]
        if not objects:
            return [doer]
        doer = objects[0]
    words = list(doer.doc[doer.left_edge.i : doer.i + 1])
    for other in (c for c in doer.children if c.dep_ in ("conj", "appos")):
        words += list(doer.doc[other.left_edge.i : other.i + 1])  # "Russia and the regime"
    return words


def _doers(token: Token) -> list[Token]:
    """Who did a wrong: its subject, its "by" agent, the word before it naming a doer
    ("police violence", "government attacks", "an Azerbaijani attack")."""
    found = []
    for child in token.children:
        if child.dep_ in ("nsubj", "agent", "poss", "compound", "amod") or (
            child.dep_ == "prep" and child.lower_ in ("by", "from")  # "shelling from Peru"
        ):
            found.append(child)
        elif child.dep_ == "acl":  # "air strikes done by the regime", "attacks carried out by"
            found += [c for c in child.children if c.dep_ == "agent"]
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":  # "resorted to arbitrary firing"
        head = head.head
    # "officers used excessive force", "India launched attacks": the doer of the verb
    if (
        head.i != token.i
        and head.pos_ == "VERB"
        and token.dep_ in ("xcomp", "pcomp", "pobj", "dobj")
    ):
        found += [c for c in head.children if c.dep_ == "nsubj"]
    return found
