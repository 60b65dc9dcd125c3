"""CAMEO's reading of intentions, appeals, threats and refusals: one act seen through another.

"Agreed to meet" is not a meeting but an intent to meet (036); "urged Russia to withdraw" is an
appeal to yield (025); "threatened to impose sanctions" a threat of sanctions (1312); "refused to
release" a refusal to yield (1243). Each mapping takes the code of the embedded act and gives the
code CAMEO assigns to the stance taken towards it; the most specific entry wins (the code, then its
three-digit parent, then its root). Codes the table does not know keep a generic code of the
family (030, 020, 130, 120).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from communique.events.codes import VIOLENT_ROOTS

INTENT_GOVERNORS = frozenset(
    ["agree", "plan", "intend", "pledge", "promise", "vow", "swear", "decide", "prepare", "prepared", "ready", "willing", "seek", "offer", "want", "hope", "aim", "commit", "wish", "expect", "resolve", "undertake", "determine", "eager", "keen", "look"]
)
# Wanting an act commits to it no more than hoping or aiming does: "wants to deport them", "is
# keen to arrest the organisers" is coercion only aspired to, as "hopes to block" is (the coder
# keeps it hypothetical); a want of an act with an intent or threat code ("wants to meet", "wants
# to attack") is that intent or threat, as a plan is.
WISHING_GOVERNORS = frozenset(["want", "wish", "eager", "keen"])
APPEAL_GOVERNORS = frozenset(["urge", "ask", "call", "press", "appeal", "request", "encourage", "invite", "implore", "beg", "exhort"])
DEMAND_GOVERNORS = frozenset(["demand", "insist", "order", "command", "force", "compel", "require", "tell"])
THREAT_GOVERNORS = frozenset(["threaten"])
REFUSAL_GOVERNORS = frozenset(["refuse", "decline", "reject"])
# Pressing someone to act says nothing about whether they will: the act stays hypothetical.
PRESSURE_GOVERNORS = frozenset(["pressure", "push", "persuade", "convince", "lobby", "try", "attempt"])
# Weighing an option (014) says nothing about taking it: the option stays hypothetical.
CONSIDER_GOVERNORS = frozenset(["consider", "mull", "weigh", "contemplate", "explore", "discuss", "debate"])
# Verbs of judging ("would not describe it as a success", "did not call the talks fruitful"): a
# judgement not made is no refusal of anything, only a negated judgement.
JUDGING_VERBS = frozenset(["call", "describe", "brand", "label", "term", "dub", "characterize", "characterise"])
# "Stopped attacking", "agreed to halt the shelling": ending violence is de-escalation (087).
STOP_GOVERNORS = frozenset(["stop", "cease", "halt", "end", "quit", "suspend"])

# An attempt at an act CAMEO codes apart from the act: "tried to assassinate", "an attempt to
# assassinate" is an attempted assassination (185), whether it failed or was thwarted.
ATTEMPT_WORDS = frozenset({"attempt", "try"})
ATTEMPTED: Mapping[str, str] = MappingProxyType({"186": "185"})

# Express intent (03x / 13x for conflictual acts).
INTENT: Mapping[str, str] = MappingProxyType({
    "01": "030", "02": "030", "03": "030",
    "04": "036", "045": "039", "046": "036",
    "05": "032", "057": "032",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344", "084": "0353", "0841": "0353", "0842": "0353",
    "085": "0354", "086": "0355", "087": "0356",
    "09": "030",
    "14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
    "165": "135", "166": "136",
    "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "18": "1383", "19": "138", "191": "1381", "192": "1382", "190": "1384", "193": "1384", "194": "1384",
    "195": "1384", "20": "1385",
})
# Appeal (02x).
APPEAL: Mapping[str, str] = MappingProxyType({
    "01": "020", "02": "020", "03": "020", "04": "026", "05": "022", "06": "021", "061": "0211",
    "062": "0212", "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232", "073": "0233",
    "074": "0234", "08": "025", "081": "0251", "082": "0252", "083": "024", "0831": "0241", "0832": "0242",
    "0833": "0243", "0834": "0244", "084": "0253", "0841": "0253",
    "0842": "0253", "085": "0254", "086": "0255", "087": "0256", "09": "020", "037": "027", "036": "026",
    "038": "028", "039": "028", "045": "028",
    "034": "024", "0341": "0241", "0342": "0242", "0343": "0243", "0344": "0244",
})
# Demand (10x): the same families, in the imperative.
DEMAND: Mapping[str, str] = MappingProxyType({
    "01": "100", "02": "100", "03": "100", "04": "106", "045": "108", "05": "102", "06": "101", "061": "1011",
    "062": "1012", "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033",
    "074": "1034", "08": "105", "081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042",
    "0833": "1043", "0834": "1044", "084": "1053", "0841": "1053",
    "0842": "1053", "085": "1054", "086": "1055", "087": "1056", "09": "100",
    # An act some patterns code as an intent ("ensure security": 0332) demanded of another party is
    # the demand of the same family: CAMEO's 03x and 10x run in parallel.
    "031": "101", "0311": "1011", "0312": "1012", "0313": "1013", "0314": "1014", "032": "102",
    "033": "103", "0331": "1031", "0332": "1032", "0333": "1033", "0334": "1034", "034": "104",
    "0341": "1041", "0342": "1042", "0343": "1043", "0344": "1044", "035": "105", "0351": "1051",
    "0352": "1052", "0353": "1053", "0354": "1054", "0355": "1055", "0356": "1056", "036": "106",
    "037": "107", "038": "108", "039": "108",
})
# Reject / refuse (12x).
REFUSAL: Mapping[str, str] = MappingProxyType({
    "01": "120", "02": "120", "03": "120", "04": "125", "045": "126", "05": "120", "06": "121", "061": "1211",
    "062": "1212", "063": "1213", "064": "1214", "07": "122", "071": "1221", "072": "1222", "073": "1223",
    "074": "1224", "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231", "0832": "1232",
    "0833": "1233", "0834": "1234", "084": "1243", "0841": "1243", "0842": "1243",
    "085": "1244", "086": "1245", "087": "1246", "09": "120",
})
# Roots whose acts, announced for the future, become intents or threats rather than facts.
FUTURE_ROOTS = frozenset({"04", "05", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"})
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def remap(code: str, table: Mapping[str, str], default: str) -> str:
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    # Acts already of the stance's own family keep their code ("agreed to appeal": still an appeal).
    return code if code[:2] == default[:2] else default


# Announced violent repression ("will use force against protesters": 175) has no beneficiary to
# be promised to: it is said to make its target comply, a threat of repression (137). Legal acts
# ("pledged to expel", "will arrest") can be promised to a third party and keep their code below;
# so does generic coercion (170), which PETRARCH's bare defaults give to "block", "impose" and
# "crack down" alike, and which "hope to block" or "would impose sentence" do not threaten.
_FORCE_THREATS: Mapping[str, str] = MappingProxyType({"175": "137"})


def intent(code: str) -> str:
    """Announced acts become intents (03x) or threats (13x); coercion CAMEO has no intent code for
    ("pledged to expel", "will arrest") keeps its own code, force is threatened."""
    root = code[:2]
    if code in _FORCE_THREATS:
        return _FORCE_THREATS[code]
    if root == "17" and code[:3] != "172":
        return code
    default = "130" if root >= "14" else "030"
    return remap(code, INTENT, default)


def appeal(code: str) -> str:
    return remap(code, APPEAL, "020")


def demand(code: str) -> str:
    return remap(code, DEMAND, "100")


def refusal(code: str) -> str:
    return remap(code, REFUSAL, "120")


def stop(code: str) -> str | None:
    """What ending the act is, when CAMEO has a code for it (only violence: de-escalation)."""
    return "087" if code[:2] in VIOLENT_ROOTS else None


def threat(code: str) -> str:
    root = code[:2]
    if root >= "14":
        return remap(code, INTENT, "130")
    return "130"


def yielding(code: str) -> str:
    """Giving in to a demand for an act: the act itself when it is a concession (08x), else 080."""
    return code if code[:2] == "08" else "080"


# The stance families whose leaf is the act they are about: refusing, appealing for, demanding,
# and giving in ("accepted demands that it initiate reforms": 083).
_BY_CONTENT = MappingProxyType({"12": refusal, "02": appeal, "10": demand, "08": yielding})


def by_content(code: str, content: str) -> str | None:
    """The leaf of a stance (`code`) on a proposed act (`content`): "rejected a request to
    extradite" (120 on 0623) is 1212. Only a refinement: a generic code (120) takes any leaf of
    its family, a specific one (122) only a leaf under it (1221); else None."""
    rewrite = _BY_CONTENT.get(code[:2])
    if rewrite is None:
        return None
    new = rewrite(content)
    generic = code == code[:2] + "0"
    if new != code and new[:2] == code[:2] and (new.startswith(code) or generic and new != code[:2] + "0"):
        return new
    return None


# What a protest is for decides its leaf (CAMEO 14x1-14x4): leadership change, policy change,
# rights, change in institutions or regime. Checked in that order, so "democratic reforms" are
# about the regime before "reforms" make them a policy.
_PROTEST_PURPOSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("1", frozenset(["resign", "resignation", "removal", "overthrow", "oust", "ouster", "reinstate",
                     "reinstatement", "downfall", "impeachment", "impeach", "step"])),
    ("3", frozenset(["right", "rights", "freedom", "freedoms", "liberty", "liberties", "property"])),
    ("4", frozenset(["independence", "autonomy", "referendum", "democracy", "democratic", "secession",
                     "self-rule", "self-determination", "constitution", "regime", "sovereignty"])),
    ("2", frozenset(["policy", "policies", "reform", "reforms", "law", "laws", "bill", "decision", "tax",
                     "taxes", "price", "prices", "wage", "wages", "subsidy", "subsidies", "ban", "plan"])),
)
# The protest families with purpose leaves: demonstrations, hunger strikes, strikes and
# boycotts, obstruction, violent protest.
_PURPOSED_PROTESTS = frozenset({"141", "142", "143", "144", "145"})


def protest_leaf(code: str, purpose: frozenset[str]) -> str | None:
    """The leaf of a protest (141-145) for the words of its purpose, or None."""
    if code not in _PURPOSED_PROTESTS:
        return None
    for leaf, words in _PROTEST_PURPOSES:
        if not words.isdisjoint(purpose):
            return code + leaf
    return None


# How a violent act was done decides its leaf (CAMEO 183x bombings, 194 artillery, 195 aerial,
# 1952 drones, 193 small arms). Checked in order: a suicide car bombing is a suicide bombing first,
# a roadside device a roadside bombing before an improvised one (1834: pre-placed devices).
_MEANS_LEAVES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    # (code, words of which one must occur, words of which one must also occur; empty: none needed)
    # A chemical, biological or poison-gas weapon is CAMEO 2041 whatever else the attack used
    # ("shelled them with chlorine-filled mortars"); tear gas is crowd control (175), not among them.
    ("2041", frozenset(["chemical", "chemicals", "chlorine", "sarin", "mustard", "nerve", "poison", "poisonous",
                        "toxic", "biological"]),
     frozenset(["attack", "attacks", "weapon", "weapons", "gas", "gases", "agent", "agents", "munition",
                "munitions", "bomb", "bombs", "shell", "shells", "round", "rounds", "projectile", "projectiles",
                "rocket", "rockets", "mortar", "mortars", "chlorine", "sarin", "mustard"])),
    ("1831", frozenset(["suicide"]), frozenset(["bomb", "bombs", "bomber", "bombers", "bombing", "bombings",
                                                "attack", "attacks", "attacker", "attackers", "blast",
                                                "explosion", "vest", "belt"])),
    ("1832", frozenset(["car", "vehicle", "truck", "lorry", "motorcycle", "motorbike", "van"]),
     frozenset(["bomb", "bombs", "bombing", "bombings", "blast", "explosion"])),
    ("1833", frozenset(["roadside"]), frozenset(["bomb", "bombs", "bombing", "bombings", "blast", "explosion",
                                                 "device", "devices", "mine", "mines"])),
    ("1834", frozenset(["ied", "ieds", "landmine", "landmines", "improvised"]), frozenset()),
    ("1952", frozenset(["drone", "drones", "uav", "uavs"]), frozenset()),
    ("195", frozenset(["airstrike", "airstrikes", "air", "aerial", "warplane", "warplanes", "aircraft",
                       "helicopter", "helicopters", "jet", "jets"]),
     frozenset(["strike", "strikes", "raid", "raids", "attack", "attacks", "bombardment", "airstrike",
                "airstrikes", "warplane", "warplanes", "aircraft", "helicopter", "helicopters", "jet", "jets"])),
    # Missiles fired from the ground are rocket fire (CAMEO 194: "missile launchers that are not
    # portable"); from aircraft they were read as aerial (195) above.
    ("194", frozenset(["shelling", "artillery", "tank", "tanks", "mortar", "mortars", "rocket", "rockets",
                       "howitzer", "shell", "shells", "bombardment", "missile", "missiles"]), frozenset()),
    # A bomb of no other kind is a bombing, after the artillery's own ("a mortar bomb" is a mortar round).
    ("183", frozenset(["bomb", "bombs", "bombing", "bombings"]), frozenset()),
    ("193", frozenset(["gunfire", "gunbattle", "gunfight", "sniper", "snipers", "bullet", "bullets", "rifle"]),
     frozenset()),
    # Knives and machetes are no conventional weaponry: unconventional violence (180).
    ("180", frozenset(["knife", "knives", "stabbing", "machete", "machetes", "axe"]), frozenset()),
)
# Codes a means may refine: the generic violent codes take any leaf of violence; a bombing (183)
# or an aerial attack (195) only one of its own leaves.
_GENERIC_VIOLENCE = frozenset({"180", "182", "190", "200"})
# A weapon of mass destruction decides the code of any violent act it was used in (CAMEO 204:
# an attack "with unconventional weapons", whether dropped from the air or fired as shells).
_OVERRIDING_LEAVES = frozenset({"2041"})
_AERIAL_OR_ARMOUR = frozenset({"aircraft", "air", "aerial", "tank", "tanks", "helicopter", "helicopters", "drone",
                               "drones"})


def means_leaf(code: str, words: frozenset[str]) -> str | None:
    """The leaf of a violent act (`code`) for the words of its means ("killed in a suicide car
    bombing": 190 -> 1831), or None when the means says nothing more precise."""
    if code[:2] not in VIOLENT_ROOTS:
        return None
    if "anti" in words:
        # "anti-aircraft batteries", "anti-tank missiles": weapons against aircraft or tanks, not of them.
        words = words - _AERIAL_OR_ARMOUR
    for leaf, first, second in _MEANS_LEAVES:
        if first.isdisjoint(words) or (second and second.isdisjoint(words)):
            continue
        if leaf == code:
            return None
        if code in _GENERIC_VIOLENCE or leaf in _OVERRIDING_LEAVES or (
                leaf.startswith(code) and len(leaf) > len(code)):
            return leaf
        return None
    return None
