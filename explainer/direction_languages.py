"""The words direction.py reads a rise or a fall by in Russian and Ukrainian, which decline and conjugate them, in
Italian, which inflects its participles ("è sceso", "sono diminuiti"), in Dutch ("stegen", "daalde", "gedaald") and in
Swedish ("ökade", "har minskat", "sänktes").

"Импорт снизился на 18 %" citing "импорт вырос на 18 %" kept the figure and turned the news around: no Cyrillic word
of rise or fall was read. A verb is listed in its past forms (masculine, feminine, neuter, plural), its future and
present, and its noun in the cases news writes it in; "на" is the word before a change's size ("вырос на 3,5 %") and
"до" the one before a level reached ("выросла до 16 400 рублей").
"""

from __future__ import annotations


def _past(*stems: str) -> list[str]:
    """Return a Russian past tense's forms: "упал" gives "упал", "упала", "упало", "упали";
    a reflexive stem ("снизил") its "-ся" forms too ("снизился", "снизилась", ...)."""
    forms = []
    for stem in stems:
        if stem.endswith("ся"):  # reflexive: снизился, снизилась, снизилось, снизились
            base = stem[:-2]
            forms += [base + "ся", base + "ась", base + "ось", base + "ись"]
        else:
            forms += [stem, stem + "а", stem + "о", stem + "и"]
    return forms



def _cases(*stems: str) -> list[str]:
    """Return a Russian noun in "-ние" in its cases: "снижени" gives "снижение", "снижения", "снижению",
    "снижением", "снижении" ("о снижении на 18 %")."""
    return [stem + ending for stem in stems for ending in ("е", "я", "ю", "ем", "и")]


RISE = frozenset(["вырос", "выросла", "выросло", "выросли", "возрос", "возросла", "возросло", "возросли"]
                 + _past("подорожал", "подскочил", "прибавил", "увеличился", "повысился")
                 # Ukrainian's past: "зріс", "зросла", ...
                 + """зріс зросла зросло зросли збільшився збільшилася збільшилося збільшилися підвищився підвищилася
                      підвищилися подорожчав подорожчала подорожчали""".split()
                 + _cases("увеличени", "повышени")
                 + """растёт растет растут вырастет вырастут увеличится увеличатся повысится повысятся
                      рост роста росту ростом росте прирост прироста приросту приростом приросте
                      зростає зростуть зростання збільшення підвищення""".split())
FALL = frozenset(_past("упал", "подешевел", "рухнул", "обвалился", "снизился", "сократился", "уменьшился",
                       "опустился", "потерял")
                 + """впав знизився знизилася знизилося знизилися скоротився скоротилася скоротилися зменшився
                      зменшилася зменшилися подешевшав подешевшала подешевшали""".split()
                 + _cases("падени", "снижени", "сокращени", "уменьшени")
                 + """падает падают упадёт упадет упадут снизится снизятся сократится сократятся уменьшится
                      уменьшатся впала впало впали падає падіння зниження скорочення зменшення""".split())


def _italian(*stems: str) -> list[str]:
    """Return an Italian participle's four forms: "diminuit" gives "diminuito", "diminuita", "diminuiti",
    "diminuite"."""
    return [stem + ending for stem in stems for ending in ("o", "a", "i", "e")]


# Italian: unread, "il traffico è salito del 14,3 %" citing "è sceso del 14,3 %" and "una riduzione dei pedaggi del
# 6,8 %" citing "un aumento" built. "crollo" is left out: a bridge's collapse is news more often than a price's.
ITALIAN_RISE = frozenset(_italian("aumentat", "salit", "cresciut", "incrementat", "rincarat", "balzat")
                         + """aumento aumenti aumenta aumentano aumenterà aumenteranno sale salgono salirà cresce
                              crescono crescerà crescita rincaro rincari rialzo incremento""".split())
ITALIAN_FALL = frozenset(_italian("calat", "diminuit", "ridott", "dimezzat")
                         + """sceso scesa scesi scese calo cali cala calano calerà diminuisce diminuiscono diminuirà
                              diminuzione riduzione riduzioni scende scendono scenderà flessione contrazione
                              ribasso""".split())
# Dutch: unread, "De inkomens daalden met 14 procent" citing "stegen ... met gemiddeld 14 procent" built
# (tests/test_newuser_43.py).
DUTCH_RISE = frozenset("""steeg stegen gestegen stijgt stijgen stijging stijgingen groeide groeiden gegroeid groeit groei
                          toename verhoogd verhoogde verhoogden verhoogt verhoging""".split())
DUTCH_FALL = frozenset("""daalde daalden gedaald daalt dalen daling dalingen kromp krompen gekrompen krimpt krimp afname
                          verlaagd verlaagde verlaagden verlaagt verlaging zakte zakten gezakt""".split())
# Swedish: unread, "Hanteringen har ökat med 85 procent" citing "har minskat med 85 procent" and "lönerna sänktes med
# 7,1 procent" citing "höjdes" built (tests/test_newuser_44.py).
SWEDISH_RISE = frozenset("""ökade ökat ökar öka ökning ökningen ökningar steg stigit stiger stigande höjdes höjts höjde
                            höjt höjer höjning höjningen höjningar växte vuxit växer""".split())
SWEDISH_FALL = frozenset("""minskade minskat minskar minska minskning minskningen minskningar sjönk sjunkit sjunker
                            sänktes sänkts sänkte sänkt sänker sänkning sänkningen föll fallit faller
                            krympte krympt krymper""".split())
# Spanish's perfect tense and the verbs that make a figure rise or fall (direction.py lists its simple past and
# present): unread, "Las reservas han subido un 38 %" citing "lo que supone un descenso del 38 %" and "El decreto
# recorta las ayudas en un 30 %" citing "eleva" built (tests/test_newuser_107.py).
SPANISH_RISE = frozenset(_italian("subid", "aumentad", "incrementad", "crecid", "elevad", "encarecid")
                         + """eleva elevan elevó elevaron elevará elevarán encarece encareció encarecerá repunte
                              incrementa incrementan incrementará aumentará aumentarán subirá subirán aumenten
                              suban""".split())
SPANISH_FALL = frozenset(_italian("bajad", "caíd", "descendid", "disminuid", "reducid", "rebajad", "recortad",
                                  "abaratad")
                         + """rebaja rebajan rebajó rebajaron rebajará recorta recortan recortó recortaron recortará
                              recorte recortes reduce reducen redujo redujeron reducirá reducción reducciones
                              descenso descensos bajará bajarán caerá caerán disminuirá reduzcan bajen
                              perdido perdida perdidos perdidas""".split())
RISE |= ITALIAN_RISE | DUTCH_RISE | SWEDISH_RISE | SPANISH_RISE
FALL |= ITALIAN_FALL | DUTCH_FALL | SWEDISH_FALL | SPANISH_FALL
# Italian gives a change's way after its figure, past "in": "il 4,2 % in più rispetto al 2024" is a rise (unread,
# "gli incassi sono diminuiti del 4,2 %" citing it built), "due in meno" a fall.
AFTER_IN = {"più": "rise", "meno": "fall"}


def way_after(after: list[str]) -> str | None:
    """Return the way Italian's words after a figure give it ("in più", "di posti in meno"), or None."""
    at = 2 if after[:1] == ["di"] else 0  # what it counts between: "il 15 % di posti in meno"
    if len(after) > at + 1 and after[at] == "in":
        return AFTER_IN.get(after[at + 1].casefold())
    return None
# Words that may stand between a word of rise or fall and its figure: "снизится примерно на 15 %", "è sceso di circa
# il 14 %".
FILLERS = frozenset({"на", "около", "примерно", "приблизительно", "почти", "порядка", "приблизно", "майже",
                     "di", "dei", "della", "dello", "circa", "quasi", "oltre", "il",
                     "met", "gemiddeld", "ongeveer", "bijna", "ruim",
                     "el", "la", "los", "las",  # Spanish's articles: "rebaja las dotaciones de la zona en un 30 %"
                     "med", "sammanlagt", "totalt", "omkring", "ungefär", "cirka", "nästan", "drygt", "knappt"})
# Words that start another clause: "снизился на 18 %, а цена выросла", "è sceso del 14 %, mentre i prezzi".
CLAUSE_WORDS = frozenset({"а", "но", "и", "однако", "тогда", "але", "та", "ma", "mentre", "e", "però", "maar",
                          "terwijl", "medan", "och"})
# Words before a level reached: "выросла до 16 400", Italian "ridotto al 3,5 %" (not "a", English's article).
LEVEL_BEFORE = frozenset({"до", "al"})
