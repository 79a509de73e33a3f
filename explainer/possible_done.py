"""Possibilities kept as possibilities: a sentence may not tell as done what the passages it cites give only as
possible.

"The court awarded damages to the families" citing "the court may award damages to the families" (or "might",
"could", "can", "would" (a reported future: "said talks would resume"), "will" (before "cost", an estimate, or a level's change: "will rise to 25%"), "is expected to",
"is estimated to", "is likely to", "plans to", "threatened to", "is in talks to", "hopes to", "offered
to", "expects to": "expects to file its notice of appeal"; "damages may be awarded") reports an
act the source says has not happened, and so does French "la cour a accordé" citing "la cour pourrait accorder" (or
"peut", "devrait"), or Spanish "el tribunal impuso" citing "podría imponer" ("puede", "debería"), or Portuguese "a
empresa propôs um acordo" citing "a empresa pode propor um acordo" ("poderia", "deve"; "foi concluída" citing "deve
ser concluída"), or Polish "Sąd oddalił skargę" citing "Sąd może skargę oddalić", or Dutch "Het college heeft een
boete opgelegd" citing "kan het college een boete opleggen" ("kunnen", "zou"). A plan, a wish or a future is no
more done: Spanish "recurrió" citing "piensa recurrir" ("quiere", "planea", "tiene previsto"), Dutch "gaf" citing
"zal geven" or "gaat" citing "wil gaan" (dutch_verbs.py reads Dutch; tests/test_factcheck_127.py). A passage's possibility is a modal right before a verb ("may award", "could fine"; a passive
"may be awarded"); the sentence tells it as done with that verb's past ("awarded", "fined", "banned", "won"; French
"a accordé", "ont infligé") in a clause sharing two of the passage's clause's words of four letters or more (or,
but in Polish, adding none to them: "The merger was blocked" for "Regulators may block the merger"). It is
refused where no cited passage tells that act in the past itself ("awarded damages last year and may award more"
backs "awarded"), and the sentence keeps no possibility of its own ("may", "could", "possible", "expected", ...);
words in quotation marks and negated acts ("did not award") are not read. An act only expected told as under way, a
progressive ending its clause, is refused alike: "Marsh is stepping down." citing "Marsh is expected to step down next
week" (tests/test_factcheck_110.py); a plan fixed ("is set to step down") may be told so. A plan given as a noun ("The
closure of the Lyon plant is planned for 2027", "Die Schließung des Werks ist für 2027 geplant") is no more done
(planned_nouns.py reads it; tests/test_factcheck_143.py). An act required ("must be sold", "has to publish", "is
required to", "shall be laid") or barred until a condition is met ("may not complete until", "cannot be accepted
until") is no more done: "have been sold", "completed", "is complete" are refused, and a passage's past told undone
("None of the stores has yet been sold") tells nothing done (tests/test_factcheck_144.py). A participle after a wish
and its object ("The council wanted the vote held in May") is the wish's, nothing done (tests/test_factcheck_168.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import dutch_verbs, italian_verbs, patterns, planned_nouns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .done_alike import done_alike
from .sentences import inside, markers_blanked
from .wordset import ascii_words

# "will cost": an estimate, never a bill paid; nor is "will rise to 25%" a level reached (newuser_32): a level's change
# to come is a schedule or a forecast, told done only by a passage that says it happened. "will" before another act
# is the forecast check's (forecasts.py), and a briefing written after the day may tell "will appeal for calm on
# Friday" as done.
_LEVEL_VERBS = (r"cost|rise|fall|increase|decrease|climb|drop|grow|decline|double|triple|quadruple|halve|reach|raise"
                r"|lower|reduce|cut")
_OBLIGED = (r"must|shall|(?:has|have)\s+to|needs?\s+to|(?:is|are)\s+(?:required|obliged|obligated|bound)\s+to")
# "would": a reported future ("said talks would resume"), never told done (newuser_34); read only after a word of
# saying (_REPORTED), as "each year the army would recruit" is a habit, done
_MODAL = (rf"(?-i:may)|might|could|can|would|will(?=\s+(?:be\s+)?(?:{_LEVEL_VERBS}|(?:rais|lower|reduc|increas|doubl|tripl"
          r"|halv)ed|cut)(?!\w))|(?:is|are)\s+(?:estimated|projected|forecast)\s+to"
          r"|(?:is|are)\s+(?:expected|likely|set|poised|due|preparing|seeking|trying)\s+to|(?:is|are)\s+to"
          r"|(?:is|are|was|were)\s+in\s+talks\s+to|plans?\s+to|intends?\s+to|threatened\s+to|threatens\s+to"
          r"|hopes?\s+to|wants?\s+to|aims?\s+to|offered\s+to|expects?\s+to"
          # an obligation is no deed: "The 48 stores have been sold" of "the 48 stores must be sold" built
          # (factcheck_144)
          rf"|{_OBLIGED}")
# "may award", "could still fine", "may be awarded"; not "may not", "could have": the verb must be a plain one.
_POSSIBLE_EN = patterns.compile(rf"(?<!\w)(?:{_MODAL})\s+(?:still\s+|also\s+|eventually\s+)?(?:(?P<be>be)\s+)?"
                                r"(?P<verb>(?!not\b|have\b|be\b|never\b)[a-z]{3,})(?!\w)", re.IGNORECASE)
# An act barred until a condition is met is to come, and conditional: "The merger has completed" (or "is complete") of
# "the merger may not complete until a buyer ... has been approved" built, the negated modal read as no possibility
# (factcheck_144); "will not", "cannot", "must not" alike, the bound within six words of the verb
_UNTIL_EN = patterns.compile(r"(?<!\w)(?:(?:may|can|could|will|shall|must|would)\s+not|cannot|can['’]t|won['’]t"
                             r"|shan['’]t)\s+(?:(?P<be>be)\s+)?(?P<verb>(?!have\b|be\b)[a-z]{3,})"
                             r"(?:\s+[\w'’-]+){0,6}?\s+(?:until|till|unless)(?!\w)", re.IGNORECASE)
# a state an act reaches, said with its plain form: "is complete", "is now open"
_STATE_WORDS = frozenset({"complete", "open"})
# a plan or a wish is no more done: "La société a fermé son usine" citing "envisage de fermer son usine" ("prévoit
# de", "compte", "entend", "veut", "souhaite", "a l'intention de", "s'apprête à") built (factcheck_133)
_FR_INTENDING = (r"envisage(?:nt)?\s+d(?:e\s|['’])|prévoi(?:t|ent)\s+d(?:e\s|['’])|compte(?:nt)?|entend(?:ent)?"
                 r"|veu(?:t|lent)|souhaite(?:nt)?|projette(?:nt)?\s+d(?:e\s|['’])|s['’]apprête(?:nt)?\s+à"
                 # a plan weighed or threatened: "songe à fermer", "réfléchit à", "menace de" (factcheck_138)
                 r"|songe(?:nt)?\s+à|réfléchi(?:t|ssent)\s+à|menace(?:nt)?\s+d(?:e\s|['’])|espère(?:nt)?"
                 r"|(?:a|ont)\s+(?:annoncé\s+)?(?:son|leur)\s+intention\s+d(?:e\s|['’])|(?:a|ont)\s+décidé\s+d(?:e\s|['’])"
                 r"|n['’]exclu(?:t|ent)\s+pas\s+d(?:e\s|['’])"
                 r"|(?:a|ont)\s+l['’]intention\s+d(?:e\s|['’])|doi(?:t|vent)"
                 # a threat made: "l'Ostrelande a seulement menacé d'appliquer des droits" (newuser_117)
                 r"|(?:a|ont|avait|avaient)\s+(?:seulement\s+|déjà\s+|simplement\s+|publiquement\s+)?menacé\s+d(?:e\s|['’])")
# a deal's step planned ("envisagent de fusionner", "prévoit de céder") is open_steps.py's, which names it as such
_FR_DEAL_STEPS = frozenset({"fusionner", "céder", "racheter", "acheter", "acquérir"})
_FR_ABLE = ("pourr", "peu", "devr", "risqu", "doi")  # and a duty, "doit céder", which no step planned reads
# a pronominal verb's "se" after the modal: "pourrait se prononcer", told done "s'est prononcé" (newuser_63)
_POSSIBLE_FR = patterns.compile(r"(?<!\w)(?:pourr(?:a|ont|ait|aient)|peu(?:t|vent)|devrai(?:t|ent)|risque(?:nt)?\s+d['’]"
                                rf"|{_FR_INTENDING})\s*(?:encore\s+|aussi\s+)?(?:se\s+|s['’])?(?P<verb>[a-zàâçéèêëîïôûù]{{3,}}(?:er|ir))(?!\w)",
                                re.IGNORECASE)
# a French obligation or possibility in the passive is no deed either: "Les 48 magasins ont été cédés" of "doivent être
# cédés" built, "être" no verb in "-er" (factcheck_154); its participle names the verb ("cédés": "céder")
_FR_DUTIES = r"doi(?:t|vent)|devr(?:a|ont)"
_PASSIVE_FR = patterns.compile(rf"(?<!\w)(?:pourr(?:a|ont|ait|aient)|peu(?:t|vent)|devrai(?:t|ent)|{_FR_DUTIES})\s+"
                               r"(?:encore\s+|aussi\s+)?être\s+(?P<verb>[a-zàâçéèêëîïôûù]{2,}[éiu])(?:e|s|es)?(?!\w)",
                               re.IGNORECASE)
# a plan or a wish is no more done: "El sindicato recurrió a la mediación" citing "piensa recurrir a la mediación"
# ("quiere", "planea", "pretende", "tiene previsto", "prevé") built (factcheck_127); a plan weighed is no more
# done: "amplió el trasvase" citing "estudia ampliar el trasvase" ("plantea", "baraja", "contempla", "sopesa") built
# (factcheck_163)
_ES_WEIGHING = r"estudia|estudian|plantea|plantean|baraja|barajan|contempla|contemplan|sopesa|sopesan"
_ES_INTENDING = (rf"piensa|piensan|quiere|quieren|planea|planean|pretende|pretenden|prevé|prevén|{_ES_WEIGHING}"
                 r"|tiene\s+previsto|tienen\s+previsto|tienen?\s+(?:la\s+)?intención\s+de|se\s+proponen?")
# a duty is no deed: "Las 48 tiendas se han vendido" of "deben venderse" built (factcheck_154), read with its "se" glued
# on and in the passive ("deben ser vendidas": its participle names the verb)
_ES_DUTIES = r"debe|deben|deberá|deberán|tienen?\s+que|han?\s+de"
_POSSIBLE_ES = patterns.compile(rf"(?<!\w)(?:podría|podrían|podrá|podrán|puede|pueden|debería|deberían|{_ES_INTENDING}"
                                rf"|{_ES_DUTIES})"
                                r"\s+(?:también\s+)?(?!decir(?!\w))(?:ser\s+(?P<participle>[a-záéíóúñ]{2,}[ai])d[oa]s?"
                                r"|(?P<verb>[a-záéíóúñ]{2,}(?:ar|er|ir))(?:se)?)(?!\w)",
                                re.IGNORECASE)  # "quiere decir": means, no wish (nor "dijo" its act)
# Portuguese: "a empresa propôs um acordo" cited "a empresa pode propor um acordo" built
# a plan, a wish or a near future is no more done: "A empresa fechou a fábrica" citing "pretende fechar a fábrica"
# ("vai", "planeja", "tenciona", "quer", "prevê", "tem a intenção de", "está prestes a") built (factcheck_138)
_PT_INTENDING = (r"pretendem?|vai|vão|irá|irão|planejam?|planeiam?|tencionam?|quer|querem|prevê|preveem|prevêem"
                 r"|pensam?\s+em|t[eê]m\s+(?:a\s+)?intenção\s+de|(?:está|estão)\s+prestes\s+a|ameaçam?|prometem?|estudam?"
                 r"|consideram?|deverá|deverão")
_POSSIBLE_PT = patterns.compile(r"(?<!\w)(?:pode|podem|poderá|poderão|poderia|poderiam|deve|devem|deveria|deveriam"
                                rf"|{_PT_INTENDING})\s+(?:também\s+|ainda\s+)?(?:(?P<be>ser)\s+)?"
                                r"(?P<verb>[a-záéíóúâêôãõç]{2,}(?:ar|er|ir|or|[aií]d[oa]s?))(?!\w)",
                                re.IGNORECASE)
# a conditional or a future in one word is no more done: French "La société a fermé l'usine" citing "fermerait l'usine"
# (reported: "a dit qu'elle fermerait"), Portuguese "fechou" citing "fechará" or "fecharia" built (factcheck_138);
# only regular verbs' ("serait", "terá" of "ser" tell no act)
_CONDITIONAL_FR = patterns.compile(r"(?<!\w)(?P<verb>[a-zàâçéèêëîïôûù]{3,}(?:er|ir))(?:ait|aient)(?!\w)",
                                   re.IGNORECASE)
_FUTURE_PT = patterns.compile(r"(?<!\w)(?P<verb>[a-záéíóúâêôãõç]{2,}(?:ar|er|ir))(?:á|ão|ia|iam)(?!\w)", re.IGNORECASE)
# Polish: "Sąd oddalił skargę" cited "Sąd może skargę oddalić albo uchylić pozwolenie" built. A modal, then its
# infinitives (in "-ć") up to the clause's end, an object between ("może skargę oddalić") and others joined by "albo",
# "lub", "i" ("albo uchylić pozwolenie"); its words compared by their first five letters, as Polish declines them
# ("skargę", "skarga").
_POSSIBLE_PL = patterns.compile(r"(?<!\w)(?:może|mogą|mógłby|mogłaby|mogłoby|mogliby|mogłyby)(?!\w)[^.;:!?]*",
                                re.IGNORECASE)
_PL_INFINITIVE = patterns.compile(r"(?<!\w)[a-ząćęłńóśźż]{3,}ć(?!\w)", re.IGNORECASE)
_PL_STEM = 5
_POLISH_MODALS = ("może", "mogą", "mógł", "mogł", "mogl", "Może", "Mogą")
_PT_IRREGULAR = {"fazer": ("fez", "fizeram", "feit[oa]s?"), "ter": ("teve", "tiveram"), "dar": ("deu", "deram"),
                 "trazer": ("trouxe", "trouxeram"), "dizer": ("disse", "disseram", "dit[oa]s?"),
                 "ver": ("viu", "viram", "vist[oa]s?"), "pôr": ("pôs", "puseram", "post[oa]s?"),
                 "ser": (), "estar": (), "haver": ()}
_ES_IRREGULAR = {"imponer": ("impuso", "impusieron", "impuesto", "impuesta"), "poner": ("puso", "pusieron", "puesto"),
                 "hacer": ("hizo", "hicieron", "hecho"), "tener": ("tuvo", "tuvieron"), "decir": ("dijo", "dijeron")}
_REPORTED = patterns.compile(r"(?<!\w)(?:said|says|say|told|tells|announced|announces|promised|promises|pledged"
                             r"|vowed|warned|declared|stated|insisted|confirmed|agreed|decided)(?!\w)", re.IGNORECASE)
_REPORTED_REACH = 80  # characters before "would" that a word of saying may stand in


def _reported(text: str, at: int) -> bool:
    """Say whether a word of saying stands before `at` in its sentence (within _REPORTED_REACH characters)."""
    before = text[max(0, at - _REPORTED_REACH):at]
    return _REPORTED.search(before[max(before.rfind(stop) for stop in ".;!?") + 1:]) is not None


# A plan's noun after a determiner is what an act is done to, no plan of the sentence's own: "The council approved
# the plan" citing "The council may approve the plan" built, as did Dutch "Het college keurde het plan goed" of "wil
# het plan goedkeuren" (factcheck_133); "its plans to close the plant" still keeps one
_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "het", "een", "de", "dit", "dat",
                "deze", "zijn", "haar", "hun", "le", "un", "son", "sa", "ses", "leur", "ce", "du", "el", "su", "sus",
                "del")
_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{word}\s)" for word in _DETERMINERS) + r"(?<![’']s\s)"
_PLAN_KEPT = rf"{_NOT_AFTER_DETERMINER}plans?|plans?(?=\s+(?:to|for)(?!\w))"
# A sentence's own possibility: it keeps the source's ("mediators should join" for "are expected to join", as French
# "devrait" and Spanish "debería" do).
_KEPT = patterns.compile(r"(?<!\w)(?:(?-i:may)|might|could|can|estimated|projected|forecast|possibl[ey]|possibility"
                         rf"|expect(?:ed|s)?|likely|{_PLAN_KEPT}|(?<!\bas\s)planned|should|ought|{planned_nouns.KEPT}"
                         r"|intends?|threat\w*|would|must|shall|required|obliged|obligated|(?:has|have|needs?)\s+to"
                         r"|cannot|can['’]t|won['’]t|until|unless|pourrai\w*|peu(?:t|vent)|devrai\w*|possible|éventuel\w*|podría\w*|puede\w*"
                         r"|debería\w*|posible\w*|pode|podem|poderá|poderão|poderia\w*|possível|possivelmente"
                         r"|previst[oa]s?|talvez|deve|devem|deverá|deverão|deveria\w*"
                         r"|może|mogą|mógłby|mogłaby|mogłoby|mogliby|mogłyby|możliwe|ewentualn\w*|prawdopodobnie"
                         rf"|{dutch_verbs.KEPT}"
                         rf"|{_ES_INTENDING}|envisag\w*|prévoi(?:t|ent)|{_NOT_AFTER_DETERMINER}compte(?:nt)?|entend(?:ent)?|veu(?:t|lent)"
                         r"|souhait\w*|projett\w*|apprêt\w*|intention|doi(?:t|vent)"
                         # a duty to come or a Spanish one keeps it: "devront être cédés", "deberán venderse"
                         rf"|{_FR_DUTIES}|{_ES_DUTIES}|il\s+faut|obligatoire\w*|obligad[oa]s?|pourr(?:a|ont)|podrán?"
                         r"|song\w*|réfléchi\w*|menac\w*|espèr\w*|esper\w*|décid\w*|exclu\w*"
                         rf"|{_PT_INTENDING}|planej\w*|planei\w*|tencion\w*|prestes|{italian_verbs.KEPT})(?!\w)",
                         re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|pas|jamais|n['’]|ne|não|nunca|nie|niet|geen|nooit"
                                   r"|non(?!-)|mai)"
                                   # a Spanish pronoun between, "no se han vendido" (factcheck_154)
                                   r"(?:\W+(?:se|lo|la|los|las|le|les))?(?:\W+\w+){0,1}\W*$",
                                   re.IGNORECASE)
_IRREGULAR = {"win": ("won",), "lose": ("lost",), "pay": ("paid",), "sell": ("sold",), "hold": ("held",),
              "give": ("gave", "given"), "take": ("took", "taken"), "make": ("made",), "rise": ("rose", "risen"),
              "fall": ("fell", "fallen"), "strike": ("struck",), "begin": ("began", "begun"), "send": ("sent",),
              "bring": ("brought",), "buy": ("bought",), "meet": ("met",), "seek": ("sought",), "leave": ("left",),
              "drop": ("dropped",), "withdraw": ("withdrew", "withdrawn"), "overturn": ("overturned",),
              "spend": ("spent",), "lend": ("lent",), "build": ("built",), "sink": ("sank", "sunk"),
              "freeze": ("froze", "frozen"), "choose": ("chose", "chosen"), "find": ("found",), "keep": ("kept",),
              "cost": ("cost",), "grow": ("grew", "grown"), "cut": ("cut",),
              "hide": ("hid", "hidden"), "steal": ("stole", "stolen"), "break": ("broke", "broken"),
              "shoot": ("shot",), "mislead": ("misled",), "lay": ("laid",),
              # a tribunal's own verbs: "has upheld the findings" of "may uphold" (newuser_108)
              "uphold": ("upheld",), "withhold": ("withheld",), "cancel": ("cancelled", "canceled"),
              # a past that is the plain verb: "The plant shut down on Friday" citing "is due to shut down on Friday"
              # built, "shut" read as no past of "shut" (factcheck_112)
              "shut": ("shut",), "put": ("put",), "set": ("set",), "quit": ("quit",), "hit": ("hit",),
              "let": ("let",), "split": ("split",), "spread": ("spread",), "hurt": ("hurt",), "shed": ("shed",),
              "bid": ("bid",), "burst": ("burst",), "cast": ("cast",), "upset": ("upset",)}
# "to cost", "will cost": a verb whose past is its plain form, not told as done after these; but after a "to" that
# tells the act done ("was forced to cut", "had to cut", "managed to cut") it is as done as "cut" (factcheck_116)
_DONE_TO = "".join(rf"(?<!\b{word}\s)" for word in ("forced", "compelled", "obliged", "made", "had",
                                                     "managed", "began", "started", "continued", "went", "got"))
_PLAIN_BEFORE = patterns.compile(rf"(?<!\w)(?:{_DONE_TO}to|will|would|shall|does|do|['’]ll)\s+$", re.IGNORECASE)


def infinitive_at(text: str, at: int) -> bool:
    """Say whether the verb at `at` is an infinitive or a future's plain verb ("offered to cut", "will cut"), which
    tells nothing done, though "cut" is its own past."""
    return _PLAIN_BEFORE.search(text, max(0, at - 20), at) is not None
# a participle after a wish and what it is for is the wish's, nothing done: "The council wanted the vote held in May"
# of "wants to hold a vote" (tests/test_factcheck_168.py); not across "and" ("wanted a vote and held it") nor a
# verb's auxiliary ("the vote the council wanted was held"); an order's alike: "The panel ordered the vessel released" of
# "Norland must release the vessel, the panel ruled" orders it, no more (tests/test_factcheck_174.py)
_WISHED_BEFORE = patterns.compile(r"(?<!\w)(?:wants?|wanted|wanting|wish(?:es|ed)?|prefers?|preferred|would\s+like"
                                  r"|order(?:s|ed)?"
                                  r"|(?:hope[sd]?|hoping|sought|seeks?|aims?|aimed|tried|tries|plans?|planned)\s+to\s+"
                                  r"(?:have|get)|(?:asked|pushed|pressed|called)\s+for)\s+"
                                  r"(?:(?!(?:and|but|then|so|or|which|who|that|was|were|is|are|be|been|has|have"
                                  r"|had)\s)[\w'’-]+\s+){1,5}$", re.IGNORECASE)
# a German participle after "wird" or "werden" in its clause is a passive still to come: "Das Werk wird 2027
# geschlossen" of "Die Schließung ist für 2027 geplant" (tests/test_factcheck_147.py); Dutch "werden" is a past
_GERMAN_TO_COME = patterns.compile(r"(?<!\w)(?:wird|werden)\s+(?:[^\s.;:!?,]+\s+){0,5}$", re.IGNORECASE)
# a participle after "be" is still to come: "is to be published", "will be paid" (tests/test_newuser_60.py)
_STILL_TO_BE = patterns.compile(r"(?<!\w)(?:be|being)\s+$", re.IGNORECASE)
# A plain verb offered as one of a choice's limbs is no deed: "The court gave Halvorsen a choice: accept the reduced
# award or face a new trial" of "Halvorsen may accept the reduced award or ask for a new trial" was refused as told
# done (tests/test_factcheck_179.py). Read after "choice:", "options:", "either", "whether to", or after "or" further
# on in a choice's sentence; a past ("either accepted") tells a deed still.
_CHOICE_BEFORE = patterns.compile(
    r"(?<!\w)(?:choice|choices|options?|alternatives?|ultimatum)(?:\s*(?::|—|–|\bof\b|\bbetween\b|\bwas\s+to\b"
    r"|\bis\s+to\b|\bto\b)\s*(?:either\s+|to\s+)?|[^.;!?]{1,80}?\s+or\s+(?:to\s+)?)$"
    r"|(?<!\w)(?:either|whether\s+to)\s+$", re.IGNORECASE)

# A verb in a condition's clause is no deed done: "If Halvorsen accepts the reduced award, there will be no new trial"
# of "Halvorsen may accept the reduced award" (tests/test_factcheck_179.py).
_IN_CONDITION = patterns.compile(r"(?<!\w)(?:if|unless)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _offered_as_a_choice(text: str, match: re.Match) -> bool:
    """Say whether the plain verb at `match` is a limb of a choice the sentence tells offered ("a choice: accept the
    award or face a new trial"), no deed done."""
    form = match.group().casefold()
    return (not form.endswith(("ed", "s")) and " " not in form
            and _CHOICE_BEFORE.search(text, max(0, match.start() - 120), match.start()) is not None)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "could", "might", "still", "expected",
                          "likely", "plans", "intends", "threatened", "pourrait", "pourraient", "devrait", "devraient",
                          "peut", "peuvent", "dans", "pour", "avec", "leur", "leurs", "cette",
                          # Dutch and Italian auxiliaries: "Het park werd geopend" says no more than "park" of "Het
                          # park wordt in 2027 geopend" (factcheck_138)
                          "wordt", "worden", "werd", "werden", "zijn", "waren", "heeft", "hebben", "stato", "stata",
                          "stati", "state", "sono", "hanno",
                          # and German ones: "Das Werk wurde geschlossen" (factcheck_143)
                          "wurde", "wurden", "worden", "wird", "werden"})
_RESTATES = 2
# The first words of _MODAL: a possibility opening with another is named in the hint as the source writes it ("keep
# the source's 'pode'"), not as English's "may" or "could".
_ENGLISH_FIRST = frozenset({"may", "might", "could", "can", "is", "are", "was", "were", "plan", "plans", "intend",
                            "intends", "threatened", "threatens", "hope", "hopes", "want", "wants", "aim", "aims",
                            "offered", "expect", "expects"})


class Possible(NamedTuple):
    """An act a passage gives as possible: its words as written, the forms that tell it done, the clause's words."""

    shown: str
    done: re.Pattern
    words: frozenset[str]
    plan: str = ""  # a plan given as a noun's ("planned" of "the closure is planned"), named in the message


def told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done an act its cited passages give only as possible."""
    possible = [found for passage in passages for found in _possible(passage.text)
                if not found.shown.endswith(_FUTURE_ENDINGS) or language.split("-")[0].casefold() != "es"]
    if not possible:
        return []  # most passages give no possibility (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken) or dutch_verbs.keeps_plan(spoken, language):
        return []  # the sentence keeps a possibility of its own ("may", "could", "expected")
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    german = language.split("-")[0].casefold() == "de"
    obliged = _OBLIGATION_KEPT.search(spoken) is not None  # once a sentence, not once an act
    for act in possible:
        done = next((match for match in act.done.finditer(spoken) if not inside(quoted, match.start())
                     and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 20), match.start())
                     and not _told_undone(spoken, match.start())  # "None of the stores has been sold yet"
                     and not infinitive_at(spoken, match.start())
                     and not _WISHED_BEFORE.search(spoken, max(0, match.start() - 50), match.start())
                     and not _STILL_TO_BE.search(spoken, max(0, match.start() - 20), match.start())
                     and not _offered_as_a_choice(spoken, match)
                     and not _IN_CONDITION.search(spoken, max(0, match.start() - 60), match.start())
                     and not (german and _GERMAN_TO_COME.search(spoken, max(0, match.start() - 60), match.start()))
                     and not _a_noun(spoken, match)), None)
        if obliged and _given_as(act.shown) == "as required":
            continue  # "Importers had to register contracts" keeps "must register" (newuser_32)
        shared = words & act.words if not act.shown.startswith(_POLISH_MODALS) else (
            polish_stems(spoken) & act.words)
        if done is None or (len(shared) < _RESTATES and not _covered(words, act, done.group(), spoken)):
            continue
        if any(not _a_noun(text, told) and not _told_undone(text, told.start()) for passage in passages
               for text in (_without_possible(passage.text),) for told in act.done.finditer(text)):
            continue  # a passage tells it done itself ("awarded damages last year and may award more")
        future = act.plan or ("van plan" if act.shown.startswith("van plan") else act.shown.casefold().split()[0])
        # a wish, an expectation, a plan or a future ("chiuderà", "fechará")
        to_come = bool(act.plan) or future in _TO_COME or future == "van plan" or future.endswith(_FUTURE_ENDINGS)
        given = _given_as(act.shown) or ('as to come' if to_come else 'as possible')
        return [Finding(offset, f"this sentence tells as done ('{done.group()}') what its cited passages give only "
                                f"{given} ('{act.shown}'): {clipped(text)}",
                        (f"keep the source's '{act.shown.rsplit(maxsplit=1)[0]}'" if given != 'as possible'
                         and given != 'as to come'
                         else f"keep the source's '{future}'" if future in ('will', 'would') or future not in _ENGLISH_FIRST
                         else "keep the source's 'may' or 'could'")
                        + ", or cite a passage that says it happened")]
    return []


# A passage's past told undone is no deed it tells: "None of the stores has yet been sold" backs no "have been sold"
# beside its "must be sold" (factcheck_144): a negation in the clause before the verb, or its subject "none", "no"
# (after a conjunction too: "No buyer has been approved, and none of the stores has been sold", newuser_115)
_UNDONE_BEFORE = patterns.compile(r"(?:^|[,;:.!?])\s*(?:(?:and|but|yet|while|or|nor|so)\s+)?"
                                  r"(?:none|no|neither|nothing|nobody|no\s+one)(?!\w)[^,;:.!?]*$"
                                  r"|(?:(?<!\w)not|(?<!\w)never|n['’]t)(?:\s+\w+){0,2}\s+$|(?<!\w)yet\s+(?:been\s+)?$",
                                  re.IGNORECASE)


def _told_undone(text: str, at: int) -> bool:
    """Say whether the past at `at` is told undone: a negation up to two words before it, or its clause's subject
    "none" or "no" (up to 80 characters before it)."""
    return _UNDONE_BEFORE.search(text, max(0, at - 80), at) is not None


# a sentence's own obligation, in any tense, keeps a required act's: "had to register" of "must register"
_OBLIGATION_KEPT = patterns.compile(r"(?<!\w)(?:had|needed|was|were)\s+to|obliged|obligated|required|deadline"
                                    # French's and Spanish's: "a dû être cédé", "tuvieron que vender" (factcheck_154)
                                    r"|(?<!\w)(?:a|ont|avait|avaient)\s+dû|(?<!\w)devai(?:t|ent)|(?<!\w)tuvieron\s+que"
                                    r"|(?<!\w)tuvo\s+que|(?<!\w)debía(?:n)?(?!\w)",
                                    re.IGNORECASE)
# (French "doit" is as often "is due to", "doit publier son rapport en mai": given as to come, tests/test_factcheck_133.py)
_REQUIRED = patterns.compile(rf"(?:{_OBLIGED}|{_ES_DUTIES})\s", re.IGNORECASE)


def _given_as(shown: str) -> str:
    """Return how a passage gives an act that it requires ("must be sold") or bars until a condition is met ("may not
    complete until"), or "" for a possibility or a plan."""
    if _UNTIL_EN.fullmatch(shown):
        return "on a condition not yet met"
    return "as required" if _REQUIRED.match(shown) else ""


# A past that is the plain verb ("cost", "cut") is a noun after a determiner or before "of": "put the cost of a deal at
# $20 million", "its cost", "at a cost", "a cut of 5%" tell nothing done (factcheck_94)
_DETERMINER_BEFORE = patterns.compile(r"(?<!\w)(?:the|a|an|its|their|his|her|our|this|any|no|whose|total"
                                      r"|[\w-]+['’]s)\s+$", re.IGNORECASE)
_OF_AFTER = patterns.compile(r"\s+(?:of|to\s+the|is|was|would|could|will)(?!\w)", re.IGNORECASE)
_PLAIN_PASTS = frozenset(verb for verb, forms in _IRREGULAR.items() if verb in forms)
# a past that is the plain verb is a present after a plural or a plural's pronoun ("the plants shut", "they quit"),
# and a past after a singular ("the plant shut", "Marsh quit"; "the boss quit") or an auxiliary ("has shut", "was shut")
_PLURAL_BEFORE = (r"(?:(?<!s\s)|(?<=ss\s)|(?<=[’']s\s)|(?<=\bhas\s)|(?<=\bwas\s)|(?<=\bis\s))" + "".join(rf"(?<!\b{word}\s)" for word in (
    "they", "we", "you", "i", "both", "all", "people", "police", "children", "men", "women")))


def _a_noun(text: str, match: re.Match) -> bool:
    """Say whether a past written as its plain verb ("cost", "cut") is a noun where it stands: after a determiner
    ("the cost", "its cost", "a cut") or before "of" ("cost of the deal")."""
    return match.group().casefold() in _PLAIN_PASTS and bool(
        _DETERMINER_BEFORE.search(text, max(0, match.start() - 30), match.start()) or _OF_AFTER.match(text, match.end()))


def _covered(words: frozenset[str], act: Possible, done: str, spoken: str) -> bool:
    """Say whether a short sentence says nothing but the act's clause, told done: "The merger was blocked" of
    "Regulators may block the merger" shares one word, and adds none; one that keeps the passage's modal ("is due
    to be completed") tells nothing done."""
    own = words - set(done.casefold().split())  # "is resigning": its "-ing" form
    return (bool(own) and own <= act.words and not act.shown.startswith(_POLISH_MODALS)
            and act.shown.rsplit(maxsplit=1)[0].casefold() not in spoken.casefold())


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _possible(text: str) -> tuple[Possible, ...]:
    """Return the acts a passage gives as possible, English or French."""
    if not _may_give_possible(text):
        return ()  # most passages give no possibility: their words say so without the three patterns
    found = []
    for match in (*_POSSIBLE_EN.finditer(text), *_POSSIBLE_FR.finditer(text), *_POSSIBLE_ES.finditer(text),
                  *_POSSIBLE_PT.finditer(text), *_CONDITIONAL_FR.finditer(text), *_FUTURE_PT.finditer(text),
                  *_PASSIVE_FR.finditer(text)):
        verb = _verb_of(match)
        if match.re == _POSSIBLE_FR and verb in _FR_DEAL_STEPS and not match.group().casefold().startswith(_FR_ABLE):
            continue
        if match.group()[:5].casefold() == "would" and not _reported(text, match.start()):
            continue  # "each year the army would recruit": a habit, or a condition, not a future reported
        # a future's or a conditional's act told in the present may be told as to come ("Senza un accordo, entra in
        # vigore" of "entrerà", newuser_36): only its past tells it done
        single = match.re in (_CONDITIONAL_FR, _FUTURE_PT)
        forms = (_french_passive_done(match["verb"].casefold()) if match.re == _PASSIVE_FR
                 else _french_done(verb, not single) if match.re in (_POSSIBLE_FR, _CONDITIONAL_FR)
                 else _spanish_done(verb) if match.re == _POSSIBLE_ES
                 else _portuguese_done(verb, bool(match.groupdict().get("be")), not single)
                 if match.re in (_POSSIBLE_PT, _FUTURE_PT)
                 else _english_done(verb, bool(match.groupdict().get("be"))) if match.groupdict().get("be")
                 else _english_done_or_present(verb, bool(_SCHEDULED.match(match.group()))))
        if forms:
            clause = _sentence_of(text, match.start())
            found.append(Possible(" ".join(match.group().split()), forms,
                                  content_words(clause, _NOT_CONTENT | {verb})))
    found.extend(_any_deed(text))
    found.extend(_barred_until(text))
    found.extend(_polish_possible(text))
    found.extend(_dutch_possible(text))
    found.extend(_noun_plans(text))
    found.extend(Possible(act.shown, act.done, content_words(_sentence_of(text, act.at), _NOT_CONTENT | {act.verb}))
                 for act in italian_verbs.possible_acts(text))
    return tuple(found)


# Any deed of a kind, its participle after "tout" or "toute" and its noun, under a conditional or a future: "Toute
# rétorsion appliquée avant le rapport final serait contraire aux règles", "tout accord conclu entre les parties ...
# serait pris en compte" tell no retaliation applied, no agreement reached ("Un accord a été conclu" and "l'Ostrelande
# a appliqué des droits de rétorsion" built, newuser_117); Spanish "todo acuerdo alcanzado ... sería",
# "cualquier medida adoptada ... será" alike. Not after an article: "tous les contrats signés en 2024 seraient
# annulés" tells the contracts signed.
_ANY_DEED_FR = patterns.compile(
    r"(?<!\w)(?:tout|toute|tous|toutes)\s+(?!(?:le|la|les|l|ces|ses|leurs?|nos|vos|mes|un|une|ce|cette|cet)(?![^\W\d_]))"
    r"(?:[^\W\d_]+\s+){1,3}?(?P<participle>[a-zàâçéèêëîïôûù]{3,}(?:é|i|u))"
    r"(?:e|s|es)?(?=\s[^.;:!?]{0,160}?(?<!\w)(?:serait|seraient|sera|seront|pourrait|pourraient|devrait|devraient)"
    r"(?!\w))", re.IGNORECASE)
_ANY_DEED_ES = patterns.compile(
    r"(?<!\w)(?:todo|toda|todos|todas|cualquier|cualquiera)\s+"
    r"(?!(?:el|la|los|las|lo|sus?|estos?|estas?|esos?|esas?|un|una)(?![^\W\d_]))(?:[^\W\d_]+\s+){1,3}?"
    r"(?P<participle>[a-záéíóúñ]{2,}[ai])d[oa]s?(?=\s[^.;:!?]{0,160}?(?<!\w)(?:sería|serían|será|serán|podría"
    r"|podrían|debería|deberían)(?!\w))", re.IGNORECASE)


def _any_deed(text: str) -> list[Possible]:
    """Return the deeds of a kind a passage gives under a condition ("toute rétorsion appliquée ... serait"), each
    told done by its verb's past, active or passive ("a appliqué", "a été conclu"; "ha alcanzado", "fue alcanzado")."""
    if "tout" not in text.casefold() and "tod" not in text.casefold() and "cualquier" not in text.casefold():
        return []
    found = []
    for match in (*_ANY_DEED_FR.finditer(text), *_ANY_DEED_ES.finditer(text)):
        participle = match["participle"].casefold()
        if match.re == _ANY_DEED_FR:
            verb = participle[:-1] + "er" if participle.endswith("é") else participle
            done = re.compile(rf"(?<!\w)(?:(?:a|ont|avait|avaient)(?:\s+été)?|est|sont|était|étaient|fut|furent)\s+"
                              rf"{re.escape(participle)}(?:e|s|es)?(?!\w)", re.IGNORECASE)
        else:
            verb, stem = participle + "r", re.escape(participle[:-1])
            simple = rf"{stem}(?:ó|aron)" if participle.endswith("a") else rf"{stem}(?:ió|ieron)"
            # its participle only after "ha" or "fue": "un acuerdo alcanzado" alone is the condition again
            done = re.compile(rf"(?<!\w)(?:(?:(?:ha|han|había|habían)(?:\s+sido)?|fue|fueron)\s+"
                              rf"{re.escape(participle)}d[oa]s?|{simple})(?!\w)", re.IGNORECASE)
        found.append(Possible(" ".join(match.group().split()), done,
                              content_words(_sentence_of(text, match.start()), _NOT_CONTENT | {verb, participle})))
    return found


def _verb_of(match: re.Match) -> str:
    """Return the verb a possibility's match names, its infinitive, or a passive's participle read back to it ("cédé":
    "céder"; "vendidas": "vender")."""
    if match.re == _POSSIBLE_ES and match["participle"]:
        stem = match["participle"].casefold()
        return stem[:-1] + ("ar" if stem.endswith("a") else "er")
    return match["verb"].casefold()


def _barred_until(text: str) -> list[Possible]:
    """Return the acts an English passage bars until a condition is met ("may not complete until"), told done by their
    past, their present as a fact, or the state they reach ("is complete")."""
    found = []
    for match in _UNTIL_EN.finditer(text):
        verb = match["verb"].casefold()
        done = _english_done_source(verb, True) if match["be"] else getattr(_english_done_or_present(verb), "pattern", "")
        if not done:
            continue
        if verb in _STATE_WORDS:
            done += rf"|(?<!\w)(?:is|are|was|were|now)\s+(?:now\s+)?{verb}(?!\w)"
        found.append(Possible(" ".join(match.group().split()), re.compile(done, re.IGNORECASE),
                              content_words(_sentence_of(text, match.start()), _NOT_CONTENT | {verb})))
    return found


def _polish_possible(text: str) -> list[Possible]:
    """Return the acts a Polish passage gives as possible: each infinitive after "może" in its clause."""
    found = []
    for match in _POSSIBLE_PL.finditer(text):
        verbs = [verb.group() for verb in _PL_INFINITIVE.finditer(match.group())]
        clause = _sentence_of(text, match.start())
        words = polish_stems(clause) - {verb.casefold()[:_PL_STEM] for verb in verbs}
        modal = match.group().split()[0]
        found.extend(Possible(f"{modal} {verb}", _polish_done(verb.casefold()), words) for verb in verbs)
    return found


def _dutch_possible(text: str) -> list[Possible]:
    """Return the acts a Dutch passage gives as possible (dutch_verbs.py reads them), each with its clause's words."""
    return [Possible(act.shown, act.done, content_words(_sentence_of(text, act.at), _NOT_CONTENT | {act.verb})
                     | (dutch_verbs.WORK if act.done is dutch_verbs.BEGUN_DONE else frozenset()))
            for act in (*dutch_verbs.possible_acts(text), *dutch_verbs.planned_acts(text))]


def _noun_plans(text: str) -> list[Possible]:
    """Return the acts a passage gives as planned by their noun (planned_nouns.py reads them), told done by their
    verb's past, each with its clause's words, a German or Dutch one's ending "s" dropped too ("des Werks": "Werk")."""
    found = []
    for plan in planned_nouns.planned_nouns(text):
        words = content_words(_sentence_of(text, plan.at, _FULL_STOP), _NOT_CONTENT)
        words |= {word[:-len(end)] for word in words for end in _ENDINGS
                  if word.endswith(end) and len(word) - len(end) >= 4}
        found.append(Possible(plan.shown, _noun_plan_done(plan.verbs), words, plan.plan))
    return found


# a planned noun's clause reads on past a semicolon, whose "its" names what the clause before does ("The plant closed
# in 2024; its demolition is planned for 2027"), and its words are read without a possessive's or a German or Dutch
# declension's ending ("the plant's closure", "des Werks", "der neuen Brücke")
_FULL_STOP = patterns.compile(r"[!?]|\.(?!\d)")
_ENDINGS = ("'s", "’s", "'", "’", "es", "en", "s", "n")


@functools.lru_cache(maxsize=1 << 8)
def _noun_plan_done(verbs: tuple[tuple[str, str], ...]) -> re.Pattern:
    """Return the pattern of the pasts that tell a planned act done, by its verbs in their languages ("en", "close":
    "closed"; "fr", "fermer": "a fermé"), an event's "was held", or the forms given ("forms", "geschlossen")."""
    sources = []
    for language, verb in verbs:
        if language == "en":
            sources.append(_english_done_source(verb, False))
        elif language in ("fr", "it", "pt", "es"):
            pattern = (_french_done(verb, False) if language == "fr" else italian_verbs.done_pattern(verb, False)
                       if language == "it" else _portuguese_done(verb, False, False) if language == "pt"
                       else _spanish_done(verb))
            sources.append(pattern.pattern)
        else:
            sources.append(rf"(?<!\w)(?:{verb or planned_nouns.EVENT_HELD})(?!\w)")
    return re.compile("|".join(source for source in sources if source), re.IGNORECASE)


def polish_stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's content words, and names of three letters ("Sąd")."""
    return frozenset(word[:_PL_STEM] for word in content_words(text, _NOT_CONTENT, names_of_three=True))


def _polish_done(verb: str) -> re.Pattern:
    """Return the pattern of a Polish verb's past and passive participle ("oddalić": "oddalił", "oddaliła",
    "oddalona"; "wszcząć": "wszczął", "wszczęła", "wszczęte")."""
    if verb.endswith("ąć"):
        stem = re.escape(verb[:-2])
        forms = (f"{stem}ął", f"{stem}ęł[aoy]", f"{stem}ęli", f"{stem}ęt[aoey]", f"{stem}ęci")
    else:
        stem = re.escape(verb[:-1])
        participle = f"{re.escape(verb[:-2])}on[aoey]" if verb.endswith("ić") else f"{stem}n[aoey]"
        forms = (f"{stem}ł", f"{stem}ł[aoy]", f"{stem}li", participle)
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


# the endings of a future in one word (italian_verbs.FUTURE's, _FUTURE_PT's), a conditional's being possible
_FUTURE_ENDINGS = ("erà", "eranno", "irà", "iranno", "ará", "erá", "irá", "arão", "erão", "irão")
# the first words of Portuguese plans and near futures ("vai fechar", "pretendem fechar", "têm a intenção de")
_PT_FIRST = frozenset({"pretende", "pretendem", "vai", "vão", "irá", "irão", "planeja", "planejam", "planeia",
                       "planeiam", "tenciona", "tencionam", "quer", "querem", "prevê", "preveem", "prevêem", "pensa",
                       "pensam", "tem", "têm", "está", "estão", "ameaça", "ameaçam", "promete", "prometem", "estuda",
                       "estudam", "considera", "consideram", "deverá", "deverão"})
# The words one of which a possibility holds, as ASCII text's words hold them: each modal of _POSSIBLE_EN and
# _POSSIBLE_ES is a whole word ("is expected to" holds "expected"); French ones are looked for as substrings, as
# _POSSIBLE_FR reads "pourrait" right before its verb ("risque d'augmenter").
_MODAL_WORDS = frozenset({"may", "might", "could", "can", "will", "would", "estimated", "projected", "forecast",
                          "must", "shall", "has", "have", "need", "needs", "required", "obliged", "obligated", "bound",
                          "cannot", "won", "shan",
                          "expected", "likely", "set", "poised", "due", "preparing",
                          "seeking", "trying", "talks", "plan", "plans", "intend", "intends", "threatened",
                          "threatens", "hope", "hopes", "want", "wants", "aim", "aims", "offered", "puede", "pueden",
                          "pode", "podem", "poderia", "poderiam", "deve", "devem", "deveria", "deveriam",
                          "debe", "deben", "tiene", "tienen", "ha", "han",
                          *dutch_verbs.MODALS, "piensa", "piensan", "quiere", "quieren", "planea", "planean",
                          "pretende", "pretenden", "previsto", "propone", "proponen", *_ES_WEIGHING.split("|"), *_PT_FIRST,
                          *italian_verbs.MODAL_WORDS, *planned_nouns.WORDS})
_FRENCH_MODALS = ("pourrai", "peu", "devr", "risque", "envisag", "prévoi", "compt", "entend", "veu", "souhait",
                  "projett", "apprêt", "intention", "doi", "songe", "réfléchi", "menac", "espère", "décid", "serai",
                  "exclu", "erait", "eraient", "irait", "iraient", "aria", "eria", "iria", "ebbe")  # and conditionals
# The first words of a possibility that give an act as to come, not as possible: "as to come" in the message
_TO_COME = frozenset({"will", "would", *dutch_verbs.TO_COME, "piensa", "piensan", "quiere",
                      "quieren", "planea", "planean", "pretende", "pretenden", "prevé", "prevén", "tiene", "tienen",
                      *_ES_WEIGHING.split("|"),
                      "envisage", "envisagent", "prévoit", "prévoient", "compte", "comptent", "entend", "entendent",
                      "veut", "veulent", "souhaite", "souhaitent", "projette", "projettent", "s'apprête",
                      "s’apprête", "s'apprêtent", "s’apprêtent", "a", "ont", "doit", "doivent", "devra", "devront", "se", "songe",
                      "songent", "réfléchit", "réfléchissent", "menace", "menacent", "espère", "espèrent",
                      *_PT_FIRST, *italian_verbs.TO_COME})


def _may_give_possible(text: str) -> bool:
    """Say whether a passage may give an act as possible (the patterns above): False only where ASCII text surely
    does not; any other text is left to the patterns."""
    words = ascii_words(text)
    if words is None:
        return True
    lowered = text.lower()
    return (not words.isdisjoint(_MODAL_WORDS) or any(modal in lowered for modal in _FRENCH_MODALS)
            or " is to " in lowered or " are to " in lowered)


@functools.lru_cache(maxsize=1 << 12)
def _without_possible(text: str) -> str:
    """Return a passage with its possibilities blanked: "may be awarded" tells nothing awarded."""
    for pattern in (_POSSIBLE_EN, _UNTIL_EN, _POSSIBLE_FR, _PASSIVE_FR, _POSSIBLE_ES, _POSSIBLE_PT, _POSSIBLE_PL, dutch_verbs.POSSIBLE,
                    italian_verbs.POSSIBLE, italian_verbs.FUTURE, _CONDITIONAL_FR, _FUTURE_PT, _ANY_DEED_FR,
                    _ANY_DEED_ES):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    text = dutch_verbs.without_plans(text)
    return text


# A verb's present told as a fact with no object, ending its clause ("Marsh resigns." citing "Marsh is expected to
# resign next week") or before when it happens ("Marsh resigns next week"), which a plan fixed ("is set to", "is due
# to", "is to") may be told as, as "will" (factcheck_106); not a noun's plural after an article, a possessive or a
# preposition ("the strikes.", "Pakistan's air strikes.", "in talks.").
_ENDS_CLAUSE = r"(?=\s*(?:[.;!?]|$))"
_BEFORE_WHEN = (r"(?=\s+(?:next|tomorrow|today|tonight|this\s+(?:week|month|year|weekend)"
                r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?!\w))")
# A phrasal verb's particle with no object after it: "Marsh steps down on Friday" tells a plan as "Marsh resigns on
# Friday" does (tests/test_newuser_80.py); "drives up prices" has its object after it.
_PARTICLE = r"(?:down|up|out|off|away|back|over)"
_NO_OBJECT_AFTER = rf"(?:\s+{_PARTICLE})?(?:{_ENDS_CLAUSE}|{_BEFORE_WHEN})"
# A verb's present told as a fact ("A strike lowers growth" citing "could lower growth"), read only before a word a
# verb takes after it: a noun's plural ("cuts to growth", "pay raises of 4%", "costs rose") is followed by a
# preposition, a conjunction, an auxiliary or a past; a particle with no object after it is read as ending the clause.
_AFTER_PRESENT = (rf"(?!{_NO_OBJECT_AFTER})"
                  r"(?=\s+(?!(?:of|in|to|for|and|or|but|by|at|on|from|with|is|are|was|were|will|would|could|may"
                  r"|might|have|has|had|that|which|rose|fell|grew|came|went|this|last|next)(?!\w))(?![a-z]+ed(?!\w))[\w$€£])")
_NOT_A_VERB_AFTER = ("a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "any", "no", "of", "in",
                     "for", "by", "with", "from", "to", "on", "at", "air", "and", "or", "'s", "’s")
_VERB_AFTER = "".join(rf"(?<!\b{word}\s)" if word[0].isalpha() else rf"(?<!{word}\s)" for word in _NOT_A_VERB_AFTER)
_SCHEDULED = patterns.compile(r"(?:is|are)\s+(?:(?:set|due)\s+)?to\s", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 10)
def _english_done_or_present(verb: str, scheduled: bool = False) -> re.Pattern | None:
    """Return the pattern of an English verb's past, or of its present told as a fact before an object ("lowers
    growth"; "the tariffs raise prices"), ending its clause ("Marsh resigns.") or, but for an act `scheduled`, before
    when it happens ("Marsh resigns next week")."""
    past = _english_done_source(verb, False)
    if not past:
        return None
    if verb in _PLAIN_PASTS:  # "the plants shut down on Friday": a plural's present, as "the plant shuts down" is;
        past = rf"{_PLURAL_BEFORE}{past}(?!\s+to\s)"  # "is set to name": a plan, no past
    present = (verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else
               verb[:-1] + "ies" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else verb + "s")
    # its plain form too ("the tariffs raise prices"), but not after a word that makes it a noun ("a raise")
    plain = "".join(rf"(?<!\b{word}\s)" for word in ("a", "an", "the", "this", "that", "its", "their", "any", "no"))
    ends = _ENDS_CLAUSE if scheduled else f"(?:{_ENDS_CLAUSE}|{_BEFORE_WHEN})"
    # a phrasal verb's particle, its clause ending or when coming after it, is read as "resigns" is ("they step down")
    particle = rf"\s+{_PARTICLE}{ends}"
    # a plan fixed may be told as under way ("is set to step down": "is stepping down"), an expectation not
    progressive = "" if scheduled else rf"|(?<!\w)(?:is|are)\s+{_progressive(verb)}{_PARTICLE_ENDS_CLAUSE}"
    return re.compile(rf"{past}|(?<!\w){present}{_AFTER_PRESENT}|(?<!\w){plain}{verb}{_AFTER_PRESENT}"
                      rf"|(?<!\w){_VERB_AFTER}{present}(?:{particle}|{ends})|(?<!\w){plain}{verb}{particle}{progressive}",
                      re.IGNORECASE)


# A progressive ending its clause, a particle of the verb's at most after it, tells an act under way: "Marsh is
# stepping down." citing "Marsh is expected to step down next week" (factcheck_110)
_PARTICLE_ENDS_CLAUSE = r"(?=(?:\s+(?:down|out|up|off|back|over|aside|in))?\s*(?:[.;!?]|$))"


def _progressive(verb: str) -> str:
    """Return the source of an English verb's "-ing" form, its last consonant doubled or not ("stepping",
    "opening"), its silent "e" dropped ("resigning", "leaving")."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return f"{verb}{verb[-1]}?ing" if verb[-1] not in "aeiouwxy" else verb + "ing"


def english_past(verb: str) -> re.Pattern:
    """Return the pattern of an English verb's past ("award": "awarded"; "win": "won")."""
    return _english_done(verb, False)


def english_past_source(verb: str) -> str:
    """Return english_past(verb)'s source, for a pattern of several verbs: not compiled on its own to be read back."""
    return _english_done_source(verb, False)


def _english_done(verb: str, passive: bool) -> re.Pattern | None:
    """Return the pattern of an English verb's past ("award": "awarded"; "ban": "banned"; "win": "won"), or of the
    participle a passive already gives ("awarded" of "may be awarded")."""
    source = _english_done_source(verb, passive)
    return re.compile(source, re.IGNORECASE) if source else None


def _english_done_source(verb: str, passive: bool) -> str:
    """Return the source of _english_done's pattern, "" where there is none."""
    if passive:
        forms = (verb, *done_alike(verb)) if verb.endswith(("ed", "en", "wn")) or verb in _PARTICIPLES else ()
    elif verb in _IRREGULAR:
        forms = _IRREGULAR[verb]
    elif verb.endswith("e"):
        forms = (verb + "d",)
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms = (verb[:-1] + "ied",)
    elif re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdglmnprt]", verb) and len(verb) <= 4:
        forms = (verb + verb[-1] + "ed", verb + "ed")  # "ban": "banned"; "bar": "barred"
    else:
        forms = (verb + "ed",)
    return rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)" if forms else ""


_PARTICIPLES = frozenset(form for forms in _IRREGULAR.values() for form in forms)
_PLAIN_OF = {form: verb for verb, forms in _IRREGULAR.items() for form in forms}


def english_plain_verb(form: str) -> str:
    """Return the plain verb whose irregular past or participle `form` is ("paid": "pay"), or `form` itself."""
    return _PLAIN_OF.get(form, form)


# A present told as a fact is told done, as English's is: "La société ferme l'usine" citing "envisage de fermer
# l'usine" built (factcheck_138); not after an article or a preposition ("la ferme", "le compte"), nor a present that
# is as often a preposition ("entre", "contre"); and a state that tells it done, "L'usine est fermée"
_FR_NOT_A_VERB_AFTER = "".join(rf"(?<!\b{word}\s)" for word in (
    "le", "la", "les", "un", "une", "des", "du", "de", "sa", "son", "ses", "leur", "leurs", "ce", "cette", "ces", "en",
    "très", "plus", "reste", "restent", "est", "sont", "être")) + r"(?<!['’])"
_FR_NOT_PRESENT = ("entre", "contre", "outre", "comme")
# a present with a time to come in its clause tells a plan's content, no fact: "le projet recule l'âge légal de deux
# ans d'ici à 2030" of "prévoit de reculer l'âge légal ... d'ici à 2030" (newuser_73); Portuguese alike
_NO_TIME_AFTER = (r"(?![^.;:!?]*(?<!\w)(?:d['’]ici|à\s+(?:compter|partir)|dès|prochain\w*|demain|bientôt|en\s+\d{4}"
                  r"|le\s+\d{1,2}(?:er)?\s+[a-zéû]+|en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                  r"|octobre|novembre|décembre)"
                  r"|até|a\s+partir|em\s+\d{4}|próxim\w+|amanhã|dentro\s+de|(?:em|no\s+dia)\s+\d{1,2}(?:\s+de)?\s+[a-zç]+"
                  r"|em\s+(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))"
                  r"(?!\w))")


def _french_done(verb: str, present: bool = True) -> re.Pattern:
    """Return the pattern of a French verb's passé composé ("accorder": "a accordé", "ont été accordés"), its
    passive state ("est fermée") and, where `present`, its present told as a fact ("ferme", "ferment"; "choisit")."""
    stem = re.escape(verb[:-2])
    participle = stem + ("é" if verb.endswith("er") else "i")
    own = rf"{stem}(?:e|ent)" if verb.endswith("er") else rf"{stem}(?:it|issent)"
    # (`present` was once overwritten by `own` before it was read, so a conditional's present was read as done too)
    present = "" if not present or verb[:-2] + "e" in _FR_NOT_PRESENT else rf"|{_FR_NOT_A_VERB_AFTER}{own}(?!\w){_NO_TIME_AFTER}"
    return re.compile(rf"(?<!\w)(?:(?:(?:a|ont|avait|avaient)\s+(?:été\s+)?|(?:s['’](?:est|était)|se\s+(?:sont|"
                      rf"étaient)|est|sont)\s+){participle}(?:e|s|es)?{present})(?!\w)", re.IGNORECASE)


def _french_passive_done(participle: str) -> re.Pattern:
    """Return the pattern of a French passive told done by its participle ("cédé": "ont été cédés", "est cédée";
    "vendu": "ont été vendus"), the verb of any group."""
    return re.compile(rf"(?<!\w)(?:(?:a|ont|avait|avaient)\s+été|est|sont|était|étaient|fut|furent)\s+"
                      rf"{re.escape(participle)}(?:e|s|es)?(?!\w)", re.IGNORECASE)


def _spanish_done(verb: str) -> re.Pattern:
    """Return the pattern of a Spanish verb's past ("imponer": "impuso", "ha impuesto"; "multar": "multó")."""
    stem = re.escape(verb[:-2])
    forms = (_ES_IRREGULAR.get(verb) or ((f"{stem}ó", f"{stem}aron", f"{stem}ad[oa]s?") if verb.endswith("ar")
                                         else (f"{stem}ió", f"{stem}ieron", f"{stem}id[oa]s?")))
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


def _portuguese_done(verb: str, passive: bool, present: bool = True) -> re.Pattern | None:
    """Return the pattern of a Portuguese verb's past ("propor": "propôs", "propuseram"; "aplicar": "aplicou",
    "aplicada"), or of the participle a passive already gives ("concluída" of "deve ser concluída"); None for a verb
    of being, which tells no act."""
    stem = re.escape(verb[:-2])
    if passive or re.search(r"[aií]d[oa]s?$", verb):
        forms = (re.escape(verb),) if passive else ()
    elif verb in _PT_IRREGULAR:
        forms = _PT_IRREGULAR[verb]
    elif verb.endswith("por"):  # "propor", "impor", "compor": "propôs", "impuseram", "proposto"
        stem = re.escape(verb[:-3])
        forms = (f"{stem}pôs", f"{stem}puseram", f"{stem}post[oa]s?")
    elif verb.endswith("ar"):
        forms = (f"{stem}ou", f"{stem}aram", f"{stem}ad[oa]s?", *_portuguese_present(verb, "a", present))
    else:
        forms = (f"{stem}{verb[-2]}u", f"{stem}{verb[-2]}ram", f"{stem}id[oa]s?",
                 *_portuguese_present(verb, "e", present))
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE) if forms else None


# A present told as a fact is told done: "A empresa fecha a fábrica" citing "pretende fechar a fábrica" built
# (factcheck_138); not after an article or a preposition ("a marca", "a conta"), nor one that is as often a
# preposition or a modal ("para", "pode")
_PT_NOT_A_VERB_AFTER = "".join(rf"(?<!\b{word}\s)" for word in (
    "a", "o", "as", "os", "um", "uma", "da", "do", "das", "dos", "de", "sua", "seu", "na", "no", "em", "esta", "essa",
    "mais", "muito", "é")) + r"(?<!['’])"
_PT_NOT_PRESENT = frozenset({"para", "pode", "deve", "quer", "sobra", "entra", "conta", "marca", "passa", "fica"})


def _portuguese_present(verb: str, vowel: str, present: bool) -> tuple[str, ...]:
    """Return a Portuguese verb's present's third persons, singular and plural ("fechar": "fecha", "fecham"), as
    pattern sources, or none where not `present` or the singular is as often another word."""
    stem = verb[:-2]
    if not present or len(stem) < 3 or stem + vowel in _PT_NOT_PRESENT:
        return ()
    return (rf"{_PT_NOT_A_VERB_AFTER}{re.escape(stem)}(?:{vowel}|{vowel}m)(?!\w){_NO_TIME_AFTER}",)


# a stop or semicolon that ends a sentence: not a decimal point ("$1.5bn of farm goods", tests/test_newuser_46.py)
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")


def _sentence_of(text: str, at: int, stops: re.Pattern = _STOP) -> str:
    """Return the passage's sentence around `at` (to its `stops`, stops and semicolons, either side)."""
    start = max((stop.end() for stop in stops.finditer(text, 0, at)), default=0)
    end = stops.search(text, at)
    return text[start:end.start() if end else len(text)]
