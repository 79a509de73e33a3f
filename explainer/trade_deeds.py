"""Trade and business deeds no cited passage tells: "Southland dumps steel" may not cite "Northland says Southland
subsidises its steelmakers, allowing them to sell below cost".

unbacked_deeds.py reads a closed list of deeds, all of war, arrest, office and court; a sentence telling a wrong done
in trade or business (dumping, smuggling, a bribe, laundering, evasion, rigging, collusion, poaching, embezzlement,
fraud) passed every check where its names and figures stood, a subsidy or a sale below cost told as dumping. These
are their rows, in that module's form: the words a sentence tells the deed by, and the beginnings of the words (or
whole phrases, with a space) a passage tells it by. A word of another sense ("dumped its stake", "evaded capture",
"oil rigs", "poached eggs") is backed by the passage's own words for it ("sold off", "escaped", the noun itself).
A compound against the deed ("anti-dumping duties", "anti-money-laundering rules") tells none: AGAINST
(tests/test_factcheck_98.py).
"""

from __future__ import annotations

from . import patterns

TRADE_DEEDS = (
    # goods sold abroad below their price at home, or a thing got rid of ("dumped its stake", "dumped waste")
    ("dump dumps dumped dumping",
     ("dump", "flood", "offload", "unload", "ditch", "scrap", "abandon", "dropp", "jettison", "discard", "sold off",
      "sell off", "selling off", "sells off", "dispos", "spill", "discharg", "tipped", "fly tip")),
    ("smuggle smuggles smuggled smuggling smuggler smugglers",
     ("smuggl", "contraband", "traffick", "bootleg", "black market", "sneak", "illicit", "illegal")),
    ("bribe bribes bribed bribing bribery",
     ("brib", "kickback", "payoff", "pay off", "paid off", "backhander", "graft", "corrupt", "inducement",
      "sweetener")),
    ("launder launders laundered laundering",
     ("launder", "dirty money", "proceeds of crime", "illicit funds", "criminal proceeds")),
    ("evade evades evaded evading evasion",
     ("evad", "evasion", "dodg", "circumvent", "get around", "got around", "gets around", "getting around", "bypass",
      "sidestep", "skirt", "elud", "escap", "slipped past", "slip past", "outran")),
    ("rig rigs rigged rigging",
     ("rig ", "rigs ", "rigg", "fix ", "fixed", "fixing", "manipulat", "fraud", "tamper", "stuffed", "stuffing",
      "collu", "cartel", "drilling", "platform")),
    ("collude colludes colluded colluding collusion",
     ("collu", "conspir", "cartel", "price fixing", "fixed prices", "fix prices", "fixing prices", "secret deal",
      "secret agreement", "secretly agreed", "in league", "coordinated prices", "coordinating prices")),
    ("poach poaches poached poaching poacher poachers",
     ("poach", "lure", "lured", "luring", "hire", "hired", "hiring", "recruit", "headhunt", "stole", "steal",
      "illegal hunting", "illegally hunted", "illegally killed")),
    ("embezzle embezzles embezzled embezzling embezzlement",
     ("embezzl", "misappropriat", "siphon", "stole", "steal", "stolen", "diverted funds", "pocketed", "theft")),
    ("defraud defrauds defrauded defrauding",
     ("defraud", "fraud", "swindl", "scam", "cheat", "deceiv", "misled", "mislead", "conned")),
)

# A compound against a deed, its hyphen read: "anti-dumping", "anti-money-laundering", "counter-smuggling"
AGAINST = patterns.compile(r"(?:anti|counter)-(?:[a-z]+[ -])?$")

# A deed told only as what a party denies ("rejects the allegation that it dumps steel", "denies that it bribed"):
# whether the passage accuses it of that is denied_contents.py's to name, once (tests/test_factcheck_97.py)
DENIED = patterns.compile(r" (?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)"
                          r"|disput(?:es|ed|ing)|rebut(?:s|ted|ting)?)(?: the (?:allegations?|accusations?|charges?"
                          r"|claims?|suggestions?))? that(?: [a-z]+){0,3}$")
