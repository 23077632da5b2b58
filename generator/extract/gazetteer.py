"""Data: states and regions, with the other names news writes for them.

One row per state: ``name | other names | demonyms | capital | seats of government``.
A demonym ("Azeri"), a capital ("Baku") or a seat ("the Kremlin") standing for a state
is merged into that state's actor as an alias.  Kept as data, not code: add a row to
teach the extractor a new state.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.slugs import slugify
from generator.vocabulary import STATES_WITH_THE

_STATES = """
Afghanistan||Afghan|Kabul|
Angola||Angolan|Luanda|
Burkina Faso||Burkinabe|Ouagadougou|
Cameroon||Cameroonian|Yaounde|
Central African Republic|CAR||Bangui|
Democratic Republic of Congo|DRC,DR Congo,Congo||Kinshasa|
Ecuador||Ecuadorian|Quito|
El Salvador||Salvadoran,Salvadorean|San Salvador|
Ghana||Ghanaian|Accra|
Guatemala||Guatemalan|Guatemala City|
Haiti||Haitian|Port-au-Prince|
Honduras||Honduran|Tegucigalpa|
Iceland||Icelandic|Reykjavik|
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro|
Luxembourg|||Luxembourg City|
Madagascar||Malagasy|Antananarivo|
Malaysia||Malaysian|Kuala Lumpur|
Mali||Malian|Bamako|
Mauritania||Mauritanian|Nouakchott|
Mongolia||Mongolian|Ulaanbaatar|
Montenegro||Montenegrin|Podgorica|
Mozambique||Mozambican|Maputo|
Myanmar|Burma|Burmese|Naypyidaw|
Nepal||Nepali,Nepalese|Kathmandu|
Nicaragua||Nicaraguan|Managua|
Niger||Nigerien|Niamey|
North Macedonia|Macedonia|Macedonian|Skopje|
Panama||Panamanian|Panama City|
Paraguay||Paraguayan|Asuncion|
Peru||Peruvian|Lima|
Rwanda||Rwandan|Kigali|
Senegal||Senegalese|Dakar|
Sierra Leone||Sierra Leonean|Freetown|
Singapore||Singaporean||
Slovenia||Slovenian,Slovene|Ljubljana|
Tanzania||Tanzanian|Dodoma|
Uganda||Ugandan|Kampala|
Uruguay||Uruguayan|Montevideo|
Vatican|Holy See||Vatican City|
Zambia||Zambian|Lusaka|
Zimbabwe||Zimbabwean|Harare|
Albania||Albanian|Tirana|
Algeria||Algerian|Algiers|
Argentina||Argentine,Argentinian|Buenos Aires|Casa Rosada
Armenia||Armenian|Yerevan|
Australia||Australian|Canberra|
Austria||Austrian|Vienna|
Azerbaijan||Azerbaijani,Azeri|Baku|
Bahrain||Bahraini|Manama|
Bangladesh||Bangladeshi|Dhaka|
Belarus||Belarusian|Minsk|
Belgium||Belgian|Brussels|
Bosnia|Bosnia and Herzegovina|Bosnian|Sarajevo|
Brazil||Brazilian|Brasilia|
Bulgaria||Bulgarian|Sofia|
Canada||Canadian|Ottawa|
Chad||Chadian|N'Djamena|
Chile||Chilean|Santiago|
China|People's Republic of China,PRC|Chinese|Beijing|Zhongnanhai
Colombia||Colombian|Bogota|
Croatia||Croatian|Zagreb|
Cuba||Cuban|Havana|
Cyprus||Cypriot|Nicosia|
Czech Republic|Czechia|Czech|Prague|
Denmark||Danish|Copenhagen|
Egypt||Egyptian|Cairo|
Eritrea||Eritrean|Asmara|
Estonia||Estonian|Tallinn|
Ethiopia||Ethiopian|Addis Ababa|
Finland||Finnish|Helsinki|
France||French|Paris|Elysee,Élysée,Elysee Palace,Élysée Palace,Quai d'Orsay
Georgia||Georgian|Tbilisi|
Germany||German|Berlin|
Greece||Greek|Athens|
Hungary||Hungarian|Budapest|
India||Indian|New Delhi|
Indonesia||Indonesian|Jakarta|
Iran|Islamic Republic of Iran,Islamic Republic|Iranian|Tehran|
Iraq||Iraqi|Baghdad|
Ireland||Irish|Dublin|
Israel|Jewish state|Israeli|Jerusalem|Knesset
Italy||Italian|Rome|
Japan||Japanese|Tokyo|
Jordan||Jordanian|Amman|
Kazakhstan||Kazakh|Astana|
Kenya||Kenyan|Nairobi|
Kuwait||Kuwaiti|Kuwait City|
Kyrgyzstan||Kyrgyz|Bishkek|
Latvia||Latvian|Riga|
Lebanon||Lebanese|Beirut|
Libya||Libyan|Tripoli|
Lithuania||Lithuanian|Vilnius|
Mexico||Mexican|Mexico City|
Moldova||Moldovan|Chisinau|
Morocco||Moroccan|Rabat|
Netherlands|Holland|Dutch|Amsterdam|The Hague
New Zealand||New Zealander|Wellington|
Nigeria||Nigerian|Abuja|
North Korea|DPRK|North Korean|Pyongyang|
Norway||Norwegian|Oslo|
Oman||Omani|Muscat|
Pakistan||Pakistani|Islamabad|
Palestine|State of Palestine|Palestinian||
Philippines||Filipino,Philippine|Manila|
Poland||Polish|Warsaw|
Portugal||Portuguese|Lisbon|
Qatar||Qatari|Doha|
Romania||Romanian|Bucharest|
Russia|Russian Federation|Russian|Moscow|Kremlin
Saudi Arabia||Saudi|Riyadh|
Serbia||Serbian|Belgrade|
Slovakia||Slovak|Bratislava|
Somalia||Somali|Mogadishu|
South Africa||South African|Pretoria|
South Korea|Republic of Korea|South Korean|Seoul|
South Sudan||South Sudanese|Juba|
Soviet Union|USSR|Soviet||
Yugoslavia||Yugoslav|Belgrade|
Spain||Spanish|Madrid|Moncloa
Sri Lanka||Sri Lankan|Colombo|
Sudan||Sudanese|Khartoum|
Sweden||Swedish|Stockholm|
Switzerland||Swiss|Bern|
Syria||Syrian|Damascus|
Taiwan||Taiwanese|Taipei|
Tajikistan||Tajik|Dushanbe|
Thailand||Thai|Bangkok|
Tunisia||Tunisian|Tunis|
Turkey|Türkiye,Turkiye|Turkish,Turk|Ankara|
Turkmenistan||Turkmen|Ashgabat|
Ukraine||Ukrainian|Kyiv,Kiev|
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi|
United Kingdom|UK,Britain,Great Britain,U.K.|British|London|Downing Street,Whitehall
United States|US,U.S.,USA,U.S.A.,America|American|Washington|White House,Pentagon
Uzbekistan||Uzbek|Tashkent|
Venezuela||Venezuelan|Caracas|
Vietnam||Vietnamese|Hanoi|
Yemen||Yemeni|Sanaa|
"""

# Regions: disputed, breakaway or autonomous territories and well-known areas.
_REGIONS = """
Nagorno-Karabakh|Nagorno Karabakh,Karabakh,Artsakh,Nagorny Karabakh|Karabakh
Crimea||Crimean
Donbas|Donbass|
Donetsk||
Luhansk|Lugansk|
Gaza|Gaza Strip|Gazan
West Bank||
Golan Heights|Golan|
Kashmir|Jammu and Kashmir|Kashmiri
Kurdistan|Iraqi Kurdistan|Kurdish,Kurd
Darfur||
Tigray||Tigrayan
Abkhazia||Abkhaz
South Ossetia||South Ossetian
Transnistria||
Idlib||
Xinjiang||
Tibet||Tibetan
Hong Kong||
Kosovo||Kosovar
Northern Cyprus||
Western Sahara||
Balochistan||Baloch
Sinai||
North America||
South America||
Latin America||
Central America||
"""


def _cells(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split(",") if s.strip())


# States of the United States: regions, named with their towns ("Bismarck, North Dakota").
# Washington and Georgia are left out: the capital and the country come first.
_US_STATES = """
Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,
Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,
Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,
New Mexico,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,
South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,West Virginia,Wisconsin,
Wyoming
"""
# Postal and newspaper abbreviations of the states, after a town's name.
STATE_ABBREVIATIONS = frozenset(
    _cells(
        "Ala.,Ariz.,Ark.,Calif.,Colo.,Conn.,Del.,Fla.,Ga.,Ill.,Ind.,Kan.,Ky.,La.,Md.,Mass.,"
        "Mich.,Minn.,Miss.,Mo.,Mont.,Neb.,Nev.,N.H.,N.J.,N.M.,N.Y.,N.C.,N.D.,Okla.,Ore.,Pa.,"
        "R.I.,S.C.,S.D.,Tenn.,Tex.,Vt.,Va.,Wash.,W.Va.,Wis.,Wyo."
    )
)

# Towns and cities that news on conflicts names often: always places, never people.
_TOWNS = """
Stepanakert,Shusha,Shushi,Ganja,Tartar,Terter,Fizuli,Jabrayil,Hadrut,Martakert,Martuni,Lachin,
Agdam,Barda,Vardenis,Goris,Gaza City,Rafah,Khan Younis,Khan Yunis,Jabalia,Jabaliya,
Deir al-Balah,Beit Hanoun,Beit Lahia,Nuseirat,Jenin,Nablus,Hebron,Ramallah,Tulkarm,Tel Aviv,
Haifa,Sderot,Ashkelon,Eilat,Tyre,Sidon,Kharkiv,Kherson,Mariupol,Bakhmut,Odesa,Odessa,Lviv,
Dnipro,Zaporizhzhia,Avdiivka,Pokrovsk,Sumy,Chernihiv,Bucha,Irpin,Kursk,Belgorod,Sevastopol,
Aleppo,Homs,Hama,Raqqa,Deir ez-Zor,Manbij,Afrin,Kobani,Daraa,Mosul,Fallujah,Erbil,Basra,
Kirkuk,Sinjar,Kandahar,Herat,Kunduz,Jalalabad,Mazar-i-Sharif,Srinagar,Karachi,Lahore,
Rawalpindi,Peshawar,Mumbai,Omdurman,El Fasher,Al-Tanf,Rukban,Istanbul,St Petersburg,
Tbilisi,Geneva,New York,Davos,Munich
"""


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str  # "country" | "region"
    names: tuple[str, ...]  # other names for the state itself
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]  # palaces and buildings standing for the government

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.names + self.demonyms + self.capitals + self.seats


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in cell.split(",") if s.strip())


def _load() -> tuple[Place, ...]:
    places = []
    for line in _STATES.strip().splitlines():
        name, names, demonyms, capital, seats = (line.split("|") + [""] * 5)[:5]
        places.append(
            Place(
                slugify(name),
                name,
                "country",
                _split(names),
                _split(demonyms),
                _split(capital),
                _split(seats),
            )
        )
    for line in _REGIONS.strip().splitlines():
        name, names, demonyms = (line.split("|") + [""] * 3)[:3]
        places.append(Place(slugify(name), name, "region", _split(names), _split(demonyms), (), ()))
    for name in _split(_US_STATES.replace("\n", "")):
        places.append(Place(slugify(name), name, "region", (), (), (), ()))
    taken = {p.id for p in places}
    for name in _split(_TOWNS.replace("\n", "")):
        if slugify(name) not in taken:
            places.append(Place(slugify(name), name, "place", (), (), (), ()))
    return tuple(places)


PLACES: tuple[Place, ...] = _load()

# "how the text writes it" (case-sensitive surface form) -> (place, how it is used)
# where usage is "name", "demonym", "capital" or "seat".
SURFACE: dict[str, tuple[Place, str]] = {}
for _place in PLACES:
    for _form, _use in (
        [(_place.name, "name")]
        + [(n, "name") for n in _place.names]
        + [(d, "demonym") for d in _place.demonyms]
        + [(c, "capital") for c in _place.capitals]
        + [(s, "seat") for s in _place.seats]
    ):
        SURFACE.setdefault(_form, (_place, _use))
        if " " in _form or "-" in _form:  # "Nagorny Karabakh" / "Nagorny-Karabakh"
            SURFACE.setdefault(_form.replace(" ", "-"), (_place, _use))
            SURFACE.setdefault(_form.replace("-", " "), (_place, _use))
        if _use == "demonym":
            SURFACE.setdefault(_form + "s", (_place, "demonym"))  # "Armenians"
        if _form.endswith(" City"):
            SURFACE.setdefault(_form[:-4] + "city", (_place, _use))  # "Gaza city"
# States and regions news names by their people more than by themselves: named only by
# the demonym, the actor is the people ("Palestinians", a group), not the state.
PEOPLES = {"palestine": "Palestinians", "kurdistan": "Kurds", "tibet": "Tibetans"}

# State names that are also people's names: inside a person's name they stay the name.
PERSON_NAMES = {"Jordan", "Chad", "Georgia", "Washington", "Israel", "Victoria", "Lima", "Niger"}
MAX_WORDS = max(len(form.split()) for form in SURFACE)


def with_the(name: str) -> str:
    """ "the United States", "Russia"."""
    return f"the {name}" if name in STATES_WITH_THE else name


def possessive(name: str) -> str:
    """ "Russia's", "the United States'"."""
    return with_the(name) + ("'" if name.endswith("s") else "'s")


def lookup(text: str) -> tuple[Place, str] | None:
    """The place a surface form names, and how (``"demonym"``...), or None.
    A name in capitals ("GAZA", a dateline) is read as the name."""
    text = text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    text = text.removesuffix("'s").removesuffix("’s")
    found = SURFACE.get(text)
    if found is None and text.isupper() and len(text) > 3:
        found = SURFACE.get(text.title())
    return found
