"""A new user's briefing on a patent lawsuit (tests/fixtures/newuser_112: Halvorsen Pharma, Brightwell Labs and the
District Court), written from the README alone, from three sources they wrote: the clerk's summary of Judge Marsh's
opinion of 28 May 2026 (a jury's $214 million verdict cut to $87.5 million, an injunction denied, a 6.5 percent
royalty ordered), Halvorsen's statement of 29 May 2026 (`statement_of` Halvorsen Pharma) and a Pharma Courier report
of 2 July 2026 (an appeal filed, two settlement offers rejected, and its own correction of $78.5 million and 14 June).
The briefing uses every content file: background, timeline, a comparison table of both sides' figures, claims by
topic, quotes, caveats and a log with a correction.

Writing it, three honest lines were refused; each now builds:
1. "Judge Eleanor Marsh reduced the award ... and refused to order an injunction" of "The court denied Halvorsen's
   motion for a permanent injunction": "refused to order" gave an order the passage does not give (decisions.py:
   "refused", "declined" or "failed" to order orders nothing).
2. A quote's `role` "Halvorsen's general counsel" of '"... the court has confirmed that Brightwell infringed," said
   Margaret Lindqvist, Halvorsen's general counsel', and a claimant "Daniel Okafor, Brightwell's chief legal officer"
   of '"... before Halvorsen applied," said Daniel Okafor, Brightwell's chief legal officer': the party named inside
   the quotation before the name was read as the speaker's (claimant_party.py: words before a closing quotation
   mark are the quotation's).
Read as a fact-checker, 98 misstatements were tried against the paragraphs they would cite; 91 are refused (below),
7 of them only since this work, and 2 of 32 honest paraphrases refused on main now build:
3. a numbered claim moved to the other side of the verdict ("The jury found that Brightwell had infringed claim 7" /
   "claims 1 and 7" / "had not infringed claims 1 and 4" of "had infringed claims 1 and 4 ... had not infringed
   claim 7"): numbered_items.py;
4. a remedy refused told as ordered ("Judge Marsh ordered a permanent injunction barring Brightwell ..." of "The
   court denied Halvorsen's motion for a permanent injunction ... ordered Brightwell to pay an ongoing royalty"):
   denied_remedies.py;
5. a thing left unchanged told as changed where the paragraph changes another ("The court reduced the reasonable
   royalty of $53 million." of "The court reduced the lost-profits award ... The reasonable royalty of $53 million was
   left unchanged"): unchanged.py now takes the passage's own change as told of the kept thing only where its clause
   names it;
   "help" of "harm" ("The court held that an injunction would help patients ..." of "would harm patients"):
   opposites.py's pairs;
   a court's judgment or award told as paid ("Brightwell has paid the judgment." of "The company has not paid the
   judgment."): penalties_paid.py reads "judgment" and "award" as it reads a fine; and honest: "The court cut the lost-profits award to $34.5 million and left the $53 million royalty unchanged" was
   refused as "cut" of "unchanged" (unchanged.py reads the cut's own clause where the sentence keeps something
   unchanged too);
6. honest: "Halvorsen says its Corvexa sales fell 41 percent ..." of a statement's "Halvorsen said that Corvexa
   accounted for about 18 percent ... The company said that its sales of Corvexa fell by 41 percent" was refused as
   another speaker's figure (figure_speakers.py: "the company" is no second speaker).

LEFTOVER, still built (1 misstatement):
L1. "Brightwell's generic extended-release corvalide tablet infringed three claims of the patent." of "Halvorsen sued
    Brightwell Labs LLC, alleging that Brightwell's ... tablet infringed three claims" (an allegation as fact:
    attribution.py's says_whose_word reads the patent's "claims" as a claimant's word; "infringed the patent" is
    refused).
Now refused (tests/test_factcheck_173.py): "The case was tried before a judge alone ..." of "tried before a jury"
(absent_actors.py); "The court ordered a new trial on damages." of "Halvorsen may accept the reduced award or ask for a
new trial" (court_recourse.py); "Halvorsen says it will appeal." and "Halvorsen has appealed the ruling, the company
says." of "we are reviewing all of our options, including an appeal" (weighed_acts.py); "Rachel Amundsen said
reversing the infringement finding would be likely." of "would be unusual, though not impossible" (opposites.py);
"Brightwell filed its appeal on 14 June." of the correction "The earlier version also said Brightwell had filed its
appeal on 14 June; it was filed on 24 June." (corrected_dates.py).
And 2 honest paraphrases refused here (H2 builds since tests/test_factcheck_179.py; "Halvorsen's motion for a permanent
injunction was denied by the court", refused as Halvorsen's motion's words given to the court, builds since
tests/test_factcheck_187.py: speakers.py reads no passive "was denied" as a speaker's):
H1. "Judge Marsh refused Halvorsen's request for an injunction" beside "two claims of Halvorsen's patent" reads the
    patent's "claims" as a claimant's word (attribution.py's _CONTESTED, not this helper's);
H2. "The court declined to bar Brightwell ... and ordered an ongoing royalty of 6.5 percent instead." was read as a
    negation added: now built (polarity.py: a party kept from one deed is not denied another done to it).
Now built (tests/test_factcheck_173.py): "Judge Marsh cut the total award ..." of the damages paragraph, which names
"the court", not Judge Marsh (swapped_causes.py: a judge is the court's voice where the passage's court did the deed;
since tests/test_factcheck_179.py only a judge a passage, or the parties where passed, name: "Judge Okoro" of a passage
naming Judge Marsh is refused, of one naming only "the court" it builds until cite.py passes the parties).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_112"
COURT = (FIXTURE / "seeds" / "court.txt").read_text(encoding="utf-8")
HALVORSEN = (FIXTURE / "seeds" / "halvorsen.txt").read_text(encoding="utf-8")
NEWS = (FIXTURE / "seeds" / "update.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="halvorsen", name="Halvorsen Pharma Inc.", short_name="Halvorsen", role="patent owner",
                 aliases=("Halvorsen Pharma",)),
           Party(id="brightwell", name="Brightwell Labs LLC", short_name="Brightwell", role="generic maker",
                 aliases=("Brightwell Labs",)),
           Party(id="court", name="United States District Court for the District of New Castleford",
                 short_name="District Court", role="court", aliases=("the court", "Judge Marsh", "Judge Eleanor Marsh")))
PUBLISHED = {"court": "2026-05-28", "halvorsen": "2026-05-29", "news": "2026-07-02"}


def C(words: str) -> tuple[str, str]:
    """Return the court summary's paragraph holding `words`, as (source, passage)."""
    return ("court", paragraph(COURT, words))


def H(words: str) -> tuple[str, str]:
    """Return Halvorsen's statement's paragraph holding `words`, as (source, passage)."""
    return ("halvorsen", paragraph(HALVORSEN, words))


def N(words: str) -> tuple[str, str]:
    """Return the news report's paragraph holding `words`, as (source, passage)."""
    return ("news", paragraph(NEWS, words))


VERDICT = C("On 12 March 2026 the jury"); SUED = C("In September 2024 Halvorsen sued"); TRIAL = C("was tried before a jury")
MOTIONS = C("Brightwell asked the court"); INFR = C("Infringement. The court"); DAMAGES = C("Damages. The court")
INJ = C("Injunction. The court"); WILL = C("Willfulness."); INTEREST = C("Interest and costs")
FURTHER = C("Further proceedings"); MEDIATION = C("court-ordered mediation"); MARSH = C("A jury's verdict deserves")
H_WELCOME = H("We welcome"); H_DISAPP = H("We are disappointed"); H_LIND = H("The jury got it right")
H_SALES = H("18 percent"); H_OFFER = H("had rejected an offer"); H_ROYALTY = H("between $9 million")
H_GUIDE = H("defend its intellectual"); H_ABOUT = H("2,300 people")
N_LEDE = N("has appealed against the verdict"); N_FILED = N("filed a notice of appeal"); N_RECAP = N("In March a jury found")
N_ACCEPT = N("accepted the reduced award"); N_OKAFOR = N("should never have been granted"); N_OFFERS = N("Two people familiar")
N_AMUND = N("typically take 12 to 18"); N_SHARES = N("Fenwick Brothers"); N_CORR = N("Correction:")


def found(sentence: str, cited: tuple[str, str]) -> list[str]:
    """Return the findings of a sentence citing one paragraph of a source, read as the build reads that source
    (Halvorsen's statement is Halvorsen's word throughout)."""
    source, passage = cited
    return sentence_findings(sentence, (passage,), "en", PARTIES,
                             statement_of="Halvorsen Pharma" if source == "halvorsen" else "",
                             published=PUBLISHED[source])


def test_the_briefing_builds_whole(tmp_path: Path):
    """The honest briefing builds: every content file, the three sources cited, the correction shown."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "patent-fight" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/court.html#passage-', 'href="../sources/halvorsen.html#passage-',
                  'href="../sources/courier.html#passage-', "We said the judge reduced the award to $78.5 million.",
                  "refused to order an injunction", "Halvorsen&#39;s general counsel"):
        assert words in page, words


MISSTATED = {
    'verdict-date': ('On 21 March 2026 the jury found that Brightwell had infringed claims 1 and 4 of the patent.', VERDICT, 'date "21 March 2026" is not in the passages this sentence cites'),
    'verdict-claims': ('The jury found that Brightwell had infringed claims 1 and 7 of the patent.', VERDICT, "this sentence tells 'infringed' of 7, which its cited passages tell only as not done"),
    'verdict-judge': ('On 12 March 2026 Judge Eleanor Marsh found that Brightwell had infringed claims 1 and 4 of the patent.', VERDICT, "this sentence gives 'found' to the judge where its cited passages give it to the jury"),
    'verdict-negated': ('The jury found that Brightwell had not infringed claims 1 and 4 of the patent.', VERDICT, "this sentence denies 'infringed' of 1, which its cited passages tell only as done"),
    'verdict-damages': ('The jury awarded Halvorsen damages of $241 million.', VERDICT, 'figure "$241 million" is not in the passages this sentence cites'),
    'verdict-lost-profits': ('The jury awarded $116 million in lost profits.', VERDICT, 'figure "$116 million" is not in the passages this sentence cites'),
    'verdict-royalty': ('The jury awarded $53 billion as a reasonable royalty.', VERDICT, 'figure "$53 billion" is not in the passages this sentence cites'),
    'verdict-to-brightwell': ('The jury awarded Brightwell damages of $214 million.', VERDICT, "this sentence names Brightwell where its cited passages name Halvorsen ('awarded Halvorsen damages')"),
    'verdict-claim7': ('The jury found that Brightwell had infringed claim 7.', VERDICT, "this sentence tells 'infringed' of 7, which its cited passages tell only as not done"),
    'verdict-judge-awarded': ('Judge Marsh awarded Halvorsen damages of $214 million.', VERDICT, "this sentence gives 'awarded' to the judge where its cited passages give it to the jury"),
    'verdict-weekday': ('On Thursday 12 March 2026 the jury found that Brightwell had infringed the patent.', VERDICT, 'day "Thursday" is not in the passages this sentence cites'),
    'sued-year': ('In September 2023 Halvorsen sued Brightwell Labs.', SUED, 'date "September 2023" is not in the passages this sentence cites'),
    'sued-reversed': ('In September 2024 Brightwell sued Halvorsen Pharma.', SUED, "this sentence names Brightwell where its cited passages name Halvorsen ('2024 Halvorsen sued')"),
    'sued-claims-count': ("Halvorsen alleged that Brightwell's tablet infringed four claims of the patent.", SUED, 'figure "four" is not in the passages this sentence cites'),
    'trial-end': ('The case was tried before a jury from 23 February to 13 March 2026.', TRIAL, 'date "13 March 2026" is not in the passages this sentence cites'),
    'expiry-year': ('Halvorsen asked the court to bar Brightwell from selling its tablet until the patent expires in 2033.', MOTIONS, 'figure "2033" is not in the passages this sentence cites'),
    'motion-swapped': ('Halvorsen asked the court to set aside the verdict.', MOTIONS, "this sentence names Halvorsen where its cited passages name Brightwell ('Brightwell asked')"),
    'jmol-granted': ("The court granted Brightwell's motion for judgment as a matter of law on infringement.", INFR, "this sentence says 'granted' where its cited passages say 'denied' ('The court denied Brightwell's m"),
    'jmol-no-evidence': ("The court held that no substantial evidence supported the jury's finding.", INFR, "this sentence adds a negation to its cited passage ('The court held that substantial evidence suppor"),
    'damages-raised': ('The court raised the total award from $214 million to $87.5 million.', DAMAGES, "this sentence tells as larger ('raised ... to 87.5') what its cited passages tell as made smaller ('"),
    'damages-increased': ('Judge Marsh increased the damages to $87.5 million.', DAMAGES, 'figure "$87.5 million" is given as a rise, but the passages this cites give it as a fall'),
    'damages-figure': ('The court reduced the total award to $78.5 million.', DAMAGES, 'figure "$78.5 million" is not in the passages this sentence cites'),
    'damages-lost-figure': ('The court reduced the lost-profits award from $161 million to $43.5 million.', DAMAGES, 'figure "$43.5 million" is not in the passages this sentence cites'),
    'lost-supported': ('The court held that the award of lost profits was supported by the evidence.', DAMAGES, "this sentence drops the negation of its cited passage ('The court held that the award of lost profit"),
    'generics-count': ('Four other generic makers sold extended-release corvalide during the same period.', DAMAGES, 'figure "Four" is not in the passages this sentence cites'),
    'choice-days': ('Halvorsen must choose within 12 days whether to accept the reduced award.', DAMAGES, 'figure "12" is not in the passages this sentence cites'),
    'shown-sales': ('The court held that Halvorsen had shown that it would have made the sales that Brightwell made.', DAMAGES, "this sentence names Halvorsen where its cited passages name Brightwell ('that Brightwell made')"),
    'jury-reduced': ('The jury reduced the lost-profits award to $34.5 million.', DAMAGES, "this sentence gives as the cause 'The jury', which its cited passages do not name"),
    'inj-granted': ("The court granted Halvorsen's motion for a permanent injunction.", INJ, "this sentence says 'granted' where its cited passages say 'denied' ('The court denied Halvorsen's mo"),
    'royalty-cut': ('The court reduced the reasonable royalty of $53 million.', DAMAGES, "this sentence says 'reduced' where its cited passages say 'unchanged'"),
    'inj-help-patients': ('The court held that an injunction would help patients who rely on the generic tablet.', INJ, "this sentence says 'help' where its cited passages say 'harm'"),
    'n-paid': ('Brightwell has paid the judgment.', N_OKAFOR, "this sentence tells as paid ('paid') what its cited passages give only as imposed or owed"),
    'inj-ordered': ('Judge Marsh ordered a permanent injunction barring Brightwell from selling its tablet.', INJ, 'this sentence tells as ordered a injunction its cited passages give only as refused'),
    'inj-barred': ('The court barred Brightwell from selling its generic tablet.', INJ, "this sentence tells a deed ('barred') that no passage it cites gives, in that word or another for th"),
    'royalty-rate': ('The court ordered Brightwell to pay an ongoing royalty of 5.6 percent of its net sales.', INJ, 'figure "5.6 percent" is not in the passages this sentence cites'),
    'royalty-halvorsen': ('The court ordered Halvorsen to pay an ongoing royalty of 6.5 percent.', INJ, "this sentence names Halvorsen where its cited passages name Brightwell ('ordered Brightwell')"),
    'inj-shown-inadequate': ('The court held that Halvorsen had shown that money damages would be inadequate.', INJ, "this sentence drops the negation of its cited passage ('The court held that Halvorsen had not shown "),
    'willful-found': ('The jury found that the infringement was willful.', WILL, "this sentence drops the negation of its cited passage ('The jury did not find that the infringement "),
    'willful-increased': ('The court increased the damages because the infringement was willful.', WILL, "this sentence drops the negation of its cited passage ('The court therefore did not increase the dam"),
    'interest-days': ('The parties must calculate the interest within 41 days.', INTEREST, 'figure "41" is not in the passages this sentence cites'),
    'fees-paid': ("The court ordered Brightwell to pay Halvorsen's attorneys' fees.", INTEREST, "this sentence gives an order ('ordered') where its cited passages give none"),
    'appeal-days': ('Either party may appeal within 60 days after final judgment is entered.', FURTHER, 'figure "60" is not in the passages this sentence cites'),
    'appeal-suspends': ('An appeal by itself suspends payment of the judgment.', FURTHER, "the source gives this only on a condition ('unless the court approves a bond'), but it is stated as "),
    'mediation-agreement': ('The court-ordered mediation in April 2026 produced an agreement.', MEDIATION, "this sentence drops the negation of its cited passage ('that the mediation did not produce an agreem"),
    'mediation-month': ('The parties took part in court-ordered mediation in March 2026.', MEDIATION, 'date "March 2026" is not in the passages this sentence cites'),
    'marsh-quote': ('"On lost profits, the record does carry the weight the verdict places on it," Judge Marsh wrote.', MARSH, 'quoted words "On lost profits, the record does carry the weight the verdict places on it," are not i'),
    'marsh-quote-speaker': ('"A jury\'s verdict deserves great respect, but it must rest on evidence," Margaret Lindqvist said.', MARSH, 'this sentence gives the words to Margaret Lindqvist, but its cited passages give them to Marsh'),
    'h-welcome-fact': ("Brightwell copied the extended-release technology that Halvorsen's scientists spent eleven years developing.", H_WELCOME, 'this sentence states as fact what its cited passages give only as the word of Halvorsen Pharma, whos'),
    'h-years': ('Halvorsen says its scientists spent seven years developing the technology.', H_WELCOME, 'figure "seven" is not in the passages this sentence cites'),
    'h-jurors': ('Halvorsen says ten jurors heard three weeks of evidence.', H_WELCOME, 'figure "ten" is not in the passages this sentence cites'),
    'h-welcomes-reduction': ("Halvorsen says it welcomes the court's decision to reduce the damages.", H_DISAPP, "this sentence gives a decision ('decision') where its cited passages give none"),
    'h-fair-fact': ("The jury's award of $214 million fairly reflected the harm Brightwell caused to Halvorsen.", H_DISAPP, 'this sentence states as fact what its cited passages give only as the word of Halvorsen Pharma, whos'),
    'h-lindqvist-quote': ('Margaret Lindqvist said: "A royalty is a substitute for an injunction."', H_LIND, 'quoted words "A royalty is a substitute for an injunction." are not in the passages this sentence ci'),
    'h-lindqvist-role': ('"The jury got it right," said Margaret Lindqvist, Brightwell\'s general counsel.', H_LIND, "this sentence names Brightwell where its cited passages name Halvorsen ('Halvorsen's general')"),
    'h-revenue-share': ('Halvorsen says Corvexa accounted for about 81 percent of its revenue in 2025.', H_SALES, 'figure "81 percent" is not in the passages this sentence cites'),
    'h-revenue-about': ('Halvorsen says Corvexa accounted for 18 percent of its revenue in 2025.', H_SALES, 'figure "18 percent" leaves out the qualifier of "about 18 percent" in the passages this sentence cit'),
    'h-sales-rose': ('Halvorsen says its sales of Corvexa rose by 41 percent after Brightwell launched its generic tablet.', H_SALES, 'figure "41 percent" is given as a rise, but the passages this cites give it as a fall'),
    'h-launch-month': ('Halvorsen says Brightwell launched its generic tablet in June 2025.', H_SALES, 'date "June 2025" is not in the passages this sentence cites'),
    'h-offer-accepted': ('Halvorsen says it accepted an offer from Brightwell during mediation in April.', H_OFFER, "this sentence drops the negation of its cited passage ('Halvorsen also said that it had rejected an "),
    'h-offer-disclosed': ('Halvorsen disclosed the amount of the offer.', H_OFFER, "this sentence drops the negation of its cited passage ('Halvorsen also said that it had rejected an "),
    'h-royalty-range': ('Halvorsen expects the royalty to bring in between $9 million and $21 million a year.', H_ROYALTY, 'figure "$21 million" is not in the passages this sentence cites'),
    'h-royalty-certain': ('The royalty will bring in between $9 million and $12 million a year.', H_ROYALTY, 'this sentence states as fact what its cited passages give only as the word of Halvorsen Pharma, whos'),
    'h-decided': ('Halvorsen says it has decided to accept the reduced award.', H_ROYALTY, "this sentence drops the negation of its cited passage ('The company said it had not yet decided whet"),
    'h-guidance-cut': ('Halvorsen says it cut its guidance for 2026 because of the ruling.', H_GUIDE, "this sentence gives a cause ('because') where its cited passages give none"),
    'h-guidance-figure': ('Halvorsen maintained its guidance of revenue of $1.9 billion to $2.2 billion.', H_GUIDE, 'figure "$2.2 billion" is not in the passages this sentence cites'),
    'h-employees': ('Halvorsen says it employs about 3,200 people.', H_ABOUT, 'figure "3,200" is not in the passages this sentence cites'),
    'n-appeal-won': ('Brightwell has won its appeal against the verdict.', N_LEDE, "this sentence tells as decided ('won its appeal') an appeal its cited passages give as under way or "),
    'n-appeal-date': ('Brightwell filed a notice of appeal on 14 June 2026.', N_FILED, 'date "14 June 2026" is not in the passages this sentence cites'),
    'n-appeal-halvorsen': ('Halvorsen filed a notice of appeal with the Court of Appeals for the Federal Circuit on 24 June 2026.', N_FILED, "this sentence names Halvorsen where its cited passages name Brightwell ('Brightwell filed')"),
    'n-judgment-date': ('Judge Marsh entered final judgment on 8 June.', N_FILED, 'date "8 June" is not in the passages this sentence cites'),
    'n-recap-raised': ('On 28 May Judge Marsh raised the award to $87.5 million.', N_RECAP, "the source gives this as someone's word ('claims'), but it is worded as fact"),
    'n-recap-granted': ("Judge Marsh granted Halvorsen's request for an injunction.", N_RECAP, "the source gives this as someone's word ('claims'), but it is worded as fact"),
    'n-recap-rate': ('Judge Marsh ordered Brightwell to pay a royalty of 5 percent on its sales.', N_RECAP, 'figure "5 percent" is not in the passages this sentence cites'),
    'n-accept-rejected': ('Halvorsen rejected the reduced award and sought a new trial on damages.', N_ACCEPT, "this sentence tells as done what its cited passages give as not done ('rather than seek a new trial "),
    'n-accept-date': ('Halvorsen accepted the reduced award on 5 June.', N_ACCEPT, 'date "5 June" is not in the passages this sentence cites'),
    'n-cross-won': ("The Federal Circuit restored the jury's full award.", N_ACCEPT, "this sentence tells as done ('restored') what its cited passages give only as asked of another ('ask"),
    'n-okafor-fact': ('The patent should never have been granted.', N_OKAFOR, 'this sentence states as fact what its cited passages give only as the word of Brightwell'),
    'n-bond': ('Brightwell has posted a bond of $59 million while the appeal is pending.', N_OKAFOR, 'figure "$59 million" is not in the passages this sentence cites'),
    'n-okafor-speaker': ('"We are confident the Federal Circuit will agree," said Margaret Lindqvist.', N_OKAFOR, 'this sentence gives the words to Margaret Lindqvist, but its cited passages give them to Daniel Okaf'),
    'n-offer-figure': ('Brightwell offered $60 million to settle the case during mediation in April.', N_OFFERS, 'figure "$60 million" is not in the passages this sentence cites'),
    'n-offer-accepted': ("Halvorsen accepted Brightwell's offer of $40 million.", N_OFFERS, "the source gives this only as 'people familiar with', but it is worded as fact"),
    'n-offer-by-halvorsen': ('Halvorsen offered $40 million to settle the case during mediation in April.', N_OFFERS, "the source gives this only as 'people familiar with', but it is worded as fact"),
    'n-second-offer': ("A second offer, of $77 million, was made after the judge's ruling.", N_OFFERS, 'figure "$77 million" is not in the passages this sentence cites'),
    'n-offer-fact': ('Brightwell offered $40 million to settle the case during mediation in April.', N_OFFERS, "the source gives this only as 'people familiar with', but it is worded as fact"),
    'n-commented': ('Both companies commented on the offers.', N_OFFERS, "this sentence drops the negation of its cited passage ('Neither company would comment on the offers'"),
    'n-appeal-months': ('Appeals to the Federal Circuit typically take 12 to 24 months.', N_AMUND, 'figure "24" is not in the passages this sentence cites'),
    'n-amundsen-involved': ('Rachel Amundsen, a patent lawyer who is involved in the case, said appeals typically take 12 to 18 months.', N_AMUND, "this sentence drops the negation of its cited passage ('a patent lawyer at Kirke & Dahl who is not i"),
    'n-market-share': ("Brightwell's generic tablet had taken about 72 percent of the market by the end of 2025.", N_SHARES, 'figure "72 percent" is not in the passages this sentence cites'),
    'n-shares-swapped': ("Brightwell's shares fell 4.2 percent on the day of Judge Marsh's ruling.", N_SHARES, 'figure "4.2 percent" is given as a fall, but the passages this cites give it as a rise'),
    'n-shares-h-rose': ("Halvorsen's shares rose 3.1 percent on the day of the ruling.", N_SHARES, 'figure "3.1 percent" is given as a rise, but the passages this cites give it as a fall'),
    'n-corr-figure': ('The judge reduced the award to $78.5 million.', N_CORR, "this sentence states 78.5 as current, but its cited passages name it as revised or wrong ('earlier v"),
}


@pytest.mark.parametrize("sentence, cited, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, cited: tuple[str, str], message: str):
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


HONEST = {
    'verdict': ("A jury found on 12 March 2026 that Brightwell had infringed claims 1 and 4 of Halvorsen's patent.", VERDICT),
    'verdict-award': ('The jury awarded Halvorsen $214 million: $161 million in lost profits and $53 million as a reasonable royalty.', VERDICT),
    'verdict-passive': ('Halvorsen was awarded $214 million by the jury.', VERDICT),
    'verdict-claim7': ('The jury cleared Brightwell of infringing claim 7.', VERDICT),
    'sued': ('Halvorsen sued Brightwell in September 2024, alleging that its generic tablet infringed three claims of the patent.', SUED),
    'trial': ('The jury trial ran from 23 February to 11 March 2026.', TRIAL),
    'inj-sought': ('Halvorsen asked the court to bar Brightwell from selling its generic tablet until the patent expires in 2031.', MOTIONS),
    'jmol-denied': ("The court upheld the jury's finding of infringement.", INFR),
    'reduced-passive': ('The award was reduced to $87.5 million.', DAMAGES),
    'lost-cut': ('The court cut the lost-profits award to $34.5 million and left the $53 million royalty unchanged.', DAMAGES),
    'choice': ('Halvorsen had 21 days to accept the reduced award or ask for a new trial on damages.', DAMAGES),
    'inj-denied': ("The court denied Halvorsen's motion for a permanent injunction.", INJ),
    'inj-refused': ('Judge Marsh refused to order an injunction.', INJ),
    'willful': ('The jury did not find the infringement willful, so the damages were not increased.', WILL),
    'marsh-quote': ('"On lost profits, the record does not carry the weight the verdict places on it," Judge Marsh wrote.', MARSH),
    'h-welcome': ("Halvorsen says it welcomes the court's decision to uphold the jury's finding.", H_WELCOME),
    'h-disappointed': ('Halvorsen says it is disappointed that the court reduced the damages.', H_DISAPP),
    'h-lindqvist': ('"The jury got it right, and the court has confirmed that Brightwell infringed," said Margaret Lindqvist, Halvorsen\'s general counsel.', H_LIND),
    'h-sales': ('Halvorsen says its Corvexa sales fell 41 percent in the year after Brightwell launched its generic in January 2025.', H_SALES),
    'h-offer': ('Halvorsen says it rejected an offer from Brightwell during mediation in April.', H_OFFER),
    'h-royalty': ('Halvorsen expects the royalty to bring in $9 million to $12 million a year.', H_ROYALTY),
    'n-appeal': ('Brightwell filed a notice of appeal on 24 June 2026, court records show.', N_FILED),
    'n-accept': ('Halvorsen accepted the reduced award on 15 June and has filed a cross-appeal, a company spokesman said.', N_ACCEPT),
    'n-okafor': ('Brightwell argues that the patent should never have been granted.', N_OKAFOR),
    'n-notpaid': ('Brightwell has not paid the judgment and has posted a bond of $95 million.', N_OKAFOR),
    'n-offers': ('Brightwell offered $40 million in April and $70 million after the ruling, according to two people familiar with the talks; Halvorsen rejected both.', N_OFFERS),
    'n-amundsen': ('Rachel Amundsen, a patent lawyer not involved in the case, said appeals typically take 12 to 18 months.', N_AMUND),
    'n-shares': ("Brightwell's shares rose 4.2 percent on the day of the ruling, while Halvorsen's fell 3.1 percent.", N_SHARES),
    'n-corr': ('The reduced award is $87.5 million, not $78.5 million as the report first said.', N_CORR),
}


@pytest.mark.parametrize("sentence, cited", HONEST.values(), ids=HONEST.keys())
def test_an_honest_paraphrase_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


COUNTS = "The jury convicted Mr Hale on counts 1 and 3. It acquitted him on count 2. The judge dismissed charges 4 and 5."


@pytest.mark.parametrize("sentence, passage", [
    ("The jury found that Brightwell had infringed claims 1 and 4.", VERDICT[1]),
    ("Brightwell was found to have infringed claims 1 and 4, but not claim 7.", VERDICT[1]),
    ("The jury cleared Brightwell of infringing claim 7.", VERDICT[1]),
    ("Brightwell did not infringe claim 7, the jury found.", VERDICT[1]),
    ("Jurors decided Brightwell infringed claim 1 and claim 4 of the patent.", VERDICT[1]),
    ("The verdict: Brightwell infringed claims 4 and 1; it had not infringed claim 7.", VERDICT[1]),
    ("Brightwell has never infringed claim 7, the jury found.", VERDICT[1]),
    ("Mr Hale was convicted on counts 1 and 3 and acquitted on count 2.", COUNTS),
    ("The jury acquitted Mr Hale on count 2.", COUNTS),
    ("The judge dismissed charges 4 and 5.", COUNTS),
    ("The jury found him guilty on counts 1 and 3.", COUNTS),
])
def test_numbered_items_kept_to_their_side_build(sentence: str, passage: str):
    from explainer.numbered_items import moved_items

    assert moved_items(sentence, [Cited(passage, "en", passage, "", "", "")], 0, "en") == []


@pytest.mark.parametrize("sentence, passage", [
    ("The jury acquitted Mr Hale on counts 1 and 3.", COUNTS),
    ("Brightwell was found not to have infringed claims 1 and 4.", VERDICT[1]),
    ("The jury found that Brightwell infringed claims 4 and 7.", VERDICT[1]),
])
def test_a_numbered_item_moved_across_the_verdict_is_refused(sentence: str, passage: str):
    from explainer.numbered_items import moved_items

    assert moved_items(sentence, [Cited(passage, "en", passage, "", "", "")], 0, "en")


@pytest.mark.parametrize("sentence, passage", [
    ("The court denied Halvorsen's motion for a permanent injunction.", INJ[1]),
    ("Judge Marsh refused to order an injunction.", INJ[1]),
    ("Halvorsen asked the court to order a permanent injunction.", MOTIONS[1]),
    ("The court ordered an ongoing royalty of 6.5 percent instead of an injunction.", INJ[1]),
    ("Instead of an injunction, the court ordered Brightwell to pay a royalty.", INJ[1]),
    ("The judge would not have granted an injunction without proof that damages were inadequate.", INJ[1]),
    ("The court has not granted an injunction.", INJ[1]),
    ("Judge Marsh declined to grant the injunction Halvorsen sought.", INJ[1]),
    ("Had the court granted an injunction, patients would have been harmed, it held.", INJ[1]),
    ("The judge rejected Halvorsen's request for an injunction that would have forced the tablet off the market.",
     N_RECAP[1]),
    ("The court ordered Brightwell to pay a royalty of 6.5 percent.", N_RECAP[1]),
    ("The court refused the injunction but ordered a royalty.", INJ[1]),
    ("The court granted an injunction.", "The court granted Halvorsen's motion for an injunction. It denied its "
                                         "motion for an injunction pending appeal."),
])
def test_a_remedy_kept_refused_builds(sentence: str, passage: str):
    from explainer.denied_remedies import refused_remedy_told_given

    assert refused_remedy_told_given(sentence, [Cited(passage, "en", passage, "", "", "")], 0, "en") == []


@pytest.mark.parametrize("sentence, passage", [
    ("The court granted an injunction.", INJ[1]),
    ("Judge Marsh issued a permanent injunction.", INJ[1]),
    ("The judge granted Halvorsen's request for an injunction.", N_RECAP[1]),
    ("The court granted a stay.", "The court refused to grant a stay of the judgment pending appeal."),
])
def test_a_refused_remedy_told_as_given_is_refused(sentence: str, passage: str):
    from explainer.denied_remedies import refused_remedy_told_given

    assert refused_remedy_told_given(sentence, [Cited(passage, "en", passage, "", "", "")], 0, "en")


UNCHANGED = ("The bank cut its main rate by 0.25 points to 4 percent. Its deposit rate was left unchanged at 3 percent."
             " The fee rose to $12 while the fine remained unchanged at $53 million.")


@pytest.mark.parametrize("sentence, passage", [
    ("The court reduced the total award to $87.5 million.", DAMAGES[1]),
    ("The court reduced the award to $87.5 million, leaving the $53 million royalty unchanged.", DAMAGES[1]),
    ("The total award was reduced from $214 million to $87.5 million.", DAMAGES[1]),
    ("Judge Marsh reduced the lost-profits damages to $34.5 million.", DAMAGES[1]),
    ("The court reduced the damages but kept the reasonable royalty unchanged.", DAMAGES[1]),
    ("The bank cut its main rate to 4 percent.", UNCHANGED),
    ("The bank cut its main rate by 0.25 points and held its deposit rate at 3 percent.", UNCHANGED),
    ("The fee rose to $12.", UNCHANGED),
])
def test_a_change_told_of_what_changed_builds(sentence: str, passage: str):
    from explainer.unchanged import changed_unchanged

    assert changed_unchanged(sentence, [Cited(passage, "en", passage, "", "", "")], 0, "en") == []


def test_what_a_passage_keeps_unchanged_told_as_changed_beside_another_change_is_refused():
    from explainer.unchanged import changed_unchanged

    assert changed_unchanged("The fine was raised to $53 million.", [Cited(UNCHANGED, "en", UNCHANGED, "", "", "")],
                             0, "en")


TARIFF = ("news", "Economists said the tariff would harm exporters but help domestic steel makers. It helped the "
                  "government's budget, the ministry said.")


@pytest.mark.parametrize("sentence, cited", [
    ("The court held that an injunction would harm patients who rely on the lower-priced generic tablet.", INJ),
    ("An injunction would hurt patients who rely on the cheaper generic, the court held.", INJ),
    ("Judge Marsh said barring the generic would harm patients.", INJ),
    ("The court said patients who rely on the generic tablet would be harmed by an injunction.", INJ),
    ("The tariff would help domestic steel makers and harm exporters, economists said.", TARIFF),
    ("Economists said the tariff would help domestic steel makers.", TARIFF),
    ("The tariff helped the government's budget, the ministry said.", TARIFF),
    ("Economists said exporters would be harmed by the tariff.", TARIFF),
])
def test_help_and_harm_kept_build(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


PAID = ("news", "Brightwell paid the $87.5 million judgment in full on 3 July, the company said.")


@pytest.mark.parametrize("sentence, cited", [
    ("Brightwell has not paid the judgment.", N_OKAFOR),
    ("Brightwell has yet to pay the judgment and has posted a $95 million bond.", N_OKAFOR),
    ("The judgment has not been paid; Brightwell posted a bond of $95 million.", N_OKAFOR),
    ("Brightwell posted a bond of $95 million instead of paying the judgment.", N_OKAFOR),
    ("Brightwell paid the $87.5 million judgment in full on 3 July.", PAID),
    ("The judgment was paid in full on 3 July.", PAID),
    ("Halvorsen accepted the reduced award on 15 June.", N_ACCEPT),
    ("Halvorsen may accept the reduced award or ask for a new trial on damages.", DAMAGES),
    ("Halvorsen has filed a cross-appeal to restore the jury's full award.", N_ACCEPT),
])
def test_a_judgment_kept_unpaid_or_paid_as_the_source_says_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


def test_an_injunction_told_as_ordered_in_the_briefing_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's refused injunction, told as ordered, is refused on its line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "patent-fight" / "briefing.yaml", "and refused to order an injunction.",
         "and ordered a permanent injunction.")
    result = run_build(desk, "check")
    assert result.code == 1
    assert "briefing.yaml:5: `summary`: this sentence tells as ordered a injunction" in result.err, result.err
