"""The words that say what a source without a name is: people, a body or a document.

Read by :mod:`generator.extract.unnamed`: "officials said" (people), "the newspaper
reported" (a body), "a poll found" (a document), "42 percent of voters" (a share of
people).
"""

from __future__ import annotations

# Heads that name people who speak without being named.
PEOPLE = {
    "official", "analyst", "expert", "witness", "resident", "diplomat", "source",
    "observer", "activist", "medic", "doctor", "rescuer", "survivor", "rebel", "militant",
    "protester", "critic", "lawmaker", "legislator", "aide", "adviser", "advisor",
    "negotiator", "investigator", "monitor", "prosecutor", "authority", "villager",
    "campaigner", "economist", "researcher", "scientist", "commander", "officer",
    "soldier", "volunteer", "worker", "farmer", "lawyer", "insider", "staffer",
    "spokesperson", "spokesman", "spokeswoman", "police", "voter", "supporter",
    "opponent", "candidate", "leader", "member", "people", "person", "man", "woman",
    "friend", "politician", "governor", "senator", "representative", "reporter",
    "journalist", "correspondent", "judge", "investor", "employee", "executive",
    "businessman", "businesswoman", "advocate", "crowd", "attorney", "moderator", "donor",
    "nominee", "audience", "delegate", "ally", "organizer", "organiser", "host",
    "narrator", "announcer", "commentator", "pundit", "strategist", "operative",
    "consultant", "pollster", "historian", "scholar", "professor", "teacher", "student",
    "parent", "mother", "father", "son", "daughter", "family", "relative", "neighbour",
    "neighbor", "colleague", "veteran", "victim", "passenger", "pilot", "nurse",
    "physician", "surgeon", "cleric", "priest", "imam", "rabbi", "fighter", "separatist",
    "mediator", "envoy", "ambassador", "minister", "participant", "attendee", "citizen",
    "local", "islander", "refugee", "migrant", "demonstrator", "environmentalist",
    "conservative", "liberal", "progressive", "republican", "democrat", "socialist",
    "fan", "user", "customer", "questioner", "caller", "viewer", "reader", "panelist",
    "tycoon", "billionaire", "developer", "manager", "director", "founder", "owner",
    "chief", "head", "trustee", "regulator", "inspector", "mayor", "councillor",
    "councilor", "congressman", "congresswoman", "justice", "elder", "backer",
    "surrogate", "speechwriter", "staff", "guard", "troop", "force", "lobbyist",
    "pastor", "defender", "plaintiff", "defendant", "accuser", "whistleblower",
    "taxpayer", "administrator", "rapporteur", "homeowner", "shopper", "consumer",
    "secretary", "chairman", "chairwoman", "chair", "premier", "chancellor", "president",
    "deputy", "counsel", "editor", "coordinator", "ombudsman", "settler", "hostage",
    "prisoner", "detainee", "captive", "inmate", "firefighter", "paramedic", "tenant",
    "shareholder", "player", "coach", "athlete", "artist",
    # poll and street voices: "51 percent of respondents said", "mourners say"
    "respondent", "mourner", "fact-checker", "checker", "bystander", "onlooker",
    "community", "listener",  # "the fishing community, which largely supports"
    # family: "his ex-wife contended", "her brother told reporters"
    "wife", "husband", "spouse", "widow", "widower", "brother", "sister", "sibling",
    "cousin", "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather",
}  # fmt: skip

# Singular heads a story calls the person it is about by ("the star said", "the
# billionaire real estate magnate says"): that person, when one was just named
EPITHETS = {
    "star",
    "magnate",
    "mogul",
    "tycoon",
    "billionaire",
    "celebrity",
    "singer",
    "actor",
    "actress",
    "rapper",
    "comedian",
    "musician",
    "novelist",
    "boxer",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "firebrand",
    "maverick",
}  # fmt: skip (no offices: "the Democratic nominee" is no one the story just named)
PEOPLE |= EPITHETS

# Heads that name a body by its kind ("the newspaper", "the campaign", "state TV").
BODIES = {
    "ministry", "office", "army", "military", "government", "parliament", "presidency",
    "embassy", "navy", "prosecution", "cabinet", "council", "committee", "agency",
    "service", "court", "administration", "command", "campaign", "company", "firm",
    "board", "party", "organisation", "organization", "union", "network", "newspaper",
    "paper", "outlet", "website", "site", "magazine", "channel", "broadcaster", "station",
    "tv", "television", "radio", "institute", "bank", "commission", "department", "pac",
    "coalition", "alliance", "association", "foundation", "charity", "tribunal", "panel",
    "hospital", "university", "observatory", "mission", "delegation", "regime", "group",
    "team", "fund", "center", "centre", "think", "tank", "studio", "airline", "operator",
    "utility", "watchdog", "regulator", "legislature", "senate", "house", "assembly",
    "caucus", "secretariat", "directorate", "bureau", "police", "prosecutor", "bloc",
    "leadership",  # "the party's leadership said"
}  # fmt: skip

# Heads that name a document, a poll or a recording ("the report", "court filings").
DOCUMENTS = {
    "report", "poll", "survey", "study", "statement", "release", "readout", "communique",
    "letter", "memo", "email", "tweet", "post", "filing", "document", "complaint",
    "lawsuit", "indictment", "ruling", "verdict", "analysis", "research", "finding",
    "data", "figure", "tally", "count", "estimate", "projection", "record", "transcript",
    "video", "footage", "clip", "ad", "advertisement", "spot", "editorial", "op-ed",
    "column", "article", "book", "memoir", "speech", "message", "petition", "cable",
    "review", "audit", "investigation", "assessment", "index", "model", "forecast",
    "brief", "motion", "notice", "order", "paper", "dossier", "leak",
    "poster", "graphic", "map", "image", "photograph", "photo", "slide", "datum",
    "statistic", "average", "census", "polling", "story", "return",
    # "according to his Facebook profile", "the results showed"
    "profile", "result", "submission", "obituary", "biography",
}  # fmt: skip

# "42 percent of voters", "a majority of Republicans": a share of people named after "of".
SHARES = {"percent", "%", "majority", "minority", "half", "third", "quarter", "plurality",
          "most", "many", "some", "number", "proportion", "share", "all", "none",
          "chorus", "group", "handful", "host", "dozen", "dozens", "couple"}  # fmt: skip

__all__ = ["BODIES", "DOCUMENTS", "PEOPLE", "SHARES"]
