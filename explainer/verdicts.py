"""Verdicts and pleas kept: a split verdict not told whole, a mistrial not told as a verdict, a plea of not guilty not
told as an admission, a dismissal without prejudice not told as final.

"Okafor was acquitted" (or "convicted", "cleared", "acquitted on all charges") citing "Okafor was acquitted of fraud but
convicted of perjury" tells the half of a split verdict as the whole; "acquitted of perjury" citing it gives a charge
the other verdict. "Okafor was acquitted" (or "convicted", "found not guilty") citing "the judge declared a mistrial
after the jury failed to reach a verdict" (a hung jury, a deadlock) gives a verdict no one reached. "Okafor admitted
fraud" (or "confessed", "pleaded guilty") citing "Okafor pleaded not guilty to fraud" (or "denied", "maintains his
innocence") tells a denial as an admission. "The judge threw out the charges for good" (or "permanently", "with
prejudice", "once and for all") citing "dismissed the case without prejudice" closes a case the source leaves open to
be brought again. Each is refused where no cited passage gives the sentence's own (a whole verdict, a verdict beside
the mistrial, an admission, a final dismissal); a plea or dismissal only where the passage's sentence shares a word of
four letters or more with the sentence. Negated, conditional and quoted words are not read ("if convicted", "was not
acquitted"). English text is read; a verdict turned ("convicted" for "acquitted") is outcomes.py's.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of
from .wordset import may_contain, may_hold

_ACQUIT = (r"acquit(?:ted|s)?|cleared(?!\s+(?:the\s+way|for|to|up)(?!\w))|exonerated"
           r"|found\s+(?:\w+\s+){0,3}?not\s+guilty"
           # "found Okafor guilty of perjury and not guilty of fraud"; not a plea's
           r"|(?<!pleaded\s)(?<!pled\s)(?<!pleads\s)(?<!plead\s)not\s+guilty(?=\s+(?:of|on)\s)")
# "the convicted former minister" names no verdict of a charge
_CONVICT = r"(?<!the\s)(?<!a\s)(?<!an\s)convict(?:ed|s)?(?!\w)|found\s+(?:(?!not(?!\w))\w+\s+){0,3}?guilty"
_VERDICT = patterns.compile(rf"(?<![\w-])(?:(?P<acquitted>{_ACQUIT})|(?P<convicted>{_CONVICT}))(?![\w-])",
                            re.IGNORECASE)
# a trial ended without a verdict; "deadlocked" only of a jury ("talks deadlocked" is none)
_MISTRIAL = patterns.compile(r"(?<![\w-])(?:mistrial|hung\s+jury|(?:jury|jurors)\s+(?:\w+\s+){0,3}?deadlocked"
                             r"|deadlocked\s+jury|(?:failed|unable|could\s+not|couldn['’]t|did\s+not|didn['’]t)\s+"
                             r"(?:to\s+)?reach\s+(?:a\s+|any\s+)?verdict)(?![\w-])", re.IGNORECASE)
# "admitted" of guilt, not "admitted to hospital" nor "admitted into evidence"
_ADMITTED = patterns.compile(r"(?<![\w-])(?:admit(?:ted|s)?(?!\s+(?:\w+\s+){0,3}?(?:into|as|to)\s+(?:the\s+)?"
                             r"(?:evidence|hospital|record|bar|membership))|confess(?:ed|es)?"
                             r"|(?:pleaded|pled|pleads|plead)\s+guilty|guilty\s+pleas?|owned\s+up)(?![\w-])",
                             re.IGNORECASE)
# a denial of guilt, not a court's "denied bail"
_DENIED = patterns.compile(r"(?<![\w-])(?:(?:pleaded|pled|pleads|plead|entered\s+(?:a\s+)?pleas?\s+of)\s+not\s+guilty"
                           r"|not[\s-]guilty\s+pleas?|den(?:ied|ies|y|ying)(?!\s+(?:\w+\s+){0,2}?(?:bail|requests?"
                           r"|motions?|applications?|permission|access|entry|visas?|appeals?|petitions?))"
                           r"|(?:maintain|protest|insist)(?:s|ed|ing)?\s+(?:on\s+)?(?:his|her|their)\s+innocence)"
                           r"(?![\w-])", re.IGNORECASE)
_FINAL = patterns.compile(r"(?<![\w-])(?:(?<!without\s)with\s+prejudice"
                          r"|for\s+good(?!\s+(?:reason|measure|cause|behaviou?r))|permanently|once\s+and\s+for\s+all"
                          r"|for\s*ever|definitively|(?:cannot|can['’]t|can\s+no\s+longer|may\s+not)\s+(?:be\s+)?"
                          r"(?:re-?fil|re-?charg|re-?tri|brought\s+again|bring\s+(?:\w+\s+){0,2}?again)\w*)(?![\w-])",
                          re.IGNORECASE)
_OPEN = patterns.compile(r"(?<![\w-])without\s+prejudice(?![\w-])", re.IGNORECASE)
# A verdict, plea or dismissal negated, or only possible or conditional: not told ("if convicted", "was not acquitted")
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|if|unless|whether|could|may|might|would|should"
                                   r"|can|will|to\s+be|before|until|pending|risk)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
# A charge after a verdict ("of fraud", "on two counts of perjury"), not all of them ("of all charges", "on all counts")
_CHARGE = patterns.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:of|on)\s+(?!(?:all|every|appeal|monday|tuesday|wednesday"
                           r"|thursday|friday|saturday|sunday|\d+)(?!\w))(?P<charge>[^.;,:!?]*)", re.IGNORECASE)
_CHARGE_END = patterns.compile(r"(?<!\w)(?:but|while|whereas|although|and\s+(?:was|were|is|found|not)|after|before"
                               r"|in\s+\d{4})(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[.;:!?]|,?\s(?:but|while|whereas|although|and)\s", re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][\w'’-]{2,}")
_NOT_NAMES = frozenset({"the", "his", "her", "their", "its", "but", "and", "jurors", "judge", "prosecutors", "police",
                        "court", "jury", "she", "they", "both", "all"})
# A dismissal's words: "for good" of a case or charges, not "closed its plant permanently"
_DISMISSAL = patterns.compile(r"(?<![\w-])(?:dismiss\w*|thr(?:ew|own|ows?)\s+out|tossed|dropped|quashed|struck\s+down"
                              r"|cases?|charges?|lawsuits?|suits?|indictments?|prosecut\w*|re-?fil\w*|re-?tri\w*"
                              r"|brought|bring)(?![\w-])", re.IGNORECASE)
_HOLDS = frozenset({"acquitted", "acquit", "acquits", "cleared", "exonerated", "guilty", "convicted", "convict",
                    "convicts", "admitted", "admit", "admits", "confessed", "confess", "confesses", "owned", "good",
                    "permanently", "prejudice", "all", "forever", "ever", "definitively", "cannot", "can", "may"})
# _HOLDS as fragments, for text beyond ASCII (an English sentence with a curly apostrophe): a search of a lowercase copy
# costs two microseconds where the patterns cost 30
_FRAGMENTS = ("acquit", "clear", "exonerat", "guilty", "convict", "admit", "confess", "owned up", "prejudice",
              "for good", "permanent", "for all", "forever", "for ever", "definitive", "cannot", "can't", "can’t",
              "can no", "may not")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "acquitted", "convicted", "cleared", "found", "guilty",
                          "pleaded", "admitted", "confessed", "denied", "denies", "prejudice", "without", "good",
                          "permanently", "charges", "charge", "case", "count", "counts"})


class Verdict(NamedTuple):
    """A verdict a text gives: which ('acquitted' or 'convicted'), its words as written, the charge's words, the names
    its clause gives before it (whose verdict: "but his co-defendant Lund was convicted")."""

    kind: str
    shown: str
    charge: frozenset[str]
    names: frozenset[str]


def misstated_verdicts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a split verdict whole or a charge's verdict turned, or a mistrial as a
    verdict, or a dismissal without prejudice as final."""
    if not in_english(language) or not passages or not _may_tell(text):
        return []  # most sentences tell no verdict: found without a pattern
    spoken = markers_blanked(text)
    found = _split_as_whole(spoken, passages) or _mistrial_as_verdict(spoken, passages) or _made_final(spoken, passages)
    if found is None:
        return []
    message, hint = found
    return [Finding(offset, f"{message}: {clipped(text)}", hint)]


def denial_as_admission(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as admitted what a passage sharing a word with it gives as denied (a plea of
    not guilty), and no passage gives as admitted."""
    if not in_english(language) or not passages or not _may_tell(text):
        return []
    spoken = markers_blanked(text)
    own = _told(spoken, _ADMITTED)
    if own is None or any(_told(passage.text, _ADMITTED) for passage in passages):
        return []
    words = content_words(spoken, _NOT_CONTENT, names_of_three=True)
    for passage in passages:
        denied = _told(passage.text, _DENIED)
        if denied and words & content_words(sentence_of(passage.text, denied.start()), _NOT_CONTENT,
                                            names_of_three=True):
            return [Finding(offset, f"this sentence tells as admitted ('{_shown(own)}') what its cited passages give "
                                    f"as denied ('{_shown(denied)}'): {clipped(text)}",
                            f"keep the plea as the source gives it ('{_shown(denied)}'), or cite a passage in which "
                            "it is admitted")]
    return []


def _may_tell(text: str) -> bool:
    """Say whether text may tell a verdict, a plea or a dismissal: False only where it surely tells none."""
    return may_hold(text, _HOLDS) and (text.isascii() or may_contain(text, _FRAGMENTS))


def _split_as_whole(text: str, passages: list[Cited]) -> tuple[str, str] | None:
    """Return what to say where text tells one verdict whole, or a charge the other verdict, of passages that give a
    split verdict."""
    theirs = [verdict for passage in passages for verdict in _verdicts(passage.text)]
    kinds = {verdict.kind for verdict in theirs}
    if len(kinds) < 2:
        return None
    words = content_words(text, _NOT_CONTENT, names_of_three=True)
    for own in _verdicts(text):
        same = [verdict for verdict in theirs if verdict.kind == own.kind]
        other = [verdict for verdict in theirs if verdict.kind != own.kind and verdict.names <= words]
        if not same or not other:
            continue  # the other verdict is another defendant's
        if not own.charge:
            if any(not verdict.charge for verdict in same):
                continue  # a passage tells this verdict whole itself
            return (f"this sentence tells a split verdict as whole ('{own.shown}') where its cited passages give "
                    f"both ('{same[0].shown}' and '{other[0].shown}')",
                    "say what the source gives each verdict for (acquitted of one charge, convicted of another), "
                    "or cite a passage that gives the verdict on every charge")
        turned = next((verdict for verdict in other if verdict.charge & own.charge), None)
        if turned is not None and not any(verdict.charge & own.charge for verdict in same):
            return (f"this sentence says '{own.shown}' where its cited passages say '{turned.shown}'",
                    "keep each charge with the verdict the source gives it")
    return None


def _mistrial_as_verdict(text: str, passages: list[Cited]) -> tuple[str, str] | None:
    """Return what to say where text gives a verdict that passages giving a mistrial and no verdict do not."""
    own = _verdicts(text)
    if not own or any(_verdicts(passage.text) for passage in passages):
        return None
    mistrial = next((found for passage in passages for found in [_told(passage.text, _MISTRIAL)] if found), None)
    if mistrial is None:
        return None
    return (f"this sentence gives a verdict ('{own[0].shown}') where its cited passages give a mistrial "
            f"('{_shown(mistrial)}') and no verdict",
            "a mistrial decides nothing: say the trial ended without a verdict, or cite a passage that gives one")


def _made_final(text: str, passages: list[Cited]) -> tuple[str, str] | None:
    """Return what to say where text tells as final a dismissal a passage sharing a word with it gives without
    prejudice, and none gives as final."""
    own = _told(text, _FINAL)
    if own is None or not _DISMISSAL.search(text) or any(_told(passage.text, _FINAL) for passage in passages):
        return None
    words = content_words(text, _NOT_CONTENT, names_of_three=True)
    for passage in passages:
        kept = _told(passage.text, _OPEN)
        if kept and words & content_words(sentence_of(passage.text, kept.start()), _NOT_CONTENT, names_of_three=True):
            return (f"this sentence tells as final ('{_shown(own)}') a dismissal its cited passages give "
                    f"'{_shown(kept)}'",
                    "a dismissal without prejudice lets the case be brought again: keep 'without prejudice', or cite "
                    "a passage that says it is final")
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _verdicts(text: str) -> tuple[Verdict, ...]:
    """Return the verdicts text gives, outside quotation marks and not negated or conditional, each with its
    charge's content words (none where it names no charge, or all of them)."""
    if not may_hold(text, _HOLDS):
        return ()
    quoted = None
    found = []
    for match in _VERDICT.finditer(text):
        quoted = quoted_parts(text) if quoted is None else quoted
        if inside(quoted, match.start()) or _NEGATED_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue
        charge = _CHARGE.match(text, match.end())
        named = _CHARGE_END.split(charge.group("charge"))[0].rstrip() if charge else ""
        words = content_words(named, _NOT_CONTENT)
        shown = text[match.start():charge.start("charge")] + named if words else match.group()
        start = max((clause.end() for clause in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
        names = frozenset(name.casefold() for name in _NAME.findall(text, start, match.start())) - _NOT_NAMES
        found.append(Verdict("acquitted" if match.group("acquitted") else "convicted", " ".join(shown.split()), words,
                             names))
    return tuple(found)


def _told(text: str, pattern: re.Pattern) -> re.Match | None:
    """Return the first match of `pattern` in text outside quotation marks and not negated or conditional."""
    quoted = None
    for match in pattern.finditer(text):
        quoted = quoted_parts(text) if quoted is None else quoted
        if not inside(quoted, match.start()) and not _NEGATED_BEFORE.search(text, max(0, match.start() - 24),
                                                                             match.start()):
            return match
    return None


def _shown(match: re.Match) -> str:
    """Return a match's words as written, on one line."""
    return " ".join(match.group().split())
