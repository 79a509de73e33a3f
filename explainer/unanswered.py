"""A question told as answered: what a hearing's or a debate's transcript only asks, or a witness declines to answer,
told as said, confirmed or denied.

A transcript's questions hold claims ("Isn't it true that spills rose 40 percent?") and name acts ("Can you confirm
where the figure comes from?", "Will you fine them?"), and an answer may decline ("I won't speculate"). Every word
and figure of "Lindqvist confirmed spills rose 40 percent" stood in the question, so it built, and so did "Harper
confirmed where the figure comes from" and "Lindqvist denied the company broke the law" of "I won't speculate before
it reports" (tests/test_newuser_98.py). A passage's sentences ending in "?" are asked, and one declining to answer
("I won't speculate", "I will not comment", "no comment") is open too. A sentence that neither asks ("asked",
"whether", "pressed", "demanda", "preguntó", "fragte", "?") nor keeps the decline ("declined", "would not say") is
refused where:
- it tells an act a question asks of the one questioned ("can you confirm", "will you fine", "did your authority
  approve") or an answer declines ("won't comment") with that verb ("confirmed", "fined", "approved", "commented"),
  and no sentence of the passages that is neither asked nor declined holds it;
- its words stand in the passages' questions more than in their other sentences ("Adeyemi said spills rose 40
  percent" of "Isn't it true that spills rose 40 percent? That is the figure the Rivers Trust published");
- it tells an answer ("denied", "confirmed", "said that", "ruled out") where every cited passage declines one and
  its words stand in fewer than half of the passages' other sentences.
Words are compared by their first five letters, in any language; parties' names and verbs of saying are not counted.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .conditional_findings import condition_told_met
from .sentences import split_sentences

# The sentence keeps the question or the decline: it asks, or says the answer was not given
_ASKS = patterns.compile(
    r"\?|(?<!\w)(?:ask\w*|question\w*|whether|queried|quer(?:y|ies)|inquir\w*|enquir\w*|pressed|challenged"
    r"|wanted\s+to\s+know|put\s+it\s+to|put\s+to|declin\w*|refus\w*|would\s+not|wouldn['’]t|won['’]t|will\s+not"
    r"|no\s+comment|(?:not|n['’]t)\s+(?:say|answer|comment|speculate|prejudge)"
    r"|demand\w*|interrog\w*|pregunt\w*|frag\w*|gefragt|lehnte|rehusó|negó\s+a)(?!\w)", re.IGNORECASE)
# A passage's sentence declining to answer: "I won't speculate", "I will not prejudge", "no comment"
_DECLINES = patterns.compile(
    r"(?<!\w)(?:(?:won['’]t|will\s+not|would\s+not|wouldn['’]t|am\s+not\s+going\s+to|'m\s+not\s+going\s+to"
    r"|can['’]t|cannot|not\s+going\s+to)\s+(?:\w+\s+)?(?:speculat\w*|comment\w*|prejudg\w*|guess\w*|discuss\w*)"
    r"|no\s+comment|declin\w*\s+to\s+(?:comment|say|speculate|answer)"
    r"|ne\s+(?:vais|veux|ferai)\s+pas\s+(?:spéculer|commenter|faire\s+de\s+(?:spéculation|commentaire))"
    r"|no\s+(?:voy\s+a\s+)?(?:especular\w*|comentar\w*)|(?:werde|möchte|will)\s+(?:ich\s+)?(?:\w+\s+)?nicht"
    r"\s+(?:spekulieren|kommentieren|vorgreifen))(?!\w)", re.IGNORECASE)
# The act a question asks of its addressee ("can you confirm", "will you fine", "did your authority approve") or an
# answer declines ("won't comment"): its verb
_ASKED_ACT = patterns.compile(
    r"(?<!\w)(?:(?:can|could|will|would|do|did|does|should|shall|have|has)\s+(?:you|your\s+\w+)\s+(?:ever\s+|now\s+)?"
    r"|(?:won['’]t|will\s+not|would\s+not|wouldn['’]t|cannot|can['’]t)\s+)(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
# Verbs of telling an answer: with every passage declining one, told as given
_ANSWERS = patterns.compile(
    r"(?<!\w)(?:said|says|told|tells|stated|states|confirm\w*|den(?:ied|ies|y)|admit\w*|acknowledg\w*|conced\w*"
    r"|rul(?:ed|es)\s+out|reject\w*|agreed|agrees|accept\w*|insist\w*|claim\w*|explain\w*|answer\w*|comment\w*"
    r"|a\s+(?:dit|confirmé|démenti|nié|reconnu)|confirm[óa]|neg[óa]|dijo|admiti[óo]|sagte|bestätigte|bestritt"
    r"|räumte)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}|\d+(?:[.,]\d+)*")
# What a speaker would not say, after the words declining to: "He did not say whether| the party would challenge ..."
_LEFT_OPEN = patterns.compile(
    r"(?<!\w)(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|does\s+not|doesn['’]t|declined\s+to|refused\s+to"
    r"|could\s+not|couldn['’]t)\s+(?:say|confirm|disclose|reveal|indicate)\s+(?:whether|if)\s+(?P<open>[^.;!?]+)"
    # "The trust has not said whether any patient was harmed"
    r"|(?<!\w)(?:(?:has|have|had)\s+not|hasn['’]t|haven['’]t|hadn['’]t)\s+(?:yet\s+)?(?:said|confirmed|disclosed"
    r"|revealed|indicated|stated)\s+(?:whether|if)\s+(?P<open2>[^.;!?]+)",
    re.IGNORECASE)
_NEXT_SAYING = patterns.compile(r",?\s+(?:and|but)\s+(?:it\s+|he\s+|she\s+|they\s+)?(?:said|says|added|told|stated)(?!\w)")
# A sentence keeping that question open: "Labour could still go to court", "He gave no word on a court challenge"
_KEPT_OPEN = patterns.compile(r"(?<!\w)(?:may|might|could|possibl\w*|perhaps|consider\w*|weigh\w*|options?|open"
                              r"|undecided|unclear|not\s+known|unknown|no\s+word|silent|silence|drawn"
                              r"|no\s+(?:answer|indication|decision)"
                              r"|(?:not|n['’]t)\s+(?:yet\s+)?(?:decided|ruled\s+out)"
                              # "The hospital has not said what caused ...", "did not know if ..." (newuser_138)
                              r"|(?:not|n['’]t)\s+(?:yet\s+)?(?:said|know|knew|known)"
                              r"\s+(?:what|whether|if|why|how|who))(?!\w)",
                              re.IGNORECASE)
# Where a declining clause ends and another's words may begin
_CLAUSE_AFTER = patterns.compile(r";|[,\u2013\u2014]\s*(?:but|while|whereas|though|although|mais|tandis|pero|mientras"
                                 r"|aber|während)(?!\w)|\s(?:but|whereas|mais|pero|aber)\s", re.IGNORECASE)
_NOT_COUNTED = frozenset({
    "that", "this", "these", "those", "with", "from", "have", "been", "were", "will", "would", "into", "their", "there",
    "what", "when", "which", "about", "said", "says", "told", "tells", "stated", "confi", "denie", "denie", "admit",
    "ackno", "conce", "agree", "accep", "insis", "claim", "expla", "answe", "also", "than", "then", "they", "them",
    "does", "could", "shoul", "might", "them", "its", "only", "over", "under", "more", "less", "such", "just", "your",
    "dans", "pour", "avec", "cette", "sont", "para", "como", "esta", "este", "sind", "eine", "einen", "nicht", "dass"})
_STEM = 5


def unanswered_told(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    parties: tuple = ()) -> list[Finding]:
    """Return a finding where a sentence tells as said, done, confirmed or denied what its cited passages only ask,
    or a witness in them declines to answer; or tells as made a finding they make only a condition of ("found" of
    "if it finds", conditional_findings.py)."""
    return _asked_told(text, passages, offset, language, parties) or condition_told_met(text, passages, offset,
                                                                                       language)


def _asked_told(text: str, passages: list[Cited], offset: int, language: str, parties: tuple) -> list[Finding]:
    """Return a finding where a sentence tells as said, done, confirmed or denied what its cited passages only ask,
    or a witness in them declines to answer."""
    if not passages or not any("?" in passage.text or _DECLINES.search(passage.text) for passage in passages):
        return _left_open_told(text, passages, offset, language, parties)  # most passages ask and decline nothing
    if _ASKS.search(text):
        return []  # "Adeyemi asked whether ...", "Lindqvist declined to say ...": kept open
    asked, declined, told = _sorted(passages, language)
    named = frozenset(word[:_STEM] for _, words in parties for word in words)
    mine = _stems(text) - named
    if not mine:
        return []
    act = _act_told(text, asked + declined, told)
    if act:
        verb, where = act
        return [Finding(offset, f"this sentence tells as done ('{verb}') what its cited passages only ask or decline "
                                f"('{where}'): {clipped(text)}",
                        "say it was asked, or that the answer was declined, as the source does; or cite the answer")]
    in_told = mine & _stems(" ".join(told))
    in_asked = (mine & _stems(" ".join(asked))) - in_told
    if asked and in_asked and len(in_asked) > len(in_told):
        return [Finding(offset, f"this sentence tells as said what its cited passages only ask, {clipped(asked[0])}: "
                                f"{clipped(text)}",
                        "say who asked it and that it was asked, or cite the answer that says it")]
    if declined and not asked and _ANSWERS.search(text) and 2 * len(in_told) < len(mine) and all(
            _DECLINES.search(passage.text) for passage in passages):
        return [Finding(offset, f"this sentence tells an answer where its cited passages decline one "
                                f"('{_DECLINES.search(' '.join(declined)).group()}'): {clipped(text)}",
                        "say the answer was declined, as the source does, or cite the answer that says it")]
    return _left_open_told(text, passages, offset, language, parties)


def _left_open_told(text: str, passages: list[Cited], offset: int, language: str, parties: tuple) -> list[Finding]:
    """Return a finding where a sentence's words stand more in what a speaker would not say ("He did not say whether
    the party would challenge the result in court") than in the passages' other words, told as settled ("Labour will
    go to court", "He said Labour would go to court")."""
    opens = [match for passage in passages for match in _LEFT_OPEN.finditer(passage.text)]
    if not opens or _KEPT_OPEN.search(text) or _ASKS.search(text) or _LEFT_OPEN.search(text):
        return []  # "It is unclear whether Labour will go to court", "Labour could still go to court": kept open
    # what is left open ends where the speaker's next clause starts: "has not said whether any patient was harmed,
    # and said it would publish a full assessment"
    left = [_NEXT_SAYING.split(match["open"] or match["open2"])[0] for match in opens]
    left_open = " ".join(left)
    others = " ".join(passage.text for passage in passages)
    for match, kept in zip(opens, left):
        others = others.replace(match.group(), " " + match.group()[match.group().find(kept) + len(kept):])
    named = frozenset(word[:_STEM] for _, words in parties for word in words)
    mine = _stems(text) - named
    in_told = mine & _stems(others)
    in_open = (mine & _stems(left_open)) - in_told
    if not in_open or len(in_open) <= len(in_told):
        return []
    return [Finding(offset, f"this sentence tells as settled what its cited passages leave open "
                            f"('{clipped(opens[0].group())}'): {clipped(text)}",
                    "say it was left open (\"did not say whether\"), as the source does, or cite the answer")]


def _sorted(passages: list[Cited], language: str) -> tuple[list[str], list[str], list[str]]:
    """Return the passages' sentences that ask, those that decline to answer, and the others."""
    asked, declined, told = [], [], []
    for passage in passages:
        for sentence in split_sentences(passage.text, language):
            words = sentence.text.strip().rstrip("\"'”’»)]").rstrip()
            declines = _DECLINES.search(words)
            if words.endswith("?"):
                asked.append(words)
            elif declines:  # its words before the decline are told: "We have no power over pay, and I won't comment"
                # and so are another's after its clause: "The ministry declined to comment; the union said ..."
                # (factcheck_135: the union's words were read as declined)
                after = _CLAUSE_AFTER.search(words, declines.end())
                end = after.start() if after else len(words)
                declined.append(words[declines.start():end])
                told.append(words[:declines.start()] + " " + words[end:])
            else:
                told.append(words)
    return asked, declined, told


def _act_told(text: str, open_sentences: list[str], told: list[str]) -> tuple[str, str] | None:
    """Return the sentence's verb of an act an open sentence asks or declines ("confirmed" of "can you confirm"), with
    the words asking it, where no told sentence holds that verb; or None."""
    told_stems = _stems(" ".join(told))
    sentence_words = [(word, word.casefold()[:_STEM]) for word in _WORD.findall(text)]
    for sentence in open_sentences:
        for act in _ASKED_ACT.finditer(sentence):
            stem = act["verb"].casefold()[:_STEM]
            if len(act["verb"]) < 4 or stem in ("have", "been", "being", "mean", "think"):
                continue
            if stem in told_stems:
                continue
            for word, own in sentence_words:
                if own == stem and _a_form_of(word.casefold(), act["verb"].casefold()):
                    return word, act.group()
    return None


def _a_form_of(word: str, verb: str) -> bool:
    """Say whether word is a form of verb ("confirmed" of "confirm", "fined" of "fine", "approved" of "approve")."""
    base = verb[:-1] if verb.endswith("e") else verb
    return word == verb or re.fullmatch(rf"{re.escape(base)}(?:e|es|s|ed|d|ing)?", word) is not None


def _stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of four letters or more, and its figures, folded."""
    return frozenset(stem for stem in (word.casefold()[:_STEM] for word in _WORD.findall(text))
                     if stem not in _NOT_COUNTED)
