"""Attribution checks: every figure, date and quoted phrase in prose stands on the passages it cites.

Pure functions returning findings (values, never exceptions); the build turns offsets into lines.

- Sentences: cut by `explainer.sentences` (its docstring gives the rules).
- What needs a citation (`statements_needing_citation`): every figure and date (parsed by
  `explainer.numbers`, whose docstring gives the rules, in the prose's language) and every quoted
  phrase: text between double quotes (" ", “ ”, « » with or without spaces inside, „ “, „ ”,
  » «), or single quotes used as quotes ('blowback', ‘blowback’, German ‚blowback‘, ›blowback‹ and ‹blowback›),
  where an apostrophe between
  letters ("Pakistan's", "don't") is never a quote mark. A quoted phrase with no letter or digit
  ("...") states nothing. Figures inside a quoted phrase are checked as part of the phrase, not
  again on their own. Citation markers, link targets and URLs state nothing; a link's title (shown on
  hovering) does.
- Support: each figure's values (every value of a date) must be among the values stated by the
  passages the sentence cites (each read in its source's language), in any of the number
  formats. A quoted phrase must stand in one of those passages verbatim except for spacing, quote
  marks (curly, straight, guillemets), the case of the first letter (quoting mid-sentence),
  trailing . , ; : ! ? inside the closing quote, and "..." / "…" / "[…]" marking a cut: the
  pieces around a cut must appear in that order in one passage.
- Qualifiers: when every cited mention of a figure is qualified ("at least 31", "plus de 400"),
  the sentence must qualify it the same way ("no fewer than 31") or more weakly in the same
  direction ("at least 400" for "more than 400", "about" for "nearly"); a figure a passage
  gives unqualified may be worded any way ("about 31", "more than 31"). Leaving the qualifier
  out, contradicting it ("up to" for "at least") or changing it ("about" for "at least") is named.
- Rounding (`_rounded_from`): a hedged figure may round a passage's figure to its own last digit, the
  hedge saying which way ("about 1.2 million" or "more than 1.2 million" for 1,204,311, "nearly 49%"
  for 48.7%; "about" and "nearly" within 5%); an unhedged rounding is named with a hint to hedge it.
- Hedging (`hedging_words`): words asserting something as fact, per language, matched as whole
  words case-insensitively; not counted when quoted, negated (a negation word at most four words
  before it in the same clause, or right after it: "not confirmed", "could not be verified",
  "verifies neither"), or attributed (the sentence holds a reporting word: "said", "according to", or a word
  its language's project locale lists under `according_to`, German "laut", read as "according to" is).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
import unicodedata
from decimal import Decimal
from typing import Callable, NamedTuple

from . import devanagari, guillemet_names, hebrew, measures, patterns, reported_moods, spelled, swahili_verbs
from . import spanish_german_claims
from .anchor import SOFT_HYPHEN, find_normalised, normalise
from .cjk import splits_words, whole_words
from .persian_letters import ONE_LETTER
from .level_ratios import fits_a_ratio, fits_two_levels
from .weekday_capitals import kept_capitals
from .german_weekday_compounds import day_compounds
from .pdf_text import raised_points
from .numbers import (BASIS_POINT, DECIMAL_COMMA_LANGUAGES, LABEL, PERCENTAGE_POINT, OCCASION, UNIT_PLURALS, Mention, Quantity, as_labels, declined_forms, find_mentions, is_percentage_unit, is_year,
                      mentions_in, months_named, passage_labels, quantities_in,
                      all_locale_words, locale_words, read_by_language, unit_after, units_given)
from .problems import counted
from .records import record
from .plain_clauses import rests_on_plain_clause
from .document_accusations import document_accusations
from .ranges_of_estimates import spans_two_given_figures
from .reached_maxima import maximum_told_as_reached
from .named_charges import names_a_charge
from .topic_fragments import names_a_topic_only
from .wordset import Starts, ascii_starts, ascii_words, first_runs, may_hold, may_start
from .sentences import KEY_IN_MARKER, MARKER, Sentence, blocks, double_quoted, folded_word, inside, split_sentences
from .computed import computed_figure, difference_of_named, multiple_of_rates, percentage_levels
from .set_aside_figures import set_aside
from .rounded_differences import rounded_ends, rounded_multiple_ends, rounded_share_ends
from .change_multiples import multiple_given, multiple_of_ends, multiple_unsaid, rising_change_pairs
from .change_sizes import change_of_ends
from .multiples_romance import multiple_as_noun, multiple_in_words
from .implied_counts import implied_count
from .named_days_counted import days_named_counted
from .over_spans import over_a_span
from .points_said import points_backed
from .counted_proposals import counts_proposals
from .decades import as_the_other_span
from .estimated_figures import told_as_estimate
from .remainders import told_remainder
from .relative_years import year_from_publication
from .year_ends import dated_year_end, year_end_months
from .year_parts import months_as_year_part
from .qualifiers import Qualifier, is_date_day, qualifier_of, qualifiers_of, range_qualifier
from .standards import standards_blanked
from .told_instructions import instructions_blanked
from .reports_as_things import reports_blanked
from .unverified import keeps_unverified, unverified
from .spanish_unverified import keeps_unverified_in_spanish
from .spanish_saying import counts_its_figure
from .spanish_capped_levels import cap_told_as_level_reached
from .anonymous_sources import anonymous_sources
from .hedged_sentences import rests_elsewhere
from .portuguese_denied_days import denied_day

HEDGING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("confirm", "confirms", "confirmed", "confirmation", "prove", "proves", "proved", "proven", "proof",
           "verify", "verifies", "verified", "established", "undisputed", "indisputable", "indisputably",
           "undeniable", "undeniably", "unquestionably", "irrefutable", "incontrovertible", "fact", "facts",
           "certainly", "definitely", "clearly", "obviously", "conclusively", "demonstrably"),
    "fr": ("confirme", "confirment", "confirmé", "confirmée", "confirmés", "confirmées", "confirmation",
           "prouvé", "prouvée", "prouvés", "prouvées", "vérifié", "vérifiée", "vérifiés", "vérifiées",
           "avéré", "avérée", "avérés", "avérées", "établi", "établie", "établis", "établies",
           "démontré", "démontrée", "démontrés", "démontrées", "incontestable", "incontestables",
           "incontestablement", "indéniable", "indéniables", "indéniablement", "indiscutable",
           "indiscutables", "indiscutablement", "irréfutable", "irréfutables", "certainement",
           "clairement", "manifestement", "assurément"),
    # Arabic with its joined "و" written out, as the words are compared whole: "ثبت" proved, "المؤكد" certain.
    "ar": ("ثبت", "وثبت", "مثبت", "مثبتة", "مؤكد", "مؤكدة", "المؤكد", "بالتأكيد", "قطعا", "قطعًا", "حقيقة", "الحقيقة"),
}
NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": ("not", "no", "never", "neither", "nor", "without", "cannot", "hardly", "barely", "nothing", "none"),
    "fr": ("ne", "pas", "jamais", "sans", "ni", "non", "aucun", "aucune", "guère", "nullement"),
    "ar": ("لا", "لم", "لن", "ليس", "ليست", "غير", "دون", "بدون", "ولا", "ولم"),
}
ATTRIBUTIONS: dict[str, tuple[str, ...]] = {
    "en": ("say", "says", "said", "saying", "claim", "claims", "claimed", "according", "alleges", "alleged",
           "allegedly", "asserts", "asserted", "insists", "insisted", "told", "tells", "calls", "called",
           "describes", "described", "reportedly", "purportedly"),
    "fr": ("selon", "d'après", "affirme", "affirment", "affirmé", "dit", "disent", "déclare", "déclarent",
           "déclaré", "assure", "assurent", "soutient", "soutiennent", "prétend", "prétendent", "prétendu",
           "estime", "estiment", "qualifie", "qualifié",
           # a side's judgement or argument: "Les syndicats jugent ces estimations « gonflées »" (newuser_84)
           "jugent", "invoque", "invoquent", "invoqué", "allègue", "allèguent", "allégué", "plaide", "plaident"),
    "ar": ("قال", "وقال", "قالت", "وقالت", "قالوا", "يقول", "ويقول", "تقول", "وتقول", "بحسب", "وبحسب", "حسب", "وفقا",
           "وفقًا", "أكد", "وأكد", "أكدت", "وأكدت", "زعم", "وزعم", "زعمت", "يزعم", "ادعى", "وادعى", "أفادت", "وأفادت",
           "ذكرت", "وذكرت", "أعلن", "وأعلن", "أعلنت", "وأعلنت"),
}
# Words with which a source passes something on without vouching for it ("Taliban forces reportedly
# attacked"). A sentence resting on a passage that uses one must keep a hedge of its own, or say who
# reports it (`KEPT_HEDGE`): dropping "reportedly" states as fact what the source does not.
REPORTED_HEDGES: dict[str, tuple[str, ...]] = {
    "en": ("reportedly", "allegedly", "purportedly", "supposedly", "alleged", "unconfirmed", "unverified",
           "rumoured", "rumored", "apparently", "seemingly", "ostensibly"),
    "fr": ("prétendument", "présumément", "présumé", "présumée", "présumés", "présumées", "supposé", "supposée",
           "supposés", "supposées", "aurait", "auraient"),  # "aurait supprimé": French's "reportedly cut"
}
# A conditional of what might have been ("aurait pu", "aurait dû", "aurait fallu") reports no one's word.
_COUNTERFACTUAL = patterns.compile(r"\s+(?:pu|dû|du|fallu|voulu|souhaité|aimé|préféré)(?!\w)", re.IGNORECASE)
_HEDGES_GIVEN = frozenset(w for words in REPORTED_HEDGES.values() for w in words)


def arabic_words(words) -> patterns.ScriptWords:
    """Return the pattern of Arabic words and phrases as written with or without their short vowels and tatweel,
    hamza or none on an alef ("أفادت", "افادت"), and after a joined "و" or "ف" ("وزعم"): Arabic writes them all.
    It is spelled and compiled once a text holding an Arabic letter is searched: every word of it holds some."""
    def spelled(word: str) -> str:
        letters = ("[اأإآ]" if c in "اأإآ" else r"\s+" if c == " " else re.escape(c) for c in word)
        return _AR_MARKS.join(letters) + _AR_MARKS

    def source() -> str:
        alternatives = "|".join(spelled(w) for w in patterns.longest_first(words))
        return rf"(?<!\w)(?:[وف]{_AR_MARKS})?(?:{alternatives})(?!\w)"

    words = tuple(words)
    if not all(_ARABIC_LETTER.search(word) for word in words):
        raise ValueError("arabic_words: a word without an Arabic letter would never be looked for")
    return patterns.ScriptWords(source, _ARABIC_LETTER)


_AR_MARKS = "[\u0640\u064b-\u065f\u0670]*"
_ARABIC_LETTER = patterns.compile("[\u0600-\u06ff]")  # the Arabic block: every letter and mark arabic_words spells
# An Arabic source's "reportedly" and "alleged": reports pass it on ("أفادت التقارير", "بحسب تقارير"), a side
# alleges it ("زعم", "مزعوم"), it is said ("يقال") or unconfirmed ("غير مؤكد").
_AR_REPORTS = ("افادت", "تفيد", "ذكرت", "تذكر", "تقول", "قالت", "تشير", "اشارت", "بحسب", "حسب", "وفقا ل", "وفقا لل")
_AR_HEDGES = arabic_words([f"{verb} {reports}".replace("ل ", "ل") for verb in _AR_REPORTS for reports in ("التقارير", "تقارير")]
                           + ["زعم", "زعمت", "زعموا", "يزعم", "تزعم", "يزعمون", "مزعوم", "مزعومة", "مزعومين", "مزعومون",
                              "المزعوم", "المزعومة", "المزعومين", "يقال", "غير مؤكد", "غير مؤكدة", "لم يتسن التحقق"])
# Arabic words that say who reports it, or keep it as an accusation or a belief, as "said", "according to",
# "accused" and "believed" do.
_AR_REPORTING = arabic_words(["بحسب", "حسب", "حسبما", "وفقا", "وفق", "نقلا", "قال", "قالت", "قالوا", "يقول", "تقول",
                               "يقولون", "افاد", "افادت", "يفيد", "تفيد", "ذكر", "ذكرت", "اعلن", "اعلنت", "صرح", "صرحت",
                               "اكد", "اكدت", "اشار", "اشارت", "ادعى", "ادعت", "يدعي", "تدعي", "ادعاء", "ادعاءات", "اتهم",
                               "اتهمت", "يتهم", "تتهم", "متهم", "متهمة", "يشتبه", "مشتبه", "المشتبه", "يعتقد", "تقرير",
                               "تقارير", "التقارير"])
# Words that keep something as an accusation or a belief, not a fact: "he is accused of stealing", "militants
# are suspected of", "believed to have been launched", "faces allegations that", French "serait", "soupçonné".
_ACCUSED = frozenset({
    "accuse", "accuses", "accused", "accusing", "accusation", "accusations", "allege", "allegation", "allegations",
    "suspected", "believed", "apparently",
    "serait", "seraient", "accusé", "accusée", "accusés", "accusées", "soupçonné", "soupçonnée", "soupçonnés",
    "soupçonnées", "présumément", "acusado", "acusada", "acusados", "acusadas", "sospechoso", "sospechosa",
    "beschuldigt", "verdächtigt", "vorgeworfen", "vorwurf", "vorwürfe"})
# What keeps the hedge in a sentence: a hedge of its own, a reporting word, or words saying it was reported.
_HEDGE_KEPT = _HEDGES_GIVEN | _ACCUSED | frozenset(w for words in ATTRIBUTIONS.values() for w in words) | frozenset(
    {"reported", "reports", "report", "rumour", "rumours", "rumor", "rumors", "rapporte", "rapporté", "rapportée",
     "rapportés", "rapportées", "aurait", "auraient"})
# Superlatives ("its biggest partner", "unprecedented"; and any "-iest": "deadliest"): a sentence may use
# one only where a passage it cites does, and must keep that passage's "one of" ("one of the capital's
# deadliest attacks" is not "the capital's deadliest attack"). Not "first": mostly an ordinal ("the first day").
SUPERLATIVES: dict[str, tuple[str, ...]] = {
    "en": ("largest", "biggest", "worst", "best", "highest", "lowest", "greatest", "longest", "strongest",
           "fastest", "widest", "oldest", "unprecedented",
           # the other ends and the distances: "the farthest ground" of "the nearest ground" built (newuser_90)
           "smallest", "shortest", "weakest", "slowest", "narrowest", "youngest", "newest", "nearest", "closest",
           "farthest", "furthest", "fewest"),
    # Not "premier": as "first", and in "Premier ministre".
    "fr": ("pire", "pires", "meilleur", "meilleure", "meilleurs", "meilleures", "inédit", "inédite", "inédits",
           "inédites", "inégalé", "inégalée", "inégalés", "inégalées"),
}
_SUPERLATIVE_WORDS = frozenset(w for words in SUPERLATIVES.values() for w in words)
_IEST = patterns.compile(r"[^\W\d_]{2,}iest", re.IGNORECASE)  # deadliest, bloodiest, costliest
_NOT_SUPERLATIVE = frozenset({"priest", "priests"})
# Most sentences hold no superlative: this finds any that might, before the text is cut into words.
_MAYBE_SUPERLATIVE = patterns.compile(r"(?<!\w)(?:" + "|".join(patterns.longest_first(_SUPERLATIVE_WORDS))
                                + r")(?!\w)|iest(?!\w)|(?:\bthe|\bits|\btheir|\bhis|\bher|\bour|\byour|['’]s)\s+most\s",
                                re.IGNORECASE)
_SUPERLATIVE_STEMS = (*sorted(_SUPERLATIVE_WORDS), "iest", "most")  # one of these is in any text the pattern finds
_SUPERLATIVE_RUNS = first_runs(_SUPERLATIVE_WORDS)  # a word ASCII text holds wherever the pattern finds one
# "The most serious", "Pakistan's most advanced": a superlative in two words, after an article or a possessive
# ("most analysts", "at most" rank nothing); not where it ranks nothing the source must give ("the most recent").
_RANKING_MOST_AFTER = frozenset({"the", "its", "their", "his", "her", "our", "your"})
_NOT_RANKING_MOST = frozenset({"of", "part", "recent", "recently", "likely", "senior", "common", "commonly", "often",
                               "widely", "least"})
# "The most" alone, before a word that starts what it is measured against ("the most in a decade", "the most since
# 2010", "the most ever"), is the superlative of a count: a passage's "most" so, or its "highest", "largest" or
# "greatest" (number), backs it.
_BARE_MOST_BEFORE = frozenset({"in", "since", "ever", "on", "for", "among", "yet"})
_COUNT_SUPERLATIVES = frozenset({"most", "largest", "highest", "greatest"})
# One superlative in other spellings: French agrees it ("une pluie inédite", "un épisode inédit") and
# English says "biggest" and "largest" alike.
_SAME_SUPERLATIVE = {"biggest": "largest", "pires": "pire", "closest": "nearest", "furthest": "farthest", **{
    form: base for base in ("meilleur", "inédit", "inégalé") for form in (base + "e", base + "s", base + "es")}}
# French "meilleur" and "pire" are comparatives ("de meilleures conditions", "pire qu'en 2019") but after an
# article or a possessive: "le pire attentat", "leur meilleur score".
_FRENCH_COMPARATIVES = frozenset({"pire", "meilleur"})
_FRENCH_DEFINITE = frozenset({"le", "la", "les", "l'", "du", "des", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
                              "votre", "vos", "mon", "ma", "mes"})
# Set phrases in which a superlative ranks nothing the source must give: "the country's highest court" (its
# supreme court), "the child's best interests" (a legal test), "at best", "at worst", "a worst-case scenario"; "at
# the earliest" and "at the latest" bound a date (explainer/datebounds.py: "no earlier than Friday" restated).
_NOT_RANKING = patterns.compile(r"\bhighest\s+courts?\b|\bbest\s+interests?\b|\bat\s+(?:best|worst)\b"
                          r"|\bat\s+the\s+(?:earliest|latest)\b"
                          r"|\bworst[-\s]case\b|\bbest[-\s]practices?\b", re.IGNORECASE)
_ONE_OF = patterns.compile(r"(?:\bone\s+of|\bamong|\bl'une?\s+des|\bparmi)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# A rank below the first ("the second-largest", "its third most deadly"): the passage's superlative ranks
# something else first, so "the largest" citing "the second-largest" is refused as "one of" is.
_BELOW_FIRST = patterns.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                                r"[\s-]+$", re.IGNORECASE)
_NEGATION_WINDOW = 5  # "sans que ce chiffre soit vérifié": five words back
# Words that leave what follows unasserted, as a negation does: asked for, refused, tried, awaited or disputed
# ("declined to confirm the toll", "demanded proof", "yet to be verified", "both sides dispute the facts").
UNASSERTED: dict[str, tuple[str, ...]] = {
    "en": ("yet", "declined", "declines", "decline", "refused", "refuses", "refuse", "unable", "failed", "fails",
           "try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking", "ask", "asks", "asked", "asking",
           "demand", "demands", "demanded", "demanding", "await", "awaits", "awaited", "awaiting", "waiting", "pending",
           "hard", "difficult", "impossible", "whether", "lack", "lacks", "lacked", "lacking", "dispute", "disputes",
           "disputed", "disputing", "contest", "contests", "contested", "deny", "denies", "denied", "doubt", "doubts",
           "doubted", "question", "questions", "questioned"),
    "fr": ("refusé", "refuse", "refusent", "impossible", "difficile", "tente", "tentent", "tenté", "cherche",
           "cherchent", "demande", "demandent", "demandé", "réclame", "réclament", "réclamé", "exige", "exigent",
           "exigé", "attend", "attendent", "attente", "conteste", "contestent", "contesté", "nie", "nient", "démenti",
           "dément", "démentent", "doute", "doutent"),
}
# "Established" as founded: "the tribunal, established in 2019" asserts nothing of a claim.
_FOUNDED = patterns.compile(r"(?:established|établie?s?)\s+(?:in|en)\s+\d{4}(?!\d)", re.IGNORECASE)
# Reporting words that attribute the whole sentence wherever they stand.
_WHOLE_SENTENCE = frozenset({"according", "reportedly", "allegedly", "purportedly", "selon", "d'après"})
_RELATIVE = frozenset({"which", "who", "whom", "whose", "that", "qui", "que", "qu'il", "qu'elle", "dont", "lequel",
                       "laquelle", "lesquels", "lesquelles"})
_NOUN_TOO = frozenset({"claim", "claims"})
_NOUN_FOLLOWERS = frozenset({"is", "are", "was", "were", "have", "has", "had", "about", "of", "remain", "remains"})
# Participles as often adjectives ("alleged TTP positions") as verbs ("..., Kabul claimed on Friday"): in a
# closing clause they attribute the sentence only when no noun follows them.
_ADJECTIVE_TOO = frozenset({"alleged", "claimed", "called", "described", "prétendu", "qualifié"})
_AFTER_A_VERB = frozenset({"on", "in", "at", "by", "to", "that", "last", "this", "earlier", "later", "today",
                           "yesterday", "le", "la", "les", "en", "à", "dans", "que"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "these", "those", "this",
                          "that", "such", "both", "la", "le", "les", "ses", "leurs", "leur", "sa", "son", "cette", "ces"})

# Days of the week, in every language we read (a French briefing may cite an English source): a
# day named in prose is a date statement like any other, and must stand in a cited passage.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
# Spellings as common as the ones above (Arabic written with or without hamza), Monday 0.
_WEEKDAY_SPELLINGS = {"الإثنين": 0, "الاربعاء": 2, "الاحد": 6}
_DAY_NUMBER = {**{day.casefold(): number for days in WEEKDAYS.values() for number, day in enumerate(days)},
               **_WEEKDAY_SPELLINGS}
# English days as a dateline abbreviates them ("Fri 12 March", "Thurs., March 12"), capitalised and before a date only:
# "sat", "wed" and "Sun" are words too. Unread, "Fri 12 March" cited "Thursday 12 March".
_ABBREVIATED_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                     "sat": 5, "sun": 6}
_ABBREVIATED_DAY = (r"|(?<!\w)(?<!The )(?-i:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)"
                    r"(?=\.?,?\s+(?:\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))")
_WEEKDAY = patterns.compile(r"(?<!\w)(?:" + "|".join(patterns.longest_first(_DAY_NUMBER)) + r")(?!\w)" + _ABBREVIATED_DAY,
                            re.IGNORECASE)


def unaccented(word: str) -> str:
    """Return a word without its accents: "miércoles" typed as "miercoles" names the same day."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=None)
def _day_numbers(language: str) -> dict[str, int]:
    """Return the days of the week read in text of `language`, by casefolded name (Monday 0): every rule's,
    and the `weekdays` of its locale (German "Dienstag" where locales/de.yaml lists them), also without accents."""
    writing = locale_words(language)
    own = {name.casefold(): number for number, day in enumerate(writing.weekdays)
           for form in declined_forms(day) for name in (form, unaccented(form))} if writing else {}
    return {**own, **day_compounds(language, own), **_DAY_NUMBER}  # German "Donnerstagabend" is Thursday


@functools.lru_cache(maxsize=None)
def weekday_pattern(language: str = "") -> re.Pattern:
    """Return the pattern of the days of the week read in text of `language` (see `_day_numbers`)."""
    names = _day_numbers(language)
    if len(names) == len(_DAY_NUMBER):
        return _WEEKDAY
    writing = locale_words(language)
    kept = kept_capitals(form for day in writing.weekdays for form in declined_forms(day)) if writing else {}
    return patterns.compile("(?:" + whole_words({name: kept.get(name) or re.escape(name)  # "thứ Hai", not "thứ hai"
                                                 for name in patterns.longest_first(names)}) + ")"
                            + _ABBREVIATED_DAY, re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def weekday_words(language: str = "") -> frozenset[str] | None:
    """Return the words one of which a sentence holds wherever weekday_pattern(language) finds a day (wordset.py)."""
    return first_runs([*_day_numbers(language), *_ABBREVIATED_DAYS])


def may_name_a_weekday(text: str, language: str = "") -> bool:
    """Say whether text may name a day of the week: False only where it surely names none, by one word lookup."""
    return may_hold(text, weekday_words(language))


def day_number(word: str, language: str = "") -> int:
    """Return the day of the week (Monday 0) a name read by `weekday_pattern(language)` names."""
    word = " ".join(word.split())  # "thứ\nNăm": a day of two words wrapped in a `|` block
    return _day_numbers(language).get(patterns.lookup_key(word), _ABBREVIATED_DAYS.get(patterns.lookup_key(word)))


read_by_language(_day_numbers)
read_by_language(weekday_pattern)
read_by_language(weekday_words)
# A link's target states nothing; its title does (the reader sees it on hovering), so it stays read:
# "[x](https://e.org "9000 died")" needs a passage that says it.
# A link's address runs to its closing bracket but never over the start of another link ("](").
_UNSPOKEN = patterns.compile(rf"\[\^{KEY_IN_MARKER}+\]|(?<=\])\((?:[^)\s\]]|\](?!\())*(?=\)|\s+[\"'(])"
                             r"|<https?://[^>\s]*>|https?://[^\s)\]>]+")
# Each opening double quote with its own closing marks: English, French (« », spaced or not),
# German and others („ “, „ ”, » «), and the same mark on both sides as Swedish and Finnish write
# them (” ”, » », ’ ’); a reader sees a quotation there too, so its words are checked.
_SINGLE_QUOTE = patterns.compile(r"(?<![\w'‘’])['‘’](?P<inner>(?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)['’‘](?!\w)")
# German single marks, a quote inside a quote or a quote of its own: ‚…‘, ›…‹ (and ‹…› as Swiss German writes them).
_GERMAN_SINGLE_QUOTE = patterns.compile(r"‚(?P<low>[^‚‘\n]+?)‘(?!\w)|›(?P<right>[^›‹\n]+?)‹|‹(?P<left>[^›‹\n]+?)›")
# A mark one of which every match of DOUBLE_QUOTE, _SINGLE_QUOTE and _GERMAN_SINGLE_QUOTE opens with.
_QUOTE_MARK = patterns.compile("[\"“”«»„「『'‘’‚›‹]")
# A cut in a quotation: "…", "...", "[…]", and "(…)" as Portuguese, Spanish and French quotations mark it.
_CUT = patterns.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)\s*")
_WORD = patterns.compile(r"\w+(?:['’]\w+)*")
_CLAUSE_BREAK = patterns.compile(r"[,;:.!?()\"“”«»„،؛]")


@record
class Statement:
    """Something a sentence states that a source must back: a figure, a date or quoted words."""

    start: int
    end: int
    text: str
    kind: str  # "figure", "date", "weekday" or "quote"
    quantities: tuple[Quantity, ...] = ()


class Cited(NamedTuple):
    """A cited passage's words and the language they are written in ("" when not known: read as English); the
    source's sentence holding them, where known, which may name whose words they are when they name no one; and the
    paragraph holding them (within PARAGRAPH_REACH characters either way), where known, which may name where."""

    text: str
    language: str = ""
    holding: str = ""
    paragraph: str = ""
    statement_of: str = ""  # whose statement its source is throughout, where sources.yaml says (a press release)
    published: str = ""  # its source's publication date, YYYY-MM-DD, where known: "since 2019" then spans 7 years
    # the people its source names with a post ("the club's chief executive, Martin Oyelaran"), as (name, post):
    # officials.py's, for a speaker the passage names alone
    officials: tuple[tuple[str, str], ...] = ()


@record(order=True)
class Finding:
    """One attribution fault, at a character offset of the checked text."""

    offset: int
    message: str
    hint: str


def statements_needing_citation(sentence: Sentence, language: str = "", sides: int = 0) -> list[Statement]:
    """Return the figures, dates and quoted phrases a sentence (in `language`) states, in order; in a briefing of
    `sides` parties, "the two sides" of two names them, as "both sides" does, and states no figure."""
    statements = _statements(sentence, language)
    if sides >= 2 and any(s.kind == "figure" and (_COUNTS.get(s.text.casefold()) == sides
                                                  or s.quantities[:1] == (Quantity(Decimal(sides)),))
                          for s in statements):
        return [s for s in statements if not _names_the_sides(s, sentence, sides)]
    return list(statements)


# "the two sides", "the two countries", "the two companies" of a lawsuit, "the two chains" of a merger: a briefing's
# two parties named together, counted by no source; so "the five parties" (or "all five parties") of an election's five.
_THE_BEFORE = patterns.compile(r"(?<!\w)(?:the|all|all\s+the)\s+$", re.IGNORECASE)
_COUNTS = {word: count for count, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {str(n): n for n in range(2, 13)}
_SIDES_AFTER = patterns.compile(r"\s+(?:sides|parties|countries|nations|governments|neighbours|neighbors|camps"
                                r"|companies|firms|litigants|rivals|chains|groups|businesses|retailers|grocers|supermarkets"
                                r"|banks|lenders|insurers|airlines|carriers|brands|bidders|suitors|merger\s+partners)(?!\w)",
                                re.IGNORECASE)

# a bare "the two" holding something together names the sides too
_JOINTLY_AFTER = patterns.compile(r"\s+(?:together|combined|jointly|between\s+them)(?!\w)", re.IGNORECASE)
_JOINTLY_BEFORE = patterns.compile(r"(?<!\w)(?:together|combined),?\s+(?:the|all\s+the)\s+$", re.IGNORECASE)


def _names_the_sides(statement: Statement, sentence: Sentence, sides: int = 2) -> bool:
    """Say whether a figure is the "two" of "the two sides" (parties, countries, ...) of a briefing of two, or the
    "five" of "the five parties" of five."""
    start, end = statement.start - sentence.start, statement.end - sentence.start
    if (statement.kind == "figure" and sides == 2 and statement.quantities[:1] == (Quantity(Decimal(2)),)
            and _TWO_SIDES_ELSEWHERE.match(sentence.text, start)):
        return True  # "Две страны в цифрах": Russian has no article to read (it built on a date's day: newuser_22)
    return (statement.kind == "figure" and _COUNTS.get(statement.text.casefold()) == sides
            and _after_the(sentence.text, start)
            and bool(_SIDES_AFTER.match(sentence.text, end) or _held_jointly(sentence.text, start, end)))


# "the two sides" in languages that say it without an article, or with their own: Russian and Ukrainian "две
# стороны", "дві країни", French "les deux pays", Spanish "las dos partes", German "die beiden Seiten"
_TWO_SIDES_ELSEWHERE = patterns.compile(
    r"(?:два|две|дві|deux|dos|beiden|zwei)\s+(?:стороны|страны|сторони|країни|государства|держави|pays|parties|camps"
    r"|partes|países|bandos|gobiernos|Seiten|Länder|Parteien|Regierungen)(?!\w)", re.IGNORECASE)


def _held_jointly(text: str, start: int, end: int) -> bool:
    """Say whether a bare "the two" holds something together, the sides as a pair: "Together the two would hold 41%",
    "the two combined"."""
    return bool(_JOINTLY_AFTER.match(text, end) or _JOINTLY_BEFORE.search(text, max(0, start - 16), start))


def _after_the(text: str, start: int) -> bool:
    """Say whether "the" or "all" and spacing stand right before text[start]: searched from the sentence's start, each
    "2" of 60 KB of "1-2 1-2 ..." (in a briefing of two parties) took 10 s, as long as the search grew with it."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    # "all the" ends in "the": the word's three letters and the spacing after it are all the pattern needs to see.
    return at < start and bool(_THE_BEFORE.search(text, max(0, at - 3), start))


@functools.lru_cache(maxsize=1 << 12)  # a sentence is read by each check of its text: 30,001 reads of 12,969 in synth
def _statements(sentence: Sentence, language: str) -> tuple[Statement, ...]:
    spoken = raised_points(_UNSPOKEN.sub(lambda m: " " * len(m.group()), sentence.text))
    spans = [(a, b) for a, b in _quoted_spans(spoken) if re.search(r"\w", sentence.text[a:b])]
    quotes = [Statement(sentence.start + a, sentence.start + b, sentence.text[a:b], "quote") for a, b in spans
              if not guillemet_names.is_name(sentence.text, a, b)]
    quoted = _union(spans)
    figures = [Statement(sentence.start + m.start, sentence.start + m.end, m.text, m.kind, m.quantities)
               for m in find_mentions(spoken, language, prose=True) if not inside(quoted, m.start)]
    days = [Statement(sentence.start + m.start(), sentence.start + m.end(), m.group(), "weekday")
            for m in (weekday_pattern(language).finditer(spoken) if may_name_a_weekday(spoken, language) else ())
            if not inside(quoted, m.start())]
    return tuple(sorted(quotes + figures + days, key=lambda s: (s.start, s.end)))


read_by_language(_statements)  # a locale's digits, months and weekdays are read


def check_prose(text: str, passages_of: Callable[[str], list[Cited] | None], language: str = "",
                sides: int = 0) -> list[Finding]:
    """Return the faults of prose in `language`, of a briefing of `sides` parties, whose sentences cite passages with
    [^key] markers.

    `passages_of` gives None for a key that names no citation: the sentence is then left
    unchecked, as its own error says what is wrong.
    """
    findings = unclosed_quotes(text)
    for sentence in split_sentences(text, language):
        statements = statements_needing_citation(sentence, language, sides)
        if not statements:
            continue
        if not sentence.keys:
            findings.append(_uncited("sentence", statements, sentence, "add a [^key] citation to this sentence"))
            continue
        cited = [passages_of(key) for key in sentence.keys]
        if None in cited:
            continue
        passages = list(dict.fromkeys(p for found in cited for p in found))
        findings += _unsupported(statements, sentence, passages, "this sentence cites", language=language)
    return findings


def dropped_attribution_in_item(text: str, passages: list[Cited], language: str = "",
                                claimed: tuple[Cited, ...] = ()) -> list[Finding]:
    """Return dropped_attribution's findings for an item cited as a whole, sentence by sentence: one's "said" does
    not cover the next."""
    return [finding for sentence in split_sentences(text, language)
            for finding in dropped_attribution(sentence.text, passages, sentence.start, claimed)]


def dropped_hedge_in_item(text: str, passages: list[Cited], language: str = "", claimed: bool = False
                          ) -> list[Finding]:
    """Return dropped_hedge's findings for an item cited as a whole. Of several sentences, each that rests on a
    passage's words keeps the hedge itself: a "said" in the one before no longer covers "Brightwater had approached
    ..." citing "Brightwater allegedly approached". A sentence sharing no two words with a hedged passage is not
    held to it. In a claim (`claimed`), whose claimant says whose word it is, words the source could not verify
    are that claimant's word already."""
    sentences = split_sentences(text, language)
    if len(sentences) < 2:
        return dropped_hedge(text, passages, 0, claimed)
    if not any(_hedges_in(passage.text, passage.language) for passage in passages):
        return []  # no passage hedges: no sentence can drop a hedge, whichever passages it rests on
    findings = []
    cited = [(passage, _long_words(passage.text)) for passage in passages]  # once a passage, not once a sentence
    for sentence in sentences:
        own = _long_words(sentence.text)
        resting = [passage for passage, words in cited if len(own & words) >= 2]
        findings += dropped_hedge(sentence.text, resting, sentence.start, claimed) if resting else []
    return findings


# Words of four letters that say nothing of what a short sentence restates
_NOT_RESTATING = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                            "said", "says", "also", "into", "will", "would", "what", "when", "then", "than", "very"})


def short_sentence_words(text: str) -> frozenset[str]:
    """Return text's words of four letters or more, folded, but those that restate nothing: a short sentence
    ("The plant is safe") restates a passage holding them all, as a longer one sharing two words of five letters
    does."""
    return frozenset(folded for word in _WORD.findall(text) if len(word) >= 4
                     for folded in (folded_word(word),) if folded not in _NOT_RESTATING)


def _long_words(text: str) -> set[str]:
    """Return the words of five letters or more in text, folded: what says a sentence rests on a passage."""
    return {folded_word(word) for word in _WORD.findall(text) if len(word) >= 5}


def dropped_hedge(text: str, passages: list[Cited], offset: int = 0, claimed: bool = False) -> list[Finding]:
    """Return a finding when a cited passage gives something only as reported ("reportedly",
    "allegedly", "could not be verified", ...) and text, at `offset`, states it without a hedge or reporting word of
    its own ("reportedly", "said", "according to", "reports of"), in any language we read (in a claim, `claimed`,
    the claimant's word covers what the source could not verify)."""
    given, language = next(((word, p.language) for p in passages for word in _hedges_in(p.text, p.language)
                            if not (claimed and unverified(word))), (None, ""))
    if given is None or says_who_reports(text) or _author_plans_it(text, passages):
        return []
    if text:  # a sentence restating a passage's sentence that hedges nothing is not held to it: hedged_sentences.py
        # "... freed 30 hostages. The BBC was unable to verify the claim.": a hedge of checking speaks of the words
        # before it, in the passage's other sentences too (unverified.py)
        held = [p for p in passages if _hedges_in(p.text, p.language) and (
            any(unverified(word) for word in _hedges_in(p.text, p.language)) or not rests_elsewhere(
                text, p.text, lambda part, language=p.language: bool(_hedges_in(part, language)), p.language))]
        given, language = next(((word, p.language) for p in held for word in _hedges_in(p.text, p.language)
                                if not (claimed and unverified(word))), (None, ""))
        if given is None:
            return []
    who = "say who reports it"
    if (folded_word(given) not in _HEDGES_GIVEN and not _AR_HEDGES.fullmatch(given)
            and not unverified(given)):  # a locale's own hedge ("presuntamente"): its reporting verbs go unread
        writing = locale_words(language)
        listed = writing.according_to if writing else ()
        who += (f" (in '{language}' text, with a word its locale lists under `according_to`"
                + (f", such as '{listed[0]}'" if listed else "") + ": list the verbs that say who reports it there too)")
    return [Finding(offset, f"the source gives this only as '{given}', but it is worded as fact: {_clip(text, 160)}",
                    f"keep a hedge ('{given}') or {who}; or cite only the words it rests on")]


def _author_plans_it(text: str, passages: list[Cited]) -> bool:
    """Say whether text tells as its author's plan what only that author's statements give (`statement_of`): "Corvane
    prevede di chiudere ..." of its release's "dovrebbe chiudere" keeps the hedge as the author's word. A planner
    named by another name is party_word.py's to refuse; one by a common noun ("la società") it judges by aliases.
    Or a plan told of the speaker every passage gives the word of ("Corvane ha detto che ... dovrebbe chiudere")."""
    from .told_plans import planners, speaks_in  # told_plans reads this module's quoted_parts

    if passages and not any(passage.statement_of for passage in passages):
        return any(all(speaks_in(name, passage.text) for passage in passages)
                   for subject in planners(text, passages[0].language)
                   for name in _WORD.findall(subject) if name[0].isupper() and len(name) >= 4)
    if not passages or not all(passage.statement_of for passage in passages):
        return False
    authors = {folded_word(word) for passage in passages for word in _WORD.findall(passage.statement_of)}
    for subject in planners(text, passages[0].language):
        names = {folded_word(word) for word in _WORD.findall(subject) if word[0].isupper() and len(word) >= 4}
        if not names or names & authors:
            return True
    return False


# Words with which a source passes on someone's word as only theirs ("Islamabad accuses Kabul of sheltering
# militants", "the company claims"): a sentence restating it must say whose word it is too, or it states as fact
# what the source gives only as a party's. Speech verbs only: "called" and "describes" name as often.
_CONTESTED: dict[str, frozenset[str]] = {
    "en": frozenset({"claim", "claims", "claimed", "claiming", "allege", "alleges", "alleging", "asserts", "asserted", "insists", "insisted",
                     "accuses", "accusing", "maintains", "contends", "contended", "testified", "testifies",
                     # a party's argument ("demanding a raise, arguing that salaries have fallen"): factcheck_94
                     "argues", "argued", "arguing", "contending", "insisting"}),
    "fr": frozenset({"prétend", "prétendent", "accuse", "accusent", "affirme", "affirment", "soutient", "soutiennent"}),
}
# Words with which a source passes on anyone's word ("a spokesman has said that 274 were killed"): read only in a
# passage the briefing's claims give as a party's unverified word, as a company's "said it had agreed to merge"
# reports what it did itself.
_PASSED_ON: dict[str, frozenset[str]] = {
    "en": frozenset({"say", "says", "said", "saying", "according", "told", "tells", "acknowledged", "acknowledges",
                     "admitted", "admits", "argues", "argued"}),
    "fr": frozenset({"selon", "d'après", "affirmé", "déclare", "déclarent", "déclaré", "assure", "assurent", "dit",
                     "disent"}),
    **spanish_german_claims.PASSED_ON,  # "dice", "según"; "sagt", "laut"
}
_CONTESTED_WORDS = frozenset().union(*_CONTESTED.values())
# An assurance, as "insists" gives one: "The minister assures the plant is safe", "Le ministre assure que l'usine est
# sûre", "Der Minister versichert, das Werk sei sicher", "beteuert, ..." (told as fact, each built). Only before what
# is said ("that", "que", a comma or "dass", past whom it is told): "assures supply", "assure la sécurité" (ensures)
# and "Das Werk ist versichert" (insured) pass no word on.
_ASSURES = patterns.compile(
    r"(?<!\w)(?:assures(?=(?:\s+(?!that\b)[\w'’-]+){1,3}\s+(?:is|are|was|were|will|would|has|have|had|can)\b)"
    r"|(?:assures|assured|assuring)(?=(?:\s+[\w'’-]+){0,3}?\s+that\b)"
    r"|(?:assure|assurent|assurait|assuraient|assuré|affirmé|affirmait|affirmaient)(?=(?:\s+\w+){0,3}?\s+qu(?:e\b|['’]))"
    r"|(?<!ist\s)(?<!sind\s)(?<!war\s)(?<!nicht\s)(?<!gut\s)(?<!voll\s)"
    r"(?:versichert|versicherte|versicherten|versichern|beteuert|beteuerte|beteuerten|beteuern)"
    r"(?=(?:\s+\w+){0,3}?\s*,|\s+(?:\w+\s+){0,3}?dass\b))(?!\w)", re.IGNORECASE)
_ASSURING_WORDS = frozenset({"assures", "assured", "assuring", "assure", "assurent", "assurait", "assuraient", "assuré",
                             "affirmé", "affirmait", "affirmaient", "versichert", "versicherte", "versicherten",
                             "versichern", "beteuert", "beteuerte", "beteuerten", "beteuern"})
# A witness's word, as a court ruling gives it ("Mr Pike gave evidence that the fire began in a container"): one
# side's, which a sentence saying the fire began there states as fact. Read as a contested word, and as saying whose
# word follows where a sentence uses it.
_GAVE_EVIDENCE = patterns.compile(r"(?<!\w)(?:gave|gives|give|giving|given)\s+evidence(?!\w)", re.IGNORECASE)
# A knower's limit names whose word it states: "As far as Brambletons knows, no payment card data was taken" of
# "Brambletons said that no payment card data was taken, as far as it knows" (tests/test_factcheck_224.py)
_AS_FAR_AS_KNOWS = patterns.compile(
    r"(?<![\w-])(?:as|so)\s+far\s+as\s+(?:[\w'’-]+\s+){1,3}?(?:knows?|knew|is\s+aware|are\s+aware|was\s+aware"
    r"|were\s+aware|can\s+tell)(?![\w-])|(?<![\w-])to\s+(?:the\s+best\s+of\s+)?[\w'’-]+\s+knowledge(?![\w-])",
    re.IGNORECASE)
# A reason given by a side that protests, after a participle of saying: "Pensioners' groups have protested against the
# talks, saying that a deal ... would force cuts to public pensions" is their word, as "claims" gives one (newuser_95:
# told as fact, it built); "saying" after a deed that takes no side ("resigned, saying") passes on nothing contested.
_PROTEST_REASON = patterns.compile(
    r"(?<!\w)(?:protest(?:ed|s|ing)?|object(?:ed|s|ing)|complain(?:ed|s|ing)|demonstrat(?:ed|es|ing)|rall(?:ied|ies|ying)"
    r"|campaign(?:ed|s|ing)|petition(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|oppos(?:ed|es|ing)"
    r"|boycott(?:ed|s|ing)|manifesté|manifestent|protesté|protestent|protestaron|protestan|se\s+manifestaron"
    r")(?!\w)[^.;!?]{0,120}?,\s+(?P<saying>saying|arguing|claiming|warning|insisting|alleging|estimant|affirmant"
    r"|jugeant|assurant|alegando|afirmando|asegurando|argumentando)(?!\w)", re.IGNORECASE)
_REASONS = frozenset({"saying", "arguing", "claiming", "warning", "insisting", "alleging", "estimant", "affirmant",
                      "jugeant", "assurant", "alegando", "afirmando", "asegurando", "argumentando"})
_PROTEST_GATE = ("protest", "object", "complain", "demonstrat", "rall", "campaign", "petition", "critici", "oppos",
                 "boycott", "manifest")
# A finding given as its document's, by a participle: "The IMF publishes an analysis finding a cut is needed" (the
# analysis's word, as "found that" gives it; refused as told as fact, newuser_93). Only after a document's noun: "the
# committee is finding it hard" gives no one's word.
_DOCUMENT_FINDING = patterns.compile(r"(?<!\w)(?:analys[ie]s|stud(?:y|ies)|reports?|reviews?|assessments?|audits?"
                                     r"|inquir(?:y|ies)|investigations?|surveys?|evaluations?|papers?)\s+"
                                     r"(?:[\w'’,-]+\s+){0,4}?(?:finding|concluding)(?!\w)", re.IGNORECASE)
# A judgement given as its speaker's: "Okafor dismissed the estimate as scaremongering", "dismissed the claims"; not a
# deed told ("the company dismissed 300 workers", which an allegation told as fact may say).
_DISMISSED_AS = patterns.compile(r"(?<!\w)dismiss(?:ed|es|ing)\s+(?:(?:the|these|those|such|its|their|his|her|all)\s+)?"
                                 r"(?:(?:[\w'’-]+\s+){0,6}?as(?!\w)|(?:claims?|allegations?|accusations?|reports?|charges?"
                                 r"|criticism|suggestions?|idea|concerns?|estimates?|figures?|it|them|this|that)(?!\w))",
                                 re.IGNORECASE)
# A rejection whose object is someone's word ("rejette l'accusation de", "rechaza que"), not a deed ("rejette le
# projet de loi"): the French and Spanish "rejects" say whose word it is only so.
_REJECTS_WORD = patterns.compile(r"(?<!\w)(?:rejett?(?:e|ent|é)|rechaz(?:a|an|ó|aron))\s+(?:(?:que|qu['’]|d['’]avoir)(?!\w)"
                                 r"|(?:(?:l['’]|les|cette|ces|toute|toutes|la|las|esta|estas|tal|tales|toda|todas)\s*)?"
                                 r"(?:accusations?|allégations?|affirmations?|reproches?|acusaci[oó]n(?:es)?"
                                 r"|afirmaci[oó]n(?:es)?|denuncias?|alegaci[oó]n(?:es)?)(?!\w))", re.IGNORECASE)
# A blame with its blamer, as "accuses" gives one: "Islamabad blames Afghanistan for sheltering militants"; not the
# passive "militants blamed for attacks", "was blamed on", which names no one whose word it is.
_BLAMES = patterns.compile(r"(?<!\w)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!be\s)"
                           r"(?:blames|blamed|blaming)\s+(?!for(?!\w)|on(?!\w)|by(?!\w))", re.IGNORECASE)
# A figure put down to its giver: "the union puts the cost at $31 million".
_PUT_AT = patterns.compile(r"(?<!\w)(?:put|puts|putting)\s+(?:[\w'’]+\s+){1,5}at\s+(?:about\s+|around\s+)?[$£€\d]",
                           re.IGNORECASE)
_PASSED_ON_WORDS = _CONTESTED_WORDS.union(*_PASSED_ON.values())
# What a sentence says whose word it is with, besides _HEDGE_KEPT: "its acknowledgement", "in a statement", or
# that the parties' words differ ("the union and the port authority disagree on how many joined").
_WHOSE_KEPT = frozenset({"acknowledged", "acknowledges", "acknowledgement", "acknowledgment", "admitted", "admits",
                         "statement", "statements", "maintains", "argues", "argued", "accusations", "view", "deny",
                         "denies", "denied", "disagree", "disagrees", "disagreed", "dispute", "disputes", "disputed",
                         "differ", "differs", "contest", "contests", "contested", "reconnaît", "reconnu", "déclaration",
                         "déclarations", "contestent", "démenti", "dément",
                         # a denial names its speaker as "dément" does ("Southland nie subventionner ...")
                         "démentent", "nie", "nient", "nié", "conteste", "contesté", "réfute", "réfutent", "réfuté",
                         "niega", "niegan", "negó", "negaron", "desmiente", "desmienten", "desmintió",
                         # a reporting verb names whose word follows ("the ministry announced that ...")
                         "announced", "announces", "announcement", "stated", "warned", "warns", "noted", "estimated",
                         "estimates", "suggested", "suggests", "predicted", "predicts", "recalled", "recalls",
                         # "A police chief commented that ...", "remarked that" (the synthetic benchmark's prose)
                         "commented", "comments", "remarked", "remarks",
                         # a name given as someone's word: "branded those figures 'pure invention'", "dubbed it"
                         "branded", "brands", "dubbed", "dubs", "labelled", "labeled",
                         # and so does a verb of belief ("Harbor expects savings of $350 million")
                         "expects", "expect", "believes", "believe",
                         # and a party's case or a witness's evidence, as a court gives them
                         "contends", "contended", "testified", "testifies", "testimony", "argument", "arguments",
                         "arguing", "contending", "insisting",
                         "contention", "contentions", "submission", "submissions",
                         # a party's demand, as a lawsuit gives it: "the plaintiffs sought $64.5 million"
                         "sought", "seeks", "demanded", "demands",
                         # a forecaster's judgement, as a central bank gives it: "the bank projects growth of 0.6%"
                         "notes", "projects", "forecasts", "judges"}) | spanish_german_claims.WHOSE_KEPT | _ASSURING_WORDS
# Each word list above as ASCII text's words hold them (wordset.first_runs): a text none of whose words is in one
# holds no word of it, found by one lookup in the words found once for every check, not by folding each word again.
_HEDGE_RUNS, _HEDGE_KEPT_RUNS, _WHOSE_KEPT_RUNS, _CONTESTED_RUNS, _PASSED_ON_RUNS = map(
    first_runs, (_HEDGES_GIVEN, _HEDGE_KEPT, _WHOSE_KEPT, _CONTESTED_WORDS, _PASSED_ON_WORDS))


def dropped_assurance(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return dropped_attribution's finding for a passage's assurance ("assures", "assure que", "versichert, ..."),
    read after the checks that name the party whose word it is (party_word.py), whose message says more."""
    return dropped_attribution(text, passages, offset, assured=True)


@functools.lru_cache(maxsize=1 << 12)  # a passage is checked by every sentence citing it
def _assured_in(text: str) -> tuple[str, ...]:
    """Return the words with which a passage passes on someone's assurance, in order."""
    if not any(part in text for part in ("ssur", "ffirm", "eteuer", "ersicher")):
        return ()
    return tuple(assured.group() for assured in _ASSURES.finditer(text))


def dropped_attribution(text: str, passages: list[Cited], offset: int = 0,
                        claimed: tuple[Cited, ...] = (), assured: bool = False) -> list[Finding]:
    """Return a finding when text, at `offset`, restates a cited passage that gives it as someone's contested word
    ("claims", "accuses"; or, in a passage `claimed` by a party's unverified claim, any: "said", "according to") but
    says nobody's: "Pakistani strikes have killed 274" citing "a spokesman has said that 274 ... have been killed".
    Text restates a passage when it shares two words of five letters or more with it, outside quotation marks, or
    the passage holds all its words of four letters or more, two at least ("The plant is safe" of "The operator insists
    the plant is safe"); English and French passages are read. A plan told as its author's keeps its word
    (told_plans.py)."""
    if says_whose_word(text) or _author_plans_it(text, passages) or names_a_topic_only(MARKER.sub("", text)):
        return []  # a topic named ("Of the wine tariff.") tells nothing (topic_fragments.py)
    spoken = _long_words(unquoted(text))
    short = short_sentence_words(unquoted(text))
    for passage in passages:
        given = (_assured_in(passage.text) if assured else
                 _passed_on_in(passage.text, passage in claimed) or _said_around_quotation(passage, passage in claimed))
        shared = spoken & _long_words(passage.text)
        # "The plant is safe" of "The operator insists the plant is safe" (factcheck_146): a contested word only, in a
        # passage hedging nothing else (its "could not be verified" is dropped_hedge's to name)
        if (given and len(shared) < 2 and len(short) >= 2 and short <= short_sentence_words(passage.text)
                and (assured or _passed_on_in(passage.text, False)) and not _hedges_in(passage.text, passage.language)):
            shared = set(short)
        if given and _beside_document_accusation(spoken | short, passage, passage in claimed):
            continue  # "The judge ruled the article defamatory" of "ruled that an article accusing him of ..."
        # "the jury found Acme liable" rests on the passage's clause of fact, not on its "Bolt claimed Acme was liable"
        if given and len(shared) >= 2 and not rests_on_plain_clause(
                shared, passage.text,
                (_PASSED_ON_WORDS if passage in claimed else _CONTESTED_WORDS) | _REASONS | _ASSURING_WORDS):
            return [Finding(offset, f"the source gives this as someone's word ('{given[0]}'), but it is worded as "
                                    f"fact: {_clip(text, 160)}",
                            f"say whose word it is, as the source does ({_SAID.get(passage.language[:2], _SAID['en'])}),"
                            " or quote it; or cite only the words it rests on")]
    return []


def _beside_document_accusation(words: set[str] | frozenset[str], passage: Cited, claimed: bool) -> bool:
    """Say whether a passage passes on no word but a document's accusing phrase ("an article accusing him of ..."),
    none of whose words a sentence's `words` restate: it tells the rest as fact (document_accusations.py)."""
    blanked, accused = document_accusations(passage.text)
    return bool(accused) and not _passed_on_in(blanked, claimed) and not (words & accused)


# How the hint above words "... said" in the built-in languages: a French editor was shown English (newuser_84).
_SAID = {"en": "'... said', 'according to ...'", "fr": "'... a déclaré', 'selon ...'", "es": "'... dijo', 'según ...'",
         "de": "'... sagte', 'laut ...'"}


@functools.lru_cache(maxsize=1 << 12)  # asked by dropped_attribution, then by party_word.py, of one sentence
def says_whose_word(text: str) -> bool:
    """Say whether text says whose word it states: a hedge or reporting word (says_who_reports), a verb of belief,
    a statement, a party's case or a witness's evidence ("Harbor expects", "in a statement", "gave evidence that")."""
    return bool(says_who_reports(text) or (may_hold(text, _WHOSE_KEPT_RUNS) and _WHOSE_KEPT & {
        folded_word(w) for w in _WORD.findall(text)}) or _GAVE_EVIDENCE.search(text)
        or ("dismiss" in text and _DISMISSED_AS.search(text))
        or ("put" in text and _PUT_AT.search(text))
        or ("blam" in text and _BLAMES.search(text))
        or (("rejet" in text or "rechaz" in text) and _REJECTS_WORD.search(text))
        or (("finding" in text or "concluding" in text) and _DOCUMENT_FINDING.search(text))
        or names_a_charge(text) or spanish_german_claims.says_whose_word_es_de(text)
        or (("far as" in text or "knowledge" in text) and _AS_FAR_AS_KNOWS.search(text))
        or counts_its_figure(text))  # "El sindicato habla de 14.000": a giver's count (spanish_saying.py)


def _said_around_quotation(passage: Cited, claimed: bool) -> tuple[str, ...]:
    """Return the reporting words of the source's sentence around a `claimed` passage that stands inside quotation
    marks there, someone's words: '"The court cut the demand by more than 70 percent," said Raymond Osei'."""
    if not claimed or not passage.holding or passage.text not in passage.holding:
        return ()
    if not inside(quoted_parts(passage.holding), passage.holding.index(passage.text)):
        return ()
    return _passed_on_in(unquoted(passage.holding), True)


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _passed_on_in(text: str, claimed: bool) -> tuple[str, ...]:
    """Return the words with which a passage passes on someone's contested word ("claims", "accuses"), or, where it
    is `claimed`, anyone's ("said", "according"), in order."""
    words = _PASSED_ON_WORDS if claimed else _CONTESTED_WORDS
    text = standards_blanked(text)  # "according to the law" passes no one's word on (standards.py)
    if _CLAIM.search(text):  # numbered claims, and claims as things ("its claims are timely"), pass on no one's word
        text = _CLAIM_NOUN.sub(_blanked, _NUMBERED_CLAIM.sub(_blanked, text))
    if "soutien" in text:  # "Le maire soutient le projet" backs it, and passes on no one's word (newuser_63)
        text = _SUPPORTS.sub(_blanked, text)
    if "argu" in text:  # "argued for a smaller cut": advocacy, no word passed on (newuser_68)
        text = _ARGUED_FOR.sub(_blanked, text)
    found = [(word.start(), word.group()) for word in _WORD.finditer(text) if folded_word(word.group()) in words
             ] if may_hold(text, _PASSED_ON_RUNS if claimed else _CONTESTED_RUNS) else []
    found += [(phrase.start(), " ".join(phrase.group().split())) for phrase in _GAVE_EVIDENCE.finditer(text)]
    found += [(reason.start("saying"), reason["saying"]) for reason in (
        _PROTEST_REASON.finditer(text) if any(gate in text for gate in _PROTEST_GATE) else ())]
    if claimed:  # a locale's "nach eigenen Angaben" passes a party's word on, as "said" does
        found += [(word.start(), " ".join(word.group().split()))
                  for word in (locale_word_pattern("according_to").finditer(text)
                               if may_hold_locale_word(text, "according_to") else ())]
    return tuple(word for _, word in sorted(found))


def _blanked(match: re.Match) -> str:
    """Return spaces as long as the match: its words read as none, every offset kept."""
    return " " * len(match.group())


def unquoted(text: str) -> str:
    """Return text with its quoted words blanked: another's words, which restate nothing as fact."""
    for start, end in quoted_parts(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# "Claim" as a thing, not a saying: "its insurance claims", "the claims history", "Meridian's claims were paid",
# which say nobody's word ("the claim that ...", "its claims of victory", "Meridian's claims" do).
_CLAIM_NOUN = patterns.compile(
    r"(?<!\w)(?:the|a|an|its|their|his|her|our|your|these|those|such|any|no|every|each|for|insurance|damages"
    r"|compensation|legal|new|false|fraudulent)\s+claims?(?!\w)(?!\s+(?:that|to|by|of)(?!\w))"
    r"|(?<!\w)claims?(?=\s+(?:were|was|are|is|remain|remained)(?!\w))"
    # a lawsuit's claims, what it asks ("Claims for a further $6.2 million ... are dismissed", "the claims brought")
    r"|(?<!\w)claims?(?=\s+(?:for|against|brought)(?!\w))", re.IGNORECASE)
_CLAIM = patterns.compile("claim", re.IGNORECASE)  # what every _CLAIM_NOUN holds, as it matches letters
# French "soutenir" before what it backs is support, not a saying: "soutient le projet", not "soutient que ..."
_SUPPORTS = patterns.compile(r"(?<!\w)soutien(?:t|nent)(?=\s+(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses"
                             r"|leur|leurs|notre|nos)(?!\w))")
# Arguing for or against a thing is advocacy told as a deed, not a saying: "after Veskland argued for a smaller cut"
# backs "after Veskland pressed for less" (newuser_68); "argued for years that ..." still passes a word on.
_ARGUED_FOR = patterns.compile(r"(?<!\w)argu(?:e|es|ed|ing)(?=\s+(?:for|against)\s+(?!(?:years|months|decades|weeks"
                               r"|days|some\s+time|a\s+(?:long\s+)?time)(?!\w)))", re.IGNORECASE)
# A patent's numbered claims ("infringes claims 1 and 4", "claim 9 is invalid"): what it covers, nobody's word.
_NUMBERED_CLAIM = patterns.compile(r"(?<!\w)claims?(?=\s+(?:\d|nos?\.\s*\d))", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a sentence is read by dropped_hedge and dropped_attribution alike
def says_who_reports(text: str) -> bool:
    """Say whether text keeps a hedge or says who reports what it states ("reportedly", "said", "according to",
    "accused of", Arabic "بحسب"; a locale's `hedges` or `according_to`, German "laut"), in any language we read."""
    text = reports_blanked(standards_blanked(text))  # "according to the law", "hid the report" say no one's word
    text = instructions_blanked(text)  # "were told to boil water" is an instruction given, no one's word
    said = _CLAIM_NOUN.sub(" ", text) if _CLAIM.search(text) else text  # the pattern cost 25 µs a sentence, this 1
    return bool((may_hold(said, _HEDGE_KEPT_RUNS) and _holds_a_hedge_kept(said))
                or (may_hold_locale_word(text, "hedges") and _locale_hedges().search(text))
                or (may_hold_locale_word(text, "according_to") and locale_word_pattern("according_to").search(text))
                or _AR_HEDGES.search(text)
                or _AR_REPORTING.search(text) or bool(reported_moods.reported(text)) or keeps_unverified(text)
                or keeps_unverified_in_spanish(text)  # "ninguna de las dos cifras ha podido verificarse"
                or bool(anonymous_sources(text)))  # "rests on people familiar with them" keeps that hedge


def _holds_a_hedge_kept(text: str) -> bool:
    """Say whether a word of text, folded, is a hedge or a reporting word of _HEDGE_KEPT. ASCII text is folded once
    whole, not word by word (casefold is lower there, and keeps its words as they were split)."""
    if text.isascii():
        return not _HEDGE_KEPT.isdisjoint(_WORD.findall(text.lower()))
    return not _HEDGE_KEPT.isdisjoint(folded_word(word) for word in _WORD.findall(text))


def quoted_parts(text: str) -> list[tuple[int, int]]:
    """Return the sorted, merged spans of text's quoted words (double or single quotes): another's words.

    A sentence is asked about by a dozen checks (a time word, a figure, a speaker outside quotes): its spans are found
    once and remembered; a text longer than a long paragraph is read afresh, not kept."""
    if len(text) > _REMEMBERED_LENGTH:
        return _union(_quoted_spans(text))
    return list(_remembered_quoted_parts(text))


@functools.lru_cache(maxsize=1 << 14)
def _remembered_quoted_parts(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_union(_quoted_spans(text)))


_REMEMBERED_LENGTH = 20_000


def unbacked_superlatives(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each superlative of text ("deadliest", "the most serious", ...) that no cited passage
    uses, or that every passage using it gives as "one of" where text does not; quoted or negated ones aside."""
    findings = _unbacked_arabic_superlatives(text, passages, offset)
    if not may_rank(text):
        return findings
    quoted = quoted_parts(text)
    words = list(_WORD.finditer(text))
    base = (language or "en").split("-")[0].lower()
    set_phrases = _union([m.span() for m in _NOT_RANKING.finditer(text)])
    for index, word in enumerate(words):
        folded = folded_word(word.group())
        key = _most_key(words, index) if folded == "most" else _superlative_key(folded)
        if (not key or not (_superlative(folded) or folded == "most") or not _ranks(words, index)
                or inside(quoted, word.start()) or inside(set_phrases, word.start())
                or _negated(text, words, index, base)):
            continue
        backing = _COUNT_SUPERLATIVES if key == "most" else {key}
        uses = [p.text[:at] for p in passages for found, at in _superlatives_used(p.text) if found in backing]
        if not uses:
            problem = "no passage it cites uses it"
        elif all(_ONE_OF.search(before[-40:]) for before in uses) and not _ONE_OF.search(text[:word.start()][-40:]):
            problem = 'the passages it cites give it only as "one of"'
        elif all(_below_first(before) for before in uses) and not _below_first(text[:word.start()]):
            problem = 'the passages it cites rank it below the first ("second-largest")'
        elif _BELOW_FIRST.search(text[:word.start()][-20:]) and not any(_below_first(before) for before in uses):
            # the first demoted ("second-largest" citing "the largest"): unread, it built (tests/test_factcheck_84.py)
            problem = f'the passages it cites rank it first ("{_first_used(passages, backing)}")'
        else:
            continue
        written = text[word.start():words[index + 1].end()] if folded == "most" else word.group()
        findings.append(Finding(offset + word.start(), f'superlative "{written}": {problem}: {_clip(text, 160)}',
                                "use the source's own words (keep its \"one of\"), or cite the passage that says it"))
    return findings


def _first_used(passages, backing) -> str:
    """Return the superlative a passage uses unranked, as written ("biggest")."""
    return next(_WORD.match(p.text, at).group() for p in passages for found, at in _superlatives_used(p.text)
                if found in backing)


def _below_first(before: str) -> bool:
    """Say whether the superlative after `before` is given as one of several or ranked below the first."""
    return bool(_ONE_OF.search(before[-40:]) or _BELOW_FIRST.search(before[-20:]))


# Arabic superlatives: an elative with the article ("الأكبر") or before a noun ("أكبر زيادة"), never before "من"
# ("أكبر من": bigger than) or after "بشكل" ("بشكل أفضل": better), and "غير مسبوق" (unprecedented). "أكثر" and
# "أقل" mostly say "more than", "most of"; "الأدنى" and "الأعلى" mostly name ("الحد الأدنى", "المجلس الأعلى").
# Written with or without its hamza ("الاكبر" is "الأكبر", as Arabic often types it): one superlative, one key.
_AR_ELATIVES = ("أكبر", "أسوأ", "أفضل", "أخطر", "أطول", "أشد", "أقوى", "أعنف", "أضخم", "أعظم", "أسرع")
_AR_ELATIVE_BY_SPELLING = {word.replace("أ", "ا"): word for word in _AR_ELATIVES}  # "اسوا": "أسوأ"
_AR_ELATIVE = "(?:" + "|".join(word.replace("أ", "[أا]") for word in _AR_ELATIVES) + ")"
_AR_SUPERLATIVE = patterns.compile(
    rf"(?<!\w)(?:[وفبل]?ال(?P<the>{_AR_ELATIVE})|(?P<bare>{_AR_ELATIVE})(?!\s+(?:\w+\s+)?من(?!\w))"
    rf"(?=\s+\w)|(?P<new>غير\s+مسبوق[ةه]?))(?!\w)")
_AR_ONE_OF = patterns.compile(r"(?<!\w)(?:من|أحد|إحدى|احد|احدى|واحد|واحدة|واحدا)\s+(?:ال)?$")
_AR_IN_MANNER = patterns.compile(r"(?<!\w)(?:بشكل|بصورة|بطريقة)\s+$")


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _arabic_superlatives(text: str) -> tuple[tuple[str, str, int, bool], ...]:
    """Return each Arabic superlative of text: (its key, as written, where, given as "one of")."""
    if text.isascii():
        return ()  # each is written in Arabic letters
    return tuple(("غير مسبوق" if m.group("new") else _AR_ELATIVE_BY_SPELLING[(m.group("the") or m.group("bare")).replace("أ", "ا")], m.group(), m.start(),
                  bool(_AR_ONE_OF.search(text[max(0, m.start() - 12):m.start()]))) for m in _AR_SUPERLATIVE.finditer(text)
                 if not _AR_IN_MANNER.search(text[max(0, m.start() - 12):m.start()]))


def _unbacked_arabic_superlatives(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding for each Arabic superlative of text no cited passage uses, or uses only as "one of"
    ("من أكبر"), as the English ones are; quoted ones aside."""
    used = _arabic_superlatives(text)
    if not used:
        return []
    quoted = quoted_parts(text)
    findings = []
    for key, written, at, one_of in used:
        uses = [given_one_of for p in passages for found, _, _, given_one_of in _arabic_superlatives(p.text) if found == key]
        if inside(quoted, at) or (uses and (one_of or not all(uses))):
            continue
        problem = 'the passages it cites give it only as "one of"' if uses else "no passage it cites uses it"
        findings.append(Finding(offset + at, f'superlative "{written}": {problem}: {_clip(text, 160)}',
                                "use the source's own words (keep its \"one of\"), or cite the passage that says it"))
    return findings


# Time words without a figure, where they date something as a date does: a part of the day joined to a day
# ("Thursday night"), a season joined to a year ("summer 2021", "the summer of 2021") and a bare span before
# "ago", "earlier" or "prior" ("decades ago", "hours earlier", "minutes earlier"), and a day counted from the
# source's own ("yesterday", "tomorrow": each by its whole word). An edit ("Thursday morning", "centuries ago")
# is as wrong as a changed date, so each must stand in a passage the sentence cites, in any number ("decade"
# backs "decades"; "overnight" and "night" are one). Used alone ("at dawn", "in the spring", "for years")
# they are left to the reader: too often they time nothing the source must give.
_DAY_NAMES = "|".join(patterns.longest_first(_DAY_NUMBER))
# A day counted from the day the source was written ("yesterday", "today", "tonight", "tomorrow"): a date as surely
# as "12 March", and one the reader cannot count from: "yesterday" citing "on Monday" may be any day. A week, month
# or year counted so ("last week", "this year") must be the passages' where they count one ("last month" citing "last
# week" is refused); where they count none it is not yet read: benchmarks/synth.py writes "last week" into prose its
# passages do not back.
_RELATIVE_DAY = r"yesterday|today|tonight|tomorrow|(?:last|this|next)\s+(?:weekend|week|month|year)"
_RELATIVE_PERIOD = patterns.compile(r"(?:last|this|next)\s+\w+", re.IGNORECASE)
_RELATIVE_DAYS = patterns.compile(r"(?<![\w-])(?:" + _RELATIVE_DAY + r")(?!\w)", re.IGNORECASE)
_TIME_WORD = patterns.compile(
    rf"(?<!\w)(?:{_DAY_NAMES})[ -](?P<part>mornings?|afternoons?|evenings?|nights?|overnight|midnight|dawn|dusk"
    r"|matin|matinée|soir|soirée|nuit|après-midi|aube)(?!\w)"  # French "jeudi soir"
    rf"|(?<!\w)[وفب]?(?P<apart>ليلة|صباح|مساء|فجر)\s+(?:{_DAY_NAMES})(?!\w)"  # Arabic "ليلة الجمعة": the part first
    # a season joined to a year, or alone after "in the" ("in the spring" is no "summer of 2021")
    r"|(?<![\w-])(?P<season>spring|summer|autumn|winter)(?:(?=(?:\s+of)?\s+\d{4}(?!\d))"
    r"|(?<=\bin\sthe\s[a-z]{6})(?!\s+of\b|-))"
    r"|(?<![\w-])(?P<span>seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
    r"(?=\s+(?:ago|earlier|prior)\b)"
    r"|(?<![\w-])(?P<relative>" + _RELATIVE_DAY + r")(?!\w)",
    re.IGNORECASE)
# What every time word holds, looked for as plain text before the pattern (which costs 80 µs a sentence, this 4):
# a part of the day, a season, what follows a span ("ago"), a day or period counted from the source's own.
_TIME_WORD_HOLDS = ("morning", "afternoon", "evening", "night", "dawn", "dusk", "matin", "soir", "nuit", "après-midi",
                    "aube", "ليلة", "صباح", "مساء", "فجر", "spring", "summer", "autumn", "winter", "ago", "earlier",
                    "prior", "yesterday", "today", "tonight", "tomorrow", "week", "month", "year")


def may_name_a_time(text: str) -> bool:
    """Say whether text may hold a time word (_TIME_WORD): False only where it surely holds none. ASCII text is read
    by its words alone: each word they look for holds one of _TIME_WORD_HOLDS, so its substrings rule out no more."""
    words = ascii_words(text)
    if words is not None:
        return _may_hold_time_words(words)
    folded = patterns.lookup_key(text)  # "tonıght" is read as "tonight"
    return any(word in folded for word in _TIME_WORD_HOLDS)


# The whole words each kind of time word is made of, as ASCII text holds them: most sentences hold a part of the day
# or a span ("late at night", "days later") but none of the words around it that make a time word of it ("Thursday
# night", "days ago"), and the pattern cost 34 µs a sentence where these lookups cost 1 (tests/test_checkspeed5.py).
_TIME_PARTS = frozenset({"morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
                         "overnight", "midnight", "dawn", "dusk", "matin", "soir", "nuit", "aube"})
_TIME_SPANS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"})
_TIME_SINCE = frozenset({"ago", "earlier", "prior"})
_TIME_ALONE = frozenset({"spring", "summer", "autumn", "winter", "yesterday", "today", "tonight", "tomorrow"})
_TIME_COUNTING = frozenset({"last", "this", "next"})
_TIME_COUNTED = frozenset({"weekend", "week", "month", "year"})


@functools.lru_cache(maxsize=1)
def _day_name_runs() -> frozenset[str] | None:
    """Return the words one of which text holds wherever _DAY_NAMES finds a day (wordset.first_runs)."""
    return first_runs(_DAY_NUMBER)


def _may_hold_time_words(words: frozenset[str] | None) -> bool:
    """Say whether a text's words (wordset.ascii_words; None for text beyond ASCII) may make one of _TIME_WORD's."""
    if words is None:
        return True
    days = _day_name_runs()
    return bool((not words.isdisjoint(_TIME_PARTS) and (days is None or not words.isdisjoint(days)))
                or not words.isdisjoint(_TIME_ALONE) or (not words.isdisjoint(_TIME_SPANS)
                                                          and not words.isdisjoint(_TIME_SINCE))
                or (not words.isdisjoint(_TIME_COUNTING) and not words.isdisjoint(_TIME_COUNTED)))


_SAME_TIME = {"overnight": "night", "centuries": "century", "matin": "morning", "matinée": "morning", "soir": "evening",
              "soirée": "evening", "nuit": "night", "après-midi": "afternoon", "aube": "dawn", "ليلة": "night",
              "ليل": "night", "صباح": "morning", "مساء": "evening", "فجر": "dawn"}


def _time_key(word: str) -> str:
    folded = " ".join(patterns.lookup_key(word).casefold().split())  # "tonıght" is "tonight"
    if _RELATIVE_DAYS.fullmatch(folded):
        return folded  # "tonight" is no "night"
    return _SAME_TIME.get(folded, folded[:-1] if folded.endswith("s") else folded)


# An Arabic part of the day, after a joined "و", "ف" or "ب" and before any ending ("صباحًا", "مسائية").
_AR_TIMES = patterns.compile(r"(?<!\w)[وفب]?(ليلة|ليل|صباح|مساء|فجر)")


# A span used as one: counted ("three hours", "a week", "several decades", "the past year"), how long ("for years",
# "within hours", "decades-long") or before "ago", "earlier", "prior", "later", "before" or "after". "Earlier in the
# week" uses no span of weeks, so it backs no "weeks earlier" (while its "Hours prior" backs "hours earlier").
_SPAN_USED = patterns.compile(
    r"(?:(?<!\w)(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|some"
    r"|couple\s+of|dozens?\s+of|hundreds\s+of|recent|for|within|the\s+(?:past|last|next|previous|coming|following))"
    r"[\s-]+)(?P<before>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)(?!\w)"
    r"|(?<!\w)(?P<after>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)"
    r"(?=[\s-]+(?:ago|earlier|prior|later|before|after|long|old)(?!\w))", re.IGNORECASE)


_TIME_WORDS = patterns.compile(r"(?<!\w)(?:overnight|mornings?|afternoons?|evenings?|nights?|midnight|dawn|dusk"
                              r"|spring|summer|autumn|winter|matin|matinée|soir|soirée|nuit|après-midi|aube)(?!\w)",
                              re.IGNORECASE)  # whole words: "Thursday" is no "day"


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _times_used(text: str) -> frozenset[str]:
    """Return the time words a passage uses, by key, in any use ("at dawn"), but a span only as one ("decades-long"
    gives "decade", "earlier in the week" no "week")."""
    words = _TIME_WORDS.findall(text)
    words += [span.group("before") or span.group("after") for span in _SPAN_USED.finditer(text)]
    words += _AR_TIMES.findall(text) + _RELATIVE_DAYS.findall(text)
    parts = {part for early_or_late in _EARLY_OR_LATE.findall(text) for part in _PART_OF_DAY[patterns.lookup_key(early_or_late)]}
    return frozenset(_time_key(word) for word in words) | parts


# "Early on Thursday" (or "early Thursday", "the early hours of Thursday") is Thursday morning, "late on Friday"
# Friday evening or night, as news writing has it: either backs the other.
_EARLY_OR_LATE = patterns.compile(rf"(?<!\w)(early|late)(?:\s+on|\s+hours\s+of)?\s+(?:{_DAY_NAMES})(?!\w)", re.IGNORECASE)
_PART_OF_DAY = {"early": ("morning",), "late": ("evening", "night")}


def _periods_counted(passages: list[Cited]) -> bool:
    """Say whether a passage counts a week, month or year from its own ("last week", "this year")."""
    return any(_RELATIVE_PERIOD.fullmatch(found) for p in passages for found in _RELATIVE_DAYS.findall(p.text))


def unbacked_time_words(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding for each time word of text ("Thursday night", "decades ago") no cited passage uses;
    quoted ones aside, and a span counted by a figure ("two decades") is the figure's to check."""
    if not may_name_a_time(text):
        return []
    findings = []
    quoted = None
    for match in _TIME_WORD.finditer(text):
        group = match.lastgroup
        word, start = match.group(group), match.start(group)
        if group == "span" and _COUNTED.search(text[:start][-24:]):
            continue
        quoted = quoted if quoted is not None else quoted_parts(text)
        if inside(quoted, start) or any(_time_key(word) in _times_used(p.text) for p in passages):
            continue
        if group == "relative" and _RELATIVE_PERIOD.fullmatch(word) and not _periods_counted(passages):
            continue  # "last week" where no passage counts a week, month or year from its own: not read yet
        findings.append(Finding(offset + start, f'time "{match.group()}" is not in the passages it cites: '
                                                       f"{_clip(text, 160)}", _time_hint(group, passages)))
    return findings


def _time_hint(group: str, passages: list[Cited]) -> str:
    """Return what to do about a time word no passage uses: for a day counted from the source's own ("yesterday")
    where a passage gives a date, give that date (the reader cannot count back to it, and it goes stale)."""
    dates = [m.text for p in passages for m in mentions_in(p.text, p.language) if m.kind == "date"]
    if group == "relative" and dates:
        return f'give the date the passage gives ("{dates[0]}"): a day counted from today cannot be checked against it'
    return "use the source's own words for when and how long, or cite the passage that says it"


# Vague counts state how many as a figure does, within an order: "dozens" is 24 to 199, "scores" 40 to 199, and
# "hundreds", "thousands", "millions" and "billions" two to ten of their unit ("hundreds": 200 to 999), as are
# "several hundred" and "a few thousand"; "tens of thousands" is 20,000 to 99,999 and "hundreds of millions" 200
# million to 999,999,999. "Dozens" citing "12 people" or "hundreds" citing "169 injured" inflates the source's
# figure, so each must stand in a passage the text cites: as a vague count of the same order, or as a figure
# (not a year nor a percentage) in its range. Read in English text, not after a figure ("2.3 millions").
_VAGUE_RANGES = {"tens": (20, 100), "dozens": (24, 200), "dozen": (24, 200), "scores": (40, 200),
                 **{word + ending: (2 * unit, 10 * unit) for word, unit in (
                     ("hundred", 100), ("thousand", 1000), ("million", 10**6), ("billion", 10**9)) for ending in ("", "s")}}
_SCALE_OF = {"thousands": 1000, "millions": 10**6, "billions": 10**9}
_VAGUE_COUNT = patterns.compile(
    r"(?<![\w-])(?:(?P<lead>tens|dozens|scores|hundreds)\s+of\s+(?=thousands|millions|billions))?"
    r"(?:(?:several|a\s+few|a\s+couple\s+of)\s+(?P<one>dozen|hundred|thousand|million|billion)"
    r"|(?P<many>dozens|scores|hundreds|thousands|millions|billions))(?!\w)", re.IGNORECASE)
# The words every vague count ends with, a whole word: a sentence whose words (found once) hold none counts nothing
# vaguely.
_VAGUE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "dozens", "scores", "hundreds",
                          "thousands", "millions", "billions"})
_FIGURE_BEFORE = patterns.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))[\s-]*$", re.IGNORECASE)


def _figure_before(text: str, end: int) -> bool:
    """Say whether a figure ("3", "three") stands right before text[end:], spaces or hyphens between: looked for from
    where they start, not through all the text before (a sentence of 3,000 "dozens" took 7 s of CPU to check)."""
    start = end
    while start and (text[start - 1].isspace() or text[start - 1] == "-"):
        start -= 1
    return _FIGURE_BEFORE.search(text, max(0, start - 5), end) is not None


def _vague_range(match: re.Match) -> tuple[int, int]:
    """Return the numbers a vague count names, from its low end up to (not including) its high end."""
    low, high = _VAGUE_RANGES[patterns.lookup_key(match.group("one") or match.group("many"))]
    if match.group("lead"):
        scale = _SCALE_OF[patterns.lookup_key(match.group("many"))]
        low, high = (scale * bound for bound in _VAGUE_RANGES[patterns.lookup_key(match.group("lead"))])
    return low, high


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _counts_given(text: str, language: str = "") -> tuple[tuple[int, int] | Decimal, ...]:
    """Return what a passage gives that may back a vague count: its vague counts' ranges and its figures (not
    its years, dates or percentages)."""
    ranges = [_vague_range(m) for m in _VAGUE_COUNT.finditer(text) if not _figure_before(text, m.start())]
    mentions = mentions_in(text, language)
    figures = [q.value for m in mentions if m.kind == "figure" and not is_year(m.text)
               for q in m.quantities if not q.unit or not is_percentage_unit(q.unit)]
    spans = [(m.start, m.end) for m in mentions if m.kind == "figure"]
    return (*ranges, *(found for *_, found in spelled.vague_counts(text, language, spans)), *figures)


_SCALE_BEFORE = patterns.compile(r"(?:\(|\b(?:in|en)\s+)$", re.IGNORECASE)
_COUNTING_OF = patterns.compile(r"\s+of\b")


def _names_a_scale(text: str, start: int, end: int) -> bool:
    """Say whether a vague count's word, text[start:end], names the scale figures are given in ("Navy (thousands)",
    "in millions", "in Millionen Euro", "en miles de dólares") rather than counting anything ("in thousands of homes"
    counts). Read from the word before it, not through all the text before (see _figure_before)."""
    spaces = start
    while spaces and text[spaces - 1].isspace():
        spaces -= 1
    return bool(_SCALE_BEFORE.search(text, max(0, spaces - 3), start) and not _COUNTING_OF.match(text, end))


def may_time_or_count(text: str) -> bool:
    """Say whether text may hold a time word ("Thursday night", "yesterday"), a vague count ("hundreds") or a
    change by a multiple ("doubled")."""
    return bool((may_name_a_time(text) and _TIME_WORD.search(text)) or _VAGUE_COUNT.search(text)
                or spelled.may_count_vaguely(text)
                or _MULTIPLE.search(text) or (any(month in text for month in _MONTH_OF) and _MONTH_ALONE.search(text)))


def in_english(language: str) -> bool:
    """Say whether text in `language` (a BCP 47 tag; "" is the site's default, English) is read as English."""
    if language == "en" or not language:  # nearly every call of the 250,000 a cold check of the synthetic briefing makes
        return True
    return language.split("-")[0].lower() == "en"


def _vague_counts(text: str, language: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Return each vague count of text (where, as written, the numbers it names), in English, German or Spanish."""
    if in_english(language):
        return [(m.start(), m.end(), m.group(), _vague_range(m)) for m in _VAGUE_COUNT.finditer(text)
                if not _figure_before(text, m.start())] if may_hold(text, _VAGUE_WORDS) else []
    if not spelled.may_count_vaguely(text):
        return []
    return spelled.vague_counts(text, language, [(m.start, m.end) for m in find_mentions(text, language, prose=True)
                                                 if m.kind == "figure"])


def unbacked_vague_counts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each vague count of English text ("dozens", "hundreds of thousands") no cited passage
    backs with a count of the same order or a figure in its range; quoted ones aside."""
    counts = _vague_counts(text, language)
    if not counts:
        return []
    quoted = quoted_parts(text)
    given = [count for p in passages for count in _counts_given(p.text, p.language)]
    findings = []
    for start, end, words, (low, high) in counts:
        if inside(quoted, start) or _names_a_scale(text, start, end):
            continue
        if any(count == (low, high) if isinstance(count, tuple) else low <= count < high for count in given):
            continue
        findings.append(Finding(offset + start, f'count "{words}" ({low:,} to {high - 1:,}) is not in '
                                                f"the passages it cites: {_clip(text, 160)}",
                                "give the source's figure, with its qualifier, or cite the passage that says it"))
    return findings


# A month named without its day or year ("in March", "by April") dates something as "3 March" does: "prices rose in
# April" citing "prices rose in March" is a date moved, and "who resigned in May" citing no month at all a date
# added. In English text each month it names must be one the passages it cites name (in any date form: "3 March
# 2026", "2026-03-02", "Mar."); one within a date is the date's to check, and "May" is read only after a word that
# dates ("in", "by", "since", "early", ...), as "may" and "May" begin sentences.
_MONTH_ALONE = patterns.compile(
    r"(?:(?<![\w-])(?P<lead>(?i:in|by|since|until|till|of|from|to|through|during|before|after|between|and|early|mid"
    r"|late|last|next|this|or))\s+|(?<![\w-])(?i:mid)-)?"
    r"(?<!\w)(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?![\w-])")
_MONTH_OF = {name: number for number, name in enumerate(("January", "February", "March", "April", "May", "June", "July",
                                                         "August", "September", "October", "November", "December"), 1)}


# French months named alone after a word that dates them ("en février", "de janvier", "début mars", "mi-mars",
# "d'ici juin", and what a thing is for, "un transfert pour juin": factcheck_157): lowercase, as French writes them;
# "Mars" the planet, and "mars" or "mai" with no such word, are not read.
_MOIS_ALONE = patterns.compile(
    r"(?:(?<![\w-])(?i:en|de|d['’]ici|depuis|début|fin|avant|après|jusqu['’]en|dès|courant|pour|à\s+partir\s+de"
    r"|entre)\s+|(?<![\w-])(?i:mi)-)"
    r"(?P<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\w-])")
_MOIS_OF = {name: number for number, name in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                                        "août", "septembre", "octobre", "novembre", "décembre"), 1)}

# Spanish ones after such a word ("en febrero", "de marzo", "desde enero", "a mediados de marzo", "a finales de
# mayo", and what a thing is for, "un envío para junio": factcheck_157): unread, "detectó la plaga en marzo" cited
# "... en febrero". "mayo" and "marzo" alone are not read.
_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
          "diciembre")
_MESES_ALONE = patterns.compile(
    r"(?<![\w-])(?i:en|de|del|desde|hasta|durante|antes\s+de|después\s+de|principios\s+de|mediados\s+de"
    r"|finales\s+de|fines\s+de|para|a\s+partir\s+de|entre)\s+(?P<month>" + "|".join((*_MESES, "setiembre")) + r")(?![\w-])")
_MESES_OF = {**{name: number for number, name in enumerate(_MESES, 1)}, "setiembre": 9}
_MONTHS_ALONE = {"fr": (_MOIS_ALONE, _MOIS_OF), "es": (_MESES_ALONE, _MESES_OF)}


def unbacked_months(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each month English (or French, Spanish) text names alone ("in April", "en avril") that no
    cited passage names, in any date form; quoted ones and those within a date ("3 April 2026") aside."""
    key = language.split("-")[0].lower()
    french = key in _MONTHS_ALONE  # or Spanish
    pattern, month_of = _MONTHS_ALONE.get(key, (_MONTH_ALONE, _MONTH_OF))
    if not (french or in_english(language)) or not _may_name_a_month(text, month_of,
                                                                     _MONTH_WORDS.get(key, _MONTH_WORDS["en"])):
        return []  # looked for as plain words first: the pattern costs 60 µs a sentence, this 3
    named = set().union(*(_months_in(p.text, p.language) for p in passages))
    months = [(match.group("month"), match.start("month")) for match in pattern.finditer(text)
              if match.group("month") != "May" or match.group() != "May"]  # "May" alone may be "may"
    unnamed = [(month, at) for month, at in months if month_of[month] not in named]
    if not unnamed:  # most sentences: read no further (a sentence's dates and quotes are dear to find)
        return []
    dated = [(m.start, m.end) for m in find_mentions(text, language, prose=True) if m.kind == "date"]
    quoted = quoted_parts(text)
    return [Finding(offset + at, f'month "{month}" is not in the passages it cites: {_clip(text, 160)}',
                    "use the source's own words for when, or cite the passage that says it")
            for month, at in unnamed if not inside(dated, at) and not inside(quoted, at)]


def _may_name_a_month(text: str, month_of: dict[str, int], month_words: frozenset[str]) -> bool:
    """Say whether text may name one of `month_of`'s months as the patterns read them (a whole word, as written):
    ASCII text by its words (`month_words`), at one lookup; any other by the names as substrings."""
    words = ascii_words(text)
    if words is not None:
        return not words.isdisjoint(month_words)
    return any(month in text for month in month_of)


# Each language's month names as ASCII text's words hold them (lowercase): "march" of "in March", "mars" of "en mars".
_MONTH_WORDS = {language: frozenset(month.lower() for month in month_of if month.isascii())
                for language, month_of in (("en", _MONTH_OF), *((key, of) for key, (_, of) in _MONTHS_ALONE.items()))}


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _months_in(text: str, language: str = "") -> frozenset[int]:
    """Return the months a passage names: by name ("March", "Mar.", "mars") or in a date ("2026-03-02")."""
    return frozenset(months_named(text, language)) | frozenset(
        int(q.value) for q in quantities_in(text, language) if q.unit == "month") | year_end_months(text)


# Changes by a multiple ("doubled", "tripled", "quadrupled", "halved") state a figure as "rose 100%" does: "sales
# doubled" citing "sales rose 80%" rounds the source's figure up to a word. Each must stand in a passage the text
# cites in a form of the same word ("doubling", "trebled"), or as its factor ("twice", "two-fold", "2x") or its
# change in per cent ("100%"; "50%" for "halved"). English and Spanish text ("se duplicó", "triplicaron"); "doubled
# down" changes nothing.
_SPANISH_ENDINGS = r"(?:ó|aron|a|an|ado|ada|ados|adas|ando|ar|ará|arán|aría|arían)"
# French verbs' forms past and to come ("a doublé", "doublera"), never the bare "double" an adjective shares; German
# "verdoppelt", "verdreifachte", "halbiert"
_FRENCH_ENDINGS = r"(?:é|ée|és|ées|er|era|eront|erait|eraient|ent|ait|aient)"
# "doubler" with an object may be overtaking ("a doublé son adversaire"): a French verb is read without one only
_NO_FRENCH_OBJECT = (r"(?!\w)(?!\s+(?:son|sa|ses|le|la|les|l['’]|un|une|des|leur|leurs|ce|cet|cette|ces|mon|ma|mes"
                     r"|notre|nos|votre|vos)\b)")
_GERMAN_MULTIPLE = r"(?:verdoppel|verdreifach|vervierfach|halbier)(?:t|te|ten|n|en)?|(?:verdopple|halbiere)"
_MULTIPLE = patterns.compile(r"(?<![\w-])(?:doubl(?:ed|ing)|tripl(?:ed|ing)|trebl(?:ed|ing)|quadrupl(?:ed|ing)"
                             r"|quintupl(?:ed|ing)|halv(?:ed|ing)"
                             # the bare verb after a modal or "to" ("would double the reservoir's capacity"), not an
                             # adjective's or a noun's "double" ("a double standard", "double-digit")
                             r"|(?<=\bwould\s)(?:double|triple|treble|quadruple|quintuple|halve)(?!-)"
                             r"|(?<=\bwill\s)(?:double|triple|treble|quadruple|quintuple|halve)(?!-)"
                             r"|(?<=\bcould\s)(?:double|triple|treble|quadruple|quintuple|halve)(?!-)"
                             r"|(?<=\bmay\s)(?:double|triple|treble|quadruple|quintuple|halve)(?!-)"
                             r"|(?<=\bto\s)(?:double|triple|treble|quadruple|quintuple|halve)(?!-)"
                             # a hedged adjective's multiple of a level it names: "nearly double last year's",
                             # "more than triple the 2024 figure" (tests/test_factcheck_136.py)
                             r"|(?:(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\bmore\sthan\s)|(?<=\broughly\s)"
                             r"|(?<=\babout\s))(?:double|triple|treble|quadruple|quintuple)(?!-)"
                             r"(?=\s+(?:the|that|those|its|their|his|her|last|what|a|an)\b)"
                             rf"|(?:dupli|tripli|cuadrupli|quintupli)c{_SPANISH_ENDINGS}"
                             # French and German (tests/test_factcheck_136.py): "a presque doublé", "fast verdoppelt"
                             rf"|(?:doubl|tripl|quadrupl){_FRENCH_ENDINGS}{_NO_FRENCH_OBJECT}|{_GERMAN_MULTIPLE})(?!\w)"
                             r"(?!\s+down\b)",
                             re.IGNORECASE)
# The words _MULTIPLE finds, each a whole word: a sentence whose words (found once) hold none changes by no multiple.
_MULTIPLE_WORDS = frozenset({"doubled", "doubling", "tripled", "tripling", "trebled", "trebling", "quadrupled",
                             "quadrupling", "quintupled", "quintupling", "halved", "halving", "double", "triple",
                             "treble", "quadruple", "quintuple", "halve"} | {
    f"{stem}c{ending}" for stem in ("dupli", "tripli", "cuadrupli", "quintupli")
    for ending in ("ó", "aron", "a", "an", "ado", "ada", "ados", "adas", "ando", "ar", "ará", "arán", "aría", "arían")} | {
    f"{stem}{ending}" for stem in ("doubl", "tripl", "quadrupl")
    for ending in ("é", "ée", "és", "ées", "er", "era", "eront", "erait", "eraient", "ent", "ait", "aient")} | {
    f"{stem}{ending}" for stem in ("verdoppel", "verdreifach", "vervierfach", "halbier")
    for ending in ("t", "te", "ten", "n", "en")} | {"verdopple", "halbiere"})
_MULTIPLE_FORMS = patterns.compile(r"(?<![\w-])(?:doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|trebl(?:e|ed|es|ing)"
                                   r"|quadrupl(?:e|ed|es|ing)|quintupl(?:e|ed|es|ing)|halv(?:ed|es|ing)|half"
                                   rf"|(?:dupli|tripli|cuadrupli|quintupli)c{_SPANISH_ENDINGS}|doble|triple"
                                   rf"|(?:doubl|tripl|quadrupl){_FRENCH_ENDINGS}|{_GERMAN_MULTIPLE})(?!\w)",
                                   re.IGNORECASE)
_MULTIPLE_STEMS = {"doubl": "double", "tripl": "triple", "trebl": "triple", "quadr": "quadruple",
                   "quint": "quintuple", "halv": "half", "half": "half", "dupli": "double", "doble": "double",
                   "cuadr": "quadruple", "verdo": "double", "verdr": "triple", "vervi": "quadruple", "halbi": "half"}
# Each multiple's factor and its change in per cent, as a passage may give them instead of the word.
_MULTIPLE_AS_FIGURES = {"double": (Quantity(Decimal(2)), Quantity(Decimal(100), "%")),
                        "triple": (Quantity(Decimal(3)), Quantity(Decimal(200), "%")),
                        "quadruple": (Quantity(Decimal(4)), Quantity(Decimal(300), "%")),
                        "quintuple": (Quantity(Decimal(5)), Quantity(Decimal(400), "%")),
                        "half": (Quantity(Decimal(50), "%"),)}
_MULTIPLE_FACTORS = {"double": Decimal(2), "triple": Decimal(3), "quadruple": Decimal(4), "quintuple": Decimal(5),
                     "half": Decimal("0.5")}
_MULTIPLE_LANGUAGES = frozenset({"en", "es", "fr", "de"})


def _multiple_key(word: str) -> str:
    folded = word.casefold()
    return _MULTIPLE_STEMS[folded[:5] if folded[:5] in _MULTIPLE_STEMS else folded[:4]]


def unbacked_multiples(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each change by a multiple in English or Spanish text ("doubled", "se duplicó") that no cited passage
    gives as the same word, its factor or its change in per cent; quoted ones aside."""
    matches = list(_MULTIPLE.finditer(text)) if (in_english(language) or language.split("-")[0].lower()
                                                 in _MULTIPLE_LANGUAGES) and may_hold(text, _MULTIPLE_WORDS) else []
    if not matches:
        return []
    quoted = quoted_parts(text)
    findings = []
    for match in matches:
        if inside(quoted, match.start()):
            continue
        key = _multiple_key(match.group())
        given = _multiples_given(key, passages)
        written = qualifier_of(text, match.start(), match.end(), language) or _more_than_verb(text, match.start())
        if not given and (fits_a_ratio(_MULTIPLE_FACTORS[key], written and written.kind,
                                       tuple((p.text, p.language) for p in passages))
                          or (match.group().casefold() in _ADJECTIVE_MULTIPLES
                              and _HEDGED_ADJECTIVE.search(text, max(0, match.start() - 12), match.start())
                              and fits_two_levels(_MULTIPLE_FACTORS[key], written and written.kind,
                                                  tuple((p.text, p.language) for p in passages)))):
            continue  # "quadrupled" citing "a 40% duty, up from 10%": the passage's two levels give the factor
        if not given:
            findings.append(Finding(offset + match.start(), f'change "{match.group()}" is not in the passages it '
                                                            f"cites: {_clip(text, 160)}",
                                    "give the source's own figure for the change (a rise of 80% is no doubling), or "
                                    "cite the passage that says it"))
        elif not any(_fits_same_figure(written, qualifier) for qualifier in given):
            source = next((q for q in given if q is not None), None)
            words = written.words if written else match.group()
            findings.append(Finding(offset + match.start(), (
                f'change "{words}" {_misqualifies(written, source)} "{source.words}" in the passages it cites: '
                if source else f'change "{words}" says more or less than the passages it cites: ') + _clip(text, 160),
                f'qualify it as the source does, as in "{source.words}"' if source else _PLAIN_FIGURE_HINT))
    return findings


# A hedged adjective's "double" ("more than double its debt") compares two levels, any two a passage gives
_ADJECTIVE_MULTIPLES = frozenset({"double", "triple", "treble", "quadruple", "quintuple"})
_HEDGED_ADJECTIVE = patterns.compile(r"(?<!\w)(?:nearly|almost|than|roughly|about)\s+$", re.IGNORECASE)
# French "a plus que doublé" is "more than doubled": before a verb only, as "il ne reste plus que 300" is no bound
_MORE_THAN_VERB = patterns.compile(r"(?<!\w)plus\s+que\s+$", re.IGNORECASE)


def _more_than_verb(text: str, start: int) -> Qualifier | None:
    """Return the "more than" of French "plus que" right before a verb of multiple at `start`, or None."""
    found = _MORE_THAN_VERB.search(text, max(0, start - 12), start)
    return Qualifier("more than", text[found.start():start].strip() + " " + text[start:].split()[0]) if found else None


def _multiples_given(key: str, passages: list[Cited]) -> list[Qualifier | None]:
    """Return the qualifier (or None) of each place a cited passage gives a change by the multiple `key`, as a form of
    its word ("nearly doubled") or as its factor or change in per cent ("nearly twice", "more than 100%")."""
    from .factors_measured import measured_only  # it reads passages as this module does

    words = [qualifier_of(p.text, m.start(), m.end(), p.language) for p in passages
             for m in _MULTIPLE_FORMS.finditer(p.text) if _multiple_key(m.group()) == key]
    # a factor a passage gives only as a measure is none: "tripled" citing "rose by 3 metres" (factcheck_124)
    figures = [qualifier for p in passages
               for qualifier in qualifiers_of(tuple(q for q in _MULTIPLE_AS_FIGURES[key]
                                                    if q.unit or not measured_only(q.value, [p])), p.text, p.language)]
    return words + figures


# A span with a count before it ("two decades", "3 hours", "a few weeks", "several years") is a figure or is
# vaguer still; "many years" too: only a bare span is read as a time word.
_COUNTED = patterns.compile(r"(?:\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|"
                      r"dozen|couple of|many|some))[\s-]+$", re.IGNORECASE)


def may_rank(text: str) -> bool:
    """Say whether text may hold a superlative (cheaply: most texts hold none, and looking for the words'
    letters first costs a tenth of the pattern, which has no literal start to skip ahead to). ASCII text is read by
    its words (one set lookup, not a substring search for each of thirty words), and "-iest" and "most" in it."""
    words = ascii_words(text)
    if words is not None and _SUPERLATIVE_RUNS is not None:
        lowered = text.lower()
        if words.isdisjoint(_SUPERLATIVE_RUNS) and "iest" not in lowered and "most" not in lowered:
            return False
    else:
        folded = text.casefold()
        if not any(stem in folded for stem in _SUPERLATIVE_STEMS):
            return False
    return _MAYBE_SUPERLATIVE.search(text) is not None


def _most_key(words: list[re.Match], index: int) -> str | None:
    """Return the key of a superlative made with "most" at words[index] ("the most serious": "most serious";
    "the most deadly": "deadliest", as passages are read), or None where "most" ranks nothing."""
    if not index or index + 1 >= len(words):
        return None
    before, after = folded_word(words[index - 1].group()), folded_word(words[index + 1].group())
    if not (before in _RANKING_MOST_AFTER or re.search(r"['’]s$", before)) or after in _NOT_RANKING_MOST:
        return None
    if after in _BARE_MOST_BEFORE:
        return "most"
    return after[:-1] + "iest" if after.endswith("y") else "most " + after


def _superlative(word: str) -> bool:
    return word in _SUPERLATIVE_WORDS or (bool(_IEST.fullmatch(word)) and word not in _NOT_SUPERLATIVE)


def _superlative_key(word: str) -> str:
    """Return the one spelling of a superlative its other spellings share ("inédite" -> "inédit")."""
    return _SAME_SUPERLATIVE.get(word, word)


def _ranks(words: list[re.Match], index: int) -> bool:
    """Say whether a superlative ranks: French "meilleur"/"pire" only after an article or a possessive."""
    key = _superlative_key(folded_word(words[index].group()))
    if key not in _FRENCH_COMPARATIVES:
        return True
    before = folded_word(words[index - 1].group()) if index else ""
    return before in _FRENCH_DEFINITE or before.startswith("l'")


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _superlatives_used(text: str) -> tuple[tuple[str, int], ...]:
    """Return each superlative a passage uses, by its key, with where it stands; "most deadly" gives
    "deadliest", as a sentence may say in one word what the passage says in two."""
    words = list(_WORD.finditer(text))
    used = [(_superlative_key(folded_word(m.group())), m.start()) for m in words]
    used += [(folded_word(m.group())[:-1] + "iest" if folded_word(m.group()).endswith("y") else "most " + folded_word(m.group()),
              words[at - 1].start()) for at, m in enumerate(words) if at and folded_word(words[at - 1].group()) == "most"]
    used += [("most", m.start()) for at, m in enumerate(words) if folded_word(m.group()) == "most" and _most_key(words, at) == "most"]
    used += [("earliest", bound.start()) for bound in _NO_EARLIER.finditer(text)]
    return tuple(used)


# A date's floor gives its superlative: "no earlier than April 2027" is "the earliest ... is April 2027" (newuser_128:
# a timeline's "The earliest the trust says the unit would close" was refused as a superlative no passage uses);
# "no later than" gives none ("latest" is read as no superlative). datebounds.py keeps the bound itself.
_NO_EARLIER = patterns.compile(r"(?<!\w)(?:no|not)\s+(?:earlier|sooner)\s+than(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _hedges_in(text: str, language: str = "") -> tuple[str, ...]:
    """Return the hedges ("reportedly", ...) a passage uses, as written, in order: every rule's, and those its
    language's locale lists under `hedges` ("angeblich", "Berichten zufolge")."""
    own = _locale_hedges(language)
    # most passages hedge nothing: their words, found once for every check, say so at one lookup
    found = [] if not may_hold(text, _HEDGE_RUNS) else [
        (word.start(), word.group()) for word in _WORD.finditer(text) if folded_word(word.group()) in _HEDGES_GIVEN
        and not (folded_word(word.group()).startswith("aur") and _COUNTERFACTUAL.match(text, word.end()))]
    found += [(match.start(), match.group()) for match in _AR_HEDGES.finditer(text)]
    found += [(match.start(), match.group()) for match in reported_moods.reported(text)]  # "soll ... haben"
    found += [(match.start(), " ".join(match.group().split())) for match in unverified(text)]  # "could not be verified"
    # "sources close to the ministry say", "officials who asked not to be named" (factcheck_146)
    found += [(match.start(), " ".join(match.group().split())) for match in anonymous_sources(text)]
    found += [(match.start(), match.group()) for match in own.finditer(text)] if own.pattern != NOTHING else []
    return tuple(word for _, word in sorted(found))


NOTHING = "(?!)"


def _locale_hedges(language: str | None = None) -> re.Pattern:
    """Return the pattern of the `hedges` a language's locale lists (every locale's for None: a sentence keeps
    a hedge in any language we read), as whole words, spacing as it comes."""
    return locale_word_pattern("hedges", language)


@functools.lru_cache(maxsize=None)
def locale_word_pattern(key: str, language: str | None = None) -> re.Pattern:
    """Return the pattern of the words a language's locale lists under `key` (every locale's for None), as whole
    words, spacing as it comes; one that matches nothing where none lists any."""
    writings = all_locale_words() if language is None else [w for w in [locale_words(language)] if w]
    words = patterns.longest_first({word for writing in writings for word in getattr(writing, key)})
    if not words:
        return patterns.compile(NOTHING)
    glued, prefixed = _glued_endings(key), _glued_prefixes(key)
    written = {w: (swahili_verbs.PREFIXES if w in prefixed else "")
               + _YO.sub("[её]", re.escape(w).replace(r"\ ", r"\s+")) + (_TURKISH_ENDINGS if w in glued else "")
               for w in words if not is_ending(w)}
    # An ending listed ("-rebbe"): any word of two letters or more before it, a verb's form glued on rather than a
    # word of its own (Italian's conditional of reported speech, "aderirebbero", "costerebbe"; its future, "terrà")
    written |= {w: _ENDING_STEM + re.escape(w[1:]) for w in words if is_ending(w)}
    # Hindi's: a word whole, never a vowel sign's neighbour; its future's endings ("गा") glued after a verb
    hindi = {w for w in words if devanagari.writes_devanagari(w)}
    endings = [written[w] for w in words if w in hindi and key == "will"]
    whole = whole_words({w: devanagari.whole(written[w]) if w in hindi else written[w] for w in words
                         if not (w in hindi and key == "will")})
    return patterns.compile("|".join(([whole] if len(endings) < len(words) else [])
                                     + ([devanagari.future_ending(endings)] if endings else [])), re.IGNORECASE)


# Turkish glues its endings to a word ("iddia", "iddiası", "iddiaya göre"; "dedi", "dediğini"): up to three of its
# syllables after a listed word read as that word, so a locale lists the word, not its every form. Its reporting
# words, hedges and forecasts only: "Pazar" (Sunday) is no "Pazartesi" (Monday).
_TURKISH_ENDINGS = "(?:[ğgkylsndtrmş]{0,2}[ıiuüaeo]){0,3}[rş]?"
_GLUED_KEYS = frozenset({"hedges", "according_to", "expected"})


def _glued_endings(key: str) -> frozenset[str]:
    """Return the words of `key` whose endings are read glued on: the Turkish locale's, for the keys above."""
    writing = locale_words("tr")
    return frozenset(getattr(writing, key)) if writing and key in _GLUED_KEYS else frozenset()


def _glued_prefixes(key: str) -> frozenset[str]:
    """Return the words of `key` read with prefixes glued before them: the Swahili locale's verbs (swahili_verbs.py)."""
    writing = locale_words("sw")
    return swahili_verbs.stems(getattr(writing, key)) if writing and key in swahili_verbs.GLUED_KEYS else frozenset()


_ENDING_STEM = r"[^\W\d_]{2,}?"


def is_ending(word: str) -> bool:
    """Say whether a locale's word is an ending ("-rebbe"): read glued to any word, not as a word of its own."""
    return len(word) > 1 and word[0] == "-" and word[1].isalpha()


# Russian writes "ё" or the plain "е" for it, at will: a locale's "по неподтвержденным данным" is the source's
# "по неподтверждённым данным" (unread, a hedge so written was dropped and the sentence built).
_YO = patterns.compile("[её]")


read_by_language(_hedges_in)
read_by_language(locale_word_pattern)


def may_hold_locale_word(text: str, key: str, language: str | None = None) -> bool:
    """Say whether text may hold a word of locale_word_pattern(key, language): False only where it surely holds none.
    English text holds no locale's "laut" or "según", and a lookup of its words costs a third of the pattern's search."""
    return may_start(text, _locale_word_starts(key, language))


@functools.lru_cache(maxsize=None)
def _locale_word_starts(key: str, language: str | None = None) -> Starts | None:
    """Return what every match of locale_word_pattern(key, language) starts a run of letters with: each word's first
    run, a start, not a whole run (Turkish glues endings on: "dedi", "dedikleri"); None where a word holds none."""
    writings = all_locale_words() if language is None else [w for w in [locale_words(language)] if w]
    if (language is None or language.split("-")[0].lower() == "sw") and _glued_prefixes(key):
        return None  # a Swahili verb starts with its prefixes ("alisema" of "sema"): any word may hold one
    listed = [word for writing in writings for word in getattr(writing, key)]
    if any(is_ending(word) for word in listed):
        return None  # an ending ("-rebbe") ends a word that may start with anything
    runs = first_runs(listed)
    return None if runs is None else ascii_starts(runs)


read_by_language(_locale_word_starts)
read_by_language(says_who_reports)  # every locale's hedges and "according to" words are read


def shown_unchecked(text: str, shown: str, language: str = "") -> list[Finding]:
    """Return a finding for each figure, date or quotation the page shows (`shown`, prose.visible_text) but
    the checks do not read in the prose as written (`text`): markup, entities or escapes made it.

    "*Tues*day" shows Tuesday but names no day; "800*800*" shows 800800 but states 800 twice.
    """
    if shown == text:
        return []
    written = _stated(text, language)
    unchecked = [what for key, what in _stated(shown, language).items() if key not in written]
    return [Finding(0, f"the page shows {what}, which the checks do not read in the text as written",
                    "write figures, dates and quotations as plain text, without markup, entities or "
                    "backslashes inside them") for what in unchecked]


def _stated(text: str, language: str) -> dict[tuple, str]:
    """Return what text states, each once per time it states it: {(kind, value, n): its text}."""
    stated: dict[tuple, str] = {}
    seen: dict[tuple, int] = {}
    for sentence in split_sentences(text, language):
        for statement in statements_needing_citation(sentence, language):
            if statement.kind == "weekday":
                value = day_number(statement.text, language)
            elif statement.kind == "quote":
                value = " ".join(statement.text.split())
            else:
                value = statement.quantities
            count = seen[statement.kind, value] = seen.get((statement.kind, value), 0) + 1
            stated[statement.kind, value, count] = f'"{statement.text}"'
    return stated


def unclosed_quotes(text: str) -> list[Finding]:
    """Return a finding for each paragraph whose quotation marks do not pair up.

    Words after an opening mark that is never closed are not taken for a quotation, so they
    would go unchecked against the source: the mark is named instead.
    """
    findings = []
    for start, end in blocks(text):
        opened = _unpaired_mark(text[start:end])
        if opened is not None:
            findings.append(Finding(start + opened, "a quotation mark opened here is never closed in its paragraph",
                                    "close the quotation, so that its words are checked against the source"))
    return findings


def _unpaired_mark(block: str) -> int | None:
    """Return where a quotation mark without its partner stands in a paragraph, or None.

    « closes with », „ with “ or ” (German), “ with ” where no „ is open; a straight " does both; German single
    ‚ closes with ‘, and › and ‹ pair either way; 「 closes with 」 and 『 with 』.
    """
    if block.count("«") > block.count("»"):
        return block.index("«")
    low = block.count("„")
    if low > block.count("“") + block.count("”"):
        return block.index("„")
    if not low and block.count("“") > block.count("”"):
        return block.index("“")
    if hebrew.straight_quotes(block) % 2:  # an acronym's gershayim ("ש\"ח") is no quotation mark
        return block.rindex('"')
    if block.count("‚") > block.count("‘"):  # German ‚ closes with ‘
        return block.index("‚")
    if block.count("›") != block.count("‹"):  # ›…‹ or ‹…›
        return block.index("›" if block.count("›") > block.count("‹") else "‹")
    for opening, closing in ("「」", "『』"):  # Japanese and Chinese corner brackets
        if block.count(opening) != block.count(closing):
            return block.index(opening) if block.count(opening) > block.count(closing) else block.index(closing)
    return None


def states_anything(text: str, language: str = "", sides: int = 0) -> bool:
    """Say whether text states any figure, date or quotation (anything that needs a passage behind it)."""
    return any(statements_needing_citation(sentence, language, sides) for sentence in split_sentences(text, language))


def check_item_text(text: str, passages: list[Cited], language: str = "", cited_by: str = "item",
                    sides: int = 0) -> list[Finding]:
    """Return the faults of an item's text in `language`, cited as a whole by the given passages.

    `cited_by` names what the passages are cited by in messages: the item, or the whole
    briefing for a heading, which carries no citation of its own; `sides`: the briefing's parties, counted.
    """
    findings = unclosed_quotes(text)
    for sentence in split_sentences(text, language):
        statements = statements_needing_citation(sentence, language, sides)
        if statements and not passages:
            findings.append(_uncited(cited_by, statements, sentence, "cite the passage that states it, or leave it out"))
        elif statements:
            findings += _unsupported(statements, sentence, list(dict.fromkeys(passages)), f"this {cited_by} cites",
                                     listed=cited_by != "briefing", language=language)  # a heading is checked against them all
    return findings


def hedging_words(text: str, language: str) -> list[str]:
    """Return the words of text that assert something as fact, unless quoted, negated or attributed."""
    return [word for word, _ in hedging_found(text, language)]


def hedging_found(text: str, language: str) -> list[tuple[str, int]]:
    """Return each word of text that asserts something as fact, with its offset (see hedging_words)."""
    base = language.split("-")[0].lower()
    hedges = {w.casefold() for w in HEDGING_WORDS.get(base, ())}
    quoted = quoted_parts(text)
    unasserted = set(NEGATIONS.get(base, ())) | set(UNASSERTED.get(base, ()))
    found = []
    for sentence in split_sentences(text, language):
        words = list(_WORD.finditer(sentence.text))
        for index, word in enumerate(words):
            where = sentence.start + word.start()
            if (folded_word(word.group()) in hedges and not inside(quoted, where)
                    and not _negated(sentence.text, words, index, base, unasserted)
                    and not _FOUNDED.match(sentence.text, word.start())
                    and not _attributed(sentence.text, words, index, base)):
                found.append((word.group(), where))
    return found


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return sorted spans with the overlapping ones merged (a quote may hold another)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the words inside quotes, double or single, in order."""
    if not _QUOTE_MARK.search(text):
        return []  # most texts hold no quotation mark: one scan for one, not three patterns (9 µs a sentence, now 1)
    spans = [_trimmed(text, a + 1, b - 1) for a, b in double_quoted(text)]
    spans += [m.span("inner") for m in _SINGLE_QUOTE.finditer(text) if m["inner"].strip() == m["inner"]]
    spans += [_trimmed(text, *m.span(m.lastgroup)) for m in _GERMAN_SINGLE_QUOTE.finditer(text)]
    return sorted(spans)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a span without the spaces at its ends (French writes « guerre totale »)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _days_in(text: str, language: str = "") -> frozenset[int]:
    """Return the days of the week (0 is Monday) a text names, in any language we read and its locale's."""
    return frozenset(day_number(day.group(), language) for day in weekday_pattern(language).finditer(text))


read_by_language(_days_in)


# A dollar's country code glued before its sign ("US$", "A$", "HK$", "R$"): a figure is read from its sign on, but an
# editor is shown the figure as they wrote it.
_DOLLAR_CODE_BEFORE = patterns.compile(r"(?<![^\W\d_])(?-i:[A-Z]{1,3})\Z")


def _as_written(statement: Statement, sentence: Sentence) -> str:
    """Return a statement's words as the sentence writes them: "US$ 430 million", not "$ 430 million"."""
    if not statement.text.startswith("$"):
        return statement.text
    at = statement.start - sentence.start
    # Only the three letters a code can be: searched from the sentence's start, each "$" of 60 KB of "$1m $1m ..."
    # took 10 s, as long as the search grew with the sentence.
    code = _DOLLAR_CODE_BEFORE.search(sentence.text, max(0, at - 3), at)
    return (code.group() if code else "") + statement.text


def _uncited(what: str, statements: list[Statement], sentence: Sentence, hint: str) -> Finding:
    named = [f'"{s.text}"' for s in statements]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return Finding(sentence.start, f"{what} states {listed} but cites nothing: {_clip(sentence.text, 160)}", hint)


def _named_as_turned(statement: Statement, sentence: Sentence, passages: list[Cited], language: str) -> bool:
    """Say whether a spelled ordinal the passages do not back is named by the words checks as an order or rank
    turned (turned_ordinals.py: imported here, as it reads the checks that import this module)."""
    from .turned_ordinals import named_as_turned
    return named_as_turned(sentence.text, _as_written(statement, sentence), passages, language)


def _part_or_rest(statement: Statement, sentence: Sentence, passages: list[Cited]) -> bool:
    """Say whether a figure counts the months of a part of a year its passages name ("the first three months" of "the
    first quarter"), or is the rest of a whole they set a part of apart ("2 years" to serve of "5 years, 3 of them
    suspended")."""
    start, end = statement.start - sentence.start, statement.end - sentence.start
    read = [(p.text, p.language) for p in passages]
    return (months_as_year_part(statement.quantities, sentence.text, start, end, read)
            or told_remainder(statement.quantities, sentence.text, end, read))


@functools.lru_cache(maxsize=256)  # a heading is checked against every passage of its briefing, heading after heading
def _figures_known(read: tuple[tuple[str, str], ...]) -> frozenset[Quantity]:
    """Return the figures, names, ranks and counts of times the passages `read` ((text, language) pairs) give, each
    plain number also as a label."""
    return as_labels(frozenset().union(*(quantities_in(text, language) | passage_labels(text, language)
                                         for text, language in read)))


read_by_language(_figures_known)


_DAY_JOINER = patterns.compile(r"\s*(?:[-–—&,/]|[^\W\d_]{1,5})?\s*")  # "and", "και", "и", "et", "–" between days


def _joined_to_a_date(statement: Statement, dates: list[tuple[int, int]], sentence: Sentence) -> bool:
    """Say whether a figure stands beside one of a sentence's `dates` (their spans, in order) with only a joiner
    between: a day of a list or range of days ("February 9 and 10", "18 και 19 Μαρτίου") that the sentence's reading
    took for a figure. Only the dates on either side of it are read: a sentence of thousands of figures was read
    through for each."""
    if not dates:
        return False
    text, base = sentence.text, sentence.start
    at = bisect.bisect_left(dates, (statement.end, statement.end))
    after = dates[at] if at < len(dates) else None
    before = dates[at - 1] if at else None
    return bool(
        (after and 0 <= after[0] - statement.end <= 8
         and _DAY_JOINER.fullmatch(text, statement.end - base, after[0] - base))
        or (before and 0 <= statement.start - before[1] <= 8
            and _DAY_JOINER.fullmatch(text, before[1] - base, statement.start - base)))


@functools.lru_cache(maxsize=1 << 12)
def _days_only(read: tuple[tuple[str, str], ...]) -> frozenset[Quantity]:
    """Return the numbers the passages `read` give only as a date's day: "Five people were killed" may not cite "On 5
    October, people were killed" (it built, the day read as a count; tests/test_newuser_85.py)."""
    days, others = set(), set()
    for text, language in read:
        for mention in mentions_in(text, language):
            for quantity in mention.quantities:
                (days if mention.kind == "date" and is_date_day(quantity) else others).add(quantity)
        others |= passage_labels(text, language)
    return frozenset(days - others)


read_by_language(_days_only)


def _unsupported(statements: list[Statement], sentence: Sentence, passages: list[Cited], cites: str,
                 listed: bool = True, language: str = "") -> list[Finding]:
    """Return a finding for each statement of a sentence that its passages do not back as written."""
    known = _figures_known(tuple((p.text, p.language) for p in passages))
    if any(quantity.value < 0 for statement in statements for quantity in statement.quantities):
        # A signed figure ("−2.4%") may cite a fall ("fell 2.4%"), as direction.py reads it: imported here, as it
        # reads passages with this module's words.
        from .direction import signed_quantities
        known |= frozenset().union(*(signed_quantities(p.text, p.language) for p in passages))
    checked = (", ".join(_clip(p.text, 80) for p in passages) or "no passage") if listed else counted(len(passages), "passage")
    shown = _clip(sentence.text, 160)
    findings, reported, plain = [], set(), []
    days = set().union(*(_days_in(p.text, p.language) for p in passages)) if any(s.kind == "weekday" for s in statements) else set()
    all_known = known
    figures_known = known - _days_only(tuple((p.text, p.language) for p in passages))
    dates = [(other.start, other.end) for other in statements if other.kind == "date"] if figures_known != known else []
    for statement in statements:
        # a date's day backs a date, never a count; nor a day of a date's list the sentence reads as a figure ("on
        # February 9 and 10, 2026", Greek "τις 18 και 19 Μαρτίου")
        known = figures_known if statement.kind == "figure" and not _joined_to_a_date(statement, dates, sentence) \
            else all_known
        if statement.kind == "figure" and multiple_unsaid(statement.quantities, sentence.text,
                                                          statement.start - sentence.start, passages):
            known = known - frozenset(statement.quantities)  # "twice as many" is no passage's "2 kilometres"
        if statement.kind == "weekday":
            if day_number(statement.text, language) not in days:
                findings.append(Finding(
                    statement.start, f'day "{statement.text}" is not in the passages {cites}: {shown} (checked: {checked})',
                    "cite the passage that gives this day, or correct it to the source's"))
            elif (dated := _dated_beside(statement, statements, sentence)) is not None \
                    and dated[1].weekday() != day_number(statement.text, language) \
                    and _required(dated[0], known) <= known:  # a date not in the passages is named as such
                findings.append(Finding(
                    statement.start, f'day "{statement.text}" is not the day of the week of "{dated[0].text}", a '
                    f"{WEEKDAYS['en'][dated[1].weekday()]}: {shown}",
                    "correct the day or the date to the source's"))
        elif statement.kind == "quote":
            plain = plain or [normalise(p.text) for p in passages]  # once a sentence, not once a quote
            if not any(_quoted_in(statement.text, text) for text in plain):
                findings.append(Finding(
                    statement.start,
                    f'quoted words "{_flat(statement.text)}" are not in the passages {cites}: '
                    f"{shown} (checked: {checked})",
                    "quote the source's exact words (only spacing and quote marks may differ), "
                    "or cite the passage that holds them"))
        elif statement.kind == "figure" and (aside := set_aside(statement.quantities, sentence.text, passages)):
            # "1,250 deaths" of "980 deaths, not 1,250 as first reported": set_aside_figures.py
            findings.append(Finding(
                statement.start, f'figure "{_flat(_as_written(statement, sentence))}" is one the passages {cites} '
                                 f'set aside ({_clip(aside, 80)}), not one they give: {shown}',
                "give the figure the source stands by, or say this one was set aside"))
        elif (slashed := _slashed_date(statement, sentence)) and not _required(statement, known) <= known:
            if slashed not in reported:
                reported.add(slashed)
                findings.append(Finding(
                    statement.start, f'date "{slashed}" is not in the passages {cites} (English text reads a slashed date '
                    f'as three figures: it does not say whether the day or the month comes first): {shown} '
                    f'(checked: {checked})',
                    'write the month in words, as in "11 March 2026" or "March 11, 2026"'))
        elif (misread := _misread_figure(statement, sentence, language)) and not _required(statement, known) <= known:
            written, why, hint = misread
            if written not in reported:
                reported.add(written)
                findings.append(Finding(statement.start, f'figure "{written}" is not in the passages {cites} ({why}): '
                                                         f'{shown} (checked: {checked})', hint))
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and computed_figure(statement.quantities, sentence.text, known, _counted_shares(passages),
                                    _counted_pairs(passages, sentence.text), percentage_levels(passages)):
            # the passages' own arithmetic, said to be one ("combined", "more than"): computed.py
            findings += _rounded_difference(statement, sentence, passages, language)
        elif statement.kind == "figure" and not _required(statement, known) <= known and multiple_in_words(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                language, known) or multiple_as_noun(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                language, passages):
            continue  # "plus de quatorze fois" of two figures of the passages, "deux fois" of "le double": multiples_romance.py
        elif statement.kind == "figure" and not _required(statement, known) <= known and change_of_ends(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                passages):
            # "rose by 15 percentage points" of a passage's "from 10% to 25%": change_sizes.py
            findings += _rounded_difference(statement, sentence, passages, language)
        elif statement.kind == "figure" and not _required(statement, known) <= known and multiple_given(
                statement.quantities, sentence.text, statement.start - sentence.start, passages):
            continue  # "more than twice as many" of a passage's "more than double": change_multiples.py
        elif statement.kind == "figure" and not _required(statement, known) <= known and implied_count(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                passages):
            continue  # "three years in a row" of "the third year running", "the two N" of "both N": implied_counts.py
        elif statement.kind == "figure" and not _required(statement, known) <= known and days_named_counted(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                passages):
            continue  # "für drei Tage" of "für Mittwoch, Donnerstag und Freitag": named_days_counted.py
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and points_backed(statement.quantities, passages):
            continue  # "50 basis points" of a passage's "half a percentage point": points_said.py
        elif statement.kind == "figure" and " " not in statement.text and not _required(statement, known) <= known \
                and counts_proposals(sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                                     [p.text for p in passages], language):
            continue  # "las dos propuestas" of a union's demand and a ministry's offer: counted_proposals.py
        elif statement.kind == "figure" and statement.text.isalpha() and not _required(statement, known) <= known \
                and _named_as_turned(statement, sentence, passages, language):
            continue  # "el primer trimestre" of "el último trimestre": named once, as turned (turned_ordinals.py)
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and _part_or_rest(statement, sentence, passages):
            continue  # "the first three months" of a "first quarter", a term's rest to serve: year_parts, remainders
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and _things_counted(statement, sentence, passages):
            continue  # "the two proposals" of a passage giving two: counted_things.py
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and _fraction_of_percentages(statement, sentence, passages):
            continue  # "three-fifths" of a passage's "60%": fractions_said.py reads whether it fits
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and _percentage_of_fraction(statement, sentence, passages, language):
            continue  # "roughly 20%" of a passage's "about a fifth": fractions_said.py reads whether it fits
        elif statement.kind == "figure" and not _required(statement, known) <= known and (spanned := as_the_other_span(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                [(p.text, p.language) for p in passages])):
            # "three decades" of "30 years": the same span, its qualifier read as the passage's figure's
            findings += _misqualified(Statement(statement.start, statement.end, statement.text, statement.kind, spanned),
                                      sentence, passages, f"in the passages {cites}: {shown}", language)
        elif statement.kind == "date" and not _required(statement, known) <= known \
                and dated_year_end(statement.quantities, passages):
            continue  # "since January 2026" of "since the start of the year", published in 2026: year_ends.py
        elif statement.kind == "figure" and not _required(statement, known) <= known and year_from_publication(
                statement.quantities, sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                passages):
            continue  # "in 2027" of "next year", published in 2026: relative_years.py
        elif statement.kind == "figure" and not _required(statement, known) <= known \
                and _span_reckoned(statement, sentence, passages):
            continue  # "three months later" of March and June, "for seven years" of "since 2019" (factcheck_142)
        elif statement.kind == "figure" and not _required(statement, known) <= known and denied_day(
                sentence.text, statement.start - sentence.start, statement.end - sentence.start, language):
            continue  # "20 de outubro, não em 19": a day the sentence denies (portuguese_denied_days.py, newuser_121)
        elif not _required(statement, known) <= known or _time_pieced(statement, passages) \
                or _date_pieced(statement, passages):
            qualified = qualifier_of(sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                                     language) if statement.kind == "figure" else None
            rounded = _rounded_from(statement, sentence, passages, qualified.kind if qualified else "", language)
            if rounded is not None:
                findings += _other_unit(statement, sentence, passages, f"the passages {cites}: {shown} (checked: {checked})",
                                        rounded.quantities)
                continue
            findings.append(Finding(
                statement.start,
                f'{statement.kind} "{_flat(_as_written(statement, sentence))}" is not in the passages {cites}: '
                f"{shown} (checked: {checked})",
                _unhedged_rounding(statement, sentence, passages, language, qualified)
                or (_pieced_hint(statement) if _required(statement, known) <= known else None)
                or _points_hint(statement, known)
                or _only_as_label(statement, known)
                or f"cite the passage that gives this {statement.kind}, or correct it to the source's"))
        elif statement.kind == "figure" \
                and (rated := multiple_of_rates(statement.quantities, sentence.text, known)) is not None:
            # "nearly three times as common" is read of the rates (1.9% and 0.7%), not of a passage's "more than
            # three times the upper limit": computed.py
            if not rated:
                findings.append(Finding(
                    statement.start, f'"{_flat(_as_written(statement, sentence))} times" is no ratio of two rates '
                                     f'in the passages {cites}: {shown}',
                    "give the multiple the source's rates make, or cite a passage that gives this one"))
        elif statement.kind == "figure":
            # "more than twice as many as on Monday" of "11,000, up from 4,500" is the rise's ratio, which a passage's
            # "2 kilometres" does not qualify (change_multiples.py)
            if not _named_difference(statement, statements, sentence) and not multiple_of_ends(
                    statement.quantities, sentence.text, statement.start - sentence.start, passages):
                findings += _misqualified(statement, sentence, passages, f"in the passages {cites}: {shown}", language)
            findings += _other_unit(statement, sentence, passages, f"the passages {cites}: {shown} (checked: {checked})")
    return _sharing_words(findings)


def _rounded_difference(statement: Statement, sentence: Sentence, passages: list[Cited], language: str) -> list[Finding]:
    """Return a finding when a figure reckoned from two of the passages' is given in a unit none of theirs is, or told
    exactly where they are rounded ("rose by 6,500" of "about 11,000, up from about 4,500": rounded_differences.py)."""
    start, end = statement.start - sentence.start, statement.end - sentence.start
    unit = unit_after(sentence.text, start, end)
    if unit and not any(unit == theirs for p in passages for _, theirs in units_given(p.text, p.language)):
        # a difference is in its ends' unit: "widened by 3 miles" of "from 2 kilometres to 5 kilometres" built
        return [Finding(statement.start, f'figure "{_flat(_as_written(statement, sentence))}" is given in '
                                         f'{UNIT_PLURALS.get(unit, unit + "s")}, which no figure of the passages it is '
                                         f'reckoned from is given in: {_clip(sentence.text, 160)}',
                        measures.OTHER_UNIT_HINT)]
    ends = rounded_ends(statement.quantities, sentence.text, start, end, passages, language)
    shared = None if ends else rounded_share_ends(statement.quantities, sentence.text, start, end, passages, language)
    # "2.4 times last year's" of "roughly 6,100 ..., up from about 2,500" (factcheck_141)
    times = None if ends or shared else rounded_multiple_ends(statement.quantities, sentence.text, start, end, passages,
                                                              language)
    if ends is None and shared is None and times is None:
        return []
    what = (f'the difference of "{_flat(ends[0])}" and "{_flat(ends[1])}"' if ends
            else f'the change between "{_flat(shared[1])}" and "{_flat(shared[0])}"' if shared
            else f'the multiple of "{_flat(times[1])}" that "{_flat(times[0])}" is')
    return [Finding(statement.start, f'figure "{_flat(statement.text)}" is {what}, which its cited passages round: told '
                                     f'without a hedge it says more than they do: {_clip(sentence.text, 160)}',
                    f'say it is rounded, as in "{_about_word(language) or "about"} {_flat(statement.text)}", as the '
                    f"source's figures are")]


_NAMED_NEAR = 80  # characters either side of a figure within which the two it is the difference of are named


def _named_difference(statement: Statement, statements: list[Statement], sentence: Sentence) -> bool:
    """Say whether a figure is the difference of two the sentence names near it, said to be one ("9 seats, two short
    of the 11"): computed.py; a passage's "at least two" qualifies another figure. Only the figures near it are read
    (sorted: found by bisection), as a sentence of thousands of figures read each of them once per figure."""
    first = bisect.bisect_left(statements, statement.start - _NAMED_NEAR, key=lambda s: s.start)
    last = bisect.bisect_right(statements, statement.end + _NAMED_NEAR, key=lambda s: s.start)
    named = frozenset(q for other in statements[first:last] if other.kind == "figure" for q in other.quantities)
    return difference_of_named(statement.quantities, sentence.text, statement.start - sentence.start,
                               statement.end - sentence.start, named)


def _sharing_words(findings: list[Finding]) -> list[Finding]:
    """Return the findings with equal messages and hints made one string each: a sentence of 150,000 figures gave as
    many copies of one message, pickled (to .cache/) and sealed one by one, a third of its check's time."""
    said: dict[str, str] = {}
    return [Finding(f.offset, said.setdefault(f.message, f.message), said.setdefault(f.hint, f.hint)) for f in findings]


# What may stand between a day's name and its date: "Friday 13 March 2026", "Friday, 13 March", "الجمعة 13/03/2026".
_DAY_TO_DATE = patterns.compile(r"[\s,،]*")


def _dated_beside(day: Statement, statements: list[Statement], sentence: Sentence) -> tuple[Statement, datetime.date] | None:
    """Return the full date written right after a day's name, with its calendar day: the passages may hold both
    days and both dates ("Thursday 12 March ... Friday 13 March"), while only the calendar says which goes with which."""
    after = bisect.bisect_left(statements, day.end, key=lambda s: s.start)  # sorted: a scan per day grew with their square
    following = statements[after] if after < len(statements) else None
    if following is None or following.kind != "date" \
            or not _DAY_TO_DATE.fullmatch(sentence.text, day.end - sentence.start, following.start - sentence.start):
        return None
    months = [q.value for q in following.quantities if q.unit == "month"]
    plain = sorted(q.value for q in following.quantities if not q.unit)
    if len(months) != 1 or len(plain) != 2:
        return None
    try:
        return following, datetime.date(int(plain[1]), int(months[0]), int(plain[0]))
    except ValueError:
        return None


_HOUR_OF_DAY = "hour of day"
_SLASHED_DATE = patterns.compile(r"(?<![\w/.])\d{1,2}/\d{1,2}/\d{2,4}(?![\w/])")
_SLASHED_SPAN = 10  # the longest date it matches: "11/03/2026"


def _slashed_date(statement: Statement, sentence: Sentence) -> str:
    """Return the slashed numeric date ("11/03/2026") a figure is part of, or "": English text reads it as three
    figures (the order of day and month is not guessed), and an error naming its "03" alone would not say why."""
    if statement.kind != "figure":
        return ""
    at = statement.start - sentence.start
    # Only the ten characters a date can span on either side: scanning the whole sentence for each of its figures
    # took minutes for a sentence of 40 KB of figures ("1 1 1 ..."), hours for a content file's 8 MiB. The window's
    # end leaves one character more, for the check that no digit or slash follows.
    found = _SLASHED_DATE.finditer(sentence.text, max(0, at - _SLASHED_SPAN + 1), at + _SLASHED_SPAN + 1)
    return next((date.group() for date in found if date.start() <= at < date.end()), "")


# Digits grouped by a plain space, as the SI and health agencies write them ("100 000"): two figures to English text.
_SPACE_GROUPED = patterns.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w,]|\.\d)")
# "3,5" where the language writes a decimal point: a comma before one or two digits is no thousands separator.
_COMMA_DECIMAL = patterns.compile(r"(?<![\w.,])\d+,\d{1,2}(?![\w,]|\.\d)")
_MISREAD_SPAN = 16  # "100 000 000 000", and one more


def _misread_figure(statement: Statement, sentence: Sentence, language: str) -> tuple[str, str, str] | None:
    """Return the figure as written, why it was read as two, and what to write, where a figure of text in a language
    with a decimal point is part of digits grouped by a plain space ("100 000") or of a decimal comma ("3,5"); else
    None. An error naming its "000" or its "3" and "5" alone would not say why."""
    if statement.kind != "figure" or language.split("-")[0].lower() in DECIMAL_COMMA_LANGUAGES:
        return None
    grouped = _written_around(_SPACE_GROUPED, statement, sentence)
    if grouped:
        return (grouped, "English text reads digits grouped by a plain space as two figures",
                f'write {grouped.replace(" ", ",")}, or group its digits with a no-break space')
    decimal = _written_around(_COMMA_DECIMAL, statement, sentence)
    if decimal:
        return (decimal, "this language writes a decimal point: a comma between digits separates two figures",
                f"write {decimal.replace(',', '.')} for a decimal")
    return None


def _written_around(pattern: re.Pattern, statement: Statement, sentence: Sentence) -> str:
    """Return the match of `pattern` in the sentence that holds the statement's start and reaches beyond it, or "":
    a figure read whole ("3,8 %" where a project's locale writes a decimal comma) was not misread."""
    at, end = statement.start - sentence.start, statement.end - sentence.start
    found = pattern.finditer(sentence.text, max(0, at - _MISREAD_SPAN), at + _MISREAD_SPAN)
    return next((match.group() for match in found
                 if match.start() <= at < match.end() and (match.start() < at or match.end() > end)), "")


def _required(statement: Statement, known: frozenset[Quantity]) -> set[Quantity]:
    """Return the quantities a statement needs its passages to give. A time's hour of the day, where they give it,
    is its hour: the hour as written is that hour on either clock ("23:40" for "11.40pm", "9.30pm" for "21h30")."""
    quantities = statement.quantities
    if len(quantities) > 1 and quantities[0].unit == _HOUR_OF_DAY and quantities[0] in known:
        return {quantities[0], *quantities[2:]}
    return set(quantities)


_PIECED_HINT = ("the passages give its hour and its minutes only in different times: cite the passage that gives "
                "this time, or correct it to the source's")
_DATE_PIECED_HINT = ("the passages give its day and its month only apart, never as one date: cite the passage that "
                     "gives this date, or correct it to the source's")


def _pieced_hint(statement: Statement) -> str:
    """Return what to do about a date or time whose parts its passages give only apart."""
    return _DATE_PIECED_HINT if statement.kind == "date" else _PIECED_HINT


# What joins the days of one month in a range or a list: "3–4 March", "March 3 and 4", "between 3 and 5 March".
_DAYS_JOINED = patterns.compile(r"\s*(?:[-–—&]|and|or|to|through)\s*", re.IGNORECASE)
_LAST_DAY = 31


def _date_pieced(statement: Statement, passages: list[Cited]) -> bool:
    """Say whether a date's day and month stand in its passages only apart: "March 4, 2026" is not backed by
    "Entered March 3, 2026" beside "claims 1 and 4", its day a count of another thing. A day joined to a date of the
    month in a range or a list ("3–4 March", "March 3 and 4") is a day of that month; a year may stand anywhere,
    unless the passage's date of that day gives another."""
    if statement.kind != "date":
        return False
    months = [q for q in statement.quantities if q.unit == "month"]
    days = [q for q in statement.quantities if not q.unit and q.value <= _LAST_DAY]
    if len(months) != 1 or len(days) != 1:
        return False  # a month alone ("June 2024") or a date not read as day and month
    years = {q for q in statement.quantities if not q.unit and q.value > _LAST_DAY}
    for passage in passages:
        found = mentions_in(passage.text, passage.language)
        for at, mention in enumerate(found):
            given_years = {q for q in mention.quantities if not q.unit and q.value > _LAST_DAY}
            if (mention.kind == "date" and months[0] in mention.quantities
                    and not (years and given_years and years != given_years)
                    and days[0] in _days_of(passage.text, found, at)):
                return False
    return True


def _days_of(text: str, found: tuple[Mention, ...], at: int) -> set[Quantity]:
    """Return the days of the date mention at `at`: its own, and the bare days joined to it before or after."""
    days = {q for q in found[at].quantities if not q.unit and q.value <= _LAST_DAY}
    for step in (-1, 1):
        here = at
        while 0 <= here + step < len(found):
            near = found[here + step]
            gap = text[near.end:found[here].start] if step < 0 else text[found[here].end:near.start]
            if (near.kind != "figure" or len(near.quantities) != 1 or near.quantities[0].unit
                    or near.quantities[0].value > _LAST_DAY or not _DAYS_JOINED.fullmatch(gap)):
                break
            days.add(near.quantities[0])
            here += step
    return days


def _time_pieced(statement: Statement, passages: list[Cited]) -> bool:
    """Say whether a time's hour and minutes stand in its passages only in different times: "7.15pm" is not
    backed by "first trains at 7.15am and the last at 7pm" (its hour from one, its minutes from the other)."""
    wanted = statement.quantities
    if len(wanted) < 3 or wanted[0].unit != _HOUR_OF_DAY:
        return False  # no time, or a time on the hour, which the hour alone backs
    needed = {wanted[0], *wanted[2:]}
    return not any(needed <= set(mention.quantities) for p in passages
                   for mention in mentions_in(p.text, p.language) if mention.quantities[:1] == (wanted[0],))


# A hedged figure may round one a passage gives: "about 1.2 million votes" or "more than 1.2 million" for
# 1,204,311, "nearly 49%" for 48.7%. The figure's last digit is its precision; the hedge says which way the
# passage's figure lies, and "about", "nearly" and "up to" stay within 5% of it. A passage's year ("2021", four bare
# digits of a year's range) is no count to round: "more than 2,000 people" is not backed by it; a count written without
# a thousands separator, as Polish writes "3120 hektarów", is ("ponad 3 tys. hektarów" was refused,
# tests/test_newuser_41.py).
_ROUNDING_SLACK = Decimal("0.05")
_YEAR_LIKE = patterns.compile(r"1[0-9]\d{2}|2[01]\d{2}")


_HALF = patterns.compile(r"(?<!\w)and\s+a\s+half(?!\w)|½", re.IGNORECASE)


def _rounded_from(statement: Statement, sentence: Sentence, passages: list[Cited], kind: str | None = None,
                  language: str = "") -> Mention | None:
    """Return the passage's figure a hedged figure of prose rounds (`kind`: its hedge, by default as written), or None."""
    shown = _one_quantity(statement.quantities)
    if statement.kind != "figure" or shown is None or not shown.value:
        return None
    if kind is None:
        written = qualifier_of(sentence.text, statement.start - sentence.start, statement.end - sentence.start,
                               language)
        kind = written and written.kind
    if not kind:
        return None  # a bare figure rounds nothing: "1 1 1 ..." read every passage's figures again for each of its own
    step = Decimal(10) ** shown.value.normalize().as_tuple().exponent
    if _HALF.search(statement.text):
        step = max(step, Decimal("0.5"))  # "about two and a half years" rounds 2.4 to a half, not to a tenth
    for passage in passages:
        for mention, given in _roundable_figures(passage.text, passage.language):
            # the quantity in the sentence's unit: "about 4 points" rounds the bare 4.2 of "4.2 percentage points"
            quantity = next((given_as for given_as in mention.quantities if given_as.unit == shown.unit), None)
            if quantity is None:
                continue
            if fits_qualifier(kind, given) and _rounds_to(quantity.value, shown.value, step, kind) \
                    and not _threshold_moved(passage.text, mention.start, given, quantity.value, shown.value):
                return mention
            if given is not None and given.kind == "about" and kind != "about" and _about_rounds_to(
                    quantity.value, shown.value, step, kind):
                return mention
    return None


def _threshold_moved(text: str, at: int, given: Qualifier | None, value: Decimal, shown: Decimal) -> bool:
    """Say whether a passage's figure at `at` is a threshold, a bound written "over", "under", "above" or "below" after
    whom or what it bounds ("people over 66", "children under 5"), which a sentence's other figure does not round:
    "people over 60" of "passes for people over 66" moves it, where "more than 60" of a plain 66 rounds a count (a new
    user's bus-fares briefing, tests/test_thresholds_kept.py)."""
    return (given is not None and value != shown and given.kind in ("more than", "fewer than")
            and _LOOSE_BOUND.match(given.words) is not None and _BOUNDED_KIND.search(text, max(0, at - 40), at) is not None)


# Whom or what a threshold bounds, right before it: "people over 66", "those aged under 18", "incomes below £20,000"
_BOUNDED_KIND = patterns.compile(
    r"(?<!\w)(?:people|persons|children|adults|pensioners|residents|those|anyone|everyone|aged|ages|drivers|"
    r"households|homes|properties|incomes|earnings|salaries|temperatures|speeds|firms|companies|businesses)"
    r"\s+(?:(?:who\s+are|aged)\s+)?(?:over|under|above|below)\s*$", re.IGNORECASE)


def _about_rounds_to(given: Decimal, shown: Decimal, step: Decimal, kind: str) -> bool:
    """Say whether every figure "about `given`" may be (within half its last digit's step: 8,350 to 8,450 for "about
    8,400") rounds to `shown` hedged as `kind`: "more than 8,000" citing "about 8,400"."""
    half = Decimal(10) ** given.normalize().as_tuple().exponent / 2
    return _rounds_to(given - half, shown, step, kind) and _rounds_to(given + half, shown, step, kind)


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every figure of every sentence citing it
def _roundable_figures(text: str, language: str) -> tuple[tuple[Mention, Qualifier | None], ...]:
    """Return each figure of one quantity a passage gives that a hedged figure may round (no year), with its
    qualifier."""
    return tuple((mention, qualifier_of(text, mention.start, mention.end, language))
                 for mention in mentions_in(text, language)
                 if mention.kind == "figure" and _one_quantity(mention.quantities) is not None
                 and not _YEAR_LIKE.fullmatch(mention.text))


def _one_quantity(quantities: tuple[Quantity, ...]) -> Quantity | None:
    """Return the one quantity a figure gives, or None: a figure read both bare and with its unit ("4.2 percentage
    points": 4.2 and 4.2 points) gives the one with its unit, which "about 4 percentage points" rounds."""
    if len(quantities) == 2 and quantities[0].value == quantities[1].value and not quantities[0].unit:
        return quantities[1]
    return quantities[0] if len(quantities) == 1 else None


read_by_language(_roundable_figures)  # a locale's own hedges are read


def _rounds_to(given: Decimal, shown: Decimal, step: Decimal, kind: str) -> bool:
    """Say whether a figure `shown` to the precision `step`, hedged as `kind`, rounds the figure `given`."""
    gap = given - shown
    close = abs(gap) <= _ROUNDING_SLACK * shown
    # A cap ("up to", "as much as") stays within 5% of the passage's top as well: "up to 10%" of "between 5% and 8%"
    # told the rise a quarter larger than the source lets it be (factcheck_111).
    return {"about": close and abs(gap) * 2 <= step, "nearly": close and -step < gap < 0,
            "more than": 0 < gap < step, "at least": 0 <= gap < step,
            "fewer than": -step < gap < 0, "up to": close and -step < gap <= 0}[kind]


# The word a rounded figure is hedged with in a language the rules read, for the hint in that language's text.
_ABOUT = {"fr": "environ", "ar": "نحو"}


def _about_word(language: str) -> str | None:
    """Return the word a text in `language` hedges a figure with ("about", "etwa"), as its locale lists it, or None."""
    writing = locale_words(language)
    return writing.approximately[0] if writing is not None and writing.approximately else _ABOUT.get(
        language.split("-")[0].lower())


def _unhedged_rounding(statement: Statement, sentence: Sentence, passages: list[Cited], language: str,
                       qualified: Qualifier | None) -> str | None:
    """Return a hint when a figure rounds one of the passages' but says nothing of it ("1.2 million" for 1,204,311);
    `qualified` is its qualifier as written."""
    rounded = None if qualified else _rounded_from(statement, sentence, passages, "about")
    if rounded is None:
        return None
    own = _about_word(language)
    if own:  # the language's own word ("etwa 48", "نحو ٣٠"), which is read
        return (f'the passages give "{_flat(rounded.text)}": a rounded figure says so, as in '
                f'"{own} {_flat(statement.text)}", or give the source\'s figure')
    # Without its locale's words a German "etwa 48" reads unhedged: say which hedges can be read, so no one
    # rewords in vain.
    return (f'the passages give "{_flat(rounded.text)}": a rounded figure says so, as in '
            f'"about {_flat(statement.text)}" (the checks read hedges in English, French and Arabic only, and the '
            f'words a locale lists under `approximately`), '
            f'or give the source\'s figure')


def _counted_shares(passages: list[Cited]) -> frozenset:
    """Return the shares the passages' counts are of a whole ("760 participants" of "8,412 participants")."""
    from .fractions_said import counted_shares  # it reads passages as this module does
    from .amount_shares import amount_shares

    # and of two amounts of accounts: "about 16% of its turnover" of a £2.3 million loss on £14.8 million
    return counted_shares(passages) | amount_shares(passages)


def _counted_pairs(passages: list[Cited], sentence: str) -> frozenset:
    """Return the two counts of each noun the passages count twice ("660,000 active personnel", "172,000 active
    personnel"): what a multiple said of them is a ratio of; of a unit's only where the sentence names it."""
    from .fractions_said import counted_pairs  # it reads passages as this module does
    from .amount_shares import amount_pairs

    return (counted_pairs(passages, sentence) | rising_change_pairs(passages)  # "four times as many" of "1,240, up from 310"
            | amount_pairs(passages))  # "more than six times its loss" of "a loss of £2.3m on turnover of £14.8m"


def _span_reckoned(statement: Statement, sentence: Sentence, passages: list[Cited]) -> bool:
    """Say whether a counted span is reckoned from its passages' dates: "three months later" of "in March 2025" and
    "in June 2025" (dated_intervals.py), "for seven years" of "since 2019" in a report of 2026 (since_spans.py)."""
    from .dated_intervals import span_figure_reckoned  # they read passages as this module does
    from .since_spans import since_span_figure
    from .figure_periods import span_in_other_units

    at, to = statement.start - sentence.start, statement.end - sentence.start
    return (span_figure_reckoned(statement.quantities, sentence.text, at, to, passages)
            or since_span_figure(statement.quantities, sentence.text, at, to, passages)
            or span_in_other_units(statement.quantities, sentence.text, at, to, passages))  # "24 months": "two years"


def _things_counted(statement: Statement, sentence: Sentence, passages: list[Cited]) -> bool:
    """Say whether a small count in words counts things its passages give that many of ("the two proposals")."""
    from .counted_things import things_counted  # it reads passages as this module does

    return things_counted(sentence.text, statement.start - sentence.start, statement.end - sentence.start, passages)


def _percentage_of_fraction(statement: Statement, sentence: Sentence, passages: list[Cited], language: str) -> bool:
    """Say whether a percentage is a fraction in words a passage gives, as a reporter writes it ("roughly 20%" of
    "about a fifth"), which fractions_said.percentage_of_fraction holds to the fraction's qualifier."""
    from .fractions_said import percentage_of_fraction  # it reads passages as this module does

    at, to = statement.start - sentence.start, statement.end - sentence.start
    return percentage_of_fraction(statement.quantities, qualifier_of(sentence.text, at, to, language), passages)


def _fraction_of_percentages(statement: Statement, sentence: Sentence, passages: list[Cited]) -> bool:
    """Say whether a figure is a fraction in words ("three-fifths") said of passages that give percentages, which
    fractions_said.misstated_fractions holds it to."""
    from .fractions_said import backed_fraction  # it reads passages as this module does

    return backed_fraction(sentence.text, statement.start - sentence.start, passages) is not None


def _points_hint(statement: Statement, known: frozenset[Quantity]) -> str | None:
    """Return a hint when a figure in percentage points is given by the passages in basis points only: "40 basis
    points" is 0.4 percentage points, never 40."""
    pointed = [q for q in statement.quantities if q.unit == PERCENTAGE_POINT]
    if not pointed or not all(Quantity(q.value, BASIS_POINT) in known for q in pointed):
        return None
    number = f"{(pointed[0].value / 100).normalize():f}"
    return (f"the passages give it in basis points, a hundredth of a percentage point each: write {number} percentage "
            f"points, or the source's basis points")


def _only_as_label(statement: Statement, known: frozenset[Quantity]) -> str | None:
    """Return a hint when the passages give a figure's number only as a name ("Group of 7", "Article 6", "7th")."""
    plain = [q for q in statement.quantities if not q.unit]
    if statement.kind != "figure" or not plain or not all(Quantity(q.value, LABEL) in known for q in plain):
        return None
    return ("the passages give this number only as a name or rank (\"Article 6\", \"Group of 7\", \"7th\"), "
            "not as a count: cite the passage that gives the count, or correct it to the source's")


def _other_unit(statement: Statement, sentence: Sentence, passages: list[Cited], where: str,
                quantities: tuple[Quantity, ...] = ()) -> list[Finding]:
    """Return a finding when a figure is given in a unit ("1,600 km") no cited passage gives it in ("1,600-mile").

    The number alone standing in the passage is not enough: a figure moved to another unit is another figure.
    `quantities` are the passage's figures a rounded one stands for (its own by default).
    """
    if all(quantity.unit in (LABEL, OCCASION) for quantity in statement.quantities):
        return []  # a rank or name measures nothing: "its 21st day" is no 21 days
    unit = unit_after(sentence.text, statement.start - sentence.start, statement.end - sentence.start)
    given = set().union(*(units_given(p.text, p.language) for p in passages)) if unit else set()
    # A signed figure's unit is its size's ("−$3 million" for "a loss of $3 million"); its sign is checked apart.
    if not unit or all((quantity, unit) in given or (Quantity(-quantity.value, quantity.unit), unit) in given
                       for quantity in quantities or statement.quantities):
        return []
    units = UNIT_PLURALS.get(unit, unit + "s")
    sources = sorted({UNIT_PLURALS.get(other, other + "s") for quantity, other in given
                      if quantity in (quantities or statement.quantities)})
    # where they give it in no unit, say so: the message ended "do not give it in" (tests/test_newuser_66.py)
    theirs = f"; they give it in {' and '.join(sources)}" if sources else "; they give it in no unit"
    return [Finding(statement.start, f'figure "{_flat(_as_written(statement, sentence))}" is given in {units}, which {where} do not give '
                                     f"it in{theirs}", measures.OTHER_UNIT_HINT)]


# The prose qualifiers that say what a passage's qualifier says, or less in the same direction
# ("more than 400" backs "at least 400"). A figure the passage gives unqualified allows any wording.
_FITTING = {"at least": {"at least"}, "more than": {"more than", "at least"}, "fewer than": {"fewer than", "up to"},
            "up to": {"up to"}, "nearly": {"nearly", "about"}, "about": {"about"}}
_DIRECTION = {"at least": 1, "more than": 1, "fewer than": -1, "up to": -1, "nearly": -1, "about": 0}


def fits_qualifier(written: str | None, given: Qualifier | None) -> bool:
    """Say whether a figure qualified as `written` (a kind, or None for none) says what a source's `given` says."""
    return given is None or (written is not None and written in _FITTING[given.kind])


# A figure a passage gives plainly may be hedged or bounded on the side it stands ("about 31", "at least 31", "up to
# 31"), never moved off it: "more than 31" and "fewer than 31" say the figure is not 31. Only where the words say so
# unmistakably: "over five years" and "under the plan" bound nothing.
_OFF_THE_FIGURE = frozenset({"more than", "fewer than"})
_LOOSE_BOUND = patterns.compile(r"(?:over|above|under|below)(?!\w)", re.IGNORECASE)
_PLAIN_FIGURE_HINT = ('give it as the source does (a figure the source gives plainly may be "about", "at least" or '
                      '"up to" it, not "more than" or "fewer than" it); or cite a passage that qualifies it so')


def _fits_same_figure(written: Qualifier | None, given: Qualifier | None) -> bool:
    """Say whether a figure of prose qualified as `written` says what a passage's mention of the very same number
    says: as `fits_qualifier`, but a plain "18.7%" does not back "more than 18.7%"."""
    kind = written and written.kind
    return fits_qualifier(kind, given) and not (given is None and kind in _OFF_THE_FIGURE
                                                and not _LOOSE_BOUND.match(written.words))


def _misqualified(statement: Statement, sentence: Sentence, passages: list[Cited], where: str,
                  language: str = "") -> list[Finding]:
    """Return a finding when no cited mention of a figure is qualified as the sentence's wording allows."""
    given = [qualifier for p in passages for qualifier in qualifiers_of(statement.quantities, p.text, p.language)]
    at, to = statement.start - sentence.start, statement.end - sentence.start
    written = range_qualifier(sentence.text, at, to, language, True) or qualifier_of(sentence.text, at, to, language)
    if not given or any(_fits_same_figure(written, q) for q in given):
        return []
    if all(q is None for q in given):  # "more than 18.7%" citing "18.7%": unless it rounds another figure up
        if _rounded_from(statement, sentence, passages, language=language) is not None:
            return []
        if over_a_span(sentence.text, at, to, written.words):
            return []  # German "über 32 Monate": across the span, no bound (over_spans.py)
        return [Finding(statement.start, f'figure "{written.words}" says more or less than "{_flat(statement.text)}" '
                                         f'{where}', _PLAIN_FIGURE_HINT)]
    if written is not None and written.kind in ("at least", "up to") and spans_two_given_figures(
            sentence.text, at, to, passages, language):
        return []  # "entre 5.000 y 20.000" of "unas 5.000 según la policía, 20.000 según ...": ranges_of_estimates.py
    if written is None and any(q is not None and told_as_estimate(sentence.text, at, to, q.words) for q in given):
        return []  # "The service estimates that ... 38,000" of "an estimated 38,000": estimated_figures.py
    if written is not None and (other := _rounded_from(statement, sentence, passages, language=language)) is not None \
            and not set(other.quantities) & set(statement.quantities):
        return []  # "more than 4,000" of "about 4,500, up from about 4,000": another figure backs it (factcheck_129)
    source = next(q for q in given if q is not None)
    if written is None and source.kind == "up to" and cap_told_as_level_reached(
            sentence.text, at, language, source.words, [p.text for p in passages]):
        return []  # "de 300 a 180" of "reducir ... hasta un máximo de 180": the cap the cut leaves (factcheck209)
    if written is None and source.kind == "up to" and maximum_told_as_reached(sentence.text, at, language):
        return []  # "arrivava a produrre 1,8 milioni" of "produceva fino a 1,8 milioni" (reached_maxima.py)
    return [Finding(statement.start, f'figure "{written.words if written else _flat(statement.text)}" '
                                     f'{_misqualifies(written, source)} "{source.words}" {where}',
                    f'qualify it as the source does, as in "{source.words}" or in words that mean the same; '
                    "or cite a passage that gives it as written")]


def _misqualifies(written: Qualifier | None, source: Qualifier) -> str:
    """Return how a figure's qualifier in prose fails the source's: left out, contradicting, or other."""
    if written is None:
        return "leaves out the qualifier of"
    if _DIRECTION[written.kind] * _DIRECTION[source.kind] < 0:
        return "contradicts"
    return "is qualified otherwise than"


# A quotation inside a quotation turns its marks single ("„… ‘harm’ …“" for the source's "… "harm" …"):
# within quoted words a single mark matches a double one (both already folded plain by `normalise`). Arabic's yeh
# and kaf are Persian's, as in a citation's quote (explainer/persian_letters.py).
_SINGLE_AS_DOUBLE = {**str.maketrans("'", '"'), **ONE_LETTER}


@functools.lru_cache(maxsize=64)  # a passage is read for each quotation of a sentence: 2,000 took 8 s
def _single_as_double(passage: str) -> str:
    return passage.translate(_SINGLE_AS_DOUBLE)


def _quoted_in(phrase: str, passage: str) -> bool:
    """Return whether the pieces of a quoted phrase stand in the passage, in order."""
    # A citation marker inside the quotation marks is ours, not the speaker's words.
    phrase = normalise(MARKER.sub("", phrase)).translate(_SINGLE_AS_DOUBLE)
    passage = _single_as_double(passage)
    pieces = [piece for piece in _CUT.split(phrase.strip()) if re.search(r"\w", piece)]
    position = 0
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        found = _find_piece(piece.strip(), passage, position, last)
        if found < 0:
            return False
        position = found
    return True


def _find_piece(piece: str, passage: str, position: int, last: bool) -> int:
    """Return the end of the piece's first whole-word occurrence at or after position, or -1.

    Whole words: "all-out wa" is not a quotation of "all-out war".
    """
    variants = [piece, piece[:1].swapcase() + piece[1:]]
    if last:
        variants += [v.rstrip(".,;:!?۔؟") for v in variants]
    for variant in variants:
        span = find_normalised(passage, variant, position) if variant else None  # forgives line-end hyphens
        while span is not None:
            at, end = span
            if not (variant[0].isalnum() and _inside_word(passage, at)
                    or variant[-1].isalnum() and _inside_word(passage, end)):
                return end
            span = find_normalised(passage, variant, at + 1)
    return -1


def _inside_word(text: str, at: int) -> bool:
    """Say whether position `at` falls inside a word, a hyphenated one included ("all-|out")."""
    before, after = text[at - 1:at], text[at:at + 1]
    if before in ("-", SOFT_HYPHEN):  # a soft hyphen joins a word split at a line end ("Author-|ity")
        before = text[at - 2:at - 1]
    if after in ("-", SOFT_HYPHEN):
        after = text[at + 1:at + 2]
    return before.isalnum() and after.isalnum() and not splits_words(before, after)


def _attributed(sentence: str, words: list[re.Match], index: int, language: str) -> bool:
    """Say whether a reporting word attributes words[index] to someone.

    "According to", "reportedly" and the like attribute the whole sentence; a reporting verb its
    own clause ("Kabul says the toll is confirmed"), or the whole sentence from a closing clause
    ("..., officials said"), but not from a relative one ("..., which it calls a strike").
    "Claims" after a determiner or a possessive, or before a verb of being ("the drone claims are
    confirmed"), is a noun, not a verb.
    """
    if locale_word_pattern("according_to", language).search(standards_blanked(sentence)):  # a locale's "laut": the whole sentence
        return True
    reporting = set(ATTRIBUTIONS.get(language, ()))
    clauses = _clause_numbers(sentence, words)
    for at, word in enumerate(words):
        folded = folded_word(word.group())
        if folded not in reporting:
            continue
        if folded in _NOUN_TOO and _noun(words, at):
            continue
        if folded in _WHOLE_SENTENCE or clauses[at] == clauses[index]:
            return True
        closing = [words[k] for k in range(len(words)) if clauses[k] == clauses[-1]]
        if (clauses[at] == clauses[-1] > 0 and folded_word(closing[0].group()) not in _RELATIVE
                and not (folded in _ADJECTIVE_TOO and _before_a_noun(words, at))):
            return True
    return False


def _before_a_noun(words: list[re.Match], at: int) -> bool:
    """Say whether a participle such as "alleged" stands before the noun it qualifies ("alleged TTP positions")."""
    return at + 1 < len(words) and folded_word(words[at + 1].group()) not in _AFTER_A_VERB


def _noun(words: list[re.Match], at: int) -> bool:
    """Say whether "claim(s)" at words[at] is the noun: after a determiner or a possessive, or before a verb of being."""
    before = folded_word(words[at - 1].group()) if at else ""
    after = folded_word(words[at + 1].group()) if at + 1 < len(words) else ""
    return before in _DETERMINERS or before.endswith("'s") or after in _NOUN_FOLLOWERS


def _clause_numbers(sentence: str, words: list[re.Match]) -> list[int]:
    """Return the clause each word is in, counting the breaks (commas, semicolons, brackets...) before it."""
    numbers, clause = [], 0
    for at, word in enumerate(words):
        if at and _CLAUSE_BREAK.search(sentence, words[at - 1].end(), word.start()):
            clause += 1
        numbers.append(clause)
    return numbers


def _negated(sentence: str, words: list[re.Match], index: int, language: str,
             negations: set[str] | None = None) -> bool:
    """Say whether words[index] is negated: a negation (of `negations`, by default the language's) right
    after it or at most five words before it in its clause."""
    negations = set(NEGATIONS.get(language, ())) if negations is None else negations
    if index + 1 < len(words) and _is_negation(words[index + 1].group(), negations):
        return not _CLAUSE_BREAK.search(sentence, words[index].end(), words[index + 1].start())
    for before in range(index - 1, max(index - 1 - _NEGATION_WINDOW, -1), -1):
        if _CLAUSE_BREAK.search(sentence, words[before].end(), words[before + 1].start()):
            return False
        if _is_negation(words[before].group(), negations):
            return True
    return False


def _is_negation(word: str, negations: set[str]) -> bool:
    folded = folded_word(word)
    return folded in negations or folded.endswith("n't") or folded.startswith("n'")


def _flat(text: str) -> str:
    return " ".join(text.split())


def clipped(text: str, limit: int = 160) -> str:
    """Return a sentence as a message shows it: without citation markers, its spacing flattened, quoted, cut at
    `limit` characters."""
    return _clip(text, limit)


def _clip(text: str, limit: int) -> str:
    head = text[: limit * 8]  # enough for any spacing and markers; keeps huge sentences cheap
    flat = _flat(MARKER.sub("", head))
    cut = len(flat) > limit or len(head) < len(text)
    return '"' + (flat[: limit - 1] + "…" if cut else flat) + '"'
