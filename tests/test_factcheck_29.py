"""A twenty-ninth fact-check: who did what, in every language. Misstatements the earlier rounds left building, each
with honest rewordings and shown on a topic of its own (a border dispute, a trade war, a football final, a strike):
"civilians" for "militants" (opposites.py); retaliation given to the party it answered ("Pakistan retaliated" citing
"Taliban forces attacked ... in retaliation"; decisions.py); a party named by a lowercase adjective of its people and
swapped ("les autorités afghanes" citing "pakistanaises", "las autoridades afganas" citing "paquistaníes";
swapped.py), or speaking ("selon les autorités afghanes" citing "pakistanaises"; speakers.py); a verb's subject and object turned round in Arabic (arabic_parties.py); a party's word told as fact in
Korean, "파키스탄에 따르면" dropped (hangul_party_word.py); a project's locale giving a place's names in its language
("Paquistão" for "Pakistan": a locale's `names`); and a place with accented letters ("in Beşiktaş" citing "in
Kadıköy"), or in French, Spanish and Portuguese, moved (places.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import (REAL_BRIEFING, TWO_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, minimal_project,
                     one_sentence_checked, problems_after)

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = "names: [Pakistan/Paquistão/paquistanês/paquistanesa, Afghanistan/Afeganistão/afegão/afegã]\n"


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project with the Korean and Portuguese project locales of earlier rounds (the Portuguese one giving
    two countries' names), its source and briefing rewritten by each test (they run one after another)."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck29") / "project")
    (root / "locales").mkdir()
    shutil.copy(FIXTURES / "newuser_23" / "ko.yaml", root / "locales" / "ko.yaml")
    portuguese = (FIXTURES / "newuser_21" / "locales" / "pt.yaml").read_text(encoding="utf-8")
    (root / "locales" / "pt.yaml").write_text(portuguese + NAMES, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written, parties[0] if parties else TWO_PARTIES,
                                      language=None if language == "en" else language)
                             for language, given, written, _, *parties in CASES])


def _ids(cases):
    return [f"{case[0]} {case[2][:40]} ({case[1][:20]})" for case in cases]


def _parties(*named: tuple[str, str, str]) -> str:
    """Return a briefing's `parties:` of (id, name, aliases as YAML)."""
    return "".join(f"  - id: {key}\n    name: {name}\n" + (f"    aliases: {aliases}\n" if aliases else "")
                   for key, name, aliases in named)


REAL_PARTIES = _parties(("pakistan", "Pakistan", ""), ("taliban", "Afghanistan (Taliban)", ""))
TRADE = _parties(("ruritania", "Ruritania", ""), ("borduria", "Borduria", ""))
BORDER = _parties(("chile", "Chile", ""), ("argentina", "Argentina", ""))
ANDES = _parties(("chile", "Chile", ""), ("bolivia", "Bolivia", ""))
MAGHREB = _parties(("maroc", "Maroc", ""), ("algerie", "Algérie", ""))
NO_ALIASES = _parties(("pakistan", "Pakistan", ""), ("afghanistan", "Afghanistan", ""))
AR_PARTIES = _parties(("pakistan", "Pakistan", "[باكستان]"), ("afghanistan", "Afghanistan", "[أفغانستان]"))
FINAL = _parties(("brazil", "Brazil", "[البرازيل]"), ("argentina", "Argentina", "[الأرجنتين]"))
KO_PARTIES = _parties(("pakistan", "Pakistan", "[파키스탄]"), ("afghanistan", "Afghanistan", "[아프가니스탄, 탈레반]"))
STRIKE = _parties(("union", "Union", "[노동조합]"), ("company", "Hanbit", "[한빛전자]"))

SAYS = "this sentence says '{}' where its cited passages say '{}'"
NAMES_OTHER = "this sentence names {} where its cited passages name {}"
RETALIATION = ("Afghan Taliban forces reportedly attacked Pakistani border troops Thursday night in retaliation for "
               "Pakistani airstrikes earlier in the week.")
TARIFFS = "Borduria imposed tariffs on Ruritanian cheese in retaliation for Ruritania's steel duties."
DAIRIES = "Ruritanian dairies were hit with tariffs by Borduria in retaliation for the steel duties."
CAMPS = "The shelling hit militant camps along the river on Tuesday."
HILLS = "Drones struck militants hiding in the hills above the valley."

CASES = [
    # (language, the source's sentence, the briefing's, "ok" or what the error says, the parties)
    ("en", CAMPS, "The shelling hit civilian camps along the river on Tuesday.",
     SAYS.format("civilian", "militant") + ": \"The shelling hit civilian camps along the river on Tuesday.\" (keep "
                                           "the source's word, or cite a passage that says this one)"),
    ("en", HILLS, "Drones struck civilians hiding in the hills above the valley.", SAYS.format("civilians", "militants")),
    ("en", HILLS, "Drones struck fighters hiding in the hills above the valley.", "ok"),
    ("en", CAMPS, "On Tuesday the shelling struck militant camps along the river.", "ok"),
    # no figure: "three civilians" of "three people" gives the figure a kind its passage does not (counted.py)
    ("en", "Militants attacked the village, killing several people.",
     "Militants attacked the village, killing several civilians.", "ok"),
    # who retaliated
    ("en", RETALIATION, "On Thursday night Pakistan reportedly retaliated for the airstrikes earlier in the week.",
     "this sentence gives retaliation ('retaliated') to Pakistan where its cited passages give it to Afghan: \"On "
     "Thursday night Pakistan reportedly retaliated for the airstrikes earlier in the week.\" (say who retaliated as "
     "the source does, or cite a passage that gives it to this one)", REAL_PARTIES),
    ("en", RETALIATION, "The Taliban reportedly retaliated for Pakistani airstrikes by attacking Pakistani border "
                        "troops on Thursday night.", "ok", REAL_PARTIES),
    ("en", RETALIATION, "On Thursday night, Afghan Taliban forces reportedly hit back at Pakistani border troops for "
                        "Pakistani airstrikes earlier in the week.", "ok", REAL_PARTIES),
    ("en", TARIFFS, "In the dispute over steel duties, Ruritania retaliated with tariffs on cheese.",
     "gives retaliation ('retaliated') to Ruritania where its cited passages give it to Borduria", TRADE),
    ("en", DAIRIES, "Ruritania retaliated against the steel duties with tariffs on cheese.",
     "gives retaliation ('retaliated') to Ruritania where its cited passages give it to Borduria", TRADE),
    ("en", TARIFFS, "Borduria retaliated for Ruritania's steel duties with tariffs on Ruritanian cheese.", "ok", TRADE),
    ("en", TARIFFS, "Borduria hit back at Ruritania's steel duties with tariffs on its cheese.", "ok", TRADE),
    ("en", DAIRIES, "Borduria retaliated against the steel duties with tariffs on Ruritanian dairies.", "ok", TRADE),
    # a party named by an adjective of its people, lowercase in French, Spanish and Portuguese
    ("en", "Pakistani forces shelled Afghan posts along the border on Sunday.",
     "Afghan forces shelled Pakistani posts along the border on Sunday.", NAMES_OTHER.format("Afghan", "Pakistani"),
     REAL_PARTIES),
    ("en", "Pakistani forces shelled Afghan posts along the border on Sunday.",
     "On Sunday Pakistani forces shelled Afghan posts along the border.", "ok", REAL_PARTIES),
    ("fr", "Les autorités pakistanaises ont fermé la frontière dimanche.",
     "Les autorités afghanes ont fermé la frontière dimanche.",
     NAMES_OTHER.format("afghanes", "pakistanaises") + " ('autorités pakistanaises ont fermé'): \"Les autorités "
                                                        "afghanes ont fermé la frontière dimanche.\" (name the party "
                                                        "the source names, or cite the passage that gives it to this "
                                                        "one)"),
    ("fr", "Les autorités pakistanaises ont fermé la frontière dimanche.",
     "Dimanche, les autorités pakistanaises ont fermé la frontière.", "ok"),
    ("fr", "L'armée pakistanaise a attaqué des postes afghans dimanche.",
     "L'armée afghane a attaqué des postes pakistanais dimanche.", NAMES_OTHER.format("afghane", "pakistanaise")),
    ("fr", "L'armée pakistanaise a attaqué des postes afghans dimanche.",
     "Dimanche, l'armée pakistanaise a attaqué des postes afghans.", "ok"),
    ("fr", "Les douaniers marocains ont saisi la cargaison mardi.",
     "Les douaniers algériens ont saisi la cargaison mardi.", NAMES_OTHER.format("algériens", "marocains"), MAGHREB),
    ("fr", "Les douaniers marocains ont saisi la cargaison mardi.", "Mardi, les douaniers marocains ont saisi la "
                                                                    "cargaison.", "ok", MAGHREB),
    ("fr", "Les douaniers marocains ont saisi la cargaison mardi.", "La cargaison a été saisie mardi par les "
                                                                    "douaniers marocains.", "ok", MAGHREB),
    ("es", "Las autoridades paquistaníes cerraron la frontera el domingo.",
     "Las autoridades afganas cerraron la frontera el domingo.", NAMES_OTHER.format("afganas", "paquistaníes")),
    ("es", "Las autoridades paquistaníes cerraron la frontera el domingo.",
     "El domingo, las autoridades paquistaníes cerraron la frontera.", "ok"),
    ("es", "Las tropas chilenas cruzaron el río el lunes.", "Las tropas argentinas cruzaron el río el lunes.",
     NAMES_OTHER.format("argentinas", "chilenas"), BORDER),
    ("es", "Las tropas chilenas cruzaron el río el lunes.", "El lunes, las tropas chilenas cruzaron el río.", "ok",
     BORDER),
    ("fr", "Selon les autorités pakistanaises, la frontière a été fermée dimanche.",
     "Selon les autorités afghanes, la frontière a été fermée dimanche.",
     "this sentence gives the words to les autorités afghanes, but its cited passages give them to les autorités "
     "pakistanaises (name the speaker the source names, or cite the passage that gives the words to this one)"),
    ("fr", "Selon les autorités pakistanaises, la frontière a été fermée dimanche.",
     "Dimanche, la frontière a été fermée, selon les autorités pakistanaises.", "ok"),
    ("es", "Según las autoridades paquistaníes, la frontera se cerró el domingo.",
     "Según las autoridades afganas, la frontera se cerró el domingo.",
     "this sentence gives the words to las autoridades afganas, but its cited passages give them to las autoridades "
     "paquistaníes"),
    ("es", "Según las autoridades paquistaníes, la frontera se cerró el domingo.",
     "El domingo se cerró la frontera, según las autoridades paquistaníes.", "ok"),
    ("es", "Según la policía chilena, el camión cruzó la frontera el lunes.",
     "Según la policía boliviana, el camión cruzó la frontera el lunes.", "gives the words to la policía boliviana",
     ANDES),
    ("es", "Según la policía chilena, el camión cruzó la frontera el lunes.",
     "El lunes, el camión cruzó la frontera, según la policía chilena.", "ok", ANDES),
    ("pt", "As autoridades paquistanesas fecharam a fronteira no domingo.",
     "As autoridades afegãs fecharam a fronteira no domingo.", NAMES_OTHER.format("afegãs", "paquistanesas"),
     NO_ALIASES),
    ("pt", "As autoridades paquistanesas fecharam a fronteira no domingo.",
     "No domingo, as autoridades paquistanesas fecharam a fronteira.", "ok", NO_ALIASES),
    # a country's names in the locale's language, no alias written
    ("pt", "O Paquistão atacou o Afeganistão na sexta-feira.", "O Afeganistão atacou o Paquistão na sexta-feira.",
     NAMES_OTHER.format("Afeganistão", "Paquistão") + " ('Paquistão atacou')", NO_ALIASES),
    ("pt", "O Paquistão atacou o Afeganistão na sexta-feira.", "Na sexta-feira, o Paquistão atacou o Afeganistão.",
     "ok", NO_ALIASES),
    ("pt", "O Paquistão atacou o Afeganistão na sexta-feira.", "O Afeganistão foi atacado pelo Paquistão na "
                                                               "sexta-feira.", "ok", NO_ALIASES),
    # Arabic: a verb's subject and object turned round
    ("ar", "هاجمت باكستان أفغانستان يوم الجمعة.", "هاجمت أفغانستان باكستان يوم الجمعة.",
     "this sentence names أفغانستان where its cited passages name باكستان as the subject of 'هاجمت': \"هاجمت "
     "أفغانستان باكستان يوم الجمعة.\" (name the party the source names, or cite the passage that gives it to this "
     "one)", AR_PARTIES),
    ("ar", "هاجمت باكستان أفغانستان يوم الجمعة.", "يوم الجمعة هاجمت باكستان أفغانستان.", "ok", AR_PARTIES),
    ("ar", "هاجمت باكستان أفغانستان يوم الجمعة.", "باكستان هاجمت أفغانستان يوم الجمعة.", "ok", AR_PARTIES),
    ("ar", "اندلعت اشتباكات على الحدود بين باكستان وأفغانستان يوم الجمعة.",
     "اندلعت اشتباكات على الحدود بين أفغانستان وباكستان يوم الجمعة.", "ok", AR_PARTIES),
    ("ar", "هزمت البرازيل الأرجنتين في النهائي يوم الأحد.", "هزمت الأرجنتين البرازيل في النهائي يوم الأحد.",
     "this sentence names الأرجنتين where its cited passages name البرازيل as the subject of 'هزمت'", FINAL),
    ("ar", "هزمت البرازيل الأرجنتين في النهائي يوم الأحد.", "الأرجنتين هزمت البرازيل في النهائي يوم الأحد.",
     "this sentence names الأرجنتين where its cited passages name البرازيل as the subject of 'هزمت'", FINAL),
    ("ar", "هزمت البرازيل الأرجنتين في النهائي يوم الأحد.", "البرازيل هزمت الأرجنتين في النهائي يوم الأحد.", "ok",
     FINAL),
    ("ar", "هزمت البرازيل الأرجنتين في النهائي يوم الأحد.", "في النهائي يوم الأحد، هزمت البرازيل الأرجنتين.", "ok",
     FINAL),
    ("ar", "هزمت البرازيل الأرجنتين في النهائي يوم الأحد.", "خسرت الأرجنتين أمام البرازيل في النهائي يوم الأحد.",
     "ok", FINAL),
    # Korean: a party's word told as fact
    ("ko", "파키스탄에 따르면 탈레반 전투원 274명이 사망했다.", "탈레반 전투원 274명이 사망했다.",
     "this sentence states as fact what its cited passages give only as the word of 파키스탄: \"탈레반 전투원 274명이 "
     "사망했다.\" (say whose word it is, as the source does ('파키스탄에 따르면'), or cite a passage that states it)",
     KO_PARTIES),
    ("ko", "파키스탄에 따르면 탈레반 전투원 274명이 사망했다.", "탈레반 전투원 274명이 숨졌다.",
     "give only as the word of 파키스탄", KO_PARTIES),
    ("ko", "파키스탄에 따르면 탈레반 전투원 274명이 사망했다.", "파키스탄은 탈레반 전투원 274명이 사망했다고 밝혔다.", "ok",
     KO_PARTIES),
    ("ko", "파키스탄에 따르면 탈레반 전투원 274명이 사망했다.", "파키스탄에 따르면 탈레반 전투원 274명이 숨졌다.", "ok",
     KO_PARTIES),
    ("ko", "노동조합은 공장 직원 300명이 해고됐다고 밝혔다.", "공장 직원 300명이 해고됐다.",
     "give only as the word of 노동조합", STRIKE),
    ("ko", "노동조합은 공장 직원 300명이 해고됐다고 밝혔다.", "노동조합에 따르면 공장 직원 300명이 해고됐다.", "ok", STRIKE),
    ("ko", "노동조합은 공장 직원 300명이 해고됐다고 밝혔다.", "노동조합은 공장 직원 300명이 해고됐다고 주장했다.", "ok",
     STRIKE),
    ("ko", "노동부는 공장 직원 300명이 해고됐다고 발표했다. 노동조합은 공장 직원 300명이 해고됐다고 밝혔다.",
     "공장 직원 300명이 해고됐다.", "ok", STRIKE),
    # places with accented letters, and places moved in French, Spanish and Portuguese
    ("en", "Protests spread in the district of Kadıköy on Friday.", "Protests spread in Beşiktaş on Friday.",
     "this sentence names 'Beşiktaş' where its cited passages name 'Kadıköy': \"Protests spread in Beşiktaş on "
     "Friday.\" (keep to the places the source names, or cite a passage that names this one)"),
    ("en", "The strikes hit targets in Peşawar on Friday.", "The strikes hit targets near Quetta on Friday.",
     "names 'Quetta' where its cited passages name 'Peşawar'"),
    ("en", "Protests spread in the district of Kadıköy on Friday.", "Protests spread in Kadıköy on Friday.", "ok"),
    ("en", "The strikes hit targets in Peşawar on Friday.", "On Friday the strikes hit targets in Peşawar.", "ok"),
    ("fr", "Des frappes ont visé des cibles à Kaboul vendredi.", "Des frappes ont visé des cibles à Kandahar vendredi.",
     "names 'Kandahar' where its cited passages name 'Kaboul'"),
    ("fr", "Des frappes ont visé des cibles à Kaboul vendredi.", "Vendredi, des frappes ont visé des cibles à Kaboul.",
     "ok"),
    ("fr", "Des frappes ont visé des cibles à Kaboul vendredi.",
     "Vendredi, des frappes ont visé des cibles en Afghanistan.", "ok"),
    ("es", "Las protestas se extendieron en Sevilla el viernes.", "Las protestas se extendieron en Málaga el viernes.",
     "names 'Málaga' where its cited passages name 'Sevilla'"),
    ("es", "Las protestas se extendieron en Sevilla el viernes.", "El viernes, las protestas se extendieron en Sevilla.",
     "ok"),
    ("pt", "Os protestos se espalharam em Lisboa na sexta-feira.", "Os protestos se espalharam no Porto na sexta-feira.",
     "names 'Porto' where its cited passages name 'Lisboa'"),
    ("pt", "Os protestos se espalharam em Lisboa na sexta-feira.", "Na sexta-feira, os protestos se espalharam em "
                                                                   "Lisboa.", "ok"),
]


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_who_did_what_where_is_kept(checked, case):
    language, given, written, outcome, *parties = case
    lines = checked(given, written, parties[0] if parties else TWO_PARTIES,
                    language=None if language == "en" else language)
    assert_summary_outcome(lines, outcome)


def test_a_locale_names_entry_with_one_form_is_refused_on_its_line(tmp_path):
    root = minimal_project(tmp_path / "project")
    (root / "locales").mkdir()
    portuguese = (FIXTURES / "newuser_21" / "locales" / "pt.yaml").read_text(encoding="utf-8")
    (root / "locales" / "pt.yaml").write_text(portuguese + "names: [Paquistão]\n", encoding="utf-8")
    lines = one_sentence_checked(root, "O Paquistão atacou.", "O Paquistão atacou.", NO_ALIASES, language="pt")
    line = portuguese.count("\n") + 1
    assert (f"locales/pt.yaml:{line}: key 'names' must give each name with another of its forms, apart with \"/\" "
            "(Pakistan/Paquistão) (write a list of names") in "\n".join(lines), lines


REAL_EDITS = [
    # (file, the words edited, the misstatement, the problem's start)
    ("timeline.yaml", "Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours",
     "Pakistan reportedly retaliated on Thursday night, hours",
     "timeline.yaml:25: `what`: this sentence gives retaliation ('retaliated') to Pakistan where its cited passages "
     "give it to Afghan"),
]


@pytest.mark.parametrize("file,old,new,problem", REAL_EDITS, ids=[edit[0] for edit in REAL_EDITS])
def test_the_misstatement_in_the_real_briefing_is_refused_on_its_line(project: Path, file, old, new, problem):
    problems = problems_after(project, file, old, new)
    assert any(found.startswith(f"{REAL_BRIEFING}/{problem}") for found in problems), problems
