"""A request a court or body declined is not what it asked for: "The judge froze rents until the trial" (or "ordered
a rent freeze") may not cite "She declined the association's request to freeze rents until the trial".

denied_remedies.py reads a request *for* a named remedy ("denied the motion for an injunction"), and unbacked_deeds.py
finds the deed's own verb ("freeze") in the passage, so a request *to* do something, declined, told as done built
(tests/test_newuser142.py). A passage declines one by "declined", "refused", "rejected", "denied", "dismissed",
"turned down" or "threw out" a request, application, bid, call, demand, motion or plea (a few words of whose before
it: "the association's") to do a verb. A sentence tells that verb done in a form of its own ("froze", "has frozen",
"suspended", "suspends"), not after "to", "not", "if", "would", "asked" and the like, or as a noun given ("ordered a
rent freeze", "imposed a freeze"). It is refused where it holds a word of what the request was about (four letters
alike: "rents", "rent") and no cited passage tells the verb done outside such a refusal. English text is read; words
in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_DECLINED = patterns.compile(
    r"(?<![\w-])(?:declined|declines|refused|refuses|rejected|rejects|denied|denies|dismissed|dismisses"
    r"|turned\s+down|turns\s+down|threw\s+out|throws\s+out)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:request|application|bid|call|demand|motion|plea|appeal)s?\s+(?:for\s+(?:it|them|the\s+court)\s+)?to\s+"
    r"(?P<verb>[a-z]{3,})(?P<about>(?:\s+[\w'’-]+){0,4})", re.IGNORECASE)
# Verbs whose done forms are not the verb and "-ed"
_IRREGULAR = {"freeze": ("froze", "frozen"), "hold": ("held",), "set": ("set",), "cut": ("cut",), "pay": ("paid",),
              "shut": ("shut",), "stop": ("stopped",), "ban": ("banned",), "bar": ("barred",), "halt": ("halted",),
              "give": ("gave", "given"), "sell": ("sold",), "rebuild": ("rebuilt",), "withdraw": ("withdrew",
              "withdrawn"), "put": ("put",), "lay": ("laid",), "let": ("let",), "undo": ("undid", "undone")}
# What keeps a verb undone a few words before it: asked for, refused, negated, to come or supposed
_NOT_DONE = patterns.compile(
    r"(?<![\w-])(?:to|not|never|n['’]t|no|if|unless|would|could|might|may|will|shall|should|can|whether|refused"
    r"|refuses|declined|declines|rejected|asked|asks|sought|seeks|wanted|wants|hoped|urged|request\w*|application"
    r"|bid|calls?|called|demand\w*|plans?|planned|proposed|offered|offers|threatened)(?:\s+[\w'’-]+){0,2}\s+$",
    re.IGNORECASE)
_GIVEN_BEFORE = r"(?:ordered|imposed|granted|introduced|approved|issued)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
_WORD = patterns.compile(r"[A-Za-z]+")
_REACH = 40  # characters before a done form that _NOT_DONE reads


def declined_request_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells done a deed that its cited passages give only as asked for and declined."""
    if not in_english(language) or not any(
            word in passage.text for passage in passages for word in ("eclin", "efus", "eject", "enie", "ismiss",
                                                                      "down", "threw", "throws")):
        return []  # most passages decline nothing: found by str searches first
    declined = [found for passage in passages for found in _DECLINED.finditer(passage.text)]
    if not declined:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    said = {word.lower()[:4] for word in _WORD.findall(spoken) if len(word) >= 4}
    for found in declined:
        verb = found["verb"].lower()
        if verb == "dismiss":
            continue  # a motion to dismiss is court_steps.py's, named once there
        about = {word.lower()[:4] for word in _WORD.findall(found["about"]) if len(word) >= 4}
        if about and about.isdisjoint(said):
            continue  # the sentence tells of something else
        told = _told_done(spoken, verb, quoted)
        if told and not any(_told_done(_DECLINED.sub(_blanked, passage.text), verb, ()) for passage in passages):
            return [Finding(offset, f"this sentence tells as done ('{told}') what its cited passages give only as a "
                                    f"request declined ('{' '.join(found.group().split())}'): {clipped(text)}",
                            "keep the request declined, as the source does, or cite a passage that tells it done")]
    return []


def _told_done(text: str, verb: str, quoted) -> str:
    """Return the words telling `verb` done in text (a form of its own, or its noun given), or ""."""
    forms = _forms(verb)
    done = patterns.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])|(?<![\w-]){_GIVEN_BEFORE}{verb}s?(?![\w-])",
                            re.IGNORECASE)
    for match in done.finditer(text):
        if inside(quoted, match.start()) or _NOT_DONE.search(text[max(0, match.start() - _REACH):match.start()]):
            continue
        return " ".join(match.group().split())
    return ""


def _forms(verb: str) -> tuple[str, ...]:
    """Return a verb's forms that tell it done or doing now: "froze", "frozen", "freezes"; "suspended", "suspends"."""
    past = (verb + "d",) if verb.endswith("e") else (verb[:-1] + "ied",) if verb.endswith("y") and verb[-2] not in \
        "aeiou" else (verb + "ed", verb + verb[-1] + "ed")
    present = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return tuple(dict.fromkeys(_IRREGULAR.get(verb, ()) + past + (present,)))


def _blanked(match: re.Match) -> str:
    """Return spaces as long as the match: a refusal's own verb tells nothing done."""
    return " " * len(match.group())
