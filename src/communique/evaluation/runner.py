"""Running an evaluation: read the gold, code every item's text, score, report.

`run_eval(gold_path, coder)` works with any coder that has `code_text(text, date=...)`
returning an `Article` (its `.events`, and its `.doc` when the coder keeps it) or a plain list
of `model.Event`s; a coder with `code_articles` (the pipeline's `Coder`) gets all items in one
stream so spaCy can batch them. `evaluate_file` builds the pipeline's `Coder` itself, with the
dictionaries the gold file was made with (TABARI's and PETRARCH's validation suites name
theirs), and is what `communique eval` calls.

Only asserted events are scored unless `include_all` is set: negated, hypothetical and
conditional events are what the gold says is *not* there.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from communique.config import Settings
from communique.evaluation.actor_scoring import score_actors
from communique.evaluation.gold import GoldItem, GoldSet, normalise_actor_code
from communique.evaluation.labels import score_labels
from communique.evaluation.readers import read_gold
from communique.evaluation.readers_petrarch import dictionaries_for
from communique.evaluation.report import EvalReport
from communique.evaluation.scoring import PredictedActor, PredictedEvent, Prediction, score_events
from communique.nlp.extensions import ACTOR_SPANS_KEY

# What each kind is judged by first: the targets (country + root for PETRARCH-style
# gold; TABARI's fictional codes are not CAMEO, so exact codes; codebook examples name no actors).
HEADLINES: dict[str, tuple[str, str]] = {
    "petrarch": ("country", "root"),
    "tabari": ("code", "code"),
    "codebook": ("any", "code"),
    "plover": ("country", "root"),
    "conflibert": ("any", "quad"),
    "jsonl": ("country", "root"),
    # Labelled sets score kinds of event (evaluation/labels.py), not triples.
    "case2021": ("any", "root"),
    "indiapolice": ("any", "root"),
}


class TextCoder(Protocol):
    """The least a coder must offer to be evaluated."""

    def code_text(self, text: str, date: str | None = None) -> Any: ...


def run_eval(
    gold_path: Path | str,
    coder: TextCoder,
    kind: str | None = None,
    *,
    sample: int | None = None,
    include_all: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """Score `coder` on a gold file; `kind` is guessed from the content when not given.
    `sample` keeps a fixed, deterministic subset of that many items (same items on every run)."""
    gold = read_gold(gold_path, kind)
    return evaluate(gold, coder, sample=sample, include_all=include_all, progress=progress)


def evaluate(
    gold: GoldSet,
    coder: TextCoder,
    *,
    sample: int | None = None,
    include_all: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    sample_note = None
    if sample is not None and sample < len(gold.items):
        sample_note = f"deterministic sample of {sample} of {len(gold.items)} items"
        gold = sample_items(gold, sample)
    started = time.perf_counter()
    predictions = []
    for done, prediction in enumerate(code_items(coder, gold.items, include_all), start=1):
        predictions.append(prediction)
        if progress:
            progress(done, len(gold.items))
    seconds = time.perf_counter() - started
    headline = HEADLINES.get(gold.kind, ("country", "root"))
    events = score_events(gold, predictions, headline)
    actors = score_actors(gold, predictions)
    metrics: dict[str, float] = {}
    for (actor_level, event_level), counts in events.grid.items():
        if counts.items:
            for name in ("precision", "recall", "f1"):
                metrics[f"events.{actor_level}.{event_level}.{name}"] = getattr(counts, name)
    if events.records_exact is not None:
        metrics["records.exact"] = events.records_exact
        metrics["records.total"] = events.records
    for name, value in events.first_event.items():
        metrics[
            f"codebook.first_event.{name}"
            if not name.startswith("any_")
            else f"codebook.any_event.{name[4:]}"
        ] = value
    for name, value in events.penta.items():
        metrics[f"penta.{name}"] = value
    labels = score_labels(gold, predictions)
    metrics.update(labels.metrics)
    for index, outcome in labels.outcomes.items():
        events.results[index].missed_labels = outcome.missed
        events.results[index].extra_labels = outcome.extra
    metrics.update(actors.metrics)
    errors = sum(1 for p in predictions if p.error)
    if errors:
        metrics["items.failed"] = errors
    return EvalReport(
        kind=gold.kind,
        gold_path=gold.path,
        items=len(gold.items),
        skipped=list(gold.skipped),
        headline=headline,
        grid=events.grid,
        metrics=metrics,
        results=events.results,
        actor_misses=actors.misses,
        seconds=seconds,
        sample=sample_note,
    )


def sample_items(gold: GoldSet, size: int) -> GoldSet:
    """`size` items chosen by a hash of their ids (stable across runs and machines), in file order."""
    ranked = sorted(gold.items, key=lambda item: hashlib.sha1(item.item_id.encode("utf-8")).hexdigest())
    keep = {id(item) for item in ranked[:size]}
    return replace(gold, items=tuple(item for item in gold.items if id(item) in keep))


def code_items(
    coder: TextCoder, items: Iterable[GoldItem], include_all: bool = False
) -> Iterator[Prediction]:
    """One `Prediction` per item, in order."""
    items = list(items)
    code_articles = getattr(coder, "code_articles", None)
    if callable(code_articles):
        from communique.model import Article

        articles = (Article(doc_id=item.item_id, text=item.text, date=item.date) for item in items)
        for article in code_articles(articles):
            yield to_prediction(article, include_all)
        return
    for item in items:
        try:
            result = coder.code_text(item.text, date=item.date)
        except Exception as exc:  # noqa: BLE001 - a crash on one item is a wrong item, not a dead run
            yield Prediction(error=f"{type(exc).__name__}: {exc}")
            continue
        yield to_prediction(result, include_all)


def to_prediction(result: Any, include_all: bool = False) -> Prediction:
    """An `Article` (or a list of `model.Event`s) as a `Prediction`: asserted events in text order,
    and the actor mentions of the Doc when the coder kept it."""
    error = None
    mentions: tuple[PredictedActor, ...] | None = None
    if hasattr(result, "events"):
        raw_events = list(result.events or [])
        status = getattr(getattr(result, "status", None), "value", None)
        if status == "failed":
            error = getattr(result, "reason", None) or "failed"
        doc = getattr(result, "doc", None)
        if doc is not None and ACTOR_SPANS_KEY in getattr(doc, "spans", {}):
            mentions = tuple(
                _actor(span._.actor)
                for span in doc.spans[ACTOR_SPANS_KEY]
                if getattr(span._, "actor", None) is not None
            )
    else:
        raw_events = list(result or [])
    events = []
    for event in raw_events:
        modality = getattr(
            getattr(event, "modality", "asserted"), "value", getattr(event, "modality", "asserted")
        )
        if not include_all and modality != "asserted":
            continue
        events.append(_event(event, str(modality)))
    events.sort(key=lambda e: (e.sentence_start, e.verb_start))
    return Prediction(events=tuple(events), mentions=mentions, error=error)


def _actor(actor: Any) -> PredictedActor:
    return PredictedActor(
        code=normalise_actor_code(getattr(actor, "code", None)),
        sectors=tuple(getattr(actor, "sectors", ()) or ()),
        text=getattr(actor, "text", "") or "",
        start=getattr(actor, "start", None),
        end=getattr(actor, "end", None),
        rule=getattr(actor, "rule", "") or "",
    )


def _event(event: Any, modality: str) -> PredictedEvent:
    sentence = getattr(event, "sentence", None)
    verb = getattr(event, "verb", None)
    return PredictedEvent(
        source=_actor(event.source) if event.source is not None else None,
        target=_actor(event.target) if event.target is not None else None,
        code=str(event.code),
        modality=modality,
        sentence_start=getattr(sentence, "start", 0) or 0,
        verb_start=getattr(verb, "start", 0) or 0,
        verb_text=getattr(verb, "text", "") or "",
        rule=getattr(event, "rule", "") or "",
    )


def settings_for_gold(
    gold_path: Path | str, settings: Settings | None = None, kind: str | None = None
) -> Settings:
    """The settings to code a gold file with: the user's, plus the dictionaries the file names
    (TABARI's Validate.project, PETRARCH's <Environment>) when they sit beside it. Agent files go
    with the actor dictionaries (the actor readers tell the formats apart)."""
    settings = settings or Settings()
    path = Path(gold_path)
    if path.is_dir():
        return settings
    from communique.evaluation.readers import guess_kind

    found = dictionaries_for(path, kind or guess_kind(path))
    if found.empty:
        return settings
    # A suite that brings its own actors and agents (TABARI's Validate, PETRARCH's unit tests)
    # tests those dictionaries: its fictional world (Arnor, Gondor) must not be outvoted or
    # cluttered by the shipped real-world entries ("Ent" is not a shipped name, "ENT" is theirs).
    own_world = bool(found.actors and found.agents)
    return replace(
        settings,
        actors=tuple(settings.actors) + found.actors + found.agents,
        verbs=tuple(settings.verbs) + found.verbs,
        shipped_dictionaries=settings.shipped_dictionaries and not own_world,
        # Its verbs are its world's too: shipped patterns would code words its dictionary leaves
        # uncoded on purpose (TABARI's "[---]" verbs code only through their patterns).
        shipped_verbs=settings.shipped_verbs and not (own_world and found.verbs),
    )


def evaluate_file(
    gold_path: Path | str,
    settings: Settings | None = None,
    kind: str | None = None,
    *,
    sample: int | None = None,
    include_all: bool = False,
    gold_dictionaries: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """`communique eval GOLD`: build the pipeline's Coder for this gold file and score it.
    `gold_dictionaries=False` codes with `settings` alone, ignoring the dictionaries the gold
    file names (to try a converted copy of them, say)."""
    from communique.pipeline import Coder

    if gold_dictionaries:
        settings = settings_for_gold(gold_path, settings, kind)
    coder = Coder(settings or Settings(), keep_docs=True)
    return run_eval(gold_path, coder, kind, sample=sample, include_all=include_all, progress=progress)
