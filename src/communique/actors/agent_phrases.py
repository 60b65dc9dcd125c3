"""Agent phrases: an agent noun and the words around it that give it a country, and the lookups
the resolver's rules share.

An agent alone ("the minister", "protesters", "dissidents") takes its country from what the
phrase around it says: a possessor ("Lavrov's deputy"), an of-phrase ("the head of US
diplomacy", "the mayor of the northern West Bank city of Nablus"), a location ("protesters in
Kiev", "dissidents from military-ruled Myanmar", "rebels north of Aleppo", "an Islamic State target
southwest of Baghdad"), a coordinated pair ("both sides"), an
allegiance ("pro-Russian separatists": the other country of the sentence), a title before an
unknown name, or an earlier mention with the same title ("the minister"). `AgentPhraseRules` is
the base of rules.ActorResolver: it holds the dictionary index and the code lookups both need.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from communique.actors.coref import PAIR_NOUNS, Context, Mention, last_pair, sent_end, sent_start
from communique.actors.dictionary import Entity, code_country
from communique.actors.index import ActorIndex
from communique.actors.phrases import (
    COMPANY_NOUNS,
    COMPASS_WORDS,
    DETERMINERS,
    DIPLOMATIC_NOUNS,
    DISTANCE_UNITS,
    MODIFIER_WORDS,
    PAST_TITLE_WORDS,
    Hit,
    agent_key,
    compose,
    followed_by_noun,
    is_singular,
    looks_personal,
    names_follow,
    of_phrase_head,
    title_fits,
)


def title_coref(antecedent: Mention, start: int, end: int) -> Mention:
    """A title ("the secretary of state") standing for a person named earlier in the article."""
    return replace(
        antecedent, start=start, end=end, rule=f"coref:title->{antecedent.entity_id}", person=True, agent_id=None
    )


def _posted(doc: Doc, start: int, end: int) -> bool:
    """A diplomatic agent ("the ambassador", "embassies", "the diplomacy"): the place it is *in*
    is where it is posted, not whose it is."""
    return any(t.lower_ in DIPLOMATIC_NOUNS for t in doc[start:end])


# Unlike `_adjective`: also dashes, non-alphabetic words and adverbs (npadvmod, advmod); no MODIFIER_WORDS.
def _modifier(token: Token) -> bool:
    """A lower-case modifier between an agent's preposition and its place: "of the *northern*
    West Bank city", "from *military-ruled* Myanmar", "in *war-torn* Liberia"."""
    if token.text in ("-", "–"):
        return True
    if not token.text[:1].islower():
        return False
    return token.pos_ == "ADJ" or token.dep_ in ("amod", "npadvmod", "compound", "advmod")


def _speaks_for_unknown(ctx: Context, end: int) -> bool:
    """A spokesperson "for" a named party that no dictionary knows ("a spokesman for the Holocaust
    Educational Trust"): whom they speak for is that party, not a government of any country."""
    doc = ctx.doc
    i = end + 1
    if end >= len(doc) or doc[end].lower_ != "for":
        return False
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i not in ctx.hit_starts


# Unlike `_modifier`: alphabetic words only, with MODIFIER_WORDS ("top"), no dashes or adverbs.
def _adjective(token: Token) -> bool:
    """A lower-case adjective or noun modifier before an agent noun ("new", "interim", "top",
    "finance" in "Toyota's finance company")."""
    return token.is_alpha and token.text[:1].islower() and (
        token.pos_ == "ADJ" or token.lower_ in MODIFIER_WORDS or token.dep_ == "compound")


def title_word(token: Token, end: int) -> bool:
    """A capitalised word of a body's own name before its agent noun ("the Syrian government's
    *General* Authority", "Iran's *Supreme National* Security Council"): it modifies a word of the
    phrase, so the possessor before it still owns the body."""
    return (token.is_alpha and token.is_title and token.dep_ in ("compound", "amod", "nmod")
            and token.i < token.head.i < end)


# Prepositions by which the words after an agent say where it is: "protesters *in* Kiev",
# "dissidents *from* Myanmar", "rebels *near* Aleppo", "police *outside* Moscow", and a compass "of"
# ("militants *20 km north of* Mosul", phrases.COMPASS_WORDS).
LOCATING_PREPOSITIONS = frozenset({"in", "from", "near", "outside"})
# What a group holds or is hit at, or its members, located where they are: "an Islamic State
# *target* southwest of Baghdad", "rebel *positions* near Aleppo", "police *headquarters* in Kabul",
# "opposition *groups* in Syria".
HELD_PLACES = frozenset(
    {"target", "position", "base", "camp", "post", "outpost", "stronghold", "hideout", "checkpoint", "station",
     "headquarters", "office", "building", "compound", "facility", "barracks", "convoy", "unit",
     "group", "faction", "member", "leader", "fighter", "supporter", "activist", "cell"}
)


def _location_link(link: Span) -> str | None:
    """The preposition by which the words between an agent and a place locate the agent ("in",
    "from", "near", "outside", or "of" after a compass word), or None. The words may first finish
    the agent's own noun phrase ("an Islamic State *target* southwest of Baghdad", "police
    *headquarters* in Kabul"), then give a distance ("20 km north of"), and end with modifiers
    of the place ("in *war-torn* Liberia")."""
    tokens = list(link)
    i = 0
    # (not a person's name: "Commander John Nicholson in Kabul" is where he is, not whose he is;
    # nor an act: an "army withdrawal from Lebanon" or "deployment in Crimea" is not where it is)
    while i < len(tokens) and i < 3 and tokens[i].ent_type_ != "PERSON" and tokens[i].lower_ not in COMPASS_WORDS and (
            tokens[i].lemma_.lower() in HELD_PLACES or tokens[i].pos_ == "PROPN" and tokens[i].text[:1].isupper()):
        i += 1
    if i and tokens[i:i + 1] and tokens[i].lower_ == "from":
        return None  # "army bases from ...": a tail before "from" says where from, not where
    while i < len(tokens) and (tokens[i].like_num or tokens[i].lower_ in DISTANCE_UNITS):
        i += 1
    distance = i > 0 and tokens[i - 1].lower_ in DISTANCE_UNITS
    compass = i
    while i < len(tokens) and (tokens[i].lower_ in COMPASS_WORDS or tokens[i].text in ("-", "–")):
        i += 1
    if i == len(tokens):
        return None
    word = tokens[i].lower_
    if i > compass:
        if word != "of":
            return None
    elif distance or word not in LOCATING_PREPOSITIONS:
        return None
    if all(t.lower_ == "the" or _modifier(t) for t in tokens[i + 1 :]):
        return word
    return None


# People who speak in a party's name: "a spokesman *for* the foreign ministry" is that ministry.
SPOKESPERSONS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "representative"}
)
# Possessive pronouns and the antecedents they can have: a person, a body, either.
POSSESSIVE_PRONOUNS = {"his": True, "her": True, "its": False, "their": None}


def _clause_subject_mention(doc: Doc, pronoun: Token, ctx: Context) -> Mention | None:
    """The mention a possessive pronoun most often points to in news: the subject of its own
    clause or of a clause above it ("*Bosnian Serbs* said their forces had withdrawn"), when it
    agrees (his/her: a person; its: no person). Mentions are read in order, so only subjects
    before the pronoun are known."""
    wants_person = POSSESSIVE_PRONOUNS[pronoun.lower_]
    phrase = pronoun.head
    node = phrase
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.i == phrase.i or child.i > pronoun.i:
                continue
            mention = next((m for m in reversed(ctx.mentions) if m.start <= child.i < m.end), None)
            if mention is None:
                return None  # the subject is someone the dictionaries do not know
            if wants_person is not None and mention.person != wants_person:
                return None
            return mention
    return None


class AgentPhraseRules:
    """The dictionary index, code lookups and agent-phrase rules; holds no per-document state."""

    def __init__(self, index: ActorIndex, iso3: frozenset[str]) -> None:
        self.index = index
        self.iso3 = iso3

    def _entity(self, hit: Hit) -> Entity:
        return self.index.entity(hit.target)

    def _role_code(self, entity: Entity, day: date | None) -> tuple[str | None, str, str]:
        role, why = entity.role_at(day)
        if role is None:
            return None, why, ""
        return role.code, why, (role.title or "")

    def _hit_country(self, hit: Hit, day: date | None) -> str | None:
        if hit.target.kind == "agent":
            return None
        code, _, _ = self._role_code(self._entity(hit), day)
        return code[:3] if code else None

    def _agent(self, ctx: Context, g: int, hit: Hit) -> list[Mention]:
        doc, day = ctx.doc, ctx.day
        group = ctx.groups[g]
        start, end = group[0].start, group[-1].end
        agent = self.index.agent(hit.target)
        prev = doc[start - 1] if start > 0 else None
        # company officers are not political actors
        if prev is not None and prev.lower_ in COMPANY_NOUNS:
            return []
        if of_phrase_head(doc, end) in COMPANY_NOUNS:
            return []
        # "Lavrov's deputy", "Russia's foreign minister"; adjectives between the possessor and
        # the agent do not change whose it is ("Turkey's new government")
        poss = start - 1
        while poss > max(start - 4, 1) and (_adjective(doc[poss]) or title_word(doc[poss], end)):
            poss -= 1
        if poss >= 1 and doc[poss].tag_ == "POS":
            owner = next((m for m in reversed(ctx.mentions) if m.end == poss), None)
            if doc[poss - 1].lower_ in COMPANY_NOUNS:
                return []
            if owner is not None and owner.rule.startswith("agent:") and not code_country(owner.code, self.iso3):
                # "the army's commander": a body of no country yet gives its own code (not "MILMIL"),
                # and the article's country may still come to both (rules._default_countries); the
                # people own no office ("the people's court", "People's Congress": a name), nor
                # does a bare person ("the child's mother"), so there the agent keeps its own
                own = compose("", agent.code) if owner.code.lstrip("-")[:3] in ("PPL", "CVL") else owner.code
                return [Mention(owner.start, end, own, None, f"agent:{agent.id}", agent.person,
                                agent_id=agent_key(agent.id, doc[end - 1]))]
            if owner is not None:
                # a multinational's own body is the multinational ("Google's parent company"), not "MNCBUS"
                company = owner.code.startswith("MNC")
                code = owner.code if agent.relational or company else compose(owner.code[:3], agent.code)
                return [
                    Mention(
                        owner.start,
                        end,
                        code,
                        None,
                        f"possessor+agent:{agent.id}<-{owner.rule}",
                        agent.person,
                        agent_id=agent_key(agent.id, doc[end - 1]),
                    )
                ]
        # "Trump ousted *his* national security adviser", "Syria withdrew *its* troops"
        pronoun = prev
        if pronoun is not None and pronoun.lower_ == "own" and start >= 2:
            pronoun = doc[start - 2]
        if pronoun is not None and pronoun.lower_ in POSSESSIVE_PRONOUNS and pronoun.dep_ == "poss":
            owner = _clause_subject_mention(doc, pronoun, ctx)
            country = code_country(owner.code, self.iso3) if owner is not None else None
            if owner is not None and country:
                code = owner.code if agent.relational else compose(country, agent.code)
                return [
                    Mention(
                        pronoun.i,
                        end,
                        code,
                        None,
                        f"pronoun-possessor+agent:{agent.id}<-{owner.rule}",
                        agent.person,
                        agent_id=agent_key(agent.id, doc[end - 1]),
                    )
                ]
        # "both sides", "the two presidents"
        if (
            prev is not None
            and doc[end - 1].lower_ in PAIR_NOUNS
            and (
                prev.lower_ == "both"
                or prev.lower_ == "two"
                and start >= 2
                and doc[start - 2].lower_ == "the"
            )
        ):
            pair = last_pair(ctx, doc[end - 1].lower_, start)
            if pair:
                s = start - 1 if prev.lower_ == "both" else start - 2
                return [
                    Mention(s, end, m.code, m.name, f"coref:pair->{m.rule}", m.person, m.entity_id)
                    for m in pair
                ]
        if doc[end - 1].lower_ in SPOKESPERSONS and _speaks_for_unknown(ctx, end):
            return []  # "a spokesman for the Holocaust Educational Trust": a party no dictionary knows
        # "the deputy head of the Russian Ministry...": an of- or in-phrase decides first
        code = compose("", agent.code)
        extended = self._finish_agent_phrase(ctx, g, start, end, code, "", agent.id, bare=True)
        if extended[0].code != code:
            if start > 0 and doc[start - 1].lower_ in DETERMINERS:
                extended[0].start = start - 1
            return extended
        # "the minister", "the secretary of state"
        words = doc[start:end].text.lower()
        if prev is not None and prev.lower_ in DETERMINERS and is_singular(doc[end - 1]):
            for mention in reversed(ctx.mentions):
                if (
                    mention.person
                    and mention.entity_id
                    and any(
                        (words in t or t.endswith(words.split()[-1])) and title_fits(words.split()[:-1], t)
                        for t in mention.titles
                    )
                ):
                    return [title_coref(mention, start - 1, end)]
            head_key = agent_key(agent.id, doc[end - 1])
            for mention in reversed(ctx.mentions):
                if mention.agent_id == head_key and code_country(mention.code, self.iso3):
                    return [
                        Mention(
                            start - 1,
                            end,
                            mention.code,
                            mention.name,
                            f"coref:agent->{mention.rule}",
                            mention.person,
                            agent_id=agent_key(agent.id, doc[end - 1]),
                        )
                    ]
        allegiance = next((h for h in group if h.allegiance), None)
        if allegiance is not None:
            excluded = self._hit_country(allegiance, day)
            country = self._sentence_country(ctx, start, excluded)
            if country:
                code = compose(country, agent.code)
                start = max(0, allegiance.start - 2)
                return [Mention(start, end, code, None, f"agent+sentence-country:{agent.id} (pro-{excluded} excluded)",
                                agent_id=agent_key(agent.id, doc[end - 1]))]
        if agent.bound:
            return []  # "diplomacy" is an actor only with a country
        person = agent.person or looks_personal(doc[end - 1])
        rule = f"agent:{agent.id}"
        past = {t.lower_.rstrip("-") for t in doc[max(0, start - 2) : start]} & PAST_TITLE_WORDS
        if agent.code.startswith("~") and is_singular(doc[end - 1]) and names_follow(doc, end) and not past:
            # "Minister Tran Xuan Gia said Vietnam...": a titled person the dictionaries do not
            # know holds an office of the one country the sentence names; with two countries
            # (or no name) the agent stays bare, as PETRARCH codes it
            countries = self._sentence_countries(ctx, start)
            if len(countries) == 1:
                country = next(iter(countries))
                code = compose(country, agent.code)
                rule = f"titled-person+sentence-country:{agent.id}+{country}"
                person = True
                while end < len(doc) and names_follow(doc, end) and end not in ctx.hit_starts:
                    end += 1
        return [Mention(start, end, code, None, rule, person, agent_id=agent_key(agent.id, doc[end - 1]))]

    def _finish_agent_phrase(
        self, ctx: Context, g: int, start: int, end: int, code: str, rule: str, agent_id: str, bare: bool = False
    ) -> list[Mention]:
        """Extend an agent phrase by an of-phrase ("head of US diplomacy") or a location
        ("protesters in Kiev") that gives it its country."""
        doc, groups, day, consumed = ctx.doc, ctx.groups, ctx.day, ctx.consumed
        agent_hits = [h for h in groups[g] if h.target.kind == "agent"]
        agent = self.index.agent(agent_hits[-1].target) if agent_hits else None
        person = bool(agent and (agent.person or looks_personal(doc[end - 1])))

        def mention(first: int, last: int, new_code: str, why: str) -> Mention:
            return Mention(first, last, new_code, None, why, person, agent_id=agent_key(agent_id, doc[end - 1]))

        if g + 1 < len(groups):
            obj = g + 1
            if self._bound_link(ctx, g + 1, end) and self._bound_link(ctx, g + 2, groups[g + 1][-1].end):
                # "the chiefs of diplomacy of the USA": the country comes through the bound agent
                obj = g + 2 if all(h.target.kind == "agent" for h in groups[g + 1]) else g + 1
            nxt = groups[obj] if obj < len(groups) else groups[g + 1]
            link = doc[groups[obj - 1][-1].end if obj > g + 1 else end : nxt[0].start]
            words = [t.lower_ for t in link]
            if (
                words
                and (words[0] == "of" or words[0] == "for" and doc[end - 1].lower_ in SPOKESPERSONS)
                and all(w in ("of", "for", "the") or _modifier(t) for w, t in zip(words, link, strict=True))
                and (bare or (agent and agent.relational))
            ):
                # "the governor of South Carolina", "residents of Gaza": a place gives its country
                inner = self._plain_code(nxt, day) or self._plain_code(nxt, day, places=True)
                # through "diplomacy", the sector is the bound agent's
                via = self.index.agent(groups[g + 1][-1].target) if obj > g + 1 else agent
                if inner and via is not agent and via is not None:
                    inner = compose(inner[:3], via.code)
                if inner and agent and via:
                    consumed.update(range(g + 1, obj + 1))
                    # "a spokesman *for* the Pakistani military" speaks as that party
                    speaks_for = words[0] == "for"
                    code = inner if agent.relational or speaks_for else compose(inner[:3], agent.code)
                    made = [mention(start, nxt[-1].end, code, f"agent+of:{agent.id}+{inner}")]
                    other = self._coordinated_object(ctx, obj)
                    if other is not None and doc[end - 1].tag_ in ("NNS", "NNPS") and not via.relational:
                        # "the foreign ministers of France and Germany": German ministers too
                        consumed.add(obj + 1)
                        o_start, o_end, o_code = other
                        made.append(mention(o_start, o_end, compose(o_code[:3], via.code),
                                            f"agent+of+coordinated:{via.id}+{o_code[:3]}"))
                    return made
            if bare and agent and words in (["loyal", "to"], ["loyal", "to", "the"]):
                # "forces loyal to President Hadi", "militias loyal to the government": the side
                # they fight for is whose they are
                inner = self._plain_code(nxt, day)
                if inner and code_country(inner, self.iso3):
                    consumed.add(g + 1)
                    return [mention(start, nxt[-1].end, compose(inner[:3], agent.code),
                                    f"agent+loyal-to:{agent.id}+{inner[:3]}")]
            located = _location_link(link) if bare else None
            if located is not None and not (located != "from" and _posted(doc, start, end)) and (
                located in ("in", "from") or (
                    not followed_by_noun(doc, nxt[-1].end)
                    and all(h.target.kind in ("capital", "place") for h in nxt if h.target.kind != "agent"))
            ):
                # "protesters in Kiev", "rebels north of Aleppo", "an Islamic State target southwest
                # of Baghdad": the place gives its country; "near"/"outside"/"north of" only a city
                # or region itself: "near the Syrian border" is no Syrian's, and "outside Russia"
                # or "north of Japan" is out of that country
                inner = self._plain_code(nxt, day, places=True)
                if inner and agent:
                    consumed.add(g + 1)
                    return [mention(start, nxt[-1].end, compose(inner[:3], agent.code),
                                    f"agent+location:{agent.id}+{inner[:3]}")]
        return [mention(start, end, code, rule)]

    def _bound_link(self, ctx: Context, k: int, after: int) -> bool:
        """Group k follows token `after` through "of (the)"."""
        if k >= len(ctx.groups):
            return False
        words = [t.lower_ for t in ctx.doc[after : ctx.groups[k][0].start]]
        return bool(words) and words[0] == "of" and all(w in ("of", "the") for w in words)

    def _coordinated_object(self, ctx: Context, obj: int) -> tuple[int, int, str] | None:
        """A second country joined to an of-object by "and" ("of France and Germany")."""
        doc, groups, day = ctx.doc, ctx.groups, ctx.day
        if obj + 1 >= len(groups):
            return None
        nxt = groups[obj + 1]
        between = [t.lower_ for t in doc[groups[obj][-1].end : nxt[0].start]]
        if between not in (["and"], ["and", "the"]):
            return None
        named = [h for h in nxt if h.target.kind == "name"]
        if len(named) != 1 or len(nxt) != 1 or self._entity(named[0]).kind != "country":
            return None
        code = self._plain_code(nxt, day)
        return (nxt[0].start, nxt[-1].end, code) if code and code[:3] in self.iso3 else None

    def _plain_code(self, group: list[Hit], day: date | None, places: bool = False) -> str | None:
        """The code a group stands for without context (for of- and in-phrases)."""
        named = [h for h in group if h.target.kind != "agent" and not h.allegiance]
        if not named or (not places and named[-1].target.kind == "place"):
            return None
        entity = self._entity(named[-1])
        code, _, _ = self._role_code(entity, day)
        if code is None:
            return None
        agents = [h for h in group if h.target.kind == "agent"]
        if places:
            return code[:3]
        if agents and (len(code) <= 3 or entity.kind == "country"):
            return compose(code[:3], self.index.agent(agents[-1].target).code)
        return code

    def _sentence_hit_countries(self, ctx: Context, i: int) -> list[tuple[int, str]]:
        """Where each non-agent hit of token i's sentence names a country, and that country."""
        lo, hi = sent_start(ctx.doc, i, ctx.sent_of), sent_end(ctx.doc, i, ctx.sent_of)
        found = []
        for hit in ctx.hits:
            if hit.target.kind == "agent" or not lo <= hit.start < hi:
                continue
            code, _, _ = self._role_code(self.index.entity(hit.target), ctx.day)
            if code and code[:3] in self.iso3:
                found.append((hit.start, code[:3]))
        return found

    def _sentence_country(self, ctx: Context, i: int, excluded: str | None) -> str | None:
        """The country nearest to token i in its sentence, other than `excluded`."""
        best: tuple[int, str] | None = None
        for at, country in self._sentence_hit_countries(ctx, i):
            distance = abs(at - i)
            if country != excluded and (best is None or distance < best[0]):
                best = (distance, country)
        return best[1] if best else None

    def _sentence_countries(self, ctx: Context, i: int) -> set[str]:
        return {country for _, country in self._sentence_hit_countries(ctx, i)}
