"""A body's own act announced is the act, not a side's word: "The commission cut this year's herring catch by 15%"
may cite "the Northern Waters Commission confirmed a 15 per cent cut in this year's herring catch".

party_word.py reads "X confirmed ..." and "X announced ..." as X's word, which a sentence may not state as fact. Where
X is an institution that decides (a commission, agency, regulator, authority, court, tribunal, board, committee,
council, central bank or panel) and what it confirms or announces is a thing it does ("a 15 per cent cut", "a ban",
"a fine of", "its decision", "an investigation"), or the inquiry it says it has opened ("said it had opened an
investigation into whether ...") or is making of what was put to it ("said it had received the plan and was reviewing
it"), not a clause ("confirmed that the vessel had been seized"), the words tell its act, as
the act itself does: no side's claim (tests/test_factcheck_102.py). English text is read.

Any speaker's appeal or complaint announced as filed is that filing, a deed of record, not its word: "Ventalis
Énergies a fait appel devant le Conseil d'État" may cite "Ventalis Énergies a annoncé lundi avoir fait appel de
l'ordonnance devant le Conseil d'État" (refused as the developer's word, tests/test_newuser_125.py), as "announced it
had appealed" may; one announced to come ("a annoncé qu'elle ferait appel", "plans to appeal") is no filing, and
what the sentence goes on to tell after it (", car l'étude d'impact était conforme") stays the speaker's word.

A rate a deciding body sets is its act too, however it is told: "Osric EV will pay a duty of 35%" may cite "Tarsk
Motors will pay a duty of 17%, ... and Osric EV a duty of 35%, the highest rate, because the company did not
cooperate with the inquiry, the commission said" (refused as the commission's word: tests/test_factcheck_239.py). Only
a sentence that is the levy alone is read (a payer, "will pay", "pays", "faces", "must pay", "is charged", a duty,
tariff, levy, fine or rate and its figure): "Osric EV did not cooperate with the inquiry", the commission's reason,
stays its word, and the figure is the figure checks' to compare.
"""

from __future__ import annotations

import re

from . import patterns

_DECIDING = patterns.compile(r"(?<!\w)(?:commission|agency|regulator|authority|court|tribunal|board|committee|council"
                             r"|central\s+bank|panel)(?!\w)", re.IGNORECASE)
# the verb, an article, up to six words of what it is, an act's noun: "confirmed a 15 per cent cut", "announced its
# decision", "announced a ban"
_ACT_ANNOUNCED = patterns.compile(
    r"(?:confirm|announc)(?:ed|es|e)\s+(?:a|an|the|its|their|this\s+year's|next\s+year's)\s+(?:[\w%.,-]+\s+){0,6}?"
    r"(?:cut|cuts|rise|increase|reduction|ban|fine|limit|limits|quota|quotas|decision|ruling|rate|freeze|suspension"
    r"|halt|approval|rejection|penalty|sanction|sanctions|investigation|inquiry|probe|review|audit)(?!\w)",
    re.IGNORECASE)
# ... or says it has begun one of its inquiries: "the regulator said on Friday it had opened an investigation into
# whether ..." (the honest "The regulator has opened an investigation" was refused as its word: newuser_85)
_INQUIRY_OPENED = patterns.compile(
    r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had|has|have|was|is|were|are)\s+"
    r"(?:opened|launched|begun|started|opening|launching|beginning|starting)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:investigation|inquiry|probe|review|audit)(?!\w)"
    # ... or says it is weighing what was put to it, having received it: "The commission said it had received the plan
    # and was reviewing it" (only the body can say so; "The commission is reviewing the plan" was refused as its word)
    r"|said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have)\s+received\s+(?:[\w'’-]+\s+){1,6}?and\s+)?"
    r"(?:was|is|were|are)\s+(?:now\s+|still\s+|currently\s+)?(?:reviewing|considering|examining|assessing|studying"
    r"|looking\s+into|evaluating)(?!\w)", re.IGNORECASE)


# the verb of announcing, a day or two words, then a filing done: "a annoncé lundi avoir fait appel", "a confirmé
# avoir déposé un recours", "announced on Monday that it had appealed", "said it had filed an appeal"
_FILING_DONE = patterns.compile(
    r"(?:a\s+|ont\s+|avait\s+|avaient\s+)?(?:annoncé|confirmé|indiqué|annonce|annoncent|confirme|confirment|indique"
    r"|indiquent)\s+(?:[\w'’-]+\s+){0,2}?(?:avoir\s+(?:fait|interjeté)\s+appel|avoir\s+saisi\s+(?:le|la|les|l['’])"
    r"|avoir\s+(?:déposé|formé)\s+(?:un|une)\s+(?:recours|pourvoi|plainte|requête)|avoir\s+porté\s+plainte"
    r"|s['’]être\s+pourvue?s?\s+en\s+cassation)(?![\w'’])"
    r"|(?:announced|confirmed|said)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she)\s+(?:had|has|have)\s+"
    r"(?:appealed|filed\s+(?:an?\s+)?(?:appeal|lawsuit|complaint)|lodged\s+(?:an?\s+)?(?:appeal|complaint))(?!\w)",
    re.IGNORECASE)


# what the speaker goes on to tell after the filing stays its word: ", car l'étude était conforme", ", qui est entachée
# d'erreurs", ", saying the study was sound"
_TELLING_MORE = patterns.compile(r",|(?<![\w'’])(?:car|parce|puisque|qui|que|qu['’]|estimant|jugeant|affirmant|because"
                                 r"|since|which|saying|arguing|claiming)(?![\w'’])", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"[.;!?](?!\d)")


def _nothing_else_told(text: str, end: int) -> bool:
    """Say whether the rest of the sentence after a filing tells nothing more of the speaker's: "avoir fait appel de
    l'ordonnance devant le Conseil d'État." does, ", car l'étude d'impact était conforme." does not."""
    stop = _SENTENCE_END.search(text, end)
    return _TELLING_MORE.search(text, end, stop.start() if stop else len(text)) is None


def own_act_announced(text: str, at: int, speaker: str) -> bool:
    """Say whether the reporting verb at text[at] ("confirmed", "announced") gives a deciding body's own act, not its
    word: "the Northern Waters Commission confirmed a 15 per cent cut"."""
    filing = _FILING_DONE.match(text, at)
    if filing is not None and _nothing_else_told(text, filing.end()):
        return True  # "a annoncé avoir fait appel": the appeal filed, whoever files it
    if _DECIDING.search(speaker) is None:
        return False
    if text.startswith("said", at):
        return _INQUIRY_OPENED.match(text, at) is not None
    return text.startswith(("confirm", "announc"), at) and _ACT_ANNOUNCED.match(text, at) is not None


# A sentence that is a levy alone: its payer (up to six words), the verb, the levy and its figure, nothing after it
_LEVY_ALONE = patterns.compile(
    r"\s*(?:[\w'’.&-]+\s+){1,6}?(?:will\s+(?:pay|face|be\s+charged)|would\s+(?:pay|face)|must\s+pay|is\s+to\s+pay"
    r"|are\s+to\s+pay|pays|pay|faces|face|is\s+charged|are\s+charged|(?:is|are)\s+subject\s+to)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:duty|duties|tariff|tariffs|levy|levies|fine|rate|surcharge)\s+of\s+"
    r"(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*[.!]?\s*", re.IGNORECASE)


def levy_set_by(text: str, speaker: str) -> bool:
    """Say whether text is only a levy ("Osric EV will pay a duty of 35%") that the deciding body `speaker` ("the
    commission") gives: the rate it sets, its act, not its word."""
    return _DECIDING.search(speaker) is not None and _LEVY_ALONE.fullmatch(text) is not None
