"""A place among events told where the source gives none: "la deuxième manifestation", "le premier accord" or "la plus
grande grève" citing a passage that ranks no demonstration, agreement or strike.

ranks.py reads an ordinal against a passage that ranks the same thing otherwise ("deuxième manifestation" citing
"troisième manifestation"), and leaves one that no passage ranks, as "the first day" of a passage of dates, which says
nothing the source must state. An event's place in a series is no such thing: "the second protest this week" says the
source counted one before it. So an ordinal before an event's noun (a protest, strike, agreement, attack, vote,
summit, ...; English or French) is refused where no cited passage ranks that noun with any ordinal and none uses this
one anywhere ("for the second time", "une deuxième journée"). French superlatives ("la plus grande grève", "la grève
la plus longue", "sa plus lourde défaite") must stand in a passage as "plus" before the same adjective in any
agreement, and keep its "l'une des" ("l'une des plus grandes grèves"), as unbacked_superlatives reads English ones
(tests/test_factcheck_136.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import ENGLISH_ORDINAL, FRENCH_ORDINAL, spelled_ranks

_EVENTS = {
    "en": ("protest|demonstration|march|rally|strike|walkout|riot|attack|bombing|shooting|raid|offensive|earthquake"
           "|explosion|blast|agreement|deal|accord|treaty|ceasefire|truce|summit|meeting|vote|referendum|election"
           "|ballot|trial|hearing|debate|lockdown|outbreak|wave|cyclone|hurricane|storm|flood"),
    "fr": ("manifestation|marche|rassemblement|mobilisation|grève|émeute|attaque|attentat|fusillade|frappe|raid"
           "|offensive|séisme|explosion|accord|traité|cessez-le-feu|trêve|sommet|réunion|rencontre|vote|scrutin"
           "|référendum|élection|procès|audience|débat|confinement|épidémie|vague|tempête|inondation|crue"),
}
_ORDINAL = {"en": ENGLISH_ORDINAL, "fr": FRENCH_ORDINAL}
# an ordinal before an event's noun, up to one word between ("the second national strike", "la deuxième grande grève")
_RANKED_EVENT = {language: patterns.compile(rf"(?<![\w-])(?P<nth>{_ORDINAL[language]})(?:\s+[^\W\d_]+)??\s+"
                                            rf"(?P<what>{_EVENTS[language]})s?(?![\w-])", re.IGNORECASE)
                 for language in _EVENTS}
# any ordinal of a passage, spelled or in digits, and the noun it may rank a few words on
# (and "the last strike", "la dernière grève": a place too, which turned_ordinals.py reads against "first")
_ANY_ORDINAL = {"en": patterns.compile(rf"(?<![\w-])(?:{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th)|last|latest|final)(?![\w-])",
                                       re.IGNORECASE),
                "fr": patterns.compile(rf"(?<![\w-])(?:{FRENCH_ORDINAL}|\d+(?:e|ème|eme|er|re|ère)|dernier|dernière"
                                       r"|derniers|dernières)(?![\w-])", re.IGNORECASE)}
_LAST = frozenset({"last", "latest", "final", "dernier", "dernière", "derniers", "dernières"})  # a place, no rank
_RANK_REACH = 30  # characters after a passage's ordinal within which the noun it ranks stands
# a French superlative: "la plus grande", "sa plus lourde", "la grève la plus longue"; not "au plus tard", "le plus de"
_FRENCH_SUPERLATIVE = patterns.compile(r"(?<![\w-])(?:le|la|les|l['’]|du|des|aux|son|sa|ses|leur|leurs)\s*"
                                       r"(?P<how>plus|moins)\s+(?P<adjective>[^\W\d_]{3,})(?![\w-])", re.IGNORECASE)
_NOT_ADJECTIVES = frozenset({"tard", "tôt", "souvent", "possible", "vite", "loin", "près", "que", "qu", "en", "ou",
                             "bas", "haut", "rien", "jamais"})
# one superlative in two words, as English "biggest" is "largest": "la plus grosse" of "la plus grande"
_SAME_ADJECTIVE = {"gro": "grand", "import": "grand", "lourd": "grand"}
_ONE_OF = patterns.compile(r"(?:\bl['’]une?\s+des|\bune?\s+des|\bparmi)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def unranked_events(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each event text ranks by an ordinal that no cited passage ranks, and each French
    superlative no cited passage uses (or uses only as "l'une des")."""
    read = "en" if in_english(language) else language.split("-")[0].lower()
    if read not in _EVENTS:
        return []
    findings = [_unranked(match, text, offset, read) for match in _RANKED_EVENT[read].finditer(text)
                if not _ranked_in(match, passages, read)]
    if read == "fr" and (" plus " in text or " moins " in text):
        findings += _unbacked_french_superlatives(text, passages, offset)
    return findings


def _unranked(match: re.Match, text: str, offset: int, read: str) -> Finding:
    shown = " ".join(match.group().split())
    return Finding(offset + match.start(), f"this sentence says '{shown}' where its cited passages give no "
                                           f"{match['what'].casefold()} a place in a series: {clipped(text)}",
                   "leave the rank out, or cite the passage that gives it" if read == "en"
                   else "leave the rank out (or give the source's), or cite the passage that gives it")


def _ranked_in(match: re.Match, passages: list[Cited], read: str) -> bool:
    """Say whether a passage uses the same rank anywhere, or ranks the same noun by any ordinal."""
    rank = {q.value for q in spelled_ranks(match["nth"])}
    what = match["what"].casefold()
    for passage in passages:
        for at, ranks in _ordinals_of(passage.text, read):
            if rank & ranks or what in passage.text[at:at + _RANK_REACH].casefold():
                return True
    return False


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _ordinals_of(text: str, read: str) -> tuple[tuple[int, frozenset], ...]:
    """Return where each ordinal of text ends, with the rank it gives (none for one in digits)."""
    return tuple((found.end(), frozenset() if found.group().casefold() in _LAST
                  else frozenset(q.value for q in spelled_ranks(found.group())) if found.group()[0].isalpha()
                  else frozenset({int(re.match(r"\d+", found.group()).group())}))
                 for found in _ANY_ORDINAL[read].finditer(text))


def _unbacked_french_superlatives(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding for each French superlative of text that no passage uses, or uses only as "l'une des"."""
    findings = []
    for match in _FRENCH_SUPERLATIVE.finditer(text):
        key = _key(match)
        if not key:
            continue
        uses = [before for passage in passages for before, used in _superlatives_of(passage.text) if used == key]
        if not uses:
            problem = "no passage it cites uses it"
        elif all(_ONE_OF.search(before) for before in uses) and not _ONE_OF.search(text[max(0, match.start("how") - 40):
                                                                                       match.start("how")]):
            problem = "the passages it cites give it only as \"l'une des\""
        else:
            continue
        written = " ".join(match.group().split())
        findings.append(Finding(offset + match.start(), f'superlative "{written}": {problem}: {clipped(text)}',
                                "use the source's own words (keep its \"l'une des\"), or cite the passage that says it"))
    return findings


@functools.lru_cache(maxsize=1 << 10)
def _superlatives_of(text: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    """Return each French superlative of a passage: the 40 characters before its "plus" and its key."""
    return tuple((text[max(0, match.start("how") - 40):match.start("how")], key) for match in _FRENCH_SUPERLATIVE.finditer(text)
                 if (key := _key(match)))


def _key(match: re.Match) -> tuple[str, str] | None:
    """Return a superlative's way and its adjective without its agreement ("grand" of "grandes"), or None."""
    adjective = match["adjective"].casefold()
    if adjective in _NOT_ADJECTIVES:
        return None
    # "grandes" and "grand", "longue" and "long", "meurtrière" and "meurtrier", "grosse" and "gros"
    stem = adjective.removesuffix("s").removesuffix("e").removesuffix("u").replace("èr", "er")
    stem = stem.removesuffix("ll").removesuffix("ss") or stem
    return match["how"].casefold(), _SAME_ADJECTIVE.get(stem, stem)
