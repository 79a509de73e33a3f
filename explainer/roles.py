"""A speaker's role swapped in an appositive: "Khawaja Asif, the foreign minister," citing "Khawaja Asif, the defence
minister,", or "Harbor's chairman, Peter Vance," citing "Grainline's chairman, Peter Vance,".

An appositive gives a name its role between commas, after the name ("Asif, the defence minister,") or before it
("Pakistan's defence minister, Khawaja Asif,"), opening with "the", "a", "an", a possessive word ("its", "their") or
an owner ("Harbor's"); a title before a name gives one too ("Defence Minister Khawaja Asif": up to three capitalised
words and a title noun, "Minister", "President", "General", ...). Where a passage the sentence cites gives the same
name (its last word) a role so, and the sentence's role holds a word the passage's does not while the passage's
holds one the sentence nowhere says (past
words of no one in particular: "the country's", "the company's"), the role was swapped, and it is refused. A role
that adds to the source's ("Pakistan's defence minister" for "the defence minister") or says it by another owner's
common noun builds. English text is read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import WORD
from .locale import base_language
from .office_words import one_office
from .records import record
from .sentences import folded_word
from .spelling import american
from .speakers import reports
from .wordset import ascii_words

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_OPENS = r"(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)"
# its last word small, or a title noun ("its Information Minister, Khawaja Asif,")
_ROLE = _OPENS + r"\s+(?:[\w'’-]+\s+){0,4}?(?:[a-z][\w-]*|(?-i:Minister|Secretary|Spokesman|Spokeswoman|Spokesperson))"
_AFTER_NAME = patterns.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),\s+(?P<role>" + _ROLE + r")\s*,")
# A role before a name opens a sentence too ("Their fisheries secretary, Tomas Reyne, said"), and a name may end one
# ("..., said Norlandia's fisheries minister, Kari Vold."): both were unread, so no role was kept (newuser_83).
_BEFORE_NAME = patterns.compile(r"(?<![\w'’-])(?P<role>" + _ROLE.replace(r"(?:the|a|an|its|his|her|their|",
                                                                         r"(?:(?<!\w)[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|")
                                + r"),\s+(?P<name>" + _NAME + r")(?=\s*[,(]|\s+(?:said|says|told|added|warned)"
                                r"|\s*[.;]\s*(?:$|\n|[A-Z\"“]))")
# A role without an article, an office of an owner: "Clare Whitcombe, chief executive of Harlow Foods," (or closing a
# sentence: "said Clare Whitcombe, chief executive of Harlow Foods."). Its owner alone is read: "head of Harlow Foods"
# may name the office otherwise, "chief executive of Brightmart" names another owner (factcheck_183)
_BARE_AFTER_NAME = patterns.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),\s+(?P<role>(?:[a-z][\w-]*\s+){1,3}of\s+"
                                    r"(?:the\s+)?(?P<owner>[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*){0,3}))"
                                    r"(?=\s*[,;)]|\s*\.(?:\s|$)|\s*$)")
# A title written before a name: "Defence Minister Khawaja Asif", "Army Chief General Asim Munir"
_TITLE_NOUNS = ("Minister", "President", "Secretary", "General", "Governor", "Ambassador", "Chairman", "Chairwoman",
                "Senator", "Judge", "Justice", "Mayor", "Commander", "Spokesman", "Spokeswoman", "Spokesperson",
                "Envoy", "Director", "Chancellor", "Chief", "Premier", "Admiral", "Colonel", "Adviser", "Advisor")
_TITLE_NOUN = "(?:" + "|".join(_TITLE_NOUNS) + ")"
# ... or written small, as much news writes it, and ending in a word the capitalised list lacks: "Foreign Office head
# Khawaja Asif", "Taliban spokesman Zabihullah Mujahid", "defence minister Khawaja Asif" (a word or two before it)
_SMALL_TITLE_NOUN = "(?:" + "|".join(sorted({noun.lower() for noun in _TITLE_NOUNS} - {"general", "judge", "justice"}
                                            | {"head", "leader", "official", "negotiator", "aide"})) + ")"
_TITLE = (r"(?:[A-Z][\w-]*\s+){0,3}" + _TITLE_NOUN + r"|(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
          + _SMALL_TITLE_NOUN)
_TITLED = patterns.compile(r"(?<![\w'’-])(?P<role>" + _TITLE + r")\s+(?P<name>(?!" + _TITLE_NOUN + r"(?!\w))"
                           + _NAME + r")")
_MAY_GIVE = patterns.compile(r",\s+(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s|(?:['’]s|(?<!\w)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))\s"
                             r"[^,]{2,40},\s+[A-Z]"
                             r"|(?<!\w)(?:" + _TITLE_NOUN + "|" + _SMALL_TITLE_NOUN + r")\s+[A-Z]"
                             r"|,\s+(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?[A-Z]")  # _BARE_AFTER_NAME
# Owners that name no one in particular: "the country's defence minister" may restate "Pakistan's"
_GENERIC = frozenset({"the", "a", "an", "its", "his", "her", "their", "country", "nation", "company", "firm",
                      "group", "government", "party", "state", "city", "union", "council", "ministry", "army",
                      "then", "former", "current", "new", "acting", "deputy", "senior", "top", "chief", "own",
                      # an owner's common noun, which a role may say by its name: "chief executive, Kingsmoor Rovers
                      # FC" of "The Club's chief executive" (a quote's role is read so too: newuser_57, newuser_83)
                      "club", "team", "league", "association", "federation", "agency", "authority", "board",
                      "committee", "commission", "organisation", "organization", "university", "hospital", "bank",
                      "corporation", "business", "airline", "operator", "regulator", "court"})
_NOT_A_NAME = frozenset({"The", "A", "An", "But", "And", "In", "On", "At", "By", "For", "Its", "His", "Her", "Their",
                         "Meanwhile", "However", "Earlier", "Later", "On", "After", "Before", "When", "While"})
# A role is a noun phrase: words that tell of a clause ("On Friday, the envoy met the minister,") make it none
_NOT_IN_ROLE = frozenset({"said", "says", "told", "met", "is", "was", "were", "are", "has", "had", "have", "will",
                          "would", "and", "who", "which", "that", "when", "after", "before", "with"})
_DATES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "today", "yesterday", "tomorrow"})
_MOST = 16  # appositives a text is read for

# French: "Khawaja Asif, le ministre de la Défense,", "La porte-parole du gouvernement, Maud Brégeon, a déclaré"
_FR_ROLE = (r"(?:(?:le|la|les|un|une|son|sa|ses|leur)\s+|l['’])(?:[\w'’-]+\s+){0,5}?[\w'’-]+")
_FR_AFTER_NAME = patterns.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),\s+(?P<role>" + _FR_ROLE + r")\s*,")
_FR_OPENING_ROLE = _FR_ROLE.replace("(?:le|la|", "(?:[Ll]e|[Ll]a|").replace("|l['’])", "|[Ll]['’])")
_FR_BEFORE_NAME = patterns.compile(r"(?<![\w'’-])(?P<role>" + _FR_OPENING_ROLE + r"),\s+(?P<name>" + _NAME
                                   + r")(?=\s*[,(]|\s+a\s+(?:déclaré|dit|affirmé|annoncé))")
_FR_MAY_GIVE = patterns.compile(
    r",\s+(?:le|la|les|un|une|son|sa|ses|leur|l['’])|^(?:Le|La|L['’])[^,]{2,60},\s+[A-Z]")
_FR_GENERIC = frozenset({"le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs", "de", "du", "des",
                         "d", "en", "pays", "gouvernement", "entreprise", "groupe", "parti", "état", "ville",
                         "syndicat", "conseil", "ministère", "armée", "ancien", "ancienne", "actuel", "actuelle",
                         "nouveau", "nouvelle", "adjoint", "adjointe", "chef"})
_FR_NOT_IN_ROLE = frozenset({"a", "ont", "est", "sont", "était", "étaient", "sera", "et", "qui", "que", "qu", "dit",
                             "déclaré", "affirmé", "rencontré", "avec", "après", "avant", "lorsque", "quand"})
_FR_NOT_A_NAME = frozenset({"Le", "La", "Les", "Un", "Une", "Mais", "Et", "En", "Selon", "Pour", "Par", "Son", "Sa",
                            "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"})

# A speaker named by a role alone: "the minister said", "said the defence minister", "le ministre a déclaré"
_ROLE_NOUNS = ("minister", "spokesman", "spokeswoman", "spokesperson", "president", "secretary", "governor",
               "ambassador", "chairman", "chairwoman", "senator", "mayor", "commander", "envoy", "director",
               "chancellor", "premier", "admiral", "colonel", "adviser", "advisor", "general", "negotiator", "chief")
_FR_ROLE_NOUNS = ("ministre", "porte-parole", "président", "présidente", "secrétaire", "gouverneur", "ambassadeur",
                  "ambassadrice", "maire", "commandant", "envoyé", "envoyée", "directeur", "directrice", "chancelier",
                  "négociateur", "négociatrice", "conseiller", "conseillère")
_EN_REPORTS = r"(?:said|says|told|added|warned|declared|announced|stated|claimed)"
_FR_REPORTS = r"(?:a|avait)\s+(?:déclaré|dit|affirmé|annoncé|indiqué|ajouté|averti|estimé|assuré)"
_EN_ROLE_ALONE = r"(?:[Tt]he|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(_ROLE_NOUNS) + ")"
_ROLE_SPEAKER = patterns.compile(
    r"(?<![\w'’-])(?P<role>" + _EN_ROLE_ALONE + r")\s+" + _EN_REPORTS + r"(?!\w)|(?<!\w)(?:said|says|added|warned)\s+"
    r"(?P<role2>" + _EN_ROLE_ALONE.replace("?P<noun>", "?P<noun2>") + r")(?=\s*[,.;]|\s*$)")
_FR_NOUN = r"(?:[Pp]remier\s+|[Pp]remière\s+)?(?P<noun>" + "|".join(_FR_ROLE_NOUNS) + ")"
_FR_ROLE_SPEAKER = patterns.compile(
    r"(?<![\w'’-])(?P<role>(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])" + _FR_NOUN
    + r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[\w'’-]+(?:\s+[\w'’-]+)?)?)\s*,?\s+" + _FR_REPORTS
    + r"(?!\w)|(?<!\w)[Ss]elon\s+(?P<role2>(?:le\s+|la\s+|l['’])" + _FR_NOUN.replace("?P<noun>", "?P<noun2>")
    + r")(?!\w)")
# A role right after a name and its comma is an appositive, whose name the role check reads
_AFTER_A_NAME = patterns.compile(r"[A-Z][\w'’-]+,\s*$")


# hashed as itself: _apposed caches passages by it, and a tuple of compiled patterns hashes each whole program (5-7 µs
# each, on every call)
@record(eq=False)
class _Reading:
    """How a language's text gives a name its role, and names a speaker by a role alone."""

    patterns: tuple[re.Pattern, ...]  # appositives and titles: each with a name and a role
    may_give: re.Pattern
    generic: frozenset[str]
    not_in_role: frozenset[str]
    not_a_name: frozenset[str]
    role_speaker: re.Pattern


_ENGLISH = _Reading((_AFTER_NAME, _BEFORE_NAME, _TITLED, _BARE_AFTER_NAME), _MAY_GIVE, _GENERIC, _NOT_IN_ROLE,
                    _NOT_A_NAME, _ROLE_SPEAKER)
_FRENCH = _Reading((_FR_AFTER_NAME, _FR_BEFORE_NAME), _FR_MAY_GIVE, _FR_GENERIC, _FR_NOT_IN_ROLE, _FR_NOT_A_NAME,
                   _FR_ROLE_SPEAKER)


def _reading(language: str) -> _Reading | None:
    """Return how text in `language` is read for roles (English or French), or None."""
    if in_english(language):
        return _ENGLISH
    return _FRENCH if base_language(language) == "fr" else None


class Apposed(NamedTuple):
    """A name given a role between commas: its last word, folded, and the role's words."""

    name: str
    words: frozenset[str]
    role: str  # as written


def swapped_roles(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English or French text gives a name another role, between commas, than a cited passage
    does, or names a speaker by a role its passages give no speaker of the words ("the minister said")."""
    reading = _reading(language)
    if reading is None:
        return []
    alone = reading.role_speaker.search(text) if _may_name_by_role(text, reading) else None
    if alone is not None and not _AFTER_A_NAME.search(text, 0, alone.start()):
        found = _role_alone(text, alone, passages, offset, reading)
        if found:
            return found
    if not _may_give_a_role(text, reading) or not reading.may_give.search(text):
        return []  # most sentences give no role between commas: found without reading their passages
    own = _apposed(text, reading)
    if not own:
        return []
    swapped = _swapped(own, _said_words(text), passages, reading)
    if swapped is None:
        return []
    mine, theirs = swapped
    return [Finding(offset, f"this sentence calls {mine.name.title()} '{mine.role}' where its cited passages call them "
                            f"'{theirs.role}': {clipped(text)}",
                    "give the role the source gives, or cite the passage that gives this one")]


def role_given_otherwise(speaker: str, role: str, passages: list[Cited], language: str = "") -> str:
    """Return the role the passages around a quote give its speaker where the quote's `role` swaps it: "Norlandia's
    foreign minister" for "Norlandia's fisheries minister, Kari Vold" (the quote card showed the role unchecked); or
    ""."""
    reading = _reading(language)
    names = WORD.findall(speaker)
    if reading is None or not names or not role.strip():
        return ""
    mine = Apposed(folded_word(re.sub(r"['’]s$", "", names[-1])), _role_words(role, reading), role)
    swapped = _swapped((mine,), _said_words(f"{speaker} {role}"), passages, reading)
    return swapped[1].role if swapped else ""


def _said_words(text: str) -> frozenset[str]:
    """Return the words a text says, folded, an owner's "'s" left off as a role's are: "Norlandia's minister for
    fisheries" says every word of "Norlandia's fisheries minister" (it was refused, "norlandia's" not "norlandia")."""
    return one_office(frozenset(american(folded_word(re.sub(r"['’]s$", "", word))) for word in WORD.findall(text)))


def _swapped(own, said: frozenset[str], passages: list[Cited], reading: _Reading):
    """Return (a role of `own`, the role a passage gives the same name) where the first holds a word the second does
    not and the second one `said` nowhere gives, and no other role the passages give that name agrees with it; or
    None. A name given two roles ("The dissenting member, Judge Ana Ferreira,") may be called by either (newuser_110:
    "dissenting member of the panel" was refused as not 'Judge')."""
    given = [theirs for passage in passages
             for theirs_read in (_reading(passage.language),)
             if theirs_read is not None and theirs_read.may_give.search(passage.text)
             for theirs in _apposed(passage.text, theirs_read)]
    for mine in own:
        roles = [theirs for theirs in given if theirs.name == mine.name]
        swapped = [theirs for theirs in roles if mine.words - theirs.words and theirs.words - said - reading.generic]
        if swapped and len(swapped) == len(roles):
            return mine, swapped[0]
    return None


# The whole words English text names a speaker by a role alone with (a role's noun and a reporting word: "the
# minister said"), and gives a role between commas with (a comma, or a title: "Defence Minister Khawaja Asif"): most
# sentences lack them, and are not searched (tests/test_checkspeed5.py compares each lookup with its pattern).
_ROLE_NOUN_WORDS = frozenset(_ROLE_NOUNS)
_LOWER_WORD = patterns.compile(r"[a-z]+")
_REPORTING_WORDS = frozenset(_LOWER_WORD.findall(_EN_REPORTS))
_TITLE_WORDS = frozenset(noun.lower() for noun in _TITLE_NOUNS) | frozenset(_LOWER_WORD.findall(_SMALL_TITLE_NOUN))


def _may_name_by_role(text: str, reading: _Reading) -> bool:
    """Say whether text may name a speaker by a role alone (reading.role_speaker): False only where it surely does not."""
    words = ascii_words(text) if reading is _ENGLISH else None
    return words is None or not (words.isdisjoint(_ROLE_NOUN_WORDS) or words.isdisjoint(_REPORTING_WORDS))


def _may_give_a_role(text: str, reading: _Reading) -> bool:
    """Say whether text may give a name a role (reading.may_give): False only where it surely does not."""
    words = ascii_words(text) if reading is _ENGLISH else None
    return words is None or "," in text or not words.isdisjoint(_TITLE_WORDS)


def _role_alone(text: str, alone: re.Match, passages: list[Cited], offset: int, reading: _Reading) -> list[Finding]:
    """Return a finding where a speaker a sentence names by a role alone ("the defence minister said") is, in every
    cited passage, someone named with another role: one whose roles lack the role's noun ("Mujahid, the Taliban
    spokesman, said"), or give it other words ("Asif, the foreign minister,"); a passage naming the role as the
    sentence does, or giving words to no one named with a role, backs it."""
    groups = alone.groupdict()
    role = " ".join((groups["role"] or groups.get("role2") or "").split())
    noun = american(folded_word(groups["noun"] or groups.get("noun2") or ""))
    words = _role_words(role, reading)
    said = one_office(frozenset(american(folded_word(word)) for word in WORD.findall(text)))
    given = None
    for passage in passages:
        theirs_read = _reading(passage.language)
        if theirs_read is None or _holds(passage.text, role):
            return []
        apposed = _apposed(passage.text, theirs_read) if theirs_read.may_give.search(passage.text) else ()
        if not apposed or not reports(passage.text):
            return []  # gives words to no one named with a role: the speaker check's
        if _holds(passage.text, noun):
            apposed = tuple(theirs for theirs in apposed if noun in theirs.words)
            if not apposed or any(not words - theirs.words or not theirs.words - said - theirs_read.generic
                                  for theirs in apposed):
                return []  # the role named otherwise than as a speaker's, or as the sentence names it
        given = given or apposed[0]
    if given is None:
        return []
    return [Finding(offset, f"this sentence gives the words to '{role}', but its cited passages give them to "
                            f"{given.name.title()}, '{given.role}': {clipped(text)}",
                    "name the speaker as the source does, or cite the passage that gives the words to this one")]


def _holds(text: str, words: str) -> bool:
    """Say whether text holds words, as words ("minister" in "ministers", not in "administer")."""
    return re.search(r"(?<![\w-])" + re.escape(words).replace(r"\ ", r"\s+"), text, re.IGNORECASE) is not None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _title_alone(role: str) -> str:
    """Return a title before a name without the words of the clause before it ("defence minister" of "said defence
    minister")."""
    words = role.split()
    cut = max((at + 1 for at, word in enumerate(words[:-1]) if word.casefold() in _NOT_IN_ROLE | _TITLE_OPENERS),
              default=0)
    return " ".join(words[cut:])


_TITLE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "by", "of", "to", "for", "from", "in", "on",
                            "at", "as", "says", "announced", "added", "warned", "then"})


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _apposed(text: str, reading: _Reading = _ENGLISH) -> tuple[Apposed, ...]:
    found = []
    for pattern in reading.patterns:
        for match in pattern.finditer(text):
            names = match["name"].split()
            role = " ".join(match["role"].split())
            if pattern is _TITLED:  # "said defence minister Asif": the title is what follows a clause's words
                role = _title_alone(role)
            if (len(found) < _MOST and not any(word in reading.not_a_name or word.casefold() in _DATES
                                               for word in names)
                    and not any(word.casefold() in reading.not_in_role for word in role.split())):
                words = _role_words(match["owner"] if pattern is _BARE_AFTER_NAME else role, reading)
                found.append(Apposed(folded_word(re.sub(r"['’]s$", "", names[-1])), words, role))
    return tuple(found)


def _role_words(role: str, reading: _Reading) -> frozenset[str]:
    """Return a role's words, folded, past an owner's "'s" and an elided article ("l'ambassadeur"), generic ones
    aside."""
    return one_office(frozenset(american(folded_word(re.sub(r"['’]s$|^(?:l|d|qu)['’]", "", word)))
                                for word in WORD.findall(role))) - reading.generic
