"""Things of one kind not swapped: "Northland's drones hit a school" may not cite "Northland's drones hit a warehouse".

Each kind below is a list of things a source tells apart (places struck, groups of people, forces and arms, goods,
offices), each thing with the words that name it (a plural, a synonym: "troops" and "soldiers" are one thing, and so
are "prime minister" and "premier"). opposites.py reads any two things of one kind as it reads a pair of opposites: a
sentence naming one is refused where no cited passage names it, nor a word for the same thing, and a passage's
sentence restating it (sharing two more of its words, or all of a sentence with fewer) names another of the kind that
the sentence does not name. A wider word for a class of things ("a building", "civilians" for "farmers", "aircraft"
for "drones", "forces" for "troops", "the head of government") is no thing of a kind: it is honest, and not read;
but "aircraft" for a thing outside its class ("tanks", "troops") is refused (CROSS). "Police" is a force where it does
a deed, not where it tells one ("police said", "according to police": OTHER_SENSE).
English text is read, and French, Spanish and German by fewer things of each kind (BY_LANGUAGE)
(tests/test_factcheck_72.py, tests/test_factcheck_74.py).
"""

from __future__ import annotations

from itertools import combinations

# Each kind: its things, each as the words naming it, space-separated ("_" a space inside one: "prime_minister"). A
# word common in another sense is left out ("base" a rate, "plant" a tree, "officers" of a company, "fighter" of a
# jet, "vehicles" any of the others, "minister" any portfolio's: offices.py's), or read only where the words around
# it leave it its sense (OTHER_SENSE below: "police" as a doer, not as the one telling what another group did).
KINDS: tuple[tuple[str, ...], ...] = (
    # places a strike hits or a story is set in
    ("school schools", "hospital hospitals", "clinic clinics", "mosque mosques", "church churches",
     "synagogue synagogues", "temple temples", "warehouse warehouses", "factory factories", "refinery refineries",
     "university universities", "prison prisons jail jails", "embassy embassies", "hotel hotels", "stadium stadiums",
     "checkpoint checkpoints", "dam dams", "bridge bridges", "airport airports", "market markets marketplace",
     "port ports harbour harbours harbor harbors", "power_station power_stations power_plant power_plants",
     "police_station police_stations", "railway_station railway_stations train_station train_stations"),
    # people a count is of
    ("soldiers troops", "students pupils", "farmers", "children kids", "women", "doctors physicians", "nurses",
     "journalists reporters", "teachers", "pilots", "protesters demonstrators", "refugees", "migrants",
     "prisoners detainees", "hostages", "pilgrims", "tourists", "miners",
     "fishermen", "rebels insurgents militants"),
    # forces and arms
    ("soldiers troops", "tank tanks", "drone drones", "missile missiles", "rocket rockets", "helicopter helicopters",
     "warship warships", "submarine submarines", "warplane warplanes fighter_jets", "artillery",
     # police as doers only: "police said" is OTHER_SENSE's, as a teller (factcheck_81)
     "police policemen policewomen police_officers riot_police"),
    # goods traded or banned
    ("wheat", "rice", "maize corn", "soybeans soybean soya soy", "sugar", "coffee", "cocoa", "cotton", "steel",
     "aluminium aluminum", "copper", "coal", "cars", "buses", "trucks lorries"),
    # the period a figure is reckoned over: "cut annual profit by a third" of "quarterly profit" (newuser_85)
    ("daily", "weekly", "monthly", "quarterly", "annual annually yearly"),
    # offices
    ("president", "chancellor", "king", "queen", "governor", "mayor", "ambassador", "prime_minister premier",
     "chief_executive chief_executive_officer ceo", "chairman chairwoman chairperson", "judge", "prosecutor"),
)

# The same kinds in French, Spanish and German, fewer of them: a word as common in another sense is left out (French
# "marché" also "walked", "port" also "wearing"; Spanish "mercado" and German "Markt" a market of trade, German
# "Botschaft" also a message). Each language's offices come last, as in English.
BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("hôpital hôpitaux", "école écoles", "mosquée mosquées", "église églises", "aéroport aéroports",
            "usine usines", "raffinerie raffineries", "ambassade ambassades", "pont ponts"),
           ("étudiants étudiantes", "agriculteurs paysans", "soldats troupes", "médecins", "enseignants",
            "journalistes"),
           ("soldats troupes", "char chars", "drone drones", "missile missiles"),
           ("président présidente", "premier_ministre première_ministre", "gouverneur", "maire")),
    "es": (("hospital hospitales", "escuela escuelas", "mezquita mezquitas", "iglesia iglesias",
            "aeropuerto aeropuertos", "puerto puertos", "fábrica fábricas", "refinería refinerías",
            "embajada embajadas", "puente puentes"),
           ("estudiantes", "agricultores campesinos", "soldados tropas", "médicos", "maestros", "periodistas"),
           ("soldados tropas", "tanque tanques", "dron drones", "misil misiles"),
           ("presidente presidenta", "primer_ministro primera_ministra", "gobernador gobernadora",
            "alcalde alcaldesa")),
    "de": (("Krankenhaus Krankenhauses Krankenhäuser Krankenhäusern", "Schule Schulen", "Moschee Moscheen",
            "Kirche Kirchen", "Flughafen Flughafens Flughäfen", "Hafen Hafens Häfen", "Fabrik Fabriken",
            "Raffinerie Raffinerien", "Brücke Brücken"),
           ("Studenten Studierende Studierenden", "Bauern Landwirte Landwirten", "Soldaten Truppen", "Ärzte Ärzten",
            "Lehrer Lehrern Lehrerinnen", "Journalisten"),
           ("Soldaten Truppen", "Panzer", "Drohne Drohnen", "Rakete Raketen"),
           ("Präsident Präsidenten Präsidentin", "Premierminister Premierministers Premierministerin",
            "Gouverneur", "Bürgermeister Bürgermeisterin")),
}

# Two things told apart though not of one list: a count of civilians is no count of soldiers, nor one of workers a
# count of students. "Workers" is a wider word for doctors, nurses, teachers or miners, and "civilians" for farmers.
CROSS: tuple[tuple[str, str], ...] = (("civilians", "soldiers troops"), ("workers", "students pupils"),
                                      ("workers", "children kids"), ("workers", "soldiers troops"),
                                      # "aircraft" is wider for drones, warplanes and helicopters, for no force on
                                      # land: "aircraft struck" for "tanks struck" (factcheck_81; no warship: an
                                      # "aircraft carrier" is one)
                                      *(("aircraft", other) for other in (
                                          "tank tanks", "artillery", "soldiers troops",
                                          "police policemen policewomen police_officers riot_police")))

# A thing's word read in another sense where these words stand right before it ("think tank", "stock
# market") or right after it ("market share", "judge whether"): not read there.
OTHER_SENSE: dict[str, tuple[str, str]] = {
    "tank": ("think|fuel|storage|water|oil|gas|septic|fish", ""),
    "tanks": ("think|fuel|storage|water|oil|gas|septic|fish", ""),
    "market": ("stock|bond|oil|gas|energy|housing|property|labou?r|job|jobs|financial|single|common|black|free|"
               "export|domestic|world|global|car|credit|currency|equity|equities", r"share|shares|value|values|"
               r"price|prices|cap|capitali[sz]ation|rates?|leader|economy|forces|access|conditions|turmoil"),
    "markets": ("stock|bond|oil|gas|energy|housing|property|labou?r|job|financial|emerging|export|world|global|"
                "credit|currency|equity|equities|capital|new", ""),
    "port": ("air", r"of\s+entry|side|wine"),
    "judge": ("", r"(?:whether|that|how|what|it|them|him|her)(?!\w)"),
    "premier": ("", r"league|division|destination|event|brand|venue"),
    # the press as the audience of a statement, no one the story is of: "Okafor told reporters" (a teachers' union's
    # head) gives no count or deed of reporters, and "the board left teachers no choice" may cite her words
    **{word: (r"told|tell|tells|telling|briefed|briefing|informed|addressed|to|with", "")
       for word in ("reporters", "journalists")},
    # police telling what was done, not doing it: "police said", "according to police", "a police spokesman"
    "police": (r"according\s+to|told|tell|tells|telling|informed|said|says", r"(?:have|had|also|later)\s+"
               r"(?:said|told)|said|say|says|saying|told|tell|tells|reported|report|reports|added|stated|confirmed|"
               r"denied|declined|estimated|sources?|spokes(?:man|woman|person)|statement|statements|station|stations|"
               r"chiefs?|commissioner|department|records?|data|figures|officials?|account|investigation|inquiry"),
}

# An office's words capitalised before a name ("President Ruiz", "Prime Minister Ana Ruiz", "le Premier ministre")
# still name the office.
TITLES = frozenset(form.replace("_", " ").casefold() for kinds in (KINDS, *BY_LANGUAGE.values())
                   for thing in kinds[-1] for form in thing.split())

KIND_WORDS = frozenset(form.replace("_", " ") for kind in KINDS for thing in kind for form in thing.split())


def _forms(thing: str) -> tuple[str, ...]:
    """Return the words naming a thing: "prime_minister premier" is ("prime minister", "premier")."""
    return tuple(form.replace("_", " ") for form in thing.split())


def kind_sides(language: str = "en") -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Return each two things of one kind in a language (its base code), as (one's words, the other's), for
    opposites.py's table."""
    kinds, cross = (KINDS, CROSS) if language == "en" else (BY_LANGUAGE.get(language, ()), ())
    return (*((_forms(one), _forms(other)) for kind in kinds for one, other in combinations(kind, 2)),
            *((_forms(one), _forms(other)) for one, other in cross))


def same_things() -> dict[str, frozenset[str]]:
    """Return each word of a thing, casefolded, with every word naming that thing, in any language: a passage using
    one names what the word does."""
    same: dict[str, frozenset[str]] = {}
    for kinds in (KINDS, *BY_LANGUAGE.values()):
        for kind in kinds:
            for thing in kind:
                forms = frozenset(form.casefold() for form in _forms(thing))
                for form in forms:
                    same[form] = same.get(form, frozenset()) | forms
    return same


def kind_forms() -> frozenset[str]:
    """Return every word of every thing, in any language, as written."""
    return frozenset(form for kinds in (KINDS, *BY_LANGUAGE.values()) for kind in kinds for thing in kind
                     for form in _forms(thing))
