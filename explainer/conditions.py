"""A condition dropped: what a passage says will happen only if something else does, stated as plain fact.

"The ceasefire will hold" citing "The ceasefire will hold if both sides withdraw their troops" keeps every word of
what it says and drops what it rests on. A passage's condition opens with "if", "unless", "provided (that)",
"providing (that)", "on (the) condition that", "as long as", "so long as", "only if", "in the event that",
"assuming that", "in case of", an opening "in case" ("In case the talks fail, troops will return"; not "troops
will stay in case the talks fail", a precaution), "subject to" (not "is subject to", a fact) or "with conditions"
("regulators cleared the merger with conditions", tests/test_factcheck_88.py), and, of a clause
that says what will happen, "once",
"as soon as", "when", "after" or an opening "should" ("the port will reopen once the strike ends", "talks will resume after both
sides withdraw", "should the strike go on, ..."; not "when he spoke on Friday", "once a year", "at once", nor an
"after" of a time, "after the talks, both sides will meet", "after the peace accords", whose words hold no verb,
nor "as soon as March"; nor the terms of a decision taken, "the committee voted to recommend approval, on condition
that patients have their liver tested": the vote happened, tests/test_newuser_42.py), and a present-tense "once" ("the
port reopens once the strike ends"; not "pay rose once the strike ended") (not "even if", "as if", "asked if", "if
any", "if not": a concession, a manner, a question or an aside); it runs to the end of its clause, or, opening its
sentence or clause ("If both sides withdraw, the ceasefire will hold", "officials said that if ..."), to the comma or
"then" after it. What it conditions is the clause around it. A sentence restating that clause (sharing two of its
words of four letters or more, more than with any sentence its passages state without a condition) must keep the
condition: a condition word of its own ("if", "unless", "provided", "condition", "depends", "only", "whether"), the
passage's own ("after"), a modal ("would", "could", "might", "may"), or a word of the condition itself ("The ceasefire
depends on both sides withdrawing"). English and French text are read: French conditions open with "si" ("s'il",
"s'ils"), "sauf si", "à condition que", "pourvu que", "à moins que", "sous réserve de", "au cas où" or "en cas de"
(not "même si", "comme si", "si bien que", "se demande si", nor "si" of a degree, "pas si grand"), and are kept by
"si", "sauf", "condition", "faute", "dépend", "seulement", "pourrait", ... or a word of the condition. Spanish
conditions open with "si", "salvo que", "a menos que", "siempre que", "en caso de (que)", "con tal de que" or "a
condición de que" (not "incluso si", "como si", "ni si habrá", a question), and are kept by "si", "salvo",
"condición", "depende", "solo", "podría", "habría", ... ("Habrá segunda vuelta" may not cite "Si ningún candidato
supera ese umbral, se celebrará una segunda vuelta"). Italian conditions open with "se", "salvo che", "a meno che",
"purché", "qualora", "a condizione che" or "in caso di" (not "anche se", "come se", "chiede se", nor the pronoun "se
stesso", "se ne"), and are kept by "se", "condizione", "dipende", "solo", "potrebbe", ... ("L'aumento entrerà in
vigore il 1° aprile" may not cite "Se non ci sarà un accordo, l'aumento ... entrerà in vigore il 1° aprile").
Portuguese conditions open a clause with "se" or "caso" (not "a barragem se rompeu", a pronoun), or with "a não ser
que", "contanto que", "salvo se", "em caso de" or "na hipótese de", and are kept by "se", "caso", "condição",
"depende", "somente", "poderá", ... ("A diretoria recomendará uma multa diária" may not cite "Caso o plano não seja
apresentado no prazo, a diretoria recomendará ..."). Dutch conditions open a clause with "als" or an inverted "mocht"
("Mocht de rechter de verordening schorsen, dan ..."), or with "indien", "mits", "tenzij" or "op voorwaarde dat", and
are kept by "als", "mits", "voorwaarde", "afhankelijk", "zou", ... Ukrainian conditions open with "якщо", "якби", "у
разі (, якщо)" or "за умови (, що)", Russian ones with "если", "в случае" or "при условии", and are kept by those words,
"може", "лише", "тільки", "может", ... ("Компанія скоротить програму вдвічі" may not cite "Якщо кредит не погодять,
компанія може скоротити програму вдвічі", tests/test_newuser_58.py). The
month in "on May 24" keeps no condition as "may" does.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns, swedish_conditions
from .attribution import Cited, Finding, clipped, in_english
from .clauses import WINDOW, WORD, clause_end, clause_start, content_words
from .conditioned_pronoun import object_named_by_pronoun, same_stems
from .conditions_without import without_keeps_condition
from .elided_words import elisions_apart
from .past_denials import denies_past_deed
from .threatened_conditions import threat_keeps_condition
from .sentences import folded_word, split_sentences
from .when_words import when_words
from .wish_clauses import permission_wish

_CONDITION = patterns.compile(
    r"(?<!\w)(?:only\s+if|if|in\s+case(?:\s+of)?|unless|provided(?:\s+that)?|providing(?:\s+that)?"
    r"|on\s+(?:the\s+)?condition\s+that"
    r"|as\s+long\s+as|so\s+long\s+as|as\s+soon\s+as|in\s+the\s+event\s+that|assuming\s+that|subject\s+to|once|when"
    r"|after|with\s+(?:(?:strict|several|certain|some|tough)\s+)?conditions"  # "cleared the merger with conditions"
    r"|should"
    # French: "si" (elided before "il", "ils"), "sauf si", "à condition que", ... (module docstring)
    r"|sauf\s+si|si|s['’](?=ils?(?!\w))|à\s+condition\s+(?:que|qu['’]|de|d['’])|pourvu\s+qu(?:e|['’])"
    r"|à\s+moins\s+qu(?:e|['’])|sous\s+réserve\s+(?:que|qu['’]|de|d['’])|au\s+cas\s+où|en\s+cas\s+d(?:e|['’])"
    # Spanish: "si" (as French), "salvo que", "a menos que", "siempre que", "en caso de (que)", "con tal de que", ...
    r"|salvo\s+(?:que|si)|a\s+menos\s+que|siempre\s+(?:que|y\s+cuando)|en\s+caso\s+de(?:\s+que)?|con\s+tal\s+de\s+que"
    r"|a\s+condición\s+de(?:\s+que)?"
    # Italian: "se", "salvo che", "a meno che", "purché", "qualora", "a condizione che", "in caso di"
    r"|se|salvo\s+che|a\s+meno\s+che|purché|qualora|a\s+condizione\s+che|in\s+caso\s+di"
    # Portuguese: "se" and "caso" opening a clause, "a não ser que", "contanto que", "em caso de", "na hipótese de"
    r"|caso|a\s+não\s+ser\s+que|contanto\s+que|salvo\s+se|em\s+caso\s+de|na\s+hipótese\s+de"
    # Polish: "jeżeli", "jeśli", "gdyby", "o ile", "pod warunkiem", "w razie", "w przypadku"
    r"|jeżeli|jeśli|gdyby|o\s+ile|pod\s+warunkiem(?:\s*,?\s*że)?|w\s+razie|w\s+przypadku"
    # Dutch: "als" and an inverted "mocht" opening a clause, "indien", "mits", "tenzij", "op voorwaarde dat"
    r"|als|mocht|indien|mits|tenzij|op\s+voorwaarde\s+dat|in\s+geval\s+van"
    # Swedish: "om" opening a clause, "ifall", "såvida", "förutsatt att", "under förutsättning att"
    r"|om|ifall|såvida|förutsatt\s+att|under\s+förutsättning\s+att"
    # Ukrainian and Russian: "якщо", "якби", "у разі (якщо)", "за умови (що)"; "если", "в случае (если)", "при условии"
    r"|якщо|якби|[ув]\s+разі(?:\s*,?\s*якщо)?|за\s+умови(?:\s*,?\s*що)?|если|в\s+случае(?:\s*,?\s*если)?"
    r"|при\s+условии(?:\s*,?\s*что)?)(?!\w)",
    re.IGNORECASE)
# What a condition's first word starts with, case aside: a passage without it states none, found in a tenth of the
# time of reading it ("[Ii]f" and the rest after one class of first letters: no case folding, no look-behind).
_MAY_CONDITION = patterns.compile(
    r"[IiUuPpOoAaSsWw](?:f(?!\w)|n\s+case(?!\w)"
    r"|nless|rovid|n\s+(?:the\s+)?condition|s\s+long|s\s+soon\s+as|o\s+long|n\s+the\s+event|ssuming"
    r"|nce(?!\w)|hen(?!\w)|hould(?!\w)|fter(?!\w)|ubject\s+to(?!\w)|ith\s+(?:\w+\s+)?conditions)"
    r"|[Ss](?:i(?!\w)|['’]ils?(?!\w)|auf\s+si|ous\s+réserve|alvo\s|iempre\s)|[àÀ]\s+(?:condition|moins)|[Pp]ourvu"
    r"|[AaEe][un]\s+cas|[Aa]\s+(?:menos|condición)|[Cc]on\s+tal"
    r"|[Ss]e(?!\w)|[Ss]alvo\s+che|[Aa]\s+(?:meno|condizione)\s+che|[Pp]urché|[Qq]ualora|[Ii]n\s+caso\s+di"
    r"|[Cc]aso(?!\w)|[Aa]\s+não\s+ser|[Cc]ontanto|[Ee]m\s+caso|[Nn]a\s+hipótese"
    r"|[Jj]e(?:żeli|śli)|[Gg]dyby|[Oo]\s+ile|[Pp]od\s+warunkiem|[Ww]\s+(?:razie|przypadku)"
    r"|[Aa]ls(?!\w)|[Mm]ocht(?!\w)|[Ii]ndien|[Mm]its(?!\w)|[Tt]enzij|[Oo]p\s+voorwaarde|[Ii]n\s+geval\s+van"
    r"|(?<!\w)[Oo]m(?!\w)|[Ii]fall(?!\w)|[Ss]åvida|[Ff]örutsatt\s+att|[Uu]nder\s+förutsättning"
    r"|[Яя]к(?:щ|б)|[УуВв]\s+разі|[Зз]а\s+умови|[Ее]сли|[Вв]\s+случае|[Пп]ри\s+условии")
# "even if" concedes, "as if" likens, "asked if" asks, "if any" and "if not" are asides: none conditions its clause.
_NOT_A_CONDITION_BEFORE = patterns.compile(
    r"(?<!\w)(?:even|as|asked|asks|ask|asking|wondered|wonder|know|knows|knew|see|unclear|clear|sure|decide|decided"
    r"|whether|unknown|check|tell|say|says|said|at|than|since|until|till|from"
    # French: a concession, a likeness, a question, and "si" of a degree ("pas si grand", "aussi ... que")
    r"|même|comme|demande|demandé|demandent|savoir|sait|savent|ignore|ignorent|voir|vérifier|incertain|pas|aussi"
    r"|est|sont|était|étaient|tellement|dire|dit"
    # Spanish: a concession, a likeness and a question ("incluso si", "como si", "no sabe ... ni si habrá")
    r"|incluso|aun|sabe|saben|sabía|saber|pregunta|preguntó|preguntan|preguntaron|decidir|decidirá|ver|verificar"
    r"|claro|seguro|duda|dudas|determinar|ni"
    # Italian: a concession, a likeness and a question ("anche se", "come se", "chiede se")
    r"|anche|chiede|chiesto|chiedono|sapere|capire|vedere|verificare|valutare|stabilire|decidere)\s+$", re.IGNORECASE)
_NOT_A_CONDITION_AFTER = patterns.compile(r"\s+(?:any|not|so|ever|at\s+all|anything|necessary|needed|possible|true"
                                          r"|need\s+be|bien|peu|besoin|nécessaire|possible|oui|non|longtemps|tôt|tard"
                                          r"|vite|souvent|fort|forte|grand|grande|important|importante)(?!\w)",
                                          re.IGNORECASE)
# Italian's condition words, read in Italian text only: Spanish "se celebrará" is no "if"; Portuguese ones in
# Portuguese text only, "se" and "caso" only opening a clause: "a barragem se rompeu" is no "if", nor "o caso" a case.
_OWN_WORDS = {"it": frozenset({"se", "salvo che", "a meno che", "purché", "qualora", "a condizione che", "in caso di"}),
              "pt": frozenset({"se", "caso", "a não ser que", "contanto que", "salvo se", "em caso de",
                               "na hipótese de"}),
              # Polish (tests/test_newuser_41.py): "Agencja może wszcząć postępowanie" cited "Jeżeli harmonogram nie
              # zostanie przedstawiony w terminie, agencja może wszcząć postępowanie" built
              "pl": frozenset({"jeżeli", "jeśli", "gdyby", "o ile", "pod warunkiem", "pod warunkiem że",
                               "pod warunkiem, że", "w razie", "w przypadku"}),
              # Dutch (tests/test_newuser_43.py): "Verhuurders kunnen op 1 juli de huur zonder grens verhogen" cited
              # "Mocht de rechter de verordening schorsen, dan kunnen verhuurders ..." and built
              "nl": frozenset({"als", "mocht", "indien", "mits", "tenzij", "op voorwaarde dat", "in geval van"}),
              # Swedish (tests/test_newuser_44.py): "Lockouten väntas träda i kraft den 17 mars" cited "Om förslaget
              # avvisas väntas lockouten träda i kraft den 17 mars" and built
              "sv": frozenset({"om", "ifall", "såvida", "förutsatt att", "under förutsättning att"}),
              # Ukrainian (tests/test_newuser_58.py): "Компанія скоротить програму вдвічі" cited "Якщо кредит не
              # погодять, компанія може скоротити програму вдвічі" and built; Russian's alike
              "uk": frozenset({"якщо", "якби", "у разі", "в разі", "у разі якщо", "в разі якщо", "у разі, якщо",
                               "в разі, якщо", "за умови", "за умови що", "за умови, що"}),
              "ru": frozenset({"если", "в случае", "в случае если", "в случае, если", "при условии",
                               "при условии что", "при условии, что"})}
_OWN = frozenset().union(*_OWN_WORDS.values())
_OPENING_ONLY = frozenset({"se", "caso", "als", "mocht", "om"})  # Dutch "als" is "as" too, "mocht" "was allowed",
# Swedish "om" "about" ("varslar om lockout")
# Italian "se" as a pronoun: "se stesso", "se ne", "se lo".
_SE_PRONOUN = patterns.compile(r"\s+(?:stess[oaie]|ne|lo|la|li|le)(?!\w)", re.IGNORECASE)
# But "se" before an article, a noun and a verb opens a clause: "se la sospensione sarà confermata" conditions what
# comes before it, where "se la prende" is a pronoun before a verb (tests/test_factcheck_170.py)
_SE_CLAUSE = patterns.compile(
    r"\s+(?:lo|la|li|le)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:sarà|saranno|è|sono|fosse|fossero|dovesse|dovessero|verrà"
    r"|verranno|venisse|venissero|viene|vengono|avrà|avranno|ha|hanno|non|dovrà|dovranno|potrà|potranno|resterà"
    r"|resteranno|[^\W\d_]+(?:rà|ranno|sse|ssero))(?!\w)", re.IGNORECASE)  # a future or a subjunctive: "fallirà"
# French and Spanish "si" ("s'il"), read as "if" in their text, or in text of no language with words of its own
# (_OWN_WORDS): Italian "si costituirà in giudizio" and Portuguese "para si" are reflexives
# (tests/test_factcheck_170.py).
_IF_OF_FRENCH_AND_SPANISH = frozenset({"si", "s'", "s’"})  # "s'" of "s'il"
# Italian's "se non" before a clause conditions it on a negation ("se non ci sarà un accordo"), where French "si non"
# and Italian "se non altro" (if nothing else) are asides.
_IF_NOT = patterns.compile(r"\s+non\s+(?!altro)\w", re.IGNORECASE)
# "Once", "when" and an opening "should" condition a future ("the port will reopen once the strike ends", "should
# the strike go on, the port will close"); "when he spoke on Friday", "once the largest" and "once a year" do not.
_IN_TIME = frozenset({"once", "when", "after", "as soon as"})
# "as soon as March" dates, as "after the talks" does: these condition only a clause holding a verb
_OF_A_CLAUSE = frozenset({"after", "as soon as"})
# "is subject to sanctions" states a fact; "the subject to discuss" is a noun
_NOT_SUBJECT_TO_AFTER = patterns.compile(
    r"(?<!\w)(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|made|not|already|the|a|an|this|that)"
    r"\s+$", re.IGNORECASE)
# "after all", "after that", "after which": no condition, but a time or an aside
_NOT_AFTER_AFTER = patterns.compile(r"\s+(?:all|that|this|which|those|these|them|him|her)(?!\w)", re.IGNORECASE)
# A condition "after" or a present-tense "once" opens holds a verb: a form of "be", "have" or "do" ("after the deal is
# signed"), a verb after "both sides", "they", ... ("after both sides withdraw"), or one in "-s" after "the strike" or
# a name ("once the strike ends", "once Pakistan agrees"), not a plural noun ("after the peace talks", "after Friday
# prayers").
_AUXILIARIES = frozenset({"is", "are", "has", "have", "does", "do", "gets", "get"})
_PRONOUNS = frozenset({"they", "we", "you", "he", "she", "it"})
_QUANTIFIERS = frozenset({"both", "all", "each", "either"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "your"})
_PLURAL_NOUNS = frozenset({"talks", "prayers", "elections", "negotiations", "strikes", "attacks", "clashes",
                           "sanctions", "tariffs", "troops", "forces", "hostilities", "results", "games", "holidays",
                           "polls", "protests", "floods", "rains", "hours", "days", "weeks", "months", "years",
                           "decades", "celebrations", "hearings", "proceedings", "airstrikes", "drills", "exercises",
                           "accords", "deals", "truces", "funerals", "rallies", "summits", "festivals", "ceremonies",
                           "primaries", "finals", "riots", "storms", "raids", "rites", "repairs", "monsoons"})
# Endings of plural nouns no verb of the present takes ("after the peace agreements", "after the bombings")
_PLURAL_ENDINGS = ("ments", "tions", "sions", "ities", "ances", "ences", "ships", "ings", "isms", "ists")
_PAST = patterns.compile(r"(?<!\w)(?:was|were|had|did)(?!\w)", re.IGNORECASE)
_FUTURE = patterns.compile(r"(?<!\w)(?:will|shall|won['’]t|\w+['’]ll|(?:is|are)\s+(?:due|set|going)\s+to)(?!\w)",
                           re.IGNORECASE)
_NOT_ONCE_AFTER = patterns.compile(
    r"\s+(?:again|more|and\s+for\s+all|or\s+twice|upon|per|every|each|before|a\s+(?:year|month|week|day|decade"
    r"|quarter|time|while)|an\s+hour|in\s+a)(?!\w)", re.IGNORECASE)
# Where a condition opens what it conditions: its sentence's or clause's start, or after "that", "and", "but", "so" or
# a reporting word ("officials said that if both sides withdraw, the ceasefire will hold").
_OPENS_CLAUSE = patterns.compile(r"(?<!\w)(?:that|and|but|so|said|says|say|warned|warns|added|adds|que|qu['’]|et|mais"
                                  r"|déclaré|affirmé|averti|indiqué|y|pero|dijo|afirmó|advirtió|declaró|indicó|señaló"
                                  r"|e|mas|disse|afirmou|declarou|informou"
                                  r"|що|і|й|та|але|а|заявив|заявила|заявили|сказав|сказала|попередив|попередила"
                                  r"|что|и|но|заявил|заявила|заявили|сказал|сказала|предупредил|предупредила)"
                                  r"\s*$", re.IGNORECASE)
# A decision taken on terms: the terms condition what was decided, not whether it was ("voted ... to recommend
# approval, on condition that patients have their liver tested")
_TERMS = frozenset({"on condition that", "on the condition that", "provided that", "provided", "subject to",
                    "with conditions"})
_DECIDED = patterns.compile(r"(?<!\w)(?:voted|recommended|approved|agreed|granted|decided|accepted|authori[sz]ed"
                            r"|allowed|endorsed|backed|cleared)(?!\w)", re.IGNORECASE)
# Dutch's, in Dutch text only (Spanish and French "en" is "in"): "zegt dat als de raad instemt, ..."
_OPENS_CLAUSE_NL = patterns.compile(r"(?<!\w)(?:dat|en|maar|zegt|zei)\s*$", re.IGNORECASE)
# Swedish's, in Swedish text only: "säger att om förslaget avvisas, ..."
_OPENS_CLAUSE_SV = patterns.compile(r"(?<!\w)(?:att|och|men|säger|sa|sade|uppger)\s*$", re.IGNORECASE)
_NEAR = 40  # characters before a condition word that say it is none ("even if", "asked if")
_MOST = 32  # conditions a sentence is read for, the first: one states one or two, not thousands
# A comma or point right before a digit is a number's ("del 6,8 %", "6.8%"): read as a clause's end, "l'aumento del 6,8
# % entrerà in vigore" was cut at "6," and its restatement without the condition built.
_CLAUSE_END = patterns.compile(r"[;:!?()\"“”«»—–]|[,.](?!\d)")
_THEN = patterns.compile(r",|(?<!\w)then(?!\w)", re.IGNORECASE)
_AFTER_COMMA = patterns.compile(r"\w[^\w,]*,\s*$")  # a condition after a comma ends its sentence's clause before it
_KEPT = frozenset({"if", "unless", "provided", "providing", "condition", "conditions", "conditional", "conditioned",
                   "depends", "depend", "depending", "dependent", "only", "whether", "would", "could", "might", "may",
                   "assuming", "subject", "long", "once", "when", "should", "case", "event",
                   "si", "sauf", "conditionné", "conditionnée", "pourvu", "réserve", "faute", "dépend", "dépendra",
                   "dépendent", "seulement", "pourrait", "pourraient", "cas", "moins",
                   "salvo", "condición", "depende", "dependen", "dependerá", "solo", "sólo", "únicamente", "podría",
                   "podrían", "habría", "caso", "siempre", "eventual", "eventualmente",
                   "condizione", "dipende", "dipendono", "dipenderà", "soltanto", "potrebbe", "potrebbero",
                   "sarebbe", "qualora", "purché", "meno",
                   "condição", "dependerá", "somente", "apenas", "poderá", "poderia", "hipótese", "contanto",
                   "jeżeli", "jeśli", "gdyby", "warunkiem", "warunek", "warunku", "zależy", "zależeć", "tylko",
                   "mógłby", "mogłaby", "mogliby", "ewentualnie", "razie", "przypadku",
                   "als", "mocht", "indien", "mits", "tenzij", "voorwaarde", "afhankelijk", "alleen", "zou", "zouden",
                   "eventueel", "geval",
                   "om", "ifall", "såvida", "förutsatt", "förutsättning", "villkor", "bara", "endast", "skulle",
                   "якщо", "якби", "разі", "умови", "умовою", "залежить", "залежатиме", "лише", "тільки", "може",
                   "можуть", "міг", "могла", "могли", "могло", "б", "би",
                   "если", "случае", "условии", "условием", "зависит", "только", "лишь", "может", "могут", "мог",
                   "могла", "могли", "бы"})
# The modals of _KEPT: a hedge of the sentence's own, unless the clause the passage conditions has it too ("said it would
# raise pay ... if inflation falls": "said it would raise pay" restates that clause's verb and drops its condition)
_MODAL_KEPT = frozenset({"would", "could", "might", "may", "pourrait", "pourraient", "podría", "podrían", "habría",
                         "potrebbe", "potrebbero", "sarebbe", "poderá", "poderia", "mógłby", "mogłaby", "mogliby", "zou",
                         "zouden", "skulle", "може", "можуть", "міг", "могла", "могли", "могло", "б", "би", "может",
                         "могут", "мог", "бы"}) & _KEPT
_NOT_CONTENT = frozenset({"will", "would", "that", "this", "these", "those", "with", "have", "been", "from", "they",
                          "them", "their", "there", "then", "than", "were", "said", "says", "also", "into", "when",
                          "what", "which", "about", "after", "before", "shall",
                          "dans", "pour", "avec", "sont", "cette", "leur", "leurs", "elle", "elles", "être", "avoir",
                          "nous", "vous", "mais", "comme", "tout", "tous", "aucun", "aucune", "n'est", "n’est",
                          "para", "como", "pero", "este", "esta", "estos", "estas", "entre", "sobre", "será", "serán",
                          "habrá", "desde", "donde", "cuando", "también", "todo", "todos",
                          "sarà", "saranno", "questo", "questa", "della", "delle", "degli", "anche", "dopo", "prima",
                          "quando", "sono", "essere", "tutti", "tutte",
                          "pelo", "pela", "serão", "isso", "depois", "antes", "todas",
                          "jest", "będzie", "będą", "zostanie", "zostaną", "przez", "oraz", "tego", "jego", "także",
                          "heeft", "hebben", "wordt", "worden", "zijn", "naar", "voor", "door", "over", "deze", "maar",
                          "zegt", "werd", "kunnen", "zullen",
                          "kommer", "inte", "också", "efter", "innan", "sedan", "eller", "till", "från", "enligt"})
_RESTATES = 2
# A penalty one faces is one on conviction: "Okafor faces up to 10 years" keeps "if convicted" (test_factcheck_67)
_FACES = patterns.compile(r"(?<!\w)fac(?:es|e|ing)\s+(?:up\s+to|a\s+(?:maximum|possible|potential)|as\s+(?:many|much)"
                          r"\s+as)(?!\w)", re.IGNORECASE)
# "on May 24", "24 May": a month, which keeps no condition as the modal "may" does
_MONTH_MAY = patterns.compile(r"(?<![\w-])May(?=\s+\d)|(?<=\d\s)May(?!\w)")
# A clause after a comma and "and" that opens with its verb shares the subject of the clause before it
_MODALS = r"will|would|may|might|can|could|shall|should|must|is|are|was|were|has|have|had"
_SUBJECT_LEFT_OUT = patterns.compile(rf"[\s,]*(?:and|but|or)\s+(?:{_MODALS})(?!\w)", re.IGNORECASE)
_VERB = patterns.compile(rf"(?<!\w)(?:{_MODALS})(?!\w)", re.IGNORECASE)


class Conditional(NamedTuple):
    """A clause a passage gives only on a condition: its content words, and the condition's words as written."""

    clause: frozenset[str]
    condition: str
    condition_words: frozenset[str]
    word: str  # the word it opens with, folded ("after"): a sentence keeping it keeps the condition
    subject: frozenset[str] = frozenset()  # words of a subject the clause shares with the one before ("and may ...")
    modals: frozenset[str] = frozenset()  # the _MODAL_KEPT words the clause has itself ("would")
    referent: frozenset[str] = frozenset()  # the condition's object the clause's pronoun names (conditioned_pronoun.py)


def dropped_conditions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English, French, Spanish, Italian, Portuguese, ... text (_read), at `offset`, restates a clause a
    cited passage gives only on a condition ("... will hold if both sides withdraw") and keeps neither the condition
    nor a word of it."""
    if not _read(language) or not any(_states_condition(p.text, _own(p.language or language)) for p in passages):
        return []  # most passages state no condition: found without reading the sentence
    # Clause by clause too: "40,000 hectares depend on the river, and losses could reach 90 million euros" shared more
    # words with the hectares' plain sentence than with the losses' conditioned one, and dropped its "if" (newuser_88)
    for start, end in [(0, len(text))] + _joined_clauses(text):
        found = _dropped_in(text[start:end], text[start:], passages, offset + start, language)
        if found:
            return found
    return []


# Where a sentence joins clauses of their own: "..., and ...", "..., but ...", "...; ...".
_JOINED = patterns.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


def _joined_clauses(text: str) -> list[tuple[int, int]]:
    """Return the spans of the clauses text joins ("A, and B"), or none where it joins none."""
    cuts = [match.span() for match in _JOINED.finditer(text)]
    if not cuts:
        return []
    starts, ends = [0] + [end for _, end in cuts], [start for start, _ in cuts] + [len(text)]
    return list(zip(starts, ends))


def _dropped_in(text: str, whole: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return dropped_conditions' finding for a clause of a sentence, `whole` the sentence from its start: what it
    restates read in the clause, the condition kept in it or after it ("... this year, and 3% more next year, if
    inflation falls below 2%" conditions both; "depend on the river, and losses could reach ..." keeps none)."""
    words = _content(text)
    written = {folded_word(w) for w in WORD.findall(_MONTH_MAY.sub(" ", whole))}
    kept = _KEPT & written
    if kept - _MODAL_KEPT or _FACES.search(whole) or denies_past_deed(text, language):
        return []  # "Personne n'a appliqué de droits de rétorsion": no deed to come told done (past_denials.py)
    plain = max((len(words & clause) for p in passages if _read(p.language or language)
                 for clause in _plain(p.text, _own(p.language or language))), default=0)
    for passage in passages:
        if not _read(passage.language or language):
            continue
        for conditional in _conditionals(passage.text, _own(passage.language or language)):
            shared = len(words & conditional.clause)
            if (shared >= _RESTATES and shared > plain and words & (conditional.clause - conditional.subject)
                    and kept <= conditional.modals
                    and not _possible_as_the_source_says(kept, conditional, whole, language)
                    and not (_content(whole) & _keeping(conditional, whole, kept)) - when_words(whole, language)
                    and conditional.word not in written
                    and not (" " in conditional.word and _keeps(conditional.word, whole))
                    and not _pledge_on_taking_office(whole, conditional.condition)
                    and not threat_keeps_condition(whole, conditional.condition)  # threatened_conditions.py
                    and not without_keeps_condition(whole, conditional.condition)):  # "sans changement"
                return [Finding(offset, f"the source gives this only on a condition ('{conditional.condition}'), but "
                                        f"it is stated as plain fact: {clipped(text)}",
                                f"keep the condition ({_KEEP_AS.get(language.split('-')[0].lower(), _KEEP_AS['en'])}), "
                                "or cite words the source states without one")]
    return []



# A warning (or threat) that something "could" happen keeps a condition's uncertainty: "The union warned the strike
# could be extended" of "... warned the strike could be extended if the operator did not improve its offer" was refused
# as the condition dropped (factcheck215). A "could" told as a plain estimate ("losses could reach 90 million euros" of
# "... if the flow does not recover", tests/test_newuser_88.py), "warned it would strike" and "may" still restate the
# passage's verb (tests/test_condition_modals.py).
_POSSIBLE = frozenset({"could"})
_WARNED = patterns.compile(r"(?<!\w)(?:warn(?:s|ed|ing)?|threat(?:en|ens|ened|ening)?|caution(?:s|ed)?)(?!\w)",
                           re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _possible_as_the_source_says(kept: set[str], conditional: Conditional, whole: str, language: str) -> bool:
    """Say whether an English sentence warns of what a conditioned clause says "could" happen, keeping its "could"
    (`kept`: the sentence's modals)."""
    if not (in_english(language) and kept & conditional.modals & _POSSIBLE):
        return False
    warned = _WARNED.search(whole)
    return bool(warned and not _NOT_BEFORE.search(whole, max(0, warned.start() - 20), warned.start()))


# A pledge told as one ("promised", "pledged", "vowed") keeps its standing condition, the pledger's winning office:
# "Harper promised 5,000 more housing units" of "If re-elected, I will build another 5,000 units" says no more than the
# pledge did, where "Harper will build" or "said she will build" states it as to come (tests/test_newuser_98.py).
_PLEDGED = patterns.compile(
    r"(?<!\w)(?:promis\w*|pledg\w*|vow\w*|undert(?:ook|akes|aken)|campaign\w*\s+on|election\s+(?:promise|pledge)\w*"
    r"|a\s+promis\w*|s['’]est\s+engagée?|prometi[óo]|se\s+comprometi[óo])(?!\w)",
    re.IGNORECASE)
_OFFICE_WON = patterns.compile(
    r"^\s*(?:if|once|when|should|si)\s+(?:(?:i|we|she|he|they)\s+(?:am|are|is|was|were|get|gets)\s+|i['’]m\s+"
    r"|we['’]re\s+|(?:je|nous|il|elle)\s+(?:suis|sommes|est|serai|serons|sera)\s+|(?:soy|somos|es|resulto|resulta)\s+)?"
    r"(?:re-?elected|elected|r?éélue?s?|élue?s?|re-?elegid[oa]s?|elegid[oa]s?"
    r"|(?:i|we|she|he|they)\s+win\w*(?:\s+(?:the|this|next)\s+(?:election|vote|race))?"
    r"|(?:i|we|she|he|they)\s+(?:take|takes|form|forms)\s+(?:office|power|(?:the\s+)?(?:next\s+)?government)"
    r"|(?:in|returned\s+to)\s+(?:office|power|government))(?:\s+(?:as\s+)?\w+)?\s*[,.]?\s*$", re.IGNORECASE)


def _keeping(conditional: Conditional, whole: str, kept: set[str]) -> frozenset[str]:
    """Return the words of a condition that keep it in a sentence ("by Friday" aside): all of them, but for a
    sentence telling as to come, with no modal, what a pronoun of the clause stands for ("A new vote in Eastbrook
    will be held" of "If the court orders a new vote in Eastbrook, it would be held": conditioned_pronoun.py)."""
    if conditional.referent and not kept and _FUTURE.search(whole):
        return same_stems(conditional.condition_words - conditional.referent, _content(whole))  # "ordering" keeps "orders"
    return conditional.condition_words


def _pledge_on_taking_office(sentence: str, condition: str) -> bool:
    """Say whether a sentence tells a pledge as a pledge and the condition dropped is the pledger's winning office
    ("if re-elected", "if I am elected", "if we win the election", "si je suis élue", "si soy reelegida")."""
    return _PLEDGED.search(sentence) is not None and _OFFICE_WON.search(condition) is not None


def dropped_conditions_in_item(text: str, passages: list[Cited], language: str = "") -> list[Finding]:
    """Return dropped_conditions' findings for an item cited as a whole, sentence by sentence."""
    if not _read(language) or not any(_states_condition(p.text, _own(p.language or language)) for p in passages):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in dropped_conditions(sentence.text, passages, sentence.start, language)]


_KEEP_AS = {"en": "'if ...', 'unless ...'", "fr": "'si ...', 'à condition que ...', 'faute de ...'",
            "es": "'si ...', 'salvo que ...', 'a menos que ...'", "it": "'se ...', 'a condizione che ...'",
            "pt": "'se ...', 'caso ...', 'a não ser que ...'", "pl": "'jeżeli ...', 'jeśli ...', 'pod warunkiem, że ...'",
            "nl": "'als ...', 'mits ...', 'tenzij ...'", "sv": "'om ...', 'ifall ...', 'förutsatt att ...'",
            "uk": "'якщо ...', 'у разі, якщо ...', 'за умови, що ...'", "ru": "'если ...', 'в случае, если ...'"}


def _read(language: str) -> bool:
    """Say whether text in `language` is read: English ("" is the site's default), French, Spanish, Italian,
    Portuguese, Polish, Dutch, Swedish, Ukrainian or Russian."""
    return in_english(language) or language.split("-")[0].lower() in ("fr", "es", "it", "pt", "pl", "nl", "sv", "uk",
                                                                      "ru")


def _keeps(words: str, text: str) -> bool:
    """Say whether text holds a condition's words of several ("as soon as")."""
    return re.search(r"(?<!\w)" + words.replace(" ", r"\s+") + r"(?!\w)", text, re.IGNORECASE) is not None


@functools.lru_cache(maxsize=1 << 12)  # a passage is asked by every sentence citing it
def _states_condition(text: str, own: str = "") -> bool:
    """Say whether a passage gives a clause only on a condition (read for `own` language's words too, "it" or "pt")."""
    return bool(_MAY_CONDITION.search(text)) and bool(_conditionals(text, own))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _conditionals(text: str, own: str = "") -> tuple[Conditional, ...]:
    """Return the clauses of a passage it gives only on a condition, each with its condition."""
    found = []
    for sentence in split_sentences(text):
        for condition in _conditions_in(sentence.text, own):
            found.append(condition)
    return tuple(found)


def passage_conditions(text: str, language: str = "") -> tuple[Conditional, ...]:
    """Return the clauses of a passage in `language` it gives only on a condition, each with its condition."""
    return _conditionals(text, _own(language))


@functools.lru_cache(maxsize=1 << 12)
def _plain(text: str, own: str = "") -> tuple[frozenset[str], ...]:
    """Return the content words of each sentence of a passage that states no condition."""
    return tuple(_content(sentence.text) for sentence in split_sentences(text)
                 if not _conditions_in(sentence.text, own))


def _own(language: str) -> str:
    """Return the language whose own condition words (_OWN_WORDS) text in `language` is read for too, or ""."""
    code = language.split("-")[0].lower()
    return code if code in _OWN_WORDS else ""


def _conditions_in(sentence: str, own: str = "") -> list[Conditional]:
    found = []
    for marker in _CONDITION.finditer(sentence):
        if len(found) == _MOST:
            break
        at, after = marker.start(), marker.end()
        word = marker.group().casefold()
        if (" ".join(word.split()) in _OWN - _OWN_WORDS.get(own, frozenset())
                or _NOT_A_CONDITION_BEFORE.search(sentence, max(0, at - _NEAR), at)
                or (_NOT_A_CONDITION_AFTER.match(sentence, after)
                    and not (word == "se" and _IF_NOT.match(sentence, after)))
                or (word == "se" and _SE_PRONOUN.match(sentence, after) and not _SE_CLAUSE.match(sentence, after))
                or (own and word in _IF_OF_FRENCH_AND_SPANISH)  # Italian "si costituirà": a reflexive, no "if"
                or permission_wish(sentence, after)  # "pourront, si elles le souhaitent, fixer"
                or (word == "once" and _NOT_ONCE_AFTER.match(sentence, after))
                or (word == "after" and _NOT_AFTER_AFTER.match(sentence, after))
                or (word.startswith("subject") and _NOT_SUBJECT_TO_AFTER.search(sentence, max(0, at - _NEAR), at))):
            continue
        opening = clause_start(sentence, at, _CLAUSE_END)
        if sentence[:opening].rstrip().endswith(_QUOTE_OPENS) and not sentence[opening:at].strip():
            # a condition the source quotes, ', "if the rains are average"', conditions the clause before the comma
            # as one it does not quote (newuser_88: its quotation mark ended the clause, which conditioned none)
            opening = len(sentence[:opening].rstrip().rstrip(_OPENING_MARKS))
        opens = (not sentence[opening:at].strip(_OPENING_MARKS) or _OPENS_CLAUSE.search(sentence, opening, at)
                 or (own == "nl" and _OPENS_CLAUSE_NL.search(sentence, opening, at))
                 or (own == "sv" and _OPENS_CLAUSE_SV.search(sentence, opening, at)))
        if word in _OPENING_ONLY and own in ("pt", "nl", "sv") and not opens:
            continue  # "a barragem se rompeu": a pronoun; "o caso": a noun
        if word == "should" and not opens:
            continue  # "the port should reopen": a modal, not "should the strike end, ..."
        if word == "in case" and not opens:
            continue  # "troops will stay in case the talks fail": a precaution, stated as fact; not "in case of"
        subject = ""
        if not opens:
            end = clause_end(sentence, after, _CLAUSE_END)  # "the ceasefire will hold if ...": the clause before it
            condition, clause = sentence[at:end], _second_verb_alone(sentence[opening:at])
            subject = _shared_subject(sentence, opening)
        elif (turn := _THEN.search(sentence, after, after + WINDOW)) is not None:
            # "If both sides withdraw, the ceasefire will hold"; "officials said that if ..., the ceasefire ..."
            condition, clause = sentence[at:turn.start()], sentence[turn.end():clause_end(sentence, turn.end(), _CLAUSE_END)]
        elif own == "sv" and (turn := swedish_conditions.main_clause(sentence, after, clause_end(
                sentence, after, _CLAUSE_END))) is not None:
            # "Om förslaget avvisas väntas lockouten träda i kraft": no comma, the main clause opens with its verb
            condition, clause = sentence[at:turn.start()], sentence[turn.start():clause_end(sentence, turn.end(),
                                                                                           _CLAUSE_END)]
        elif _AFTER_COMMA.search(sentence, 0, opening) and word not in ("should", "in case"):
            # "Pakistan will withdraw, if talks succeed": the clause before the comma, to the sentence's end
            condition = sentence[at:clause_end(sentence, after, _CLAUSE_END)]
            clause = sentence[clause_start(sentence, opening - 1, _CLAUSE_END):opening - 1]
            if word in _TERMS and _DECIDED.search(clause):
                continue  # "voted to recommend approval, on condition that ...": a decision's terms, the vote held
        else:
            continue
        if word in _IN_TIME and not _conditions_in_time(word, clause, condition):
            continue  # "when he spoke on Friday": a time, not a condition; "the day when it will reopen": a relative
        words = _content(clause)
        borrowed = _content(subject) - words
        modals = _MODAL_KEPT & {folded_word(w) for w in WORD.findall(_MONTH_MAY.sub(" ", clause))}
        found.append(Conditional(words | borrowed, " ".join(condition.split()), _content(condition) - words - borrowed,
                                 " ".join(word.split()), borrowed, frozenset(modals),
                                 _content(object_named_by_pronoun(condition, clause))))
    return found


_OPENING_MARKS = " \t\n\"“«‘'"
_QUOTE_OPENS = ('"', "“", "«", "‘", "'")


# A second verb after "but", its subject left out, with a condition after it: "many members backed the council's stand
# on safety but feared for their income if the licence was lost" conditions the fearing alone ("Many members backed
# the council's stand" was refused as the condition dropped: tests/test_factcheck_217.py). Read so only where the
# first verb is told as done, with no modal of its own ("will hold but may ... if" stays one clause).
_BUT_SECOND_VERB = patterns.compile(r"\s+but\s+(?=(?:[a-z]+ed|felt|thought|said|kept|had|was|were)\s)")
_MODAL_BEFORE = patterns.compile(r"(?<!\w)(?:will|would|could|may|might|can|shall|should|must|won['’]t|\w+['’]ll)"
                                 r"(?!\w)", re.IGNORECASE)


def _second_verb_alone(clause: str) -> str:
    """Return the clause a condition after it conditions: past "but" where a second verb opens without its subject
    after a first told as done ("backed ... but feared for their income"), else all of it."""
    turn = None
    for turn in _BUT_SECOND_VERB.finditer(clause):
        pass  # the last "but": the verb the condition follows
    if turn is None or _MODAL_BEFORE.search(clause, 0, turn.start()):
        return clause
    return clause[turn.end():]


def _shared_subject(sentence: str, opening: int) -> str:
    """Return the subject of the clause before a clause that opens without its own ("The Authority will review the
    duties, and may lower them if ..."): the words before that clause's first verb; "" where it has one."""
    if not _SUBJECT_LEFT_OUT.match(sentence, opening) or opening < 2:
        return ""
    before = sentence[clause_start(sentence, opening - 2, _CLAUSE_END):opening]
    verb = _VERB.search(before)
    return before[:verb.start()] if verb else ""


def _conditions_in_time(word: str, clause: str, condition: str) -> bool:
    """Say whether "once", "when" or "after" conditions its clause: a future on it ("the port will reopen once the
    strike ends"; after "after", a clause of its own: not "after the talks"), or a present on a present ("the port
    reopens once the strike ends")."""
    if _FUTURE.search(condition):
        return False
    if _FUTURE.search(clause):
        return word not in _OF_A_CLAUSE or _holds_verb(condition)
    return (word in ("once", "as soon as") and _holds_verb(condition) and _holds_verb(clause)
            and not _PAST.search(clause) and not _PAST.search(condition))


def _holds_verb(text: str) -> bool:
    """Say whether words hold a verb in the present, as a condition's clause does ("the strike ends", "both sides
    withdraw", "the deal is signed"), where a time's do not ("the talks", "Friday prayers")."""
    written = WORD.findall(text)
    words = [folded_word(w) for w in written]
    for at, word in enumerate(words):
        if (word in _AUXILIARIES or (word in _PRONOUNS and at + 1 < len(words))
                or (word in _QUANTIFIERS and at + 2 < len(words))):
            return True
        if (word in _DETERMINERS and at + 2 < len(words) and _present_s(words[at + 2])
                and words[at + 1] not in _DETERMINERS):
            return True
        if at and written[at][0].isupper() and at + 1 < len(words) and _present_s(words[at + 1]):
            return True  # "once Pakistan agrees"
    return False


def _present_s(word: str) -> bool:
    """Say whether a word may be a verb of the present in "-s" ("ends", "withdraws"), not a plural it often is."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word not in _PLURAL_NOUNS and not (len(word) > 6 and word.endswith(_PLURAL_ENDINGS)))


def _content(text: str) -> frozenset[str]:
    return content_words(elisions_apart(text), _NOT_CONTENT)  # "l'accord" is "accord" (elided_words.py)
