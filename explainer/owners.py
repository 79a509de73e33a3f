"""Whose figure a passage gives: a comparison's value must be cited from words about its party.

A table's figure stands in its passage whichever column it is put in: 172,000 moved to Pakistan's column with
"the Afghan Taliban's military ... only 172,000 active personnel" still stands in it. So where the passages cited
for a value name another party of the table, they must name the value's own party too (a word of its name, short
name or id, capitalised, in any form that starts with it or, of five letters or more, that it starts with:
"Pakistani", "Afghan" for "Afghanistan"). Which of two parties a passage naming both gives a figure for is not read
here; a run of parties each right before its figure ("the Greens 28, the Liberals 20") is read by party_figures.py.
"""

from __future__ import annotations

import functools
import re

from . import bengali, devanagari, hangul, patterns, vietnamese, vietnamese_speakers
from .alias_names import named_by_alias, with_noun_names
from .attribution import Cited
from .cjk import writes_without_spaces
from .elided_names import name_after_elision
from .french_givers import french_givers
from .hangul_names import hangul_name_words, named_in_hangul
from .inflection import declined_alike, polish_declined_alike, spelled_alike
from .initials import initials_of
from .kind_nouns import kind_nouns
from .model import Party
from .neutral_parties import takes_a_side
from .numbers import locale_words
from .sentences import folded_word

# a Hindi or Bengali word with its vowel signs ("নদীপুর": cut at them, a Bengali party was named by no word)
_WORD = patterns.compile(rf"[^\W\d_](?:[^\W\d_]|[{devanagari.MARKS}{bengali.MARKS}])*(?:['’][^\W\d_]+)*")
_ACRONYM = patterns.compile(r"[A-Z]{3}")  # ASCII capitals: "EU's" or "Abc" are none
_TWO_CAPITALS = patterns.compile(r"[A-Z]{2}")  # "US", "EU", "UN": kept in capitals, see party_words
_SHORTEST = 5  # "Afghan" may name "Afghanistan"; "Pak" names nothing
_ONE_NOUN = patterns.compile(r"(?i:the\s+)?[^\W\d_]{4,}")
# Dutch's "de gemeente", "het bedrijf" too (tests/test_newuser_89.py: "volgens de gemeente" dropped built)
_NOUN_NAME = patterns.compile(r"(?i:la|le|les|de|het)\s+[^\W\d_]{4,}")
_THE_NOUN_NAME = patterns.compile(r"(?i:the)\s+[a-z]{3,}")
_ARTICLE_SHORT_NOUN = patterns.compile(r"[^\W\d_]{1,3}\s+[^\W\d_A-Z]{3,4}")  # "il club", "la ASL" is an acronym's
_THE_PHRASE = patterns.compile(r"(?i:the)\s+[a-z]{3,}(?:\s+[a-z]{3,}){1,2}")
_FIRM_ROLES = frozenset({"company", "firm", "corporation", "carrier", "insurer", "manufacturer", "developer"})
_NOT_A_NAME = frozenset({"the", "and", "for", "party", "side", "group", "forces", "force", "government", "people"})


def alias_phrase(words: str) -> str:
    """Return lowercase words as party_words keeps an alias of them: "the regional government" as
    "the_regional_government"."""
    return "_".join(folded_word(word) for word in words.split())


def party_words(party: Party, language: str = "") -> frozenset[str]:
    """Return the words that name a party: of its name, short name, id and aliases, and of the other forms its
    language's locale gives one of these (`names`: "Pakistan/Paquistão"), four letters or more, or an acronym of
    three capitals ("GTL", "SPD"), folded; an acronym of two capitals ("US", "EU") is kept in capitals, as no folded
    word matches it: only a word written so names the party, never "us" in "told us" or Portuguese "eu"."""
    text = " ".join((party.name, party.short_name, party.id.replace("-", " "), *party.aliases,
                     *_named_alike(party, language)))
    # An acronym is how a union or party is named most ("Nach Angaben der GTL"): left out, a German article before
    # it made it a noun, so words given to it named no one, and a sentence giving them to the other side built.
    words = {w for m in _WORD.finditer(text) for w in (folded_word(m.group()),)
             if (len(w) >= 4 or _ACRONYM.fullmatch(m.group())) and w not in _NOT_A_NAME} - _placed_words(party)
    words |= {m.group() for m in _WORD.finditer(text) if _TWO_CAPITALS.fullmatch(m.group())}
    # and its name's initials, as an acronym it writes is: "The WTO said" names the World Trade Organization, whose
    # words were given to no one (factcheck_154; initials.py)
    words |= {initials if len(initials) == 2 else initials.casefold()
              for name in (party.name, party.short_name, *party.aliases) for initials in initials_of(name)}
    # An alias of one common noun is a name the editor chose ("the government" of a dispute with a central bank):
    # never read as a name within a party's name, it gave no sentence's "The government says" to the party
    words |= {folded_word(alias.split()[-1]) for alias in party.aliases
              if _ONE_NOUN.fullmatch(alias) and folded_word(alias.split()[-1]) in _NOT_A_NAME}
    # and so is a French or Dutch common noun after its article ("la région"; "l'agence" is one word already), whole:
    # what names the party as its side's voice where the noun alone names a regulator (party_word.py). Not English
    # "the agency": "the company said", "the panel found" stay no side's word (tests/test_factcheck_38.py, _101.py)
    words |= {folded_word(" ".join(name.split())) for name in (party.short_name, *party.aliases)
              if _NOUN_NAME.fullmatch(name)}
    # and an English noun the editor names a side by, "the club", "the council": its voice where it charges another
    # (party_word.py: "The club said the council had ..." was read as a regulator's word, "the club" too short to be
    # read as any party's noun); a court's, a regulator's or an analyst's noun stays no side's voice
    words |= {folded_word(" ".join(name.split())) for name in (party.short_name, *party.aliases)
              if _THE_NOUN_NAME.fullmatch(name) and takes_a_side(party.role)}
    # and an alias of a few lowercase words after "the", whole ("the regional government"): the editor names the
    # party so, though its first word is an adjective and its last a noun any party might have (factcheck_126:
    # "The regional government revised its chlorine figure" of "Velmar Chemicals revised its figure" built). Kept
    # joined by "_" (alias_phrase), which no word of a text holds: read only by who did what (swapped.py) and whose
    # figure it is (figure_holders.py), never as the party's voice ("..., the regional government said")
    words |= {alias_phrase(alias) for alias in party.aliases if _THE_PHRASE.fullmatch(alias)}
    # and a short noun after a short article in another language, whole ("il club"): read only after one of its
    # locale's `articles` (_short_nouns), as "the club" is after "the"
    words |= {folded_word(" ".join(alias.split())) for alias in party.aliases if _ARTICLE_SHORT_NOUN.fullmatch(alias)}
    # a firm's role's noun, as its name's would be ("Kestrel Mining Company"): "the company" names a party whose role
    # is "company" where no other party's is (_own_nouns; tests/test_factcheck_120.py)
    words |= {party.role.casefold()} if party.role.casefold() in _FIRM_ROLES else set()
    words |= kind_nouns(party)  # "the union" names a guild (kind_nouns.py)
    # Vietnamese names are syllables of three letters or fewer ("Nậm Khê", "Trần Văn Hải"): "Khê" is the name's too
    if language.split("-")[0].lower() in ("pl", "vi"):  # "Krajowa Agencja Wód": "Wód" (of the waters) is the name's
        words |= {folded_word(m.group()) for m in _WORD.finditer(text) if len(m.group()) == 3 and m.group().istitle()}
    names = (party.name, party.short_name, *party.aliases)
    if hangul.writes_hangul(text):  # Korean names are of two or three syllables ("가론", "박민준"): hangul_names.py
        words |= hangul_name_words(names)
    # A name in a script written without spaces is a name whole, however short ("防衛省", "沖浜県")
    return frozenset(words | {name for name in (party.name, party.short_name, *party.aliases)
                              if len(name) >= 2 and writes_without_spaces(name) and " " not in name})


# A place or thing a name is "of", after an article: "Ecologistas del Alcor", "Friends of the Earth". A party the editor
# gives a short name or aliases without it is not named by it: "según los datos de la Confederación Hidrográfica del
# Alcor", a neutral body, was read as the association's word (tests/test_newuser_107.py). "Junta de Castellar" and
# "Bank of England" (no article) keep their place, as a government and a bank are named by it.
_OF_THE = patterns.compile(r"(?<!\w)(?:del|de\s+la|de\s+los|de\s+las|of\s+the|du|de\s+l['’]|des|vom|der)\s+"
                           r"(?P<place>[^\W\d_][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _placed_words(party: Party) -> frozenset[str]:
    """Return the words of the place or thing a party's name is of ("Alcor" of "Ecologistas del Alcor") that neither
    its short name nor an alias holds, where it has either."""
    if not party.short_name and not party.aliases:
        return frozenset()
    kept = {folded_word(word) for name in (party.short_name, *party.aliases) for word in _WORD.findall(name)}
    return frozenset(folded_word(word) for match in _OF_THE.finditer(party.name)
                     for word in _WORD.findall(match["place"]) if word[:1].isupper()) - kept


def _named_alike(party: Party, language: str) -> tuple[str, ...]:
    """Return the forms the locale of `language` gives beside a name of the party ("Paquistão" beside "Pakistan"), so
    that every briefing in it need not list them as aliases."""
    writing = locale_words(language) if language else None
    if writing is None or not writing.names:
        return ()
    own = {folded_word(word) for name in (party.name, party.short_name, *party.aliases)
           for word in (name, *_WORD.findall(name)) if word}  # "Afghanistan" of "Afghanistan (Taliban)"
    return tuple(form for item in writing.names for forms in [item.split("/")]
                 if own & {folded_word(form) for form in forms} for form in forms)


# How a lowercase adjective of a people ends past its stem in French, Spanish and Portuguese ("les autorités
# afghanes", "las autoridades paquistaníes", "as autoridades afegãs"), and the spellings of those languages that
# English spells otherwise, compared as one on both sides ("paquistan" and "pakistan", "afgan" and "afghan")
_DEMONYM_ENDINGS = ("aises", "aise", "ais", "iennes", "ienne", "iens", "ien", "íes", "eses", "esas", "esa", "es",
                    "as", "os", "ês", "í", "e", "a", "o", "s")
_RESPELLED = (("qu", "k"), ("gh", "g"), ("ph", "f"))
_SHORTEST_STEM = 5


def named_by_demonym(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the words of the parties a lowercase adjective of a people among `words` names, by its stem past an
    ending, as their own words: "les autorités afghanes" names Afghanistan as "Afghan officials" does; a word of a
    party's own name written lowercase ("union") names none."""
    if not parties:
        return frozenset()
    starts = _stem_starts(parties)
    found = set()
    for match in _WORD.finditer(words):
        word = match.group()
        if not word[0].islower() or len(word) <= _SHORTEST_STEM:
            continue
        folded = _respelled(folded_word(word))
        if folded[:_SHORTEST_STEM] not in starts:
            continue  # "officials", "authorities": a lookup, not a reading
        for _, names in parties:
            spelled = {_respelled(name): name for name in names}
            if folded in spelled:
                continue
            found |= {spelled[name] for ending in _DEMONYM_ENDINGS if folded.endswith(ending)
                      for stem in [folded[:-len(ending)]] if len(stem) >= _SHORTEST_STEM
                      for name in spelled if name.startswith(stem) or stem.startswith(name)}
    return frozenset(found)


@functools.lru_cache(maxsize=64)
def _stem_starts(parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the first letters of every party word, respelled: any word naming a party by its stem starts so."""
    return frozenset(_respelled(name)[:_SHORTEST_STEM] for _, names in parties for name in names)


def _respelled(word: str) -> str:
    """Return a folded word with the spellings of _RESPELLED made one: "paquistan" as "pakistan"."""
    for spelling, sound in _RESPELLED:
        word = word.replace(spelling, sound)
    return word


def misplaced_figure(party: Party, table: tuple[Party, ...], passages: list[Cited]) -> str:
    """Return the name of another party of the table that the passages cited for `party`'s figure name, where
    they never name `party` itself; or ""."""
    language = next((passage.language for passage in passages if passage.language), "")
    own = party_words(party, language)  # Vietnamese "Lam" of "Ủy ban nhân dân tỉnh Hà Lam" names it
    if not own or any(_names(passage.text, own) or _the_noun_of(passage.text, own)
                      or named_by_alias(passage.text, with_noun_names(party)) for passage in passages):
        return ""
    if any(_named_whole(passage.text, party, language) for passage in passages):
        return ""  # named by lowercase syllables whole: "tỉnh", "công ty"
    named = tuple((each.id, party_words(each)) for each in table)
    return next((other.name for other in table if other.id != party.id
                 and any(_names(passage.text, party_words(other)) or other.id in _named_by_noun(passage.text, named)
                         or _named_whole(passage.text, other, language) for passage in passages)), "")


def _named_whole(text: str, party: Party, language: str) -> bool:
    """Say whether Vietnamese text names a party by a name, short name or alias of it written whole, in lowercase
    syllables as often ("Theo công ty", "tỉnh Hà Lam")."""
    return vietnamese.writes_vietnamese(language) and vietnamese_speakers.names_party(
        text, (party.name, party.short_name, *party.aliases))


# A party named by its common noun after "the" as the one giving the figure, as a report names it after its first
# mention: "The association says that 4,300 households ..." names the Elm Creek Residents' Association
# (named_in_lowercase), and "The city says" its own party, by a word of it of any length; "Calder offered the city
# $12 million" gives the city's column no figure.
_THE_NOUN = patterns.compile(r"(?<!\w)(The|the)\s+([a-z][\w'’]*)(?=\s+(?:says|said|estimates|estimated|claims|claimed"
                             r"|reports|reported|puts|put|counts|counted)(?!\w))")


def _named_by_noun(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the ids of the parties text names as giving a figure by a lowercase noun of theirs alone after "the"."""
    return frozenset().union(*(named_in_lowercase(m[1], m[2], parties) for m in _THE_NOUN.finditer(text)),
                             *(named_in_lowercase("the", noun, parties) for noun in french_givers(text)))


# Dutch names the one giving a figure after "volgens" (according to), a few words on: "volgens cijfers van de
# gemeente" gives the figure for the party Gemeente Westerhaven (unread, its column was refused, as the sentence's
# opening "Verhuurders" named the Vereniging Verhuurders Westerhaven, tests/test_newuser_43.py).
_VOLGENS_NOUN = patterns.compile(r"(?<!\w)[Vv]olgens\s+(?:[\w'’]+\s+){0,3}?(?:de|het)\s+([a-z][\w'’]*)")


def _the_noun_of(text: str, words: frozenset[str]) -> bool:
    """Say whether text names a party as giving a figure by one of its words in lowercase after "the" ("the city
    says"; Dutch "volgens de gemeente")."""
    return (any(folded_word(m[2]) in words for m in _THE_NOUN.finditer(text))
            or any(folded_word(m[1]) in words for m in _VOLGENS_NOUN.finditer(text))
            or any(noun in words for noun in french_givers(text)))


def named_by_two_capitals(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str] | None:
    """Return the parties a word of two capitals names ("US", "EU's": kept so by party_words), or None for any other
    word; "us" or Portuguese "eu" never name one."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word[:-1] if word.endswith(("'", "’")) else word
    if len(bare) != 2 or not bare.isupper():
        return None
    return frozenset(party for party, naming in parties if bare in naming)


def named_in_lowercase(before: str, word: str, parties: tuple[tuple[str, frozenset[str]], ...],
                       articles: frozenset[str] = frozenset()) -> frozenset[str]:
    """Return the party a lowercase noun after "the" names, where it is a word of that party alone: a report names the
    Amalgamated Transit Drivers' Union in full once, then "the union", and the Carrow Bay Transit Authority "the
    authority" (English); or after one of a locale's `articles` ("la concessionaria", "il ministero" in a project's
    Italian locale). A word two parties share ("transit") names neither, nor does a word of four letters or fewer
    but where an alias names a party so ("the club", "il club"), nor an adjective of a place or a people: "the
    northern convoy" names no Northern Alliance."""
    if ((before not in ("the", "The") and before.casefold() not in articles) or not word.islower()
            or word.endswith(_ADJECTIVE_ENDINGS)):
        return _NONE
    folded = folded_word(word)
    if folded.endswith(("'s", "’s", "'", "’")):  # "the union's": its possessive's mark off, as is_named reads it
        folded = folded[:-2] if folded[-1] == "s" else folded[:-1]
    if len(folded) < 5:  # "the club", only where the editor names a party so (party_words)
        return _short_nouns(parties, articles).get(folded, _NONE)
    return _own_nouns(parties).get(folded, _NONE)


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=64)
def _short_nouns(parties: tuple[tuple[str, frozenset[str]], ...],
                 articles: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Return each short noun one party alone is named by after "the" in its short name or aliases ("the club"), or
    after one of a locale's `articles` an alias opens with ("il club": unread, "Secondo il club" citing "Secondo il
    comitato" built, tests/test_newuser147.py)."""
    found: dict[str, set[str]] = {}
    for party, words in parties:
        for word in words:
            article, _, noun = word.partition(" ")
            if noun and " " not in noun and (article == "the" or article in articles):
                found.setdefault(noun, set()).add(party)
    return {noun: frozenset(owners) for noun, owners in found.items() if len(owners) == 1}
# A place's or a people's adjective before its noun names no party: "the northern convoy", "the Afghan-Pakistani"
# border's "the pakistani side" (the README: "the northern convoy" names no Northern Alliance).
_ADJECTIVE_ENDINGS = ("ern", "ian", "ese", "ish", "ic", "i")


@functools.lru_cache(maxsize=64)  # a briefing's parties, asked of every word after "the" in its texts
def _own_nouns(parties: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, frozenset[str]]:
    """Return each word of one party alone, five letters or more, with that party."""
    return {word: frozenset({party}) for party, words in parties for word in words
            if len(word) >= 5 and not any(word in other for name, other in parties if name != party)}


def _names(text: str, words: frozenset[str]) -> bool:
    """Say whether text names a party by one of its words, written as a name is: "the northern convoy" names no
    Northern Alliance (in a script without capitals, any word may)."""
    # a name glued to an elided article ("l'Ostrelande") is read past it (elided_names.py)
    return any(_as_a_name(name) and is_named(folded_word(name), words)
               for name in (name_after_elision(word.group()) for word in _WORD.finditer(text)))


def _as_a_name(word: str) -> bool:
    return word[0].isupper() or word[0].lower() == word[0].upper()


def is_named(word: str, words: frozenset[str]) -> bool:
    """Say whether a word of a passage is one of a party's words, or a form of one ("Pakistani", "Taliban's")."""
    word = re.sub(r"'s?$", "", word)
    return word in words or any(len(min(word, name, key=len)) >= _SHORTEST
                                and (word.startswith(name) or name.startswith(word)) for name in words) or (
        not word.isascii() and (declined_alike(word, words) or spelled_alike(word, words)
                                or named_in_hangul(word, words))) or (  # Russian "Бельтании"
        locale_words("pl") is not None and polish_declined_alike(word, words))  # for "Бельтания", Spanish "Pakistán"
    # for "Pakistan", Polish "Krajowej Agencji" for "Krajowa Agencja"

