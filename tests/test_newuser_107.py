"""A new user's briefing in Spanish on a water dispute (tests/fixtures/newuser_107: the Junta de Castellar, upstream,
the Gobierno de Levantia, which receives the water, the central government, the Tribunal Supremo, the irrigators'
union and an environmental association), written from the README alone from two sources they wrote: a newspaper
report of 14 April 2026 and the Junta's press release of 15 April 2026 (a `statement_of` source). The briefing uses
every content file: background, a timeline dated with its basis, parties with roles and aliases, a comparison table
with notes, claims of several statuses, quotes with context, caveats of five kinds and a log with a correction.

Read as a fact-checker, 157 misstatements were tried (figures, hm³ for %, dates and weekdays, who said what, hedges
dropped, plans told as done, a provisional suspension told as final, an appealed ruling told as final, shares of other
bases): 105 were refused before this work, 121 are now (MISSTATED); the 36 that still build are the report's
LEFTOVERS. Fixed here, with honest twins (HONEST; the four marked "before" were refused on main):

1. A Spanish rise told for a fall: "Las reservas han subido un 38 %" citing "lo que supone un descenso del 38 %", and
   "El decreto eleva las dotaciones de riego en un 30 %" citing "rebaja las dotaciones de riego de la zona regable del
   trasvase en un 30 %": Spanish's perfect tense ("han subido", "han bajado"), its future and subjunctive, the verbs
   that make a figure rise or fall ("eleva", "rebaja", "recorta", "reduce") and "en un" as English's "by" were unread
   (direction_languages.py, direction.py).
2. A Spanish ruling left open told as final, and an appeal pending told as decided: "El auto del Supremo es firme"
   citing "El auto no resuelve el fondo del pleito y no es firme", "suspendió definitivamente el envío" citing "la
   suspensión cautelar del envío", "El Tribunal Supremo confirmó la sentencia" (or "desestimó el recurso") citing "el
   Gobierno de Levantia la ha recurrido ante el Tribunal Supremo, que aún no ha fijado fecha" (legal_status.py, which
   read English, French and German only).
3. A press release's verbs of saying: "La Junta recuerda que ..." (or "explica", "subraya", "indica") citing the
   Junta's own statement was refused as its word told as fact (es.yaml's `according_to`).
4. A neutral body named after the place a party's name is of: "Los embalses guardaban 612 hm³" citing "según los
   datos de la Confederación Hidrográfica del Alcor" was refused as the word of the party Ecologistas del Alcor
   (owners.party_words: a name's "del Alcor", "of the Earth", no longer names a party whose short name and aliases
   leave it out).

Each sentence is checked in-process against its cited paragraph, as `check` does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_107"
DIARIO = (FIXTURE / "seeds" / "diario.txt").read_text(encoding="utf-8")
JUNTA = (FIXTURE / "seeds" / "junta.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="junta", name="Junta de Castellar", short_name="Castellar",
                 role="gobierno autonómico de la cuenca cedente", aliases=("la Junta", "Castellar")),
           Party(id="levantia", name="Gobierno de Levantia", short_name="Levantia",
                 role="gobierno autonómico de la zona receptora", aliases=("Levantia",)),
           Party(id="gobierno", name="Gobierno central", short_name="Gobierno central", role="gobierno central",
                 aliases=("el ministerio", "Consejo de Ministros", "Ministerio para la Transición Ecológica")),
           Party(id="supremo", name="Tribunal Supremo", short_name="Supremo", role="tribunal",
                 aliases=("el Supremo", "Sala Tercera")),
           Party(id="regantes", name="Sindicato Central de Regantes del Trasvase", short_name="Regantes",
                 role="agricultores de regadío", aliases=("los regantes", "el sindicato")),
           Party(id="ecologistas", name="Ecologistas del Alcor", short_name="Ecologistas", role="asociación ecologista",
                 aliases=("la asociación", "los ecologistas")))


def diario(words: str) -> tuple[str, str]:
    """Return the newspaper report's paragraph holding `words`, as cited."""
    return "diario", paragraph(DIARIO, words)


def junta(words: str) -> tuple[str, str]:
    """Return the Junta's press release's paragraph holding `words`, as cited."""
    return "junta", paragraph(JUNTA, words)


def found(sentence: str, cited: tuple[str, str]) -> list[str]:
    """Return the findings of a Spanish sentence citing one passage of the report or of the Junta's statement."""
    read_as_project_locale(REPO, "es")
    source, passage = cited
    if source == "diario":
        return sentence_findings(sentence, (passage,), "es", PARTIES, published="2026-04-14")
    return sentence_findings(sentence, (passage,), "es", PARTIES, statement_of="Junta de Castellar",
                             published="2026-04-15")


def test_the_briefing_builds_and_its_notes_lead_to_the_passages(tmp_path: Path):
    """The honest briefing builds; its notes lead to each passage highlighted on its source's page, in Spanish."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "trasvase-alcor" / "index.html").read_text(encoding="utf-8")
    flat = " ".join(page.split())
    for words in ('lang="es"', "612 hm³, el 24,8 %", "Dijimos que la sentencia de la Audiencia Nacional era firme.",
                  "Corrección", "Fuentes"):
        assert words in flat, words
    links = re.findall(r'href="\.\./sources/(diario|junta)\.html#(passage-\d+-\d+)"', page)
    assert {source for source, _ in links} == {"diario", "junta"}
    for source, anchor in links:
        assert f'id="{anchor}"' in (desk / "site" / "sources" / f"{source}.html").read_text(encoding="utf-8"), anchor
    start, end = (int(part) for part in links[0][1].split("-")[1:])
    assert "suspensión cautelar" in (desk / "seeds" / f"{links[0][0]}.txt").read_text(encoding="utf-8")[start:end]


MISSTATED = {
    'el-tribunal-supremo-suspendió-el-9': (
        'El Tribunal Supremo suspendió el 9 de abril el envío de 72 hm³ previsto para abril.',
        diario('La Sala Tercera'),
        'figure "72" is not in the passages this sentence cites: "El Tribunal S'),
    'el-tribunal-supremo-suspendió-el-9-2': (
        'El Tribunal Supremo suspendió el 9 de abril el envío de 27 % previsto para abril.',
        diario('La Sala Tercera'),
        'figure "27 %" is not in the passages this sentence cites: "El Tribunal'),
    'el-tribunal-supremo-suspendió-el-10': (
        'El Tribunal Supremo suspendió el 10 de abril el envío de 27 hm³ previsto para abril.',
        diario('La Sala Tercera'),
        'date "10 de abril" is not in the passages this sentence cites: "El Tri'),
    'el-tribunal-supremo-suspendió-el-miércoles': (
        'El Tribunal Supremo suspendió el miércoles 9 de abril el envío de 27 hm³.',
        diario('La Sala Tercera'),
        'day "miércoles" is not in the passages this sentence cites: "El Tribun'),
    'el-tribunal-supremo-anuló-el-trasvase': (
        'El Tribunal Supremo anuló el trasvase Alcor-Sureño el 9 de abril.',
        diario('La Sala Tercera'),
        "this sentence undoes ('anuló') what its cited passages only hold up ('"),
    'el-tribunal-supremo-suspendió-definitivamente-el': (
        'El Tribunal Supremo suspendió definitivamente el envío de 27 hm³ previsto para abril.',
        diario('La Sala Tercera'),
        "this sentence calls final ('definitivamente') what its cited passages "),
    'el-auto-resuelve-el-fondo-del': (
        'El auto resuelve el fondo del pleito y es firme.',
        diario('El auto no resuelve'),
        "this sentence drops the negation of its cited passage ('El auto no res"),
    'el-auto-del-supremo-es-firme': (
        'El auto del Supremo es firme.',
        diario('El auto no resuelve'),
        "this sentence calls final ('es firme') what its cited passages leave o"),
    'el-gobierno-de-levantia-ha-presentado': (
        'El Gobierno de Levantia ha presentado un recurso de reposición.',
        diario('El auto no resuelve'),
        "this sentence tells as done ('presentado') what its cited passages giv"),
    'el-gobierno-de-levantia-presentó-el': (
        'El Gobierno de Levantia presentó el recurso de reposición esta semana.',
        diario('El auto no resuelve'),
        "this sentence tells as done ('presentó') what its cited passages give "),
    'cabe-recurso-de-reposición-en-un': (
        'Cabe recurso de reposición en un plazo de quince días.',
        diario('El auto no resuelve'),
        'figure "quince" is not in the passages this sentence cites: "Cabe recu'),
    'el-consejo-de-ministros-aprobó-el': (
        'El Consejo de Ministros aprobó el martes 8 de abril el Real Decreto 212/2026.',
        diario('La suspensión llega'),
        'date "8 de abril" is not in the passages this sentence cites: "El Cons'),
    'el-consejo-de-ministros-aprobó-el-2': (
        'El Consejo de Ministros aprobó el lunes 7 de abril el Real Decreto 212/2026.',
        diario('La suspensión llega'),
        'day "lunes" is not in the passages this sentence cites: "El Consejo de'),
    'el-real-decreto-212-2026-declara': (
        'El Real Decreto 212/2026 declara la sequía extraordinaria durante dos años.',
        diario('La suspensión llega'),
        'figure "dos" is given in years, which the passages this sentence cites'),
    'la-suspensión-llegó-tres-días-después': (
        'La suspensión llegó tres días después del decreto de sequía.',
        diario('La suspensión llega'),
        'figure "tres" is not in the passages this sentence cites: "La suspensi'),
    'el-decreto-rebaja-las-dotaciones-de': (
        'El decreto rebaja las dotaciones de riego en un 40 %.',
        diario('El decreto rebaja'),
        'figure "40 %" is not in the passages this sentence cites: "El decreto '),
    'el-decreto-eleva-las-dotaciones-de': (
        'El decreto eleva las dotaciones de riego de la zona regable en un 30 %.',
        diario('El decreto rebaja'),
        'figure "30 %" is given as a rise, but the passages this cites give it '),
    'el-decreto-prevé-ayudas-de-15': (
        'El decreto prevé ayudas de 15 millones de dólares para los agricultores afectados.',
        diario('El decreto rebaja'),
        'figure "15 millones" is given in dollars, which the passages this sent'),
    'el-decreto-prevé-ayudas-de-50': (
        'El decreto prevé ayudas de 50 millones de euros para los agricultores afectados.',
        diario('El decreto rebaja'),
        'figure "50 millones" is not in the passages this sentence cites: "El d'),
    'los-embalses-de-cabecera-almacenaban-el': (
        'Los embalses de cabecera almacenaban el lunes 24,8 hm³, según la confederación.',
        diario('Los embalses de cabecera'),
        'figure "24,8" is not in the passages this sentence cites: "Los embalse'),
    'los-embalses-de-cabecera-almacenaban-el-2': (
        'Los embalses de cabecera almacenaban el lunes el 612 % de su capacidad, según la confederación.',
        diario('Los embalses de cabecera'),
        'figure "612 %" is not in the passages this sentence cites: "Los embals'),
    'los-embalses-de-cabecera-almacenaban-el-3': (
        'Los embalses de cabecera almacenaban el lunes 612 hm³, una cuarta parte de su capacidad de 2.648 hm³, según la confederación.',
        diario('Los embalses de cabecera'),
        'figure "2.648" is not in the passages this sentence cites: "Los embals'),
    'hace-un-año-los-embalses-guardaban': (
        'Hace un año los embalses guardaban 897 hm³, un 38 % más que ahora.',
        diario('Hace un año'),
        'figure "897" is not in the passages this sentence cites: "Hace un año '),
    'las-reservas-han-subido-un-38': (
        'Las reservas han subido un 38 % en un año.',
        diario('Hace un año'),
        'figure "38 %" is given as a rise, but the passages this cites give it '),
    'por-debajo-de-600-hm³-las': (
        'Por debajo de 600 hm³, las normas de explotación prohíben cualquier envío.',
        diario('Hace un año'),
        'figure "600" is not in the passages this sentence cites: "Por debajo d'),
    'por-debajo-de-400-hm³-las': (
        'Por debajo de 400 hm³, las normas de explotación permiten envíos de hasta 7,5 hm³ al mes.',
        diario('Hace un año'),
        'figure "7,5" is not in the passages this sentence cites: "Por debajo d'),
    'con-las-reservas-en-el-nivel': (
        'Con las reservas en el nivel 3, el ministerio puede autorizar envíos de 7,5 hm³ al mes.',
        diario('Con las reservas'),
        'figure "7,5" leaves out the qualifier of "hasta 7,5" in the passages t'),
    'con-las-reservas-en-el-nivel-2': (
        'Con las reservas en el nivel 3, el ministerio puede autorizar envíos de más de 7,5 hm³ al mes.',
        diario('Con las reservas'),
        'figure "más de 7,5" contradicts "hasta 7,5" in the passages this sente'),
    'con-las-reservas-en-el-nivel-3': (
        'Con las reservas en el nivel 3, el ministerio puede autorizar envíos de hasta 7,5 hm³ a la semana.',
        diario('Con las reservas'),
        'figure "7,5" is given per week, but the passages this sentence cites g'),
    'con-las-reservas-en-el-nivel-4': (
        'Con las reservas en el nivel 4, el ministerio puede autorizar envíos de hasta 7,5 hm³ al mes.',
        diario('Con las reservas'),
        'figure "4" is not in the passages this sentence cites: "Con las reserv'),
    'el-ministerio-había-aprobado-en-febrero': (
        'El ministerio había aprobado en febrero un envío de 20 hm³ para mayo.',
        diario('Con las reservas'),
        'month "febrero" is not in the passages it cites: "El ministerio había '),
    'la-junta-de-castellar-ha-demostrado': (
        'La Junta de Castellar ha demostrado que el trasvase ha dejado el Alcor por debajo de su caudal ecológico.',
        diario('El conflicto enfrenta'),
        'this sentence states as fact what its cited passages give only as the '),
    'el-trasvase-ha-dejado-el-alcor': (
        'El trasvase ha dejado el Alcor por debajo de su caudal ecológico.',
        diario('El conflicto enfrenta'),
        'this sentence states as fact what its cited passages give only as the '),
    'el-trasvase-abastece-a-2-5': (
        'El trasvase abastece a 2,5 millones de personas y riega 70.000 hectáreas.',
        diario('El conflicto enfrenta'),
        'figure "2,5 millones" leaves out the qualifier of "unos 2,5 millones" '),
    'el-trasvase-abastece-a-unos-2': (
        'El trasvase abastece a unos 2,5 millones de personas y riega 70.000 hectáreas.',
        diario('El conflicto enfrenta'),
        "the source gives this as someone's word ('sostiene'), but it is worded"),
    'según-el-gobierno-de-levantia-el': (
        'Según el Gobierno de Levantia, el trasvase abastece a unos 25 millones de personas.',
        diario('El conflicto enfrenta'),
        'figure "25 millones" is not in the passages this sentence cites: "Segú'),
    'la-sentencia-de-la-audiencia-nacional': (
        'La sentencia de la Audiencia Nacional del 12 de marzo es firme.',
        diario('En una sentencia'),
        "this sentence drops the negation of its cited passage ('La sentencia t"),
    'la-audiencia-nacional-anuló-el-12': (
        'La Audiencia Nacional anuló el 12 de marzo la regla que fija el volumen de los envíos; la sentencia es firme.',
        diario('En una sentencia'),
        "this sentence drops the negation of its cited passage ('La sentencia t"),
    'el-tribunal-supremo-confirmó-la-sentencia': (
        'El Tribunal Supremo confirmó la sentencia de la Audiencia Nacional.',
        diario('En una sentencia'),
        "this sentence tells as decided ('confirmó la sentencia') an appeal its"),
    'el-tribunal-supremo-deliberará-el-12': (
        'El Tribunal Supremo deliberará el 12 de mayo sobre el recurso de Levantia.',
        diario('En una sentencia'),
        'date "12 de mayo" is not in the passages this sentence cites: "El Trib'),
    'en-una-sentencia-del-21-de': (
        'En una sentencia del 21 de marzo, la Audiencia Nacional anuló la regla de los envíos.',
        diario('En una sentencia'),
        'date "21 de marzo" is not in the passages this sentence cites: "En una'),
    'la-audiencia-nacional-confirmó-la-regla': (
        'La Audiencia Nacional confirmó la regla que fija el volumen de los envíos.',
        diario('En una sentencia'),
        "this sentence says 'confirmó' where its cited passages say 'anuló' ('l"),
    'el-plan-de-cuenca-obliga-a': (
        'El plan de cuenca obliga a elevar el caudal ecológico de 6 a 8,6 metros cúbicos por segundo antes de 2030.',
        diario('El plan de cuenca'),
        'figure "2030" is not in the passages this sentence cites: "El plan de '),
    'el-plan-de-cuenca-obliga-a-2': (
        'El plan de cuenca obliga a elevar el caudal ecológico de 6 a 8,6 litros por segundo antes de 2027.',
        diario('El plan de cuenca'),
        'figure "8,6" is given in litres, which the passages this sentence cite'),
    'el-río-bajó-del-mínimo-durante': (
        'El río bajó del mínimo durante 41 días en lo que va de año.',
        diario('El plan de cuenca'),
        'this sentence states as fact what its cited passages give only as the '),
    'según-la-junta-el-río-bajó': (
        'Según la Junta, el río bajó del mínimo durante 14 días en lo que va de año.',
        diario('El plan de cuenca'),
        'figure "14" is not in the passages this sentence cites: "Según la Junt'),
    'las-pérdidas-para-el-campo-de': (
        'Las pérdidas para el campo de Levantia alcanzarán los 450 millones de euros este año.',
        diario('El Sindicato Central'),
        "the source gives this only on a condition ('si no llega agua del trasv"),
    'el-sindicato-calcula-que-las-pérdidas': (
        'El sindicato calcula que las pérdidas para el campo de Levantia serán de 450 millones de euros este año.',
        diario('El Sindicato Central'),
        "the source gives this only on a condition ('si no llega agua del trasv"),
    'el-sindicato-calcula-que-las-pérdidas-2': (
        'El sindicato calcula que las pérdidas podrían superar los 450 millones de euros este año.',
        diario('El Sindicato Central'),
        "the source gives this only on a condition ('si no llega agua del trasv"),
    'el-sindicato-calcula-que-las-pérdidas-3': (
        'El sindicato calcula que las pérdidas podrían alcanzar los 540 millones de euros este año.',
        diario('El Sindicato Central'),
        'figure "540 millones" is not in the passages this sentence cites: "El '),
    'ferrer-afirmó-que-están-en-riesgo': (
        'Ferrer afirmó que están en riesgo 12.000 empleos.',
        diario('El Sindicato Central'),
        'figure "12.000" leaves out the qualifier of "unos 12.000" in the passa'),
    'ferrer-afirmó-que-están-en-riesgo-2': (
        'Ferrer afirmó que están en riesgo unos 21.000 empleos.',
        diario('El Sindicato Central'),
        'figure "21.000" is not in the passages this sentence cites: "Ferrer af'),
    'están-en-riesgo-unos-12-000': (
        'Están en riesgo unos 12.000 empleos.',
        diario('El Sindicato Central'),
        "the source gives this as someone's word ('afirmó'), but it is worded a"),
    'ferrer-habló-en-una-concentración-ante': (
        'Ferrer habló en una concentración ante la Delegación del Gobierno el martes.',
        diario('El Sindicato Central'),
        'day "martes" is not in the passages this sentence cites: "Ferrer habló'),
    'beltrán-dijo-sin-agua-del-trasvase': (
        'Beltrán dijo: "Sin agua del trasvase, el campo de Levantia se seca".',
        diario('El Sindicato Central'),
        'this sentence gives the words to Beltrán, but its cited passages give '),
    'el-trasvase-aporta-el-45-del': (
        'El trasvase aporta el 45 % del agua de boca de la comarca.',
        diario('Los regantes aseguran'),
        "the source gives this as someone's word ('aseguran'), but it is worded"),
    'el-trasvase-aporta-el-45-del-2': (
        'El trasvase aporta el 45 % del agua de riego de la zona regable.',
        diario('Los regantes aseguran'),
        "the source gives this as someone's word ('aseguran'), but it is worded"),
    'el-sindicato-ha-aportado-estudios-que': (
        'El sindicato ha aportado estudios que respaldan la cifra de pérdidas.',
        diario('Los regantes aseguran'),
        "this sentence drops the negation of its cited passage ('El sindicato n"),
    'beltrán-calificó-el-auto-del-supremo': (
        'Beltrán calificó el auto del Supremo de "golpe justo a miles de agricultores".',
        diario('La presidenta de Levantia'),
        'quoted words "golpe justo a miles de agricultores" are not in the pass'),
    'beltrán-calificó-el-auto-del-supremo-2': (
        'Beltrán calificó el auto del Supremo de "golpe injusto a cientos de agricultores".',
        diario('La presidenta de Levantia'),
        'quoted words "golpe injusto a cientos de agricultores" are not in the '),
    'vamos-a-permitir-que-se-cierre': (
        '"Vamos a permitir que se cierre el grifo", añadió Beltrán.',
        diario('La presidenta de Levantia'),
        "this quotation leaves out the 'No' its cited passages give before it ("),
    'salinas-pidió-reducir-los-envíos-a': (
        'Salinas pidió reducir los envíos a la mitad de forma temporal.',
        diario('La asociación Ecologistas'),
        "this sentence says 'temporal' where its cited passages say 'permanente"),
    'el-60-de-las-masas-de': (
        'El 60 % de las masas de agua de la cabecera no alcanza el buen estado ecológico.',
        diario('La asociación Ecologistas'),
        'this sentence states as fact what its cited passages give only as the '),
    'según-la-asociación-el-60-de': (
        'Según la asociación, el 60 % de las masas de agua de la cabecera alcanza el buen estado ecológico.',
        diario('La asociación Ecologistas'),
        "this sentence drops the negation of its cited passage ('el 60 % de las"),
    'rivera-afirmó-que-la-junta-quiere': (
        'Rivera afirmó que la Junta quiere cerrar el trasvase de un día para otro.',
        diario('El consejero de Medio Ambiente'),
        "this sentence drops the negation of its cited passage ('afirmó que la "),
    'rivera-exige-un-calendario-para-reducir': (
        'Rivera exige un calendario para reducir el trasvase hasta 2035.',
        diario('El consejero de Medio Ambiente'),
        'figure "2035" is not in the passages this sentence cites: "Rivera exig'),
    'campos-anunció-el-cierre-del-trasvase': (
        'Campos anunció el cierre del trasvase.',
        diario('La ministra para la Transición Ecológica, Elena'),
        "this sentence drops the negation of its cited passage ('descartó el ci"),
    'habrá-cierre-del-trasvase-mientras-yo': (
        '"Habrá cierre del trasvase mientras yo sea ministra", dijo Campos.',
        diario('La ministra para la Transición Ecológica, Elena'),
        "this quotation leaves out the 'No' its cited passages give before it ("),
    'campos-dijo-el-martes-que-no': (
        'Campos dijo el martes que no habrá cierre del trasvase.',
        diario('La ministra para la Transición Ecológica, Elena'),
        'day "martes" is not in the passages this sentence cites: "Campos dijo '),
    'el-gobierno-ampliará-la-desaladora-de': (
        'El Gobierno ampliará la desaladora de Torreblanca con una inversión de 380 millones de euros.',
        diario('La ministra para la Transición Ecológica, Elena'),
        "this sentence tells as certain ('ampliará') what its cited passages gi"),
    'campos-anunció-que-el-gobierno-estudia': (
        'Campos anunció que el Gobierno estudia ampliar la desaladora de Torreblanca, con una inversión prevista de 830 millones de euros.',
        diario('La ministra para la Transición Ecológica, Elena'),
        'figure "830 millones" is not in the passages this sentence cites: "Cam'),
    'campos-anunció-que-la-desaladora-producirá': (
        'Campos anunció que la desaladora producirá 80 hm³ al mes a partir de 2028.',
        diario('La ministra para la Transición Ecológica, Elena'),
        'figure "80" is given per month, but the passages this sentence cites g'),
    'campos-anunció-que-la-desaladora-producirá-2': (
        'Campos anunció que la desaladora producirá 80 hm³ al año a partir de 2026.',
        diario('La ministra para la Transición Ecológica, Elena'),
        'figure "2026" is not in the passages this sentence cites: "Campos anun'),
    'el-proyecto-de-la-desaladora-ya': (
        'El proyecto de la desaladora ya ha salido a licitación.',
        diario('La ministra para la Transición Ecológica, Elena'),
        "this sentence drops the negation of its cited passage ('El proyecto aú"),
    'la-ministra-convocó-a-los-dos': (
        'La ministra convocó a los dos gobiernos autonómicos a una reunión el 12 de abril en Madrid.',
        diario('La ministra convocó'),
        'date "12 de abril" is not in the passages this sentence cites: "La min'),
    'el-gobierno-de-levantia-confirmó-su': (
        'El Gobierno de Levantia confirmó su asistencia a la reunión.',
        diario('La ministra convocó'),
        'this sentence names Gobierno de Levantia where its cited passages name'),
    'la-junta-de-castellar-no-ha': (
        'La Junta de Castellar no ha confirmado su asistencia.',
        diario('La ministra convocó'),
        "this sentence adds a negation to its cited passage ('La Junta de Caste"),
    'los-envíos-quedarán-suspendidos-hasta-el': (
        'Los envíos quedarán suspendidos hasta el otoño.',
        diario('Fuentes del ministerio'),
        "the source gives this only on a condition ('si las lluvias de primaver"),
    'fuentes-del-ministerio-señalaron-que-los': (
        'Fuentes del ministerio señalaron que los envíos quedarán suspendidos hasta el otoño.',
        diario('Fuentes del ministerio'),
        "the source gives this only on a condition ('si las lluvias de primaver"),
    'en-los-últimos-diez-años-el': (
        'En los últimos diez años, el trasvase ha enviado una media de 250 hm³ anuales.',
        diario('En los últimos diez años'),
        'figure "250" is not in the passages this sentence cites: "En los últim'),
    'en-los-últimos-diez-años-el-2': (
        'En los últimos diez años, el trasvase ha enviado una media de 205 hm³ mensuales.',
        diario('En los últimos diez años'),
        'figure "205" is given per month, but the passages this sentence cites '),
    'la-ley-que-creó-el-trasvase': (
        'La ley que creó el trasvase en 1979 fijaba 600 hm³.',
        diario('En los últimos diez años'),
        'figure "1979" is not in the passages this sentence cites: "La ley que '),
    'desde-1979-el-trasvase-ha-derivado': (
        'Desde 1979, el trasvase ha derivado más de 15.000 hm³ desde la cabecera del Alcor.',
        junta('Según los datos de la Confederación'),
        'this sentence states as fact what its cited passages give only as the '),
    'la-junta-recuerda-que-el-trasvase': (
        'La Junta recuerda que el trasvase ha derivado 15.000 hm³ desde 1979.',
        junta('Según los datos de la Confederación'),
        'figure "15.000" leaves out the qualifier of "más de 15.000" in the pas'),
    'la-junta-recuerda-que-el-trasvase-2': (
        'La Junta recuerda que el trasvase ha derivado más de 51.000 hm³ desde 1979.',
        junta('Según los datos de la Confederación'),
        'figure "51.000" is not in the passages this sentence cites: "La Junta '),
    'la-junta-dice-que-en-2025': (
        'La Junta dice que en 2025 el caudal estuvo 76 días por debajo del mínimo.',
        junta('Los técnicos'),
        'figure "76" is not in the passages this sentence cites: "La Junta dice'),
    'la-junta-calcula-que-los-municipios': (
        'La Junta calcula que los municipios ribereños han perdido el 18 % de su población desde el año 2000.',
        junta('La Junta calcula'),
        'figure "18 %" leaves out the qualifier of "cerca del 18 %" in the pass'),
    'la-junta-calcula-que-los-municipios-2': (
        'La Junta calcula que los municipios ribereños han perdido cerca del 18 % de su población desde 2010.',
        junta('La Junta calcula'),
        'figure "2010" is not in the passages this sentence cites: "La Junta ca'),
    'la-junta-calcula-que-los-municipios-3': (
        'La Junta calcula que los municipios ribereños han perdido cerca del 18 % de su población por el deterioro del río.',
        junta('La Junta calcula'),
        # "calcula que" names whose word it is (factcheck209): the cause told whole is refused instead
        'this sentence gives as the whole cause what its cited passages give only in part'),
    'la-junta-rechaza-la-declaración-de': (
        'La Junta rechaza la declaración de sequía extraordinaria.',
        junta('La Junta de Castellar comparte'),
        'this sentence states as fact what its cited passages give only as the '),
    'la-junta-ha-recurrido-el-decreto': (
        'La Junta ha recurrido el decreto de sequía ante el Tribunal Supremo.',
        junta('Por ello, el Consejo'),
        'this sentence states as fact what its cited passages give only as the '),
    'la-junta-recurrirá-el-decreto-ante': (
        'La Junta recurrirá el decreto ante el Tribunal Supremo.',
        junta('Por ello, el Consejo'),
        'this sentence states as fact what its cited passages give only as the '),
    'la-junta-ha-solicitado-al-ministerio': (
        'La Junta ha solicitado al ministerio un plan de 52 millones de euros.',
        junta('Por ello, el Consejo'),
        'figure "52 millones" is not in the passages this sentence cites: "La J'),
    'la-junta-dice-que-propone-reducir': (
        'La Junta dice que propone reducir los envíos un 10 % cada año a partir de 2026.',
        junta('La Junta asistirá'),
        'figure "2026" is not in the passages this sentence cites: "La Junta di'),
    'la-junta-dice-que-propondrá-un': (
        'La Junta dice que propondrá un máximo de 100 hm³ anuales en 2027.',
        junta('La Junta asistirá'),
        'date "2027" leaves out the bound of "a partir de 2027" in the passages'),
    'la-junta-ha-propuesto-ya-que': (
        'La Junta ha propuesto ya que los envíos se reduzcan un 10 % cada año.',
        junta('La Junta asistirá'),
        'this sentence states as fact what its cited passages give only as the '),
    'según-la-junta-el-consejo-de': (
        'Según la Junta, el Consejo de Gobierno ha aprobado una inversión de 60 millones de euros para ahorrar 53 hm³ al año.',
        junta('El Consejo de Gobierno ha aprobado'),
        'figure "53" is not in the passages this sentence cites: "Según la Junt'),
    'según-la-junta-la-primera-fase': (
        'Según la Junta, la primera fase, de 12 millones de euros, se licitó en junio.',
        junta('El Consejo de Gobierno ha aprobado'),
        "this sentence tells as done ('licitó') what its cited passages give as"),
    'según-la-junta-las-ayudas-a': (
        'Según la Junta, las ayudas a los ayuntamientos podrán solicitarse a partir del 4 de junio.',
        junta('La Junta ha aprobado también'),
        'date "4 de junio" is not in the passages this sentence cites: "Según l'),
    'según-la-junta-las-ayudas-a-2': (
        'Según la Junta, las ayudas a los ayuntamientos son de 40 millones de euros.',
        junta('La Junta ha aprobado también'),
        'figure "40 millones" is not in the passages this sentence cites: "Segú'),
    'la-junta-ha-recurrido-la-sentencia': (
        'La Junta ha recurrido la sentencia de la Audiencia Nacional.',
        junta('La Junta recuerda que la Audiencia'),
        'this sentence states as fact what its cited passages give only as the '),
    'rivera-afirmó-la-justicia-nos-ha': (
        'Rivera afirmó: "La justicia nos ha dado la razón tres veces en un mes".',
        junta('La Junta recuerda que la Audiencia'),
        'quoted words "La justicia nos ha dado la razón tres veces en un mes" a'),
    'el-supremo-ha-dado-la-razón': (
        'El Supremo ha dado la razón a la Junta en el fondo del pleito.',
        junta('Consejo de Gobierno de la Junta de Castellar ha valorado'),
        'this sentence states as fact what its cited passages give only as the '),
    'las-reservas-han-aumentado-un-38': (
        'Las reservas han aumentado un 38 % en un año.',
        diario('Hace un año'),
        'figure "38 %" is given as a rise, but the passages this cites give it '),
    'las-reservas-subirán-un-38': (
        'Las reservas subirán un 38 %.',
        diario('Hace un año'),
        'figure "38 %" is given as a rise, but the passages this cites give it '),
    'el-decreto-eleva-las-dotaciones-de-2': (
        'El decreto eleva las dotaciones de riego en un 30 %.',
        diario('El decreto rebaja'),
        'figure "30 %" is given as a rise, but the passages this cites give it '),
    'las-dotaciones-de-riego-han-subido': (
        'Las dotaciones de riego han subido un 30 %.',
        diario('El decreto rebaja'),
        'figure "30 %" is given as a rise, but the passages this cites give it '),
    'la-junta-dice-que-propondrá-que': (
        'La Junta dice que propondrá que los envíos aumenten un 10 % cada año a partir de 2027.',
        junta('La Junta asistirá'),
        'figure "10 %" is given as a rise, but the passages this cites give it '),
    'el-tribunal-supremo-suspendió-con-carácter': (
        'El Tribunal Supremo suspendió con carácter definitivo el envío de 27 hm³.',
        diario('La Sala Tercera'),
        "this sentence calls final ('con carácter definitivo') what its cited p"),
    'la-suspensión-del-envío-de-27': (
        'La suspensión del envío de 27 hm³ es definitiva.',
        diario('La Sala Tercera'),
        "this sentence calls final ('es definitiva') what its cited passages le"),
    'contra-el-auto-del-supremo-no': (
        'Contra el auto del Supremo no cabe recurso.',
        diario('El auto no resuelve'),
        "this sentence calls final ('no cabe recurso') what its cited passages "),
    'la-sentencia-de-la-audiencia-nacional-2': (
        'La sentencia de la Audiencia Nacional es firme.',
        diario('En una sentencia'),
        "this sentence drops the negation of its cited passage ('La sentencia t"),
    'la-sentencia-de-la-audiencia-nacional-3': (
        'La sentencia de la Audiencia Nacional del 12 de marzo ya es firme.',
        diario('En una sentencia'),
        "this sentence drops the negation of its cited passage ('La sentencia t"),
    'el-tribunal-supremo-desestimó-el-recurso': (
        'El Tribunal Supremo desestimó el recurso de Levantia contra la sentencia.',
        diario('En una sentencia'),
        "this sentence tells as decided ('desestimó el recurso') an appeal its "),
    'el-recurso-de-levantia-fue-rechazado': (
        'El recurso de Levantia fue rechazado por el Supremo.',
        diario('En una sentencia'),
        "this sentence tells as decided ('recurso de Levantia fue rechazado') a"),
    'según-la-junta-la-decisión-sobre': (
        'Según la Junta, la decisión sobre el fondo ya se conoce y es firme.',
        junta('Consejo de Gobierno de la Junta de Castellar ha valorado'),
        "this sentence calls final ('es firme') what its cited passages leave o"),
    'la-junta-recuerda-que-el-auto': (
        'La Junta recuerda que el auto del Supremo es firme.',
        junta('Consejo de Gobierno de la Junta de Castellar ha valorado'),
        "this sentence calls final ('es firme') what its cited passages leave o"),
    'levantia-recuerda-que-el-auto-es': (
        'Levantia recuerda que el auto es una medida provisional.',
        junta('Consejo de Gobierno de la Junta de Castellar ha valorado'),
        'this sentence gives the words to Levantia, but its cited passages give'),
    'la-decisión-sobre-el-fondo-se': (
        'La decisión sobre el fondo se conocerá en los próximos meses.',
        junta('Consejo de Gobierno de la Junta de Castellar ha valorado'),
        'this sentence states as fact what its cited passages give only as the '),
    'el-trasvase-ha-derivado-más-de': (
        'El trasvase ha derivado más de 15.000 hm³ desde 1979.',
        junta('Según los datos de la Confederación'),
        'this sentence states as fact what its cited passages give only as the '),
    'según-la-junta-los-embalses-de': (
        'Según la Junta, los embalses de cabecera guardaban 612 hm³.',
        diario('Los embalses de cabecera'),
        'this sentence gives the words to Junta, but its cited passages give th'),
}

# Honest twins; those marked 'before' were refused on main.
HONEST = {
    'los-embalses-de-cabecera-almacenaban-el': ('Los embalses de cabecera almacenaban el lunes 612 hm³, el 24,8 % de su capacidad, según la confederación.', diario('Los embalses de cabecera')),
    'las-reservas-han-bajado-un-38': ('Las reservas han bajado un 38 % en un año.', diario('Hace un año')),
    'las-reservas-han-caído-un-38': ('Las reservas han caído un 38 % en un año.', diario('Hace un año')),
    'las-reservas-registran-un-descenso-del': ('Las reservas registran un descenso del 38 % en un año.', diario('Hace un año')),
    'el-decreto-rebaja-las-dotaciones-de': ('El decreto rebaja las dotaciones de riego en un 30 %.', diario('El decreto rebaja')),
    'el-decreto-recorta-las-dotaciones-de': ('El decreto recorta las dotaciones de riego en un 30 %.', diario('El decreto rebaja')),
    'el-decreto-reduce-las-dotaciones-de': ('El decreto reduce las dotaciones de riego de la zona regable en un 30 %.', diario('El decreto rebaja')),
    'las-dotaciones-de-riego-han-sido': ('Las dotaciones de riego han sido recortadas un 30 %.', diario('El decreto rebaja')),
    'según-la-junta-los-municipios-ribereños': ('Según la Junta, los municipios ribereños han perdido cerca del 18 % de su población desde el año 2000.', junta('La Junta calcula')),
    'la-junta-dice-que-propondrá-que': ('La Junta dice que propondrá que los envíos se reduzcan un 10 % cada año a partir de 2027.', junta('La Junta asistirá')),
    'el-auto-del-supremo-no-es': ('El auto del Supremo no es firme.', diario('El auto no resuelve')),
    'el-auto-del-supremo-todavía-no': ('El auto del Supremo todavía no es firme y cabe recurso de reposición.', diario('El auto no resuelve')),
    'el-tribunal-supremo-suspendió-de-forma': ('El Tribunal Supremo suspendió de forma cautelar el envío de 27 hm³ previsto para abril.', diario('La Sala Tercera')),
    'la-sentencia-de-la-audiencia-nacional': ('La sentencia de la Audiencia Nacional no es firme: Levantia la ha recurrido.', diario('En una sentencia')),
    'el-gobierno-de-levantia-ha-recurrido': ('El Gobierno de Levantia ha recurrido la sentencia ante el Tribunal Supremo.', diario('En una sentencia')),
    'el-supremo-aún-no-ha-fijado': ('El Supremo aún no ha fijado fecha para deliberar sobre el recurso de Levantia.', diario('En una sentencia')),
    'la-audiencia-nacional-anuló-el-12': ('La Audiencia Nacional anuló el 12 de marzo la regla de los envíos, en una sentencia recurrida ante el Supremo.', diario('En una sentencia')),
    'la-junta-recuerda-que-el-auto': ('La Junta recuerda que el auto es una medida provisional.', junta('Consejo de Gobierno de la Junta de Castellar ha valorado')),  # before
    'la-junta-explica-que-la-decisión': ('La Junta explica que la decisión sobre el fondo se conocerá en los próximos meses.', junta('Consejo de Gobierno de la Junta de Castellar ha valorado')),  # before
    'la-junta-recuerda-que-el-trasvase': ('La Junta recuerda que el trasvase ha derivado más de 15.000 hm³ desde 1979.', junta('Según los datos de la Confederación')),  # before
    'los-embalses-de-cabecera-guardaban-612': ('Los embalses de cabecera guardaban 612 hm³, el 24,8 % de su capacidad.', diario('Los embalses de cabecera')),  # before
}


@pytest.mark.parametrize("sentence, cited, told", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, cited: tuple[str, str], told: str):
    assert any(message.startswith(told) for message in found(sentence, cited)), found(sentence, cited)


@pytest.mark.parametrize("sentence, cited", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []
