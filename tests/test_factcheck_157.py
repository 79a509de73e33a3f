"""A hundred-and-fifty-seventh fact-check: Spanish opposites and requests (the trasvase briefing's passages,
tests/fixtures/newuser_107, cut short here), with French and Portuguese where the modules read them.

Misstatements that built, now refused:
1. An opposite verb or adjective: "las normas permiten cualquier envío" citing "las normas ... prohíben cualquier
   envío", "lamentó la suspensión" citing "celebró la suspensión", "una primavera más húmeda de lo normal" citing "más
   seca de lo normal", "la cifra más alta desde 2017" citing "la más baja", "sin posibilidad de prórroga" citing
   "prorrogable", "han ganado cerca del 18 %" citing "han perdido" (opposites_languages.py; "ganado" alone is cattle,
   read only after "ha", "han", "había");
2. A request told as a promise or a deed: "Beltrán dijo que el Gobierno central compensará a los regantes" citing
   "pidió al Gobierno central que compense a los regantes", French "compensera" of "a demandé ... de compenser"
   (requests_done.py);
3. A month after "para" or "pour": "un envío de 20 hm³ para junio" citing "para mayo" (attribution.py's months);
4. A verb a passage negates in a relative clause after the figure: "La confederación ha confirmado que el 60 % ..."
   citing "..., una cifra que la confederación no ha confirmado" (relative_denials.py).
Each has honest twins that keep building.

Each sentence is checked in-process against its cited passage, as `check` does; one pair is built end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import findings_in_language, minimal_project, one_sentence_checked, sentence_findings

NORMAS = ("Hace un año guardaban 987 hm³, lo que supone un descenso del 38 %. Por debajo de 400 hm³, las normas de "
          "explotación del trasvase prohíben cualquier envío.")
ECOLOGISTAS = ("La asociación Ecologistas del Alcor celebró la suspensión. Su portavoz, Jorge Salinas, dijo que el río "
               "\"lleva décadas pagando la factura\" y pidió reducir los envíos a la mitad de forma permanente.")
AEMET = ("Fuentes del ministerio señalaron que, si las lluvias de primavera no mejoran las reservas, los envíos podrían "
         "quedar suspendidos hasta el otoño. La Agencia Estatal de Meteorología prevé una primavera más seca de lo "
         "normal en la cabecera del Alcor.")
TRASVASADOS = ("En los últimos diez años, el trasvase ha enviado una media de 205 hm³ anuales. En 2025 se trasvasaron "
               "148 hm³, la cifra más baja desde 2017.")
DECRETO = ("La suspensión llega dos días después de que el Consejo de Ministros aprobara el martes 7 de abril el Real "
           "Decreto 212/2026, que declara la situación de sequía extraordinaria en la cuenca del Alcor durante un año, "
           "prorrogable.")
POBLACION = ("La Junta calcula que los municipios ribereños de la cabecera han perdido cerca del 18 % de su población "
             "desde el año 2000, en parte por el deterioro del río.")
BELTRAN = ("La presidenta de Levantia, Ana Beltrán, calificó el auto del Supremo de \"golpe injusto a miles de "
           "agricultores\" y pidió al Gobierno central que compense a los regantes.")
ENVIO = ("Con las reservas en el nivel 3, el ministerio puede autorizar envíos de hasta 7,5 hm³ al mes. El ministerio "
         "había aprobado en marzo un envío de 20 hm³ para mayo, que ahora tendrá que revisar.")
CIFRA = ("Según la asociación, el 60 % de las masas de agua de la cabecera no alcanza el buen estado ecológico, una "
         "cifra que la confederación no ha confirmado.")
NORMES = "En dessous de 400 hm³, les règles d'exploitation du transfert interdisent tout envoi."
METEO = "Météo-France prévoit un printemps plus sec que la normale dans le bassin de l'Alcor."
BELTRAN_FR = "La présidente de Levantia, Ana Beltrán, a demandé au gouvernement central de compenser les irrigants."
ENVOI = "Le ministère avait approuvé en mars un transfert de 20 hm³ pour mai, qu'il devra revoir."
CHIFFRE = ("Selon l'association, 60 % des masses d'eau du bassin n'atteignent pas le bon état écologique, un chiffre "
           "que la confédération n'a pas confirmé.")
NUMERO = ("Segundo a associação, 60 % das massas de água da bacia não atingem o bom estado ecológico, um número que a "
          "confederação não confirmou.")
PEDIDO = "A presidente de Levantia, Ana Beltrán, pediu ao Governo central que compense os agricultores."


def found(language: str, sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence in `language` citing one passage (Portuguese, with no built-in locale, as the
    checks read it without one)."""
    if language == "pt":
        return sentence_findings(sentence, (passage,), "pt", ())
    return findings_in_language(language, sentence, passage)


MISSTATED = {
    # 1. opposites
    "permiten": ("es", "Por debajo de 400 hm³, las normas de explotación del trasvase permiten cualquier envío.", NORMAS,
                 "this sentence says 'permiten' where its cited passages say 'prohíben'"),
    "permitían": ("es", "Por debajo de 400 hm³, las normas del trasvase permitían cualquier envío.", NORMAS,
                  "this sentence says 'permitían' where its cited passages say 'prohíben'"),
    "lamentó": ("es", "La asociación Ecologistas del Alcor lamentó la suspensión.", ECOLOGISTAS,
                "this sentence says 'lamentó' where its cited passages say 'celebró'"),
    "criticó": ("es", "La asociación criticó la suspensión del envío.", ECOLOGISTAS,
                "this sentence says 'criticó' where its cited passages say 'celebró'"),
    "más-húmeda": ("es", "La Agencia Estatal de Meteorología prevé una primavera más húmeda de lo normal en la cabecera.",
                   AEMET, "this sentence says 'húmeda' where its cited passages say 'seca'"),
    "lluviosa": ("es", "La Agencia Estatal de Meteorología prevé una primavera lluviosa en la cabecera del Alcor.", AEMET,
                 "this sentence says 'lluviosa' where its cited passages say 'seca'"),
    "más-alta": ("es", "En 2025 se trasvasaron 148 hm³, la cifra más alta desde 2017.", TRASVASADOS,
                 "this sentence says 'más alta' where its cited passages say 'más baja'"),
    "más-elevada": ("es", "En 2025 se trasvasaron 148 hm³, la cifra más elevada desde 2017.", TRASVASADOS,
                    "this sentence says 'más elevada' where its cited passages say 'más baja'"),
    "sin-prórroga": ("es", "El Real Decreto 212/2026 declara la sequía extraordinaria durante un año, sin posibilidad de "
                           "prórroga.", DECRETO,
                     "this sentence says 'sin posibilidad de prórroga' where its cited passages say 'prorrogable'"),
    "improrrogable": ("es", "El Real Decreto 212/2026 declara la sequía extraordinaria durante un año improrrogable.",
                      DECRETO, "this sentence says 'improrrogable' where its cited passages say 'prorrogable'"),
    "han-ganado": ("es", "Según la Junta, los municipios ribereños han ganado cerca del 18 % de su población desde el año "
                         "2000.", POBLACION, "this sentence says 'han ganado' where its cited passages say 'han perdido'"),
    "ganaron": ("es", "Según la Junta, los municipios ribereños de la cabecera ganaron población desde el año 2000.",
                POBLACION, "this sentence says 'ganaron' where its cited passages say 'han perdido'"),
    "autorisent": ("fr", "En dessous de 400 hm³, les règles d'exploitation du transfert autorisent tout envoi.", NORMES,
                   "this sentence says 'autorisent' where its cited passages say 'interdisent'"),
    "plus-humide": ("fr", "Météo-France prévoit un printemps plus humide que la normale dans le bassin de l'Alcor.",
                    METEO, "this sentence says 'humide' where its cited passages say 'sec'"),
    # 2. a request told as a promise or a deed
    "compensará": ("es", "Beltrán dijo que el Gobierno central compensará a los regantes.", BELTRAN,
                   "this sentence tells as promised or done ('compensará') what its cited passages give only as asked "
                   "for ('pidió al Gobierno central que compense a los')"),
    "compensará-alone": ("es", "El Gobierno central compensará a los regantes.", BELTRAN,
                         "this sentence tells as promised or done ('compensará')"),
    "compensó": ("es", "El Gobierno central compensó a los regantes.", BELTRAN,
                 "this sentence tells as promised or done ('compensó')"),
    "ha-compensado": ("es", "El Gobierno central ha compensado a los regantes de Levantia.", BELTRAN,
                      "this sentence tells as promised or done ('ha compensado')"),
    "compensera": ("fr", "Le gouvernement central compensera les irrigants.", BELTRAN_FR,
                   "this sentence tells as promised or done ('compensera') what its cited passages give only as asked "
                   "for ('demandé au gouvernement central de compenser les irrigants')"),
    "a-compensé": ("fr", "Selon Beltrán, le gouvernement central a compensé les irrigants.", BELTRAN_FR,
                   "this sentence tells as promised or done ('a compensé')"),
    "compensará-pt": ("pt", "O Governo central compensará os agricultores.", PEDIDO,
                      "this sentence tells as promised or done ('compensará')"),
    # 3. a month after "para" or "pour"
    "para-junio": ("es", "El ministerio había aprobado en marzo un envío de 20 hm³ para junio.", ENVIO,
                   'month "junio" is not in the passages it cites'),
    "a-partir-de-junio": ("es", "El ministerio autorizó envíos de 20 hm³ a partir de junio.", ENVIO,
                          'month "junio" is not in the passages it cites'),
    "pour-juin": ("fr", "Le ministère avait approuvé en mars un transfert de 20 hm³ pour juin.", ENVOI,
                  'month "juin" is not in the passages it cites'),
    # 4. a negated verb of a relative clause after the figure
    "ha-confirmado": ("es", "La confederación ha confirmado que el 60 % de las masas de agua de la cabecera no alcanza "
                            "el buen estado ecológico.", CIFRA,
                      "this sentence drops the negation of its cited passage ('una cifra que la confederación no "
                      "ha confirmado')"),
    "confirmó": ("es", "La confederación confirmó que el 60 % de las masas de agua no alcanza el buen estado ecológico.",
                 CIFRA, "this sentence drops the negation of its cited passage ('una cifra que la confederación "
                        "no ha confirmado')"),
    "que-lo-ha-confirmado": ("es", "Según la confederación, que lo ha confirmado, el 60 % de las masas de agua no alcanza "
                                   "el buen estado ecológico.", CIFRA,
                             "this sentence drops the negation of its cited passage"),
    "a-confirmé": ("fr", "La confédération a confirmé que 60 % des masses d'eau n'atteignent pas le bon état écologique.",
                   CHIFFRE, "this sentence drops the negation of its cited passage ('un chiffre que la confédération "
                            "n'a pas confirmé')"),
    "confirmou": ("pt", "A confederação confirmou que 60 % das massas de água não atingem o bom estado ecológico.",
                  NUMERO, "this sentence drops the negation of its cited passage ('um número que a confederação não "
                          "confirmou')"),
}

HONEST = {
    "prohíben": ("es", "Por debajo de 400 hm³, las normas de explotación del trasvase prohíben cualquier envío.", NORMAS),
    "no-permiten": ("es", "Por debajo de 400 hm³, las normas del trasvase no permiten ningún envío.", NORMAS),
    "celebró": ("es", "La asociación Ecologistas del Alcor celebró la suspensión.", ECOLOGISTAS),
    "más-seca": ("es", "La Agencia Estatal de Meteorología prevé una primavera más seca de lo normal en la cabecera.",
                 AEMET),
    "más-baja": ("es", "En 2025 se trasvasaron 148 hm³, la cifra más baja desde 2017.", TRASVASADOS),
    "prorrogable": ("es", "El Real Decreto 212/2026 declara la sequía extraordinaria durante un año, prorrogable.",
                    DECRETO),
    "han-perdido": ("es", "Según la Junta, los municipios ribereños han perdido cerca del 18 % de su población desde el "
                          "año 2000.", POBLACION),
    "ganado-cattle": ("es", "Según la Junta, los municipios ribereños de la cabecera, de ganado y turismo, han perdido "
                            "cerca del 18 % de su población desde el año 2000.", POBLACION),
    "interdisent": ("fr", "En dessous de 400 hm³, les règles d'exploitation du transfert interdisent tout envoi.",
                    NORMES),
    "plus-sec": ("fr", "Météo-France prévoit un printemps plus sec que la normale dans le bassin de l'Alcor.", METEO),
    "pidió-que-compense": ("es", "Beltrán pidió al Gobierno central que compense a los regantes.", BELTRAN),
    "reclamó-que-compense": ("es", "Beltrán reclamó que el Gobierno central compense a los regantes.", BELTRAN),
    "quiere-que-compense": ("es", "Beltrán quiere que el Gobierno central compense a los regantes.", BELTRAN),
    "anunció-que-compensará": ("es", "El Gobierno central compensará a los regantes.",
                               BELTRAN + " El ministerio anunció que compensará a los regantes."),
    "a-demandé": ("fr", "Beltrán a demandé au gouvernement central de compenser les irrigants.", BELTRAN_FR),
    "pediu": ("pt", "Beltrán pediu ao Governo central que compense os agricultores.", PEDIDO),
    "la-demande-noun": ("fr", "La consommation augmentera.", "La demande d'électricité a augmenté de 3 %."),
    "se-demande-si": ("fr", "Les producteurs resteront mobilisés.",
                      "Le groupe se demande si les producteurs resteront mobilisés."),
    "exige-then-paid": ("pt", "A Atlântida já pagou 750 mil euros a Mourão.",
                        "A Câmara exige uma indemnização de 4,2 milhões de euros à Construtora Atlântida, que já pagou "
                        "750 mil euros a Mourão."),
    "para-mayo": ("es", "El ministerio había aprobado en marzo un envío de 20 hm³ para mayo.", ENVIO),
    "pour-mai": ("fr", "Le ministère avait approuvé en mars un transfert de 20 hm³ pour mai.", ENVOI),
    "no-ha-confirmado-la-cifra": ("es", "La confederación aún no ha confirmado la cifra del 60 %.", CIFRA),
    "algo-que-no-ha-confirmado": ("es", "Según la asociación, el 60 % de las masas de agua de la cabecera no alcanza el "
                                        "buen estado ecológico, algo que la confederación no ha confirmado.", CIFRA),
    "confirmed-later": ("es", "La confederación ha confirmado que el 60 % de las masas de agua no alcanza el buen estado "
                              "ecológico.", CIFRA + " Después, la confederación ha confirmado la cifra."),
    "dijo-que-no": ("es", "Según Whitmore, Estados Unidos levantará las tarifas el viernes como pronto.",
                    "Whitmore dijo que Estados Unidos no levantará las tarifas hasta el viernes como mínimo."),
    "n-a-pas-confirmé": ("fr", "La confédération n'a pas confirmé le chiffre de 60 %.", CHIFFRE),
    "não-confirmou": ("pt", "A confederação não confirmou o número de 60 %.", NUMERO),
}


@pytest.mark.parametrize("language, sentence, passage, told", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passage: str, told: str):
    assert any(message.startswith(told) for message in found(language, sentence, passage)), found(
        language, sentence, passage)


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(language: str, sentence: str, passage: str):
    assert found(language, sentence, passage) == []


def test_a_spanish_project_refuses_the_opposite_and_builds_the_source_word(tmp_path: Path):
    """A Spanish briefing built end to end: 'permiten' of a source's 'prohíben' is refused, 'prohíben' builds."""
    turned = one_sentence_checked(minimal_project(tmp_path / "turned"), NORMAS,
                                  "Por debajo de 400 hm³, las normas del trasvase permiten cualquier envío.",
                                  language="es")
    assert any("this sentence says 'permiten' where its cited passages say 'prohíben'" in line for line in turned), turned
    assert one_sentence_checked(minimal_project(tmp_path / "kept"), NORMAS,
                                "Por debajo de 400 hm³, las normas del trasvase prohíben cualquier envío.",
                                language="es") == []
