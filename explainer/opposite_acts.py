"""An act not turned into its opposite: "Pakistan halts airstrikes across Afghanistan" may not cite "Pakistan launched
airstrikes across Afghanistan", nor "Islamabad clears Afghanistan of sheltering ..." "Islamabad accuses Afghanistan
of sheltering ...".

opposites.py reads adjectives and a few verbs of a course ("continued" and "stopped"), opposite_deeds.py a deed of
assent or refusal; a strike launched told as halted, a war declared told as denied, an accusation told as a
clearance, a rise sponsored told as opposed, drones intercepted told as missed and posts destroyed told as spared all
built (benchmarks/mutations.py). PAIRS below is a table of such acts, each side with the words that back it; a
sentence's verb of one side (TRIGGERS: the forms read in a sentence) is refused where no cited passage uses any word
of its side, the sentence uses none of the other side, and a passage uses a word of the other side of the same thing:
the first word after each verb is the same ("halts airstrikes" of "launched airstrikes", an article, a possessive
or a quotation mark skipped), or, where neither verb has a thing after it ("posts were spared" of "posts were
destroyed"), the word before each is. A verb negated ("did not halt") or in quotation marks is not read, nor a
pronoun after it alone ("missed them" of "intercepted them" needs the same word before too), nor an act of another
doer: the words before the two verbs (auxiliaries, report adverbs and times skipped: "Asif by Friday morning
declared") are not two others ("Critics attacked the plan" of "Ministers defended the plan"). English text is read.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked


class Pair(NamedTuple):
    """Two opposite acts: the forms read in a sentence on each side, and the words that back each side."""

    one: tuple[str, ...]
    other: tuple[str, ...]
    one_backed: tuple[str, ...]
    other_backed: tuple[str, ...]


def _forms(words: str) -> tuple[str, ...]:
    return tuple(words.split())


# Each side's forms read in a sentence, then the words that back that side in a passage (the forms too). Bare
# forms mostly nouns ("start", "end", "attack") are backing only.
PAIRS = (
    # a strike or a campaign begun told as halted (factcheck_206: "Pakistan halts airstrikes" of "launched")
    Pair(_forms("launched launches launching began begins beginning started starts resumed resumes"),
         _forms("halted halts halting stopped stops stopping suspended suspends suspending ceased ceases"),
         _forms("launch start begin begun resume resuming mounted mounts carried conducted continued continues "
                "restarted restarts restart reopened reopens relaunched renewed"),
         _forms("halt stop suspend cease ended ends end paused pauses called calling")),
    # a war or a claim declared told as denied ("had denied an 'all-out war'" of "declared")
    Pair(_forms("declared declares declaring proclaimed proclaims announced announces"),
         _forms("denied denies denying"),
         _forms("declare proclaim announce announcing said says stated confirmed"),
         _forms("deny rejected rejects disputed disputes")),
    # an accusation told as a clearance ("Islamabad clears Afghanistan of sheltering" of "accuses")
    Pair(_forms("accuses accused accusing blames blamed blaming"),
         _forms("clears cleared clearing absolves absolved exonerates exonerated"),
         _forms("accuse blame charged charges alleged alleges"),
         _forms("clear absolve exonerate")),
    # a rise sponsored told as opposed ("after it opposed the Taliban's rise" of "after sponsoring")
    # ("backed" of "opposed" is opposite_deeds.py's, named once there: "backed" backs only)
    Pair(_forms("sponsored sponsors sponsoring"),
         _forms("opposed opposes opposing resisted resists resisting"),
         _forms("sponsor back backed backs backing supported supports supporting funded funds funding armed sheltered "
                "sheltering"),
         _forms("oppose resist fought fights fighting")),
    # a strike turned on its target ("forces reportedly defended Pakistani border troops" of "attacked")
    Pair(_forms("attacked attacking"),
         _forms("defended defending protected protecting defend defends"),  # "reportedly defend" (factcheck214)
         _forms("attack attacks struck strikes raided assaulted"),
         _forms("protect protects guarded guards")),
    # a weapon stopped told as let through ("air defense systems missed them" of "intercepted them")
    Pair(_forms("intercepted intercepts intercepting"),
         _forms("missed"),  # "missing" and "misses" are read in other senses ("missing people")
         _forms("intercept downed shot stopped destroyed"),
         _forms("miss misses missing failed fails evaded evades")),
    # a thing destroyed told as spared ("74 Taliban posts were spared" of "were destroyed")
    Pair(_forms("destroyed destroys destroying"),
         _forms("spared spares sparing"),
         _forms("destroy demolished razed flattened levelled leveled"),
         _forms("spare untouched intact")),
)

# A sentence's form: its pair and side
TRIGGERS = {form: (number, side) for number, pair in enumerate(PAIRS)
            for side, forms in enumerate((pair.one, pair.other)) for form in forms}
_WORD = patterns.compile(r"[A-Za-z][A-Za-z'’-]*")
_TRIGGER = patterns.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(TRIGGERS, key=len, reverse=True)) + r")(?![\w'’-])",
                            re.IGNORECASE)
# Skipped before the thing after a verb: articles and possessives
_DETERMINERS = frozenset("the a an its their his her our your this that these those some any".split())
# Skipped before a verb to reach the word before it: auxiliaries and adverbs of report or time
_AUXILIARIES = frozenset("has have had was were is are be been being reportedly allegedly also now then later once "
                         "would will could may might to morning night evening afternoon overnight today yesterday "
                         "monday tuesday wednesday thursday friday saturday sunday".split())
# No thing of an act: what a verb's place after or before it holds where it has none ("halted on Friday")
_NO_THING = frozenset("""and or but nor as at by for from in into of on onto over to under with within without after
before during since until while when where which who whom whose that than then so if because though although not no
never there here again also once just only even still soon already""".split())
_PRONOUNS = frozenset("it them him her us me you they he she we".split())
_NEGATED = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|no\s+longer|refused\s+to|declined\s+to|did\s+not)"
                            r"(?:\s+\w+){0,1}\s*$", re.IGNORECASE)


def turned_acts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text's verb of a pair of opposite acts stands where a cited passage says the other act
    of the same thing, and no passage says this one."""
    if not passages or not in_english(language):
        return []
    spoken = markers_blanked(text)
    own = [match for match in _TRIGGER.finditer(spoken)]
    if not own:
        return []  # most sentences tell none of these acts
    words = {word.casefold() for word in _WORD.findall(spoken)}
    theirs = [passage.text for passage in passages]
    their_words = {word.casefold() for passage in theirs for word in _WORD.findall(passage)}
    quoted = quoted_parts(spoken)
    for match in own:
        number, side = TRIGGERS[match.group().casefold()]
        pair = PAIRS[number]
        mine, opposite = _side(pair, side), _side(pair, 1 - side)
        if inside(quoted, match.start()) or words & opposite or their_words & mine or _negated(spoken, match.start()):
            continue  # both acts named, the act backed, or no act told
        thing = _thing_after(spoken, match.end()), _word_before(spoken, match.start())
        for passage in theirs:
            for found in _TRIGGER.finditer(passage):
                if found.group().casefold() in opposite and not _negated(passage, found.start()) and _same_thing(
                        thing, (_thing_after(passage, found.end()), _word_before(passage, found.start()))):
                    return [Finding(offset + match.start(), f"this sentence says '{match.group()}' where its cited "
                                                            f"passages say '{found.group()}' of the same thing: "
                                                            f"{clipped(text)}",
                                    "keep the act the source gives, or cite a passage that says this one")]
    return []


def _side(pair: Pair, side: int) -> frozenset[str]:
    """Return every word of one side of a pair: its forms and the words backing it."""
    return frozenset(pair.one + pair.one_backed if side == 0 else pair.other + pair.other_backed)


def _negated(text: str, at: int) -> bool:
    return _NEGATED.search(text, max(0, at - 24), at) is not None


def _thing_after(text: str, end: int) -> str:
    """Return the first word after a verb, articles and possessives skipped, folded; "" where none is a thing."""
    for word in _WORD.finditer(text, end, min(len(text), end + 80)):
        folded = re.sub(r"['’]s?$", "", word.group().casefold())
        if folded in _DETERMINERS:
            continue
        return "" if folded in _NO_THING else folded
    return ""


def _word_before(text: str, start: int) -> str:
    """Return the word before a verb, auxiliaries and report adverbs skipped, folded; "" where none is a thing."""
    for word in reversed(list(_WORD.finditer(text, max(0, start - 80), start))):
        if word.group().isupper() and len(word.group()) > 1:
            return word.group()  # an acronym ("US"), no pronoun
        folded = word.group().casefold()
        if folded in _AUXILIARIES:
            continue
        return "" if folded in _NO_THING or folded in _DETERMINERS else folded
    return ""


def _same_thing(mine: tuple[str, str], theirs: tuple[str, str]) -> bool:
    """Say whether two acts are of the same thing by the same doer: the same word after each (and before each too
    where it is a pronoun), or, neither with a thing after it, the same word before each; and no two other words
    before them ("Critics attacked the plan" of "Ministers defended the plan": each side its own act)."""
    (after, before), (their_after, their_before) = mine, theirs
    if before and their_before and before != their_before and not {before, their_before} & _PRONOUNS:
        return False
    if after and after == their_after:
        return after not in _PRONOUNS or bool(before and before == their_before)
    return not after and not their_after and bool(before) and before == their_before
