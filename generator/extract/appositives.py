"""The appositive after a name: "Matthew Bryza, a former US ambassador to Azerbaijan,"
gives the words of the role and its title word (``roles.after`` reads the role from
them); the words before that title word say whose the office is ("Lowford's newly
appointed superintendent")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, lexicon

_ROLE_STOP = {",", ".", ";", ":", "–", "—", "(", ")", '"', "“", "”", "said", "says"}
_MAX_APPOSITIVE = 28
# Past this many words a role runs on into what the person did: it ends before a
# preposition of topic or time after its title word ("a top aide to the governor on the
# call with ..."); at any length before a participle clause ("a host considered ...").
_LONG_APPOSITIVE = 18
_NAMING = {"call", "name", "know", "dub", "title", "label"}
_TOPIC_PREPOSITIONS = {"on", "about", "over", "during", "after", "before", "since"}
_RELATIVES = {"who", "which", "whose", "whom", "that", "where"}
_TITLE_WORDS = lexicon.TITLE_WORDS
_MODIFIERS = lexicon.ROLE_MODIFIERS


def title_word(token: Token) -> str:
    """A token as a title word: lower case, without a closing full stop ("Sgt.")."""
    return token.lower_.rstrip(".")


def appositive_owner_tokens(doc: Doc, ent: Span) -> set[int]:
    """Indices of the words before the head of the role written after the name:
    "Lowford's newly appointed" of "Mara Quell, Lowford's newly appointed superintendent"
    (a town named there is whose the office is, not an actor of its own)."""
    found = appositive(doc, ent)
    if found is None:
        return set()
    tokens, head = found
    # (a state stays an actor: it is the person's affiliation, "a former British ambassador")
    return {t.i for t in tokens if t.i < head.i and gazetteer.lookup(t.text) is None}


def appositive(doc: Doc, ent: Span) -> tuple[list[Token], Token] | None:
    """The words of the role written after the name, and its title word."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    sent_end = ent.end
    while sent_end < len(doc) and not doc[sent_end].is_sent_start:
        sent_end += 1
    first = ent.end + 1
    if first + 1 < sent_end and doc[first].like_num and doc[first + 1].text == ",":
        first += 2  # "Ana Ruiz, 34, a nurse"
    tokens: list[Token] = []
    k = first
    while k < min(sent_end, first + _MAX_APPOSITIVE):
        token = doc[k]
        if (
            token.text == "("
            and k + 2 < sent_end
            and doc[k + 1].text.isupper()
            and doc[k + 2].text == ")"
        ):
            tokens.extend(doc[k : k + 3])  # "(OSCE)"
            k += 3
            continue
        if token.text in _ROLE_STOP or (tokens and token.lower_ in _RELATIVES):
            break  # "a British-Israeli lawyer who served in ...": the clause is not the role
        tokens.append(token)
        k += 1
    else:
        if len(tokens) >= _MAX_APPOSITIVE:
            return None
    while tokens and tokens[0].lower_ in ("a", "an", "the"):
        tokens = tokens[1:]
    if not tokens or (
        tokens[0].pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ")
        and title_word(tokens[0]) not in _MODIFIERS  # "the acting director", tagged a verb
        and not _participle_of_title(tokens[0])
    ):
        return None
    head = next(
        (t for t in tokens if title_word(t) in _TITLE_WORDS and t.pos_ in ("NOUN", "PROPN")), None
    )
    if head is None:
        return None
    long = len(tokens) > _LONG_APPOSITIVE
    cut = next(
        (
            t
            for t in tokens
            if t.i > head.i
            and ((long and t.lower_ in _TOPIC_PREPOSITIONS) or _participle_clause(t))
        ),
        None,
    )  # (a participle at any length: "a former senator bidding to ...", "a host considered")
    if cut is not None:
        tokens = [t for t in tokens if t.i < cut.i]
    if _next_names_title(doc, head, k):
        return None  # "Xi, Chinese premier Li Keqiang and ...": the next name's title
    # the appositive must be a noun phrase: no finite verb inside it ("a group called
    # the Northern Division" is one: "called" modifies the noun)
    if any(t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ != "acl" for t in tokens):
        return None
    return tokens, head


def _participle_of_title(token: Token) -> bool:
    """A participle that describes the title word: "founding director", "managing
    editor", "presiding judge" (not "said", not "called")."""
    return (
        token.tag_ in ("VBG", "VBN")
        and token.dep_ == "amod"
        and title_word(token.head) in _TITLE_WORDS
    )


def _participle_clause(token: Token) -> bool:
    """A participle opening a clause about the person: "considered one of ...",
    "bidding to ..." (which the tagger may read as a noun)."""
    if token.lemma_.lower() in _NAMING:
        return False  # "head of a group called the Northern Division": still what it is
    if token.tag_ in ("VBG", "VBN", "VBD") and token.dep_ == "acl":  # (VBD: misread)
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_.endswith("ing") and nxt is not None and nxt.lower_ == "to"


def _next_names_title(doc: Doc, head: Token, end: int) -> bool:
    """A name follows the title word with no preposition between ("Merz, the United
    Kingdom's Prime Minister Keir Starmer"): the title is that name's, the phrase the next
    item of a list; not "spokesman for Erdogan's party", "adviser to Premier Li"."""
    for t in doc[head.i + 1 : end]:
        if t.pos_ == "ADP" or t.tag_ == "POS":
            return False
        if t.ent_type_ == "PERSON" and t.text[:1].isupper():
            person_end = t.i
            while person_end + 1 < end and doc[person_end + 1].ent_type_ == "PERSON":
                person_end += 1
            return person_end + 1 >= len(doc) or doc[person_end + 1].tag_ != "POS"
    return False
