"""Orders, decisions and retaliation kept to the source: "Khawaja Asif ordered an all-out war" may not cite "Asif
declared an all-out war", nor "the cabinet decided to strike" a passage saying only that strikes were launched, nor
"Pakistan retaliated with airstrikes" one that gives the airstrikes alone, nor "the Taliban conceded that 55
soldiers were killed" one in which the Taliban only said so.

A sentence gives an order by "ordered" ("orders", "on the orders of"; not "in order to"), a decision by "decided"
("decision"), a permission by "authorised" ("approved"), and retaliation by "retaliated" ("retaliatory", "hit back",
"in revenge", "avenged"; "in retaliation for" is causes.py's), and an admission by "admitted" ("conceded",
"confessed", "acknowledged"). It is refused where none of its cited passages gives
one in any words of the kind (an order by "command", "instructed", "directed", "decree", "required", or a ruling's
"shall" and "must", "The Appellant shall pay"; a decision by
"chose", "opted", "resolved", "voted", "agreed", "ruled", or a refusal, "rejected"; a permission by those, an order,
"sanctioned", "cleared", "passed", "adopted", "ratified"; retaliation by "reprisal", "in response", "responded",
"counter-attack", "countermeasures", "counter-tariffs"; an admission by those, "owned up", "accepted that",
"recognised", or a denial, which polarity.py reads), or where a passage withholds what it admits ("Corvane admitted
responsibility" citing "without any admission of responsibility"). Retaliation given to a party of the briefing ("Pakistan retaliated": a word naming it among the
three before) is refused where the passages' sentences giving retaliation give it only to others (the party after
"by" before their word, else the one each names first: "Afghan Taliban forces attacked Pakistani troops in
retaliation"). English text is read; words in quotation marks, negated words ("did not order"; "Nobody ordered", a subject naming
no one: no_one_subjects.py), an authorisation
asked for ("sought approval", "applied for approval") and a decision spoken of ("the decision rests on one trial",
not "the decision to strike") are not, nor is a question still open ("has 30 days to decide whether to appeal"). A
decision left to someone ("is for the courts to decide", "up to the regulator to decide") takes none: it builds
where a cited passage leaves the question to the same one ("a matter for the courts", "the judge will decide"; not
after "not": "not for the regulator"), and is refused otherwise (tests/test_newuser_81.py). An order that
imposed_offers.py already refuses as an offer or pledge told imposed ("The Authority ordered the companies to freeze
prices" of "pledged to freeze") is named once, there (tests/test_factcheck_191.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .imposed_offers import offers_told_imposed
from .no_one_subjects import verb_of_no_one
from .offers_accepted import approval_of_an_offer_taken
from .sentences import inside, markers_blanked, split_sentences
from .speakers import parties_of
from .wordset import may_hold

_SAID = {"order": r"(?<!in\s)(?<!and\s)order(?:s|ed|ing)?(?!\s+of\s+magnitude)",
         "decision": r"decid(?:e|es|ed|ing)|decisions?",
         "authorisation": r"authori[sz](?:e|es|ed|ing|ation)|approv(?:e|es|ed|ing|al)(?!\s+ratings?)",
         "retaliation": r"(?<!in\s)retaliat\w*|hit\s+back|hits\s+back|in\s+revenge|aveng(?:e|es|ed|ing)",
         # not a hospital's: "patients admitted fell", "were admitted to the ward", "admitted 1,940 patients"
         "admission": r"(?<!patients\s)(?<!people\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)admit(?:s|ted|ting)?"
                      r"(?!\s+(?:\d|patients|to\s+(?:the\s+|a\s+)?(?:hospital|ward|unit|intensive|care)))"
                      r"|conced(?:e|es|ed|ing)|confess(?:es|ed|ing)?|acknowledg(?:e|es|ed|ing)"}
# A refusal decides too: "approved" for "rejected" turns an outcome (polarity.py's, outcomes.py's), invents none
_REFUSED = r"reject\w*|refus\w*|veto\w*|block\w*|den(?:y|ies|ied)|turn\w*\s+down|overturn\w*"
# a ruling orders by "shall" and "must": "The Appellant shall pay 4,000 euros" (newuser_38)
# and an award of damages orders their payment: "awarded $725 million in statutory damages" (factcheck_208)
_GIVEN = {"order": r"order\w*|command\w*|instruct\w*|direct(?:ed|ive|ives)|decree\w*|mandate\w*|requir\w*|shall|must"
                   r"|award(?:s|ed|ing)?(?=\s+(?:[\w'’-]+\s+){0,3}?(?:[$€£]\s?\d|\d|damages|compensation|costs))",
          "decision": r"decid\w*|decision\w*|cho(?:se|ose|oses|osen|osing)|opt(?:s|ed|ing)|resolved?|vot(?:e|es|ed|ing)"
                      rf"|agree\w*|determined|rul(?:ed|es|ing)|{_REFUSED}",
          "authorisation": r"authori[sz]\w*|approv\w*|sanction\w*|permi\w+|order\w*|allow\w*|clear(?:s|ed|ing)?"
                           r"|pass(?:es|ed)|adopt\w*|ratif\w*|endors\w*|sign\w*\s+off|green[\s-]?light\w*|go-ahead"
                           rf"|{_REFUSED}",
          "retaliation": r"retaliat\w*|revenge\w*|aveng\w*|reprisal\w*|respon\w*|hit\w*\s+back|counter-?attack\w*"
                         r"|counter-?measures?|counter-?tariffs?|counter-?duty|counter-?duties|counter-?sanctions?"
                         r"|tit-for-tat",
          # a denial turned into an admission is polarity.py's: named there, not here too
          "admission": r"admi(?:t|ss)\w*|conce(?:de|ded|des|ding|ssion|ssions)|confess\w*|acknowledg\w*|owned\s+up"
                       r"|(?:grant|accept)(?:s|ed)?\s+that|recogni[sz]\w*|den(?:y|ies|ied|ying|ial)"}
_SAYS = patterns.compile("|".join(rf"(?P<{kind}>(?<![\w-])(?:{words})(?![\w-]))" for kind, words in _SAID.items()),
                         re.IGNORECASE)
_GIVES = {kind: patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) for kind, words in _GIVEN.items()}
_HOLDS = frozenset({"order", "orders", "ordered", "ordering", "decide", "decides", "decided", "deciding", "decision",
                    "decisions", "authorise", "authorises", "authorised", "authorising", "authorisation", "authorize",
                    "authorizes", "authorized", "authorizing", "authorization", "approve", "approves", "approved",
                    "approving", "approval", "retaliate", "retaliates", "retaliated", "retaliating", "retaliation",
                    "retaliatory", "hit", "hits", "revenge", "avenge", "avenges", "avenged", "avenging", "admit",
                    "admits", "admitted", "admitting", "concede", "concedes", "conceded", "conceding", "confess",
                    "confesses", "confessed", "confessing", "acknowledge", "acknowledges", "acknowledged",
                    "acknowledging"})
_ARTICLES = {"order": "an ", "decision": "a ", "authorisation": "an ", "retaliation": "", "admission": "an "}
_BEFORE = 60  # characters before "retaliated" its subject is looked for in
_SUBJECT_WORDS = 3  # "Pakistan then retaliated", "Pakistan's army retaliated"
_BY = patterns.compile(r"(?<!\w)by\s", re.IGNORECASE)  # a passive's agent: "attacked by Taliban forces"
_NAME_WORD = patterns.compile(r"['’]s?$|[^\w'’-]")  # a possessive and punctuation around a word
# an authorisation asked for, not given: "sought approval", "applied for approval", "awaiting approval"
_REQUESTED = patterns.compile(r"(?<!\w)(?:s(?:ought|eeks?|eeking)|appl(?:y|ies|ied|ying)\s+for|ask(?:s|ed|ing)?\s+for"
                              r"|request(?:s|ed|ing)?|await(?:s|ed|ing)?|pending|bid\s+for)\s+(?:\w+\s+)?$",
                              re.IGNORECASE)
# a deed refused: "refused to order", "declined to authorise", "failed to decide"
_DECLINED = patterns.compile(r"(?<!\w)(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?)\s+to\s+$",
                             re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|no|without)\s+(?:\w+\s+)?$", re.IGNORECASE)


def invented_decisions(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                       parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives an order, a decision, a permission or retaliation that no cited passage
    gives in any words of its kind, or gives retaliation to a party of the briefing where they give it to another."""
    if not in_english(language) or not passages or not may_hold(text, _HOLDS):
        return []  # most sentences give none: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    closest = None  # the passages' sentences the text restates: found once, not at each admission of a long sentence
    for match in _SAYS.finditer(spoken):
        if inside(quoted, match.start()) or _NEGATED.search(spoken, max(0, match.start() - 16), match.start()):
            continue
        if verb_of_no_one(spoken, match.start()):
            continue  # "Nobody ordered the companies to freeze prices": no order given (factcheck_191)
        if _DECLINED.search(spoken, max(0, match.start() - 24), match.start()):
            continue  # "refused to order an injunction": an order not given, which a passage need not give (newuser_112)
        kind = match.lastgroup
        if kind == "order" and _names_a_document(spoken, match):
            continue
        if kind == "authorisation" and _REQUESTED.search(spoken, max(0, match.start() - 24), match.start()):
            continue  # "Brennick sought approval": asked for, which gives none (newuser_42)
        if kind == "authorisation" and approval_of_an_offer_taken(spoken, match.start(), passages):
            continue  # "approved the board's offer" of "backed the board's offer": taken (offers_accepted.py)
        if kind == "decision" and _names_a_decision(spoken, match):
            continue  # "The decision rests on one trial": a decision spoken of, deciding nothing the sentence says
        if match.group().lower() == "decide" and _OPEN_QUESTION.match(spoken, match.end()):
            continue  # "has 30 days to decide whether to appeal": a question still open, no decision (newuser_81)
        left = _LEFT_TO.search(spoken, max(0, match.start() - 60), match.start()) if kind == "decision" else None
        if left:  # "it is for the courts to decide": nobody decided, the question is someone's (newuser_81)
            who = " ".join(left["who"].split())
            if _left_to_them(who, passages):
                continue
            return [Finding(offset + match.start(), f"this sentence leaves the decision to '{who}' where its cited "
                                                    f"passages leave it to no one so named: {clipped(text)}",
                            "say whose question it is as the source does, or cite a passage that leaves it to them")]
        if kind == "admission" and closest is None:
            closest = _closest(spoken, passages)
        restated = closest if kind == "admission" else [passage.text for passage in passages]
        # a sentence restating no passage sentence is still refused where they withhold the very admission it gives
        withheld = kind == "admission" and not restated and _admission_withheld(spoken, match, passages)
        if not withheld and (not restated or any(_gives(passage, kind) for passage in restated)):
            if kind == "retaliation" and parties:
                turned = _retaliator_turned(spoken, match, passages, parties)
                if turned:
                    return [Finding(offset + match.start(), f"this sentence gives retaliation ('{match.group()}') to "
                                                            f"{turned[0]} where its cited passages give it to "
                                                            f"{turned[1]}: {clipped(text)}",
                                    "say who retaliated as the source does, or cite a passage that gives it to this "
                                    "one")]
            continue
        shown = " ".join(match.group().split())
        if kind == "order" and any(f"('{shown.casefold()} " in finding.message.casefold()
                                   for finding in offers_told_imposed(text, passages, offset, language)):
            continue  # "ordered the companies to freeze" of a pledge: named once, as an offer told imposed
        return [Finding(offset + match.start(), f"this sentence gives {_ARTICLES[kind]}{kind} ('{shown}') where its "
                                                f"cited passages give none: {clipped(text)}",
                        f"say what was {'said' if kind == 'admission' else 'done'}, as the source does, or cite a "
                        f"passage that gives the {kind}")]
    return []


# A court's order as the document it issues: "the court's order", "the order does not say", "this order"; not what it
# orders ("the order to pay", "the order that Corvane submit", "on the orders of")
_DOCUMENT_BEFORE = patterns.compile(
    r"(?:the|this|that|its|their|an?|[\w-]+['’]s)\s+(?:(?:final|written|interim)\s+)?$", re.IGNORECASE)
_WHAT_IS_ORDERED = patterns.compile(r"\s+(?:to|that|for|of|from|by|requiring|directing|banning|forbidding)(?!\w)",
                                    re.IGNORECASE)


# A decision left to someone, not taken: "is for the courts to decide", "up to the regulator to decide", "left it to
# the judge to decide"; and where a passage leaves a question to someone: "a matter for the courts, not for the
# regulator", "it is up to the court", "the judge will decide", never after "not"
_LEFT_TO = patterns.compile(r"(?<![\w-])(?:for|up\s+to|(?:left|leaves?|leaving)\s+(?:it\s+)?to)\s+"
                            r"(?P<who>(?:[\w'’-]+\s+){1,4}?)to\s+$", re.IGNORECASE)
_LEAVES = patterns.compile(r"(?<![\w-])(?<!not\s)(?<!n['’]t\s)(?:for|up\s+to|(?:left|leaves?|leaving)\s+(?:it\s+)?to"
                           r"|rests?\s+with|lies\s+with)\s+(?P<who>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
                           r"|(?P<deciding>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+"
                           r"(?:will|would|must|shall|should|is\s+to|are\s+to|to)\s+(?:decide|rule|determine)(?![\w-])",
                           re.IGNORECASE)
_NOT_WHO = frozenset({"the", "a", "an", "it", "its", "their", "his", "her", "them", "to", "of"})
_OPEN_QUESTION = patterns.compile(r"\s+(?:whether|if)(?!\w)", re.IGNORECASE)


def _left_to_them(who: str, passages: list[Cited]) -> bool:
    """Say whether a cited passage leaves a question to the one `who` names (its last word, a plural as its
    singular): "for the courts to decide" citing "a matter for the courts, not for the regulator"."""
    head = _singular(who.split()[-1])
    return any(head in {_singular(word) for word in (found["who"] or found["deciding"]).split()} - _NOT_WHO
               for passage in passages for found in _LEAVES.finditer(passage.text))


def _singular(word: str) -> str:
    """Return a word folded, without its possessive or a plural's "s": "courts" is "court"."""
    word = re.sub(r"['’]s?$", "", word.casefold())
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _names_a_decision(text: str, match: re.Match) -> bool:
    """Say whether the noun "decision" at `match` names a decision spoken of ("the decision rests on one trial", "its
    decision"), not one the sentence says was taken to do something ("the decision to strike")."""
    return (match.group().lower() == "decision"
            and _DOCUMENT_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
            and _WHAT_IS_DECIDED.match(text, match.end()) is None)


_WHAT_IS_DECIDED = patterns.compile(r"\s+(?:to|that|on|of|by|in\s+favou?r|against)(?!\w)", re.IGNORECASE)


def _names_a_document(text: str, match: re.Match) -> bool:
    """Say whether the noun "order" at `match` names a ruling's document, which orders nothing the sentence says."""
    return (match.group().lower() in ("order", "orders")
            and _DOCUMENT_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
            and _WHAT_IS_ORDERED.match(text, match.end()) is None)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _gives(text: str, kind: str) -> bool:
    """Say whether a passage gives an order, a decision, a permission or retaliation in any words of the kind."""
    return any(not _NEGATED_GIVEN.search(text, max(0, given.start() - 24), given.start())
               for given in _GIVES[kind].finditer(text))


# A word of the kind a passage negates gives none: "without any admission of responsibility", "no order was made"
_NEGATED_GIVEN = patterns.compile(r"(?<!\w)(?:without|no|not|never)\s+(?:any\s+|an?\s+|the\s+)?$", re.IGNORECASE)


def _closest(text: str, passages: list[Cited]) -> list[str]:
    """Return the sentences of the passages sharing the most content words with text, two at least and a name or a
    figure among them: whose words it restates, which must give its admission ("Kabul acknowledged ..." after "The
    Taliban has said ..." gives the Taliban none). A sentence restating none is not read: what it calls an admission
    is not the passages' word."""
    named = content_words(" ".join(_NAMED.findall(text, 1) + _OPENING_NAME.findall(text)), frozenset())
    if not named:
        return []  # a sentence naming no one and giving no figure restates no passage's word here
    words = content_words(text, frozenset())
    shared = [(len(common), sentence.text) for passage in passages for sentence in split_sentences(passage.text, "en")
              for common in (words & content_words(sentence.text, frozenset()),) if common & named]
    most = max((count for count, _ in shared), default=0)
    return [sentence for count, sentence in shared if count == most] if most >= 2 else []


_ADMITTED_WORDS = 4  # "admitted responsibility", "admitted full liability for"
# An admission a passage withholds, the words after it read apart: "without any admission of", "not admitting"
_WITHHELD = patterns.compile(r"(?<!\w)(?:without|no|not|never)\s+(?:any\s+|an?\s+|the\s+)?(?:admi(?:t|ts|tted|tting|ssion)"
                             r"|acknowledg\w*|concession|conced\w*|confess\w*)(?:\s+(?:of|to|that))?(?!\w)",
                             re.IGNORECASE)


def _admission_withheld(text: str, match: re.Match, passages: list[Cited]) -> bool:
    """Say whether a cited passage withholds the admission the sentence gives at `match`: a word admitted there
    ("Corvane admitted responsibility") follows a negated admission in a passage ("without any admission of
    responsibility"), where the sentence names no one the passage does, so no passage sentence is found restated."""
    admitted = _words_after(text, match.end())
    return bool(admitted) and any(admitted & _words_after(passage.text, withheld.end())
        for passage in passages for withheld in _WITHHELD.finditer(passage.text))


def _words_after(text: str, start: int) -> frozenset[str]:
    """Return the content words of the few words after `start`, read from a short window, not the rest of text."""
    return content_words(" ".join(text[start:start + 16 * _ADMITTED_WORDS].split()[:_ADMITTED_WORDS]), frozenset())


# A name or a figure, past a sentence's first word ("Taliban", "55", "2019"); and a possessive opening it ("Grainline's
# chief executive"), where "The" or "Residents" name nothing
_NAMED = patterns.compile(r"(?<![\w'’-])[A-Z0-9][\w'’-]*")
_OPENING_NAME = patterns.compile(r"^\s*[A-Z][\w-]*['’]s?(?=\s)")


def _retaliator_turned(text: str, match: re.Match, passages: list[Cited],
                       parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, str] | None:
    """Return (the sentence's retaliator, the passages') where the party right before "retaliated" is none of those
    the passages' sentences give retaliation to: "Pakistan retaliated" citing "Taliban forces attacked Pakistani
    troops in retaliation for Pakistani airstrikes"."""
    own = _named(text[max(0, match.start() - _BEFORE):match.start()].split()[-_SUBJECT_WORDS:], parties)
    if not own:
        return None  # "the group retaliated": nobody named, nobody swapped
    theirs = [found for passage in passages for found in _retaliators(passage.text, parties)]
    if not theirs or any(ids & own[1] for _, ids in theirs):
        return None
    return own[0], theirs[0][0]


def _named(words: list[str], parties: tuple) -> tuple[str, frozenset[str]] | None:
    """Return the last capitalised word of `words` naming a party of the briefing, as written, with the parties it
    names; or None."""
    for word in reversed(words):
        name = _NAME_WORD.sub("", word)
        if name[:1].isupper() and len(name) >= 4:
            ids = parties_of(frozenset({name.casefold()}), parties)
            if ids:
                return name, ids
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _retaliators(text: str, parties: tuple) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return who each sentence of a passage giving retaliation gives it to: the agent after "by" before its word,
    else the first party the sentence names ("Afghan Taliban forces ... attacked ... in retaliation")."""
    found = []
    for sentence in split_sentences(text, "en"):
        given = _GIVES["retaliation"].search(sentence.text)
        if not given:
            continue
        before = sentence.text[:given.start()]
        by = [agent.end() for agent in _BY.finditer(before)]
        agent = _first_named(before[by[-1]:].split()[:_SUBJECT_WORDS], parties) if by else None
        named = agent or _first_named(before.split(), parties)  # "attacked by Taliban forces in retaliation"
        if named:
            found.append(named)
    return tuple(found)


def _first_named(words: list[str], parties: tuple) -> tuple[str, frozenset[str]] | None:
    """Return the first capitalised word of `words` naming a party, with the parties it names; or None."""
    return next((named for index in range(len(words)) for named in [_named(words[index:index + 1], parties)]
                 if named), None)
