"""Who a description stands for: "the ministry", "US officials", "TNO's report".

Part of :class:`generator.extract.sources.Resolver`: a phrase about people, a body or a
document that only names whom they belong to is not that state or person ("US
officials", "Armenia's ambassador to Russia"); a definite description is the body or
person named or quoted before with those words ("the defence ministry", "the
newspaper", "the Vermont senator"); a document with an author is its author's ("a
report by TNO").  What is left becomes an actor named as written (``unnamed``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.extract import lexicon
from generator.extract.body_people import body_of_people
from generator.extract.party_tags import role_words
from generator.extract.role_holders import RoleHolders
from generator.extract.unnamed import head_class, head_of

# "the government", "the regime": a state's, when no body of that name was named
_STATE_BODIES = {"government", "regime", "administration", "authorities"}
# A state's "leader" is whoever holds one of these offices.
_LEADERS = ("president", "prime minister", "chancellor", "premier", "supreme leader", "king",
            "emir", "taoiseach", "leader")  # fmt: skip
# "the group", "the company": a body named before, by what it is
_GROUP_HEADS = {
    "group", "organisation", "organization", "company", "firm", "charity", "agency",
    "movement", "coalition", "alliance", "association", "campaign", "union", "institute",
    "foundation", "party", "militia", "faction",
}  # fmt: skip
# heads any body may be described by ("the campaign", "the party" name one of that name)
_ANY_BODY = _GROUP_HEADS - {"campaign", "party", "union"}
_ELSEWHERE = {"other", "another", "rival", "parent"}
# bodies of people named by what they are made of: "a group of experts"
COLLECTIVES = {"group", "panel", "team", "delegation", "coalition", "body", "handful"}
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
# "the newspaper", "the network": the outlet named before.
_OUTLETS = {"newspaper", "paper", "network", "outlet", "magazine", "channel", "broadcaster",
            "station", "website", "publication", "tv", "television", "radio"}  # fmt: skip
_OUTLET_NAME = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Telegraph|Guardian|Gazette|Daily|Magazine|"
    r"Network|TV|Television|Radio|Channel|Press|Broadcasting|Agency|Standard|Observer|"
    r"Independent|Mail|Express|Chronicle|Globe|Star|Sun|Mirror|Review|Bulletin|Wire)\b"
)


_GOVERNMENT_AFTER = re.compile(r"(?:['’]s?)?\s+(?:government|regime|administration)\b")


def _is_outlet(name: str) -> bool:
    return name in lexicon.OUTLETS or _OUTLET_NAME.search(name) is not None


class Descriptions(RoleHolders):
    """The description rules of the resolver; the resolver supplies the rest."""

    def _quoted_body(self, span: SpacySpan) -> str | None:
        """ "The ministry said", when a ministry was quoted among the last few sources:
        that ministry (a reporter's "the ministry" is the one just quoted, not the one
        named last in passing)."""
        head = head_of(span)
        lemma = head.lemma_.lower()
        words = [
            lexicon.SPELLING.get(t.lower_, t.lower_)
            for t in span
            if t.i < head.i and t.pos_ in ("NOUN", "ADJ") and not t.is_stop
        ]
        for sources in self.history[-4:][::-1]:
            actor = self.actors.get(sources[0])
            if actor is None or actor.kind != "organisation":
                continue
            name = f"{actor.id} {actor.name.lower()}"
            if re.search(rf"\b{re.escape(lemma)}", name) and all(w in name for w in words):
                return actor.id
        return None

    def _same_collective(self, span: SpacySpan) -> str | None:
        """ "A group of UN experts said ... the group of UN rapporteurs said": the group
        made for the first, when the second is definite."""
        collective = f"{span.root.lemma_.lower()} of"
        if (
            span[0].lower_ in ("the", "this")
            and head_of(span).i != span.root.i
            and collective in self.made_heads
        ):
            return self.made_heads[collective]
        return None

    def _owner_before_head(self, span: SpacySpan, first: str) -> str | None:
        """The state or body named before a description's head noun, when the actor
        picked first is named only after it: "the Israeli mission to the UN" is
        Israel's mission; "the UN's mission in Kell" stays the UN's."""
        head = head_of(span)
        if head.pos_ != "NOUN":
            return None
        mentions = [m for m in self._mentions(span.start_char, span.end_char) if m.text]
        if any(m.start <= head.idx < m.end for m in self.cast.mentions):
            return None  # the head is in a name: "Ukraine's state emergency service"
        if any(m.actor == first and m.end <= head.idx for m in mentions):
            return None
        before = [
            m.actor
            for m in mentions
            if m.end <= head.idx
            and self.kind(m.actor) in ("country", "organisation", "group", "region")
        ]
        return before[-1] if before else None

    def _description_of(self, span: SpacySpan, modifier: str) -> str | None:
        """ "US officials", "Armenia's ambassador to Russia", "Syrian state TV": a phrase
        about people, a body or a document that only names who they belong to is not
        that state or person.  It is the office holder or the body already known, or an
        actor for the phrase as written."""
        head = head_of(span)
        if any(m.start <= head.idx < m.end for m in self.cast.mentions):
            return None  # the head is a name ("President Putin", "the Kremlin")
        after = head.idx + len(head.text_with_ws)
        named = [
            c.idx for c in head.rights if c.dep_ == "appos" and c.i < span.end
        ]  # "The company's finance chief, Ruth Adler,"
        for mention in self._mentions(span.start_char, span.end_char):
            if mention.text and (
                mention.start == after or any(mention.start <= i < mention.end for i in named)
            ):
                return mention.actor  # "the charity Medical Aid": the name of what it is
            ends = mention.end == span.end_char or self.parsed.text[mention.end :][:1] == ","
            if mention.text and ends and self._titled_by(span, mention):
                return mention.actor  # "Director of Public Prosecutions Eva Lind"
        what = head_class(span)
        if what is None:
            return None
        if what == "document" and self._author(head, span) == modifier:
            return modifier  # "TNO's report", "a report by TNO": its author
        lemma = head.lemma_.lower()
        if lemma in _SPOKESPEOPLE and self.kind(modifier) != "person":
            return modifier  # a body speaks through its spokespeople
        for actor in self.cast.actors:
            if actor.affiliation != modifier or (not actor.role and actor.kind == "person"):
                continue
            words = role_words(actor.role or "") if actor.kind == "person" else actor.name.lower()
            if re.search(rf"\b{re.escape(lemma)}", words):
                return actor.id
        if lemma == "leader" and self.kind(modifier) == "country":
            holder = self.office_holder(" ".join(_LEADERS), modifier)
            if holder is not None:
                return holder
        holder = self._role_holder(span, span.start_char)
        if holder is not None:
            return holder  # "the Vermont senator", named before with that role
        return self._make(span, modifier)

    def _author(self, head: Token, span: SpacySpan) -> str | None:
        """Who wrote a document: its owner ("TNO's report"), the name before it ("a
        Pentagon report"), the one after "by" or "from" ("a report by TNO"), or the
        outlet it ran in ("a report in the Gazette")."""
        tokens = [c for c in head.children if c.dep_ in ("poss", "compound")]
        outlets: list[Token] = []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of", "in"):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                (outlets if prep.lower_ == "in" else tokens).extend(objects)
        for token in tokens + outlets:
            if token.pos_ != "PROPN" or not span.start <= token.i < span.end:
                continue
            last = min(token.right_edge.i, span.end - 1)
            edge = span.doc[last]
            author = self.named(token.left_edge.idx, edge.idx + len(edge))
            if (
                author is not None
                and self.kind(author) not in ("place", "region")
                and (token not in outlets or self.kind(author) == "organisation")
            ):
                return author
        return None

    def _described(self, start: int, end: int) -> str | None:
        """ "The defence ministry", "the military", "a ministry statement": the organisation
        last named with that head; "the ambassador", "his spokesperson": the person."""
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and (body := body_of_people(span, self.actors.values())):
            return body  # "the Lanmark Prosecution Authority ... prosecutors said"
        if span is None or any(t.pos_ == "PROPN" for t in span):
            return None
        head = head_of(span)
        lemma = head.lemma_.lower()
        if head.lower_ in _OUTLETS or lemma in _OUTLETS:
            outlet = self._last_outlet(start)
            if outlet is not None:
                return outlet
        if span[0].lower_ in ("the", "this", "that") and lemma in self.made_heads:
            return self.made_heads[lemma]  # "a senior official said ... the official added"
        if (
            span[0].lower_ in ("the", "this")
            and head.tag_ == "NN"
            and lemma in _GROUP_HEADS
            and not any(t.lower_ in _ELSEWHERE for t in span)  # "the other company"
        ):
            body = self._nearest_body(start, lemma)
            if body is None and lemma in _ANY_BODY:
                body = self._last_body()
            if body is not None:
                return body  # "Doctors Without Borders said ... the aid group said"
        for token in span:
            lemma = token.lemma_.lower()
            if lemma in lexicon.ORG_HEADS and token.pos_ == "NOUN":
                words = tuple(
                    lexicon.SPELLING.get(t.lower_, t.lower_)
                    for t in span
                    if t.i < token.i and t.pos_ in ("NOUN", "ADJ") and not t.is_stop
                )
                body = self._nearest_body(start, lemma, words)
                if body is None and lemma in _STATE_BODIES and len(span) <= 2:
                    # "the government said": the state the paragraph just named, else the
                    # state quoted last, else the one whose government was named last
                    body = (
                        self._state_just_named(start)
                        or self._last_state()
                        or self._named_government(start)
                    )
                return body
        root = span.root.lower_
        if root in ("spokesman", "spokeswoman", "spokesperson", "aide", "office") and any(
            t.lower_ in ("his", "her") for t in span
        ):
            whose = self._last(True) or self._nearest(start, "person")
            if whose is None or root == "office":
                return whose
            return self._make(span, whose, self._short_name(whose)) or whose
        holder = self._role_holder(span, start)
        if holder is not None:
            return holder
        return None

    def _last_state(self) -> str | None:
        """The country among the last four sources, if one is."""
        for sources in self.history[-4:][::-1]:
            if self.kind(sources[0]) == "country":
                return sources[0]
        return None

    def _state_just_named(self, char: int) -> str | None:
        """The one state named in the sentence before ``char``, in the same paragraph
        ("Syrian officials could not be reached. The government has said ...")."""
        sentence = self.parsed.sentence_at(char)
        paragraph = self.parsed.paragraph_at(char)
        before = sentence.start - 1
        if before < 0 or self.parsed.paragraph_at(self.parsed.doc[before].idx) != paragraph:
            return None
        previous = self.parsed.doc[before].sent
        states = {
            a
            for a in self.cast.within(previous.start_char, previous.end_char)
            if self.kind(a) == "country"
        }
        return states.pop() if len(states) == 1 else None

    def _named_government(self, char: int) -> str | None:
        """The state whose government the text named last before ``char`` ("Syrian
        government forces", "Chile's government")."""
        text = self.parsed.text
        for mention in reversed(self.cast.before(char)):
            if self.kind(mention.actor) != "country":
                continue
            if _GOVERNMENT_AFTER.match(text, mention.end) or re.search(
                r"\b(?:government|regime|administration)\s+(?:of|in)\s+(?:the\s+)?$",
                text[max(0, mention.start - 30) : mention.start],
            ):
                return mention.actor
        return None

    def _last_body(self) -> str | None:
        """The organisation or group among the last three sources, named in the text."""
        for sources in self.history[-3:][::-1]:
            if (
                self.kind(sources[0]) in ("organisation", "group")
                and sources[0] in self.actors
                and not _is_outlet(self.actors[sources[0]].name)
            ):
                return sources[0]  # (not the outlet that reported it: "the campaign said")
        return None

    def _nearest_body(self, char: int, lemma: str, words: tuple[str, ...] = ()) -> str | None:
        """The organisation named last before ``char`` whose name has the word ``lemma``,
        and the description's other ``words`` if one has them ("the defence ministry":
        the defence ministry named last, not the foreign ministry named since)."""
        found = []
        for mention in reversed(self.cast.before(char)):
            actor = self.actors.get(mention.actor)
            if (
                actor is not None
                and actor.kind == "organisation"
                and (
                    actor.id.endswith(f"-{lemma}")
                    or re.search(rf"\b{re.escape(lemma)}", actor.name.lower())
                )
            ):
                found.append(actor)
        name = [a for a in found if all(w in f"{a.id} {a.name.lower()}" for w in words)]
        best = name or found
        return best[0].id if best else None

    def _last_outlet(self, char: int) -> str | None:
        """ "the newspaper": the outlet last quoted as a source before it ("Syrian state
        TV said ... the government-run network said", not the charity quoted between),
        else the organisation named last whose name makes it an outlet, else the
        organisation last quoted."""
        made = self.unnamed or {}
        for sources in reversed(self.history):
            actor = self.actors.get(sources[0]) or made.get(sources[0])
            if actor is not None and actor.kind != "person" and _is_outlet(actor.name):
                return actor.id
        for mention in reversed(self.cast.before(char)):
            actor = self.actors.get(mention.actor)
            if actor and actor.kind != "place" and _OUTLET_NAME.search(actor.name):
                return actor.id
        for sources in reversed(self.history):
            actor = self.actors.get(sources[0])
            if actor is not None and actor.kind == "organisation":
                return actor.id
        return None


__all__ = ["Descriptions"]
