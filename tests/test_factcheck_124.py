"""A hundred-and-twenty-fourth fact-check: figures whose relation is misread.

"The club's loss was about a third of its turnover." citing "a loss of £2.3 million on turnover of £14.8 million"
built: a passage of two amounts and no percentage let any fraction of them pass. Shares and multiples in words of a
measure of accounts are now held to the amounts' arithmetic (explainer/amount_shares.py): "about a sixth" (15.5%),
"about 16%" and "more than six times its loss" build, "about a third", "half", "nearly double" are refused.

"The evacuation zone covers 2 kilometres." citing "widened the evacuation zone to 5 kilometres, from 2 kilometres"
built: a level changed "to X from Y" was read as no change, where "from Y to X" was (explainer/revised.py,
explainer/start_levels.py, explainer/carried_units.py); "was widened to 2 kilometres" of "from 2 kilometres to 5"
built too, "widened" being no word of change there.

"The river rose by 3 times." (or "threefold", "tripled") citing "The river rose by 3 metres" built: a multiplier read
as the bare 3 a measure gives (explainer/factors_measured.py).

"The flow was above the treaty minimum." citing "found the ... flow at the border below the minimum set by the ...
treaty" built: a side of a bound is now kept (explainer/bound_sides.py), in French, Spanish and German too.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import findings_in_language, sentence_findings

FIXTURES = Path(__file__).parent / "fixtures"


def _paragraph(fixture: str, seed: str, words: str) -> str:
    """Return the paragraph of a fixture's seed that holds `words`."""
    text = (FIXTURES / fixture / "seeds" / seed).read_text(encoding="utf-8")
    return next(paragraph for paragraph in text.split("\n\n") if words in paragraph).strip()


ACCOUNTS = _paragraph("newuser_90", "stadium.txt", "a loss of £2.3 million on turnover of £14.8 million")
WIDENED_FROM_TO = _paragraph("newuser_92", "002_harwick_toll.txt", "from 2 kilometres to 5 kilometres")
WIDENED_BY_WEDNESDAY = _paragraph("newuser_92", "003_harwick_return.txt", "widened to 5 kilometres on Wednesday")
BELOW_MINIMUM = _paragraph("newuser_88", "oltan-dam-followup.txt", "below the minimum set by the two countries")
BELOW_280 = _paragraph("newuser_88", "oltan-dam-followup.txt", "below the 280 cubic metres per second")
WIDENED_TO_FROM = "The regional government widened the evacuation zone to 5 kilometres, from 2 kilometres, on Wednesday."
PRICE_CUT = "The company cut the price of a ticket to $4 from $5 last week."
RIVER = "The river rose by 3 metres overnight."
DEBT = "The company reported debt of $40 million and assets of $85 million."


def _findings(sentence: str, *passages: str) -> list[str]:
    return sentence_findings(sentence, passages, "en", (), published="2026-11-12")


MISREAD_SHARES = {
    "about-a-third": ("The club's loss was about a third of its turnover.", ACCOUNTS),
    "half": ("The club's loss was half its turnover.", ACCOUNTS),
    "a-quarter": ("The club's loss was a quarter of its turnover.", ACCOUNTS),
    "more-than-half": ("The club's loss was more than half of its turnover.", ACCOUNTS),
    "nearly-a-fifth": ("The club's loss was nearly a fifth of its turnover.", ACCOUNTS),
    "own-amount": ("The club lost £2.3 million, about a third of its turnover.", ACCOUNTS),
    "nearly-double": ("The club's turnover was nearly double its loss.", ACCOUNTS),
    "twice": ("The club's turnover was twice its loss.", ACCOUNTS),
    "three-times": ("The club's turnover was three times its loss.", ACCOUNTS),
    "more-than-seven-times": ("The club's turnover was more than seven times its loss.", ACCOUNTS),
    "debt-quarter": ("Its debt is about a quarter of its assets.", DEBT),
    "assets-nearly-triple": ("Its assets are nearly triple its debt.", DEBT),
}


@pytest.mark.parametrize("sentence, passage", MISREAD_SHARES.values(), ids=MISREAD_SHARES.keys())
def test_a_share_or_multiple_the_amounts_do_not_give_is_refused(sentence: str, passage: str):
    found = _findings(sentence, passage)
    assert any("where its cited passages' amounts give" in message for message in found), found


def test_the_share_the_amounts_give_is_named():
    found = _findings("The club's loss was about a third of its turnover.", ACCOUNTS)
    assert found == ["this sentence says \"about a third\" (about 33%) where its cited passages' amounts give 15.5%: "
                     "\"The club's loss was about a third of its turnover.\""]


FITTING_SHARES = {
    "about-a-sixth": ("The club's loss was about a sixth of its turnover.", ACCOUNTS),
    "less-than-a-fifth": ("The club's loss was less than a fifth of its turnover.", ACCOUNTS),
    "about-16-percent": ("The club's loss was about 16% of its turnover.", ACCOUNTS),
    "own-amount": ("The club lost £2.3 million, about a sixth of its turnover.", ACCOUNTS),
    "more-than-six-times": ("The club's turnover was more than six times its loss.", ACCOUNTS),
    "debt-about-half": ("Its debt is about half its assets.", DEBT),
    "assets-more-than-double": ("Its assets are more than double its debt.", DEBT),
    # no part named: the passage's other amount is no share of revenue the sentence tells
    "no-part-named": ("Half of its revenue came from ticket sales.",
                      "The club reported revenue of £40 million and a profit of £3 million; half came from tickets."),
}


@pytest.mark.parametrize("sentence, passage", FITTING_SHARES.values(), ids=FITTING_SHARES.keys())
def test_a_share_or_multiple_the_amounts_give_builds(sentence: str, passage: str):
    assert _findings(sentence, passage) == []


STARTS_AS_CURRENT = {
    "covers-to-from": ("The evacuation zone covers 2 kilometres.", WIDENED_TO_FROM, "states 2 as current"),
    "now-covers-to-from": ("The evacuation zone now covers everyone within 2 kilometres.", WIDENED_TO_FROM,
                           "states 2 as current"),
    "cut-to-to-from": ("The evacuation zone was cut to 2 kilometres.", WIDENED_TO_FROM, "gives 2 as a level reached"),
    "widened-to-to-from": ("The evacuation zone was widened to 2 kilometres.", WIDENED_TO_FROM,
                           "gives 2 as a level reached"),
    "widened-to-from-to": ("The evacuation zone was widened to 2 kilometres.", WIDENED_FROM_TO,
                           "gives 2 as a level reached"),
    "extended-to-from-to": ("The zone was extended to 2 kilometres.", WIDENED_FROM_TO, "gives 2 as a level reached"),
    "price-is": ("The price of a ticket is $5.", PRICE_CUT, "states 5 as current"),
    "price-now-stands": ("A ticket now stands at $5.", PRICE_CUT, "states 5 as current"),
}


@pytest.mark.parametrize("sentence, passage, said", STARTS_AS_CURRENT.values(), ids=STARTS_AS_CURRENT.keys())
def test_the_start_of_a_change_told_to_from_is_no_level_now(sentence: str, passage: str, said: str):
    found = _findings(sentence, passage)
    assert any(message.startswith(f"this sentence {said}") for message in found), found


LEVELS_KEPT = {
    "widened-from-to": ("The evacuation zone was widened from 2 to 5 kilometres.", WIDENED_TO_FROM),
    "now-covers-5": ("The zone now covers 5 kilometres.", WIDENED_TO_FROM),
    "covered-then": ("The zone covered 2 kilometres before it was widened.", WIDENED_TO_FROM),
    "widened-to-5-fixture": ("The zone was widened to 5 kilometres on Wednesday.", WIDENED_BY_WEDNESDAY),
    "widened-from-to-fixture": ("The zone was widened from 2 kilometres to 5 kilometres.", WIDENED_FROM_TO),
    "price-is-4": ("The price of a ticket is $4.", PRICE_CUT),
    "price-cut-from-5": ("The company cut the price of a ticket from $5 to $4.", PRICE_CUT),
}


@pytest.mark.parametrize("sentence, passage", LEVELS_KEPT.values(), ids=LEVELS_KEPT.keys())
def test_the_level_reached_or_the_start_told_as_then_builds(sentence: str, passage: str):
    assert _findings(sentence, passage) == []


MULTIPLIERS_OF_MEASURES = {
    "by-3-times": ("The river rose by 3 times.", RIVER, "'3 times'"),
    "threefold": ("The river rose threefold.", RIVER, "'threefold'"),
    "three-times": ("The river's level rose three times overnight.", RIVER, "'three times'"),
    "3-fold-dollars": ("Prices rose 3-fold.", "Prices rose by $3 a ticket.", "'3-fold'"),
    "3x-percent": ("Prices rose 3x.", "Prices rose by 3%.", "'3x'"),
    "a-threefold-rise": ("The river saw a threefold rise.", RIVER, "'threefold'"),
}


@pytest.mark.parametrize("sentence, passage, factor", MULTIPLIERS_OF_MEASURES.values(),
                         ids=MULTIPLIERS_OF_MEASURES.keys())
def test_a_multiplier_of_a_measure_is_refused(sentence: str, passage: str, factor: str):
    found = _findings(sentence, passage)
    assert any(message.startswith(f"this sentence gives {'3'} as a multiple ({factor})") for message in found), found


def test_the_measure_is_named_beside_the_multiplier():
    assert _findings("The river rose by 3 times.", RIVER) == [
        "this sentence gives 3 as a multiple ('3 times') where its cited passages give it as a measure ('3 metres'): "
        "\"The river rose by 3 times.\""]


def test_a_tripling_of_a_measure_is_refused_as_an_unbacked_change():
    found = _findings("The river tripled.", RIVER)
    assert any(message.startswith('change "tripled" is not in the passages it cites') for message in found), found


def test_a_factor_in_words_no_ratio_of_the_levels_gives_is_refused():
    found = _findings("The zone was widened threefold.", WIDENED_FROM_TO)
    assert any(message.startswith('change "threefold" is not in the passages it cites') for message in found), found


MULTIPLIERS_KEPT = {
    "metres": ("The river rose by 3 metres.", RIVER),
    "three-metres": ("The river rose by three metres.", RIVER),
    "times-of-times": ("Prices rose by 3 times.", "Prices rose 3 times last year."),
    "threefold-of-tripled": ("Prices rose threefold.", "Prices tripled last year."),
    "ratio-of-levels": ("The zone was widened 2.5 times.", WIDENED_FROM_TO),
    # a factor that compares is the ratio checks' to read: "twice" of a passage's "double", its 2% no measure of it
    "comparison-not-change": ("Inflation is twice the 2% target.", "Inflation was 4%, double the 2% target."),
}


@pytest.mark.parametrize("sentence, passage", MULTIPLIERS_KEPT.values(), ids=MULTIPLIERS_KEPT.keys())
def test_a_multiplier_the_passage_gives_or_a_measure_kept_builds(sentence: str, passage: str):
    assert _findings(sentence, passage) == []


BOUND_SIDES_TURNED = {
    "above-minimum": ("The flow was above the treaty minimum.", BELOW_MINIMUM),
    "exceeded-minimum": ("The flow exceeded the minimum set by the treaty.", BELOW_MINIMUM),
    "over-minimum": ("The flow at the border was over the treaty's minimum.", BELOW_MINIMUM),
    "more-than-minimum": ("The inspection found the flow more than the treaty minimum.", BELOW_MINIMUM),
    "met-minimum": ("The flow met the treaty minimum.", BELOW_MINIMUM),
    "above-the-280": ("The flow was 272 cubic metres per second, above the 280 the treaty requires.", BELOW_280),
    "below-maximum": ("Emissions were below the legal maximum.", "Emissions at the plant exceeded the legal maximum."),
    "under-limit": ("Emissions stayed under the legal limit.", "Emissions at the plant were above the legal limit."),
    "exceeded-cap": ("Emissions exceeded the cap.", "Emissions at the plant stayed below the cap."),
}


@pytest.mark.parametrize("sentence, passage", BOUND_SIDES_TURNED.values(), ids=BOUND_SIDES_TURNED.keys())
def test_a_level_put_on_the_other_side_of_a_bound_is_refused(sentence: str, passage: str):
    found = _findings(sentence, passage)
    assert any("where its cited passages say 'below" in message or "where its cited passages say 'above" in message
               or "where its cited passages say 'exceeded" in message for message in found), found


BOUND_SIDES_KEPT = {
    "below-minimum": ("The flow was below the treaty minimum.", BELOW_MINIMUM),
    "short-of-minimum": ("The flow fell short of the treaty minimum.", BELOW_MINIMUM),
    "under-minimum": ("The flow was under the minimum set by the treaty.", BELOW_MINIMUM),
    "less-than-minimum": ("The flow was less than the treaty minimum.", BELOW_MINIMUM),
    "below-the-280": ("The flow was 272 cubic metres per second, below the 280 the treaty requires.", BELOW_280),
    "exceeded-maximum": ("Emissions exceeded the legal maximum.", "Emissions at the plant exceeded the legal maximum."),
    "never-below-as-above": ("Kesh says the flow stayed above the treaty minimum.",
                             "Kesh says that the flow never fell below the treaty's minimum."),
    "other-subject": ("Rainfall was above the seasonal minimum.", BELOW_MINIMUM),
}


@pytest.mark.parametrize("sentence, passage", BOUND_SIDES_KEPT.values(), ids=BOUND_SIDES_KEPT.keys())
def test_a_level_on_the_side_of_the_bound_its_passage_gives_builds(sentence: str, passage: str):
    assert _findings(sentence, passage) == []


IN_LANGUAGES = {
    "fr-above": ("fr", "Le débit était au-dessus du minimum fixé par le traité.",
                 "L'inspection a constaté que le débit à la frontière était en dessous du minimum fixé par le traité.",
                 True),
    "fr-below": ("fr", "Le débit était en dessous du minimum fixé par le traité.",
                 "L'inspection a constaté que le débit à la frontière était en dessous du minimum fixé par le traité.",
                 False),
    "fr-exceeds": ("fr", "Le débit dépasse le plafond légal.", "Le débit à la frontière est resté inférieur au plafond "
                   "légal.", True),
    "fr-not-exceeds": ("fr", "Le débit ne dépasse pas le plafond légal.", "Le débit à la frontière est resté "
                       "inférieur au plafond légal.", False),
    "es-above": ("es", "El caudal estuvo por encima del mínimo fijado por el tratado.",
                 "La inspección halló el caudal en la frontera por debajo del mínimo fijado por el tratado.", True),
    "es-below": ("es", "El caudal estuvo por debajo del mínimo del tratado.",
                 "La inspección halló el caudal en la frontera por debajo del mínimo fijado por el tratado.", False),
    "es-exceeded": ("es", "Las emisiones superaron el límite legal.",
                    "Las emisiones de la planta quedaron por debajo del límite legal.", True),
    "de-above": ("de", "Der Abfluss lag über dem Mindestwert des Vertrags.",
                 "Die Inspektion ergab, dass der Abfluss an der Grenze unter dem Mindestwert des Vertrags lag.", True),
    "de-below": ("de", "Der Abfluss lag unter dem Mindestwert des Vertrags.",
                 "Die Inspektion ergab, dass der Abfluss an der Grenze unter dem Mindestwert des Vertrags lag.", False),
    "de-exceeded": ("de", "Die Emissionen überschritten den Grenzwert.",
                    "Die Emissionen der Anlage blieben unter dem Grenzwert.", True),
    "fr-times-of-metres": ("fr", "Le niveau du fleuve a augmenté de 3 fois.",
                           "Le niveau du fleuve a augmenté de 3 mètres dans la nuit.", True),
    "fr-metres": ("fr", "Le niveau du fleuve a augmenté de 3 mètres.",
                  "Le niveau du fleuve a augmenté de 3 mètres dans la nuit.", False),
    "es-veces-of-metros": ("es", "El nivel del río aumentó 3 veces.", "El nivel del río aumentó 3 metros durante la "
                           "noche.", True),
    "es-metros": ("es", "El nivel del río aumentó 3 metros.", "El nivel del río aumentó 3 metros durante la noche.",
                  False),
    "de-fache-of-meter": ("de", "Der Pegel stieg um das 3-fache.", "Der Pegel stieg über Nacht um 3 Meter.", True),
    "de-meter": ("de", "Der Pegel stieg um 3 Meter.", "Der Pegel stieg über Nacht um 3 Meter.", False),
}


@pytest.mark.parametrize("language, sentence, passage, refused", IN_LANGUAGES.values(), ids=IN_LANGUAGES.keys())
def test_sides_of_bounds_and_multipliers_in_french_spanish_and_german(language: str, sentence: str, passage: str,
                                                                      refused: bool):
    found = findings_in_language(language, sentence, passage)
    if refused:
        assert any("where its cited passages say" in message or "as a multiple" in message for message in found), found
    else:
        assert found == []
