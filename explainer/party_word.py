"""A party's word told as fact: "The strikes killed 40 militants" may not cite only "Pakistani officials said the
strikes killed 40 militants".

In a briefing on a war, an election or a lawsuit, repeating one side's claim as the briefing's own finding is the
worst slip a neutral explainer can make. A passage gives words as a party's where a speaker it names (speakers.py's
reading: "X said", "X told", "..., X said", "according to X", French "selon X", a locale's `according_to`, German
"laut X") is a party of the briefing by its name, short name, id, aliases or demonym ("Pakistani officials",
"Pakistan's military", "the Taliban", "les autorités pakistanaises"), or where it gives a party's figures
("Pakistan's figures show"). The words the speaker's verb covers are the rest of the clause after it ("X said
..."), the clause before it where it closes the sentence ("..., X said"), or the whole sentence ("according to X,
..."). A sentence restating (two words of five letters or more) only such words of every passage it cites, and
saying nobody's word itself (no reporting word, no party's voice: "Pakistani officials put the toll at 40",
"Islamabad's figures"), is refused. A passage stating it outside any party's words (its own, a neutral body's:
"the UN said", "Reuters reported") backs it; quoted words restate nothing. A source that sources.yaml says is one
party's statement throughout (`statement_of`: a press release) is that party's word in every line: a sentence citing
only such sources must say whose word it states, and not give it to another party of the briefing.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, says_whose_word, short_sentence_words, unquoted
from .clauses import WINDOW
from .continued_quotes import with_quote_opening
from .counted_by import counted_by
from .dutch_speakers import SAYING_BEFORE_SPEAKER
from .french_compound_saying import verb_of_saying
from .hedged_findings import hedged_finders
from .officials import with_posts, with_pronoun_named
from .portuguese_reported_figures import portuguese_figure_as_fact
from .quote_speaker_posts import post_before_name, quote_going_on
from .quoted_passages import cut_from_quotation
from .own_acts import levy_set_by, own_act_announced
from .own_stances import stance_told, stance_words, stances_of_itself
from .own_findings import finding_of_none_kept, finding_of_none_unowned
from .participle_speakers import PARTICIPLES
from .sentences import folded_word, markers_blanked, split_sentences
from .short_words import restating_words, tells_of_speaker
from .speaker_wording import according_to
from .submitted_figures import submitted_to_a_body
from .spanish_officials import with_spanish_posts
from .spanish_saying import AUTHOR_VERBS as SPANISH_AUTHOR_VERBS, nouns_after_articles
from .speech_setting import says_nothing
from .told_plans import planners
from .speakers import (authoring_parties, before_german_verb, named_by_its_noun, of_its_own_body, parties_of, reports, said_by,
                       says_as_per_party, shown, speakers_in, speakers_named)

_LONG = 5  # a word this long, shared, says a sentence restates a passage (as dropped_attribution reads it)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A party's voice: its officials, army, government, spokesman, ministry or figures ("Pakistani officials", "Pakistan's
# military", "Islamabad's figures", "the Pakistani army"; French "l'armée pakistanaise", German "pakistanischen Armee");
# not "the Pakistani army's strikes", which says whose strikes, not whose word.
_VOICES = (r"officials?|government|army|military|spokes(?:man|woman|person)|ministry|authorities|forces|figures"
           r"|count|tally|estimates?|data|numbers|autorités|armée|gouvernement|responsables|ministère|porte-parole"
           r"|Armee|Regierung|Behörden|Ministerium|Sprecher|gobierno|ejército|autoridades|portavoz|ministerio")
# A party's word is tried from its first letter alone: from each letter of a run of 40 KB of Chinese, the run was
# read to its end and back (quadratic); a match from within a word is the one from its first letter, found first.
_VOICE = patterns.compile(rf"(?<![^\W\d_])(?P<party>[^\W\d_][\w-]+)(?:['’]s?)?\s+(?:\w+\s+)?(?:{_VOICES})(?![\w'’])"
                          rf"|(?<!\w)(?:{_VOICES})\s+(?P<after>[^\W\d_][\w-]+)")
# Verbs of saying and announcing in French, German, Spanish, Portuguese and Italian that the checks above do not read
# in every form ("Les deux entreprises annoncent leur projet": its announcement, told as theirs; "Autovie Tirrene
# annuncia un aumento" was refused citing "Autovie Tirrene ha annunciato un aumento").
_SAYING = frozenset("""
annonce annoncent annoncé annoncée annoncés annoncées annonçant indique indiquent indiqué précise précisent précisé
rappelle rappellent rappelé souligne soulignent souligné prévient préviennent prévenu insiste insistent insisté ajoute
ajoutent ajouté
sagt sagen sagte sagten erklärt erklären erklärte erklärten kündigt kündigen kündigte kündigten berichtet berichtete
bezeichnet bezeichnen bezeichnete bezeichneten sieht sehen sah sahen wertet werten wertete werteten betont betonen
betonte betonten
dice dicen dijo dijeron anuncia anuncian anunció anunciaron informa informan informó informaron
affirme affirment affirmé assure assurent assuré behauptet behaupten behauptete behaupteten afirma afirman afirmó
afirmaron asegura aseguran aseguró aseguraron sostiene sostienen sostuvo afirmou diz dizem disse disseram
annuncia annunciano annunciato annunciata dichiara dichiarano dichiarato afferma affermano affermato dicono detto
sostengono sostenuto ritiene ritengono ritenuto chiede chiedono chiesto
compte comptent compté recense recensent recensé dénombre dénombrent dénombré chiffre chiffrent chiffré
""".split())  # German's view of itself, "Die NSD sieht sich als Gewinnerin" (newuser_116); the last line: a giver's
# count told as its count, "La CGT a compté 3,5 millions de manifestants"
# Whose word it is, by a possessive: "by its own account", "in their words", "by its count".
OWN_ACCOUNT = patterns.compile(r"(?<!\w)(?:its|their|his|her)\s+(?:own\s+)?(?:account|version|words|figures|count|tally"
                                r"|estimates?)(?!\w)", re.IGNORECASE)
# Whose word it is, by a name: "In Pakistan's words", "by Pakistan's own account", "in the words of Pakistan", "as
# Pakistan puts it" (a party the words must name: factcheck_227)
_NAMED_ACCOUNT = patterns.compile(
    r"(?<!\w)(?:(?:in|by)\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s?\s+(?:own\s+)?(?:words|account|telling|version)"
    r"|in\s+the\s+words\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
    r"|as\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+(?:puts|put|sees|saw)\s+it)(?!\w)", re.IGNORECASE)
# A figure put down to its giver: "Pakistan put the toll at 40", "Kabul puts the number at".
_PUT_AT = patterns.compile(r"(?<!\w)(?:put|puts|putting|estimated|estimates|counted|counts|tallied)\s+(?:\w+\s+){1,5}at(?!\w)",
                           re.IGNORECASE)
# A finding put down to its finder in a closing clause: "..., the state found.", "..., the inspectors concluded.",
# its markers after it (speakers.py reads "found that" as a report; a passive's "were found." names no finder).
_MARKERS = r"(?:\[\^[^\]\s]+\])*"
_FOUND_CLOSING = patterns.compile(
    r",\s+(?:the\s+)?(?:[^\W\d_][\w'’-]*\s+){1,3}(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    rf"(?:found|finds|concluded|concludes){_MARKERS}\s*[.;]?{_MARKERS}\s*$")
# Reporting words with the speaker after them, covering the whole sentence: "according to X, ...", "selon X".
# How a lowercase adjective of a people ends after its country's name: "pakistanaises", "pakistanischen", "iraquí".
_DEMONYM_ENDINGS = frozenset({"i", "is", "ian", "ians", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
                              "ain", "aine", "ains", "aines", "isch", "ische", "ischen", "ischer", "isches", "í", "íes",
                              "ese", "eses", "o", "a", "os", "as"})
_ACCORDING_TO = patterns.compile(r"(?<!\w)(?:according\s+to|selon|d['’]après|laut|según"
                                r"|nach\s+(?:eigenen\s+)?Angaben(?:\s+(?:von|des|der))?)\s+", re.IGNORECASE)
# A speaker joined before a party's by "and": "The UN and Pakistani officials said".
_JOINED = patterns.compile(r"(?<![\w'’])(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}and\s+$")
# What a speaker says of itself, after its reporting word: "X said it had captured the city", "X denied using them";
# French "a affirmé avoir pris", "qu'il avait pris"; Spanish "afirmó haber tomado"; Portuguese "afirmou ter tomado";
# Italian "ha affermato di aver preso"; German "erklärte, es habe ... eingenommen".
_OF_ITSELF = patterns.compile(
    r"(?:(?:a|ont|ha|han|hat|haben|has|have|had)\s+)?[^\W\d_]+,?\s+(?:that\s+)?(?:(?:it|they|its|their)\s|[^\W\d_]+ing\s"
    r"|(?:avoir|être|haber|ter|di\s+aver(?:e)?|di\s+essere)\s|qu['’](?:il|elle|ils|elles)\s"
    r"|que\s+(?:había|habían|ha|han|tinha|tinham|havia)\s|(?:dass\s+)?(?:es|sie|er)\s+(?:habe|haben|hätte|sei)\s"
    # Spanish drops the subject, so a verb straight after "que" in the imperfect or conditional is the speaker's own
    # ("Vantor dijo que estudiaba recurrir"); German names itself by a pronoun or its noun before a Konjunktiv I
    # ("sagte, es prüfe", "das Unternehmen prüfe"): "Vantor estudia recurrir" built on the one word "recurrir"
    r"|que\s+[^\W\d_]+(?:aba|aban|ía|ían)\s"
    r"|(?:dass\s+)?(?:es|sie|er|das\s+Unternehmen|der\s+Konzern|die\s+Firma)\s+[^\W\d_]+e\s)"
    # French and Spanish tell of the speaker itself by an infinitive straight after the verb of saying: "Vantor a dit
    # envisager un appel", "a affirmé vouloir", "dijo estudiar": "Vantor envisage un appel" built on "appel" alone (not
    # after "said": "said other", "said their")
    r"|(?:(?:a|ont|avait|avaient|ha|han)\s+)?(?:dit|affirmé|déclaré|assuré|indiqué|annoncé|expliqué|estimé|reconnu"
    r"|dijo|dijeron|afirmó|afirmaron|aseguró|aseguraron|declaró|declararon|indicó|indicaron|anunció|anunciaron"
    r"|explicó|explicaron|dicho|afirmado|asegurado|declarado|indicado|anunciado)\s+(?:ne\s+pas\s+|no\s+)?"
    r"[^\W\d_]{3,}(?:er|ir|re|ar)\s")
# A clause of its own after a reporting word's: its words are no longer the speaker's.
# Swahili's "na" (and) and "lakini" (but): ", na ilikataa madai" is the speaker's deed, ", na kwamba" still its word.
# So is a second "that" clause: "said the offer was final, and that talks were over", ", et que", ", y que", ", und
# dass" go on with what was said (read as the outlet's own, "Talks with the company are over" built).
_NEXT_CLAUSE = patterns.compile(r";|[,–—]\s+(?:and|but|while|whereas|yet|et|mais|und|aber|y|pero|lakini"
                                r"|na(?!\s+kwamba))\s(?!\s*(?:that|que|dass)(?!\w)|\s*qu['’])")
# A reporting word set off by a comma after it, as before it: "..., Pakistani officials said, in one of ..."
_SET_OFF = patterns.compile(r"[^\W\d_]+(?:\s+(?:on|in|at)\s+\w+)?\s*,")
_STOPS = (".", "!", "?", '."', ".”", ".»", "。")  # a passage ending so is a sentence whole, its speaker its own
_ARTICLE = patterns.compile(r"^(?:The|A|An)(?=\s)")
_AFTER_WORDS = 6  # the words after "according to" that name its speaker: "according to the Pakistani military"
# A campaign's voice, a side's in an election whether or not it names the candidate: "según su campaña", "according
# to the campaign", "la campaña afirma que", "his campaign said"; not "the campaign killed 40" (no saying word), nor
# "the campaign group" (no side's).
_CAMPAIGN = patterns.compile(
    r"(?<!\w)(?P<according>(?:according\s+to|según|selon|d['’]après)\s+)?(?P<voice>(?:the|his|her|its|their|la|su|sus"
    r"|sa|son|leur)\s+(?:own\s+|propia\s+)?(?:campaigns?|campañas?|campagnes?)(?!\s+(?:group|groups|organi[sz]ation)))"
    r"(?:\s+(?P<says>says|said|claims"
    r"|claimed|alleges|alleged|afirma|afirmó|dice|dijo|asegura|aseguró|sostiene|sostuvo|denuncia|denunció|calcula"
    r"|calculó|estima|estimó|affirme|affirmait|dit))?(?!\w)", re.IGNORECASE)


def party_word_as_fact(text: str, passages: list[Cited], offset: int = 0,
                       parties: tuple[tuple[str, frozenset[str]], ...] = (), language: str = "") -> list[Finding]:
    """Return a finding when text, at `offset`, restates what every passage it cites gives only as the word of a
    party of the briefing, and says nobody's word itself."""
    if passages and passages[0].statement_of:  # a source one party's word throughout: a press release
        return _statement_as_fact(text, passages, offset, parties, language)
    if not parties or says_whose_word(text):
        return []  # most sentences say whose word they state (a lookup dropped_attribution has made): no passage read
    # "In a statement, the company said" speaks for the business the sentence before opens on (company_noun_speakers.py)
    passages = [speakers_named(passage, parties, sole_business=True) for passage in passages]
    parts = [part for passage in passages for part in _read(with_spanish_posts(with_posts(with_pronoun_named(
        _with_speaker_before(_as_read(passage.text, passage.holding, passage.language or language), passage.paragraph,
                             passage.language or language), passage.paragraph, passage.officials,
        passage.language or language), passage.officials), passage.officials), parties, passage.language or language)]
    if not any(speaker for _, speaker, *_ in parts) or ((_says_whose(text, parties)
                                                          or _threat_by_speaker(text, parts, parties))
                                                         and not finding_of_none_unowned(text)):
        return []  # the patterns of _says_whose run only where a passage gives a party's word ("No evidence was
        #            found that" says no one's: own_findings.py)
    party = _whose_word(text, text, parts, parties)
    if not party and _NEXT_CLAUSE.search(text):
        # Read clause by clause: a passage backing one clause as fact backs not the other, a party's word joined to
        # it by "and": "It does not settle whether the patent is valid, and Vantor is weighing an appeal" citing the
        # ruling's passage and "Vantor said ... was considering an appeal" (factcheck_113). Only a clause naming a
        # party: one that names none ("..., and 4 of them involved trimetazidine") may go on telling of the
        # sentence's own speaker, or of what a passage's neutral clause says.
        party = next(filter(None, (_whose_word(text, clause, parts, parties) for clause in _NEXT_CLAUSE.split(text)
                                   if _parties_named(clause, parties))), "")
    if not party:
        # A reason of its own, told as fact by "as", "because" or "since": "Norvania raised its tariff, as cheap imports
        # threatened 14,000 jobs" of "..., saying that cheap imports threatened 14,000 jobs" (newuser_101). The deed
        # around it is the passage's; the reason clause alone restates the party's word.
        party = next(filter(None, (_whose_word(text, reason, parts, parties) for reason in _reasons(text))), "")
    if not party:
        party = _short_sentence_party(text, passages, parties, language)
    if not party or _planning_parties(text, parties, language) & _parties_named(party, parties):
        return []  # "Corvane plans to close ..." of "Corvane said it expects ...": its plan, as its own (told_plans.py)
    party = _unstopped(_ARTICLE.sub(lambda article: article.group().lower(), party))  # "the Taliban" mid-sentence
    if any(_parties_named(finder, parties) & _parties_named(party, parties) for finder in hedged_finders(text)):
        return []  # "The Authority found, provisionally, that": its own finding, given to it (hedged_findings.py)
    if levy_set_by(markers_blanked(text), party):
        return []  # "Osric EV will pay a duty of 35%" of "..., the commission said": the rate it sets (own_acts.py)
    if finding_of_none_kept(text, party, passages):
        return []  # "The Commission found no evidence" of its "said it had found no evidence" (own_findings.py)
    return [Finding(offset, f"this sentence states as fact what its cited passages give only as the word of {party}: "
                            f"{clipped(text)}",
                    f"say whose word it is, as the source does ('{according_to(party, language)}'), or cite a passage "
                    "that states it")]


def _short_sentence_party(text: str, passages: list[Cited], parties: tuple, language: str) -> str:
    """Return the party whose words a short sentence restates, by dropped_attribution's rule for one: every word of
    four letters or more of it, two at least, in the words a party's reporting word covers ("Talks are over" of
    "Okafor said the offer was final and that talks were over", which share one word of five letters), and in no
    passage's words outside a party's; or ""."""
    short = short_sentence_words(unquoted(text))
    if len(short) < 2 or len(_long_words(unquoted(text))) >= 2:
        return ""  # no short sentence: a longer one restates by two long words (_whose_word)
    whose = ""
    for passage in passages:
        read = _with_speaker_before(_as_read(passage.text, passage.holding, passage.language or language),
                                    passage.paragraph, passage.language or language)
        for sentence in split_sentences(read, passage.language or language):
            covered, start, rest = _party_spans(sentence.text, parties), 0, []
            for (begin, end), speaker in covered:
                if not whose and short <= short_sentence_words(unquoted(sentence.text[begin:end])):
                    whose = speaker
                rest.append(sentence.text[start:begin])
                start = max(start, end)
            if short <= short_sentence_words(unquoted(" ".join([*rest, sentence.text[start:]]))):
                return ""  # stated outside any party's words: a passage backs it as fact
    return whose


# A reason clause, up to its clause's end: ", as ...", "because ...", "since ...", French "car", "parce que", "puisque",
# Spanish "porque", "ya que", "puesto que", German "weil", ", da"; "as" only after a comma ("as much as", "such as")
_REASON = patterns.compile(r"(?:,\s+as|(?<!\w)(?:because|since|given\s+that|car|parce\s+qu['’]?e?|puisqu['’]?e?|porque"
                           r"|ya\s+que|puesto\s+que|weil)|,\s+da)\s+(?P<reason>[^,;:.!?]+)", re.IGNORECASE)


def _reasons(text: str) -> list[str]:
    """Return the clauses text gives as a reason ("as cheap imports threatened 14,000 jobs"), outside quotation
    marks."""
    return [match["reason"] for match in _REASON.finditer(unquoted(text)) if len(match["reason"].split()) >= 3]


def _whose_word(text: str, clause: str, parts: list, parties: tuple) -> str:
    """Return the party whose word a clause of text (or text whole) restates where no passage states it outside any
    party's words, or ""."""
    spoken = _long_words(unquoted(clause))
    named = _parties_named(clause, parties)
    party, most, outside, reason, told = "", 1, 0, False, 0
    figures = _figures(unquoted(clause))
    # a figure no party's words give, given outside them ("Under the court's rules, the paper has 21 days"): the
    # sentence giving it, of the party those words name, tells what the passage states near a party's word, where it
    # restates one word of the party's at most (newuser_134)
    figures -= frozenset().union(*(part[7] for part in parts if part[1]))
    subject, restated = _parties_in(clause, parties), 0
    for words, speaker, of_itself, quoted, participle, sides, stances, given, naming in parts:
        if sides and sides & _parties_in(_subject_of(clause), parties):
            continue  # a quoted sentence going on a side's words, told as that side's act: "The club will ask ..."
        if quoted and not _names_speaker(text, speaker, parties):
            words = words | quoted  # its quoted words too, where the sentence does not tell of the speaker itself
        shared = len(spoken & words)
        if not speaker:
            outside = max(outside, shared)
            if figures & given:
                told = max(told, shared + len(figures & given) + bool(subject & naming))
            continue
        if _own_stance(clause, spoken & words, speaker, stances, parties):
            continue  # "Ostrava rejects the ruling" of "Ostrava's government said ... that it rejects the ruling"
        shared += _stance_given_to_another(clause, spoken & words, speaker, stances, parties)
        if of_itself and named & _parties_named(speaker, parties):
            shared += 1  # "Northland captured the city" of "Northland said it had captured the city": its own deed
        if shared > most and not tells_of_speaker(text, speaker, parties):  # the party whose words it restates most
            party, most, reason, restated = speaker, shared, participle, len(spoken & words)
    # Stated outside any party's words: a passage backs it as fact. But a party's deed told by the passage, with its
    # reason in the party's words after ", saying": "Cheap Southland steel has cost 4,000 jobs" citing "Northland
    # raised tariffs on steel from Southland ..., saying cheap Southland steel had cost 4,000 jobs" shares "steel" and
    # "Southland" with the deed, and four words with Northland's reason, whose word it restates (test_factcheck_108).
    if told >= max(2, most) and restated <= 1:
        return ""
    return "" if not party or outside >= (max(2, most) if reason else 2) else party


def _own_stance(clause: str, shared: frozenset[str], speaker: str, stances: tuple, parties: tuple) -> bool:
    """Say whether a clause tells a stance its speaker's words tell of the speaker itself, given to that speaker's
    party by its subject, and restates of those words only that stance and what it is of: "Ostrava rejects the
    ruling" of "Ostrava's government said ... that it rejects the ruling" is the fact of its stance (own_stances.py);
    "Marenia rejects the ruling" gives Ostrava's word to another."""
    told = stance_told(clause) if stances else None
    if told is None:
        return False
    stance, subject = told
    if not _parties_named(subject, parties) & _parties_named(speaker, parties) or _parties_named(
            subject, parties) - _parties_named(speaker, parties):
        return False
    told_by = _long_words(subject) | stance_words(clause)
    return any(shared <= said_of | told_by for said, said_of in stances if said == stance)


def _stance_given_to_another(clause: str, shared: frozenset[str], speaker: str, stances: tuple,
                             parties: tuple) -> int:
    """Return 1 where a clause gives a stance a speaker tells of itself to another party, in another form of its verb
    than the passage's: "Marenia rejected the ruling" of Ostrava's "it rejects the ruling" restates its stance."""
    told = stance_told(clause) if stances else None
    if told is None or stance_words(clause) & shared or not _parties_named(told[1], parties) - _parties_named(
            speaker, parties):
        return 0
    return int(any(said == told[0] for said, _ in stances))


# A sentence's closing stop after a speaker named last ("..., according to the Ardanian coastguard."), not an
# abbreviation's ("Acme Inc.", "the U.S."): the message read "the word of the Ardanian coastguard.: ...".
_ABBREVIATIONS = frozenset({"inc", "ltd", "corp", "co", "plc", "bros", "jr", "sr", "llc", "cie", "st"})


def _unstopped(speaker: str) -> str:
    """Return a speaker as written without the stop of the sentence it closes."""
    words = speaker.split()
    if not words or words[-1][-1] not in ".!?。":
        return speaker
    last = words[-1].rstrip(".!?。")
    if not last or "." in last or last.casefold() in _ABBREVIATIONS:
        return speaker
    return speaker.rstrip().rstrip(".!?。")


def _statement_as_fact(text: str, passages: list[Cited], offset: int, parties: tuple,
                       language: str = "") -> list[Finding]:
    """Return a finding when text restates what only sources that are one party's statement throughout give
    (`statement_of` in sources.yaml) and says nobody's word itself: their lines need not each say "we said"."""
    if not all(passage.statement_of for passage in passages):
        return []  # a passage of a source that is no one's statement backs it
    # a verb of saying negated says no one's word: "The court has not found that ..." states the author's as fact
    if (says_whose_word(text) or _says_whose(text, parties) or _author_proposes(text, passages, parties)
            or _author_plans(text, passages, parties, language) or _author_promises(text, passages, parties)) and not (
            (speaking := speakers_in(text, parties)) and len(said_by(text, parties)) < len(speaking)
            and not said_by(text, parties)):
        return _given_to_another(text, passages, offset, parties)  # "Corvane says" gives it as a word: whose?
    said = frozenset().union(*(_long_words(unquoted(passage.text)) for passage in passages))
    shared = len(_long_words(unquoted(text)) & said)
    if shared < 2 and not (shared and _another_plans(text, passages, parties, language)):
        return []  # restates nothing of theirs: "The statement is dated May 12"
    whose = _authors(passages)
    return [Finding(offset, f"this sentence states as fact what its cited passages give only as the word of {whose}, "
                            f"whose statement their source is: {clipped(text)}",
                    f"say whose word it is, as '{according_to(whose, language)}' does, or cite a passage that states "
                    "it")]


# An author named doing what a statement does, proposing, calling for or welcoming, says whose word follows: "The
# Association proposes a 15 percent cut" of the Association's own release (newuser_110). Only its author's: another
# party named so is told as proposing what the source's author does.
_PROPOSING = frozenset("""propose proposes proposed proposing urge urges urged call calls called ask asks asked offer
offers offered welcome welcomes welcomed support supports supported dispute disputes disputed reject rejects rejected
demand demands demanded""".split()) | SPANISH_AUTHOR_VERBS  # "El sindicato pide que ..." (spanish_saying.py)


def _author_proposes(text: str, passages: list[Cited], parties: tuple) -> bool:
    """Say whether text names an author of the statements it cites, with a verb of proposing or asking (English, or
    Spanish, whose author may be named by its noun after an article: spanish_saying.py)."""
    words = {folded_word(word) for word in _WORD.findall(text)}
    named = _parties_named(text, parties) | (parties_of(nouns_after_articles(text), parties)
                                             if words & SPANISH_AUTHOR_VERBS else frozenset())  # "El sindicato pide"
    return bool(words & _PROPOSING) and bool(named & _author_parties(passages, parties))


# A promise or a guarantee is its giver's word: "Lozano no ha garantizado una nueva oferta" of the port authority's
# release, "Lozano ... no ha confirmado que vaya a presentar una nueva oferta" (newuser_114; "confirmado" was read).
_PROMISING = patterns.compile(r"(?<![\w'’])(?:promised|guaranteed|promis|promet|promettent|garanti|garantit"
                              r"|garantissent|prometió|prometieron|prometido|promete|prometen|garantizó|garantizaron"
                              r"|garantizado|garantiza|garantizan|asegurado)(?![\w'’])", re.IGNORECASE)


def _author_promises(text: str, passages: list[Cited], parties: tuple) -> bool:
    """Say whether text tells of a promise or guarantee (given or withheld) by an author of the statements it cites,
    or by a person those statements name ("Lozano"), and names no other party before it: "El sindicato no ha
    garantizado" of the port authority's release gives its word to another."""
    promise = _PROMISING.search(text)
    if promise is None:
        return False
    subject = text[:promise.start()]
    named = {folded_word(word) for word in _WORD.findall(subject) if word[0].isupper()}
    said = {folded_word(word) for passage in passages for word in _WORD.findall(passage.text)}
    others = _parties_by_any_word(subject, parties) - _author_parties(passages, parties)  # "el sindicato" too
    return bool(named) and named <= said and not others


def _author_plans(text: str, passages: list[Cited], parties: tuple, language: str = "") -> bool:
    """Say whether text names an author of the statements it cites as the subject of a verb of planning or expecting
    ("Corvane plans to close ...", "La società prevede di ..."): the plan told as its own (told_plans.py). An author
    that is no party of the briefing is named by a word of its `statement_of` name."""
    if not planners(text, language):
        return False
    if _planning_parties(text, parties, language) & _author_parties(passages, parties):
        return True
    authored = frozenset(folded_word(word) for passage in passages for word in _WORD.findall(passage.statement_of)
                         if len(word) >= 4)
    return any(authored & {folded_word(word) for word in _WORD.findall(subject) if word[0].isupper()}
               and not _parties_in(subject, parties) for subject in planners(text, language))


def _another_plans(text: str, passages: list[Cited], parties: tuple, language: str = "") -> bool:
    """Say whether text gives a plan to a party of the briefing that is no author of the statements it cites:
    "Brightwell will das Werk 2027 schließen" of Corvane's release restates its one word "schließen" as another's."""
    planning = _planning_parties(text, parties, language)
    return bool(planning) and not planning & _author_parties(passages, parties)


def _planning_parties(text: str, parties: tuple, language: str = "") -> frozenset[str]:
    """Return the parties text names as the subject of a verb of planning or expecting: by a capitalised word, a
    side's noun, or an alias ("the company", "la società")."""
    found = frozenset()
    for subject in planners(text, language):
        words = _WORD.findall(subject)
        names = {folded_word(word) for word in words} | {folded_word(" ".join(pair)) for pair in zip(words, words[1:])}
        found |= _parties_in(subject, parties) | parties_of(frozenset(names), parties)
    return found


def _authors(passages: list[Cited]) -> str:
    """Return whose statements the passages' sources are, each once: "Corvane Chemicals and the association"."""
    return " and ".join(dict.fromkeys(passage.statement_of for passage in passages))


def _given_to_another(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding when text gives a statement's words to a party of the briefing that is not among its authors
    ("The court found" of Corvane's statement); an author that is no party of the briefing is not judged."""
    authors = _author_parties(passages, parties)
    if not authors or any(said_by(passage.text, parties) for passage in passages):
        return []  # a passage naming its speaker is misattributed's to read (speakers.py)
    for _, words, names in [*said_by(text, parties), *_subject_saying(text)]:
        speaker = parties_of(names, parties)
        if speaker and not speaker & authors:
            whose = _authors(passages)
            return [Finding(offset, f"this sentence gives the words to {shown(words) or words}, but its cited "
                                    f"passages are the statement of {whose}: {clipped(text)}",
                            f"give them to {whose}, whose statement the source is, or cite a passage that gives "
                            "them to this speaker")]
    return []


# a sentence opening on its subject and a verb of saying (_SAYING): "Die UNM sieht sich als Gewinnerin", "Die Grüne
# Liste sagt, ..." gives the words to that party, which said_by reads in no such German word order (newuser_116)
_OPENING = patterns.compile(r"^\W*(?:(?:die|der|das)\s+)?(?P<words>(?:[^\W\d_][\w-]*[,:]?\s+){1,4})", re.IGNORECASE)


def _subject_saying(text: str) -> list[tuple[int, str, frozenset[str]]]:
    """Return (where, words, names) of a sentence's opening subject of one to three words before a verb of saying,
    as said_by returns speakers; or none."""
    found = _OPENING.match(markers_blanked(text))
    words = [word.rstrip(",:") for word in found["words"].split()] if found else []
    at = next((at for at, word in enumerate(words[1:], 1) if folded_word(word) in _SAYING), 0)
    if not at:
        return []
    subject = words[:at]
    names = {folded_word(word) for word in subject} | {folded_word(" ".join(pair)) for pair in zip(subject, subject[1:])}
    return [(found.start("words"), " ".join(subject), frozenset(names))]


def _author_parties(passages: list[Cited], parties: tuple) -> frozenset[str]:
    """Return the parties whose statements the passages' sources are: those every naming word of an author names,
    where there are such ("Bank of Aldermere" is the bank's, not also the Government of Aldermere's), else any
    party a word of theirs names."""
    found = frozenset()
    for author in dict.fromkeys(passage.statement_of for passage in passages):
        names = frozenset(map(folded_word, _WORD.findall(author)))
        whole = frozenset(party for party, words in parties if names & words and names & words == names - _SHORT(names))
        found |= whole or authoring_parties(names, parties)  # "valdemar" of two parties names neither
    return found


def _SHORT(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name for name in names if len(name) < 4)


def _says_whose(text: str, parties: tuple) -> bool:
    """Say whether a sentence says whose word it states beyond attribution.says_whose_word: any reporting word, a verb
    of announcing in French, German or Spanish, or a party's voice ("Pakistani officials put the toll at 40")."""
    return bool(reports(text) or _gives_a_voice(text, parties) or _FOUND_CLOSING.search(text)
                or says_as_per_party(text, parties) or counted_by(text)
                or _SAYING & {folded_word(word) for word in _WORD.findall(text)} or bool(_SO_SAYS.search(text))
                or bool(_THREATENS.search(text)))


# A threat is a party's word of what it will do: "L'Ostrelande menace d'appliquer des droits de rétorsion si ..." of
# "l'Ostrelande a annoncé son intention d'appliquer ..." (newuser_117, refused as its word told as fact), Spanish
# "amenaza con aplicar". Only the verb before its infinitive, no article before it: "une menace de rétorsion", "la
# menace d'appliquer" are nouns, which say no one's word.
_THREATENS = patterns.compile(
    r"(?<!\bla\s)(?<!\bune\s)(?<!\bcette\s)(?<!\bsa\s)(?<!\bleur\s)(?<!\bla\s)(?<!\bel\s)(?<!\buna\s)(?<!\bsu\s)"
    r"(?<![\w'’])(?:menace(?:nt)?|menacé|menaçait|menaçaient|menaçant)\s+d(?:e\s+|['’])(?:ne\s+pas\s+)?[^\W\d_]{3,}(?:er|ir|re)(?!\w)"
    r"|(?<!\bla\s)(?<!\buna\s)(?<!\bsu\s)(?<!\bel\s)(?<![\w'’])(?:amenaza|amenazan|amenazó|amenazaron|amenazado|amenazaba"
    r"|amenazaban)\s+con\s+(?:no\s+)?[^\W\d_]{3,}(?:ar|er|ir)(?!\w)", re.IGNORECASE)
# The party threatened named (capitalised) before "de" or after "a", a noun may follow: "L'Ostrelande menace la
# Valmorie de droits de rétorsion" of "l'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion"
# (newuser_117), "amenaza a Valmoria con aranceles". Whose threat it is, is read before it (_threat_by_speaker): "La
# Valmorie menace l'Ostrelande de droits" of the same passage gives Ostrelande's threat to Valmorie.
_THREATENS_PARTY = patterns.compile(
    r"(?<!\bla\s)(?<!\bune\s)(?<!\bcette\s)(?<!\bsa\s)(?<!\bleur\s)(?<![\w'’])(?:menace(?:nt)?|menacé|menaçait"
    r"|menaçaient|menaçant)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?-i:[A-ZÀÂÉÈÊÎÔÛÇ])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s+d(?:e\s+|es\s+|u\s+|['’])[^\W\d_]{3,}"
    r"|(?<!\bla\s)(?<!\buna\s)(?<!\bsu\s)(?<!\bel\s)(?<![\w'’])(?:amenaza|amenazan|amenazó|amenazaron|amenazado"
    r"|amenazaba|amenazaban)\s+a\s+(?:la\s+|el\s+|los\s+|las\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s+con\s+[^\W\d_]{2,}", re.IGNORECASE)


def _threat_by_speaker(text: str, parts: list, parties: tuple) -> bool:
    """Say whether text tells a threat against a named party (_THREATENS_PARTY) made by a party whose word a cited
    passage gives: the threat is its word, told as such."""
    threat = _THREATENS_PARTY.search(text)
    if threat is None:
        return False
    threatening = _parties_in(text[:threat.start()], parties)
    return bool(threatening) and any(threatening & _parties_by_any_word(speaker, parties)
                                     for _, speaker, *_ in parts if speaker)


def _parties_by_any_word(text: str, parties: tuple) -> frozenset[str]:
    """Return the parties any word of text names, capitalised or not ("l'Ostrelande", "el sindicato")."""
    return _parties_in(text, parties) | parties_of(frozenset(map(folded_word, _WORD.findall(text))), parties)


# German's "so" naming a speaker between commas: "Die UNM, so die NSD, hat ... verloren" (newuser_116)
_SO_SAYS = patterns.compile(r",\s*so\s+(?:(?:die|der|das|den)\s+)?[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s*[,.]",
                            re.IGNORECASE)


def party_word_as_fact_in_item(text: str, passages: list[Cited], language: str = "",
                               parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return party_word_as_fact's findings for an item cited as a whole, sentence by sentence: one's "said" does not
    cover the next."""
    if not parties and not (passages and passages[0].statement_of):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in (party_word_as_fact(sentence.text, passages, sentence.start, parties, language)
                            # a caveat's "A empresa depositou R$ 1,2 milhão" of "..., segundo o advogado do sindicato"
                            # (newuser_120): a side's figure, as a sentence of a summary is read (reported_figures.py)
                            or _portuguese_figure(sentence.text, passages, sentence.start, parties, language))]


def _portuguese_figure(text: str, passages: list[Cited], offset: int, parties: tuple, language: str) -> list[Finding]:
    """Return portuguese_reported_figures' finding of a Portuguese sentence of an item cited as a whole (a court or
    regulator named so is no side there: no party's role is passed)."""
    if language.split("-")[0].lower() != "pt" or not passages or passages[0].statement_of:
        return []
    return portuguese_figure_as_fact(text, passages, offset, language, parties)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _as_read(text: str, holding: str, language: str) -> str:
    """Return a passage cut from a sentence ("the strikes killed 40 militants" of "..., Pakistani officials said")
    with the rest of the source's sentences holding it, which may name whose words they are; a passage of whole
    sentences as it is."""
    at = holding.find(text) if holding else -1
    if at < 0 or text.rstrip().endswith(_STOPS) and not cut_from_quotation(text, holding):
        return text  # whole sentences, unless cut from inside quotation marks (quoted_passages.py)
    end = at + len(text)
    return " ".join(sentence.text for sentence in split_sentences(holding, language)
                    if sentence.start < end and sentence.end > at) or text


@functools.lru_cache(maxsize=1 << 12)
def _with_speaker_before(text: str, paragraph: str, language: str) -> str:
    """Return a passage wholly inside quotation marks with the source's sentence before it, which names its speaker:
    '"We will ask the court to quash a decision ..."' goes on the words of '"...," said the club's chief executive'
    (factcheck119: cited alone, it was no one's word, and so fact)."""
    if not _wholly_quoted(text) or not paragraph:
        return text
    return with_quote_opening(text, paragraph, language)  # as a claim's claimant is read (continued_quotes.py)


def _wholly_quoted(text: str) -> bool:
    """Say whether text is words in quotation marks alone, its stop and spacing aside."""
    return text.lstrip()[:1] in _OPENING_QUOTES and not unquoted(text).strip(_QUOTES_AROUND + ".!?")


_OPENING_QUOTES = ('"', "“", "«", "‘")


def _parties_named(text: str, parties: tuple) -> frozenset[str]:
    """Return the ids of the parties text names by a capitalised word of theirs ("Northland", "Northland's army")."""
    return parties_of(frozenset(folded_word(word) for word in _WORD.findall(text) if word[0].isupper()), parties)


def _gives_a_voice(text: str, parties: tuple) -> bool:
    """Say whether text names a party's figures ("Islamabad's figures"), or puts a figure down to a party ("Pakistani
    officials put the toll at 40"): whose word it is, in other words. Its officials named doing something else
    ("Pakistani officials visited the site; the strikes killed 40") say nobody's word."""
    if any(_figure_voice(match) and parties_of(frozenset({folded_word(match["party"] or match["after"])}), parties)
           for match in _VOICE.finditer(text)):
        return True
    return (bool(OWN_ACCOUNT.search(text)) or bool(_PUT_AT.search(text)) and _names_a_party(text, parties)
            or any(_names_a_party(match.group(), parties) for match in _NAMED_ACCOUNT.finditer(text)))


def _names_a_party(text: str, parties: tuple) -> bool:
    """Say whether text names a party: by a capitalised word of it ("Pakistani", "Islamabad"), or by a lowercase form
    a word of its name with a demonym's ending ("pakistanaises", "pakistanischen"; not "the agency" for "Medicines
    Safety Agency", nor "pharmacy" for "Halden Pharma")."""
    for word in _WORD.findall(text):
        folded = folded_word(word)
        if (parties_of(frozenset({folded}), parties) if word[0].isupper() else any(
                len(name) >= _LONG and folded.startswith(name) and folded[len(name):] in _DEMONYM_ENDINGS
                for _, names in parties for name in names)):
            return True
    return False


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _read(text: str, parties: tuple, language: str
          ) -> tuple[tuple[frozenset[str], str, bool, frozenset[str], bool, frozenset[str], tuple, frozenset[str],
                           frozenset[str]], ...]:
    """Return the parts of a passage, each as its long words, the party whose word it is ("" where it is no party's)
    and whether the party tells of itself, its quoted words, whether its words are a reason given after a participle
    (", saying ...") and, for a quoted sentence going on the words of the sentence before, the sides its speaker speaks
    for; the stances the party tells of itself (own_stances.py), the figures the part gives and, outside any party's
    words, the parties it names: the words each party's reporting word covers, and the rest of each sentence."""
    parts = []
    # a party that spoke in quotation marks in the sentence before, and the sides it speaks for: a quoted sentence
    # after goes on its words ('"..." said the club's chief executive, Martin Oyelaran. "We will ask ..."')
    quoting, sides, previous = "", frozenset(), ""
    for sentence in split_sentences(text, language):
        if quoting and _wholly_quoted(sentence.text):
            parts.append((frozenset(), quoting, False, _long_words(sentence.text), False, sides, (),
                          _figures(sentence.text), frozenset()))
            continue
        if previous and _wholly_quoted(sentence.text) and (going_on := _going_on(previous, sentence.text, parties)):
            # '"...," said Leila Amrani, the group's chair. "Halden knew ..."': her charge, where it charges another
            parts.append((frozenset(), going_on, False, _long_words(sentence.text), False,
                          _parties_by_any_word(going_on, parties), (), _figures(sentence.text), frozenset()))
            continue
        # "said Leila Amrani, the group's chair" read as "said the group's chair, Leila Amrani" (officials.py's order)
        read = previous = post_before_name(sentence.text)
        covered = _party_spans(read, parties)
        quoting = covered[-1][1] if covered and unquoted(read) != read else ""
        sides = _parties_in(unquoted(read), parties) if quoting else frozenset()
        rest, start = [], 0
        for (begin, end), speaker in covered:
            said = read[begin:end]
            # its quoted words apart: "Pour la CFDT, « il n'y a pas d'urgence »" is the CFDT's word (test_newuser_74)
            unquoted_words = _long_words(unquoted(said))
            parts.append((unquoted_words, speaker, bool(_OF_ITSELF.match(said)), _long_words(said) - unquoted_words,
                          said.split(maxsplit=1)[0].casefold() in PARTICIPLES if said.strip() else False, frozenset(),
                          stances_of_itself(unquoted(said)), _figures(said), frozenset()))
            rest.append(read[start:begin])
            start = max(start, end)
        rest.append(read[start:])
        outside = unquoted(" ".join(rest))
        parts.append((_long_words(outside) - _speaker_words(covered), "", False, frozenset(), False, frozenset(), (),
                      _figures(outside), _parties_in(outside, parties)))
    return tuple(parts)


def _going_on(previous: str, quote: str, parties: tuple) -> str:
    """Return the speaker of a side whose quoted words a wholly quoted sentence goes on, read as a sentence of its own
    after the sentence quoting them (quote_speaker_posts.py): a side's official where the words charge another."""
    alone = quote_going_on(previous, quote)
    covered = _party_spans(alone, parties) if alone else []
    return covered[-1][1] if covered else ""


def _declared(words: str, parties: tuple) -> bool:
    """Say whether a speaker named by a common noun is named as the editor named a party, in its `short_name` or
    `aliases` in French ("l'agence", "la région"; see owners.party_words): that party's word then, a side's
    (newuser_84: "selon l'agence" dropped from the agency's own count, a side's in a dispute over a maternity ward,
    built)."""
    said = folded_word(" ".join(words.split()))
    return any(said in names for _, names in parties)


# a speaker in a condition: "if the district court finds that", "unless the panel concludes that"
_CONDITION = patterns.compile(r"(?<!\w)(?:[Ii]f|[Uu]nless|[Ww]hether|[Oo]nce|[Ss]hould)\s+(?:[\w'’-]+\s+){1,5}$")


def _possessor(nouns: frozenset[str]) -> frozenset[str]:
    """Return nouns without a possessive's "'s": "according to the commission's figures" names the commission by its
    noun as "the commission said" does (its figures were read as a side's word, newuser_68)."""
    return frozenset(noun[:-2] if noun.endswith(("'s", "’s")) else noun for noun in nouns)


def _official_of_declared(words: str, parties: tuple) -> bool:
    """Say whether a speaker is named by a side's noun the editor names it by, or as its official: "the club's chief
    executive, Martin Oyelaran" of a party with the alias "the club" speaks for it (his words were no one's)."""
    return bool(_by_declared_noun(words, parties))


def _by_declared_noun(words: str, parties: tuple) -> frozenset[str]:
    """Return the sides words name by a noun after "the" that the editor names them by ("the club", "the council's"):
    a side's voice where it charges another (_party_spans). Only a side's: owners.party_words keeps no such noun of a
    court, regulator or analyst, whose word is no side's."""
    nouns = _possessor(named_by_its_noun(words, parties))
    return frozenset(party for party, names in parties for noun in nouns if f"the {noun}" in names)


def _speaker_words(covered) -> frozenset[str]:
    """Return the long words naming the speakers: "Pakistani officials" restates nothing of what they said."""
    return frozenset().union(*(_long_words(speaker) for _, speaker in covered))


def _party_spans(text: str, parties: tuple) -> list[tuple[tuple[int, int], str]]:
    """Return the spans of text that a party's reporting word covers, each with the speaker as written, in order."""
    by_verb: dict[int, list[str]] = {}
    by_noun: dict[int, frozenset[str]] = {}  # speakers a side's English noun names, "the club said": whose
    for at, words, names in speakers_in(text, parties):
        if _CONDITION.search(text, max(0, at - 80), at):
            continue  # "If that court finds that ...": a condition, no one's word (tests/test_newuser_69.py)
        nouns = _possessor(named_by_its_noun(words, parties))
        noun_named = names == nouns
        if noun_named and not _declared(words, parties):
            continue  # "the agency said" of the Medicines Safety Agency: a regulator's word, or its data, is no side's
        if own_act_announced(text, at, words):
            continue  # "the commission confirmed a 15 per cent cut": its act, not its word (own_acts.py)
        own = of_its_own_body(words, names, parties)  # "Brookfield University" is no Brookfield City Council
        named = parties_of(own, parties) or (own == names and _names_a_party(words, parties))
        # a side by the English noun the editor names it by ("the union said"), by such a noun too short to be read
        # otherwise ("the city's finance department"), or as its official: its word where it charges another
        short = bool(nouns) and _possessor(names) == nouns and all(len(noun) < 5 for noun in nouns)
        if (noun_named and _by_declared_noun(words, parties)) or short or (
                not named and _official_of_declared(words, parties)):
            by_noun[at] = _by_declared_noun(words, parties)
        by_verb.setdefault(at, []).append(words if named or at in by_noun else "")
    for at, speakers in by_verb.items():  # "the UN and Pakistan said": "the UN" is no name speakers_in reads
        first = speakers[-1].split()[:1]
        subject = text.rfind(first[0], max(0, at - 200), at) if first else -1
        joined = _JOINED.search(text, max(0, subject - 80), subject) if subject > 0 else None
        if joined and not _names_a_party(joined.group(), parties):
            speakers.append("")
    for at, words in _voiced(text, parties):
        by_verb.setdefault(at, []).append(words)
        by_noun.pop(at, None)  # "according to the council's own figures": its version, whatever it tells of
    spans = []
    for at, speakers in sorted(by_verb.items()):
        if all(speakers):  # "the UN and Pakistan said": a neutral body's word too, which may be dropped
            span = _covered(text, at, speakers[-1])
            if at in by_noun and not _parties_in(_subject_of(text[span[0]:span[1]]),
                                                 parties) - by_noun[at]:
                continue  # "the city said it is reviewing the ruling": a side's word of itself, by its noun, no charge
            spans.append((span, shown(speakers[-1]) or speakers[-1]))
    return [(span, speaker) for span, speaker in spans if span[1] > span[0]]


_SUBJECT_WORDS = 4  # "the council had changed": a subject's words, at most
_OWN_VERSION = patterns.compile(r"['’]s?\s+own\s+(?:figures|account|count|tally|estimates?|data|numbers|version)(?!\w)")
_QUOTES_AROUND = " \t\n\"“”'‘’«»:,"


def _subject_of(said: str) -> str:
    """Return the first words of what a speaker said, past its reporting verb and a "that" among its first words:
    where its subject stands ("the council had" of "said on Wednesday that the council had ...")."""
    words = said.strip(_QUOTES_AROUND).split()
    if words and reports(words[0]):
        words = words[1:]
    that = next((at for at, word in enumerate(words[:6]) if word.casefold() == "that"), -1)
    return " ".join(" ".join(words[that + 1:]).strip(_QUOTES_AROUND).split()[:_SUBJECT_WORDS])


def _parties_in(text: str, parties: tuple) -> frozenset[str]:
    """Return the parties text names, by a capitalised word or by a side's noun the editor names it by."""
    return _parties_named(text, parties) | _by_declared_noun(text, parties)


def _voiced(text: str, parties: tuple) -> list[tuple[int, str]]:
    """Return where text gives a party's voice after "according to" in lowercase words ("selon les autorités
    pakistanaises", "nach Angaben der pakistanischen Armee"), a party's figures ("Pakistan's figures show") or a
    campaign's word ("según su campaña", "the campaign says")."""
    found = []
    for according in _ACCORDING_TO.finditer(text):
        near = text[according.end():according.end() + WINDOW]  # read near, as a clause is: not the rest of 40 KB
        after = " ".join(before_german_verb(near.split(",")[0].split()[:_AFTER_WORDS]))
        if _names_a_party(after, parties) or (_official_of_declared(after, parties) and (
                _OWN_VERSION.search(after) or submitted_to_a_body(after)  # "figures the company gave the court"
                or _parties_in(_subject_of(near.partition(",")[2]), parties)
                - _by_declared_noun(after, parties))):
            # a side by its noun: its own version ("according to the council's own figures"), or its charge against
            # another ("According to the club, the council ..."); not "according to the city's finance department,
            # water rates went up", which the city does and tells
            found.append((according.start(), after))
    for match in _VOICE.finditer(text):
        named = match["party"] or match["after"]
        if _figure_voice(match) and parties_of(frozenset({folded_word(named)}), parties) and not named_by_its_noun(
                text[max(0, match.start() - 4):match.end()], parties):  # "the commission's figures": no side's
            found.append((match.start(), match.group()))
    for match in _CAMPAIGN.finditer(text) if "ampa" in text else ():
        voice = match["voice"][0].lower() + match["voice"][1:]  # "La campaña" named mid-sentence
        if match["according"]:  # the whole sentence, as after "according to X"
            found.append((match.start(), voice))
        elif match["says"]:  # the words after its saying word
            found.append((match.start("says"), voice))
    return found


def _figure_voice(match: re.Match) -> bool:
    """Say whether a party's voice _VOICE found is its figures ("Islamabad's figures", "Pakistan's count")."""
    return folded_word(match.group().split()[-1]) in ("figures", "count", "tally", "estimates", "estimate", "data",
                                                      "numbers")


# verbs of saying a speaker follows where the words said came before them: a quote starting at one is cut after those
# words ("according to", "volgens", "theo" are followed by a speaker whose words come after)
_SAID_BEFORE_SPEAKER = frozenset({"said", "says", "added", "wrote"}) | SAYING_BEFORE_SPEAKER
# Spanish, Portuguese and French verbs of saying before their speaker, a quote's tail cited alone: "dijo Ferrer, de 58
# años, exministro de Economía." tells who Ferrer is, not what he said (newuser_132); not before "que", "qu'", whose
# words follow ("dice Ferrer que ...")
_DICHO_BEFORE_SPEAKER = frozenset({"dijo", "dice", "afirmó", "añadió", "agregó", "aseguró", "declaró", "explicó",
                                   "señaló", "indicó", "disse", "afirmou", "acrescentou", "declarou", "dit", "ajoute",
                                   "affirme", "déclare", "explique", "souligne"})
_THAT_AFTER = patterns.compile(r"(?<![\w'’])(?:que|qu['’]|dass|that)(?![\w'’])", re.IGNORECASE)
# A participle or occasion opening a sentence before its speaker is where or how it spoke, not its words: "Speaking
# outside the court, Okafor said he was relieved" (newuser_134: "Speaking outside the court." was read as Okafor's)
_SETTING_OPENER = patterns.compile(
    r"^\W*(?:Speaking|Talking|Writing|Responding|Replying|Addressing|Asked|Interviewed|Questioned|Reached|Contacted"
    r"|S['’]exprimant|Interrog[ée]e?s?|Interviewée?s?|Hablando|Preguntad[oa]s?|Consultad[oa]s?|En\s+declaraciones)"
    r"(?![\w'’])[^,;:\"“”«»]*,$")


def _covered(text: str, at: int, speaker: str) -> tuple[int, int]:
    """Return the span a reporting word at `at` covers: the whole sentence after "according to X" or "X's figures";
    the clause before it where its speaker closes the sentence ("..., X said"); else the words after it."""
    first = speaker.split()[0] if speaker.split() else ""
    verb = _WORD.match(text, at)
    before = text[:at].rstrip()
    if (first and verb and text[verb_of_saying(text, verb)[1]:].lstrip().startswith(first)
            and (before.endswith((",", '"', "”", "»", "’"))
                 or (not before and (verb.group().casefold() in _SAID_BEFORE_SPEAKER
                                     or _dicho_before(text, verb))))
            and not _ACCORDING_TO.match(text, at)):
        # '"...," said the club's chief executive': the words before, the speaker after; and none where a quote
        # starts at the verb ("zei wethouder Marieke Dijkstra na afloop van de zitting.": what follows the speaker
        # tells when, tests/test_newuser_91.py)
        return (0, len(before))
    subject = text.rfind(first, max(0, at - 200), at + 1) if first else -1
    if _ACCORDING_TO.match(text, at) and text[:at].rstrip().endswith(","):
        return _clause_around(text, at)  # "A, but B, according to X, and C": B is X's word, A and C the outlet's
    if subject < 0 or _ACCORDING_TO.match(text, at) or speaker == text[at:at + len(speaker)]:
        return (0, len(text))
    clause = _NEXT_CLAUSE.search(text, at)  # "Pakistan denied it, and the court granted the petition"
    end = clause.start() if clause else len(text)
    before = text[:subject].rstrip()
    if before.endswith((",", '"', "”", "»", "’")) and (len(_long_words(text[at:end])) < 2
                                                       or _SET_OFF.match(text, at)) and not (
            _SETTING_OPENER.match(before)):
        return (0, len(before))  # "..., X said, in one of ...": what follows the commas is the outlet's own
    if says_nothing(text, at, end):
        return (end, end)  # "told reporters in Lovran.": where and to whom it spoke, no words of its
    return (at, end)


def _dicho_before(text: str, verb: re.Match) -> bool:
    """Say whether a passage opens on a Romance verb of saying before its speaker, no "que" after: a quote's tail."""
    return verb.group().casefold() in _DICHO_BEFORE_SPEAKER and not _THAT_AFTER.search(text, verb.end())


def _clause_around(text: str, at: int) -> tuple[int, int]:
    """Return the clause an "according to X" set off after it closes: from the last clause's start before it ("...
    output, but the industry employs 9,000 people, according to X") to the next clause after it; the whole sentence
    where no clause of its own starts before it (newuser_68: "Fishing accounts for less than 2%" was X's word)."""
    starts = [clause.end() for clause in _NEXT_CLAUSE.finditer(text, 0, at)]
    if not starts:
        return (0, len(text))
    after = _NEXT_CLAUSE.search(text, at)
    return (starts[-1], after.start() if after else len(text))


def _names_speaker(text: str, speaker: str, parties: tuple) -> bool:
    """Say whether a sentence names a speaker by a word of its name ("Lorenz äußerte sich zum Angebot" of Petra
    Lorenz's quoted words): it tells of the speaker, not the speaker's quoted words as fact. Not by its article, nor
    a word two parties' names share: "Harlow Council broke the rules" names no "Harlow City"."""
    named = {folded_word(word) for word in _WORD.findall(speaker) if len(word) >= 3} - _NO_NAMES - _shared_names(parties)
    return bool(named & {folded_word(word) for word in _WORD.findall(text)})


_NO_NAMES = frozenset({"the", "and", "its", "their", "his", "her", "der", "die", "das", "les", "des", "los", "las"})


@functools.lru_cache(maxsize=64)
def _shared_names(parties: tuple) -> frozenset[str]:
    """Return the words two or more parties' names share ("harlow" of Harlow City and Harlow Borough Council)."""
    seen: set[str] = set()
    shared: set[str] = set()
    for _, names in parties:
        shared |= seen & names
        seen |= names
    return frozenset(shared)


_FIGURE = patterns.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def _figures(text: str) -> frozenset[str]:
    """Return the figures text gives, as written ("21", "1.2", "4,000"), its markers' numbers aside."""
    return frozenset(_FIGURE.findall(markers_blanked(text)))


def _long_words(text: str) -> frozenset[str]:
    """Return the words of five letters or more in text, folded, and those short_words.py reads in writing whose words
    are short."""
    return frozenset(folded_word(word) for word in _WORD.findall(text) if len(word) >= _LONG) | restating_words(text)

