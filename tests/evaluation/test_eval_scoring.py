"""Scorer arithmetic with a fake coder that returns fixed events (no spaCy, no real coder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_fakes import FakeCoder, event

from communique.evaluation import evaluate, run_eval
from communique.evaluation.gold import (
    GoldActor,
    GoldEvent,
    GoldItem,
    GoldSet,
    actor_country,
    iso_date,
    normalise_actor_code,
    penta_class,
    quad_class,
)
from communique.evaluation.runner import sample_items, to_prediction
from communique.evaluation.scoring import Counts
from communique.model import Modality

S1 = "Ruritania's envoy visited Freedonia and praised its king."
S2 = "Freedonia threatened Ruritania with sanctions."
S3 = "Nobody in Sylvania would ever attack Ruritania."


def gold_set(kind: str = "jsonl") -> GoldSet:
    return GoldSet(
        kind=kind,
        path="inline",
        items=(
            GoldItem(
                "a", S1, events=(GoldEvent("RURGOV", "FRE", "042"), GoldEvent("RURGOV", "FREGOV", "051"))
            ),
            GoldItem("b", S2, events=(GoldEvent("FRE", "RUR", "1312"),)),
            GoldItem("c", S3, events=()),
        ),
    )


def coder() -> FakeCoder:
    return FakeCoder(
        {
            S1: [
                event("RURGOV", "042", "FRE", verb_start=17),  # right
                event("RURGOV", "057", "FREGOV", verb_start=40),  # right actors, wrong root
                event("RURGOV", "042", "FRE", verb_start=50),  # duplicate of the first: counts once
            ],
            S2: [event("FREGOV", "138", "RUR")],  # country and root right, code and full actor wrong
            S3: [
                event("SYL", "190", "RUR", modality=Modality.HYPOTHETICAL),  # not asserted: ignored
                event("SYL", "173", "RUR", modality=Modality.NEGATED),
            ],
        }
    )


def test_precision_recall_f1_at_each_level() -> None:
    report = evaluate(gold_set(), coder())
    grid = report.grid
    # Exact: 1 of 3 predictions (after de-duplication) is in the 3 gold events.
    assert (grid[("code", "code")].tp, grid[("code", "code")].predicted, grid[("code", "code")].gold) == (
        1,
        3,
        3,
    )
    # Country + root: 042 and the 13x threat match; 057 (root 05) matches 051 (root 05) too.
    assert grid[("country", "root")].tp == 3
    assert report.metrics["events.country.root.precision"] == pytest.approx(1.0)
    # Full actor codes + root: FREGOV != FRE on the threat.
    assert grid[("code", "root")].tp == 2
    assert report.metrics["events.code.root.recall"] == pytest.approx(2 / 3)
    assert report.metrics["events.code.root.f1"] == pytest.approx(2 / 3)
    # Actors ignored, exact code: 042 only.
    assert grid[("any", "code")].tp == 1
    assert grid[("any", "quad")].tp == 3
    # The negation item has no gold and no asserted prediction: perfect, and counted.
    assert grid[("any", "code")].items == 3


def test_records_exactly_right_and_misses() -> None:
    report = evaluate(gold_set(), coder())
    assert report.metrics["records.exact"] == pytest.approx(1 / 3)  # only the negation item
    by_id = {result.item.item_id: result for result in report.results}
    # Headline for JSONL is (country, root): item a is fully matched there.
    assert by_id["a"].missed == [] and by_id["a"].extra == []
    assert by_id["a"].exact is False
    assert by_id["c"].exact is True
    assert not by_id["c"].wrong


def test_include_all_scores_non_asserted_events_too() -> None:
    report = evaluate(gold_set(), coder(), include_all=True)
    by_id = {result.item.item_id: result for result in report.results}
    assert [e.code for e in by_id["c"].extra] == ["190", "173"]
    assert report.metrics["records.exact"] == 0.0


def test_counts_edge_cases() -> None:
    nothing = Counts()
    assert (nothing.precision, nothing.recall) == (1.0, 1.0)
    only_extras = Counts(tp=0, predicted=2, gold=0)
    assert (only_extras.precision, only_extras.recall, only_extras.f1) == (0.0, 0.0, 0.0)
    all_missed = Counts(tp=0, predicted=0, gold=3)
    assert (all_missed.precision, all_missed.recall) == (0.0, 0.0)


def test_codebook_first_event_accuracy() -> None:
    items = (
        GoldItem("cameo-042-0", "One.", events=(GoldEvent(None, None, "042"),)),
        GoldItem("cameo-1312-0", "Two.", events=(GoldEvent(None, None, "1312"),)),
        GoldItem("cameo-190-0", "Three.", events=(GoldEvent(None, None, "190"),)),
        GoldItem("cameo-051-0", "Four.", events=(GoldEvent(None, None, "051"),)),
    )
    fake = FakeCoder(
        {
            # The first event in text order counts, whatever order the coder returns them in.
            "One.": [event("USA", "043", "FRA", verb_start=9), event("USA", "042", "FRA", verb_start=2)],
            "Two.": [event("USA", "130", "FRA")],  # root right, code wrong
            "Three.": [event("USA", "010", "FRA", verb_start=1), event("USA", "190", "FRA", verb_start=5)],
        }
    )
    report = evaluate(GoldSet("codebook", "inline", items), fake)
    assert report.metrics["codebook.first_event.root_accuracy"] == pytest.approx(2 / 4)
    assert report.metrics["codebook.first_event.code_accuracy"] == pytest.approx(1 / 4)
    assert report.metrics["codebook.first_event.coded"] == pytest.approx(3 / 4)
    assert report.metrics["codebook.any_event.root_accuracy"] == pytest.approx(3 / 4)
    assert report.metrics["codebook.any_event.code_accuracy"] == pytest.approx(2 / 4)
    # No actors in the gold: the actor levels are not scored at all.
    assert "events.country.root.precision" not in report.metrics
    assert report.grid[("any", "code")].gold == 4
    assert "records.exact" not in report.metrics


def test_penta_classes_for_conflibert() -> None:
    items = (
        GoldItem("1", "A.", events=None, penta=4),
        GoldItem("2", "B.", events=None, penta=3),
        GoldItem("3", "C.", events=None, penta=0),
    )
    fake = FakeCoder({"A.": [event("USA", "190", "IRQ")], "B.": [event("USA", "163", "IRQ")]})
    report = evaluate(GoldSet("conflibert", "inline", items), fake)
    # 190 -> 4 right; 163 -> 3 (Phoenix puts 16 under verbal conflict) right; C uncoded: wrong.
    assert report.metrics["penta.accuracy"] == pytest.approx(2 / 3)
    assert report.metrics["penta.coded"] == pytest.approx(2 / 3)
    assert report.metrics["penta.macro_f1"] == pytest.approx((1 + 1 + 0) / 3)


def test_plover_level_uses_the_mapping() -> None:
    items = (GoldItem("p", "X.", events=(GoldEvent("USA", "IRQ", None, "ASSAULT"),)),)
    gold = GoldSet(
        "plover", "inline", items, plover_map={"19": "ASSAULT", "18": "ASSAULT", "1712": "ASSAULT"}
    )
    report = evaluate(gold, FakeCoder({"X.": [event("USA", "1712", "IRQ")]}))
    assert report.grid[("country", "plover")].tp == 1
    assert report.grid[("country", "root")].items == 0  # no CAMEO code in this gold


def test_failing_coder_item_is_reported_not_fatal() -> None:
    fake = coder()
    fake.fail_on = {S2}
    report = evaluate(gold_set(), fake)
    assert report.metrics["items.failed"] == 1
    failed = [r for r in report.results if r.prediction.error]
    assert failed[0].item.item_id == "b" and failed[0].missed == [GoldEvent("FRE", "RUR", "1312")]


def test_run_eval_reads_and_passes_dates(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "x",
                "date": "2021-03-04",
                "text": S2,
                "events": [{"source": "FRE", "target": "RUR", "code": "1312"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    fake = FakeCoder({S2: [event("FRE", "1312", "RUR")]})
    report = run_eval(path, fake)
    assert fake.calls == [(S2, "2021-03-04")]
    assert report.kind == "jsonl" and report.metrics["records.exact"] == 1.0


def test_deterministic_sample() -> None:
    gold = GoldSet("jsonl", "inline", tuple(GoldItem(str(i), f"Text {i}.") for i in range(50)))
    first = sample_items(gold, 10)
    assert [item.item_id for item in first.items] == [item.item_id for item in sample_items(gold, 10).items]
    assert len(first.items) == 10
    ids = [int(item.item_id) for item in first.items]
    assert ids == sorted(ids)  # file order kept
    report = evaluate(gold, FakeCoder(), sample=10)
    assert report.items == 10 and "sample of 10 of 50" in (report.sample or "")


def test_to_prediction_reads_articles_and_docs() -> None:
    from communique.model import Article

    article = Article(doc_id="d", text=S2)
    article.events = [event("FRE", "1312", "RUR", text=S2, source_text="Freedonia", target_text="Ruritania")]
    prediction = to_prediction(article)
    assert prediction.mentions is None  # no Doc kept: mentions come from the events
    assert [(m.code, m.start) for m in prediction.all_mentions] == [
        ("FRE", 0),
        ("RUR", S2.index("Ruritania")),
    ]


@pytest.mark.parametrize(
    "raw, normal, country",
    [
        ("USAGOV", "USAGOV", "USA"),
        (" usagov ", "USAGOV", "USA"),
        (None, "---", "---"),
        ("", "---", "---"),
        ("---", "---", "---"),
        ("~REB", "---REB", "---"),
        ("REB", "---REB", "---"),
        ("---LEG", "---LEG", "---"),
        ("IGOUNOMIL", "IGOUNOMIL", "IGO"),
        ('"THE OLD KINGS"', "THEOLDKINGS", "THE"),
    ],
)
def test_actor_code_normal_form(raw: str | None, normal: str, country: str) -> None:
    assert normalise_actor_code(raw) == normal
    assert actor_country(raw) == country


def test_classes_and_dates() -> None:
    assert [quad_class(c) for c in ("01", "0211", "057", "06", "0841", "09", "1312", "14", "163", "20")] == [
        1, 1, 1, 2, 2, 3, 3, 4, 4, 4,
    ]  # fmt: skip
    assert [penta_class(c) for c in ("010", "020", "036", "073", "112", "163", "145", "180")] == [
        0,
        0,
        1,
        2,
        3,
        3,
        4,
        4,
    ]
    assert quad_class("XX") is None and penta_class("21") is None
    assert iso_date("20080804") == "2008-08-04"
    assert iso_date("950101") == "1995-01-01"
    assert iso_date("121108") == "2012-11-08"
    assert iso_date("2021-01-26") == "2021-01-26"
    assert iso_date("soon") is None


def test_gold_actor_defaults() -> None:
    actor = GoldActor(code="USA")
    assert actor.start is None and actor.role is None


class BatchCoder:
    """Like the pipeline's Coder: takes a stream of Articles, keeps the Doc with actor spans."""

    def __init__(self) -> None:
        import spacy

        from communique.nlp.extensions import register_extensions

        register_extensions()
        self.nlp = spacy.blank("en")
        self.batches = 0

    def code_articles(self, articles):
        from eval_fakes import actor

        self.batches += 1
        for article in articles:
            doc = self.nlp(article.text)
            mentions = []
            for token in doc:
                if token.text in ("Freedonia", "Ruritania"):
                    span = doc[token.i : token.i + 1]
                    span._.actor = actor(token.text[:3].upper(), token.text, token.idx)
                    mentions.append(span)
            doc.spans["cameo_actors"] = mentions
            article.doc = doc
            if article.text == S2:
                article.events = [
                    event("FRE", "1312", "RUR", text=S2, source_text="Freedonia", target_text="Ruritania")
                ]
            yield article

    def code_text(self, text: str, date: str | None = None):
        raise AssertionError("a coder with code_articles gets the whole stream")


def test_batch_coder_gets_one_stream_and_its_mentions_are_read() -> None:
    coder = BatchCoder()
    report = evaluate(gold_set(), coder)
    assert coder.batches == 1
    assert report.metrics["events.code.code.recall"] == pytest.approx(1 / 3)
    by_id = {result.item.item_id: result for result in report.results}
    mentions = by_id["a"].prediction.mentions
    assert mentions is not None and [(m.code, m.text) for m in mentions] == [
        ("RUR", "Ruritania"),
        ("FRE", "Freedonia"),
    ]
