"""Date bounds kept: a date a passage gives only as a bound ("no earlier than 3 March 2026", "by 2028", "2027 at the
earliest") must keep a bound the same way in a sentence restating it.

"The vote will be held on 3 March 2026" citing "no earlier than 3 March 2026" states the passage's day, month and
year, and a date the source does not give. A bound is read right before the date ("no earlier than", "not before",
"not until", "no sooner than", "after", "as early as" of a future; "no later than", "not after", "by", "before",
"until"; French "pas avant", "au plus tard le", "jusqu'au", ...) or right after it ("at the earliest", "at the
latest", "au plus tôt", "au plus tard"), and is of one of two kinds: the date is a floor ("not before") or a ceiling
("not after"). German and Spanish bounds are read too ("nicht vor", "frühestens", "spätestens", "bis", "ab"; "no
antes del", "a partir del", "a más tardar", "hasta", "desde"), as are their futures before "bis" or "hasta" ("wird",
"soll"; "impondrá", "va a"), German "bis" in a clause told in the present, which tells what will be ("Die Bahn legt
bis Freitag ein Angebot vor", not "Der Streik dauerte bis Freitag" nor "von Montag bis Freitag": german_verbs.py),
and Dutch ones ("uiterlijk op", "niet voor", "op zijn vroegst", "op zijn laatst"; "vanaf", and
"tot (en met)" after a future or a possibility: "kunnen tot en met 14 april bezwaar maken"). A date is a written one ("3 March 2026", "2026-03-03", "March 2027"), a year alone (1800
to 2099), a month named alone ("by March", "d'ici mars") or a weekday alone ("not before Friday", "nicht vor Freitag",
"hasta el viernes": a weekday, in any language, read by its day). Where any cited passage gives the sentence's date
without a bound, anything goes, as a plain figure may be bounded; "since at least 2019" is a figure's qualifier
(explainer/qualifiers.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, day_number, may_name_a_weekday, weekday_pattern
from .attribution import _union as union  # sorted, overlaps merged: what `inside` looks up
from .forecasts import certainties_in, expectations_in
from .german_verbs import german_deadline
from .numbers import Mention, Quantity, find_mentions, is_year, may_state_a_date, mentions_in
from .sentences import MARKER, inside

# The kinds of bound, by the words that make them, before the date and after it. "not until" is a floor. "as early
# as" ("as soon as", "from") is a floor, and "until" (French "jusqu'au") a ceiling, only where a future or a
# possibility stands before it ("could be held as early as March", "tariffs will apply from 3 March", "the ban will
# stay until 2027"): of the past they date what happened ("warned as early as 2019", "a report from March") or when
# it ended ("served until 2019", which "left in 2019" restates). "From" starting a span ("from March to May") bounds
# nothing. "Until at least" ("at least until") is a floor of the past too: "barred until at least 30 September" says
# the bar ends no earlier than that, and so does "will not be lifted until at least 2027": no negation turns it
# (French "au moins jusqu'au", German "mindestens bis", Spanish "al menos hasta"), a quotation opening between the
# two ("au moins « jusqu'au 10 mars »": the bound kept outside the source's words).
_FLOOR, _CEILING = "not before", "not after"
# German and Spanish ones after the English and French: "nicht vor Freitag", "spätestens am 17. April", "bis zum
# 3. März", "ab dem 1. April"; "no antes del lunes", "a más tardar el 3 de marzo", "hasta el viernes", "a partir del
# 1 de abril", "desde el martes" (unread, "am 17. April" cited "spätestens am 17. April").
_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?P<floor>(?:no|not)\s+(?:earlier|sooner)\s+than|not\s+(?:before|until|till)|after|pas\s+avant"
    r"|(?P<until_least>(?:until|till)\s+at\s+(?:the\s+)?(?:least|earliest)|at\s+(?:the\s+)?(?:least|earliest)\s+"
    r"(?:[«\"“„‚‘]\s*)?(?:until|till)|au\s+moins\s+(?:[«\"“„‚‘]\s*)?jusqu['’](?:au|à|en)"
    r"|mindestens\s+(?:[«\"“„‚‘]\s*)?bis(?:\s+(?:zum|zur))?|al\s+menos\s+(?:[«\"“„‚‘]\s*)?hasta)"
    r"|au\s+plus\s+tôt|après|nicht\s+vor|frühestens|nach|no\s+antes\s+del?|después\s+del?|como\s+pronto"
    r"|niet\s+(?:voor|vóór|eerder\s+dan)"
    # Italian and Portuguese: "non prima del 3 aprile", "dopo il", "não antes de", "depois do", "após"
    r"|non\s+prima\s+(?:d(?:el|ella|i)|dell['’])|dopo\s+(?:il|la|l['’])|não\s+antes\s+d[eoa]|depois\s+d[eoa]|após"
    # French "à partir du 2 avril", "à compter du", "dès le 2 avril" (newuser_109: "avant le 2 avril" of "à partir du 2 avril" built)
    r"|(?P<early>as\s+(?:early|soon)\s+as|from|ab|a\s+partir\s+del?|desde|vanaf|à\s+(?:partir|compter)\s+(?:du|de\s+la|d['’]|de)|dès"
    r"|a\s+partire\s+(?:da(?:l|lla)?|dall['’])|dal|dalla|dall['’]|a\s+partir\s+d[oa]))"
    r"|(?P<ceiling>(?:no|not)\s+later\s+than|not\s+after|by|before|au\s+plus\s+tard|avant|d['’]ici(?:\s+au)?"
    r"|spätestens(?:\s+(?:bis|zum))?|nicht\s+nach|vor|a\s+más\s+tardar|antes\s+del?|no\s+después\s+del?"
    # Dutch: "uiterlijk op 16 april", "tot en met 14 april", "niet later dan", "vóór 1 juli"
    r"|uiterlijk|niet\s+(?:na|later\s+dan)|vóór"
    # Italian: "entro il 30 giugno" (by), "non oltre il", "prima del", "al più tardi il"; Portuguese: "antes do",
    # "o mais tardar", "não depois de" (newuser_99: "dal 30 giugno", from, citing "entro il 30 giugno" built)
    r"|entro(?:\s+(?:il|la|le|i|l['’]))?|non\s+oltre(?:\s+(?:il|la|l['’]))?|prima\s+(?:d(?:el|ella|i)|dell['’])"
    r"|al\s+più\s+tardi(?:\s+(?:il|entro))?|antes\s+d[oa]|o\s+mais\s+tardar|não\s+depois\s+d[eoa]"
    r"|(?P<until>until|till|jusqu['’](?:au|à|en)|bis(?:\s+(?:zum|zur|spätestens))?|hasta|tot(?:\s+en\s+met)?"
    r"|fino\s+(?:a(?:l|lla|i)?|all['’])|até(?:\s+(?:ao|à|o|a))?)))"
    r"(?:\s+(?:on|in|le|en|am|im|dem|den|el|la|op|early|late|Anfang|Ende|Mitte"
    r"|the\s+(?:end|start|middle)\s+of|(?:la\s+)?(?:fin|début)\s+(?:de\s+)?))?"
    r"(?:\s+|\s+mid-|(?<=['’]))$", re.IGNORECASE)  # "entro l'8 aprile": the article elided
_AFTER = patterns.compile(r"\s*,?\s+(?:(?P<floor>at\s+the\s+earliest|au\s+plus\s+tôt|frühestens|como\s+pronto"
                          r"|como\s+muy\s+pronto|op\s+zijn\s+vroegst|al\s+più\s+presto)|(?P<ceiling>at\s+the\s+latest"
                          r"|au\s+plus\s+tard|spätestens|como\s+muy\s+tarde|op\s+zijn\s+laatst|al\s+più\s+tardi"
                          r"|o\s+mais\s+tardar))(?!\w)", re.IGNORECASE)
# A future or a possibility in the words before "as early as": "will", "could", "may", "expected", "plans", ...;
# German "wird", "soll", "will"; Spanish futures ("impondrá", "levantarán"), "podría", "va a" (not every "-ría":
# "la mayoría", "María"); French "doit", "devra", "devrait".
_MAYBE_BEFORE = patterns.compile(
    r"(?<!\w)(?:will|would|could|can|may|might|should|shall|\w+['’]ll|expected|expects|likely|plans?|planned|set"
    r"|scheduled|due|aims?|hopes?|possible|possibly|wird|werden|soll|sollen|will|wollen|könnte|könnten|dürfte"
    r"|voraussichtlich|geplant|\w{2,}(?:rá|rán)|(?:pod|se|tend|deb)rían?|van?\s+a|prevé|previsto|prevista"
    r"|kan|kunnen|zal|zullen|moet|moeten|gaat|gaan|verwacht|gepland"
    # French "doit être examiné à partir du 2 avril", is due to (newuser_109)
    r"|doit|doivent|devra|devront|devrait|devraient)(?!\w)"
    r"(?:[^.;!?]|\.(?=\d))*$",
    re.IGNORECASE)
# Words that keep a ceiling in the sentence's own words, though a passage's would make none: "the ban runs through
# 2027", "expires on 3 March" for "until 3 March".
_KEEPS_CEILING = patterns.compile(
    r"(?<!\w)(?:through|up\s+to|ends?|ending|expires?|expiring|lapses?|runs?\s+out|due)(?:\s+(?:on|in))?\s+$",
    re.IGNORECASE)
# A deadline named before the date, in its clause: "the deadline for the plan is August 10", "a deadline of 10 August"
_DEADLINE = patterns.compile(r"(?<!\w)deadlines?(?!\w)[^.;:,]*$", re.IGNORECASE)
# Words that keep a floor in the sentence's own words: "tariffs take effect on 3 March" for "from 3 March"; Spanish
# "entrarán en vigor el 1 de abril".
_KEEPS_FLOOR = patterns.compile(
    r"(?<!\w)(?:starting|beginning|effective|as\s+of|(?:takes?|took|taking)\s+effect"
    r"|(?:comes?|came|coming)\s+into\s+force|entr(?:a|an|ará|arán|ó|aron)\s+en\s+vigor)(?:\s+(?:on|in|el))?\s+$",
    re.IGNORECASE)
# What follows a date that is the time of the clause after it, whatever bound the clause before puts on it: "acted
# with malice before 2019, when the state first set a limit" gives 2019 as the year the limit was set.
_WHEN_AFTER = patterns.compile(r",?\s+when(?!\w)", re.IGNORECASE)
# What follows a date that "from" starts a span with: "from March to May", "from 2019 until 2021".
_SPAN_END = patterns.compile(r"\s*(?:to|until|till|through|and|bis|hasta|al?|[-–—])(?!\w)", re.IGNORECASE)
# A month named alone, as a date's bound may be ("by March", "d'ici juin", "until mid-April"), in English and French;
# "May" only after a word that dates, as "may" and "May" begin sentences.
_MONTHS = {name: n for names in (("January February March April May June July August September October November "
                                  "December"), "janvier février mars avril mai juin juillet août septembre octobre "
                                 "novembre décembre") for n, name in enumerate(names.split(), 1)}
_MONTH_ALONE = patterns.compile(
    r"(?<!\w)(?P<month>(?-i:January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:(?<=\bin )|(?<=\bby )|(?<=\bfrom )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore )|(?<=\bafter )|(?<=\bearly )"
    r"|(?<=\blate )|(?<=\bsince )|(?<=\bas )|(?<=mid-))May"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))(?![\w-])")


def unkept_date_bounds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each date of text, at `offset`, that every cited passage giving it gives with a bound
    ("no earlier than 3 March 2026") where text leaves the bound out or turns it the other way."""
    named = may_state_a_date(text, language) or (may_name_a_weekday(text, language)
                                                   and weekday_pattern(language).search(text))
    dates = _dates_in(text, find_mentions(text, language, prose=True), language) if named else []
    if not dates:
        return []  # most sentences name no date: found without reading their passages
    given = [(p.text, p.language, m) for p in passages
             for m in _dates_in(p.text, mentions_in(p.text, p.language), p.language)]
    findings = []
    for date in dates:
        wanted = set(date.quantities)
        bounds = [(_bound(passage, m, passage_language), m, passage)
                  for passage, passage_language, m in given if wanted <= set(m.quantities)]
        if bounds and _bound_put_on_a_denied_date(text, date, language, bounds):
            kind, mention, passage = bounds[0]
            source = _denied_words(passage, mention)
            findings.append(Finding(offset + date.start, f'date "{date.text}" is given a bound ("{_bounded_words(text, date)}") '
                                                         f'where the passages this sentence cites deny the date itself '
                                                         f'("{source}"), which bounds nothing',
                                    f'deny the date as the source does, as in "{source}"; or cite a passage that gives '
                                    "the bound"))
            continue
        if not bounds or any(kind is None for kind, _, _ in bounds):
            continue
        written = _bound(text, date, language, keeping=True)
        if written in {kind for kind, _, _ in bounds}:
            continue
        kind, mention, passage = bounds[0]
        source = _bounded_words(passage, mention)
        how = "leaves out the bound of" if written is None else "turns the other way the bound of"
        findings.append(Finding(offset + date.start, f'date "{date.text}" {how} "{source}" in the passages this '
                                                     "sentence cites",
                                f'keep the source\'s bound, as in "{source}" or in words that mean the same; or cite '
                                "a passage that gives the date as written"))
    return findings


def _dates_in(text: str, mentions, language: str = "") -> list[Mention]:
    """Return the dates among text's mentions, and each month and weekday it names alone ("by March", "nicht vor
    Freitag"), outside them."""
    dates = [m for m in mentions if _is_date(m)]
    spans = [(m.start, m.end) for m in mentions]
    covered = union(spans)  # looked up: each compared with each took 20 s at 16,000
    alone = [Mention(m.start(), m.end(), m.group(), "date", (Quantity(Decimal(_MONTHS[m.group()]), "month"),))
             for m in _MONTH_ALONE.finditer(text) if not inside(covered, m.start())]
    return sorted(dates + alone + _weekdays_alone(text, spans, language))


# What follows a weekday that is no date of its own: a possessive ("after Friday's vote") or the date it opens
# ("Friday, 3 March", read as that date).
_NOT_A_DAY_ALONE = patterns.compile(r"['’]s(?!\w)|,?\s*\d")


def _weekdays_alone(text: str, spans: list[tuple[int, int]], language: str) -> list[Mention]:
    """Return each weekday text names alone, as a date of its day (Monday 0): "Friday" and "Freitag" are one."""
    covered = union(spans + [marker.span() for marker in MARKER.finditer(text)])  # a note's key, "[^lunes]", dates nothing
    return [Mention(m.start(), m.end(), m.group(), "date", (Quantity(Decimal(day_number(m.group(), language)),
                                                                     "weekday"),))
            for m in weekday_pattern(language).finditer(text)
            if day_number(m.group(), language) is not None and not _NOT_A_DAY_ALONE.match(text, m.end())
            and not inside(covered, m.start())]


def _is_date(mention: Mention) -> bool:
    """Say whether a mention is a date: written as one, or a year alone."""
    return mention.kind == "date" or (mention.kind == "figure" and is_year(mention.text))


def _bound(text: str, mention: Mention, language: str = "", keeping: bool = False) -> str | None:
    """Return the kind of bound text, in `language`, puts on a date (_FLOOR or _CEILING), or None; `keeping` (a
    sentence's own words, which may keep a passage's bound) reads "as early as" and "until" always, and
    _KEEPS_CEILING's words too."""
    if not keeping and _WHEN_AFTER.match(text, mention.end):
        return None  # "before 2019, when the state first set a limit": the date of what follows, given as it is
    before = _bound_before(text, mention, language, keeping)
    after = _AFTER.match(text, mention.end)
    found = before or after
    if found is None:
        return _kept_in_own_words(text, mention) if keeping else None
    kind = _FLOOR if found["floor"] else _CEILING
    if before and _OPENING_NEGATION.match(text, before.start()) and _in_a_condition(text, before.start()):
        return _CEILING  # "if deliveries do not resume before 1 April", "si ... pas avant": a deadline
    if before and not before["until_least"] and (_negation_before(text, before, language)
                                                  or _negation_after_fronted(text, before, mention) is not None):
        return _CEILING if kind == _FLOOR else _FLOOR  # "will not be held before 2027" is 2027 at the earliest
    return kind


def _bound_before(text: str, mention: Mention, language: str, keeping: bool) -> re.Match | None:
    """Return the words of a bound right before a date ("not before", "nicht vor"), where they bound it."""
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and (before["early"] or before["until"]) and not keeping and not _of_a_future(
            text[max(0, before.start() - 200):before.start()], language) and not german_deadline(
            text, before, mention.end, language):
        return None  # "warned as early as 2019", "served until 2019": when it happened, or ended
    if before and before["early"] and _SPAN_END.match(text, mention.end):
        return None  # "from March to May": a span, whose ends are dates
    return before


def _negation_before(text: str, before: re.Match, language: str) -> re.Match | None:
    """Return the negation a few words before a bound that turns it over ("not" of "will not vote before"), or None."""
    negation = (_NEGATION_BEFORE.search(text, max(0, before.start() - 40), before.start())
                or _NONE_OPENING.search(text, max(0, before.start() - _NONE_REACH), before.start()))
    if negation and negation["forbids"] and _DETERMINER_BEFORE.search(text, 0, negation.start()):
        negation = None  # a noun of the same letters: "the ban will stay in place until 2027" is a ceiling
    if negation and _in_a_condition(text, negation.start()):
        negation = None  # "closes if deliveries do not resume before 1 April": a deadline, no floor
    return (negation or language.split("-")[0].lower() == "es"
            and _SPANISH_NEGATION_BEFORE.search(text, max(0, before.start() - 40), before.start()) or None)


# The negation a bound's own words open with: "not before", "nicht vor", "no antes del" ("no earlier than" is no
# negation to polarity.py already).
_OPENING_NEGATION = patterns.compile(r"(?:not|nicht|no|pas|non|não)(?!\w)", re.IGNORECASE)


def bound_negations(text: str, language: str = "") -> frozenset[int]:
    """Return where the negations that bound a date start: "not" of "will not vote before Friday", "nicht" of "nicht
    vor Freitag". Such a negation makes a floor or a ceiling, which unkept_date_bounds checks; it negates no clause
    (polarity.py), so "frühestens am Freitag" restates "nicht vor Freitag"."""
    if not (may_state_a_date(text, language)
            or (may_name_a_weekday(text, language) and weekday_pattern(language).search(text))):
        return frozenset()
    found = set()
    for date in _dates_in(text, mentions_in(text, language), language):
        before = _bound_before(text, date, language, keeping=False)
        if before is None:
            continue
        if _OPENING_NEGATION.match(text, before.start()) and not _in_a_condition(text, before.start()):
            found.add(before.start())
        negation = _negation_before(text, before, language)
        if negation:
            found.add(negation.start())
        fronted = _negation_after_fronted(text, before, date)
        if fronted is not None:
            found.add(fronted)
    return frozenset(found)


# A ceiling opening its sentence, and the negation of the clause it bounds, after the date: "By Wednesday evening the
# Silver Tern had not left Port Alda" is "had not left Port Alda by Wednesday evening", Wednesday at the earliest (read
# with no negation before "By", it was refused as turning the passage's bound: factcheck_194). English text is read.
_FRONTED_CEILING = patterns.compile(r"(?:by|before|until|till)(?:\s+(?:the\s+)?(?:end|start|middle)\s+of)?\s",
                                    re.IGNORECASE)
_NEGATION_AFTER = patterns.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:[^\W\d_][\w'’-]*\s+){1,6}?"
    r"(?P<not>not|never|[^\W\d_]+n['’]t)(?!\w)", re.IGNORECASE)


def _negation_after_fronted(text: str, before: re.Match, mention: Mention) -> int | None:
    """Return where the negation starts after a date whose ceiling opens its sentence ("By Wednesday evening the
    vessel had not left"), in the clause it bounds (no stop or comma but one right after the date), or None."""
    opening = text[:before.start()].rstrip()[-1:] in ("", ".", "!", "?", ";")
    negation = _NEGATION_AFTER.match(text, mention.end) if opening and _FRONTED_CEILING.match(
        text, before.start()) else None
    return negation.start("not") if negation else None


def _kept_in_own_words(text: str, mention: Mention) -> str | None:
    """Return the kind of bound a sentence keeps in its own words before a date ("expires on", "takes effect on")."""
    words = max(0, mention.start - 30)
    if _KEEPS_CEILING.search(text, words, mention.start) or _DEADLINE.search(text, max(0, mention.start - 80),
                                                                              mention.start):
        return _CEILING
    return _FLOOR if _KEEPS_FLOOR.search(text, words, mention.start) else None


def _of_a_future(words: str, language: str) -> bool:
    """Say whether the words before a bound, to their sentence's start, give a future or a possibility ("will",
    "could", "expected"; French "tiendra", "pourrait")."""
    stops = list(_STOP.finditer(words))  # not the dot of "4.800", which groups thousands in German and Spanish
    words = words[stops[-1].end() if stops else 0:]
    return bool(_MAYBE_BEFORE.search(words) or certainties_in(words, language) or expectations_in(words, language))


_STOP = patterns.compile(r"[.;!?](?!\d)")


# A negation up to three words before a bound turns it over: "will not be held before 2027", "won't open before",
# "must not complete the merger before", French "n'aura pas lieu avant" (whose "ne" is elided or far: its "pas" or
# "jamais" is read); so does a verb that forbids, up to four: "barred completion of the merger before 30 September".
# A "yet" or "ever" after the negation is not counted: "had not yet left Port Alda by Wednesday evening" bounds as
# "had not left Port Alda by Wednesday evening" (read as four words, it was refused as a negation added: factcheck_194).
_NEGATION_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?:not|never|\w+n['’]t|pas|jamais|nicht|nie|niemals|nunca|non|mai|não)\s+(?:(?:yet|ever)\s+)?"
    r"(?:[^\W\d_]+\s+){0,3}"
    r"|(?P<forbids>bar|bans?|forbid|forbade|prohibit|restrain|enjoin)(?:s|red|ring|ned|ning|den|ded|ding|ed|ing)?\s+"
    r"(?:[^\W\d_]+\s+){0,4})$", re.IGNORECASE)
# A clause opening with "no" or "none" turns its bound over as "not" does: "No final ruling is expected before early
# 2027" is "A final ruling is not expected before early 2027" (newuser_110, refused as turning its bound the other
# way). Only at a sentence's or clause's start (or after "that", "said"), twelve words at most before the bound ("No
# ruling on the merits of the dispute is expected before early 2027", factcheck_191; "No one expects the panel to rule
# on the merits of the dispute before early 2027", factcheck_194, 110 characters back): "There is no doubt the vote
# will be held before March" keeps its ceiling.
_NONE_OPENING = patterns.compile(
    r"(?:^|(?<=[.;:,!?]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bet\s)|(?<=\bmais\s)|(?<=\by\s)|(?<=\bpero\s)"
    r"|(?<=\bthat\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bque\s)|(?<=\bdass\s))"
    r"(?:no(?:\s+one)?|nobody|none(?:\s+of)?|nothing|neither|aucune?|personne|rien|ningun[oa]?|ningún|nadie|nada"
    r"|kein(?:e|en|er|es|em)?|niemand|nichts)(?P<forbids>(?!))?\s+(?:[^\W\d_]['’\w]*\s+){0,12}$", re.IGNORECASE)
_NONE_REACH = 110  # characters before the bound that hold its clause's no-one subject and the twelve words after it
# A condition opening the negation's clause, six words before it at most: "if deliveries do not resume before 1 April",
# "si les livraisons ne reprennent pas avant le 1er avril" sets a deadline (before, by), where a plain "will not
# resume before 1 April" sets a floor. Read as a floor, "faute de reprise avant le 1er avril" was refused.
_CONDITION_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?:if|si|wenn|falls)\s+|s['’](?=ils?\s))(?:[^\W\d_]+(?:['’]|\s+)){0,6}$", re.IGNORECASE)


def _in_a_condition(text: str, negation: int) -> bool:
    """Say whether the negation at `negation` is in a clause that a condition opens ("if", "si")."""
    return _CONDITION_BEFORE.search(text, max(0, negation - 80), negation) is not None


# The word before a noun ("the ban", "a bar", "its prohibition"): what follows it forbids nothing.
_DETERMINER_BEFORE = patterns.compile(
    r"(?<!\w)(?:the|a|an|its|this|that|their|his|her|our|any|no|each)\s+$", re.IGNORECASE)
# Spanish "no", three words away at most: "no levantará las tarifas hasta el viernes" is Friday at the earliest.
_SPANISH_NEGATION_BEFORE = patterns.compile(r"(?<!\w)no\s+(?:[^\W\d_]+\s+){0,3}$", re.IGNORECASE)


def _bounded_words(text: str, mention: Mention) -> str:
    """Return the passage's date with its bound, as written: "no earlier than 3 March 2026"."""
    before = _BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _AFTER.match(text, mention.end)
    start = before.start() if before else mention.start
    end = after.end() if after and not before else mention.end
    return " ".join(text[start:end].split())


# A date a passage denies, with no bound: "The hearing will not be held in March" says nothing of February, so "will not
# be held before March" (March at the earliest) is no restatement of it; read as a plain date, which "anything goes"
# of, it built (tests/test_factcheck_197.py). "in", "on" or "during" right before the date, a negation up to three
# words before that; a sentence whose negation turns its own bound ("not before", "not until", "not after", "not by").
_PLAIN_TIME = patterns.compile(r"(?<!\w)(?:in|on|during)(?:\s+(?:early|late|mid))?(?:\s+|\s*-)$", re.IGNORECASE)
_DENIED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|\w+n['’]t)\s+(?:(?:yet|ever)\s+)?(?:[^\W\d_]+\s+){0,3}$",
                                  re.IGNORECASE)


def _bound_put_on_a_denied_date(text: str, date: Mention, language: str, bounds: list) -> bool:
    """Say whether a sentence puts a bound turned by its negation on a date ("will not be held before March") that
    every cited passage giving it denies with no bound ("will not be held in March")."""
    if language.split("-")[0].lower() not in ("en", ""):
        return False
    before = _bound_before(text, date, language, keeping=True)
    if before is None or before["until_least"] or _negation_before(text, before, language) is None:
        return False
    return all(kind is None and _denied_words(passage, mention) for kind, mention, passage in bounds)


def _denied_words(text: str, mention: Mention) -> str:
    """Return a passage's denial of a date with no bound, as written ("not be held in March"), or ""."""
    plain = _PLAIN_TIME.search(text, max(0, mention.start - 16), mention.start)
    denied = plain and _DENIED_BEFORE.search(text, max(0, plain.start() - 40), plain.start())
    return " ".join(text[denied.start():mention.end].split()) if denied else ""
