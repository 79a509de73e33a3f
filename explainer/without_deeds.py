"""A deed done is not told undone: "Northland left the talks without signing the accord" may not cite "Northland
signed the accord before leaving the talks".

"Without signing" denies a deed as plainly as "did not sign", and the negation checks read no "without". A sentence's
"without" before a verb's "-ing" and what it is done to ("without signing the accord") is refused where a cited
passage tells that verb in the past before the same word ("signed the accord", "signed the new accord") and none
tells it undone ("without signing", "did not sign", "refused to sign", "never signed"); and a sentence telling it
done ("signed the accord") is refused where the passages give it only after "without". English text is read; words
in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_WITHOUT = patterns.compile(r"(?<!\w)without\s+(?:first\s+|ever\s+|even\s+)?(?P<verb>[a-z]{2,}ing)\s+"
                            r"(?:(?:the|a|an|its|their|any|his|her)\s+)?(?:[a-z-]+\s+){0,2}?(?P<thing>[a-z]{4,})(?!\w)",
                            re.IGNORECASE)
# a past that is no stem and "-ed": the verbs a "without" most often denies
_IRREGULAR = {"mak": ("made",), "tak": ("took", "taken"), "giv": ("gave", "given"), "pay": ("paid",),
              "meet": ("met",), "leav": ("left",), "break": ("broke", "broken"), "sell": ("sold",), "winn": ("won",),
              "writ": ("wrote", "written"), "seek": ("sought",), "hold": ("held",), "tell": ("told",),
              "say": ("said",), "send": ("sent",), "bring": ("brought",), "find": ("found",)}
_UNDONE = r"(?:without\s+(?:first\s+|ever\s+|even\s+)?{ing}|(?:not|never|n['’]t|refused\s+to|declined\s+to)\s+(?:\w+\s+)?{stem}\w*)"


def _stem(verb: str) -> str:
    """Return an "-ing"'s stem ("signing": "sign"; "stopping": "stopp"; "agreeing": "agree")."""
    return verb.casefold()[:-3]


@functools.lru_cache(maxsize=1 << 10)
def _done(stem: str, thing: str) -> re.Pattern:
    """Return the pattern of the stem's past before the word it is done to, two words between at most."""
    forms = _IRREGULAR.get(stem, ()) + (f"{stem}ed", f"{stem}d") + ((f"{stem[:-1]}ied",) if stem.endswith("y") else ())
    return re.compile(rf"(?<![\w-])(?P<past>{'|'.join(forms)})\s+(?:[\w'’-]+\s+){{0,2}}?{re.escape(thing)}(?!\w)",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 10)
def _undone(stem: str, ing: str) -> re.Pattern:
    """Return the pattern of the deed told undone ("without signing", "did not sign", "refused to sign")."""
    return re.compile(rf"(?<!\w){_UNDONE.format(ing=re.escape(ing), stem=re.escape(stem.rstrip('e')))}(?!\w)",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _denials(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """Return each deed text tells undone after "without": (stem, "-ing", the word it is done to, as written)."""
    if "without" not in text.lower():
        return ()
    return tuple((_stem(m["verb"]), m["verb"].casefold(), m["thing"].casefold(), " ".join(m.group().split()))
                 for m in _WITHOUT.finditer(unquoted(text)))


def _told_done(text: str, stem: str, ing: str, thing: str) -> re.Match | None:
    """Return where text tells the deed done, not negated and not after "without"."""
    for found in _done(stem, thing).finditer(text):
        if not _undone(stem, ing).search(text[max(0, found.start() - 24):found.end()]):
            return found
    return None


def undone_for_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells undone ("without signing the accord") a deed its passages tell done, or done
    a deed they give only after "without"."""
    if not in_english(language):
        return []
    spoken = unquoted(markers_blanked(text))
    for stem, ing, thing, shown in _denials(spoken):
        done = next((found for passage in passages if (found := _told_done(passage.text, stem, ing, thing))), None)
        if done is not None and not any(_undone(stem, ing).search(passage.text) for passage in passages):
            return [_finding(offset, text, shown, " ".join(done.group().split()))]
    for stem, ing, thing, shown in (denial for passage in passages for denial in _denials(passage.text)):
        done = _told_done(spoken, stem, ing, thing)
        if done is not None and not any(_told_done(passage.text, stem, ing, thing) for passage in passages):
            return [_finding(offset, text, " ".join(done.group().split()), shown)]
    return []


def _finding(offset: int, text: str, said: str, theirs: str) -> Finding:
    """Return the finding of a deed told done where the source tells it undone, or the other way round."""
    return Finding(offset, f"this sentence says '{said}' where its cited passages say '{theirs}': {clipped(text)}",
                   "tell whether it was done as the source does, or cite a passage that says so")
