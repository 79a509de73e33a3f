"""Negations kept: a sentence may not drop or add a negation its cited passage gives the same words with.

"Casualties were reported" citing "no casualties were reported", "the Taliban can modernize its military" citing
"it cannot modernize its military", "officials confirmed the toll" citing "officials did not confirm the toll",
"Kabul admitted sheltering militants" citing "Kabul denied sheltering militants": every figure and date still
stands, and the sentence says the opposite of its source.

Read clause by clause (split at punctuation and at "and", "or", "but", ...), a clause is negative when it holds an
odd number of negations ("not", "no", "never", "cannot", "without", "denied", "declined to", "failed to"; French
"ne", Spanish "no", German "nicht"/"kein", Portuguese "não", Italian "non", Dutch "niet"/"geen"/"nooit"; their "nada",
"aucun", "mai" only where no "no"/"ne"/"non" already negates the clause). A negative clause's predicate is its first word of five
letters or more after the negation ("casualties", "modernize", "confirm"). A clause of the sentence and one of a
passage that differ in polarity restate each other when one holds the other's predicate (in any form sharing its
first five letters) and they share another word of five letters or more (where a verb of three or four letters
stands right after "not", "would not step into the negotiations", the other must hold it in a form of its own and
one such word: "would step into the negotiations"; a clause of short words is read by all its words but the
negation, a modal and "the": "Officials said the toll would not rise" of "a toll officials said could rise", where
"may not rise" keeps it possible); the sentence is refused when no clause
of its passages with its own polarity restates it so. Honest paraphrases keep a negation of their own ("declined
to comment" as "gave no comment", "failed to reach" as "did not reach"). Left unread, as what they negate is not
plain: a clause that says what is not said or given ("does not say", "gives no", "is not named": the briefing's
own words on its sources), one with a word whose negation's scope is not plain ("rather than", "unless",
"stopped"), and words in quotation marks. Words after a colon that ends a clause with a verb of saying ('Northland
said: "We will not negotiate."') are read with their speaker's words, as they would be without the colon. Words
that negate by meaning with a plain scope count as negations ("lacks", "rejected", "ruled out", "turned down", "voted
against", also past a tally, "voted 7 to 4 against", "kept ... from", and what free_of.py reads: "duty-free",
"exempt from tax"); a denial of a negative clause's thing alone ("free of sales tax, but not vitamins") is positive.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Sequence

from . import (arabic_negations, not_without, bengali, bengali_negations, chinese_negations, devanagari, greek, hangul, hangul_negations, hebrew,
               hindi_negations, indonesian, japanese_negations, patterns, persian_negations, swahili_negations,
               turkish_negations, vietnamese)
from .attribution import Cited, Finding, in_english, unquoted
from .attempts_short_of import short_of_outcome
from .datebounds import bound_negations
from .ended_no_longer import ended_in_passages, still_so_of_no_longer
from .free_of import Lacked, lacking, may_lack
from .french_expletive_ne import expletive_ne_starts
from .bound_sides import kept_by_negation
from .cause_tails import cause_tail_dropped
from .german_pronoun_objects import pronoun_object_after
from .german_split_verbs import joined_over_dates, split_participles
from .manner_without import manner_negations
from .recoveries import recovery_told_made
from .refusal_denied_as_noun import refusal_denied_as_noun
from .rejection_nouns import rejection_told_by_noun
from .italian_without_conditions import condition_negations
from . import italian_relative_asides
from .refusals_in_other_words import boycott_as_staying_away, judged_unacceptable
from .protest_verbs import PROTESTING, criticism_of_opposed  # "protestiert gegen", as "stimmte gegen"
from .french_non_prefix import french_prefix_negates
from .numbers import read_by_language
from .negated_when import told_when
from .deeds_told_across_clauses import deed_told_across_clauses
from .denied_clause_subjects import subject_said_otherwise
from .denied_findings import denied_finding_told
from .denied_sayings import denied_saying_told, own_view_denied
from .given_without_figures import figure_given_of_none
from .denied_parts import denied_part_restated, denied_part_told
from .negated_all import not_all_of_a_part
from .negated_conditions import failing_a_duty
from .negated_corrections import withdrawn_by_correction
from .negated_to_come import step_to_come
from .no_objects import dropped_no
from .no_subject_denials import denied_alike
from .no_one_subjects import deed_of_no_one
from .not_until import awaited_in_passage
from .only_threatened import threatened_only
from .open_steps import not_yet_of_open_step
from .legal_action_to_come import none_filed_of_case_prepared
from .planned_not_yet import not_yet_of_plan
from .dutch_demands_not_yet import demand_not_yet_granted
from .persian_letters import writes_persian
from . import german_denied_clauses, no_or_lists, paired_negations, romance_clauses, set_aside_figures, without_subjects
from .slavic_persons import HAVE, person_changed
from .urdu_numbers import writes_urdu
from .withdrawn_claims import saying_withdrawn_blanked
from .severity_denied import serious_denied_of_minor
from .swapped_contrasts import denied_by_own_contrast
from .clearings import cleared_of_none_found
from .sentences import folded_word, markers_blanked, sentence_of
from .wordset import first_runs, may_hold
from .without_to import dropped_without_to

_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_PREFIX = 5  # "confirmed" is a form of "confirm", "modernizing" of "modernize": what _long_words also counts

# Negations by language: those that negate a clause on their own, and those that only agree with one ("no hubo
# ningún herido" negates once), counted where no negation of the first kind is in the clause.
_NEGATING: dict[str, frozenset[str]] = {
    "en": frozenset({"not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "cannot", "without",
                     "denied", "denies", "deny", "denying", "unable",
                     # negations by meaning, whose scope is what follows as plainly as "not"'s: "lacks air defences"
                     "lack", "lacks", "lacked", "lacking", "reject", "rejects", "rejected", "rejecting", "refuse",
                     "refuses", "refused", "refusing"}),
    "fr": frozenset({"ne", "n", "sans", "non", "dément", "démenti", "nié", "nie",
                     # by meaning, as English "rejected": "le syndicat a rejeté la proposition"
                     "rejeté", "rejetée", "rejette", "rejettent", "rejetait", "démentent", "refusé", "refusée", "refuse",
                     "refusent", "débouté", "déboutée", "oppose", "opposent", "opposé", "opposée", "opposait",
                     "s'oppose", "s'opposent", "s'opposait",
                     # the imperfect and the plural participles, as the forms above: "a refusé" of "refusait"
                     # (factcheck_166), "les dossiers ont été refusés" ("rejetés" is as often discharged: "les
                     # déchets rejetés dans la rivière")
                     "refusait", "refusaient", "rejetaient", "niait", "niaient", "démentait", "démentaient",
                     "opposaient", "s'opposaient", "refusés", "refusées", "déboutés", "déboutées"}),
    "es": frozenset({"no", "sin", "negó", "niega", "negaron", "niegan", "rechazó", "rechazaron", "rechaza", "rechazan",
                     "rechazado", "rechazada", "desmintió", "desmintieron", "desmiente", "desmienten", "tumbó",
                     "tumbaron", "opuso", "opusieron", "opone", "oponen",
                     # ruled out, as English "ruled out": "descartó desconvocar el paro" (tests/test_newuser_65.py)
                     "descartó", "descartaron", "descarta", "descartan", "descartado", "descartada",
                     # as English "reject" and "rejecting": "Al rechazar la oferta" (tests/test_newuser_79.py)
                     "rechazar", "rechazando", "rechazaba", "rechazaban", "rechazará", "rechazarán", "rechazados",
                     "rechazadas", "negar", "negando", "desmentir", "desmintiendo", "descartar", "descartando"}),
    "pt": frozenset({"não", "sem", "negou", "nega"}),
    "it": frozenset({"non", "senza", "negato", "nega",
                     # by meaning, as English "rejected": "la Regione ha respinto la riduzione" is "non l'ha accettata"
                     "respinto", "respinta", "respinti", "respinte", "respinge", "respingono", "respinse",
                     "rifiutato", "rifiutata", "rifiuta", "rifiutano", "rifiutò"}),
    "de": frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
                     "niemand", "ohne", "weder", "bestritten", "bestreitet", "dementiert", "dementierte",
                     "dementierten", "lehnte", "lehnten", "lehnt", "abgelehnt", "verweigerte", "verweigerten",
                     "verweigert", "zurückgewiesen", "abgewiesen", "bestritt", "ausgeschlossen",
                     "lehne", "bestreite", "verweigere"}),  # reported speech's Konjunktiv I (newuser_105)
    # Russian and Ukrainian: "Бельтания не введёт ответных пошлин" restated without "не" built
    "ru": frozenset({"не", "нет", "без", "отрицает", "отрицал", "отрицала", "отрицали"}),
    "uk": frozenset({"не", "немає", "без", "заперечує", "заперечив", "заперечила"}),
    # Polish, before the verb: "Górny Powiat nie wypłacił żadnych odszkodowań" restated without "nie" built
    "pl": frozenset({"nie", "bez", "zaprzeczył", "zaprzeczyła", "zaprzeczyli", "zaprzecza", "zaprzeczają",
                     "odrzucił", "odrzuciła", "odrzucili", "odmówił", "odmówiła", "odmówili"}),
    # Dutch, often at the clause's end: "Het overleg heeft niet tot een akkoord geleid" restated without "niet" built
    "nl": frozenset({"niet", "geen", "nooit", "niets", "niemand", "nergens", "zonder", "noch", "ontkent", "ontkende",
                     "ontkenden", "ontkennen", "verworpen", "verwierp", "verwierpen", "verwerpt", "afgewezen",
                     "weigert", "weigerde", "weigerden", "weigeren"}),
    # Greek: "Τα ιατρεία δεν θα λειτουργήσουν" restated without "δεν" built (greek.py)
    "el": greek.NEGATING,
    # Hebrew, with "and" or "that" glued on ("ולא", "שאין"): "העירייה תאשר" citing "לא תאשר" built (hebrew.py)
    "he": hebrew.NEGATING,
    # Swedish, after the verb: "Strejken omfattar inte färjetrafiken" restated without "inte" built
    # Indonesian, before what it negates: "Kementerian belum mengeluarkan kesimpulan" restated with "telah" built
    "id": indonesian.NEGATING,
    "sv": frozenset({"inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "ingenting", "ingenstans", "utan",
                     "varken", "förnekar", "förnekade", "förnekat", "nekar", "nekade", "vägrar", "vägrade", "vägrat",
                     "avvisade", "avvisat", "avslog", "avslagit"}),
}
_AGREEING: dict[str, frozenset[str]] = {
    "fr": frozenset({"pas", "jamais", "rien", "aucun", "aucune", "personne", "ni", "nul", "nulle"}),
    "es": frozenset({"nunca", "jamás", "ningún", "ninguna", "ninguno", "nada", "nadie", "ni", "tampoco"}),
    "pt": frozenset({"nunca", "jamais", "nenhum", "nenhuma", "nada", "ninguém", "nem"}),
    "it": frozenset({"mai", "nessun", "nessuno", "nessuna", "niente", "nulla", "né"}),
    "en": frozenset({"nor"}),  # "neither ... nor" negates once
    "ru": frozenset({"ни", "никогда", "ничего", "никто", "нигде", "никакой", "никаких", "никакого"}),
    "uk": frozenset({"ні", "ніколи", "нічого", "ніхто", "ніде", "жодного", "жодних", "жодної", "жодній", "жодному",
                     "жодним", "жодними", "жодна", "жоден", "жодне", "ніяких", "ніякої", "ніякого"}),
    "pl": frozenset({"nigdy", "nic", "niczego", "nikt", "nikogo", "ani", "żaden", "żadna", "żadne", "żadnego",
                     "żadnej", "żadnych"}),
    "el": greek.AGREEING,
    "he": hebrew.AGREEING,
}
# English verbs that negate before "to": "declined to confirm", "failed to reach", "has yet to confirm".
_NEGATING_BEFORE_TO = frozenset({"declined", "declines", "decline", "failed", "fails", "fail", "yet"})
# "still" negates before "to" after a verb of being or having, as "yet" does: "have still to be counted" (not yet
# counted) is "have yet to be counted" (factcheck_109)
_STILL_AFTER = frozenset({"has", "have", "had", "is", "are", "was", "were"})
# English verbs that negate before "out" or "down" ("ruled out talks", "turned down the offer", "voted down"), and
# before "against" ("voted against the offer"): what follows is what they negate.
_NEGATING_BEFORE = {"out": frozenset({"rule", "rules", "ruled", "ruling"}),
                    "down": frozenset({"turn", "turns", "turned", "turning", "vote", "votes", "voted", "voting"}),
                    "against": frozenset({"vote", "votes", "voted", "voting"})}
# English verbs of staying away, before "out of", "away from", "clear of": "stayed out of the dispute" did not step
# into it, as "refused to" would say (read as none, "the city would stay out of the dispute" citing "would not step
# into the dispute" was a negation dropped; and "stayed out of" citing "stepped into" built)
_STAYING = frozenset({"stay", "stays", "stayed", "staying", "keep", "keeps", "kept", "keeping", "steer", "steers",
                      "steered", "steering", "remain", "remains", "remained", "remaining"})
_AWAY = frozenset({"out", "away", "clear", "aloof"})
# "short of" negates what follows, with one of these verbs before it or none: "fell short of a majority" (or "was
# short of") did not win one, "stopped short of calling it" did not call it (read as none, "did not win a majority"
# citing "fell short of a majority" was refused).
_FALLING = frozenset({"fall", "falls", "fell", "falling", "fallen", "stop", "stops", "stopped", "stopping"})
# English verbs that negate what follows their "from", a word or two on: "isolation keeps it from modernizing",
# "prevented the convoy from reaching the town".
_NEGATING_BEFORE_FROM = frozenset({"keep", "keeps", "kept", "keeping", "prevent", "prevents", "prevented",
                                   "preventing"})
# Verbs that reject with a word after them: German "zurück" or "aus" at the clause's end ("Die Regierung wies den
# Vorschlag zurück", "schloss eine Koalition aus"); a vote against, "votó en contra", "a voté contre", "stimmte gegen".
# "wies die Klage ab" dismissed it, as "abgewiesen" does (tests/test_newuser_74.py)
_SEPARABLE_REJECTING = {"wies": ("zurück", "ab"), "wiesen": ("zurück", "ab"), "weist": ("zurück", "ab"),
                        "weisen": ("zurück", "ab"),
                        "schloss": ("aus",), "schlossen": ("aus",), "schließt": ("aus",), "schließen": ("aus",),
                        # reported speech's Konjunktiv I: "Eine Koalition ... schließe die CDU weiterhin aus" is
                        # "ausgeschlossen" (tests/test_newuser_105.py)
                        "schließe": ("aus",), "weise": ("zurück", "ab"), "schlösse": ("aus",),
                        # Dutch, as German: "De raad wees het voorstel af", "sloot een akkoord uit"
                        "wees": ("af",), "wezen": ("af",), "wijst": ("af",), "wijzen": ("af",), "sloot": ("uit",),
                        "sloten": ("uit",), "sluit": ("uit",)}
_FOLDED_SHUTTING = frozenset(folded_word(word) for word in ("schloss", "schlossen", "schließt", "schließen",
                                                             "schließe", "schlösse"))
_VOTED = frozenset({"votó", "votaron", "vota", "votan", "voté", "vote", "votent", "votait", "stimmte", "stimmten",
                    "stimmt"})
# Spanish verbs of being before "en contra de": a stance against, as "se oponen a" ("una huelga en contra de" is none)
_BEING_ES = frozenset({"está", "están", "estaba", "estaban", "estuvo", "estuvieron", "estará", "estarán", "estamos",
                       "mostró", "mostraron", "muestra", "muestran", "declaró", "declararon", "posicionó",
                       "posicionaron", "manifestó", "manifestaron", "pronunció", "pronunciaron", "sigue", "siguen"})
_AGAINST = frozenset({"contra", "contre", "gegen", "dagegen", "against"})
# French "se prononcer contre": a stance or vote against what follows, reflexive (not "a prononcé contre lui une
# peine"), an adverb or "à l'unanimité" between it and "contre" at most (not "s'est prononcé sur le recours contre")
_PRONOUNCED_AGAINST = patterns.compile(
    r"(?<!\w)(?:s['’]\s*(?:est|était|étaient|étant|sont|être)|se(?:\s+(?:sont|sera|seront|serait|seraient))?)"
    r"\s+(?:\w+ment\s+)?prononc\w*\s+(?:\w+ment\s+|à\s+l['’]unanimité\s+)?contre"
    r"(?!\w)", re.IGNORECASE)
# its verb's forms, which _maybe_negated looks for
_PRONOUNCED = frozenset({"prononcé", "prononcée", "prononcés", "prononcées", "prononce", "prononcent", "prononçait",
                         "prononçaient", "prononcera", "prononceront", "prononcerait", "prononceraient"})
# Not a negation of what follows: "no more than 9%" (a bound: qualifiers.py reads it; French "pas moins de 300",
# "pas plus de", "pas loin de"), "not only", "No. 21", "more likely than not".
_TRUE = r"(?:true|the\s+case|a\s+fact|right|so)(?!\w)"
_NOT_NEGATING = patterns.compile(
    r"(?<!\w)(?:no|not|nothing)\s+(?:more|less|fewer|later|earlier|sooner|longer\s+than|only|just|merely|least|but"
    r"|doubt|matter)(?!\w)|(?<!\w)no\.?\s*\d|(?<!\w)non-"
    # a bound, not a negation: Italian "con non più di 600 addetti" is "at most 600" (newuser_129)
    r"|(?<!\w)non(?=\s+(?:più|meno)\s+di\s+\d)"
    # a vote's name, not a negation: "a no-confidence vote" is "a confidence vote", "a vote of no confidence"
    r"|(?<!\w)no[\s-]confidence(?=\s+(?:vote|motion|ballot|debate|poll)s?(?!\w))"
    r"|(?<=vote\sof\s)no(?=\s+confidence)|(?<=motion\sof\s)no(?=\s+confidence)|(?<!\w)pas\s+(?:moins|plus|loin)\s+d(?:e(?!\w)|['’])"
    # a referendum's side, not a negation: "The No campaign asked for a recount", "a No vote", "Harwick's No camp"
    # (capitalised after a word: "No voters were turned away" opening a sentence negates; tests/test_newuser_113.py)
    r"|(?<=\w\s)(?-i:No)(?=[\s-]+(?:campaign(?:er)?|side|camp|vote(?:r)?|lobby|movement|alliance)s?(?!\w))"
    r"|(?<=(?<!\w)than\s)not(?!\w)"  # a likelihood, not a negation: "more likely than not"
    # a question's negated frame asks the clause after it, negating none of it: "Isn't it true that spills rose 40
    # percent?", "Is it not the case that", "¿No es cierto que", "N'est-il pas vrai que", "Stimmt es nicht, dass"
    # (tests/test_newuser_98.py)
    rf"|(?<!\w)(?:isn['’]t|wasn['’]t)(?=\s+it\s+{_TRUE})|(?<=(?<!\w)is\sit\s)not(?=\s+{_TRUE})"
    rf"|(?<=(?<!\w)was\sit\s)not(?=\s+{_TRUE})|(?<=¿)no(?=\s+(?:es|era)\s+(?:cierto|verdad)\s+que(?!\w))"
    r"|(?<!\w)n['’](?=est-(?:il|ce)\s+pas\s+(?:vrai|exact)(?!\w))|(?<=(?<!\w)n['’]est-il\s)pas(?=\s+(?:vrai|exact))"
    r"|(?<=(?<!\w)n['’]est-ce\s)pas(?=\s+(?:vrai|exact))"
    r"|(?:(?<=(?<!\w)stimmt\ses\s)|(?<=(?<!\w)ist\ses\s))nicht(?=\s*(?:so\s*|richtig\s*|wahr\s*)?,?\s*dass(?!\w))",
    re.IGNORECASE)
# The words every match of each pattern holds, looked up in a clause's words (wordset.may_hold) before its search:
# most clauses hold none, and the three searches cost 2.5 ms of the real briefing's 250 clauses.
_NOT_NEGATING_WORDS = frozenset({"no", "not", "nothing", "non", "pas", "isn", "wasn", "n", "nicht"})

# A negation of saying or giving: the briefing's own words on what its sources leave out ("the report does not
# say how many were killed", "gives no reply", "is not named"), which restate no passage's words.
_SAYING = (r"(?:say|says|said|give|gives|gave|given|name|names|named|mention|mentions|mentioned|specify|specifies"
           r"|specified|state|states|stated|disclose|discloses|disclosed|identify|identifies|identified|explain"
           r"|explains|explained|detail|details|detailed|known|clear|dated|date)")
_GIVEN = (r"(?:give|gives|gave|given|name|names|named|offer|offers|offered|provide|provides|provided|mention"
          r"|mentions|mentioned|specified|stated|disclosed|identified|explained|detailed|dated)")
# A search's finding, not a saying: "the agents did not identify any specific error" tells what was found, and "The
# agents identified a specific error" of it drops its negation (left unread, it built: tests/test_factcheck_175.py)
_FAULTS_FOUND = (r"\s+any\s+(?:[\w-]+\s+)?(?:errors?|irregularit(?:y|ies)|faults?|flaws?|discrepanc(?:y|ies)"
                 r"|problems?|mistakes?|wrongdoing|fraud|breach(?:es)?)(?!\w)")
# "will not give up a metre of its land", "would not give way", "did not give in": a deed, no saying
_GIVING_WAY = r"\s+(?:up|in|way|back|away|ground|chase)(?!\w)"
_ABOUT_SAYING = patterns.compile(
    rf"(?<!\w)(?:not|never|n['’]t)\s+(?:\w+\s+)?{_SAYING}(?!\w)(?!{_FAULTS_FOUND})(?!{_GIVING_WAY})"
    rf"|(?<!\w){_GIVEN}\s+(?:no|none|neither)(?!\w)"
    r"|(?<!\w)(?:says|said|say)\s+nothing(?!\w)"
    rf"|(?<!\w)(?:no|none|neither)\s+(?:\w+\s+){{0,3}}(?:is|are|was|were|has\s+been|have\s+been|been)\s+{_GIVEN}"
    r"(?!\w)", re.IGNORECASE)
_ABOUT_SAYING_WORDS = frozenset({"not", "never", "n", "no", "none", "neither", "nothing"})  # "n" of "n't"
# Words that negate by their meaning, with no negation word to count: what they negate is not read.
_UNSURE = patterns.compile(
    r"(?<!\w)(?:stop|stops|stopped|avoid|avoids|avoided|refrain|refrained|absent|absence|impossible|barred|unless"
    r"|except|rather\s+than|instead\s+of|dismissed|doubt|doubts|doubted"
    # "disputes the findings" is "rejects" or "does not accept" them, as legal_status.py reads it: not a "not"
    # (a noun after its article is none: "would not step into the dispute" negates the stepping)
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)(?:dispute|contest)"
    r"|disputes|contests|disputing|contesting"
    # a passive's participle is plain: "the result was (not) contested" says what was done to it, whose "not" counts
    r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bnot\s)(?:disputed|contested)"
    # a correction says what no longer holds by "from": "corrected its figure from twice the risk to 40%"
    r"|(?:corrected|revised|lowered|raised|cut)\s+(?:[\w'’]+\s+){0,4}from)(?!\w)",
    re.IGNORECASE)
_UNSURE_WORDS = frozenset({"stop", "stops", "stopped", "avoid", "avoids", "avoided", "refrain", "refrained", "absent",
                           "absence", "impossible", "barred", "unless", "except", "rather", "instead", "dismissed",
                           "doubt", "doubts", "doubted", "dispute", "disputes", "disputed", "disputing", "contest",
                           "contests", "contested", "contesting", "corrected", "revised", "lowered", "raised", "cut"})
# Where a clause ends: punctuation (not a comma or point between digits, "60.345.999", "1,200"), a dash between
# spaces, the words that join clauses, and before "without".
# What a clause's "nor" is followed by: its auxiliary, its subject after it ("nor can the government ...")
_NOR_VERB = r"(?:did|does|do|can|could|will|would|shall|should|may|might|must|has|have|had|is|are|was|were)"
_CLAUSE_END_SOURCE = (
    r"[;:!?()\[\]]|(?<!\d)[,.]|[,.](?!\d)|\s[-–—]\s|[–—]"
    # "if" opens a condition of its own: "has not confirmed the estimate | if the flow does not recover" negates twice,
    # once each, where one clause read it as negated twice, none (newuser_88)
    r"|(?<!\w)(?:and|or|but|while|whereas|although|though|because|if|et|ou|mais|y|o"
    r"|pero"
    rf"|{romance_clauses.CLAUSE_STARTS}"  # "No vamos a desconvocar la huelga | mientras no haya una oferta seria": romance_clauses.py
    r"|e|mas|ma|und|oder|aber|sondern|и|или|но|а|однако|та|або|але)(?!\w)"
    # "without" starts a clause of its own: "cannot modernize its navy without foreign help" negates once each
    r"|(?=(?<!\w)(?:without|sans|sin|sem|senza|ohne)(?!\w))"
    # and so does a "nor" before its auxiliary, with no comma before it: "Neither the mediator imposed a settlement nor
    # did the government order ..." denies two things, each in its clause (one clause read them as one negation of the
    # first, the government's order built as fact); "neither the mediator nor the government" stays one
    rf"|(?=(?<!\w)nor\s+{_NOR_VERB}(?!\w))")
_CLAUSE_END = patterns.compile(_CLAUSE_END_SOURCE, re.IGNORECASE)
# Portuguese "o" is "the", not Spanish "or": "Lula não venceu | o segundo turno" cut the negated verb from its object,
# and "não venceu o segundo turno" citing "venceu o segundo turno" built.
_CLAUSE_END_PT = patterns.compile(_CLAUSE_END_SOURCE.replace("|y|o", "|y"), re.IGNORECASE)
# Polish joins clauses with "i", "a", "ale", "oraz", ..., and its "o" is "about", its "ma" "has": "nie przesądzi |
# o odszkodowaniach" cut the negated verb from its object.
_CLAUSE_END_PL = patterns.compile(
    _CLAUSE_END_SOURCE.replace("|y|o", "|y").replace("|ma|", "|").replace(
        "|або|але)", "|або|але|i|a|ale|lecz|oraz|albo|lub|bo|ponieważ|jednak|choć|chociaż)").replace(
        "|senza|ohne)", "|senza|ohne|bez)"), re.IGNORECASE)
# Dutch joins clauses with "en", "of", "maar", "want", "omdat", ..., and starts one with "zonder".
_CLAUSE_END_NL = patterns.compile(
    _CLAUSE_END_SOURCE.replace("|y|o", "|y").replace(
        # "zolang", "totdat", "voordat", "nadat", "zodra", "waardoor": "de provincie mengt zich niet in het conflict
        # zolang de rechter zich niet heeft uitgesproken" is two negative clauses, not one with two negations
        "|або|але)", "|або|але|en|of|maar|want|omdat|terwijl|hoewel|doordat|zodat|zolang|totdat|voordat|nadat|zodra"
                     "|waardoor)").replace(
        "|senza|ohne)", "|senza|ohne|zonder)"), re.IGNORECASE)
# Greek joins clauses with "και", "αλλά", "ενώ", "αν", ..., and starts one with "χωρίς".
_CLAUSE_END_EL = patterns.compile(
    _CLAUSE_END_SOURCE.replace("|y|o", "|y").replace("|або|але)", f"|або|але|{greek.CLAUSE_JOINERS})").replace(
        "|senza|ohne)", f"|senza|ohne|{greek.WITHOUT})"), re.IGNORECASE)
# Swedish joins clauses with "och", "eller", "men", "medan", "eftersom", ..., and starts one with "utan".
_CLAUSE_END_SV = patterns.compile(
    _CLAUSE_END_SOURCE.replace("|y|o", "|y").replace(
        "|або|але)", "|або|але|och|eller|men|medan|eftersom|fast|samt|därför|fastän|trots)").replace(
        "|senza|ohne)", "|senza|ohne|utan)"), re.IGNORECASE)
# Indonesian joins clauses with "dan", "atau", "tetapi", "namun", "karena", ..., and starts one with "tanpa".
_CLAUSE_END_ID = patterns.compile(
    _CLAUSE_END_SOURCE.replace("|y|o", "|y").replace("|або|але)", f"|або|але|{indonesian.CLAUSE_JOINERS})").replace(
        "|senza|ohne)", f"|senza|ohne|{indonesian.WITHOUT})"), re.IGNORECASE)
# French "y" is "there", not Spanish "and": "aucun plafond n'y descend sous 60 jours" was cut after its "n'", and the
# honest "Aucun plafond ne descend sous 60 jours" of it refused as a negation added (tests/test_factcheck_239.py).
_CLAUSE_END_FR = patterns.compile(_CLAUSE_END_SOURCE.replace("|y|o", ""), re.IGNORECASE)
_CLAUSE_ENDS = {"pt": _CLAUSE_END_PT, "fr": _CLAUSE_END_FR, "pl": _CLAUSE_END_PL, "nl": _CLAUSE_END_NL, "el": _CLAUSE_END_EL,
                "id": _CLAUSE_END_ID,
                "sv": _CLAUSE_END_SV}
# A Dutch clause ending in a purpose, "om ... te" and its infinitive, and negating nothing asserts nothing: before a
# comma ("Een amendement om de grens op 2,5 procent te leggen, werd verworpen"), it was read as saying the amendment
# passed.
_DUTCH_PURPOSE = patterns.compile(r"(?<!\w)om\s+(?:\S+\s+)*?te\s+[^\W\d_]+\s*$", re.IGNORECASE)
# Dutch puts a rejecting participle last, after its object: "De raad heeft een amendement ... verworpen" rejects what
# follows its auxiliary ("amendement"), however long the words between (read as the last word before it, "leggen" of
# "om de grens op 2,5 procent te leggen", "De raad heeft het amendement van Stadsbelang aangenomen" built).
_DUTCH_AUXILIARY = patterns.compile(r"(?<!\w)(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden|wordt|worden)"
                                    r"(?!\w)", re.IGNORECASE)
# Arabic's, besides: a pattern of its own, as its alternatives made every other language's clauses 40% slower to find.
_ARABIC_CLAUSE_END = patterns.compile(_CLAUSE_END.pattern + "|" + arabic_negations.CLAUSE_END, re.IGNORECASE)
# A clause that is only a denial of what the one before it says: "come from an observational review, not a trial".
# (a preposition kept, as "but not to bicycles", and two words: "but not imported vitamins")
# (a closing quotation mark may end it: 'was "clear, though not yet alarming"', whose "not" denied nothing before it,
# so "Marsh said the decline was alarming" built: tests/test_newuser_83.py)
_ELLIPTICAL_NOT = patterns.compile(r"\s*not\s+(?:(?:to|on|for|in|at|of|from|with)\s+)?(?:a|an|the)?\s*[^\W\d_]+"
                                   r"(?:\s+[^\W\d_]+)?[\s\"'”’»)\]]*$", re.IGNORECASE)
# Italian's: "ha accettato il rinvio dell'aumento, ma non la riduzione al 3,5 %" ("non" and a noun's article, a joined
# preposition or "l'", then a few words or figures: a clause's verb after "non", "non ha accettato", is no denial of
# a thing alone)
_ELLIPTICAL_NON = patterns.compile(
    r"\s*non\s+(?:(?:il|lo|la|i|gli|le|un|uno|una|al|allo|alla|ai|agli|alle|del|dello|della|dei|degli|delle|sul|sulla"
    r"|per|con)\s+|(?:l|all|dell|sull)['’]\s*)[^\W\d_]+(?:\s+[\w'’,.%]+){0,4}\s*$", re.IGNORECASE)
# German's "nor" opening a clause after a negated one, its verb first: "Der Schlichter kann keine Einigung erzwingen,
# noch kann die Regierung ..." (read as "still", the government's power built as fact); "noch immer", "noch vor" go on
_NOCH_OPENS = patterns.compile(
    r"\s*(noch)\s+(?:(?:kann|können|konnte|konnten|darf|dürfen|durfte|durften|muss|müssen|musste|mussten|soll|sollen"
    r"|sollte|sollten|will|wollen|wollte|wollten|wird|werden|wurde|wurden|hat|haben|hatte|hatten|ist|sind|war|waren"
    r"|gibt|gab)(?!\w)|[a-zäöüß]{3,}(?:t|te|ten)\s+(?:der|die|das|den|dem|des|ein|eine|einen|sie|er|es|[A-ZÄÖÜ]))")
# A clause whose "none" stands for what the clause before it names: "looked for the impurity but found none".
_ELLIPTICAL_NONE = patterns.compile(r"\s*(?:[^\W\d_]+\s+){1,2}none\s*$", re.IGNORECASE)
# ... or the subject it opens with: "has asked for a recount, but none has been ordered" (tests/test_newuser_40.py)
_NONE_AS_SUBJECT = patterns.compile(r"\s*none\s+(?:has|have|had|was|were|is|are|will|would|could|can)(?!\w)",
                                    re.IGNORECASE)
# ... and a shortfall by a count alone: "gives the Civic Alliance 41 of the 90 seats, five short of the 46 needed" says
# the alliance is short of them, as "The Civic Alliance is short of the 46 seats it needs" does (read without it, that
# was a negation added to "gives ... 41 of the 90 seats"; factcheck_112)
_ELLIPTICAL_SHORT = patterns.compile(
    r"\s*(?:(?:just|only|still|some|about)\s+)?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|a\s+few|several|a\s+handful)(?:\s+[^\W\d_]+)?\s+short\s+of(?!\w)", re.IGNORECASE)
# A relative clause, whose pronoun stands for what the clause before it names: "... offered 2 per cent on 14 January,
# which the union rejected the same day" rejects the offer, as "the union rejected the 2% offer" says (English).
_RELATIVE = patterns.compile(r"\s*(?:which|whom)(?!\w)", re.IGNORECASE)
# A negation's object that is a pronoun, standing for what the clause before names: "... and 3,600 voted against it"
_PRONOUN_AFTER = patterns.compile(r"\s+(?:it|them|this|that|one)\s*$", re.IGNORECASE)
# "can propose a settlement but cannot impose one", "we do not recommend it": a negated verb whose object is a pronoun
# standing for what the clause before names (an adverb may close it: "cannot impose one either")
# "It has not yet done so": what "so" stands for is the clause before's deed ("to lodge one"), which "has not yet
# lodged an appeal" restates with the negation kept (tests/test_factcheck_234.py)
_DONE_SO = patterns.compile(r"\s+(?:yet\s+)?(?:done|do|did|does)\s+so(?!\w)", re.IGNORECASE)
_VERB_PRONOUN_AFTER = patterns.compile(r"\s+(?:be\s+)?[^\W\d_]{3,}\s+(?:it|them|one)(?:\s+(?:either|now|yet|today))?"
                                       r"\s*[.,;:!?]?\s*$", re.IGNORECASE)
# A clause of lacking, which "without" (and its kin) starts: see _CLAUSE_END_SOURCE.
_WITHOUT = patterns.compile(rf"\s*(?:without|sans|sin|sem|senza|ohne|{greek.WITHOUT}|{indonesian.WITHOUT})(?!\w)",
                            re.IGNORECASE)
# Words of five letters or more that carry no content of their own: never a predicate, nor a shared word.
_NO_CONTENT = frozenset({"there", "their", "which", "being", "about", "other", "these", "those", "still", "every",
                         "after", "before", "where", "whether", "longer", "could", "would", "should", "might", "since",
                         "until", "against", "within", "among", "least",
                         "toute", "toutes",  # French "a démenti toute hausse": what it denies is the "hausse"
                         # French "against", as English's: "s'était prononcé contre le projet" shared "contr" with
                         # "412 contributions" (factcheck_223)
                         "contre",
                         # Italian's "yet", auxiliaries and joined articles: "non ha ancora presentato una perizia" and
                         # "nessuno degli indagati è stato rinviato" negate the filing and the indictment (read as
                         # "ancora" and "degli", "ha presentato una perizia" built citing them)
                         "ancora", "affatto", "hanno", "stato", "stata", "stati", "degli", "della", "delle", "dello",
                         "dalla", "dalle", "dagli", "dallo", "nella", "nelle", "negli", "nello", "sulla", "sulle",
                         "sugli", "sullo",
                         # its conditional and future auxiliaries, as "would": "la Regione non avrebbe competenza"
                         # negates the competence ("ha competenza" of it built, tests/test_newuser_111.py)
                         "avrebbe", "avrebbero", "sarebbe", "sarebbero", "avranno", "saranno", "avesse", "avessero",
                         "fosse", "fossero",
                         # Dutch auxiliaries and prepositions: "vallen niet onder de verordening" negates the
                         # verordening, "heeft nooit eerder een gemeente gedaagd" the gemeente
                         "heeft", "hebben", "worden", "wordt", "werden", "kunnen", "zullen", "zouden", "moeten",
                         "onder", "tegen", "boven", "tussen", "tijdens", "volgens", "sinds", "wegens", "eerder",
                         *greek.NO_CONTENT, *indonesian.NO_CONTENT,
                         *romance_clauses.NO_CONTENT,  # "No vamos a desconvocar" negates the calling off (romance_clauses.py)
                         # Swedish adverbs and auxiliaries: "har aldrig tidigare strejkat" negates the strike,
                         # "lossas heller inte" the unloading
                         "tidigare", "heller", "längre", "redan", "något", "några", "någon", "skulle", "kunde",
                         "enligt", "mellan", "efter",
                         # German auxiliaries, Konjunktiv I's too: "die GDL werde auch ohne ein Angebot
                         # zurückkehren" negates the return, not the "werde" its passage's "Wir werden" lacks
                         "werde", "würde", "würden", "wurde", "wurden", "hätte", "hätten", "könne", "könnte",
                         "könnten", "können", "müsse", "müssen", "sollen", "sollte", "sollten",
                         # German "thus": "und hätte damit keine Mehrheit" negates the majority (factcheck_185)
                         "damit", "somit",
                         # Ukrainian and Russian words that only agree with "не" ("не дала жодних результатів"): what
                         # it negates is the result, as in "produced no results"
                         "жодних", "жодного", "жодної", "жодній", "жодному", "жодним", "жодними", "жодна", "жоден",
                         "жодне", "ніяких", "ніякої", "ніякого", "ніколи", "нічого", "ніхто", "никаких", "никакой",
                         "никакого", "никогда", "ничего"})

# Words of when or how a denial was made: never what it negates ("denied today that its forces had shelled the
# village" negates the shelling; read as "today", "conceded that its forces had shelled" restated nothing and built).
_NOT_PREDICATE = frozenset({"today", "yesterday", "tonight", "earlier", "later", "again", "firmly", "flatly",
                            "strongly", "repeatedly", "publicly", "outright", "emphatically", "categorically",
                            "vehemently", "angrily", "swiftly", "quickly", "immediately", "initially",
                            # French "pas encore" (not yet) negates what follows: "n'a pas encore vendu l'unité"
                            "encore",
                            # French adverbs between "n'a" and its participle: "n'a toutefois publié aucune liste"
                            # negates the publishing (read as "toutefois", "a publié la liste" of it built)
                            "toutefois", "cependant", "pourtant", "néanmoins", "toujours", "formellement",
                            "officiellement", "publiquement", "explicitement",
                            # a day's possessive says when: "rejected Sunday's offer" rejects the offer
                            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            # Spanish "por ahora", "todavía" say when: "no hay por ahora ningún indicio de fraude"
                            # negates the signs (read as "ahora", "Hay indicios de fraude" of it built: newuser144)
                            "ahora", "todavía", "momento", "nunca", "jamás", "tampoco"})


def flipped_negations(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a clause of text, at `offset`, restates a clause of a cited passage with a negation
    dropped or added ("casualties were reported" citing "no casualties were reported"), and no clause of the
    passages with text's own polarity restates it."""
    # Korean negates after the verb, which the clauses below never read: hangul_negations.py
    korean = hangul_negations.flipped(text, _blanked(text), passages, offset) if (
        not text.isascii() and hangul.writes_hangul(text)) else []
    if korean:
        return korean
    # Japanese negates in the kana glued after its verb ("承認しない"): japanese_negations.py
    if not text.isascii() and japanese_negations.writes_kana(text) and (japanese := japanese_negations.flipped(
            text, _blanked(text), passages, offset)):
        return japanese
    # Chinese negates with a word glued before its verb ("并未接受"), and writes no kana: chinese_negations.py
    if not text.isascii() and chinese_negations.writes_chinese(text) and (chinese := chinese_negations.flipped(
            text, _blanked(text), passages, offset)):
        return chinese
    # Hindi negates right before its verb ("स्वीकार नहीं की"): hindi_negations.py
    if not text.isascii() and devanagari.writes_devanagari(text) and (hindi := hindi_negations.flipped(
            text, _blanked(text), passages, offset)):
        return hindi
    # Bengali negates after its verb ("মানব না") or glued to it ("করেনি"): bengali_negations.py
    if not text.isascii() and bengali.writes_bengali(text) and (bangla := bengali_negations.flipped(
            text, _blanked(text), passages, offset)):
        return bangla
    # Turkish negates inside the word ("edil-me-diğini"): turkish_negations.py
    if language.split("-")[0].lower() == "tr" and (turkish := turkish_negations.flipped(
            text, _blanked(text), passages, offset)):
        return turkish
    # Swahili negates with a prefix glued before the verb's subject ("hawakukubali"): swahili_negations.py
    if language.split("-")[0].lower() == "sw" and (swahili := swahili_negations.flipped(
            text, _blanked(text), passages, offset)):
        return swahili
    # Vietnamese negates syllables of four letters or fewer ("không chấp nhận"): vietnamese.py
    if vietnamese.writes_vietnamese(language) and (syllables := vietnamese.flipped(
            text, _blanked(text), passages, offset)):
        return syllables
    # Persian negates with a prefix glued to the verb ("نمی‌پذیرد"): persian_negations.py
    if not text.isascii() and writes_persian(text) and not writes_urdu(text) and (persian := persian_negations.flipped(
            text, _blanked(text), passages, offset)):
        return persian
    # German "ohne zu zahlen" told done by "zahlten", which shares no five letters with it: without_to.py
    if language.split("-")[0].lower() == "de" and (without := dropped_without_to(text, passages, offset)):
        return without
    # "The report does not say it relies on equipment left behind" of the report's own words (denied_sayings.py)
    if in_english(language) and (said := denied_saying_told(_blanked(text), [passage.text for passage in passages],
                                                             _content_words)):
        return [_saying_denied(text, offset + said[0], said[1])]
    # 'That "Pakistan's army has total force domination" is not the outlet's own view' of its own words
    if in_english(language) and (own := own_view_denied(markers_blanked(text), [passage.text for passage in passages])):
        return [_saying_denied(text, offset + own[0], own[1])]
    # "numbers are given" of "taken out a number of tanks", its "no" dropped (given_without_figures.py)
    if in_english(language) and (given := figure_given_of_none(_blanked(text), [passage.text for passage in passages])):
        return [Finding(offset + given[0], f"this sentence says '{given[1]}' where its cited passages give none: "
                                           f"\"{' '.join(text.split())[:160]}\"",
                        "say that the source gives none (\"no numbers are given\"), or cite the words that give them")]
    if not _maybe_negated(text) and not any(_maybe_negated(passage.text) for passage in passages):
        return []  # most sentences and their passages negate nothing: found by one search each
    # "Velmar no longer says that no toxic gas was released": the claim's own "no" is read, not the saying's
    spoken = saying_withdrawn_blanked(_blanked(text), passages)
    mine = _clauses(spoken, language)
    theirs = _distinct([clause for passage in passages for clause in _clauses(passage.text, passage.language or language)])
    if not any(clause.negative for clause in mine) and not any(clause.negative for clause in theirs):
        return []
    for clause in _distinct(mine):
        flipped = [other for other in theirs if other.negative != clause.negative
                   # a sentence's negation read as a date's bound is no negation dropped or added (datebounds.py
                   # checks it); a passage's is, where the sentence negates the deed itself: "will nicht über die
                   # Auflagen entscheiden" of "will nicht vor Freitag ... entscheiden" (test_german_2)
                   and not clause.bounded
                   and (_restates(clause, other) or _denies_time_clause(clause, other))
                   and not _part_as_not_all(clause, other) and not _below_as_not_even(clause, other)
                   and not _lost_for_without(clause, other) and not _undecided_as_open(clause, other)
                   and not _short_for_missed(clause, other) and not _refusal_restated(clause, other)
                   and not _rarity_restated(clause, other) and not _denial_as_contradiction(clause, other)
                   and not _set_aside_figure_given(clause, other, language)
                   and not _none_other_as_more_than_any(clause, other)
                   and not _short_of_another(clause, other) and not _possible_as_not_done(clause, other)
                   and not _condition_of_a_choice(clause, other) and not _declined_request(clause, other)
                   # "bestreitet, eine Koalitionszusage gegeben zu haben" of "schließe eine Koalition nicht aus"
                   and not (language.split("-")[0].lower() == "de" and _another_compound(clause, other))
                   and not _kept_from_another_deed(clause, other)
                   # "is paying cash, not shares" of "is not paying in shares; it is paying cash" (swapped_contrasts.py)
                   and not (other.negative and not clause.negative and denied_by_own_contrast(
                       clause.whole[clause.start + len(clause.text):], clause.text, other.text))
                   # "cleared the driver of any fault" of "found no fault with the driver" (clearings.py)
                   and not (other.negative and not clause.negative and cleared_of_none_found(clause.text, other.text))
                   # "the steel tariff is a lawful answer" of "denied that the steel tariff breaks trade rules. 'Our
                   # tariff is a lawful answer ...'": the denial's subject, said otherwise (denied_clause_subjects.py)
                   and not (other.negative and not clause.negative and subject_said_otherwise(
                       clause.words, other.text, [mine.words for mine in theirs if not mine.negative], _ordered_words))
                   # "not rejected" of "not a rejection": a refusal denied by its verb and by its noun alike
                   and not (refusal_denied_as_noun(other.text, clause.text) if clause.negative
                            else refusal_denied_as_noun(clause.text, other.text))
                   # "n'a pas appliqué les droits" of "a seulement menacé d'appliquer" (only_threatened.py)
                   and not (clause.negative and threatened_only(clause.predicate, other.whole or other.text))
                   # "überschritten den Grenzwert nicht" citing "blieben unter dem Grenzwert": the limit kept
                   and not (kept_by_negation(clause.text, other.text, language) if clause.negative
                            else kept_by_negation(other.text, clause.text, language))
                   # "kritisiert die Streichung" citing "protestiert gegen die Streichung": opposed in other words
                   and not criticism_of_opposed(clause.text, other.text, clause.negative)
                   # "would probably not change the outcome" citing "was unlikely to change the outcome"
                   and not (clause.negative and not other.negative and _unlikely_kept(clause.text, other.text))
                   # "no encontró irregularidades graves" citing "encontró irregularidades menores" (severity_denied.py)
                   and not (clause.negative and not other.negative and serious_denied_of_minor(clause.text, other.text))
                   # "rejette la motion" citing "après le rejet ... de la motion" (rejection_nouns.py)
                   and not (clause.negative and not other.negative and rejection_told_by_noun(
                       clause.text, clause.predicate, clause.before,
                       sentence_of(other.whole, other.start) if other.whole else other.text, _content_words))
                   # "rejected the reform" citing "are opposed to the reform": a stance against in other words
                   and not _stance_against_restated(clause, other, language)
                   # "rejected the proposal" of "said the proposal was unacceptable", "boycotted the meeting" of
                   # "stayed away from the meeting in protest" (refusals_in_other_words.py)
                   and not _refusal_in_other_words(clause, other, language)
                   # "not final until the ballots are counted" citing "due after the ballots are counted"
                   and not (clause.negative and not other.negative
                            and awaited_in_passage(clause.text, other.text, other.whole))
                   # "has not yet sold the unit" citing "is exploring a sale of the unit": the step left open
                   and not (clause.negative and not other.negative
                            and not_yet_of_open_step(clause.text, other.text, language))
                   # "no ha ampliado todavía el trasvase" citing "estudia ampliar el trasvase": a plan not yet done
                   and not (clause.negative and not other.negative
                            and not_yet_of_plan(clause.text, other.text, language))
                   # "is nog niet buiten werking gesteld" citing "eisen dat ... buiten werking stelt" (factcheck_246)
                   and not (clause.negative and not other.negative
                            and demand_not_yet_granted(clause.text, other.text, language))
                   # "No class action has yet been filed" citing "are preparing a class action" (legal_action_to_come.py)
                   and not (clause.negative and not other.negative
                            and none_filed_of_case_prepared(clause.text, other.text))
                   # "A judge has yet to decide" citing "A judge will first decide": the act still to come
                   and not (clause.negative and not other.negative and _yet_to_come(clause.text, other.text))
                   # "none of the drones reached their targets" citing "attempted to deploy drones against targets"
                   and not (clause.negative and not other.negative and clause.subject_verb
                            and short_of_outcome(clause.text, clause.predicate, other.text))
                   # "ainda não foi apurado" of "será apurado", "ainda vai julgar" of "não tem data para ser julgado":
                   # a step still to come (negated_to_come.py)
                   and not _told_to_come(clause, other)
                   # "se não corrigir os registros" of "deverá corrigir os registros": a duty's condition
                   and not (clause.negative and failing_a_duty(clause.text, clause.whole[:clause.start], other.text))
                   # "six batches, not eight" of "An earlier version said ... eight batches" (negated_corrections.py)
                   and not (clause.negative and withdrawn_by_correction(other.text))
                   # "The Panel is not part of the Agency" of "advises the Agency but is not part of it"
                   and not (clause.negative and denied_part_restated(clause.text, [other.whole or other.text],
                                                                     _content_words))
                   # "has not asked for all batches" of "six batches in all" (negated_all.py)
                   and not (clause.negative and not_all_of_a_part(clause.text, other.whole or other.text))
                   # "no longer has a deadline of 14 December" citing "has extended the deadline": ended_no_longer.py
                   and not (clause.negative and not other.negative and "longer" in clause.text
                            and ended_in_passages(clause.text, [passage.text for passage in passages]))]
        # A clause of the sentence's polarity backs it only where it holds what the flipped one negates: "the meeting
        # was held" shares two words with "the meeting reached a deal", and backs it no more than "reached no deal".
        predicates = {(clause if clause.negative else other).predicate for other in flipped} - {""}
        predicates |= {(clause if clause.negative else other).subject_verb for other in flipped} - {""}
        # a relative clause negates its antecedent: a clause backs the sentence where it names the same subject ("the
        # union later accepted 3%"), not the antecedent itself ("the authority offered 2 per cent")
        subjects = frozenset().union(*((clause if clause.negative else other).before for other in flipped))
        # "Imported food is free of duty, but not imported vitamins": a clause backs a sentence on vitamins only
        # where it names the vitamins the exception names
        excepted = frozenset().union(*(_content_words(other.text) & clause.words for other in flipped
                                       if _ELLIPTICAL_NOT.match(other.text)))
        # "The army would provide logistics for the operation" citing "The army would not take part in the operation,
        # but would provide logistics": what it says of the denied clause's subject beyond that clause, two words or
        # more, a clause backs whole (not its own subject: "La réunion de jeudi a débouché" citing "La réunion de jeudi
        # s'est tenue ... et n'a débouché sur aucun accord" is refused)
        beyond = clause.words - frozenset().union(*(other.words | other.before for other in flipped)) if (
            not clause.negative and flipped and all(_names_subject(other, clause) for other in flipped)
            and not any(_affirms_denied_verb(clause, other) for other in flipped)) else frozenset()
        if flipped and not any(other.negative == clause.negative and (_shares(clause, other)
                                                                      or _same_short_verb(clause, other)
                                                                      or _deed_of_no_one_held(clause, other))
                               and not _denies_another_thing(clause, other)
                               and not _denied_by_its_pair(clause, other, language)
                               and not _backs_elsewhere(clause, other, flipped, language)
                               and ((any(_holds(other, predicate) for predicate in predicates) if predicates
                                     else bool(_common(subjects, other)))
                                    or (len(beyond) >= 2 and beyond <= other.words)
                                    or _deed_of_no_one_held(clause, other))
                               and excepted <= other.words for other in theirs) and not any(
                _no_subject_denied_alike(clause, other) for other in theirs):
            # named by the clause whose own words the sentence restates most: "has not ended this dispute" rather than
            # "has not ended it", whose "it" (the strike) holds the clause before's words
            named = max(flipped, key=lambda other: len(_content_words(other.text) & clause.words))
            return [_finding(text, offset + clause.start, clause, named)]
    # "The Panel is part of the Agency" of "advises the Agency but is not part of it" (denied_parts.py), "said the
    # vaccine is unsafe" of "This is not a finding that the vaccine is unsafe" (denied_findings.py)
    cited = [passage.text for passage in passages]
    if denied := denied_part_told(text, cited, _content_words) or denied_finding_told(text, cited, _content_words):
        return [_denial_dropped(text, offset + denied[0], denied[1])]
    # "sold no user data": a "no" before an object of short words, which has no predicate (no_objects.py)
    if not in_english(language) or not any(" no " in passage.text for passage in passages):
        return []  # a str search: most passages deny no object so
    dropped = dropped_no(_distinct(mine), theirs, _same_form, text, [passage.text for passage in passages])
    return [_finding(text, offset + dropped[0].start, *dropped)] if dropped else []


# How rarely a thing happens, told by a negation of the same sense: "almost never succeed" (or "nearly", "virtually",
# "practically") is "rarely succeed", and "usually refuse to hear" (a refusal or a "not" as the rule) is "rarely agree
# to hear"; read as a negation added, both were refused (tests/test_factcheck_175.py). A bare "never" of "rarely"
# stays refused, and "usually succeed" of "rarely succeed" is frequency_words.py's.
_RARELY = patterns.compile(r"(?<!\w)(?:rarely|seldom|infrequently|(?:hardly|scarcely|almost|nearly)\s+ever)(?!\w)",
                           re.IGNORECASE)
_ALMOST_NEVER = patterns.compile(r"(?<!\w)(?:almost|nearly|virtually|practically|all\s+but)\s+never(?!\w)",
                                 re.IGNORECASE)
_AS_A_RULE_NOT = patterns.compile(
    r"(?<!\w)(?:usually|mostly|generally|typically|normally|almost\s+always|nearly\s+always)\s+(?:(?:refuse[sd]?"
    r"|reject(?:s|ed)?|decline[sd]?|turn(?:s|ed)?\s+down)|(?:do|does|did|will|would|can|could)\s*(?:not|n['’]t)|won['’]t|can['’]t|cannot)"
    r"(?!\w)", re.IGNORECASE)


def _rarity_restated(clause: _Clause, other: _Clause) -> bool:
    """Say whether of two clauses of opposite polarity the negative one tells as "almost never" or "usually refuse"
    what the positive one tells as rare ("rarely succeed", "rarely agree to hear")."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    if not _RARELY.search(positive.text):
        return False
    return bool(_ALMOST_NEVER.search(negative.text) or _AS_A_RULE_NOT.search(negative.text))


# A party kept from a deed ("declined to bar Brightwell from selling the tablet") is denied that deed, not every deed
# done to it: its name, the predicate after the short verb, let "the court ordered Brightwell to pay a royalty" restate
# it, and the honest sentence was refused as a negation added (tests/test_newuser_112.py H2). A positive clause
# restates it only where it holds the barring verb or the deed barred ("barred Brightwell from selling").
_KEPT_FROM = patterns.compile(r"(?<!\w)(?P<verb>bar|stop|keep|block|ban|prevent|forbid|stopp?ing|barring|blocking"
                              r"|banning|preventing|forbidding)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                              r"\s+from\s+(?P<deed>\w+)")


def _kept_from_another_deed(clause: _Clause, other: _Clause) -> bool:
    """Say whether the negative one of two clauses denies a deed the party it names is kept from ("bar Brightwell
    from selling") and the positive one names that party in neither that deed nor the barring ("ordered Brightwell
    to pay")."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    kept = _KEPT_FROM.search(negative.text)
    if kept is None or negative.arabic or negative.predicate[:_PREFIX] not in _content_words(kept["who"]):
        return False
    return not (_holds(positive, kept["deed"]) or _holds(positive, kept["verb"])
                or re.search(rf"(?<!\w){kept['verb'][:3]}", positive.text, re.IGNORECASE))


# English words of a stance against ("are opposed to the reform", "are against it", "oppose it", "are hostile to it",
# "objected to it"), and the verbs of rejecting a negative clause may restate them by: "The unions rejected the
# reform." citing "The unions are opposed to the reform." was refused as a negation added (factcheck_171, as French
# "rejettent" of "sont opposés à" in factcheck_166). "as opposed to" sets two things apart and is none.
_STANCE_AGAINST = patterns.compile(r"(?<!\w)(?<!as\s)(?:opposed\s+to|oppose[sd]?|opposing|against|hostile\s+to"
                                   r"|object(?:s|ed|ing)?\s+to)(?!\w)", re.IGNORECASE)
_REJECTING = frozenset({"reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "refusing"})


def _stance_against_restated(clause: _Clause, other: _Clause, language: str) -> bool:
    """Say whether an English clause negated only by a verb of rejecting ("rejected the reform", no "not") and one of
    opposite polarity telling, of the same subject, a stance against what it rejects ("are opposed to the reform", the
    rejected thing a few words on: not "backed the reform against the wishes of members") restate each other."""
    if not in_english(language):
        return False
    negative, positive = (clause, other) if clause.negative else (other, clause)
    words = {folded_word(negative.text[start:end]) for start, end in _negations(negative.text, "en")}
    if not words or not words <= _REJECTING or not negative.predicate:
        return False
    if negative.before and not _common(negative.before, positive):
        return False  # another's stance: "The council rejected the plan" of "Residents are opposed to the plan"
    return any(folded_word(word).startswith(negative.predicate[:_PREFIX])
               for stance in _STANCE_AGAINST.finditer(positive.text)
               for word in _WORD.findall(positive.text, stance.end(), stance.end() + 40)[:5])


def _refusal_in_other_words(clause: _Clause, other: _Clause, language: str) -> bool:
    """Say whether two English clauses of opposite polarity tell one refusal, the negative one by its negation by
    meaning, the positive one in other words (refusals_in_other_words.py)."""
    if not in_english(language):
        return False
    negative, positive = (clause, other) if clause.negative else (other, clause)
    if negative.before and not _common(negative.before, positive):
        return False  # another's refusal: "The council rejected the plan" of "Residents said the plan was unacceptable"
    negations = {folded_word(negative.text[start:end]) for start, end in _negations(negative.text, "en")}
    return (judged_unacceptable(negations, negative.predicate, positive.text, negative.text)
            or boycott_as_staying_away(negations, negative.text, negative.predicate, positive.text))


# An act not yet done ("has yet to decide", "has not yet ruled", "is still to rule") and the same act a passage gives
# as to come ("will first decide", "would rule", "is due to rule"): one fact in two tenses, no negation added.
# "has not (yet) been decided", a perfect's negation, is "not yet" too: "Who pays the costs has not been decided" of
# "will be decided at a later hearing" (tests/test_factcheck_234.py); "was not decided" tells a past, and is not
_NOT_YET_DONE = patterns.compile(r"(?<!\w)(?:not\s+yet|n['’]t\s+yet|yet\s+to|still\s+to"
                                 r"|(?:has|have)\s+not(?:\s+yet)?\s+been|(?:has|have)n['’]t(?:\s+yet)?\s+been)"
                                 r"\s+(?:be\s+)?(?P<verb>[a-z]+)", re.IGNORECASE)
_TO_COME = patterns.compile(r"(?<!\w)(?:will|would|shall|(?:is|are|was|were)\s+(?:due\s+|expected\s+|set\s+)?to)"
                            r"\s+(?:(?:first|then|soon|later|only|also|now)\s+)?(?:be\s+)?(?P<verb>[a-z]+)",
                            re.IGNORECASE)


def _told_to_come(clause: _Clause, other: _Clause) -> bool:
    """Say whether of two clauses of opposite polarity the negative one tells a step not yet done or undated, the
    positive one the same step still to come (negated_to_come.py)."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    return step_to_come(negative.text, positive.text)


def _yet_to_come(negative: str, positive: str) -> bool:
    """Say whether a negative clause tells an act as not yet done that a positive clause gives as to come."""
    done = {match["verb"].casefold()[:4] for match in _NOT_YET_DONE.finditer(negative)}
    return bool(done) and any(match["verb"].casefold()[:4] in done for match in _TO_COME.finditer(positive))


# The verb a negation denies, right after it: "has not confirmed", "did not yet approve".
_DENIED_VERB = patterns.compile(r"(?<!\w)(?:not|n['’]t|never)\s+(?:yet\s+|been\s+|be\s+)?([^\W\d_]+)", re.IGNORECASE)


def _affirms_denied_verb(clause: _Clause, negative: _Clause) -> bool:
    """Say whether a positive clause holds the very verb a negative one denies ("The ministry has confirmed the union's
    estimate" of "a figure the ministry has not confirmed"): what it says beyond is that verb's object, no deed of its
    own another clause may back (newuser_88: the union's estimate, in a clause of its own, backed "has confirmed")."""
    denied = _DENIED_VERB.search(negative.text)
    return bool(denied) and denied.group(1).casefold()[:_PREFIX] == negative.predicate.casefold()[:_PREFIX] and _holds(
        clause, negative.predicate)


def _same_form(word: str, verb: str) -> bool:
    """Say whether a word is a form of a verb: "sells" of "sold", "shares" of "shared"."""
    return (_same_base(word, verb) or _same_base(verb, word)
            or (len(verb) >= _PREFIX and word[:_PREFIX] == verb[:_PREFIX]))


def _distinct(clauses: list[_Clause]) -> list[_Clause]:
    """Return the clauses but those saying what an earlier one says (all but where it starts, which only a finding
    shows): a phrase repeated 2,000 times was compared with each of its passage's 2,000, four million times."""
    seen: set[_Clause] = set()
    return [clause for clause in clauses
            if (said := clause._replace(start=0)) not in seen and not seen.add(said)]


# Every negation of every language: what a text that negates nothing lacks. Its words looked up in a set, as a
# pattern of them all took a sixth of the check's time on the synthetic benchmark.
_ANY_NEGATION = frozenset().union(*_NEGATING.values(), *_AGREEING.values(), _NEGATING_BEFORE_TO,
                                  *_NEGATING_BEFORE.values(), _NEGATING_BEFORE_FROM, _SEPARABLE_REJECTING, _VOTED,
                                  PROTESTING, _STAYING, {"short", "still"}, _PRONOUNCED)
_PLAIN_WORD = patterns.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 14)  # a passage is asked about by every sentence citing it (checkspeed10)
def _maybe_negated(text: str) -> bool:
    """Say whether text may hold a negation: one of the words, or "n'" ("didn't", French "n'a"). The words of ASCII
    text, found once for every check, rule most texts out before the words are found and folded again."""
    return ((may_hold(text, _NEGATION_RUNS) and not _ANY_NEGATION.isdisjoint(_PLAIN_WORD.findall(text.casefold())))
            or "n'" in text or "n’" in text or may_lack(text)
            or (not text.isascii() and bool(arabic_negations.ARABIC_LETTER.search(text))
                and arabic_negations.may_negate(text)))


_NEGATION_RUNS = first_runs(_ANY_NEGATION)


class _Clause(NamedTuple):
    """A clause: where it starts, its text, whether it negates, its predicate ("" if none), its content words and
    those before its first negation (its subject, mostly), and whether it is Arabic, whose words compare by their
    stems (explainer/arabic_negations.py)."""

    start: int
    text: str
    negative: bool
    predicate: str
    words: frozenset[str]
    before: frozenset[str]
    arabic: bool = False
    whole: str = ""  # the text it is a clause of
    # a relative clause negating nothing of its own ("..., which the union rejected the same day"): the words of the
    # clause before, whose thing its pronoun stands for
    antecedent: frozenset[str] = frozenset()
    # a short verb right after "not" ("would not step into the negotiations"), which a clause of short words may hold
    # besides its one long word: restated with it, "would step into the negotiations" drops the negation
    verb: str = ""
    # a negated subject's verb ("supera" of "ningún candidato supera el 50 %") and the clause's figures: what a
    # clause naming one of them denies ("Ibarra supera el 50 %"), a figure it gives given too
    subject_verb: str = ""
    figures: frozenset[str] = frozenset()
    # the words of who says the clause's negation, before a verb of saying ("the mayor" of "the mayor said the city
    # would not step in"): a restatement of what was said need not name the speaker
    speaker: frozenset[str] = frozenset()
    # positive only as its negation bounds a date ("Nobody had lodged the petition by Saturday", "will not vote before
    # Friday"): what datebounds.py checks, no negation dropped from a passage's "had not yet been lodged"
    bounded: bool = False


# Words that negate a clause by its subject: "no candidate passes 50%", "none of the parties won", Spanish "ningún
# candidato supera", Portuguese "nenhum", Italian "nessun". The first content word after them is their noun
# ("candidate"), which a restatement naming one of them ("Ibarra passes 50%") does not hold: what is denied of each
# is the verb after it.
_NEGATED_SUBJECT = {"en": frozenset({"no", "none", "neither"}),
                    "de": frozenset({"weder"}),  # "Weder der Schlichter noch die Regierung kann ...": each denied
                    "es": frozenset({"ningún", "ninguna", "ninguno", "ni"}),  # "Ni el mediador ni el gobierno puede"
                    "pt": frozenset({"nenhum", "nenhuma"}),
                    "it": frozenset({"nessun", "nessuno", "nessuna"})}
_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*")
_POLISH_PRONOUN_NIE = patterns.compile(r"(?<!\w)(?:o|na|za|w|we|przez|po|nad|pod|przed|między)\s+nie(?!\w)",
                                       re.IGNORECASE)


@read_by_language  # a locale's weekdays date a bound ("nicht vor Freitag")
@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def _clauses(text: str, language: str) -> tuple[_Clause, ...]:
    """Return text's clauses whose polarity is read: those that say what is not said, or negate by meaning, left out.
    A date's bound's negation ("will not vote before Friday", "nicht vor Freitag") negates none: datebounds.py
    reads it as the floor or ceiling it is."""
    found, start, introduced = [], 0, frozenset()
    if language.split("-")[0].lower() in ("ar", "ur"):  # Urdu writes Arabic's letters, its "نہیں" before the verb
        return _arabic_clauses(text)
    # "ohne Not abgebrochen", "without warning": a manner of a deed done negates none (manner_without.py)
    dated = bound_negations(text, language)
    # "senza l'altoforno lo stabilimento non sarebbe": the condition's "senza" negates none of the verb
    bounding = dated | manner_negations(text) | condition_negations(text, language)
    english = (language or "en").split("-")[0].lower() == "en"
    slavic = (language or "en").split("-")[0].lower() in ("uk", "ru")  # "не дала": a short verb right after "не"
    italian = (language or "en").split("-")[0].lower() == "it"
    dutch = (language or "en").split("-")[0].lower() == "nl"
    greek_text = (language or "en").split("-")[0].lower() == "el"
    french = (language or "en").split("-")[0].lower() == "fr"
    spanish = (language or "en").split("-")[0].lower() == "es"
    german = (language or "en").split("-")[0].lower() == "de"
    ends = _CLAUSE_ENDS.get((language or "en").split("-")[0].lower(), _CLAUSE_END)
    spans = [m.span() for m in ends.finditer(text)] + [(len(text), len(text))]
    spans, opened = paired_negations.split(text, spans, language)  # "neither accepted ... | nor rejected it"
    if italian:  # "un piano che, secondo i sindacati, non è mai stato attuato": one clause
        spans = italian_relative_asides.joined(text, spans)
    spans = without_subjects.joined(text, spans)  # "sin que el sindicato y la Autoridad ... hayan vuelto": one clause
    if english:
        spans = no_or_lists.joined(text, spans)  # "no pilots or cabin crew": one clause, both denied
    if (language or "en").split("-")[0].lower() == "de":
        spans = not_without.joined(text, spans)  # "nicht ohne": one clause, negated twice
        spans = german_denied_clauses.joined(text, spans)  # "bestreitet, ... gegeben zu haben": one clause
        spans = joined_over_dates(text, spans)  # "am Mittwoch, 11. März 2026, abgewiesen": one clause
    for end, after in spans:
        piece = text[start:end]
        if piece.strip() and not _left_unread(piece) and not (dutch and _purpose_only(piece)):
            lacked = lacking(piece) if english else []
            negations = _negations(piece, language, frozenset(at - start for at in bounding if start <= at < end),
                                   lacked)
            if german and not negations and found and found[-1].negative and (noch := _NOCH_OPENS.match(piece)):
                negations = [noch.span(1)]  # ", noch kann die Regierung ...": German's clause-opening "nor"
            if start in opened and not english and paired_negations.opening(piece) not in negations:
                # "noch eingelenkt" denies as "nor" does; "ni lo rechazó" with its "rechazó" is "did not reject"
                negations = sorted([paired_negations.opening(piece), *negations])
            predicate = _predicate(piece, negations[0][1], language, negations[0][0]) if negations else ""
            if lacked and negations[0][0] == lacked[0].start:
                # "tax-free" negates the tax, however short its word; a bare "exempt" names nothing it negates (the
                # words after it are the clause's own: "are exempt if at least 45% of their value is added")
                predicate = lacked[0].what[-1][:_PREFIX] if lacked[0].what else ""
            # "The mayor said the city would not step in": the mayor is who says it, not whom the "not" is said of
            reported = _reported_from(piece, negations[0][0]) if (english or french or spanish) and negations else 0
            if greek_text and negations:
                reported = greek.reported_from(piece, negations[0][0])
            before = _content_words(piece[reported:negations[0][0]]) if negations else frozenset()
            speaker = _content_words(piece[:reported]) - _content_words(piece[reported:]) if reported else frozenset()
            speaker |= introduced
            if found and not before and _WITHOUT.match(piece):
                # "leave workers without the pay agreement": what is lacked is said of the clause before, whose
                # words a restatement holds ("workers would keep the agreement"); "the agreement raised pay" is none
                before = found[-1].words
            words = _content_words(piece) | {word[:_PREFIX] for lack in lacked for word in lack.what} | introduced
            if german:  # "wies die Klage ab" holds "abgewiesen" (german_split_verbs.py)
                words |= {word[:_PREFIX] for word in split_participles(piece)}
            negative = len(negations) % 2 == 1
            antecedent = frozenset()
            elliptical = found and (_ELLIPTICAL_NOT.match(piece) or (italian and _ELLIPTICAL_NON.match(piece)))
            if found and start in opened:
                # "nor rejected it", "noch eingelenkt": the second thing denied of the subject before "neither", not
                # the first's object ("it" is the offer not rejected, and "accepted the offer" no restatement of it)
                before = before or found[-1].before
                words |= before
                if len(words - before) <= 1:  # "nor rejected it", "ni la rechazó": the first's object, not its verb
                    words |= found[-1].words - {found[-1].predicate[:_PREFIX], "neith", "weder"}
            elif found and (elliptical or _ELLIPTICAL_NONE.match(piece) or _NONE_AS_SUBJECT.match(piece)
                          or (english and _ELLIPTICAL_SHORT.match(piece))):
                words |= found[-1].words  # "an observational review, not a trial", "looked for it but found none":
                #                           what "not" or "none" denies is said of the clause before it
                # "Food is free of sales tax, but not vitamins": the "not" denies the clause's negation, and vitamins
                # are taxed
                negative ^= bool(elliptical) and found[-1].negative
            elif found and negations and not predicate and _PRONOUN_AFTER.match(piece, negations[0][1]):
                # "8,400 voted for the merger and 3,600 voted against it": "it" is what the clause before names
                words |= found[-1].words
            elif found and negations and english and _VERB_PRONOUN_AFTER.match(piece, negations[0][1]):
                # "can propose a settlement but cannot impose one": what "one" stands for is the clause before's
                # object, so "can impose a settlement" restates the negated clause (newuser_106)
                words |= found[-1].words - found[-1].before
            elif found and negations and english and _DONE_SO.match(piece, negations[0][1]):
                words |= found[-1].words - found[-1].before
            elif found and negations and german and pronoun_object_after(piece, negations[0][1]):
                words |= found[-1].words  # "gab der Klage teilweise statt und wies sie im Übrigen ab": the claim
            elif found and negations and (_RELATIVE.match(piece) or romance_clauses.relative(piece, text[start - 1:start])):
                words |= found[-1].words  # "offered 2 per cent, which the union rejected": what it rejects is the offer
                # "which the rebels rejected the next morning": a subject between the pronoun and a verb that
                # negates its object, whose object is the pronoun, not "morning"
                if not predicate or (before and _negates_its_object(piece[negations[0][0]:negations[0][1]])):
                    antecedent = found[-1].words
            verb = _short_verb(piece, negations[0]) if (english or slavic) and negations else ""
            if english and negations and not verb and not before:
                verb = _negated_subjects_short_verb(piece, negations[0])
            subject_verb = _negated_subjects_verb(piece, negations, language) if negations and not before else ""
            found.append(_Clause(start, piece, negative, predicate, words, before, False, text, antecedent, verb,
                                 subject_verb, frozenset(_FIGURE.findall(piece)) if subject_verb else frozenset(),
                                 speaker, not negative and any(start <= at < end for at in dated)))
        # 'Northland said: "We will not negotiate."': the words after a colon are the speaker's, read as the same
        # clause would be without it ('Northland said "we will not negotiate"')
        introduced = _introducing(piece) if english and text[end:after] == ":" else frozenset()
        start = after
    return tuple(found)


# Verbs of saying that end a clause before a colon, and are no noun there ("rejected most of the claims: it ...")
_SAYING_BEFORE_COLON = frozenset({"said", "says", "say", "told", "stated", "added", "insisted", "warned", "announced",
                                  "declared", "wrote", "explained", "reiterated", "stressed", "replied", "answered"})


def _introducing(piece: str) -> frozenset[str]:
    """Return the content words of a clause ending in a verb of saying, before a colon ("Northland said:"), or none."""
    words = _WORD.findall(piece)
    return _content_words(piece) if words and folded_word(words[-1]) in _SAYING_BEFORE_COLON else frozenset()


def _purpose_only(piece: str) -> bool:
    """Say whether a Dutch clause ends in a purpose ("... om de grens op 2,5 procent te leggen") and negates nothing."""
    return (_DUTCH_PURPOSE.search(piece) is not None
            and _NEGATING["nl"].isdisjoint(folded_word(word) for word in _WORD.findall(piece)))


def _arabic_clauses(text: str) -> tuple[_Clause, ...]:
    """Return an Arabic text's clauses whose polarity is read, their words folded whole (not cut to five letters:
    Arabic's are short, and compare by their stems)."""
    found, start = [], 0
    for end, after in [m.span() for m in _ARABIC_CLAUSE_END.finditer(text)] + [(len(text), len(text))]:
        piece = text[start:end]
        if piece.strip() and not arabic_negations.unsure(piece):
            negations = arabic_negations.negations(piece)
            after_it = arabic_negations.content_words(piece[negations[0][1]:]) if negations else []
            # Urdu's "مسترد نہیں کیا" (did not reject) negates the word before its light verb "کیا"
            light = arabic_negations.urdu_negated_word(piece, negations[0]) if negations else ""
            after_it = [light] if light else after_it
            before = frozenset(arabic_negations.content_words(piece[:negations[0][0]])) if negations else frozenset()
            found.append(_Clause(start, piece, len(negations) % 2 == 1, after_it[0] if after_it else "",
                                 frozenset(arabic_negations.content_words(piece)), before, True))
        start = after
    return tuple(found)


# English verbs of saying, after which the words before a negation are another clause's, said: "The mayor said the
# city would not step into the dispute", "The coach told reporters that the team would not join the league"
_SAYING_BEFORE = frozenset({"said", "says", "say", "told", "tells", "tell", "stated", "states", "added", "adds",
                            "insisted", "insists", "warned", "warns", "announced", "announces", "declared", "declares",
                            "claimed", "claims", "argued", "argues", "maintained", "maintains", "noted", "notes",
                            "wrote", "writes", "explained", "explains", "confirmed", "confirms", "reiterated",
                            "stressed", "predicted", "believes", "believed", "thinks", "thought", "expects",
                            "expected",
                            # French, before "que": "Il assure que la FEB n'a pas appelé à ..." (newuser_63)
                            "assure", "assurent", "assuré", "affirme", "affirment", "affirmé", "estime", "estiment",
                            "estimé", "indique", "indiquent", "indiqué", "déclare", "déclarent", "déclaré", "précise",
                            "précisé", "rappelle", "rappellent", "rappelé", "souligne", "souligné", "explique",
                            "expliqué", "ajoute", "ajouté", "insiste", "insisté", "prévient", "prévenu", "dit",
                            "disent", "répète", "répété", "martèle", "soutient", "soutiennent",
                            # Spanish, before "que" or "de que": "advirtió de que no hay por ahora ningún indicio de
                            # fraude" is the spokeswoman's saying, no subject of "no hay" (unread, "Hay indicios de
                            # fraude" of it built: tests/test_newuser144.py)
                            "dijo", "dice", "afirmó", "afirma", "aseguró", "asegura", "explicó", "explica", "advirtió",
                            "advierte", "señaló", "señala", "indicó", "indica", "declaró", "sostuvo", "sostiene",
                            "insistió", "insiste", "añadió", "subrayó", "recordó", "precisó", "aclaró"})
_THAT = ("that", "que", "qu'", "qu’")  # a French "qu'" is glued to the word after it: "qu'elle"
_TELLING = frozenset({"told", "tells", "tell"})  # whose first word or two after them are who is told
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def _reported_from(clause: str, negation: int) -> int:
    """Return where the words said start in a clause whose negation, at `negation`, follows a verb of saying (after
    "that", and after whom "told" tells), or 0 where no such verb stands before it."""
    words = list(_WORD.finditer(clause, 0, negation))
    said = next((at for at in range(len(words) - 1, -1, -1) if folded_word(words[at].group()) in _SAYING_BEFORE),
                None)
    if said is None:
        return 0
    that = next((at for at in range(said + 1, len(words)) if folded_word(words[at].group()).startswith(_THAT)
                 and folded_word(words[at].group()) not in ("thats", "ques")), None)
    if that is not None:  # "said on Tuesday that no casualties were reported"
        at = that + 1
    else:
        at = said + 1
        if folded_word(words[said].group()) in _TELLING and at < len(words):
            at += 1 + (folded_word(words[at].group()) in _ARTICLES)  # "told reporters", "told the council"
    return words[at].start() if at < len(words) else negation


# German "kein" opening its clause negates its subject: "Keine Partei kann allein regieren" denies it of each party, as
# "no candidate passes 50%" does ("Die UNM kann allein regieren" of it built: tests/test_factcheck_185.py); "kein" after
# a verb ("hätte keine Mehrheit") negates its object
_GERMAN_NEGATED_SUBJECT = frozenset({"kein", "keine", "keiner", "keines"})
_NO_ONE = patterns.compile(r"no[\s-]+one(?!\w)", re.IGNORECASE)


_NO_PLAN_TO = patterns.compile(r"\s+(?:immediate\s+|current\s+|further\s+)?(?:plans?|intentions?)\s+(?:to|of)\s",
                               re.IGNORECASE)


def _negated_subjects_verb(clause: str, negations: list[tuple[int, int]], language: str) -> str:
    """Return the verb a clause's negated subject is denied ("passes" of "no candidate passes 50%"): its second
    content word after the negation, or "" where the clause negates no subject so."""
    start, end = negations[0]
    opening_kein = ((language or "en").split("-")[0].lower() == "de" and not clause[:start].strip(" ,;\"„“")
                    and folded_word(clause[start:end]) in _GERMAN_NEGATED_SUBJECT)
    if not opening_kein and folded_word(clause[start:end]) not in _NEGATED_SUBJECT.get(
            (language or "en").split("-")[0].lower(), ()):
        return ""
    if _NO_ONE.match(clause, start):
        return ""  # "No one required the companies to ...": "nobody", whose verb is the predicate, not "companies"
    if _NO_PLAN_TO.match(clause, end):
        return ""  # "had no plans to begin drilling" denies the plan: "drilling could begin" backs no plan (factcheck_231)
    words = [word for word in _words_in(clause[end:]) if word not in _NO_CONTENT and word not in _NOT_PREDICATE]
    return words[1] if len(words) > 1 else ""


def _left_unread(clause: str) -> bool:
    """Say whether a clause's polarity is left unread: it says what is not said, or negates by its meaning, or sets
    another's figure against the one before it ("four, not seven as Veskland says")."""
    return bool((may_hold(clause, _ABOUT_SAYING_WORDS) and _ABOUT_SAYING.search(clause))
                or (may_hold(clause, _UNSURE_WORDS) and _UNSURE.search(clause))
                or ("not" in clause and _NOT_ANOTHERS_FIGURE.match(clause)))


# "The coastguard says it seized four vessels, not seven as Veskland says": another's figure set against the clause's,
# whose own figure the figure checks read; no negation of a passage's "Veskland said seven were seized" (newuser_68).
_NOT_ANOTHERS_FIGURE = patterns.compile(
    r"\s*not\s+(?:the\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty"
    r"(?:-[a-z]+)?|hundreds?|thousands?)(?!\w)[^,;:]{0,60}?(?<!\w)(?:as|that|which)?\s*[\w'’ ]{0,40}?"
    r"(?<!\w)(?:says?|said|gives?|gave|claims?|claimed|reports?|reported|counts?|counted)(?!\w)", re.IGNORECASE)


def _negations(clause: str, language: str, bounding: frozenset[int] = frozenset(),
               lacked: Sequence[Lacked] = ()) -> list[tuple[int, int]]:
    """Return where the negations of a clause start and end, in order, counted as its language counts them; those
    starting at `bounding` bound a date, and are none; what the clause says is `lacked` ("duty-free") negates."""
    code = (language or "en").split("-")[0].lower()
    negating, agreeing = _NEGATING.get(code, _NEGATING["en"]), _AGREEING.get(code, frozenset())
    skipped = bounding
    if may_hold(clause, _NOT_NEGATING_WORDS):
        skipped = {m.start() for m in _NOT_NEGATING.finditer(clause)
                   if not french_prefix_negates(m.group(), code)} | bounding
    words = [(m.start(), m.end(), folded_word(m.group())) for m in _WORD.finditer(clause)]
    found, agreeing_at = [], []
    for index, (start, end, word) in enumerate(words):
        following = words[index + 1][2] if index + 1 < len(words) else ""
        if start in skipped:
            continue
        if code == "en" and word in _ATTRIBUTIVE and index and (
                words[index - 1][2] in _BEFORE_ATTRIBUTIVE or words[index - 1][2].isdigit()
                or words[index - 1][2].endswith(("'s", "’s"))) and (
                following and following not in _AFTER_VERB):
            continue  # "the number of rejected ballot papers", "612 rejected ballots": a kind of thing, no negation
        if word in negating or (code == "en" and (word.endswith("n't") or word == "cannot")) or (
                code == "en" and word == "nor" and not index):  # a clause's own "nor" negates it, as "not" does:
            #                                                      ", nor did it reject the offer" denies a rejection
            found.append((start, end))
        elif code == "en" and word in _NEGATING_BEFORE_TO and following == "to":
            found.append((start, end))
        elif code == "en" and word == "still" and following == "to" and index and words[index - 1][2] in _STILL_AFTER:
            found.append((start, end))
        elif code == "en" and word in _NEGATING_BEFORE.get(following, ()):
            found.append((start, words[index + 1][1]))
        elif code == "en" and word in _NEGATING_BEFORE["against"] and (tallied := _against_after_tally(words, index)):
            found.append((start, tallied))  # "voted 7 to 4 against approval", as "voted against" (newuser_42)
        elif code == "en" and word in _STAYING and following in _AWAY and index + 2 < len(words) and words[
                index + 2][2] in ("of", "from"):
            found.append((start, words[index + 1][1]))  # "stayed out of the dispute": not stepping into it
        elif code == "en" and word == "short" and following == "of":  # "fell short of a majority": won none
            found.append((words[index - 1][0] if index and words[index - 1][2] in _FALLING else start, end))
        elif code == "en" and word in _NEGATING_BEFORE_FROM and (
                since := next((words[i][:2] for i in range(index + 1, min(index + 4, len(words)))
                               if words[i][2] == "from"), None)):
            found.append(since)  # what it negates is its object's: "prevented the convoy from reaching the town"
        elif code in ("de", "nl") and word in _SEPARABLE_REJECTING and any(
                w[2] in _SEPARABLE_REJECTING[word] for w in words[index + 1:]):
            found.append((start, end))  # "wies den Vorschlag zurück": rejected, as "lehnte ... ab"
        elif code == "de" and word in _FOLDED_SHUTTING and words[-1][2] == "aus":
            # "schließt ... aus" folds to "schliesst": read where "aus" ends the clause ("schließt das Werk aus
            # Kostengründen" shuts it), ruled out as "ausgeschlossen" is (tests/test_newuser_105.py)
            found.append((start, end))  # "wies den Vorschlag zurück": rejected, as "lehnte ... ab"
        elif code == "fr" and word in ("opposés", "opposées") and following in ("à", "au", "aux"):
            found.append((start, end))  # "sont opposés à la réforme", as "est opposée à" (factcheck_166)
        elif code == "es" and word == "en" and following == "contra" and index and words[index - 1][2] in _BEING_ES \
                and index + 2 < len(words) and words[index + 2][2] in ("de", "del"):
            # "están en contra de la reforma", as "se oponen a la reforma" (factcheck_166): read as none, "no se
            # oponen a la reforma" of it built
            found.append((start, words[index + 1][1]))
        elif (word in _VOTED or word in PROTESTING) and (against := next(
                (w for w in words[index + 1:index + 3] if w[2] in _AGAINST), None)):
            # "votó en contra de la reforma", as English "voted against": what it negates is after "contra"
            found.append((start, against[1]))
        elif word in agreeing:
            agreeing_at.append((start, end))
    if code == "pl":  # "nie" after a preposition is "them": "o nie Dolny Powiat musiałby wystąpić" negates nothing
        pronouns = {m.end() for m in _POLISH_PRONOUN_NIE.finditer(clause)}
        found = [(start, end) for start, end in found if end not in pronouns]
    if code == "fr":  # "n'a" is written with an apostrophe: "n" then "a" for _WORD
        found += [m.span() for m in re.finditer(r"(?<!\w)n['’](?=\w)", clause, re.IGNORECASE)
                  if m.start() not in skipped]
        # The "ne" of a "pas" that bounds a date is the bound's too: "il ne partira pas avant le 1er avril" is "au plus
        # tôt le 1er avril" (counted, it refused that restatement as a negation dropped).
        found = [(start, end) for start, end in found if not (
            clause[start:end].lower() in ("ne", "n'", "n’") and any(start < at <= start + 40 for at in bounding))]
        # "avant que le Conseil d'État ne rétablisse l'autorisation" restores it: an expletive "ne" negates nothing
        if expletive := expletive_ne_starts(clause):
            found = [(start, end) for start, end in found if start not in expletive]
        # "s'était prononcé contre le projet" is a vote against it, as "a voté contre" (newuser_125)
        found += [m.span() for m in _PRONOUNCED_AGAINST.finditer(clause) if m.start() not in skipped]
        if not agreeing_at and _ONLY_QUE.search(clause) and "plus" not in (word for _, _, word in words):
            # "ne ... que" is "only", no negation: "L'entreprise n'emploie que 40 salariés" employs 40 (counted,
            # "emploie seulement 40 salariés" was a negation added, and "n'a pas obtenu 2 %" of "n'a obtenu que 2 %"
            # built: factcheck_166); a clause's "pas", "jamais", "plus", ... keep its "ne" a negation
            found = [(start, end) for start, end in found if not (
                folded_word(clause[start:end]) in ("ne", "n'") and _ONLY_QUE.search(clause, end))]
    found += [(lack.start, lack.end) for lack in lacked]
    return sorted(found) if found else agreeing_at[:1]


# A participle of rejecting used as an adjective before its noun names a kind of thing ("the 612 rejected ballot
# papers", "the number of rejected applications"), and negates nothing: counted, "The check changed the number of
# rejected ballot papers" of "The check did not change the number of rejected ballot papers" built, its two negations
# even (tests/test_factcheck_175.py). Read after an article, a figure, a possessive ("the union's rejected proposal")
# or "of", and before no word a verb takes ("the union's rejected the offer" has rejected it).
_ATTRIBUTIVE = frozenset({"rejected", "refused"})
_BEFORE_ATTRIBUTIVE = frozenset({"the", "a", "an", "of", "its", "their", "his", "her", "all", "any", "these", "those",
                                 "some", "many", "few", "more", "fewer"})
_AFTER_VERB = frozenset({"by", "to", "the", "a", "an", "it", "them", "this", "that", "in", "on", "at", "for", "as",
                         "because", "after", "before", "outright", "again"})


# French "que" of "ne ... que" (only) before what it restricts: a figure, an article or a numeral ("n'a obtenu que 2 %",
# "ne compte qu'une usine"); a "que" before a clause's subject ("ne croit que le ministre ...") is as rare as literary
_ONLY_QUE = patterns.compile(r"(?<!\w)(?:que\s+(?:\d|(?:le|la|les|l['’]|un|une|des|du|deux|trois|quatre|cinq|six|dix"
                             r"|cent|mille|quelques|ses|son|sa|leur|leurs)(?!\w))|qu['’]\s*(?:\d|une?(?!\w)))",
                             re.IGNORECASE)
_TALLY = frozenset({"by", "to", "votes", "vote", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    "ten", "eleven", "twelve"})


def _against_after_tally(words: list[tuple[int, int, str]], index: int) -> int:
    """Return where "against" ends where a vote's tally alone stands between it and the verb at `index` ("voted 7 to
    4 against", "voted by seven votes to four against"), else 0."""
    for start, end, word in words[index + 1:index + 7]:
        if word == "against":
            return end
        if word not in _TALLY and not word.isdigit():
            return 0
    return 0


def _predicate(clause: str, after: int, language: str, start: int = 0) -> str:
    """Return the first content word of five letters or more after a clause's negation, folded: what it negates
    ("casualties" in "no casualties were reported"; "herido" in "no hubo ningún herido"). German puts "nicht" after
    what it negates, at a clause's end ("Die Zusagen reichten nicht aus"): with no such word after it, the last one
    before it (`start`, where the negation starts). Unread, "Die Zusagen reichten aus" cited that and built."""
    code = (language or "en").split("-")[0].lower()
    negations = _NEGATING.get(code, _NEGATING["en"]) | _AGREEING.get(code, frozenset())
    found = next((word for word in _words_in(clause[after:]) if word not in _NO_CONTENT and word not in negations
                  and word not in _NOT_PREDICATE), "")
    if found or code not in ("de", "nl"):  # Dutch, as German: "De raad heeft het amendement verworpen"
        return found
    auxiliary = _DUTCH_AUXILIARY.search(clause, 0, start) if code == "nl" else None
    if auxiliary and (object_ := next((word for word in _words_in(clause[auxiliary.end():start])
                                      if word not in _NO_CONTENT and word not in negations), "")):
        return object_
    return next((word for word in reversed(_words_in(clause[:start])) if word not in _NO_CONTENT
                 and word not in negations), "")


@functools.lru_cache(maxsize=64)  # a passage's whole text is read for each clause of a sentence denying it
def _content_words(clause: str) -> frozenset[str]:
    """Return the first five letters of a clause's content words of five letters or more: its words in any form."""
    return frozenset(word[:_PREFIX] for word in _words_in(clause) if word not in _NO_CONTENT)


def _ordered_words(text: str) -> list[str]:
    """Return the first five letters of text's content words, in order (as _content_words reads them)."""
    return [word[:_PREFIX] for word in _words_in(text) if word not in _NO_CONTENT]


def _words_in(text: str) -> list[str]:
    # a Greek word's accent moves between its forms ("αποφάσισε", "αποφασίζει"): compared without it (greek.py)
    words = (_IRREGULAR.get(word, word) for word in map(folded_word, _WORD.findall(greek.fold_accents(text))))
    # French "n'accepte" is "accepte" negated: its verb compared, not "n'acc" (factcheck_166)
    return [re.sub(r"'s?$", "", word) for word in (_ELIDED_NE.sub("", word) for word in words)
            if len(word) >= _PREFIX]


_ELIDED_NE = patterns.compile(r"^n'(?=[^\W\d_])")


# English verbs of five letters or more whose past or participle shares no five letters with them: "The police shot
# the protester" restates "did not shoot the protester", which "shot", too short to be read, did not. Forms that are
# also common nouns or adjectives ("left", "ground", "thought") are left out.
_IRREGULAR = {form: verb for verb, forms in {
    "shoot": "shot", "bring": "brought", "teach": "taught", "build": "built", "spend": "spent",
    "write": "wrote written", "choose": "chose chosen", "speak": "spoke spoken", "break": "broke broken",
    "steal": "stole stolen", "fight": "fought", "catch": "caught", "begin": "began begun", "throw": "threw thrown",
    "sleep": "slept", "stand": "stood", "swear": "swore sworn", "freeze": "froze frozen", "forgive": "forgave forgiven",
    "strike": "struck", "shake": "shook shaken", "sweep": "swept", "bleed": "bled", "arise": "arose arisen",
    "forbid": "forbade forbidden", "forget": "forgot forgotten", "withdraw": "withdrew withdrawn",
    "withhold": "withheld", "uphold": "upheld", "undertake": "undertook undertaken", "overcome": "overcame",
    "understand": "understood",
}.items() for form in forms.split() if form[:_PREFIX] != verb[:_PREFIX]} | HAVE  # Ukrainian "має", "маємо", "мають"


def _restates(clause: _Clause, other: _Clause) -> bool:
    """Say whether two clauses of opposite polarity restate each other: both hold the negative one's predicate, they
    share another content word, and the other holds a word of what comes before the negation, if anything does
    ("the envoy denied that the hospital was hit" does not restate a passage's "that the hospital was hit" alone)."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    if _deed_of_no_one(negative):  # "Nobody spoke against the plan" is no "Twelve people spoke at the meeting"
        return _deed_of_no_one_done(negative, positive)
    if negative.antecedent:
        return _shares(clause, other) and _acts_on_antecedent(positive, negative)
    if _denied_of_one(negative, positive):
        return _shares(clause, other)
    # After a short verb ("did not sign the treaty") the predicate is the verb's object: a clause acting on it with
    # another verb restates it too ("ratified the treaty"); one of short words restates it with the verb itself
    return ((bool(negative.predicate) and _holds(positive, negative.predicate)
             and (_shares(clause, other) or _one_long_word(negative, positive)
                  or _subject_before_saying(negative, positive))
             and (not negative.before or bool(_common(negative.before, positive)) or _said_by(negative, positive)
                  or _subject_before_saying(negative, positive)))
            or (bool(negative.verb) and _restates_in_short_words(negative, positive))
            or _same_short_words(negative, positive)  # the same words but the negation: "He has (not) raced since"
            # "The fund no longer exists" of "The fund still exists": ended_no_longer.py
            or ("longer" in negative.text and still_so_of_no_longer(negative.text, positive.text))
            or _side_named_by_its_name(negative, positive)
            # "have returned to pre-pandemic levels" of "had not yet recovered to their level before" (recoveries.py)
            or recovery_told_made(negative.text, positive.text)
            # "prices will rise because of the deal" of "prices would not rise as a result" (cause_tails.py)
            or cause_tail_dropped(negative.text, positive.text)
            # "were not intercepted" of "..., but air defense systems intercepted them" (deeds_told_across_clauses.py)
            or _deed_told_across_clauses(negative, positive))


# A passage's sentence that gives its deeds only as possible, asked or to come (deeds_told_across_clauses.py reads none)
_ONLY_POSSIBLE = patterns.compile(r"(?<![\w'’-])(?:may|might|could|would|can|should|will|if|whether|unless)(?![\w'’-])",
                                  re.IGNORECASE)


def _deed_told_across_clauses(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a positive clause tells the deed a negative one denies, the rest of it told in its sentence."""
    if (negative.arabic or not positive.whole or not negative.predicate
            or not _GRAMMATICAL_NEGATION.search(negative.text)):
        return False  # read in English only: "not", "never", "cannot", "n't"
    told = sentence_of(positive.whole, positive.start)
    if _ONLY_POSSIBLE.search(told):
        return False  # "may still clear the merger ... or block it" tells no deed done: "has not yet blocked" denies none
    sentence = _content_words(told)
    verb_held = bool(negative.verb) and any(_a_form_of(word, negative.verb) or _same_base(word, negative.verb)
                                            for word in _all_words(positive.text))
    return deed_told_across_clauses(negative.words - negative.speaker, negative.before, negative.predicate,
                                    negative.verb, positive.text, positive.words, sentence, verb_held)


# A clause opening with a verb of saying and "que", its subject left before it: "O Sindicato ... (Sintralog) informou
# que também vai recorrer", whose subject a parenthesis cut off into a clause of its own; read without it, "O
# sindicato não vai recorrer" of it named no one the clause names, and built (tests/test_factcheck_199.py)
_SUBJECTLESS_SAYING = patterns.compile(
    r"^\W*(?:informou|informaram|disse|disseram|afirmou|afirmaram|declarou|declararam|anunciou|anunciaram|avisou"
    r"|avisaram|comunicou|comunicaram|dijo|dijeron|afirmó|afirmaron|informó|informaron|anunció|anunciaron|declaró"
    r"|declararon)\s+que(?!\w)", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"[.!?]\s")


def _subject_before_saying(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a positive clause opening with a verb of saying and "que" is said by whom the negative clause's
    words before its negation name, in its sentence's words before it."""
    if not positive.whole or not _SUBJECTLESS_SAYING.match(positive.text):
        return False
    before = positive.whole[:positive.start]
    opening = max((match.end() for match in _SENTENCE_END.finditer(before)), default=0)
    return bool(negative.before & _content_words(before[opening:]))


# What a clause says of anyone, told done: "Crestmoor paid the fine" of "Nobody has paid the fine", "Three people were
# injured" of "No one was injured" (no_one_subjects.py). Its words all held, in a form of their own, two of them or one
# of five letters or more; a possibility or a future the denial does not tell ("The fine must be paid") restates none.
# Nor does a clause lacking one of them: "Twelve people spoke at the meeting" tells nothing "Nobody spoke against the
# plan at the meeting" denies (read by "spoke" and "meeting", it was a negation added).
_MAYBE = frozenset({"may", "might", "could", "would", "will", "should", "must", "can", "shall", "if", "unless"})


def _deed_of_no_one(clause: _Clause) -> tuple[str, ...]:
    """Return the words of what a clause opening with "nobody" or "no one" denies, two or more or one of five letters
    or more ("paid", "fine"; "injured"), or ()."""
    deed = deed_of_no_one(clause.text) if clause.negative and not clause.arabic else ()
    return deed if len(deed) >= 2 or (deed and len(deed[0]) >= _PREFIX) else ()


def _deed_of_no_one_done(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a positive clause tells done what a negative clause opening with "nobody" or "no one" denies."""
    if not _MAYBE.isdisjoint(_all_words(positive.text)) and _MAYBE.isdisjoint(_all_words(negative.text)):
        return False
    return _deed_of_no_one_held(negative, positive)


def _deed_of_no_one_held(clause: _Clause, other: _Clause) -> bool:
    """Say whether a clause holds every word of what a clause opening with "nobody" or "no one" denies: "The police
    said no one was injured when the building collapsed" backs "No one was injured", which shares one long word."""
    deed = _deed_of_no_one(clause) if not other.arabic else ()
    if not deed:
        return False
    theirs = _all_words(other.text)
    return all(any(_same_form(word, own) or _same_form(own, word) for word in theirs) for own in deed)


# A referendum's side as a negative clause's subject ("The No campaign did not ask for a recount"), which a passage
# names by its own name ("the agents of Keep Harwick Moving asked me to order a recount"): the two clauses share the
# deed's words alone, the side's "campaign" not among them, and the added "not" built (tests/test_factcheck_179.py).
# Read where the passage's clause holds every word the sentence tells of the side, its verb too, after a capitalised
# name.
_SIDE_SUBJECT = patterns.compile(r"\s*(?:the\s+)?(?-i:Yes|No)[\s-]+(?:campaign|side|camp)\s", re.IGNORECASE)
_NAME_BEFORE = patterns.compile(r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))+\s+(?:[a-z]+\s+){0,2}$")


def _side_named_by_its_name(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a negative clause of a referendum side ("The No campaign did not ask for a recount") is restated
    by a positive clause whose subject is a capitalised name telling the same deed ("Keep Harwick Moving asked for a
    recount"): every word told of the side held, its verb in any form right after the name."""
    if (negative.arabic or not negative.predicate or _SIDE_SUBJECT.match(negative.text) is None
            or any(clause.negative for clause in _clauses(
                _sentence_through_semicolons(positive.whole, positive.start) if positive.whole else positive.text,
                "en"))):
        return False  # "X asked for a recount; Keep Harwick Moving did not": a name's own negation may back it
    said = {word for word in negative.words - negative.before if "'" not in word and "’" not in word
            and word not in {folded_word(each)[:_PREFIX] for each in _GRAMMATICAL_NOT}}  # "didn'" is no word told
    if not said or not said <= positive.words:
        return False
    verb = negative.verb or negative.predicate
    told = next((m for m in _WORD.finditer(positive.text) if _same_verb(folded_word(m.group()), verb)
                 or _same_base(folded_word(m.group()), verb)), None)
    return told is not None and _NAME_BEFORE.search(positive.text, 0, told.start()) is not None


_SENTENCE_STOP = patterns.compile(r"[.!?](?=\s|$)")


def _sentence_through_semicolons(text: str, at: int) -> str:
    """Return the sentence of text around `at`, its semicolons kept: "X asked for a recount; Keep Harwick Moving did
    not" is one sentence, whose second half may back a negation."""
    start = max((stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, at)), default=0)
    end = _SENTENCE_STOP.search(text, at)
    return text[start:end.start() if end else len(text)]


def _denies_time_clause(clause: _Clause, other: _Clause) -> bool:
    """Say whether a negative clause denies what a passage's positive clause of time tells as done or due, every word
    of it in that passage: "Results will not be counted" of "Final results are due ..., after postal ballots are
    counted" (negated_when.py)."""
    return (clause.negative and not other.negative and bool(clause.predicate) and not clause.arabic
            and _holds(other, clause.predicate) and told_when(other.text)
            and clause.words - clause.speaker <= _content_words(other.whole or other.text))


def _one_long_word(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a negative clause whose one long word is its predicate restates a positive one by its short subject:
    "the vote was delayed" of "the vote was not delayed", which share no second long word."""
    said = negative.words - negative.speaker - _GERMAN_NEGATION_WORDS
    return (len(said) == 1 and said <= positive.words and not negative.arabic
            and ((bool(subject := _short_subject(negative.text)) and subject in _all_words(positive.text))
                 # a quotation's one long word, its speaker named after it: "Wethouder Dijkstra zei dat de gemeente
                 # tegen windenergie is" of '"Wij zijn niet tegen windenergie", zei wethouder Marieke Dijkstra'
                 # (tests/test_newuser_91.py), the speaker's word shared with the sentence the clause is part of
                 or (negative.text.lstrip().startswith(_OPENING_QUOTES)
                     and bool((positive.words - said) & _content_words(negative.whole)))
                 # "вони погодяться" of "Ми не погодимося": the verb in another person (slavic_persons.py)
                 or person_changed(negative.text, positive.text, negative.predicate[:_PREFIX], _PREFIX)
                 # a clause with no subject of its own tells of its sentence's: "Marlow appealed the fine" of
                 # "Marlow paid the fine and did not appeal" (tests/test_newuser_103.py)
                 or _german_subject_told(negative, positive)
                 or (bool(negative.whole) and _SUBJECTLESS.match(negative.text) is not None
                     and bool(_told_of(positive, said) & _content_words(sentence_of(negative.whole, negative.start))))))


def _told_of(clause: _Clause, said: frozenset[str]) -> frozenset[str]:
    """Return a clause's long words besides `said`, or, where it holds no other ("and appealed"), its sentence's."""
    own = clause.words - said
    return own if own or not clause.whole else _content_words(sentence_of(clause.whole, clause.start)) - said


# an English clause opening on its negation, or an auxiliary and its negation: its subject is the clause's before
# ("did not appeal", "never appealed"; not an elliptical "not 2 March", which tells of no deed)
# A clause opening on its denial has its sentence's subject: so does one opening on a verb of saying and a pronoun, its
# speaker named before a relative clause: "Brackford City Council, which pays Lynx ..., said it had not been consulted"
# (the council's "it"), whose "The council says it was consulted" built (a new user's bus-fares briefing,
# tests/test_denial_after_relative.py)
_SUBJECTLESS = patterns.compile(r"\s*(?:(?:said|says|told\s+\w+|added|insisted|stressed|argued|claimed|complained)\s+"
                                r"(?:that\s+)?(?:it|they|he|she|we)\s+)?"
                                r"(?:(?:did|does|do|has|have|had|would|will|could|can|was|were|is|are)\s+not"
                                r"|(?:(?:did|does|do|has|have|had|would|will|could|can|was|were|is|are)\s+)?never"
                                r"|(?:didn|doesn|don|hasn|haven|hadn|wouldn|won|couldn|can|wasn|weren|isn|aren)['’]t)"
                                r"\s+[a-z]", re.IGNORECASE)


# a German clause opening on its finite verb, after "und": its subject is its sentence's ("Eine Koalition aus NSD und
# Grüner Liste käme auf 51 Sitze und hätte damit keine Mehrheit"), and its "keine", "nicht" no word of what it tells
_GERMAN_SUBJECTLESS = patterns.compile(r"\s*(?:hätte|hätten|hat|haben|hatte|hatten|wäre|wären|ist|sind|war|waren"
                                       r"|kann"
                                       r"|können|konnte|konnten|könnte|könnten|wird|werden|würde|würden)\s+\w",
                                       re.IGNORECASE)
_GERMAN_NEGATION_WORDS = frozenset({"nicht", "keine", "niema"})  # "keinen", "nichts", "niemals" as they are cut
# what names a German subject plainly: an acronym ("NSD", "UNM") or a figure (German capitalises every noun)
_ACRONYM_OR_FIGURE = patterns.compile(r"(?<!\w)(?:(?-i:[A-ZÄÖÜ]{2,6})|\d+(?:[.,]\d+)?)(?!\w)")


def _german_subject_told(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a German negative clause opening on its verb ("und hätte damit keine Mehrheit") is told of the
    subject a positive clause's sentence names: every acronym and figure of that sentence ("NSD", "51") stands in the
    negative clause's sentence before it, where its subject is ("Eine Koalition aus NSD und Grüner Liste käme auf 51
    Sitze"); "Eine Koalition aus UNM und NSD käme auf 72 Sitze und hätte damit eine Mehrheit" names another."""
    if not negative.whole or not positive.whole or not _GERMAN_SUBJECTLESS.match(negative.text):
        return False
    opening = max((stop.end() for stop in re.finditer(r"[.;!?](?=\s|$)", negative.whole[:negative.start])), default=0)
    subject = set(_ACRONYM_OR_FIGURE.findall(negative.whole[opening:negative.start]))
    named = set(_ACRONYM_OR_FIGURE.findall(sentence_of(positive.whole, positive.start)))
    return bool(named) and named <= subject

_OPENING_QUOTES = ('"', "“", "„", "«", "‘", "'")


def _names_subject(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a positive clause names the subject of a negative one: a word before its negation, or its short
    subject ("army" of "the army would not take part")."""
    return bool(_common(negative.before, positive)) or (
        bool(subject := _short_subject(negative.text)) and subject in _all_words(positive.text))


def _restates_in_short_words(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a positive clause restates a negative one whose words are short: it holds the short verb right after
    the negation ("step" of "would not step into the negotiations") in a form of its own, the negative's predicate,
    and a word of five letters or more of it, and names its subject if it names one."""
    if not negative.predicate or not _holds(positive, negative.predicate):
        return False
    if negative.words - negative.speaker <= positive.words and not negative.before and (
            subject := _short_subject(negative.text)) and subject in _all_words(positive.text):
        return True  # "the army would join the operation" citing "the army would not take part in the operation"
    said = negative.words - negative.speaker - _NEGATION_STEMS  # "never" is the negation, no word said
    return (any(_a_form_of(word, negative.verb) or _same_base(word, negative.verb) for word in _all_words(positive.text))
            and (bool(_common(said - {negative.predicate[:_PREFIX]}, positive)) or said <= positive.words)
            and (not negative.before or bool(_common(negative.before, positive))))


# what a clause of short words holds besides its words: its negation, and the auxiliary "do" that carries it
_NOT_SAID = frozenset({"not", "never", "cannot", "no", "do", "does", "did", "don't", "doesn't", "didn't", "won't",
                       "can't", "isn't", "aren't", "wasn't", "weren't"})
_FEWEST_SHORT = 3  # "The city will pay the bill": the, city, will, pay, bill


def _same_short_words(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a negative clause that negates only short words and another say the same words but the negation:
    "The city will pay the bill" and "The city will not pay the bill" ("paid" a form of "pay" after "did not")."""
    mine = {word for word in _all_words(negative.text) if word not in _NOT_SAID and len(word) >= 3}
    theirs = {word for word in _all_words(positive.text) if len(word) >= 3}
    # "Officials said the toll would not rise" of "a toll officials said could rise": the same words but the
    # negation, its modal and article (factcheck_110); "may not rise" keeps it possible, as "could rise" does
    return (_same_words(mine, theirs) or (not mine & _MAY_NOT and _same_words(mine - _MODALS_AND_ARTICLES,
                                                                                theirs - _MODALS_AND_ARTICLES))
            or _same_words_by_whom(mine, theirs, negative) or _same_words_said(negative, theirs))


# A reported clause's subject that stands for the one its speaker speaks for: "his country", "it"
_STANDING_FOR = frozenset({"his", "her", "its", "their", "it", "they", "he", "she", "country", "government"})


def _same_words_said(negative: _Clause, theirs: set[str]) -> bool:
    """Say whether a clause holds every short word a negative clause says after its verb of saying, its negated verb
    among them, but the negation, its subject's pronoun aside: "Valdoria will sign the deal" of "The president said
    Valdoria will not sign the deal" or "said his country will not sign the deal" ("sign the deal": no word of five
    letters, whose clauses _restates compares)."""
    words = _all_words(negative.text)
    last = max((at for at, word in enumerate(words) if word in _SAYING_BEFORE), default=-1)
    if last < 0 or not negative.verb:
        return False
    said = {word for word in words[last + 1:] if word not in _NOT_SAID and len(word) >= 3} - _STANDING_FOR
    return (len(said) >= _FEWEST_SHORT and negative.verb in said
            and all(any(_same_verb(other, word) for other in theirs) for word in said))


def _same_words_by_whom(mine: set[str], theirs: set[str], negative: _Clause) -> bool:
    """Say whether a clause holds a negative clause's short words, three or more (its verb of saying aside), and adds
    only words of that
    clause's sentence: "Marsh said the case was about size" of "The chair, Lena Marsh, said the case was not about
    size but about conduct", whose commas part the speaker from the clause it says (factcheck_116)."""
    said = mine - _SAYING_BEFORE  # "The case was about size" of it drops the negation as well
    if len(said) < _FEWEST_SHORT or not all(any(_same_verb(other, word) for other in theirs) for word in said):
        return False
    added = {word for word in theirs if not any(_same_verb(word, own) or _same_verb(own, word) for own in mine)}
    return added <= set(_all_words(sentence_of(negative.whole, negative.start)))


_MAY_NOT = frozenset({"may", "might"})
_MODALS_AND_ARTICLES = frozenset({"the", "would", "could", "will", "can", "may", "might", "should", "shall", "must"})


def _same_words(mine: set[str], theirs: set[str]) -> bool:
    """Say whether two clauses' short words, three or more, are the same, each verb in a form of its own."""
    if len(mine) < _FEWEST_SHORT or mine == theirs:
        return mine == theirs and len(mine) >= _FEWEST_SHORT
    return all(any(_same_verb(other, word) for other in theirs) for word in mine) and all(
        any(_same_verb(word, other) for other in mine) for word in theirs)


# short verbs whose past shares no letters' run with them: "The city paid the bill" restates "did not pay" it
_SHORT_PASTS = {"paid": "pay", "sold": "sell", "told": "tell", "held": "hold", "made": "make", "lost": "lose",
                "won": "win", "met": "meet", "led": "lead", "ran": "run", "sent": "send", "kept": "keep",
                "gave": "give", "took": "take", "came": "come", "went": "go", "said": "say", "saw": "see",
                "left": "leave", "knew": "know", "fell": "fall", "hid": "hide"}


# a negation's own five letters, which _content_words keeps: "We have never sold our users' data" says "users"
_NEGATION_STEMS = frozenset({"never", "canno", "neith"})


def _same_base(word: str, verb: str) -> bool:
    """Say whether a word and a short verb are forms of one verb by its irregular past: "sell" of "never sold"."""
    return _SHORT_PASTS.get(word, word) == _SHORT_PASTS.get(verb, verb) or _a_form_of(word, _SHORT_PASTS.get(verb, verb))


def _same_verb(word: str, verb: str) -> bool:
    """Say whether a word is a short verb or one of its forms: "paid" and "pays" of "pay"."""
    return word == verb or _a_form_of(word, verb) or _SHORT_PASTS.get(word) == verb


_GRAMMATICAL_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|cannot)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
# Short words before a negation that name no subject: auxiliaries and words of saying
_NOT_A_SUBJECT = frozenset({"will", "was", "were", "does", "did", "has", "had", "can", "may", "must", "said", "says",
                            "told", "then", "but", "and", "who", "that", "this", "also", "now", "yet", "she", "they",
                            "its", "his", "her", "our", "him", "them", "was", "are", "the"})


def _short_subject(text: str) -> str:
    """Return the last short word (three or four letters) before a clause's grammatical negation that may name its
    subject ("army" of "said the army would not take part"), or ""."""
    negation = _GRAMMATICAL_NEGATION.search(text)
    if not negation:
        return ""
    return next((word for word in reversed(_all_words(text[:negation.start()]))
                 if 3 <= len(word) <= 4 and word.isalpha() and word not in _NOT_A_SUBJECT), "")


_CYRILLIC_NOT_A_VERB = frozenset("""
на до для від про при без над під між через всі все всіх його її їх так там тут ще вже лише раз мене нас вас
по от за из для без над под при про все всех его ее её их так там тут еще ещё уже лишь раз меня нас вас тому того
""".split())
# Words "not" stands before that are no verb of their own: auxiliaries, adverbs, and what starts a phrase
_NOT_A_VERB = frozenset({"be", "been", "being", "have", "has", "had", "yet", "ever", "even", "only", "just", "also",
                         "all", "any", "one", "the", "a", "an", "to", "for", "with", "from", "into", "that", "this",
                         "than", "so", "too", "very", "much", "more", "less", "as", "at", "by", "in", "on", "of",
                         "we", "you", "they", "it", "he", "she", "i", "him", "her", "them", "us", "its", "his",
                         "our", "your", "get", "got", "go", "do", "did", "does", "done", "now", "here", "there",
                         "out", "off", "up", "how", "why", "who", "what", "when", "long", "far",
                         # Ukrainian and Russian: what "не" stands before that is no verb ("не для", "не лише")
                         *_CYRILLIC_NOT_A_VERB})
# Ukrainian and Russian "не" stands right before the verb it negates: "не дала жодних результатів" negates "дала" (read
# as none, "Зустріч дала результати" citing "не дала жодних результатів" built, tests/test_newuser_58.py)
_GRAMMATICAL_NOT = frozenset({"not", "never", "cannot", "не"})


def _short_verb(piece: str, negation: tuple[int, int]) -> str:
    """Return the word of three or four letters right after a grammatical negation ("not", "never", "n't"), past
    auxiliaries, where it may be a verb: "step" of "would not step into"; "" elsewhere."""
    said = folded_word(piece[negation[0]:negation[1]])
    if said not in _GRAMMATICAL_NOT and not said.endswith("n't"):
        return ""
    for match in _WORD.finditer(piece, negation[1]):
        word = folded_word(match.group())
        if word in ("be", "been", "being", "have", "yet", "ever", "even"):
            continue
        return word if 3 <= len(word) <= 4 and word.isalpha() and word not in _NOT_A_VERB else ""
    return ""


# a negated subject's short verb after its auxiliaries: "sold" of "None of the stores has yet been sold", which a
# clause telling the stores sold ("The 48 stores have been sold", "Marlow has sold the stores") restates with its
# one long word: its words but "sold" were all too short to be read (tests/test_newuser_103.py)
_NEGATED_SUBJECT_VERB = patterns.compile(r"(?<!\w)(?:has|have|had|is|are|was|were|be|been|being)\s+(?:(?:yet|ever|already"
                                         r"|since|so\s+far|been)\s+)*(?P<verb>[a-z]{3,4})(?!\w)", re.IGNORECASE)


def _same_short_verb(clause: _Clause, other: _Clause) -> bool:
    """Say whether two negative clauses deny one short verb of one long word: "No store has been sold" of "None of the
    stores has yet been sold", which share no second long word."""
    return (clause.negative and bool(clause.verb) and bool(clause.predicate) and _holds(other, clause.predicate)
            and (_same_verb(other.verb, clause.verb) or _same_base(other.verb, clause.verb)))


def _negated_subjects_short_verb(piece: str, negation: tuple[int, int]) -> str:
    """Return the short verb told of a clause's negated subject ("sold" of "none of the stores has been sold", "no
    bids were made"), or "" where the negation negates no subject so."""
    if folded_word(piece[negation[0]:negation[1]]) not in _NEGATED_SUBJECT["en"]:
        return ""
    told = _NEGATED_SUBJECT_VERB.search(piece, negation[1])
    word = folded_word(told["verb"]) if told else ""
    return word if word.isalpha() and word not in _NOT_A_VERB and word not in _NOT_A_SUBJECT else ""


_ENDINGS = ("", "s", "es", "ed", "d", "ing")


def _a_form_of(word: str, verb: str) -> bool:
    """Say whether a word is a form of a short verb: "stepped" and "steps" of "step", "makes" of "make"."""
    rest = word[len(verb):] if word.startswith(verb) else None
    return rest is not None and (rest in _ENDINGS or (rest[:1] == verb[-1] and rest[1:] in ("ed", "ing"))
                                 or (verb.endswith("e") and rest in ("d", "s")))


def _all_words(text: str) -> list[str]:
    return [folded_word(word) for word in _WORD.findall(text)]


def _denied_of_one(negative: _Clause, positive: _Clause) -> bool:
    """Say whether a positive clause says of one what a negative clause denies of all by its subject: "Ibarra passes
    50%" of "no candidate passes 50%" (the verb held, and every figure the negative clause gives)."""
    return (bool(negative.subject_verb) and _holds(positive, negative.subject_verb)
            and negative.figures <= frozenset(_FIGURE.findall(positive.text)))


def _negates_its_object(word: str) -> bool:
    """Say whether a negation is a verb that negates its object ("rejected", "refused", "denied"), not "not"."""
    return folded_word(word)[:_PREFIX] in ("rejec", "refus", "denie", "deny", "denyi")


def _acts_on_antecedent(positive: _Clause, relative: _Clause) -> bool:
    """Say whether a positive clause gives the subject of a negative relative clause acting on what the clause before
    it names: "the union accepted the 2% offer" restates "offered 2 per cent, which the union rejected" (the union
    before the offer's words); "the authority offered the union 2 per cent" does not (the offer's words before it)."""
    words = [word[:_PREFIX] for word in _words_in(positive.text)]
    subject = next((at for at, word in enumerate(words) if word in relative.before), None)
    antecedent = relative.antecedent - relative.before
    return subject is not None and antecedent.isdisjoint(words[:subject]) and any(
        word in antecedent for word in words[subject + 1:])


def _said_by(negative: _Clause, positive: _Clause) -> bool:
    """Say whether the text a positive clause is part of names the subject of a negative clause's denial, as a
    speaker of what the clause says: "Kabul denied that 13 civilians were injured" citing "Kabul have acknowledged
    Taliban fighters killed, 11 wounded, and 13 civilians injured"."""
    return not positive.arabic and bool(negative.before & _content_words(positive.whole))


def _denies_another_thing(clause: _Clause, other: _Clause) -> bool:
    """Say whether a passage's clause that only denies one thing of the clause before it ("final in its structure,
    though not in every detail") is read against a negative clause that does not name that thing: it holds the words
    before it only as what its "not" is said of, so "the offer was not final" restates none of it (factcheck_127)."""
    return (clause.negative and other.negative and bool(other.predicate) and not other.arabic
            and _ELLIPTICAL_NOT.match(other.text) is not None and not _holds(clause, other.predicate))


def _denied_by_its_pair(clause: _Clause, other: _Clause, language: str) -> bool:
    """Say whether a negative clause negates by a word ("rejected") that the passage's sentence holding a negative
    clause denies after "nor" ("neither accepted the offer nor rejected it"): its "neither accepted" backs no
    rejection (paired_negations.py)."""
    if not (clause.negative and other.negative) or other.arabic:
        return False
    denied = {word[:_PREFIX] for word in paired_negations.denied_after(other.whole, language) if word in _ANY_NEGATION}
    return bool(denied & clause.words)


def _backs_elsewhere(clause: _Clause, other: _Clause, flipped: list[_Clause], language: str) -> bool:
    """Say whether a French passage's clause of the sentence's polarity tells the thing of elsewhere than the sentence,
    which says where the flipped clause denies it: "Le groupe spécial fixe un délai dans le rapport intérimaire" is
    not backed by "Le délai sera fixé dans le rapport final" where the passage says "Il ne fixe pas de délai dans le
    rapport intérimaire" (the sentence holds the denial's "intérimaire", the backer lacks it and says "final")."""
    if language.split("-")[0].lower() != "fr" or not flipped:
        return False
    extra = other.words - clause.words
    return bool(extra) and any(
        (clause.words & (denied.words - denied.before - {denied.predicate[:_PREFIX]})) - other.words
        for denied in flipped if denied.negative != clause.negative and not denied.arabic)


def _shares(clause: _Clause, other: _Clause) -> bool:
    """Say whether two clauses share two content words: a passage's clause of the same polarity backs the sentence's."""
    return len(_common(clause.words, other)) >= 2


def _common(words: frozenset[str], clause: _Clause) -> frozenset[str]:
    """Return those of `words` a clause holds too: the same five letters, or in Arabic the same stem."""
    if not clause.arabic:
        return words & clause.words
    return frozenset(word for word in words if word in clause.words
                     or any(arabic_negations.same_word(word, other) for other in clause.words))


def _holds(clause: _Clause, predicate: str) -> bool:
    """Say whether a clause holds a predicate, in any form."""
    return bool(_common(frozenset({predicate if clause.arabic else predicate[:_PREFIX]}), clause))


def _blanked(text: str) -> str:
    """Return text with its citation markers and quoted words blanked: another's words negate nothing of ours."""
    return unquoted(markers_blanked(text))


# "Not all of the refugees returned" citing "Most of the refugees returned": a part, said as less than the whole;
# so are French "pas tous", "Tous les salariés n'ont pas", German "nicht alle", Spanish "no todos", Arabic "ليس كل".
_NOT_ALL = patterns.compile(r"^\W*(?:(?:not\s+(?:all|every)|pas\s+(?:tous|toutes)|nicht\s+(?:alle|jede)"
                            r"|no\s+(?:todos|todas)|ليس\s+(?:كل|جميع))(?!\w)"
                            r"|(?:tous|toutes)\s+les\s+[^\W\d_]+\s+(?:ne(?!\w)|n['’]))", re.IGNORECASE)
_A_PART = patterns.compile(r"(?<!\w)(?:most|many|some|(?:nearly|almost)\s+all|(?:the\s+|a\s+)?majority"
                           r"|la\s+plupart|la\s+majorité|(?:presque|quasiment)\s+(?:tous|toutes)|die\s+meisten"
                           r"|die\s+Mehrheit|(?:fast|nahezu)\s+alle|la\s+mayoría|la\s+mayor\s+parte"
                           r"|casi\s+(?:todos|todas)|معظم|أغلب|غالبية)(?!\w)",
                           re.IGNORECASE)


def _part_as_not_all(clause: _Clause, other: _Clause) -> bool:
    """Say whether a clause's "not all" restates the part another, positive one gives ("most", "nearly all")."""
    return clause.negative and not other.negative and bool(_NOT_ALL.match(clause.text)) and bool(
        _A_PART.search(other.text))


# A negated "even" before an amount says less than it: "would not cover even a quarter" is "covers less than a
# quarter", "did not reach even 40%" is "reached under 40%", the amount the same (English).
_AMOUNT = r"(?P<amount>(?:an?\s+|one\s+)?[^\W\d_]+|\d[\d.,]*\s*%?)"
_NOT_EVEN = patterns.compile(rf"(?<!\w)even\s+{_AMOUNT}", re.IGNORECASE)
_BELOW = patterns.compile(rf"(?<!\w)(?:(?:less|fewer)\s+than|under|below)\s+{_AMOUNT}", re.IGNORECASE)


def _below_as_not_even(clause: _Clause, other: _Clause) -> bool:
    """Say whether one of two clauses of opposite polarity says "less than" an amount where the negative one says
    "not ... even" that amount: the same thing, with no negation dropped."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    amounts = {" ".join(m["amount"].casefold().split()) for m in _NOT_EVEN.finditer(negative.text)}
    return bool(amounts) and any(" ".join(m["amount"].casefold().split()) in amounts
                                 for m in _BELOW.finditer(positive.text))


# Words of losing: what a clause of lacking ("leave workers without the pay agreement") says in a restatement of
# the loss ("workers would lose their pay agreement"), a negation by meaning that is read as none.
_LOSING = patterns.compile(r"(?<!\w)(?:lose|loses|losing|lost|stripped\s+of|deprived\s+of|left\s+without)(?!\w)",
                           re.IGNORECASE)


def _lost_for_without(clause: _Clause, other: _Clause) -> bool:
    """Say whether a clause of losing restates a passage's clause of lacking: "workers would lose their pay
    agreement" citing "would leave workers without the pay agreement"."""
    return (not clause.negative and other.negative and bool(_WITHOUT.match(other.text))
            and bool(_LOSING.search(clause.text)))


# "Short of" as a positive clause says it: "fell short of the target" is "missed the target", "trailed it".
_SHORT_OF = patterns.compile(r"(?<!\w)short\s+of(?!\w)", re.IGNORECASE)
_MISSING = patterns.compile(r"(?<!\w)(?:miss(?:ed|es|ing)?|trail(?:ed|s|ing)?|below|under|behind)(?!\w)", re.IGNORECASE)


def _short_for_missed(clause: _Clause, other: _Clause) -> bool:
    """Say whether one of two clauses of opposite polarity says "missed" (or "below") what the negative one says it
    fell "short of": the same thing, with no negation dropped."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    return bool(_SHORT_OF.search(negative.text)) and bool(_MISSING.search(positive.text))


# A refusal told by its verb, restating one a passage tells otherwise, or the other way round: "voted against the
# resolution" restates "opposed the resolution", "rejected the demand" restates "Acme's rejection of the demand" and
# "turned down the demand" "turned the demand down": no negation added where the verb alone negates (opposite_deeds.py
# reads "voted against" for "supported", "accepted" for "rejection")
_REFUSING = (
    (patterns.compile(r"(?<!\w)vot(?:e|es|ed|ing)\s+(?:[\w,]+\s+){0,5}?against(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:oppos(?:e|es|ed|ing|ition)|objected\s+to|objects\s+to|against)(?!\w)",
                      re.IGNORECASE)),
    (patterns.compile(r"(?<!\w)(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+down"
                      r"|den(?:y|ies|ied|ying))(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:rejection|refusal|denial|turn(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}down)(?!\w)",
                      re.IGNORECASE)),
    # a court "threw out" (or "tossed out") a motion, bid or claim it "rejected" or "denied": "the judge threw out
    # Corvane's bid to dismiss the case" restates "rejected Corvane's motion to dismiss the case" (factcheck_87)
    (patterns.compile(r"(?<!\w)(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|den(?:y|ies|ied|ying))(?!\w)",
                      re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:thr(?:ew|own|ows?|owing)|toss(?:ed|es|ing)?|kick(?:ed|s|ing)?)\s+out\s+"
                      r"(?:[\w'’-]+\s+){0,3}?(?:motions?|bids?|requests?|applications?|petitions?|objections?"
                      r"|challenges?|claims?|pleas?|complaints?|suits?|lawsuits?|cases?)(?!\w)", re.IGNORECASE)),
    # French and Spanish (factcheck_166): "L'Assemblée a rejeté la motion" restates "a voté le rejet de la motion",
    # "El Congreso rechazó la moción" "votó el rechazo de la moción" (a noun of rejecting is its verb's meaning)
    (patterns.compile(r"(?<!\w)(?:rejet(?:é|ée|és|ées|te|tent|ait|aient)|refus(?:é|ée|és|ées|e|ent|ait|aient)"
                      r"|rechaz(?:ó|aron|a|an|aba|aban|ado|ada|ados|adas))(?!\w)", re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:le|son|leur|du|un|ce|el|su|al|del|este)\s+(?:rejet|refus|rechazo)(?!\w)",
                      re.IGNORECASE)),
    # a stance against told by a verb or by a word of being: "Les syndicats s'opposent à la réforme" (or "rejettent la
    # réforme") restates "sont opposés à la réforme", "se oponen a la reforma" restates "están en contra de la reforma"
    (patterns.compile(r"(?<!\w)(?:s['’]\s*oppos(?:e|ent|ait|aient)|rejet(?:te|tent|ait|aient)|refus(?:e|ent|ait|aient)"
                      r"|(?:se\s+)?op(?:one|onen|onía|onían|uso|usieron)|rechaz(?:a|an|aba|aban))(?!\w)",
                      re.IGNORECASE),
     patterns.compile(r"(?<!\w)(?:oppos(?:é|ée|és|ées)\s+(?:à|au|aux)|(?:est|sont|était|étaient)\s+contre"
                      r"|hostiles?\s+(?:à|au|aux)|en\s+contra\s+(?:de|del)|contrari(?:o|a|os|as)\s+a(?:l)?)(?!\w)",
                      re.IGNORECASE)))
# a clause's own negation, by which it negates more than its verb of refusing: "n'a pas rejeté", "no rechazó"
_PLAIN_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|neither|nor|without|ne|sans|sin|jamais|nunca|nicht"
                                   r"|kein\w*)(?!\w)"
                                   r"|n['’]t(?!\w)|(?<!\w)n['’](?=\w)", re.IGNORECASE)


# A denial told as a contradiction: "Die Grüne Liste bestreitet, eine Zusage gegeben zu haben" restates "hat der
# Darstellung der NSD widersprochen, sie habe eine Zusage gegeben" (its reported claim a clause after the verb, in its
# sentence), "denied the account" restates "contradicted the account" (tests/test_factcheck_185.py)
_DENYING = patterns.compile(r"(?<!\w)(?:bestreit(?:e|et|en)|bestritt(?:en)?|bestritten|dementier(?:t|te|ten|en)"
                            r"|den(?:y|ies|ied|ying))(?!\w)", re.IGNORECASE)
_CONTRADICTING = patterns.compile(r"(?<!\w)(?:widersp(?:rech|rich|rach|roch)\w*|contradict(?:s|ed|ing)?"
                                  r"|disput(?:e|es|ed|ing))(?!\w)", re.IGNORECASE)


def _denial_as_contradiction(clause: _Clause, other: _Clause) -> bool:
    """Say whether the negative one of two clauses negates by a verb of denying alone what the positive one's sentence
    tells as contradicted."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    return bool(_DENYING.search(negative.text)) and not _PLAIN_NEGATION.search(negative.text) and bool(
        _CONTRADICTING.search(_sentence_through_semicolons(positive.whole or positive.text, positive.start)
                              if positive.whole else positive.text))


def _set_aside_figure_given(clause: _Clause, other: _Clause, language: str) -> bool:
    """Say whether the negative one of two clauses only sets a figure aside after a kept one ("El sindicato reclama un
    6 %, no el 2,5 % que ofrece la Autoridad Portuaria") and the other gives that figure ("La Autoridad Portuaria ofrece
    una subida del 2,5 %"): the "no" denies the figure of the kept one's subject, not the other's deed
    (tests/test_factcheck_185.py); "Analysts expected inflation of 5%" of "5%, not the 4% analysts expected" names no
    figure set aside, and stays refused."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    if not negative.whole:
        return False
    aside = set_aside_figures.set_aside_at(negative.whole, negative.start, negative.start + len(negative.text),
                                           language)
    return bool(aside) and aside <= set(_FIGURE.findall(positive.text))


# "No other" told as "more than any other": "Die NSD hat stärker zugelegt als jede andere Partei" restates "Keine
# andere Partei hat so stark zugelegt", "gained more than any other party" restates "No other party gained as much"
# (tests/test_factcheck_185.py)
_NONE_OTHER = patterns.compile(r"(?<!\w)(?:no\s+other|none\s+of\s+the\s+other|kein(?:e|er|es|en)?\s+andere\w*"
                               r"|ning[uú]n[oa]?\s+otr[oa]|aucune?\s+autre)(?!\w)", re.IGNORECASE)
_THAN_ANY_OTHER = patterns.compile(r"(?<!\w)(?:than\s+(?:any|every)\s+other|als\s+(?:jede|jeder|jedes|alle)\s+ander\w*"
                                   r"|que\s+(?:cualquier|ningún|ninguna)\s+otr[oa]"
                                   r"|que\s+(?:tout|toute|tous)\s+(?:les\s+)?autres?)"
                                   r"(?!\w)", re.IGNORECASE)


def _none_other_as_more_than_any(clause: _Clause, other: _Clause) -> bool:
    """Say whether the negative one of two clauses says "no other" did so and the positive one "more than any
    other"."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    return bool(_NONE_OTHER.search(negative.text)) and bool(_THAN_ANY_OTHER.search(positive.text))


# What falls short of a thing is the subject's: "The companies' offer falls short of the Authority's view that 120
# stores may need to be sold" denies the offer's reach, not the view, which "The Authority's view is that 120 stores may
# need to be sold" restates (tests/test_factcheck_185.py)
_SHORT_OF = patterns.compile(r"(?<!\w)short\s+of(?!\w)", re.IGNORECASE)


def _short_of_another(clause: _Clause, other: _Clause) -> bool:
    """Say whether the negative one of two English clauses is negated by "short of" alone and the other holds none of
    its subject's words but those of what it falls short of."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    if not (short := _SHORT_OF.search(negative.text)) or _PLAIN_NEGATION.search(negative.text):
        return False
    subject = negative.before - _content_words(negative.text[short.end():])
    return bool(subject) and not _common(subject, positive)


# A thing that may need doing is not told done: "at least 120 stores may need to be sold" of "No store has yet been
# sold" (or "None of the stores has been sold") drops no negation; the passage's perfect tells what is done so far, the
# sentence's "may" what could come (tests/test_factcheck_185.py)
_POSSIBLE = patterns.compile(r"(?<!\w)(?:may|might|could)(?:\s+(?:well|yet|still|also))?\s+"
                             r"(?:need\s+to\s+|have\s+to\s+)?"
                             r"be(?!\w)", re.IGNORECASE)
_DONE_SO_FAR = patterns.compile(r"(?<!\w)(?:has|have)(?:\s+(?:not|yet|so\s+far|as\s+yet))*\s+been(?!\w)", re.IGNORECASE)


def _possible_as_not_done(clause: _Clause, other: _Clause) -> bool:
    """Say whether a sentence's positive clause tells as possible ("may need to be sold") what a passage's negative
    one tells as not done so far ("No store has yet been sold")."""
    return (not clause.negative and bool(_POSSIBLE.search(clause.text)) and not _DONE_SO_FAR.search(clause.text)
            and bool(_DONE_SO_FAR.search(other.text)) and not _POSSIBLE.search(other.text))


# A condition's "not" tells no deed undone: "If Halvorsen does not accept the reduced award, the court will order a new
# trial" restates "Halvorsen may accept the reduced award or ask for a new trial" and "would order a new trial unless
# Halvorsen accepted" (tests/test_factcheck_185.py)
_IF_BEFORE = patterns.compile(r"(?<!\w)if\W*$", re.IGNORECASE)
_OPEN_CHOICE = patterns.compile(r"(?<!\w)(?:may|might|could|can|unless|whether|either)(?!\w)", re.IGNORECASE)


def _condition_of_a_choice(clause: _Clause, other: _Clause) -> bool:
    """Say whether a sentence's negative clause is an "if" condition and the passage's positive clause leaves the deed
    open (a choice, "may", "unless")."""
    return (clause.negative and not other.negative and clause.start > 0 and bool(clause.whole)
            and bool(_IF_BEFORE.search(clause.whole, max(0, clause.start - 6), clause.start))
            and bool(_OPEN_CHOICE.search(_sentence_through_semicolons(other.whole or other.text, other.start)
                                         if other.whole else other.text)))


# A request declined, told as the deed declined: "the Returning Officer declined to order a full recount" restates "I
# declined the request for a full recount" (tests/test_factcheck_185.py), where the passage's "declined" takes a noun
_DECLINED_REQUEST = patterns.compile(
    r"(?<!\w)(?:declin|refus|reject|turn(?:ed|s)?\s+down)\w*\s+(?:the|a|an|their|his|her|its|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:requests?|applications?|bids?|calls?|demands?|motions?|petitions?|pleas?)\s+"
    r"(?:for|to)\s+(?P<what>[^.;,]{1,80})", re.IGNORECASE)
_DECLINED_TO = patterns.compile(r"(?<!\w)(?:(?:declined|declines|decline|refused|refuses|refuse)(?:\s+to)?"
                                r"|(?:turned|turns|turn)\s+down|rejected|rejects)\s+", re.IGNORECASE)


def _declined_request(clause: _Clause, other: _Clause) -> bool:
    """Say whether a sentence's clause negated by "declined to" (or "refused", "turned down") alone names what a request
    its passage says was declined asked for ("declined to order a full recount" of "declined the request for a full
    recount")."""
    if not clause.negative or not (declined := _DECLINED_TO.search(clause.text)) or _PLAIN_NEGATION.search(clause.text):
        return False
    asked = _content_words(clause.text[declined.end():])
    return any(asked & _content_words(request["what"])
               for request in _DECLINED_REQUEST.finditer(other.whole or other.text))


_COMPOUND_REST = 4  # letters a German compound adds to the word it starts with: "Koalitions|zusage", not "-en"


def _another_compound(clause: _Clause, other: _Clause) -> bool:
    """Say whether the negative one of two German clauses negates a compound the other holds only the first part of:
    "Koalitionszusage" (a promise) is no "Koalition", though both start with "koali" (tests/test_factcheck_185.py)."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    predicate = negative.predicate
    if len(predicate) < _PREFIX + _COMPOUND_REST:
        return False
    held = [word for word in _words_in(positive.text) if word[:_PREFIX] == predicate[:_PREFIX]]
    return bool(held) and all(predicate.startswith(word) and len(predicate) - len(word) >= _COMPOUND_REST
                              for word in held)


def _refusal_restated(clause: _Clause, other: _Clause) -> bool:
    """Say whether the negative one of two clauses negates by a verb of refusing alone ("voted against",
    "rejected") what the positive one tells as refused otherwise ("opposed", "Acme's rejection of")."""
    negative, positive = (clause, other) if clause.negative else (other, clause)
    return not _PLAIN_NEGATION.search(negative.text) and any(
        told.search(negative.text) and otherwise.search(positive.text) for told, otherwise in _REFUSING)


# A decision not made, asked as the open question it leaves: "has not (yet) decided whether to appeal" restates
# "before deciding whether to appeal", "is weighing whether to sell"; "not decided to appeal" asks nothing.
_NOT_DECIDED_WHETHER = patterns.compile(
    r"(?<!\w)(?:not|n['’]t|never)\s+(?:yet\s+)?(?:decid(?:e|ed|ing)|determined|chosen|resolved|settled)"
    r"\s+(?:yet\s+)?(?:whether|if)(?!\w)", re.IGNORECASE)
_WHETHER = patterns.compile(r"(?<!\w)whether(?!\w)", re.IGNORECASE)


def _undecided_as_open(clause: _Clause, other: _Clause) -> bool:
    """Say whether a negative clause says a decision is not made where a passage's positive clause leaves it open
    ("whether"): the same question unanswered, no negation added."""
    return (clause.negative and not other.negative and bool(_NOT_DECIDED_WHETHER.search(clause.text))
            and bool(_WHETHER.search(other.text)))


# A doubt kept with its negation: "would probably not change the outcome" (or "is not likely to", "is not expected to")
# of "was unlikely to change the outcome"; a bare "would not change" hardens the doubt and stays refused
_UNLIKELY_TO = patterns.compile(r"(?<![\w'’-])unlikely\s+to\s", re.IGNORECASE)
_PROBABLY_NOT = patterns.compile(r"(?<![\w'’-])(?:(?:probably|likely)\s+(?:not|never|won['’]t)|(?:not|n['’]t)\s+"
                                 r"(?:(?:be\s+)?(?:likely|expected)\s+to|(?:probably|likely))|doubt(?:s|ed|ing)?)"
                                 r"(?![\w'’-])", re.IGNORECASE)


# "would not change the outcome" of "was unlikely to change the outcome": the same verb denied, the way the passage
# leans (factcheck_234); "would change" of it stays refused (unlikely_turned.py)
_UNLIKELY_VERB = patterns.compile(r"(?<![\w'’-])unlikely\s+to\s+(?P<verb>[^\W\d_]+)", re.IGNORECASE)
_NOT_VERB = patterns.compile(r"(?:(?<![\w'’-])(?:not|never)|n['’]t)\s+(?P<verb>[^\W\d_]+)", re.IGNORECASE)


def _unlikely_kept(negative: str, positive: str) -> bool:
    """Say whether a negative clause keeps what a positive clause calls "unlikely to": with a doubt of its own, or
    denying the very verb the passage calls unlikely."""
    if not _UNLIKELY_TO.search(positive):
        return False
    if _PROBABLY_NOT.search(negative):
        return True
    unlikely = {match["verb"].casefold()[:4] for match in _UNLIKELY_VERB.finditer(positive)}
    return any(match["verb"].casefold()[:4] in unlikely for match in _NOT_VERB.finditer(negative))


def _no_subject_denied_alike(clause: _Clause, other: _Clause) -> bool:
    """Say whether a negative clause of a passage denies, by "a date has not been set", what the sentence's negative
    clause denies by "no date has been set" (no_subject_denials.py), the rest of the sentence's words in the passage's
    sentence: "No date has been set for talks on the gas field" of "Talks ... are expected, but a date has not been
    set"."""
    if not (clause.negative and other.negative) or clause.arabic or not denied_alike(clause.text, other.text):
        return False
    told = sentence_of(other.whole, other.start) if other.whole else other.text
    return clause.words <= _content_words(told)


def _finding(text: str, at: int, clause: _Clause, passage: _Clause) -> Finding:
    lacked = lacking(clause.text) if clause.negative and not passage.negative and passage.whole else []
    if lacked:  # "tax-free" against "but not vitamins": the passage's sentence says what the clause alone does not
        said = " ".join(clause.text[lacked[0].start:lacked[0].end].split())
        return Finding(at, f"this sentence says '{said}' where its cited passage does not say so of it "
                           f"('{_sentence_at(passage.whole, passage.start)[:160]}'): "
                           f"\"{' '.join(clause.text.split())[:160]}\"",
                       "keep what the source says is free or exempt, and what it leaves out, or cite the words that "
                       "say what this says")
    flat = " ".join(passage.text.split())
    if flat[-1:] in ('"', "”", "»") and not any(mark in flat[:-1] for mark in '"“”«»'):
        flat = flat[:-1]  # a clause cut inside a quotation ('... though not yet alarming"') shows no stray closing mark
    what = "drops the negation of" if passage.negative else "adds a negation to"
    return Finding(at, f"this sentence {what} its cited passage ('{flat[:120]}'): "
                       f"\"{' '.join(clause.text.split())[:160]}\"",
                   "keep the source's negation (or its absence), or cite the words that say what this says")


def _denial_dropped(text: str, at: int, denial: str) -> Finding:
    """The finding of a sentence telling as so what its passage's sentence `denial` denies."""
    return Finding(at, f"this sentence drops the negation of its cited passage ('{denial[:120]}'): "
                       f"\"{' '.join(text.split())[:160]}\"",
                   "keep the source's negation (or its absence), or cite the words that say what this says")


def _saying_denied(text: str, at: int, said: str) -> Finding:
    """The finding of a sentence saying that someone does not say what its passage's sentence `said` tells them
    saying."""
    return Finding(at, f"this sentence says its cited passage does not say what it says ('{said[:120]}'): "
                       f"\"{' '.join(text.split())[:160]}\"",
                   "keep what the source says as said, or cite the words that say it is not")


def _sentence_at(text: str, at: int) -> str:
    """Return the sentence of text around `at` (to its stops either side), its spaces made single."""
    start = max(text.rfind(stop, 0, at) for stop in ".;!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".;!?") if end >= 0]
    return " ".join(text[start:min(ends, default=len(text))].split())
