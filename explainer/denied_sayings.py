"""A saying denied that the cited passage tells: "The report does not say it relies on equipment left behind" citing
"The Taliban relies on equipment left behind and confiscated ...", a negation added.

polarity.py leaves unread what a sentence says is not said ("does not say", "gives no": the briefing's own words on
its sources), so a "does not say" added before what the passage says built (factcheck213): "Pakistan's Information
Minister does not say drones ... were intercepted" of "Information Minister Attaullah Tarar said ... air defense
systems intercepted them". Refused where a clause "X does not say (that) ..." (or "did not say", "never said",
"does not cite", "mention", "report", "state", "claim", "write") is followed by what one cited passage sentence tells,
word for word: every word of five letters or more of it (three or more), and every figure, in a stretch of that
sentence with no negation, "whether" or "if" before or in it; and its sayer said it there:

- the source itself ("the report", "the article", ...), where the passage sentence tells it in the source's own
  voice (no verb of saying in it: "The report does not say 274 fighters were killed; a spokesman does" builds);
- anyone else, where the passage sentence has a verb of saying and names them ("Pakistan's Information Minister" of
  "Information Minister Attaullah Tarar said"), or gives the saying to a pronoun ("Now it says ...").

Left alone, as honest: what follows is asked ("does not say which came first", "whether", "who", "when"), hedged
("does not say outright that the 11 are fighters", "explicitly", "itself", "only"), or negated itself; and words of
another sayer ("Kabul does not say 55 soldiers were killed" of "The Taliban has said ...").

Figures denied that a cited passage gives (factcheck232): "Each side has not given figures for the other side's
losses" citing "A Pakistani military spokesman has said that 274 Taliban fighters have been killed ...", a "not"
added. Refused where a clause says someone "has not given" (or "did not give", "gives no", "provided no") figures,
numbers or a toll, and a cited passage sentence gives a figure right before (within two words) a word of what the
clause says they are of ("for the Taliban fighters Kabul acknowledged were killed" is not given by "Kabul have
acknowledged Taliban fighters killed, 11 wounded"): said by its sayer, as above ("each side", "both sides" and
"either side" by anyone a verb of saying names), or by the source, whoever says it. What figures are of is read
word by word, but for "losses", "casualties", "toll" and "the other side's" (any figure said is of them); "its",
"their" or "own" losses are left alone: a side's figures for the other's losses are none for its own.
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns
from .attribution import quoted_parts

_DENIED_SAYING = patterns.compile(
    r"(?<!\w)(?:(?:does|did|do|has|have|had)\s+not|doesn['’]t|didn['’]t|don['’]t|hasn['’]t|haven['’]t"
    r"|never)\s+"
    r"(?:say|says|said|state|states|stated|cite|cites|cited|mention|mentions|mentioned|report|reports|reported"
    r"|claim|claims|claimed|write|writes|wrote|written)(?!\w)\s+(?:that\s+)?(?P<told>[^.;:!?()]+)", re.IGNORECASE)
# what follows asks, hedges or limits: "does not say which came first", "does not say outright that ..."
_ASKED = frozenset({"which", "who", "whom", "whose", "what", "when", "where", "why", "how", "whether", "if", "so",
                    "anything", "much", "more", "either", "exactly", "precisely", "specifically", "outright",
                    "explicitly", "directly", "clearly", "expressly", "itself", "only", "a", "an", "one", "any"})
_HEDGED = patterns.compile(r"(?<!\w)(?:outright|explicitly|expressly|directly|itself|its\s+own|only|rather|instead"
                           r"|whether|if|not|no|never|nor|neither|none|nothing|n['’]t|every|all|each|any|most|some"
                           r"|as\s+(?:a\s+)?fact"
                           r"|for\s+(?:certain|sure)|in\s+so\s+many\s+words)(?!\w)", re.IGNORECASE)
_SOURCE = patterns.compile(r"(?<!\w)(?:the|this|that)\s+(?:report|article|story|piece|outlet|source|dispatch"
                           r"|newspaper|paper|publication|post|author|writer|text)\s*$", re.IGNORECASE)
_PASSAGE_NEGATION = frozenset({"not", "no", "never", "nothing", "none", "neither", "nor", "without", "cannot",
                               "whether", "if", "unless", "denied", "deny", "denies", "rejected", "refused",
                               # a stretch hedged is not said plainly: "reportedly attacked"
                               "reportedly", "allegedly", "alleged", "suspected", "may", "might", "could", "would",
                               "possibly", "perhaps", "apparently"})
_SAYING = patterns.compile(r"(?<!\w)(?P<pronoun>(?:it|he|she|they)\s+)?(?:say|says|said|saying|told|tells|stated"
                           r"|states|added|adds|announced|acknowledged|claimed|claims|according\s+to|points?\s+out"
                           r"|pointed\s+out|lays?\s+out|reported|reports|insisted|warned)(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[,;:(]|(?<!\w)(?:which|that|and|but|while|whereas)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE = patterns.compile(r"[^.;!?]+")
# short words a restatement may drop or change: "relies on equipment" of "relies on the equipment"
_SHORT_UNREAD = frozenset({"the", "and", "that", "its", "his", "her", "their", "was", "were", "are", "has", "have",
                           "had", "for", "with", "from", "into", "also", "this", "which", "who", "then", "now", "been",
                           "being", "them", "they", "she", "him", "our", "out", "than", "some", "such"})
_FEWEST_WORDS = 3
_FEWEST_SHORT = 2  # with no long word, and a name in capitals: "the help of the CIA" (help, cia)
_BEFORE = 6  # words before the told stretch read for a negation: "no one said that ..."


def denied_saying_told(text: str, passages: list[str],
                       words_of: Callable[[str], frozenset[str]]) -> tuple[int, str] | None:
    """Return where a sentence denies that someone says what a cited passage sentence tells them saying, and that
    sentence; None where it denies no such saying."""
    if figures := figures_denied_given(text, passages, words_of):
        return figures
    for denial in _DENIED_SAYING.finditer(text):
        told = denial["told"]
        first = told.split()[0].casefold() if told.split() else ""
        if first in _ASKED or _HEDGED.search(told) or _HEDGED.search(text, denial.end("told")):
            continue
        told_words = words_of(told)
        short = [word.casefold() for word in _WORD.findall(told) if 3 <= len(word) < 5]
        short = [word for word in short if word not in _SHORT_UNREAD]
        if len(told_words) < _FEWEST_WORDS and not (not told_words and _FEWEST_SHORT <= len(short) and any(
                word.isupper() and len(word) >= 3 for word in _WORD.findall(told))):
            continue  # "also had the help of the CIA": short words with a name's letters are told as plainly
        sayer = _sayer(text, denial.start())
        figures = set(_FIGURE.findall(told))
        for passage in passages:
            quoted = quoted_parts(passage)
            for sentence in _SENTENCE.finditer(passage):
                said = sentence.group()
                if (figures <= set(_FIGURE.findall(said)) and _told_plainly(said, told_words, words_of, short)
                        and _holds_short_words(said, short)
                        and _said_by(said, sayer, words_of, _mostly_quoted(sentence, quoted))):
                    return denial.start(), " ".join(said.split())
    return None


_FIGURES_DENIED = patterns.compile(
    r"(?<!\w)(?:(?:has|have|had|does|do|did)\s+not\s+(?:given|give|provided|provide|released|release|offered|offer"
    r"|published|publish)\s+(?:any\s+)?|(?:has|have|had)n['’]t\s+(?:given|provided|released)\s+(?:any\s+)?"
    r"|(?:gives?|gave|(?:has|have)\s+given|provides?|provided|releases?|released|offers?|offered)\s+no\s+)"
    r"(?:casualty\s+|death\s+)?(?:figures?|numbers?|tolls?|tall(?:y|ies))(?!\w)"
    r"(?:\s+(?:for|of|on)\s+(?P<of>[^.;:,()]+))?", re.IGNORECASE)
# what figures are of, said in words any figure of a loss is of: "the other side's losses"
_ANY_LOSS = frozenset({"losses", "loss", "casualties", "casualty", "toll", "tolls", "other", "side", "side's",
                       "sides", "side’s", "enemy", "enemy's", "enemy’s", "opponent", "opponents", "rival", "rivals",
                       "the", "each", "both", "either", "a", "an"})
# a side's own: "for its losses" may be its own, which figures for the other side's are not
_ITS_OWN = frozenset({"its", "their", "own", "his", "her", "our", "we"})
_LOSS_WORDS = frozenset({"losses", "loss", "casualties", "casualty", "toll", "tolls"})
_LOSS_TOLD = patterns.compile(r"(?<!\w)(?:killed|dead|died|deaths?|wounded|injured|destroyed|captured|seized|lost"
                              r"|losses|casualties|missing)(?!\w)", re.IGNORECASE)
_ANY_SIDE = patterns.compile(r"^(?:each|both|either|the\s+two|all)\s+(?:sides?|parties|party|camps?)$", re.IGNORECASE)


def figures_denied_given(text: str, passages: list[str],
                         words_of: Callable[[str], frozenset[str]]) -> tuple[int, str] | None:
    """Return where a sentence says someone gives no figures (for something) that a cited passage sentence tells
    them giving, and that sentence; None where it says no such thing."""
    for denial in _FIGURES_DENIED.finditer(text):
        of = [word.casefold() for word in _WORD.findall(denial["of"] or "")]
        if _ITS_OWN & set(of) or _HEDGED.search(text, denial.end(), _clause_end(text, denial.end())):
            continue  # "gives no figures for its losses", "... for the dead alone"
        nouns = {word[:5] for word in of if word not in _ANY_LOSS and len(word) >= 3 and word not in _SHORT_UNREAD}
        sayer = re.split(r"[.!?]\s", _sayer(text, denial.start()))[-1].strip()  # "... the week. Each side"
        losses = any(word in _LOSS_WORDS for word in of)
        for passage in passages:
            for sentence in _SENTENCE.finditer(passage):
                said = sentence.group()
                if losses and not _LOSS_TOLD.search(said):
                    continue  # "300 members walked out" is no figure of the other side's losses
                if any(_said_by_sayer(said, at, sayer, words_of) for at in _figures_of(said, nouns)):
                    return denial.start(), " ".join(said.split())
    return None


def _figures_of(sentence: str, nouns: set[str]) -> list[int]:
    """Return where a sentence gives a figure, right before (within two words) one of `nouns` where there are any:
    "274 Taliban fighters" of {"talib", "fight"}."""
    words = list(_WORD.finditer(sentence))
    return [word.start() for at, word in enumerate(words) if _FIGURE.fullmatch(word.group())
            and (not nouns or any(words[after].group().casefold()[:5] in nouns
                                  for after in range(at + 1, min(at + 3, len(words)))))]


def _said_by_sayer(sentence: str, at: int, sayer: str, words_of) -> bool:
    """Say whether the figure at `at` of a passage sentence is given by the sayer: any figure by the source; by the
    subject of the verb of saying nearest before it (or after, where none is before) when one of any side
    ("each side") or one named ("The Taliban for its part has said that 55 ...")."""
    if _SOURCE.search(sayer) or sayer.casefold() in ("the report", "report"):
        return True
    sayings = list(_SAYING.finditer(sentence))
    before = [saying for saying in sayings if saying.start() < at]
    saying = before[-1] if before else next(iter(sayings), None)
    if saying is None:
        return False
    if _ANY_SIDE.match(sayer) or saying["pronoun"]:
        return bool(_ANY_SIDE.match(sayer))
    opening = [match.end() for match in _CLAUSE_START.finditer(sentence, 0, saying.start())]
    subject = sentence[max(opening, default=0):saying.start()]
    return bool(words_of(sayer) & words_of(subject))


def _clause_end(text: str, at: int) -> int:
    """Return where the clause going on at `at` ends: its next comma, semicolon, colon or stop."""
    ends = [end for end in (text.find(stop, at) for stop in ",;:.!?") if end >= 0]
    return min(ends, default=len(text))


def _holds_short_words(sentence: str, short: list[str]) -> bool:
    """Say whether a passage sentence holds each short word in a form of its own: "owns the barges" is not told by
    "using barges it leases", which hold every long word of it."""
    said = [word.casefold() for word in _WORD.findall(sentence)]
    return all(any(other == word or other.startswith(word) or (len(other) >= 3 and word.startswith(other))
                   for other in said) for word in short)


def _sayer(text: str, at: int) -> str:
    """Return the words before a denied saying, back to its clause's start: who is said not to say it."""
    before = text[:at]
    starts = [match.end() for match in _CLAUSE_START.finditer(before)]
    return before[max(starts, default=0):].strip()


def _told_plainly(sentence: str, told: frozenset[str], words_of, short: list[str] = ()) -> bool:
    """Say whether a passage sentence holds every word of `told` (or, where it has none, every `short` word) in a
    stretch with no negation in or just before it."""
    words = _WORD.findall(sentence)
    stems = [next(iter(words_of(word)), "") for word in words]
    if not told <= set(stems):
        return False
    held = [index for index, stem in enumerate(stems) if stem in told] or [
        index for index, word in enumerate(words) if word.casefold() in short]
    if not held:
        return False
    stretch = words[max(0, held[0] - _BEFORE):held[-1] + 1]
    return not any(word.casefold() in _PASSAGE_NEGATION or word.casefold().endswith(("n't", "n’t"))
                   for word in stretch)


def _mostly_quoted(sentence: re.Match, quoted: list[tuple[int, int]]) -> bool:
    """Say whether quotation marks hold most of a passage sentence's letters (or the sentence itself): another's words
    quoted, where a word or two quoted ("'blowback'", "in 'Operation Cyclone'") leave the sentence in the source's
    own voice."""
    start, end = sentence.span()
    held = sum(max(0, min(end, stop) - max(start, begin)) for begin, stop in quoted)
    return held * 2 > len(sentence.group().strip()) or any(begin <= start and end <= stop for begin, stop in quoted)


def _said_by(sentence: str, sayer: str, words_of, quoted: bool) -> bool:
    """Say whether a passage sentence tells its words as the sayer's: the source's own, with no verb of saying in it
    and no quotation marks in or around it (not `quoted`); anyone else's, by a verb of saying and their name (or a
    pronoun before the verb)."""
    saying = list(_SAYING.finditer(sentence))
    if _SOURCE.search(sayer) or sayer.casefold() in ("the report", "report"):
        return not saying and not quoted
    if not saying:
        return False
    named = words_of(sayer)
    return any(match["pronoun"] for match in saying) or bool(named and named & words_of(sentence))


# 'That "Pakistan's army has total force domination" ... is not the outlet's own view': the source's own words, which
# a passage gives in its own voice (no verb of saying, no quotation marks of its own), told as another's
_NOT_OWN_VIEW = patterns.compile(
    r"(?<!\w)(?:is|are|was|were)\s+not\s+(?:the|its)\s+(?:(?:outlet|report|article|story|author|writer|source"
    r"|publication|paper|newspaper)['’]s\s+)?own\s+(?:view|views|conclusion|assessment|judg(?:e)?ment|words?|opinion"
    r"|claim|analysis)(?!\w)", re.IGNORECASE)
_THAT_OPENS = patterns.compile(r"\s*that(?!\w)", re.IGNORECASE)
_QUOTED = patterns.compile(r"[\"“](?P<words>[^\"“”]+)[\"”]")
_CLAUSE_ENDS = patterns.compile(r"\s*(?:[.;:,)!?]|$)")


def own_view_denied(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says words the source gives in its own voice are not its own view, and the passage
    sentence giving them; None where it says no such thing."""
    denied = _NOT_OWN_VIEW.search(text)
    if denied is None or not _THAT_OPENS.match(text) or not _CLAUSE_ENDS.match(text, denied.end()):
        return None  # "is not the outlet's own view alone" denies less
    quotes = [match["words"].split() for match in _QUOTED.finditer(text, 0, denied.start())]
    if not quotes:
        return None
    for passage in passages:
        found = [_in_own_voice(passage, words) for words in quotes]
        if all(found):
            return denied.start(), found[0]
    return None


def _in_own_voice(passage: str, words: list[str]) -> str:
    """Return the passage sentence giving `words` in the source's own voice (outside quotation marks, with no verb of
    saying in it), or ""."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    quoted = quoted_parts(passage)
    for given in re.finditer(pattern, passage, re.IGNORECASE):
        if any(start <= given.start() < end for start, end in quoted):
            continue
        sentence = _sentence_around(passage, given.start())
        if not _SAYING.search(sentence):
            return " ".join(sentence.split())
    return ""


def _sentence_around(text: str, at: int) -> str:
    """Return the sentence of text around `at`, to its stops either side (its semicolons kept)."""
    start = max(text.rfind(stop, 0, at) for stop in ".!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".!?") if end >= 0]
    return text[start:min(ends, default=len(text))]
