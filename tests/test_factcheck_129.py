"""A hundred-and-twenty-ninth fact-check: honest figure relations a new user writes, which the build refused and now
computes, each with a close misstatement that stays refused.

Built, where each was refused:
- a rise's size of two hedged ends told with words between them: "The number told to leave rose by about 6,500."
  citing "About 11,000 residents have now been told to leave their homes, up from about 4,500 on Monday"
  (change_sizes.change_ends_of read "up from" only a few words after the level, never before "about");
- a multiple of those two ends, "more than twice as many as on Monday", which the passage's "2 kilometres" was taken to
  qualify ("says more or less than 'twice'": change_multiples.multiple_of_ends);
- a fall's size of ends given with a unit of four words and a date between them: "The flow fell by 150 cubic metres
  per second." citing "fell from 410 cubic metres per second in early October to 260 cubic metres per second"
  (change_ends_told.py);
- a multiple of a percentage the sentence names: "Inflation is twice the 2% target." citing "Inflation was 4%, against a
  2% target" (computed.py);
- a bound read against every figure of the passage: "More than 4,000 residents were evacuated." citing "About 4,500
  ..., up from about 4,000 on Monday" (attribution._misqualified: the 4,500 backs it, though the 4,000 is "about");
- a limit's side kept by a negated verb: German "Die Emissionen überschritten den Grenzwert nicht." citing "Die
  Emissionen der Anlage blieben unter dem Grenzwert" (and in English, French and Spanish: limit_sides.py, read by
  polarity.py), while "überschritten den Grenzwert" of "unter dem Grenzwert", which built, is refused;
- a rate of growth told as growth: "The committee cites Halden Bank's estimate of 3 percent growth a year." citing
  "Economists at Halden Bank estimate growth at 3 percent a year" (direction.py read "at 3 percent" as a level
  reached); "growth rose by 3 percent" stays refused.

Each sentence is checked in-process against its cited passages, as `check` does; the fire's two relations are also
built in tests/fixtures/newuser_92's briefing.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, found_in_language

FIRE = ("The regional government of Eastmarch widened the evacuation zone around the plant from 2 kilometres to 5 "
        "kilometres on Wednesday, after air samples showed traces of chlorine in a village north-east of the site. "
        "About 11,000 residents have now been told to leave their homes, up from about 4,500 on Monday, it said.")
RIVER = ("Varna's water ministry said the flow at the Miren gauging station, where the river crosses the border, fell "
         "from 410 cubic metres per second in early October to 260 cubic metres per second on Sunday, a drop of 37 per "
         "cent. Kesh said the dam had released at least 300 cubic metres per second every day since filling began.")
GROWTH = ("The committee disputes the fund's growth forecast of 2.1 percent a year, which it says is too low. Economists "
          "at Halden Bank estimate growth at 3 percent a year over the next five years, a figure the committee has "
          "cited in its own proposals.")
INFLATION = "Inflation was 4%, against a 2% target."
EVACUATED = "About 4,500 residents were evacuated, up from about 4,000 on Monday."
UNTER = "Die Emissionen der Anlage blieben unter dem Grenzwert."

# (language, sentence, passage)
HONEST = {
    # 1. a rise's size of two hedged ends
    "rose-by-about-6500": ("en", "The number told to leave rose by about 6,500.", FIRE),
    "increase-of-about-6500": ("en", "The number told to leave saw an increase of about 6,500.", FIRE),
    "fell-by-of-down-from": ("en", "The number of residents sheltering fell by about 1,500.",
                             "About 3,000 residents are now sheltering in schools and halls, down from about 4,500 "
                             "on Monday."),
    # 2. a multiple of the two ends
    "more-than-twice": ("en", "About 11,000 residents have now been told to leave their homes, more than twice as "
                              "many as on Monday.", FIRE),
    # 11,000 of 4,500 is 2.44 times, under two and a half: "nearly three times" built of the passage's "from 2
    # kilometres to 5 kilometres" (2.5), and is refused in tests/test_factcheck_131.py
    "about-twice-and-a-half": ("en", "About 11,000 residents have now been told to leave their homes, nearly 2.5 "
                                     "times as many as on Monday.", FIRE),
    # 3. a fall's size, a unit of words and a date between its ends
    "flow-fell-by-150": ("en", "The flow fell by 150 cubic metres per second.", RIVER),
    "flow-dropped-150": ("en", "The flow at the gauging station dropped by 150 cubic metres per second.", RIVER),
    "landings-on-monday": ("en", "Landings fell by 12,000 tonnes.",
                           "Landings fell from 41,000 tonnes on Monday to 29,000 tonnes on Friday."),
    # 4. a multiple of a percentage the sentence names
    "twice-the-2-target": ("en", "Inflation is twice the 2% target.", INFLATION),
    "twice-per-cent-target": ("en", "Inflation is twice the bank's 2 per cent target.",
                              "Inflation was 4 per cent, against the bank's 2 per cent target."),
    "three-times-the-ceiling": ("en", "The deficit is three times the 1.5% ceiling.",
                                "The deficit reached 4.5%, against a 1.5% ceiling."),
    # 5. a bound read against every figure that may back it
    "more-than-4000": ("en", "More than 4,000 residents were evacuated.", EVACUATED),
    "at-least-4000": ("en", "At least 4,000 residents were evacuated.", EVACUATED),
    "fewer-than-5000": ("en", "Fewer than 5,000 residents were evacuated.", EVACUATED),
    # 6. a limit kept by a negated verb of exceeding
    "de-nicht-ueberschritten": ("de", "Die Emissionen überschritten den Grenzwert nicht.", UNTER),
    "de-nicht-ueberschritten-perfect": ("de", "Die Emissionen der Anlage haben den Grenzwert nicht überschritten.",
                                        UNTER),
    "de-nicht-ueber-dem": ("de", "Die Emissionen der Anlage lagen nicht über dem Grenzwert.", UNTER),
    "de-unter-unter": ("de", "Die Emissionen der Anlage blieben unter dem Grenzwert.", UNTER),
    "de-ueberschritten-of-ueberschritten": ("de", "Die Emissionen überschritten den Grenzwert.",
                                            "Die Emissionen der Anlage überschritten den Grenzwert."),
    "en-did-not-exceed": ("en", "The plant's emissions did not exceed the limit.",
                          "The plant's emissions stayed below the limit."),
    "fr-n-ont-pas-depasse": ("fr", "Les émissions de l'usine n'ont pas dépassé la limite.",
                             "Les émissions de l'usine sont restées sous la limite."),
    "es-no-superaron": ("es", "Las emisiones de la planta no superaron el límite.",
                        "Las emisiones de la planta se mantuvieron por debajo del límite."),
    "fr-limite-superieure": ("fr", "Les émissions de l'usine ont atteint la limite supérieure.",
                             "Les émissions de l'usine sont restées sous la limite supérieure."),
    "de-diskutierte-ueber": ("de", "Der Rat der Anlage diskutierte über den Grenzwert der Emissionen.", UNTER),
    # 7. a rate of growth told as growth
    "estimate-of-growth": ("en", "The committee cites Halden Bank's estimate of 3 percent growth a year.", GROWTH),
    "annual-growth": ("en", "Halden Bank expects 3 percent annual growth.", GROWTH),
    "growth-of": ("en", "Halden Bank expects 3 percent growth a year.",
                  "Economists at Halden Bank forecast growth of 3 percent a year."),
    "grew": ("en", "The economy grew 3 percent last year.", "Economic growth was 3 percent last year."),
}

# (language, sentence, passage, what the finding names)
MISSTATED = {
    "rose-by-about-8500": ("en", "The number told to leave rose by about 8,500.", FIRE, 'figure "8,500" is not'),
    "fell-by-about-6500": ("en", "The number told to leave fell by about 6,500.", FIRE, 'figure "6,500" is not'),
    "three-times-as-many": ("en", "About 11,000 residents have now been told to leave their homes, three times as many "
                                  "as on Monday.", FIRE, 'figure "three" is not'),
    "more-than-three-times": ("en", "About 11,000 residents have now been told to leave their homes, more than three "
                                    "times as many as on Monday.", FIRE, 'figure "three" is not'),
    "flow-fell-by-250": ("en", "The flow fell by 250 cubic metres per second.", RIVER, 'figure "250" is not'),
    "flow-rose-by-150": ("en", "The flow rose by 150 cubic metres per second.", RIVER, 'figure "150" is not'),
    "three-times-the-2-target": ("en", "Inflation is three times the 2% target.", INFLATION, 'figure "three" is not'),
    "more-than-twice-the-target": ("en", "Inflation is more than twice the 2% target.", INFLATION,
                                   'figure "twice" is not'),
    "twice-of-3-1": ("en", "Inflation is twice the 2% target.", "Inflation was 3.1%, against a 2% target.",
                     'figure "twice" is not'),
    "twice-a-count": ("en", "Sales were twice the 2 million of last year.",
                      "Sales were 3 million, up 4% from 2 million, a 2% share.", 'figure "twice" is not'),
    "more-than-5000": ("en", "More than 5,000 residents were evacuated.", EVACUATED, 'figure "5,000" is not'),
    "fewer-than-4000": ("en", "Fewer than 4,000 residents were evacuated.", EVACUATED,
                        'figure "Fewer than 4,000" is qualified otherwise than "about 4,000"'),
    "more-than-4000-of-about-4000": ("en", "More than 4,000 residents were evacuated.",
                                     "About 4,000 residents were evacuated on Monday.",
                                     'figure "More than 4,000" is qualified otherwise than "About 4,000"'),
    "de-ueberschritten": ("de", "Die Emissionen überschritten den Grenzwert.", UNTER,
                          "this sentence says 'überschritten' where its cited passages say 'unter' of the same limit"),
    "de-ueberschritten-perfect": ("de", "Die Emissionen der Anlage haben den Grenzwert überschritten.", UNTER,
                                  "says 'überschritten' where its cited passages say 'unter'"),
    "de-ueber-dem": ("de", "Die Emissionen der Anlage blieben über dem Grenzwert.", UNTER,
                     "says 'über dem' where its cited passages say 'unter'"),
    "de-unter-of-ueberschritten": ("de", "Die Emissionen der Anlage blieben unter dem Grenzwert.",
                                   "Die Emissionen der Anlage überschritten den Grenzwert.",
                                   "says 'unter' where its cited passages say 'überschritten'"),
    "de-nicht-unter": ("de", "Die Emissionen der Anlage blieben nicht unter dem Grenzwert.", UNTER,
                       "adds a negation"),
    "en-exceeded": ("en", "The plant's emissions exceeded the limit.", "The plant's emissions stayed below the limit.",
                    "says 'exceeded' where its cited passages say 'below'"),
    "en-below-of-exceeded": ("en", "The plant's emissions stayed below the limit.",
                             "The plant's emissions exceeded the limit.",
                             "says 'below' where its cited passages say 'exceeded'"),
    "fr-ont-depasse": ("fr", "Les émissions de l'usine ont dépassé la limite.",
                       "Les émissions de l'usine sont restées sous la limite.",
                       "says 'dépassé' where its cited passages say 'sous'"),
    "fr-superieures-a": ("fr", "Les émissions de l'usine étaient supérieures à la limite.",
                         "Les émissions de l'usine sont restées sous la limite.",
                         "says 'supérieures à' where its cited passages say 'sous'"),
    "es-superaron": ("es", "Las emisiones de la planta superaron el límite.",
                     "Las emisiones de la planta se mantuvieron por debajo del límite.",
                     "says 'superaron' where its cited passages say 'por debajo'"),
    "es-superiores-al": ("es", "Las emisiones de la planta fueron superiores al límite.",
                         "Las emisiones de la planta se mantuvieron dentro del límite.",
                         "says 'superiores al' where its cited passages say 'dentro'"),
    "growth-rose-by": ("en", "The committee cites Halden Bank's estimate that growth rose by 3 percent.", GROWTH,
                       'figure "3 percent" is given as the size of a rise'),
    "growth-climbed": ("en", "Growth climbed 3 percent.", GROWTH, 'figure "3 percent" is given as the size of a rise'),
    "prices-rose-of-growth": ("en", "Prices rose 3 percent.", "Growth slowed to 3 percent, from 4 percent.",
                              'figure "3 percent" is given as the size of a rise'),
    "growth-fall": ("en", "Halden Bank expects a 3 percent fall a year.", GROWTH,
                    'figure "3 percent" is given as a fall'),
}


found = functools.partial(found_in_language, published="2026-03-12")  # read as a build reads its language


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_relation_builds(language: str, sentence: str, passage: str):
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passage: str, named: str):
    findings = found(language, sentence, passage)
    assert any(named in finding for finding in findings), findings


FIRE_SENTENCES = ("About 11,000 residents have now been told to leave their homes, more than twice as many as on "
                  "Monday[^told-to-leave]. The number told to leave rose by about 6,500[^told-to-leave].")


def _fire_desk(tmp_path: Path, sentences: str) -> Path:
    """Return the fire briefing (tests/fixtures/newuser_92) with `sentences` citing the widened order added."""
    desk = checked_fixture_project(REPO / "tests" / "fixtures" / "newuser_92", tmp_path / "desk")
    background = desk / "content" / "harwick-fire" / "background.yaml"
    text = background.read_text(encoding="utf-8")
    anchor = "spent the night in a sports hall and two schools in Corley[^corley]."
    assert text.count(anchor) == 1
    text = text.replace(anchor, f"{anchor} {sentences}")
    background.write_text(text + "citations:\n  told-to-leave:\n    source: toll\n    quote: About 11,000 residents "
                                 "have now been told to leave their homes, up from about 4,500 on Monday\n",
                          encoding="utf-8")
    return desk


def test_the_fire_s_relations_build(tmp_path: Path):
    result = run_build(_fire_desk(tmp_path, FIRE_SENTENCES), "check")
    assert result.code == 0, result.out + result.err


def test_the_fire_s_misstated_rise_is_refused(tmp_path: Path):
    result = run_build(_fire_desk(tmp_path, FIRE_SENTENCES.replace("about 6,500", "about 8,500")), "check")
    assert result.code == 1 and 'figure "8,500" is not in the passages' in result.out + result.err, result.out
