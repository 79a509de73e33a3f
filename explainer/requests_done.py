"""A request is not what it asks for: "A recount was held" may not cite "National requested a recount".

A passage that gives an event only as asked for ("requested a recount", "called for an inquiry", "sought a review",
"a recount was requested", "a request for an audit") has not told it happened. A sentence telling that event as
held ("was held", "was conducted", "was carried out", "took place", "held a recount"), as going on ("the recount is
under way", "is being held"), as granted ("agreed to a recount", "ordered an inquiry", "was approved") or as having
found something ("a recount confirmed the result", "the inquiry found") is refused where no cited passage gives it held, done or
decided ("held", "conducted", "ordered", "granted", "agreed to", "completed", "found", "showed"). The events read are
those a request is made for: a recount, an inquiry, an investigation, a review, an audit, a hearing, a vote, a
referendum, a run-off, a debate, a meeting, a probe. English text is read; words in quotation marks are not, nor is a
deed whose subject names no one ("Nobody has carried out a recount": no_one_subjects.py).

In Spanish, French and Portuguese a deed one party asks of another is told by its verb: "Beltrán pidió al Gobierno
central que compense a los regantes" (French "a demandé au gouvernement de compenser", Portuguese "pediu ao Governo que
compense"). A sentence giving that verb as promised or done, in the future, the preterite or the perfect ("el Gobierno
central compensará a los regantes", "Beltrán dijo que ... compensará", "compensó", "ha compensado", "compensera", "a
compensé"), is refused where no cited passage gives the verb outside a request (tests/test_factcheck_157.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .locale import base_language
from .no_one_subjects import verb_of_no_one
from .sentences import markers_blanked
from .wordset import may_hold

_EVENTS = ("recount", "inquiry", "enquiry", "investigation", "review", "audit", "hearing", "vote", "referendum",
           "run-off", "runoff", "debate", "meeting", "probe", "inspection", "retrial")
_EVENT_WORDS = frozenset({"recount", "inquiry", "enquiry", "investigation", "review", "audit", "hearing", "vote",
                          "referendum", "run", "runoff", "debate", "meeting", "probe", "inspection", "retrial"})


def _event(name: str = "event") -> str:
    """Return the pattern of an event, in the group `name` (each alternative of a pattern has its own)."""
    return rf"(?P<{name}>{'|'.join(re.escape(event) for event in _EVENTS)})"


_ARTICLE = r"(?:an?|the|its|their|fresh|full|new|partial|manual|independent|public|formal|judicial)\s+"
_ASKED = patterns.compile(
    # "asked the Returning Officer for a full recount", "to ask her again for a full recount": whom it asks, then what
    r"(?<![\w-])(?:as(?:k|ks|ked)\s+(?!for\s)(?:[\w'’]+\s+){1,4}?for|"
    r"requested|requests|request\s+for|asked\s+for|asks\s+for|called\s+for|calls\s+for|demanded"
    r"|demands|sought|seeks|petitioned\s+for|applied\s+for|filed\s+for|pushed\s+for|urged)\s+(?:\w+\s+){0,2}?"
    rf"{_event()}(?!\w)", re.IGNORECASE)
_ASKED_AFTER = patterns.compile(
    rf"(?<![\w-]){_event()}\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:formally\s+)?(?:requested|sought"
    rf"|demanded|called\s+for|asked\s+for)(?!\w)"
    rf"|(?<![\w-]){_event('event2')}\s+(?:request|petition|application|bid)(?!\w)",
    re.IGNORECASE)
# what the event is of, between it and its verb: "an audit of the ballots was carried out", "the recount itself"
_OF_WHAT = r"(?:\s+(?:of|into|on|in)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?\w+|\s+\w+)?"
_DONE_VERBS = (r"held|conducted|carried\s+out|completed|performed|finished|concluded|took\s+place|went\s+ahead"
               r"|confirmed|showed|shows|found|finds|upheld|overturned|reversed|changed|gave|began|started|opened")
# a request granted: "agreed to a recount", "ordered an inquiry", "a recount was approved"
_DECIDED = r"ordered|granted|approved|agreed\s+to|accepted|authori[sz]ed"
# an event going on: "the recount is under way", "is being held", "is in progress"
_GOING_ON = (r"(?:is|are)\s+(?:now\s+)?(?:under\s*way|in\s+progress|ongoing|being\s+(?:held|conducted|carried\s+out)"
             r"|taking\s+place)")
_TOLD_DONE = patterns.compile(
    rf"(?<![\w-])(?:held|conducted|carried\s+out|completed|performed|finished|began|started|opened|{_DECIDED})\s+"
    rf"(?:{_ARTICLE})*(?:\w+\s+)?{_event()}(?!\w)"
    rf"|(?<![\w-]){_event('event2')}{_OF_WHAT}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|has\s+|had\s+)?"
    rf"(?:{_DONE_VERBS})"
    rf"|(?<![\w-]){_event('event3')}{_OF_WHAT}\s+(?:{_GOING_ON}|(?:was|were|has\s+been|had\s+been)\s+(?:{_DECIDED}))"
    r"(?!\w)", re.IGNORECASE)
_TOLD_AS = (("granted", patterns.compile(rf"(?<![\w-])(?:{_DECIDED})(?!\w)", re.IGNORECASE)),
            ("under way", patterns.compile(_GOING_ON, re.IGNORECASE)))
# a passage that gives the event held, done or decided backs a sentence telling it done
_GIVEN_DONE = patterns.compile(
    rf"(?<![\w-])(?:held|conducted|carried\s+out|completed|performed|ordered|granted|approved|agreed\s+to|accepted"
    rf"|began|started|opened|launched|announced)\s+(?:{_ARTICLE})*(?:[\w'’]+\s+){{0,4}}?{_event()}(?!\w)"
    rf"|(?<![\w-]){_event('event2')}{_OF_WHAT}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|has\s+|had\s+|is\s+)?"
    rf"(?:{_DONE_VERBS}|ordered|granted|approved|accepted|launched|announced|under\s+way|underway|in\s+progress"
    r"|being\s+held|taking\s+place)(?!\w)",
    re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|no|n['’]t|yet\s+to|if|whether|until|before|would|could"
                               r"|may|might|will|to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def requests_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as held or done an event its cited passages give only as requested."""
    if base_language(language) in _ASKING:
        return _asked_deeds_told_done(text, passages, offset, base_language(language))
    if not in_english(language) or not passages or not may_hold(text, _EVENT_WORDS):
        return []  # most sentences name no such event: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    done = next((found for found in _TOLD_DONE.finditer(spoken)
                 if not _NOT_BEFORE.search(spoken, max(0, found.start() - 24), found.start())
                 and not verb_of_no_one(spoken, found.start())), None)  # "Nobody has carried out a recount"
    if done is None:
        return []
    event = _folded(done)
    asked = ""
    for passage in passages:
        said = unquoted(passage.text)
        if any(_folded(found) == event for found in _GIVEN_DONE.finditer(said)):
            return []
        found = next((found for pattern in (_ASKED, _ASKED_AFTER) for found in pattern.finditer(said)
                      if _folded(found) == event), None)
        asked = asked or (" ".join(found.group().split()) if found else "")
    if not asked:
        return []
    told = next((said for said, pattern in _TOLD_AS if pattern.search(done.group())), "done")
    return [Finding(offset + done.start(), f"this sentence tells the {event} as {told} ('{' '.join(done.group().split())}"
                                           f"') where its cited passages give it only as requested ('{asked}'): "
                                           f"{clipped(text)}",
                    f"say the {event} was requested, as the source does, or cite a passage that gives it held")]


def _folded(found: re.Match) -> str:
    """Return the name of the event a match holds as compared: "Run-off" and "runoff" are one, "enquiry" is an
    "inquiry"."""
    folded = (found["event"] or found.groupdict().get("event2") or found.groupdict().get("event3") or ""
              ).casefold().replace("-", "")
    return "inquiry" if folded == "enquiry" else folded


# A request in Spanish, French or Portuguese: its verb, then whom it is made of and what is asked ("pidió al Gobierno
# central que compense", "a demandé au gouvernement de compenser", "pidió reducir los envíos"), up to a clause's end;
# French "la demande", "une exigence" after an article is a noun ("la demande d'électricité a augmenté"), and "se
# demande si" wonders; a comma ends what is asked ("exige 4,2 milhões, dos quais já pagou 750.000")
_ASKING = {
    "es": r"pid(?:ió|e|en|ieron|ido)|solicit(?:ó|a|an|aron|ado)|reclam(?:ó|a|an|aron|ado)|exig(?:ió|e|en|ieron|ido)"
          r"|inst(?:ó|a|an|aron|ado)|urgió|rogó|ha\s+pedido|han\s+pedido",
    "fr": r"demand(?:é|e|ent|ait|aient)|réclam(?:é|e|ent|ait)|exig(?:é|e|ent|eait)|appel(?:é|le|lent|ait)"
          r"|exhort(?:é|e|ent|ait)|pri(?:é|e|ent|ait)",
    "pt": r"ped(?:iu|e|em|iram|ido)|solicit(?:ou|a|am|aram|ado)|exig(?:iu|e|em|iram|ido)|reclam(?:ou|a|am|aram|ado)"
          r"|apel(?:ou|a|am|aram)",
}
_NOUN_BEFORE = (r"(?<!la\s)(?<!une\s)(?<!sa\s)(?<!leur\s)(?<!cette\s)(?<!les\s)(?<!des\s)(?<!de\s)(?<!le\s)"
                r"(?<!prix\s)(?<!se\s)(?<!me\s)")
_ASKED_OF = {language: patterns.compile(
    rf"(?<!\w){_NOUN_BEFORE}(?:{verbs})\s+(?!si\s|s['’]il)(?P<asked>[^.;:!?,]{{1,160}})", re.IGNORECASE)
    for language, verbs in _ASKING.items()}
# a verb told as promised or done: the future, the preterite and the perfect
_TOLD = {
    "es": r"(?P<verb>\w{3,}(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos|ó|aron|ieron))"
          r"|(?:ha|han|había|habían)\s+(?P<done>\w{3,}(?:ado|ido))",
    "fr": r"(?P<verb>\w{3,}(?:era|eront|ira|iront))|(?:a|ont|avait|avaient)\s+(?P<done>\w{3,}(?:é|i|u))",
    "pt": r"(?P<verb>\w{3,}(?:ará|erá|irá|arão|erão|irão|ou|aram|eu|eram|iu|iram))"
          r"|(?:tem|têm|tinha|tinham)\s+(?P<done>\w{3,}(?:ado|ido))",
}
_TOLD_FORMS = {language: patterns.compile(rf"(?<!\w)(?:{forms})(?!\w)", re.IGNORECASE)
               for language, forms in _TOLD.items()}
_NOT_TOLD_BEFORE = patterns.compile(r"(?<!\w)(?:no|non|não|ne|n['’]|pas|si|se)\s+(?:\w+\s+)?$", re.IGNORECASE)
_STEM = 5


def _asked_deeds_told_done(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding when a Spanish, French or Portuguese sentence tells as promised or done a deed its cited
    passages give only as asked of someone ("compensará" of "pidió ... que compense")."""
    asking = _ASKED_OF[language]
    if not passages or not any(asking.search(passage.text) for passage in passages):
        return []  # most passages ask nothing of anyone: one search each
    spoken = unquoted(markers_blanked(text))
    if asking.search(spoken):
        return []  # the sentence tells the request itself
    for told in _TOLD_FORMS[language].finditer(spoken):
        if _NOT_TOLD_BEFORE.search(spoken, max(0, told.start() - 16), told.start()):
            continue  # "no compensará", "si compensa": a negation's or a condition's to read
        verb = told["verb"] or told["done"]
        asked = _asked_with(verb, passages, asking)
        if asked:
            return [Finding(offset + told.start(), f"this sentence tells as promised or done ('{told.group()}') what "
                                                   f"its cited passages give only as asked for ('{asked}'): "
                                                   f"{clipped(text)}",
                            "say it was asked for, as the source does, or cite a passage that gives it promised or done")]
    return []


def _asked_with(verb: str, passages: list[Cited], asking: re.Pattern) -> str:
    """Return the request of a passage that asks for the deed of `verb` (a word of the same stem), where no passage
    gives that deed outside a request; else ""."""
    stem = verb.casefold()[:max(_STEM, len(verb) - 4)]
    if len(stem) < _STEM:
        return ""
    found = ""
    for passage in passages:
        said = unquoted(passage.text)
        requests = [match for match in asking.finditer(said) if _holds_stem(match["asked"], stem)]
        rest = "".join(said[start:end] for start, end in _outside([match.span() for match in requests], len(said)))
        if _holds_stem(rest, stem):
            return ""  # "anunció que compensará": the deed given, not only asked for
        found = found or (" ".join(requests[0].group().split()[:8]) if requests else "")
    return found


def _holds_stem(text: str, stem: str) -> bool:
    """Say whether a word of text starts with `stem`."""
    return re.search(rf"(?<!\w){re.escape(stem)}", text, re.IGNORECASE) is not None


def _outside(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Return the stretches of a text of `length` outside `spans` (in order)."""
    stretches, at = [], 0
    for start, end in spans:
        stretches.append((at, start))
        at = end
    return [*stretches, (at, length)]
