"""The languages swapped.py reads a party's place in, besides English: German, Spanish, French, Portuguese, Italian,
Dutch, Swedish, Polish and Swahili words read as the English words that hold no place ("und" as "and", "der" as
"the", "wurde" as "was", "von", "por" and "par" as "by"), and the lowercase adjectives of a people naming a party
there ("afghanes", "paquistaníes")."""

from __future__ import annotations


from . import swahili_verbs
from .locale import base_language
from .records import record


@record(eq=False)  # one of three, hashed as itself: swapped.py caches what it reads by it
class Lexicon:
    """How a language's text is read for the places its parties are named in."""

    english: dict[str, str]  # a function word as its English one: "und" as "and"
    participles: tuple[str, ...]  # how a passive's participle ends, besides English "-ed" and "-en"
    # German puts the verb second and a perfect's or passive's participle last: the word after a party holds its
    # place only where the party opens its clause ("Afghanistan griff ... an", not "hat Pakistan angegriffen"),
    # and a passive's participle is its clause's last word ("wurde von Afghanistan angegriffen")
    verb_second: bool = False
    nouns_capitalised: bool = False  # a capitalised word that names no party is a content word all the same
    # articles no subject takes ("den", "dem"): a party after one that opens its clause is the verb's object ("Den
    # Taliban griff Pakistan an")
    object_articles: frozenset[str] = frozenset()
    # how a verb's forms end past their stem: a place is compared by its stem, so that "griff" holds the place of
    # "griffen" (a plural subject's) and "besiegte" that of "besiegten"
    verb_endings: tuple[str, ...] = ()
    # French elides an article before a vowel, glued to the name: "l'Afghanistan" is "l' Afghanistan", "the
    # Afghanistan", and "d'Afghanistan" "of Afghanistan"
    elided: bool = False
    # how a lowercase adjective of a people ends past its stem in French or Spanish, where a party is named by one
    # after its noun: "les autorités afghanes" names Afghanistan as "Afghan authorities" does
    demonym_endings: tuple[str, ...] = ()
    # how a verb's forms start before their stem: Swahili's subject and tense, "ana|panga", "i|na|panga"
    verb_prefixes: frozenset[str] = frozenset()
    # German's separable prefixes, which a past leaves standing last ("reichte Klage ein") and a participle holds
    # before its "ge" ("eingereicht"): a place is compared without that "ge", so that "einreichte" holds the place of
    # "eingereicht"
    separable: tuple[str, ...] = ()
    # words opening a clause whose verb stands last ("waarna de gemeente in hoger beroep ging", "nachdem die Stadt
    # Berufung einlegte"): a party right after one is the subject of that last verb (tests/test_newuser_91.py)
    verb_last_after: frozenset[str] = frozenset()
    # German's strong verbs change their vowel in the present singular ("die SPD erhält", "die Grünen erhalten";
    # "hält", "läuft", "stößt"): a place is compared with the umlaut folded, so that a plural party's verb holds the
    # place of a singular one's (unread, "Die Grünen erhalten 28 statt 27 Sitze" citing "Die SPD erhält 28 statt 27
    # Sitze" built: tests/test_newuser_104.py)
    umlauts_folded: bool = False

    def place(self, word: str) -> str:
        """Return a word holding a place as it is compared: a verb's stem, where the language gives its forms."""
        if self.verb_prefixes:  # the longest prefix that leaves a stem of four letters
            word = word[next((at for at in range(min(len(word) - 4, _PREFIX_LONGEST), 0, -1)
                              if word[:at] in self.verb_prefixes), 0):]
        ending = next((ending for ending in self.verb_endings if word.endswith(ending)), "")
        word = word[:-len(ending)] if ending and len(word) - len(ending) >= 4 else word
        word = word.translate(_UMLAUTS) if self.umlauts_folded else word
        prefix = next((prefix for prefix in self.separable if word.startswith(prefix + "ge")), None)
        return word if prefix is None or len(word) - len(prefix) < 6 else prefix + word[len(prefix) + 2:]


_UMLAUTS = str.maketrans("äöü", "aou")


def _forms(**english: str) -> dict[str, str]:
    """Return {form: English word} from English word = "form form ..."."""
    return {form: word.strip("_") for word, forms in english.items() for form in forms.split()}


ENGLISH = Lexicon({}, ())
SEPARABLE = ("zurück", "weiter", "zusammen", "fest", "nach", "auf", "aus", "bei", "ein", "mit", "vor", "weg", "an",
             "ab", "zu")
GERMAN = Lexicon(_forms(
    and_="und sowie", or_="oder", the="der die das den dem des", a="ein eine einen einem eines einer",
    both="beide beiden", was="ist sind war waren wurde wurden", been="worden",
    has="hat hatte haben hatten wird werden", also="auch", then="dann", again="erneut wieder",
    reportedly="angeblich",
    # a sentence adverb after a party holds no place, as "then" holds none: "Die RSV hat dagegen Klage eingereicht"
    # restates "Die RSV hat Klage eingereicht", and "Die Stadt hat Klage ... eingereicht" swaps its party
    later="später dagegen daraufhin inzwischen bereits schon nun jetzt zudem außerdem ebenfalls jedoch "
          "deshalb daher bislang bisher zuvor kürzlich zuletzt schließlich nämlich",
    by="von", on="auf", against="gegen", in_="in im", at="am bei", with_="mit", from_="aus",
    to="nach zu zum zur", over="über", under="unter", between="zwischen", than="als", as_="wie", for_="für",
    while_="während", but="aber", because="weil", after="nachdem", before="bevor"),
    ("en", "t"), verb_second=True, nouns_capitalised=True,
    object_articles=frozenset({"den", "dem", "einen", "einem"}), verb_endings=("ten", "en", "te", "et", "t", "e"),
    separable=SEPARABLE, verb_last_after=frozenset({"dass", "weil", "nachdem", "bevor", "obwohl", "damit", "sodass",
                                                    "woraufhin", "worauf", "sobald", "solange"}), umlauts_folded=True)
SPANISH = Lexicon(_forms(
    and_="y e", or_="o u", the="el la los las lo", a="un una unos unas", both="ambos ambas",
    was="es son fue fueron era eran sido está están estaba estaban", has="ha han había habían",
    also="también", then="luego", again="nuevamente", reportedly="supuestamente presuntamente", by="por",
    of="de del", in_="en", against="contra", on="sobre", with_="con", from_="desde", toward="hacia",
    between="entre", than="que", as_="como", for_="para", to="al", while_="mientras", but="pero",
    although="aunque", because="porque"),
    ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    demonym_endings=("íes", "í", "ís", "os", "as", "es", "o", "a"))
FRENCH = Lexicon(_forms(
    and_="et", or_="ou", the="le la les l au aux", a="un une des", both="deux", was="est sont était étaient fut furent",
    been="été", has="a ont avait avaient", also="aussi également", then="puis ensuite", again="encore",
    reportedly="prétendument", by="par", of="de du d", in_="en dans", against="contre", with_="avec",
    on="sur", monday="lundi", tuesday="mardi", wednesday="mercredi", thursday="jeudi", friday="vendredi",
    saturday="samedi", sunday="dimanche",
    from_="depuis", toward="vers", between="entre", than="que", as_="comme", for_="pour", while_="pendant",
    but="mais", because="car",
    # French reporting verbs, the speaker check's (speakers.py reads them after "a", "ont"): no place of their own
    said="déclaré affirmé dit ajouté annoncé assuré indiqué estimé souligné averti démenti reconnu précisé confirmé "
         "expliqué répondu dénoncé qualifié rappelé évoqué parlé déclare déclarent affirme affirment assure assurent "
         "ajoute indique souligne estime précise confirme explique répond dénonce qualifie qualifient évoque évoquent "
         "parle parlent"),
    ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"), elided=True,
    demonym_endings=("es", "e", "s"))
PORTUGUESE = Lexicon(_forms(
    and_="e", or_="ou", the="o a os as", a="um uma uns umas", both="ambos ambas",
    was="é são foi foram era eram sido está estão estava estavam", has="tem têm tinha tinham havia",
    also="também", then="depois", again="novamente", reportedly="supostamente alegadamente", by="por pelo pela pelos "
    "pelas", of="de do da dos das", in_="em no na nos nas", against="contra", on="sobre", with_="com", from_="desde",
    between="entre", than="que", as_="como", for_="para", to="ao aos à às", while_="enquanto", but="mas",
    although="embora", because="porque"),
    ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    demonym_endings=("eses", "esas", "esa", "ês", "os", "as", "o", "a", "s"))
# Italian: unread, "Autovie Tirrene ha presentato un esposto" citing "La Regione ha presentato ... un esposto" built.
ITALIAN = Lexicon(_forms(
    and_="e ed", or_="o", the="il lo la i gli le l", a="un uno una", both="entrambi entrambe",
    was="è sono era erano fu furono stato stata stati state", has="ha hanno aveva avevano", also="anche",
    then="poi", again="nuovamente", reportedly="presumibilmente", by="da dal dallo dalla dai dagli dalle",
    of="di del dello della dei degli delle", in_="in nel nello nella nei negli nelle", against="contro",
    on="su sul sullo sulla sui sugli sulle", with_="con", between="tra fra", than="che", as_="come", for_="per",
    to="a al allo alla ai agli alle", while_="mentre", but="ma", although="sebbene", because="perché",
    # Italian reporting verbs, the speaker check's: no place of their own
    said="detto dichiarato affermato annunciato sostenuto ribadito precisato spiegato dice dicono dichiara "
         "dichiarano afferma affermano sostiene sostengono annuncia annunciano"),
    ("ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"), elided=True,
    demonym_endings=("i", "e", "a", "o"))
# Swahili: unread, "Tume inapanga kuwaita mashahidi 23" citing "Bi. Wanjiru anapanga kuwaita mashahidi 23" built. A
# verb's subject agrees with its noun's class ("Bi. Wanjiru anapanga", "Tume inapanga"): its place is its stem. A title
# before a name ("Bi.", "Bw.") stands where English's "the" does.
SWAHILI = Lexicon(_forms(
    and_="na", or_="au", the="bi bw dkt mhe", both="wote zote", was="ni", also="pia", then="kisha", again="tena",
    of="wa ya za la cha vya", in_="katika kwenye", against="dhidi", between="kati", than="kuliko", as_="kama",
    for_="kwa", while_="wakati", but="lakini", although="ingawa"),
    (), verb_prefixes=swahili_verbs.SUBJECT_TENSES)
_PREFIX_LONGEST = max(map(len, swahili_verbs.SUBJECT_TENSES))
# Dutch, Swedish and Polish: unread, "Sveriges Hamnar varslade om strejk mot Hamnarbetarförbundet" citing
# "Hamnarbetarförbundet varslade om strejk mot Sveriges Hamnar" built (tests/test_newuser_55.py).
DUTCH = Lexicon(_forms(
    and_="en", or_="of", the="de het", a="een", both="beide", was="is zijn was waren werd werden", been="geweest",
    has="heeft hebben had hadden wordt worden", also="ook", then="toen daarna", again="opnieuw weer", by="door",
    of="van", in_="in", against="tegen", on="op", with_="met", from_="uit", to="naar aan", between="tussen",
    than="dan", as_="als", for_="voor", while_="terwijl", but="maar", because="omdat"),
    ("d", "t"), verb_second=True, verb_endings=("den", "ten", "de", "te", "en", "t"),
    verb_last_after=frozenset({"dat", "omdat", "nadat", "waarna", "waarop", "voordat", "doordat", "zodat", "hoewel",
                               "zodra", "totdat", "zolang"}))
SWEDISH = Lexicon(_forms(
    and_="och", or_="eller", the="den det de", a="en ett", both="båda", was="är var blev", been="varit blivit",
    has="har hade", also="också även", then="sedan", again="igen åter", by="av", of="för", in_="i", against="mot",
    on="på", with_="med", from_="från", to="till", between="mellan", than="än", as_="som", while_="medan",
    but="men", because="eftersom"),
    ("ad", "at", "ade", "ades"), verb_second=True, verb_endings=("ade", "ar", "er", "de", "te", "a"))
POLISH = Lexicon(_forms(
    and_="i oraz", or_="lub albo", both="oba obie", was="jest są był była było byli były został została zostało",
    also="także również też", then="potem", again="ponownie", by="przez", in_="w we", against="przeciwko",
    on="na", with_="z ze", from_="od", to="do", between="między", than="niż", as_="jak", for_="dla", while_="podczas",
    but="ale lecz", because="bo ponieważ"),
    ("ny", "na", "ne", "ni", "ty", "ta", "te"), verb_endings=("ła", "ło", "li", "ły", "ł"))
_BY_LANGUAGE = {"en": ENGLISH, "de": GERMAN, "es": SPANISH, "fr": FRENCH, "pt": PORTUGUESE, "it": ITALIAN,
                "nl": DUTCH, "sv": SWEDISH, "pl": POLISH, "sw": SWAHILI}


def lexicon(language: str) -> Lexicon | None:
    """Return how text in `language` (a BCP 47 tag; "" is English) is read for parties' places, or None."""
    return _BY_LANGUAGE.get(base_language(language or "en"))
