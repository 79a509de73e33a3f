"""Negations read wrongly: honest sentences refused as adding or dropping one, and negations dropped that built.

1. A step not yet done told as to come: "O valor devido a cada trabalhador ainda não foi apurado" citing "O valor ...
   será apurado na fase de liquidação" was refused as a negation added, and "A empresa recorreu, e o TRT-15 ainda vai
   julgar o recurso" (or "A decisão só se tornará definitiva depois do julgamento do recurso") citing "O recurso ainda
   não tem data para ser julgado" as a negation dropped (tests/fixtures/newuser_120; explainer/negated_to_come.py).
2. A duty's condition negated: "A empresa pode pagar multa diária de R$ 10 mil se não corrigir os registros" citing "A
   empresa deverá também corrigir os registros ..., sob pena de multa diária" was refused as a negation added
   (explainer/negated_conditions.py).
3. A correction's withdrawn words denied: "The recall covers six batches, not eight" citing "An earlier version of this
   article said that the recall covered eight batches" was refused as a negation added (tests/fixtures/newuser_119;
   explainer/negated_corrections.py).
4. "not ... all" of a counted part: "The Agency has not asked for all batches to be recalled" citing "... recall
   batches CX-2209 to CX-2214 of the vaccine, six batches in all" was refused as a negation added
   (explainer/negated_all.py).
5. A part denied with its subject left out: "The Panel is part of the Agency" citing "an expert panel that advises the
   Agency but is not part of it", and "O Ministério Público do Trabalho é parte na ação" citing "acompanha o caso, mas
   não é parte na ação", built; "The Panel is not part of the Agency" was refused (explainer/denied_parts.py).
6. A claim denied as a finding: "Dr Ingrid Sovik said the vaccine is unsafe" citing "This is not a finding that the
   vaccine is unsafe" built (explainer/denied_findings.py).
7. A saying clause whose subject stands before it: "O sindicato não vai recorrer" citing "O Sindicato ... (Sintralog)
   informou que também vai recorrer" built (polarity._subject_before_saying).

Each with honest twins that must build, and misstatements kept refused.
"""

from __future__ import annotations

import pytest

from support import sentence_findings
from test_newuser_119 import N as NEWS, R as REVIEW, found
from test_newuser_120 import P, found as found_pt

LIQ = P("s", "IPCA-E"); FINE = P("s", "multa diária"); APPEAL = P("n", "apresentou nesta")
MPT = P("n", "Ministério Público"); UNION = P("n", "Sintralog) informou")
RECALL = REVIEW("recall batches"); CORRECTION = NEWS("Correction,"); PANEL = REVIEW("has referred the trial")
SOVIK = REVIEW("Dr Ingrid Sovik")
ADDED = "adds a negation to its cited passage"
DROPPED = "drops the negation of its cited passage"


@pytest.mark.parametrize("sentence, cited", [
    # 1. a step not yet done, or undated, told as to come
    ("O valor devido a cada trabalhador ainda não foi apurado.", LIQ),
    ("Os valores individuais ainda não foram apurados.", LIQ),
    ("O valor de cada trabalhador ainda não está apurado.", LIQ),
    ("Ainda não foi apurado quanto cada trabalhador vai receber.", LIQ),
    ("A decisão só se tornará definitiva depois do julgamento do recurso.", APPEAL),
    ("A empresa recorreu, e o TRT-15 ainda vai julgar o recurso.", APPEAL),
    ("O recurso será julgado pelo TRT-15.", APPEAL),
    ("O recurso aguarda julgamento no TRT-15.", APPEAL),
    ("A empresa recorreu ao TRT-15, que ainda julgará o recurso.", APPEAL),
    ("Até o julgamento do recurso, a decisão não é definitiva.", APPEAL),
    # 2. a duty's condition negated
    ("A empresa pode pagar multa diária de R$ 10 mil se não corrigir os registros.", FINE),
    ("Se a empresa não corrigir os registros, pagará multa diária de R$ 10 mil.", FINE),
    ("A empresa terá de pagar multa diária de R$ 10 mil caso não corrija os registros.", FINE),
])
def test_a_step_to_come_or_a_condition_builds_in_portuguese(sentence: str, cited: tuple[str, str]):
    assert found_pt(sentence, cited) == []


@pytest.mark.parametrize("sentence, cited", [
    # 3. a correction's withdrawn words
    ("The recall covers six batches, not eight.", CORRECTION),
    ("The recall covers six batches.", CORRECTION),
    # 4. "not ... all" of a counted part
    ("The Agency has not asked for all batches to be recalled.", RECALL),
    ("The Agency did not ask for every batch to be recalled.", RECALL),
    ("The Agency has not asked Halden to recall all of its batches.", RECALL),
    ("Not all batches were recalled: the Agency asked Halden to recall six.", RECALL),
    # 5. a part denied: the denial restated, and what the passage says beside it
    ("The Panel is not part of the Agency.", PANEL),
    ("The Panel advises the Agency but is not part of it.", PANEL),
    ("The Panel, which advises the Agency, is not part of it.", PANEL),
    ("The Panel is an expert panel that advises the Agency.", PANEL),
    ("The Panel is independent of the Agency.", PANEL),
    # 6. the claim kept inside its denial
    ("Dr Ingrid Sovik said the suspension is not a finding that the vaccine is unsafe.", SOVIK),
    ("Dr Ingrid Sovik said the licence was suspended as a precaution.", SOVIK),
    ("Dr Sovik stressed that the suspension does not mean the vaccine is unsafe.", SOVIK),
    ("The Agency's chief medical officer said the suspension was a precaution, not a finding that the vaccine is "
     "unsafe.", SOVIK),
])
def test_honest_english_sentences_build(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


@pytest.mark.parametrize("sentence, cited", [
    ("O Ministério Público do Trabalho acompanha o caso.", MPT),
    ("O Ministério Público do Trabalho acompanha o caso, mas não é parte na ação.", MPT),
    ("O Ministério Público do Trabalho não é parte na ação.", MPT),
    ("O Sintralog informou que vai recorrer.", UNION),
    ("O Sindicato dos Trabalhadores em Logística de Campinas também recorrerá.", UNION),
])
def test_honest_portuguese_parts_and_sayings_build(sentence: str, cited: tuple[str, str]):
    assert found_pt(sentence, cited) == []


@pytest.mark.parametrize("sentence, cited, told", [
    ("O valor devido a cada trabalhador não será apurado.", LIQ, ADDED),
    ("O valor devido a cada trabalhador não foi apurado na fase de liquidação.", LIQ, ADDED),
    ("A empresa não corrigiu os registros.", FINE, ADDED),
    ("O recurso tem data para ser julgado.", APPEAL, DROPPED),
    ("O TRT-15 julgará o recurso em 20 de outubro.", APPEAL, DROPPED),  # a day the passage gives the step none
    ("O Ministério Público do Trabalho é parte na ação.", MPT, DROPPED),
    ("O Ministério Público do Trabalho faz parte da ação.", MPT, DROPPED),
    ("O sindicato não vai recorrer.", UNION, ADDED),
    ("O Sintralog não vai recorrer.", UNION, ADDED),
])
def test_portuguese_misstatements_are_refused(sentence: str, cited: tuple[str, str], told: str):
    findings = found_pt(sentence, cited)
    assert any(told in message for message in findings), findings


@pytest.mark.parametrize("sentence, cited, told", [
    ("The Agency has not asked for any batches to be recalled.", RECALL, ADDED),
    ("The recall does not cover six batches.", CORRECTION, ADDED),
    ("The Panel is part of the Agency.", PANEL, DROPPED),
    ("The expert panel is part of the Agency.", PANEL, DROPPED),
    ("Dr Ingrid Sovik said the vaccine is unsafe.", SOVIK, DROPPED),
    ("According to Dr Sovik, the vaccine is unsafe.", SOVIK, DROPPED),
])
def test_english_misstatements_are_refused(sentence: str, cited: tuple[str, str], told: str):
    findings = found(sentence, cited)
    assert any(told in message for message in findings), findings


@pytest.mark.parametrize("sentence, passage, outcome", [
    ("Norway is part of the European Economic Area.",
     "Norway is a member of the European Economic Area but is not part of the European Union.", "ok"),
    ("Norway is not part of the European Union.",
     "Norway is a member of the European Economic Area but is not part of the European Union.", "ok"),
    ("Norway is part of the European Union.",
     "Norway is a member of the European Economic Area but is not part of the European Union.", DROPPED),
    ("The mediator chairs the talks.",
     "The mediator, a retired judge, chairs the talks but is not part of either delegation.", "ok"),
    ("The court will decide whether the strike is illegal.",
     "The ministry said its statement was not a finding that the strike is illegal.", "ok"),
    ("The spokesman said the strike is illegal.",
     "The ministry said its statement was not a finding that the strike is illegal.", DROPPED),
    ("Northland did not sign all the protocols.", "Northland signed three of the protocols.", "ok"),
    ("Northland did not sign the protocols.", "Northland signed three of the protocols.", ADDED),
    ("The company may face fines if it does not comply.", "The company must comply with the order.", "ok"),
    ("The company did not comply.", "The company must comply with the order.", ADDED),
])
def test_the_rules_read_other_sentences_alike(sentence: str, passage: str, outcome: str):
    findings = sentence_findings(sentence, (passage,), "en", ())
    if outcome == "ok":
        assert findings == []
    else:
        assert any(outcome in message for message in findings), findings
