"""Part of speech, morphology and lemma of every token, remembered instead of re-matched.

In spaCy's English pipelines the tagger and parser are followed by two rule components:
``attribute_ruler`` (about 180 token patterns mapping a fine tag, a word and its
dependency to a coarse part of speech, morphology and sometimes a lemma) and
``lemmatizer`` (rules and exception tables).  Together they cost a fifth of the
pipeline's time on news text, yet what they give a token depends only on the token
itself (its text, tag and dependency label) except where one of the ruler's few
two-token patterns matches ("let 's", "there is", "gon na").  :class:`TokenAttributes`
replaces the two: it runs them once per distinct (text, tag, dependency), each token
on its own, remembers the answer, and runs them on the whole text whenever a two-token
pattern matches it.  The annotations are the same as the two components give
(``tests/extract/test_attributes.py`` compares them token by token); only the time
differs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
NAME = "explainer_token_attributes"
MEMO_LIMIT = 1_000_000  # distinct (text, tag, dependency) kept per process
_SEPARATOR = "|"  # between lone tokens: no two-token pattern can span it


class TokenAttributes:
    """Does what ``attribute_ruler`` then ``lemmatizer`` do, from memory where it can.

    The memory maps a token's key to its (part of speech, morphology, lemma, tag, and
    dependency, or 0 where the ruler left the dependency as it was).  The key is the
    token's text, tag and dependency label, except that a label no rule that could
    apply to the token names is written 0: those labels all behave alike.
    """

    def __init__(
        self, nlp: Language, ruler: Callable[[Doc], Doc], lemmatizer: Callable[[Doc], Doc]
    ):
        from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
        from spacy.matcher import Matcher

        self.vocab = nlp.vocab
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.key_attrs = [ORTH, TAG, DEP, LOWER]
        self.value_attrs = [POS, MORPH, LEMMA, TAG, DEP]
        self.memo: dict[tuple[int, int, int], tuple[int, ...]] = {}
        self.labels: dict[tuple[int, int], frozenset[int]] = {}  # (tag, lower) -> labels
        patterns = [p for spec in getattr(ruler, "patterns", ()) for p in spec["patterns"]]
        self.dep_rules = [p[0] for p in patterns if len(p) == 1 and "DEP" in p[0]]
        # the ruler's patterns that read more than one token: where one matches, the
        # whole text goes through the ruler
        self.spanning = Matcher(nlp.vocab)
        longer = [p for p in patterns if len(p) > 1]
        if longer:
            self.spanning.add("spanning", longer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if self.spanning(doc):
            return self.lemmatizer(self.ruler(doc))
        memo, labels = self.memo, self.labels
        rows = doc.to_array(self.key_attrs).tolist()
        keys = []
        for orth, tag, dep, lower in rows:
            named = labels.get((tag, lower))
            if named is None:
                named = labels[(tag, lower)] = self._labels(tag, lower, orth)
            keys.append((orth, tag, dep if dep in named else 0))
        missing = {k: row[2] for k, row in zip(keys, rows, strict=True) if k not in memo}
        if missing:
            self._learn(missing)
        values = [memo[k] for k in keys]
        out = numpy.array(
            [v if v[4] else (*v[:4], row[2]) for v, row in zip(values, rows, strict=True)],
            dtype="uint64",
        )
        doc.from_array(self.value_attrs, out)  # type: ignore[arg-type]  # thinc's Ints2d
        return doc

    def _labels(self, tag: int, lower: int, orth: int) -> frozenset[int]:
        """The dependency labels that rules which could apply to the token name."""
        strings = self.vocab.strings
        facts = {"TAG": strings[tag], "LOWER": strings[lower], "IS_SPACE": strings[orth].isspace()}
        named: set[int] = set()
        for rule in self.dep_rules:
            if all(_may_hold(rule[attr], facts.get(attr)) for attr in rule if attr != "DEP"):
                condition = rule["DEP"]
                names = (
                    [condition]
                    if isinstance(condition, str)
                    else [n for v in condition.values() if isinstance(v, list) for n in v]
                )
                named.update(strings.add(n) for n in names)
        return frozenset(named)

    def _learn(self, missing: dict[tuple[int, int, int], int]) -> None:
        """Run the two components over the ``missing`` keys, each a token alone."""
        keys = list(missing)
        lone = self._lone(keys, missing, separated=False)
        if self.spanning(lone):  # two of them side by side read as one: keep them apart
            lone = self._lone(keys, missing, separated=True)
        step = 2 if len(lone) > len(keys) else 1
        before = lone.to_array(self.value_attrs[4]).tolist()[::step]
        lone = self.lemmatizer(self.ruler(lone))
        values = lone.to_array(self.value_attrs).tolist()[::step]
        if len(self.memo) + len(keys) > MEMO_LIMIT:
            self.memo.clear()
        for key, value, dep in zip(keys, values, before, strict=True):
            changed = value[4] if value[4] != dep else 0
            self.memo[key] = (*value[:4], changed)

    def _lone(
        self,
        keys: list[tuple[int, int, int]],
        deps: dict[tuple[int, int, int], int],
        *,
        separated: bool,
    ) -> Doc:
        """A text of the ``keys``' tokens, each its own root; ``separated`` puts a
        separator between each two."""
        from spacy.tokens import Doc

        strings = self.vocab.strings
        words: list[str] = []
        tags: list[str] = []
        labels: list[str] = []
        for orth, tag, dep in keys:
            if separated and words:
                words.append(_SEPARATOR)
                tags.append(",")
                labels.append("punct")
            words.append(strings[orth])
            tags.append(strings[tag] if tag else "")
            labels.append(strings[dep or deps[(orth, tag, dep)]])
        return Doc(
            self.vocab,
            words=words,
            spaces=[False] * len(words),
            tags=tags,
            deps=labels,
            heads=list(range(len(words))),
        )


def _may_hold(condition: object, value: object) -> bool:
    """Whether a pattern's condition may hold for ``value`` (True when unsure)."""
    if value is None:
        return True  # an attribute this module does not look at: assume it may
    if isinstance(condition, dict):
        if "IN" in condition:
            return value in condition["IN"]
        if "NOT_IN" in condition:
            return value not in condition["NOT_IN"]
        return True
    return condition == value


def install(nlp: Language) -> Language:
    """Put :class:`TokenAttributes` in place of ``nlp``'s ruler and lemmatizer (when it
    has both, one after the other): the two stay in the pipeline, disabled, and the new
    component runs where they ran.  Returns ``nlp``."""
    from spacy.language import Language

    names = nlp.pipe_names
    if RULER not in names or LEMMATIZER not in names:
        return nlp
    if names.index(LEMMATIZER) != names.index(RULER) + 1:
        return nlp
    if not Language.has_factory(NAME):
        Language.factory(NAME, func=_factory)
    nlp.add_pipe(NAME, after=LEMMATIZER)
    nlp.disable_pipe(RULER)
    nlp.disable_pipe(LEMMATIZER)
    return nlp


def _factory(nlp: Language, name: str) -> TokenAttributes:
    return TokenAttributes(nlp, nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER))
