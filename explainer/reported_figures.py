"""A figure a party only reports, told as fact: "The vaccine is 82% effective" may not cite only "The company reported
an efficacy of 82% ...", nor "At least 14 people have reported nerve damage" only "The group says at least 14 people
have reported nerve damage".

party_word.py reads a party's word by the long words a sentence shares with it: "The vaccine is 82% effective" shares
none with "an efficacy of 82%", only the figure; and a noun naming a side ("the group", "the company") speaks there
only where it charges another party. Here a passage's sentence gives a figure as a party's word where its subject
(the sentence's first words, five at most) names a party of the briefing that takes a side (not a regulator, court or
mediator: backs_no_side) and its verb of saying (says, said, reported, claims, estimates, ...) covers the rest of the
clause holding the figure; not a saying set off by commas ("In Ardenne province, the ministry said, only 78% of
two-year-olds had both doses": the ministry's data, told as fact by newuser_72's editor). A sentence is refused where
it gives such a figure (a count of 10 or more, or a percentage; no year; not one set against another, "68% rather
than 82%"), every cited passage giving that figure gives it only so, the sentence names no word of that party's names
and says nobody's word itself ("according to", "X says", "by its count"). Its own "14 people have reported" (the
people counted report, no one's word is passed on) and the outlet's own "the news report said" say no one's word.
A sentence giving the figure as an estimate or a possibility itself ("about", "up to", "could"), or a span of time,
is left alone. English text is read; quoted words are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_whose_word, unquoted
from .others_view_as_report import others_view_as_report
from .portuguese_reported_figures import portuguese_figure_as_fact
from .sentences import folded_word, markers_blanked, split_sentences
from .speaker_wording import according_to

_FIGURE = patterns.compile(r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]\d)"
                           r"(?P<percent>\s?(?:%|per\s?cent|percent)(?!\w))?", re.IGNORECASE)
_SAYING = (r"says|said|say|reports|reported|claims|claimed|estimates|estimated|alleges|alleged|maintains|maintained"
           r"|insists|insisted|puts|put|counts|counted")
# a party's saying: its subject, the sentence's words before the verb ("The group", "The company"), then what it says,
# to the clause's end (a decimal point or a thousands comma is no end)
_REPORTED = patterns.compile(rf"(?P<subject>(?:[^,;:.!?]|(?<=\d)[.,](?=\d)){{1,80}}?)\s+(?:also\s+)?"
                             rf"(?P<verb>{_SAYING})(?!\w)(?P<said>(?:[^;:!?.]|(?<=\d)[.,](?=\d)|\.(?=\d))*)",
                             re.IGNORECASE)
# A figure the sentence itself gives as an estimate or a possibility ("About 1,200 jobs depend on", "600 jobs could be
# lost": tests/test_newuser_83.py, test_factcheck_144.py), and a span of time a body gives for its own act ("is to be
# published within 30 days": test_newuser_60.py): no party's count told as fact
_HEDGED = patterns.compile(r"(?<![\w-])(?:about|around|roughly|approximately|up\s+to|an\s+estimated|estimated|"
                           r"could|may|might|would)(?![\w-])|\d\s+(?:days?|weeks?|months?|years?|hours?)(?!\w)",
                           re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t)\s*$", re.IGNORECASE)
_SUBJECT_WORDS = 5  # "The patients' group Patients First Alliance": a subject's words, at most
# The people counted report: "At least 14 people have reported nerve damage" passes on no one's word.
_COUNT_REPORTS = patterns.compile(r"\d[\d,]*\s+(?:[^\W\d_]+\s+){0,2}(?:have|has|had)\s+(?:now\s+)?reported(?!\w)",
                                  re.IGNORECASE)
# The outlet telling its own words: "..., the news report said" (its source, no party's word).
_OUTLET_SAYS = patterns.compile(r",?\s*(?:the|this)\s+(?:news\s+)?(?:report|article|story|newspaper|paper)\s+"
                                r"(?:said|says|reported|reports)(?!\w)", re.IGNORECASE)
# a figure set against another, not stated: "68% rather than 82%", "below 82%", "compared with 82%"
_SET_AGAINST = patterns.compile(r"(?<!\w)(?:rather\s+than|instead\s+of|than|against|compared\s+(?:with|to)|versus|vs\.?"
                                r"|not|below|above|from)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_YEAR = patterns.compile(r"1[89]\d\d|20\d\d")
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def reported_figure_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                            parties: tuple[tuple[str, frozenset[str]], ...] = (),
                            neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return a finding where text states as fact a figure its cited passages give only as a side's saying, or
    gives as the report's own word a group's view ("Many analysts are pointing to": others_view_as_report.py)."""
    return (_figure_as_fact(text, passages, offset, language, parties, neutral)
            or others_view_as_report(text, passages, offset, language))


def _figure_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    parties: tuple[tuple[str, frozenset[str]], ...] = (),
                    neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return reported_figure_as_fact's finding of a figure given only as a side's saying."""
    if language.split("-")[0].lower() == "pt" and parties and passages and any(c.isdigit() for c in text):
        # "..., segundo o advogado do sindicato" (newuser_120): not if a party's statement throughout (party_word.py)
        return [] if passages[0].statement_of else portuguese_figure_as_fact(text, passages, offset, language,
                                                                             parties, neutral)
    if not in_english(language) or not parties or not passages or not any(c.isdigit() for c in text):
        return []
    if any(passage.statement_of for passage in passages):
        return []  # a party's statement throughout: party_word.py's
    own = unquoted(markers_blanked(text))
    if says_whose_word(outlet_saying_blanked(_COUNT_REPORTS.sub(" ", own))) or _HEDGED.search(own):
        return []
    sides = tuple((party, names) for party, names in parties if party not in neutral)
    named = _words(own)
    for figure in _figures(own):
        givers = [_giver(passage, figure, sides) for passage in passages]
        given = [giver for giver in givers if giver is not None]
        if not given or "" in given:
            continue  # in no passage, or stated outside a side's saying in one
        party, speaker = given[0]
        if _named(named, dict(sides)[party]):
            continue  # "The Alliance has 6,500 members": the sentence tells of that party (relative_words.py)
        shown = figure[0] + ("%" if figure[1] else "")
        return [Finding(offset, f"this sentence states as fact a figure ({shown}) that its cited passages give only as "
                                f"the word of {speaker}: {clipped(text)}",
                        f"say whose figure it is, as the source does ('{according_to(speaker, language)}'), or cite "
                        "a passage that states it")]
    return []


def outlet_saying_blanked(text: str) -> str:
    """Return text without the outlet's telling of its own words ("..., the news report said"), which says no party's
    word: a party's word told as fact is no less so for it."""
    return _OUTLET_SAYS.sub(" ", text) if "said" in text or "says" in text or "report" in text else text


def _figures(text: str) -> list[tuple[str, bool]]:
    """Return the figures of text a party's report may give: percentages, and counts of 10 or more but years."""
    found = []
    for match in _FIGURE.finditer(text):
        number = match["number"].replace(",", "")
        if _SET_AGAINST.search(text[max(0, match.start() - 30):match.start()]):
            continue  # "The Agency found an efficacy of 68% rather than 82%": the 82% is set against, not stated
        if match["percent"]:
            found.append((number, True))
        elif not _YEAR.fullmatch(number) and float(number) >= 10:
            found.append((number, False))
    return found


def _giver(passage: Cited, figure: tuple[str, bool], sides: tuple) -> tuple[str, str] | str | None:
    """Return (party, speaker as written) where every place passage gives the figure is a side's saying, "" where one
    is not, None where the passage does not give it."""
    giver = None
    for said, at in _figure_places(passage.text, passage.language or "en").get(figure, ()):
        whose = _saying_over(said, at, sides)
        if not whose:
            return ""
        giver = giver or whose
    return giver


@functools.lru_cache(maxsize=256)
def _figure_places(text: str, language: str) -> dict[tuple[str, bool], tuple[tuple[str, int], ...]]:
    """Return where each figure of a passage stands: its sentence (unquoted) and its offset there. Read once a passage:
    splitting it again for each figure of a sentence made a pasted table of 6,000 figures cost 30 times one of 1,500
    (tests/test_attack_36.py)."""
    places: dict[tuple[str, bool], list[tuple[str, int]]] = {}
    for sentence in split_sentences(text, language):
        said = unquoted(sentence.text)
        for match in _FIGURE.finditer(said):
            places.setdefault((match["number"].replace(",", ""), bool(match["percent"])), []).append((said, match.start()))
    return {figure: tuple(found) for figure, found in places.items()}


def _saying_over(sentence: str, at: int, sides: tuple) -> tuple[str, str] | None:
    """Return (party, speaker) of a side whose verb of saying opens the clause of sentence holding `at`, or None."""
    match = _REPORTED.match(sentence.strip())
    if (not match or not match.start("said") <= at - (len(sentence) - len(sentence.lstrip())) < match.end("said")
            or _NEGATED.search(match["subject"]) or match["said"].startswith(",")):
        return None  # "In Ardenne province, the ministry said, only 78% ...": set off, the ministry's data told
    subject = match["subject"].split()
    if len(subject) > _SUBJECT_WORDS:
        return None
    words = _words(" ".join(subject))
    for party, names in sides:
        if _named(words, names):
            return party, _spoken(subject)
    return None


def _spoken(subject: list[str]) -> str:
    """Return a subject as a speaker mid-sentence: "the group" of "The group"."""
    shown = " ".join(subject)
    return shown[0].lower() + shown[1:] if shown[:4] in ("The ", "A ") else shown


def _words(text: str) -> frozenset[str]:
    """Return text's words, folded, a possessive's "'s" dropped, and each pair of words ("the group")."""
    words = [re.sub(r"['’]s?$", "", folded_word(word)) for word in _WORD.findall(text)]
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in zip(words, words[1:]))


def _named(words: frozenset[str], names: frozenset[str]) -> bool:
    """Say whether words name a party by a word of its names (an article alone names none)."""
    return bool(words & {folded_word(name) for name in names})
