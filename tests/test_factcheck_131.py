"""A hundred-and-thirty-first fact-check: figures, their precision, their owners and their units.

Refused, where each built:
- a multiple found as a bare number: "About 11,000 residents have now been told to leave their homes, nearly twice as
  many as on Monday." citing "... from 2 kilometres to 5 kilometres ... About 11,000 ..., up from about 4,500 on
  Monday" (11,000 of 4,500 is 2.44, over twice): the passage's "2" was taken for the multiple; "five times as many"
  took its "5", "nearly three times" the ratio of 2 and 5 kilometres, and "nearly twice the committee's" cut the
  ratio of 12 and 20 years (change_multiples.multiple_unsaid, rising_change_pairs, fractions_said.counted_pairs);
  "nearly" is read under the multiple, as "more than" is over it (computed.near_ratio);
- a difference of two rounded figures told as exact: "The number told to leave rose by 6,500." (and German "stieg um
  6.500", French "a augmenté de 6 500", Spanish "subió en 6.500"): rounded_differences.py;
- a figure given to the other counter: "The union counts 5,000 marchers." or "The union gives the figure as 5,000."
  citing "Police put the turnout at 5,000; the union said 12,000" (figure_speakers.py reads "counts", "gives ... as",
  "reckons", "tallied" as it reads "said");
- a unit abbreviated with dots read as none: "3 sq. km" of "3 hectares", "3 sq. mi." of "3 sq. km", "60 sq. m" of "60
  square feet" (measures.py); a change's size in a unit its ends are not given in: "The zone was widened by 3 miles."
  of "from 2 kilometres to 5 kilometres" (attribution._rounded_difference);
- percentage points told as per cent: "Support is 2% higher than before." citing "Support rose from 40 percent to 42
  percent" (2 points, 5 per cent: computed.percentage_levels; two rises' sizes, "Wages rose 2% more than prices" of
  "rose 7%" and "rose 5%", still build: tests/test_factcheck_50.py).

Built, where each was refused:
- a rise's size of ends given after German "nach" or French "contre", Spanish "frente a": "Die Zahl stieg um etwa
  6.500." citing "Etwa 11.000 Einwohner wurden ... aufgefordert, ihre Häuser zu verlassen, nach etwa 4.500 am Montag"
  (change_sizes_german.py, change_sizes_romance.py; French "d'environ 6 500" is read as "de");
- a unit a seed breaks with a hyphen at a line end: "The fire burned 3 square kilometres." citing "3 square kilo-⏎
  metres" (numbers.unit_after).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, read_as_project_locale, sentence_findings
from test_factcheck_129 import found  # a sentence citing one passage, read as a build reads its language
from test_newuser_93 import PARTIES as DEBT_PARTIES

FIRE = ("The regional government of Eastmarch widened the evacuation zone around the plant from 2 kilometres to 5 "
        "kilometres on Wednesday, after air samples showed traces of chlorine in a village north-east of the site. "
        "About 11,000 residents have now been told to leave their homes, up from about 4,500 on Monday, it said.")
FIRE_EXACT = "11,000 residents have now been told to leave their homes, up from 4,500 on Monday."
FIRE_DE = "Etwa 11.000 Einwohner wurden inzwischen aufgefordert, ihre Häuser zu verlassen, nach etwa 4.500 am Montag."
FIRE_FR = ("Environ 11 000 habitants ont désormais reçu l'ordre de quitter leur domicile, contre environ 4 500 "
           "lundi.")
FIRE_ES = "Unos 11.000 vecinos han recibido la orden de abandonar sus casas, frente a unos 4.500 el lunes."
TURNOUT = "Police put the turnout at 5,000; the union said 12,000."
SUPPORT = "Support rose from 40 percent to 42 percent."
TOLD = "About 11,000 residents have now been told to leave their homes"
OFFERS = ("The finance ministry has proposed that bondholders accept a cut of 45 percent in the face value of their "
          "bonds, with the remaining debt repaid over 20 years at an interest rate of 3.5 percent. The bondholder "
          "committee, which says it represents holders of about 60 percent of the bonds, has offered a cut of 20 "
          "percent, with repayment over 12 years at 6 percent.")
MARCH = ("About 4,000 people marched to the finance ministry on Saturday, according to police; the organisers put the "
         "number at 15,000.")

# (language, sentence, passage)
HONEST = {
    # 1. a multiple of the two figures it compares
    "more-than-twice": ("en", f"{TOLD}, more than twice as many as on Monday.", FIRE),
    "nearly-2-5-times": ("en", f"{TOLD}, nearly 2.5 times as many as on Monday.", FIRE),
    "twice-as-many-said": ("en", f"{TOLD}, twice as many as on Monday.", f"{TOLD}, twice as many as on Monday."),
    "nearly-twice-of-1-9": ("en", "About 9,500 residents have now been told to leave, nearly twice as many as on Monday.",
                            "About 9,500 residents have now been told to leave, up from 5,000 on Monday."),
    "nearly-four-times-personnel": ("en", "Pakistan has 660,000 active personnel, nearly four times the Taliban's "
                                          "172,000.", "Pakistan has 660,000 active personnel; the Taliban have 172,000 "
                                                      "active personnel."),
    "five-times-a-week": ("en", "The plant was inspected five times a week.", "The plant was inspected 5 times a week."),
    # 2. a difference of rounded figures, hedged; of plain ones, plain
    "rose-by-about-6500": ("en", "The number told to leave rose by about 6,500.", FIRE),
    "some-6500-more": ("en", "Some 6,500 more residents have been told to leave since Monday.", FIRE),
    "roughly-6500-higher": ("en", "The number told to leave is roughly 6,500 higher than on Monday.", FIRE),
    "rose-by-6500-exact": ("en", "The number told to leave rose by 6,500.", FIRE_EXACT),
    "about-11000-higher": ("en", "The organisers' count was about 11,000 higher than the police's.", MARCH),
    # 3. a figure kept to its counter
    "union-puts-it-at-12000": ("en", "The union puts it at 12,000.", TURNOUT),
    "union-gives-12000": ("en", "The union gives the figure as 12,000.", TURNOUT),
    "union-counts-12000": ("en", "The union counts 12,000 marchers.", TURNOUT),
    "union-reckons-12000": ("en", "The union reckons 12,000 marched.", TURNOUT),
    "police-gave-5000": ("en", "Police gave the turnout as 5,000.", TURNOUT),
    "union-counts-of-put": ("en", "The union counts 12,000 marchers.",
                            "Police gave the figure as 5,000; the union put it at 12,000."),
    # 4. a rise's size of ends told after "nach", "contre", "frente a"
    "de-um-etwa-6500": ("de", "Die Zahl stieg um etwa 6.500.", FIRE_DE),
    "de-um-rund-6500": ("de", "Die Zahl der Aufgeforderten stieg um rund 6.500.", FIRE_DE),
    "fr-d-environ-6500": ("fr", "Le nombre a augmenté d'environ 6 500.", FIRE_FR),
    "fr-de-pres-de-6500": ("fr", "Le nombre a augmenté de près de 6 500.", FIRE_FR),
    "es-en-unos-6500": ("es", "La cifra subió en unos 6.500.", FIRE_ES),
    # 5. units abbreviated, or broken at a line end
    "sq-km-of-sq-km": ("en", "The fire burned 3 sq. km.", "The fire burned 3 sq km."),
    "sq-mi-of-square-miles": ("en", "The fire burned 3 sq. mi.", "The fire burned 3 square miles."),
    "square-km-of-sq-km": ("en", "The fire burned 3 square kilometres.", "The fire burned 3 sq. km."),
    "cu-m-of-cubic-metres": ("en", "The tank held 3 cu. m of water.", "The tank held 3 cubic metres of water."),
    "sq-ft-of-square-feet": ("en", "The flat is 600 sq. ft.", "The flat is 600 square feet."),
    "m3-of-cubic-metres": ("en", "The tank held 3 m³.", "The tank held 3 cubic metres."),
    "kilo-metres-broken": ("en", "The fire burned 3 square kilometres.", "The fire burned 3 square kilo-\nmetres."),
    "square-kilometres-broken": ("en", "The fire burned 3 square kilometres.", "The fire burned 3 square-\nkilometres."),
    "kilometres-broken": ("en", "The road was closed for 3 kilometres.", "The road was closed for 3 kilo-\nmetres."),
    "widened-by-3-km": ("en", "The zone was widened by 3 kilometres.", FIRE),
    "fall-by-three-hours": ("en", "The working week is to fall by three hours.",
                            "The working week is to fall from 38 hours to 35 hours."),
    # 6. percentage points and per cent
    "rose-2-points": ("en", "Support rose by 2 percentage points.", SUPPORT),
    "rose-5-percent": ("en", "Support rose by 5 percent.", SUPPORT),
    "2-points-higher": ("en", "Support is 2 percentage points higher than before.", SUPPORT),
    "7-points-ahead": ("en", "Ibarra was 7 points ahead of Garrido.",
                       "Ibarra won 48% of the vote, ahead of Garrido with 41%."),
}

# (language, sentence, passage, what the finding names)
MISSTATED = {
    # 1. a bare number of something else taken for a multiple
    "nearly-twice": ("en", f"{TOLD}, nearly twice as many as on Monday.", FIRE, 'figure "twice" is not'),
    "almost-twice": ("en", f"{TOLD}, almost twice as many as on Monday.", FIRE, 'figure "twice" is not'),
    "twice-as-many": ("en", f"{TOLD}, twice as many as on Monday.", FIRE, 'figure "twice" is not'),
    "nearly-two-times": ("en", f"{TOLD}, nearly two times as many as on Monday.", FIRE, 'figure "two" is not'),
    "five-times-as-many": ("en", f"{TOLD}, five times as many as on Monday.", FIRE, 'figure "five" is not'),
    "nearly-three-times": ("en", f"{TOLD}, nearly three times as many as on Monday.", FIRE, 'figure "three" is not'),
    "twice-of-two-schools": ("en", "About 9,500 residents have now been told to leave, twice as many as on Monday.",
                             "About 9,500 residents have now been told to leave, up from 3,000 on Monday. Two "
                             "schools are shut.", 'figure "twice" is not'),
    "twice-of-2-schools": ("en", "About 9,500 residents have now been told to leave, twice as many as on Monday.",
                           "About 9,500 residents have now been told to leave, up from 3,000 on Monday. It has 2 "
                           "schools.", 'figure "twice" is not'),
    "nearly-twice-of-years": ("en", "The ministry's proposed cut is nearly twice the committee's.", OFFERS,
                              'figure "twice" is not'),
    # 2. a difference of rounded figures told as exact
    "rose-by-6500": ("en", "The number told to leave rose by 6,500.", FIRE, 'figure "6,500" is the difference of '
                                                                              '"About 11,000" and "about 4,500"'),
    "rose-6500": ("en", "The number told to leave rose 6,500.", FIRE, 'figure "6,500" is the difference'),
    "increase-of-6500": ("en", "The number told to leave saw an increase of 6,500.", FIRE,
                         'figure "6,500" is the difference'),
    "6500-higher": ("en", "The number told to leave is 6,500 higher than on Monday.", FIRE,
                    'figure "6,500" is the difference'),
    "6500-more": ("en", "6,500 more residents have been told to leave since Monday.", FIRE,
                  'figure "6,500" is the difference'),
    "11000-higher": ("en", "The organisers' count was 11,000 higher than the police's.", MARCH,
                     'figure "11,000" is the difference of "15,000" and "About 4,000"'),
    "rose-by-about-8500": ("en", "The number told to leave rose by about 8,500.", FIRE, 'figure "8,500" is not'),
    # 3. another's figure
    "union-puts-5000": ("en", "The union puts the turnout at 5,000.", TURNOUT, "as the word of 'union'"),
    "union-gives-5000": ("en", "The union gives the figure as 5,000.", TURNOUT, "as the word of 'union'"),
    "union-counts-5000": ("en", "The union counts 5,000 marchers.", TURNOUT, "as the word of 'union'"),
    "union-reckons-5000": ("en", "The union reckons 5,000 marched.", TURNOUT, "as the word of 'union'"),
    "union-estimated-5000": ("en", "The union estimated the turnout at 5,000.", TURNOUT, "as the word of 'union'"),
    "police-tallied-12000": ("en", "Police tallied 12,000 marchers.", TURNOUT, "as the word of 'Police'"),
    "union-counts-two-sentences": ("en", "The union counts 5,000 marchers.",
                                   "Police put the turnout at 5,000. The union said 12,000.", "as the word of 'union'"),
    # 4. the German, French and Spanish rises, misstated
    "de-um-etwa-8500": ("de", "Die Zahl stieg um etwa 8.500.", FIRE_DE, 'figure "8.500" is not'),
    "de-sank-um-etwa-6500": ("de", "Die Zahl sank um etwa 6.500.", FIRE_DE, 'figure "6.500" is not'),
    "de-um-6500": ("de", "Die Zahl stieg um 6.500.", FIRE_DE, 'figure "6.500" is the difference'),
    "fr-d-environ-8500": ("fr", "Le nombre a augmenté d'environ 8 500.", FIRE_FR, 'figure "8 500" is not'),
    "fr-baisse-6500": ("fr", "Le nombre a baissé d'environ 6 500.", FIRE_FR, 'figure "6 500" is not'),
    "fr-de-6500": ("fr", "Le nombre a augmenté de 6 500.", FIRE_FR, 'figure "6 500" is the difference'),
    "es-en-unos-8500": ("es", "La cifra subió en unos 8.500.", FIRE_ES, 'figure "8.500" is not'),
    "es-mas-millones": ("es", "La propuesta de los médicos costaría 17 millones de euros más que la del Gobierno.",
                        "El Gobierno sostiene que la subida supondría un coste de 18 millones de euros al año. Según la "
                        "consejera, la propuesta de los médicos costaría unos 35 millones de euros anuales.",
                        'figure "17 millones" is the difference of "unos 35 millones" and "18 millones"'),
    "es-en-6500": ("es", "La cifra subió en 6.500.", FIRE_ES, 'figure "6.500" is the difference'),
    # 5. a unit abbreviated, or broken at a line end, read as its unit
    "sq-km-of-hectares": ("en", "The fire burned 3 sq. km.", "The fire burned 3 hectares.",
                          'figure "3" is given in square kilometres'),
    "sq-mi-of-sq-km": ("en", "The fire burned 3 sq. mi.", "The fire burned 3 sq. km.",
                       'figure "3" is given in square miles'),
    "cu-m-of-litres": ("en", "The tank held 3 cu. m of water.", "The tank held 3 litres of water.",
                       'figure "3" is given in cubic metres'),
    "sq-m-of-square-feet": ("en", "The flat is 60 sq. m.", "The flat is 60 square feet.",
                            'figure "60" is given in square metres'),
    "square-miles-of-broken-km": ("en", "The fire burned 3 square miles.", "The fire burned 3 square kilo-\nmetres.",
                                  "they give it in square kilometres"),
    "miles-of-broken-km": ("en", "The road was closed for 3 miles.", "The road was closed for 3 kilo-\nmetres.",
                           "they give it in kilometres"),
    "km-h-of-mph": ("en", "The car went 50 km/h.", "The car went 50 mph.", "given in kilometres per hour"),
    "m3-of-litres": ("en", "The tank held 3 m³.", "The tank held 3 litres.", "given in cubic metres"),
    "widened-by-3-miles": ("en", "The zone was widened by 3 miles.", FIRE,
                           'figure "3" is given in miles, which no figure of the passages it is reckoned from'),
    "widened-by-about-3-miles": ("en", "The zone was widened by about 3 miles.", FIRE, 'figure "3" is given in miles'),
    "fall-by-three-days": ("en", "The working week is to fall by three days.",
                           "The working week is to fall from 38 hours to 35 hours.", 'figure "three" is given in days'),
    # 6. points told as per cent, and per cent as points
    "rose-by-2-percent": ("en", "Support rose by 2 percent.", SUPPORT, 'figure "2 percent" is not'),
    "2-percent-higher": ("en", "Support is 2% higher than before.", SUPPORT, 'figure "2%" is not'),
    "rose-5-points": ("en", "Support rose by 5 percentage points.", SUPPORT, 'figure "5" is not'),
    "7-percent-ahead": ("en", "Ibarra was 7% ahead of Garrido.", "Ibarra won 48% of the vote, ahead of Garrido with "
                                                               "41%.", 'figure "7%" is not'),
    "rate-2-5-percent-higher": ("en", "The committee's interest rate is 2.5 percent higher.", OFFERS,
                                'figure "2.5 percent" is not'),
}


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_figure_builds(language: str, sentence: str, passage: str):
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstated_figure_is_refused(language: str, sentence: str, passage: str, named: str):
    findings = found(language, sentence, passage)
    assert any(named in finding for finding in findings), findings


def test_an_unhedged_difference_is_told_how_to_say_it():
    """The finding of a difference of rounded figures says what to write, in the sentence's language."""
    from explainer.attribution import check_prose
    from support import _cited_and_named  # the passages as sentence_findings gives them, whose hints it drops

    read_as_project_locale(REPO, "de")
    cited, _ = _cited_and_named((FIRE_DE,), "de", (), "", "2026-03-12")
    hints = [finding.hint for finding in check_prose("Die Zahl stieg um 6.500.[^k]", lambda key: cited, "de", 2)]
    assert any('"etwa 6.500"' in hint for hint in hints), hints


@pytest.mark.parametrize("sentence, said", [
    ("The organisers counted 15,000 marchers.", ""),
    ("The organisers' count was about 11,000 higher than the police's.", ""),
    ("The organisers' count was 11,000 higher than the police's.", 'figure "11,000" is the difference'),
    ("The ministry's proposed cut is nearly twice the committee's.", 'figure "twice" is not'),
])
def test_the_debt_talks_figures(sentence: str, said: str):
    """The debt briefing's parties (tests/test_newuser_93.py): the march's two counts, the two offers' cuts."""
    read_as_project_locale(REPO, "en")
    findings = sentence_findings(sentence, (MARCH, OFFERS), "en", DEBT_PARTIES, published="2026-11-18")
    assert (findings == []) if not said else any(said in finding for finding in findings), findings


def _fire_desk(tmp_path: Path, sentences: str) -> Path:
    """Return the fire briefing (tests/fixtures/newuser_92) with `sentences` citing the widened order added."""
    desk = checked_fixture_project(REPO / "tests" / "fixtures" / "newuser_92", tmp_path / "desk")
    background = desk / "content" / "harwick-fire" / "background.yaml"
    text = background.read_text(encoding="utf-8")
    anchor = "spent the night in a sports hall and two schools in Corley[^corley]."
    assert text.count(anchor) == 1
    background.write_text(text.replace(anchor, f"{anchor} {sentences}")
                          + "citations:\n  widened:\n    source: toll\n    quote: widened the evacuation zone around the "
                            "plant from 2 kilometres to 5 kilometres on Wednesday, after air samples showed traces of "
                            "chlorine in a village north-east of the site. About 11,000 residents have now been told "
                            "to leave their homes, up from about 4,500 on Monday\n", encoding="utf-8")
    return desk


def test_the_fire_s_honest_figures_build(tmp_path: Path):
    sentences = ("About 11,000 residents have now been told to leave their homes, more than twice as many as on "
                 "Monday[^widened]. The number told to leave rose by about 6,500[^widened].")
    result = run_build(_fire_desk(tmp_path, sentences), "check")
    assert result.code == 0, result.out + result.err


def test_the_fire_s_misstated_figures_are_refused(tmp_path: Path):
    sentences = ("About 11,000 residents have now been told to leave their homes, nearly twice as many as on "
                 "Monday[^widened]. The number told to leave rose by 6,500[^widened].")
    result = run_build(_fire_desk(tmp_path, sentences), "check")
    out = result.out + result.err
    assert result.code == 1 and 'figure "twice" is not in the passages' in out, out
    assert 'figure "6,500" is the difference of "About 11,000" and "about 4,500"' in out, out
