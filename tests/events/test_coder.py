"""The event coder on sentences written for these tests, one rule each.

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder's own
reading of the sentence: pattern, roles, modality, reinterpretation, attribution.
"""

from __future__ import annotations

from event_helpers import roots, triples

from communique.model import Modality

COUNTRIES = {
    "Russia": "RUS", "Ukraine": "UKR", "France": "FRA", "Germany": "DEU", "Iran": "IRN", "Iraq": "IRQ",
    "China": "CHN", "Japan": "JPN", "Egypt": "EGY", "Gaza": "PSE", "Serbia": "SRB", "Kosovo": "XKX",
    "Turkey": "TUR", "Greece": "GRC", "India": "IND", "Pakistan": "PAK", "Qatar": "QAT", "Israel": "ISR",
}


def code(coder, make_doc, text, extra=None):
    return coder.code_doc(make_doc(text, {**COUNTRIES, **(extra or {})}))


# --- verb patterns and roles
def test_subject_verb_object(coder, make_doc):
    assert triples(code(coder, make_doc, "Russia attacked Ukraine.")) == {("RUS", "190", "UKR")}


def test_passive_with_agent_keeps_who_acts(coder, make_doc):
    assert triples(code(coder, make_doc, "Ukraine was attacked by Russia.")) == {("RUS", "190", "UKR")}


def test_coordinated_subjects_give_one_event_each(coder, make_doc):
    events = code(coder, make_doc, "France and Germany condemned Russia.")
    assert triples(events) == {("FRA", "111", "RUS"), ("DEU", "111", "RUS")}


def test_coordinated_parties_of_a_meeting_meet_each_other(coder, make_doc):
    events = code(coder, make_doc, "India and Pakistan met in Geneva.")
    assert triples(events) == {("IND", "040", "PAK"), ("PAK", "040", "IND")}


def test_prepositional_target_and_specific_pattern(coder, make_doc):
    # "call for a ceasefire" is more specific than "call": appeal for de-escalation.
    assert triples(code(coder, make_doc, "Egypt called for a ceasefire in Gaza.")) == {("EGY", "0256", "PSE")}


def test_reverse_code_pattern(coder, make_doc):
    # "X faces pressure from Y": the pattern codes only the reverse event, Y demands of X.
    events = code(coder, make_doc, "Iran faces pressure from China.")
    assert ("CHN", "10", "IRN") in roots(events)


# --- nominal events
def test_light_verb_and_event_noun(coder, make_doc):
    events = code(coder, make_doc, "Iran held talks with Iraq.")
    assert triples(events) == {("IRN", "046", "IRQ"), ("IRQ", "046", "IRN")}


def test_sanctions_imposed(coder, make_doc):
    events = code(coder, make_doc, "The European Union imposed sanctions on Russia.", {"The European Union": "IGOEEC"})
    assert triples(events) == {("IGOEEC", "163", "RUS")}


def test_warning_issued_to(coder, make_doc):
    assert roots(code(coder, make_doc, "Japan issued a warning to China.")) == {("JPN", "13", "CHN")}


def test_talks_between_two_parties(coder, make_doc):
    events = code(coder, make_doc, "Talks between Serbia and Kosovo began on Monday.")
    assert ("SRB", "046", "XKX") in triples(events)


# --- a verbal act decided by its complement
def test_warning_of_sanctions_in_a_complement_clause(coder, make_doc):
    events = code(coder, make_doc, "Blinken warned Lavrov that Moscow would face sanctions.",
                  {"Blinken": "USAGOV", "Lavrov": "RUSGOV", "Moscow": "RUSGOV"})
    assert triples(events) == {("USAGOV", "1312", "RUSGOV")}


# --- modality
def test_negated_meeting_is_not_asserted(coder, make_doc):
    events = code(coder, make_doc, "Turkey did not meet Greece.")
    assert triples(events) == set()
    assert triples(events, Modality.NEGATED) == {("TUR", "040", "GRC")}


def test_in_no_way_negates_a_threat(coder, make_doc):
    events = code(coder, make_doc, "Ukraine in no way poses a threat to Russia.")
    assert triples(events) == set()
    assert roots(events, Modality.NEGATED) == {("UKR", "13", "RUS")}


def test_if_clause_is_conditional_and_its_consequence_a_threat(coder, make_doc):
    events = code(coder, make_doc, "If Russia invades Ukraine, France will impose sanctions on Russia.")
    assert triples(events, Modality.CONDITIONAL) == {("RUS", "192", "UKR")}
    assert triples(events) == {("FRA", "1312", "RUS")}


def test_in_the_event_of_is_conditional(coder, make_doc):
    events = code(coder, make_doc, "Russia will be punished in the event of an attack on Ukraine by Russia.")
    assert ("RUS", "19", "UKR") not in roots(events)


def test_could_is_hypothetical(coder, make_doc):
    events = code(coder, make_doc, "Russia could attack Ukraine.")
    assert triples(events) == set()
    assert triples(events, Modality.HYPOTHETICAL) == {("RUS", "190", "UKR")}


def test_question_is_not_asserted(coder, make_doc):
    events = code(coder, make_doc, "Will Russia attack Ukraine?")
    assert triples(events) == set()
    assert roots(events, Modality.QUESTION) == {("RUS", "19", "UKR")}


def test_future_act_is_an_intent(coder, make_doc):
    events = code(coder, make_doc, "Germany will provide humanitarian aid to Ukraine.")
    assert triples(events) == {("DEU", "0333", "UKR")}


def test_agreeing_to_meet_is_an_intent_to_meet(coder, make_doc):
    assert triples(code(coder, make_doc, "Iran agreed to meet Iraq.")) == {("IRN", "036", "IRQ")}


def test_urging_someone_to_withdraw_is_an_appeal_to_them(coder, make_doc):
    events = code(coder, make_doc, "France urged Russia to withdraw its troops from Ukraine.")
    assert roots(events) == {("FRA", "02", "RUS")}


def test_threatening_to_sanction_is_a_sanctions_threat(coder, make_doc):
    events = code(coder, make_doc, "Russia threatened to impose sanctions on Ukraine.")
    assert triples(events) == {("RUS", "1312", "UKR")}


def test_refusing_to_release_is_a_refusal(coder, make_doc):
    events = code(coder, make_doc, "Russia refused to release the prisoners from Ukraine.")
    assert roots(events) == {("RUS", "12", "UKR")}


def test_stopping_violence_is_de_escalation(coder, make_doc):
    assert triples(code(coder, make_doc, "Russia stopped attacking Ukraine.")) == {("RUS", "087", "UKR")}


def test_reported_obligation_is_an_appeal_by_the_speaker(coder, make_doc):
    events = code(coder, make_doc, "Russia needs to stop attacking Ukraine, France said.")
    assert triples(events) == {("FRA", "0256", "RUS")}


# --- attribution and media
def test_speaker_and_agency_go_to_attribution(coder, make_doc):
    events = code(coder, make_doc, "Russia attacked Ukraine, a senior US official said, quoted by Reuters.",
                  {"a senior US official": "USAGOV", "Reuters": "GBRMED"})
    (event,) = events
    assert (event.source.code, event.code, event.target.code) == ("RUS", "190", "UKR")
    assert event.attribution is not None
    assert event.attribution.speaker is not None and event.attribution.speaker.code == "USAGOV"
    assert event.attribution.via == "Reuters"


def test_an_agency_reporting_is_not_an_event(coder, make_doc):
    events = code(coder, make_doc, "Reuters reported that Russia attacked Ukraine.", {"Reuters": "GBRMED"})
    assert triples(events) == {("RUS", "190", "UKR")}
    assert events[0].attribution is not None and events[0].attribution.speaker is None
    assert events[0].attribution.via == "Reuters"


def test_media_are_parties_only_to_acts_not_to_statements(coder, make_doc):
    # An outlet that is the subject of an act is a party to it, and so is one acted upon...
    assert roots(code(coder, make_doc, "The state newspaper criticized Russia.",
                      {"The state newspaper": "CHNMED"})) == {("CHNMED", "11", "RUS")}
    assert roots(code(coder, make_doc, "Russia banned the BBC.", {"the BBC": "GBRMED"})) \
        == {("RUS", "17", "GBRMED")}
    # ...but what it reports, or a plain statement it makes, is not its event.
    events = code(coder, make_doc, "Reuters said Russia would hold elections.", {"Reuters": "GBRMED"})
    assert all(e.source is None or e.source.code != "GBRMED" for e in events)


def test_claiming_an_attack_by_others_is_an_accusation(coder, make_doc):
    events = code(coder, make_doc, "Iran claimed that Iraq attacked Kuwait.", {"Kuwait": "KWT"})
    assert ("IRN", "112", "IRQ") in triples(events)
    assert ("IRQ", "19", "KWT") not in roots(events)


# --- the record
def test_event_fields_come_from_the_doc_and_the_code_table(coder, make_doc):
    text = "Turkey praised Greece."
    (event,) = coder.code_doc(make_doc(text, COUNTRIES, doc_id="d1", doc_date="2020-01-02"))
    assert event.doc_id == "d1" and event.doc_date == "2020-01-02"
    assert (event.code, event.quad_class, event.goldstein) == ("051", 1, 3.4)
    assert event.verb.text == "praised" and text[event.verb.start : event.verb.end] == "praised"
    assert event.sentence.text == text and 0 < event.confidence <= 1


def test_furniture_is_never_coded(coder, make_doc):
    text = "Turkey praised Greece.\nRussia attacked Ukraine.\n"
    start = text.index("Russia")
    events = coder.code_doc(make_doc(text, COUNTRIES, furniture=[(start, len(text))]))
    assert triples(events) == {("TUR", "051", "GRC")}


def test_named_pattern_is_surer_than_a_verb_default(coder, make_doc):
    (specific,) = code(coder, make_doc, "Japan warned China of sanctions.")
    (default,) = code(coder, make_doc, "Japan warned China.")
    assert (specific.code, default.code) == ("1312", "130")
    assert specific.confidence > default.confidence


def test_a_plain_statement_about_another_party_is_010(coder, make_doc):
    events = code(coder, make_doc, "Turkey said Greece would need to remain calm.")
    assert triples(events) == {("TUR", "010", "GRC")}


def test_a_statement_carrying_an_event_is_not_also_010(coder, make_doc):
    events = code(coder, make_doc, "Turkey said Greece attacked Egypt.")
    assert ("TUR", "010", "GRC") not in triples(events)
    assert ("GRC", "190", "EGY") in triples(events)


def test_according_to_gives_the_speaker(coder, make_doc):
    events = code(coder, make_doc, "Russia attacked Ukraine, according to France.")
    (event,) = events
    assert event.attribution is not None and event.attribution.speaker is not None
    assert event.attribution.speaker.code == "FRA"
