"""Recall rules from a reading of real news (session 5, helper H3): events news states that the
coder did not see.

- A meeting noun that times a clause has the clause's subject as a party ("said *ahead of* talks
  with Lavrov"), when the other party is named, and an owner pronoun pointing forward to the
  subject ("In his talks with May, Erdogan said") counts as that subject.
- A message's participle speaks for the message's author ("issued a statement *condemning* the
  raid", "a letter *urging* X to..."), not for a party that acts on someone else's message
  ("vetoed a resolution condemning...").
- "Attack" between officials or politicians is a verbal attack (111), as "clash" is.

Every sentence here is written for these tests; actors are put on by hand (make_doc).
"""

from __future__ import annotations

from event_helpers import Case, MakeDoc, assert_codes, each_case

from communique.events.coder import EventCoder

CASES = [
    # --- meeting nouns that time a clause
    Case("said-ahead-of-talks-with",
         "The Spanish foreign minister said ahead of talks with his Moroccan counterpart that trade would grow.",
         {"Spanish foreign minister": "ESPGOV", "Moroccan counterpart": "MARGOV"},
         has=[("ESPGOV", "04", "MARGOV")]),
    Case("spoke-after-a-meeting-with",
         "The Kenyan president spoke to reporters after a meeting with the Ugandan president.",
         {"Kenyan president": "KENGOV", "Ugandan president": "UGAGOV"},
         has=[("KENGOV", "04", "UGAGOV")]),
    Case("fronted-owner-pronoun-points-forward",
         "In his talks with the Polish president, the Czech prime minister raised energy prices.",
         {"Polish president": "POLGOV", "Czech prime minister": "CZEGOV"},
         has=[("CZEGOV", "04", "POLGOV")]),
    Case("meeting-without-a-named-partner-has-no-party",
         "The Kenyan president spoke to reporters after a long meeting in Nairobi.",
         {"Kenyan president": "KENGOV", "Nairobi": "KEN"},
         lacks=[("*", "04", "*")]),
    # Session 5 (H9): an unowned visit to another country is the subject's when the subject speaks
    # for a state ("spoke during a visit to Uganda": the Kenyan president visited Uganda, 042;
    # test_recall_guards_s5b.py holds the limits of that reading).
    Case("unowned-visit-to-a-place-is-the-official-subject-s",
         "The Kenyan president spoke to reporters during a visit to Uganda.",
         {"Kenyan president": "KENGOV", "Uganda": "UGA"},
         has=[("KENGOV", "042", "UGA")]),
    Case("stance-on-talks-is-no-party",
         "The Israeli prime minister agreed to mediation in the talks with the Palestinians.",
         {"Israeli prime minister": "ISRGOV", "Palestinians": "PSE"},
         lacks=[("ISRGOV", "04", "PSE")]),
    # --- messages that speak for their authors
    Case("issued-a-statement-condemning",
         "The Egyptian foreign ministry issued a statement condemning the Ethiopian dam project.",
         {"Egyptian foreign ministry": "EGYGOV", "Ethiopian": "ETH"},
         has=[("EGYGOV", "11", "ETH")]),
    Case("passed-a-resolution-condemning",
         "The Arab League passed a resolution condemning Iran's interference.",
         {"Arab League": "IGOARL", "Iran": "IRN"},
         has=[("IGOARL", "11", "IRN")]),
    Case("said-in-a-statement-condemning",
         "In a statement condemning the Sudanese raid, the Chadian government said it would respond.",
         {"Sudanese": "SDN", "Chadian government": "TCDGOV"},
         has=[("TCDGOV", "11", "SDN")]),
    Case("sent-a-letter-urging",
         "The Jordanian king sent a letter urging Israel to halt the settlement plan.",
         {"Jordanian king": "JORGOV", "Israel": "ISR"},
         has=[("JORGOV", "02", "ISR")]),
    Case("vetoed-resolution-speaks-not-for-the-vetoer",
         "China vetoed a resolution condemning the Burmese junta.",
         {"China": "CHN", "Burmese junta": "MMRGOV"},
         lacks=[("CHN", "11", "*")]),
    # --- attacks in words
    Case("politician-attacks-politician-in-words",
         "The opposition senator attacked the prime minister over the budget.",
         {"opposition senator": "AUSLEG", "prime minister": "AUSGOV"},
         has=[("AUSLEG", "111", "AUSGOV")], lacks=[("*", "19", "*")]),
    Case("an-official-attacking-an-embassy-is-force",
         "The Libyan minister attacked the Egyptian embassy.",
         {"Libyan minister": "LBYGOV", "Egyptian embassy": "EGYGOV"},
         has=[("LBYGOV", "19", "EGYGOV")]),
    Case("forces-attacking-rebels-still-fight",
         "Army troops attacked the rebels near the border.",
         {"Army troops": "MMRMIL", "rebels": "MMRREB"},
         has=[("MMRMIL", "19", "MMRREB")]),
]


@each_case(CASES)
def test_recall_rules(coder: EventCoder, make_doc: MakeDoc, case: Case) -> None:
    assert_codes(coder, make_doc, case)


PATTERN_CASES = [
    # --- Block J: phone calls, conversations, contacts, partnering
    Case("held-a-phone-call-with",
         "The Turkish president held a phone call with the Iranian president on Monday.",
         {"Turkish president": "TURGOV", "Iranian president": "IRNGOV"},
         has=[("TURGOV", "041", "IRNGOV")]),
    Case("owned-telephone-call-with",
         "The chancellor's telephone call with the Russian president lasted an hour.",
         {"chancellor": "DEUGOV", "Russian president": "RUSGOV"},
         has=[("DEUGOV", "041", "RUSGOV")]),
    Case("call-for-is-still-an-appeal",
         "The Swedish government renewed its call for a ceasefire in Yemen.",
         {"Swedish government": "SWEGOV", "Yemen": "YEM"},
         lacks=[("*", "041", "*")]),
    Case("contacts-with-are-consultations",
         "The Libyan envoy had several contacts with Egyptian officials last month.",
         {"Libyan envoy": "LBYGOV", "Egyptian officials": "EGYGOV"},
         has=[("LBYGOV", "040", "EGYGOV")]),
    Case("partnered-with",
         "Canada has partnered with Jordan in training border guards.",
         {"Canada": "CAN", "Jordan": "JOR"},
         has=[("CAN", "060", "JOR")]),
    Case("provided-residents-with-medical-supplies",
         "The Turkish aid convoy provided Syrian villagers with medical supplies.",
         {"Turkish aid convoy": "TUR", "Syrian villagers": "SYRCVL"},
         has=[("TUR", "073", "SYRCVL")]),
    Case("delivered-food-and-medicines",
         "Jordan delivered food and medicines to Iraqi refugees.",
         {"Jordan": "JOR", "Iraqi refugees": "IRQREF"},
         has=[("JOR", "073", "IRQREF")]),
    Case("medical-records-are-no-aid",
         "The ministry provided medical records to the Swiss court.",
         {"ministry": "GOV", "Swiss court": "CHEJUD"},
         lacks=[("*", "07", "*")]),
    Case("supplied-with-weapons",
         "Sudan supplied the militia with weapons.",
         {"Sudan": "SDN", "militia": "SSDREB"},
         has=[("SDN", "072", "SSDREB")]),
    Case("provided-with-loans",
         "Kuwait provided Jordan with loans.",
         {"Kuwait": "KWT", "Jordan": "JOR"},
         has=[("KWT", "071", "JOR")]),
    Case("teamed-up-with",
         "Nigeria teamed up with Chad to fight the insurgents.",
         {"Nigeria": "NGA", "Chad": "TCD"},
         has=[("NGA", "06", "TCD")]),
]


@each_case(PATTERN_CASES)
def test_block_j_patterns(coder: EventCoder, make_doc: MakeDoc, case: Case) -> None:
    assert_codes(coder, make_doc, case)


INTENT_CASES = [
    # --- nouns of intending say what their owner means to do (orders.stated_intent)
    Case("announced-its-intention-to-attack-is-a-threat-of-force",
         "Azerbaijan announced its intention to attack Armenian positions.",
         {"Azerbaijan": "AZE", "Armenian positions": "ARMMIL"},
         has=[("AZE", "138*", "ARMMIL")], lacks=[("*", "19", "*")]),
    Case("reiterated-its-willingness-to-negotiate",
         "Venezuela reiterated its willingness to negotiate with Colombia.",
         {"Venezuela": "VEN", "Colombia": "COL"},
         has=[("VEN", "03", "COL")]),
    Case("owner-s-plan-to-attack",
         "Ethiopia's plan to attack Eritrean units worried the mediators.",
         {"Ethiopia": "ETH", "Eritrean units": "ERIMIL"},
         has=[("ETH", "138*", "ERIMIL")]),
    Case("intention-not-to-attack-is-no-threat",
         "Ethiopia announced its intention not to attack Eritrean units.",
         {"Ethiopia": "ETH", "Eritrean units": "ERIMIL"},
         lacks=[("ETH", "13", "ERIMIL"), ("ETH", "19", "ERIMIL")]),
    # --- a joint news conference is a meeting
    Case("said-at-a-news-conference-with",
         "The Indian prime minister said at a news conference with the Japanese prime minister that trade grew.",
         {"Indian prime minister": "INDGOV", "Japanese prime minister": "JPNGOV"},
         has=[("INDGOV", "040", "JPNGOV")]),
    # --- "neither ... nor" subjects deny the act
    Case("neither-nor-subject-negates",
         "Neither the Greek government nor its ministers had contact with the Turkish envoy.",
         {"Greek government": "GRCGOV", "Turkish envoy": "TURGOV"},
         lacks=[("GRCGOV", "040", "TURGOV")]),
    # --- an official's "assault" on another is in words
    Case("assault-between-officials-is-verbal",
         "The governor's assault on the federal government drew applause.",
         {"governor": "USAGOV", "federal government": "USAGOV"},
         lacks=[("*", "19", "*")]),
    # --- who tells of an act is no party to it
    Case("describing-an-arrest-is-not-arresting",
         "The Kenyan minister was describing the arrest of two Somali nationals.",
         {"Kenyan minister": "KENGOV", "Somali nationals": "SOMCVL"},
         lacks=[("KENGOV", "17", "*")]),
]


@each_case(INTENT_CASES)
def test_intents_and_guards(coder: EventCoder, make_doc: MakeDoc, case: Case) -> None:
    assert_codes(coder, make_doc, case)
