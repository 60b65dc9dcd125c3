"""From dictionary hits to coded actor mentions: composition, context and within-article coreference.

The phrase matcher finds names, capitals, places and agent nouns; this module decides what each
stretch of text means, in reading order, so that later mentions can lean on earlier ones:

- adjacent hits form one noun phrase: "US Secretary of State Antony Blinken" is Blinken (his dated
  role decides the code), "the Russian minister" is RUS + GOV, "Ukrainian government forces" UKRMIL;
- an agent alone takes its country from a possessor ("Lavrov's deputy": Lavrov's code), an
  of-phrase ("the head of US diplomacy"), a location ("protesters in Kiev") or, for "pro-Russian
  separatists", the nearest other country of the sentence (CAMEO codes rebels by where they fight);
- a capital acts as its government ("Washington was ready") unless it is a location ("in Moscow");
  a location (capital, city, region, "Kenya's capital") is coded as its bare country (rule
  `place`), as PETRARCH's and PLOVER's gold do ("arrived in Amman": JOR, never JORGOV), except in
  a dateline or inside another name; "Washington state" is not the capital; "Reuters" is coded as
  media (rule `media`);
- the text's own words refine dictionary codes: a title before a name ("President Obama") picks
  the entity's role with that sector when the dated one says less (not after "former"); a title
  before an unknown name takes the only country of its sentence ("Minister Tran Xuan Gia said
  Vietnam..."); coordinated demonyms share the agent ("Hungarian and Romanian officials"), as do
  coordinated of-objects ("the foreign ministers of France and Germany", also through a bound
  agent: "the chiefs of diplomacy of the USA and Russia"); a possessor country re-homes a
  one-country institution name ("Rwanda's Senate": RWALEG, not the US Senate);
- definite descriptions: "the secretary of state"/"the minister"/"the Russian minister" (the last
  person with that title), "the official" (the last official), "both sides"/"the two presidents"
  (the last coordinated pair); pronouns and bare names are coref.py's.
Nothing is coded inside page furniture or photo-credit lines, and officers of companies ("the
company's president") are not political actors.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from communique.actors.coref import (
    PAIR_NOUNS,
    Context,
    Mention,
    last_pair,
    remember,
    resolve_token,
    sent_end,
    sent_start,
    token_tables,
)
from communique.actors.dictionary import Entity, code_country, code_sectors
from communique.actors.index import SHIPPED_FILES, ActorIndex, Target
from communique.actors.phrases import (
    COMPANY_NOUNS,
    CREDIT_LINE,
    DEMONYM_ENDINGS,
    DETERMINERS,
    MODIFIER_WORDS,
    PARAGRAPH,
    PAST_TITLE_WORDS,
    TITLE_SECTORS,
    Hit,
    agent_key,
    compose,
    dateline,
    followed_by_noun,
    inside_other_name,
    is_location,
    is_singular,
    looks_personal,
    modifies_noun,
    modifies_place,
    names_follow,
    of_phrase_head,
    role_distance,
    safe_day,
)


def title_coref(antecedent: Mention, start: int, end: int) -> Mention:
    """A title ("the secretary of state") standing for a person named earlier in the article."""
    return replace(
        antecedent, start=start, end=end, rule=f"coref:title->{antecedent.entity_id}", person=True, agent_id=None
    )


class ActorResolver:
    """Resolves a parsed Doc into actor mentions with one ActorIndex; holds no per-document state."""

    def __init__(self, index: ActorIndex, iso3: frozenset[str]) -> None:
        self.index = index
        self.iso3 = iso3

    # ------------------------------------------------------------ entry point

    def resolve(
        self, doc: Doc, doc_date: str | None, furniture: list[tuple[int, int]] | None
    ) -> list[Mention]:
        day = safe_day(doc_date)
        blocked = self._blocked(doc, furniture or [])
        hits = self._select(doc, blocked, day)
        groups = self._group(doc, hits)
        sent_of, in_quote = token_tables(doc)
        ctx = Context(hit_starts={h.start for h in hits}, hits=hits)
        out: list[Mention] = []
        covered: set[int] = set()
        for hit in hits:
            covered.update(range(hit.start, hit.end))
        g = 0
        consumed: set[int] = set()
        i = 0
        n = len(doc)
        while i < n:
            while g < len(groups) and groups[g][0].start < i:
                g += 1  # already covered by a wider mention ("both presidents")
            if g < len(groups) and groups[g][0].start == i:
                if g not in consumed:
                    made = self._resolve_group(doc, groups, g, consumed, ctx, day, sent_of)
                    for mention in made:
                        remember(doc, mention, ctx)
                    out.extend(made)
                    covered.update(t for m in made for t in range(m.start, m.end))
                i = groups[g][-1].end
                g += 1
                continue
            if i not in covered and i not in blocked:
                made = resolve_token(doc, i, ctx, sent_of, in_quote)
                for mention in made:
                    remember(doc, mention, ctx)
                out.extend(made)
                if made:
                    i = made[0].end
                    continue
            i += 1
        return out

    # ------------------------------------------------------------ matching

    def _blocked(self, doc: Doc, furniture: list[tuple[int, int]]) -> set[int]:
        """Tokens never coded: page furniture and photo-credit lines ("Name / PAP / EPA")."""
        ranges = list(furniture)
        for line in PARAGRAPH.finditer(doc.text):
            if CREDIT_LINE.match(line.group().strip()):
                ranges.append((line.start(), line.end()))
        if not ranges:
            return set()
        blocked: set[int] = set()
        for start, end in ranges:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                blocked.update(range(span.start, span.end))
        return blocked

    def _select(self, doc: Doc, blocked: set[int], day: date | None) -> list[Hit]:
        """Non-overlapping hits, longest first; names before capitals, places and agents."""
        rank = {"name": 0, "capital": 1, "place": 2, "surname": 3, "agent": 4}
        candidates = []
        surnames: dict[tuple[int, int], set[str]] = {}
        for start, end, target in self.index.matches(doc):
            if any(t in blocked for t in range(start, end)) or not self._plausible(
                doc, start, end, target, day
            ):
                continue
            if target.kind == "capital" and end < len(doc) and doc[end].lower_ == "state":
                continue  # "Washington state": the US state, not the capital's government
            if target.kind == "surname":
                surnames.setdefault((start, end), set()).add(self.index.entity(target).id)
            candidates.append((-(end - start), rank[target.kind], target.index, start, end, target))
        # a surname two office holders share names neither
        candidates = [c for c in candidates if c[5].kind != "surname" or len(surnames[(c[3], c[4])]) == 1]
        candidates.sort()
        taken: set[int] = set()
        hits = []
        for _, _, _, start, end, target in candidates:
            if any(t in taken for t in range(start, end)):
                continue
            taken.update(range(start, end))
            hits.append(Hit(start, end, target))
        hits.sort(key=lambda h: h.start)
        for hit in hits:
            if hit.target.kind != "agent" and hit.start >= 2 and doc[hit.start - 1].text in "-–":
                hit.allegiance = doc[hit.start - 2].lower_ == "pro"
        return hits

    def _plausible(self, doc: Doc, start: int, end: int, target: Target, day: date | None) -> bool:
        tokens = doc[start:end]
        if target.kind == "agent":
            return tokens[-1].pos_ in ("NOUN", "PROPN")
        if target.kind == "surname":
            if not tokens[0].text[:1].isupper() or tokens[0].pos_ != "PROPN":
                return False
            if inside_other_name(doc, start, end):
                return False  # "William Ryan Owens" is not Paul Ryan
            role, _ = self.index.entity(target).role_at(day)
            in_office = role is not None and role.dated and (role.covers(day) if day else role.end is None)
            return bool(in_office and role is not None and code_sectors(role.code, self.iso3))
        if not any(t.text[:1].isupper() for t in tokens):
            return False  # names are capitalised: "us", "chad" in running text are not actors
        if end - start == 1:
            text = tokens[0].text
            if len(text) <= 3 and not text.isupper():
                # "Us", "Au": shipped acronyms must be written as acronyms; a short name from the
                # user's own dictionary ("Ent") is trusted where a sentence cannot capitalise it
                user_name = self.index.entity(target).origin not in SHIPPED_FILES
                return user_name and text[:1].isupper() and not tokens[0].is_sent_start
            if (
                text.isupper()
                and len(text) <= 3
                and doc[start].is_sent_start
                and start + 1 < len(doc)
                and doc[start + 1].is_upper
            ):
                return True
        return True

    def _group(self, doc: Doc, hits: list[Hit]) -> list[list[Hit]]:
        """Hits that form one noun phrase: adjacent, or apart only by modifiers ("a senior US official")."""
        groups: list[list[Hit]] = []
        for hit in hits:
            if groups and self._joinable(doc, groups[-1][-1], hit):
                groups[-1].append(hit)
            else:
                groups.append([hit])
        return groups

    def _joinable(self, doc: Doc, left: Hit, right: Hit) -> bool:
        if right.allegiance or left.allegiance and right.target.kind != "agent":
            return False
        # two names join only as title + person ("US Secretary of State Antony Blinken");
        # "Russian-American" or "Russia, Ukraine" are two actors
        names_only = left.target.kind != "agent" and right.target.kind != "agent"
        if names_only and (self._entity(right).kind != "person" or left.end != right.start):
            return False
        gap = doc[left.end : right.start]
        if len(gap) > 2:
            return False
        if any(t.is_sent_start for t in doc[left.end : right.end]):
            return False
        agent_right = right.target.kind == "agent"
        return all(
            t.lower_ in MODIFIER_WORDS
            or t.pos_ == "ADJ" and (t.text[:1].islower() or agent_right)
            # "French paper workers": a noun compounded onto the agent
            or agent_right and t.pos_ == "NOUN" and t.dep_ == "compound" and t.text[:1].islower()
            and right.start <= t.head.i < right.end
            for t in gap
        )

    # ------------------------------------------------------------ groups

    def _resolve_group(
        self,
        doc: Doc,
        groups: list[list[Hit]],
        g: int,
        consumed: set[int],
        ctx: Context,
        day: date | None,
        sent_of: list[int],
    ) -> list[Mention]:
        group = groups[g]
        persons = [
            h for h in group if h.target.kind in ("name", "surname") and self._entity(h).kind == "person"
        ]
        agents = [h for h in group if h.target.kind == "agent"]
        named = [h for h in group if h.target.kind != "agent" and not h.allegiance]
        if persons:
            return self._person(doc, group, persons[-1], day)
        if named:
            return self._named(doc, groups, g, named, agents, day, sent_of, consumed, ctx)
        if agents:
            return self._agent(doc, groups, g, agents[-1], day, sent_of, consumed, ctx)
        return []  # only an allegiance ("pro-Russian" on its own)

    def _entity(self, hit: Hit) -> Entity:
        return self.index.entity(hit.target)

    def _role_code(self, entity: Entity, day: date | None) -> tuple[str | None, str, str]:
        role, why = entity.role_at(day)
        if role is None:
            return None, why, ""
        return role.code, why, (role.title or "")

    def _person(self, doc: Doc, group: list[Hit], person: Hit, day: date | None) -> list[Mention]:
        entity = self._entity(person)
        code, why, title = self._role_code(entity, day)
        if code is None:
            return []
        titled = self._titled_code(doc, group, person, entity, code, day)
        if titled is not None:
            code, why = titled
        country = code[:3]
        first = person
        for hit in reversed(group[: group.index(person)]):
            if hit.target.kind == "agent" or self._hit_country(hit, day) in (country, None):
                first = hit
            else:
                break
        titles = [doc[first.start : person.start].text.lower()] if first is not person else []
        if title:
            titles.append(title.lower())
        kind = "surname" if person.target.kind == "surname" else "entity"
        rule = f"{kind}:{entity.id} ({entity.origin}; {why})"
        return [
            Mention(
                first.start,
                person.end,
                code,
                entity.name,
                rule,
                True,
                entity.id,
                tuple(t for t in titles if t),
            )
        ]

    def _titled_code(
        self, doc: Doc, group: list[Hit], person: Hit, entity: Entity, code: str, day: date | None
    ) -> tuple[str, str] | None:
        """The code a title in the text gives a person ("President Obama", "Bree President
        Romendacil") when the dated role says less: the text's title is the writer's word for
        the office held when it was written, while the article date may be missing or wrong and
        bulk dictionaries code many people by country only. "former", "ousted" keep the role."""
        titles = [h for h in group[: group.index(person)] if h.target.kind == "agent"]
        first = group[0].start
        words = [t.lower_ for t in doc[first : person.end]]
        # the title may be part of the dictionary name ("President Boris Yeltsin")
        named_title = next((TITLE_SECTORS[w] for w in words if w in TITLE_SECTORS), None)
        if not titles and named_title is None:
            return None
        before = {t.lower_.rstrip("-") for t in doc[max(0, first - 2) : person.end]}
        if before & PAST_TITLE_WORDS:
            return None
        agent = self.index.agent(titles[-1].target) if titles else None
        wanted = agent.code.strip("~")[:3] if agent else named_title
        if not wanted or code[3:6] == wanted:
            return None
        label = doc[titles[-1].start : titles[-1].end].text if titles else "title in the name"
        country = code[:3]
        same = [
            r
            for r in entity.roles
            if not r.is_null and r.code[:3] == country and r.code[3:6] == wanted
        ]
        if same:
            best = min(same, key=lambda r: role_distance(r, day))
            return best.code, f"role titled in the text ({label})"
        if agent is not None and len(code) == 3 and agent.code.startswith("~"):
            return compose(country, agent.code), "country role + title in the text"
        return None

    def _hit_country(self, hit: Hit, day: date | None) -> str | None:
        if hit.target.kind == "agent":
            return None
        code, _, _ = self._role_code(self._entity(hit), day)
        return code[:3] if code else None

    def _named(
        self,
        doc: Doc,
        groups: list[list[Hit]],
        g: int,
        named: list[Hit],
        agents: list[Hit],
        day: date | None,
        sent_of: list[int],
        consumed: set[int],
        ctx: Context,
    ) -> list[Mention]:
        group = groups[g]
        start, end = group[0].start, group[-1].end
        while start < end and group[0].allegiance and start < named[0].start:
            start = named[0].start if not agents or agents[0].start > named[0].start else agents[0].start
            break
        orgs = [h for h in named if h.target.kind == "name" and self._entity(h).kind != "country"]
        head = orgs[-1] if orgs else named[-1]
        entity = self._entity(head)
        code, why, _ = self._role_code(entity, day)
        if code is None:
            return []
        rule = f"entity:{entity.id} ({entity.origin}; {why})"
        owner = self._country_possessor(doc, start, ctx)
        if owner and entity.kind == "organisation" and code[:3] in self.iso3 and code[:3] != owner:
            # "Rwanda's Senate": a generic institution name a dictionary gave one country's code
            # belongs to the possessor's country
            sectors = code_sectors(code, self.iso3)
            code = owner + "".join(sectors[-1:])
            rule = f"possessor+institution:{owner}+{entity.id}"
        # "Bree President Romendacil": a title right before a name coded by country only
        titled_name = bool(agents) and agents[-1].end == head.start and len(code) == 3
        if agents and (agents[-1].end > head.start or titled_name):
            agent = self.index.agent(agents[-1].target)
            if len(code) <= 3 or entity.kind == "country":
                code = compose(code[:3], agent.code)
                rule = f"{head.target.kind}+agent:{entity.id}+{agent.id}"
                definite = start > 0 and doc[start - 1].lower_ in DETERMINERS
                if definite and agent.person and is_singular(doc[end - 1]):
                    # "the Russian minister": the Russian person with that title named before
                    word = doc[end - 1].lower_
                    for mention in reversed(ctx.mentions):
                        if (
                            mention.person
                            and mention.entity_id
                            and mention.code[:3] == code[:3]
                            and any(word in t for t in mention.titles)
                        ):
                            return [title_coref(mention, start - 1, end)]
            return self._finish_agent_phrase(doc, groups, g, start, end, code, rule, agent.id, consumed, day)
        if head.target.kind == "place":
            # a city or region locates; it does not act, but the gold sets (PETRARCH's, PLOVER's)
            # code "in Baghdad", "over Eastern Ukraine" with the country, and so do we
            return self._place(doc, start, end, code, entity, group)
        if head.target.kind == "capital":
            if (
                is_location(doc, head.start)
                or len(group) > 1
                or modifies_noun(doc, end)
                or (end < len(doc) and doc[end].text in "-–")  # "Sanaa-based"
                or inside_other_name(doc, start, end)  # "Radio Yerevan"
            ):
                # "in Moscow", "the Paris attacks": the place, not the government
                return self._place(doc, start, end, code, entity, group)
            return [
                Mention(
                    start, end, compose(code[:3], "~GOV"), entity.name, f"capital-as-government:{entity.id}"
                )
            ]
        if entity.kind == "country" and modifies_place(doc, end):
            # "the Belarusian capital", "Ukraine's borders"
            return self._place(doc, start, end, code, entity, group)
        shared = self._shared_agent(doc, groups, g, entity, end)
        if shared is not None and code is not None:
            agent = self.index.agent(shared.target)
            return [
                Mention(
                    start,
                    end,
                    compose(code[:3], agent.code),
                    None,
                    f"coordinated+agent:{entity.id}+{agent.id}",
                    agent.person,
                    agent_id=agent_key(agent.id, doc[shared.end - 1]),
                )
            ]
        nominal = not followed_by_noun(doc, end) or end in ctx.hit_starts
        demonym = end - start == 1 and doc[start].lower_.endswith(DEMONYM_ENDINGS)
        if entity.kind == "country" and demonym and start > 0 and doc[start - 1].lower_ == "the" and nominal:
            # "the Russian": a person of that country named before
            for mention in reversed(ctx.mentions):
                if mention.person and mention.code[:3] == code[:3]:
                    return [
                        Mention(
                            start - 1,
                            end,
                            mention.code,
                            mention.name,
                            f"coref:demonym->{mention.rule}",
                            True,
                            mention.entity_id,
                            mention.titles,
                        )
                    ]
        sectors = code_sectors(code, self.iso3)
        if "MED" in sectors and entity.kind == "organisation":
            rule = f"media:{entity.id} ({entity.origin})"
        if entity.kind != "country" and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1  # "the Kremlin": the article belongs to the name
        return [Mention(start, end, code, entity.name, rule, entity.kind == "person", entity.id)]

    def _agent(
        self,
        doc: Doc,
        groups: list[list[Hit]],
        g: int,
        hit: Hit,
        day: date | None,
        sent_of: list[int],
        consumed: set[int],
        ctx: Context,
    ) -> list[Mention]:
        group = groups[g]
        start, end = group[0].start, group[-1].end
        agent = self.index.agent(hit.target)
        prev = doc[start - 1] if start > 0 else None
        # company officers are not political actors
        if prev is not None and prev.lower_ in COMPANY_NOUNS:
            return []
        if of_phrase_head(doc, end) in COMPANY_NOUNS:
            return []
        # "Lavrov's deputy", "Russia's foreign minister"
        if prev is not None and prev.tag_ == "POS" and start >= 2:
            owner = next((m for m in reversed(ctx.mentions) if m.end == start - 1), None)
            if doc[start - 2].lower_ in COMPANY_NOUNS:
                return []
            if owner is not None:
                code = owner.code if agent.relational else compose(owner.code[:3], agent.code)
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
            if doc[start - 2].lower_ in COMPANY_NOUNS:
                return []
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
            pair = last_pair(ctx, doc[end - 1].lower_)
            if pair:
                s = start - 1 if prev.lower_ == "both" else start - 2
                return [
                    Mention(s, end, m.code, m.name, f"coref:pair->{m.rule}", m.person, m.entity_id)
                    for m in pair
                ]
        # "the deputy head of the Russian Ministry...": an of- or in-phrase decides first
        code = compose("", agent.code)
        extended = self._finish_agent_phrase(
            doc, groups, g, start, end, code, "", agent.id, consumed, day, bare=True
        )
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
                    and any(words in t or t.endswith(words.split()[-1]) for t in mention.titles)
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
            country = self._sentence_country(doc, start, sent_of, excluded, day, ctx.hits)
            if country:
                code = compose(country, agent.code)
                start = max(0, allegiance.start - 2)
                return [
                    Mention(
                        start,
                        end,
                        code,
                        None,
                        f"agent+sentence-country:{agent.id} (pro-{excluded} excluded)",
                        agent_id=agent_key(agent.id, doc[end - 1]),
                    )
                ]
        if agent.bound:
            return []  # "diplomacy" is an actor only with a country
        person = agent.person or looks_personal(doc[end - 1])
        rule = f"agent:{agent.id}"
        past = {t.lower_.rstrip("-") for t in doc[max(0, start - 2) : start]} & PAST_TITLE_WORDS
        if agent.code.startswith("~") and is_singular(doc[end - 1]) and names_follow(doc, end) and not past:
            # "Minister Tran Xuan Gia said Vietnam...": a titled person the dictionaries do not
            # know holds an office of the one country the sentence names; with two countries
            # (or no name) the agent stays bare, as PETRARCH codes it
            countries = self._sentence_countries(doc, start, sent_of, day, ctx.hits)
            if len(countries) == 1:
                country = next(iter(countries))
                code = compose(country, agent.code)
                rule = f"titled-person+sentence-country:{agent.id}+{country}"
                person = True
                while end < len(doc) and names_follow(doc, end) and end not in ctx.hit_starts:
                    end += 1
        return [
            Mention(
                start,
                end,
                code,
                None,
                rule,
                person,
                agent_id=agent_key(agent.id, doc[end - 1]),
            )
        ]

    def _finish_agent_phrase(
        self,
        doc: Doc,
        groups: list[list[Hit]],
        g: int,
        start: int,
        end: int,
        code: str,
        rule: str,
        agent_id: str,
        consumed: set[int],
        day: date | None,
        bare: bool = False,
    ) -> list[Mention]:
        """Extend an agent phrase by an of-phrase ("head of US diplomacy") or a location
        ("protesters in Kiev") that gives it its country."""
        agent_hits = [h for h in groups[g] if h.target.kind == "agent"]
        agent = self.index.agent(agent_hits[-1].target) if agent_hits else None
        person = bool(agent and (agent.person or looks_personal(doc[end - 1])))
        if g + 1 < len(groups):
            obj = g + 1
            if self._bound_link(doc, groups, g + 1, end) and self._bound_link(doc, groups, g + 2, groups[g + 1][-1].end):
                # "the chiefs of diplomacy of the USA": the country comes through the bound agent
                obj = g + 2 if all(h.target.kind == "agent" for h in groups[g + 1]) else g + 1
            nxt = groups[obj] if obj < len(groups) else groups[g + 1]
            link = doc[groups[obj - 1][-1].end if obj > g + 1 else end : nxt[0].start]
            words = [t.lower_ for t in link]
            if (
                words
                and words[0] == "of"
                and all(w in ("of", "the") for w in words)
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
                    code = inner if agent.relational else compose(inner[:3], agent.code)
                    made = [
                        Mention(
                            start,
                            nxt[-1].end,
                            code,
                            None,
                            f"agent+of:{agent.id}+{inner}",
                            person,
                            agent_id=agent_key(agent_id, doc[end - 1]),
                        )
                    ]
                    other = self._coordinated_object(doc, groups, obj, day)
                    if other is not None and doc[end - 1].tag_ in ("NNS", "NNPS") and not via.relational:
                        # "the foreign ministers of France and Germany": German ministers too
                        consumed.add(obj + 1)
                        o_start, o_end, o_code = other
                        made.append(
                            Mention(
                                o_start,
                                o_end,
                                compose(o_code[:3], via.code),
                                None,
                                f"agent+of+coordinated:{via.id}+{o_code[:3]}",
                                person,
                                agent_id=agent_key(agent_id, doc[end - 1]),
                            )
                        )
                    return made
            if (
                bare
                and words
                and words[0] in ("in", "from")
                and all(w in ("in", "from", "the") for w in words)
            ):
                inner = self._plain_code(nxt, day, places=True)
                if inner and agent:
                    consumed.add(g + 1)
                    return [
                        Mention(
                            start,
                            nxt[-1].end,
                            compose(inner[:3], agent.code),
                            None,
                            f"agent+location:{agent.id}+{inner[:3]}",
                            person,
                            agent_id=agent_key(agent_id, doc[end - 1]),
                        )
                    ]
        return [Mention(start, end, code, None, rule, person, agent_id=agent_key(agent_id, doc[end - 1]))]

    def _bound_link(self, doc: Doc, groups: list[list[Hit]], k: int, after: int) -> bool:
        """Group k follows token `after` through "of (the)"."""
        if k >= len(groups):
            return False
        words = [t.lower_ for t in doc[after : groups[k][0].start]]
        return bool(words) and words[0] == "of" and all(w in ("of", "the") for w in words)

    def _coordinated_object(
        self, doc: Doc, groups: list[list[Hit]], obj: int, day: date | None
    ) -> tuple[int, int, str] | None:
        """A second country joined to an of-object by "and" ("of France and Germany")."""
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

    def _sentence_country(
        self, doc: Doc, i: int, sent_of: list[int], excluded: str | None, day: date | None, hits: list[Hit]
    ) -> str | None:
        """The country nearest to token i in its sentence, other than `excluded`."""
        best: tuple[int, str] | None = None
        lo, hi = sent_start(doc, i, sent_of), sent_end(doc, i, sent_of)
        for hit in hits:
            if hit.target.kind == "agent" or not lo <= hit.start < hi:
                continue
            code, _, _ = self._role_code(self.index.entity(hit.target), day)
            if not code or code[:3] == excluded or code[:3] not in self.iso3:
                continue
            distance = abs(hit.start - i)
            if best is None or distance < best[0]:
                best = (distance, code[:3])
        return best[1] if best else None

    def _place(
        self, doc: Doc, start: int, end: int, code: str, entity: Entity, group: list[Hit]
    ) -> list[Mention]:
        """A place as its country (no sector): never in a dateline ("MOSCOW, Dec 2 -"), inside
        another name ("Radio Yerevan") or as a modifier ("Sanaa-based")."""
        country = code_country(code, self.iso3)
        if country is None or len(group) > 1 or dateline(doc, start) or inside_other_name(doc, start, end):
            return []
        if end < len(doc) and doc[end].text in "-–":
            return []
        return [Mention(start, end, country, entity.name, f"place:{entity.id}")]

    def _country_possessor(self, doc: Doc, start: int, ctx: Context) -> str | None:
        """The country of a possessor right before `start` ("Rwanda's Senate")."""
        if start < 2 or doc[start - 1].tag_ != "POS":
            return None
        owner = next((m for m in reversed(ctx.mentions) if m.end == start - 1), None)
        return code_country(owner.code, self.iso3) if owner is not None else None

    def _shared_agent(
        self, doc: Doc, groups: list[list[Hit]], g: int, entity: Entity, end: int
    ) -> Hit | None:
        """The agent a coordinated demonym shares with the next one: "Hungarian and Romanian
        officials" are Hungarian officials too."""
        if entity.kind != "country" or g + 1 >= len(groups) or end + 1 >= len(doc):
            return None
        word = doc[end - 1]
        # a demonym or an acronym used as one ("US and British activists"), not "Russia and ..."
        if word.pos_ != "ADJ" and not word.lower_.endswith(DEMONYM_ENDINGS) and not word.is_upper:
            return None
        nxt = groups[g + 1]
        if doc[end].lower_ not in ("and", "or", ",") or nxt[0].start != end + 1:
            return None
        agents = [h for h in nxt if h.target.kind == "agent"]
        named = [h for h in nxt if h.target.kind != "agent"]
        if not agents or not named or named[0] is not nxt[0] or agents[-1].start < named[0].end:
            return None
        if self._entity(named[0]).kind != "country":
            return None
        return agents[-1]

    def _sentence_countries(
        self, doc: Doc, i: int, sent_of: list[int], day: date | None, hits: list[Hit]
    ) -> set[str]:
        lo, hi = sent_start(doc, i, sent_of), sent_end(doc, i, sent_of)
        found = set()
        for hit in hits:
            if hit.target.kind == "agent" or not lo <= hit.start < hi:
                continue
            code, _, _ = self._role_code(self.index.entity(hit.target), day)
            if code and code[:3] in self.iso3:
                found.add(code[:3])
        return found
