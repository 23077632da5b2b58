"""Data: the words that make roles, organisations and non-actors.

Kept as data so a new title or a new kind of office is one line, not new code.
"""

from __future__ import annotations

from generator.vocabulary import HONORIFICS as HONORIFICS
from generator.vocabulary import TITLES as TITLES


def _items(text: str) -> frozenset[str]:
    """Comma-separated entries (lower case), for tables too long to list one per line."""
    return frozenset(item.strip() for item in text.split(",") if item.strip())


# Titles (``TITLES``) and courtesy titles (``HONORIFICS``) are shared vocabulary
# (generator/vocabulary.py), imported above.

# Nouns that say what a person is or does, written before or after a name like a title
# ("CNN anchor Kaitlan Collins", "Issam Abdallah, a Reuters journalist").  Lower case.
ROLE_NOUNS = _items(
    """
anchor, host, presenter, journalist, photojournalist, photographer, cameraman,
camerawoman, videographer, columnist, commentator, producer, resident, residents, villager,
farmer, shopkeeper, doctor, nurse, surgeon, physician, medic, paramedic, lawyer, attorney,
judge, fellow, scholar, historian, economist, scientist, officer, soldier, pilot,
fighter, nominee, candidate, negotiator, mediator, manager, administrator, executive,
founder, co-founder, owner, coordinator, representative, delegate, commissioner,
ombudsman, rapporteur, inspector, investigator, activist, campaigner, organiser,
organizer, student, teacher, worker, volunteer, rescuer, engineer, specialist,
consultant, strategist, pollster, staffer, councillor, councilor, congressman,
congresswoman, senator, sen, rep, assemblyman, assemblywoman, legislator, mep,
whip, cleric, imam, rabbi, priest, bishop, archbishop, cardinal, admiral, brigadier,
sergeant, corporal, marshal, commandant, lecturer, counsellor, counselor, consul, envoy,
emissary, undersecretary, deputy, secretary, lt, gen, col, sgt, capt, maj, adm, ceo,
chairperson, chair, president, treasurer, monitor, observer, expert, researcher,
counsel, gov, justice, sheriff, detective, superintendent, comptroller, magistrate,
solicitor, cfo, coo, cto, sens, reps, prosecutor, coroner, registrar, provost, auditor,
examiner, trustee, alderman, alderwoman, selectman, warden, constable, regent, member,
councilman, councilwoman, councilmember, agent, trooper, dean, provost, principal,
headteacher, headmaster, headmistress, rector, chaplain, investor, employee, advocate,
meteorologist, epidemiologist, virologist, immunologist, cardiologist, psychiatrist,
psychologist, pediatrician, paediatrician, physicist, biologist, chemist, pharmacist,
dentist, veterinarian, therapist, author, writer, architect, designer, artist, musician,
singer, actor, actress, coach, player, broker, trader, banker, accountant, contractor,
pastor, assistant, clerk, guard
"""
)

# Titles that are also first names ("Dean Phillips"): before a name they are a title
# only when two words of name follow ("Dean Jane Roe"); "Dean Phillips" is a name.
FIRST_NAME_TITLES = frozenset({"dean"})

# Offices of a town, county or district: whose is one is a place ("Lowford's
# superintendent", "Kell County's sheriff"), even where a tagger reads it as a person.
LOCAL_OFFICES = _items(
    """
mayor, superintendent, sheriff, coroner, councillor, councilor, councilman, councilwoman,
alderman, alderwoman, selectman, city manager, police chief, fire chief, district attorney,
county attorney, city attorney, county executive, county clerk, city clerk, assessor,
school board, city council, county commissioner, police commissioner
"""
)

# Words that stand in a title before its head noun ("former deputy foreign minister").
ROLE_MODIFIERS = _items(
    """
former, deputy, acting, senior, chief, top, then, late, ex, new, outgoing, incoming,
first, vice, assistant, affairs, security, foreign, defence, defense, military, regional,
national, state, special, presidential, rear, lieutenant, major, general, executive,
principal, associate, junior, interim, permanent, lead, leading, veteran, longtime,
local, retired, elected, designate, co, press, communications
"""
)

# Real places a letter or two from a state's name: never read as that state misspelt
# ("Columbia, South Carolina" is not Colombia).
NOT_MISSPELT = frozenset({"Columbia", "Austin", "Nigerian", "Guinean"})

# Titles that are part of a name when the person goes by one name ("Pope Francis").
REGNAL_TITLES = frozenset(
    {"pope", "king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "emir"}
)


# Every word of a title, and the words a title ends with (a role needs one of these:
# "deputy" alone is not a role).
TITLE_WORDS = frozenset(
    {w for title in TITLES for w in title.split()} | ROLE_NOUNS | {"pm", "mp"}
) - {"of", "state", "staff", "the"}
TITLE_HEADS = frozenset({title.split()[-1] for title in TITLES} | ROLE_NOUNS | {"pm", "mp"}) - {
    "state",
    "staff",
    "deputy",
    "vice",
}

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
instagram, youtube, telegram, tiktok, whatsapp, x, google, reddit, linkedin, truth social,
threads, bluesky, substack, rumble, weibo, wechat, snapchat, image, images,
file, file pic, pic, photo, picture, getty, getty images, reuters, ap, afp,
associated press, pa, epa, shutterstock, video, analysis, comment, update, live, breaking,
republics, god, covid, covid-19, coronavirus, christian, christians, muslim, muslims,
jewish, jews, islam, christianity, sunni, shia, shiite, western, eastern, european, arab,
soviet republics, post, story, rating, gmt, bst, utc, cet, edt, est, pst,
am, pm, daily mail, mailonline, north, south, east, west, state, defence, defense, strip,
city, allah, almighty, divine providence, mother nature, lady luck, holy spirit, holy ghost
"""
)

# Last words of the names of scriptures and holy books, which the tagger reads as people
# ("the King James Bible"): no actor, whatever stands before them.
SCRIPTURE_HEADS = _items(
    """
bible, koran, quran, qur'an, torah, talmud, gospel, gospels, testament, psalms, scriptures
"""
)

# Words that make a state's formal name ("Republic of Nagorno-Karabakh", "State of Israel").
STATE_FORMS = _items(
    """
republic, state, kingdom, federation, emirate, emirates, principality, sultanate,
commonwealth, democratic, people's, islamic, federal, united, self-proclaimed
"""
)

# Last words of names that are no actor: events, agreements, plans and works ("the
# Good Friday Agreement", "the Armenian Genocide", "China-Pakistan Economic Corridor").
NOT_ACTOR_HEADS = _items(
    """
genocide, war, wars, massacre, agreement, accord, accords, treaty, protocol, act, plan,
deal, initiative, doctrine, offensive, operation, campaign, election, elections, games,
cup, olympics, summit, conference, revolution, uprising, crisis, conflict, corridor,
pipeline, highway, prize, award, festival, day, week, law, bill, resolution, declaration,
convention, charter, strategy, project, report, index, talks
"""
)

# A nation's armed forces, by the names news gives them: one actor with "Israel's
# military" and "the Israeli army" (state id -> names).
ARMED_FORCES = {
    "israel": ("IDF", "Tsahal"),
    "china": ("PLA", "People's Liberation Army"),
}

# Last words that make a name a state's ("the Ottoman Empire").
STATE_HEADS = _items("empire, kingdom, caliphate, sultanate, emirate, republic, federation")

# Nouns for fighters beside an armed group's name ("the Kell Brigades militia").
ARMED_GROUP_NOUNS = _items(
    """
forces, militia, militias, faction, rebels, fighters, insurgents, militants, brigade,
brigades, battalion, battalions, paramilitaries, guerrillas
"""
)

# Nouns of time after a demonym: "in Soviet times" names an era, not the state.
ERA_NOUNS = _items("times, era, period, days, years, rule, occupation, empire, dynasty")

# Geographic names that are places, never states or organisations.
GEO_PLACES = _items(
    """
caucasus, south caucasus, north caucasus, middle east, europe, asia, central asia, africa,
balkans, gulf, persian gulf, black sea, mediterranean, levant, west, anatolia
"""
)

# Social networks and platforms: named as where something was said, never speakers.
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "telegram", "tiktok", "x"}

# Facilities named by the town they are at: "the Rafah crossing", "Jabalia refugee camp"
# are places of their own, not the town.
FACILITY_NOUNS = ("refugee camp", "border crossing", "crossing", "camp", "airport", "air base")

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
al-shabab, boko haram, jaish-e-mohammed, lashkar-e-taiba, hayat tahrir al-sham, hts,
daesh, nusra front, al-nusra front, jabhat al-nusra, ansar allah, houthi, hizballah
"""
)

# Groups that go by several names: canonical name -> other names.
GROUP_NAMES = {
    "Islamic State": ("ISIS", "ISIL", "Daesh", "Islamic State group", "IS group"),
    "Hezbollah": ("Hizbollah", "Hizballah", "Hizbullah"),
    "Hamas": ("Harakat al-Muqawama al-Islamiya",),
    "Taliban": ("the Taliban",),
    "Houthis": ("Houthi", "Ansar Allah", "Ansarallah"),
    "al-Qaeda": ("al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida"),
    "Nusra Front": ("al-Nusra Front", "Nusra", "Jabhat al-Nusra", "al Nusra Front"),
}
GROUP_ALIASES = {alias: name for name, aliases in GROUP_NAMES.items() for alias in aliases}

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
    "Doctors Without Borders": ("MSF", "Medecins Sans Frontieres", "Médecins Sans Frontières"),
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
committee, court, network, institute, council, agency, museum, ministry, office, service,
schools, board
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

# News outlets and wire services whose one-word or unusual names the tagger reads as a
# person, an adverb or nothing ("Axios reported", "Politico said"): organisations.
OUTLETS = frozenset(
    {"Axios", "Politico", "Reuters", "Bloomberg", "CNN", "MSNBC", "CNBC", "NPR", "PBS",
     "NBC", "CBS", "ABC", "BBC", "AP", "AFP", "Semafor", "Vox", "HuffPost", "BuzzFeed",
     "Breitbart", "Newsmax", "Mediaite", "Punchbowl", "Newsweek", "Forbes", "Slate",
     "Salon", "Vice", "Gizmodo", "TechCrunch", "Fortune", "Barron's", "Variety", "Deadline",
     "Al Jazeera", "Sky News", "Fox News", "NBC News", "CBS News", "ABC News", "The Hill",
     "The Atlantic", "The Intercept", "ProPublica", "Bellingcat", "Interfax", "TASS",
     "Xinhua", "Yonhap", "Kyodo", "Anadolu", "WAFA", "IRNA", "RIA Novosti", "Sputnik"}
)  # fmt: skip
