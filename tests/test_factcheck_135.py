"""A hundred-and-thirty-fifth fact-check: whose words, and how sure: reported claims told as fact, and words given to
the wrong side.

Built, misstating their passage, now refused:
- a party's word of its own readiness told as fact: "The committee is ready to mediate." citing "The committee said
  it was ready to mediate." ("willing", "prepared", "able", "on track to", "confident"; French "se dit prête à",
  Spanish "dijo estar dispuesta a", German "erklärte sich bereit": stated_readiness.py);
- "is said to have" dropped: "The army shelled the village." of "The army is said to have shelled the village."
  (reported_moods.py, as German "soll ... haben");
- words given to one that declined to comment, party or not, in English, French, Spanish and German: "Halvorsen said
  the figures were wrong." citing "Halvorsen declined to comment; Berg said the figures were wrong."
  (declined_speakers.py); and the honest "The union said ..." of "The ministry declined to comment; the union said
  ..." was refused, the union's words read as declined (unanswered.py);
- "I can confirm that ..." read as a possibility: "Strand confirmed that the tariff stays." of '"I can confirm that
  the tariff stays," Strand said' was refused (performatives.py);
- an undertaking told done in other words: "Lindqvist has since written to the committee." or "sent the committee the
  figure" of "I will write to the committee with it" (undertakings_done.py);
- a demand told as won: "The union secured a pay rise." of "demands a pay rise"; Italian "ha ottenuto" of "chiede",
  French "a obtenu" of "réclame", Spanish "consiguió" of "exige", German "durchgesetzt" of "fordert" (demands_won.py);
- both sides given one side's words where the other said something else: "Both sides say the talks failed." citing
  "Northland says the talks failed, and Southland says they were paused." (one_side.py).
Each has its honest twin, which builds.
"""

from __future__ import annotations

import functools

import pytest

from conftest import REPO
from support import LOCALE_PROJECTS, found_in_language, sides_and_firms

HEARING = (REPO / "tests" / "fixtures" / "newuser_98" / "seeds" / "hearing.txt").read_text(encoding="utf-8")
WRITE = next(line for line in HEARING.splitlines() if "I will write to the committee" in line)
ELSMERE = next(line for line in HEARING.splitlines() if line.startswith("A: I can confirm"))
SCIOPERO = (LOCALE_PROJECTS["it"] / "seeds" / "sciopero.txt").read_text(encoding="utf-8")
STRIKE = next(line for line in SCIOPERO.splitlines()
              if "chiede un aumento" in line)
READY = "a readiness or confidence its cited passages give only as someone's word"
DECLINED = "gives words to one its cited passages give as declining to comment"
UNDERTAKEN = "what its cited passages give only as a speaker's undertaking"
DEMANDED = "what its cited passages give only as demanded"
ONE_SIDE = "where its cited passages say it of one side alone"
TARIFF = '"I can confirm that the tariff stays," Strand said.'
FIGURES = "The ministry declined to comment; the union said the figures were wrong."


found = functools.partial(found_in_language, parties=sides_and_firms(), published="2026-11-18")  # two sides at odds


MISSTATED = {
    # 1. a readiness said told as fact
    "ready": ("en", "The committee is ready to mediate.", "The committee said it was ready to mediate.", READY),
    "willing": ("en", "The committee is willing to mediate.", "The committee says it is willing to mediate.", READY),
    "prepared": ("en", "The union is prepared to strike.", "The union said it was prepared to strike.", READY),
    "able": ("en", "The committee was able to mediate.", "The committee says it is able to mediate.", READY),
    "quoted-ready": ("en", "The committee is ready to mediate.", '"We are ready to mediate," the chair said.', READY),
    "fr-se-dit": ("fr", "La commission est prête à jouer les médiateurs.",
                  "La commission se dit prête à jouer les médiateurs.", READY),
    "es-dijo-estar": ("es", "La comisión está dispuesta a mediar.", "La comisión dijo estar dispuesta a mediar.", READY),
    "de-erklaerte": ("de", "Die Kommission ist bereit zu vermitteln.",
                     "Die Kommission erklärte sich bereit zu vermitteln.", READY),
    "confident": ("en", "The company is confident the deal will close.",
                  "The company said it was confident the deal would close.", READY),
    "de-gespraechsbereit": ("de", "Die Regierung ist gesprächsbereit.", "Die Regierung erklärte sich gesprächsbereit.",
                            READY),
    "on-track": ("en", "The company is on track to meet the deadline.",
                 "The company said it was on track to meet the deadline.", READY),
    "is-said-to-have": ("en", "The army shelled the village.", "The army is said to have shelled the village.",
                        "the source gives this only as 'is said to'"),
    "was-said-to-be": ("en", "The army is in the village.", "The army was said to be in the village.",
                       "the source gives this only as 'was said to'"),
    # 2. words given to one that declined to comment
    "declined-named": ("en", "Halvorsen said the figures were wrong.",
                       "Halvorsen declined to comment; Berg said the figures were wrong.", DECLINED),
    "declined-according": ("en", "According to Halvorsen, the figures were wrong.",
                           "Halvorsen refused to comment, but Berg said the figures were wrong.", DECLINED),
    "fr-pas-souhaite": ("fr", "Le ministère a déclaré que les chiffres étaient faux.",
                        "Le ministère n'a pas souhaité commenter ; le syndicat a déclaré que les chiffres étaient faux.",
                        DECLINED),
    "es-declino": ("es", "El ministerio dijo que las cifras eran erróneas.",
                   "El ministerio declinó hacer comentarios; el sindicato dijo que las cifras eran erróneas.", DECLINED),
    "de-nicht-aeussern": ("de", "Das Ministerium sagte, die Zahlen seien falsch.",
                          "Das Ministerium wollte sich nicht äußern; die Gewerkschaft sagte, die Zahlen seien falsch.",
                          DECLINED),
    # 3. a possibility, not a performative, stays one
    "lab-can-confirm": ("en", "The lab confirmed the results.", "The lab can confirm the results within a week.",
                        "give only as possible ('can confirm')"),
    "they-can-confirm": ("en", "Strand confirmed that the tariff stays.",
                         '"They can confirm that the tariff stays," Strand said.', "give only as possible"),
    # 4. an undertaking told done
    "has-since-written": ("en", "Lindqvist has since written to the committee.", WRITE, UNDERTAKEN),
    "sent-the-figure": ("en", "Lindqvist sent the committee the figure.", WRITE, UNDERTAKEN),
    "handed": ("en", "Lindqvist handed the figures to the committee.",
               "\"I'll write to the committee with the figures,\" Lindqvist said.", UNDERTAKEN),
    "has-provided": ("en", "Lindqvist has provided the committee with the figures.",
                     '"We will write to the committee with the figures," Lindqvist said.', UNDERTAKEN),
    "reported-would": ("en", "Lindqvist has written to the committee.",
                       "Lindqvist said he would write to the committee.", UNDERTAKEN),
    "promised-to": ("en", "Lindqvist has written to the committee.", "Lindqvist promised to write to the committee.",
                    UNDERTAKEN),
    # 5. a demand told as won
    "secured": ("en", "The union secured a pay rise.", "The union demands a pay rise.", DEMANDED),
    "won": ("en", "The union won a pay rise.", "The union is seeking a pay rise.", DEMANDED),
    "obtained": ("en", "The union obtained a pay rise.", "The union asked for a pay rise.", DEMANDED),
    "it-ottenuto": ("it", "La Filt Liguria ha ottenuto un aumento dei salari del 3,5 per cento.", STRIKE, DEMANDED),
    "fr-reclame": ("fr", "Le syndicat a obtenu une hausse des salaires.", "Le syndicat réclame une hausse des salaires.",
                   DEMANDED),
    "fr-exige": ("fr", "Le syndicat a obtenu une hausse des salaires.", "Le syndicat exige une hausse des salaires.",
                 DEMANDED),
    "es-consiguio": ("es", "El sindicato consiguió una subida salarial.", "El sindicato exige una subida salarial.",
                     DEMANDED),
    "es-logro": ("es", "El sindicato logró una subida salarial.", "El sindicato pide una subida salarial.", DEMANDED),
    "got": ("en", "The union got its pay rise.", "The union wants a pay rise.", DEMANDED),
    "de-durchgesetzt": ("de", "Die Gewerkschaft hat eine Lohnerhöhung durchgesetzt.",
                        "Die Gewerkschaft fordert eine Lohnerhöhung.", DEMANDED),
    "de-erreichte": ("de", "Die Gewerkschaft erreichte eine Lohnerhöhung.", "Die Gewerkschaft verlangt eine Lohnerhöhung.",
                     DEMANDED),
    # 6. one side's words given to both
    "both-say": ("en", "Both sides say the talks failed.",
                 "Northland says the talks failed, and Southland says they were paused.", ONE_SIDE),
    "both-said-other-words": ("en", "Both governments said the talks had failed.",
                              "Northland said the talks had failed. Southland said they would continue.", ONE_SIDE),
}

HONEST = {
    "said-ready": ("en", "The committee said it was ready to mediate.", "The committee said it was ready to mediate."),
    "says-ready": ("en", "The committee says it is ready to mediate.", "The committee said it was ready to mediate."),
    "ready-plain": ("en", "The committee is ready to mediate.", "The committee is ready to mediate."),
    "ready-it-said": ("en", "The committee is ready to mediate, it said.", "The committee said it was ready to mediate."),
    "said-to-kept": ("en", "The army is said to have shelled the village.", "The army is said to have shelled the village."),
    "said-to-reporters": ("en", "The minister said to reporters that talks had failed.",
                          "The minister said to reporters that talks had failed."),
    "fr-se-dit": ("fr", "La commission se dit prête à jouer les médiateurs.",
                  "La commission se dit prête à jouer les médiateurs."),
    "es-dijo": ("es", "La comisión dijo estar dispuesta a mediar.", "La comisión dijo estar dispuesta a mediar."),
    "de-erklaerte": ("de", "Die Kommission erklärte sich bereit zu vermitteln.",
                     "Die Kommission erklärte sich bereit zu vermitteln."),
    "union-said": ("en", "The union said the figures were wrong.", FIGURES),
    "berg-said": ("en", "Berg said the figures were wrong.", "Halvorsen declined to comment; Berg said the figures were "
                  "wrong."),
    "declined-kept": ("en", "Halvorsen declined to comment.", "Halvorsen declined to comment; Berg said the figures were "
                      "wrong."),
    "but-said": ("en", "The ministry said talks would go on.",
                 "The ministry declined to comment on the figures but said talks would go on."),
    "said-elsewhere": ("en", "Halvorsen said talks would go on.",
                       "Halvorsen declined to say more. Halvorsen said on Monday that talks would go on."),
    "fr-syndicat": ("fr", "Le syndicat a déclaré que les chiffres étaient faux.",
                    "Le ministère n'a pas souhaité commenter ; le syndicat a déclaré que les chiffres étaient faux."),
    "es-sindicato": ("es", "El sindicato dijo que las cifras eran erróneas.",
                     "El ministerio declinó hacer comentarios; el sindicato dijo que las cifras eran erróneas."),
    "de-gewerkschaft": ("de", "Die Gewerkschaft sagte, die Zahlen seien falsch.",
                        "Das Ministerium wollte sich nicht äußern; die Gewerkschaft sagte, die Zahlen seien falsch."),
    "i-can-confirm": ("en", "Strand confirmed that the tariff stays.", TARIFF),
    "might-stay": ("en", "Strand said the tariff might stay.", TARIFF),
    "we-can-announce": ("en", "The ministry announced the plant would close.",
                        '"We can now announce that the plant will close," the ministry said.'),
    "elsmere": ("en", "Lindqvist confirmed that the Elsmere overflow discharged on 9 days in August.", ELSMERE),
    "would-write": ("en", "Lindqvist said he would write to the committee by the end of March.", WRITE),
    "promised": ("en", "Lindqvist promised to send the committee the figure.", WRITE),
    "met": ("en", "Lindqvist met the committee.", WRITE),
    "sent-too": ("en", "Lindqvist has sent the committee the figures.",
                 "Lindqvist has sent the committee the figures, as he said he would."),
    "confident-said": ("en", "The company said it was confident the deal would close.",
                       "The company said it was confident the deal would close."),
    "de-erklaerte-gespraechsbereit": ("de", "Die Regierung erklärte sich gesprächsbereit.",
                                      "Die Regierung erklärte sich gesprächsbereit."),
    "promised-kept": ("en", "Lindqvist promised to write to the committee.", "Lindqvist promised to write to the committee."),
    "de-fordert": ("de", "Die Gewerkschaft fordert eine Lohnerhöhung.", "Die Gewerkschaft fordert eine Lohnerhöhung."),
    "seeking": ("en", "The union is seeking a pay rise.", "The union is seeking a pay rise."),
    "not-secured": ("en", "The union did not secure a pay rise.", "The union asked for a pay rise."),
    "won-after-asking": ("en", "The union won a pay rise.", "The union won a pay rise after asking for one."),
    "it-chiede": ("it", "La Filt Liguria chiede un aumento dei salari del 3,5 per cento.", STRIKE),
    "fr-reclame": ("fr", "Le syndicat réclame une hausse des salaires.", "Le syndicat exige une hausse des salaires."),
    "es-pide": ("es", "El sindicato pide una subida salarial.", "El sindicato pide una subida salarial."),
    "both-said-both": ("en", "Both sides said the talks had failed.",
                       "Northland said the talks had failed, and Southland said they had failed too."),
    "both-say-named": ("en", "Both sides say the talks failed.", "Northland and Southland say the talks failed."),
}


@pytest.mark.parametrize("case", sorted(MISSTATED))
def test_a_word_told_as_fact_or_given_to_the_wrong_side_is_refused(case):
    language, sentence, passage, expected = MISSTATED[case]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("case", sorted(HONEST))
def test_its_honest_twin_builds(case):
    language, sentence, passage = HONEST[case]
    assert found(language, sentence, passage) == []
