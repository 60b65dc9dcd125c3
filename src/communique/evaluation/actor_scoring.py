"""Scoring actor codes against gold actors, whatever the gold gives: spans, codes, or both.

- Gold mentions with a span and a code (PLOVER, communique JSONL): the predicted mention that
  overlaps the gold span most is its answer; accuracy by country and by full code, a mention
  not found counting wrong (so these are recall-like accuracies). PLOVER writes country and
  sector apart and gives no organisation detail (`IGO` + `MIL`), so for it a full code matches
  when the country and the role sectors agree (`IGOUNOMIL` matches `IGO`/`MIL`).
- Gold codes without spans (PETRARCH records): per item, is the gold code among the codes of
  the predicted mentions (recall by country and code); and source/target roles as multisets
  against the coded events' actors (precision/recall by country and code).
- Gold spans without codes (ConfliBERT): how many spans the coder found at all, and whether the
  coded events' sources and targets fall on gold source/target spans.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from communique.evaluation.gold import (
    NO_ACTOR,
    SECTOR_CODES,
    GoldActor,
    GoldItem,
    GoldSet,
    actor_country,
    actor_sectors,
    normalise_actor_code,
)
from communique.evaluation.scoring import Counts, PredictedActor, Prediction


@dataclass
class ActorMiss:
    item_id: str
    gold: str
    predicted: str | None
    text: str | None


@dataclass
class ActorScores:
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, Counts] = field(default_factory=dict)
    misses: list[ActorMiss] = field(default_factory=list)


def _overlap(a_start: int, a_end: int, b_start: int | None, b_end: int | None) -> int:
    if b_start is None or b_end is None:
        return 0
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def best_mention(actor: GoldActor, mentions: Sequence[PredictedActor]) -> PredictedActor | None:
    """The predicted mention sharing the most characters with the gold span."""
    if actor.start is None or actor.end is None:
        return None
    start, end = actor.start, actor.end
    scored = [(_overlap(start, end, m.start, m.end), m) for m in mentions]
    scored = [pair for pair in scored if pair[0] > 0]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _role_sectors(code: str) -> tuple[str, ...]:
    return tuple(chunk for chunk in actor_sectors(code) if chunk in SECTOR_CODES)


def code_matches(gold_code: str, predicted: PredictedActor, loose: bool) -> bool:
    """Full-code agreement; `loose` compares country and role sectors only (PLOVER gold)."""
    if not loose:
        return normalise_actor_code(predicted.code) == gold_code
    predicted_sectors = _role_sectors(predicted.code) or tuple(
        s for s in predicted.sectors if s in SECTOR_CODES
    )
    return (
        actor_country(predicted.code) == actor_country(gold_code)
        and predicted_sectors[:1] == _role_sectors(gold_code)[:1]
    )


def score_actors(gold: GoldSet, predictions: Sequence[Prediction]) -> ActorScores:
    scores = ActorScores()
    loose = gold.kind == "plover"
    spans = {"found": 0, "country": 0, "code": 0, "total": 0}
    codes = {"country": 0, "code": 0, "total": 0}
    unlabelled = {
        "found": 0,
        "total": 0,
        "source_found": 0,
        "source_total": 0,
        "target_found": 0,
        "target_total": 0,
    }
    role_counts = {"country": Counts(), "code": Counts()}
    role_precision = {"hit": 0, "total": 0}
    for item, prediction in zip(gold.items, predictions, strict=True):
        mentions = prediction.all_mentions
        for actor in item.actors:
            if actor.start is not None and actor.code is not None:
                _score_span_code(scores, item, actor, mentions, loose, spans)
            elif actor.start is not None:
                _score_span_only(item, actor, prediction, unlabelled)
        _score_codes_only(scores, item, mentions, codes)
        _score_roles(item, prediction, role_counts)
        _score_role_precision(item, prediction, role_precision)
    metrics = scores.metrics
    if spans["total"]:
        metrics["actors.mentions.found"] = spans["found"] / spans["total"]
        metrics["actors.mentions.country_accuracy"] = spans["country"] / spans["total"]
        metrics["actors.mentions.code_accuracy"] = spans["code"] / spans["total"]
        metrics["actors.mentions.total"] = spans["total"]
    if codes["total"]:
        metrics["actors.codes.country_recall"] = codes["country"] / codes["total"]
        metrics["actors.codes.code_recall"] = codes["code"] / codes["total"]
        metrics["actors.codes.total"] = codes["total"]
    if unlabelled["total"]:
        metrics["actors.spans.found"] = unlabelled["found"] / unlabelled["total"]
        metrics["actors.spans.total"] = unlabelled["total"]
    for role in ("source", "target"):
        if unlabelled[f"{role}_total"]:
            metrics[f"actors.spans.{role}_found"] = unlabelled[f"{role}_found"] / unlabelled[f"{role}_total"]
    if role_precision["total"]:
        metrics["actors.spans.role_precision"] = role_precision["hit"] / role_precision["total"]
    for level, counts in role_counts.items():
        if counts.gold:
            scores.counts[f"actors.roles.{level}"] = counts
            metrics[f"actors.roles.{level}.precision"] = counts.precision
            metrics[f"actors.roles.{level}.recall"] = counts.recall
            metrics[f"actors.roles.{level}.f1"] = counts.f1
    return scores


def _score_span_code(
    scores: ActorScores,
    item: GoldItem,
    actor: GoldActor,
    mentions: Sequence[PredictedActor],
    loose: bool,
    tally: dict[str, int],
) -> None:
    assert actor.code is not None
    tally["total"] += 1
    mention = best_mention(actor, mentions)
    if mention is None:
        scores.misses.append(ActorMiss(item.item_id, actor.code, None, actor.text))
        return
    tally["found"] += 1
    country_ok = actor_country(mention.code) == actor_country(actor.code)
    code_ok = code_matches(actor.code, mention, loose)
    tally["country"] += country_ok
    tally["code"] += code_ok
    if not code_ok:
        scores.misses.append(ActorMiss(item.item_id, actor.code, mention.code, actor.text))


def _score_span_only(item: GoldItem, actor: GoldActor, prediction: Prediction, tally: dict[str, int]) -> None:
    assert actor.start is not None and actor.end is not None
    tally["total"] += 1
    tally["found"] += best_mention(actor, prediction.all_mentions) is not None
    for role in ("source", "target"):
        if actor.role in (role, "both"):
            tally[f"{role}_total"] += 1
            tally[f"{role}_found"] += any(
                _overlap(actor.start, actor.end, getattr(e, role).start, getattr(e, role).end) > 0
                for e in prediction.events
                if getattr(e, role) is not None
            )


def _score_role_precision(item: GoldItem, prediction: Prediction, tally: dict[str, int]) -> None:
    """Of the coded events' actors, how many sit on a gold span of a compatible role (span-only gold)."""
    spans = [a for a in item.actors if a.start is not None and a.code is None]
    if not spans:
        return
    for event in prediction.events:
        for role in ("source", "target"):
            mention = getattr(event, role)
            if mention is None or mention.start is None:
                continue
            tally["total"] += 1
            tally["hit"] += any(
                a.role in (role, "both")
                and _overlap(a.start or 0, a.end or 0, mention.start, mention.end) > 0
                for a in spans
            )


def _score_codes_only(
    scores: ActorScores, item: GoldItem, mentions: Sequence[PredictedActor], tally: dict[str, int]
) -> None:
    """Gold codes without spans: is each (distinct) code among the item's predicted mentions."""
    wanted = {a.code for a in item.actors if a.code and a.start is None and a.code != NO_ACTOR}
    predicted_codes = {normalise_actor_code(m.code) for m in mentions}
    predicted_countries = {actor_country(code) for code in predicted_codes}
    for code in sorted(wanted):
        tally["total"] += 1
        tally["country"] += actor_country(code) in predicted_countries
        tally["code"] += code in predicted_codes
        if code not in predicted_codes:
            scores.misses.append(
                ActorMiss(item.item_id, code, ", ".join(sorted(predicted_codes)) or None, None)
            )


def _score_roles(item: GoldItem, prediction: Prediction, counts: dict[str, Counts]) -> None:
    """Source and target codes of the gold events against those of the coded events."""
    if not item.events or not all(event.has_actors for event in item.events):
        return
    for level, counter in counts.items():

        def key(code: str | None, level: str = level) -> str:
            return actor_country(code) if level == "country" else normalise_actor_code(code)

        gold = Counter(
            (role, key(code))
            for event in item.events
            for role, code in (("source", event.source), ("target", event.target))
            if code and code != NO_ACTOR
        )
        predicted = Counter(
            (role, key(actor.code))
            for event in {(e.source_code, e.target_code, e.code): e for e in prediction.events}.values()
            for role, actor in (("source", event.source), ("target", event.target))
            if actor is not None and normalise_actor_code(actor.code) != NO_ACTOR
        )
        counter.add(sum((gold & predicted).values()), sum(predicted.values()), sum(gold.values()))
