"""From dictionary hits to coded actor mentions: composition, context and within-article coreference.

The phrase matcher finds names, capitals, places and agent nouns; this module decides what each
stretch of text means, in reading order, so that later mentions can lean on earlier ones:

- adjacent hits form one noun phrase: "US Secretary of State Antony Blinken" is Blinken (his dated
  role decides the code), "the Russian minister" is RUS + GOV, "Ukrainian government forces" UKRMIL;
- an agent alone (agent_phrases.py) takes its country from a possessor ("Lavrov's deputy": Lavrov's code), an
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
  (the last coordinated pair); pronouns and bare names are coref.py's;
- a state agent still without a country ("the government", "police", "a local court",
  "Senator Paolo Aquino") takes, after the whole article is read, the country where its clause
  sets the scene ("in Nairobi") or the article's (its dateline, else the one country that
  dominates its country mentions, and none when the two disagree): rules
  `agent+sentence-country` and `agent+article-country` (`_default_countries`).
Nothing is coded inside page furniture or photo-credit lines, and officers of companies ("the
company's president") are not political actors; nor is a maker named for its product ("a Boeing
777", "Airbus A320", "Boeing jets"). Names match in any case that has a capital letter in them
("ISRAEL", "iSrael"), never in lower case ("us", "chad"); in a line set in capitals "US" after a
verb of telling and "IS" are words (phrases.us_pronoun, capitals_word), "an Islamic state" is a
common noun, and a name that a person's longer name goes on from ("Hafiz Saeed Khan") is not matched.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from communique.actors.agent_phrases import AgentPhraseRules, title_coref, title_word
from communique.actors.coref import (
    Context,
    Mention,
    remember,
    resolve_token,
    sent_end,
    sent_start,
    token_tables,
)
from communique.actors.dictionary import Entity, code_country, code_sectors
from communique.actors.formats import TabariEntity
from communique.actors.index import SHIPPED_FILES, Target
from communique.actors.phrases import (
    BRIEF_NOUNS,
    CREDIT_LINE,
    DEMONYM_ENDINGS,
    DETERMINERS,
    DIPLOMATIC_NOUNS,
    FOREIGN_WORDS,
    INDEFINITE_WORDS,
    MODIFIER_WORDS,
    NAME_PARTICLES,
    PARAGRAPH,
    PAST_TITLE_WORDS,
    SCENE_PREPOSITIONS,
    STATE_SECTORS,
    TITLE_SECTORS,
    Hit,
    agent_key,
    capitals_word,
    compass_of,
    compose,
    dateline,
    followed_by_noun,
    inside_other_name,
    is_location,
    is_singular,
    modifies_noun,
    modifies_place,
    names_follow,
    names_product,
    role_distance,
    safe_day,
    title_fits,
    us_pronoun,
)
from communique.actors.rebels import fought_country
from communique.actors.story_country import (
    IGO_PEOPLE,
    ONE_PER_STATE,
    PRIVATE_JUDICIAL,
    SUBNATIONAL,
    dateline_country,
    dominant_country,
    story_country,
)

# US party labels before a state in a legislator's designation ("R-Okla.", "D-California").
PARTY_LETTERS = frozenset({"D", "R", "I"})


def _hyphen_modifier(doc: Doc, end: int) -> bool:
    """The words before `end` open a hyphenated modifier ("military-ruled", "rebel-held",
    "army-backed", "Muslim-majority")."""
    return (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end].whitespace_
        and (doc[end + 1].tag_ == "VBN" or doc[end + 1].pos_ in ("ADJ", "NOUN"))
    )


def _clause_verb(token: Token) -> int:
    """The verb of the clause a word belongs to (its own index for the root): the scene of
    "Police arrested five men *in Nairobi*" is the police's, not that of "Tillerson pledged that
    US forces would remain *in Syria*"."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.i


def _name_goes_on(doc: Doc, end: int) -> bool:
    """The parser's person name that covers token `end - 1` goes on at `end` ("Vladimir
    *Neklyayev*", "Hafiz Saeed *Khan*"): the words before `end` are only part of that name."""
    return (
        end < len(doc)
        and doc[end - 1].ent_type_ == "PERSON"
        and doc[end].ent_type_ == "PERSON"
        and doc[end].ent_iob_ == "I"
        and doc[end].pos_ == "PROPN"
    )


def _first_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word place the parser reads as the first word of a person's name, before the rest
    of it ("Vladimir Neklyayev", "Florence Parly"); the caller checks that the rest is no agent
    noun ("Shenyang Conservatory", which the parser may read as a name too)."""
    return end - start == 1 and _name_goes_on(doc, end)


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Token i opens its sentence or paragraph, where any word is capitalised."""
    return doc[i].is_sent_start or i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", '"', "“", "\n")


class ActorResolver(AgentPhraseRules):
    """Resolves a parsed Doc into actor mentions with one ActorIndex; holds no per-document state."""

    # ------------------------------------------------------------ entry point

    def resolve(
        self, doc: Doc, doc_date: str | None, furniture: list[tuple[int, int]] | None
    ) -> list[Mention]:
        day = safe_day(doc_date)
        blocked = self._blocked(doc, furniture or [])
        hits = self._select(doc, blocked, day)
        groups = self._group(doc, hits)
        sent_of, in_quote = token_tables(doc)
        ctx = Context(
            doc, day, sent_of, in_quote, hits=hits, hit_starts={h.start for h in hits}, groups=groups
        )
        covered: set[int] = set()
        for hit in hits:
            covered.update(range(hit.start, hit.end))
        g = 0
        i = 0
        n = len(doc)
        while i < n:
            while g < len(groups) and groups[g][0].start < i:
                g += 1  # already covered by a wider mention ("both presidents")
            if g < len(groups) and groups[g][0].start == i:
                if g not in ctx.consumed:
                    made = self._resolve_group(ctx, g)
                    for mention in made:
                        remember(ctx, mention)
                    covered.update(t for m in made for t in range(m.start, m.end))
                i = groups[g][-1].end
                g += 1
                continue
            if i not in covered and i not in blocked:
                made = resolve_token(ctx, i)
                for mention in made:
                    remember(ctx, mention)
                if made:
                    i = made[0].end
                    continue
            i += 1
        self._default_countries(ctx)
        self._rebel_countries(ctx)
        return ctx.mentions  # every mention was remembered, in reading order

    # ------------------------------------------------------------ default country

    def _default_countries(self, ctx: Context) -> None:
        """Give a state agent the text left without a country ("the government", "police", "a
        spokesman") the country its sentence or article is about: news leaves the country of a
        story's own state agents unsaid ("Police arrested five men in Nairobi", "The army said").
        - the one country where the sentence sets its scene, a place after "in"/"at"/"near"
          (rule `agent+sentence-country`), unless the article is about another country ("the
          army shelled villages in Syria" in a story from Ankara stays open);
        - with no scene, for a definite or bare agent ("the army", "police") in a sentence that
          names no other country, the story's: its dateline's ("NAIROBI, Kenya -") or, failing
          that, the country the article is dominated by (story_country.py),
          the latter not for one person ("the prime minister" in a British story about
          Washington) (rule `agent+article-country`); when the dateline and a dominant country
          differ (a Beirut dateline on a story about Syria), two countries are in play and
          neither is given. A country named only as an actor is more often the counterpart
          ("The government thanked Norway"), so it decides nothing.
        Courts and police take it even when indefinite ("a local court"), a title with a name
        ("Senator Paolo Aquino") and "the country's army" too; plural one-per-state bodies
        ("governments") never, nor troops, envoys or officials next to an international body.
        Agents marked as someone else's ("foreign forces", "Kurdish authorities", "their troops")
        keep no country; coded countries are never changed."""
        doc, sent_of, mentions = ctx.doc, ctx.sent_of, ctx.mentions
        found = self._country_hits(doc, ctx.hits, ctx.day)
        if not found:
            return
        filed, opening = dateline_country(doc, found, lambda hit: self._entity(hit).kind)
        dominant = dominant_country(found, opening)
        article, why = story_country(filed, dominant)
        sole = {country for hit, country in found if hit.start >= opening} == {article}
        # pronouns were resolved while reading, before the default: "he" after "the minister"
        # follows the minister's last mention (agent rule -> (code before, mention))
        latest: dict[str, tuple[str, Mention]] = {}
        for mention in mentions:
            if mention.rule.startswith("coref:") and not code_country(mention.code, self.iso3):
                before, antecedent = latest.get(mention.rule.rsplit("->", 1)[-1], ("", None))
                if antecedent is not None and mention.code == before and antecedent.code != before:
                    mention.code = antecedent.code
                    mention.rule = f"{mention.rule.rsplit('->', 1)[0]}->{antecedent.rule}"
                continue
            if not mention.rule.startswith("agent:") or code_country(mention.code, self.iso3):
                continue
            latest[mention.rule] = (mention.code, mention)
            sectors = code_sectors(mention.code, self.iso3)
            # rebels are coded by where they fight (CAMEO): the scene of their own clause, never
            # the article's country alone ("the rebels" in a story from Ankara about Syria)
            rebels = bool(sectors) and sectors[0] == "REB"
            if not sectors or (sectors[0] not in STATE_SECTORS and not rebels):
                continue
            determiner = self._determiner(doc, mention.start)
            if determiner is None:
                continue  # "foreign forces", "their troops", "the company's board"
            head = doc[mention.end - 1]
            several = head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in ONE_PER_STATE
            if several and not any(t.lower_ in SUBNATIONAL for t in doc[max(0, mention.start - 2) : mention.end]):
                continue  # "governments", "regimes": several states'
            if mention.end < len(doc) and doc[mention.end].lower_ == "of":
                continue  # "the head of the opposition delegation": the of-phrase says whose
            lo, hi = sent_start(doc, mention.start, sent_of), sent_end(doc, mention.start, sent_of)
            here = [
                (hit, country)
                for hit, country in found
                if lo <= hit.start < hi and hit.start >= opening and not mention.start <= hit.start < mention.end
            ]
            countries = {country for _, country in here}
            clause = _clause_verb(doc[mention.end - 1])
            scenes = {
                country
                for hit, country in here
                if self._as_location(doc, hit) and _clause_verb(doc[hit.start : hit.end].root) == clause
            }
            if any(t.lower_ in DIPLOMATIC_NOUNS for t in doc[mention.start : mention.end]):
                scenes = set()  # "diplomats said in Geneva": posted there, not from there
            if determiner == "the country's":
                scenes = set()  # "said the country's military would act in Syria": not Syria's
            agent_id = mention.rule.split(":", 1)[1]
            if len(scenes) == 1:
                # "Police arrested five men in Nairobi": where it happens is whose police; not
                # when the article is about another country ("the army shelled Aleppo" in a
                # story about Turkey's army)
                country = next(iter(scenes))
                if country in {filed, dominant} or filed is None and dominant is None:
                    mention.code = country + mention.code
                    mention.rule = f"agent+sentence-country:{agent_id}+{country}"
                continue
            # a country named only as an actor is more often the counterpart ("The government
            # thanked China for its help"): the article's country only when no other is named;
            # nor for troops, envoys and officials, which an international body named in the
            # sentence may have ("the UN has 19,000 troops there"; it has no police or government)
            international = (
                sectors[0] == "MIL" or head.lower_ in DIPLOMATIC_NOUNS or head.lemma_.lower() in IGO_PEOPLE
            ) and any(m.code.startswith("IGO") and lo <= m.start < hi and m is not mention for m in mentions)
            # one person ("the prime minister", "the lawyer") is anybody's in a story about
            # another country; institutions and groups ("the courts", "officials") are its own;
            # but in an article that names no other country at all, whose else ("the chancellor"
            # in a story naming only Britain)? ... and a named one is its own too: a writer names the country of a foreign official ("British Prime
            # Minister Theresa May"), so "Senator Paolo Aquino" in a story about the Philippines is
            # Philippine
            named = names_follow(doc, mention.end)
            # a court or the police acts only at home: "a local court", "a policeman" in a story
            # about one country are its own (a spokesman or a soldier may be anyone's)
            territorial = sectors[0] == "COP" or sectors[0] == "JUD" and head.lemma_.lower() not in PRIVATE_JUDICIAL
            one_person = mention.person and is_singular(head) and not named and not territorial and not sole
            if (
                not scenes
                and not rebels
                and (determiner in ("definite", "bare", "the country's") or territorial)
                and article is not None
                and countries <= {article}
                and not international
                and not (one_person and why == "dominant")
            ):
                mention.code = article + mention.code
                mention.rule = f"agent+article-country:{agent_id}+{article} ({why})"
                while named and mention.end not in ctx.hit_starts and names_follow(doc, mention.end):
                    mention.end += 1  # the name belongs to the titled person

    def _rebel_countries(self, ctx: Context) -> None:
        """Rebels still without a country take the one of the state their own clause says they
        fight ("rebels fighting to overthrow Assad": SYRREB; rebels.py), once every other actor,
        the government they fight included, has its country."""
        for mention in ctx.mentions:
            if not mention.rule.startswith("agent:") or code_country(mention.code, self.iso3):
                continue
            if code_sectors(mention.code, self.iso3)[:1] != ("REB",):
                continue
            country = fought_country(ctx, mention, self.iso3)
            if country:
                mention.code = country + mention.code
                mention.rule = f"agent+fought-state:{mention.rule.split(':', 1)[1]}+{country}"

    def _country_hits(self, doc: Doc, hits: list[Hit], day: date | None) -> list[tuple[Hit, str]]:
        """The dictionary hits that name a country, as a place or an actor, with that country;
        not allegiances ("pro-Russian") or descriptions ("Iranian-backed", "US-led")."""
        found = []
        for hit in hits:
            if hit.target.kind == "agent" or hit.allegiance:
                continue
            if hit.end < len(doc) and doc[hit.end].text in ("-", "–") and not doc[hit.end - 1].whitespace_:
                continue
            entity = self._entity(hit)
            code, _, _ = self._role_code(entity, day)
            country = code_country(code, self.iso3) if code else None
            if country and entity.kind == "organisation" and "MED" in code_sectors(code or "", self.iso3):
                continue  # "(AP)", "Reuters reported": where the story comes from, not what it is about
            if country:
                found.append((hit, country))
        return found

    def _as_location(self, doc: Doc, hit: Hit) -> bool:
        """A country named as where things happen: a city or region, or after "in", "at",
        "near" ("in Kenya", "near Mombasa"); not "to", "into", "from", which say where
        someone goes or comes from, nor a place that describes ("Guantanamo Bay detainees"), nor a
        border, which has two sides."""
        after = doc[hit.end + (hit.end < len(doc) and doc[hit.end].tag_ == "POS")] if hit.end < len(doc) else None
        if after is not None and after.lower_ in ("border", "borders", "frontier"):
            return False  # "near the Syrian border": a border has two sides
        token = doc[hit.start : hit.end].root
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "in eastern Canada and the northeastern United States"
        first = min(token.i, hit.start)
        j = first - 1
        while j >= 0 and first - j <= 4 and (doc[j].pos_ in ("DET", "ADJ", "PROPN") or doc[j].text == ","):
            j -= 1
        # "in Aleppo", and "north of Aleppo", "20 km southwest of Baghdad" (a city or region: "north
        # of Japan" is out of Japan)
        city = hit.target.kind in ("capital", "place")
        return j >= 0 and (doc[j].lower_ in SCENE_PREPOSITIONS or city and compass_of(doc, j))

    def _determiner(self, doc: Doc, start: int) -> str | None:
        """How an agent phrase is determined: "definite" ("the army"), "bare" ("police"),
        "indefinite" ("a spokesman"), "the country's" ("the country's army"), or None when a
        word makes it someone else's or anyone's ("foreign forces", "their troops", "other
        governments")."""
        j = start - 1
        while j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].lower_ in MODIFIER_WORDS):
            if doc[j].lower_ in FOREIGN_WORDS:
                return None
            if doc[j].text[:1].isupper() and not _sentence_initial(doc, j):
                return None  # "the Kurdish authorities": a people the dictionaries do not know
            j -= 1
        if j < 0:
            return "bare"
        word = doc[j].lower_
        if doc[j].tag_ == "POS" and j >= 2 and doc[j - 1].lower_ in ("country", "nation") and doc[j - 2].lower_ == "the":
            return "the country's"  # "the country's top prosecutors": the story's country
        if word in FOREIGN_WORDS or doc[j].tag_ in ("PRP$", "POS", "WP$"):
            return None
        if doc[j].pos_ == "PROPN":
            return None  # "Kurdish authorities", "Labour spokesman": someone the dictionaries do not know
        if word in DETERMINERS:
            return "definite"
        if word in INDEFINITE_WORDS:
            return "indefinite"
        if doc[j].pos_ == "DET":
            return "indefinite"  # "all", "every", "both": many at once
        return "bare"

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
        matches = list(self.index.matches(doc))
        agent_starts = {start for start, _, target in matches if target.kind == "agent"}
        for start, end, target in matches:
            if any(t in blocked for t in range(start, end)) or not self._plausible(
                doc, start, end, target, day
            ):
                continue
            if target.kind == "capital" and end < len(doc) and doc[end].lower_ == "state":
                continue  # "Washington state": the US state, not the capital's government
            if start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ == "non":
                continue  # "non-Muslims", "non-Western states": everyone but them
            if start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].text in PARTY_LETTERS:
                continue  # "Rep. Maxine Waters, D-California": a legislator's party and state
            if start > 0 and doc[start - 1].lower_ in NAME_PARTICLES and self._geographic(target):
                continue  # "Leila de Lima", "Ana de Lima": a family name, not Peru's capital
            if target.kind in ("place", "capital") and _first_name(doc, start, end) and end not in agent_starts:
                continue  # "Vladimir Neklyayev", "Florence Parly": a first name, not a city
            if target.kind == "agent" and _hyphen_modifier(doc, end):
                continue  # "military-ruled Myanmar", "rebel-held areas": a description, not a party
            if target.kind == "name" and names_product(doc, end) and self._company(target):
                continue  # "a Boeing 777", "Airbus A320", "Boeing jets": the product, not its maker
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

    def _company(self, target: Target) -> bool:
        """A business (CAMEO MNC or BUS) rather than a state, a body or a person."""
        entity = self.index.entity(target)
        return entity.kind == "organisation" and any(
            {"MNC", "BUS"} & set(code_sectors(r.code, self.iso3)) for r in entity.roles if not r.is_null
        )

    def _geographic(self, target: Target) -> bool:
        return target.kind in ("capital", "place") or (
            target.kind == "name" and self.index.entity(target).kind == "country"
        )

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
        if not any(c.isupper() for t in tokens for c in t.text) and not isinstance(
            self.index.entity(target), TabariEntity
        ):
            # names are capitalised: "us", "chad" in running text are not actors (TABARI ignored
            # case); a capital anywhere in the word still marks a name typed in odd case ("iSrael")
            return False
        if target.kind == "name" and end - start >= 2 and _name_goes_on(doc, end):
            return False  # "Hafiz Saeed Khan" is another man than Hafiz Saeed: the person's name goes on
        if end - start > 1 and tokens[-1].text == "state" and tokens[-2].lower_ != "of":
            return False  # "an Islamic state", "a Jewish state": the common noun, not a named group
        if end - start == 1:
            text = tokens[0].text
            if us_pronoun(doc, start) or capitals_word(doc, start):
                return False  # "TRUMP TOLD US HE WOULD...", "WHAT IS NEXT": words of a line in capitals
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

    def _resolve_group(self, ctx: Context, g: int) -> list[Mention]:
        doc, day = ctx.doc, ctx.day
        group = ctx.groups[g]
        persons = [
            h for h in group if h.target.kind in ("name", "surname") and self._entity(h).kind == "person"
        ]
        agents = [h for h in group if h.target.kind == "agent"]
        named = [h for h in group if h.target.kind != "agent" and not h.allegiance]
        if persons:
            return self._person(doc, group, persons[-1], day)
        if named:
            return self._named(ctx, g, named, agents)
        if agents:
            return self._agent(ctx, g, agents[-1])
        return []  # only an allegiance ("pro-Russian" on its own)

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

    def _named(self, ctx: Context, g: int, named: list[Hit], agents: list[Hit]) -> list[Mention]:
        doc, day = ctx.doc, ctx.day
        group = ctx.groups[g]
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
            principal = self._envoy_principal(doc, start, end, entity, ctx)
            if principal is not None:
                # "the UN Syria envoy", "Russia's Syria envoy": the country is the brief, the
                # actor before it the one the envoy speaks for
                own = code_country(principal.code, self.iso3)
                envoy = compose(own, agent.code) if own else principal.code
                return [Mention(start, end, envoy, None, f"envoy-of:{principal.rule}", True)]
            if len(code) <= 3 or entity.kind == "country":
                code = compose(code[:3], agent.code)
                rule = f"{head.target.kind}+agent:{entity.id}+{agent.id}"
                definite = start > 0 and doc[start - 1].lower_ in DETERMINERS
                if definite and agent.person and is_singular(doc[end - 1]):
                    # "the Russian minister": the Russian person with that title named before
                    word = doc[end - 1].lower_
                    # "the German *foreign* minister": the words between the country and the
                    # title's head name the portfolio, which the earlier person's title must have
                    portfolio = [t.lower_ for t in doc[head.end : end - 1] if t.is_alpha]
                    for mention in reversed(ctx.mentions):
                        if (
                            mention.person
                            and mention.entity_id
                            and mention.code[:3] == code[:3]
                            and any(word in t and title_fits(portfolio, t) for t in mention.titles)
                        ):
                            return [title_coref(mention, start - 1, end)]
            return self._finish_agent_phrase(ctx, g, start, end, code, rule, agent.id)
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
        shared = self._shared_agent(ctx, g, entity, end)
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

    def _envoy_principal(self, doc: Doc, start: int, end: int, entity: Entity, ctx: Context) -> Mention | None:
        """The actor right before "<country> envoy" ("the UN Syria envoy", "Russia's Syria envoy")."""
        if entity.kind != "country" or doc[end - 1].lower_ not in BRIEF_NOUNS or not ctx.mentions:
            return None
        before = ctx.mentions[-1]
        adjacent = before.end == start or (before.end == start - 1 and doc[start - 1].tag_ == "POS")
        return before if adjacent and not before.person else None

    def _country_possessor(self, doc: Doc, start: int, ctx: Context) -> str | None:
        """The country of a possessor right before `start` ("Rwanda's Senate"), also across words
        of the body's own name ("Iran's *Supreme* National Security Council")."""
        poss = start - 1
        while poss > max(start - 4, 1) and title_word(doc[poss], len(doc)):
            poss -= 1
        if poss < 1 or doc[poss].tag_ != "POS":
            return None
        owner = next((m for m in reversed(ctx.mentions) if m.end == poss), None)
        return code_country(owner.code, self.iso3) if owner is not None else None

    def _shared_agent(self, ctx: Context, g: int, entity: Entity, end: int) -> Hit | None:
        """The agent a coordinated demonym shares with the next one: "Hungarian and Romanian
        officials" are Hungarian officials too."""
        doc, groups = ctx.doc, ctx.groups
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
