"""A turnout is no share of the vote: a per cent a passage gives as the turnout may not be told as the share that
won or backed, nor a share as the turnout.

"Labour won 61% of the vote" ("61% voted for Labour", "its share of the vote was 61%") may not cite "Turnout was 61%"
where no passage gives 61% as a share of the vote; nor may "Turnout was 38%" cite "Labour won 38% of the vote"
(tests/test_factcheck_65.py). A ballot's backing is a share too: "71% backed the strike" ("supported", "voted in
favour", "backed the strike by 71%", "support for the strike was 71%") may not cite "84% backed the strike, on a
turnout of 71%", nor "The turnout was 84 per cent" cite "Members backed the strike by 84 per cent on a turnout of 71
per cent". French ("84 % ont voté pour", "approuvé à 84 %", "la participation a atteint 71 %"), Spanish ("el 84 %
apoyó", "la participación fue del 71 %") and German ("84 % stimmten dem Streik zu", "Zustimmung von 84 %", "die
Wahlbeteiligung lag bei 71 %") are read alike (tests/test_factcheck_156.py). Words in quotation marks are not read.

An earlier election's turnout is not this one's (`earlier_turnout_as_now`): "Die Wahlbeteiligung lag bei 63,9 Prozent"
may not cite "Die Wahlbeteiligung lag bei 68,4 Prozent. Sie stieg damit um 4,5 Prozentpunkte gegenüber 2021, als 63,9
Prozent der Wahlberechtigten ihre Stimme abgegeben hatten" (tests/test_factcheck_188.py). A German sentence giving a
turnout or a share, with no year nor word of another time or of a change ("2021", "damals", "zuvor", "von", "stieg",
"gegenüber"), is refused where the passages give its per cent only after a past year's "als" ("2021, als 63,9
Prozent") or verb ("2021 hatten sie 24,2 Prozent erreicht", "2021 lag sie bei 63,9 Prozent").
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked
from .wordset import may_contain

_N = r"(?<![\w.,])(?P<{}>\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|percent|pour\s*cent|por\s*ciento|prozent)"
_ABOUT = r"(?:(?:about|nearly|almost|some|over|around|roughly|just\s+over|just\s+under|environ|près\s+de|plus\s+de" \
         r"|casi|más\s+de|cerca\s+del?|etwa|rund|fast|knapp|über|mehr\s+als)\s+|[^\W\d_][\w'’-]*\s+)?"  # or a word


def _alternatives(*shapes: str) -> re.Pattern:
    """Return one pattern of `shapes`, each "{}" in them a per cent with its own group (n0, n1, ...)."""
    return patterns.compile("|".join(shape.replace("{}", _N.format(f"n{at}")) for at, shape in enumerate(shapes)),
                            re.IGNORECASE)


_SHARES = {
    "en": _alternatives(
        r"{}\s+(?:of\s+(?:the\s+)?(?:popular\s+|national\s+|first-round\s+)?(?:vote|votes|ballots)(?!\w)"
        r"(?!\s+(?:counted|in|tallied|reported|processed|cast))"
        # "84% backed", "71% of members voted in favour": the share backing
        r"|(?:of\s+(?:[\w'’-]+\s+){1,3}?)?(?:voted\s+(?:for|in\s+favou?r|yes|to)|backed|supported|approved|endorsed"
        r"|chose|favou?red)|in\s+favou?r|support(?!\w))",
        r"share\s+of\s+the\s+vote\s+(?:was|of|at|to|reached|rose\s+to|fell\s+to)\s+" + _ABOUT + "{}",
        # "support for the strike was 71%", "a yes vote of 71%"
        r"(?<![\w-])(?:support|backing|yes\s+vote)\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?)?(?:was|of|at|stood\s+at|reached"
        r"|rose\s+to|fell\s+to)\s+" + _ABOUT + "{}",
        # "backed the strike by 84 per cent", "was backed by 84% of members"
        r"(?<![\w-])(?:backed|supported|endorsed|approved|voted\s+(?:for|in\s+favou?r\s+of))\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:by|with)\s+(?:a\s+majority\s+of\s+)?" + _ABOUT + "{}",
        # a party's result: "Labour polled 41%", "won 41%"; not "won 41% of the seats"
        r"(?<![\w-])(?:won|wins|took|takes|polled|polls|secured|received|got|garnered|captured)\s+" + _ABOUT
        + r"{}(?!\s+of\s+(?:the\s+)?seats)"),
    "fr": _alternatives(
        r"{}\s+(?:des\s+(?:voix|suffrages)|(?:des\s+(?:[\w'’-]+\s+){1,2}?)?(?:ont\s+(?:voté\s+(?:pour|en\s+faveur|oui)"
        r"|approuvé|soutenu|appuyé|dit\s+oui)|se\s+sont\s+prononcés\s+(?:pour|en\s+faveur))|de\s+oui)",
        r"(?<![\w-])(?:approuvée?s?|soutenue?s?|adoptée?s?|votée?s?|appuyée?s?)\s+(?:[\w'’-]+\s+){0,4}?(?:par|à|avec)\s+"
        + _ABOUT + "{}",
        r"(?<![\w-])soutien\s+(?:à\s+(?:[\w'’-]+\s+){1,4}?)?(?:est\s+de|était\s+de|a\s+atteint|de|à|atteint)\s+"
        + _ABOUT + "{}"),
    "es": _alternatives(
        r"{}\s+(?:de\s+los\s+votos|(?:de\s+(?:los|las)\s+[\w'’-]+\s+)?(?:apoyó|apoyaron|respaldó|respaldaron|aprobó"
        r"|aprobaron|vot(?:ó|aron)\s+(?:a\s+favor|por|sí)|dijo\s+sí|dijeron\s+sí)|a\s+favor)",
        r"(?<![\w-])(?:apoyad[oa]s?|aprobad[oa]s?|respaldad[oa]s?|votad[oa]s?)\s+(?:[\w'’-]+\s+){0,4}?(?:por|con)\s+"
        r"(?:el\s+|un\s+)?" + _ABOUT + "{}",
        r"(?<![\w-])apoyo\s+(?:a\s+(?:[\w'’-]+\s+){1,4}?)?(?:fue\s+del?|del?|alcanzó\s+el|llegó\s+al|es\s+del?)\s+"
        + _ABOUT + "{}"),
    "de": _alternatives(
        # "31,4 Prozent der Zweitstimmen", a party's share in a German election (newuser_116)
        r"{}\s+(?:der\s+(?:abgegebenen\s+|gültigen\s+)?(?:Zweit|Erst|Partei)?Stimmen|(?:der\s+[\w'’-]+\s+)?(?:stimmten|votierten)\s+(?:[\w'’-]+\s+){0,4}?"
        r"(?:zu|dafür|für)(?!\w)|(?:der\s+[\w'’-]+\s+)?(?:befürworteten|unterstützten)|Zustimmung|Ja-Stimmen)",
        r"(?<![\w-])Zustimmung\s+(?:[\w'’-]+\s+){0,3}?(?:von|lag\s+bei|betrug|bei|erreichte)\s+" + _ABOUT + "{}",
        r"(?<![\w-])(?:angenommen|gebilligt|befürwortet|unterstützt)\s+(?:[\w'’-]+\s+){0,2}?mit\s+" + _ABOUT + "{}"),
}
_TURNOUTS = {
    "en": _alternatives(
        r"(?:turnout|participation(?:\s+rate)?)\s+(?:was|of|at|stood\s+at|reached|rose\s+to|fell\s+to|hit"
        r"|came\s+in\s+at)\s+" + _ABOUT + "{}",
        r"{}\s+(?:turnout|participation)",
        # "61% of voters turned out", "voted"; not "voted for" a side
        r"{}\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:voters|members|electors)\s+(?:turned\s+out|voted(?!\s+(?:for|in|yes|no"
        r"|against|to))|cast|took\s+part)"),
    "fr": _alternatives(
        r"(?<![\w-])participation\s+(?:[\w'’-]+\s+){0,2}?(?:de|à|était\s+de|est\s+de|a\s+atteint|atteint"
        r"|s['’]est\s+établie\s+à|a\s+été\s+de)\s+" + _ABOUT + "{}",
        r"{}\s+de\s+participation"),
    "es": _alternatives(
        r"(?<![\w-])participación\s+(?:[\w'’-]+\s+){0,2}?(?:fue\s+del?|del?|alcanzó\s+el|llegó\s+al|se\s+situó\s+en"
        r"\s+el|rondó\s+el|es\s+del?)\s+" + _ABOUT + "{}",
        r"{}\s+de\s+participación"),
    "de": _alternatives(
        r"\w*beteiligung\s+(?:[\w'’-]+\s+){0,2}?(?:von|lag\s+bei|betrug|erreichte|bei|stieg\s+auf|sank\s+auf)\s+"
        + _ABOUT + "{}",
        r"{}\s+(?:\w*beteiligung|der\s+[\w'’-]+\s+(?:beteiligten\s+sich|gaben\s+ihre\s+Stimme\s+ab))"),
}
# what a share or a turnout is written with, looked for before any pattern: most sentences give neither
_WORDS = ("turnout", "particip", "beteiligung", "vot", "back", "support", "approv", "endors", "favo", "chose", "won",
          "win", "took", "take", "poll", "secur", "receiv", "got", "garner", "captur", "ballot", "suffrage", "voix",
          "soutien", "soutenu", "appuy", "approuv", "adopt", "oui", "pour", "apoy", "aprob", "respald", "favor", "stimm", "zustimm",
          "befürwort", "unterstütz", "angenommen", "gebilligt")


def turnout_as_share(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as a share of the vote (or of those backing) a figure its passages give only
    as a turnout, or as a turnout one they give only as such a share."""
    if not any(sign in text for sign in ("%", "cent", "ciento", "rozent")) or not may_contain(text, _WORDS):
        return []  # a share or a turnout is a per cent: most sentences give none
    tongue = _tongue(language)
    if not tongue:
        return []
    spoken = unquoted(markers_blanked(text))
    shares, turnouts = _figures(_SHARES, tongue, spoken), _figures(_TURNOUTS, tongue, spoken)
    if not shares and not turnouts:
        return []
    read = [(passage.text, _tongue(passage.language or language)) for passage in passages]
    their_shares = {n: shown for said, own in read if own for n, shown in _passage_figures(True, own, said).items()}
    their_turnouts = {n: shown for said, own in read if own for n, shown in _passage_figures(False, own, said).items()}
    for mine, backing, other, told, given in ((shares, their_shares, their_turnouts, "a share of the vote",
                                               "the turnout"),
                                              (turnouts, their_turnouts, their_shares, "the turnout",
                                               "a share of the vote")):
        for n, shown in mine.items():
            if n in other and n not in backing:
                return [Finding(offset + spoken.find(shown), f"this sentence gives {n}% as {told} ('{shown}') where "
                                                             f"its cited passages give it as {given} ('{other[n]}'): "
                                                             f"{clipped(text)}",
                                "give each figure as the source does: the turnout as the turnout, a party's share "
                                "as its share of the vote")]
    return []


def _tongue(language: str) -> str:
    """Return the language of `language` (a BCP 47 tag; "" is English) whose shares are read, or ""."""
    tongue = (language or "en").split("-")[0].lower()
    return tongue if tongue in _SHARES else ""


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _passage_figures(shares: bool, tongue: str, text: str) -> dict[str, str]:
    """Return the shares (or the turnouts) of a passage in `tongue`, as _figures does."""
    return _figures(_SHARES if shares else _TURNOUTS, tongue, text)


def _figures(kind: dict[str, re.Pattern], tongue: str, text: str) -> dict[str, str]:
    """Return the per cents of kind `kind` (_SHARES or _TURNOUTS) in `tongue` that text gives, each as written ("61"
    -> "turnout of 61%")."""
    return {_number(next(value for name, value in found.groupdict().items() if name[0] == "n" and value)):
            " ".join(found.group().split()) for found in kind[tongue].finditer(text)}


def _number(figure: str) -> str:
    """Return a per cent's figure as compared: "61.0", "61,0" and "61" are "61"."""
    return str(float(figure.replace(",", "."))).removesuffix(".0")


# a per cent a German passage gives a past year: "gegenüber 2021, als 63,9 Prozent", "2021 hatten sie 24,2 Prozent"
_EARLIER_YEAR = patterns.compile(
    r"(?<![\w.,])(?:19|20)\d\d\s*(?:,\s*als|:|\s+(?:hatten?|lagen?|waren?|betrug|erreichten?|kamen?))\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,6}?(?P<n>\d+(?:,\d+)?)\s*(?:%|Prozent)(?![\w-])", re.IGNORECASE)
_GERMAN_PER_CENT = patterns.compile(r"(?<![\w.,])(?P<n>\d+(?:,\d+)?)\s*(?:%|Prozent)(?![\w-])", re.IGNORECASE)
# a sentence placing its figure in another time, or in a change, keeps it the earlier one's
_OTHER_TIME = patterns.compile(r"(?<![\w-])(?:(?:19|20)\d\d|damal\w*|zuvor|vorher\w*|früher\w*|bisher\w*|vorig\w*"
                               r"|letzt\w*|vor\s+\w+\s+Jahren|von|gegenüber|Vergleich|stieg\w*|sank\w*|gestiegen"
                               r"|gesunken|mehr|weniger|nach\s+\w+\s+Prozent)(?![\w-])", re.IGNORECASE)


def earlier_turnout_as_now(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence gives as a turnout or share, in no other time, a per cent its passages
    give only as a past year's."""
    if _tongue(language) != "de" or "rozent" not in text and "%" not in text:
        return []
    spoken = unquoted(markers_blanked(text))
    told = {**_figures(_SHARES, "de", spoken), **_figures(_TURNOUTS, "de", spoken)}
    if not told or _OTHER_TIME.search(spoken):
        return []
    for n, shown in told.items():
        earlier = [found for passage in passages for found in _EARLIER_YEAR.finditer(passage.text)
                   if _number(found.group("n")) == n]
        given = sum(_number(found.group("n")) == n for passage in passages
                    for found in _GERMAN_PER_CENT.finditer(passage.text))
        if earlier and given == len(earlier):
            then = " ".join(earlier[0].group().split())
            return [Finding(offset + spoken.find(shown), f"this sentence gives {n}% as this election's ('{shown}') "
                                                         f"where its cited passages give it as an earlier year's "
                                                         f"('{then}'): {clipped(text)}",
                            "give the year the source gives the figure (\"2021 lag sie bei ...\"), or cite the "
                            "passage that gives it for this election")]
    return []


# A German figure and what it measures, "Die Wahlbeteiligung lag bei 68,4 Prozent", "Der Anteil der Briefwählerinnen
# und Briefwähler lag bei 41 Prozent": the turnout, or the share of a group named by its noun
_GERMAN_MEASURE = patterns.compile(
    r"(?<![\w-])(?:(?P<turnout>\w*beteiligung)|Anteil\s+der\s+(?P<group>[^\W\d_][\w-]*))(?:\s+und\s+[\w-]+)?\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:lag\s+bei|lagen\s+bei|liegt\s+bei|betrug|beträgt|erreichte|von|bei|stieg\s+auf"
    r"|sank\s+auf)\s+" + _ABOUT + _N.format("n"), re.IGNORECASE)
_GROUP_STEM = 8  # "Briefwähler" and "Briefwählerinnen" are one group


def measure_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence gives a figure as the turnout, or as a group's share ("Anteil der
    Briefwähler"), that its passages give as another of these, while giving this one another figure: "Der Anteil der
    Briefwähler lag bei 68,4 Prozent" citing "Die Wahlbeteiligung lag bei 68,4 Prozent ... Der Anteil der
    Briefwählerinnen und Briefwähler lag bei 41 Prozent" (factcheck_193)."""
    if _tongue(language) != "de" or "rozent" not in text and "%" not in text:
        return []
    told = _measures(unquoted(markers_blanked(text)))
    if not told:
        return []
    theirs = [measure for passage in passages for measure in _measures(passage.text)]
    for what, n, shown in told:
        own = [written for their, figure, written in theirs if their == what and figure != n]
        others = [written for their, figure, written in theirs if figure == n and their != what]
        if own and others and not any(their == what and figure == n for their, figure, _ in theirs):
            return [Finding(offset + text.find(shown), f"this sentence gives '{shown}' where its cited passages "
                                                       f"give that figure to another measure ('{others[0]}') and "
                                                       f"this one another figure ('{own[0]}'): {clipped(text)}",
                            "give each figure what the source measures with it: the turnout as the turnout, a "
                            "group's share as that group's")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _measures(text: str) -> tuple[tuple[str, str, str], ...]:
    """Return what each German figure of text measures ("turnout", or a group's stem), its figure and words."""
    return tuple(("turnout" if found.group("turnout") else found.group("group").casefold()[:_GROUP_STEM],
                  _number(found.group("n")), " ".join(found.group().split()))
                 for found in _GERMAN_MEASURE.finditer(text))
