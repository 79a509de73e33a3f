"""Revised figures not stated as current: a sentence may not state a figure that a passage it cites, or a later
report its briefing cites, names as revised or wrong.

"274 Taliban fighters have been killed" citing the first report's "274 Taliban fighters have been killed", while the
briefing also cites a follow-up (a source of a later `date`) saying "the ministry revised the toll to 331 from 274",
states as current what the follow-up revised; "Harbor has 2,970 stores" citing "Harbor said 2,970 stores. The correct
figure is 2,790" restates the correction notice's wrong figure. A passage names a figure as revised or wrong by
"revised (raised, lowered, corrected, updated, cut) ... from X to Y" or "... to Y from X" (and a level changed in
the world, "widened the zone from 2 kilometres to 5" or "to 5 kilometres from 2", no longer current), "an earlier (initial,
previous) figure of X", "incorrectly (wrongly, mistakenly) said ... X", "an earlier version of this article said ...
X", "X. The correct figure is Y" (the last figure before it), and, of a later report only, "not X as previously
(earlier, initially, first) reported" (read by set_aside_figures.reported_aside: a cited passage's is that module's
alone to name, as one finding, tests/test_factcheck_141.py, tests/test_factcheck_149.py). A sentence keeps such a figure as what was said
then with a word of time or report (of time only for "not X as previously reported", which names no one who said X:
"The army said 40" is refused) ("initially", "at first", "earlier", "previously", "originally", "had", "said",
"reported", "gave", "revised", "corrected", "from"), or by giving the new figure beside it, or names it wrong itself
("3 deaths, not 4", "rather than 4": tests/test_newuser_72.py); figures in quotation marks are not read. English text is read; a report's date is its `date` in `sources.yaml` (one dated `unknown`
revises nothing cited from another).
A revision told the other way round from its passages is refused too: "The toll was revised from 980 to 1,250" or
"revised the toll to 1,250" citing "On Monday the ministry counted 1,250 dead; on Tuesday it revised the toll to 980"
(a passage's "revised ... to 980" revises the figure it gave last before, in its sentence; two changes each told from
one figure to another are change_ends.py's: tests/test_factcheck_164.py).
A speaker who takes a figure back in the same breath ("violent crime has risen by 20 percent since she took office,
sorry, 12 percent, not 20": "sorry", "I mean", "or rather", "make that", "correction", "scratch that", then the new
figure) revises it too, as a debate's or an interview's transcript gives it: "Okonjo said violent crime has risen by 20
percent" (or "had risen") is refused, and only words telling the correction keep it ("first", "initially",
"corrected", "misspoke", "sorry", "then", "before": tests/test_newuser_96.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .corrected_swapped import called_wrong
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .final_tolls import closed_counts
from .running_costs_languages import running_cost_as_whole
from .sentences import markers_blanked
from .set_aside_figures import reported_aside
from .comparison_sides import turned_comparisons
from .start_levels import start_as_reached
from .wordset import has_digit, may_contain

_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure a correction note gives in words: "said the cabinet vote was seven to two" (newuser_90); not "one", which
# "one of" and "no one" use for no figure
_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
          "|eighteen|nineteen|twenty")
_SAID_FIGURE = rf"{_FIGURE}|(?<!\w)(?:{_WORDS})(?!\w)"
# A report's figure changed by its reporter ("revised", "corrected"; "raised its toll"), not a change in the world
# ("prices were cut from $5 to $4").
_CHANGED = (r"(?:revised|corrected|updated|amended|(?:raised|lowered|increased|reduced|cut)\s+(?:its|the|their|his|her)"
            r"\s+(?:\w+\s+)?(?:toll|estimate|count|forecast|figure|tally|projection|guidance))")
# A currency sign before a figure and a unit after it ("from 1.2 tonnes to 3.4 tonnes", "from $5m to $7m"): a figure
# revised with its unit named ("revised its figure ... from 1.2 tonnes to 3.4 tonnes") was read as no revision
_SIGN = r"[$£€]?"
_UNIT = r"(?:\s*%|(?:\s+[^\W\d_]+){1,2}(?=\s+to\s))?"
# A level changed in the world, not a report's figure revised: "widened the evacuation zone ... from 2 kilometres to 5
# kilometres" (factcheck_122). Its "from" level is no longer current, though a sentence may tell it as then in any
# past tense ("The zone covered 2 kilometres on Monday"): only one telling it now, in its unit, is refused.
_WORLDLY = (r"(?:widened|extended|expanded|enlarged|broadened|narrowed|shrank|shortened|lengthened|reduced|raised"
            r"|lowered|increased|decreased|cut|tightened|eased|relaxed)")
# Each names the old figure `old` and, where it gives it, the new one `new`.
_NAMED_OLD = patterns.compile(
    rf"(?<!\w){_CHANGED}(?!\w)[^.;]{{0,60}}?(?<!\w)from\s+{_SIGN}(?P<old>{_FIGURE}){_UNIT}\s+to\s+{_SIGN}(?P<new>{_FIGURE})"
    rf"|(?<!\w){_CHANGED}(?!\w)[^.;]{{0,60}}?(?<!\w)to\s+(?P<new2>{_FIGURE})(?:\s*%)?(?:\s+\w+){{0,3}}\s*,?\s+(?:up\s+|down\s+)?"
    rf"from\s+(?:an?\s+|the\s+|its\s+)?(?:(?:earlier|initial|previous|original|first)\s+)?(?:\w+\s+)?(?:of\s+)?"
    rf"(?P<old2>{_FIGURE})"
    rf"|(?<!\w)(?:earlier|initial|previous|original)\s+(?:figure|count|toll|estimate|total|tally)\s+of\s+(?P<old3>{_FIGURE})"
    rf"|(?<!\w)(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put)(?!\w)[^.;]{{0,80}}?"
    rf"(?<![\d,.])(?P<old4>{_SAID_FIGURE})"
    rf"|(?<!\w)earlier\s+version\s+of\s+this\s+(?:article|report|story)(?:\s*,[^,.;]{{1,40}},)?\s+(?:said|stated|reported|gave|put)(?!\w)"
    rf"[^.;]{{0,80}}?(?<![\d,.])(?P<old5>{_SAID_FIGURE})"
    rf"|(?<![\d,.])(?P<old6>{_FIGURE})(?:(?![.;])\D){{0,60}}[.;]\s+The\s+correct(?:ed)?\s+(?:figure|number|count|total)"
    rf"\s+(?:is|was)\s+(?P<new6>{_FIGURE})"
    rf"|(?<!\w){_WORLDLY}(?!\w)[^.;]{{0,100}}?(?<!\w)from\s+(?P<sign8>[$£€])?(?P<old8>{_FIGURE})(?P<unit8>\s*%|(?:\s+[^\W\d_][\w/-]*){{1,3}}"
    rf"(?=\s+to\s))?\s+to\s+{_SIGN}(?P<new8>{_FIGURE})"
    # the same change told the other way round, "widened the zone to 5 kilometres from 2", "cut the price to $4 from
    # $5": its "from" level is as old (tests/test_factcheck_124.py)
    rf"|(?<!\w){_WORLDLY}(?!\w)[^.;]{{0,100}}?(?<!\w)to\s+(?P<sign9>[$£€])?(?P<new9>{_FIGURE})"
    rf"(?P<unit9>\s*%|(?:\s+[^\W\d_][\w/-]*){{1,2}}(?=,?\s+(?:up\s+|down\s+)?from\s))?,?\s+(?:up\s+|down\s+)?from\s+"
    rf"[$£€]?(?P<old9>{_FIGURE})(?![\d,.]?\d)", re.IGNORECASE)
# What every revision _NAMED_OLD finds holds, in any case: looked for as plain text first (wordset.may_contain), where
# a pattern of these words cost 37 µs a passage of the real briefing and this 3 (most passages name no revision).
_MAY_NAME = ("revised", "correct", "updated", "amended", "raised", "lowered", "increased", "reduced", "cut", "earlier",
             "initial", "previous", "previously", "original", "originally", "incorrectly", "wrongly", "mistakenly", "erroneously",
             "widened", "extended", "expanded", "enlarged", "broadened", "narrowed", "shrank", "shortened", "lengthened",
             "decreased", "tightened", "eased", "relaxed")
# A figure its speaker takes back at once, and the one given instead: "20 percent since she took office, sorry, 12
# percent" (no digit between: the figure taken back is the last before the correction's word)
_TAKEN_BACK = patterns.compile(
    rf"(?<![\d,.])(?P<old>{_SAID_FIGURE})(?:(?![.;!?])\D){{0,80}}?(?:[,;:—–-]|\.\.\.|…)\s*"
    r"(?:sorry|I\s+mean|I\s+meant|or\s+rather|make\s+that|correction|pardon(?:\s+me)?|excuse\s+me|scratch\s+that)"
    rf"\s*[,:;—–-]?\s*(?:it\s+(?:is|was|['’]s)\s+)?[$£€]?(?P<new>{_SAID_FIGURE})", re.IGNORECASE)
_MAY_TAKE_BACK = ("sorry", "mean", "rather", "make that", "correction", "pardon", "excuse me", "scratch that")
# A sentence telling the figure as taken back, not as said: "first said 20 percent, then corrected himself"
_TOLD_TAKEN_BACK = patterns.compile(
    r"(?<!\w)(?:initially|at\s+first|first|earlier|originally|corrected|correcting|correction|corrects|retracted"
    r"|misspoke|misspoken|sorry|before|then|took\s+back|takes\s+back|withdrew)(?!\w)", re.IGNORECASE)
_YEAR = patterns.compile(r"1[89]\d\d|20\d\d")
# A sentence keeping the figure as what was said then, or saying that it changed. Not "says": "12 people died, the
# agency says" gave the agency's corrected figure as its word now, citing its note "An earlier version ... said 12".
_AS_THEN = patterns.compile(
    r"(?<!\w)(?:initially|at\s+first|first|earlier|previously|originally|had|said|reported|gave|put|revised"
    r"|corrected|raised|lowered|updated|from|before|then|until|wrongly|incorrectly|mistakenly|claimed|estimated)"
    r"(?!\w)", re.IGNORECASE)
# A figure a correction note gives no speaker ("rather than 40 as initially reported"), or gives as its own report's
# error ("An earlier version of this report said 41": newuser_92), is kept as then-said only by a word of time: "The
# army said 40" gives the wrong figure a speaker and a present.
_AS_THEN_UNSPOKEN = patterns.compile(
    r"(?<!\w)(?:initially|at\s+first|first|earlier|previously|originally|had|revised|corrected|raised|lowered|updated"
    r"|from|before|then|until|wrongly|incorrectly|mistakenly)(?!\w)", re.IGNORECASE)
# A sentence telling a level now: "covers everyone within 2 kilometres", "the zone is 2 kilometres", "remains"
_NOW = patterns.compile(r"(?<!\w)(?:is|are|remains?|stands|now|currently|still|covers?|includes?|applies|extends"
                        r"|reaches|runs|spans|stretches)(?!\w)", re.IGNORECASE)
# An outcome told in a past tense: "Ms Marsh won the election by 1,046 votes" of "cut her margin from 1,046 votes to
# 212" tells the level left behind as the outcome (factcheck_202); a state ("The speed limit was 50 km/h") or an act
# setting the level ("The jury awarded $161 million") tells its history, and is not read (factcheck_122)
_PAST_OUTCOME = patterns.compile(r"(?<!\w)(?:won|beat|defeated|lost|led|trailed|finished)(?!\w)", re.IGNORECASE)
# ... kept by when it held, or by the change that left it behind: "Ms Marsh led by 1,046 votes on election night", "in
# the original count", "a lead that shrank"
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august"
_TOLD_WHEN = patterns.compile(
    rf"(?<!\w)(?:{_DAYS}|september|october|november|december|(?:1[89]|20)\d\d|night|morning|evening|afternoon|day"
    r"|week|month|year|ago|once|when|while|after|since|last|past|former|formerly|old|prior|original|initial"
    r"|preliminary|provisional|first|at\s+the\s+time|back\s+then|at\s+one\s+point|no\s+longer|until|till"
    r"|cut|narrowed|widened|reduced|shrank|shrunk|shrinking|fell|dropped|rose|grew|lowered|increased|decreased"
    r"|changed|slashed|trimmed|halved|doubled|down|up|lost|erased|wiped|overturned|\d{1,2}\s+may|may\s+\d{1,2})(?!\w)",
    re.IGNORECASE)
_SENTENCE_FIGURE = patterns.compile(rf"(?<![\w.,])(?:{_FIGURE}|(?:{_WORDS}))(?![\w])", re.IGNORECASE)
# A figure the sentence itself names as wrong states nothing as current: "gives 3 deaths, not 4" (newuser_72)
_DENIED_BEFORE = patterns.compile(r"(?<!\w)(?:not|rather\s+than|instead\s+of)\s+$", re.IGNORECASE)


class Revision(NamedTuple):
    """A figure a passage names as revised or wrong, the new one where it gives it, and its words."""

    old: str
    new: str
    shown: str
    both_told: bool = False  # "from 1,250 to 980": both ends written, as a change's ends are read elsewhere
    unspoken: bool = False  # named wrong by a correction note, which gives no one who said it
    unit: str = ""  # a level changed in the world: its unit as written ("kilometres", "%"), "" where it names none
    worldly: bool = False  # a level changed in the world, no report's figure revised
    taken_back: bool = False  # taken back by its own speaker at once ("20 percent, sorry, 12 percent")


def corrected_in_passages(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states as current a figure a passage it cites names as revised or wrong, or calls
    final a count it gives as still open (final_tolls.py; running_costs_languages.py)."""
    return (_stated_as_current(text, passages, offset, language, "its cited passages name")
            or _revision_turned(text, passages, offset, language)
            or closed_counts(text, passages, offset, language)
            or running_cost_as_whole(text, passages, offset, language))  # French, Spanish, German: factcheck_120


def revised_later(text: str, later: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states as current a figure that a later report its briefing cites (`later`)
    names as revised."""
    return _stated_as_current(text, later, offset, language, "a later report this briefing cites names", True)


def states_figure(text: str) -> bool:
    """Say whether text states a figure, in digits or words, that a revision could name: most log entries state none."""
    return has_digit(text) or bool(_SENTENCE_FIGURE.search(text))


@functools.lru_cache(maxsize=1 << 14)  # a briefing's passages are looked through by each of its files
def revising(text: str) -> bool:
    """Say whether a passage may name a figure as revised or wrong: most name none."""
    return (may_contain(text, _MAY_NAME + _MAY_TAKE_BACK) and bool(revisions_in(text))) or bool(_set_aside_in(text))


def _stated_as_current(text: str, passages: list[Cited], offset: int, language: str, whose: str,
                       later: bool = False) -> list[Finding]:
    """Return a finding when text states a figure that `passages` name as revised or wrong, as current."""
    if not in_english(language) or not (has_digit(text) or _SENTENCE_FIGURE.search(text)):
        return []  # most sentences state no figure: found without reading their passages
    revisions = [revision for passage in passages if in_english(passage.language or language)
                 for revision in revisions_in(passage.text) + (_set_aside_in(passage.text) if later else ())]
    taken_back = _taken_back_as_said(text, [revision for revision in revisions if revision.taken_back], offset, whose)
    revisions = [revision for revision in revisions if not revision.taken_back]
    if taken_back or not revisions or _AS_THEN_UNSPOKEN.search(text):
        return taken_back
    changed = _changed_level_as_current(text, [revision for revision in revisions if revision.worldly], offset, whose)
    revisions = [revision for revision in revisions if not revision.worldly]
    if changed or not revisions:
        return changed
    if _AS_THEN.search(text):
        revisions = [revision for revision in revisions if revision.unspoken]
    quoted = quoted_parts(text)
    stated = {_plain(match.group()): match.group() for match in _SENTENCE_FIGURE.finditer(text)
              if not any(start <= match.start() < end for start, end in quoted)
              and not _DENIED_BEFORE.search(text, max(0, match.start() - 16), match.start())}
    for figure in called_wrong(text):  # "The election-night figure of 44.8 percent was wrong" (newuser_122)
        stated.pop(figure, None)
    for revision in revisions:
        if revision.old in stated and revision.new not in stated:
            return [Finding(offset, f"this sentence states {stated[revision.old]} as current, but {whose} it as "
                                    f"revised or wrong ('{revision.shown}'): {clipped(text)}",
                            "give the revised figure, or say it was the earlier one (\"initially\", \"the first "
                            "report gave\")")]
    return []


def _taken_back_as_said(text: str, retractions: list[Revision], offset: int, whose: str) -> list[Finding]:
    """Return a finding when text states, as said, a figure its speaker took back at once: "said", "had", "put"
    keep it no more than a plain statement does; only words telling the correction do."""
    if not retractions or _TOLD_TAKEN_BACK.search(text):
        return []
    quoted = quoted_parts(text)
    stated = {_plain(match.group()): match.group() for match in _SENTENCE_FIGURE.finditer(text)
              if not any(start <= match.start() < end for start, end in quoted)
              and not _DENIED_BEFORE.search(text, max(0, match.start() - 16), match.start())}
    for revision in retractions:
        if revision.old in stated and revision.new not in stated:
            return [Finding(offset, f"this sentence states {stated[revision.old]}, but {whose} it as taken back by "
                                    f"its speaker at once ('{revision.shown}'): {clipped(text)}",
                            "give the figure the speaker settled on, or tell the correction (\"first said ..., then "
                            "corrected himself to ...\")")]
    return []


def _changed_level_as_current(text: str, changes: list[Revision], offset: int, whose: str) -> list[Finding]:
    """Return a finding when text tells, in the present and in its unit, a level a passage gives as changed from."""
    if not changes or _AS_THEN.search(text) or not (_NOW.search(text) or (_PAST_OUTCOME.search(text)
                                                                          and not _TOLD_WHEN.search(text))):
        return []  # "The zone was 2 kilometres", "Ms Marsh won by 1,046 on election night": a past told as past
    quoted = quoted_parts(text)
    for change in changes:
        unit = re.escape(change.unit[:4]) if change.unit else ""
        for match in _SENTENCE_FIGURE.finditer(text):
            if (_plain(match.group()) == change.old and unit
                    and (re.match(rf"\s*{unit}", text[match.end():], re.I) or text[:match.start()].endswith(change.unit))
                    and change.new not in {_plain(other.group()) for other in _SENTENCE_FIGURE.finditer(text)}
                    and not any(start <= match.start() < end for start, end in quoted)):
                return [Finding(offset, f"this sentence states {match.group()} as current, but {whose} it as changed "
                                        f"since ('{change.shown}'): {clipped(text)}",
                                "give the level it was changed to, or say when it held (\"on Monday\", \"was\")")]
    return []


def _set_aside_in(text: str) -> tuple[Revision, ...]:
    """Return the figures a later report sets aside "as first reported", read by set_aside_figures.py, which names a
    cited passage's itself: read here too, "1,250 died" of "980 died, not 1,250 as previously reported" was named
    twice (tests/test_factcheck_149.py)."""
    return tuple(Revision(_plain(figure.group()), "", shown, unspoken=True) for written, shown in reported_aside(text)
                 if (figure := re.search(_FIGURE, written)))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def revisions_in(text: str) -> tuple[Revision, ...]:
    """Return the figures a passage names as revised or wrong."""
    found = [Revision(_plain(match["old"]), _plain(match["new"]), " ".join(match.group().split()), taken_back=True)
             for match in (_TAKEN_BACK.finditer(text) if may_contain(text, _MAY_TAKE_BACK) else ())
             if match["old"] != match["new"]]
    if not may_contain(text, _MAY_NAME):
        return tuple(found)
    for match in _NAMED_OLD.finditer(text):
        groups = match.groupdict()
        old = next(groups[name] for name in ("old", "old2", "old3", "old4", "old5", "old6", "old8", "old9")
                   if groups[name])
        new = groups["new"] or groups["new2"] or groups["new6"] or groups["new8"] or groups["new9"] or ""
        if _YEAR.fullmatch(old):
            continue  # "updated from 2019 to 2024": years, no figure revised
        found.append(Revision(_plain(old), _plain(new) if new else "", " ".join(match.group().split()),
                              unspoken=bool(groups["old5"]), unit=(groups["unit8"] or groups["sign8"] or groups["unit9"]
                                                                  or groups["sign9"] or "").strip(),
                              worldly=bool(groups["old8"] or groups["old9"])))
    return tuple(found)


_WORD_VALUES = {word: str(value) for value, word in enumerate(_WORDS.split("|"), 2)}


def _plain(figure: str) -> str:
    """Return a figure as compared: without thousands separators ("2,970" is "2970"), a word as its digits ("twenty"
    is "20": "had risen by twenty percent" of "20 percent, sorry, 12" built)."""
    plain = figure.replace(",", "").casefold()
    return _WORD_VALUES.get(plain, plain)


# A figure revised to, with no "from": "on Tuesday it revised the toll to 980" (the count it revised is the figure
# the passage gave before: "On Monday the ministry counted 1,250 dead")
_REVISED_TO = patterns.compile(rf"(?<!\w){_CHANGED}(?!\w)[^.;]{{0,60}}?(?<!\w)to\s+{_SIGN}(?P<new>{_FIGURE})"
                               r"(?![\d,.]?\d)(?!\s*,?\s+(?:up\s+|down\s+)?from(?!\w))", re.IGNORECASE)
_EARLIER_FIGURE = patterns.compile(rf"(?<![\w,.])(?:{_FIGURE})(?![\w,.]?\d)")
_EARLIER_REACH = 100  # characters before a revision its revised figure is looked for in


class _Change(NamedTuple):
    """A revision's two figures, as compared ("" where a passage gives no old one), and its words."""

    old: str
    new: str
    shown: str
    both_told: bool = False  # "from 1,250 to 980": both ends written, as a change's ends are read elsewhere


def _changes_in(text: str, infer_old: bool) -> list[_Change]:
    """Return each revision text tells with its new figure: "revised from 1,250 to 980", "revised to 980 from 1,250",
    "widened the zone from 2 kilometres to 5", and "revised the toll to 980" (its old figure, where `infer_old`, the
    passage's last figure before it, with none between)."""
    if not may_contain(text, _MAY_NAME):
        return []
    found = []
    for match in _NAMED_OLD.finditer(text):
        pair = next(((match[old], match[new]) for old, new in (("old", "new"), ("old2", "new2"), ("old8", "new8"),
                                                               ("old9", "new9")) if match[old] and match[new]), None)
        if pair and not _YEAR.fullmatch(pair[0]):
            found.append(_Change(_plain(pair[0]), _plain(pair[1]), " ".join(match.group().split()), True))
    told = [(match.start(), match.end()) for match in _NAMED_OLD.finditer(text)]
    for match in _REVISED_TO.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in told):
            continue  # "revised the toll from 1,250 to 980": read above
        stop = text.rfind(".", max(0, match.start() - _EARLIER_REACH), match.start())  # in its sentence only
        earlier = _EARLIER_FIGURE.findall(text, max(0, match.start() - _EARLIER_REACH, stop + 1), match.start())
        old = _plain(earlier[-1]) if infer_old and earlier and not _YEAR.fullmatch(earlier[-1]) else ""
        found.append(_Change(old, _plain(match["new"]), " ".join(match.group().split())))
    return found


def _revision_turned(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text tells a revision the other way round from its passages: "The toll was revised from
    980 to 1,250" (or "revised the toll to 1,250") citing "On Monday the ministry counted 1,250 dead; on Tuesday it
    revised the toll to 980": the figure a passage gives as the revised one told as the one revised, or the one it
    revised as the new one (tests/test_factcheck_164.py)."""
    if not in_english(language) or not has_digit(text):
        return []
    mine = _changes_in(markers_blanked(text), infer_old=False)
    if not mine:
        return []
    theirs = [change for passage in passages if in_english(passage.language or language)
              for change in _changes_in(passage.text, infer_old=True)]
    revised_to = {change.new for change in theirs}
    for change in mine:
        if change.new in revised_to:
            continue  # a revision to the figure a passage revises to: told as it does
        # two changes each told from one figure to another are change_ends.py's to name (one finding a sentence)
        turned = next((their for their in theirs if not (change.both_told and their.both_told)
                       and ((change.old and change.old == their.new) or (their.old and change.new == their.old))), None)
        if turned is None and change.both_told:
            turned = _both_ends_turned(text, change, theirs, passages, language)
        if turned is not None:
            return [Finding(offset, f"this sentence tells a revision ('{change.shown}') the other way round from "
                                    f"its cited passages ('{turned.shown}'): {clipped(text)}",
                            "tell the revision the way the source does: from the figure first given to the one it "
                            "was revised to")]
    return []


def _both_ends_turned(text: str, change: _Change, theirs: list[_Change], passages: list[Cited],
                      language: str) -> _Change | None:
    """Return a passage's revision whose two ends text tells swapped ("was revised to 1.8% from 2.1%" of "revised its
    growth forecast to 2.1% from 1.8%") where the checks of a change's two ends name none: they read no passive
    revision, and one finding a sentence is enough (factcheck_167)."""
    swapped = next((their for their in theirs if their.both_told
                    and (change.old, change.new) == (their.new, their.old)), None)
    if swapped is None or turned_comparisons(text, passages, 0, language) or start_as_reached(text, passages, 0,
                                                                                              language):
        return None
    return swapped
