"""Data: the words that make roles, organisations and non-actors.

Kept as data so a new title or a new kind of office is one line, not new code.
"""

from __future__ import annotations

from generator.vocabulary import HONORIFICS as HONORIFICS
from generator.vocabulary import TITLES as TITLES


def _items(text: str) -> frozenset[str]:
    """Comma-separated entries (lower case), for tables too long to list one per line."""
    return frozenset(item.strip() for item in text.split(",") if item.strip())


# Titles and courtesy titles are shared vocabulary (generator/vocabulary.py).

# Heads of organisation noun phrases: "Armenia's defence ministry", "the army".
ORG_HEADS = (
    "ministry",
    "office",
    "army",
    "military",
    "government",
    "parliament",
    "presidency",
    "embassy",
    "police",
    "navy",
    "prosecutor",
    "prosecution",
    "cabinet",
    "council",
    "committee",
    "agency",
    "service",
    "services",
    "court",
    "administration",
    "authorities",
    "command",
    "staff",
)
# Organisation heads that only count with a country/region owner ("the army" alone
# is not an actor; "Azerbaijan's army" is).
MINISTRY_FIELDS = (
    "defence",
    "defense",
    "foreign",
    "foreign affairs",
    "interior",
    "health",
    "finance",
    "justice",
    "emergency",
    "emergencies",
    "information",
    "economy",
    "education",
)

# Spelling variants folded before making ids ("defense" -> "defence").
SPELLING = {
    "defense": "defence",
    "organization": "organisation",
    "sergei": "sergey",
    "counselor": "counsellor",
    "advisor": "adviser",
}

# Words that look like names to a tagger but are never actors.
NOT_ACTORS = _items(
    """
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march,
april, may, june, july, august, september, october, november, december, twitter, facebook,
instagram, youtube, telegram, tiktok, whatsapp, x, google, reddit, linkedin, image, images,
file, file pic, pic, photo, picture, getty, getty images, reuters, ap, afp,
associated press, pa, epa, shutterstock, video, analysis, comment, update, live, breaking,
republics, god, covid, covid-19, coronavirus, christian, christians, muslim, muslims,
jewish, jews, islam, christianity, sunni, shia, shiite, western, eastern, european, arab,
soviet republics, post, story, rating, gmt, bst, utc, cet, edt, est, pst,
am, pm, daily mail, mailonline, north, south, east, west, state, defence, defense, strip,
city
"""
)

# Geographic names that are places, never states or organisations.
GEO_PLACES = _items(
    """
caucasus, south caucasus, north caucasus, middle east, europe, asia, central asia, africa,
balkans, gulf, persian gulf, black sea, mediterranean, levant, west, anatolia
"""
)

# Social networks and platforms: named as where something was said, never speakers.
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "telegram", "tiktok", "x"}

# Nouns a place name stands next to ("the regional capital, Stepanakert").
PLACE_NOUNS = _items(
    """
capital, city, town, village, region, province, district, port, airport, border, enclave,
territory, area, settlement
"""
)

# Descriptions that stand for an actor already named ("the breakaway region").
REGION_DESCRIPTIONS = (
    "breakaway region",
    "disputed region",
    "disputed territory",
    "enclave",
    "separatist region",
    "the region",
)

# Armed and political groups that are not states: kind "group".
GROUPS = _items(
    """
hamas, hezbollah, taliban, the taliban, islamic state, isis, isil, al-qaeda, al qaeda,
houthis, wagner, wagner group, islamic jihad, pkk, ypg, sdf, rsf, rapid support forces,
al-shabab, boko haram, jaish-e-mohammed, lashkar-e-taiba, hayat tahrir al-sham, hts
"""
)

# International organisations: canonical name -> other names (acronyms, spellings).
INTERNATIONAL = {
    "European Union": ("EU", "E.U."),
    "United Nations": ("UN", "U.N."),
    "UN Security Council": ("Security Council", "United Nations Security Council", "UNSC"),
    "NATO": ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    "OSCE": (
        "Organization for Security and Co-operation in Europe",
        "Organisation for Security and Co-operation in Europe",
        "Organization for Security and Cooperation in Europe",
        "Organisation for Security and Cooperation in Europe",
        "Organisation for Security and Co-operation",
        "Organization for Security and Cooperation",
        "Organisation for Security and Cooperation",
        "OSCE Minsk Group",
        "Minsk Group",
    ),
    "World Health Organization": ("WHO", "World Health Organisation"),
    "International Committee of the Red Cross": ("ICRC", "Red Cross"),
    "International Criminal Court": ("ICC",),
    "International Court of Justice": ("ICJ",),
    "African Union": ("AU",),
    "Arab League": ("League of Arab States",),
    "International Monetary Fund": ("IMF",),
    "World Bank": (),
    "Collective Security Treaty Organization": ("CSTO", "Collective Security Treaty Organisation"),
    "Amnesty International": ("Amnesty",),
    "Human Rights Watch": ("HRW",),
    "UNRWA": (),
    "UNICEF": ("Unicef",),
}
INTERNATIONAL_NAMES = {
    alias: name for name, aliases in INTERNATIONAL.items() for alias in (name, *aliases)
}

# Nouns a named organisation stands before ("the Interfax news agency").
NAMED_ORG_NOUNS = _items(
    """
agency, group, party, company, newspaper, channel, network, organisation, organization,
institute, council, movement, firm, broadcaster, outlet, militia, faction
"""
)

# Capitalised common nouns a tagger takes for names ("the Group", "the Hospital").
GENERIC_NOUNS = _items(
    """
group, hospital, republic, university, airlines, leadership, government, ministry, army,
police, council, court, parliament, brexit, olympic, olympics, standard, jew, jews, muslim,
mujahideen
"""
)

# Last words that make a named place an institution ("Al-Shifa Hospital", "... Center").
INSTITUTION_NOUNS = _items(
    """
center, centre, university, foundation, hospital, school, college, bank, fund, commission,
committee, court, network, institute, council, agency, museum, ministry, office, service
"""
)

# Weapons and equipment: a name that modifies one ("Merkava tanks", "the Harop, a
# loitering munition") is a model, not an actor.
EQUIPMENT_NOUNS = _items(
    """
tank, drone, missile, rocket, jet, fighter, warplane, aircraft, plane, helicopter, gun,
rifle, pistol, munition, launcher, howitzer, artillery, shell, bomb, warship, submarine,
frigate, destroyer, vehicle, system, interceptor, spyware, weapon
"""
)

# Lower-case words inside a person's name ("Ursula von der Leyen", "Omar al Bashir").
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "la", "le", "du", "da", "al", "bin", "ibn", "dos"}
)
