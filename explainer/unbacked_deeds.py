"""A deed no cited passage tells: "Northland bombed the town" may not cite "Northland visited the town".

Every other deed check compares a sentence's word with a word of its passage (a stronger rung of the same scale,
an opposite, a stage further on); a sentence that tells a different deed altogether, of which its passages say
nothing at all, passed them all, every name, place and date kept. A reader takes the deed as the source's.

A sentence telling one of the deeds below (an attack, an invasion, a killing, an arrest, a resignation, a lawsuit,
a retreat, ...) in any of its forms ("bombed", "bombing", "bombardment") is refused where no cited passage holds a
word of that kind of deed: the verb in another form, or a word a source tells the same deed by ("shelled", "strikes",
"air raid" back "attacked"; "took control of" and "fell to" back "captured"). Where the deed is a rung of one of
deed_scales.py's scales, any word of that scale backs it too: telling it stronger ("killed" for "wounded") is that
module's finding, named once. Only this closed list of deeds is read, so a paraphrase of anything else is left to
the other checks; words in quotation marks are the quotation checks'. English text is read.

A formal act of a state, told in several words (_FORMAL: war declared, a state of emergency, martial law, a
recognition, diplomatic ties severed), and an annexation are read too: a minister's quoted "open war", airstrikes, an
occupation or a recalled ambassador back none of them (tests/test_factcheck_76.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .court_recourse import case_not_yet_heard, court_act_told
from .deed_scales import SCALES
from .no_one_harmed import harm_denied_and_backed
from .sentences import inside, markers_blanked
from .split_decisions import UNANIMOUS, negated, split_told
from .labour_deeds import LABOUR_DEEDS
from .trade_deeds import AGAINST, DENIED, TRADE_DEEDS
from .vote_margins import unanimity_told

# Each kind of deed: the words a sentence tells it by (every form, lowercased), and the beginnings of the words, or
# whole phrases (with a space), a passage tells the same deed by; one ending in a space is a whole word ("ban ", not
# "banks"). A word that is also common in another sense ("hit" a record, "struck" a deal, "fired" staff, "held"
# talks, "took" office, "stormed" out, "executed" a plan) backs a deed but never tells one.
_ARMED = ("attack", "bomb", "shell", "raid", "assault", "ambush", "storm", "strike", "struck", "striking", "airstrike",
          "hit ", "hits ", "hitting", "fire", "fired on", "targe", "offensive", "artillery", "missile", "rocket",
          "drone", "mortar", "firing", "fought", "fight", "clash", "incursion", "invad", "invasion", "shot", "shoot",
          "blew up", "blast", "explosi")
_KILLED = ("kill", "slain", "slay", "murder", "assassinat", "execut", "massacr", "dead", "death", "died", "die ",
           "dying", "lives", "lost his life", "lost her life", "lost their life", "fatal", "bodies", "body of",
           "gunned down")
_TAKEN = ("overr", "occup", "captur", "seiz", "took", "taken", "take", "control", "fell to", "fall to", "retook",
          "recaptur", "invad", "annex", "held by", "hold", "confiscat", "impound", "froze", "freez")
# the words a passage tells a court's or a judge's ruling by (a council's "decision" is none: _COURT_DECISION)
_RULED = ("ruled", "ruling", "rulings", "rules that", "rule that", "rule on", "verdict", "judgment", "judgement",
          "found that", "found in favour", "found in favor", "finds that", "held that", "holds that", "ordered",
          "dismiss", "upheld", "uphold", "quash", "overturn", "struck down", "strikes down", "convict", "acquit",
          "sentenc", "guilty", "injunction", "awarded", "reject", "decision", "decided", "decides")
# a decision under judicial review is a public body's, never a court's: it backs no "ruling" (newuser_90's "seek a
# judicial review of the decision"; "Calder was reviewing the decision" of a judge's does)
_REVIEWED = patterns.compile(r" judicial review of (?:the |its |their |a |this |that )?decisions? ")
_DEEDS = (
    # an attack, by any arm
    ("bombed bombing bombings bombarded bombarding bombardment shelled shelling raided raiding ambushed ambushing",
     _ARMED),
    # an attack, which may be in words too ("the opposition attacked the budget")
    ("attacked attacking assaulted assaulting",
     _ARMED + ("critic", "condemn", "denounc", "lambast", "slam", "blast", "rebuk", "accus", "decri", "assail")),
    # an invasion
    ("invaded invading invasion",
     ("invad", "invasion", "incursion", "annex", "crossed into", "crossed the border", "moved into", "entered",
      "occup", "ground offensive", "ground operation", "troops into", "seiz", "captur", "took control")),
    # a formal act of a state: "annexed" may not cite "occupied" (see _FORMAL for acts of several words)
    ("annexed annexing annexation", ("annex", "incorporated into", "made part of", "absorbed into")),
    # a place or a thing taken
    ("overran overrun occupied occupying captured capturing seized seizing", _TAKEN),
    # people killed or hurt
    ("killed killing kills slain murdered murdering assassinated assassinating assassination massacred massacre",
     _KILLED),
    ("wounded wounding injured injuring", ("wound", "injur", "hurt", "casualt", "hospital", "maim") + _KILLED),
    # a thing destroyed
    ("destroyed destroying demolished demolishing razed flattened",
     ("destr", "demoli", "raze", "razed", "flatten", "wreck", "obliterat", "rubble", "collaps", "level", "took out",
      "taken out", "take out", "knocked out", "burn", "blew up", "blown up", "ruin")),
    # people taken
    ("arrested arresting kidnapped kidnapping abducted abducting abduction detained detaining deported deporting "
     "deportation hijacked hijacking",
     ("arrest", "detain", "detention", "custody", "apprehend", "held", "kidnap", "abduct", "hostage", "captive",
      "seiz", "captur", "deport", "expel", "expuls", "remov", "hijack", "taken", "took", "jail", "prison",
      "imprison", "charged")),
    # a leader gone
    ("resigned resigning resignation abdicated",
     ("resign", "step down", "stepped down", "stepping down", "steps down", "quit ", "quits ", "quitting", "abdicat",
      "left office", "leave office", "leaving office", "departure", "depart", "ousted", "oust", "removed",
      "dismiss", "fired", "sacked", "replaced", "impeach")),
    ("impeached impeaching impeachment", ("impeach", "removed from office", "remove him", "remove her", "removal")),
    # a case brought
    ("sued suing lawsuit lawsuits",
     ("sue", "sued", "suing", "suit", "lawsuit", "legal action", "legal challenge", "court", "claim", "file",
      "filing", "action against", "bring", "brings",
      "litigat", "case against", "proceedings", "complaint", "plaintiff", "defendant", "damages",
      "brought", "alleg", "petition", "judge", "trial", "settle")),
    # forces pulled back, or a party out of a race or a deal
    ("withdrew withdrawn withdrawing withdrawal retreated retreating",
     ("withdr", "retreat", "pull", "evacuat", "left", "leav", "exit", "redeploy", "moved back", "fell back",
      "fall back", "drew back", "drawn back", "recalled", "dropped out", "walked out", "walk out", "walks out",
      "walkout", "stormed out", "abandon", "scrap", "dropp", "ended", "quit ")),
    # people who left their homes
    ("fled fleeing evacuated evacuating evacuation displaced",
     ("fled", "flee", "displac", "evacuat", "escap", "refugee", "left their", "left the", "leave", "leaving",
      "forced out", "driven", "uproot", "homeless", "exodus", "withdr")),
    # a measure against a party
    ("sanctioned sanctioning blockaded blockading blockade embargoed",
     ("sanction", "blockad", "embargo", "penalt", "restrict", "ban ", "bans ", "banned", "banning", "blacklist",
      "froze", "freez", "cut off", "siege", "tariff", "curb")),
    ("vetoed vetoing", ("veto", "block", "reject", "struck down", "overrode", "override")),
    # an aircraft or a missile brought down
    ("intercepted intercepting",
     ("intercept", "shot down", "shoot down", "shooting down", "downed", "destroy", "air defen", "neutrali",
      "brought down", "thwart", "foil", "repel", "repuls", "stopped")),
    ("downed", ("downed", "shot down", "shoot down", "shooting down", "brought down", "intercept", "crash", "destroy")),
    # a body dissolved
    ("dissolved dissolving dissolution", ("dissol", "disband", "abolish", "scrap", "suspend", "dismiss")),
    ("looted looting plundered plundering torched torching burned burnt",
     ("loot", "plunder", "torch", "burn", "set fire", "set on fire", "arson", "ransack", "pillag", "destroy",
      "blaze", "fire")),
    # a deal made ("agreed a ceasefire" may not cite "proposed a ceasefire")
    ("agreed agreeing",
     ("agree", "accept", "deal ", "deals ", "accord", "pact", "treaty", "sign", "reached", "struck", "strike a",
      "consent", "approv", "endors", "back", "concur", "settle", "ratif", "signed", "in favour", "in favor",
      "takeover", "acquisition", "acquir", "merger", "contract")),
    # talks or a thing that failed ("collapsed" may not cite "postponed")
    ("collapsed collapsing",
     ("collaps", "broke down", "broken down", "break down", "breakdown", "fell apart", "fall apart", "failed",
      "fail", "ended", "end ", "abandon", "called off", "walked out", "destr", "demoli", "fell", "crumbl",
      "gave way", "give way", "cave", "bankrupt", "insolv", "went under", "folded")),
    # a verdict ("convicted" may not cite "charged")
    ("convicted convicting conviction convictions",
     ("convict", "guilty", "sentenc", "jailed", "imprison", "found to have", "pleaded guilty",
      "acquit", "cleared")),  # an acquittal told as a conviction is opposites.py's finding, named once
    ("acquitted acquitting acquittal", ("acquit", "not guilty", "cleared", "exonerat", "convict", "guilty")),
    # a vote without a vote against ("unanimous" may not cite "by 12 votes to 3")
    ("unanimous unanimously",
     ("unanim", "without opposition", "no one voted against", "nobody voted against", "without a vote against",
      "no votes against", "to 0 ", "to nil", "to none", "every member", "all members", "no dissent",
      "without dissent", "one voice")),
    # a plant or a service stopped ("shut down" may not cite "cut output")
    ("shut shutting shutdown",
     ("shut", "clos", "halt", "stopp", "stop ", "stops ", "suspend", "idle", "cease", "offline", "off line",
      "down ", "lockout", "locked out", "switched off", "turned off", "mothball", "decommission")),
    # a state told as lasting ("closed permanently" may not cite "closed for two days")
    ("permanently indefinitely forever",
     ("permanent", "indefinite", "for good", "forever", "until further notice", "no end date", "open ended",
      "open-ended", "no date", "never reopen", "never to reopen", "not reopen", "will not reopen", "for ever")),
    # a court's word: "Reacting to the court's ruling" may not cite "said it would seek a judicial review", which
    # tells no ruling (a quote's context: tests/test_factcheck_121.py); as a noun only (_RULING_NOUN), and of a court
    # named right before it (_COURTS_BEFORE)
    ("ruling rulings verdict verdicts judgment judgments judgement judgements decision decisions", _RULED),
    # a thing banned ("Ardania banned Veskland vessels" may not cite "reduced the number of licences": newuser_68)
    # (not "banning": "proposed banning the party" tells none done)
    ("banned prohibited outlawed forbade forbidden barred",
     ("ban ", "bans ", "banned", "banning", "prohibit", "outlaw", "forbid", "forbad", "barred", "barring", "bar ",
      "bars ", "not allowed", "not permitted", "no longer allowed", "must not", "may not", "shall not", "cannot",
      "illegal", "unlawful", "embargo", "exclud", "veto", "block", "sanction", "ineligib", "disqualif", "suspen")),
) + TRADE_DEEDS  # dumping, smuggling, a bribe, ...: trade_deeds.py
_DEEDS += LABOUR_DEEDS  # a lockout, a walkout: labour_deeds.py
DEEDS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = tuple((frozenset(told.split()), backs)
                                                                  for told, backs in _DEEDS)

_TOLD = frozenset().union(*(told for told, _ in DEEDS))
# A deed of a deed_scales.py scale is backed by any word of its scale: a rung told stronger is that module's finding.
_SCALE_OF = {word: tuple(other for rung in scale for other in rung) for scale in SCALES for rung in scale
             for word in rung}
_WORD = patterns.compile(r"[a-z]+")
_UNANIMOUS = frozenset({"unanimous", "unanimously"})  # read against the passages' tally first: vote_margins.py


@functools.lru_cache(maxsize=1 << 12)
@functools.lru_cache(maxsize=4096)  # a heading's checks read every passage its briefing cites, sentence after sentence
def _passage_text(text: str) -> str:
    """Return a passage's words, lowercased, one space apart, with a space at each end (for whole phrases)."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def _backs(passage: str, backs: tuple[str, ...]) -> bool:
    """Say whether a passage's words (as _passage_text gives them) hold a word beginning as one of `backs` does, or
    one of its phrases, told as done: not where the passage comes only near to it ("close to capturing" backs no
    "captured")."""
    return any(not _NEAR.search(passage, max(0, found - _NEAR_REACH), found)
               for back in backs for found in _starts(passage, f" {back}"))


# Words that tell a deed come near to, or only tried or offered, just before it ("close to capturing", "on the verge
# of collapse", "offered to acquire")
_NEAR = patterns.compile(r" (?:close to|near to|nearly|almost|on the verge of|on the brink of|within reach of|"
                         r"came close to|came near to|short of|offered to|proposed to|sought to|tried to|"
                         r"attempted to|bid to|threatened to|wants to|hopes to|all but)(?: (?:the|a|an|its|their))?$"
                         # a threat, vow or warning of the deed, its own verb between ("threatened to impose sanctions",
                         # "warned it would blockade"): tests/test_factcheck_75.py
                         r"| (?:threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|pledg(?:ed|es) to|warn(?:ed|s)? (?:that )?"
                         r"(?:it|they|he|she) (?:would|will))(?: [a-z]+)?(?: (?:the|a|an|its|their|new|fresh))?$")
_NEAR_REACH = 48  # characters before a word that _NEAR reads: its longest phrase, with a verb and an article


# A deed told as possible, conditional or to come, a word or two before it: the hedge and forecast checks' to read
_MAYBE = patterns.compile(r" (?:could|may|might|would|should|will|shall|can|cannot|if|unless|whether|to)"
                          r"(?: [a-z]+){0,2}$")
_MAYBE_NOUN = patterns.compile(r" (?:could|may|might|would|should|will|shall|can|cannot|if|unless|whether)"
                               r"(?: [a-z]+){0,2}$")
_BEFORE_REACH = 80  # characters before a sentence's word that _NEAR and _MAYBE read, as whole words


def _words_before(text: str, end: int) -> str:
    """Return the last words of `text` before `end`, lowercased, each after a space: as many as _NEAR and _MAYBE
    read, whatever the sentence's length."""
    start = max(0, end - _BEFORE_REACH)
    words = _WORD.findall(text[start:end].lower())
    if start and text[start - 1:start + 1].isalpha():
        words = words[1:]  # the window's first word is cut
    return "".join(f" {word}" for word in words)


def _starts(text: str, part: str):
    """Yield where `part` starts in `text`, each time it does."""
    found = text.find(part)
    while found != -1:
        yield found
        found = text.find(part, found + 1)


def unbacked_deeds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for the first deed of DEEDS (or formal act of _FORMAL) that text tells and no cited passage
    gives in any form."""
    if not in_english(language) or not passages:
        return []
    lowered = text.lower()
    formal = any(word in lowered for word in _FORMAL_HOLDS)
    if not formal and _TOLD.isdisjoint(_WORD.findall(lowered)):
        return []  # most sentences tell none of these deeds
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    if formal and (found := _unbacked_formal(text, spoken, quoted, passages, offset)):
        return found
    texts = [_passage_text(passage.text) for passage in passages]
    backed: dict[str, bool] = {}  # by word: a sentence may tell one deed many times

    @functools.cache
    def unheard(language: str) -> bool:
        """Say whether a cited passage takes a case to a court that has not heard it (court_recourse.py)."""
        return any(case_not_yet_heard(passage.text, passage.language or language) for passage in passages)

    for match in _WORD.finditer(spoken.lower()):
        word = match.group()
        if word not in _TOLD or inside(quoted, match.start()):
            continue
        if AGAINST.search(spoken[max(0, match.start() - 24):match.start()].lower()):
            continue  # "anti-dumping duties" tell no dumping
        before = _words_before(spoken, match.start())
        if word in UNANIMOUS and negated(before) and split_told([passage.text for passage in passages]):
            continue  # "was not unanimous" citing "a 2-1 decision": split_decisions.py
        if word in _RULINGS and not _a_court_word(spoken, match):
            continue  # "the ruling party", "a judgment call": no court's word
        if word in _COURT_NOUNS and not _COURTS_BEFORE.search(before) and (word not in _MADE_BY_COURTS
                                                                             or not unheard(language)):
            continue  # one a court is not named as making: "the council's decision", or "reacting to the ruling" of a
            # statement that a briefing's other passages put after a ruling they tell; but where a cited passage
            # only takes the case to court ("will seek a judicial review"), no ruling came before it (factcheck_123)
        maybe = _MAYBE_NOUN if word in _COURT_NOUNS else _MAYBE  # "reacting to the ruling": "to" no infinitive's
        if _NEAR.search(before) or maybe.search(before) or DENIED.search(before):
            continue  # "nearly captured", "could be convicted", "will permanently close" tell no deed done
        if word in _UNANIMOUS and (tallied := unanimity_told(spoken, match.start(), word, passages, offset)) is not None:
            if tallied:
                return tallied
            continue  # "not unanimous" of a split vote: vote_margins.py
        if harm_denied_and_backed(spoken, match.start(), word, [passage.text for passage in passages]):
            continue  # "Nobody was reported killed" citing "No casualties were reported": no_one_harmed.py
        if word not in backed:
            backs = tuple(back for told, kind in DEEDS if word in told for back in kind) + (word,) \
                + _SCALE_OF.get(word, ())
            read = [_REVIEWED.sub(" ", passage) for passage in texts] if word in _COURT_NOUNS else texts
            backed[word] = (any(court_act_told(passage.text, passage.language or language) for passage in passages)
                            if word in _COURT_NOUNS and unheard(language)  # "ask the court to quash" quashes nothing
                            else any(_backs(passage, backs) for passage in read))
        if backed[word]:
            continue
        return _unbacked(text, text[match.start():match.end()], offset)
    return []


_COURTS_BEFORE = patterns.compile(r" (?:court|courts|judge|judges|tribunal|tribunals|jury|jurys|panel|panels)"
                                  r"(?: s)?$")
_COURT_NOUNS = frozenset({"ruling", "rulings", "verdict", "verdicts", "judgment", "judgments", "judgement",
                          "judgements", "decision", "decisions"})
# a court's own word, as a bare noun: "decision" is as often a council's
_MADE_BY_COURTS = frozenset({"ruling", "rulings", "verdict", "verdicts", "judgment", "judgments", "judgement",
                             "judgements"})
_RULINGS = frozenset({"ruling", "rulings", "judgment", "judgments", "judgement", "judgements"})
# what follows "ruling" as a noun: a stop, or a small word ("the ruling on Monday", "the court's ruling that ..."),
# never the noun it modifies ("the ruling party", "a judgment call")
_RULING_NOUN = patterns.compile(r"\s*(?:$|[^\w\s]|(?:on|in|that|against|by|of|from|for|was|is|has|had|will|would|"
                                r"came|comes|last|this|and|or|but|to|which|at|after|before|over|could|may|means|"
                                r"meant|said|says|found|held)(?!\w))", re.IGNORECASE)


def _a_court_word(text: str, match: re.Match) -> bool:
    """Say whether "ruling" or "judgment" at `match` is a noun naming a decision, not a word modifying another."""
    return bool(_RULING_NOUN.match(text, match.end()))


def _unbacked(text: str, shown: str, offset: int) -> list[Finding]:
    """Return the finding for a deed (as `shown`) no cited passage gives."""
    return [Finding(offset, f"this sentence tells a deed ('{shown}') that no passage it cites gives, in that word or "
                            f"another for the same deed: {clipped(text)}",
                    "tell what the source says was done, in its words, or cite a passage that says it")]


# A formal act of a state, told in several words: a declaration of war, a state of emergency, martial law, a
# recognition, ties severed. A passage quoting a minister's "open war", telling fighting, a recalled ambassador or
# praise backs none: only the act itself, in any of its forms (the told pattern's words, or those after it).
_VERB = r"(?:declar\w*|impos\w*|introduc\w*|proclaim\w*|announc\w*|order\w*|put\s+in\s+place)"
_FORMAL = tuple((patterns.compile(told, re.IGNORECASE), patterns.compile(backs, re.IGNORECASE)) for told, backs in (
    (r"(?<!\w)(?:declar\w*|formally\s+declar\w*)\s+(?:a\s+)?war\b|declaration\s+of\s+war",
     r"declar\w*\s+(?:a\s+)?war\b|declaration\s+of\s+war|(?:formally|officially)\s+at\s+war|state\s+of\s+war"),
    (rf"{_VERB}\s+(?:a\s+|an\s+)?(?:national\s+)?(?:state\s+of\s+emergency|emergency\s+rule)",
     r"state\s+of\s+emergency|emergency\s+(?:rule|decree|law|powers)"),
    (r"martial\s+law", r"martial\s+law"),
    (r"(?<!\w)(?:formally\s+|officially\s+)?recogni[sz](?:ed|es|e|ing)\s+(?:the\s+|its\s+)?(?:independence|sovereignty"
     r"|breakaway|government|state\s+of|statehood|republic|regime|annexation)",
     r"recogni[sz](?:ed|es|e|ing|tion)"),
    (r"(?<!\w)(?:sever\w*|cut|cutting|broke\s+off|break\w*\s+off|broken\s+off|end\w*|suspend\w*)\s+(?:all\s+)?"
     r"(?:its\s+|their\s+)?diplomatic\s+(?:ties|relations)",
     r"(?:sever\w*|cut|cutting|broke|break\w*|broken|end\w*|suspend\w*|rupture\w*)\s+(?:off\s+)?(?:all\s+)?"
     r"(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:ties|relations)"),
))
_NOT = patterns.compile(r" (?:not|never|no|t|without|nor)(?: [a-z]+){0,2}$")
_FORMAL_HOLDS = ("war", "emergency", "martial", "recogni", "diplomatic")


def _unbacked_formal(text: str, spoken: str, quoted: list, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding for the first formal act of _FORMAL text tells as done that no cited passage gives."""
    for told, backs in _FORMAL:
        for match in told.finditer(spoken):
            before = _words_before(spoken, match.start())
            if inside(quoted, match.start()) or _NEAR.search(before) or _MAYBE.search(before) or _NOT.search(before):
                continue  # "has not declared war" tells no act; a negation added is polarity.py's to name
            if not any(_backed_formally(backs, passage.text) for passage in passages):
                return _unbacked(text, " ".join(match.group().split()), offset)
    return []


def _backed_formally(backs: re.Pattern, passage: str) -> bool:
    """Say whether a passage tells a formal act outside quotation marks: an act it tells only as threatened or near
    ("threatened to declare war") is threatened_deeds.py's and possible_done.py's to name, once."""
    quoted = quoted_parts(passage)
    return any(not inside(quoted, match.start()) for match in backs.finditer(passage))
