"""A name not swapped for another: "bolstered by equipment from its main defense partner India" may not cite "... its
main defense partner China".

A country, a company or a person the sentence names, and no cited passage does, built wherever its words around it
stood: the figures, quotations and parties checks read none of it. A capitalised word of a sentence (not its first) that
no cited passage holds is refused where the two words before it, lowercase and each of four letters or more, stand in a
cited passage before another capitalised word the sentence does not hold ("partner India" for "partner China"). A
party's words (its name, short name and aliases: swapped.py reads parties swapped), a name beginning as the passage's
does ("Chinese" for "China", "March" for "Mar"), a month or a day (the date checks'), a name the passages give elsewhere
and words in quotation marks are not read. English text is read.

A name no cited source names anywhere is refused too (`names_unbacked`): "Talks between Norvania and Germany broke
off" citing "Talks between the two governments broke off", of a report that never names Germany, built. A
capitalised word (not the sentence's first, nor after a colon, a dash or an opening quotation mark) is backed by any
word of the cited sources, or of their titles, publishers and authors in sources.yaml, that begins with the same five
letters ("Norvanian" by "Norvania"), and by a party's words (tests/test_newuser_100.py). A sentence's first word is
read so too where it is a name no dictionary word could be (`opening_name`): no common opener ("The", "After",
"Officials"), written capitalised mid-sentence in the sources the briefing cites and never in lower case there
("Germany broke off the talks" of a wire that never names Germany, in a briefing whose other report does:
tests/test_factcheck_148.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .apposed_names import names_apposed_to_another
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import folded_word
from .party_in_same_words import party_in_others_words
from .silent_accuser import accuser_told_silent
from .yes_no_sides import swapped_sides
from .sentences import inside, markers_blanked

_TOKEN = patterns.compile(r"[A-Za-z][a-z]*(?:['’][a-z]+)?|[^\w\s]|\d[\d,.]*")
_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w-])")
# Two words before a name that place nothing: the words of saying and of time
_NOT_PLACING = frozenset({"said", "says", "told", "from", "with", "that", "according", "when", "where", "which",
                          "while", "also", "both", "between", "including", "like", "such", "than", "then", "said,"})
_SAME_START = 4
# Months and days are the date checks' ("in May" for "in March")
_DATES = frozenset("January February March April May June July August September October November December Monday "
                   "Tuesday Wednesday Thursday Friday Saturday Sunday Sept Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec "
                   "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())  # a date's words are the date checks' to read


def swapped_names(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                  parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text names, after two words a cited passage has, a name where the passage names
    another and no passage names the sentence's."""
    beside = party_in_others_words(text, passages, offset, language, parties)
    if beside:
        return beside  # "That Afghanistan is "experiencing ..." of "Pakistan is experiencing ..." (factcheck_241)
    silent = accuser_told_silent(text, passages, offset, language)
    if silent:
        return silent  # "Islamabad accuses Afghanistan ...; no reply from Islamabad" (factcheck_241)
    sides = swapped_sides(text, passages, offset)
    if sides:
        return sides  # "where the No side won by 1,214 votes" of the Yes side's (newuser148)
    if not in_english(language) or not text.isascii():
        return []
    apposed = names_apposed_to_another(text, passages, offset, language)
    if apposed:
        return apposed  # a person the source names elsewhere, set beside another's role (factcheck_203)
    spoken = markers_blanked(text)
    names = [match for match in _NAME.finditer(spoken) if match.start() > 0 and match.group() not in _DATES]
    if not names:
        return []
    held = " ".join(passage.text for passage in passages).casefold()
    inside_name = party_swapped_in_name(spoken, passages, parties, held)
    if inside_name:
        return [Finding(offset, f"this sentence names '{inside_name[0]}' where its cited passages name "
                                f"'{inside_name[1]}': {clipped(text)}",
                        "keep the source's name, or cite a passage that names this one")]
    party = frozenset().union(*(words for _, words in parties))
    unheld = [match for match in names if match.group().casefold() not in held
              and folded_word(match.group()) not in party]
    if not unheld:
        return []  # most sentences' names are their passages'
    quoted = quoted_parts(spoken)
    own = {match.group().casefold() for match in names}
    for match in unheld:
        before = _two_before(spoken, match.start())
        if before is None or inside(quoted, match.start()):
            continue
        for passage in passages:
            other = _named_after(passage.text, before, own)
            start = min(_SAME_START, len(other), len(match.group()))
            if other and other[:start].casefold() != match.group()[:start].casefold():
                return [Finding(offset, f"this sentence names '{match.group()}' where its cited passages name "
                                        f"'{other}' ('{' '.join(before)} {other}'): {clipped(text)}",
                                "keep the source's name, or cite a passage that names this one")]
    return []


# A name of several capitalised words, joined by spaces or by hyphens with lowercase links between ("Tehrik-i-Taliban
# Pakistan", "Jamaat-ul-Ahrar")
_LONG_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:(?:-[a-z]{1,3})*-[A-Z][a-z]+|\s+[A-Z][a-z]+)+(?![\w-])")
_NAME_WORD = patterns.compile(r"[A-Z][a-z]+")
_PARTY_FORM = 5  # letters a party's word and its form share at least ("Pakistani" of "Pakistan", "Afghan")


def party_swapped_in_name(spoken: str, passages: list[Cited], parties: tuple, held: str) -> tuple[str, str] | None:
    """Return (the sentence's name, the passage's) where a name of several words is a passage's with one word, a
    party's, swapped for another party's ("Tehrik-i-Taliban Afghanistan" of "Tehrik-i-Taliban Pakistan"), and no
    passage names the sentence's; None otherwise. A word the two names share must be no party's, date or opener:
    "On Friday Afghanistan" is no name (factcheck_206)."""
    if len(parties) < 2:
        return None
    for match in _LONG_NAME.finditer(spoken):
        if match.group().casefold() in held:
            continue
        words = _NAME_WORD.findall(match.group())
        for passage in passages:
            for theirs in _LONG_NAME.finditer(passage.text):
                other = _NAME_WORD.findall(theirs.group())
                if len(other) != len(words):
                    continue
                apart = [at for at, (mine, their) in enumerate(zip(words, other)) if mine != their]
                if len(apart) != 1:
                    continue
                kept = [word for at, word in enumerate(words) if at != apart[0]]
                mine, their = _party_of(words[apart[0]], parties), _party_of(other[apart[0]], parties)
                if mine and their and mine != their and any(
                        not _party_of(word, parties) and word not in _DATES and word.casefold() not in _OPENERS
                        for word in kept):
                    return " ".join(match.group().split()), " ".join(theirs.group().split())
    return None


def _party_of(word: str, parties: tuple) -> str:
    """Return the id of the party a word names, in any form ("Pakistani", "Afghan"), or ""."""
    folded = word.casefold()
    for party, names in parties:
        if any(folded == name or min(len(folded), len(name)) >= _PARTY_FORM
               and (folded.startswith(name) or name.startswith(folded)) for name in names):
            return party
    return ""


# where a sentence starts again within the text: after a colon, a dash or an opening quotation mark, a capital is no
# name's ("Two reasons: Cheap imports ...")
_OPENS = patterns.compile(r"(?:[.:;!?][\[\]\d)\"”’]*|[—–]|[\"“‘(])\s*$")  # ".[1] Talks began": a note's number between
_WORD = patterns.compile(r"[^\W\d_]+")
_BACKED_START = 5  # a name is backed by a word beginning with its first five letters ("Norvanian" by "Norvania's")


@functools.lru_cache(maxsize=1 << 12)  # a source is read once, however many sentences cite it
def source_words(*texts: str) -> str:
    """Return the words a source and its description name, each by its first five letters folded, sorted, one space
    apart: what a sentence's names are looked up in (a short key for the checks' kept findings)."""
    return " ".join(sorted({word[:_BACKED_START] for text in texts for word in _WORD.findall(text.casefold())}))


@functools.lru_cache(maxsize=256)
def merged_words(*words: str) -> str:
    """Return the words of several sources (each made by source_words) as source_words gives those of all their texts:
    a sentence citing two sources reads each once, not again for each pair a sentence cites (at 1,000 sources, a
    tenth of a cold check read sources' words again)."""
    return words[0] if len(words) == 1 else " ".join(sorted({start for each in words for start in each.split()}))


@functools.lru_cache(maxsize=64)  # one set a source, however many sentences cite it
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def names_unbacked(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                   parties: tuple[tuple[str, frozenset[str]], ...] = (), words: str = "",
                   opening: str = "") -> list[Finding]:
    """Return a finding for the first name text gives that no cited source names anywhere (`words`, made by
    source_words), where swapped_names.py names no swap; its first word only where it is `opening` (opening_name)."""
    if not words or not in_english(language) or not text.isascii():
        return []
    spoken = markers_blanked(text)
    party = frozenset().union(*(party_words for _, party_words in parties))
    known = None
    quoted = None
    for match in _NAME.finditer(spoken):
        name = match.group()
        if (match.start() == 0 and name != opening) or name in _DATES or folded_word(name) in party:
            continue  # most sentences' names are their passages'
        if known is None:
            known, quoted = _word_set(words), quoted_parts(spoken)
        start = name.casefold()[:_BACKED_START]
        if (start in known or any(word.startswith(start) for word in party) or inside(quoted, match.start())
                or _OPENS.search(spoken, max(0, match.start() - 12), match.start())):
            continue
        if swapped_names(text, passages, offset, language, parties):
            return []  # named once, as the name swapped
        return [Finding(offset, f"this sentence names '{name}', which no source it cites names: {clipped(text)}",
                        "leave the name out, or cite a passage that names it: a publisher's name in sources.yaml is not read")]
    return []


def _two_before(text: str, at: int) -> tuple[str, str] | None:
    """Return the two lowercase words right before `at`, where one of them places the name; else None."""
    tokens = _TOKEN.findall(text[max(0, at - 60):at])
    if len(tokens) < 2:
        return None
    first, second = tokens[-2], tokens[-1]
    if not (first.isalpha() and second.isalpha() and first.islower() and second.islower()):
        return None
    if not all(len(word) >= 4 and word not in _NOT_PLACING for word in (first, second)):
        return None  # "of the vote in Valdoria's" for "in Sunday's": a place word and a time word
    return first, second


def _named_after(text: str, before: tuple[str, str], own: set[str]) -> str:
    """Return the capitalised word a passage writes right after the two words, not one the sentence names; or ""."""
    found = re.search(rf"(?<![\w-]){before[0]}\s+{before[1]}\s+([A-Z][a-z]{{2,}})(?![\w-])", text)
    if found is None or found.group(1).casefold() in own or found.group(1) in _DATES:
        return ""
    return found.group(1)


# A sentence's first word is capitalised whatever it is: read as a name only where no dictionary word could be it.
# These open sentences as often as any name does, and a source may never write them in lower case.
_OPENERS = frozenset("""
the a an in on at after before during since until as by for from with without within into over under about above
below across along among amid amidst against around behind beyond despite although though while whereas because if
unless when whenever where wherever whether once both either neither each every all any some many most much more
few several other another such this that these those there here it its they their them he she his her we our you
your i my one two three four five six seven eight nine ten first second third last next later earlier then now
today yesterday tomorrow tonight still yet even also only just never always often sometimes meanwhile however
instead indeed overall together elsewhere nonetheless nevertheless moreover furthermore otherwise thus hence so but
and or nor not no yes what which who whom whose why how asked according speaking following like unlike per via
according police government officials authorities parliament congress senate court ministry minister president
prime chancellor mayor governor premier king queen prince army navy troops military state states union unions
workers residents voters critics analysts experts investors lawmakers negotiators diplomats doctors teachers
farmers prices sales exports imports trade talks shares markets inflation growth output production demand supply
judge justice senator general colonel captain doctor professor chief commissioner ambassador secretary spokesman
spokeswoman spokesperson councillor inspector detective sergeant lieutenant admiral bishop pope
half whole part none nobody everyone everybody someone somebody anyone anybody nothing everything something little
less least fewer plenty enough again already almost nearly roughly rather perhaps maybe instead besides beyond
throughout toward towards upon onto off out up down back away ahead apart aside
written given taken seen known shown spoken chosen driven broken hidden beaten frozen stolen forgotten born made told
held left found built sent set put cut hit led met paid said sold brought bought caught fought thought taught sought
kept lost meant heard won drawn grown thrown flown sworn torn worn begun done gone run come become struck hung
""".split())  # with the irregular participles that open a clause: "Written in her 46-page opinion."
_TITLED = patterns.compile(r"\s+[A-Z]")
_OF = patterns.compile(r"\s+of\b")
_LOWER_WORD = patterns.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w-])")


_NAME_SHAPE = patterns.compile(r"[a-z]{3,}")  # what a word read as a name mid-sentence folds to: "Germany", "germany"
_AFTER_NAME = "'’-"  # a name's end: no letter, digit or these after it ("Germany's" is no end of "German")


def _occurs(text: str, written: str, before_ok, after: str) -> bool:
    """Say whether `written` stands in text as a whole word, the text before it passing `before_ok`."""
    at = text.find(written)
    while at != -1:
        end = at + len(written)
        if (end == len(text) or not (text[end].isalnum() or text[end] == "_" or text[end] in after)) \
                and before_ok(text, at):
            return True
        at = text.find(written, at + 1)
    return False


def _mid_sentence(text: str, at: int) -> bool:
    return at >= 2 and text[at - 1] in " \n" and (text[at - 2] == "," or "a" <= text[at - 2] <= "z")


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_" or text[at - 1] in _AFTER_NAME)


@functools.lru_cache(maxsize=256)  # a word asked of the sources a briefing cites, read once however many sentences ask
def written_as_name(folded: str, *texts: str) -> bool:
    """Say whether the texts write `folded` (lower case) capitalised mid-sentence ("talks with Germany") and never in
    lower case: a name no dictionary word could be. Each word is looked for with str.find: a set of all the words
    of the sources a briefing cites took a tenth of a second a briefing, and a tenth of a large microsite's build."""
    if not _NAME_SHAPE.fullmatch(folded):
        return False
    capitalised = folded.capitalize()
    return (any(_occurs(text, capitalised, _mid_sentence, _AFTER_NAME) for text in texts)
            and not any(_occurs(text, folded, _word_start, "-") for text in texts))


def opening_candidate(text: str) -> str:
    """Return text's first word where it may be a name: capitalised, no common opener, month or day; else ""."""
    spoken = markers_blanked(text)
    first = _NAME.match(spoken)
    if first is None or first.group() in _DATES or first.group().casefold() in _OPENERS:
        return ""
    if _TITLED.match(spoken, first.end()):
        return ""  # "Judge Mara Quist", "Prime Minister": a title or a name's first word, its next word read as a name
    if _OF.match(spoken, first.end()):
        return ""  # "Half of the participants", "Part of the cost": a share of something, no name
    return first.group()


def opening_name(word: str, texts: tuple[str, ...], own: str = "") -> str:
    """Return a sentence's first word (opening_candidate's) where it is a name no dictionary word could be: written
    capitalised mid-sentence in the sources the briefing cites (`names`: "talks with Germany"), and never in lower
    case there (`lower`) nor in the briefing's text holding the sentence (`own`: "Half of them ... and half a
    placebo"); else "". A word
    those sources never write is not read: an imperative, "Replace ...", or a rare word is as likely as a name."""
    folded = word.casefold()
    if not word or not written_as_name(folded, *texts) or (own and folded in _LOWER_WORD.findall(own)):
        return ""
    return word

