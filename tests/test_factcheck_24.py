"""A twenty-fourth fact-check, in Arabic, French, German and Spanish: an Arabic negation dropped or added ("إن السد
تسبب" citing "إن السد لم يتسبب"; "لم توافق" citing "وافقت"; "لدى الحكومة خطة" citing "ليس لدى"; "مستعدة" citing
"غير مستعدة"); a rejection or denial told as agreed ("a accepté" citing "a rejeté", "nahm ... an" citing "lehnte ...
ab", "aceptó" citing "rechazó"); an Arabic rise told as a fall with the verb's subject between ("انخفض منسوب المياه في
البحيرة بنسبة ١٢٪" citing "ارتفع"); an Arabic number word changed ("خمسة جنود" citing "ثلاثة جنود", "ثلاثون ألف"
citing "عشرون ألف"); "all" for "most" ("Tous les salariés" citing "La plupart des salariés", "Alle Beschäftigten"
citing "Die meisten", "Todos los trabajadores" citing "La mayoría de los", "جميع النازحين" citing "معظم النازحين");
and a report's mood dropped (German "Der Bürgermeister hat Bestechungsgeld angenommen" citing "soll ... angenommen
haben", Spanish "aceptó" citing "habría aceptado"). Each built before. Honest wordings build, among them some that were
refused: an Arabic figure in digits for the source's words ("قُتل 3 جنود" citing "قُتل ثلاثة جنود"), "Nicht alle
Beschäftigten" and "Tous les salariés n'ont pas repris" citing "most", and "a dit non", "akzeptierte ... nicht", "negó"
citing a rejection or denial (read as adding a negation)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck24") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written, language=language)
                             for language, given, written, _ in CASES + REJECTED + WORDS])


def _ids(cases):
    return [f"{language} {written[:40]} ({given[:20]})" for language, given, written, _ in cases]


DAM = "قال وزير الري إن السد لم يتسبب في نقص المياه خلال الصيف."
AGREED = "وافقت الحكومة على الاتفاق المبدئي بشأن تشغيل السد."
TALKS = "قال الوسيط إن المفاوضات لن تستأنف بسبب الخلافات."
UNREADY = "الحكومة غير مستعدة لتقديم تنازلات جديدة."
SOLDIERS = "قُتل ثلاثة جنود في الاشتباكات الحدودية."
DISPLACED = "نزح عشرون ألف شخص بسبب الفيضانات."
RETURNED = "عاد معظم النازحين إلى قراهم بعد انحسار المياه."
SALARIES = "La plupart des salariés ont repris le travail lundi."
STAFF = "Die meisten Beschäftigten kehrten am Montag an ihre Arbeitsplätze zurück."
WORKERS = "La mayoría de los trabajadores volvieron a sus puestos el lunes."
MAYOR_DE = "Der Bürgermeister soll Bestechungsgeld angenommen haben."
MAYOR_ES = "El alcalde habría aceptado sobornos de la constructora."
DROPS = "this sentence drops the negation of its cited passage"
ADDS = "this sentence adds a negation to its cited passage"

CASES = [
    # (language, the source's sentence, the briefing's, "ok" or what the error says)
    ("ar", DAM, "قال وزير الري إن السد تسبب في نقص المياه خلال الصيف.",
     f"{DROPS} ('قال وزير الري إن السد لم يتسبب في نقص المياه خلال الصيف'): \"قال وزير الري إن السد تسبب في نقص "
     "المياه خلال الصيف\" (keep the source's negation (or its absence), or cite the words that say what this says)"),
    ("ar", "أكدت الوزارة أن محطة الضخ لا تعمل منذ أسبوعين.", "أكدت الوزارة أن محطة الضخ تعمل منذ أسبوعين.", DROPS),
    ("ar", "ليس لدى الحكومة خطة لتقاسم مياه النهر.", "لدى الحكومة خطة لتقاسم مياه النهر.", DROPS),
    ("ar", AGREED, "لم توافق الحكومة على الاتفاق المبدئي بشأن تشغيل السد.", ADDS),
    ("ar", AGREED, "رفضت الحكومة الاتفاق المبدئي بشأن تشغيل السد.", ADDS),
    ("ar", TALKS, "قال الوسيط إن المفاوضات ستستأنف رغم الخلافات.", DROPS),
    ("ar", UNREADY, "الحكومة مستعدة لتقديم تنازلات جديدة.", DROPS),
    ("ar", "رفضت دولة الجنوب المقترح لتشغيل السد.", "قبلت دولة الجنوب المقترح لتشغيل السد.", DROPS),
    # honest: the negation kept in other words; "لا يزال" (still), "غير أن" (however) and "إلا" (only) negate nothing
    ("ar", DAM, "نفى وزير الري أن يكون السد قد تسبب في نقص المياه خلال الصيف.", "ok"),
    ("ar", "أكدت الوزارة أن محطة الضخ لا تعمل منذ أسبوعين.",
     "أكدت الوزارة أن محطة الضخ متوقفة عن العمل منذ أسبوعين.", "ok"),
    ("ar", AGREED, "الحكومة وافقت على الاتفاق المبدئي بشأن تشغيل السد.", "ok"),
    ("ar", TALKS, "قال الوسيط إن المفاوضات لن تستأنف بسبب الخلافات القائمة.", "ok"),
    ("ar", UNREADY, "الحكومة ليست مستعدة لتقديم تنازلات جديدة.", "ok"),
    ("ar", "رفضت دولة الجنوب المقترح لتشغيل السد.", "لم تقبل دولة الجنوب المقترح لتشغيل السد.", "ok"),
    ("ar", "لن تشارك دولة الجنوب في الجولة المقبلة.", "قررت دولة الجنوب عدم المشاركة في الجولة المقبلة.", "ok"),
    ("ar", "قال الوسيط إن المفاوضات متعثرة منذ أسابيع.", "قال الوسيط إن المفاوضات لا تزال متعثرة منذ أسابيع.", "ok"),
    ("ar", "لكن الوسيط دعا الطرفين إلى استئناف الحوار.", "غير أن الوسيط دعا الطرفين إلى استئناف الحوار.", "ok"),
    ("ar", "لم يحضر الاجتماع إلا وزيران من دولة الجنوب.", "حضر الاجتماع وزيران فقط من دولة الجنوب.", "ok"),
    ("ar", "لم يصب أحد بأذى ولم تتضرر المباني المجاورة للسد.", "لم يصب أحد بأذى ولم تتضرر المباني المجاورة للسد.",
     "ok"),
    ("ar", "لم تتضرر المباني المجاورة، لكن الطريق المؤدي إلى السد أغلق.", "أغلق الطريق المؤدي إلى السد.", "ok"),
    ("ar", "لم يتم التوصل إلى اتفاق بشأن تشغيل السد.", "لم يتوصل الطرفان إلى اتفاق بشأن تشغيل السد.", "ok"),
    ("ar", "قال الوسيط إنه لا شك أن الاتفاق ممكن.", "قال الوسيط إن الاتفاق ممكن.", "ok"),  # "no doubt": surely
    ("ar", "لم يتم التوصل إلى اتفاق بشأن تشغيل السد.", "تم التوصل إلى اتفاق بشأن تشغيل السد.", DROPS),

    ("ar", SOLDIERS, "قُتل خمسة جنود في الاشتباكات الحدودية.",
     "figure \"خمسة\" is not in the passages this sentence cites: \"قُتل خمسة جنود في الاشتباكات الحدودية.\""),
    ("ar", DISPLACED, "نزح ثلاثون ألف شخص بسبب الفيضانات.", "figure \"ثلاثون ألف\" is not in the passages"),
    ("ar", "شارك ثلاثمائة مزارع في الاحتجاج.", "شارك أربعمائة مزارع في الاحتجاج.", "figure \"أربعمائة\""),
    # honest: the figure in digits, or in other words; "خمس السكان" is a fifth, and a scale alone counts nothing
    ("ar", SOLDIERS, "قُتل 3 جنود في الاشتباكات الحدودية.", "ok"),
    ("ar", SOLDIERS, "قُتل ٣ جنود في الاشتباكات الحدودية.", "ok"),
    ("ar", DISPLACED, "نزح 20 ألف شخص بسبب الفيضانات.", "ok"),
    ("ar", DISPLACED, "نزح ٢٠٬٠٠٠ شخص بسبب الفيضانات.", "ok"),
    ("ar", "يبلغ طول السد ألفين ومئتي متر.", "يبلغ طول السد 2200 متر.", "ok"),
    ("ar", "شارك ثلاثمائة مزارع في الاحتجاج.", "شارك ثلاث مئة مزارع في الاحتجاج.", "ok"),
    ("ar", "شارك ٣٠٠ مزارع في الاحتجاج.", "شارك ثلاثمائة مزارع في الاحتجاج.", "ok"),
    ("ar", "بلغت الخسائر ٣ مليارات دولار.", "بلغت الخسائر ثلاثة مليارات دولار.", "ok"),
    ("ar", "يحصل الشمال على خمس مياه النهر بموجب الاتفاق.", "يحصل الشمال على خمس مياه النهر بموجب الاتفاق.", "ok"),

    ("ar", "ارتفع منسوب المياه في البحيرة بنسبة ١٢٪ خلال مارس.", "انخفض منسوب المياه في البحيرة بنسبة ١٢٪ خلال مارس.",
     "figure \"١٢٪\" is given as a fall, but the passages this cites give it as a rise"),
    ("ar", "ارتفع منسوب المياه في البحيرة بنسبة ١٢٪ خلال مارس.", "زاد منسوب المياه في البحيرة بنسبة 12% خلال مارس.", "ok"),

    ("ar", RETURNED, "عاد جميع النازحين إلى قراهم بعد انحسار المياه.",
     "this sentence says 'جميع النازحين' where its cited passages say 'معظم النازحين': \"عاد جميع النازحين إلى قراهم "
     "بعد انحسار المياه.\" (keep the source's proportion, or cite a passage that says all)"),
    ("ar", "تضررت معظم المناطق الزراعية من الجفاف.", "تضررت كل المناطق الزراعية من الجفاف.",
     "says 'كل المناطق' where its cited passages say 'معظم المناطق'"),
    ("fr", SALARIES, "Tous les salariés ont repris le travail lundi.",
     "this sentence says 'Tous les salariés' where its cited passages say 'La plupart des salariés'"),
    ("fr", "Presque tous les salariés ont repris le travail lundi.", "Tous les salariés ont repris le travail lundi.",
     "says 'Tous les salariés' where its cited passages say 'Presque tous les salariés'"),
    ("de", STAFF, "Alle Beschäftigten kehrten am Montag an ihre Arbeitsplätze zurück.",
     "says 'Alle Beschäftigten' where its cited passages say 'Die meisten Beschäftigten'"),
    ("de", "Die Mehrheit der Abgeordneten stimmte dem Gesetz zu.", "Alle Abgeordneten stimmten dem Gesetz zu.",
     "says 'Alle Abgeordneten' where its cited passages say 'Die Mehrheit der Abgeordneten'"),
    ("es", WORKERS, "Todos los trabajadores volvieron a sus puestos el lunes.",
     "says 'Todos los trabajadores' where its cited passages say 'La mayoría de los trabajadores'"),
    ("es", "Casi todos los trabajadores volvieron el lunes.", "Todos los trabajadores volvieron el lunes.",
     "says 'Todos los trabajadores' where its cited passages say 'Casi todos los trabajadores'"),
    # honest: the part kept, or fewer than all; an "all" a passage gives too
    ("ar", RETURNED, "عاد أغلب النازحين إلى قراهم بعد انحسار المياه.", "ok"),
    ("ar", "قال الوزير إن كل الأطراف وافقت على الجدول.", "قال الوزير إن جميع الأطراف وافقت على الجدول.", "ok"),
    ("fr", SALARIES, "La majorité des salariés ont repris le travail lundi.", "ok"),
    ("fr", SALARIES, "Tous les salariés n'ont pas repris le travail lundi.", "ok"),
    ("fr", SALARIES[:-1] + " et tous les salariés ont reçu une prime.", "Tous les salariés ont reçu une prime.", "ok"),
    ("de", STAFF, "Nicht alle Beschäftigten kehrten am Montag an ihre Arbeitsplätze zurück.", "ok"),
    ("de", STAFF, "Die Mehrheit der Beschäftigten kehrte am Montag an ihre Arbeitsplätze zurück.", "ok"),
    ("es", WORKERS, "No todos los trabajadores volvieron a sus puestos el lunes.", "ok"),
    ("es", WORKERS, "Muchos trabajadores volvieron a sus puestos el lunes.", "ok"),

    ("de", MAYOR_DE, "Der Bürgermeister hat Bestechungsgeld angenommen.",
     "the source gives this only as 'soll', but it is worded as fact: \"Der Bürgermeister hat Bestechungsgeld "
     "angenommen.\""),
    ("de", "Der Minister soll von dem Deal gewusst haben.", "Der Minister wusste von dem Deal.",
     "the source gives this only as 'soll'"),
    ("es", MAYOR_ES, "El alcalde aceptó sobornos de la constructora.",
     "the source gives this only as 'habría', but it is worded as fact"),
    ("es", "Los rebeldes habrían sido vistos cerca de la frontera.", "Los rebeldes fueron vistos cerca de la frontera.",
     "the source gives this only as 'habrían'"),
    # honest: the mood or a hedge kept, or an accusation; a plan's "soll ... sein" and "habría podido" report nothing
    ("de", MAYOR_DE, "Der Bürgermeister soll Bestechungsgeld angenommen haben.", "ok"),
    ("de", MAYOR_DE, "Der Bürgermeister hat mutmaßlich Bestechungsgeld angenommen.", "ok"),
    ("de", "Der Minister soll von dem Deal gewusst haben.", "Dem Minister wird vorgeworfen, von dem Deal gewusst zu haben.",
     "ok"),
    ("de", "Die Brücke soll bis 2027 fertiggestellt sein.", "Die Brücke wird bis 2027 fertiggestellt.", "ok"),
    ("es", MAYOR_ES, "El alcalde supuestamente aceptó sobornos de la constructora.", "ok"),
    ("es", MAYOR_ES, "El alcalde está acusado de aceptar sobornos de la constructora.", "ok"),
    ("es", MAYOR_ES, "El alcalde habría aceptado sobornos de la constructora, según la fiscalía.", "ok"),
    ("es", "El gobierno habría podido evitar la crisis.", "El gobierno podía evitar la crisis.", "ok"),
]


@pytest.mark.parametrize("language,given,written,outcome", CASES, ids=_ids(CASES))
def test_a_misstatement_is_refused_and_an_honest_wording_builds(checked, language, given, written, outcome):
    assert_summary_outcome(checked(given, written, language=language), outcome)


REJECTED = [
    # a rejection or denial told as agreed, in French, German and Spanish; "no longer" and "half", "many", "some"
    ("fr", "Le syndicat a rejeté la proposition de la direction.", "Le syndicat a accepté la proposition de la direction.",
     f"{DROPS} ('Le syndicat a rejeté la proposition de la direction')"),
    ("fr", "Le ministre a démenti toute hausse des impôts en 2026.", "Le ministre a confirmé une hausse des impôts en 2026.",
     DROPS),
    ("fr", "Le syndicat refuse de signer l'accord salarial.", "Le syndicat signe l'accord salarial.", DROPS),
    ("de", "Die Regierung lehnte den Vorschlag der Opposition ab.", "Die Regierung nahm den Vorschlag der Opposition an.",
     DROPS),
    ("de", "Die Regierung wies den Vorschlag der Opposition zurück.", "Die Regierung nahm den Vorschlag der Opposition an.",
     DROPS),
    ("de", "Der Konzern dementierte die Berichte über Entlassungen.", "Der Konzern bestätigte die Berichte über Entlassungen.",
     DROPS),
    ("es", "El sindicato rechazó la propuesta de la empresa.", "El sindicato aceptó la propuesta de la empresa.", DROPS),
    ("es", "El ministerio desmintió los informes sobre despidos.", "El ministerio confirmó los informes sobre despidos.",
     DROPS),
    ("ar", "لم يعد السد يشكل خطرا على القرى.", "يشكل السد خطرا على القرى.", DROPS),
    ("fr", "La moitié des salariés ont repris le travail lundi.", "Tous les salariés ont repris le travail lundi.",
     "where its cited passages say 'La moitié des salariés'"),
    ("fr", "De nombreux salariés ont repris le travail lundi.", "Tous les salariés ont repris le travail lundi.",
     "where its cited passages say 'De nombreux salariés'"),
    ("de", "Einige Beschäftigte kehrten am Montag an ihre Arbeitsplätze zurück.",
     "Alle Beschäftigten kehrten am Montag an ihre Arbeitsplätze zurück.", "where its cited passages say 'Einige Beschäftigte'"),
    ("es", "La mitad de los trabajadores volvieron el lunes.", "Todos los trabajadores volvieron el lunes.",
     "where its cited passages say 'La mitad de los trabajadores'"),
    ("es", "Algunos trabajadores volvieron a sus puestos el lunes.", "Todos los trabajadores volvieron a sus puestos el lunes.",
     "where its cited passages say 'Algunos trabajadores'"),
    ("ar", "عاد بعض النازحين إلى قراهم بعد انحسار المياه.", "عاد جميع النازحين إلى قراهم بعد انحسار المياه.",
     "where its cited passages say 'بعض النازحين'"),
    # honest: the rejection kept in other words; "zurück" of a return; "still"; "all" a passage gives too
    ("fr", "Le syndicat a rejeté la proposition de la direction.", "Le syndicat a dit non à la proposition de la direction.",
     "ok"),
    ("fr", "Le syndicat refuse de signer l'accord salarial.", "Le syndicat ne signera pas l'accord salarial.", "ok"),
    ("de", "Die Regierung lehnte den Vorschlag der Opposition ab.",
     "Die Regierung akzeptierte den Vorschlag der Opposition nicht.", "ok"),
    ("de", "Die Regierung lehnte den Vorschlag der Opposition ab.", "Die Regierung wies den Vorschlag der Opposition zurück.",
     "ok"),
    ("de", STAFF, "Die meisten Beschäftigten kehrten am Montag an ihre Arbeitsplätze zurück.", "ok"),
    ("es", "El sindicato rechazó la propuesta de la empresa.", "El sindicato no aceptó la propuesta de la empresa.", "ok"),
    ("es", "El ministerio desmintió los informes sobre despidos.", "El ministerio negó los informes sobre despidos.", "ok"),
    ("ar", "لا يزال السد يشكل خطرا على القرى.", "يشكل السد خطرا على القرى.", "ok"),
    ("fr", "Le tribunal a rejeté le recours de la société.", "Le tribunal a débouté la société de son recours.", "ok"),
    ("fr", "Le syndicat refuse toute baisse des salaires.", "Le syndicat s'oppose à toute baisse des salaires.", "ok"),
    ("fr", "Le gouvernement refuse de commenter les chiffres.", "Le gouvernement n'a pas commenté les chiffres.", "ok"),
    ("de", "Die Partei lehnte eine Koalition mit den Grünen ab.", "Die Partei schloss eine Koalition mit den Grünen aus.",
     "ok"),
    ("de", "Der Konzern dementierte die Berichte über Entlassungen.", "Der Konzern bestritt die Berichte über Entlassungen.",
     "ok"),
    ("es", "El congreso rechazó la reforma laboral.", "El congreso votó en contra de la reforma laboral.", "ok"),
    ("es", "El congreso rechazó la reforma laboral.", "El congreso tumbó la reforma laboral.", "ok"),
    ("es", "El gobierno rechaza subir los impuestos.", "El gobierno se niega a subir los impuestos.", "ok"),
    ("ar", "رفض المجلس مقترح الوسيط بشأن الملء.", "عارض المجلس مقترح الوسيط بشأن الملء.", "ok"),
    ("de", "Viele Beschäftigte kehrten zurück, aber alle Beschäftigten erhielten eine Prämie.",
     "Alle Beschäftigten erhielten eine Prämie.", "ok"),
]


@pytest.mark.parametrize("language,given,written,outcome", REJECTED, ids=_ids(REJECTED))
def test_a_rejection_told_as_agreed_or_a_part_as_all_is_refused(checked, language, given, written, outcome):
    assert_summary_outcome(checked(given, written, language=language), outcome)


WORDS = [
    # every word the README lists for these checks
    ("ar", "عادت القوافل بلا مساعدات إلى المعبر الحدودي.", "عادت القوافل بمساعدات إلى المعبر الحدودي.", DROPS),
    ("ar", "عادت القوافل دون مساعدات إلى المعبر الحدودي.", "عادت القوافل بمساعدات إلى المعبر الحدودي.", DROPS),
    ("ar", "فلم تتضرر المباني المجاورة للسد.", "تضررت المباني المجاورة للسد.", DROPS),
    ("ar", "نفت الوزارة أن تكون المحطة تضررت.", "قالت الوزارة إن المحطة تضررت.", DROPS),
    ("ar", RETURNED, "ليس كل النازحين عادوا إلى قراهم بعد انحسار المياه.", "ok"),
    ("ar", "تضررت معظم المناطق الزراعية من الجفاف.", "تضررت كافة المناطق الزراعية من الجفاف.",
     "says 'كافة المناطق' where its cited passages say 'معظم المناطق'"),
    ("ar", "عاد غالبية النازحين إلى قراهم بعد انحسار المياه.", "عاد جميع النازحين إلى قراهم بعد انحسار المياه.",
     "where its cited passages say 'غالبية النازحين'"),
    ("fr", "La majorité des salariés ont repris le travail lundi.", "Tous les salariés ont repris le travail lundi.",
     "where its cited passages say 'La majorité des salariés'"),
    ("fr", SALARIES, "Pas tous les salariés ont repris le travail lundi.", "ok"),
    ("ar", "نزح عشرون ألفًا من السكان بسبب الفيضانات.", "نزح 20,000 من السكان بسبب الفيضانات.", "ok"),
    ("ar", "بلغت الخسائر ثلاثة ملايين دولار.", "بلغت الخسائر 3 ملايين دولار.", "ok"),
    ("ar", "قال مسؤول إن السد آمن.", "قال واحد من المسؤولين إن السد آمن.", "ok"),  # "one" alone counts nothing
    ("ar", "تبلغ سعة الخزان ٧٤ مليار متر مكعب.", "تقاس سعة الخزان بوحدة مليار متر مكعب.", "ok"),  # a scale alone
    ("de", "Der Minister soll bestochen worden sein.", "Der Minister wurde bestochen.", "the source gives this only as 'soll'"),
    ("de", "Die Brücke soll 2027 fertig sein.", "Die Brücke ist 2027 fertig.", "ok"),
    ("de", "Die Behörde verweigerte die Genehmigung für das Werk.", "Die Behörde erteilte die Genehmigung für das Werk.",
     DROPS),
    ("fr", "Le conseil a rejeté le budget municipal.", "Le conseil a voté contre le budget municipal.", "ok"),
    ("de", "Der Rat lehnte den Haushalt der Stadt ab.", "Der Rat stimmte gegen den Haushalt der Stadt.", "ok"),
    ("es", "El sindicato rechazó la propuesta de la empresa.", "El sindicato se opuso a la propuesta de la empresa.", "ok"),
]


@pytest.mark.parametrize("language,given,written,outcome", WORDS, ids=_ids(WORDS))
def test_each_word_the_readme_lists(checked, language, given, written, outcome):
    assert_summary_outcome(checked(given, written, language=language), outcome)
