"""Figures kept to what they count: a sentence may not give a figure as killed, wounded, captured, destroyed, ...
where the passages it cites give it as another of these.

"18 Taliban posts were destroyed and 74 captured" citing "74 Taliban posts were destroyed and 18 captured", or
"Kabul acknowledged 11 Taliban fighters killed" citing "Kabul have acknowledged Taliban fighters killed, 11 wounded",
swaps what a figure counts. A figure counts the act named right after it (within five words, before a comma, "and",
"but" or another figure: "274 Taliban fighters have been killed", "11 wounded") or, failing that, right before it
("killed 11", "killed at least 11"); acts of one kind are one ("wounded", "injured", "hurt"; "killed", "dead",
"died"), but where a passage gives two of them ("11 wounded, and 13 civilians injured") each keeps its own. A risk is
an act too ("12,000 jobs at risk", "puts 600 jobs at risk"), and a loss ("lost", "shed", "axed") is read against a risk
alone: "lost 12,000 jobs" tells as done what may yet not happen, while "lost 40 soldiers" for "40 soldiers were
killed" is no misstatement; a loss the sentence keeps possible ("600 jobs could be lost") is a risk. A ballot's
figure counts votes for or against a side, or ballots cast ("2,525 returned their papers"), which a vote for a side
is not (ballots cast may stand for votes for a side: those were cast too). A sentence
is refused where every cited passage giving its figure gives it as counting another kind (or another word of the kind
it gives another figure by), and gives it nowhere unpaired. A figure may be written in words ("Forty were killed"),
read as explainer/numbers.py reads them. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .displaced_people import DISPLACED_ACTS, DISPLACED_KINDS, displaced_kind, weaker_displacement
from .sentences import inside, markers_blanked

_KINDS = {"killed": "killed", "dead": "killed", "died": "killed", "wounded": "wounded", "injured": "wounded",
          "hurt": "wounded", "captured": "captured", "seized": "captured", "destroyed": "destroyed",
          "damaged": "damaged", "arrested": "arrested", "detained": "arrested", "displaced": "displaced",
          "missing": "missing", "evacuated": "evacuated", "rescued": "rescued", "released": "released",
          "freed": "released",
          # a risk and its loss: "12,000 jobs at risk" told as "lost 12,000 jobs" (newuser_32)
          "at risk": "at risk", "lost": "lost", "axed": "lost", "shed": "lost",
          # people out of their homes, each a stronger claim than "displaced": they ran ("fled"), lost the home
          # itself ("homeless") or crossed a border ("refugees", "fled abroad"): displaced_people.py
          **DISPLACED_KINDS}
# A ballot's figures: votes cast for or against a side, and ballots returned, which are no vote for either (newuser_34:
# "2,525 drivers voted for a strike" citing "2,525 returned their papers"); each act's forms, read by _VOTES.
_VOTES = (("voted for", r"voted\s+(?:for|in\s+favou?r(?:\s+of)?|to)"), ("voted against", r"voted\s+against"),
          ("took part", r"(?:returned|cast|submitted)\s+(?:their\s+|the\s+|a\s+|its\s+)?(?:postal\s+)?"
                        r"(?:ballot\s+papers|voting\s+papers|papers|ballots?|votes?|voting\s+forms)"))
_VOTE_KIND = [(kind, patterns.compile(form, re.IGNORECASE)) for kind, form in _VOTES]
# Kinds read against a risk alone: "lost 40 soldiers" for "40 soldiers were killed" loses them as surely.
_ONLY_AGAINST_RISK = frozenset({"lost"})
# "at risk" is the act of its figure where it ends the figure's words ("12,000 were at risk", "puts 600 jobs at risk
# of closure"), not where a verb follows ("3,000 residents at risk were evacuated": their act is the evacuation)
_ACT = ("|".join(form for _, form in _VOTES) + "|" + DISPLACED_ACTS + "|"
        + "|".join(kind for kind in _KINDS if kind != "at risk" and kind not in DISPLACED_KINDS)
        + r"|at\s+risk(?!\s+(?:were|was|are|is|have|has|had)\b)")
# A sentence's own risk keeps a loss a risk: "600 jobs could be lost", "may shed 600 jobs".
_RISK_KEPT = patterns.compile(r"(?<!\w)(?:could|may|might|would|risk|risks|threat\w*|set\s+to|likely\s+to)(?!\w)",
                              re.IGNORECASE)
_FIGURE = (r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d+(?![\d,]\d)|" + numbers.COUNT_IN_WORDS)
# a figure and the act after it, up to five words between (no stop, comma, "and", "but" or figure)
_AFTER = patterns.compile(rf"(?P<figure>{_FIGURE})(?P<between>(?:\s+(?!(?:and|but|or)\b)[A-Za-z'’-]+){{0,5}}?)\s+"
                          rf"(?P<act>{_ACT})(?!\w)", re.IGNORECASE)
# an act and the figure right after it, a bound between ("killed at least 11")
_BEFORE = patterns.compile(rf"(?<!\w)(?P<act>{_ACT})\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost)\s+)?"
                           rf"(?P<figure>{_FIGURE})", re.IGNORECASE)
# A deed told in the present, or as it happened, before its figure: a timeline's "a bomber kills at least 31 people
# and injures 169", "killing 31" (factcheck_201: "kills 169" of "169 others injured" built). Read before a figure only,
# and not where the figure is a span ("killing 3 years ago").
_VERB_KINDS = {"kills": "killed", "kill": "killed", "killing": "killed", "wounds": "wounded", "wounding": "wounded",
               "injures": "wounded", "injure": "wounded", "injuring": "wounded", "captures": "captured",
               "capturing": "captured", "destroys": "destroyed", "destroying": "destroyed", "arrests": "arrested",
               "arresting": "arrested", "detains": "arrested", "detaining": "arrested"}
_BEFORE_VERB = patterns.compile(rf"(?<!\w)(?P<act>{'|'.join(_VERB_KINDS)})\s+"
                                rf"(?:(?:at\s+least|more\s+than|over|some|about|nearly|almost)\s+)?"
                                rf"(?P<figure>{_FIGURE})(?![\w-])(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?"
                                rf"|times|per\s*cent|percent)\b)", re.IGNORECASE)
# what a text holding an act holds ("risk" of "at risk")
_WORDS = (tuple(kind.split()[-1] for kind in _KINDS) + ("voted", "returned", "cast", "submitted", "fled", "flee")
          + ("kill", "wound", "injur", "captur", "destroy", "arrest", "detain"))
_ANY_FIGURE = patterns.compile(_FIGURE)


def swapped_acts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure as counting one act where every cited passage giving that figure
    gives it as counting another."""
    swapped = act_swapped(text, passages, language)
    if swapped is None:
        return []
    written, shown, theirs = swapped
    return [Finding(offset, f"this sentence gives {written} as '{shown}' where its cited passages give it as "
                            f"'{theirs}': {clipped(text)}",
                    "give each figure what the source counts by it, or cite the passage that says this")]


def act_swapped(text: str, passages: list[Cited], language: str = "") -> tuple[str, str, str] | None:
    """Return the first figure of text (as written) that it gives as counting one act (its word) where every cited
    passage giving that figure gives it as counting another (the first passage's word); else None."""
    if not in_english(language) or not numbers.may_count(text):
        return None
    own = _paired(markers_blanked(text))
    if not own:
        return None
    quoted = quoted_parts(text)
    theirs = [_paired(passage.text) for passage in passages if in_english(passage.language or language)]
    for figure, (kind, shown, at) in own.items():
        if not kind or inside(quoted, at):
            continue
        given = [(pairs[figure], pairs) for pairs in theirs if figure in pairs]
        if given and all(other[0] != "" and (_differ(kind, other[0]) or _word_elsewhere(shown, other[1], figure, pairs))
                         for other, pairs in given):
            written = _ANY_FIGURE.match(markers_blanked(text), at).group()
            written = figure if written[:1].isdigit() else written  # words as the sentence writes them: "Forty"
            return written, shown, given[0][0][1]
    return None


def _differ(kind: str, other: str) -> bool:
    """Say whether two kinds of act differ as a misstatement does: a loss differs from a risk alone."""
    if kind == "took part" and other in ("voted for", "voted against"):
        return False  # a vote cast for a side was cast: "2,525 cast their votes" for "2,525 voted for"
    if kind in _ONLY_AGAINST_RISK or other in _ONLY_AGAINST_RISK:
        return "at risk" in (kind, other)
    return kind != other and not weaker_displacement(kind, other)


def _kind(act: str, before: str) -> str:
    """Return the kind of an act a figure counts; a loss the words `before` the act keep as a risk ("600 jobs could
    be lost", "may shed 600 jobs") is a risk."""
    written = " ".join(act.casefold().split())
    kind = _KINDS.get(written) or _VERB_KINDS.get(written) or displaced_kind(written) or next(kind for kind, form in _VOTE_KIND if form.fullmatch(written))
    return "at risk" if kind in _ONLY_AGAINST_RISK and _RISK_KEPT.search(before) else kind


def _word_elsewhere(own: str, theirs: str, figure: str, pairs: dict[str, tuple[str, str, int]]) -> bool:
    """Say whether a passage gives a figure by another word of the sentence's kind ("injured" for its "wounded") and
    the sentence's own word to another figure only: "13 wounded" citing "11 wounded, and 13 civilians injured"."""
    own = own.casefold()
    return theirs.casefold() != own and any(word.casefold() == own and other != figure
                                            for other, (_, word, _) in pairs.items())


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _paired(text: str) -> dict[str, tuple[str, str, int]]:
    """Return each figure of text with the kind of act it counts, that act as written and where it stands; a
    figure also given unpaired, or as counting two kinds, has kind ""."""
    if not any(word in text.casefold() for word in _WORDS):
        return {}
    paired: dict[int, tuple[str, str, str]] = {}  # by where a figure starts: it, its act, the words before the act
    before = {match.start("figure"): (match.start("act"), (_figure(match["figure"]), match["act"],
                                                           text[max(0, match.start() - 20):match.start()]))
              for pattern in (_BEFORE_VERB, _BEFORE) for match in pattern.finditer(text)}
    acts_before = {act for act, _ in before.values()}
    for match in _AFTER.finditer(text):
        if match.start("figure") in before and match.start("act") in acts_before:
            continue  # "wounding more than 400 also destroyed 74 posts": the act is the next figure's, 400 has its own
        if not _ANY_FIGURE.search(match["between"]):
            paired[match.start("figure")] = (_figure(match["figure"]), match["act"], match["between"])
    for start, (_, pair) in before.items():
        paired.setdefault(start, pair)
    found: dict[str, tuple[str, str, int]] = {}
    for figure_match in _ANY_FIGURE.finditer(text):
        figure = _figure(figure_match.group())
        if not figure:
            continue  # a lone "one" counts nothing
        pair = paired.get(figure_match.start())
        kind = _kind(pair[1], pair[2]) if pair else ""
        if figure in found and found[figure][0] != kind:
            kind = ""  # given twice, otherwise: not read
        found[figure] = (kind, pair[1] if pair else "", figure_match.start())
    return found


def _figure(written: str) -> str:
    """Return a figure as compared: its digits without thousands separators ("Forty" is "40")."""
    return numbers.count_written(written)
