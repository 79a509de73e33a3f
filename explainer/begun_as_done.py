"""A process begun is not a process done: "has withdrawn" may not cite "has begun withdrawing".

"Northland has withdrawn its troops" citing "Northland has begun withdrawing its troops" (or "started to withdraw",
"is withdrawing", "is in the process of withdrawing", "continues to withdraw") tells as finished what the source
gives as under way. The verbs read are those of a process with an end (`_VERBS`: withdraw, pull out, evacuate, repay,
build, dismantle, disarm, hand over, release, ...): "Northland shelled the town" citing "began shelling the town" is
no end told. A sentence's past or perfect form of such a verb ("withdrew", "has withdrawn") is refused where a
passage's sentence sharing two of its words of four letters or more (all of a shorter sentence's) gives the same verb
only as begun, and no cited passage gives the verb done. Negated, possible or future forms ("has not withdrawn",
"will have withdrawn"), words in quotation marks and a sentence that tells the process as begun itself are not read.
English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

# Verbs of a process with an end: (base, its "-ing" form, its past forms split by "|"), a particle after the verb.
_VERBS = (
    ("withdraw", "withdrawing", "withdrew|withdrawn"), ("pull out", "pulling out", "pulled out"),
    ("evacuate", "evacuating", "evacuated"), ("repay", "repaying", "repaid"), ("pay off", "paying off", "paid off"),
    ("build", "building", "built"), ("rebuild", "rebuilding", "rebuilt"), ("dismantle", "dismantling", "dismantled"),
    ("demolish", "demolishing", "demolished"), ("disarm", "disarming", "disarmed"),
    ("demobilise", "demobilising", "demobilised"), ("demobilize", "demobilizing", "demobilized"),
    ("hand over", "handing over", "handed over"), ("transfer", "transferring", "transferred"),
    ("release", "releasing", "released"), ("free", "freeing", "freed"), ("evict", "evicting", "evicted"),
    ("remove", "removing", "removed"), ("relocate", "relocating", "relocated"), ("resettle", "resettling", "resettled"),
    ("deport", "deporting", "deported"), ("disband", "disbanding", "disbanded"),
    ("decommission", "decommissioning", "decommissioned"), ("destroy", "destroying", "destroyed"),
    ("implement", "implementing", "implemented"), ("complete", "completing", "completed"),
    ("restore", "restoring", "restored"), ("repair", "repairing", "repaired"), ("reopen", "reopening", "reopened"),
    ("vacate", "vacating", "vacated"), ("clear", "clearing", "cleared"), ("phase out", "phasing out", "phased out"),
    ("sell off", "selling off", "sold off"), ("privatise", "privatising", "privatised"),
    ("privatize", "privatizing", "privatized"), ("reconstruct", "reconstructing", "reconstructed"),
    ("dissolve", "dissolving", "dissolved"), ("merge", "merging", "merged"), ("return", "returning", "returned"),
)
_BEGUN = r"(?:begun|began|begin|begins|beginning|started|start|starts|starting|continues|continued|continuing)"
_UNDER_WAY = r"(?:is|are|was|were|been|be|being)\s+(?:still\s+|now\s+|already\s+|gradually\s+|slowly\s+)?"
_IN_PROCESS = r"in\s+the\s+(?:process|middle|midst)\s+of"


def _spaced(words: str) -> str:
    """Return words as a pattern, a space read as any run of spaces."""
    return re.escape(words).replace(r"\ ", r"\s+")


def _under_way(base: str, going: str) -> re.Pattern:
    """Return the pattern of a verb given as begun or under way: "begun withdrawing", "is withdrawing"."""
    return patterns.compile(rf"(?<![\w-])(?:{_BEGUN}\s+(?:to\s+{_spaced(base)}|{_spaced(going)})"
                            rf"|{_UNDER_WAY}{_spaced(going)}|{_IN_PROCESS}\s+{_spaced(going)})(?![\w-])", re.IGNORECASE)


def _done(past: str) -> re.Pattern:
    """Return the pattern of a verb's past forms ("withdrew|withdrawn")."""
    return patterns.compile(rf"(?<![\w-])(?:{'|'.join(_spaced(form) for form in past.split('|'))})(?![\w-])",
                            re.IGNORECASE)


_TABLE = tuple((base, _under_way(base, going), _done(past)) for base, going, past in _VERBS)
# Each past form's first word: the verbs a sentence may tell done, found from its words before any pattern runs
_BY_PAST_WORD: dict[str, tuple[int, ...]] = {}
for _index, (_, _, _past) in enumerate(_VERBS):
    for _form in _past.split("|"):
        _BY_PAST_WORD[_form.split()[0]] = _BY_PAST_WORD.get(_form.split()[0], ()) + (_index,)
_PAST_WORDS = frozenset(_BY_PAST_WORD)
_WORD = patterns.compile(r"[A-Za-z]+")
# "will have withdrawn", "has not withdrawn", "if it withdrew", "to have withdrawn": not told as done
_NOT_DONE_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|yet|if|unless|whether|could|may|might|would"
                                    r"|should|will|shall|must|to|once|until|before|after)(?:\W+\w+){0,1}\W*$",
                                    re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "begun", "began", "begin", "begins", "beginning", "started",
                          "start", "starts", "starting", "process", "middle", "midst", "still", "gradually",
                          "slowly", "already", "continues", "continued", "continuing"})


def begun_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done a process a passage restating it gives only as begun."""
    if not in_english(language) or not may_hold(text, _PAST_WORDS):
        return []  # most sentences tell no such process done
    spoken = markers_blanked(text)
    quoted = None
    held = sorted({index for word in _WORD.findall(spoken) for index in _BY_PAST_WORD.get(word.lower(), ())})
    for index in held:
        if not any(_begun(passage.text, index) for passage in passages):
            continue  # no passage gives it begun: most sentences' "rebuilt" or "released" end here
        _, under_way, done = _TABLE[index]
        quoted = quoted_parts(spoken) if quoted is None else quoted
        told = next((match for match in done.finditer(spoken) if not inside(quoted, match.start())
                     and not _NOT_DONE_BEFORE.search(spoken, max(0, match.start() - 24), match.start())), None)
        if told is None or under_way.search(spoken):
            continue
        if any(_told_done(passage.text, index) for passage in passages):
            continue  # a passage tells it done itself
        words = content_words(spoken, _NOT_CONTENT | _forms_of(index))
        for passage in passages:
            for shown, theirs in _begun(passage.text, index):
                if words and len(words & theirs) >= min(2, len(words)):
                    return [Finding(offset, f"this sentence tells as done ('{' '.join(told.group().split())}') what "
                                            f"its cited passages give as under way ('{shown}'): {clipped(text)}",
                                    f"keep it under way as the source does ('{shown}'), or cite a passage that says "
                                    "it is done")]
    return []


@functools.lru_cache(maxsize=64)
def _forms_of(index: int) -> frozenset[str]:
    """Return the words of a verb's forms, folded: not words of what it is done to."""
    base, going, past = _VERBS[index]
    return frozenset(f"{base} {going} {past}".replace("|", " ").casefold().split())


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _told_done(text: str, index: int) -> bool:
    """Say whether a passage gives the verb of that index done: a past form not negated."""
    _, _, done = _TABLE[index]
    return any(not _NOT_DONE_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in done.finditer(text))


@functools.lru_cache(maxsize=1 << 12)
def _begun(text: str, index: int) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each place a passage gives the verb of that index as begun or under way, as written, with its sentence's
    content words."""
    _, under_way, _ = _TABLE[index]
    if not under_way.search(text):
        return ()
    return tuple((" ".join(match.group().split()), content_words(sentence.text, _NOT_CONTENT | _forms_of(index)))
                 for sentence in split_sentences(text, "en") for match in under_way.finditer(sentence.text)
                 if not _NOT_DONE_BEFORE.search(sentence.text, max(0, match.start() - 24), match.start()))
