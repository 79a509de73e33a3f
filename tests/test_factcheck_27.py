"""A twenty-seventh fact-check of the real briefing's passages (content/pakistan-afghanistan-war/ against seeds/):
fifty-six misstatements a careless or partisan editor might write, of which fifty-four built, and thirty-three honest
rewordings, all of which built. Now refused: an armed service or a body the passages do not name ("Pakistan's navy
has total force domination" citing "Pakistan's army has ...", "the air force launched airstrikes", "Pakistan's
parliament declared an all-out war"; institutions.py); an order, a decision, a permission or retaliation they do not
give ("Asif ordered an all-out war", "the cabinet decided", "Pakistan retaliated with airstrikes"; decisions.py); a
figure counting other people ("13 Taliban fighters injured" citing "13 civilians injured", "31 soldiers" citing "31
people"; counted.py); a place they do not name ("on Kandahar" citing "in the capital of Kabul"), spread ("mosques
across Islamabad" citing "a mosque on the outskirts of Islamabad") or a way from it ("flew drones from Afghanistan
into Pakistan"; places.py); and a corner of the compass turned ("northeast" for "northwest") or "undisputed" for
"disputed" (opposites.py). Each rule is shown on a second topic too (a trade dispute, a lawsuit), both ways; still
building: "Pakistan's navy benefits from good recruitment" citing a passage naming the navy in its next sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import (REAL_BRIEFING, Sentence, SentencesChecked, assert_summary_outcome, minimal_project,
                     problems_after)


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck27") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written) for given, written, _ in SERVICES + DECISIONS + COUNTED]
                            + [Sentence(given, written, REAL_PARTIES, quote) for given, written, _, quote in PLACED]
                            + [Sentence(given, written) for given, written, _ in OPPOSITES + LISTED])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, *_ in cases]


REAL_PARTIES = "  - id: pakistan\n    name: Pakistan\n  - id: taliban\n    name: Afghanistan (Taliban)\n"

# The real report's sentences (seeds/000_bd91349fafd64fe6.txt)
AIRSTRIKES = ("Overnight, Pakistan launched airstrikes across Afghanistan, including targets in the capital of Kabul, "
              "soon after which Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" "
              "between the two countries.")
RETALIATION = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
               "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
               "week.")
PAKISTAN_TOLL = ("A Pakistani military spokesman has said that 274 Taliban fighters have been killed and more than 400 "
                 "injured by Pakistani strikes, adding that 74 Taliban posts were destroyed and 18 captured - and "
                 "counting.")
TALIBAN_TOLL = ("The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 posts seized. Kabul "
                "have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured in the mountainous "
                "northwest border region where the line of fighting is concentrated.")
DURAND = ("Since the Taliban returned to power in 2021, relations between Afghanistan and Pakistan, which share the "
          "disputed 1,600-mile Durand Line, have shifted from cautious engagement to open hostility.")
BLOWBACK = ("Many analysts are pointing to 'blowback' for Pakistan after sponsoring the Taliban's rise in the first "
            "place, decades ago (which also had the help of the CIA in 'Operation Cyclone').")
TTP = ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
       "cross-border attacks.")
FIRST_TIME = ("Analysts say the latest escalation marks the first time Pakistan has directly targeted Taliban government "
              "sites, or essentially going all out against Kabul, rather than limiting strikes to alleged TTP positions.")
EQUIPMENT = ("Pakistan has said its forces have taken out a number of tanks and armored vehicles, as well as artillery "
             "positions.")
WITHDRAWAL = ("The Taliban relies on equipment left behind and confiscated after US and NATO forces rapidly withdrew "
              "from the country in the summer of 2021.")
FORCE = ("It remains that Pakistan's army has total force domination; however, the Taliban can still inflict pain "
         "through acts of terrorism, which Pakistani cities have suffered immensely under.")
MOSQUE = ("At least 31 people were killed and 169 others injured on Friday when a suicide bomber struck a Shia mosque "
          "on the outskirts of Islamabad during Friday prayers, Pakistani officials said, in one of the capital’s "
          "deadliest attacks in over a decade.")
MODERNIZING = ("Pakistan's armed forces benefit from good recruitment and retention, bolstered by equipment from its "
               "main defense partner China. Islamabad continues to invest in its military nuclear programs and is also "
               "modernizing its navy and air force.")
FORCES = ("Pakistan has 660,000 active personnel in its defense forces, of whom 560,000 are in the army, 70,000 are in "
          "the air force, and 30,000 are in the navy. The strength of the Afghan Taliban's military is thinner, with "
          "only 172,000 active personnel. The group has, however, announced plans to expand its armed forces to "
          "200,000 personnel.")
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported.")
DRONES = ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan as "
          "clashes between the two countries continued, according to statements from the defense ministry and a "
          "government spokesperson on Friday.")
HAKIM = ("Pakistan spent decades backing and sheltering the Afghan Taliban - its defense minister acknowledged that "
         "to me on camera.")

SERVICES = [
    # (the source's sentences, the briefing's, "ok" or what the error says)
    (FORCE, "It remains that Pakistan's navy has total force domination.",
     "this sentence names the 'navy' where its cited passages name the 'army': \"It remains that Pakistan's navy has "
     "total force domination.\" (name the service or body the source names (or none, as it does), or cite a passage "
     "that names this one)"),
    (FORCE, "Pakistan's air force has total force domination, though the Taliban can still inflict pain through acts of "
            "terrorism.", "names the 'air force' where its cited passages name the 'army'"),
    (AIRSTRIKES, "Overnight, Pakistan's navy launched airstrikes across Afghanistan.",
     "names the 'navy' where its cited passages name no armed service"),
    (AIRSTRIKES, "Overnight, Pakistan's air force launched airstrikes across Afghanistan.",
     "names the 'air force' where its cited passages name no armed service"),
    (AIRSTRIKES, "Pakistan's parliament declared an \"all-out war\" between the two countries by Friday morning.",
     "names the 'parliament' where its cited passages name no parliament, cabinet or other such body"),
    (RETALIATION, "Afghan Taliban forces reportedly attacked Pakistani navy troops on Thursday night.",
     "names the 'navy'"),
    (PAKISTAN_TOLL, "A Pakistani army spokesman has said that 274 Taliban fighters have been killed by Pakistani "
                    "strikes.", "names the 'army' where its cited passages name no armed service"),
    (PAKISTAN_TOLL, "A Pakistani military spokesman has said that Pakistani air force strikes killed 274 Taliban "
                    "fighters.", "names the 'air force'"),
    (BLOWBACK, "Many analysts point to 'blowback' for Pakistan after its army sponsored the Taliban's rise decades ago.",
     "names the 'army'"),
    (FIRST_TIME, "Analysts say the latest escalation marks the first time Pakistan's air force has directly targeted "
                 "Taliban government sites.", "names the 'air force'"),
    (EQUIPMENT, "Pakistan has said its air force has taken out a number of tanks and armored vehicles.",
     "names the 'air force'"),
    (WITHDRAWAL, "The Taliban relies on equipment left behind after the US Army rapidly withdrew from the country in "
                 "2021.", "names the 'Army'"),
    (MODERNIZING, "Islamabad continues to invest in its military nuclear programs and is also modernizing its army and "
                  "air force.", "names the 'army' where its cited passages name the 'air force'"),
    (FORCES, "The Taliban's cabinet has announced plans to expand its armed forces to 200,000 personnel.",
     "names the 'cabinet'"),
    (TARAR, "Pakistan's army said Pakistani Taliban militants attempted to deploy drones against targets within "
            "Pakistan.", "names the 'army'"),
    (TARAR, "Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones against "
            "targets within Pakistan, but the air force intercepted them.", "names the 'air force'"),
    (DRONES, "Taliban authorities said their air force carried out drone strikes against military targets inside "
             "Pakistan.", "names the 'air force'"),
    (HAKIM, "Pakistan's parliament acknowledged that Pakistan spent decades backing and sheltering the Afghan Taliban.",
     "names the 'parliament'"),
    (HAKIM, "Pakistan's army acknowledged on camera that Pakistan spent decades backing and sheltering the Afghan "
            "Taliban.", "names the 'army'"),
    # honest: the service kept, or widened to the military; a service the passage names
    (FORCE, "The report holds that Pakistan's army has total force domination.", "ok"),
    (FORCE, "Pakistan's military has total force domination, though the Taliban can still inflict pain through acts of "
            "terrorism.", "ok"),
    (MODERNIZING, "Pakistan is modernizing its navy and air force, with equipment from China, its main defense "
                  "partner.", "ok"),
    (FORCES, "Of Pakistan's 660,000 active personnel, 30,000 are in the navy and 70,000 in the air force.", "ok"),
    (PAKISTAN_TOLL, "Pakistan's military says its strikes have killed 274 Taliban fighters.", "ok"),
    # a second topic: a trade dispute
    ("Parliament approved the tariffs on Canadian steel on Monday.",
     "The cabinet approved the tariffs on Canadian steel on Monday.",
     "names the 'cabinet' where its cited passages name the 'parliament'"),
    ("The House approved the tariffs on Canadian steel on Monday.",
     "The Senate approved the tariffs on Canadian steel on Monday.", "names the 'Senate' where its cited passages name "
                                                                     "no parliament, cabinet or other such body"),
    ("Canada's navy seized the trawler off Newfoundland.", "Canada's coast guard seized the trawler off Newfoundland.",
     "names the 'coast guard' where its cited passages name the 'navy'"),
    ("Parliament approved the tariffs on Canadian steel on Monday.",
     "Lawmakers approved the tariffs on Canadian steel on Monday.", "ok"),
    ("The armed forces were put on alert.", "The military was put on alert.", "ok"),
]

DECISIONS = [
    (AIRSTRIKES, "Khawaja Asif ordered an \"all-out war\" between the two countries by Friday morning.",
     "this sentence gives an order ('ordered') where its cited passages give none: \"Khawaja Asif ordered an "
     "\"all-out war\" between the two countries by Friday morning.\" (say what was done, as the source does, or cite a "
     "passage that gives the order)"),
    (AIRSTRIKES, "Pakistan's cabinet ordered airstrikes across Afghanistan overnight.", "gives an order ('ordered')"),
    (AIRSTRIKES, "By Friday morning Khawaja Asif had decided on an \"all-out war\" between the two countries.",
     "gives a decision ('decided')"),
    (AIRSTRIKES, "Overnight, Pakistan retaliated with airstrikes across Afghanistan.",
     "gives retaliation ('retaliated')"),
    (RETALIATION, "The Taliban's cabinet reportedly ordered an attack on Pakistani border troops on Thursday night.",
     "gives an order ('ordered')"),
    (BLOWBACK, "Many analysts say the CIA ordered Pakistan to sponsor the Taliban's rise decades ago.",
     "gives an order ('ordered')"),
    (BLOWBACK, "Many analysts point to 'blowback' for Pakistan after its parliament decided to sponsor the Taliban's "
               "rise decades ago.", "gives a decision ('decided')"),
    (FIRST_TIME, "Analysts say Pakistan's cabinet decided for the first time to target Taliban government sites.",
     "gives a decision ('decided')"),
    (WITHDRAWAL, "The Taliban relies on equipment left behind after US and NATO forces were ordered to withdraw from the "
                 "country in 2021.", "gives an order ('ordered')"),
    (DRONES, "Taliban authorities said their forces retaliated with drone strikes against military targets inside "
             "Pakistan.", "gives retaliation ('retaliated')"),
    (DRONES, "The Taliban's cabinet ordered drone strikes against military targets inside Pakistan, according to the "
             "defense ministry.", "gives an order ('ordered')"),
    # honest: what was done, as the source says it; retaliation the passage gives
    (AIRSTRIKES, "Soon after the airstrikes, Defense Minister Khawaja Asif declared an \"all-out war\" between the two "
                 "countries.", "ok"),
    (RETALIATION, "The Taliban reportedly retaliated for Pakistani airstrikes earlier in the week by attacking Pakistani "
                  "border troops on Thursday night.", "ok"),
    (RETALIATION, "Afghan Taliban forces reportedly attacked Pakistani border troops on Thursday night in retaliation "
                  "for Pakistani airstrikes earlier in the week.", "ok"),
    # a second topic: a lawsuit, a trade dispute, a merger
    ("The judge said Meridian should pay the damages.", "The judge ordered Meridian to pay the damages.",
     "gives an order ('ordered')"),
    ("Ottawa imposed tariffs on American steel on Monday.", "Ottawa retaliated with tariffs on American steel on Monday.",
     "gives retaliation ('retaliated')"),
    ("The board met on Monday to discuss the settlement.", "The board decided on Monday to accept the settlement.",
     "gives a decision ('decided')"),
    ("The regulator reviewed the merger in March.", "The regulator approved the merger in March.",
     "gives an authorisation ('approved')"),
    ("The court required Meridian to pay the damages.", "The court ordered Meridian to pay the damages.", "ok"),
    ("The board chose to accept the settlement on Monday.", "The board decided to accept the settlement on Monday.",
     "ok"),
    ("The regulator cleared the merger in March.", "The regulator approved the merger in March.", "ok"),
    ("Parliament passed the tariffs on Canadian steel on Monday.",
     "Parliament approved the tariffs on Canadian steel on Monday.", "ok"),
    ("Ottawa imposed tariffs on American steel in response to the US duties.",
     "Ottawa retaliated with tariffs on American steel against the US duties.", "ok"),
    ("The judge said Meridian should pay the damages.",
     "The judge did not order Meridian to pay the damages, but said it should.", "ok"),
    ("The talks were held in order to end the dispute.",
     "The talks were held in order to end the dispute, officials in the capital said.", "ok"),
]

COUNTED = [
    (TALIBAN_TOLL, "Kabul has acknowledged 13 Taliban fighters injured in the northwest border region.",
     "this sentence gives 13 as 'fighters' where its cited passages count 'civilians' by it: \"Kabul has acknowledged "
     "13 Taliban fighters injured in the northwest border region.\" (give each figure whom the source counts by it, or "
     "cite the passage that says this)"),
    (TALIBAN_TOLL, "The Taliban has said that 55 Pakistani civilians were killed and 19 posts seized.",
     "gives 55 as 'civilians' where its cited passages count 'soldiers' by it"),
    (TALIBAN_TOLL, "The Taliban has said that 55 Pakistani militants were killed and 19 posts seized.",
     "gives 55 as 'militants' where its cited passages count 'soldiers' by it"),
    (PAKISTAN_TOLL, "A Pakistani military spokesman said 274 Afghan civilians have been killed by Pakistani strikes.",
     "gives 274 as 'civilians' where its cited passages count 'fighters' by it"),
    (PAKISTAN_TOLL, "A Pakistani military spokesman has said that 274 Taliban soldiers have been killed by Pakistani "
                    "strikes.", "gives 274 as 'soldiers'"),
    (MOSQUE, "At least 31 soldiers were killed on Friday when a suicide bomber struck a Shia mosque on the outskirts of "
             "Islamabad, Pakistani officials said.", "gives 31 as 'soldiers' where its cited passages count 'people'"),
    # honest: the same people in other words; a figure the passage counts no one by
    (PAKISTAN_TOLL, "According to a Pakistani military spokesman, 274 Taliban militants have been killed by Pakistani "
                    "strikes.", "ok"),
    (PAKISTAN_TOLL, "A Pakistani military spokesman has said that Pakistani strikes killed 274 Taliban fighters and "
                    "injured more than 400.", "ok"),
    (TALIBAN_TOLL, "The Taliban has said that 55 Pakistani troops were killed and 19 posts seized.", "ok"),
    (TALIBAN_TOLL, "Kabul has acknowledged that 13 civilians were injured in the mountainous northwest border region.",
     "ok"),
    (TALIBAN_TOLL, "Kabul has acknowledged 11 wounded and 13 civilians injured near the border where the fighting is "
                   "concentrated.", "ok"),
    (MOSQUE, "A suicide bomber struck a Shia mosque in Islamabad during Friday prayers, killing at least 31 people, "
             "Pakistani officials said.", "ok"),
    # a second topic: a protest at a steel plant
    ("Police detained 40 protesters at the steel plant.", "Police detained 40 journalists at the steel plant.",
     "gives 40 as 'journalists' where its cited passages count 'protesters' by it"),
    ("The strike left 300 workers and 12 children without homes.",
     "The strike left 300 workers and 12 women without homes.", "gives 12 as 'women'"),
    ("Police detained 40 protesters at the steel plant.", "Police detained 40 demonstrators at the steel plant.", "ok"),
    ("The firm employs 1,200 workers at the plant.", "The firm employs 1,200 people at the plant.", "ok"),
    ("The army sent 500 troops to the border.", "The army sent 500 soldiers to the border.", "ok"),
]

PLACES = [
    (AIRSTRIKES, "Overnight, Pakistan launched airstrikes on Kandahar.",
     "this sentence names 'Kandahar' where its cited passages name 'Afghanistan' and 'Kabul': \"Overnight, Pakistan "
     "launched airstrikes on Kandahar.\" (keep to the places the source names, or cite a passage that names this one)"),
    (FIRST_TIME, "Analysts say the latest escalation marks the first time Pakistan has directly targeted Taliban "
                 "government sites in Kandahar.", "names 'Kandahar' where its cited passages name 'Kabul'"),
    (TARAR, "Tarar said Pakistani Taliban militants attempted to deploy drones against targets in Peshawar.",
     "names 'Peshawar' where its cited passages name 'Pakistan'"),
    (MOSQUE, "At least 31 people were killed on Friday when a suicide bomber struck a Shia mosque in Rawalpindi, "
             "Pakistani officials said.", "names 'Rawalpindi' where its cited passages name 'Islamabad'"),
    (AIRSTRIKES, "Overnight, Pakistan launched airstrikes across Afghanistan, including targets in Kandahar.",
     "names 'Kandahar'"),
    (AIRSTRIKES, "Overnight, Pakistan launched airstrikes across Kabul.",
     "this sentence says 'across Kabul' where its cited passages do not say it of all Kabul: \"Overnight, Pakistan "
     "launched airstrikes across Kabul.\" (keep the place as the source gives it, or cite a passage that says it of all "
     "of it)"),
    (RETALIATION, "Afghan Taliban forces reportedly crossed from Afghanistan into Pakistan and attacked border troops on "
                  "Thursday night.",
     "this sentence says 'from Afghanistan into Pakistan' where its cited passages give no way from Afghanistan: "
     "\"Afghan Taliban forces reportedly crossed from Afghanistan into Pakistan and attacked border troops on Thursday "
     "night.\" (say where it went only as the source does, or cite a passage that says where it came from)"),
    (TTP, "Islamabad accuses Afghanistan of sheltering TTP militants who cross from Afghanistan into Pakistan to carry "
          "out attacks.", "says 'from Afghanistan into Pakistan' where its cited passages give no way from Afghanistan"),
    (TTP, "Islamabad accuses Afghanistan of sheltering TTP militants who carry out attacks across Pakistan.",
     "says 'across Pakistan' where its cited passages do not say it of all Pakistan"),
    (MOSQUE, "At least 31 people were killed on Friday when suicide bombers struck Shia mosques across Islamabad, "
             "Pakistani officials said.", "says 'across Islamabad'"),
    (MOSQUE, "At least 31 people were killed on Friday when a suicide bomber struck a Shia mosque in central Lahore, "
             "Pakistani officials said.", "names 'Lahore'"),
    (TARAR, "Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to fly drones from "
            "Afghanistan into Pakistan.", "says 'from Afghanistan into Pakistan'"),
    (DRONES, "Taliban authorities said their forces flew drones from Afghanistan into Pakistan to strike military "
             "targets.", "says 'from Afghanistan into Pakistan'"),
    (DRONES, "Taliban authorities said their forces carried out drone strikes against military targets in Quetta.",
     "names 'Quetta'"),
    # honest: the places the passages name, in other words; the whole named as the passage names it
    (AIRSTRIKES, "Overnight, Pakistan launched airstrikes across Afghanistan, including on Kabul.", "ok"),
    (AIRSTRIKES, "Overnight, Pakistan struck targets across Afghanistan, Kabul among them.", "ok"),
    (AIRSTRIKES, "Pakistan launched airstrikes in Afghanistan overnight, hitting targets in Kabul.", "ok"),
    (TTP, "Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out attacks "
          "across the border.", "ok"),
    (FIRST_TIME, "Analysts say this is the first time Pakistan has directly targeted Taliban government sites in Kabul "
                 "rather than only alleged TTP positions.", "ok"),
    (WITHDRAWAL, "The Taliban relies on equipment left behind after US and NATO forces rapidly withdrew from "
                 "Afghanistan in the summer of 2021.", "ok"),
    (MOSQUE, "At least 31 people were killed when a suicide bomber struck a Shia mosque on the outskirts of Islamabad, "
             "Pakistani officials said.", "ok"),
    (DRONES, "According to the Taliban's defense ministry, its forces struck military targets in Pakistan with drones.",
     "ok"),
    # a place a passage's sentence before gives: the passage names none (as tests/fixtures/newuser_17's Ostmark)
    ("The recount in the Ostmark district was completed on Friday. The margin shrank to 269 votes from 412.",
     "The recount cut the margin in Ostmark to 269 votes from 412.", "ok",
     "The margin shrank to 269 votes from 412."),
    # a second topic: a trade dispute; a month, a possessive and "the capital" are no places
    ("The strike closed the ports of Montreal and Halifax.", "The strike closed ports in Vancouver.",
     "names 'Vancouver'"),
    ("The tariffs hit steel plants in Hamilton, Ontario.", "The tariffs hit steel plants across Ontario.",
     "says 'across Ontario'"),
    ("Steel shipments to the United States fell by a third.",
     "Steel shipments from Canada to the United States fell by a third.",
     "says 'from Canada to the United States' where its cited passages give no way from Canada"),
    ("The strike closed the ports of Montreal and Halifax.", "The strike closed ports in Montreal and Halifax.", "ok"),
    ("The tariffs hit steel plants across Ontario and Quebec.", "The tariffs hit steel plants across Ontario.", "ok"),
    ("The company moved its plant out of Ohio and into Texas.", "The company moved its plant from Ohio to Texas.", "ok"),
    ("The ruling was issued in March.", "In March, the ruling was issued.", "ok"),
    ("Meridian's lawyers said the ruling would be appealed.", "In Meridian's view, the ruling would be appealed.", "ok"),
    ("The talks were held in order to end the dispute.",
     "The talks were held in order to end the dispute, officials in the capital said.", "ok"),
]

OPPOSITES = [
    (TALIBAN_TOLL, "Kabul has acknowledged 13 civilians injured in the mountainous northeast border region.",
     "this sentence says 'northeast' where its cited passages say 'northwest'"),
    (DURAND, "Since 2021, relations between Afghanistan and Pakistan, which share the undisputed 1,600-mile Durand "
             "Line, have shifted to open hostility.", "says 'undisputed' where its cited passages say 'disputed'"),
    ("Flooding cut the southwestern highway near the dam on Monday.",
     "Flooding cut the southeastern highway near the dam on Monday.",
     "says 'southeastern' where its cited passages say 'southwestern'"),
    # honest: the same corner; both named
    (DURAND, "Afghanistan and Pakistan share the disputed 1,600-mile Durand Line; since 2021 relations have shifted "
             "from cautious engagement to open hostility.", "ok"),
    ("Flooding cut the highway from the northwest to the northeast of the valley on Monday.",
     "Flooding cut the highway from the northeast to the northwest of the valley on Monday.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", SERVICES, ids=_ids(SERVICES))
def test_an_armed_service_or_body_the_source_does_not_name_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


@pytest.mark.parametrize("given,written,outcome", DECISIONS, ids=_ids(DECISIONS))
def test_an_order_decision_or_retaliation_the_source_does_not_give_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


@pytest.mark.parametrize("given,written,outcome", COUNTED, ids=_ids(COUNTED))
def test_a_figure_counting_other_people_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


PLACED = [(*case, None)[:4] for case in PLACES]


@pytest.mark.parametrize("given,written,outcome,quote", PLACED, ids=_ids(PLACES))
def test_a_place_moved_widened_or_given_a_way_is_refused(checked, given, written, outcome, quote):
    # the real briefing's parties: a party's name swapped is swapped.py's, so Kabul and Islamabad are no party here
    assert_summary_outcome(checked(given, written, REAL_PARTIES, quote), outcome)


@pytest.mark.parametrize("given,written,outcome", OPPOSITES, ids=_ids(OPPOSITES))
def test_a_corner_of_the_compass_turned_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


REAL_EDITS = [
    # (file, the words edited, the misstatement, the problem's start) in each kind of file of the real briefing
    ("claims.yaml", "11 wounded and 13 civilians", "11 wounded and 13 Taliban fighters",
     "claims.yaml:37: `says`: this sentence gives 13 as 'fighters' where its cited passages count 'civilians' by it"),
    ("timeline.yaml", "including on Kabul.", "including targets in Kandahar.",
     "timeline.yaml:29: `what`: this sentence names 'Kandahar' where its cited passages name 'Afghanistan' and 'Kabul'"),
    ("comparisons.yaml", "is modernizing its navy and air force.", "is modernizing its army and air force.",
     "comparisons.yaml:52: `text`: this sentence names the 'army' where its cited passages name the 'air force'"),
    ("background.yaml", "who carry out cross-border attacks;",
     "who cross from Afghanistan into Pakistan to carry out attacks;",
     "background.yaml:14: `body`: this sentence says 'from Afghanistan into Pakistan' where its cited passages give no "
     "way from Afghanistan"),
    ("briefing.yaml", "Overnight, Pakistan launched airstrikes", "Overnight, Pakistan's air force launched airstrikes",
     "briefing.yaml:4: `summary`: this sentence names the 'air force' where its cited passages name no armed service"),
    ("caveats.yaml", "broken down into army, air force and navy;", "broken down into army, air force, navy and marines;",
     "caveats.yaml:40: `text`: this sentence names the 'marines' where its cited passages name the 'air force'"),
    ("quotes.yaml", "Declared by Friday morning, after the overnight airstrikes;",
     "Declared by Friday morning, after Pakistan retaliated with the overnight airstrikes;",
     "quotes.yaml:9: `context`: this sentence gives retaliation ('retaliated') where its cited passages give none"),
]


@pytest.mark.parametrize("file,old,new,problem", REAL_EDITS, ids=[edit[0] for edit in REAL_EDITS])
def test_the_misstatement_in_the_real_briefing_is_refused_on_its_line(project: Path, file, old, new, problem):
    problems = problems_after(project, file, old, new)
    assert any(found.startswith(f"{REAL_BRIEFING}/{problem}") for found in problems), problems


ARMY = "The army shelled the border post on Monday."
BUDGET = "On Monday the cabinet passed the budget."
CLOSED = "The council closed the road to the dam."
KINDS = ["civilians", "soldiers", "troops", "fighters", "militants", "police", "children", "women", "journalists",
         "protesters", "prisoners"]
LISTED = (
    # every word the README lists for these checks
    [(ARMY, f"The {word} shelled the border post on Monday.", f"names the '{word}' where its cited passages name the "
      "'army'") for word in ("navy", "air force", "marines", "coast guard")]
    + [(ARMY, "The naval forces shelled the border post on Monday.", "names the 'naval' where")]
    + [(BUDGET, f"On Monday the {word} passed the budget.", f"names the '{word}' where its cited passages name the "
        "'cabinet'") for word in ("parliament", "legislature", "national assembly", "lawmakers", "senate", "congress")]
    + [(ARMY, f"The {word} shelled the border post on Monday.", "ok") for word in ("military", "armed forces", "troops")]
    + [("Asif launched the strikes.", "The strikes were launched on the orders of Asif.", "gives an order ('orders')"),
       ("Asif launched the strikes.", "Asif authorised the strikes.", "gives an authorisation ('authorised')"),
       ("Kabul launched strikes on Monday.", "Kabul hit back with strikes on Monday.", "gives retaliation ('hit back')"),
       ("Kabul launched strikes on Monday.", "Kabul launched strikes on Monday in revenge.",
        "gives retaliation ('in revenge')"),
       ("Kabul launched strikes on Monday in reprisal for the shelling.",
        "Kabul retaliated for the shelling with strikes on Monday.", "ok")]
    + [(f"The council {word} the police to close the road.", "The council ordered the police to close the road.", "ok")
       for word in ("instructed", "required")]
    + [(f"The council {word} to close the road.", "The council decided to close the road.", "ok")
       for word in ("chose", "agreed", "voted")]
    + [(f"The council {word} the plan to close the road.", "The council approved the plan to close the road.", "ok")
       for word in ("cleared", "passed")]
    + [(CLOSED, "The council did not order the road closed, but closed it.", "ok")]
    + [("The raid on Monday left 12 people dead.", f"The raid on Monday left 12 {word} dead.",
        f"gives 12 as '{word}' where its cited passages count 'people' by it") for word in KINDS]
    + [("The raid on Monday left 12 troops dead.", "The raid on Monday left 12 soldiers dead.", "ok"),
       ("The raid on Monday left 12 militants dead.", "The raid on Monday left 12 fighters dead.", "ok")]
    + [("Protests spread in the city of Lahore on Friday.", f"Protests spread {word} Karachi on Friday.",
        "names 'Karachi' where its cited passages name 'Lahore'") for word in ("in", "at", "near", "across", "into")]
    + [("The airstrikes hit the city of Lahore on Friday.", f"The {word} on Karachi came on Friday.", "names 'Karachi'")
       for word in ("airstrikes", "attack")]
    + [("Protests broke out in Lahore on Friday.", f"Protests broke out {word} Lahore on Friday.",
        f"says '{word} Lahore'") for word in ("across", "throughout", "all over")]
    + [("Refugees fled out of Kabul into Pakistan.", "Refugees fled from Kabul into Pakistan.", "ok")]
)


@pytest.mark.parametrize("given,written,outcome", LISTED, ids=_ids(LISTED))
def test_each_word_the_readme_lists(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)
