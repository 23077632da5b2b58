"""Who a pronoun or a bare "both men" stands for, as a source: "he"/"she" -> the person
the paragraph names or who spoke just before, "it"/"they" -> the subject the words open
with, the body the clause hangs from, or the last source of that kind; failing those, a
document or body the sentence or the one before names ("Romney released his returns,
though they showed ...", "The video was posted on Friday. It shows ...").

Part of :class:`generator.extract.sources.Resolver`; the resolver supplies the rest.
"""

from __future__ import annotations

from generator.extract.attribution import Attribution
from generator.extract.people import PRONOUN_GENDER
from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import BODIES, DOCUMENTS

# what "it" or "they" may stand for when no source does: a document or a body
_THINGS = DOCUMENTS | BODIES
# what a pronoun may stand for as the subject of the sentence before: "they" for a body
# or a group ("Verity ... they published"), "it" for a body or a state
_BODY_KINDS = {True: ("organisation", "group"), False: ("organisation", "country")}
_NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")


class Pronouns(ResolverHooks):
    """The pronoun rules of the resolver."""

    def _thing_before(self, start: int, plural: bool) -> str | None:
        """The document or body "it" (or "they") at ``start`` stands for when no source
        does: the last noun for one before it, in its sentence or the one before in its
        paragraph, singular for "it", plural for "they" (no name: names are the cast's)."""
        token = self.parsed.token_at(start)
        paragraph = self.parsed.paragraph_at(start)
        lo = token.sent.start
        if lo > 0 and self.parsed.paragraph_at(self.parsed.doc[lo - 1].idx) == paragraph:
            lo = self.parsed.doc[lo - 1].sent.start
        for noun in reversed(self.parsed.doc[lo : token.i]):
            if noun.pos_ != "NOUN" or noun.dep_ not in _NOUN_ROLES:
                continue
            if (noun.tag_ == "NNS") != plural:
                continue
            if noun.lemma_.lower() not in _THINGS:
                continue
            # "her tax returns": named without whose they are ("Tax returns")
            lefts = [c for c in noun.lefts if c.dep_ != "poss"]
            first = min([noun.i, *(c.left_edge.i for c in lefts)])
            return self._make(self.parsed.doc[first : noun.i + 1], None)
        return None

    def _subject_before(self, start: int, plural: bool) -> str | None:
        """ "Verity did a fact-check ... On Tuesday they published ...": the body the
        sentence before, in the same paragraph, is about (its subject), when no source
        was read before; a name the cast lacks is taken as written ("the Kell Institute")."""
        token = self.parsed.token_at(start)
        before = token.sent.start - 1
        if before < 0 or self.parsed.paragraph_at(self.parsed.doc[before].idx) != (
            self.parsed.paragraph_at(start)
        ):
            return None
        root = self.parsed.doc[before].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        found = next((m.actor for m in self.cast.mentions if m.start <= subject.idx < m.end), None)
        if found is not None:
            return found if self.kind(found) in _BODY_KINDS[plural] else None
        phrase = self.parsed.doc[subject.left_edge.i : subject.i + 1]
        return self._make(phrase, None) if subject.pos_ == "PROPN" else None

    def _last(
        self, want_person: bool, gender: str | None = None, people: bool = True
    ) -> str | None:
        """The last source that is (or is not) a person; without ``people``, not a group of
        people made for an unnamed source ("it said" is not "officials")."""
        for sources in reversed(self.history):
            kind = self.kind(sources[0])
            if not people and self.made.get(sources[0]) == "people":
                continue
            if (kind == "person") == want_person and self.people.fits(sources[0], gender):
                return sources[0]
        return None

    def _content_subject(self, att: Attribution, want_person: bool) -> str | None:
        """The actor the content opens with ("The ministry has released..., it says")."""
        for mention in self.cast.mentions:
            if att.content.start <= mention.start <= att.content.start + 4 and (
                (self.cast.kind(mention.actor) == "person") == want_person
            ):
                return mention.actor
        return None

    def _clause_subject(self, start: int) -> str | None:
        """ "Armenia warned that it would ..., saying ...": "it" inside the words of a
        state or body that is the subject of the verb they hang from, in its sentence."""
        token = self.parsed.token_at(start)
        node = token.head
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < token.i), None)
            if subject is None or subject.i == token.i:
                continue
            found = next(
                (m.actor for m in self.cast.mentions if m.start <= subject.idx < m.end), None
            )
            if found is not None and self.kind(found) != "person":
                return found
        return None

    def _last_two_people(self, char: int) -> tuple[str, ...]:
        """The two people named last before ``char`` ("Both men said"), or none."""
        found: list[str] = []
        for mention in reversed(self.cast.before(char)):
            if self.cast.kind(mention.actor) == "person" and mention.actor not in found:
                found.append(mention.actor)
                if len(found) == 2:
                    return tuple(reversed(found))
        return ()

    def _person(self, pronoun: str, att: Attribution, start: int) -> str | None:
        """The person "he", "she", "his" or "her" stands for."""
        gender = PRONOUN_GENDER[pronoun]
        last = (
            self.people.named_before_in_paragraph(att, gender)
            or self._source_just_before(start, gender)
            or self.people.speaker_just_before(att, gender)
            or self.people.subject_just_before(start, gender)
            or self._last(True, gender)
            or self.people.protagonist_near(start, gender)
            or self._nearest(start, "person", gender=gender)
        )
        if last and last not in self.people.gender:
            self.people.gender[last] = gender  # "she said" tells who she is for later
        return last

    def _source_just_before(self, start: int, gender: str) -> str | None:
        """ "Regev ..., which he said include ... / 'We will attack again,' he said": the
        person quoted last, when that was in the paragraph before or earlier in this one."""
        at = self.parsed.paragraph_index(start)
        lo = self.parsed.starts[max(0, at - 1)]
        for cue, actor in reversed(self.spoken):
            if cue < lo:
                break
            if cue < start and self.kind(actor) == "person":
                return actor if self.people.fits(actor, gender) else None
        return None

    def _nearest(
        self, char: int, kind: str, suffix: str = "", gender: str | None = None
    ) -> str | None:
        """The actor of ``kind`` named last before ``char`` (its id ending in ``suffix``)."""
        for mention in reversed(self.cast.before(char)):
            if (
                self.cast.kind(mention.actor) == kind
                and mention.actor.endswith(suffix)
                and self.people.fits(mention.actor, gender)
            ):
                return mention.actor
        return None


__all__ = ["Pronouns"]
