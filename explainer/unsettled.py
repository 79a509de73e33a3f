"""Nothing settled that the source leaves open: a sentence may not tell as done, decided or reached what its cited
passages give only as asked of another, as near or at risk, as a party's argument, or as a state to come; nor "the
only" one of what they give as one of several.

"The court dismissed the lawsuit" citing "Acme asked the court to dismiss the lawsuit" (or "will ask", "plans to ask",
"would urge", "is asking"; or "urged", "called on",
"pressed", "petitioned", "requested", "lobbied"; "called for the embargo to be lifted", "demanded that the blockade be
lifted"; "recommended approval of"); "The ceasefire has collapsed" citing "The ceasefire is at risk of collapse" (or
"in danger of", "on the brink of", "on the verge of", "close to", "near", "under pressure to", "considering", "about
to"; "signed a peace deal" for "close to signing a peace deal", "reached a deal" for "close to a deal"); "The judge
ruled that Acme broke the law" citing "Bolt argued that Acme broke the law" (or "claimed", "alleged", "contended",
"maintained", "insisted", "told the court"); "The tariffs are now in force" citing "will come into force" ("will take
effect", "will become law"; "is back at" for "will return to", "is over" for "will end", "has reopened" for "will
reopen"; "Parliament passed the bill" for "will vote on the bill", "The government fell" for "faces a confidence
vote"); "Northland and Southland agreed a ceasefire" citing "agreed a ceasefire in principle" (or "provisionally
agreed", "a tentative deal", "a draft accord"). Each is refused where the sentence restates the passage's clause (two
of its words of four letters or more, or every such word of its own but the act), keeps nothing of the passage's doubt
of its own ("asked", "close", "risk", "argued", "may", "will", "due", "in principle", ...), and no cited passage tells
the act done itself. "Northland is the only country to back the plan" citing "Northland is one of three countries that
back the plan" (or "among") is refused where no passage says "only", "sole" or "alone". English text is read; words in
quotation marks and negated acts are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .possible_done import english_past_source
from .sentences import folded_word, inside, markers_blanked
from .weighed_acts import appeal_heard
from .wordset import may_hold

# a request of another: "asked the court to dismiss", "urged Southland to lift", "called on the minister to resign";
# one to come asks as much ("will ask the court to quash", "plans to urge", "would call on"): its bare verb too
_ASKED_OF = (r"(?:ask|urge|call\s+on|petition|implore|lobby"
             r"|asked|asks|asking|urged|urges|urging|called\s+on|calls\s+on|calling\s+on|called\s+upon|pressed"
             r"|presses|pressing|petitioned|petitions|requested|requests|lobbied|lobbies|lobbying|implored|appealed\s+to)"
             r"\s+(?:the\s+|a\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+(?P<asked>[a-z]{3,})")
# a request of a thing done: "called for the embargo to be lifted", "demanded that the blockade be lifted"
_ASKED_PASSIVE = (r"(?:called|calls|calling|asked|asks|asking|pushed|pushing|pressed|pressing)\s+for\s+(?:[\w'’-]+\s+)"
                  r"{1,4}?to\s+be\s+(?P<asked_passive>[a-z]{3,})"
                  r"|(?:demanded|demands|demanding|insisted|insists|urged|urges|asked|asks|requested|requests|proposed"
                  r"|proposes|recommended|recommends)\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:should\s+|must\s+)?be\s+"
                  r"(?P<asked_that>[a-z]{3,})")
# an act sought or awaited by its noun: "recommended approval of the merger", "sought the dismissal of the case",
# "submitted for approval", "awaits ratification", "put up for sale"
_ASKED_NOUN = (r"(?:recommended|recommends|recommending|sought|seeks|seeking|requested|requests|demanded|demands"
               r"|called\s+for|calls\s+for|asked\s+for|asks\s+for|urged|urges|pushed\s+for|pressed\s+for|proposed"
               r"|submitted\s+for|sent\s+for|put\s+up\s+for|awaits|awaiting|await|pending|weighing|considering)\s+"
               r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:\w+\s+)?(?P<asked_noun>[a-z]{4,})")
# an act near or at risk: "at risk of collapse", "close to signing", "under pressure to resign", "considering lifting"
_NEAR = (r"(?:at\s+risk\s+of|in\s+danger\s+of|on\s+the\s+(?:brink|verge|edge|point)\s+of|close\s+to|closer\s+to"
         r"|near(?:er)?(?:\s+to)?|nearing|under\s+(?:\w+\s+)?pressure\s+to|(?:is|are|was|were)\s+considering"
         r"|considers|weighing|mulling|about\s+to|ready\s+to|prepared\s+to|willing\s+to|threatening\s+to)\s+"
         r"(?:(?:a|an|the|its|their|possible|potential|full|total|imminent|outright)\s+){0,2}(?P<near>[a-z]{3,})")
_OPEN = patterns.compile(rf"(?<![\w-])(?:{_ASKED_OF}|{_ASKED_PASSIVE}|{_ASKED_NOUN}|{_NEAR})(?!\w)", re.IGNORECASE)
_OPEN_WORDS = frozenset({"ask", "urge", "call", "petition", "implore", "lobby",
                         "asked", "asks", "asking", "urged", "urges", "urging", "called", "calls", "calling",
                         "pressed", "presses", "pressing", "petitioned", "petitions", "requested", "requests",
                         "lobbied", "lobbies", "lobbying", "implored", "appealed", "pushed", "pushing", "demanded",
                         "demands", "demanding", "insisted", "insists", "proposed", "proposes", "recommended",
                         "submitted", "sent", "awaits", "awaiting", "await", "pending",
                         "recommends", "recommending", "sought", "seeks", "seeking", "risk", "danger", "brink",
                         "verge", "edge", "point", "close", "closer", "near", "nearer", "nearing", "pressure",
                         "considering", "considers", "weighing", "mulling", "about", "ready", "prepared", "willing",
                         "threatening"})
# an act by its noun, and the words that tell it done
_NOUN_DONE = {"approval": "approved", "dismissal": "dismissed", "removal": "removed", "suspension": "suspended",
              "withdrawal": "withdr(?:ew|awn)", "closure": "closed|shut", "resignation": "resigned",
              "rejection": "rejected", "acquittal": "acquitted", "conviction": "convicted", "extradition": "extradited",
              "release": "released|freed", "ban": "banned", "ratification": "ratified",
              "recognition": "recogni[sz]ed", "sale": "sold", "confirmation": "confirmed", "adoption": "adopted", "collapse": "collapsed", "default": "defaulted",
              "bankruptcy": r"went\s+bankrupt|(?:is|are|was|were)\s+bankrupt|(?:filed|declared)\s+(?:for\s+)?bankruptcy",
              "deal": r"reached|struck|signed|sealed|clinched|agreed", "agreement": r"reached|struck|signed|agreed",
              "ceasefire": r"reached|struck|signed|agreed", "truce": r"reached|struck|signed|agreed",
              "settlement": r"reached|struck|signed|agreed|settled", "accord": r"reached|struck|signed|agreed"}
# a state to come, and the words that tell it reached
_TO_COME = (
    (r"will\s+(?:come|enter|go)\s+into\s+(?:force|effect)|will\s+take\s+effect|will\s+become\s+law"
     r"|will\s+be\s+in\s+(?:force|effect)",
     r"(?:is|are|was|were|now)\s+(?:now\s+)?in\s+(?:force|effect)|(?:came|entered|went)\s+into\s+(?:force|effect)"
     r"|(?:took|(?:has|have)\s+taken)\s+effect|became\s+law|(?:has|have)\s+become\s+law"),
    (r"will\s+(?:return|be\s+back|come\s+back)",
     r"(?:is|are|was|were)\s+(?:now\s+)?back|(?:has|have)\s+(?:now\s+)?returned|came\s+back"),
    (r"will\s+(?:end|be\s+over)", r"(?:is|are)\s+(?:now\s+)?over|(?:has|have)\s+(?:now\s+)?ended"),
    (r"will\s+reopen|will\s+open\s+again", r"(?:has|have)\s+(?:now\s+)?reopened|(?:is|are)\s+(?:now\s+)?open\s+again"
     r"|(?:is|are)\s+(?:now\s+)?reopened"),
    # a vote to come told as its outcome: "Parliament passed the bill" for "will vote on the bill next week"
    (r"will\s+vote\s+on|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+vote\s+on",
     r"passed|approved|adopted|rejected|voted\s+(?:for|against|down|to)|backed"),
    (r"(?:faces?|facing)\s+an?\s+(?:no-?\s?confidence|confidence)\s+vote",
     r"fell|collapsed|lost\s+(?:the|a)\s+(?:\w+\s+)?vote|(?:was|were)\s+(?:ousted|toppled|brought\s+down)"))
# a deal agreed only in principle, tentatively or in draft, told as agreed outright
_QUALIFIED = patterns.compile(
    r"(?<![\w-])(?:(?P<agreed>agreed|reached|struck|approved|accepted)\s+(?:[\w-]+\s+){0,4}?(?:in\s+principle"
    r"|provisionally|conditionally)|(?:provisionally|conditionally|tentatively)\s+(?:agreed|approved|accepted)"
    r"|(?:reached|struck|agreed|signed)\s+(?:an?\s+|the\s+)?(?:tentative|provisional|preliminary|conditional|draft"
    r"|outline)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|settlement|ceasefire|truce|plan))(?!\w)", re.IGNORECASE)
_AGREED = patterns.compile(r"(?<!\w)(?:agreed|reached|struck|signed|sealed|clinched|approved|accepted)(?!\w)",
                           re.IGNORECASE)
_FUTURE = patterns.compile(r"(?<!\w)(?:" + "|".join(f"(?P<future{index}>{future})"
                                                    for index, (future, _) in enumerate(_TO_COME)) + r")(?!\w)",
                           re.IGNORECASE)
_REACHED = tuple(patterns.compile(rf"(?<!\w)(?:{reached})(?!\w)", re.IGNORECASE) for _, reached in _TO_COME)
# a party's argument, and a ruling told of it
_ARGUED = patterns.compile(r"(?<![\w-])(?:argued|argues|arguing|claimed|claims|claiming|alleged|alleges|alleging"
                           r"|contended|contends|maintained|maintains|insisted|insists|asserted|asserts"
                           r"|told\s+(?:the\s+)?(?:court|jury|judge|tribunal|panel))\s+(?:that\s+)?", re.IGNORECASE)
_RULED = patterns.compile(r"(?<![\w-])(?:court|judge|jury|tribunal|panel|justices?|magistrate|arbitrators?)\s+"
                          r"(?:\w+\s+)?(?P<ruled>ruled|found|decided|concluded|determined|declared|agreed|held(?=\s+that))"
                          r"(?:\s+that)?\s+", re.IGNORECASE)
_A_RULING = patterns.compile(r"(?<!\w)(?:ruled|ruling|rulings|found|finding|held|decided|decision|concluded"
                             r"|determined|judgment|judgement|verdict|upheld|sided)(?!\w)", re.IGNORECASE)
# "the only country" for "one of three countries"
_ONE_OF = patterns.compile(r"(?<![\w-])(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,}s)(?!\w)",
                           re.IGNORECASE)
_ALONE = patterns.compile(r"(?<!\w)(?:only|sole|solely|alone|lone|single)(?!\w)", re.IGNORECASE)
# the sentence's own doubt, request, nearness or future: it keeps what the source leaves open
_KEPT = patterns.compile(r"(?<!\w)(?:(?-i:may)|might|could|can|would|will|shall|due|expected|likely|possibl[ey]"
                         r"|plans?|planned|set\s+to|soon|next|from|until|scheduled|forecast|projected|argu\w*|claim\w*"
                         r"|alleg\w*|contend\w*|accus\w*|ask\w*|urg\w*|call\w*|press\w*|petition\w*|request\w*"
                         r"|lobb\w*|demand\w*|sought|seek\w*|recommend\w*|propos\w*|risk\w*|danger\w*|brink|verge"
                         r"|close|closer|near\w*|pressure|consider\w*|almost|nearly|threat\w*|wants?|bid|principle|tentative\w*"
                         r"|provisional\w*|conditional\w*|preliminary|draft|outline|await\w*|pending|submitted)(?!\w)",
                         re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|yet\s+to)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)
_PLAIN_BEFORE = patterns.compile(r"(?<!\w)(?:to|will|would|shall|does|do|['’]ll)\s+$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "could", "might", "still", "which", "when",
                          "court", "judge", "jury", "tribunal", "panel", "ruled", "found", "held", "decided",
                          "concluded", "determined", "declared", "agreed", "only", "sole", "lone", *_OPEN_WORDS})
_HINTS = {"a party's argument": "say whose argument it is, or cite a passage that gives the ruling",
          "one of several": "say it is one of several, as the source does, or cite a passage that says it is the only "
                            "one"}
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")
_RESTATES = 2
_SETTLED_WORDS = frozenset({"ask", "urge", "call", "petition", "implore", "lobby",
                            "asked", "asks", "asking", "urged", "urges", "urging", "called", "calls", "calling",
                            "pressed", "presses", "petitioned", "petitions", "requested", "requests", "lobbied",
                            "lobbies", "implored", "appealed", "pushed", "demanded", "demands", "insisted", "insists",
                            "proposed", "proposes", "recommended", "recommends", "sought", "seeks", "seeking", "risk",
                            "submitted", "awaits", "awaiting", "await", "pending", "sale",
                            "danger", "brink", "verge", "edge", "point", "close", "closer", "near", "nearer", "nearing",
                            "pressure", "considering", "considers", "weighing", "mulling", "about", "ready",
                            "prepared", "willing", "threatening", "will", "argued", "argues", "arguing", "claimed",
                            "claims", "claiming", "alleged", "alleges", "alleging", "contended", "contends",
                            "maintained", "maintains", "asserted", "asserts", "told", "one", "among", "face", "faces",
                            "facing", "principle", "provisionally", "conditionally", "tentatively", "tentative",
                            "provisional", "preliminary", "conditional", "draft", "outline"})


class Open(NamedTuple):
    """An act a passage leaves open: its words as written, what it is ("asked of another"), the pattern of the words
    that tell it done, and its sentence's content words."""

    shown: str
    kind: str
    done: re.Pattern
    words: frozenset[str]


def told_as_settled(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells as done, ruled or reached what its cited passages leave open, or as
    the only one what they give as one of several."""
    if not in_english(language) or not passages:
        return []
    acts = [act for passage in passages for act in _open_acts(passage.text)]
    if not acts:
        return []  # most passages leave nothing open (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for act in acts:
        if act.kind == "one of several":
            found = _only(spoken, quoted, act, passages)
        elif act.kind == "a party's argument":
            found = _ruled(spoken, quoted, act, passages)
        else:
            found = _done(spoken, quoted, act, passages)
        if found:
            told, shown = found
            return [Finding(offset + told.start(), f"this sentence tells as {shown} ('{' '.join(told.group().split())}')"
                                                   f" what its cited passages give only as {act.kind} ('{act.shown}'):"
                                                   f" {clipped(text)}",
                            _HINTS.get(act.kind, "keep the source's words for it, or cite a passage that says it "
                                                 "happened"))]
    return []


def _done(spoken: str, quoted: list, act: Open, passages: list[Cited]) -> tuple[re.Match, str] | None:
    """Return the words of the sentence that tell `act` done, where it restates the act's sentence and keeps nothing
    open of its own."""
    told = next((match for match in act.done.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 20), match.start())
                 and not _PLAIN_BEFORE.search(spoken, max(0, match.start() - 20), match.start())), None)
    if told is None or _KEPT.search(spoken) or not _restates(spoken, told.group(), act.words):
        return None
    if any(act.done.search(_without_open(passage.text)) for passage in passages):
        return None  # a passage tells it done itself
    return told, {"to come": "settled", "not yet final": "agreed outright"}.get(act.kind, "done")


def _ruled(spoken: str, quoted: list, act: Open, passages: list[Cited]) -> tuple[re.Match, str] | None:
    """Return a court's ruling the sentence tells of what a passage gives only as a party's argument."""
    told = next((match for match in _RULED.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED_BEFORE.search(spoken, max(0, match.start("ruled") - 20), match.start("ruled"))),
                None)
    if told is None or not _restates(spoken[told.end():], "", act.words):
        return None
    if any(_A_RULING.search(passage.text) for passage in passages):
        return None  # a passage gives a ruling
    return told, "ruled"


def _only(spoken: str, quoted: list, act: Open, passages: list[Cited]) -> tuple[re.Match, str] | None:
    """Return "the only" one the sentence makes of what a passage gives as one of several."""
    told = next((match for match in act.done.finditer(spoken) if not inside(quoted, match.start())), None)
    if told is None or not content_words(spoken, _NOT_CONTENT) & act.words:
        return None
    if any(_ALONE.search(passage.text) for passage in passages):
        return None
    return told, "the only one"


def _restates(spoken: str, done: str, words: frozenset[str]) -> bool:
    """Say whether the sentence restates a passage's clause: two of its words, or each of its own but the act's (none:
    "The law is now in effect")."""
    own = content_words(spoken, _NOT_CONTENT) - {folded_word(word) for word in done.split()}
    return len(own & words) >= _RESTATES or own <= words


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _open_acts(text: str) -> tuple[Open, ...]:
    """Return the acts a passage leaves open: asked of another, near, argued, to come, or one of several."""
    if not may_hold(text, _SETTLED_WORDS):
        return ()  # most passages ask, argue and foresee nothing: a set lookup says so
    found = []
    for match in _OPEN.finditer(text):
        word = next(value for value in match.groupdict().values() if value).casefold()
        done = _done_pattern(word)
        if word == "appeal" and appeal_heard(text, match.start()):
            continue  # "The Supreme Court is considering an appeal": one filed, a court's to hear (weighed_acts.py)
        if done is not None:
            kind = ("near or at risk" if match["near"] else "sought or awaited" if match["asked_noun"]
                    else "asked of another")
            found.append(Open(" ".join(match.group().split()), kind, done,
                              content_words(_sentence_of(text, match.start()), _NOT_CONTENT | {word})))
    for match in _FUTURE.finditer(text):
        index = next(int(name[6:]) for name, value in match.groupdict().items() if value)
        found.append(Open(" ".join(match.group().split()), "to come", _REACHED[index],
                          content_words(_sentence_of(text, match.start()), _NOT_CONTENT)))
    for match in _QUALIFIED.finditer(text):
        found.append(Open(" ".join(match.group().split()), "not yet final", _AGREED,
                          content_words(_sentence_of(text, match.start()), _NOT_CONTENT)))
    for match in _ARGUED.finditer(text):
        end = _STOP.search(text, match.end())
        found.append(Open(" ".join(match.group().split()), "a party's argument", _RULED,
                          content_words(text[match.end():end.start() if end else len(text)], _NOT_CONTENT)))
    for match in _ONE_OF.finditer(text):
        found.append(Open(" ".join(match.group().split()), "one of several",
                          _only_pattern(match["noun"].casefold()[:5]),
                          content_words(_sentence_of(text, match.start()), _NOT_CONTENT)))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 10)
def _done_pattern(word: str) -> re.Pattern | None:
    """Return the pattern of the words that tell an act done: a noun's ("approval": "approved"), a verb's past
    ("dismiss": "dismissed"), a gerund's ("signing": "signed"), a participle as it is ("lifted")."""
    if word in _NOUN_DONE:
        return re.compile(rf"(?<!\w)(?:{_NOUN_DONE[word]})(?!\w)", re.IGNORECASE)
    if word.endswith(("ed", "en", "wn")) and len(word) > 4:
        return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        stems = (stem[:-1],) if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls" else (stem, stem + "e")
        sources = [english_past_source(each) for each in stems]
        return re.compile("|".join(source for source in sources if source), re.IGNORECASE)
    if word.endswith(("ion", "ity", "ness", "ment", "ance", "ence", "ship")):
        return None  # a noun this check does not know the act of
    source = english_past_source(word)
    return re.compile(source, re.IGNORECASE) if source else None


@functools.lru_cache(maxsize=1 << 10)
def _only_pattern(stem: str) -> re.Pattern:
    """Return the pattern of "the only" one of a noun, by its first five letters ("the only country", "the sole
    countries")."""
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?:only|sole|lone)\s+{re.escape(stem)}\w*", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)
def _without_open(text: str) -> str:
    """Return a passage with what it leaves open blanked: "asked the court to dismiss" tells nothing dismissed."""
    for pattern in (_OPEN, _FUTURE, _ARGUED, _QUALIFIED):
        text = pattern.sub(lambda match: " " * len(match.group()), text)
    return text


def _sentence_of(text: str, at: int) -> str:
    """Return the passage's sentence around `at` (to its stops and semicolons either side)."""
    start = max((stop.end() for stop in _STOP.finditer(text, 0, at)), default=0)
    end = _STOP.search(text, at)
    return text[start:end.start() if end else len(text)]
