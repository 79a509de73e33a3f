"""A new user's German briefing of a contested bank merger (tests/fixtures/newuser_133: die Nordmark Sparbank and die
Havelland Volksbank would make a bank of "rund 14 Milliarden Euro"; the Bundeskartellamt "prüft" and has "Bedenken in 3
von 11 Landkreisen"; the works council warns of "bis zu 600 Stellen", the banks say "höchstens 250" and no
"betriebsbedingten Kündigungen bis 2029"; the boards approved, the members' assembly votes "am 14. Mai"; a customers'
association against; the staff figure corrected from 3.400 to 3.100), written from the README alone, from a report
they wrote, made with `python build.py new --source bericht` in a project of `language: de`, with every content file.

Of 67 misstatements tried against one paragraph each (`found` below), 38 built before this work; now 27 build, each a
LEFTOVER below. Of 89 honest sentences, 14 were refused; now 4 are (LEFTOVER). Fixed:

1. A county is no anonymous source (german_anonymous_sources.py, read by anonymous_sources.py): any word ending in
   "kreisen" was read as "aus Regierungskreisen", so the background's "Seine Bedenken betreffen 3 der 11 Landkreise"
   citing "Nach Angaben der Behörde bestehen Bedenken in 3 von 11 Landkreisen" was refused as a hedge dropped, the
   hedge named 'Landkreisen'; "Stadtkreisen", "Wahlkreisen", "in drei Kreisen" and the verb "kreisen" likewise.
2. German verbs that say whose word a sentence states (german_reporting_verbs.py, read by
   spanish_german_claims.says_whose_word_es_de): the summary's "Der Betriebsrat warnt, bis zu 600 Stellen könnten
   wegfallen, die Banken sprechen von höchstens 250" citing "..., erklärte die Betriebsratsvorsitzende Sabine Krüger"
   was refused as her word told as fact; so were "warnte", "befürchtet, dass", "spricht von", "äußert Bedenken" and
   "Das Bundeskartellamt ... hat Bedenken in 3 von 11 Landkreisen" of "Nach Angaben der Behörde bestehen Bedenken".
3. Those verbs giving a party's word to another (german_swapped_reporters.py, one call in cite.py): with fix 2, "Die
   Sparbank warnt, bis zu 600 Stellen könnten wegfallen" and "Reinholz warnte, ..." citing the works council's
   passage would have built (before, they were refused as a word told as fact): a party the cited passages do not
   name, where the passage's sentence it restates names another, and a name right before the verb that no cited
   passage holds, where that sentence says whose word it gives, are refused.
4. A decision still to come told as taken (german_pending_decisions.py, read by german_outcomes.py): "Das
   Bundeskartellamt hat die Fusion genehmigt" (or "untersagt", "freigegeben", "verboten", "hat seine Prüfung
   abgeschlossen") citing "Das Bundeskartellamt prüft den Zusammenschluss. Eine Entscheidung ist noch nicht
   gefallen.", and "Die Mitgliederversammlung hat der Fusion am 14. Mai zugestimmt" (or "stimmte ... ab") citing "...
   die Mitgliederversammlung ..., die am 14. Mai über die Fusion abstimmt", all built; so did an outcome told in the
   present, "Das Kartellamt lehnt die Fusion in 3 von 11 Landkreisen ab", "Die Mitgliederversammlung stimmt der
   Fusion am 14. Mai zu".

What misled the new user: the README's "A project of your own" has `new` write the log's first entry dated today,
not the report's; a bare year as a timeline's `when` (2019) is a YAML number (the error says to quote it, fine);
"the source gives this only as 'Landkreisen'" named no hedge at all (fix 1); the hint for a dropped attribution
says "'... sagte', 'laut ...'" and not that present-tense or other verbs ("warnt") are not read (fix 2).

LEFTOVER (misstatements still built, sentence <- passage):
- "In 3 von 11 Landkreisen ist die Fusion verboten" <- "Nach Angaben der Behörde bestehen Bedenken in 3 von 11
  Landkreisen" (concerns told as a ban, no decider named).
- "Das Kartellamt verlangt den Verkauf einzelner Filialen" <- "Ob die Behörde Auflagen verlangen wird, etwa den
  Verkauf einzelner Filialen, ist offen" (german_open_questions reads only "sicher"/"gibt es" answers).
- "Das Kartellamt hat Bedenken in 4 von 11 Landkreisen" (also "3 von 12", "in allen 11", "in drei Landkreisen,
  darunter Potsdam") <- "Bedenken in 3 von 11 Landkreisen": the paragraph's other figures and places back them.
- "Der Betriebsrat warnt, 600 Stellen würden wegfallen" and "..., mindestens 600 Stellen könnten wegfallen" <-
  "könnten bis zu 600 Stellen wegfallen" (the qualifier read from "Wer 600 Stellen aufs Spiel setzt" in the quote).
- "Der Betriebsrat spricht von höchstens 250 Stellen", "Der Betriebsrat befürchtet, es würden höchstens 250 Stellen
  abgebaut" <- the banks' "Es würden höchstens 250 Stellen abgebaut, ..., teilten die Vorstände mit" (the passage
  names its speakers by no party's word); "Die Sparbank sagt, bis zu 600 Stellen könnten wegfallen" and "Die Banken
  warnen, ..." <- the works council's (the speaker check reads no "sagt"; a noun after an article is no name: "Die
  Banken warnen" was refused before fix 2, as a word told as fact).
- "Die Banken sprechen von bis zu 250 Stellen", "Es werden höchstens 250 Stellen abgebaut" <- "Es würden höchstens
  250 Stellen abgebaut, ..., teilten die Vorstände mit" ("bis zu" and "höchstens" are one bound; a Konjunktiv told
  as fact in the next sentence's words).
- "Die Fusion ist beschlossen", "Die Mitgliederversammlung stimmt im April ab" <- "die am 14. Mai über die Fusion
  abstimmt" (no decider named; a month not given).
- "Die neue Bank hat eine Bilanzsumme von rund 14 Milliarden Euro" <- "würde ... entstehen" (a Konjunktiv II dropped).
- "Die Banken schließen betriebsbedingte Kündigungen ab 2029 aus" and "Betriebsbedingte Kündigungen wird es bis 2029
  nicht geben" <- "Betriebsbedingte Kündigungen werde es bis 2029 nicht geben" ("ab" for "bis"; Konjunktiv dropped).
- "Der Kundenverband unterstützt die Fusion" <- "Der Kundenverband Brandenburg lehnt die Fusion ab".
- "Das Kartellamt wird die Fusion nur mit Auflagen genehmigen" <- "Er erwarte, dass das Kartellamt die Fusion nur mit
  Auflagen genehmigen werde" (Falk's expectation told as certain).
- "Die neue Bank startet am 1. Januar 2027", "... wird zum 1. Januar 2027 an den Start gehen" <- "Sollte die
  Mitgliederversammlung zustimmen ..., könnte die neue Bank zum 1. Januar 2027 an den Start gehen".
- "Die gemeinsame Bank spart jährlich rund 45 Millionen Euro" <- "könne nach eigenen Angaben jährlich rund 45
  Millionen Euro an Kosten einsparen".
LEFTOVER (honest sentences still refused):
- "Reinholz bestreitet, dass die Fusion Arbeitsplätze gefährdet" <- "Diese Fusion sichert Arbeitsplätze in der Region,
  statt sie zu gefährden" (read as a negation added).
- "Die Banken versprechen, bis 2029 auf betriebsbedingte Kündigungen zu verzichten" <- "Wir schließen betriebsbedingte
  Kündigungen bis 2029 aus" (a negation dropped: "verzichten" is not read as "ausschließen").
- "Über die Fusion ist noch nicht endgültig entschieden" <- "Endgültig entscheiden muss jedoch die
  Mitgliederversammlung" (a negation added; cite "Eine Entscheidung ist noch nicht gefallen" instead).
- "Die beiden Banken beschäftigen rund 3.100 Menschen, nicht 3.400" <- the correction's "rund 3.400" (write "nicht
  rund 3.400").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.anonymous_sources import anonymous_sources
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_133"
BRIEFING = FIXTURE / "content" / "bankenfusion"
REPORT = (FIXTURE / "seeds" / "fusion.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="sparbank", name="Nordmark Sparbank", short_name="Sparbank", role="Bank"),
    Party(id="volksbank", name="Havelland Volksbank", short_name="Volksbank", role="Bank"),
    Party(id="kartellamt", name="Bundeskartellamt", short_name="Kartellamt", role="Wettbewerbsbehörde",
          aliases=("die Behörde",)),
    Party(id="betriebsrat", name="Betriebsrat der Havelland Volksbank", short_name="Betriebsrat",
          role="Arbeitnehmervertretung"),
    Party(id="kundenverband", name="Kundenverband Brandenburg", short_name="Kundenverband", role="Verbraucherverband",
          aliases=("der Verband",)),
)


@pytest.fixture(autouse=True)
def german_locale(reading_without_project_locales):
    """Read German as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "de")


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing the report's paragraph that holds `words`."""
    return sentence_findings(sentence, (paragraph(REPORT, words),), "de", PARTIES, published="2026-03-03")


def test_the_briefing_builds_and_reads_in_german(tmp_path: Path):
    """The whole briefing builds, with German labels, the correction, and the sentences fixes 1 and 2 let build."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "bankenfusion" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Aktualisierungen und Korrekturen", "Was korrigiert wurde", "Chronik", "Hintergrund", "Vergleiche",
                  "Vorbehalte und Methode", 'href="../sources/bericht.html#passage-', 'lang="de"',
                  "rund 3.100 Menschen", "rund 3.400 Menschen", "Der Betriebsrat warnt, bis zu 600 Stellen",
                  "die Banken sprechen von höchstens 250", "hat Bedenken in 3 von 11 Landkreisen",
                  "Seine Bedenken betreffen 3 der 11 Landkreise", "am 14. Mai", "rund 14 Milliarden Euro"):
        assert words in page, words


def test_a_review_told_as_cleared_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    """Through the front door (fix 4): the summary's Kartellamt, which "prüft", told as having cleared the merger."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "bankenfusion" / "briefing.yaml", "entschieden hat es noch nicht.", "es hat die Fusion genehmigt.")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:5: `summary`: this sentence tells as taken" in result.err, result.err


def test_a_warning_given_to_the_banks_in_the_summary_is_refused(tmp_path: Path):
    """Through the front door (fix 3): the works council's warning given to the Sparbank."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "bankenfusion" / "briefing.yaml", "Der Betriebsrat warnt,", "Die Sparbank warnt,")
    result = run_build(desk, "check")
    assert result.code == 1 and "this sentence gives the words to Sparbank" in result.err, result.err


@pytest.mark.parametrize("text, named", [
    ("Nach Angaben der Behörde bestehen Bedenken in 3 von 11 Landkreisen.", []),
    ("In den Stadtkreisen und Wahlkreisen der Region", []),
    ("Die Partei gewann in drei Kreisen.", []),
    ("Hubschrauber kreisen über dem Dorf.", []),
    ("Aus Regierungskreisen hieß es, die Armee habe das Dorf beschossen.", ["Regierungskreisen"]),
    ("Branchenkreisen zufolge ist der Verkauf beschlossen.", ["Branchenkreisen"]),
    ("In Kreisen der Koalition hieß es, ...", ["Kreisen"]),
    ("Das erfuhr die Zeitung aus gut informierten Kreisen.", ["informierten Kreisen"]),
])
def test_a_county_is_no_anonymous_source(text: str, named: list[str]):
    """Fix 1: "Landkreisen" names places, "Regierungskreisen" a source that gives no name."""
    assert [match.group() for match in anonymous_sources(text)][:1] == named[:1] or (
        named and named[0] in " ".join(match.group() for match in anonymous_sources(text)))


REFUSED_BEFORE_HONEST = [  # honest sentences refused before this work (fixes 1 and 2)
    ("Der Betriebsrat der Havelland", "Der Betriebsrat warnte, durch die Fusion könnten bis zu 600 Stellen wegfallen."),
    ("Der Betriebsrat der Havelland", "Der Betriebsrat befürchtet, dass bis zu 600 Stellen wegfallen könnten."),
    ("Der Betriebsrat der Havelland", "Der Betriebsrat spricht von bis zu 600 Stellen, die wegfallen könnten."),
    ("Der Betriebsrat der Havelland", "Die Betriebsratsvorsitzende Sabine Krüger warnt, bis zu 600 Stellen könnten "
                                      "wegfallen."),
    ("Das Bundeskartellamt prüft", "Die Behörde äußert Bedenken in 3 der 11 Landkreise."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat Bedenken geäußert."),
    ("Das Bundeskartellamt prüft", "Die Behörde hat Bedenken in 3 der 11 Landkreise angemeldet."),
]

HONEST = REFUSED_BEFORE_HONEST + [  # twins of each fix, which must build
    ("Der Betriebsrat der Havelland", "Der Betriebsrat warnt, bis zu 600 Stellen könnten wegfallen."),
    ("Der Betriebsrat der Havelland", "Bis zu 600 Stellen könnten wegfallen, warnt der Betriebsrat."),
    ("Der Betriebsrat der Havelland", "Krüger warnt vor dem Wegfall von bis zu 600 Stellen."),
    ("Der Betriebsrat der Havelland", "Nach Angaben des Betriebsrats könnten bis zu 600 Stellen wegfallen."),
    ("Der Betriebsrat der Havelland", "Der Betriebsrat rechnet mit dem Wegfall von bis zu 600 Stellen."),
    ("Der Betriebsrat der Havelland", "Krüger befürchtet, bis zu 600 Stellen könnten wegfallen."),
    ("Der Betriebsrat der Havelland", "Auch Krüger warnt, bis zu 600 Stellen könnten wegfallen."),
    ("Der Bankenexperte Martin Falk", "Falk meint, die Fusion sei wirtschaftlich sinnvoll."),
    ("Der Bankenexperte Martin Falk", "Falk bezweifelt, dass das Kartellamt die Fusion verbietet."),
    ("Der Kundenverband Brandenburg", "Brandt warnt, für ältere Menschen sei die Filiale oft der einzige Zugang zur "
                                      "Bank."),
    ("Der Kundenverband Brandenburg", "Der Verband befürchtet, dass auf dem Land Filialen geschlossen werden."),
    ("Die beiden Banken widersprechen", "Reinholz spricht von höchstens 250 Stellen."),
    ("Die beiden Banken widersprechen", "Die Banken sprechen von höchstens 250 Stellen."),
    ("Die beiden Banken widersprechen", "Die Vorstände sagen, es würden höchstens 250 Stellen abgebaut."),
    ("Die beiden Banken widersprechen", "Die Vorstände schließen betriebsbedingte Kündigungen bis 2029 aus."),
    ("Die beiden Banken widersprechen", "Reinholz sagte, betriebsbedingte Kündigungen werde es bis 2029 nicht geben."),
    ("Das Bundeskartellamt prüft", "Das Bundeskartellamt prüft den Zusammenschluss und hat Bedenken in 3 von 11 "
                                   "Landkreisen."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat nach eigenen Angaben Bedenken in 3 von 11 Landkreisen."),
    ("Das Bundeskartellamt prüft", "Laut Kartellamt gibt es in 3 von 11 Landkreisen Bedenken."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat noch nicht entschieden."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat über die Fusion noch nicht entschieden."),
    ("Das Bundeskartellamt prüft", "Ob das Kartellamt die Fusion genehmigt, ist offen."),
    ("Das Bundeskartellamt prüft", "Das Bundeskartellamt hat die Prüfung noch nicht abgeschlossen."),
    ("Die geplante Fusion der", "Die Vorstände haben die Fusion gebilligt."),
    ("Die geplante Fusion der", "Die Vorstände beider Banken haben der Fusion bereits zugestimmt."),
    ("Die geplante Fusion der", "Beide Vorstände stimmten dem Vorhaben zu."),
    ("Die geplante Fusion der", "Die Vorstände haben zugestimmt, die Mitgliederversammlung stimmt am 14. Mai ab."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung der Volksbank hat noch nicht abgestimmt."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung wird am 14. Mai über die Fusion abstimmen."),
    ("Die geplante Fusion der", "Am 14. Mai entscheidet die Mitgliederversammlung der Volksbank."),
    ("Die geplante Fusion der", "Zugestimmt haben bisher nur die Vorstände."),
    ("Die geplante Fusion der", "Die neue Bank hätte eine Bilanzsumme von rund 14 Milliarden Euro."),
    ("Sollte die Mitgliederversammlung", "Falls das Kartellamt die Fusion freigibt, könnte die Bank am 1. Januar 2027 "
                                         "starten."),
    ("Die Volksbank hat rund 48.000", "Der Verwaltungsrat der Sparbank billigte die Fusion im Februar."),
    ("Die Gespräche über einen", "Die Vorstände haben die Fusion am 20. Februar 2026 beschlossen."),
    ("Der Bankenexperte Martin Falk", "Falk rechnet damit, dass das Kartellamt die Fusion nur mit Auflagen genehmigen "
                                      "wird."),
    ("Der Kundenverband Brandenburg", "Der Kundenverband hat sich gegen die Fusion ausgesprochen."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung stimmt am 14. Mai über die Fusion ab."),
    ("Die geplante Fusion der", "Die Vorstände stimmen der Fusion zu."),
    ("Die geplante Fusion der", "Am 14. Mai entscheidet die Mitgliederversammlung, ob sie der Fusion zustimmt."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt prüft, ob es die Fusion genehmigt."),
    ("Der Bankenexperte Martin Falk", "Falk erwartet, dass das Kartellamt die Fusion mit Auflagen genehmigt."),
    ("Der Kundenverband Brandenburg", "Der Kundenverband lehnt die Fusion ab."),
    ("Der Kundenverband Brandenburg", "Der Verband lehnt die Fusion ab und sammelt Unterschriften."),
    ("Die Landesregierung hält sich", "Das Wirtschaftsministerium sagte, die Entscheidung liege bei den Gremien und "
                                      "beim Kartellamt."),
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


BUILT_BEFORE = [  # misstatements that built before this work (fix 4)
    ("Das Bundeskartellamt prüft", "Das Bundeskartellamt hat die Fusion genehmigt."),
    ("Das Bundeskartellamt prüft", "Das Bundeskartellamt hat die Fusion freigegeben."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat den Zusammenschluss untersagt."),
    ("Das Bundeskartellamt prüft", "Das Bundeskartellamt hat die Fusion verboten."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat entschieden, die Fusion nur mit Auflagen zu genehmigen."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung hat der Fusion am 14. Mai zugestimmt."),
    ("Die geplante Fusion der", "Die Mitglieder der Volksbank haben der Fusion zugestimmt."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung stimmte am 14. Mai über die Fusion ab."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt lehnt die Fusion in 3 von 11 Landkreisen ab."),
    ("Das Bundeskartellamt prüft", "Das Bundeskartellamt genehmigt den Zusammenschluss."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung stimmt der Fusion am 14. Mai zu."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung lehnt die Fusion ab."),
]

MISSTATEMENTS = BUILT_BEFORE + [  # and those refused already, kept refused (fix 3's among them)
    ("Das Bundeskartellamt prüft", "Das Kartellamt hat seine Prüfung abgeschlossen."),
    ("Das Bundeskartellamt prüft", "Das Kartellamt verbietet die Fusion."),
    ("Der Betriebsrat der Havelland", "Die Sparbank warnt, bis zu 600 Stellen könnten wegfallen."),
    ("Der Betriebsrat der Havelland", "Die Sparbank erklärte, bis zu 600 Stellen könnten wegfallen."),
    ("Der Betriebsrat der Havelland", "Reinholz warnte, bis zu 600 Stellen könnten wegfallen."),
    ("Der Betriebsrat der Havelland", "Verdi warnt, bis zu 600 Stellen könnten wegfallen."),
    ("Der Betriebsrat der Havelland", "Durch die Fusion fallen 600 Stellen weg."),
    ("Der Betriebsrat der Havelland", "Durch die Fusion werden bis zu 600 Stellen wegfallen."),
    ("Der Betriebsrat der Havelland", "Der Betriebsrat warnt, mehr als 600 Stellen könnten wegfallen."),
    ("Die beiden Banken widersprechen", "Laut Betriebsrat werden höchstens 250 Stellen abgebaut."),
    ("Die beiden Banken widersprechen", "Krüger sagte, es würden höchstens 250 Stellen abgebaut."),
    ("Die beiden Banken widersprechen", "Die Banken sprechen von 250 Stellen."),
    ("Die geplante Fusion der", "Die Mitgliederversammlung stimmt am 15. Mai ab."),
    ("Die geplante Fusion der", "Die neue Bank hätte eine Bilanzsumme von 14 Milliarden Euro."),
    ("Die geplante Fusion der", "Die neue Bank hätte eine Bilanzsumme von mehr als 14 Milliarden Euro."),
    ("Die beiden Banken widersprechen", "Betriebsbedingte Kündigungen schließen die Banken bis 2031 aus."),
    ("Die beiden Banken widersprechen", "Die Banken schließen betriebsbedingte Kündigungen bis 2029 nicht aus."),
    ("Die beiden Banken widersprechen", "Die Banken schließen betriebsbedingte Kündigungen für immer aus."),
    ("Der Betriebsrat der Havelland", "Der Betriebsrat fordert eine Beschäftigungsgarantie bis 2029."),
    ("Der Kundenverband Brandenburg", "Der Verband hat 2.300 Unterschriften gegen die Fusion gesammelt."),
    ("Der Bankenexperte Martin Falk", "Falk hält ein Verbot für wahrscheinlich."),
    ("Korrektur:", "Die beiden Banken beschäftigen rund 3.400 Menschen."),
    ("Die Nordmark Sparbank kommt", "Die Havelland Volksbank kommt auf eine Bilanzsumme von rund 8,1 Milliarden Euro."),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence), sentence
