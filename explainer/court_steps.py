"""A step of a lawsuit not told as a further one: what a court heard not told as what it ruled, a motion to dismiss
not told as the dismissal, a preliminary injunction not told as a ban outright.

"The court ruled that Corvane's routers used Brightwell's technology" citing "the court heard that Corvane's routers
used Brightwell's technology" tells a witness's or a lawyer's words as the court's finding; "the judge dismissed the
case" citing "the judge rejected Corvane's motion to dismiss the case" tells the case ended where it goes on; "Corvane
was banned from selling its routers" citing "the judge granted a preliminary injunction barring Corvane from selling
its routers pending a further hearing" tells a stopgap as the outcome. Each is refused where no cited passage gives
the sentence's own step: a ruling ("ruled", "found that", "held that", "concluded that") where a passage sharing two
words of its clause says what the court (the judge, the jury) heard or was told and none rules it; a dismissal
("dismissed", "threw out") where a passage gives only a motion, bid or request to dismiss (or a refusal to) and none
a dismissal; a ban ("banned", "barred", "blocked", "prohibited") with no word keeping it provisional ("preliminary",
"temporarily", "for now", "pending", "until") where a passage gives a preliminary, temporary or interim injunction (an
"einstweilige Verfügung", "medidas cautelares", "injonction provisoire") and every passage that bans keeps it
provisional. A ruling on the merits ("ruled that the strike was unlawful", "declared the strike illegal", "ruled on
the merits"; "a jugé la grève illégale", "declaró ilegal la huelga", "für rechtswidrig erklärt") is refused where a
cited passage gives only a provisional order or says the decision was no ruling on the merits ("This is not a ruling on
the merits of the dispute or on whether the strike is lawful"; "pas une décision sur le fond", "no se pronuncia sobre el
fondo", "keine Entscheidung in der Sache") and none rules on lawfulness itself (tests/test_newuser_106.py).
A step negated ("has not ruled", "has yet to rule", "Nobody expects the panel to rule on the merits": a
subject naming no one, no_one_subjects.py) is not told. English, French, Spanish and German text is read (explainer/court_languages.py: "a jugé" for "a
entendu", "desestimó la demanda" for "la moción para desestimar"); words in quotation marks are not
(tests/test_factcheck_85.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .court_languages import Steps, steps_of
from .no_one_subjects import in_clause_of_no_one
from .sentences import inside, markers_blanked, sentence_of

_COURT = r"(?:court|judges?|jury|jurors|tribunal|panel|justices|magistrates?)"
# what may tell a ruling, a dismissal or a ban, looked for as text before any pattern
_MAY_RULE = ("ruled", "found", "held", "decided", "concluded", "determined")
_MAY_DISMISS = ("dismissed", "threw out", "thrown out", "tossed")
_MAY_BAN = ("ban", "barred", "bars ", "blocked", "prohibit", "forb", "interdi", "prohib", "verbot", "untersag")
_RULED = patterns.compile(rf"(?<!\w){_COURT}\s+(?:[\w'’]+\s+){{0,3}}?(?:ruled|found|held|decided|concluded"
                          rf"|determined)(?:\s+that)?(?!\w)", re.IGNORECASE)
_ANY_RULING = patterns.compile(r"(?<!\w)(?:ruled|rulings?|found\s+that|held\s+that|decided|concluded|determined"
                               r"|verdicts?|judge?ments?|findings?)(?!\w)", re.IGNORECASE)
_HEARD = patterns.compile(rf"(?<!\w)(?:{_COURT}\s+(?:[\w'’]+\s+){{0,3}}?(?:heard|(?:was|were)\s+told|listened)"
                          rf"|told\s+(?:the\s+)?{_COURT}|testified)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"court", "judge", "jury", "jurors", "tribunal", "panel", "ruled", "found", "held", "heard",
                          "that", "told", "this", "with", "from", "were", "have", "been", "which", "their", "decided",
                          "concluded", "determined"})
# a motion to dismiss, or a refusal to: "rejected Corvane's motion to dismiss", "denied a bid to have the case thrown out"
_MOTION = patterns.compile(
    r"(?<!\w)(?:(?:motions?|bids?|requests?|applications?|petitions?|attempts?|efforts?|moves?|calls?)\s+(?:[\w'’]+\s+)"
    r"{0,3}?to\s+(?:have\s+(?:[\w'’]+\s+){0,4}?)?|(?:refused|declined|denied|rejected)\s+to\s+)(?:dismiss(?:ed)?|throw"
    r"(?:n)?\s+out|toss(?:ed)?\s+out)(?!\w)", re.IGNORECASE)
_DISMISSED = patterns.compile(r"(?<!\w)(?:dismissed|threw\s+out|thrown\s+out|tossed\s+out|tossed)(?!\w)"
                              r"(?!\s+(?:[\w'’]+\s+){0,3}?(?:motions?|bids?|requests?|applications?|petitions?"
                              r"|objections?|appeals?|as)(?!\w))", re.IGNORECASE)
# "has not ruled", and "has yet to rule" (factcheck_191)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:(?:not|never|n['’]t|no|nicht|pas|niet|nooit|geen)\s+(?:\w+\s+)?"
                                   r"|yet\s+to\s+)$", re.IGNORECASE)
_ENGLISH = Steps(_RULED, _HEARD, _ANY_RULING, _MOTION, _DISMISSED, _MAY_RULE, ("heard", "told", "testified"),
                 _MAY_DISMISS, _NOT_CONTENT)
_BANNED = patterns.compile(
    r"(?<![\w-])(?:bann(?:ed|ing)|bans?|barred|barring|bars|blocked|blocking|prohibit(?:ed|ing|s)?|forbade|forbidden"
    r"|forbids|interdit\w*|interdiction\w*|prohib(?:ió|ido|ida|idos|idas|ición)|verboten|Verbot\w*|untersag\w+)"
    r"(?![\w-])", re.IGNORECASE)
_PROVISIONAL_ORDER = patterns.compile(
    r"(?<![\w-])(?:(?:preliminary|temporary|interim|provisional)\s+(?:injunctions?|orders?|bans?|measures?|relief)"
    r"|temporary\s+restraining\s+orders?|injonctions?\s+provisoires?|interdictions?\s+provisoires?|mesures?\s+"
    r"provisoires?|en\s+référé|medidas?\s+cautelar(?:es)?|prohibici(?:ón|ones)\s+(?:provisional|cautelar|temporal)\w*"
    r"|einstweilige[nr]?\s+Verfügung(?:en)?|vorläufige[nsr]?\s+Verbot\w*)(?![\w-])", re.IGNORECASE)
_KEPT_PROVISIONAL = patterns.compile(
    r"(?<![\w-])(?:preliminar\w*|temporar\w+|interim|provisional\w*|for\s+now|pending|until|for\s+the\s+time\s+being"
    r"|for\s+the\s+moment|while|initial\w*|provisoire\w*|temporaire\w*|en\s+attendant|jusqu\w*|référé|cautelar\w*"
    r"|temporal\w*|mientras|hasta|vorläufig\w*|einstweilig\w*|vorerst|zunächst|bis)(?![\w-])", re.IGNORECASE)
_PERMANENT = patterns.compile(r"(?<![\w-])(?:permanent\w*|definitiv\w*|définiti\w+|dauerhaft\w*)(?![\w-])",
                              re.IGNORECASE)


# A ruling on the merits: a verb of ruling with a word of lawfulness after it in its clause, or "on the merits"; an
# injunction told so turns a stopgap into the case's outcome (newuser_106: "The judge ruled that the strike was
# unlawful" citing "This is not a ruling on the merits ... or on whether the strike is lawful").
_LAWFUL = (r"(?:unlawful|illegal|lawful|legal|illegitimate|invalid|ill[ée]ga(?:l|le|ux|les)|ill[ée]gitime|illicites?"
           r"|l[ée]ga(?:l|le|ux|les)|licites?|ilegal(?:es)?|ilegítim[oa]s?|ilícit[oa]s?|legal(?:es)?|rechtswidrig\w*"
           r"|unrechtmäßig\w*|rechtmäßig\w*|unzulässig\w*|illegal\w*|unlawful)")
# the word of lawfulness ends its phrase ("ruled the strike unlawful."), no noun's adjective ("held that its legal
# notice was late")
_PREDICATE = (r"(?![\w-])(?=\s*(?:[.,;:!?)\"”]|$|(?:and|or|but|under|because|since|as|in|on|by|for|from|to|until"
              r"|unless|et|ou|mais|y|o|pero|und|oder|aber|weil)(?!\w)))")
_MERITS_RULED = patterns.compile(
    rf"(?<![\w-])(?:(?:ruled|rules|rule|ruling|found|finds|held|holds|declared|declares|deemed|deems|decided"
    rf"|concluded|determined|a\s+jugé|ont\s+jugé|a\s+déclaré|a\s+estimé|a\s+décidé|a\s+statué|déclarée?s?"
    rf"|jugée?s?|declar[óo]|declarad[oa]s?|dictamin[óo]|consider[óo]|resolvi[óo]|falló|erklärt\w*|entschied\w*|urteilte)"
    rf"(?:\s+(?:[\w'’-]+\s+){{0,6}}?{_LAWFUL}{_PREDICATE}|\s+(?:on|in)\s+(?:the\s+)?merits|\s+(?:sur|au)\s+(?:le\s+)?fond"
    rf"|\s+sobre\s+el\s+fondo|\s+in\s+der\s+Sache)|{_LAWFUL}\s+(?:[\w'’-]+\s+){{0,2}}?(?:erklärt\w*"
    rf"|eingestuft)|(?:declar[óo]|dictamin[óo]|consider[óo]|a\s+déclaré|a\s+jugé)\s+{_LAWFUL}(?![\w-]))",
    re.IGNORECASE)  # Spanish and French set the word before the object: "declaró ilegal la huelga"
_MAY_MERITS = ("ruled", "rules", "rule ", "ruling", "found", "finds", "held", "holds", "declar", "deem", "decided",
               "concluded", "determined", "jugé", "estimé", "statué", "dictamin", "consider", "resolvi", "falló",
               "erklärt", "entschied", "urteilte", "eingestuft")
# a passage saying a decision is no ruling on the merits: "not a ruling on the merits", "pas ... sur le fond"
_NOT_ON_MERITS = patterns.compile(
    r"(?<![\w-])(?:not|no|never|without)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in)\s+(?:the\s+)?merits"
    r"|(?<![\w-])pas\s+(?:[\w'’-]+\s+){0,4}?(?:sur|au)\s+(?:le\s+)?fond|(?<![\w-])no\s+(?:[\w'’-]+\s+){0,4}?sobre\s+"
    r"el\s+fondo|(?<![\w-])keine\s+(?:[\w'’-]+\s+){0,3}?in\s+der\s+Sache", re.IGNORECASE)


def steps_taken_further(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a ruling, a dismissal or a ban outright where its passages give only what a
    court heard, a motion to dismiss or a provisional injunction."""
    folded = text.casefold()
    found = []
    steps = steps_of(language) or _ENGLISH  # French, Spanish, German: court_languages.py
    if any(word in folded for word in steps.may_rule):
        found += _heard_as_ruled(text, passages, offset, steps)
    if any(word in folded for word in steps.may_dismiss):
        found += _motion_as_dismissal(text, passages, offset, steps)
    if any(word in folded for word in _MAY_BAN):
        found += _provisional_as_ban(text, passages, offset)
    if any(word in folded for word in _MAY_MERITS):
        found += _provisional_as_merits(text, passages, offset)
    return found


def _heard_as_ruled(text: str, passages: list[Cited], offset: int, steps: Steps) -> list[Finding]:
    """Return a finding where text tells as ruled what its passages give only as heard by the court."""
    spoken = markers_blanked(text)
    ruled = _said(spoken, steps.ruled)
    if ruled is None or not any(word in p.text for p in passages for word in steps.may_hear):
        return []
    words = content_words(spoken, steps.not_content)
    heard = None
    for passage in passages:
        for match in steps.heard.finditer(passage.text):
            said = sentence_of(passage.text, match.start())
            if len(words & content_words(said, steps.not_content)) < 2:
                continue
            if steps.any_ruling.search(steps.heard.sub(" ", said)):
                return []  # the passage rules on what was heard too
            heard = heard or " ".join(match.group().split())
    if heard is None or any(steps.ruled.search(p.text) for p in passages):
        return []
    return [Finding(offset, f"this sentence tells as the court's ruling ('{ruled}') what its cited passages give only "
                            f"as heard in court ('{heard}'): {clipped(text)}",
                    "say whose words the court heard, as the source does (\"the court heard that\"), or cite a "
                    "passage that gives the ruling")]


def _motion_as_dismissal(text: str, passages: list[Cited], offset: int, steps: Steps) -> list[Finding]:
    """Return a finding where text tells a case dismissed that its passages give only a motion to dismiss."""
    spoken = steps.motion.sub(" motion ", markers_blanked(text))  # "threw out Corvane's bid to dismiss" ends no case
    dismissed = _said(spoken, steps.dismissed)
    if dismissed is None:
        return []
    motion = next((match.group() for passage in passages for match in [steps.motion.search(passage.text)] if match),
                  None)
    if motion is None or any(_said(steps.motion.sub(" motion ", p.text), steps.dismissed) for p in passages):
        return []
    return [Finding(offset, f"this sentence says the case was dismissed ('{dismissed}') where its cited passages give "
                            f"only a bid to dismiss it ('{' '.join(motion.split())}'): {clipped(text)}",
                    "say what became of the motion as the source does (\"rejected a motion to dismiss\"), or cite a "
                    "passage that gives the dismissal")]


def _provisional_as_ban(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text tells a ban outright that its passages give only as a provisional injunction."""
    spoken = markers_blanked(text)
    banned = _said(spoken, _BANNED)
    if banned is None or _KEPT_PROVISIONAL.search(spoken) or _PERMANENT.search(spoken):
        return []
    order = next((match.group() for passage in passages for match in [_PROVISIONAL_ORDER.search(passage.text)]
                  if match), None)
    if order is None or any(_PERMANENT.search(p.text) or _bans_outright(p.text) for p in passages):
        return []
    return [Finding(offset, f"this sentence tells as a ban outright ('{banned}') what its cited passages give only as "
                            f"a provisional order ('{' '.join(order.split())}'): {clipped(text)}",
                    "keep the order provisional as the source does (\"a preliminary injunction bars\", "
                    "\"temporarily barred\"), or cite a passage that gives a ban outright")]


def _provisional_as_merits(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text tells a ruling on lawfulness or the merits that its passages give only as a
    provisional order, or say is none."""
    ruled = _said(markers_blanked(text), _MERITS_RULED)
    if ruled is None:
        return []
    given = next((match.group() for passage in passages for pattern in (_NOT_ON_MERITS, _PROVISIONAL_ORDER)
                  for match in [pattern.search(passage.text)] if match), None)
    if given is None or any(_said(_NOT_ON_MERITS.sub(" ", p.text), _MERITS_RULED) for p in passages):
        return []
    return [Finding(offset, f"this sentence tells as a ruling on the merits ('{ruled}') what its cited passages give "
                            f"only as a provisional step ('{' '.join(given.split())}'): {clipped(text)}",
                    "say what the court ordered for now, as the source does (\"granted an interim injunction\"), or "
                    "cite a passage that gives the ruling on the merits")]


def _bans_outright(text: str) -> bool:
    """Say whether a passage bans in a clause that keeps no provisional word."""
    return any(not _KEPT_PROVISIONAL.search(said) and not _PROVISIONAL_ORDER.search(said)
               for match in _BANNED.finditer(text) for said in [_clause_of(text, match.start())])


def _clause_of(text: str, at: int) -> str:
    """Return the words of text around `at` up to the nearest stop, comma or semicolon either side."""
    start = max(text.rfind(stop, 0, at) for stop in ".,;!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".,;!?") if end >= 0]
    return text[start:min(ends, default=len(text))]


def _said(text: str, pattern: re.Pattern) -> str | None:
    """Return the first words `pattern` finds in text outside quotation marks and not negated."""
    quoted = quoted_parts(text)
    return next((" ".join(match.group().split()) for match in pattern.finditer(text)
                 if not inside(quoted, match.start()) and not _NEGATED_BEFORE.search(text, 0, match.start())
                 and not in_clause_of_no_one(text, match.start())), None)  # "Nobody expects the panel to rule"
