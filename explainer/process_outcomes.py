"""A process told as its outcome: a sentence may not tell how a process ended where its passages give it only as
under way, halted or begun.

"The talks broke down" citing "The talks have stalled" (or "paused", "adjourned", "suspended", "on hold", "set to
resume"; "succeeded", "failed", "collapsed", "ended"); "Police charged the suspect" citing "Police arrested the
suspect" (a case's stage: arrested, detained, questioned or investigated, against charged, indicted, tried,
convicted, sentenced, fined or sanctioned); "Acme completed the takeover of Bolt" citing "Acme is in talks to buy
Bolt" (talks, a bid, an offer or settlement talks, against a deal bought, merged, settled or agreed); "The ban was
overturned" citing "Acme appealed against the ban" (an appeal or challenge, against its ruling: overturned, quashed,
upheld, lifted, won or lost); "Exports have recovered" citing "Exports are recovering" (recovering, improving,
easing, healing, rebuilding, against recovered, healed, rebuilt, back to normal). Each is refused where the
sentence's outcome is neither negated nor possible ("could collapse", "has not bought"; "Nobody has bought", a
subject naming no one: no_one_subjects.py) nor partial ("partly
recovered"), the sentence shares a word of four letters or more with the passage's sentence giving the process
(all but the family's own words), and no cited passage tells an outcome of that family itself. A sentence whose
outcome word another check already names is left to it. Words in quotation marks are not read. English text is
read.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .no_one_subjects import verb_of_no_one
from .records import record
from .sentences import inside, markers_blanked
from .wordset import may_hold


@record
class Family:
    """A kind of process: what it is called in a message, the words giving it under way, those telling its outcome,
    and the words any of its outcomes holds (looked up before any pattern runs)."""

    name: str
    process: re.Pattern
    outcome: re.Pattern
    words: frozenset[str]
    shared: int = 1  # words the sentence must share with the passage's clause giving the process


def whole_words(alternatives: str) -> re.Pattern:
    """Return a pattern of whole words, spaces read as any run of spaces."""
    spaced = alternatives.replace(" ", r"\s+")
    return patterns.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])", re.IGNORECASE)


_FAMILIES = (
    Family("going on, halted or to resume",
            whole_words("stalled|stalling|stall|paused|on hold|adjourned|suspended|deadlocked|at an impasse"
                   "|at a standstill|in limbo|(?:set|due|expected|scheduled|likely) to (?:resume|continue|reconvene)"
                   "|will (?:resume|continue|reconvene)|ongoing|under way|underway|in progress"),
            whole_words("broke down|broken down|collapsed|fell apart|fell through|failed(?! to)|foundered"
                   # "succeeded Jones as chair" is a succession, not an outcome
                   "|succeeded(?!\\s+(?:(?-i:[A-Z])|(?:him|her|them|his|their|as)(?!\\w)))"
                   "|(?:was|were|been) (?:abandoned|called off)|(?:was|were) successful|ended|concluded"
                   "|came to an end"),
            frozenset({"broke", "broken", "collapsed", "fell", "failed", "foundered", "abandoned", "called",
                       "succeeded", "successful", "ended", "concluded", "came"})),
    Family("a case under way",
            whole_words("arrested|detained|questioned|in custody|under investigation|investigating|investigated"
                   "|investigation|investigations|probing|probed|a probe|an inquiry|looking into|on suspicion of"
                   "|suspected of|accused of|charged with|indicted|on trial|stood trial|standing trial"),
            whole_words("charged|indicted|prosecuted|(?:was|were|been|being) tried(?! to)"
                        "|(?:stood|stands|went on) trial"
                   "|convicted|found (?:\\w+ ){0,3}?(?:guilty|liable)|sentenced|fined|penali[sz]ed|sanctioned"
                   "|punished|censured|ordered (?:\\w+ ){0,2}?to pay"),
            frozenset({"charged", "indicted", "prosecuted", "tried", "stood", "stands", "went", "convicted", "found",
                       "sentenced", "fined", "penalised", "penalized", "sanctioned", "punished", "censured",
                       "ordered"})),
    Family("talks, a bid or an offer",
            whole_words("in (?:\\w+ ){0,2}?talks|talks (?:to|over|on|with|about)|negotiat\\w+|bid for|bidding for"
                   "|(?:a|an|its|their|the) (?:\\w+ )?(?:bid|offer|approach)|offered to|approached|exploring"
                   "|(?:is|are|was|were) (?:considering|weighing|mulling)|mediation"),
            whole_words("completed|bought|acquired|took over|(?:has|have|had|been) taken over|merged|settled|sealed"
                   "|clinched|finali[sz]ed|closed (?:a|an|the|its|their) (?:\\w+ )?(?:deal|purchase|acquisition"
                   "|takeover|merger)|(?:agreed|agrees) to (?:buy|acquire|sell|merge|settle|take over)"
                   "|(?:struck|reached|signed) (?:a|an|the) (?:\\w+ )?(?:deal|agreement|settlement)"),
            frozenset({"completed", "bought", "acquired", "took", "taken", "merged", "settled", "sealed", "clinched",
                       "finalised", "finalized", "closed", "agreed", "agrees", "struck", "reached", "signed"})),
    Family("an appeal or a challenge",
            whole_words("appealed|appealing|appeals|an appeal|(?:is|are|was|were) challenging|challenged in court"
                   "|(?:filed|lodged|launched) (?:a|an) (?:\\w+ )?(?:challenge|appeal)|contesting"
                   "|(?:sought|seeking|seeks|asked|asking) (?:\\w+ ){0,3}?to (?:overturn|quash|lift|reverse|annul)"),
            whole_words("overturned|quashed|struck down|reversed|annulled|set aside|thrown out|threw out|upheld"
                   "|(?:won|lost|wins|loses) (?:its|their|his|her|the|an) appeal|lifted|scrapped|revoked"
                   "|(?:appeal|challenge) (?:was|were) (?:rejected|dismissed|granted|denied|successful)"),
            frozenset({"overturned", "quashed", "struck", "reversed", "annulled", "set", "thrown", "threw", "upheld",
                       "won", "lost", "wins", "loses", "lifted", "scrapped", "revoked", "rejected", "dismissed",
                       "granted", "denied", "successful"})),
    Family("under way",
            whole_words("recovering|improving|easing|healing|rebuilding|(?:being) (?:rebuilt|repaired|restored)"
                   "|rebounding|on the mend|on the road to recovery|returning to normal|bouncing back|picking up"),
            whole_words("recovered|healed|rebuilt|(?:back|returned) to normal|normali[sz]ed|bounced back"
                   "|(?:fully|completely) (?:\\w+ed)|(?:is|are) (?:now )?over"),
            frozenset({"recovered", "healed", "rebuilt", "back", "returned", "normalised", "normalized", "bounced",
                       "fully", "completely", "over"})),
    # a review under way is no verdict on what is reviewed: "Meridian accepted the regulator's figures" citing "it was
    # reviewing the regulator's figures" (factcheck_115); two words shared, as "Meridian" alone names any of its acts
    Family("a review under way",
            whole_words("reviewing|(?:is|are|was|were|being) (?:still )?(?:studying|examining|assessing|evaluating"
                        "|considering|weighing|looking at|analy[sz]ing|checking|scrutini[sz]ing)|under review"
                        "|under consideration|(?:will|would|to) (?:review|study|examine|assess|evaluate|consider)"
                        "|(?:a|an|its|their) (?:\\w+ )?review of"),
            whole_words("accepted|accepts|rejected|rejects|endorsed|endorses|approved|dismissed|disputed|disputes"
                        "|contested|contests|challenged|adopted|agreed with|agrees with|signed off on|conceded|concedes"
                        "|confirmed the|confirms the|(?:completed|finished|concluded) (?:its|their|the) review"
                        # a review told done: the body's own word that it is reviewing backs the review, not its end
                        "|(?:completed|finished|concluded) (?:reviewing|examining|assessing|studying|considering)"
                        "|(?:has|have|had) (?:now )?(?:reviewed|examined|assessed|evaluated)"),
            frozenset({"accepted", "accepts", "rejected", "rejects", "endorsed", "endorses", "approved", "dismissed",
                       "disputed", "disputes", "contested", "contests", "challenged", "adopted", "agreed", "agrees",
                       "signed", "conceded", "concedes", "confirmed", "confirms", "completed", "finished",
                       "concluded", "reviewed", "examined", "assessed", "evaluated"}), 2),
)
_ALL_WORDS = frozenset().union(*(family.words for family in _FAMILIES))
# "could collapse", "has not bought", "if convicted", "yet to be charged", "threatened to": no outcome told
_NOT_TOLD_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|yet|if|unless|whether|could|(?-i:may)|might|would"
                                    r"|should|will|shall|must|to|once|until|before|risk|threat\w*|nearly|almost)"
                                    r"(?:\s+\w+)?\s*$", re.IGNORECASE)
# "partly recovered", "recovered some ground": an outcome in part is no outcome told
_PARTLY = whole_words("partly|partially|somewhat|slightly|modestly|in part|some|begun|began|started|starting|beginning"
                 "|slowly|gradually")
# Words of three letters or more that name nothing a process is of: "ban" and "tax" do, "the" and "was" do not
_NOT_CONTENT = frozenset({"the", "and", "was", "were", "are", "has", "had", "have", "been", "its", "his", "her", "their",
                          "for", "but", "not", "with", "that", "this", "they", "them", "there", "said", "says", "also",
                          "into", "will", "would", "could", "after", "before", "over", "week", "month", "year",
                          "next", "last", "until", "when", "being", "now", "all", "who", "which", "from", "than", "yet",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"})
_WORD = patterns.compile(r"[A-Za-z]+")


def told_as_outcome(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding when text tells as ended, decided or done a process its passages give only as under way,
    halted or begun, and none of the findings already `named` quotes the outcome's first word."""
    if not in_english(language) or not may_hold(text, _ALL_WORDS):
        return []  # most sentences tell no outcome
    return outcome_findings(text, passages, _FAMILIES, offset, named)


def outcome_findings(text: str, passages: list[Cited], families: Sequence[Family], offset: int = 0,
                     named: Sequence[Finding] = ()) -> list[Finding]:
    """Return a finding for the first of `families` whose outcome text tells where its passages give only its
    process (English text; business_steps.py reads its own families so)."""
    spoken = markers_blanked(text)
    for family in families:
        if not may_hold(spoken, family.words):
            continue
        told_match = _told(spoken, family)
        told = told_match.group() if told_match is not None else None
        if told is None or any(f"'{_head(told)}" in finding.message.casefold() for finding in named):
            continue
        processes = [found for passage in passages for found in _processes(passage.text, family)]
        if not processes or any(_outcomes(passage.text, family) for passage in passages):
            continue  # no passage gives it under way, or one tells an outcome itself
        words = _content(spoken) - _own_words(told_match)
        shown = next((shown for shown, theirs in processes if len(words & theirs) >= family.shared), None)
        if shown is not None:
            return [Finding(offset, f"this sentence tells as an outcome ('{' '.join(told.split())}') what its cited "
                                    f"passages give only as {family.name} ('{shown}'): {clipped(text)}",
                            f"say where it stands, as the source does ('{shown}'), or cite a passage that gives "
                            "the outcome")]
    return []


def _head(told: str) -> str:
    """Return an outcome's first word but an auxiliary ("bought" of "was bought"), folded."""
    words = told.casefold().split()
    return next((word for word in words if word not in _AUXILIARIES), words[0])


_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "now"})


def _told(spoken: str, family: Family) -> re.Match | None:
    """Return the first outcome of a family that text tells as written, neither negated, possible, partial nor
    quoted; None if there is none."""
    quoted = None
    for match in family.outcome.finditer(spoken):
        quoted = quoted_parts(spoken) if quoted is None else quoted
        if inside(quoted, match.start()) or _NOT_TOLD_BEFORE.search(spoken, max(0, match.start() - 30),
                                                                   match.start()) or _within_process(spoken, family,
                                                                                                     match):
            continue
        if verb_of_no_one(spoken, match.start()):
            continue  # "Nobody has bought any of the stores yet": no outcome told (factcheck_191)
        if _PARTLY.search(spoken, max(0, match.start() - 16), min(len(spoken), match.end() + 16)):
            continue
        return match
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _processes(text: str, family: Family) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each place a passage gives a family's process under way, as written, with its sentence's content
    words."""
    if not family.process.search(text):
        return ()
    return tuple((" ".join(match.group().split()), _content(_clause_of(text, match)) - _own_words(match))
                 for match in family.process.finditer(text))


def _own_words(match: re.Match) -> frozenset[str]:
    """Return the content words of a process as written, but those of what it is of ("to have the class action
    certified": its groups `object...`, where the pattern names one)."""
    return _content(match.group()) - _content(" ".join(written for name, written in match.groupdict().items()
                                                       if name.startswith("object") and written))


def _clause_of(text: str, match: re.Match) -> str:
    """Return the clause of text holding a match: from the punctuation before it to the punctuation after."""
    start = max(text.rfind(mark, 0, match.start()) for mark in ",;:.()") + 1
    ends = [end for mark in ",;:.()" if (end := text.find(mark, match.end())) >= 0]
    return text[start:min(ends, default=len(text))]


@functools.lru_cache(maxsize=1 << 12)
def _outcomes(text: str, family: Family) -> bool:
    """Say whether a passage tells an outcome of a family, not negated nor possible."""
    return any(not _NOT_TOLD_BEFORE.search(text, max(0, match.start() - 30), match.start())
               and not _within_process(text, family, match) for match in family.outcome.finditer(text))


def _within_process(text: str, family: Family, match: re.Match) -> bool:
    """Say whether an outcome's words stand inside words giving the process under way ("being rebuilt")."""
    return any(process.start() <= match.start() and match.end() <= process.end()
               for process in family.process.finditer(text, max(0, match.start() - 60), match.end()))


@functools.lru_cache(maxsize=1 << 12)
def _content(text: str) -> frozenset[str]:
    """Return the words of three letters or more of text that may name what a process is of, folded."""
    return frozenset(word for written in _WORD.findall(text) if len(written) >= 3
                     for word in (written.casefold(),) if word not in _NOT_CONTENT)
