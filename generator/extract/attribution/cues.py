"""Attribution cues kept as data: which words introduce a claim, of what kind.

Each verb cue maps a lemma to ``(kind, verb, takes)``:

- ``kind`` is one of ``CLAIM_KINDS`` (statement, accusation, denial, admission, demand,
  assessment);
- ``verb`` is the normalised cue shown in a fact sheet (says, accuses, denies...);
- ``takes`` says which complements can hold the claimed content besides a clause:
  ``"o"`` a direct object ("denied the report", "endorsed Trump"), ``"x"`` an open
  clause ("urged both sides to stop"), ``"ox"`` both, ``"c"`` an object with its
  complement ("called Trump unhinged"), ``""`` a clause or a quote only.

The lemmas and their complements were chosen by reading PolNeAR's train split and by
counting, per lemma, how often a verb is annotated as a cue there.
"""

from __future__ import annotations

S, A, D, M, Q, E = "statement", "accusation", "denial", "admission", "demand", "assessment"

VERB_CUES: dict[str, tuple[str, str, str]] = {
    # statements
    "say": (S, "says", ""),
    "tell": (S, "says", ""),
    "add": (S, "says", ""),
    "state": (S, "says", ""),
    "write": (S, "writes", "o"),
    "tweet": (S, "says", "o"),
    "post": (S, "says", ""),
    "note": (S, "notes", "o"),
    "explain": (S, "says", "o"),
    "announce": (S, "announces", "o"),
    "declare": (S, "declares", "o"),
    "report": (S, "reports", "o"),
    "reveal": (S, "reveals", "o"),
    "disclose": (S, "reveals", "o"),
    "confirm": (S, "confirms", "o"),
    "continue": (S, "says", ""),
    "recall": (S, "recalls", "o"),
    "reply": (S, "replies", ""),
    "respond": (S, "replies", ""),
    "remark": (S, "says", ""),
    "mention": (S, "says", "o"),
    "describe": (S, "describes", "o"),
    "quote": (S, "quotes", ""),
    "cite": (S, "cites", "o"),
    "point": (S, "notes", ""),
    "stress": (S, "stresses", "o"),
    "emphasize": (S, "stresses", "o"),
    "emphasise": (S, "stresses", "o"),
    "underline": (S, "stresses", "o"),
    "reiterate": (S, "says", "o"),
    "repeat": (S, "says", "o"),
    "inform": (S, "says", ""),
    "brief": (S, "says", ""),
    "learn": (S, "reports", ""),
    "show": (S, "shows", "o"),
    "find": (S, "finds", ""),
    "indicate": (S, "indicates", "o"),
    "suggest": (E, "suggests", "o"),
    "promise": (S, "promises", "ox"),
    "pledge": (S, "pledges", "ox"),
    "vow": (S, "vows", "ox"),
    "threaten": (S, "threatens", "ox"),
    "swear": (S, "vows", "x"),
    "predict": (E, "predicts", "o"),
    "forecast": (E, "predicts", "o"),
    "estimate": (E, "estimates", "o"),
    "argue": (S, "argues", ""),
    "contend": (S, "argues", ""),
    "maintain": (S, "maintains", ""),
    "insist": (S, "insists", ""),
    "assert": (S, "asserts", ""),
    "claim": (S, "claims", "ox"),
    "allege": (A, "alleges", "o"),
    "assure": (S, "assures", ""),
    "ask": (Q, "asks", "ox"),
    "question": (S, "questions", "o"),
    "wonder": (S, "wonders", ""),
    "caution": (S, "warns", ""),
    "warn": (S, "warns", "o"),
    # accusations and criticism
    "accuse": (A, "accuses", "o"),
    "blame": (A, "blames", "o"),
    "charge": (A, "accuses", ""),
    "criticize": (A, "criticises", "o"),
    "criticise": (A, "criticises", "o"),
    "condemn": (A, "condemns", "o"),
    "denounce": (A, "condemns", "o"),
    "attack": (A, "attacks", ""),
    "slam": (A, "criticises", "o"),
    "blast": (A, "criticises", "o"),
    "mock": (A, "mocks", "o"),
    "call": (S, "calls", "c"),
    "label": (S, "calls", "c"),
    "dub": (S, "calls", "c"),
    "brand": (S, "calls", "c"),
    # denials
    "deny": (D, "denies", "ox"),
    "reject": (D, "rejects", "o"),
    "dismiss": (D, "dismisses", "o"),
    "refute": (D, "denies", "o"),
    "dispute": (D, "disputes", "o"),
    "rebut": (D, "denies", "o"),
    "decline": (D, "declines", "x"),
    "refuse": (D, "refuses", "x"),
    # admissions
    "admit": (M, "admits", "o"),
    "acknowledge": (M, "admits", "o"),
    "concede": (M, "admits", "o"),
    "confess": (M, "admits", "o"),
    "agree": (S, "agrees", "x"),
    # demands and appeals
    "urge": (Q, "urges", "ox"),
    "demand": (Q, "demands", "ox"),
    "appeal": (Q, "appeals", ""),
    "implore": (Q, "urges", "ox"),
    "request": (Q, "requests", "o"),
    "propose": (Q, "proposes", "o"),
    "recommend": (Q, "recommends", "o"),
    "order": (Q, "orders", "ox"),
    "encourage": (Q, "urges", "ox"),
    "press": (Q, "urges", "ox"),
    "want": (Q, "wants", "ox"),
    "seek": (Q, "seeks", "ox"),
    # assessments and beliefs
    "believe": (E, "believes", ""),
    "think": (E, "thinks", ""),
    "expect": (E, "expects", "x"),
    "hope": (E, "hopes", "x"),
    "fear": (E, "fears", "o"),
    "worry": (E, "fears", ""),
    "doubt": (E, "doubts", "o"),
    "conclude": (E, "concludes", ""),
    "consider": (E, "considers", "o"),
    "know": (E, "knows", ""),
    "suspect": (E, "suspects", "o"),
    "guess": (E, "believes", ""),
    "reckon": (E, "believes", ""),
    "imagine": (E, "believes", ""),
    "support": (E, "supports", "o"),
    "endorse": (E, "endorses", "o"),
    "oppose": (E, "opposes", "o"),
    "praise": (E, "praises", "o"),
    "defend": (S, "defends", "o"),
    "deem": (E, "considers", "c"),
    "tout": (S, "praises", "o"),
    "hail": (S, "praises", "o"),
    "credit": (S, "praises", "o"),
    "thank": (S, "praises", "o"),
    "decry": (A, "condemns", "o"),
    "lament": (S, "laments", "o"),
    "assail": (A, "criticises", "o"),
    "rebuke": (A, "criticises", "o"),
    "liken": (S, "compares", "o"),
    "express": (S, "expresses", "o"),
    "voice": (S, "expresses", "o"),
    "discuss": (S, "discusses", "o"),
    "remember": (S, "recalls", ""),
    "recount": (S, "recalls", "o"),
    "remind": (S, "says", ""),
    "echo": (S, "echoes", "o"),
    "portray": (S, "describes", "o"),
    "list": (S, "lists", "o"),
    "highlight": (S, "stresses", "o"),
    "imply": (E, "suggests", "o"),
    "hint": (E, "suggests", ""),
    "signal": (E, "suggests", "o"),
    "speculate": (E, "speculates", ""),
    "envision": (E, "expects", "o"),
    "complain": (A, "complains", ""),
    "joke": (S, "jokes", ""),
    "quip": (S, "jokes", ""),
    "shout": (S, "says", ""),
    # manners of speaking, which take a quotation: '"...," he snaps'
    "snap": (S, "says", ""),
    "exclaim": (S, "says", ""),
    "retort": (S, "replies", ""),
    "yell": (S, "says", ""),
    "scream": (S, "says", ""),
    "whisper": (S, "says", ""),
    "mutter": (S, "says", ""),
    "murmur": (S, "says", ""),
    "sigh": (S, "says", ""),
    "muse": (S, "says", ""),
    "observe": (S, "notes", ""),
    "chant": (S, "says", "o"),
    "boast": (S, "boasts", ""),
    "brag": (S, "boasts", ""),
    "prefer": (E, "prefers", "ox"),
    "reference": (S, "says", "o"),
}

# Phrasal cues: (lemma, particle or preposition) -> (kind, verb, takes).  The object of
# the particle is the content ("called for a ceasefire", "pointed to the rise").
PHRASAL_CUES: dict[tuple[str, str], tuple[str, str, str]] = {
    ("call", "for"): (Q, "calls for", "o"),
    ("call", "on"): (Q, "urges", "ox"),
    ("call", "upon"): (Q, "urges", "ox"),
    ("point", "to"): (S, "notes", "o"),
    ("point", "out"): (S, "notes", "o"),
    ("admit", "to"): (M, "admits", "o"),
    ("warn", "of"): (S, "warns", "o"),
    ("warn", "against"): (S, "warns", "o"),
    ("complain", "about"): (A, "complains", "o"),
    ("complain", "of"): (A, "complains", "o"),
    ("appeal", "for"): (Q, "appeals", "o"),
    ("push", "for"): (Q, "demands", "o"),
    ("speak", "of"): (S, "says", "o"),
    ("speak", "about"): (S, "says", "o"),
    ("talk", "about"): (S, "says", "o"),
    ("refer", "to"): (S, "says", "o"),
    ("argue", "for"): (S, "argues", "o"),
    ("insist", "on"): (S, "insists", "o"),
    ("rail", "against"): (A, "criticises", "o"),
    ("lash", "out"): (A, "criticises", "o"),
}

# Verbs whose object is the content only when followed by "of"/"for" ("accused X of Y").
OBJECT_WITH_PREP = {
    "accuse": "of",
    "blame": "for",
    "criticize": "for",
    "criticise": "for",
    "praise": "for",
    "condemn": "for",
    "mock": "for",
    "thank": "for",
}

# Nouns that cue a claim: "a statement said", "in a statement", "his claim that".
NOUN_CUES: dict[str, tuple[str, str]] = {
    "statement": (S, "says"),
    "claim": (S, "claims"),
    "report": (S, "reports"),
    "accusation": (A, "accuses"),
    "allegation": (A, "alleges"),
    "denial": (D, "denies"),
    "admission": (M, "admits"),
    "demand": (Q, "demands"),
    "call": (Q, "calls for"),
    "appeal": (Q, "appeals"),
    "warning": (S, "warns"),
    "belief": (E, "believes"),
    "view": (E, "believes"),
    "assessment": (E, "assesses"),
    "promise": (S, "promises"),
    "pledge": (S, "pledges"),
    "argument": (S, "argues"),
    "assertion": (S, "asserts"),
    "suggestion": (E, "suggests"),
    "fear": (E, "fears"),
    "hope": (E, "hopes"),
    "concern": (E, "fears"),
    "insistence": (S, "insists"),
    "announcement": (S, "announces"),
    "threat": (S, "threatens"),
    "message": (S, "says"),
}

# "In the poll, Clinton led ...": documents that are sources when they open a sentence.
DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "statement", "interview", "letter",
                  "tweet", "post", "memo", "book", "article", "speech", "editorial", "analysis",
                  "filing", "complaint", "lawsuit", "document", "video", "ad", "op-ed", "email",
                  "column", "essay", "review", "audit", "investigation"}  # fmt: skip

# Documents someone speaks through: "In a statement, X ..." is X's claim, where "In the
# poll, X led" is the poll's.
SPOKEN_DOCUMENTS = {"statement", "interview", "speech", "letter", "tweet", "post", "email",
                    "column", "essay", "op-ed", "editorial", "remarks"}  # fmt: skip

# "according to X", "citing X", "quoted by X": the object is the source.
SOURCE_PREPOSITIONS = {("accord", "to"): "according to"}

# Paragraph-level dateline/attribution verbs whose subject is a publication.
REPORTING_NOUNS = {
    "report",
    "statement",
    "poll",
    "survey",
    "study",
    "letter",
    "tweet",
    "post",
    "release",
    "memo",
    "document",
    "video",
    "ad",
    "filing",
    "analysis",
    "data",
    "website",
    "interview",
}

# Words in a phrase after the object that describe the saying, not the claim:
# "accused X of Y in a statement on Monday".
SAYING_CIRCUMSTANCES = {
    "statement", "interview", "twitter", "tweet", "conference", "reporter", "rally",
    "speech", "debate", "email", "briefing", "television", "radio", "broadcast", "letter",
    "release", "facebook", "meeting", "sunday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "yesterday", "today", "tonight", "later", "earlier",
}  # fmt: skip

# Labels before a colon that are not sources ("Editor's Note:", "UPDATE:", "12:50 p.m.:").
NOT_SOURCES = {
    "note", "question", "answer", "update", "editor", "watch", "photos", "video", "related",
    "excerpt", "transcript", "q", "a", "p.m.", "a.m.", "read", "more", "breaking", "exclusive",
    "full", "text", "source", "sources", "photo", "caption", "correction", "clarification",
    "disclosure", "warning", "bonus", "live", "developing", "background", "context", "why",
    "what", "how", "when", "where", "who", "today", "tonight", "yesterday", "now", "next",
    "bottom", "line", "headline", "subject", "re", "fw", "from", "to", "date", "sent",
}  # fmt: skip

# Verbs that can follow what they report: "The convoy was hit, the army said."
INVERTING_VERBS = {
    "say", "tell", "add", "write", "note", "explain", "insist", "argue", "claim", "warn",
    "continue", "recall", "reply", "respond", "ask", "state", "declare", "announce",
    "suggest", "conclude", "acknowledge", "admit", "concede", "predict", "believe", "think",
    "report", "tweet", "post", "confirm", "deny", "allege", "assert", "contend", "maintain",
    "stress", "emphasize", "caution", "joke", "quip", "remark", "observe", "complain",
    "estimate", "reckon", "guess", "fear", "hope", "worry", "promise", "vow", "charge",
    "snap", "exclaim", "retort", "shout", "yell", "scream", "whisper", "mutter", "murmur",
    "sigh", "muse",
}  # fmt: skip

# States of mind: with a modal of prediction ("will want", "may fear") they are the
# writer's conjecture about the subject, not the subject's claim.
MENTAL_STATES = {
    "want", "wish", "hope", "expect", "fear", "worry", "believe", "think", "know", "doubt",
    "suspect", "prefer", "welcome", "like", "support", "oppose", "seek",
}  # fmt: skip

# Declared states: "declared martial law", "announced a ceasefire", "declared
# independence" report an act (an event for the timeline), not something claimed.
DECLARED_STATES = {
    "independence", "war", "emergency", "ceasefire", "truce", "curfew", "mobilisation",
    "mobilization", "lockdown", "sovereignty", "annexation",
}  # fmt: skip

# Deeds, not words: in political news "fired back at critics" may be a claim, in war
# news "fired two shells" never is, so these verbs are never learned cues.
PHYSICAL_ACTIONS = {
    "fire", "shoot", "shell", "bomb", "strike", "hit", "kill", "wound", "launch", "capture",
    "seize", "destroy", "deliver", "pass", "send", "drop", "trade", "carry",
}  # fmt: skip
