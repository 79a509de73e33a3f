"""Date bounds kept: a date a passage gives only as a bound ("no earlier than 3 March 2026", "by 2028", "2027 at the
earliest") must keep a bound the same way in a sentence restating it.

"The vote will be held on 3 March 2026" citing "no earlier than 3 March 2026" states the passage's day, month and
year, and a date the source does not give. A bound is read right before the date ("no earlier than", "not before",
"not until", "no sooner than", "after", "as early as" of a future; "no later than", "not after", "by", "before",
"until"; French "pas avant", "au plus tard le", "jusqu'au", ...) or right after it ("at the earliest", "at the
latest", "au plus tôt", "au plus tard"), and is of one of two kinds: the date is a floor ("not before") or a ceiling
("not after"). A date is a written one ("3 March 2026", "2026-03-03", "March 2027"), a year alone (1800 to 2099) or
a month named alone ("by March", "d'ici mars"). Where any cited passage gives the sentence's date
without a bound, anything goes, as a plain figure may be bounded; "since at least 2019" is a figure's qualifier
(explainer/qualifiers.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding
from .forecasts import certainties_in, expectations_in
from .numbers import Mention, Quantity, find_mentions, is_year, may_state_a_date, mentions_in

# The kinds of bound, by the words that make them, before the date and after it. "not until" is a floor. "as early
# as" ("as soon as", "from") is a floor, and "until" (French "jusqu'au") a ceiling, only where a future or a
# possibility stands before it ("could be held as early as March", "tariffs will apply from 3 March", "the ban will
# stay until 2027"): of the past they date what happened ("warned as early as 2019", "a report from March") or when
# it ended ("served until 2019", which "left in 2019" restates). "From" starting a span ("from March to May") bounds
# nothing.
_FLOOR, _CEILING = "not before", "not after"
_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?P<floor>(?:no|not)\s+(?:earlier|sooner)\s+than|not\s+(?:before|until|till)|after|pas\s+avant"
    r"|au\s+plus\s+tôt|après|(?P<early>as\s+(?:early|soon)\s+as|from))"
    r"|(?P<ceiling>(?:no|not)\s+later\s+than|not\s+after|by|before|au\s+plus\s+tard|avant|d['’]ici"
    r"|(?P<until>until|till|jusqu['’](?:au|à|en))))"
    r"(?:\s+(?:on|in|le|en|early|late|the\s+(?:end|start|middle)\s+of|(?:la\s+)?(?:fin|début)\s+(?:de\s+)?))?"
    r"(?:\s+|\s+mid-)$", re.IGNORECASE)
_AFTER = patterns.compile(r"\s*,?\s+(?:(?P<floor>at\s+the\s+earliest|au\s+plus\s+tôt)|(?P<ceiling>at\s+the\s+latest"
                          r"|au\s+plus\s+tard))(?!\w)", re.IGNORECASE)
# A future or a possibility in the words before "as early as": "will", "could", "may", "expected", "plans", ...
_MAYBE_BEFORE = patterns.compile(
    r"(?<!\w)(?:will|would|could|can|may|might|should|shall|\w+['’]ll|expected|expects|likely|plans?|planned|set"
    r"|scheduled|due|aims?|hopes?|possible|possibly)(?!\w)[^.;!?]*$", re.IGNORECASE)
# Words that keep a ceiling in the sentence's own words, though a passage's would make none: "the ban runs through
# 2027", "expires on 3 March" for "until 3 March".
_KEEPS_CEILING = patterns.compile(
    r"(?<!\w)(?:through|up\s+to|ends?|ending|expires?|expiring|lapses?|runs?\s+out)(?:\s+(?:on|in))?\s+$",
    re.IGNORECASE)
# Words that keep a floor in the sentence's own words: "tariffs take effect on 3 March" for "from 3 March".
_KEEPS_FLOOR = patterns.compile(
    r"(?<!\w)(?:starting|beginning|effective|as\s+of|(?:takes?|took|taking)\s+effect"
    r"|(?:comes?|came|coming)\s+into\s+force)(?:\s+(?:on|in))?\s+$", re.IGNORECASE)
# What follows a date that "from" starts a span with: "from March to May", "from 2019 until 2021".
_SPAN_END = patterns.compile(r"\s*(?:to|until|till|through|and|[-–—])(?!\w)", re.IGNORECASE)
# A month named alone, as a date's bound may be ("by March", "d'ici juin", "until mid-April"), in English and French;
# "May" only after a word that dates, as "may" and "May" begin sentences.
_MONTHS = {name: n for names in (("January February March April May June July August September October November "
                                  "December"), "janvier février mars avril mai juin juillet août septembre octobre "
                                 "novembre décembre") for n, name in enumerate(names.split(), 1)}
_MONTH_ALONE = patterns.compile(
    r"(?<!\w)(?P<month>(?-i:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:(?<=\bin )|(?<=\bby )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|(?<=\bafter )|(?<=\bearly )"
    r"|(?<=\blate )|(?<=\bsince )|(?<=\bas )|(?<=mid-))May"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?![\w-])")


def unkept_date_bounds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each date of text, at `offset`, that every cited passage giving it gives with a bound
    ("no earlier than 3 March 2026") where text leaves the bound out or turns it the other way."""
    dates = _dates_in(text, find_mentions(text, language, prose=True)) if may_state_a_date(text, language) else []
    if not dates:
        return []  # most sentences name no date: found without reading their passages
    given = [(p.text, p.language, m) for p in passages for m in _dates_in(p.text, mentions_in(p.text, p.language))]
    findings = []
    for date in dates:
        wanted = set(date.quantities)
        bounds = [(_bound(passage, m, passage_language), m, passage)
                  for passage, passage_language, m in given if wanted <= set(m.quantities)]
        if not bounds or any(kind is None for kind, _, _ in bounds):
            continue
        written = _bound(text, date, language, keeping=True)
        if written in {kind for kind, _, _ in bounds}:
            continue
        kind, mention, passage = bounds[0]
        source = _bounded_words(passage, mention)
        how = "leaves out the bound of" if written is None else "turns the other way the bound of"
        findings.append(Finding(offset + date.start, f'date "{date.text}" {how} "{source}" in the passages this '
                                                     "sentence cites",
                                f'keep the source\'s bound, as in "{source}" or in words that mean the same; or cite '
                                "a passage that gives the date as written"))
    return findings


def _dates_in(text: str, mentions) -> list[Mention]:
    """Return the dates among text's mentions, and each month it names alone ("by March"), outside them."""
    dates = [m for m in mentions if _is_date(m)]
    spans = [(m.start, m.end) for m in mentions]
    alone = [Mention(m.start(), m.end(), m.group(), "date", (Quantity(Decimal(_MONTHS[m.group()]), "month"),))
             for m in _MONTH_ALONE.finditer(text) if not any(start <= m.start() < end for start, end in spans)]
    return sorted(dates + alone)


def _is_date(mention: Mention) -> bool:
    """Say whether a mention is a date: written as one, or a year alone."""
    return mention.kind == "date" or (mention.kind == "figure" and is_year(mention.text))


def _bound(text: str, mention: Mention, language: str = "", keeping: bool = False) -> str | None:
    """Return the kind of bound text, in `language`, puts on a date (_FLOOR or _CEILING), or None; `keeping` (a
    sentence's own words, which may keep a passage's bound) reads "as early as" and "until" always, and
    _KEEPS_CEILING's words too."""
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and (before["early"] or before["until"]) and not keeping and not _of_a_future(
            text[max(0, before.start() - 80):before.start()], language):
        before = None  # "warned as early as 2019", "served until 2019": when it happened, or ended
    if before and before.group().lower().startswith("from") and _SPAN_END.match(text, mention.end):
        before = None  # "from March to May": a span, whose ends are dates
    after = _AFTER.match(text, mention.end)
    found = before or after
    if found is None:
        return _kept_in_own_words(text, mention) if keeping else None
    kind = _FLOOR if found["floor"] else _CEILING
    if before and _NEGATION_BEFORE.search(text, max(0, before.start() - 30), before.start()):
        return _CEILING if kind == _FLOOR else _FLOOR  # "will not be held before 2027" is 2027 at the earliest
    return kind


def _kept_in_own_words(text: str, mention: Mention) -> str | None:
    """Return the kind of bound a sentence keeps in its own words before a date ("expires on", "takes effect on")."""
    words = max(0, mention.start - 30)
    if _KEEPS_CEILING.search(text, words, mention.start):
        return _CEILING
    return _FLOOR if _KEEPS_FLOOR.search(text, words, mention.start) else None


def _of_a_future(words: str, language: str) -> bool:
    """Say whether the words before a bound, to their sentence's start, give a future or a possibility ("will",
    "could", "expected"; French "tiendra", "pourrait")."""
    words = words[max(words.rfind(stop) for stop in ".;!?") + 1:]
    return bool(_MAYBE_BEFORE.search(words) or certainties_in(words, language) or expectations_in(words, language))


# A negation a word or two before a bound turns it over: "will not be held before 2027", "won't open before", French
# "n'aura pas lieu avant" (whose "ne" is elided or far: its "pas" or "jamais" is read).
_NEGATION_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|\w+n['’]t|pas|jamais)\s+(?:[^\W\d_]+\s+){0,2}$",
                                    re.IGNORECASE)


def _bounded_words(text: str, mention: Mention) -> str:
    """Return the passage's date with its bound, as written: "no earlier than 3 March 2026"."""
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _AFTER.match(text, mention.end)
    start = before.start() if before else mention.start
    end = after.end() if after and not before else mention.end
    return " ".join(text[start:end].split())
