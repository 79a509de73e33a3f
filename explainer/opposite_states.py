"""A state not told as its opposite: "the coast guard's measurements are right" may not cite "The Association says the
coast guard's measurements are wrong".

polarity.py reads negations and opposite_deeds.py opposite deeds (accepted / rejected, opened / closed); a state said
of a thing with a word whose opposite is no negation built: "right" / "correct" / "accurate" against "wrong" /
"incorrect" / "inaccurate"; "open" / "unresolved" against "closed" / "settled" / "resolved" (a question, an issue);
"true" against "false"; a decision that "follows" advice ("in line with", "based on", "heeded") against one that "went
against" it ("contrary to", "defied", "ignored", "disregarded"); and a thing that "remains in" a place ("is still
in", "stays in") against one that "has left" it ("sailed from", "departed"). A state word is read after a word saying
the thing is so ("is", "are", "was", "remained", "stays", "proved"). A sentence is refused where no cited passage uses
a word of its own side, and a passage's clause uses one of the other side of the same thing: the words before each
state word, from the clause's start ("that", "and", a comma), share a word of four letters or more ("measurements",
"question"); for advice followed and a place left, the words after it share one too ("advice", "port"). A thing a
passage names as a craft ("the vessel", "the ship") that remains in a place is the named one a sentence says left it
("the Silver Tern has left Port Alda" of "The vessel itself remains in port", tests/test_factcheck_176.py). Negated
states ("are not right", "has not left") are not read on either side, nor words in quotation marks; nor is a state
whose word a passage holds within another ("reopened", "corrected": the state changed back), nor a passage's state with
an end ("open until 5 May"); a state with a scope ("open to passenger flights", "closed to cargo flights") is
another thing's unless the words after it share one too. A judgement ("careful" against "careless", "reckless"), a
party's feeling ("pleased", "happy" against "disappointed", "unhappy"; a feeling told of a pronoun, "it was
disappointed", is its speaker's: the words before it are read) and a stance ("agrees" against "disputes", "contests";
not "agreed to pay", nor "the disputes") are states too (tests/test_factcheck_245.py). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .negated_bare_quotes import quotation_negated
from .records import record
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold


@record
class _Pair:
    """Two opposite states: the words of each, the words that must come before a state word, and whether the
    words after it must name the same thing too (the advice followed, the place left)."""

    first: re.Pattern
    second: re.Pattern
    words: frozenset[str]  # every word of either side's forms: looked up before any pattern runs
    after_copula: bool
    same_object: bool
    object_words: frozenset[str] = frozenset()  # one of which the words after it must hold, where any is given
    # a speaker's own state ("it was disappointed by the ruling"): a subject of no content word is the speaker's
    speakers_own: bool = False


def _words(alternatives: str) -> re.Pattern:
    """Return a pattern of whole words, spaces read as any run of spaces."""
    spaced = alternatives.replace(" ", r"\s+")
    return patterns.compile(rf"(?<![\w'’-])(?:{spaced})(?![\w-])", re.IGNORECASE)


def _pair(first: str, second: str, after_copula: bool = True, same_object: bool = False,
          object_words: str = "", speakers_own: bool = False) -> _Pair:
    words = frozenset(re.findall(r"[a-z]{3,}", re.sub(r"\(\?<?[!=][^)]*\)+", "", f"{first} {second}")))
    return _Pair(_words(first), _words(second), words, after_copula, same_object, frozenset(object_words.split()),
                 speakers_own)


_GUIDANCE = ("advice recommendation recommendations guidance guidelines rules instructions orders law ruling science "
             "scientists experts findings")
_PAIRS = (
    _pair("right|correct|accurate", "wrong|incorrect|inaccurate|mistaken"),
    _pair("open|unresolved|unsettled|undecided", "closed|settled|resolved|decided"),
    _pair("true", "false|untrue"),
    _pair("follows|followed|follow|following|in line with|in keeping with|based on|heeded|heeds",
          "went against|goes against|go against|gone against|going against|ran counter to|runs counter to|contrary to"
          "|defied|defies|defying|ignored|ignores|ignoring|disregarded|disregards|disregarding",
          # advice followed, not a thing that came after ("followed months of talks")
          after_copula=False, same_object=True, object_words=_GUIDANCE),
    _pair("remains in|remained in|remain in|stays in|stayed in|stay in|still in|held in|kept in",
          "left|leaves|has left|have left|sailed from|sails from|departed|departed from|departs|departs from",
          after_copula=False, same_object=True),
    # factcheck_245: a judgement's word turned ("careful" of "careless"), a party's feeling turned ("pleased" of
    # "disappointed"), a stance turned ("the utility agrees" of "the utility disputes")
    _pair("careful", "careless|reckless|negligent"),
    _pair("pleased|delighted|happy|satisfied|glad", "disappointed|unhappy|dismayed|dissatisfied|saddened",
          speakers_own=True),
    # not a deal ("agreed to pay"), nor a quarrel named ("the disputes", "a contested seat")
    _pair(r"(?:agrees|agreed|agree|concurs|concurred)(?!\s+(?:to|on)\b)",
          r"(?<!the\s)(?<!a\s)(?<!its\s)(?:disputes|disputed|contests|contested|disagrees|disagreed)"
          r"(?!\s+(?:seat|area|claim|election)s?\b)",
          after_copula=False),
)
_COPULA = _words("is|are|was|were|be|been|being|remains|remained|remain|stays|stayed|stay|proved|proves|seems"
                 "|seemed|still|now|entirely|wholly|completely|largely|all"
                 # a state reached: "its emergency departments have closed" of "remain open"
                 "|has|have|had")
_BOUNDED = patterns.compile(r"(?<![\w-])(?:until|till|through|pending|before)(?![\w-])", re.IGNORECASE)
# a state's scope after its word: "open to passenger flights", "closed for repairs"
_SCOPED = patterns.compile(r"\s+(?:to|for)(?![\w-])", re.IGNORECASE)
_NEGATED = _words("not|no longer|never|n['’]t|hardly|neither|nor")
# where a clause opens: the thing a state is said of follows the last of these before the state word
_CLAUSE_START = patterns.compile(r"(?<![\w-])(?:that|which|and|but|while|whereas|said|says|say|according to)(?![\w-])"
                                 r"|[,;:]", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:.]|(?<![\w-])(?:and|but|while|whereas|which)(?![\w-])", re.IGNORECASE)
# a thing a passage calls by its kind of craft: what "remains in port" of a named vessel the sentence says left it
_CRAFT = _words("the (?:vessel|ship|boat|trawler|tanker|ferry|aircraft|plane)(?: itself)?")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "according", "still", "remains", "remained", "itself",
                          "will", "would", "which", "what", "when", "where", "these", "those", "the", "its", "has",
                          "had", "his", "her", "our", "was", "are", "who", "and", "but", "for", "not", "now", "all"})
_NEAR = 24  # characters before a state word read for a copula or a negation ("are now largely")


def opposite_states(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a state of a thing whose opposite a cited passage tells of the same thing, or
    negates a quotation a cited passage gives as said (negated_bare_quotes.py: the quoted words' state turned)."""
    return _states_turned(text, passages, offset, language) or quotation_negated(text, passages, offset, language)


def _states_turned(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text tells a state of a thing whose opposite a cited passage tells of the same thing."""
    if not in_english(language) or not passages or not any(may_hold(text, pair.words) for pair in _PAIRS):
        return []  # most sentences tell none of these states
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for pair in _PAIRS:
        for own, other in ((pair.first, pair.second), (pair.second, pair.first)):
            found = _turned(spoken, quoted, pair, own, other, passages)
            if found:
                told, theirs, sentence = found
                return [Finding(offset, f"this sentence tells a state ('{told}') whose opposite its cited passages "
                                        f"tell of the same thing ('{theirs}': '{sentence}'): {clipped(text)}",
                                "say what the source says of it, or cite a passage that tells this state")]
    return []


def _turned(spoken: str, quoted: list, pair: _Pair, own: re.Pattern, other: re.Pattern,
            passages: list[Cited]) -> tuple[str, str, str] | None:
    """Return the sentence's state word, the passage's opposite one and that passage's sentence, where the sentence
    tells a state of `own` side that a passage tells as of the `other` side."""
    told = next((match for match in own.finditer(spoken)
                 if not inside(quoted, match.start()) and _read(spoken, match, pair)), None)
    if told is None or any(_told(passage.text, own, pair) or _within_a_word(passage.text, told.group())
                           for passage in passages):
        return None  # no such state told; or a passage tells it itself, or its change ("reopened", "corrected")
    subject = _subject(spoken, told) or _speaker(spoken, told, pair)
    thing = _object(spoken, told)
    for passage in passages:
        if not other.search(passage.text):
            continue
        for sentence in split_sentences(passage.text, "en"):
            for theirs in other.finditer(sentence.text):
                if not _read(sentence.text, theirs, pair) or _BOUNDED.search(_clause_after(sentence.text, theirs)):
                    continue  # not that state; or one with an end, "open until 5 May", "in port until"
                scoped = _SCOPED.match(spoken, told.end()) or _SCOPED.match(sentence.text, theirs.end())
                if (pair.same_object or scoped) and not (thing & _object(sentence.text, theirs)
                                                         and (not pair.object_words or thing & pair.object_words)):
                    continue  # another thing's state: "open to passenger flights", "closed to cargo flights"
                if _same_thing(subject, sentence.text, theirs, pair, passage.text):
                    return " ".join(told.group().split()), " ".join(theirs.group().split()), \
                        " ".join(sentence.text.split())
    return None


def _within_a_word(text: str, told: str) -> bool:
    """Say whether text holds a sentence's state word of four letters or more within a longer word: "The border was
    closed in February and reopened in March" tells the state changed back (tests/test_factcheck_48.py)."""
    folded = text.casefold()
    return any(word in folded for word in told.casefold().split() if len(word) >= 4)


def _told(text: str, side: re.Pattern, pair: _Pair) -> bool:
    """Say whether text uses a word of `side` at all: negated or not, after a copula or not ("calls them wrong"), a
    passage that names the state weighs it."""
    return side.search(text) is not None


def _read(text: str, match: re.Match, pair: _Pair, negated_too: bool = False) -> bool:
    """Say whether a state word is read as a state: after a copula where the pair needs one, not negated."""
    before = text[max(0, match.start() - _NEAR):match.start()]
    if not negated_too and _NEGATED.search(before):
        return False
    if not pair.after_copula:
        return True
    last = list(_words_of(before))
    return bool(last) and bool(_COPULA.fullmatch(last[-1]))


def _words_of(text: str):
    return re.findall(r"[\w'’-]+", text)


def _subject(text: str, match: re.Match) -> frozenset[str]:
    """Return the content words of the thing a state word is said of: its clause's words before it."""
    before = text[:match.start()]
    starts = [found.end() for found in _CLAUSE_START.finditer(before)]
    return _content(before[starts[-1] if starts else 0:])


def _object(text: str, match: re.Match) -> frozenset[str]:
    """Return the content words after a state word, to its clause's end (the advice followed, the place left)."""
    return _content(_clause_after(text, match))


def _clause_after(text: str, match: re.Match) -> str:
    """Return the words after a state word, to its clause's end."""
    after = text[match.end():]
    end = _CLAUSE_END.search(after)
    return after[:end.start() if end else len(after)]


def _content(text: str) -> frozenset[str]:
    """Return the folded words of text of three letters or more that name something ("cut", "port")."""
    return frozenset(word.casefold() for word in re.findall(r"[^\W\d_]{3,}", text)) - _NOT_CONTENT


def _same_thing(subject: frozenset[str], sentence: str, theirs: re.Match, pair: _Pair, passage: str) -> bool:
    """Say whether the passage's state word is said of the sentence's thing: their words before it share one, or the
    passage calls by its kind of craft a thing it names that the sentence says left a place."""
    before = sentence[:theirs.start()]
    starts = [found.end() for found in _CLAUSE_START.finditer(before)]
    if pair.same_object and _CRAFT.fullmatch(before[starts[-1] if starts else 0:].strip()):
        return bool(subject) and subject <= _content(passage)
    return bool(subject & (_subject(sentence, theirs) or _speaker(sentence, theirs, pair)))


def _speaker(text: str, match: re.Match, pair: _Pair) -> frozenset[str]:
    """Return, for a speaker's own state told of a pronoun ("The Daily Courier said it was disappointed"), the content
    words before the state word: the speaker's name; none for other pairs."""
    return _content(text[:match.start()]) if pair.speakers_own else frozenset()
