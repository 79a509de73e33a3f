"""A deed not turned into its opposite: "Acme accepted the demand" may not cite "Acme rejected the demand".

polarity.py reads "rejected", "refused" and "denied" as negations, but compares words of five letters or more, so a
clause whose subject is short ("Acme") built when its verb was turned; and "approved", "confirmed", "allowed",
"opened", "joined" and "supported" have opposites ("banned", "closed", "left", "opposed") that negate nothing. A
sentence's verb of one side of a pair (accepted, approved, agreed, ratified or endorsed and rejected, refused or
turned down; admitted, confirmed, acknowledged or conceded and denied, as are "accepted that" and "rejected claims
that": a claim's, named once as the stance turned where polarity.py reads a negation dropped too; allowed or permitted and banned, prohibited or outlawed;
opened and closed or shut; joined and left, quit or withdrew from; supported or backed and opposed) is refused where
no cited passage uses a verb of its side, and a passage's clause uses one of the other side of the same subject and
object: they share two words, or all the sentence's own, and a subject each names is the same one (or one clause is
passive), a party by its name in one and by its common noun in the other too ("The company denied" of Meridian, the
one party whose name or role says company: tests/test_factcheck_120.py). A verb negated ("did not accept", "refused to accept") tells no deed of its side, and backs none. Outcomes
turned ("upheld" for "overturned", "won" for "lost", "lifted" for "imposed") are outcomes.py's and opposites.py's.
A deed is read too as a noun after its doer's possessive ("Acme's rejection of the demand", "Northland's ban on
imports"; not after a verb undoing it, "lifted Northland's ban"), with its particle split off ("turned the demand
down"), and as "declined" before a thing ("declined the offer"; not "declined 3%", "declined the most"); and a
restriction (a ban, sanctions, a curfew, tariffs, ...) kept, maintained, extended or tightened is the opposite of one
lifted, eased, relaxed, ended or removed (tests/test_factcheck_80.py); a state kept ("keep school buildings open",
"kept the border closed") is a deed of its side (tests/test_factcheck_94.py).
English text is read, Spanish's accepting and rejecting (deeds_spanish.py), and German's accepting and rejecting,
confirming and disputing, voting for and against (deeds_german.py); words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import deeds_german, deeds_spanish, patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .owners import is_named, named_in_lowercase
from .sentences import markers_blanked, split_sentences
from .refusals_of_deeds_done import deeds_refused_where_done
from .wordset import may_hold

# Each side's forms; "_" a space. Bare forms that are as often nouns or adjectives ("open", "close", "ban",
# "support", "closing") are left out.
_SIDES = {
    "assent": "accept accepts accepted accepting approve approves approved approving agreed agrees ratify ratifies "
              "ratified ratifying endorse endorses endorsed endorsing",
    "refusal": "reject rejects rejected rejecting refuse refuses refused refusing turned_down turns_down turn_down "
               "turning_down",
    "admission": "admitted admits acknowledged acknowledges confirmed confirms conceded concedes",
    "denial": "deny denies denied denying",
    "permission": "allowed allows permitted legalised legalized",
    "ban": "banned banning prohibited prohibits forbade forbidden outlawed",
    "opening": "opened opens reopened reopens",
    "closing": "closed closes shut shuts",
    "joining": "joined joins rejoined",
    "leaving": "left leaves quit quits exited withdrew_from",
    "support": "supported supports backed voted_for votes_for",
    "opposition": "opposed opposes opposing voted_against votes_against",
    # a restriction kept against one lifted: read only before a restriction (_RESTRICTION)
    "keeping": "kept keeps keeping maintained maintains maintaining extended extends extending retained retains "
               "tightened tightens",
    "lifting": "lifted lifts lifting eased eases easing relaxed relaxes ended ends removed removes",
}
_OPPOSITE = {"assent": "refusal", "admission": "denial", "permission": "ban", "opening": "closing",
             "joining": "leaving", "support": "opposition", "keeping": "lifting"}
_OPPOSITE.update({other: one for one, other in list(_OPPOSITE.items())})
_SIDE_OF = {form.replace("_", " "): side for side, forms in _SIDES.items() for form in forms.split()}
# A deed as a noun after its doer's possessive ("Acme's rejection of the demand", "its approval of the plan",
# "Northland's ban on imports"), and a particle split off ("turned the demand down"); and "declined" read as a
# refusal only before a thing ("declined the offer"), not a fall ("declined 3%", "declined the most")
_NOUNS = {"rejection": "refusal", "refusal": "refusal", "approval": "assent", "acceptance": "assent",
          "endorsement": "assent", "ratification": "assent", "denial": "denial", "admission": "admission",
          "acknowledgement": "admission", "acknowledgment": "admission", "confirmation": "admission", "ban": "ban",
          "prohibition": "ban", "permission": "permission"}
_DECLINED = {"decline": "refusal", "declines": "refusal", "declined": "refusal", "declining": "refusal"}
_SIDE_OF.update(_DECLINED)
_FIRST_WORDS = frozenset(form.split()[0] for form in _SIDE_OF) | frozenset(_NOUNS) | {"turn", "turns", "turned",
                                                                                      "turning", "keep"}
# a state kept: "would keep school buildings open" opens them, as "kept the border closed" closes it (factcheck_94)
_KEPT_STATE = patterns.compile(r"(?<![\w-])(?P<form>keep|keeps|kept|keeping)\s+(?P<object>(?:(?!open\b|closed\b|shut\b)"
                               r"[\w'’-]+\s+){1,4}?)(?P<state>open|closed|shut)(?![\w-])", re.IGNORECASE)
_STATE_SIDE = {"open": "opening", "closed": "closing", "shut": "closing"}
_NOUN = patterns.compile(
    rf"(?<![\w-])(?P<owner>[A-Z][\w-]*['’]s|its|their|his|her)\s+(?:\w+\s+)?(?P<form>{'|'.join(patterns.longest_first(_NOUNS))})"
    r"\s+(?P<to>of|on|to|for)(?![\w-])", re.IGNORECASE)
# a noun undone by the verb before it: "lifted Northland's ban", "called for Acme's approval"
_NOUN_UNDONE = patterns.compile(r"(?<![\w-])(?:lift\w*|end\w*|overturn\w*|revers\w*|scrap\w*|drop\w*|withdr\w*"
                                r"|rescind\w*|repeal\w*|challeng\w*|appeal\w*|sought|seek\w*|ask\w*|await\w*"
                                r"|call\w*\s+for|urg\w*|demand\w*|want\w*|request\w*|without|no|not|pending)"
                                r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_SPLIT = patterns.compile(r"(?<![\w-])(?P<form>turn(?:s|ed|ing)?)\s+(?P<object>(?:(?!down\b)[\w'’-]+\s+){1,4})"
                          r"down(?![\w-])", re.IGNORECASE)
# what a restriction kept or lifted is: "lifted the ban on imports", "eased restrictions", "extended the curfew"
_RESTRICTION = patterns.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:bans?|embargo(?:es)?|sanctions?|curfews?|restrictions?|tariffs?|blockades?"
    r"|moratori(?:um|a)|lockdowns?|controls|caps?|limits|freezes?|prohibitions?|state\s+of\s+emergency"
    r"|martial\s+law)(?![\w-])", re.IGNORECASE)
_RESTRICTING = frozenset({"keeping", "lifting"})
# "declined" before a thing refused: an article or possessive, then no ranking word ("the most", "the following")
_DECLINED_THING = patterns.compile(
    r"\s+(?:the|a|an|its|their|his|her|this|that|these|those|any|all|every)\s+"
    r"(?!most|least|fastest|sharpest|steepest|following|next|same|previous|first|last|second|third|year|month|week"
    r"|day|quarter|time)[a-z]", re.IGNORECASE)
# A form in another sense, by what follows it: a market's "opened higher", "opened fire", "admitted to hospital",
# "left 12 dead", "closed doors"; or before it: "the left", "the far left"
_NOT_A_DEED_AFTER = patterns.compile(
    r"\s+(?:fire|higher|lower|up|down|flat|unchanged|at|\d|dead|injured|homeless|behind|over|open|in\s+place"
    r"|doors|to\s+(?:a\s+|the\s+)?hospital|by\s+\d|without)(?!\w)", re.IGNORECASE)
_NOT_A_DEED_BEFORE = patterns.compile(r"(?<!\w)(?:the|far|centre|center|on\s+the|to\s+the)\s+$", re.IGNORECASE)
_FORM = patterns.compile(rf"(?<![\w-])(?P<form>{'|'.join(patterns.longest_first(_SIDE_OF))})(?![\w-])",
                         re.IGNORECASE)
# A negation that tells the verb after it undone: "did not accept", "refused to accept", "never joined"; a vote or a
# choice against it too, "voted against accepting the offer", "decided against approving" (factcheck_208: "turned down
# the offer" of "voted against accepting the offer" was refused as 'turned down' of 'accepting')
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no\s+longer|refused\s+to|refuses\s+to|declined\s+to"
                            r"|failed\s+to|without|(?:vot|decid|argu|campaign)\w*\s+against)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
_PASSIVE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Admitting and denying are a claim's; a thing denied or admitted in the passive is one refused or let in, unless
# what is denied names a claim ("the reports were denied")
_CLAIMED = frozenset({"admission", "denial"})
_CLAIM = patterns.compile(r"(?<!\w)(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|accounts?"
                          r"|stor(?:y|ies)|rumou?rs?|that)(?!\w)", re.IGNORECASE)
# Accepting or agreeing "that" a thing is so (or "claims that") admits it, rejecting "that" it is denies it: a
# claim's sides, not a demand's (factcheck_117: "Meridian accepted that the spill was larger" of "Meridian denied that")
_CLAIM_SIDES = {"assent": "admission", "refusal": "denial"}
_ASIDE = r"(?:(?:today|yesterday|publicly|privately|openly|later|now|[a-z]+ly)\s+)?"  # "admitted today that"
_THAT_AFTER = patterns.compile(rf"\s+{_ASIDE}(?:(?:the\s+)?(?:claims?|reports?|allegations?|accusations?"
                               r"|suggestions?)\s+)?that(?!\w)", re.IGNORECASE)
_STANCE_THAT = patterns.compile(r"(?<![\w-])(?:accept|agree|conced|acknowledg|admit|confirm|den[iy]|reject|disput)"
                                rf"[a-z]*\s+{_ASIDE}(?:(?:the\s+)?(?:claims?|reports?|allegations?|accusations?"
                                r"|suggestions?)\s+)?that(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:but|while|whereas|which|who|after|before|because"
                                 r"|although|though|when|as)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:and|but|while|whereas|which|who|after|before|because"
                               r"|although|though|when|as|than)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+|\d+")
_NOT_CONTENT = frozenset(
    "the and for was were has had have been its their his her this that with from into also not did does will would "
    "could should may might said says which who than then there they them our out off per but all any some one two "
    "new are can how why what when where now yet own each both more most much many such only just over under upon "
    "onto via its".split())
_PREFIX = 5  # "demands" and "demand", "ratifying" and "ratify"'s object words compared by their first letters


class _Told(NamedTuple):
    """A verb of a pair a clause tells: its side, as written, the words before it and after it, whether passive."""

    side: str
    shown: str
    subject: frozenset[str]
    object: frozenset[str]
    passive: bool
    clause: str


def turned_stance(text: str, passages: list[Cited], offset: int = 0, language: str = "", parties: tuple = ()
                  ) -> list[Finding]:
    """Return turned_deeds' finding where the deed turned is a claim admitted or denied ("accepted that" of "denied
    that"): polarity.py reads the denial as a negation dropped too, and the stance turned is the one to name. Read
    where the sentence's verb takes a clause ("that ..."); "Kabul confirmed the airstrikes" of "denied" stays a
    negation dropped, as it was named before."""
    if not in_english(language) or not _STANCE_THAT.search(text):
        return []
    return turned_deeds(text, passages, offset, language, _CLAIMED, parties)


def turned_deeds(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                 only: frozenset[str] | None = None, parties: tuple = ()) -> list[Finding]:
    """Return a finding when text tells a deed whose opposite a passage tells of the same subject and object, and no
    passage tells a deed of its side (of the sides `only` names alone, where given); a subject is the same where
    both name one of `parties` (id, words), one of them by its common noun ("The company" of Meridian Energy Company)."""
    refused = deeds_refused_where_done(text, passages, offset, language, parties)
    if refused:
        return refused  # "refused to offer" of "has offered": a deed done told as refused (factcheck_203)
    spanish = language.split("-")[0].lower() == "es"
    german = language.split("-")[0].lower() == "de"
    reading = "de" if german else "es" if spanish else "en"
    if not (in_english(language) or spanish or german) or not passages or not may_hold(text, _WORDS_OF[reading]):
        return []  # most sentences tell none of these deeds: found by a lookup of their words
    own = _TOLD_IN[reading](unquoted(markers_blanked(text)))
    if not own or len({told.side for told in own}) > 1 and any(
            _OPPOSITE[told.side] == other.side for told in own for other in own):
        return []  # none, or both sides named, each its own ("accepted one demand and rejected another")
    theirs = [told for passage in passages for told in _passage_told(passage.text, reading)]
    sides = {told.side for told in theirs}
    for told in own:
        if only is not None and told.side not in only:
            continue
        if told.side in sides and (not german or any(other.side == told.side and _restates(told, other)
                                                     for other in theirs)):
            continue  # a passage tells a deed of this side (in German, of the same things: a vote for and one
            # against stand in one passage, "stimmte ... für den Ausstieg. Die Fraktionen ... stimmten dagegen")
        turned = next((other for other in theirs if other.side == _OPPOSITE[told.side]
                       and (_restates(told, other) or _restates_of_party(told, other, parties))
                       and not _rarity_turned(told, other)), None)
        if turned is not None:
            return [Finding(offset, f"this sentence says '{told.shown}' where its cited passages say '{turned.shown}' "
                                    f"('{turned.clause}'): {clipped(text)}",
                            "keep the source's word, or cite a passage that says this one")]
    return []


# How often a deed is done, told by its opposite: "Courts usually reject such petitions" is "Courts rarely accept such
# petitions", and was refused as 'reject' of 'accept' (tests/test_factcheck_179.py). Read of the adverb just before
# each verb; "usually accept" of "rarely accept" keeps its side, and stays frequency_words.py's.
_RARELY_BEFORE = patterns.compile(r"(?<!\w)(?:rarely|seldom|infrequently|(?:hardly|scarcely|almost|nearly)\s+ever"
                                  r"|(?:almost|nearly|virtually)\s+never)\s+$", re.IGNORECASE)
_USUALLY_BEFORE = patterns.compile(r"(?<!\w)(?:usually|mostly|generally|typically|normally|almost\s+always"
                                   r"|nearly\s+always)\s+$", re.IGNORECASE)


def _rarity_turned(told: _Told, other: _Told) -> bool:
    """Say whether one clause tells its deed as rare ("rarely accept") and the other the opposite deed as the rule
    ("usually reject"): the same fact told from its other side."""
    def before(each: _Told) -> str:
        return each.clause[:each.clause.find(each.shown)]
    return bool(_RARELY_BEFORE.search(before(told)) and _USUALLY_BEFORE.search(before(other))
                or _USUALLY_BEFORE.search(before(told)) and _RARELY_BEFORE.search(before(other)))


def _restates(told: _Told, other: _Told) -> bool:
    """Say whether two clauses tell their verbs of the same subject and object: two words shared (or all of the
    sentence's own), and a subject each names the same, unless one clause is passive ("the plan was rejected by
    Acme")."""
    words, theirs = told.subject | told.object, other.subject | other.object
    shared = _matched(words, theirs)
    if len(shared) < 2 and not (shared and shared == words):
        return False
    return (told.passive or other.passive or not told.subject or not other.subject
            or bool(_matched(told.subject, other.subject)))


_SHORT_NAME = 4  # a name this short is read in its longer forms: "Kesh" in "the Keshi government"


def _matched(words: frozenset[str], theirs: frozenset[str]) -> frozenset[str]:
    """Return the words of `words` that `theirs` holds, or holds a longer form of where the word is a whole short
    word of four letters ("kesh" of "keshi": newuser_88, "Kesh accepts the charge" citing "a charge the Keshi
    government rejected" shared one word, "charge", and built)."""
    return frozenset(word for word in words if word in theirs or len(word) == _SHORT_NAME and any(
        other.startswith(word) and len(other) <= len(word) + 3 for other in theirs))  # a people's ending at most


def _restates_of_party(told: _Told, other: _Told, parties: tuple) -> bool:
    """Say whether two clauses tell their verbs of one party, named in one and called by its common noun in the other
    ("Meridian accepted that the spill was larger" and "The company denied that the spill was larger", where Meridian
    alone is a company), and of the same object: two words shared, or all of the sentence's own."""
    if not parties or told.passive or other.passive:
        return False
    shared = told.object & other.object
    if len(shared) < 2 and not (shared and shared == told.object):
        return False
    own, theirs = _subject_party(told, parties), _subject_party(other, parties)
    return bool(own) and own == theirs


def _subject_party(told: _Told, parties: tuple) -> frozenset[str]:
    """Return the one party a clause's subject names, by a name's word or by its common noun after "the"; else none."""
    words = _WORD.findall(told.clause[:told.clause.find(told.shown)])
    named = {party for party, own in parties for word in words if word[0].isupper() and is_named(word.casefold(), own)}
    named |= {party for before, word in zip(words, words[1:]) for party in named_in_lowercase(before, word, parties)}
    return frozenset(named) if len(named) == 1 else frozenset()


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _passage_told(text: str, reading: str = "en") -> tuple[_Told, ...]:
    """Return the verbs of the pairs a passage tells, sentence by sentence, read as `reading` ("en", "es", "de")."""
    if not may_hold(text, _WORDS_OF[reading]):
        return ()
    return tuple(each for sentence in split_sentences(unquoted(text), reading)
                 for each in _TOLD_IN[reading](sentence.text))


def _told(text: str) -> list[_Told]:
    """Return the verbs of the pairs a sentence tells, not negated nor in another sense, with their clauses' words."""
    found = []
    for match in _FORM.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if (_NEGATED.search(before) or _NOT_A_DEED_BEFORE.search(before)
                or _NOT_A_DEED_AFTER.match(text, match.end())):
            continue
        start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
        form = " ".join(match["form"].lower().split())
        side, passive = _SIDE_OF[form], bool(_PASSIVE.search(before))
        if side in _CLAIM_SIDES and _THAT_AFTER.match(text, match.end()):
            side = _CLAIM_SIDES[side]  # "accepted that the spill was larger" admits a claim, as "denied that" denies it
        if side in _RESTRICTING and not _RESTRICTION.match(text, match.end()):
            continue  # "kept", "ended", "extended" of anything but a restriction: no deed of the pair
        if form in _DECLINED and (passive or not _DECLINED_THING.match(text, match.end())
                                  or any(char.isdigit() for char in text[match.end():])):
            continue  # "shares declined 3%", "declined the most since 2020": a fall
        if passive and side in _CLAIMED and not _CLAIM.search(text, start, match.start()):
            continue  # "the permit was denied", "she was admitted": refused or let in, no claim denied or admitted
        end_match = _CLAUSE_END.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        found.append(_Told(side, match["form"], _content(text[start:match.start()]), _content(text[match.end():end]),
                           passive, " ".join(text[start:end].split())))
    return found + _told_otherwise(text)


def _told_spanish(text: str) -> list[_Told]:
    """Return the Spanish verbs of accepting and rejecting a sentence tells, not negated, with their clauses' words."""
    found = []
    for match in deeds_spanish.FORM.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if deeds_spanish.NEGATED.search(before):
            continue
        start, end = _clause_around(text, match, deeds_spanish.CLAUSE_START, deeds_spanish.CLAUSE_END)
        found.append(_Told(deeds_spanish.SIDE_OF[match["form"].lower()], match["form"],
                           _content(text[start:match.start()], deeds_spanish.NOT_CONTENT, deeds_spanish.SIDE_OF),
                           _content(text[match.end():end], deeds_spanish.NOT_CONTENT, deeds_spanish.SIDE_OF),
                           bool(deeds_spanish.PASSIVE.search(before)), " ".join(text[start:end].split())))
    return found


def _told_german(text: str) -> list[_Told]:
    """Return the German deeds of the pairs a sentence tells, in clauses holding no negation, with their clauses'
    words, all of them as its object: a German subject stands after its verb as often as before it."""
    found = []
    for side, shown, start, end in deeds_german.deeds(text):
        first = max((m.end() for m in deeds_german.CLAUSE_START.finditer(text, 0, start)), default=0)
        last = deeds_german.CLAUSE_END.search(text, end)
        last = last.start() if last else len(text)
        if deeds_german.NEGATION.search(text, first, last):
            continue  # "nahm das Angebot nicht an", "stimmte keinem Kompromiss zu": no deed of its side
        words = _content(text[first:last], deeds_german.NOT_CONTENT, deeds_german.SIDE_OF)  # "lehnte das Angebot ab"
        clause = " ".join(text[first:last].split())
        found.append(_Told(side, " ".join(shown.split()), frozenset(), words, False, clause))
    return found


def _clause_around(text: str, match: re.Match, starts: re.Pattern = _CLAUSE_START,
                   ends: re.Pattern = _CLAUSE_END) -> tuple[int, int]:
    """Return where the clause holding a match starts and ends."""
    start = max((m.end() for m in starts.finditer(text, 0, match.start())), default=0)
    end_match = ends.search(text, match.end())
    return start, end_match.start() if end_match else len(text)


_TOLD_IN = {"en": _told, "es": _told_spanish, "de": _told_german}
_WORDS_OF = {"en": _FIRST_WORDS, "es": deeds_spanish.WORDS, "de": deeds_german.WORDS}


def _told_otherwise(text: str) -> list[_Told]:
    """Return the deeds a sentence tells as a noun after its doer ("Acme's rejection of the demand") or with its
    particle split off ("turned the demand down")."""
    found = []
    for match in _NOUN.finditer(text):
        if (_NOUN_UNDONE.search(text[max(0, match.start() - 40):match.start()])
                or match["to"].lower() == "to" and match["form"].lower() == "admission"):
            continue  # "lifted Northland's ban on imports", "his admission to hospital": no deed done
        start, end = _clause_around(text, match)
        found.append(_Told(_NOUNS[match["form"].lower()], match["form"], _content(text[start:match.end("owner")]),
                           _content(text[match.end("form"):end]), False, " ".join(text[start:end].split())))
    for match in _KEPT_STATE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if _NEGATED.search(before):
            continue
        start, end = _clause_around(text, match)
        found.append(_Told(_STATE_SIDE[match["state"].lower()], f"{match['form']} {match['object']}{match['state']}",
                           _content(text[start:match.start()]), _content(text[match.start("object"):end]), False,
                           " ".join(text[start:end].split())))
    for match in _SPLIT.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if _NEGATED.search(before):
            continue
        start, end = _clause_around(text, match)
        found.append(_Told("refusal", f"{match['form']} down", _content(text[start:match.start()]),
                           _content(text[match.start("object"):end]), bool(_PASSIVE.search(before)),
                           " ".join(text[start:end].split())))
    return found


def _content(text: str, not_content: frozenset[str] = _NOT_CONTENT, verbs: dict = _SIDE_OF) -> frozenset[str]:
    """Return a stretch's content words of three letters or more, by their first letters; no verb of the pairs."""
    words = (word.lower() for word in _WORD.findall(text))
    return frozenset(word[:_PREFIX] for word in words if len(word) >= 3 and word not in not_content
                     and word not in verbs)
