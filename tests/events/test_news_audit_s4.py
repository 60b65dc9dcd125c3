"""Session 4 news audit (BBC, Guardian, Reuters, HTML pages): political verbs in other senses.

A strict hand audit of news outside the dai2017 corpus found PETRARCH verb defaults reading force,
a threat or a demand into business, sports, electoral and idiomatic senses: a government "hit its
target", refugees "overwhelming" an economy, troops "fighting alongside" an ally coded as fighting
it, a team "defeating" another in a final, a party "shooting down" a plan, a firm "invading" a
market or "slapping" tariffs. The corrections are in Block D of verbs.communique.txt. Every
sentence here is written for these tests; actors are put on the parse by hand (conftest.make_doc),
so these test the patterns and the roles, not the actor dictionaries.
"""

from __future__ import annotations

import pytest
from event_helpers import triples

ACTORS = {
    "Sweden": "SWE", "Norway": "NOR", "Finland": "FIN", "Denmark": "DNK", "Chile": "CHL", "Peru": "PER",
    "Swedish": "SWE", "Danish": "DNK", "The government": "SWEGOV", "the government": "SWEGOV",
    "The Greens": "SWEPTY", "the Greens": "SWEPTY", "The Liberals": "SWEOPP", "the Liberals": "SWEOPP",
    "Refugees": "SYRREF", "Norwegian troops": "NORMIL", "Danish soldiers": "DNKMIL", "the rebels": "PERREB",
    "The rebels": "PERREB", "the army": "CHLMIL", "The minister": "NORGOV", "The spokesman": "FINGOV",
    "The agent": "NORSPY", "The airline": "SWEBUS", "The bank": "FINBUS", "Danish firms": "DNKBUS",
}

# (sentence, wrong (source, code, target) that must be gone or None, right one that must be there or None);
# a code of two or three digits stands for every code it begins.
CASES = [
    # hit: a goal, a level, a road or a loss is no blow; a strike on a town still is
    ("The government will hit its target for cutting hospital waiting lists.", ("SWEGOV", "1", "-"), None),
    ("Sweden will hit its inflation target next year.", ("SWE", "1", "-"), None),
    ("The Liberals will hit the campaign trail in Norway next week.", ("SWEOPP", "1", "NOR"), None),
    ("Sweden hit a record high in its trade with Norway.", ("SWE", "19", "NOR"), None),
    ("Swedish sanctions hit Peru's economy hard.", ("SWE", "19", "PER"), None),
    ("The rebels hit the army with mortars on Tuesday.", None, ("PERREB", "19", "CHLMIL")),
    # overwhelm: a service or an economy is strained, not attacked; troops overwhelmed are attacked
    ("Refugees overwhelmed Sweden's hospitals last winter.", ("SYRREF", "19", "SWE"), None),
    ("The rebels overwhelmed the army's positions near the border.", None, ("PERREB", "19", "CHLMIL")),
    # fight: a social ill, a court case or an election is no enemy; an ally is fought beside
    ("Sweden pledged to fight poverty in Peru.", ("SWE", "1", "PER"), None),
    ("Norway fought a long legal battle with Sweden over the fishing rights.", ("NOR", "19", "SWE"), None),
    ("The Greens will fight the election on the environment.", ("SWEPTY", "1", "-"), None),
    ("Norwegian troops, as well as Danish soldiers, fought alongside the rebels.",
     ("NORMIL", "19", "DNKMIL"), ("NORMIL", "062", "PERREB")),
    ("Norwegian troops fought alongside the rebels against the army.",
     ("NORMIL", "19", "PERREB"), ("NORMIL", "19", "CHLMIL")),
    # sports results
    ("Sweden defeated Norway in the World Cup semi-final.", ("SWE", "19", "NOR"), None),
    ("Chile crushed Peru in the final on Sunday.", ("CHL", "19", "PER"), None),
    ("Finland overcame Denmark in the championship match.", ("FIN", "19", "DNK"), None),
    ("The rebels overcame the army near the river.", None, ("PERREB", "19", "CHLMIL")),
    # rejecting a plan, not downing an aircraft
    ("The Greens shot down the Liberals' plan for a new tax.", ("SWEPTY", "19", "SWEOPP"), ("SWEPTY", "12", "SWEOPP")),
    # campaign idioms
    ("The Greens struck a blow against the Liberals in the debate.", ("SWEPTY", "19", "SWEOPP"), None),
    ("The minister fired the starting gun on the campaign in Norway.", ("NORGOV", "19", "NOR"), None),
    ("The Liberals launched attack ads against the Greens.", ("SWEOPP", "19", "SWEPTY"), ("SWEOPP", "111", "SWEPTY")),
    ("The rebels ran riot across Chile.", ("PERREB", "145", "-"), None),
    # business senses
    ("The airline invaded the Danish market.", ("SWEBUS", "19", "DNK"), None),
    ("The Swedish invasion of the Danish car market began in 1990.", ("SWE", "19", "DNK"), None),
    ("Sweden and Norway compete for foreign investment.", ("SWE", "11", "-"), None),
    ("The airline cancelled forty flights to Norway.", ("SWEBUS", "16", "NOR"), None),
    ("The bank withdrew $2bn in assets from Sweden.", ("FINBUS", "08", "SWE"), None),
    ("Sweden ordered thirty jets from Norway.", ("SWE", "10", "NOR"), None),
    ("The government will boost public spending next year.", ("SWEGOV", "0", "-"), None),
    ("Sweden forced the airline to settle its tax bill.", ("SWE", "105", "-"), None),
    ("Sweden slapped tariffs on Danish steel.", ("SWE", "18", "DNK"), ("SWE", "163", "DNK")),
    ("The government is ready to slap a new tax on home sales.", ("SWEGOV", "1", "-"), None),
    ("The government agreed to curb Danish oil imports.", ("SWEGOV", "17", "DNK"), None),
    # elections: standing in a race is no disapproval
    ("The Greens will contest every seat in Norway.", ("SWEPTY", "11", "NOR"), None),
    # asking, declining to comment, spying for a party
    ("The minister demanded to know why Sweden had not replied.", ("NORGOV", "10", "-"), None),
    ("The spokesman declined to state when Finland would leave.", ("FINGOV", "12", "-"), ("FINGOV", "011", "-")),
    ("The agent spied for Sweden for ten years.", ("NORSPY", "09", "SWE"), None),
    # yielding and military posture
    ("Chile complied with Peru's demands on Friday.", ("CHL", "03", "PER"), ("CHL", "08", "PER")),
    ("Chile is preparing an offensive against Peru.", ("CHL", "03", "PER"), ("CHL", "15", "PER")),
    # figures of speech and other senses of cooperation and protest verbs
    ("The Greens have enlarged their lead over the Liberals.", ("SWEPTY", "06", "SWEOPP"), None),
    ("The Greens scored a surprise victory over the Liberals.", ("SWEPTY", "01", "SWEOPP"), None),
    ("The minister dealt a blow to Sweden's hopes.", ("NORGOV", "01", "SWE"), None),
    ("The rebels swept across Chile, rendering the border with Peru meaningless.", ("PERREB", "06", "PER"), None),
    ("Sweden rendered humanitarian assistance to Peru in May.", ("SWE", "06", "PER"), ("SWE", "07", "PER")),
    ("The minister wept at the funeral in Sweden.", ("NORGOV", "11", "SWE"), None),
    ("The Greens demonstrated how weak the Liberals are.", ("SWEPTY", "14", "SWEOPP"), None),
    ("Norway demonstrated that Sweden was wrong.", ("NOR", "14", "SWE"), None),
    ("Sweden demonstrated its support for Norway.", None, ("SWE", "051", "NOR")),
    ("The Greens marched against Sweden's ban.", None, ("SWEPTY", "14", "SWE")),
    ("The minister will press on with his campaign against Sweden.", ("NORGOV", "10", "SWE"), None),
    ("The Greens joined attacks on Sweden's budget.", ("SWEPTY", "19", "SWE"), ("SWEPTY", "111", "SWE")),
    ("The rally in Swedish bond prices was led by Danish investors.", ("DNK", "14", "SWE"), None),
    ("The airline took control of a Danish consortium.", ("SWEBUS", "19", "DNK"), None),
    ("Refugees gave birth to forty children in Sweden.", ("SYRREF", "0", "SWE"), None),
    # trade policy: tariffs are a trade sanction; a country hit or harmed by tariffs is not attacked
    ("Sweden imposed tariffs on Norway.", ("SWE", "17", "NOR"), ("SWE", "163", "NOR")),
    ("Sweden threatened Norway with tariffs.", ("SWE", "130", "NOR"), ("SWE", "1312", "NOR")),
    ("Swedish tariffs harmed Danish farmers.", ("SWE", "18", "DNK"), None),
    ("Danish farmers were hit by Swedish tariffs.", ("SWE", "19", "DNK"), None),
    ("Breaking with decades of policy, Sweden welcomed Norway's plan.", ("SWE", "13", "-"), None),
    ("Sweden's main share index declined 2% on Monday.", ("SWE", "12", "-"), None),
    ("Norway also hosts several Danish firms.", ("NOR", "04", "DNKBUS"), None),
    ("The government distributed leaflets to Danish voters.", ("SWEGOV", "01", "DNK"), None),
    ("Sweden distributed food aid to Peru.", None, ("SWE", "073", "PER")),
    # agency style, travel, courts, loans, sport
    ("The spokesman declined comment on the report.", ("FINGOV", "12", "-"), ("FINGOV", "011", "-")),
    ("The minister flew into Sweden on Tuesday for talks.", ("NORGOV", "15", "SWE"), ("NORGOV", "042", "SWE")),
    ("Sweden's court threw out the airline's lawsuit against Norway.", ("SWE", "16", "NOR"), None),
    ("The Greens threw out the Liberals' plan.", ("SWEPTY", "16", "SWEOPP"), ("SWEPTY", "12", "SWEOPP")),
    ("Sweden withheld a large loan from Peru.", ("SWE", "17", "PER"), ("SWE", "1621", "PER")),
    ("The government vowed to combat corruption in Peru.", ("SWEGOV", "1", "PER"), None),
    ("Sweden's captain hit a century against Norway.", ("SWE", "19", "NOR"), None),
    # elections and chambers: scheduling a vote or winning a chamber is no appeal, resignation or occupation
    ("The minister called early elections for June.", ("NORGOV", "02", "-"), None),
    ("The minister called the elections early.", ("NORGOV", "08", "-"), None),
    ("The Greens called for early elections.", None, ("SWEPTY", "0241", "-")),
    ("The Greens are set to take control of the parliament next month.", ("SWEPTY", "1", "-"), None),
    # calling a party out is denouncing it
    ("The minister called out Sweden for its support of the rebels.", ("NORGOV", "02", "SWE"), ("NORGOV", "111", "SWE")),
    # trade figures and copies
    ("Danish exports to Norway totalled $6bn in May.", ("DNK", "01", "-"), None),
    ("Swedish firms copy Danish products.", ("SWE", "01", "DNK"), None),
    # reneging, causing harm, degrading forces
    ("Sweden backed out of the agreement with Norway.", ("SWE", "08", "NOR"), ("SWE", "12", "NOR")),
    ("Sweden has contributed to Peru's misery.", ("SWE", "07", "PER"), None),
    ("Chile degraded the military capabilities of the rebels.", ("CHL", "11", "PERREB"), ("CHL", "19", "PERREB")),
    # declining to give figures is declining to comment; bids and protected industries are business
    ("The spokesman declined to give figures.", ("FINGOV", "12", "-"), ("FINGOV", "011", "-")),
    ("The airline has submitted a bid for the Danish contract.", ("SWEBUS", "08", "DNK"), None),
    ("Sweden protected its steel industry from Danish imports.", ("SWE", "07", "DNK"), None),
    ("Sweden's trade surplus declined sharply in May.", ("SWE", "12", "-"), None),
    # rankings and figures of speech
    ("Sweden overtook Norway as Denmark's biggest trading partner.", ("SWE", "19", "NOR"), None),
    ("The airline captured the Danish market within a year.", ("SWEBUS", "17", "DNK"), None),
    ("The rebels captured the army's commanders near the river.", None, ("PERREB", "17", "CHLMIL")),
]


@pytest.mark.parametrize(("text", "wrong", "right"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_audit_s4(coder, make_doc, text, wrong, right):
    found = triples(coder.code_doc(make_doc(text, ACTORS)), None)
    if wrong is not None:
        assert not _has(found, wrong), found
    if right is not None:
        asserted = triples(coder.code_doc(make_doc(text, ACTORS)))
        assert _has(asserted, right), asserted


def _has(found: set[tuple[str, str, str]], event: tuple[str, str, str]) -> bool:
    source, code, target = event
    return any(s == source and c.startswith(code) and t == target for s, c, t in found)
