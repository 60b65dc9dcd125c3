"""The event coder: from a parsed, actor-tagged Doc, the CAMEO events each sentence asserts.

For every sentence: find the words that carry events (verbs and event nouns with patterns),
match each against the patterns (communique.events.frames), let the verb decide when its
pattern names the noun ("imposed sanctions": 163) and the noun decide after a light verb ("held
talks": 046), read source and target off the parse (communique.events.roles), decide modality
(communique.events.modality), turn intentions, appeals, threats and refusals into their CAMEO
codes (communique.events.transforms), add what the speaker's words do to another party (a report
of its violence is an accusation, "must X or face Y" a threat: communique.events.claims), and
attach who reported it (attribution). Violence told from the victim's side ("were killed in an
Israeli air strike") is read by communique.events.victims, event nouns and acts of one party by
communique.events.nominal; each event is a `Draft` (communique.events.drafts) until it is paired.

`Event.confidence` says how the event was found, so users can filter: a pattern that named the
surrounding words is surer than a verb's default code; a direct subject and a found target are
surer than borrowed ones; each reinterpretation (intent, appeal, reported obligation) costs a
little. The numbers are an ordering, not calibrated probabilities.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from communique.events import (
    claims,
    judgements,
    movers,
    nominal,
    orders,
    pacts,
    police,
    senses,
    transforms,
    victims,
)
from communique.events.attribution import find_attribution, is_media
from communique.events.codes import VIOLENT_ROOTS, CameoCodes, quad_class_of_root
from communique.events.conditions import inverting_auxiliary, states_condition
from communique.events.drafts import (
    Draft,
    rewrite,
    without_protest_reasons,
    without_reporting_verbs,
    without_restated_violence,
)
from communique.events.expulsions import expelled_parties, expelling_state
from communique.events.frames import (
    Match,
    best_match,
    headline_passive,
    is_candidate,
    proposed_act,
    purpose_phrases,
    purpose_words,
    reduced_passive,
)
from communique.events.modality import (
    ACCUSING_VERBS,
    ASPIRATION_VERBS,
    SCHEDULE_WORDS,
    analyse,
)
from communique.events.pacts import SYMMETRIC_ROOTS
from communique.events.patterns import NOUN, VERB, Pattern, PatternSet
from communique.events.roles import (
    LIGHT_VERBS,
    ActorIndex,
    agent_of,
    asks_for_something,
    default_targets,
    nearest_target,
    noun_roles,
    objects_of,
    participation,
    phrase_actors,
    prep_objects,
    pronoun_may_refer_to,
    subject_of,
)
from communique.events.visits import visit_at_home
from communique.events.words import APPEALING_MODALS, DEMANDING_MODALS
from communique.model import Actor, Attribution, Event, Modality, SentenceRef, TextSpan

CLAIM_RESPONSIBILITY = "015"
VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
# Besides the verbal roots, acts that take a stance on another act: praise, verbal defence,
# rallying support ("welcomed the talks", "defended the strikes"); not 050, the default of
# "organize" ("organized a strike": the organisers strike).
STANCE_CODES = frozenset({"051", "052", "053"})
# Speech verbs that, saying nothing codable, still make a statement about another party (010).
STATEMENT_VERBS = frozenset(
    ["say", "tell", "state", "announce", "declare", "add", "stress", "emphasize", "emphasise", "note", "reiterate",
     "insist", "conclude", "repeat", "argue"]
)
# To allege is to charge someone with a wrong: "Rwanda alleged that France was aware of the
# preparations" accuses France (112) even when what is alleged has no code of its own.
ALLEGING_VERBS = frozenset({"allege"})
# Acts done to people (releasing them): with a direct object that names no one, the verb has
# its other sense ("released a report").
PERSON_PATIENT_CODES = frozenset({"084", "0841"})
# Participles English uses as prepositions ("concerning", "regarding"), whatever the parse says.
DEVERBAL_PREPOSITIONS = frozenset(["concerning", "regarding", "including", "excluding", "according", "pending", "barring"])
# Verbs that either ask a question or ask for something; only the second is an appeal.
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
# Event data pairs a source with a target; statements, appeals, intents, protests and shows of
# force are commonly coded without one ("called for a ceasefire", "the army mobilized"). Other
# target-less matches are far more often parser or actor misses than events: not emitted.
# Verbal acts (demands, criticism, rejections, threats) are stances that news often reports
# without an addressee ("rejected the peace plan", "threatened to cut off electricity").
TARGETLESS_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13", "14", "15"})
# People who are nobody in particular without a country ("residents", "a doctor", "companies"):
# every such event of a hand audit of real news was wrong. A GOV or MIL agent without a country is
# still somebody's, and international bodies, regions and named people have none to give.
SOCIAL_SECTORS = frozenset({"PPL", "CVL", "EDU", "HLH", "LAB", "BUS", "AGR", "REF"})
# A bare intent whose act has no code of its own, towards no one, says nothing ("called for
# reforms", an appeal to no one in particular, still says something).
VACUOUS_ALONE = frozenset({"030"})
# Journalists told, assured or met are the audience of a statement, not a party to it.
MEDIA_AUDIENCE_ROOTS = frozenset({"01", "02", "03", "04"})
PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you"])
SHIPPED_ORIGINS = ("verbs.communique.txt", "verbs.petrarch.txt")


def _idiom_word(token: Token, idiom: set[str]) -> bool:
    """A word a pattern names, standing bare (no determiner or modifier): part of an idiom."""
    return ((token.lemma_.lower() in idiom or token.lower_ in idiom)
            and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in token.children))


@dataclass(frozen=True)
class EventCoder:
    patterns: PatternSet
    codes: CameoCodes

    def code_doc(self, doc: Doc) -> list[Event]:
        actors = ActorIndex.from_doc(doc)
        furniture = [tuple(r) for r in (doc._.furniture or [])]
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            if _inside_furniture(sent.start_char, sent.end_char, furniture):
                continue
            events.extend(self.code_sentence(doc, sent, index, actors, furniture))
        return events

    # ------------------------------------------------------------------ matching
    def _matches(self, sent: Span, furniture: list[tuple[int, int]]) -> list[Match]:
        matches: list[Match] = []
        for token in sent:
            if furniture and _inside_furniture(token.idx, token.idx + len(token), furniture):
                continue
            if token.tag_ == "VBG" and (token.dep_ == "prep" or token.lower_ in DEVERBAL_PREPOSITIONS):
                continue  # "intentions concerning Moscow", "following the talks": prepositions, not acts
            kind = is_candidate(token, self.patterns)
            if kind is None or (kind == NOUN and nominal.in_name(token)):
                continue
            match = best_match(token, kind, self.patterns)
            if match is not None:
                matches.append(match)
        consumed: set[int] = set()
        for match in matches:
            if match.pattern.kind == VERB:
                consumed |= match.used_tokens
            elif match.pattern.code or match.pattern.reverse:
                # "a mediation mission": a noun pattern naming its modifier names one event.
                consumed |= {t.i for t in match.frame.heads.get("mod", ()) if t.i != match.frame.token.i
                             and any(c.slot == "mod" and c.words for c in match.pattern.constraints)}
        nouns = {m.frame.token.i for m in matches if m.pattern.kind == NOUN and m.pattern.code}
        kept: list[Match] = []
        for match in matches:
            token = match.frame.token
            if match.pattern.kind == NOUN and token.i in consumed:
                continue
            if match.pattern.code is None and match.pattern.reverse is None:
                continue
            named = any(c.words for c in match.pattern.constraints)
            if (match.pattern.kind == VERB and not named and token.lemma_.lower() in LIGHT_VERBS
                    and any(nominal.through_measure(o).i in nouns for o in objects_of(token))):
                continue  # "held talks", "issued a warning": the noun carries the event
            if match.pattern.kind == VERB and not named and token.lemma_.lower() in QUESTION_VERBS \
                    and not asks_for_something(token):
                continue  # "asked whether...", "when asked about...": a question, not an appeal
            if (match.pattern.kind == VERB and participation(token)
                    and not any(c.slot == "in" and c.words for c in match.pattern.constraints)):
                # "took part in the attack": the attack is the event (its noun pattern makes the
                # subject a party); taking part in something uncoded says nothing codable.
                continue
            kept.append(match)
        return kept

    # ------------------------------------------------------------------ roles
    def _verb_roles(self, match: Match, actors: ActorIndex) -> tuple[list[tuple[Actor, Token]], list[tuple[Actor, Token]], bool]:
        token = match.frame.token
        pattern = match.pattern
        borrowed = False
        sources: list[tuple[Actor, Token]] = []
        if pattern.source_slot:
            for head in prep_objects(token, pattern.source_slot):
                sources.extend(phrase_actors(head, actors))
        if not sources:
            subject = subject_of(token)
            if subject is not None:
                borrowed = subject.head.i != token.i and subject.head.head.i != token.i
                if token.dep_ == "xcomp" and token.head.lemma_.lower() in SCHEDULE_WORDS:
                    borrowed = False  # "Merkel and Trump are set to meet": their own meeting
                # "a report by Amnesty accused...": a document speaks for its author (claims.document_voice)
                sources = phrase_actors(subject, actors) or claims.document_voice(subject, actors) \
                    or claims.message_voice(token, actors)
            if not sources or headline_passive(token):
                expellers = expelling_state(token, actors)  # "was expelled from Germany"
                if expellers:
                    return expellers, expelled_parties(token, actors), False
            between = [] if sources else pacts.between_parties(token, actors)
            if between:  # "a truce was signed between A and B": each side acts on the other (pacts.pairs)
                return between, [], False
        violent = (pattern.code or "")[:2] in VIOLENT_ROOTS
        if not sources and violent:
            # "killed in *Israeli* shelling", "an air strike *by government forces* killed...".
            sources = victims.attackers(token, actors, victims.means_of(token, actors))
        targets: list[tuple[Actor, Token]] = []
        if (violent or (pattern.code or "")[:2] == "17") and (reduced_passive(token)
                                                                   or headline_passive(token)):
            targets = victims.victims(token, actors)  # "soldiers *killed* in Ukraine": the soldiers
        if pattern.target_slot:
            heads = prep_objects(token, pattern.target_slot)
            for obj in objects_of(token):
                heads.extend(prep_objects(obj, pattern.target_slot))
            if not heads:
                # "fought alongside the rebels *against the army*": the parser hangs the phrase on
                # the object of another preposition, as the frame's slots allow.
                heads = [h for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                         for h in prep_objects(o, pattern.target_slot)]
            for head in heads:
                targets.extend(phrase_actors(head, actors))
        if not targets:
            code = pattern.code or pattern.reverse or ""
            # Parties meet or cooperate *with* each other; *in* Stockholm is where (a visit's place is its target).
            located = code[:2] in ("04", "05", "06") and code != "042"
            # People are arrested; where ("arrested in Canada", "in Hackney, east London") is no one arrested.
            located = located or code[:3] == police.ARREST_CODE
            # Reverse-only patterns ("faces charges", "came under fire") take their actor from
            # the complement: where it happened ("in Texas") is no accuser.
            located = located or pattern.code is None
            named_slots = frozenset(c.slot for c in pattern.constraints if c.words)
            targets = default_targets(token, actors, sources, located, named_slots, code[:2] == "11",
                                      code[:2] in VIOLENT_ROOTS)
            if pattern.target_slot:
                # A pattern that says where its target is and names its object makes the bare object
                # part of the idiom: "joined *forces*" names no armed party ("joined *local* forces" does).
                idiom = {w for c in pattern.constraints if c.slot == "obj" for w in c.words if not w.startswith("&")}
                targets = [(a, t) for a, t in targets if not _idiom_word(t, idiom)]
        return sources, targets, borrowed


    def _stance_on(self, verb: Token) -> bool:
        """A verb that says something about an act rather than doing it ("condemned the attack",
        "denied the killing", "welcomed the talks"): its subject is no party to the act."""
        if verb.lemma_.lower() in LIGHT_VERBS:
            return False
        kind = is_candidate(verb, self.patterns)
        match = best_match(verb, kind, self.patterns) if kind == VERB else None
        code = (match.pattern.code or match.pattern.reverse or "") if match is not None else ""
        if code == CLAIM_RESPONSIBILITY:
            return False  # "claimed responsibility for the attacks": the claimant did them
        return code[:2] in VERBAL_ROOTS or code[:3] in STANCE_CODES

    # ------------------------------------------------------------------ drafts
    def _draft(self, match: Match, actors: ActorIndex) -> Draft | None:
        pattern = match.pattern
        token = match.frame.token
        if (pattern.kind == VERB and token.tag_ == "VBN" and token.dep_ in ("acomp", "oprd", "amod")
                and agent_of(token) is None):
            return None  # "felt threatened", "the occupied territories": a state, not an act
        if pattern.kind == VERB:
            sources, targets, borrowed = self._verb_roles(match, actors)
            if (not sources or not targets) and token.lemma_.lower() in LIGHT_VERBS:
                # "The meeting between Biden and Putin was held": the noun knows the parties.
                for obj in map(nominal.through_measure, objects_of(token)):
                    if obj.pos_ == "NOUN":
                        noun_sources, noun_targets, _ = noun_roles(obj, actors, code_root(pattern), self._stance_on)
                        if not sources and noun_sources:
                            sources = noun_sources
                            taken = {s[1].i for s in sources}
                            targets = [t for t in (noun_targets or targets) if t[1].i not in taken]
                        targets = targets or noun_targets
        else:
            sources, targets, borrowed = noun_roles(token, actors, code_root(pattern), self._stance_on)
        if not sources:
            # "Syria is responsible for the attack", "holds Iran responsible for": who did it;
            # "accused of misusing funds by officials": who accuses.
            sources = claims.responsible_parties(token, pattern.code or pattern.reverse or "", actors)
            if sources:
                # "Serb forces were engaged in...": the passive subject is the doer, not a victim.
                taken = {t.i for _, t in sources}
                targets = [t for t in targets if t[1].i not in taken] or claims.victims_in(token, actors, taken)
            if not sources and pattern.kind == VERB and (pattern.code or "")[:2] == "11":
                sources = claims.stray_agent(token, actors)
        code = pattern.code or pattern.reverse
        assert code is not None
        deployed = police.deployed_forces(token, code, list(targets), actors) if pattern.kind == VERB and not sources else None
        if deployed is not None:  # "security forces were deployed": the force's own posture
            code, sources, targets = deployed
        if pattern.kind == VERB and movers.is_motion_visit(token, code):
            # "migrants come to the UK", "fighters travelled to Syria": only a party's envoy visits
            # (nor does anyone appeal for a visit when wanting migrants to come).
            sources = movers.visitors(sources)
            if not sources:
                return None
        context = analyse(token, code[:2] in VERBAL_ROOTS)
        if not sources and context.reporter is not None:
            subject = subject_of(token) if pattern.kind == VERB else None
            if pattern.kind == NOUN and token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
                subject = subject_of(token.head)  # "'I had a meeting with Jaafari,' the envoy said"
            if subject is not None and subject.lower_ in PRONOUNS:
                # "The rebels said they will release...": the pronoun is the speaker; what one
                # "must" do, said to someone, is the addressee's ("reminded Iraq that it must").
                speaker = subject_of(context.reporter)
                addressees = claims.addressees(token, context.reporter, actors) if context.obligation else []
                if addressees:
                    sources = addressees
                elif speaker is not None and pronoun_may_refer_to(subject, speaker):
                    sources = phrase_actors(speaker, actors)
                    borrowed = True
        side = None
        if pattern.kind == VERB and pattern.code is not None and (
                code[:2] in VIOLENT_ROOTS or code[:2] == "17" or code in victims.AUTHORITY_CODES):
            # Violence and coercion told from the victim's side (communique.events.victims).
            side = victims.victim_side(token, code, list(sources), list(targets), actors)
            code, sources, targets = side.code, side.sources, side.targets
            if sources and not targets and context.reporter is not None:
                targets = claims.speaker_as_object(token, context.reporter, actors)  # "fired at it"
        fallback = False
        root = code[:2]
        pairs_among_sources = len(sources) > 1 and (root in SYMMETRIC_ROOTS or pacts.mutual(token, code))
        # "Talks on Ukraine" are about Ukraine: a meeting's nearest actor is its topic, not a party.
        # An infinitive's subject is borrowed by control ("threatened to launch an offensive in
        # Iraq"): its own phrase still names whom a material act is aimed at (a message offered
        # "in Munich" is offered to no one there). A reverse-only pattern
        # swaps the two below, so a place near "faces charges *in Texas*" would become the accuser.
        controlled = token.dep_ == "xcomp" and code[:2] not in VERBAL_ROOTS
        if (sources and not targets and not pairs_among_sources and (not borrowed or controlled)
                and pattern.code is not None
                and not (pattern.kind == NOUN and root == "04")
                and not (root in ("04", "05", "06") and code != "042")  # where they met is no party
                and code[:3] != police.ARREST_CODE  # nor where someone was arrested
                # "He was deported from Mexico to the US": whom a state put out is its subject alone
                and not (pattern.kind == VERB and expelling_state(token, actors))):
            # Claiming an attack is aimed at the attack's victims ("claimed responsibility for an
            # attack targeting shoppers in Nairobi": KEN), wherever the noun phrase names them.
            targets = nearest_target(token, actors, {t.i for _, t in sources}, code == CLAIM_RESPONSIBILITY)
            # "rockets were fired from the Gaza Strip": the place's own forces fired, it is no target
            targets = [t for t in targets if not victims.same_place(t[0], sources)]
            fallback = bool(targets)
        if pattern.code is None and pattern.reverse:
            # ":100" patterns: only the reverse event exists ("faces pressure from Congress").
            sources, targets = targets, sources
            if not targets:
                return None  # "such a step enjoyed support from Moscow": support for no party
        named = any(c.words for c in pattern.constraints)
        if pattern.kind == VERB and not named and code in PERSON_PATIENT_CODES and objects_of(token) and not any(
            phrase_actors(o, actors) for o in objects_of(token)
        ):
            return None  # "released a statement", "released its budget": no one was set free
        shipped = pattern.origin.startswith(SHIPPED_ORIGINS[1])
        if pattern.kind == NOUN:
            confidence = 0.6
        elif named:
            confidence = 0.7 if shipped else 0.8
        else:
            confidence = 0.5 if shipped else 0.65
        confidence += 0.1 if targets else 0.0
        confidence -= 0.1 if borrowed else 0.0
        confidence -= 0.15 if fallback else 0.0
        # An attack by an unnamed attacker, a party inferred from the place: surer of the act than of who.
        confidence -= 0.2 if side is not None and side.note else 0.0
        return Draft(
            token=token, code=code, sources=tuple(sources), targets=tuple(targets), context=context,
            modality=context.modality, confidence=confidence, rule=pattern.origin, base_code=code,
            reverse=pattern.reverse if pattern.code else None, borrowed=borrowed, named=named,
            pattern_kind=pattern.kind, unattributed=side is not None and side.unattributed,
            extra_rules=(side.note,) if side is not None and side.note else (),
        )

    def _reinterpret(self, draft: Draft, actors: ActorIndex) -> tuple[Draft, Token | None]:
        """Intent, appeal, threat, refusal, demand, reported obligation: (new draft, governor to silence)."""
        ctx = draft.context
        governor = ctx.governor
        code = draft.code
        attempt = victims.attempt_of(draft.token) if code in transforms.ATTEMPTED else None
        if attempt is not None:
            # "tried to assassinate", "an attempt to assassinate": the attempt is the act (185), as
            # asserted as the attempt itself is; a failed or thwarted attempt is still one.
            outer = analyse(attempt, False)
            tried = rewrite(draft, transforms.ATTEMPTED[code], list(draft.sources), list(draft.targets), "attempt")
            return replace(tried, context=outer, modality=outer.modality), attempt
        refused = claims.refusal_ruled_out(draft, actors)
        if refused is not None:
            return refused, None
        stated = orders.stated_want(draft, actors)  # "renewed its demand that X withdraw"
        if stated is not None:
            return stated
        intended = orders.stated_intent(draft, actors)  # "announced its intention to withdraw"
        if intended is not None:
            return intended
        if governor is not None and ctx.obligation and ctx.reporter is not None and (
            governor.lemma_.lower() in transforms.INTENT_GOVERNORS
        ):
            governor = None  # "said the US must be ready to mediate": the obligation decides
        if governor is not None:
            lemma = governor.lemma_.lower()
            governor_subject = subject_of(governor)
            own = phrase_actors(governor_subject, actors) if governor_subject is not None else []
            own = own or claims.message_voice(governor, actors)  # "a letter urging Israel to..."
            # "Syria says it is willing to withdraw": the pronoun was already resolved to the speaker.
            sources = own or list(draft.sources)
            addressees: list[tuple[Actor, Token]] = []
            # "urged Russia to...", "called on Russia to...", "appealed to the UN to...".
            # "called for Burma to release": the for-clause's subject is the addressee.
            for obj in (objects_of(governor) + prep_objects(governor, "on") + prep_objects(governor, "upon")
                        + prep_objects(governor, "to") + (prep_objects(governor, "for") if draft.token.dep_ in ("advcl", "xcomp") else [])):
                addressees.extend(phrase_actors(obj, actors))
            clause_subject = next((c for c in draft.token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if not addressees and clause_subject is not None:
                addressees = phrase_actors(clause_subject, actors)  # "wants Putin to attack"
            if not own and addressees:
                # "Posner called on the FBI and Congress to catch...": the act's doers, borrowed from
                # the addressees, are not who appeals when the appealer is no known party; "Turkey
                # said it had asked Tehran to...": a pronoun appealer is the speaker
                asked = {t.i for _, t in addressees}
                sources = [s for s in sources if s[1].i not in asked]
                reporter = analyse(governor, True).reporter
                speaker = subject_of(reporter) if reporter is not None else None
                if (governor_subject is not None and governor_subject.lower_ in PRONOUNS and speaker is not None
                        and pronoun_may_refer_to(governor_subject, speaker)):
                    sources = phrase_actors(speaker, actors) or sources
            if lemma in transforms.STOP_GOVERNORS:
                ended = transforms.stop(code)
                if ended is not None:
                    stopped = rewrite(draft, ended, list(draft.sources), list(draft.targets), "stop")
                    # The stop itself may be what is intended, appealed for or reported as an obligation.
                    outer = analyse(governor, False)
                    stopped = replace(stopped, token=governor, context=outer, modality=outer.modality)
                    return self._reinterpret(stopped, actors)[0], governor
                return replace(draft, modality=Modality.HYPOTHETICAL), None
            if lemma in orders.COMMAND_GOVERNORS:  # "ordered the military to strike Syria"
                commanded = orders.commanded_act(draft, sources, addressees)
                if commanded is not None:
                    return commanded, governor
            if lemma in transforms.APPEAL_GOVERNORS or (lemma in ("want", "wish", "expect") and addressees):
                new = transforms.appeal(code)
                appeal = rewrite(draft, new, sources, addressees or list(draft.targets), "appeal")
                return replace(appeal, borrowed=False), governor  # the governor's own subject appeals
            if lemma in transforms.DEMAND_GOVERNORS:
                new = transforms.demand(code)
                demand = rewrite(draft, new, sources, addressees or list(draft.targets), "demand")
                return replace(demand, borrowed=False), governor
            if lemma in transforms.THREAT_GOVERNORS:
                # "threatened to stop the talks if the US deploys missiles": aimed at the US.
                threatened = list(draft.targets) or _condition_subjects((draft.token, governor), actors, sources)
                threat = replace(rewrite(draft, transforms.threat(code), sources, threatened, "threat"),
                                 borrowed=False)
                if threat.modality == Modality.CONDITIONAL and ctx.consequence:
                    threat = replace(threat, modality=Modality.ASSERTED)  # "threatened to secede unless...": still a threat
                return threat, governor
            if lemma in transforms.REFUSAL_GOVERNORS:
                return rewrite(draft, transforms.refusal(code), sources, list(draft.targets), "refusal"), governor
            if lemma in transforms.INTENT_GOVERNORS:
                if ctx.negated and code[:2] in transforms.COOPERATION_ROOTS:
                    new_draft = rewrite(draft, transforms.refusal(code), sources, list(draft.targets), "refusal")
                    return replace(new_draft, modality=Modality.ASSERTED), governor
                new = code if code[:2] in VERBAL_ROOTS else transforms.intent(code)
                if new == code and code[:2] not in VERBAL_ROOTS and (
                        lemma in ASPIRATION_VERBS or lemma in transforms.WISHING_GOVERNORS):
                    # "aims to force", "wants to deport": coercion with no intent code, only aspired to.
                    return replace(draft, modality=Modality.HYPOTHETICAL), None
                intent = rewrite(draft, new, sources, list(draft.targets), "intent")
                # The governor's own subject states the intent: "Brazil and the US seek to deepen...".
                return replace(intent, borrowed=False), governor
            if (lemma in transforms.PRESSURE_GOVERNORS or lemma in transforms.CONSIDER_GOVERNORS) \
                    and draft.modality == Modality.ASSERTED:
                return replace(draft, modality=Modality.HYPOTHETICAL), None
        if ctx.obligation and ctx.reporter is not None and draft.modality == Modality.ASSERTED:
            speaker_subject = subject_of(ctx.reporter)
            speakers = phrase_actors(speaker_subject, actors) if speaker_subject is not None else []
            speakers = [s for s in speakers if not is_media(s[0])]
            obliged = list(draft.sources) or claims.addressees(draft.token, ctx.reporter, actors)
            if speakers and all(s[0].code != d[0].code for s in speakers for d in obliged) and obliged:
                new = transforms.demand(code) if ctx.strong_obligation else transforms.appeal(code)
                return rewrite(draft, new, speakers, obliged, "reported obligation"), None
        if ctx.obligation and draft.modality == Modality.ASSERTED:
            return replace(draft, modality=Modality.HYPOTHETICAL), None
        if (ctx.future and ctx.consequence and not ctx.negated and draft.modality == Modality.CONDITIONAL
                and code[:2] in transforms.FUTURE_ROOTS and claims.announced_by_doer(draft, actors)):
            # "France will impose sanctions if Russia invades": a threat (or a conditional promise);
            # "will withdraw its force unless Chad pays": a threat, whatever is withdrawn.
            threatened = list(draft.targets) or _condition_subjects((draft.token,), actors, list(draft.sources))
            new = transforms.threat(code) if ctx.unless else transforms.intent(code)
            new_draft = rewrite(draft, new, list(draft.sources), threatened, "conditional future")
            return replace(new_draft, modality=Modality.ASSERTED), None
        if ctx.future and code[:2] in transforms.FUTURE_ROOTS:
            if ctx.negated and code[:2] in transforms.COOPERATION_ROOTS \
                    and draft.token.lemma_.lower() not in transforms.JUDGING_VERBS:
                new_draft = rewrite(draft, transforms.refusal(code), list(draft.sources), list(draft.targets), "refusal")
                return replace(new_draft, modality=Modality.ASSERTED), None
            if draft.modality == Modality.ASSERTED:
                return rewrite(draft, transforms.intent(code), list(draft.sources), list(draft.targets), "future"), None
        return draft, None

    def _accusation(self, draft: Draft, actors: ActorIndex) -> Draft | None:
        """'X claimed that Y attacked Z': X accuses Y (112), or claims responsibility (015) if X is Y."""
        reporter = draft.context.reporter
        if reporter is None or reporter.lemma_.lower() not in ACCUSING_VERBS:
            return None
        if draft.code[:2] not in ("14", "15", "17", "18", "19", "20") or not draft.sources:
            return None
        subject = subject_of(reporter)
        # "a report released in the Rwandan capital alleged that...": an unsigned document speaks too
        speakers = (phrase_actors(subject, actors) or claims.document_voice(subject, actors)) if subject else []
        if not speakers:
            return None
        same = speakers[0][0].code == draft.sources[0][0].code
        code = "015" if same else "112"
        targets = draft.targets if same else draft.sources
        return replace(draft, token=reporter, code=code, sources=tuple(speakers), targets=tuple(targets),
                       reverse=None, modality=Modality.ASSERTED, attribution=None,
                       extra_rules=draft.extra_rules + ("accusation",))

    # ------------------------------------------------------------------ sentence
    def code_sentence(self, doc: Doc, sent: Span, index: int, actors: ActorIndex,
                      furniture: list[tuple[int, int]]) -> list[Event]:
        drafts: list[Draft] = []
        silenced: set[int] = set()
        for match in self._matches(sent, furniture):
            draft = self._draft(match, actors)
            if draft is None:
                continue
            content = proposed_act(draft.token, self.patterns) if draft.code[:2] in ("02", "08", "10", "12") else None
            # "rejected a request to extradite": a refusal of extradition; "rallied to demand his
            # resignation": a protest for a change of leader.
            leaf = transforms.by_content(draft.code, content) if content else None
            if draft.code[:2] == nominal.PROTEST_ROOT and (nominal.celebrates(draft.token) or (
                    draft.pattern_kind == NOUN and nominal.classifies(draft.token, draft.code))):
                continue  # "marched to celebrate the anniversary", "riot police": no dissent
            purpose = None if leaf else transforms.protest_leaf(draft.code, purpose_words(draft.token))
            if leaf or purpose:
                draft = rewrite(draft, leaf or purpose or "", list(draft.sources), list(draft.targets),
                                      "content" if leaf else "purpose")
            if draft.code[:2] == nominal.PROTEST_ROOT and not draft.targets:
                against = nominal.purpose_target(purpose_phrases(draft.token), actors.at, list(draft.sources))
                draft = replace(draft, targets=tuple(against))
            draft, governor = self._reinterpret(draft, actors)
            if governor is not None:
                silenced.add(governor.i)
            accusation = self._accusation(draft, actors)
            if accusation is not None:
                drafts.append(accusation)
                draft = replace(draft, modality=Modality.HYPOTHETICAL)
            drafts.append(draft)
            charge = claims.reported_charge(draft, sent, actors)
            if charge is not None:
                drafts.append(charge)
        drafts = without_protest_reasons(without_restated_violence(without_reporting_verbs(drafts)))
        ultimatums = claims.ultimatum_drafts(sent, actors)
        # "...or face new sanctions": the sanctions are threatened, not imposed by anyone yet.
        faced = {u.token.i for u in ultimatums}
        drafts = [d for d in drafts if not (d.token.dep_ == "dobj" and d.token.head.i in faced)]
        drafts.extend(judgements.judgement_drafts(sent, actors))  # "said the US claims were false"
        drafts.extend(self._statements(sent, drafts, actors, furniture))
        drafts.extend(ultimatums)
        sentence = SentenceRef(index, sent.start_char, sent.end_char, sent.text)
        events: list[Event] = []
        seen: set[tuple[str, str, str, int]] = set()
        for draft in drafts:
            if draft.token.i in silenced and not draft.extra_rules:
                continue
            attribution = draft.attribution or find_attribution(draft.context.reporter, sent, actors)
            for source, target, code in pacts.pairs(draft):
                if source is None:
                    if not draft.unattributed or target is None or draft.sources:
                        continue
                    # An attack by an attacker the text does not name (communique.events.victims).
                    key = ("", code, target[0].code, draft.token.i)
                    if key not in seen:
                        seen.add(key)
                        events.append(self._event(doc, sentence, draft, None, target[0], code, attribution))
                    continue
                if is_media(source[0]) and not self._media_may_act(draft, source[0], code):
                    continue
                code = senses.riot_sense(draft.token, code, source[0])  # "a mob stoned police": a riot
                if code[:2] != "14" and _nobody_in_particular(source[0]):
                    continue  # "residents", "a teacher", "companies": people of no country act for no one
                if target is not None and is_media(target[0]) and code[:2] in MEDIA_AUDIENCE_ROOTS:
                    continue
                if target is None and not ((self._may_lack_target(draft, code)
                                            and (draft.named or nominal.may_act_alone(code, source[0])))
                                           or police.act_on_people(draft.token, code, actors, draft.extra_rules)):
                    continue
                if target is not None and target[0].code == source[0].code:
                    if not nominal.domestic_protest(code, source, target):
                        continue
                    # "Iraqi Kurds demonstrated in Kirkuk": against Baghdad (the rulers protesting: no one).
                    ruler = nominal.ruler_of(target[0])
                    target = (ruler, target[1]) if ruler.code != source[0].code else None
                if target is not None and visit_at_home(code, source[0], target[0]):
                    continue
                code = senses.clash_sense(draft.token, code, source[0], target[0] if target else None,
                                          source[1], target[1] if target else None)
                if senses.police_move(draft.token, code, source[0], target[0] if target else None):
                    code, target = senses.POLICE_MOVE_CODE, None
                key = (source[0].code, code, target[0].code if target else "", draft.token.i)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(doc, sentence, draft, source[0], target[0] if target else None,
                                          code, attribution))
        return events

    def _statements(self, sent: Span, drafts: list[Draft], actors: ActorIndex,
                    furniture: list[tuple[int, int]]) -> list[Draft]:
        """A plain statement (010): someone says something about another party and what they say
        carries no event of its own ("Powell said NATO would need to remain strong")."""
        reporters = {d.context.reporter.i for d in drafts if d.context.reporter is not None}
        # A reported act with no party or not asserted ("must drop barriers or *face* penalties":
        # no one named) leaves a reported obligation standing as the demand it is.
        asserted = {d.context.reporter.i for d in drafts
                    if d.context.reporter is not None and d.sources and d.modality == Modality.ASSERTED}
        asserted |= {d.token.i for d in drafts}
        # What is alleged may be an act of its own; the charge is made all the same, unless the
        # act's own accusation (coder._accusation) already stands at the verb.
        accused = {d.token.i for d in drafts if d.code in ("112", CLAIM_RESPONSIBILITY)}
        found: list[Draft] = []
        for token in sent:
            alleging = token.lemma_.lower() in ALLEGING_VERBS
            if token.pos_ != "VERB" or (token.i in accused if alleging else (
                    token.lemma_.lower() not in STATEMENT_VERBS or token.i in asserted)):
                continue
            if furniture and _inside_furniture(token.idx, token.idx + len(token), furniture):
                continue
            subject = subject_of(token)
            sources = [s for s in phrase_actors(subject, actors) if not is_media(s[0])] if subject is not None else []
            if not sources and alleging and subject is not None:
                sources = claims.document_voice(subject, actors)  # "a report released in ... alleged"
            if not sources:
                continue
            heads = [c for c in token.children if c.dep_ in ("dobj", "dative")]
            for clause in (c for c in token.children if c.dep_ == "ccomp"):
                clause_subject = subject_of(clause)
                if alleging and clause_subject is not None and clause_subject.dep_ == "nsubjpass":
                    # "alleged that protesters were beaten by police": the wrong is the agent's
                    heads.extend(prep_objects(clause, "by"))
                elif clause_subject is not None:
                    heads.append(clause_subject)
            taken = {t.i for _, t in sources}
            targets: list[tuple[Actor, Token]] = []
            for head in heads:
                targets = [a for a in phrase_actors(head, actors) if a[1].i not in taken]
                if targets:
                    break
            # A statement is coded between parties of different countries: an unplaced "official"
            # or a minister on his own country's trade figures makes no event.
            countries = {s[0].country for s in sources}
            # An international body is a party of no country ("said NATO would need to remain strong").
            targets = [t for t in targets if (t[0].country and t[0].country not in countries)
                       or t[0].code.startswith("IGO")]
            if not targets:
                continue
            context = analyse(token, True)
            # "declared that China must drop its barriers": what the other party must do is a
            # demand (100), what it should do an appeal (020), even when the act has no pattern.
            code = "112" if alleging else "010"
            for clause in (c for c in token.children if c.dep_ == "ccomp" and not alleging):
                # "said should Peru invade, ...": an inverted "should" opens a condition, asks nothing.
                inverted = inverting_auxiliary(clause)
                modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and (inverted is None or c.i != inverted.i)}
                if modals & DEMANDING_MODALS:
                    code = "100"
                elif modals & APPEALING_MODALS:
                    code = "020"
            if code == "010" and token.i in reporters:
                continue  # "warships held drills, the embassy said": a report, not a statement about them
            if None in countries and (code == "010" or not all(s[0].code.startswith("IGO") for s in sources)):
                continue  # an unplaced official speaks for no one; an international body makes demands
            found.append(Draft(token=token, code=code, sources=tuple(sources), targets=tuple(targets),
                               context=context, modality=context.modality, confidence=0.4, rule="statement"))
        return found

    @staticmethod
    def _media_may_act(draft: Draft, source: Actor, code: str) -> bool:
        """Media report events, so they are no party to what they report or to plain statements;
        but an outlet that is itself the subject of an act is a party ("state media called on the
        US to...") and one acted upon too ("the government shut the newspaper"), except as the
        audience of what is said or met ("assured journalists that...": MEDIA_AUDIENCE_ROOTS)."""
        return (code != "010" and not draft.borrowed and draft.token.pos_ in ("VERB", "AUX")
                and source.country is not None)  # an outlet of somewhere, not "journalists" asking

    @staticmethod
    def _may_lack_target(draft: Draft, code: str) -> bool:
        """Protests, force postures, statements, appeals and intents always ("called for
        reforms", "agreed to postpone the rally"); other acts only when a pattern named the words
        around the verb (a bare default without a target is mostly a parser or actor miss)."""
        root = code[:2]
        if root == "04":
            return False  # one meets, visits or consults someone: "held a press conference" is no meeting
        if root in ("14", "15") or (draft.named and draft.pattern_kind == VERB):
            return True
        if code in nominal.ONE_PARTY_CODES and draft.pattern_kind == VERB:
            return True  # "the president resigned", "the rebels demobilised"
        if draft.pattern_kind == NOUN:
            return False  # "a vague threat", "denied the request": a noun alone names no act by anyone
        if code in VACUOUS_ALONE and draft.base_code in VACUOUS_ALONE:
            return False  # "intends to make money", "vouched for the vaccine": no one, nothing codable
        # An intent to do an act that needs a target needs one too: "seeking to
        # deepen a partnership by promoting biofuels" is no intent towards anyone.
        # Threats and refusals stand alone more often ("threatened to ban voting", "refused to resign").
        base = (draft.base_code or code)[:2]
        return root in TARGETLESS_ROOTS and (
            root != "03" or base in TARGETLESS_ROOTS or draft.base_code in nominal.ONE_PARTY_CODES)


    def _event(self, doc: Doc, sentence: SentenceRef, draft: Draft, source: Actor | None, target: Actor | None,
               code: str, attribution: Attribution | None) -> Event:
        token = draft.token
        start, end = token.idx, token.idx + len(token)
        for child in token.children:
            if child.dep_ == "prt":
                end = max(end, child.idx + len(child))
        rule = draft.rule + ("" if not draft.extra_rules else " +" + "+".join(draft.extra_rules))
        confidence = min(0.99, max(0.05, draft.confidence))
        return Event(
            doc_id=doc._.doc_id or "",
            sentence=sentence,
            source=source,
            target=target,
            code=code,
            quad_class=self.codes.quad_class(code) if code in self.codes else quad_class_of_root(code),
            goldstein=self.codes.goldstein(code),
            verb=TextSpan(doc.text[start:end], start, end),
            modality=draft.modality,
            doc_date=doc._.doc_date,
            attribution=attribution,
            confidence=confidence,
            rule=rule,
        )


def _condition_subjects(heads: tuple[Token, ...], actors: ActorIndex,
                        sources: list[tuple[Actor, Token]]) -> list[tuple[Actor, Token]]:
    """Who must act for a threat to be carried out: the subject of its "if"/"unless" clause
    ("...unless *Baghdad* accepted its conditions")."""
    taken = {t.i for _, t in sources}
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "advcl" and states_condition(clause):  # "if", "unless", "should Russia invade"
                subject = subject_of(clause)
                found = [a for a in phrase_actors(subject, actors) if a[1].i not in taken] if subject is not None else []
                if found:
                    return found
    return []


def code_root(pattern: Pattern) -> str:
    return (pattern.code or pattern.reverse or "00")[:2]


def _inside_furniture(start: int, end: int, furniture: list[tuple[int, int]]) -> bool:
    return any(f_start <= start and end <= f_end for f_start, f_end in furniture)


def _nobody_in_particular(actor: Actor) -> bool:
    """A social group with no country, region, religion or name ("residents", "---EDU"); protests
    are what such groups do in politics, so the caller keeps those."""
    if actor.country is not None or actor.name is not None:
        return False
    return actor.code.lstrip("-")[:3] in SOCIAL_SECTORS
