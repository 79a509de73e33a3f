"""A cause kept to the source: "Asif declared an all-out war because of the drone strikes" may not cite passages that
give no cause at all ("airstrikes ..., soon after which ... Asif ... declared").

A sentence gives a cause by "because", "due to", "owing to", "as a result of", "in retaliation for", "in response
to", or "caused", "prompted", "triggered" or "sparked" by. It is refused where none of its cited passages gives a
cause or a reason in any words (those, "led to", "result", "reason", "why", "so", "blamed", "retaliat...",
"respon...", "over", "thanks to", "reflects", "stems from", ...), nor by a verb of effect whose subject is that
cause ("Yields fell because of the drought" citing "The drought cut yields by a third", effect_verbs.py): one thing
after another ("soon after which") is an order, not a cause.
A sentence may also give a cause by its verb: "the strike led to higher prices" ("caused", "resulted in",
"triggered", "sparked", "prompted", "provoked", "brought about", "gave rise to"). Such a verb often restates a cause
in other words ("the blast caused damage" for "the blast damaged the building"), so it is refused only where a
passage tells the two things in an order, a word of each on either side of "after" ("Prices rose after the strike",
"following", "since", "then"), and none gives a cause in any words; a bare "protests" or a span of time ("over the
year") is no cause there.
A cause between two things a passage only links ("linked to", "associated with") is refused where no passage gives a
cause (links_as_causes.py). A negated cause ("not because") is no claim; words in quotation marks are not read.
English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .effect_verbs import gives_by_verb
from .links_as_causes import link_only
from .sentences import inside, markers_blanked
from .wordset import may_hold

# "due to" before a verb schedules ("the ministers are due to meet on 3 March"): no cause
_SCHEDULED_VERBS = ("be|meet|begin|start|resume|end|arrive|leave|return|visit|travel|vote|hold|sign|open|close|expire"
                    "|take|appear|testify|report|announce|publish|deliver|rule|decide|hear|launch|complete|finish"
                    "|retire|step|come|go|make|give|receive|release|face|land|present|submit|enter|speak|address"
                    "|reopen|restart"
                    "|attend|host|join|pay|debate|consider|review|issue|run|last|remain|apply|lapse|stand|sit|convene"
                    "|conclude|continue|rise|fall|reach|become"
                    # "the remaining 111 are due to have monitors fitted by June" (tests/test_newuser_98.py)
                    "|have|get|fit|install|replace")
_CAUSE = patterns.compile(r"(?<!\w)(?:because|due\s+to(?!\s+(?:" + _SCHEDULED_VERBS + r")(?!\w))|owing\s+to"
                          r"|as\s+a\s+result\s+of|in\s+retaliation\s+(?:for|against)|in\s+response\s+to|(?:caused|prompted|triggered|sparked)\s+by)(?!\w)", re.IGNORECASE)
# A cause given as what an effect reflects or stems from: "the fall ... reflects weaker demand from carmakers" backs
# "fell because carmakers bought less" (refused as no cause given: tests/test_newuser143.py); not "reflected on"
_REFLECTS = (r"reflect(?:s|ed|ing)?(?!\s+on(?!\w))|stem(?:s|med|ming)?\s+from"
             r"|attribut(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,6}?to")
# Any words with which a passage gives a cause or a reason: what backs a sentence's cause, whichever it names
_ANY_CAUSE = patterns.compile(
    r"(?<!\w)(?:because|due|owing|result\w*|retaliat\w*|respon\w+|caus\w+|prompt\w*|trigger\w*|spark\w*|led\s+to"
    r"|lead\w*\s+to|reasons?|why|so|therefore|thus|hence|blam\w+|over|amid|thanks\s+to|fuel\w*|driven|drove"
    r"|forced|motivat\w+|provok\w+|protest\w*|" + _REFLECTS + r")(?!\w)", re.IGNORECASE)
# A cause told by the verb: "led to" not after "was" ("was led to the cell"), "resulted in", "gave rise to"
_CAUSE_VERB = patterns.compile(r"(?<!\w)(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?:(?:led|leads?|leading)\s+to"
                               r"|(?:caused|causes|causing|triggered|triggers|sparked|sparks|prompted|prompts|provoked"
                               r"|provokes)(?!\s+by)|(?:resulted|results?|resulting)\s+in|(?:brought|brings?)\s+about"
                               r"|(?:gave|gives?|given)\s+rise\s+to)(?!\w)", re.IGNORECASE)
# The words that back a cause told by the verb: _ANY_CAUSE's, less a bare "protests" and "over" a span of time
_VERB_BACKED = patterns.compile(
    r"(?<!\w)(?:because|due|owing|result\w*|retaliat\w*|respon\w+|caus\w+|prompt\w*|trigger\w*|spark\w*|led\s+to"
    r"|lead\w*\s+to|reasons?|why|so|therefore|thus|hence|blam\w+|amid|thanks\s+to|fuel\w*|driven|drove"
    r"|forced|motivat\w+|provok\w+|in\s+protest|" + _REFLECTS
    + r"|over(?!\s+(?:the\s+|a\s+|an\s+)?(?:past|last|next|coming|following"
    r"|weekend|years?|weeks?|months?|days?|nights?|hours?|period|course|decades?|summer|winter|spring|autumn"
    r"|\d|two|three|four|five|several|many|time)(?!\w)))(?!\w)", re.IGNORECASE)
# Words that tell one thing after another: what a cause told by the verb turns into a cause
_ORDER = patterns.compile(r"(?<!\w)(?:after|afterwards|following|since|before|then|later|subsequently|soon)(?!\w)",
                          re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "after", "before", "then", "later", "since", "following"})
_CLAUSE_END = patterns.compile(r"[,;:]|\.(?:\s|$)")  # where a cause told after "because of" ends
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never)\s+(?:\w+\s+)?$", re.IGNORECASE)


def invented_causes(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a cause and none of its cited passages gives any."""
    if not in_english(language) or not _holds_cause(text):
        return []  # most sentences give no cause: found without reading their passages
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    cause = _own(_CAUSE, spoken, quoted)
    if (cause is not None and passages and not any(_ANY_CAUSE.search(passage.text) for passage in passages)
            and not _given_by_verb(spoken, cause, passages)):
        return [_finding(offset, cause, text, "give none")]
    verb = _own(_CAUSE_VERB, spoken, quoted) if cause is None else None
    link = link_only(spoken, cause or verb, passages) if (cause or verb) is not None and passages else None
    if link is not None:
        return [_finding(offset, cause or verb, text, f"give only a link ('{link}')", "a link is no cause")]
    if (verb is None or not passages or any(_VERB_BACKED.search(passage.text) for passage in passages)
            or not any(_told_in_order(passage.text, spoken[:verb.start()], spoken[verb.end():])
                       for passage in passages)):
        return []
    return [_finding(offset, verb, text, "give only one thing after another")]


def _given_by_verb(spoken: str, cause: re.Match, passages: list[Cited]) -> bool:
    """Say whether a passage gives the sentence's cause (its words after "because of", to the end of their clause)
    as the subject of a verb of effect whose object is a word of the rest ("The drought cut yields")."""
    clause = _CLAUSE_END.search(spoken, cause.end())
    end = clause.start() if clause else len(spoken)
    causes = content_words(spoken[cause.end():end], _NOT_CONTENT)
    effects = content_words(spoken[:cause.start()] + " " + spoken[end:], _NOT_CONTENT)
    return bool(causes) and any(gives_by_verb(passage.text, causes, effects, _NOT_CONTENT) for passage in passages)


def _told_in_order(passage: str, cause: str, effect: str) -> bool:
    """Say whether a passage tells the sentence's cause and effect one after the other: a word of order ("after",
    "then") with a word of the one on one side and of the other on the other ("Prices rose | after the strike")."""
    causes, effects = content_words(cause, _NOT_CONTENT), content_words(effect, _NOT_CONTENT)
    for order in _ORDER.finditer(passage):
        start = max(passage.rfind(stop, 0, order.start()) for stop in ".;!?") + 1
        ends = [end for end in (passage.find(stop, order.end()) for stop in ".;!?") if end >= 0]
        before = content_words(passage[start:order.start()], _NOT_CONTENT)
        after = content_words(passage[order.end():min(ends, default=len(passage))], _NOT_CONTENT)
        if (before & effects and after & causes) or (before & causes and after & effects):
            return True
    return False


def _own(pattern, spoken: str, quoted: list[tuple[int, int]]) -> re.Match | None:
    """Return the first cause of `pattern` in the sentence's own words, not negated, or None."""
    return next((match for match in pattern.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED.search(spoken, max(0, match.start() - 16), match.start())), None)


def _finding(offset: int, cause: re.Match, text: str, given: str,
             why: str = "one thing after another is no cause") -> Finding:
    """Return the finding of a cause its passages do not give."""
    return Finding(offset, f"this sentence gives a cause ('{' '.join(cause.group().split())}') where its cited "
                           f"passages {given}: {clipped(text)}",
                   f"say only what the source says ({why}), or cite a passage that gives the cause")


_HOLDS = frozenset({"because", "due", "owing", "result", "retaliation", "response", "caused", "prompted", "triggered",
                    "sparked", "led", "lead", "leads", "leading", "causes", "causing", "triggers", "sparks", "prompts",
                    "provoked", "provokes", "resulted", "results", "resulting", "about", "rise"})


def _holds_cause(text: str) -> bool:
    """Say whether text may give a cause: False only where its words surely hold none of those a cause starts with."""
    return may_hold(text, _HOLDS)
