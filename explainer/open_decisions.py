"""A decision still open told as made: "The city will appeal" citing "... before deciding whether to appeal".

A passage giving an act as undecided ("whether to appeal", "whether or not to sell", "did not say whether it would
impose tariffs", "whether the claim can proceed", "would consider an appeal", "did not rule out raising tariffs", an
act offered, "had offered to meet the club's board", its own clause un-negated) does not back a sentence telling that act as
decided: "will appeal", "is going to appeal", "plans to", "intends to", "has decided to", "is to appeal", "said it
would appeal", "voted to", "agreed to", "chose to" ("The trust voted to fund part of the legal costs" of a ballot "on
whether to fund" them: tests/test_factcheck_132.py), or as done ("appealed", tests/test_newuser_40.py; "lodged an appeal", "filed an appeal", and under way, "are
appealing": tests/test_newuser_103.py). It is refused where the
sentence shares a content word (four letters or more) with the passage's sentence besides the act ("city" of "The
city will appeal"), or what the act is done to, a word of the three after its verb ("the cut" of "will reverse the
price cut" for "The company has not said whether it will reverse the cut"; "whether Halden will" is open as "whether
it will" is), and no cited passage gives the act as decided itself in a sentence sharing such a word with it ("The
city said it will appeal"; Corvane's "will appeal"
backs no city's). Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of
from .undone_passives import passive_undone
from .weighed_acts import appeal_heard

# its subject a pronoun, "the" and a noun, or a name: "whether Northland would impose tariffs" (factcheck_111), "whether
# Halden will" (newuser_81)
# "did not say if", "declined to say if" (newuser_101) as "whether"
_OPEN = patterns.compile(r"(?<!\w)(?:whether|(?:say|said|says|saying|disclose|confirm|indicate|know|clear)\s+if)\s+"
                         r"(?:or\s+not\s+)?(?:to|(?:it|they|he|she|we|the\s+[a-z]+"
                         r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+(?:would|will|can|could|should))\s+"
                         r"(?P<verb>[a-z]{3,})(?!\w)"
                         # an act offered is the other side's to take up: "had offered to meet the club's board"
                         r"|(?<!\w)(?:offer(?:s|ed|ing)?|propos(?:es|ed|ing))\s+to\s+(?P<offered>[a-z]{3,})(?!\w)"
                         # an appeal weighed: "said it was disappointed and would consider an appeal"
                         r"|(?<!\w)(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\s+(?:an\s+)?(?P<noun>appeal)(?!\w)"
                         # an act not ruled out is not ruled in: "did not rule out raising tariffs" (factcheck_111)
                         r"|(?<!\w)(?:not|never|n['’]t)\s+(?:be\s+)?(?:rul(?:e|ed|ing)|ruled)\s+out\s+(?:further\s+)?"
                         r"(?P<ing>[a-z]{2,}ing)(?!\w)",
                         re.IGNORECASE)
# told as decided: "will appeal", "is going to appeal", "plans to appeal", and reported so, "said it would appeal"
_DECIDED = (r"(?:will|['’]ll|(?:is|are|was|were)\s+(?:going\s+)?to|plans?\s+to|intends?\s+to|(?:has|have|had)\s+"
            r"decided\s+to|decided\s+to|(?:said|says|told\s+\w+|confirmed|confirms|announced|announces)\s+(?:that\s+)?"
            r"(?:it|they|he|she|we|(?-i:[A-Z])[\w'’-]*)\s+would"  # "said Kestria would"
            # a vote or choice told as held: "voted to fund" of a ballot "on whether to fund" (factcheck_132)
            r"|(?:(?:has|have|had)\s+)?(?:voted|agreed|chose|chosen|resolved|opted|elected)\s+to"
            # ... or let: "The claim was allowed to proceed" of a judge deciding "whether the claim can proceed"
            r"|(?:was|were|been|is|are)\s+(?:allowed|permitted|cleared|given\s+permission)\s+to)")
# a whole word: "Northland will impose" opens with "No", and was read as negated (factcheck_111)
_NEGATED_BEFORE = patterns.compile(r"(?:(?<!\w)(?:not|never|no)|n['’]t)(?!\w)\W*(?:\w+\W+)?$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "whether", "deciding", "decide", "decided",
                          "considering", "weighing", "before", "after", "going", "plans", "intends"})


def told_as_decided(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as decided ("will appeal") an act its cited passages give as undecided
    ("whether to appeal")."""
    open_acts = [act for passage in passages if "hether" in passage.text or "ppeal" in passage.text
                 or " if " in passage.text or "ffer" in passage.text or "ropos" in passage.text
                 or "ule out" in passage.text or "uled out" in passage.text or "uling out" in passage.text
                 for act in _open(passage.text)]
    if not open_acts:  # most passages decide nothing openly: found without reading the sentence
        return _options_told_decided(text, passages, offset)
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for verb, shown, words in open_acts:
        offered = shown.casefold().startswith(("offer", "propos"))  # an offer taken up is told by its act done
        decided = next((match for match in _decided(verb, offered).finditer(_OPEN.sub(_blanked, spoken))  # own "whether"
                        if not inside(quoted, match.start()) and not passive_undone(spoken, match.start())
                        and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 16), match.start())), None)
        own = content_words(spoken, _NOT_CONTENT | {verb}) | _objects(spoken, decided.end() if decided else 0)
        if decided is None or not own & words:
            continue
        if any(own & content_words(sentence_of(passage.text, match.start()), _NOT_CONTENT | {verb})
               for passage in passages for match in _decided(verb, offered).finditer(_OPEN.sub(_blanked, passage.text))):
            continue  # a passage gives it decided itself, of what the sentence names ("The city said it will appeal")
        told, given = ("done", "only as offered") if offered else ("decided", "as undecided")
        return [Finding(offset, f"this sentence tells as {told} ('{' '.join(decided.group().split())}') what its "
                                f"cited passages give {given} ('{shown}'): {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that says it was decided")]
    return _options_told_decided(text, passages, offset)


# Options weighed, no act named: "said it was studying all options", "is weighing its response", "reviewing its
# options", "considering its next steps", "has not decided how to respond" (factcheck_111), "had not yet decided how to
# vote" (factcheck_233)
_WEIGHED = patterns.compile(
    r"(?<!\w)(?:(?:studying|weighing|reviewing|considering|examining|assessing|evaluating|exploring)\s+"
    r"(?:all\s+(?:the\s+|its\s+|their\s+)?|its\s+|their\s+|the\s+|his\s+|her\s+|our\s+)?(?:possible\s+|available\s+"
    r"|legal\s+|next\s+)?(?:options|response|responses|reply|next\s+steps|steps)"
    # "had not yet decided how to vote" (factcheck_233), "has yet to decide which way to vote"
    r"|(?:had|has|have)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)decided?\s+(?:how|what|which\s+way)\s+to(?:\s+[a-z]+)?)"
    r"(?!\w)", re.IGNORECASE)
# what a sentence may say of options weighed without telling one taken: "said it would study its options", "will
# decide next week", "would consult its partners", "will not rule out tariffs"
_STILL_WEIGHING = frozenset({"study", "consider", "weigh", "review", "examine", "assess", "evaluate", "explore",
                             "decide", "look", "consult", "discuss", "wait", "keep", "continue", "take", "make",
                             "announce", "respond", "not", "never", "rule", "seek", "meet", "talk"})
# a question still open: "has yet to decide how it will vote" tells no vote decided (factcheck_233)
_ASKED_BEFORE = patterns.compile(r"(?<!\w)(?:how|whether|what|which\s+way|when|if)\s+(?:[\w'’-]+\s+){0,3}$",
                                 re.IGNORECASE)
_TOLD_DECIDED = patterns.compile(rf"(?<!\w){_DECIDED}\s+(?:\w+ly\s+)?(?P<act>[a-z]{{3,}})(?!\w)", re.IGNORECASE)


def _options_told_decided(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text tells a decision taken ("said it would impose tariffs", "will impose tariffs") of
    whom its cited passages give only as weighing its options ("said it was studying all options"), and no passage
    gives that act as decided."""
    if "would" not in text and "will" not in text and " to " not in text:
        return []
    weighed = [(" ".join(match.group().split()), content_words(sentence_of(passage.text, match.start()), _NOT_CONTENT))
               for passage in passages if "ing " in passage.text or "decide" in passage.text
               for match in _WEIGHED.finditer(passage.text)]
    if not weighed:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for decided in _TOLD_DECIDED.finditer(spoken):
        act = decided["act"].casefold()
        if act in _STILL_WEIGHING or inside(quoted, decided.start()) or \
                _NEGATED_BEFORE.search(spoken, max(0, decided.start() - 16), decided.start()) or \
                _ASKED_BEFORE.search(spoken, max(0, decided.start() - 40), decided.start()):
            continue
        own = content_words(spoken, _NOT_CONTENT | {act})
        shown = next((shown for shown, words in weighed if own & words), "")
        if not shown or any(_decided(act).search(passage.text) for passage in passages):
            continue  # another's options weighed, or a passage gives the act decided ("said it would impose")
        return [Finding(offset, f"this sentence tells as decided ('{' '.join(decided.group().split())}') what its "
                                f"cited passages give only as options weighed ('{shown}'): {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that names the decision")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _open(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return the acts a passage gives as undecided: each verb, its words as written, its sentence's content words."""
    return tuple((verb, " ".join(match.group().split()),
                  content_words(sentence_of(text, match.start()), _NOT_CONTENT | {verb, (match["ing"] or "").casefold()})
                  | _objects(text, match.end()))
                 for match in _OPEN.finditer(text)
                 if not (match["noun"] and appeal_heard(text, match.start()))  # a court's to hear (weighed_acts.py)
                 for verb in (_infinitives(match["ing"].casefold()) if match["ing"]
                              else ((match["verb"] or match["noun"] or match["offered"]).casefold(),)))


def _infinitives(gerund: str) -> tuple[str, ...]:
    """Return the verbs a gerund may be of: "raise" or "rais" of "raising", "cut" of "cutting"."""
    stem = gerund[:-3]
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" else ()
    return (stem, stem + "e", *doubled)


# a few words after the verb: what is acted on, "reverse the cut", "raise prices", shared by "will reverse the price
# cut" where the passage names the actor by a common noun ("The company has not said whether it will reverse the
# cut": no word of four letters besides the verb is Halden's, newuser_81)
_AFTER = patterns.compile(r"(?:\s+(?:the|a|an|its|their|his|her))?(?P<words>(?:\s+[^\W\d_][\w-]*){1,3})")


def _objects(text: str, end: int) -> frozenset[str]:
    """Return the words of three letters or more within three words after `end` (articles aside), folded, marked as
    what the verb acts on: "the cut" of "whether it will reverse the cut"."""
    after = _AFTER.match(text, end)
    return frozenset(f"@{word.casefold()}" for word in (after["words"].split() if after else ()) if len(word) >= 3)


# the past of verbs an offer or an open decision often names: "met" of "offered to meet" ("meeted" matched nothing)
_IRREGULAR_PAST = {"meet": "met", "sell": "sold", "pay": "paid", "buy": "bought", "hold": "held", "take": "took",
                   "give": "gave", "make": "made", "keep": "kept", "lend": "lent", "send": "sent", "drop": "dropped",
                   "stop": "stopped", "withdraw": "withdrew", "run": "ran", "seek": "sought", "bring": "brought",
                   "leave": "left"}


@functools.lru_cache(maxsize=256)
def _decided(verb: str, done_only: bool = False) -> re.Pattern:
    """Return the pattern of a verb told as decided: "will appeal", "is going to appeal", "has decided to appeal", or
    as done: "granted" ("The elections office granted the request" for "whether to grant the request"); only as done
    where `done_only` (an act offered: "agreed to meet" of "offered to meet" is outcomes.py's to name). A decision not
    to act answers the question as one to act does: "Kestria will not seek permission" of "did not say whether Kestria
    would seek permission" (newuser_101)."""
    past = _IRREGULAR_PAST.get(verb) or verb + ("d" if verb.endswith("e") else "ed")
    decided = "(?!)" if done_only else (rf"(?:{_DECIDED}|won['’]t)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?"
                                        rf"{re.escape(verb)}")
    # under way: "are appealing the ruling", "is selling the stores", "has been appealing" (newuser_103)
    ongoing = (rf"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:now\s+|already\s+)?"
               rf"{re.escape(verb[:-1] if verb.endswith('e') and len(verb) > 3 else verb)}ing")
    # and an act told by its noun: "lodged an appeal", "has filed an appeal", "launched its appeal" (newuser_103)
    # the verb bare only after a word of deciding: "has 21 days to lodge an appeal", "may lodge one" decide nothing
    # (newuser_134)
    noun = (rf"|(?:{_DECIDED}\s+(?:lodge|file|launch|submit|bring|mount|register)|{_LODGED})\s+(?:an?\s+|its\s+"
            rf"|their\s+|the\s+)?(?:formal\s+|legal\s+)?{re.escape(verb)}" if verb in _ACT_NOUNS and not done_only
            else "")
    return re.compile(rf"(?<!\w)(?:{decided}|{re.escape(past)}|{ongoing}{noun})(?!\w)", re.IGNORECASE)


# a verb of lodging told as done or under way: "lodged", "files", "has been filing"; its bare form is no act done
_LODGED = (r"(?:lodg(?:ed|es|ing)|fil(?:ed|es|ing)|launch(?:ed|es|ing)|submit(?:s|ted|ting)|brought|bring(?:s|ing)"
           r"|mount(?:ed|s|ing)|register(?:ed|s|ing))")


# verbs that are their own noun, told done by a verb of lodging: "appeal" ("lodged an appeal")
_ACT_NOUNS = frozenset({"appeal", "challenge", "bid"})


def _blanked(match: re.Match) -> str:
    return " " * len(match.group())
