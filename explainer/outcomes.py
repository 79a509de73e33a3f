"""Outcomes turned over: a verdict or result a passage gives, stated as its opposite.

"The court upheld the verdict" citing "The court overturned the verdict" keeps every other word. Opposite outcomes
(in English, in any form of the verb): upheld or affirmed / overturned, reversed, quashed, vacated, struck down or
set aside or threw out; upheld / dismissed (an appeal or complaint); won, beat, defeated, edged out or routed / lost
or fell to (a name: "fell to Beta", not "fell to 40"); acquitted, cleared
or found (X) not guilty / convicted or found (X) guilty; allowed or granted / dismissed; passed, carried or adopted / failed, defeated, rejected, voted down (or "voted the bill
down") or thrown out;
imposed / lifted; upheld / lifted (an order); scrapped, abolished or axed / kept or retained; ruled in favour of /
ruled against; permanently or definitively / provisionally, temporarily, preliminary or interim (and their
adjectives: "a permanent ban"). A passive of a win ("Alpha was edged out by Beta", "was beaten by", "was defeated
by") gives its subject's loss. A sentence's clause (split at punctuation,
"and", "but", "while") holding one is refused where a clause of its passages restating it (sharing two words of four
letters or more, names or figures, besides the outcome, or all the sentence's own: "the appeal was dismissed" for "the
appeal was upheld") gives the opposite of the same subject (the words before the outcome share a word, or one side has
none), and no clause of its passages gives the sentence's own outcome of anything it says (or, where the sentence
says no more than its subject, "Alpha lost", of a subject left unsaid: "... but lost the second round"). A negated
outcome ("did not uphold") is the negation check's, and not read here; so are "accepted" and "confirmed", whose
opposites ("rejected", "denied", "refused") it reads as negations; "approved" or "signed" / "blocked" or "vetoed" are
read here, and so are "suspended" / "called off", "ended" or "end" (a verb after a modal or "to": "would end the
strike") or "lifted" (but for a time: "lift the ban for three months"). German, Spanish and French wins
and losses ("besiegte", "verlor gegen"; "derrotó", "perdió ante"; "a battu", "a perdu contre") and Spanish and French
rulings ("confirmó", "revocó"; "a confirmé", "a annulé") are read alike (outcomes_languages.py), and so are
Portuguese ones ("venceu" / "perdeu", "confirmou" / "anulou": outcomes_portuguese.py). A German court's split verb
("gab der Klage statt", "wies die Klage ab", its particle ending the clause) is read as its participle is, and a
German ruling's passive subject ("Der Klage wurde stattgegeben") as what an active's object is
(tests/test_newuser_75.py). A passage's clause giving the sentence's outcome of another thing backs none where another
clause gives its opposite of the sentence's own ("gab der Klage der Stadt statt" citing "wies die Klage der Stadt ab,
gab aber der Klage der Gewerkschaft statt": tests/test_newuser_78.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import clause_end, clause_start, content_words
from .locale import base_language
from .outcomes_languages import BY_LANGUAGE
from .outcomes_portuguese import PORTUGUESE
from .sentences import split_sentences

_SIDES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "upheld": (("upheld", "uphold", "upholds", "upholding", "affirmed", "affirm", "affirms", "affirming"),
               ("overturned", "overturn", "overturns", "overturning", "reversed", "reverse", "reverses", "reversing",
                "quashed", "quash", "quashes", "quashing", "vacated", "vacate", "vacates", "vacating", "struck down",
                "strike down", "strikes down", "striking down", "set aside", "sets aside", "setting aside",
                "threw out", "throw out", "throws out", "thrown out", "throwing out")),
    # "beat" and "beats" active only: "Alpha was beaten by Beta" gives Alpha's defeat
    "won": (("won", "win", "wins", "winning", "beat", "beats", "beating", "beaten", "edged out", "edge out",
             "edges out", "edging out", "defeated", "defeat", "defeats", "defeating", "routed", "rout", "routs",
             "routing"),
            ("lost", "lose", "loses", "losing", "fell to", "fall to", "falls to", "falling to", "fallen to")),
    "acquitted": (("acquitted", "acquit", "acquits", "acquitting", "cleared", "clears", "found not guilty"),
                  ("convicted", "convict", "convicts", "convicting", "found guilty")),
    "allowed": (("allowed", "allow", "allows", "granted", "grant", "grants"),
                ("dismissed", "dismiss", "dismisses", "dismissing")),
    # an appeal or complaint "upheld" succeeded, as one "allowed" did
    "appeal": (("upheld", "uphold", "upholds", "upholding"), ("dismissed", "dismiss", "dismisses", "dismissing")),
    # a measure's fate: "The bill passed" citing "The Senate rejected the bill" (factcheck_100); "carried" only as a
    # vote's ("The motion carried by 30 votes"), a vote "down" also split by its measure ("voted the bill down")
    "passed": (("passed", "pass", "passes", "carried", "adopted", "adopt", "adopts"),
               ("failed", "fails", "defeated", "rejected", "reject", "rejects", "voted down", "vote down", "votes down",
                "voting down", "threw out", "throw out", "throws out", "thrown out")),
    "imposed": (("imposed", "impose", "imposes", "imposing"), ("lifted", "lift", "lifts", "lifting")),
    # an order an appeals court kept against one it ended: "upheld the injunction" is no "lifted" (factcheck_87)
    "kept in force": (("upheld", "uphold", "upholds", "upholding"), ("lifted", "lift", "lifts", "lifting", "dissolved",
                                                                     "dissolve", "dissolves", "dissolving")),
    "scrapped": (("scrapped", "scrap", "scraps", "scrapping", "abolished", "abolish", "abolishes", "abolishing",
                  "axed", "axe", "axes", "axing"),
                 ("kept", "keep", "keeps", "keeping", "retained", "retain", "retains", "retaining")),
    # a court or regulator's answer: "granted" against "refused", "denied", "rejected", "declined", "turned down"
    "granted": (("granted", "grant", "grants", "granting"),
                ("refused", "refuse", "refuses", "refusing", "denied", "deny", "denies", "denying", "rejected",
                 "reject", "rejects", "rejecting", "declined", "decline", "declines", "declining", "turned down",
                 "turn down", "turns down", "turning down")),
    # its scope: "granted the petition in full" against "in part", "partly granted"
    "in full": (("granted in full", "fully granted"), ("granted in part", "partly granted")),
    # how long a measure holds: "closed provisionally" is no "closed permanently"
    "permanent": (("permanently", "permanent", "definitively", "definitive"),
                  ("provisionally", "provisional", "temporarily", "temporary", "preliminary", "interim")),
    "favour": (("ruled in favour of", "ruled in favor of", "rules in favour of", "rules in favor of",
                "found in favour of", "found in favor of"), ("ruled against", "rules against", "found against")),
    # a measure let through against one stopped: "approved the merger" citing "blocked the merger", "signed the bill"
    # citing "vetoed the bill" ("rejected" is the negation check's)
    # a regulator's too: "cleared the takeover" citing "prohibited the takeover"
    # and a request let through against one blocked: "Dunmore accepted the request" citing "Dunmore blocked that
    # request" built (tests/test_newuser143.py); not "accepting", "voted against accepting" is a vote down
    "approved": (("approved", "approve", "approves", "approving", "signed", "sign", "signs", "signing", "cleared",
                  "clears", "accepted", "accept", "accepts", "granted", "grant", "grants"),
                 ("blocked", "block", "blocks", "blocking", "vetoed", "veto", "vetoes", "vetoing", "prohibited",
                  "prohibits", "voted down", "vote down", "votes down", "voting down")),
    # a finding disputed is none accepted: "The company disputes the findings" is no "accepts"
    "disputes": (("disputed", "dispute", "disputes", "disputing", "contested", "contest", "contests", "contesting"),
                 ("accepted", "accept", "accepts", "accepting")),
    # a measure that "stands" (at a clause's end) was not withdrawn: "The recall stands"
    "stands": (("stands", "still stands", "stood", "remains in place", "remained in place", "remains in force",
                "remained in force"),
               ("withdrawn", "withdrew", "withdraws", "revoked", "revokes", "rescinded", "rescinds", "called off")),
    # a strike or talks paused against ended: "suspended the strike for 72 hours" is no "called off the strike"
    # a ban lifted is ended as a strike called off is: "would lift the ban" citing "would suspend the ban"
    "suspended": (("suspended", "suspend", "suspends", "suspending"),
                  ("called off", "call off", "calls off", "calling off", "ended", "end", "cancelled", "canceled",
                   "lifted", "lift", "lifts", "lifting")),
    # an offer told as agreed: "the union accepted a 4% rise" citing "the authority offered 4 per cent" (verbs only:
    # "the offer" and "the agreement" name a thing)
    "offered": (("offered",), ("agreed", "accepted", "accepting")),
}
# How any outcome's words start: a text with no word starting so gives none, found without the whole pattern.
_STEMS = ("uph", "affirm", "overturn", "revers", "quash", "vacat", "struck", "strik", "set", "won", "win", "los",
          "acquit", "convict", "found", "allow", "grant", "dismiss", "pass", "fail", "defeat", "impos", "lift", "rul",
          "thr", "beat", "clear", "edg", "rout", "fell", "fall", "dissol",
          "scrap", "abolish", "kep", "keep", "retain", "refus", "deni", "deny",
          "reject", "declin", "turn", "partl", "partial", "fully", "ax", "perman", "defini", "provis",
          "prelim", "interim", "tempor", "disput", "contest", "accept", "stand", "still", "stood", "remain",
          "withdr", "revok",
          "rescind", "call", "wholl", "approv", "sign", "block", "veto", "suspend", "end", "cancel",
          "offered", "agreed", "prohib", "adopt", "carried", "vot")
_LETTERS = patterns.compile(r"[a-z]+")
_OUTCOME_OF: dict[str, tuple[tuple[str, int], ...]] = {}  # a form may give an outcome of two pairs ("dismissed")
for _pair, _sides in _SIDES.items():
    for _side, _forms in enumerate(_sides):
        for _form in _forms:
            _OUTCOME_OF[_form] = _OUTCOME_OF.get(_form, ()) + ((_pair, _side),)
# "found Okafor guilty", "found the two men not guilty": a verdict split by whom it is of, read as "found guilty"
_SCOPES = frozenset(_SIDES["in full"][0] + _SIDES["in full"][1])
_FOUND = r"found\s+(?:(?!not\s)[^\W\d_][\w'’.-]*\s+){0,4}?(?:not\s+)?guilty"
# "granted the petition in part", "partially allowed": a ruling's scope, of any of the verbs of success
_SCOPE = (r"(?:granted|allowed|upheld)\s+(?:(?!in\s)[\w'’.-]+\s+){0,5}?in\s+(?:full|part)"
          r"|(?:partly|partially|fully|wholly)\s+(?:granted|allowed|upheld)")
# "voted the bill down": a measure voted down, its words between
_VOTED_DOWN = r"vot(?:ed|es|e|ing)\s+(?:(?!(?:down|to|for|against)\s)[\w'’.-]+\s+){1,4}?down"
_OUTCOME = patterns.compile(r"(?<![\w-])(?:" + _FOUND + "|" + _SCOPE + "|" + _VOTED_DOWN + "|" + "|".join(
    re.escape(form).replace(r"\ ", r"\s+") for form in sorted(_OUTCOME_OF, key=len, reverse=True)
    if (not form.startswith("found") or "guilty" not in form) and form not in _SCOPES)
    + r")(?![\w-])", re.IGNORECASE)
# "passed away", "passed through", "lifted up": a verb of its own, not an outcome; nor "failed to" ("failed to reach"
# is the negation check's) and "allowed to" (permitted).
_NOT_AN_OUTCOME_AFTER = patterns.compile(r"\s+(?:away|through|over|out|up|off)(?!\w)", re.IGNORECASE)
_TO = patterns.compile(r"\s+to(?!\w)", re.IGNORECASE)
# "carried" a vote's outcome only at its clause's end or before its margin: not "carried a warning", "carried out"
_CARRIED_AFTER = patterns.compile(r"\s*(?:[,.;:!?)]|$|\s(?:by|with|unanimously|easily|narrowly|comfortably"
                                  r"|overwhelmingly|in|on|at|after|and|but)(?!\w))", re.IGNORECASE)
# "kept fighting", "kept from", "kept quiet": not a measure kept
_NOT_KEPT_AFTER = patterns.compile(r"\s+(?:from|on|in|at|to|an?\s+eye|quiet|silent|secret|\w+ing)(?!\w)",
                                   re.IGNORECASE)
_KEEP = frozenset({"kept", "keep", "keeps", "keeping"})
# "end" a verb only after a modal or "to" ("would end the strike", newuser_34): "the end of the month" names a time
_END = frozenset({"end"})
_VERB_BEFORE = patterns.compile(r"(?<!\w)(?:to|will|would|could|may|might|shall|must|can|did|does|['’]ll|['’]d)\s+$",
                                re.IGNORECASE)
# A lifting for a time is a suspension: "would lift the curfew temporarily", "lifted the ban for three months"
_LIFT = frozenset({"lifted", "lift", "lifts", "lifting"})
_FOR_A_TIME = patterns.compile(r"(?<!\w)(?:temporarily|until|for\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight"
                               r"|nine|ten|twelve|several|(?:a\s+)?few)\s+(?:hours?|days?|weeks?|months?|years?))(?!\w)",
                               re.IGNORECASE)
# "stands at 40%", "stood by the decision": a measure stands only at its clause's end ("the recall stands.")
_STANDS = frozenset({"stands", "still stands", "stood"})
_CLAUSE_ENDS_AFTER = patterns.compile(r"\s*(?:[,.;:!?)]|$|\s(?:and|but|while|as|after|until)(?!\w))", re.IGNORECASE)
# A win in the passive gives its subject's loss: "Alpha was edged out by Beta", "was beaten"
_PASSIVE_BEFORE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being|got|get|gets)\s+(?:\w+ly\s+)?$",
                                   re.IGNORECASE)
_WON_TRANSITIVE = frozenset({"beat", "beaten", "edged out", "edge out", "edges out", "edging out", "defeated",
                             "routed"})
# "traffic was routed through Quetta": a path, not a defeat
_ROUTED = frozenset({"routed", "rout", "routs", "routing"})
_NOT_ROUTED_AFTER = patterns.compile(r"\s+(?:via|to|into|around|across|along|towards?|past|back)(?!\w)", re.IGNORECASE)
# "Alpha fell to Beta", "the town fell to the Taliban": a loss to a name; not "prices fell to 40", "fell to the floor"
_FELL_TO = frozenset({"fell to", "fall to", "falls to", "falling to", "fallen to"})
_TO_A_NAME = patterns.compile(r"\s+(?:the\s+)?[A-Z]")
_NOT_AN_OUTCOME_BEFORE_TO = frozenset({"fail", "fails", "failed", "allow", "allows", "allowed", "refuse", "refuses",
                                       "refused", "decline", "declines", "declined"})
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|no|neither|nor"
                                   r"|(?:yet|unable|refused|refuses?|declined|declines?|failed|fails?)\s+to)"
                                   r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A legal citation inside a clause breaks none: the stops of "Fed. R. Civ. P." (after a capital and at most two
# letters) and the brackets of "§ 12(b)(6)" (one to three letters or digits each).
_CLAUSE_BREAK = patterns.compile(
    r"[,;:!?\"“”«»—–]|(?-i:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2}))\.|\((?!\w{1,3}\))"
    r"|(?<!\(\w)(?<!\(\w\w)(?<!\(\w{3})\)"
    r"|(?<!\w)(?:and|but|while|whereas|although|after|before)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"will", "would", "that", "this", "these", "those", "with", "have", "been", "from", "they",
                          "them", "their", "there", "then", "than", "were", "said", "says", "also", "into", "when",
                          "what", "which", "about", "the", "its", "his", "her", "has", "had", "was", "are", "for",
                          "and", "but"})
_RESTATES = 2
_NEAR = 40  # characters before an outcome that may negate it ("did not uphold")
_MOST = 32  # outcomes a text is read for, the first: a sentence gives one or two, and thousands made the check
# compare each with each of its passages'


class _Table(NamedTuple):
    """A language's outcomes: each form's pairs and sides, found by a pattern, and the words around them."""

    outcome_of: dict[str, tuple[tuple[str, int], ...]]
    outcome: re.Pattern
    stems: tuple[str, ...]  # how any outcome's words start
    letters: re.Pattern
    transitive: frozenset[str]
    passive_before: re.Pattern
    agent: re.Pattern | None  # the word before a passive's agent, where it stands before the outcome ("von")
    negated_before: re.Pattern
    clause_break: re.Pattern
    not_content: frozenset[str]
    subject_after: frozenset[str] = frozenset()  # a clause's first words after which its subject follows the verb
    particles: frozenset[str] = frozenset()  # a particle ending the clause makes a verb another one
    split: dict[str, tuple[str, ...]] = {}  # a finite form's particles, one of which must end its clause


def _table(reading) -> _Table:
    """Return the table of an outcomes_languages.Reading."""
    outcome_of: dict[str, tuple[tuple[str, int], ...]] = {}
    for pair, sides in reading.sides.items():
        for side, forms in enumerate(sides):
            for form in forms:
                outcome_of[form] = outcome_of.get(form, ()) + ((pair, side),)
    return _Table(outcome_of, patterns.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(form).replace(r"\ ", r"\s+") for form in sorted(outcome_of, key=len, reverse=True))
        + r")(?![\w-])", re.IGNORECASE), tuple(sorted({form.split()[0][:3] for form in outcome_of})),
        patterns.compile(r"[^\W\d_]+"), reading.transitive,
        patterns.compile(rf"(?<!\w){reading.passive_before}", re.IGNORECASE),
        patterns.compile(rf"(?<!\w)(?:{reading.agent})\s+", re.IGNORECASE),
        patterns.compile(rf"(?<!\w){reading.negated_before}", re.IGNORECASE),
        # not the dot or comma inside a figure: "5.000 Euro" of "zu einer Geldstrafe von 5.000 Euro verurteilt"
        patterns.compile(rf"[;:!?()\"“”«»„—–]|[,.](?!\d)|(?<!\w)(?:{reading.clause_words})(?!\w)", re.IGNORECASE),
        _NOT_CONTENT | reading.not_content, reading.subject_after, reading.particles, dict(reading.split))


_TABLES = {"en": _Table(_OUTCOME_OF, _OUTCOME, _STEMS, _LETTERS, _WON_TRANSITIVE, _PASSIVE_BEFORE, None,
                        _NEGATED_BEFORE, _CLAUSE_BREAK, _NOT_CONTENT),
           **{language: _table(reading) for language, reading in {**BY_LANGUAGE, "pt": PORTUGUESE}.items()}}


def _language_of(language: str) -> str:
    """Return the key of the table a text in `language` is read by ("" is English), or ""."""
    key = base_language(language or "en")
    return key if key in _TABLES else ""


class Outcome(NamedTuple):
    """An outcome a clause gives: its pair and side, its words as written, and the clause's words around it."""

    pair: str
    side: int
    shown: str
    subject: frozenset[str]  # the content words before it in its clause
    after: frozenset[str]  # the content words after it in its clause: whom it was won against, lost to
    clause: frozenset[str]  # the clause's content words, the outcome's aside
    text: str  # the clause as written
    # what was ruled on, in English: a passive's subject ("the request ... is denied"), an active's object ("The court
    # granted the request"), so a ruling told in the other voice is still of the same thing; a win's sides aside
    decided: frozenset[str] = frozenset()
    pays: bool = False  # an agreement to pay or buy: the buyer's offer, agreed ("agreed on 4 March to pay 412 pence")


def turned_outcomes(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text (English, German, Spanish, French or Portuguese), at `offset`, gives an outcome
    ("upheld") whose opposite ("overturned") a cited passage in its language gives of what it restates, and none gives
    it as the text does."""
    key = _language_of(language)
    if not key or not _gives_outcome(text, key):
        return []  # most sentences give no outcome: found without reading their passages
    theirs = [outcome for p in passages if _language_of(p.language) == key for outcome in _outcomes(p.text, key)]
    if not theirs:  # nothing to back, turn or cross it: the sentence's own outcomes, its clauses read, are not needed
        return []  # (at 4,000 sources, 87 % of the sentences giving one; 5 % of the checks' CPU)
    for own in _outcomes(text, key):
        turned = next((other for other in theirs if other.pair == own.pair and other.side != own.side
                       and _restates(own.clause, other.clause) and not _offer_agreed(own, other)
                       and (own.subject & other.subject or not own.subject or not other.subject
                            or own.decided & other.decided)), None)
        backed = any(other.pair == own.pair and other.side == own.side
                     and (own.clause & other.clause or (not other.subject and own.clause <= own.subject))
                     and not (turned and _rules_on_another(own, other, turned))
                     for other in theirs)
        if turned is not None and not backed:
            return [Finding(offset, f"this sentence says '{own.shown}' where its cited passages say "
                                    f"'{turned.shown}' ('{turned.text}'): {clipped(text)}",
                            "give the outcome the source gives, or cite the passage that gives this one")]
        crossed = _crossed(own, theirs)
        if crossed is not None:
            return [Finding(offset, f"this sentence gives '{own.shown}' the other way round: its cited passages say "
                                    f"'{crossed.text}': {clipped(text)}",
                            "give the outcome to the side the source gives it to, or cite the passage that gives "
                            "it so")]
    return []


def _offer_agreed(own: Outcome, other: Outcome) -> bool:
    """Say whether a passage's agreement to pay is the sentence's offer, made by its subject: "Castellane offered 412
    pence" of "Castellane agreed on 4 March to pay 412 pence a share for Norwave" (the target, "Norwave offered",
    made none)."""
    return own.pair == "offered" and own.side == 0 and other.pays and bool(own.subject & other.subject)


# "agreed ... to pay", a few words between: a buyer's agreement, of the price it offered (tests/test_newuser_80.py)
_TO_PAY = patterns.compile(r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:pay|buy|acquire|purchase)(?!\w)", re.IGNORECASE)


def _rules_on_another(own: Outcome, back: Outcome, turned: Outcome) -> bool:
    """Say whether a passage's outcome backing the sentence's rules on another thing, one its opposite rules on as the
    sentence does: "Das Gericht wies die Klage der Stadt ab, gab aber der Klage der Gewerkschaft statt" backs no
    "gab der Klage der Stadt statt" (one word in common, "Klage", was enough)."""
    # a back naming nothing the sentence does not ("wies sie im Übrigen ab") is of the sentence's thing, its pronoun
    return bool(back.decided - own.decided and (own.decided - back.decided) & turned.decided)


def _crossed(own: Outcome, theirs: list[Outcome]) -> Outcome | None:
    """Return a passage's win or loss giving the sentence's with its two sides in each other's places ("Beta beat
    Alpha" for "Alpha beat Beta"), where no passage gives it the sentence's way ("Alpha beat Beta", "Beta lost to
    Alpha")."""
    if own.pair != "won" or not own.subject or not own.after:
        return None
    same = [other for other in theirs if other.pair == own.pair]
    if any(_sides_crossed(own, other) == (other.side != own.side) and own.subject & (other.subject | other.after)
           for other in same):
        return None
    return next((other for other in same if other.side == own.side and _sides_crossed(own, other)), None)


def _sides_crossed(own: Outcome, other: Outcome) -> bool:
    """Say whether the sentence's winner (or loser) stands after the passage's outcome, and the passage's before the
    sentence's: "Alpha" and "Beta" of "Alpha beat Beta" and "Beta beat Alpha"."""
    return bool((own.subject - other.subject) & other.after and (other.subject - own.subject) & own.after)


def turned_outcomes_in_item(text: str, passages: list[Cited], language: str = "") -> list[Finding]:
    """Return turned_outcomes' findings for an item cited as a whole, sentence by sentence."""
    key = _language_of(language)
    if not key or not _gives_outcome(text, key):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in turned_outcomes(sentence.text, passages, sentence.start, language)]


def _restates(own: frozenset[str], other: frozenset[str]) -> bool:
    """Say whether a passage's clause restates a sentence's: two words shared, or all the sentence's own ("the appeal
    was dismissed" of "the appeal was upheld")."""
    shared = own & other
    return len(shared) >= _RESTATES or (bool(shared) and shared == own)


def _gives_outcome(text: str, language: str = "en") -> bool:
    return next(_outcome_matches(text, language), None) is not None


def _outcome_matches(text: str, language: str = "en") -> Iterator[re.Match]:
    """Yield the outcome pattern's matches in text, as its finditer does. In English text of ASCII the pattern is
    tried only where a word starts with one of its stems, as every outcome's first word does (checkspeed10): its
    search of a passage cost 18 µs, trying every character against some 300 forms; the stems' 3."""
    table = _TABLES[language]
    if language != "en" or not text.isascii():  # lowering keeps ASCII text's offsets
        yield from table.outcome.finditer(text) if _may_give_outcome(text, language) else ()
        return
    lowered, stem, at = text.lower(), _STEM_AT_WORD_START[language], 0
    while (start := stem.search(lowered, at)) is not None:
        match = table.outcome.match(text, start.start())  # its look-behind still reads the text before
        if match is None:
            at = start.start() + 1
        else:
            yield match
            at = match.end()


def _may_give_outcome(text: str, language: str = "en") -> bool:
    """Say whether a word of text starts as an outcome's does: found among its words far sooner than by a pattern."""
    return _STEM_AT_WORD_START[language].search(text.lower()) is not None


def _stem_at_word_start(table: _Table) -> re.Pattern:
    """Return a pattern finding a stem of table where a word of `table.letters` starts: what the words found by
    `letters` starting with a stem say, in one pass and no list of words (2 x as fast). A stem holding a letter
    `letters` does not read starts none of its words, and is left out."""
    letter = table.letters.pattern.removesuffix("+")
    stems = sorted((stem for stem in table.stems if table.letters.fullmatch(stem)), key=len, reverse=True)
    return patterns.compile(rf"(?<!{letter})(?:{'|'.join(map(re.escape, stems)) or '(?!)'})")


_STEM_AT_WORD_START = {language: _stem_at_word_start(table) for language, table in _TABLES.items()}


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _outcomes(text: str, language: str = "en") -> tuple[Outcome, ...]:
    """Return the outcomes text gives plainly (not negated), each with its clause."""
    found, table = [], _TABLES[language]
    for match in _outcome_matches(text, language):
        if len(found) >= _MOST:
            break
        written = " ".join(match.group().casefold().replace("’", "'").split())
        key = _form_of(written) if language == "en" else written if written in table.outcome_of else None
        if (key is None or _NOT_AN_OUTCOME_AFTER.match(text, match.end())
                or table.negated_before.search(text, max(0, match.start() - _NEAR), match.start())
                or (written in _NOT_AN_OUTCOME_BEFORE_TO and _TO.match(text, match.end()))
                or (written in _KEEP and _NOT_KEPT_AFTER.match(text, match.end()))
                or (written in _END and not _VERB_BEFORE.search(text, max(0, match.start() - 8), match.start()))
                or (written in _STANDS and not _CLAUSE_ENDS_AFTER.match(text, match.end()))
                or (written == "carried" and not _CARRIED_AFTER.match(text, match.end()))
                or (written in _ROUTED and _NOT_ROUTED_AFTER.match(text, match.end()))
                or (key in _FELL_TO and not _TO_A_NAME.match(text, match.end()))):
            continue
        near = max(0, match.start() - _NEAR * (1 if language == "en" else 2))
        passive = key in table.transitive and table.passive_before.search(text, near, match.start())
        breaks = table.clause_break
        # "gab aber der Klage ... statt": "aber" right after a split verb is its adverb, and ends no clause
        verb_end = _ADVERB_AFTER.match(text, match.end()).end() if written in table.split else match.end()
        start, end = clause_start(text, match.start(), breaks), clause_end(text, verb_end, breaks)
        before, after = text[start:match.start()], text[match.end():end]
        particle = _split_particle(after, table.split[written]) if written in table.split else None
        if particle == "":
            continue  # "gab ... bekannt": announced, no ruling
        if particle is None and table.particles and _particle_ends(after, table):
            continue  # "schlug einen Waffenstillstand vor": proposed
        agent = passive and table.agent and _last(table.agent, before)
        if agent:  # "Alpha wurde von Beta besiegt": Beta is who won, as after "defeated by"
            before, after = before[:agent.start()], before[agent.end():] + after
        elif not passive and table.subject_after and _subject_follows(before, table):
            before, after = _subject_first(after), before + " " + _subject_first(after, rest=True)
        shown = " ".join(match.group().split()) + (f" ... {particle}" if particle else "")  # "wies ... ab"
        within = _content(match.group(), table) - _content(key, table)  # "Okafor" of "found Okafor guilty"
        subject, rest = _content(before, table), _content(after, table)  # read once for every pair of the form
        ruled_on = (subject if _PASSIVE_BEFORE.search(text, near, match.start()) else rest) if language == "en" else (
            _ruled_on_in_german(text, near, match.start(), table, subject, rest) if language == "de" else frozenset())
        for pair, side in table.outcome_of[key]:
            if pair == "suspended" and key in _LIFT and _FOR_A_TIME.search(text, start, end):
                continue  # lifted for a time: suspended, as the passage may say
            # a bill "was defeated" failed as "defeated" says; a side "was defeated by" another lost
            found.append(Outcome(pair, 1 - side if passive and pair == "won" else side, shown,
                                 subject, rest, subject | rest | within, " ".join(text[start:end].split()),
                                 frozenset() if pair == "won" else subject | rest if pair == "passed" else ruled_on,
                                 key == "agreed" and _TO_PAY.match(text, match.end()) is not None))
    return tuple(found)


_FIRST_WORD = patterns.compile(r"[^\W\d_]+")
_ADVERB_AFTER = patterns.compile(r"(?:\s+(?:aber|doch|jedoch|dagegen|hingegen)(?!\w))?", re.IGNORECASE)
# The subject after a German verb: its article, and its name ("Alpha" of "Alpha Beta", "der FC Beta")
_SUBJECT = patterns.compile(r"\s*(?:(?:der|die|das|ein|eine)\s+)?"
                            r"((?:[A-ZÄÖÜ]{1,3}\s+)?[^\W\d_a-zäöüß][\w'’.-]*)")


def _particle_ends(after: str, table: _Table) -> bool:
    """Say whether the clause after a verb ends with a particle that makes it another verb, or goes on with
    "sich" ("schlug ... vor", "schlug zurück", "schlug sich gut")."""
    words = _FIRST_WORD.findall(after.casefold())
    return bool(words) and (words[-1] in table.particles or words[0] == "sich")


def _split_particle(after: str, particles: tuple[str, ...]) -> str:
    """Return the particle of a separable verb's finite form ending its clause ("statt" of "gab der Klage statt"), or
    "" where none of its own does."""
    words = _FIRST_WORD.findall(after.casefold())
    return words[-1] if words and words[-1] in particles else ""


def _ruled_on_in_german(text: str, near: int, at: int, table: _Table, subject: frozenset[str],
                        rest: frozenset[str]) -> frozenset[str]:
    """Return what a German ruling at `at` rules on: a passive's subject ("Der Klage wurde stattgegeben"), else an
    active's object ("Das Gericht wies die Klage ab"), so a ruling told in the other voice is of the same thing."""
    return subject if table.passive_before.search(text, near, at) else rest


def _subject_follows(before: str, table: _Table) -> bool:
    """Say whether the words before a German verb are no subject: its object after a case-marked article ("Den FC
    Beta besiegte ...") or a time or place ("Im Finale schlug ..."), its subject after it."""
    first = _FIRST_WORD.search(before)
    return first is not None and first.group().casefold() in table.subject_after


def _subject_first(after: str, rest: bool = False) -> str:
    """Return the subject's words right after a German verb ("Alpha" of "Alpha Beta im Finale"), or, with `rest`, the
    words after them."""
    subject = _SUBJECT.match(after)
    if subject is None:
        return "" if not rest else after
    return after[subject.end():] if rest else subject.group(1)


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    """Return the last match of pattern in text, or None."""
    last = None
    for last in pattern.finditer(text):
        pass
    return last


def _form_of(written: str) -> str | None:
    """Return the form an outcome's words are written in ("found guilty" for "found Okafor guilty"), or None."""
    if written.startswith("found") and written.endswith("guilty"):
        return "found not guilty" if written.split()[-2] == "not" else "found guilty"
    if written.startswith("vot") and written.endswith(" down"):
        return "voted down"  # "voted the bill down"
    if written.endswith((" in full", " in part")) or written.startswith(("partly ", "partially ", "fully ", "wholly ")):
        return "granted in part" if written.endswith("part") or written.startswith("part") else "granted in full"
    return written if written in _OUTCOME_OF else None


def _content(text: str, table: _Table | None = None) -> frozenset[str]:
    return content_words(text, table.not_content if table else _NOT_CONTENT, names_of_three=True)
