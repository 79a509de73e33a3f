"""Shares kept to their bases: a per cent of one thing may not be told as a per cent of another.

"Northland spends 2% of GDP on defence" citing "Northland spends 2% of its budget on defence" keeps the figure and
changes what it is a share of, so every figure still stands. A per cent's base is read in the words after "of" right
after it ("2% of its budget", "40 per cent of union members"): up to three words, past an article or a possessive ("of
the country's budget" is of budget), to a small word or a verb ("on", "are", "is", "said"). Two bases agree where they
share a word (its first four letters: "budgets" is "budget"), or name one thing in two ways: GDP ("gross domestic
product", "economic output", "the economy"), a workforce ("workers", "employees", "staff", "jobs", "the labour force"),
a population ("people", "residents", "inhabitants", "citizens"), spending ("budget", "expenditure"), a company ("its
shares", "the firm", "equity"), territory ("the country", "land"), a trial's people ("participants", "patients",
"subjects", "volunteers"). A sentence is refused where it gives a per cent a
base and every cited passage giving that per cent gives it another; a passage giving it with no base lets any pass.
Votes and voters are vote_bases.py's. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_SHARE = patterns.compile(
    r"(?<![\w.,])(?P<shown>(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent))\s+of\s+"
    r"(?P<base>(?:(?:the|its|their|his|her|our|all|total|overall|this|that|these|those)\s+)*"
    r"(?:[\w’'-]+(?:['’]s|s['’])\s+)?(?:[A-Za-z][\w-]*(?:\s+|(?=[,.;:!?)]|$))){1,3})", re.IGNORECASE)
_LEADING = patterns.compile(r"^(?:(?:the|its|their|his|her|our|all|total|overall|this|that|these|those)\s+)*"
                            r"(?:[\w’'-]+(?:['’]s|s['’])\s+)?", re.IGNORECASE)
# words that end a base: small words and the verbs most often after one ("40% of union members are women")
_ENDS = frozenset("on in for to from at by and or but was is are were be been who that which with than as over per "
                  "under since after before during while if when where said say says had has have will would could "
                  "can may might do did does not now still each every this last next a an the its their".split())
_PRONOUNS = frozenset({"it", "them", "those", "these", "that", "this", "which", "whom", "us", "you", "all", "each"})
# one thing named in several ways: read as one word
_SAME = ((r"gross\s+domestic\s+product|economic\s+output|output|economy|gdp", "gdp"),
         (r"work\s?force|workers?|employees?|staff|jobs|labou?r\s+force", "workforce"),
         (r"population|people|residents?|inhabitants?|citizens?", "population"),
         (r"budgets?|spending|expenditures?", "spending"),
         (r"company|firm|shares|equity|stake", "company"),
         (r"territory|country|land", "territory"),
         # a trial's people: "1.9% of patients on the drug" is "1.9% of participants" (newuser_42)
         (r"participants?|patients?|subjects?|volunteers?", "enrolled"))
_SAME_WORDS = [(patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE), key) for words, key in _SAME]
_VOTES = patterns.compile(r"(?<!\w)(?:vot|elector|ballot)", re.IGNORECASE)


class Share(NamedTuple):
    """A per cent given of a base: the figure, the base's words as compared (none where the base is a pronoun), the
    per cent and the base as written, where it stands, the stem of the verb of a "who" clause narrowing it ("vot" of
    "the members who voted"; "" for none), and the stems of the words after "of" (what a sentence names it by)."""

    figure: Decimal
    words: frozenset[str]
    shown: str  # "2%"
    base: str  # "its budget"
    at: int
    narrowed: str = ""
    named: frozenset[str] = frozenset()
    clause: str = ""  # "who voted", as written


# A "who" clause right after a base narrows it to the people who did something: "the members who (had) voted"
_AUXILIARY = r"(?:(?:were|was|had|have|has|are|is|did|do|actually|then|also)\s+)?"
_NARROWED = patterns.compile(rf"\s+who\s+{_AUXILIARY}(?P<verb>[A-Za-z]+)", re.IGNORECASE)
_NAMED = patterns.compile(r"[A-Za-z]+")


def changed_share_bases(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a per cent as a share of one thing that every cited passage giving it gives
    as a share of another: "2% of GDP" citing "2% of its budget"."""
    if not in_english(language) or " of " not in text or not _SHARE.search(text):
        return []  # most sentences give no per cent of anything: found by a plain search, then a pattern
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = [share for passage in passages if in_english(passage.language or language)
              for share in _shares(passage.text)]
    cited = " ".join(passage.text for passage in passages)
    for mine in _shares(spoken):
        if not mine.words or inside(quoted, mine.at):
            continue
        given = [share for share in theirs if share.figure == mine.figure]
        if given and all(other.narrowed and other.words & mine.words and other.narrowed not in mine.named
                         for other in given):
            # the clause that narrows every passage's base left out: 84% of those who voted is not 84% of members
            narrowed = f"{given[0].base} {given[0].clause}"
            return [Finding(offset + mine.at, f"this sentence gives {mine.shown} as a share of '{mine.base}' where its "
                                              f"cited passages give it only as a share of '{narrowed}': "
                                              f"{clipped(text)}",
                            "keep what narrows the base as the source does (\"of those who voted\"), or cite the "
                            "passage that gives the share of the whole")]
        route = _route_words(spoken, mine)
        if given and all(other.words and not other.words & (mine.words | route) and other.narrowed not in mine.named
                         and not _named_as_described(mine.base, other.base, cited)
                         for other in given) and not (
                _VOTES.search(mine.base) and any(_VOTES.search(other.base) for other in given)):
            return [Finding(offset + mine.at, f"this sentence gives {mine.shown} as a share of '{mine.base}' where its "
                                              f"cited passages give it as a share of '{given[0].base}' "
                                              f"('{given[0].shown} of {given[0].base}'): {clipped(text)}",
                            "give the base the source gives the share (what it is a per cent of), or cite the "
                            "passage that gives it so")]
    return []


# A base a passage gives by a description of what it names elsewhere: "Tideway Capital, which owns 14% of the company"
# after "Fresco's largest shareholder" (a new user's merger briefing, tests/test_share_of_named.py)
_DESCRIBED = patterns.compile(r"the\s+(?:company|firm|group|business|bank|chain|retailer|club|council|city|country"
                              r"|state|union|party|government)", re.IGNORECASE)
_NAME = patterns.compile(r"(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*")


def _named_as_described(base: str, described: str, cited: str) -> bool:
    """Say whether a sentence's base is a name ("Fresco") that the cited passages write too, where they give the share
    of a description ("the company") that may be what they name so: the same base, told by its name."""
    name = _NAME.fullmatch(base.strip())
    return (name is not None and _DESCRIBED.fullmatch(described.strip()) is not None
            and re.search(rf"(?<!\w){re.escape(name.group())}(?!\w)", cited) is not None)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _shares(text: str) -> tuple[Share, ...]:
    """Return the per cents of text given "of" a base."""
    if "%" not in text and "cent" not in text:
        return ()
    return tuple(Share(Decimal(match["figure"]), _words(base), " ".join(match["shown"].split()), base, match.start(),
                       _stem(clause["verb"]) if clause else "", _named(text, match.start("base")),
                       " ".join(clause.group().split()) if clause else "")
                 for match in _SHARE.finditer(text) for base in (_base(match["base"]),)
                 for clause in (_narrowed(text, match.start("base"), base),))


def _stem(word: str) -> str:
    """Return the stem a verb is compared by: "voted", "voting", "votes" are "vot"."""
    word = word.casefold()
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)][:4]
    return word[:4]


def _narrowed(text: str, at: int, base: str) -> re.Match | None:
    """Return the "who" clause right after the base written at `at` ("who voted"), if any."""
    end = at
    for word in base.split():  # the base's words as written, spacing aside
        end = text.find(word, end) + len(word)
    clause = _NARROWED.match(text, end)
    return clause if clause and clause["verb"].casefold() not in _ENDS else None


# a route's ends before the base's noun: "46% of Eastport to Hallam passengers" is of passengers (newuser_118)
_ROUTE_ON = patterns.compile(r"\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?P<noun>[a-z][\w-]*)")


def _route_words(text: str, share: Share) -> frozenset[str]:
    """Return the words a base of a route's ends is compared by ("pass" of "Eastport to Hallam passengers"), or none
    where the base names no place before "to"."""
    words = share.base.split()
    if not words or not words[-1][:1].isupper():
        return frozenset()
    end = text.find(words[-1], share.at) + len(words[-1])
    route = _ROUTE_ON.match(text, end)
    return _words(route["noun"]) if route else frozenset()


def _named(text: str, at: int) -> frozenset[str]:
    """Return the stems of the eight words after "of" at `at`: what a sentence names a base by."""
    return frozenset(_stem(word) for word in _NAMED.findall(text, at, min(len(text), at + 80))[:8])


def _base(written: str) -> str:
    """Return a base as written: its article or possessive, then its words to the first that ends it."""
    leading = _LEADING.match(written).group()
    kept = []
    for word in written[len(leading):].split():
        if word.casefold() in _ENDS:
            break
        kept.append(word)
    return " ".join([*leading.split(), *kept])


def _words(base: str) -> frozenset[str]:
    """Return the words a base is compared by: each's first four letters, one thing's names as one word, no article,
    possessive, pronoun, verb in -ed or adverb in -ly ("registered voters" and "voters" agree)."""
    named = _LEADING.sub("", base)
    for pattern, key in _SAME_WORDS:
        named = pattern.sub(key, named)
    words = [word.casefold() for word in re.findall(r"[A-Za-z][\w-]*", named)]
    if not words or words[0] in _PRONOUNS:
        return frozenset()
    return frozenset(word[:4] for word in words
                     if word not in _ENDS and not word.endswith(("ed", "ly")) and not word.isdigit())
