"""US-style titles: abbreviated ranks and offices, and the party-and-state tag after a
legislator's name.

American copy writes "Sen. Ben Tasker, R-Neb.," and "Rep. Lora Quint (D-Calif.)": the
role is the title and the tag as the article writes them, "Sen., R-Neb." and "Rep.,
D-Calif." (a fact sheet states a role as the article does: abbreviations stay, as
editors keep them).  A tag with no title before the name reads "Republican from
Nebraska".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.roles import Role

_PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
_ADJECTIVES = {"Republican": "Republican", "Democrat": "Democratic", "Independent": "Independent"}
# ", a Democrat," / ", a Republican from Ohio," after the name
_MEMBER = re.compile(
    r"^\s*,\s+an?\s+(?:(?P<home>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?"
    r"(?P<party>Democrat|Republican|independent)"
    r"(?:\s+from\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\s*(?=[,.;]|\s+(?:who|said|says)\b)"
)

# AP style and postal abbreviations of the US states (and DC), as written in party tags.
_STATES_AP = {
    "Ala.": "Alabama", "Alaska": "Alaska", "Ariz.": "Arizona", "Ark.": "Arkansas",
    "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Hawaii": "Hawaii", "Idaho": "Idaho",
    "Ill.": "Illinois", "Ind.": "Indiana", "Iowa": "Iowa", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Maine": "Maine", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Ohio": "Ohio",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Texas": "Texas",
    "Utah": "Utah", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "D.C.": "District of Columbia",
}  # fmt: skip
_POSTAL = (
    "AL Alabama, AK Alaska, AZ Arizona, AR Arkansas, CA California, CO Colorado, "
    "CT Connecticut, DE Delaware, FL Florida, GA Georgia, HI Hawaii, ID Idaho, IL Illinois, "
    "IN Indiana, IA Iowa, KS Kansas, KY Kentucky, LA Louisiana, ME Maine, MD Maryland, "
    "MA Massachusetts, MI Michigan, MN Minnesota, MS Mississippi, MO Missouri, MT Montana, "
    "NE Nebraska, NV Nevada, NH New Hampshire, NJ New Jersey, NM New Mexico, NY New York, "
    "NC North Carolina, ND North Dakota, OH Ohio, OK Oklahoma, OR Oregon, PA Pennsylvania, "
    "RI Rhode Island, SC South Carolina, SD South Dakota, TN Tennessee, TX Texas, UT Utah, "
    "VT Vermont, VA Virginia, WA Washington, WV West Virginia, WI Wisconsin, WY Wyoming"
)
STATES = dict(_STATES_AP)
for _pair in _POSTAL.split(", "):
    _code, _state = _pair.split(" ", 1)
    STATES[_code] = _state
_STATE_NAMES = {state: state for state in STATES.values()}

# ", R-Neb.," / " (D-Calif.)" / ", I-Vt." / " (R-Texas)" right after the name
_TAG = re.compile(
    r"^\s*(?:,\s*|\(\s*)(?P<party>[RDI])\s*-\s*(?P<state>(?:[A-Z][a-zA-Z]*\.?\s?){1,3}?)"
    r"\s*(?=[,);:]|\.\s|\.?$|\s+(?:said|says|told|wrote|added)\b)"
)

# " (R)" after a governor's or mayor's name: the party alone
_PARTY_ALONE = re.compile(r"^\s*\((?P<party>[RDI])\)")
_ABBREVIATIONS = {
    "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Lt.": "Lieutenant",
    "Gen.": "General", "Col.": "Colonel", "Sgt.": "Sergeant", "Capt.": "Captain",
    "Maj.": "Major", "Adm.": "Admiral", "Cmdr.": "Commander", "Atty.": "Attorney",
    "Supt.": "Superintendent", "Amb.": "Ambassador", "Sec.": "Secretary",
    "Pres.": "President", "Insp.": "Inspector", "Det.": "Detective", "Cpl.": "Corporal",
    "Pvt.": "Private", "Sens.": "Senator", "Reps.": "Representative",
}  # fmt: skip
_ABBREVIATED = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(a[:-1]) for a in _ABBREVIATIONS) + r")\.?(?=\s|,|$)"
)
_WRITTEN_TAG = re.compile(r"\b([RDI])-((?:[A-Z][a-zA-Z]*\.?\s?){1,3})|\(([RDI])\)")


def _state_named(written: str) -> str | None:
    """The state a party tag writes ("Neb." or "Neb": Nebraska; "Texas": Texas)."""
    return STATES.get(written) or STATES.get(written + ".") or _STATE_NAMES.get(written)


def role_words(role: str) -> str:
    """A role as the words it stands for, in lower case, for matching descriptions
    against it ("the senator", "the Vermont Democrat"): "Sen., D-Vt." reads
    "senator, democrat from vermont"."""

    def tag(match: re.Match[str]) -> str:
        if match.group(3):
            return _PARTIES[match.group(3)]
        written = match.group(2).strip()
        state = _state_named(written)
        return f"{_PARTIES[match.group(1)]} from {state}" if state else match.group(0)

    def full(match: re.Match[str]) -> str:
        return _ABBREVIATIONS[match.group(1) + "."]

    return _ABBREVIATED.sub(full, _WRITTEN_TAG.sub(tag, role)).lower()


def party_tag(span: Span) -> tuple[str, str, str] | None:
    """(party, state, as written) of the tag after a name: ("Republican", "Nebraska",
    "R-Neb.") for ", R-Neb."."""
    # the 40 characters after the name, without ``doc.text`` (which joins the whole
    # document on every call): 40 tokens hold at least 40 characters
    after = (span[-1].whitespace_ if len(span) else "") + "".join(
        t.text_with_ws for t in span.doc[span.end : span.end + 40]
    )
    after = after[:40]
    member = _MEMBER.match(after)
    if member is not None:
        home = member.group("home")
        if home is not None and home not in _STATE_NAMES:
            return None  # ", a moderate Democrat,": no state
        party, state = member.group("party").capitalize(), member.group("state") or home or ""
        return party, state, f"{party} from {state}" if state else party
    alone = _PARTY_ALONE.match(after)
    if alone is not None:
        return _PARTIES[alone.group("party")], "", f"({alone.group('party')})"
    match = _TAG.match(after)
    if match is None:
        return None
    written = match.group("state").strip()
    state = _state_named(written)
    if state is None:
        return None
    tag = f"{match.group('party')}-{written}"
    if not written.endswith(".") and written + "." in STATES and after[match.end() :][:1] == ".":
        tag += "."  # "R-Neb." ending its sentence: the full stop is both
    return _PARTIES[match.group("party")], state, tag


def is_tag(span: Span) -> bool:
    """ "R-Ohio" in "Rep. Jo Dalton, R-Ohio,": a legislator's party tag, whose state is
    no actor of the story (nor "R-Ohio" a place)."""
    doc = span.doc
    return (
        len(span) >= 3
        and span[0].text in _PARTIES
        and span[1].text in ("-", "‑")
        and span.start > 0
        and doc[span.start - 1].text in (",", "(")
    )


def us_role(span: Span, role: Role | None) -> Role | None:
    """The role read around a name with the party tag after the name added as written:
    "Sen." + ", R-Neb." is "Sen., R-Neb."; a tag alone is "Republican from Nebraska"."""
    tag = party_tag(span)
    if tag is None:
        return role
    party, state, written = tag
    if role is None:
        return Role(f"{party} from {state}" if state else party, None, 3)
    joint = " " if written.startswith("(") else ", "  # "Gov. (R)", "Sen., R-Neb."
    return Role(f"{role.text}{joint}{written}", role.affiliation, max(3, role.strength))
