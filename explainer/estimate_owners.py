"""An estimate kept to whoever made it: "The company reported an efficacy of 68%" may not cite "The company reported an
efficacy of 82% ... The Agency's own analysis, which counts 23 cases that the company excluded, gives an efficacy of
68%", nor "The Agency's analysis gives an efficacy of 82%" cite it, nor one estimate take the other's confidence
interval ("82% (95% confidence interval 52% to 79%)").

An estimate's owner is a party named right before a verb that gives a figure as its own ("reported", "found",
"gives", "estimated", "puts", "calculated"), its name alone or with "'s (own) analysis/estimate/figure/review/count"
and, in a passage, a clause in commas between ("The Agency's own analysis, which counts ..., gives"). The figures
after that verb are the owner's: in a passage, up to the sentence's end or the next owner; in the sentence, up to a
clause break (a comma outside brackets, "but", "than", "not", "against", ...) or another party's name. A sentence's
figure is refused where the cited passages give it after other owners' verbs only and give this owner figures of their
own (so the passages tell the two estimates apart). English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences

_VERB = r"(?:reported|reports|found|finds|gives|gave|estimated|estimates|puts|put|calculated|calculates)"
_OWNED = r"(?:['’]s(?:\s+own)?\s+(?:analysis|estimate|figure|calculation|review|count)(?:\s+of\s+the\s+data)?)?"
_OWNER_IN_SENTENCE = patterns.compile(rf"(?P<owner>[Tt]he\s+(?:company|group)|(?:[Tt]he\s+)?[A-Z][\w’'-]*"
                                      rf"(?:\s+[A-Z][\w’'-]*)*){_OWNED}\s+{_VERB}(?!\w)")
# In a sentence, a verb of saying gives the figures after it to its speaker too: "The Agency said the vaccine's efficacy
# was 82%" of "The company reported an efficacy of 82% ... The Agency's own analysis ... gives ... 68%" (factcheck_200)
_SAYING = r"(?:said|says|told\s+\w+|stated|states|announced|announces|claimed|claims)"
_SPEAKER_IN_SENTENCE = patterns.compile(rf"(?P<owner>[Tt]he\s+(?:company|group)|(?:[Tt]he\s+)?[A-Z][\w’'-]*"
                                        rf"(?:\s+[A-Z][\w’'-]*)*)\s+(?P<saying>{_SAYING})(?:\s+that)?(?!\w)")
_OWNER_IN_PASSAGE = patterns.compile(rf"(?P<owner>[Tt]he\s+(?:company|group)|(?:[Tt]he\s+)?[A-Z][\w’'-]*"
                                     rf"(?:\s+[A-Z][\w’'-]*)*){_OWNED}(?:,[^,]{{1,160}},)?\s+{_VERB}(?!\w)")
_FIGURE = patterns.compile(r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>\s?(?:%|per\s?cent|percent))?(?![\w,]*\d)")
_BREAK = patterns.compile(r",(?![^()]*\))(?!\d)|;|\s(?:but|than|not|against|versus|while|whereas|below|above|compared|"
                          r"instead|unlike|rather)(?!\w)", re.IGNORECASE)


def estimate_given_another_owner(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                                 parties: tuple = ()) -> list[Finding]:
    """Return a finding where text gives one party's estimate a figure its cited passages give another's only."""
    if not parties or not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    mine = (_owned_figures(spoken, parties, _OWNER_IN_SENTENCE, in_sentence=True)
            or _said_figures(spoken, parties))
    if not mine:
        return []
    given: dict[tuple[str, bool], set[str]] = {}
    for passage in passages:
        for sentence in split_sentences(passage.text):
            for owner, figure, _, _ in _owned_figures(sentence.text, parties, _OWNER_IN_PASSAGE, in_sentence=False):
                given.setdefault(figure, set()).add(owner)
    owners = set().union(*given.values()) if given else set()
    for owner, figure, written, at in mine:
        others = given.get(figure, set())
        if owner in owners and others and owner not in others:
            theirs = sorted(others)[0]
            return [Finding(offset + at, f"this sentence gives {written} as the estimate of {_shown(owner, parties)}, "
                                         f"but its cited passages give it as {_shown(theirs, parties)}'s: "
                                         f"{clipped(text)}",
                            "keep each estimate with the party the source gives it to, or cite the words that give "
                            "it so")]
    return []


def _owned_figures(sentence: str, parties: tuple, pattern: re.Pattern, in_sentence: bool) -> list:
    """Return each figure a sentence gives as a party's estimate: (party id, figure key, as written, offset)."""
    found, owned = [], [(match, _party(match["owner"], parties)) for match in pattern.finditer(sentence)]
    owned = [(match, party) for match, party in owned if party]
    for number, (match, party) in enumerate(owned):
        end = owned[number + 1][0].start() if number + 1 < len(owned) else len(sentence)
        span = sentence[match.end():end]
        if in_sentence:
            cut = _BREAK.search(span)
            span = span[:cut.start()] if cut else span
            other = _other_party_at(span, party, parties)
            span = span[:other]
        for figure in _FIGURE.finditer(span):
            number_text = figure["number"].replace(",", "")
            if not figure["unit"] and len(number_text) == 4 and 1900 <= int(float(number_text)) <= 2100:
                continue  # a year
            found.append((party, (number_text, bool(figure["unit"])), figure.group().strip(),
                          match.end() + figure.start()))
    return found


def _said_figures(sentence: str, parties: tuple) -> list:
    """Return each figure a sentence gives as what one party said, as _owned_figures does: only where the words said
    name no other party at all ("The Agency said 82% was the company's figure" gives the 82% to no one)."""
    found = []
    for match in _SPEAKER_IN_SENTENCE.finditer(sentence):
        party = _party(match["owner"], parties)
        said = sentence[match.end():]
        cut = _BREAK.search(said)
        said = said[:cut.start()] if cut else said
        if not party or _other_party_at(said, party, parties) < len(said) or _names_any_other(said, party, parties):
            continue
        for figure in _FIGURE.finditer(said):
            number_text = figure["number"].replace(",", "")
            if figure["unit"]:  # a percentage alone: a count said may be anyone's
                found.append((party, (number_text, True), figure.group().strip(), match.end() + figure.start()))
    return found


def _names_any_other(said: str, party: str, parties: tuple) -> bool:
    """Say whether words name a party other than `party` by a capitalised word, a possessive's "'s" dropped
    ("Halden's figure"), or as "the company"/"the group" ("the company's estimate")."""
    for word in re.finditer(r"[A-Z][\w’'-]{3,}|[Tt]he\s+(?:company|group)", said):
        found = _party(re.sub(r"['’]s$", "", word.group()), parties)
        if found and found != party:
            return True
    return False


def _party(owner: str, parties: tuple) -> str:
    """Return the one party whose naming words name an owner's words ("The Agency", "the company"), or ""."""
    words = owner.lower().removeprefix("the ").strip()
    found = {party for party, naming in parties
             if words in {word.lower().removeprefix("the ") for word in naming}
             or any(word.lower() in naming or word in naming for word in words.split() if len(word) >= 4)}
    return next(iter(found)) if len(found) == 1 else ""


def _other_party_at(span: str, party: str, parties: tuple) -> int:
    """Return where a span first names a party other than `party` (with a capital, or as "the company"), or its end."""
    for word in re.finditer(r"[A-Z][\w’'-]{3,}|[Tt]he company|[Tt]he group", span):
        found = _party(word.group(), parties)
        if found and found != party:
            return word.start()
    return len(span)


def _shown(party: str, parties: tuple) -> str:
    """Return a party's id as shown in a finding (its id, as the checks' other findings name parties)."""
    return party
