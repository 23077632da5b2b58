"""The words the dispute rules read, kept as data (one place to extend them).

Every list is lower-case; single words are matched against a token's lemma or its
lower-cased text, phrases against the lower-cased words of a claim.
"""

from __future__ import annotations

# Verbs (lemmas) of answering another's claim: "denied", "rejected the allegation",
# "dismissed reports that", "countered", "disputed".
ANSWER_VERBS = frozenset(
    {
        "deny", "reject", "dismiss", "dispute", "refute", "rebut", "counter", "contradict",
        "contest", "repudiate", "debunk", "retort", "disavow", "deride", "slam", "scoff",
        "respond", "reply", "disagree",
    }
)  # fmt: skip

# Words that call another's claim false: "called it baseless", "complete nonsense",
# "yet another lie", "patently false", "India falsely tried to implicate".
FALSITY = frozenset(
    {
        "false", "falsely", "untrue", "lie", "lies", "lying", "liar", "baseless",
        "groundless", "unfounded", "nonsense", "propaganda", "fabricated", "fabrication",
        "fabrications", "fake", "fiction", "fictitious", "absurd", "ridiculous", "slander",
        "disinformation", "misinformation", "hoax", "bogus", "imaginary", "rubbish",
        "fantasy", "smear", "concocted", "unsubstantiated", "misleading",
        "distortion", "baloney", "preposterous", "inaccurate", "incorrect", "erroneous",
        "meritless", "frivolous", "defamatory", "libelous", "distorted", "witch",
        "mischaracterization", "mischaracterisation", "misrepresentation", "falsehood",
        "falsehoods", "debunked",
    }
)  # fmt: skip
# Words that rebuke what someone said, when said of a claim ("called the comments
# deplorable", "dismissed the charges as politically motivated").
REBUKES = frozenset(
    {
        "deplorable", "outrageous", "irresponsible", "reckless", "shameful", "disgraceful",
        "offensive", "flawed", "biased", "motivated", "slanderous", "insulting", "dishonest",
        "unfair", "unjustified", "unacceptable", "outlandish", "wrong", "mistaken",
        "concerning", "troubling", "appalling", "scandalous",
    }
)  # fmt: skip
# Words of a charge of lying, which "told the truth" answers: "accused him of lying".
LYING = frozenset({"lie", "lying", "liar", "mislead", "deceive", "dishonest", "untruthful",
                   "falsely", "perjury", "perjure"})  # fmt: skip
# Falsity words said of a person ("Trump is such a liar"), not of a claim.
PERSON_FALSITY = frozenset({"liar", "liars", "lying", "lie"})
# "not true", "no truth", "no basis", "not the case": a negated truth word.
TRUTH = frozenset(
    {
        "true",
        "truth",
        "basis",
        "case",
        "accurate",
        "correct",
        "factual",
        "merit",
        "foundation",
        "substance",
    }
)

# Nouns that name what someone else said: "the claim", "those accusations",
# "the Azeri report", "reports that...", "any suggestion of a Plan B".
SAID_NOUNS = frozenset(
    {
        "claim", "allegation", "accusation", "report", "suggestion", "charge", "assertion",
        "account", "version", "narrative", "statement", "figure", "number", "toll", "tally",
        "story", "rumour", "rumor", "call", "idea", "notion", "speculation", "comment",
        "remark", "criticism", "assessment", "finding", "conclusion", "characterisation",
        "characterization", "insinuation", "theory", "incident", "information", "data",
        "estimate", "term", "label", "description", "interpretation", "contention",
        "argument", "demand", "request", "proposal", "offer", "position", "view", "warning",
        "threat", "lawsuit", "suit", "indictment", "complaint", "ad", "advert", "advertisement",
        "commercial", "mailer", "post", "tweet", "video", "meme", "headline",
    }
)  # fmt: skip
# The dependencies a said-noun takes as a noun phrase of its own ("the claim", "called
# the comments deplorable", parsed every which way).
NOUN_PHRASE_DEPS = (
    "dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "oprd", "conj", "ROOT", "npadvmod"
)  # fmt: skip
# Said-nouns that may point back at a claim without saying what it was about ("those
# claims", "the report"); the others answer only what shares their topic ("the term
# 'genocide'", "calls for a ceasefire").
POINTING_NOUNS = frozenset(
    {
        "claim", "allegation", "accusation", "report", "charge", "assertion", "account",
        "version", "narrative", "statement", "story", "rumour", "rumor", "suggestion",
        "figure", "number", "toll", "tally", "estimate", "incident", "comment", "remark",
        "criticism", "finding", "conclusion", "characterisation", "characterization",
        "insinuation", "theory", "contention", "argument", "lawsuit", "suit", "indictment",
        "complaint", "ad", "advert", "advertisement", "commercial", "mailer", "post", "tweet",
        "video", "meme", "headline",
    }
)  # fmt: skip
# A common noun that owns a said-noun ("the administration's figures") and the words of
# the sources it stands for (parts of a source's id: "united-states", "white-house").
SOURCE_NOUNS: dict[str, tuple[str, ...]] = {
    "administration": ("administration", "white", "united", "government"),
    "government": ("government", "administration", "ministry"),
    "company": ("company", "firm", "corporation", "inc", "corp"),
    "police": ("police", "officers", "department"),
}
# Said-nouns that name an accusation: "denied his counterpart's accusations of war crimes".
ACCUSING_NOUNS = frozenset(
    {"accusation", "allegation", "charge", "claim", "insinuation", "lawsuit", "suit",
     "indictment", "complaint"}
)  # fmt: skip
# Said-nouns that answer a demand: "rejected calls for a ceasefire".
DEMAND_NOUNS = frozenset({"call", "demand", "request", "proposal", "offer", "appeal", "plea"})
# What a denial by the accused denies when it names no claim: "denied wrongdoing",
# "rejected any involvement", "denies breaking the law" (keys: long words cut to seven).
GUILT = frozenset(
    {
        "wrongdo", "wrong", "involve", "respons", "guilt", "guilty", "miscond", "impropr",
        "illegal", "break", "law", "crime", "knowled", "part", "role", "blame",
        "culpabi", "liabili", "fault", "ever", "any",
    }
)  # fmt: skip
# Verbs of having, which a short denial adds to what it denies: "denies even owning any
# drones" against "a Velora drone".
HAVING = frozenset({"have", "own", "possess", "operate", "hold"})
# Verbs of blaming someone, in a claim that says it was done falsely: "India falsely
# tried to implicate Pakistan", "they are trying to scapegoat us".
BLAMING = frozenset({"implicate", "blame", "accuse", "frame", "scapegoat", "smear", "link"})
# Verbs that pass on what they name: "citing an unfounded theory, Trump accused ..." has
# the writer's falsity word, not the speaker's answer.
CITING = frozenset({"cite", "quote", "repeat", "reiterate", "mention", "spread", "share"})
# Verbs that a denial's kind comes with but that answer nothing: "declined to comment".
NOT_ANSWERS = frozenset({"decline", "refuse", "fail", "avoid"})

# A reference by pronoun alone: "denied this", "called it baseless", "rejected them".
POINTERS = frozenset({"this", "that", "it", "these", "those", "them", "which", "such", "same"})
PLURAL_POINTERS = frozenset({"these", "those", "them"})

# Verbs that report what someone else said or did (their subject is not the deed's).
REPORTING = frozenset(
    {
        "say", "claim", "accuse", "allege", "report", "tell", "charge", "argue", "insist",
        "suggest", "state", "announce", "blame", "assert",
    }
)  # fmt: skip

# Answering verbs that reply to what was just said: "countered that", "retorted".
REPLY_VERBS = frozenset({"counter", "retort", "rebut", "respond", "reply"})

# Markers of an answer within a statement: "in turn argued", "hit back".
ANSWER_MARKERS = ("in turn", "hit back", "hitting back", "fired back", "pushed back")

# A sentence that sets itself against the one before: "But Baku claimed further advances".
CONTRAST_OPENERS = frozenset(
    {"but", "however", "yet", "nevertheless", "nonetheless", "conversely", "instead"}
)
# The same set off by commas after the subject: "The union, however, said ...".
CONTRAST_ASIDES = frozenset({"however", "though", "meanwhile", "nevertheless", "nonetheless"})
CONTRAST_PHRASES = ("in contrast", "on the other hand", "by contrast", "for its part")

# Attacks, for who-attacked-first ("an Azerbaijani attack", "Armenian forces shelled").
ATTACK_LEMMAS = frozenset(
    {
        "attack", "shell", "shelling", "strike", "fire", "launch", "provoke", "provocation",
        "violate", "violation", "invade", "invasion", "offensive", "aggression", "start",
        "begin", "bomb", "bombing", "bombard", "bombardment", "cross", "incursion",
        "infiltrate", "infiltration", "assault", "raid", "ambush", "target", "kill",
        "open", "breach", "escalate", "escalation", "violence", "brutality", "riot",
        "loot", "burn", "torch", "beat",
    }
)  # fmt: skip
# What was started: an attack, or the fighting ("started the clashes").
FIGHTING = ATTACK_LEMMAS | {
    "clash",
    "fighting",
    "fight",
    "war",
    "conflict",
    "hostility",
    "violence",
}
FIRST_WORDS = frozenset({"first", "began", "begin", "start", "started", "initiate", "provoke"})


# Words of one thing, whatever the source calls it: "the truce", "the cessation of
# hostilities", "the pause in the fighting".
TOPICS: dict[str, frozenset[str]] = {
    "truce": frozenset(
        {"truce", "ceasefire", "cease-fire", "cessation", "pause", "armistice", "calm", "halt"}
    ),
    "talks": frozenset(
        {"talk", "talks", "negotiation", "negotiations", "deal", "agreement", "accord", "peace"}
    ),
    "intent": frozenset(
        {
            "intentional", "intentionally", "deliberate", "deliberately", "deliberateness",
            "targeted", "targeting", "target", "crime", "crimes",
        }
    ),
    "law": frozenset({"law", "legal", "illegal", "lawful", "unlawful", "legitimate"}),
    # not "law" or "vote": "violated state law", "vote counting systems" are no bill
    "bill": frozenset({"bill", "measure", "legislation", "amendment"}),
    "ruling": frozenset({"ruling", "decision", "verdict", "judgment", "judgement"}),
    # what a warning is of, and a rebuttal plays down: "a serious danger" / "the risk
    # was minimal"
    "risk": frozenset({"risk", "danger", "threat", "hazard", "peril", "harm", "impact",
                       "effect", "damage", "problem", "concern", "fear", "worry"}),
}  # fmt: skip

# Topics an assessment can hold or fail: its stance words below.
STANCE_TOPICS = ("truce", "talks", "bill")
# Assessments that say a thing works, holds or will happen, against ones that say it
# failed: "largely holding" against "complete nullification".
HOLDS = frozenset(
    {
        "holding", "hold", "held", "intact", "working", "respected", "success",
        "successful", "possible", "pass", "progress", "advance", "effective", "survive",
        "surviving", "alive", "work",
    }
)  # fmt: skip
FAILS = frozenset(
    {
        "collapse", "collapsed", "collapsing", "nullification", "broken", "wrecked", "dead",
        "failed", "failure", "fail", "failing", "impossible", "zero", "stalled", "doomed",
        "unravel", "unravelling", "unraveling", "crumble", "crumbling",
    }
)  # fmt: skip
# Words whose negation reaches into what follows: "not possible to conclude that this
# was intentional", "no evidence that".
# "no plans to close the factory", "no intention of raising taxes": not doing it.
EPISTEMIC = frozenset(
    {"possible", "clear", "evidence", "proof", "conclude", "show", "prove", "say", "true",
     "sign", "indication", "plan", "intention", "intend"}
)  # fmt: skip

# Numbers said against another's: "much higher than the military had announced".
COMPARED_TO_ANOTHER = (
    "higher than", "lower than", "more than the", "fewer than the", "far more", "far fewer",
    "understated", "overstated", "underreported", "inflated", "exaggerated",
    "the real number", "the actual number", "the true number", "the real figure",
    "the actual figure", "the true figure", "the real toll", "the true toll",
    "the real cost", "the true cost", "the actual cost", "closer to",
)  # fmt: skip

# Words of a count, for a comparison to be one of figures ("the toll was far higher").
COUNT_WORDS = (
    "toll", "number", "figure", "casualt", "dead", "death", "killed", "wounded", "injured",
    "losses", "count", "tally", "estimate", "total", "crowd", "turnout", "cost",
)  # fmt: skip

# Words that say nothing about what a claim is about (for topic overlap).
GENERIC = frozenset(
    {
        "say", "tell", "add", "state", "claim", "report", "accuse", "deny", "reject",
        "also", "would", "could", "should", "may", "might", "must", "will", "can",
        "time", "day", "week", "month", "year", "today", "yesterday", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "people", "thing", "way",
        "official", "officials", "ministry", "government", "event", "events", "spokesman",
        "spokeswoman", "spokesperson", "statement", "side", "sides", "country", "countries", "part",
        "make", "take", "give", "get", "go", "come", "know", "see", "think", "want",
        "call", "describe", "insist", "argue", "stress", "note", "warn", "include",
        "continue", "remain", "become", "seem", "use", "put", "keep", "hold", "leave",
        "number", "other", "many", "much", "more", "most", "last", "new",
        "percent", "per", "cent", "mr", "mrs", "ms", "dr", "news", "agency", "january",
        "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "morning", "evening", "night", "weekend",
    }
)  # fmt: skip

# "each other", "one another": one claim by both sides, never a dispute or an arrow.
MUTUAL = ("each other", "one another", "each side", "both sides accuse", "traded accusations",
          "trade accusations", "trading accusations", "trading blame", "traded blame")  # fmt: skip

# Polar words, in pairs: one side says a thing went up, helped, kept the rules; the
# other that it went down, hurt, broke them ("the merger would lower prices" against
# "the merger would raise prices").  Lemmas; a word is in one pair only.
OPPOSITES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "up": (
        frozenset({"rise", "increase", "grow", "climb", "soar", "raise", "surge", "jump",
                   "expand", "boost", "higher", "double", "triple", "quadruple"}),
        frozenset({"fall", "decrease", "decline", "drop", "shrink", "cut", "reduce", "lower",
                   "slash", "plunge", "slump", "contract", "halve"}),
    ),
    "help": (
        frozenset({"help", "benefit", "improve", "strengthen", "protect", "save"}),
        frozenset({"hurt", "harm", "damage", "weaken", "worsen", "endanger", "threaten"}),
    ),
    "rules": (
        frozenset({"abide", "comply", "respect", "honour", "honor", "observe", "uphold",
                   "obey", "legal", "lawful", "constitutional", "compliant", "consistent"}),
        frozenset({"violate", "breach", "flout", "break", "illegal", "unlawful",
                   "unconstitutional", "ignore", "inconsistent"}),
    ),
    "guilt": (frozenset({"guilty", "culpable"}), frozenset({"innocent", "blameless"})),
    "safe": (frozenset({"safe", "secure", "harmless"}), frozenset({"unsafe", "dangerous",
                                                                   "harmful", "toxic"})),
    "peace": (frozenset({"peaceful", "calm", "nonviolent"}), frozenset({"violent"})),
    "budget": (frozenset({"surplus", "balanced", "profitable", "profit"}),
               frozenset({"deficit", "loss", "shortfall", "unprofitable"})),
    "truth": (frozenset({"accurate", "true", "correct"}),
              frozenset({"inaccurate", "untrue", "incorrect", "wrong", "false"})),
    "win": (frozenset({"win", "won"}), frozenset({"lose", "lost"})),
    # said of a policy or a plan: "the curfew had worked" against "the curfew had failed"
    # (not "failed to act", "worked with them": see opposites._judged)
    "work": (frozenset({"work", "succeed", "successful", "effective"}),
             frozenset({"fail", "backfire", "unsuccessful", "ineffective"})),
    # a position on a thing: "supports the bill" against "opposes it" (and "will vote
    # against the bill": see opposites._voted)
    "position": (frozenset({"support", "back", "endorse", "favor", "favour", "champion"}),
                 frozenset({"oppose"})),
    # how great a risk is, said only of a risk (:data:`SCALED`): "a serious danger"
    # against "the risk was minimal"
    "scale": (frozenset({"serious", "grave", "severe", "significant", "major", "substantial",
                         "considerable", "huge", "enormous", "high", "great", "big",
                         "alarming", "acute", "widespread"}),
              frozenset({"minimal", "minor", "negligible", "small", "low", "limited", "slight",
                         "tiny", "remote", "overblown", "overstated", "insignificant",
                         "exaggerate", "exaggerated", "overstate", "overblow", "little"})),
}  # fmt: skip
# Polar pairs said only of a topic: "scale" only of a risk ("a major city" is none).
SCALED = {"scale": "#risk"}

# Deeds one side says another did wrong (lemmas), for defences and counter-accusations:
# an attack, a crime, a breach of a rule or a deal ("stole", "violating the agreement",
# "police violence", "blocked aid trucks").
WRONGS = ATTACK_LEMMAS | frozenset(
    {
        "steal", "embezzle", "defraud", "fraud", "bribe", "bribery", "launder", "dump",
        "pollute", "abuse", "harass", "harassment", "rape", "murder", "assault", "torture",
        "conceal", "falsify", "forge", "cheat", "threaten", "intimidate", "block", "obstruct",
        "sabotage", "undermine", "disrupt", "wreck", "breach", "break", "flout", "smuggle",
        "prevent",
        "traffic", "extort", "extortion", "kidnap", "abduct", "massacre", "persecute",
        "persecution", "repression", "crackdown", "mistreat", "neglect", "misuse",
        "misconduct", "corruption", "meddle", "interfere", "interference", "destabilise",
        "destabilize", "provoke", "blame", "mislead", "deceive", "overcharge",
    }
)  # fmt: skip

# A deed said to go too far: "used excessive force", "disproportionate response".
EXCESSIVE = frozenset({"excessive", "unnecessary", "disproportionate", "unreasonable", "brutal"})
# Sources that accuse by office: what they say someone did is what they charge.
ACCUSERS = frozenset(
    {"prosecutor", "prosecutors", "indictment", "complaint", "lawsuit", "suit", "plaintiff",
     "plaintiffs", "accuser", "accusers", "prosecution", "affidavit", "charging"}
)  # fmt: skip
# Common nouns that name the same people: a claim by "Police in Portland" is blamed as
# "officers"; one by "Protesters" as "demonstrators".
SAME_PEOPLE: dict[str, tuple[str, ...]] = {
    "police": ("police", "officers", "officer", "policemen", "cops", "troopers"),
    "protesters": ("protesters", "demonstrators", "marchers", "activists", "crowd"),
    "demonstrators": ("protesters", "demonstrators", "marchers", "activists", "crowd"),
    "government": ("government", "regime", "authorities", "administration"),
    "army": ("army", "military", "troops", "soldiers", "forces"),
    "military": ("army", "military", "troops", "soldiers", "forces"),
    "company": ("company", "firm"),
}

# Cues of a position on a thing (lemmas): "welcomed the ruling" against "condemned the
# ruling" (see :mod:`.reactions`).
APPROVING = frozenset(
    {"welcome", "praise", "hail", "applaud", "laud", "commend", "celebrate", "support",
     "back", "endorse", "defend", "champion"}
)  # fmt: skip
CONDEMNING = frozenset(
    {"condemn", "criticise", "criticize", "denounce", "slam", "oppose", "decry", "blast",
     "deplore", "lambast", "lambaste", "castigate", "assail"}
)  # fmt: skip
