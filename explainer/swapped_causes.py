"""A cause kept to the one the source names: "The drought cut yields by 12%" may not cite "Yields fell 12% after the
floods".

causes.py refuses a cause where the passages give none, nor any order of things; where they give one ("after the
floods", "because of the floods"), any cause a sentence named was read as backed. A sentence's cause is now read
where it names one: the words after "because of", "due to", "owing to", "as a result of", "caused by", "driven by",
"triggered by", "blamed ... on", "thanks to", to the end of their clause, or the subject of a verb of effect ("The
drought | cut yields", "caused", "led to", "triggered", effect_verbs.py's verbs) or the agent after "by" of one in
the passive ("were cut by 12% by the drought"). It is refused where a cited passage gives the sentence's effect (a
word of it in a sentence with a word of cause or order: "Yields fell 12% | after the floods") and none of the cited
passages holds a word of the cause (by its first five letters: "drought"). "The floods cut yields" and "The drought
cut yields" citing "Yields fell because of the drought" build (tests/test_newuser_76.py, tests/test_factcheck_112.py).
Negated causes and words in quotation marks are not read; English text is.
A judge named as the cause ("Judge Marsh", "the trial judge", "Justice Okoro") is the court's voice: "Judge Marsh cut
the total award" builds of "The court reduced the total award", where a cited passage names "the court" doing a deed
of effect ("the court reduced", not "the court heard") and the passages name the cause's other words; "The jury cut
the award" stays refused (tests/test_factcheck_173.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .effect_verbs import EFFECT_VERB, EFFECT_WORDS
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

# a cause named after its word, to the end of its clause: "because of the drought", "blamed the fall on the drought"
_NAMED = patterns.compile(r"(?<!\w)(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to"
                          r"|(?:caused|driven|triggered|sparked|prompted|fuelled|fueled)\s+(?:mainly\s+|largely\s+)?by"
                          r"|blam(?:e|es|ed|ing)\s+(?:[\w'’%-]+\s+){0,6}?on)\s+(?!\d)", re.IGNORECASE)
# a verb telling its subject the cause: "The drought caused ...", "led to", and effect_verbs.py's "cut", "hit", ...
_CAUSING = patterns.compile(r"(?<!\w)(?:(?:led|leads)\s+to|caused|causes|triggered|sparked|prompted|provoked"
                            r"|(?:resulted|results)\s+in|brought\s+about)(?!\w)", re.IGNORECASE)
# what opens the clause a verb's subject stands in: a stop, or a word joining clauses ("Yields fell after | the
# drought cut supplies")
_CLAUSE_START = patterns.compile(r"[,;:]|(?<!\w)(?:after|because|when|while|as|and|but|which|that|since|before"
                                 r"|following|once|until)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:.!?]|(?<!\w)(?:and|but|while|which|after|before)(?!\w)", re.IGNORECASE)
# a verb of effect that is a noun or passive where it stands: "a 12% cut", "the cut in", "were cut"
_NOT_ACTIVE = patterns.compile(r"(?:(?<!\w)(?:a|an|the|its|their|this|any|no|is|are|was|were|be|been|being|to|will"
                               r"|would|could|may|might|not|n['’]t|\d+%?)|['’]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = patterns.compile(r"\s+(?:is|was|are|were|has|had|will|would|of|in)(?!\w)", re.IGNORECASE)
# a cause told as a question or a possibility: "It is unclear whether heavy use of the app causes poorer sleep"
_HEDGED = patterns.compile(r"(?<!\w)(?:whether|if|unclear|may|might|could|possibly|perhaps|suggests?|appears?)(?!\w)",
                           re.IGNORECASE)
_PASSIVE = patterns.compile(r"(?<!\w)(?:is|are|was|were|been|being)\s+$", re.IGNORECASE)
_AGENT = patterns.compile(r"(?<!\w)by\s+(?=(?:the|its|their|this|that)\s)", re.IGNORECASE)  # not "by 12%", "by a third"
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never)\s+(?:\w+\s+)?$", re.IGNORECASE)
# words with which a passage gives a cause, or what came first, after them ("Yields fell 12% | after | the floods"),
# and before them ("The floods | led to | a fall in yields"): where it names one, the sentence's must be it
_CAUSE_AFTER = patterns.compile(
    r"(?<!\w)(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|amid|after|following|since"
    r"|(?:caused|driven|triggered|sparked|prompted|fuelled|fueled)\s+by|blam(?:e|es|ed|ing)\s+(?:[\w'’%-]+\s+){0,6}?on)"
    r"(?!\w)", re.IGNORECASE)
_CAUSE_BEFORE = patterns.compile(r"(?<!\w)(?:(?:led|leads)\s+to|caused|causes|triggered|sparked|prompted"
                                 r"|(?:resulted|results)\s+in)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "mainly", "largely", "partly", "heavy", "severe", "sharp",
                          "year", "last", "this", "month", "week", "which", "what", "these", "those", "such",
                          "after", "because", "following", "since", "amid", "owing", "thanks", "result", "caused",
                          "driven", "triggered", "sparked", "prompted", "fuelled", "fueled", "blame", "blames",
                          "blamed", "blaming"})
_PREFIX = 5
_HOLDS = EFFECT_WORDS | frozenset({"because", "due", "owing", "result", "thanks", "caused", "driven", "triggered",
                                   "sparked", "prompted", "fuelled", "fueled", "blame", "blames", "blamed", "blaming",
                                   "led", "leads", "causes", "provoked", "resulted", "results", "brought"})


def swapped_causes(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                   parties: tuple[tuple[str, frozenset[str]], ...] | None = None) -> list[Finding]:
    """Return a finding when text names a cause none of its cited passages names, where one of them gives its effect
    after or because of something else; `parties` (id, words), where given, say which judges the briefing names."""
    if not in_english(language) or not passages or not may_hold(text, _HOLDS):
        return []  # most sentences name no cause
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told, effect in _causes(spoken, quoted):
        cause = _stems(told)
        if _named_judge(told):  # "Judge Okoro" is not named by a passage's "Judge Marsh": by the name, not the title
            cause -= _TITLE_STEMS
        if cause and effect and any(_gives_effect(passage.text, effect) for passage in passages) \
                and not any(cause & _passage_stems(passage.text) for passage in passages) \
                and not _judge_of_court_named(told, passages, parties):
            return [Finding(offset, f"this sentence gives as the cause '{' '.join(told.split())}', which its cited "
                                    f"passages do not name: {clipped(text)}",
                            "name the cause the source names, or cite a passage that names this one")]
    return []


# a judge named as the doer: "Judge Marsh", "Judge Eleanor Marsh", "the judge", "U.S. District Judge Marsh", "Justice
# Okoro", "the trial judge"
_JUDGE = patterns.compile(r"(?:(?<!\w)(?:the\s+)?(?:presiding\s+|trial\s+|(?:U\.?S\.?\s+)?District\s+)?"
                          r"(?:[Jj]udge|Justice|[Mm]agistrate)(?:\s+[A-Z][\w'’.-]*){0,3})(?!\w)")
# the court as the doer of a passage's verb of effect: "The court reduced the lost-profits award" ("the court heard"
# gives it no deed)
_COURT_ACTING = patterns.compile(r"(?<!\w)the\s+court\s+(?:(?:also|then|therefore|further|has|had)\s+){0,2}"
                                 rf"(?:{EFFECT_VERB.pattern})", re.IGNORECASE)


# A judge named is the court's voice only where a cited passage or the briefing (its parties' words) names that judge:
# "Judge Okoro cut the award" built of any passage naming "the court" (tests/test_factcheck_179.py). Read by the
# judge's surname, its last capitalised word.
_TITLE_WORDS = frozenset({"judge", "justice", "magistrate", "district", "u.s.", "us", "the", "presiding", "trial"})
_TITLE_STEMS = frozenset(word[:_PREFIX] for word in _TITLE_WORDS)


def _judge_of_court_named(told: str, passages: list[Cited],
                          parties: tuple[tuple[str, frozenset[str]], ...] | None = None) -> bool:
    """Say whether the sentence's cause is a judge (and words the passages name) where a cited passage names "the
    court" doing a deed of effect: a judge of the court is its voice ("Judge Marsh cut the award" of "The court
    reduced the award"); "the jury" is not, nor a judge by a name neither the passages nor the briefing give a judge
    (`parties` None: the passages' judges alone, where they name one)."""
    judge = _JUDGE.search(told)
    if judge is None or not any(_COURT_ACTING.search(passage.text) for passage in passages):
        return False
    if not _judge_known(judge.group(), passages, parties):
        return False
    rest = _stems(told[:judge.start()] + " " + told[judge.end():])
    return all(any(stem in _passage_stems(passage.text) for passage in passages) for stem in rest)


def _judge_known(judge: str, passages: list[Cited],
                 parties: tuple[tuple[str, frozenset[str]], ...] | None) -> bool:
    """Say whether a judge the sentence names ("Judge Okoro") is one the passages or the briefing's parties name: a
    judge named by no name ("the trial judge") is; one by a name the passages do not hold is where the parties' words
    hold it, or, with no parties read, where no passage names another judge by name."""
    names = [word for word in judge.split() if word[:1].isupper() and word.casefold() not in _TITLE_WORDS]
    if not names:
        return True
    surname = names[-1].casefold()
    if any(surname in _words(passage.text) for passage in passages):
        return True
    if parties is not None:
        return any(surname in words for _, words in parties)
    return not any(_named_judge(passage.text) for passage in passages)


def _named_judge(text: str) -> bool:
    """Say whether text names a judge by name ("Judge Marsh", "Justice Eleanor Marsh")."""
    return any(word[:1].isupper() and word.casefold() not in _TITLE_WORDS
               for match in _JUDGE.finditer(text) for word in match.group().split())


@functools.lru_cache(maxsize=1 << 12)
def _words(text: str) -> frozenset[str]:
    """Return text's words, folded."""
    return frozenset(word.casefold() for word in re.findall(r"[^\W\d_]+", text))


def _causes(spoken: str, quoted: list):
    """Yield the words of each cause the sentence names, and the stems of its effect."""
    for named in _NAMED.finditer(spoken):
        if inside(quoted, named.start()) or _NEGATED.search(spoken, max(0, named.start() - 16), named.start()):
            continue
        end = _CLAUSE_END.search(spoken, named.end())
        stop = end.start() if end else len(spoken)
        yield spoken[named.end():stop].strip(), _stems(spoken[:named.start()] + " " + spoken[stop:])
    for verb in (*_CAUSING.finditer(spoken), *EFFECT_VERB.finditer(spoken)):
        if inside(quoted, verb.start()) or _HEDGED.search(spoken, 0, verb.start()):
            continue
        start = max((mark.end() for mark in _CLAUSE_START.finditer(spoken, 0, verb.start())), default=0)
        end = _CLAUSE_END.search(spoken, verb.end())
        after = spoken[verb.end():end.start() if end else len(spoken)]
        if _PASSIVE.search(spoken, max(0, verb.start() - 8), verb.start()):
            agent = _last(_AGENT.finditer(after))  # "were cut by 12% by the drought"
            if agent is not None:
                yield after[agent.end():].strip(), _stems(spoken[start:verb.start()])
        elif not _NOT_ACTIVE.search(spoken, max(0, verb.start() - 12), verb.start()) \
                and not _NOUN_AFTER.match(spoken, verb.end()):  # "This year's cut is the largest": a noun
            yield spoken[start:verb.start()].strip(), _stems(after)


def _last(matches):
    """Return the last of `matches`, or None."""
    found = None
    for found in matches:
        pass
    return found


def _stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's content words (no figures): "drought", "flood" of "floods"."""
    return frozenset(word[:_PREFIX] for word in content_words(text, _NOT_CONTENT) if not word[0].isdigit())


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _effects_given(text: str) -> tuple[frozenset[str], ...]:
    """Return the stems of each effect a passage gives with a cause or what came first named: the words on the
    other side of the word that names it ("Yields fell 12%" of "... after the floods")."""
    found = []
    for sentence in split_sentences(text, "en"):
        said = sentence.text
        for marker in _CAUSE_AFTER.finditer(said):
            if _stems(said[marker.end():]):
                found.append(_stems(said[:marker.end()]))  # "blamed the fall in yields on": the effect inside
        for marker in _CAUSE_BEFORE.finditer(said):
            if _stems(said[:marker.start()]):
                found.append(_stems(said[marker.end():]))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _passage_stems(text: str) -> frozenset[str]:
    """Return the stems of a passage's content words."""
    return _stems(text)


def _gives_effect(text: str, effect: frozenset[str]) -> bool:
    """Say whether a passage's sentence giving a cause or an order holds a word of the sentence's effect."""
    return any(effect & stems for stems in _effects_given(text))
