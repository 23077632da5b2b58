"""He and she: the person a personal pronoun stands for, and who can be which.

Used by :class:`generator.extract.sources.Resolver` for "he said", "she added", "his
aides": the person named before the pronoun in its paragraph, else the one who spoke in
the paragraph before, else (when no one has spoken yet) the one the article names most
among those named just before.  A person's gender is known only when the text gives it
away (an honorific, a gendered role word) or a pronoun already resolved to them.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors import Cast, Mention
from generator.extract.attribution import Attribution
from generator.extract.attribution.forms import speaks
from generator.extract.document import ParsedArticle

PRONOUN_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}
_OBJECT_GENDER = {**PRONOUN_GENDER, "him": "m"}
_GENDERED_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "businessman": "m", "king": "m", "prince": "m", "father": "m",
    "husband": "m", "son": "m", "brother": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f",
    "queen": "f", "princess": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f",
}  # fmt: skip


def _genders(parsed: ParsedArticle, cast: Cast) -> dict[str, str]:
    """People whose gender the text gives away: an honorific before a mention ("Ms Berg")
    or a gendered word in the role ("spokeswoman"); a person given both is left out."""
    seen: dict[str, set[str]] = {}
    for actor in cast.actors:
        if actor.kind == "person" and actor.role:
            for word in actor.role.lower().split():
                if word in _GENDERED_WORDS:
                    seen.setdefault(actor.id, set()).add(_GENDERED_WORDS[word])
    text = parsed.text
    for mention in cast.mentions:
        if cast.kind(mention.actor) != "person":
            continue
        words = text[max(0, mention.start - 12) : mention.start].split()
        first = mention.text.split()[0].lower() if mention.text.split() else ""
        head = parsed.token_at(mention.end - 1)
        described = [c.lower_ for c in head.children if c.dep_ == "appos"]
        for word in (words[-1].lower() if words else "", first, *described):
            if word in _GENDERED_WORDS:
                seen.setdefault(mention.actor, set()).add(_GENDERED_WORDS[word])
    for actor_id, gender in _sole_person_pronouns(parsed, cast):
        seen.setdefault(actor_id, set()).add(gender)
    return {actor: next(iter(g)) for actor, g in sorted(seen.items()) if len(g) == 1}


def _sole_person_pronouns(parsed: ParsedArticle, cast: Cast) -> list[tuple[str, str]]:
    """ "Holm thinks Ines Marr is able but has no idea if she will stay": in a sentence
    that names one person only, outside quoted words, the "she" or "he" after that name,
    outside quoted words too, tells the person's gender (when its pronouns after the name
    are all of one gender)."""
    text = parsed.text
    named: dict[int, list[Mention]] = {}
    for mention in cast.mentions:
        if cast.kind(mention.actor) == "person":
            named.setdefault(parsed.sentence_at(mention.start).start_char, []).append(mention)
    found = []
    for start, mentions in named.items():
        if len({m.actor for m in mentions}) != 1:
            continue
        sentence = parsed.sentence_at(start)
        first = mentions[0]
        if sum(text.count(q, sentence.start_char, first.start) for q in '"“”') % 2:
            continue  # '"Pat Ruiz is a good man," she said': the name is in her words
        genders = {
            PRONOUN_GENDER[t.lower_]
            for t in sentence
            if t.lower_ in PRONOUN_GENDER
            and t.idx >= first.end
            and sum(text.count(q, sentence.start_char, t.idx) for q in '"“”') % 2 == 0
        }
        if len(genders) == 1:
            found.append((first.actor, genders.pop()))
    return found


class People:
    """Who "he" or "she" can be in one article."""

    def __init__(self, parsed: ParsedArticle, cast: Cast) -> None:
        self.parsed, self.cast = parsed, cast
        self.gender = _genders(parsed, cast)

    def fits(self, actor_id: str, gender: str | None) -> bool:
        """Whether a person may be "he" (gender "m") or "she" ("f"), as far as known."""
        known = self.gender.get(actor_id)
        return gender is None or known is None or known == gender

    def named_before_in_paragraph(self, att: Attribution, gender: str) -> str | None:
        """ "...was 25-year-old Nesma Hajjaj. 'I am from Gaza City,' she said": the person
        named last before the pronoun in its paragraph, outside quoted words, who can be
        "he" or "she"; of the people in that sentence, one known to fit the pronoun goes first,
        then the subject of a verb ("Holm criticised Lind. He said ...": Holm)."""
        assert att.source is not None
        paragraph = self.parsed.paragraph_span(self.parsed.paragraph_at(att.source.start))
        text = self.parsed.text
        found: list[Mention] = []
        for mention in reversed(self.cast.before(att.source.start)):
            if mention.start < paragraph.start_char:
                break
            inside = att.content.start <= mention.start < att.content.end
            quoted = sum(text.count(q, paragraph.start_char, mention.start) for q in '"“”') % 2
            if (
                self.cast.kind(mention.actor) == "person"
                and not inside
                and not quoted
                and self.fits(mention.actor, gender)
            ):
                found.append(mention)
        if not found:
            return None
        sentence = self.parsed.sentence_at(found[0].start)
        if self._carried_over(paragraph.start_char, found[-1].start, gender) and not any(
            self._is_subject(m) for m in found
        ):
            return None  # "The look he gives me when I ask about Oster ... he said"
        same = [m for m in found if sentence.start_char <= m.start < sentence.end_char]
        # known to fit the pronoun first, then the subject of the sentence's own verb
        # ("Odum said Brenn had agreed. He said ...": Odum), then a subject, the nearest
        ranked = sorted(
            range(len(same)),
            key=lambda k: (
                self.gender.get(same[k].actor) != gender,
                not self._is_main_subject(same[k]),
                not self._is_subject(same[k]),
                k,
            ),
        )
        return same[ranked[0]].actor

    def _carried_over(self, start: int, end: int, gender: str) -> bool:
        """Whether the paragraph speaks of a "he" ("she") before it names anyone: that
        pronoun is someone from before, and a person named after it only as an object
        does not take it over."""
        text = self.parsed.text
        for token in self.parsed.doc.char_span(start, end, alignment_mode="expand") or ():
            quoted = sum(text.count(q, start, token.idx) for q in '"“”') % 2
            if not quoted and _OBJECT_GENDER.get(token.lower_) == gender:
                return True
        return False

    def speaker_just_before(self, att: Attribution, gender: str) -> str | None:
        """ "Zosin, a resident, said he ran. / 'Then it exploded,' he said": when nobody
        is named before the pronoun in its paragraph, the person who spoke (the subject
        of a verb of saying) last in the paragraph before, if the pronoun fits."""
        assert att.source is not None
        paragraphs = self.parsed.paragraphs
        here = self.parsed.paragraph_at(att.source.start)
        at = next((n for n, p in enumerate(paragraphs) if p.id == here.id), 0)
        if at == 0:
            return None
        before = self.parsed.paragraph_span(paragraphs[at - 1])
        for mention in reversed(self.cast.before(before.end_char)):
            if mention.start < before.start_char:
                break
            if (
                self.cast.kind(mention.actor) == "person"
                and self.fits(mention.actor, gender)
                and speaks(self._head(mention))
            ):
                return mention.actor
        return None

    def subject_just_before(self, start: int, gender: str) -> str | None:
        """ "Holm visited the camp on Tuesday. / 'We are here to stay,' he said": when
        no one spoke in the paragraph before, the person who is the subject of its last
        sentence's main verb, if the pronoun fits."""
        paragraphs = self.parsed.paragraphs
        at = self.parsed.paragraph_index(start)
        if at == 0 or paragraphs[at - 1].kind not in ("body", "quote"):
            return None
        before = self.parsed.paragraph_span(paragraphs[at - 1])
        last = self.parsed.sentence_at(max(before.start_char, before.end_char - 1))
        for mention in self.cast.before(before.end_char):
            if (
                mention.start >= last.start_char
                and self.cast.kind(mention.actor) == "person"
                and self._is_subject(mention)
                and self._head(mention).head.dep_ == "ROOT"  # not "I ask if Holm is"
            ):
                return mention.actor if self.fits(mention.actor, gender) else None
        return None

    def joint_subject(self, start: int) -> tuple[int, int] | None:
        """ "Trump and Clinton vied for the title, each touting their record": where the
        subject "each" shares out is (a subject of two or more joined by "and" of a verb
        "each" hangs from), or None."""
        node = self.parsed.token_at(start)
        for _ in range(4):
            if node.head.i == node.i:
                return None
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < start and subject.lower_ != "each":
                if not any(c.dep_ == "conj" for c in subject.children):
                    return None
                return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        return None

    def _head(self, mention: Mention) -> Token:
        """The token a mention's name hangs from the sentence by ("Mr Olsen, 61" -> Olsen)."""
        token = self.parsed.token_at(mention.end - 1)
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        return token

    def _is_subject(self, mention: Mention) -> bool:
        return self._head(mention).dep_ in ("nsubj", "nsubjpass")

    def _is_main_subject(self, mention: Mention) -> bool:
        """The mention is the subject of its sentence's main verb, not of a clause the
        sentence reports ("Odum said [Brenn had agreed]")."""
        head = self._head(mention)
        return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT"

    def protagonist_near(self, start: int, gender: str | None) -> str | None:
        """ "As I sit opposite Tony Blair, I ask if Keir Starmer ... / '...,' he snaps":
        when no one has spoken yet, of the people named in the paragraph before the
        pronoun (or earlier in its own), the one the article names most."""
        here = self.parsed.paragraph_at(start)
        at = self.parsed.paragraphs.index(here)
        lo = self.parsed.starts[max(0, at - 1)]
        near = [
            m
            for m in self.cast.before(start)
            if m.start >= lo and self.cast.kind(m.actor) == "person" and self.fits(m.actor, gender)
        ]
        if not near:
            return None
        counts: dict[str, int] = {}
        for m in self.cast.mentions:
            counts[m.actor] = counts.get(m.actor, 0) + 1
        return max(reversed(near), key=lambda m: counts[m.actor]).actor


__all__ = ["PRONOUN_GENDER", "People"]
