"""A new user's briefing on a data-breach lawsuit (tests/fixtures/newuser_108: Crestmoor Home Stores, its customers'
class action and the Information Protection Commission), written from the README alone, from two sources they wrote: a
court reporter's article of 14 October 2026 (a proposed £42 million settlement awaiting the court's approval, the count
of customers revised from about 2.1 million to 3.4 million, the regulator's fine under appeal) and the regulator's
summary of its decision of 2 September 2026 (`statement_of` the Commission). The briefing uses every content field:
background, timeline, parties, a comparison, claims (an allegation, a denial, a ruling, a revised count), quotes with
context, caveats and a log with a correction.

Read as a fact-checker, 79 misstatements were tried against the passages they would cite; 72 are refused (below), 8
of them only since this work (and the French, Spanish and German cases further down):
- a fine, damages or a settlement imposed or owed, told as paid ("Crestmoor has paid the £18.4 million fine" of "the
  commission fined Crestmoor £18.4 million ... Crestmoor has appealed"; French "a payé", Spanish "pagó", German
  "gezahlt"): penalties_paid.py;
- a condition told as an event ("The tribunal has upheld the commission's findings" of "If the tribunal upholds the
  commission's findings, it becomes much harder ..."; "The judge approved the deal" of "If the judge approves the
  deal, ..."): conditions_done.py;
- a verb of a list after a modal told as done ("the Tribunal reduced the penalty" of "The Tribunal may uphold, reduce
  or cancel the penalty"): conjoined_possibilities.py; "upheld" and "cancelled" read as pasts (possible_done.py);
- what a source found no evidence of, told as fact, where another clause of the passage shares a few of its words
  ("full payment card numbers were accessed" of "no evidence that full payment card numbers or passwords were
  accessed" beside "partial payment card details"), and in French, Spanish and German ("aucune preuve que", "no
  encontró pruebas de que", "keine Hinweise darauf, dass"): framed_clauses.py.
The 7 that still build are the report's LEFTOVERS.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_108"
COURT = (FIXTURE / "seeds" / "court.txt").read_text(encoding="utf-8")
IPC = (FIXTURE / "seeds" / "regulator.txt").read_text(encoding="utf-8")
COMMISSION = "Information Protection Commission"
PARTIES = (Party(id="crestmoor", name="Crestmoor Home Stores", short_name="Crestmoor", role="retailer",
                 aliases=("the retailer", "the company")),
           Party(id="customers", name="Crestmoor customers' class action", short_name="Customers", role="claimants",
                 aliases=("the customers", "Nandakumar", "Reeve Carter")),
           Party(id="ipc", name=COMMISSION, short_name="Commission", role="regulator",
                 aliases=("the Commission", "the commission", "the regulator")))


def C(words: str) -> tuple[str, str]:
    """Return the court reporter's paragraph holding `words`, as (source, passage)."""
    return ("court", paragraph(COURT, words))


def R(words: str) -> tuple[str, str]:
    """Return the regulator's paragraph holding `words`, as (source, passage)."""
    return ("ipc", paragraph(IPC, words))


DEAL = C("has agreed to pay £42 million"); APPROVAL = C("still needs the approval"); TERMS = C("could receive up to £150")
NOADMIT = C("does not admit"); WINDOW = C("Attackers gained access"); REVISED = C("In April the retailer")
FILED = C("The class action was filed"); REEVE = C("People trusted"); DEFENCE = C("denied the allegations")
SOUGHT = C("originally sought"); FINE = C("The settlement is separate"); APPEAL = C("has appealed against the fine")
EXPERT = C("Legal experts said"); OPTOUT = C("to opt out or to object"); PIKE = C("Graham Pike")
CLAIMS = C("90 days after approval"); STORES = C("which runs 212 stores"); SHARES = C("Shares in Crestmoor")
R_SUMMARY = R("access the personal data of approximately"); R_REDUCED = R("notice of intent")
R_PATCH = R("exploited a known vulnerability"); R_REPORTED = R("first reported the breach")
R_DATA = R("The data accessed included"); R_FIND = R("(a) failed to apply"); R_NOTDELIB = R("deliberately disregarded")
R_MAX = R("The maximum penalty"); R_MITIG = R("mitigating factors"); R_PAYABLE = R("payable within 28 days")
R_MERCER = R("basic security hygiene"); R_POSITION = R("disagreed with several"); R_RELATED = R("compensation by individual")
R_RIGHTS = R("uphold, reduce or cancel")


def found(sentence: str, cited: tuple[str, str]) -> list[str]:
    """Return the findings of a sentence citing one paragraph of a source, read as the build reads that source (the
    regulator's summary is the Commission's statement throughout)."""
    source, passage = cited
    return sentence_findings(sentence, (passage,), "en", PARTIES,
                             statement_of=COMMISSION if source == "ipc" else "",
                             published="2026-09-02" if source == "ipc" else "2026-10-14")


def test_the_briefing_builds_with_footnotes_leading_to_the_passages(tmp_path: Path):
    """The honest briefing builds: every field, both sources cited, and each footnote leads to its highlighted passage
    on the source's page; the correction of the revised count is shown."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "crestmoor-breach" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/court.html#passage-', 'href="../sources/ipc.html#passage-',
                  "We said the records of 2.1 million customers were taken.", "up to", "9 December 2026"):
        assert words in page, words
    source = (desk / "site" / "sources" / "court.html").read_text(encoding="utf-8")
    assert 'id="passage-' in source


MISSTATED = {
    'paid-settlement': ('Crestmoor has paid £42 million to settle the class action.', DEAL, "this sentence tells as done ('paid') what its cited passages give only as agreed ('agreed to pay')"),
    'court-approved': ('The court has approved the settlement.', APPROVAL, "this sentence takes it further ('approved') than its cited passages do ('proposed')"),
    'approved-on-hearing': ('The court approved the settlement on 9 December 2026.', APPROVAL, "this sentence takes it further ('approved') than its cited passages do ('proposed')"),
    'settlement-figure': ('Crestmoor agreed to pay £24 million to settle the class action.', DEAL, 'figure "£24 million" is not in the passages this sentence cites'),
    'filed-weekday': ('Crestmoor agreed to pay £42 million, according to papers filed at the High Court on Monday.', DEAL, 'day "Monday" is not in the passages this sentence cites'),
    'each-will-receive': ('Each eligible customer will receive £150.', TERMS, 'figure "£150" leaves out the qualifier of "up to £150" in the passages this sentence cites'),
    'up-to-dropped': ('Each eligible customer could receive £150.', TERMS, 'figure "£150" leaves out the qualifier of "up to £150" in the passages this sentence cites'),
    'up-to-as-floor': ('Each eligible customer could receive at least £150.', TERMS, 'figure "at least £150" contradicts "up to £150" in the passages this sentence cites'),
    'expected-as-fact': ('Most payments will be between £40 and £90.', TERMS, "the source gives this only as expected ('could'), but it is worded as certain ('will')"),
    'range-figure': ('Lawyers for the customers expect most payments to be between £40 and £80.', TERMS, 'figure "£80" is not in the passages this sentence cites'),
    'monitoring-years': ('Crestmoor would also fund three years of credit monitoring.', TERMS, 'figure "three" is not in the passages this sentence cites'),
    'admits-wrongdoing': ('Crestmoor admits wrongdoing.', NOADMIT, "this sentence drops the negation of its cited passage ('The settlement papers say Crestmoor does not admit any"),
    'admitted-liability': ('The settlement papers say Crestmoor admits liability.', NOADMIT, "this sentence drops the negation of its cited passage ('The settlement papers say Crestmoor does not admit any"),
    'window-end': ("Attackers gained access to Crestmoor's customer database between 9 January and 29 January 2026.", WINDOW, 'date "29 January 2026" is not in the passages this sentence cites'),
    'disclosed-month': ('The company disclosed the breach on 4 March 2026.', WINDOW, 'date "4 March 2026" is not in the passages this sentence cites'),
    'about-dropped-initial': ('Crestmoor disclosed the breach on 4 February 2026 and said 2.1 million customers were affected.', WINDOW, 'figure "2.1 million" leaves out the qualifier of "about 2.1 million" in the passages this sentence cites'),
    'revised-as-fact': ('The records of 3.4 million customers were taken.', REVISED, 'this sentence states as fact what its cited passages give only as the word of Crestmoor'),
    'revised-figure': ('Crestmoor now says the records of 4.3 million customers were taken.', REVISED, 'figure "4.3 million" is not in the passages this sentence cites'),
    'revised-month': ('In March the retailer revised that figure.', REVISED, 'month "March" is not in the passages it cites'),
    'card-about-dropped': ('For 410,000 customers, the last four digits of a payment card were taken.', REVISED, 'figure "410,000" leaves out the qualifier of "about 410,000" in the passages this sentence cites'),
    'passwords-stolen': ('The company has said that full card numbers and passwords were stolen.', REVISED, "this sentence drops the negation of its cited passage ('The company has said that no full card numbers or passwords were stolen')"),
    'filed-month': ('The class action was filed on 18 March 2026 by Priya Nandakumar.', FILED, 'date "18 March 2026" is not in the passages this sentence cites'),
    'allegation-as-fact': ('Crestmoor failed to fix a flaw in its website software that had been publicly known for months.', FILED, "the source gives this as someone's word ('alleges'), but it is worded as fact"),
    'allegation-as-finding': ('The court found that Crestmoor failed to fix a flaw in its website software.', FILED, "the source gives this as someone's word ('alleges'), but it is worded as fact"),
    'retention-as-fact': ('Crestmoor kept the records of former customers far longer than it needed to.', FILED, "the source gives this as someone's word ('alleges'), but it is worded as fact"),
    'quote-wrong-speaker': ('"People trusted Crestmoor with their home addresses and it left the door open," said Priya Nandakumar.', REEVE, 'this sentence gives the words to Priya Nandakumar, but its cited passages give t'),
    'quote-cut-not': ('Daniel Reeve said the settlement was "everything we asked for".', REEVE, "this quotation leaves out the 'not' its cited passages give before it ('not everything we asked for')"),
    'quote-words': ('Daniel Reeve said it gets money to people "this winter rather than in three years".', REEVE, 'quoted words "this winter rather than in three years" are not in the passages this sentence cites'),
    'defence-month': ('Crestmoor argued in a defence filed in June that it had been the victim of "a sophisticated criminal attack".', DEFENCE, 'month "June" is not in the passages it cites'),
    'defence-as-fact': ('The company was the victim of a sophisticated criminal attack and acted quickly once the intrusion was found.', DEFENCE, "the source gives this as someone's word ('argued'), but it is worded as fact"),
    'sought-up-to-dropped': ('The customers had originally sought damages of £250 million.', SOUGHT, 'figure "£250 million" leaves out the qualifier of "up to £250 million" in the passages this sentence cites'),
    'sought-figure': ('The customers had originally sought damages of up to £520 million.', SOUGHT, 'figure "£520 million" is not in the passages this sentence cites'),
    'fine-paid': ('Crestmoor has paid the £18.4 million fine.', FINE, "this sentence tells as paid ('paid') what its cited passages give only as imposed or owed"),
    'fine-figure': ('On 2 September 2026 the commission fined Crestmoor £14.8 million.', FINE, 'figure "£14.8 million" is not in the passages this sentence cites'),
    'fine-date': ('On 2 August 2026 the commission fined Crestmoor £18.4 million.', FINE, 'date "2 August 2026" is not in the passages this sentence cites'),
    'patch-months': ('The commission found that the retailer had failed to apply a security patch for six months.', FINE, 'figure "six" is not in the passages this sentence cites'),
    'appeal-date': ('The appeal was lodged on 30 October 2026.', APPEAL, 'date "30 October 2026" is not in the passages this sentence cites'),
    'hearing-date-set': ('A tribunal spokesperson said a date had been set for a hearing.', APPEAL, "this sentence drops the negation of its cited passage ('A tribunal spokesperson said no date had yet been set "),
    'tribunal-upheld': ("The tribunal has upheld the commission's findings.", EXPERT, "this sentence tells as done ('upheld') what its cited passages give only as a condition ('If the tribunal upho"),
    'could-as-will': ('Legal experts said the two cases will influence each other.', EXPERT, "the source gives this only as expected ('could'), but it is worded as certain ('will')"),
    'optout-date': ('Customers have until 20 December 2026 to opt out or to object.', OPTOUT, 'date "20 December 2026" is not in the passages this sentence cites'),
    'objections-count': ('As of Monday 12 October, 83 customers had filed objections.', OPTOUT, 'figure "83" is not in the passages this sentence cites'),
    'objections-weekday': ('As of Tuesday 12 October, 38 customers had filed objections.', OPTOUT, 'day "Tuesday" is not in the passages this sentence cites'),
    'objections-opposite': ('Most objectors said the payments were too large.', OPTOUT, "this sentence says 'too large' where its cited passages say 'too small'"),
    'pike-negation': ('Graham Pike said £150 "would cover the cost of changing my locks".', PIKE, 'quoted words "would cover the cost of changing my locks" are not in the passages this sentence cites'),
    'claim-days': ('Customers will have 60 days after approval to submit a claim.', CLAIMS, 'figure "60" is not in the passages this sentence cites'),
    'claim-if-dropped': ('The judge has approved the deal, and customers have 90 days to submit a claim.', CLAIMS, "the source gives this only on a condition ('If the judge approves the deal'), but it is stated as plain fact"),
    'stores-count': ('Crestmoor, which runs 221 stores, reported a pre-tax profit of £96 million.', STORES, 'figure "221" is not in the passages this sentence cites'),
    'profit-scale': ('Crestmoor reported a pre-tax profit of £96 billion in its last financial year.', STORES, 'figure "£96 billion" is not in the passages this sentence cites'),
    'profit-as-loss': ('Crestmoor reported a pre-tax loss of £96 million in its last financial year.', STORES, "this sentence gives 96 million as 'loss' where its cited passages give it as 'profit'"),
    'shares-fell': ("Shares in Crestmoor's parent company fell 2.3% on Tuesday.", SHARES, 'figure "2.3%" is given as a fall, but the passages this cites give it as a rise'),
    'shares-figure': ("Shares in Crestmoor's parent company rose 3.2% on Tuesday.", SHARES, 'figure "3.2%" is not in the passages this sentence cites'),
    'ipc-proposed-as-fine': ('According to the Commission, it fined Crestmoor £27 million.', R_REDUCED, "this sentence takes it further ('fined') than its cited passages do ('proposed')"),
    'ipc-deliberate': ('The Commission found that Crestmoor had deliberately disregarded the law.', R_NOTDELIB, "this sentence drops the negation of its cited passage ('The Commission did not find that Crestmoor had deliber"),
    'ipc-approx-dropped': ('According to the Commission, the attacker accessed the personal data of 3.4 million customers.', R_SUMMARY, 'figure "3.4 million" leaves out the qualifier of "approximately 3.4 million" in the passages this sentence cit'),
    'ipc-patch-year': ('According to the Commission, the patch was released in June 2024.', R_PATCH, 'date "June 2024" is not in the passages this sentence cites'),
    'ipc-undetected': ('According to the Commission, the attack went undetected for 81 days.', R("(b) did not have"), 'figure "81" is not in the passages this sentence cites'),
    'ipc-retained-figure': ('According to the Commission, Crestmoor retained the data of around 2.1 million former customers.', R("(c) retained"), 'figure "2.1 million" is not in the passages this sentence cites'),
    'ipc-retained-around-dropped': ('According to the Commission, Crestmoor retained the data of 1.2 million former customers.', R("(c) retained"), 'figure "1.2 million" leaves out the qualifier of "around 1.2 million" in the passages this sentence cites'),
    'ipc-full-cards': ('According to the Commission, full payment card numbers were accessed.', R_DATA, "this sentence states as fact what its cited passages give only after 'no evidence that' ('full payment card nu"),
    'ipc-invested-scale': ('According to the Commission, Crestmoor has invested £11 billion in its security systems.', R_MITIG, 'figure "£11 billion" is not in the passages this sentence cites'),
    'ipc-experts-hours': ('According to the Commission, Crestmoor brought in outside security experts within 24 hours.', R_MITIG, 'figure "24" is not in the passages this sentence cites'),
    'ipc-payable-unless-dropped': ('According to the Commission, the penalty must be paid within 28 days.', R_PAYABLE, "the source gives this only on a condition ('unless Crestmoor appeals to the Information Rights Tribunal'), but"),
    'ipc-mercer-word': ('Alan Mercer said: "Patching a known vulnerability is advanced security hygiene."', R_MERCER, 'quoted words "Patching a known vulnerability is advanced security hygiene." are not in the passages this sente'),
    'ipc-crestmoor-agreed': ('According to the Commission, Crestmoor agreed with the findings.', R_POSITION, "this sentence tells a deed ('agreed') that no passage it cites gives, in that word or another for the same dee"),
    'ipc-compensation': ("According to the Commission, its decision decides the customers' claims for compensation.", R_RELATED, "this sentence drops the negation of its cited passage ('does not decide any claim for compensation by individu"),
    'ipc-tribunal-reduced': ('According to the Commission, the Tribunal reduced the penalty.', R_RIGHTS, "this sentence tells as done ('reduced') what its cited passages give only as possible ('may reduce')"),
    'approved-settlement-terms': ('Under the approved settlement, each eligible customer could receive up to £150.', TERMS, "this sentence takes it further ('approved') than its cited passages do ('proposed')"),
    'fine-paid-passive': ('The £18.4 million fine has been paid.', FINE, "this sentence tells as paid ('paid') what its cited passages give only as imposed or owed"),
    'tribunal-cancelled': ('According to the Commission, the Tribunal cancelled the penalty.', R_RIGHTS, "this sentence tells as done ('cancelled') what its cited passages give only as possible ('may cancel')"),
    'judge-approved': ('The judge approved the deal.', CLAIMS, "this sentence tells as done ('approved') what its cited passages give only as a condition ('If the judge appro"),
    'tribunal-upheld-past': ("The tribunal upheld the commission's findings.", EXPERT, "this sentence tells as done ('upheld') what its cited passages give only as a condition ('If the tribunal upho"),
}


@pytest.mark.parametrize("sentence, cited, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, cited: tuple[str, str], message: str):
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


PAID = ("court", "Crestmoor paid the £18.4 million fine in full on 30 September 2026.")
UPHELD = ("court", "The tribunal upheld the fine in March. If the tribunal upholds the fine again on appeal, Crestmoor "
                   "must pay it.")
HONEST = {
    "paid-as-the-source-says": ("Crestmoor has paid the £18.4 million fine.", PAID),
    "fined": ("On 2 September 2026 the commission fined Crestmoor £18.4 million.", FINE),
    "not-payable-yet": ("The fine does not have to be paid while the appeal is pending.", APPEAL),
    "not-paid": ("Crestmoor has not paid the fine, and does not have to while the appeal is pending.", APPEAL),
    "paid-for-monitoring": ("According to the Commission, Crestmoor paid for credit monitoring for affected customers.",
                            R_MITIG),
    "payable-unless": ("According to the Commission, the penalty is payable within 28 days unless Crestmoor appeals to "
                       "the Information Rights Tribunal.", R_PAYABLE),
    "may-list-kept": ("According to the Commission, the Tribunal may uphold, reduce or cancel the penalty.", R_RIGHTS),
    "reduced-as-said": ("According to the Commission, it reduced the penalty to £18.4 million.", R_REDUCED),
    "condition-kept": ("Professor Ruth Lindqvist said that if the tribunal upholds the commission's findings, it becomes "
                       "much harder for companies to argue they did nothing wrong.", EXPERT),
    "condition-and-event": ("The tribunal upheld the fine in March.", UPHELD),
    "consequence-kept": ("If the judge approves the deal, customers will have 90 days after approval to submit a claim.",
                         CLAIMS),
    "absence-kept": ("According to the Commission, it found no evidence that full payment card numbers or passwords were "
                     "accessed.", R_DATA),
    "plain-clause": ("According to the Commission, the data accessed included partial payment card details for "
                     "approximately 410,000 customers.", R_DATA),
    "proposed-kept": ("The proposed settlement still needs the approval of the court.", APPROVAL),
    "up-to-kept": ("Each eligible customer could receive up to £150.", TERMS),
    "revised-kept": ("Crestmoor now says the records of 3.4 million customers were taken.", REVISED),
    "allegation-kept": ("The claim alleges that Crestmoor failed to fix a flaw in its website software.", FILED),
}


@pytest.mark.parametrize("sentence, cited", HONEST.values(), ids=HONEST.keys())
def test_an_honest_twin_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


# The same payment and absence in the languages the rules read: refused against the fine or the absence, built where
# the passage says it was paid or keeps the absence.
LANGUAGES = {
    "fr-paid": ("fr", "Crestmoor a payé l'amende de 18,4 millions de livres.",
                "La commission a infligé à Crestmoor une amende de 18,4 millions de livres, contre laquelle Crestmoor a "
                "fait appel.", "tells as paid ('payé')"),
    "es-paid": ("es", "Crestmoor pagó la multa de 18,4 millones de libras.",
                "La comisión impuso a Crestmoor una multa de 18,4 millones de libras, que Crestmoor ha recurrido.",
                "tells as paid ('pagó')"),
    "de-paid": ("de", "Crestmoor hat das Bußgeld von 18,4 Millionen Pfund gezahlt.",
                "Die Kommission verhängte gegen Crestmoor ein Bußgeld von 18,4 Millionen Pfund; Crestmoor hat Einspruch "
                "eingelegt.", "tells as paid ('gezahlt')"),
    "fr-absence": ("fr", "Des numéros de carte complets ont été consultés par l'attaquant.",
                   "La Commission n'a trouvé aucune preuve que des numéros de carte complets aient été consultés par "
                   "l'attaquant.", "only after 'aucune preuve que'"),
    "es-absence": ("es", "Los números completos de las tarjetas fueron consultados por el atacante.",
                   "La Comisión no encontró pruebas de que los números completos de las tarjetas fueran consultados por "
                   "el atacante.", "only after 'no encontró pruebas de que'"),
    "de-absence": ("de", "Vollständige Kartennummern wurden vom Angreifer abgerufen.",
                   "Die Kommission fand keine Hinweise darauf, dass vollständige Kartennummern vom Angreifer abgerufen "
                   "wurden.", "only after 'keine Hinweise darauf, dass'"),
}


@pytest.mark.parametrize("language, sentence, passage, message", LANGUAGES.values(), ids=LANGUAGES.keys())
def test_a_payment_or_an_absence_told_as_fact_is_refused_in_other_languages(language: str, sentence: str, passage: str,
                                                                            message: str):
    assert any(message in finding for finding in findings_in_language(language, sentence, passage))


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Crestmoor a payé l'amende de 18,4 millions de livres.",
     "Crestmoor a payé l'amende de 18,4 millions de livres le 30 septembre."),
    ("fr", "L'amende doit être payée dans les 28 jours.", "L'amende doit être payée dans les 28 jours."),
    ("es", "Crestmoor pagó la multa de 18,4 millones de libras.",
     "Crestmoor pagó la multa de 18,4 millones de libras el 30 de septiembre."),
    ("de", "Crestmoor hat das Bußgeld von 18,4 Millionen Pfund gezahlt.",
     "Crestmoor hat das Bußgeld von 18,4 Millionen Pfund am 30. September gezahlt."),
    ("de", "Das Bußgeld muss erst nach dem Einspruch gezahlt werden.",
     "Das Bußgeld muss erst nach dem Einspruch gezahlt werden."),
    ("fr", "La Commission n'a trouvé aucune preuve que des numéros de carte complets aient été consultés par l'attaquant.",
     "La Commission n'a trouvé aucune preuve que des numéros de carte complets aient été consultés par l'attaquant."),
])
def test_a_payment_or_an_absence_kept_builds_in_other_languages(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []


def test_a_list_of_verbs_after_a_modal_is_read_whole():
    """"may uphold, reduce or cancel" gives each verb the modal; a comma before words that are no list ends it."""
    from explainer.conjoined_possibilities import with_modals_joined

    assert with_modals_joined("The Tribunal may uphold, reduce or cancel the penalty.") == (
        "The Tribunal may uphold, may reduce or may cancel the penalty.")
    assert with_modals_joined("Prices may rise, analysts said, or fall.") == "Prices may rise, analysts said, or fall."


def test_a_fine_told_as_paid_in_the_briefing_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's fine, told as paid, is refused on its line; the honest line builds."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "crestmoor-breach" / "briefing.yaml",
         "fined Crestmoor £18.4 million, and Crestmoor has appealed against the fine.",
         "fined Crestmoor £18.4 million, which Crestmoor has paid.")
    result = run_build(desk, "check")
    assert result.code == 1
    assert "briefing.yaml:7: `summary`: this sentence tells as paid ('paid')" in result.err, result.err
