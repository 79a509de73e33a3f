"""A party of the briefing swapped in prose: what a passage gives one party, a sentence gives the other.

"Afghanistan launched airstrikes across Pakistan" citing "Pakistan launched airstrikes across Afghanistan" stands
on every word and figure of its passage, and says the opposite. A sentence's parties are read where English text
names them (a word of a party's name, short name, id or aliases, capitalised, as the column check reads them; the
words of one name narrow it down), each with the word right before it and the word right after it (past a
possessive, "the", "both", "has", "had"): its place in the clause. Parties joined by "and", "or" or "&" are one
mention ("Pakistan and Afghanistan traded fire" keeps both, in either order). A sentence is refused where a
mention holds a place that a passage's clause restating it (sharing another word of four letters or more, or a
figure, and a figure where both give figures) gives only to other parties, none of the sentence's: "Afghanistan
lost 58 soldiers" citing "Pakistan lost 58 soldiers", "58 Pakistani soldiers" citing "58 Afghan soldiers". A
clause of parties and one verb alone (no figure, no other name) shares no other word to restate by, and any passage
clause holding its place is read as restating it: "Northland attacked Southland." citing "Southland attacked
Northland.", "Northland a attaqué Southland." citing "Southland a attaqué Northland.".
Reporting words ("said", "denied") are the speaker check's, and not read here (one past another name is that
name's: "the Pakistani fighters Kabul acknowledged" holds "fighters"); nor is a form of "be" on its own (a
progressive's place is its verb: "the union is demanding" holds "demanding"). A party's lowercase noun after "the"
names it ("the union"), and so does a word of its name right after such a noun ("the school board": factcheck_94).
A preposition's place is the word before it with it ("strikes on Kabul": "strikes on"), and a passive is read as the
active it restates: "58 soldiers were killed by Pakistan" holds the place of "Pakistan killed", "Afghanistan was hit"
that of "... hit Afghanistan"; so "attacks on Pakistan" citing "attacks on Afghanistan", and "killed by Pakistan"
citing "Afghanistan killed", are refused. A comparison's other side ("compared with", "versus", "against") holds no
place where the party keeps the figure a passage gives it: "Northland's 5.4% compared with Southland's 5.2%" citing
"Southland's 5.2% compared with Northland's 5.4%" builds. German and Spanish are read alike (swapped_languages.py): "Pakistan griff
Afghanistan an" citing "Afghanistan griff Pakistan an", "fue atacado por Colombia" citing "por Venezuela"; and French
and Portuguese. There a lowercase adjective of a people names its party by its stem ("les autorités afghanes" citing
"les autorités pakistanaises"), and a name spelled with "qu" or "gh" for English's "k" or "g" is read as English
spells it ("las autoridades paquistaníes", "afganas").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .comparatives import turned_comparison
from .coordinated_deeds import coordinated_places
from .german_split_verbs import day_stops
from .head_nouns import modifies_a_noun
from .numbers import ENGLISH_MONTHS, read_by_language
from .one_party_paired import one_party_paired
from .owners import alias_phrase, is_named, named_by_two_capitals, named_in_lowercase
from .participle_deeds import participle_after_verb
from .party_figures import figure_kept, own_figure_kept
from .referral_direction import referral_turned
from .sentences import folded_word, split_sentences
from .speakers import TITLE_WORDS, reports
from .swapped_languages import ENGLISH, Lexicon, lexicon

# the apostrophe alone, put apart by a plain " ": a template ("\\1 ") is cached by re keyed on the compiled pattern, whose
# hash is its whole program's
_ELIDED = patterns.compile(r"(?<=(?<!\w)[LlDd])['’](?=[^\W\d_])")
# a lowercase compound is one word, its place whole: "Calvania's electric-car market" holds no place of "electric"
_TOKEN = patterns.compile(r"(?<![^\W\d_])[a-z]+(?:-[a-z]+)+(?![\w-])"
                          r"|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[,;:.!?()\[\]\"“”«»„—–&]")
_BREAK = frozenset(",;:.!?()[]\"“”«»„—–") | {
    "while", "whereas", "but", "although", "though", "after", "before", "because", "which", "who", "when", "where"}
_JOINING = frozenset({"and", "or", "nor", "&"})
_JOINING_NAMES = _JOINING | {"–"}  # "the Pakistan–Afghanistan border" names both
_SKIPPED_BEFORE = frozenset({"the", "both", "a", "an"})
_THE = frozenset({"the", "The"})  # before a party's common noun: "the union" (owners.named_in_lowercase)
_SKIPPED_AFTER = frozenset({"has", "have", "had", "also", "then", "later", "again", "reportedly", "allegedly"})
_REPORTING_SOON = 3  # "Pakistan's government denied": the speaker check's
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_PREPOSITIONS = frozenset({"of", "on", "in", "at", "by", "for", "from", "to", "with", "into", "onto", "across",
                           "against", "over", "under", "inside", "within", "between", "near", "along", "toward",
                           "towards", "through", "than", "as"})
# No place of its own: a joining word, an article, a form of "be" or a preposition ("launched by Pakistan on Friday"
# and "across Afghanistan on Friday" hold no one place after the party; before it, a preposition's place is the word
# before it with it, and "by" gives the agent of a passive).
# A weekday says when, not who did what: "attacked Afghanistan Friday", French "a attaqué l'Afghanistan vendredi".
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NO_PLACE = _JOINING | {"the", "a", "an"} | _BE | _PREPOSITIONS | _WEEKDAYS
# Words that open a clause: a party's place after them restates another's where the two clauses share two words more
# ("found that Harbor's product infringes" restates "found that Grainline's product infringes"; "she added that the
# plaintiffs will ask ... the award" no "... that the court reduced the award": newuser_69)
_OPENING = frozenset({"that", "whether"})
# A comparison or a list holds no place: "more casualties than Pakistan" is "Pakistan had fewer" turned around, and
# "Afghanistan as well as Pakistan" names both.
_PLACE_PREPOSITIONS = _PREPOSITIONS - {"than", "as"}
# A comparison's other side, named in either order where each party keeps its own figure: "Northland's 5.4% compared
# with Southland's 5.2%" restates "Southland's 5.2% compared with Northland's 5.4%" (factcheck_71)
_COMPARED_WITH = frozenset({"compared with", "compared to", "versus", "vs", "against", "set against"})
# Participles of a passive that do not end in "-ed" or "-en": "Afghanistan was hit", "Kabul was struck".
_PARTICIPLES = frozenset({"hit", "struck", "shot", "hurt", "cut", "caught", "held", "fought", "led", "left", "sent",
                          "brought", "built", "found", "told", "seen", "made", "known", "shut", "split", "spread",
                          "won", "lost", "beat", "bombed", "overrun", "sought", "put", "set", "run", "thrown"})
# A name's last word that names no party by itself ("Liberal Party", "Wagner Group"): part of the mention.
_NAME_TAILS = frozenset({"Party", "Group"})
_CONTENT = 4  # a word of four letters or more, or a figure, says a clause restates another
_CLAUSE_WORDS = 60
# A text is read for the parties it first names, this many: a sentence names a handful, and one naming thousands
# made the check compare each of them with each of its passage's.
_MOST_MENTIONS = 64


class Mention(NamedTuple):
    """Parties named together in a clause, where (token offsets), and the words around them."""

    parties: frozenset[str]
    start: int  # character offset of the first naming word
    places: tuple[tuple[str, str], ...]  # ("after", "lost"), ("before", "attacks on"): the place, as an active gives it
    clause: frozenset[str]  # the clause's content words and figures, party words aside
    shown: str  # the naming words as written
    around: str  # the words from the one before to the one after, as written
    bare: bool = False  # a clause of parties and its place word alone: "Northland attacked Southland."
    gapped: bool = False  # its verb the clause before's, left out after a comma: ", die Grünen einen Sitz weniger"
    participle: str = ""  # its deed told by a participle after its verb: "moved first, raising" (participle_deeds.py)


def swapped_parties(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding for a party text (English, German or Spanish) names in a place ("X launched", "58 X
    soldiers") that every cited passage in such a language restating it gives to other parties only."""
    paired = one_party_paired(text, passages, offset)  # "between Pakistan and Pakistan": one side for two
    if paired:
        return paired
    # "The health secretary referred the plan to the committee" of the committee's referral to her: no party's place
    turned = referral_turned(text, passages, offset, language)
    if turned:
        return turned
    read = lexicon(language)
    if len(parties) < 2 or read is None:
        return []
    own = _mentions(text, parties, read)
    if not own:
        return []  # most sentences name no party: found without reading their passages
    theirs: dict[tuple[str, str], list[Mention]] = {}  # by place: ("after", "lost")
    inflected: dict[tuple[str, str], list[Mention]] = {}  # by place, an English verb's ending aside: ("after", "los")
    within: dict[str, list[Mention]] = {}  # by the preposition of a place inside a country: "inside", "into"
    for passage in passages:
        theirs_read = lexicon(passage.language)
        if theirs_read is not None and not turned_comparison(text, passage.text, language):
            for other in _mentions(passage.text, parties, theirs_read):
                for place in other.places:
                    theirs.setdefault(place, []).append(other)
                    inflected.setdefault(_inflection_aside(place, theirs_read), []).append(other)
                    if _within(place):
                        within.setdefault(place[1].split()[-1], []).append(other)
    for mention in own:
        for place in mention.places:
            if place[1] in _COMPARED_WITH and own_figure_kept(text, passages, language, parties, mention.parties):
                continue  # each side of a comparison keeps its own figure: the two may come in either order
            word = place[1].split()[0]  # "attacks on": "attacks" is the clause's word the place is
            if word == "the":  # a rank, "the first": restated only by what it ranks ("to sign" is no "to attack")
                word = place[1].split()[-1]
            holding = [other for other in theirs.get(place) or _in_another_tense(place, read, inflected, mention)
                       or (within.get(place[1].split()[-1], []) if _within(place) else [])
                       if (place[1] not in _OPENING or _restates(mention.clause, other.clause, word, read, 2))
                       and (mention.bare or _restates(mention.clause, other.clause, word, read))
                       or (word != place[1].split()[0] and _rank_alone(mention.clause, other.clause, word))]
            holding = _closest(mention.clause, holding, word, read)
            if holding and (not any(other.parties & mention.parties for other in holding)
                            or _member_swapped(mention, holding)) and not figure_kept(
                                text, passages, language, parties, mention.parties):
                given = next(other for other in holding if other.parties - mention.parties)
                return [Finding(offset + mention.start,
                                f"this sentence names {mention.shown} where its cited passages name {given.shown} "
                                f"('{given.around}'): {clipped(text)}",
                                "name the party the source names, or cite the passage that gives it to this one")]
    return []


def swapped_parties_in_item(text: str, passages: list[Cited], language: str = "",
                            parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return swapped_parties' findings for an item cited as a whole, sentence by sentence."""
    if len(parties) < 2 or lexicon(language) is None:
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in swapped_parties(sentence.text, passages, sentence.start, language, parties)]



# An English verb's endings, as its place is compared: "Afghanistan launches airstrikes" (a timeline's present) holds
# the place of "Pakistan launched airstrikes" (factcheck_212); the longest first, a stem of four letters left
_ENGLISH_ENDINGS = ("ing", "ies", "ied", "es", "ed", "s")
_ENGLISH_STEM = 4
# Deeds two sides do with each other: "Chirpline settles the commission's investigation" restates "The commission
# settled its own investigation of Chirpline" (newuser_69), in another tense as in the same
_RECIPROCAL = frozenset({"settl", "agre", "negotiat", "meet", "merg", "reconcil"})
# "es" is an ending of its own after these ("launches", "pushes"); after others the "e" is the stem's ("declares")
_ES_AFTER = ("ch", "sh", "ss", "x", "z")


# Prepositions putting a deed inside a party's land, whatever the word before them: "drone strikes inside Afghanistan"
# holds the place of "drone strikes against military targets inside Pakistan" (factcheck_212); "in" is too common
# ("in Pakistan's view") to say where a deed was
_WITHIN = frozenset({"inside", "into", "within"})


def _within(place: tuple[str, str]) -> bool:
    """Say whether a place is a word and a preposition putting a deed inside a party's land: "strikes inside"."""
    words = place[1].split()
    return place[0] == "before" and len(words) == 2 and words[1] in _WITHIN


def _in_another_tense(place: tuple[str, str], read: Lexicon, inflected: dict, mention: Mention) -> list[Mention]:
    """Return the passages' mentions holding an English place in another form of its verb ("launched" for
    "launches"), none for a deed two sides do together, nor for a clause giving a figure: whose figure it is, the
    figure checks name ("Northmart is valued at $38 a share" of "The deal values FreshCo at $38": factcheck_95)."""
    key = _inflection_aside(place, read)
    if key[1].split()[0] in _RECIPROCAL or (_figures(mention.clause) and place[1] != mention.participle):
        return []  # a participle's deed is its subject's, figure or not: "Arvena moved first, raising its tariff"
    return inflected.get(key, [])


def _inflection_aside(place: tuple[str, str], read: Lexicon) -> tuple[str, str]:
    """Return a place as it is looked up: an English place's first word without its verb ending ("launches",
    "launched" and "launching" alike), the rest as it is."""
    if read is not ENGLISH:
        return place
    first, _, rest = place[1].partition(" ")
    return place[0], f"{_english_stem(first)} {rest}" if rest else _english_stem(first)


@functools.lru_cache(maxsize=1024)
def _english_stem(word: str) -> str:
    """Return an English word without an inflection's ending ("attacks", "attacked", "attacking": "attack"), a
    final "e" aside too ("declares", "declared": "declar"); a short word as it is ("has", "need")."""
    ending = next((ending for ending in _ENGLISH_ENDINGS if word.endswith(ending)
                   and len(word) - len(ending) >= _ENGLISH_STEM and not word.endswith("ss")), "")
    if ending == "es" and not word[:-2].endswith(_ES_AFTER):
        ending = "s"
    stem = word[:-len(ending)] if ending else word
    if ending in ("ies", "ied"):
        stem += "y"
    return stem[:-1] if stem.endswith("e") and len(stem) > _ENGLISH_STEM else stem


def _member_swapped(mention: Mention, holding: list[Mention]) -> bool:
    """Say whether parties named together lose one of a passage's and gain another no passage names there: "the
    Greens and the Farmers' Union began talks" citing "the Greens and the Liberals began talks"."""
    named = frozenset().union(*(other.parties for other in holding))
    return bool(mention.parties - named) and all(other.parties - mention.parties for other in holding)


def _restates(clause: frozenset[str], other: frozenset[str], word: str, read: Lexicon = ENGLISH,
              least: int = 1) -> bool:
    """Say whether two clauses holding the same place share another content word or figure (`least` of them), and a
    figure where both give figures: "Grainline's organic sales rose 1.8%" tells another thing than "Harbor's organic
    sales fell 2.4%"."""
    figures, others = _figures(clause), _figures(other)
    if figures and others and not figures & others:
        return False
    return len({shared for shared in clause & other if read.place(shared) != word}) >= least


def _closest(clause: frozenset[str], holding: list[Mention], word: str, read: Lexicon) -> list[Mention]:
    """Return the clauses of `holding` that share the most words with `clause`, where one holds its place by a verb
    left out: of "Die SPD erhält einen Sitz mehr, die Grünen einen Sitz weniger", "Die Grünen erhalten einen Sitz mehr"
    restates the SPD's (newuser_104)."""
    if not any(other.gapped for other in holding):
        return holding  # "Nordia lost 12 ..., and Sudia lost 40": each its own verb, swapped figures named apart
    shared = [len({word_ for word_ in clause & other.clause if read.place(word_) != word}) for other in holding]
    return [other for other, count in zip(holding, shared) if count == max(shared, default=0)]


def _rank_alone(clause: frozenset[str], other: frozenset[str], rank: str) -> bool:
    """Say whether two clauses giving a rank hold no word but it: "Southland is the larger of the two" restates
    "Northland is the larger", where "the first to sign" does not restate "the first to attack" (factcheck_81)."""
    return not (clause - {rank}) and not (other - {rank})


@functools.lru_cache(maxsize=8)
def _figures(clause: frozenset[str]) -> frozenset[str]:
    return frozenset(word for word in clause if word[0].isdigit())


def _without_day_stops(text: str, tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return text's tokens without the stops that close a day before its month's name ("am 25. Februar"): no
    clause's end ("Die Stadt hat am 25. Februar Klage eingereicht" citing "Die RSV hat ..." was read as two clauses
    whose parties stood alone, and built: tests/test_factcheck_118.py)."""
    stops = day_stops(text)
    return [token for token in tokens if token[0] not in stops] if stops else tokens


@functools.lru_cache(maxsize=1 << 14)  # a passage is read by every sentence citing it
def _mentions(text: str, parties: tuple[tuple[str, frozenset[str]], ...], read: Lexicon = ENGLISH
              ) -> tuple[Mention, ...]:
    """Return the mentions of parties in text, in order."""
    folded = text.casefold()
    if read is ENGLISH and not any(stem in (text if stem.isupper() else folded) for stem in _stems(parties)):
        return ()  # names no party: found without reading its words (in another language a name may be spelled
        # otherwise: "Afganistán")
    # an elided article read as a word of its own, at the same length: "l'Afghanistan" as "l Afghanistan"
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(_ELIDED.sub(" ", text) if read.elided else text)]
    tokens = _without_day_stops(text, tokens)
    named = [_party_of(word, parties) if word[0].isupper() else (
        _by_demonym(word, parties, read.demonym_endings) or _after_article(tokens, index, parties, read)
        if read is not ENGLISH
        else _head_named(tokens, index, parties) if index and tokens[index - 1][1] in _THE
        else _NONE)
             for index, (_, word) in enumerate(tokens)]
    if read.demonym_endings:  # Spanish "Paquistán", "afganas": the name as English spells it, "Pakistan", "Afghan"
        respelled = _respelled(parties)
        named = [found or (_party_of(_respelled_word(word), respelled) if word[0].isupper() else
                           _by_demonym(_respelled_word(word), respelled, read.demonym_endings))
                 for found, (_, word) in zip(named, tokens)]
    if not any(named):
        return ()
    if read is ENGLISH:
        named = _lowercase_name_kept(tokens, named, parties)
    words = [folded_word(word) for _, word in tokens]
    words = [read.english.get(word, word) for word in words] if read.english else words
    mentions, index = [], 0
    while index < len(tokens) and len(mentions) < _MOST_MENTIONS:
        if named[index]:
            end, found = _joined(named, words, index, read.verb_second)
            end = max(end, _name_end(tokens, named, index))  # "Chama cha Madereva kilikataa"
            if end < len(tokens) and tokens[end][1] in _NAME_TAILS:
                end += 1  # "the Liberal Party has ruled out": the place is "ruled", not "Party"
            if (end + 2 < len(tokens) and tokens[end][1] == "(" and tokens[end + 2][1] == ")"
                    and named[end + 1] and named[end + 1] <= found):
                end += 3  # "O Ministério Público Federal (MPF) entrou": its acronym holds no place, "entrou" does
            mention = _mention(text, tokens, words, index, end, found, named, read)
            if read.verb_second and mentions and _verb_gapped(tokens, words, index, end):
                # "Die SPD erhält einen Sitz mehr, die Grünen einen Sitz weniger": the Greens' verb is the SPD's
                # (unread, "Die Grünen erhalten einen Sitz weniger" citing it was refused: newuser_104)
                mention = mention._replace(places=tuple(place for place in mentions[-1].places
                                                        if place[0] == "after"), gapped=True)
            mentions.append(mention)
            index = end
        else:
            index += 1
    return tuple(mentions)


_COUNT_WORDS = frozenset({"a", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                          "zwölf", "keinen", "keine", "kein"})


def _verb_gapped(tokens: list[tuple[int, str]], words: list[str], first: int, end: int) -> bool:
    """Say whether a German clause a comma opens names a party and then what it has, its verb left out as the clause
    before it gives it: ", die Grünen einen Sitz weniger", ", die CDU 34"."""
    opening = first - 1 if first and words[first - 1] == "the" else first
    return (opening > 0 and tokens[opening - 1][1] == "," and end < len(tokens)
            and (words[end] in _COUNT_WORDS or tokens[end][1][0].isdigit()))


def _head_named(tokens: list[tuple[int, str]], index: int, parties: tuple[tuple[str, frozenset[str]], ...]
                ) -> frozenset[str]:
    """Return the party a lowercase noun after "the" names (owners.named_in_lowercase), where it heads its phrase
    and modifies no noun after it: "the doping ban" names no Anti-Doping Agency (head_nouns.py)."""
    found = named_in_lowercase(tokens[index - 1][1], tokens[index][1], parties)
    following = tokens[index + 1][1] if found and index + 1 < len(tokens) else ""
    own = frozenset().union(*(words for party, words in parties if party in found))
    if found and _alias_phrase(tokens[index][1], following) in own:
        return found  # "the regional government", an alias whole (owners.party_words): the party's name
    return _NONE if found and modifies_a_noun(tokens[index][1], following, own) else found


def _alias_phrase(word: str, following: str) -> str:
    """Return a lowercase word and the one after it as an alias after "the" is kept: "the_regional_government"."""
    return alias_phrase(f"the {word} {following}")


def _name_end(tokens: list[tuple[int, str]], named: list[frozenset[str]], first: int) -> int:
    """Return where a party's name that `first` opens ends across a short lowercase word between two of its words
    ("Chama cha Madereva", "Bank of England": one mention, not "Chama" and then "Madereva"), else after `first`."""
    end = first + 1
    while (end + 1 < len(tokens) and not named[end] and named[end + 1] & named[first]
           and tokens[end][1].isalpha() and tokens[end][1].islower() and len(tokens[end][1]) <= 3):
        end += 2
    return end


def _lowercase_name_kept(tokens: list[tuple[int, str]], named: list[frozenset[str]],
                         parties: tuple[tuple[str, frozenset[str]], ...]) -> list[frozenset[str]]:
    """Return `named` with a lowercase word of a party's name read as that party's right after a word naming it: "the
    school board" is the Lakeport school board's whole, its place after "board" (factcheck_94)."""
    for index in range(1, len(tokens)):
        word = tokens[index][1]
        if named[index - 1] and not named[index] and word.islower():
            folded, phrase = folded_word(word), _alias_phrase(tokens[index - 1][1], word)
            named[index] = frozenset(party for party, words in parties
                                     if party in named[index - 1] and (folded in words or phrase in words))
    return named


def _joined(named: list[frozenset[str]], words: list[str], first: int, apart: bool = False
            ) -> tuple[int, frozenset[str]]:
    """Return where the parties named from `first` end, and who they are: "Afghan Taliban", "Pakistan and
    Afghanistan", "Pakistan and the Taliban", "Pakistan as well as Afghanistan" are one mention. The words of one
    name narrow it down: "Southern Alliance" is the party both words name, not every party named "Alliance". With
    `apart` (German), names of no party in common are two: "schlug Pakistan Afghanistan" is subject and object."""
    found, name, index = set(), named[first], first + 1
    while index < len(words):
        if named[index] and apart and not name & named[index]:
            break
        if named[index]:
            name = (name & named[index]) or (name | named[index])
            index += 1
            continue
        if words[index] in _JOINING_NAMES and index + 1 < len(words) and named[index + 1]:
            index += 1
        elif (words[index] in _JOINING and index + 2 < len(words) and words[index + 1] in _SKIPPED_BEFORE
              and named[index + 2]):
            index += 2
        elif words[index:index + 3] == ["as", "well", "as"] and index + 3 < len(words) and named[index + 3]:
            index += 3
        else:
            break
        found |= name
        name = named[index]
        index += 1
    return index, frozenset(found | name)


def _mention(text: str, tokens: list[tuple[int, str]], words: list[str], first: int, end: int,
             found: frozenset[str], named: list[frozenset[str]], read: Lexicon) -> Mention:
    """Return the mention of the parties `found` named by tokens `first` to `end`, with its places and clause."""
    places, before = [], _word_before(words, first)
    after = _word_after(tokens, words, _past_apposition(words, named, end, found))
    kinds = ("before", "after")
    if read.verb_second:
        before, after, inverted = _verb_second_places(tokens, words, named, first, end, before, after, read)
        if inverted:  # a subject after its verb, an object before it
            kinds = ("after", "before")
    if before >= 0:
        places.append((kinds[0], read.place(_with_prefix_apart(tokens, words, before, read))))
    else:
        before = _place_before_preposition(words, first)
        if before >= 0:
            preposition = words[_skipped_before(words, first)]
            # "killed by Pakistan" is "Pakistan killed"; "attacks on Pakistan" a place of its own
            places.append(("after", words[before]) if preposition == "by" else
                          ("before", f"{words[before]} {preposition}"))
    if after >= 0:
        places.append((kinds[1], read.place(_with_prefix_apart(tokens, words, after, read))))
        if read is ENGLISH and _POSSESSIVE.search(tokens[end - 1][1]):
            places.append(("before", f"{words[after]} of"))  # "Calvania's request" is "the request of Calvania"
        if read is ENGLISH:  # "The agency charged her in August and sought a ban": the seeking is the agency's too
            places.extend(coordinated_places(tokens, words, named, after))
    else:
        participle = _passive_after(words, end, read) if not read.verb_second or _opens(words, first) else -1
        rank = _rank_after(words, end) if read is ENGLISH and participle < 0 else -1
        if participle >= 0:  # "Afghanistan was hit" is "... hit Afghanistan"
            places.append(("before", words[participle]))
            after = participle
        elif rank >= 0:  # "Southland is the larger of the two": the one place it holds, no one else's
            places.append(("after", f"the {words[rank]}"))
            after = rank
    deed = _deed_after_conjunction(words, first, end) if read is ENGLISH and after < 0 else -1
    if deed >= 0:  # "blowback for Pakistan after sponsoring the Taliban's rise": Pakistan sponsored it
        places.append(("after", words[deed]))
    told = participle_after_verb(words, named, after) if read is ENGLISH and deed < 0 <= after and before < 0 else -1
    if told >= 0:  # "Arvena moved first, raising its tariff": Arvena raised it
        places.append(("after", words[told]))
    participle = _perfect_participle(words, named, first, end) if read.verb_second and kinds[1] == "after" else -1
    if read.verb_second and kinds[0] == "after" and before >= 0 and words[before] == "has":
        participle = _perfect_participle(words, named, first, end, inverted=True)  # "Beim Gericht hat die Stadt
        # Klage eingereicht": the subject after "hat", its deed the participle closing the clause
    if participle >= 0:  # German's perfect puts its verb last: "Die Stadt hat beim Gericht Klage eingereicht"
        places.append(("after", read.place(words[participle])))
    start, last = tokens[first][0], tokens[end - 1][0] + len(tokens[end - 1][1])
    shown = re.sub(r"['’]s?$", "", text[start:last])
    shown_to = after if after >= 0 else deed  # "Pakistan after sponsoring": the words up to its deed
    around = text[tokens[before][0] if before >= 0 else start:
                  tokens[shown_to][0] + len(tokens[shown_to][1]) if shown_to >= 0 else last]
    # past an apposition ("Lula, of the PT, won") or an acronym in brackets ("Ministério Público Federal (MPF)
    # entrou"), the clause is the one its place is in
    at = after if after > end or words[end - 1] == ")" else first
    clause = _clause_of(text, tokens, words, at, named, read)
    if after > end and words[end] == ",":  # and the one it is named in: "The valuer appointed by the council, Greaves
        # & Partners, put the rent" holds "appointed" there, which "the valuer appointed by the club" restates
        clause |= _clause_of(text, tokens, words, first, named, read)
    if deed >= 0:  # and the clause of its deed, which "Pakistan sponsored the Taliban's rise" restates
        clause |= _clause_of(text, tokens, words, deed, named, read)
    bare = bool(places) and _bare(tokens, named, _clause_span(words, tokens, at), clause,
                                                      {place.split()[0] for _, place in places})
    return Mention(found, start, tuple(places), clause, shown, " ".join(around.split()), bare,
                   participle=words[told] if told >= 0 else "")


_POSSESSIVE = patterns.compile(r"['’]s?$")
_NONE: frozenset[str] = frozenset()
_SHORTEST_STEM = 5  # "afghan" of "afghanes" names "afghanistan", as is_named reads a capitalised "Afghan"


@functools.lru_cache(maxsize=64)
def _stems(parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, ...]:
    """Return what any word naming a party holds: each party word's first five letters ("afghan" names
    "afghanistan", as is_named reads it), or a two-capital acronym whole ("US"), looked for as written."""
    return tuple(sorted({word[:5] for _, words in parties for word in words}))


def _after_article(tokens: list[tuple[int, str]], index: int, parties: tuple[tuple[str, frozenset[str]], ...],
                   read: Lexicon) -> frozenset[str]:
    """Return the party a lowercase noun after the language's "the" names, as English's "the union" does: "a
    mineradora", "o instituto" (owners.named_in_lowercase), or none."""
    if not index or read.english.get(folded_word(tokens[index - 1][1])) != "the":
        return _NONE
    return named_in_lowercase("the", tokens[index][1], parties)


@functools.lru_cache(maxsize=1 << 12)  # the same names, in passage after passage
def _party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names ("Pakistani", "Kabul's", an acronym of three capitals: "MPF"), or
    none."""
    capitals = named_by_two_capitals(word, parties)  # "The EU said" citing "The US said" built
    if capitals is not None:
        return capitals
    folded = re.sub(r"['’]s?$", "", folded_word(word))
    # an acronym of three capitals names its party, as the column check reads it: "O IEMAG entrou com uma ação"
    # citing "O MPF entrou com uma ação" built, the passage naming no party
    if len(folded) < 4 and not (len(folded) == 3 and re.sub(r"['’]s?$", "", word).isupper()):
        return frozenset()
    found = frozenset(party for party, words in parties if is_named(folded, words))
    # a word one party's name holds whole names that party, not another whose word opens it: Swedish joins words,
    # and "Hamnarbetarförbundet" is no form of Sveriges Hamnar's "hamnar" (tests/test_newuser_55.py)
    whole = frozenset(party for party, words in parties if folded in words) if len(found) > 1 else found
    return whole or found


def _by_demonym(word: str, parties: tuple[tuple[str, frozenset[str]], ...], endings: tuple[str, ...]
                ) -> frozenset[str]:
    """Return the parties a lowercase French, Spanish or Portuguese adjective of a people names ("afghanes",
    "pakistanais", "afegãs"), by its stem past an ending; a word of a party's own name written lowercase ("union")
    names none."""
    if not endings or len(word) <= _SHORTEST_STEM:
        return _NONE
    folded = folded_word(word)
    if any(folded in words for _, words in parties):
        return _NONE
    stem = next((folded[:-len(ending)] for ending in endings if folded.endswith(ending)), "")
    return _party_of(stem, parties) if len(stem) >= _SHORTEST_STEM else _NONE


# How French, Spanish and Portuguese spell the sounds of a name English spells otherwise: "Paquistán", "afgano"
_RESPELLINGS = (("qu", "k"), ("gh", "g"), ("ph", "f"))


def _respelled_word(word: str) -> str:
    """Return a word with the spellings of _RESPELLINGS made one: "paquistaníes" as "pakistaníes"."""
    for spelling, sound in _RESPELLINGS:
        word = word.replace(spelling, sound).replace(spelling.capitalize(), sound.upper())
    return word


@functools.lru_cache(maxsize=64)
def _respelled(parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return the parties with their words respelled as _respelled_word does: "afghanistan" as "afganistan"."""
    return tuple((party, frozenset(map(_respelled_word, words))) for party, words in parties)


def _word_before(words: list[str], first: int) -> int:
    """Return the index of the word holding a mention's place before it, or -1."""
    index = _skipped_before(words, first)
    return index if index >= 0 and _as_place(words[index]) else -1


def _skipped_before(words: list[str], first: int) -> int:
    """Return the index of the first word before a mention past "the", "both", "a", "an" (-1 at the start), and past a
    relation set before its name ("buy its smaller rival Fresco Markets": "buy")."""
    index = first - 1
    while index >= 0 and words[index] in _SKIPPED_BEFORE:
        index -= 1
    return _past_relation(words, index)


# A relation named before a party's name, owned: "has agreed to buy its smaller rival Fresco Markets" holds Fresco in
# the place of "buy", which "Fresco Markets has agreed to buy Harbour Foods" gave the other party (a new user's merger
# briefing, tests/test_relation_before_name.py)
_RELATIONS = frozenset({"rival", "competitor", "partner", "neighbour", "neighbor", "ally", "subsidiary", "owner",
                        "parent", "sister", "counterpart", "opponent", "challenger"})
_RELATION_OWNERS = frozenset({"its", "their", "his", "her", "the"})
_RELATION_WORDS = 2  # words describing the relation, at most: "its smaller, older rival"


def _past_relation(words: list[str], index: int) -> int:
    """Return the index of the word before an owned relation ending at `index` ("its smaller rival"), else `index`."""
    if index < 1 or words[index] not in _RELATIONS:
        return index
    for owner in range(index - 1, max(-1, index - 2 - _RELATION_WORDS), -1):
        if words[owner] in _RELATION_OWNERS:
            return owner - 1
    return index


def _place_before_preposition(words: list[str], first: int) -> int:
    """Return the index of the word before a preposition right before a mention ("attacks" of "attacks on the
    Taliban", "killed" of "killed by Pakistan"), where it holds a place, or -1."""
    preposition = _skipped_before(words, first)
    if preposition < 1 or words[preposition] not in _PLACE_PREPOSITIONS:
        return -1
    if words[preposition] == "of" and _owned(words, preposition - 1):
        return -1  # "its own investigation of Chirpline": the investigation is its owner's, Chirpline its object
    return preposition - 1 if _as_place(words[preposition - 1]) else -1


_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _owned(words: list[str], noun: int) -> bool:
    """Say whether a possessive stands before the noun at `noun` ("its own investigation", "the commission's
    investigation"): a party after "of" is then no owner of it, as "Calvania's request" is "the request of Calvania"
    (newuser_69)."""
    before = noun - 1 - (noun >= 1 and words[noun - 1] == "own")
    return before >= 0 and (words[before] in _OWNERS or words[before].endswith(("'s", "’s", "s'", "s’")))


def _passive_after(words: list[str], end: int, read: Lexicon = ENGLISH) -> int:
    """Return the index of the participle of a passive a mention is the subject of ("Afghanistan was hit", "Pakistani
    troops were reportedly attacked", "Pakistan wurde von Afghanistan angegriffen"), or -1."""
    index = end
    while index < len(words) and words[index] in _SKIPPED_AFTER:
        index += 1
    if index >= len(words) or words[index] not in _BE:
        return -1
    index += 1
    while index < len(words) and (words[index] in _SKIPPED_AFTER or words[index] in ("been", "being")):
        index += 1
    if read.verb_second and index < len(words) and words[index] not in _BREAK:
        index = _clause_last(words, index)
    if index >= len(words) or not _as_place(words[index]):
        return -1
    word = words[index]
    participle = word in _PARTICIPLES or (len(word) > 4 and word.endswith(("ed", "en") + read.participles))
    return index if participle and not _reporting(word) else -1


# A rank a form of "be" gives its subject: "the larger of the two", "the largest party", "the older", "the most
# populous". A comparative ("-er") is read only before "of", "one" or a clause's end: "the leader" is no rank.
_RANKS = frozenset({"best", "worst", "most", "least", "first", "last"})
_AFTER_COMPARATIVE = frozenset({"of", "one"}) | _BREAK


def _rank_after(words: list[str], end: int) -> int:
    """Return the index of the rank a form of "be" after a mention gives it ("larger" of "is the larger of the
    two", "largest" of "was the largest party"), or -1."""
    index = end
    while index < len(words) and words[index] in _SKIPPED_AFTER:
        index += 1
    if index + 2 >= len(words) or words[index] not in _BE or words[index + 1] != "the":
        return -1
    index += 2
    if words[index] in ("most", "least") and index + 1 < len(words) and words[index + 1] not in _BREAK:
        return index + 1  # "the most populous"
    word = words[index]
    if word in _RANKS or (len(word) > 4 and word.endswith("est")):
        return index
    after = words[index + 1] if index + 1 < len(words) else "."
    return index if len(word) > 4 and word.endswith("er") and after in _AFTER_COMPARATIVE else -1


def _verb_second_places(tokens: list[tuple[int, str]], words: list[str], named: list[frozenset[str]], first: int,
                        end: int, before: int, after: int, read: Lexicon) -> tuple[int, int, bool]:
    """Return the indexes of the words holding a German mention's places before and after it (-1 for none), and
    whether they are turned (the verb before it gives its subject's place, the one after its object's). The verb
    after it holds a place only where it opens its clause ("Afghanistan griff ..."; not "hat Pakistan angegriffen"),
    as its object where a case-marked article opens it ("Den Taliban griff ..."); the verb before it only after a
    party opening the clause ("Afghanistan griff Pakistan an"), or after a clause's first words that name no subject,
    whose subject the party then is ("Im März schlug Pakistan ...", "Laut Pakistan griff Afghanistan an"), and the
    party right after that subject is its object ("Im März schlug Pakistan Afghanistan"); a passive's participle
    after its agent ("wurde von Afghanistan angegriffen")."""
    verb_last = _verb_last(tokens, words, named, first, end, read)
    if verb_last >= 0:  # "waarna de gemeente in hoger beroep ging": the subject of the verb closing the clause
        return -1, verb_last, False
    opens = _opens(words, first)
    if opens and _case_marked(tokens, first, read):
        verb = after if after >= 0 and not named[after] and tokens[after][1][0].islower() else -1
        return -1, verb, True
    if after >= 0 and (named[after] or not opens):
        after = -1
    if after < 0:
        after = _agent_of(words, first, end)
    if before < 1:
        return before, after, False
    if named[before]:  # "schlug Pakistan Afghanistan": the object right after a subject after its verb
        return _inverted_verb(tokens, words, named, _first_named(named, before), read), after, False
    if named[before - 1] and _opens(words, (subject := _first_named(named, before - 1))) and not _case_marked(
            tokens, subject, read):
        return before, after, False
    verb = _inverted_verb(tokens, words, named, first, read)
    return (verb, -1, True) if verb >= 0 else (-1, after, False)


def _verb_last(tokens: list[tuple[int, str]], words: list[str], named: list[frozenset[str]], first: int, end: int,
               read: Lexicon) -> int:
    """Return the index of the verb closing the clause a mention opens after a word that puts its verb last
    ("waarna de gemeente in hoger beroep ging": "ging"; past an auxiliary after it, "... gegaan is"), or -1."""
    opener = _skipped_before(words, first)
    if opener < 0 or folded_word(tokens[opener][1]) not in read.verb_last_after or end >= len(words):
        return -1
    last = _clause_last(words, end - 1)
    if last > end and (words[last] in _BE or words[last] in ("has", "been")):
        last -= 1
    word = tokens[last][1]
    return last if last >= end and not named[last] and word.isalpha() and word.islower() else -1


def _case_marked(tokens: list[tuple[int, str]], first: int, read: Lexicon) -> bool:
    """Say whether a mention follows an article no subject takes ("den", "dem")."""
    return first > 0 and folded_word(tokens[first - 1][1]) in read.object_articles


def _inverted_verb(tokens: list[tuple[int, str]], words: list[str], named: list[frozenset[str]], first: int,
                   read: Lexicon) -> int:
    """Return the index of the verb a German mention is the subject of from after it, or -1: a small word right
    before it, after its clause's first words, which a party opens only after a case-marked article ("Im März
    schlug Pakistan", "Den Taliban griff Pakistan an"; not "Pakistan griff gestern Afghanistan an")."""
    verb = _skipped_before(words, first)
    if verb < 1 or named[verb] or not tokens[verb][1][0].islower() or not _as_place(words[verb]):
        return -1
    if words[verb - 1] in _BREAK or words[verb - 1] in _JOINING:
        return -1  # nothing before the verb in its clause: "dass Pakistan ..." opens a clause whose verb is last
    start = verb - 1
    while start > 0 and words[start - 1] not in _BREAK and words[start - 1] not in _JOINING:
        start -= 1
    while start < verb and words[start] in _SKIPPED_BEFORE:
        start += 1
    return -1 if named[start] and not _case_marked(tokens, start, read) else verb


def _opens(words: list[str], first: int) -> bool:
    """Say whether a mention opens its clause: nothing but "the", "both", "a" or "an" between a break and it."""
    index = _skipped_before(words, first)
    return index < 0 or words[index] in _BREAK or words[index] in _JOINING


def _first_named(named: list[frozenset[str]], index: int) -> int:
    """Return the index of the first naming word of the mention whose word `index` is ("Afghan" of "Afghan Taliban")."""
    while index > 0 and named[index - 1]:
        index -= 1
    return index


def _perfect_participle(words: list[str], named: list[frozenset[str]], first: int, end: int,
                        inverted: bool = False) -> int:
    """Return the index of the participle ending the clause a German mention opens with "hat", "haben" or "wird"
    ("Die RSV hat dagegen Klage beim Landgericht eingereicht": "eingereicht"), or follows them (`inverted`), or -1:
    the deed's word, wherever the words between put the object. A party between is the object, whose own place
    tells who did what."""
    if not inverted and (end >= len(words) or words[end] != "has" or not _opens(words, first)):
        return -1
    if end >= len(words):
        return -1
    last = _clause_last(words, end)
    if last <= end + (not inverted) or any(named[end:last + 1]) or not _as_place(words[last]):
        return -1
    return last


def _with_prefix_apart(tokens: list[tuple[int, str]], words: list[str], verb: int, read: Lexicon) -> str:
    """Return the word at `verb` with the separable prefix that ends its German clause before it ("reichte Klage
    beim Landgericht ein": "einreichte"), as its participle holds it ("eingereicht"); else the word."""
    if not read.separable or verb + 1 >= len(words):
        return words[verb]
    last = _clause_last(words, verb)
    prefix = tokens[last][1]
    return prefix + words[verb] if last > verb and prefix in read.separable else words[verb]


def _clause_last(words: list[str], index: int) -> int:
    """Return the index of the last word of the clause going on at `index`: where German puts a participle."""
    while index + 1 < len(words) and words[index + 1] not in _BREAK and words[index + 1] not in _JOINING:
        index += 1
    return index


def _agent_of(words: list[str], first: int, end: int) -> int:
    """Return the index of the German participle whose agent a mention is ("wurde von Afghanistan angegriffen"), or
    -1: the mention right after "von", a form of "werden" before it in its clause, the participle ending it."""
    by = _skipped_before(words, first)
    if by < 1 or words[by] != "by" or end >= len(words) or words[end] in _BREAK:
        return -1
    index = by - 1
    while index >= 0 and words[index] not in _BREAK and words[index] not in _BE:
        index -= 1
    last = _clause_last(words, end)
    return last if index >= 0 and words[index] in _BE and len(words[last]) > 4 and words[last].endswith(
        ("en", "t")) else -1


_MOST_APPOSITION_WORDS = 5


def _past_apposition(words: list[str], named: list[frozenset[str]], end: int, found: frozenset[str]) -> int:
    """Return where a mention's place after it is looked for: past an apposition between commas that names no other
    party than the mention's own and holds no figure ("Luiz Lula, of the PT, won", "Lula, the former president, won";
    "Marta Ibarra, de Renovación Nacional, obtuvo", where the party is an alias of hers, holds the place
    "obtuvo"), else `end`."""
    if end >= len(words) or words[end] != ",":
        return end
    for at in range(end + 1, min(len(words), end + 2 + _MOST_APPOSITION_WORDS)):
        if words[at] == ",":
            return at + 1 if at > end + 1 else end
        if (words[at] in _BREAK or (named[at] and not named[at] <= found) or words[at][0].isdigit()
                or _reporting(words[at])):
            return end
    return end


def _word_after(tokens: list[tuple[int, str]], words: list[str], end: int) -> int:
    """Return the index of the word holding a mention's place after it, or -1: none where a reporting word follows
    soon ("Pakistan's government denied"), or after the other speakers of its subject ("Pakistani officials and
    Afghan officials both said"), as the speaker check reads whose words those are."""
    index = end
    while index < len(words) and words[index] in _SKIPPED_AFTER:
        index += 1
    if index + 1 < len(words) and words[index] == "on" and words[index + 1] in _WEEKDAYS:
        index += 2  # "The tribunal on Tuesday reduced the ban": its place is "reduced" (factcheck_95)
    if (index + 1 < len(words) and words[index] in _PROGRESSIVE and words[index + 1].endswith("ing")
            and _as_place(words[index + 1])):
        index += 1  # "the union is demanding": the place is "demanding", as "the union demands" holds it
    if index >= len(words) or not (_as_place(words[index]) or _asks(words, index)):
        return -1
    # a reporting word past another name is that name's: "the Pakistani fighters Kabul acknowledged were killed"
    # holds "fighters" (factcheck252), as "Pakistan's government denied" holds no place
    soon = any(_reporting(word) and not _asks(words, at)
               for at, word in enumerate(_up_to_a_name(tokens, words, index, index + _REPORTING_SOON), index))
    return -1 if soon or _reported_after_names(tokens, words, index) else index


def _up_to_a_name(tokens: list[tuple[int, str]], words: list[str], index: int, end: int) -> list[str]:
    """Return the words from `index` to `end`, cut before a capitalised word after the first: a name of its own."""
    for at in range(index + 1, min(end, len(words))):
        if tokens[at][1][:1].isupper():
            return words[index:at]
    return words[index:end]


# A conjunction of time whose clause, its subject left out or "it", is the deed of the party before it
_DEED_CONJUNCTIONS = frozenset({"after", "before", "while"})
_DEED_SUBJECTS = frozenset({"it", "they"})
# Verbs whose object did the deed their preposition gives: "accuses Afghanistan of sheltering", "blamed Kabul for
# harbouring"
_ACCUSING = {"accuse": "of", "accuses": "of", "accused": "of", "accusing": "of", "suspects": "of", "suspected": "of",
             "blames": "for", "blamed": "for", "blaming": "for"}


def _accused(words: list[str], first: int) -> str:
    """Return the preposition giving the deed of a mention that an accusing verb right before it accuses ("of"),
    or "" for none."""
    before = _skipped_before(words, first)
    return _ACCUSING.get(words[before], "") if before >= 0 else ""


def _deed_after_conjunction(words: list[str], first: int, end: int) -> int:
    """Return the index of the deed a mention does in a clause of time after it with no subject of its own, or -1:
    "for Pakistan after sponsoring the Taliban's rise", "for Pakistan, after it sponsored the Taliban's rise"; a
    clause naming its own subject ("after Kabul sponsored") or a form of "be" ("after it was attacked") gives none.
    So is the deed of the one accused: "Islamabad accuses Afghanistan of sheltering" is Afghanistan's sheltering."""
    index = end + (end < len(words) and words[end] == ",")
    accused = index == end and _accused(words, first)
    if index >= len(words) or not (words[index] in _DEED_CONJUNCTIONS or accused and words[index] == accused):
        return -1
    index += 1
    if index < len(words) and words[index] in _DEED_SUBJECTS:
        index += 1
    if index >= len(words) or not words[index].endswith(("ing", "ed")) or not _as_place(words[index]):
        return -1
    return index


def _asks(words: list[str], at: int) -> bool:
    """Say whether a reporting word is a deed by the word after it: "called for a ceasefire", "called off the talks"
    (a speaker's "called" names what it called: "called the strikes a violation")."""
    return (words[at] in _CALLED and at + 1 < len(words) and not words[at + 1] in _BREAK
            and not _reporting(f"{words[at]} {words[at + 1]}"))


_CALLED = frozenset({"called", "calls", "described", "describes"})
_PROGRESSIVE = frozenset({"is", "are", "was", "were"})
_AMONG_SPEAKERS = _JOINING | _SKIPPED_BEFORE | TITLE_WORDS | {"each", "all"}
_MOST_SPEAKER_WORDS = 8


def _reported_after_names(tokens: list[tuple[int, str]], words: list[str], index: int) -> bool:
    """Say whether a reporting word follows the word at `index` past names, titles and "and" alone: the mention
    is one speaker of a subject of several."""
    for at in range(index, min(len(words), index + _MOST_SPEAKER_WORDS)):
        if _reporting(words[at]) and not _asks(words, at):
            return True
        if not (words[at] in _AMONG_SPEAKERS or tokens[at][1][0].isupper()):
            return False
    return False


def _as_place(word: str) -> bool:
    """Say whether a word holds a place a party is named in: not punctuation, "and", an article, a form of "be" or
    a reporting word (the speaker check's)."""
    return not (word in _BREAK or word in _NO_PLACE or _reporting(word))


@read_by_language  # a project locale's `according_to` words report too
@functools.lru_cache(maxsize=1 << 12)  # the same words, sentence after sentence
def _reporting(word: str) -> bool:
    return reports(word)


# A figure in apposition restates the one before it, in the same clause: "obtuvo 4.812.330 votos, el 48,7 % de los
# votos válidos", "won 1,204,311 votes, or 48.7%", "1.402.110 votos (52,4 %)". Its comma or brackets end no clause, so
# a sentence giving the second figure to another party is read against the clause that names the first's.
# Words as the lexicon reads them: Spanish "el" is "the".
_APPOSED_BY = frozenset({"the", "a", "an", "or", "about", "some", "o", "ou", "soit"})


def _figure_apposed(tokens: list[tuple[int, str]], words: list[str], at: int) -> bool:
    """Say whether the break at `at` only sets a figure in apposition: a comma or bracket before a figure (past one
    article or "or"), or the bracket closing one right after it."""
    if words[at] == ")":
        return at >= 2 and words[at - 2] == "(" and tokens[at - 1][1][0].isdigit()
    if words[at] not in (",", "("):
        return False
    after = at + 1 + (at + 1 < len(words) and words[at + 1] in _APPOSED_BY)
    return after < len(words) and tokens[after][1][0].isdigit()


def _clause_span(words: list[str], tokens: list[tuple[int, str]], index: int) -> tuple[int, int]:
    """Return the tokens of the clause of the token at `index`, within _CLAUSE_WORDS either side: a text of
    thousands of words without a break is read near each party it names, not whole for each of them."""
    start, end = index, index
    while start > max(0, index - _CLAUSE_WORDS) and words[start - 1] not in _BREAK:
        start -= 1
    while end < min(len(words), index + _CLAUSE_WORDS) and (words[end] not in _BREAK
                                                           or _figure_apposed(tokens, words, end)):
        end += 1
    return start, end


def _past_infinitive(tokens: list[tuple[int, str]], words: list[str], end: int, read: Lexicon) -> int:
    """Return the end of a German clause with the infinitive clause after its comma, whose deed it names ("Die RSV
    kündigte an, weitere Rechnungen vorzulegen": what it announced is the clause's too, else "kündigte" alone is
    all a clause holds, and the party's place is restated by any other's); else `end`."""
    if end >= len(words) or words[end] != ",":
        return end
    after = end + 1
    while after < min(len(words), end + _CLAUSE_WORDS) and words[after] not in _BREAK:
        after += 1
    last = tokens[after - 1][1] if after - 1 > end else ""
    infinitive = last.endswith("en") and last.islower() and (
        words[after - 2] == "to" or any(last.startswith(prefix + "zu") for prefix in read.separable))
    return after if infinitive else end


def _past_participle_clause(tokens: list[tuple[int, str]], words: list[str], end: int) -> int:
    """Return the end of an English clause with the participle's clause after its comma, whose subject is the
    clause's ("The Green Party has won control ..., taking 24 of the council's 45 seats": what it took is the
    clause's too, so "Labour won 24 of the council's 45 seats" restates it: factcheck_237); else `end`."""
    if end + 1 >= len(words) or words[end] != "," or not _PARTICIPLE.fullmatch(tokens[end + 1][1]):
        return end
    after = end + 2
    while after < min(len(words), end + _CLAUSE_WORDS) and words[after] not in _BREAK:
        after += 1
    return after


# A participle opening a clause after a comma, lowercase: "taking", "winning", "gaining"
_PARTICIPLE = patterns.compile(r"[a-z]{3,}ing")


# Capitalised, yet no name that could tell two clauses apart: "Northland attacked Southland on Monday."
_BARE_CAPITALS = frozenset({"The", "On", "In", "Last", "This"} | {day.capitalize() for day in _WEEKDAYS}
                           | set(ENGLISH_MONTHS)
                           # a sentence's first article in French, Spanish, German, Portuguese, Italian
                           | {"Le", "La", "Les", "L", "El", "Los", "Las", "Der", "Die", "Das", "O", "A", "Os", "As",
                              "Il", "Lo", "Gli", "I"})


def _bare(tokens: list[tuple[int, str]], named: list[frozenset[str]], span: tuple[int, int],
          clause: frozenset[str], place_words: set[str]) -> bool:
    """Say whether a clause holds nothing but parties, its places' words and short or function words: no figure,
    no other name ("won in Riverside"), no content word of its own, so no other clause holding its place can tell
    another thing."""
    if not clause <= place_words:
        return False
    return not any(word[0].isdigit() or (word[0].isupper() and not named[at] and word not in _BARE_CAPITALS)
                   for at, (_, word) in enumerate(tokens[span[0]:span[1]], span[0]))


def _clause_of(text: str, tokens: list[tuple[int, str]], words: list[str], index: int,
               named: list[frozenset[str]], read: Lexicon) -> frozenset[str]:
    """Return the content words and figures of the clause of the token at `index`, party names aside (and, but
    in German, any capitalised word); a word of short parts joined by a hyphen ("run-off") is one word."""
    start, end = _clause_span(words, tokens, index)
    if read.separable:
        end = _past_infinitive(tokens, words, end, read)
    elif read is ENGLISH:
        end = _past_participle_clause(tokens, words, end)
    hyphenated = [f"{words[at]}-{words[at + 1]}" for at in range(start, end - 1)
                  if text[tokens[at][0] + len(tokens[at][1]):tokens[at + 1][0]] == "-" and not named[at]
                  and not named[at + 1] and tokens[at][1][0].isalpha() and tokens[at + 1][1][0].isalpha()]
    return frozenset(hyphenated).union(
        words[at] for at in range(start, end) if tokens[at][1][0].isdigit()
        or (len(words[at]) >= _CONTENT and not named[at] and (read.nouns_capitalised or not tokens[at][1][0].isupper())))

