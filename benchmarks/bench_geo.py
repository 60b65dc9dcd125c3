"""Place resolution accuracy and the cost of the date and geo steps.

1. IEER-1998 (../shared/data/news/ieer-1998): every LOCATION span of the NIST annotation,
   resolved by the gazetteer and its ranking, scored against our hand-read country of each
   mention (tests/geo/ieer_place_gold.tsv). Run twice: on the gold spans (the gazetteer and
   ranking alone) and end to end (spaCy's GPE/LOC/FAC entities, person filter included).
2. Our own fixtures: namesakes whose right reading depends on the article.
3. Cost: spaCy parsing of ~200 Reuters articles, then the date and geo steps on one event per
   sentence (more than a coder finds), as a ratio of the parsing time.

    .venv/bin/python benchmarks/bench_geo.py [--articles 200] [--min-city-population 15000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from communique.config import Settings  # noqa: E402
from communique.dates import resolve_event_dates  # noqa: E402
from communique.geo import Gazetteer, build_gazetteer, locate_events, resolve_mentions, resolve_places  # noqa: E402
from communique.model import Actor, Article, Event, SentenceRef, TextSpan  # noqa: E402
from communique.nlp.loader import load_spacy  # noqa: E402
from communique.nlp.parse import parse_texts  # noqa: E402
from conftest import shared_data_dir  # noqa: E402

GOLD = REPO / "tests" / "geo" / "ieer_place_gold.tsv"

# (sentence, mention, expected country, actor country or None): our own sentences.
FIXTURES = [
    ("US envoys met their Swiss hosts in Geneva.", "Geneva", "CHE", "USA"),
    ("The State Department said talks in Paris had stalled.", "Paris", "FRA", "USA"),
    ("A tornado damaged homes in Paris, Texas, on Sunday.", "Paris", "USA", "USA"),
    ("Russian officials arrived in Moscow late on Friday.", "Moscow", "RUS", "USA"),
    ("Students marched through Moscow, Idaho, to protest tuition fees.", "Moscow", "USA", "USA"),
    ("Georgia accused Russia of moving troops toward Tbilisi.", "Georgia", "GEO", "GEO"),
    ("Voters in Georgia lined up early in Atlanta suburbs.", "Georgia", "USA", "USA"),
    ("Police dispersed protesters in Florence, Ala., on Saturday.", "Florence", "USA", "USA"),
    ("Tourists returned to Florence after the Uffizi reopened.", "Florence", "ITA", "ITA"),
    ("The ceasefire in Donbas collapsed within hours.", "Donbas", "UKR", "UKR"),
    ("Air strikes hit Gaza overnight, the Israeli army said.", "Gaza", "PSE", "ISR"),
    ("Pakistan and India traded fire across Kashmir.", "Kashmir", None, "PAK"),
    ("The summit in Washington ended without a deal.", "Washington", "USA", "USA"),
    ("Wildfires spread across Washington State this week.", "Washington State", "USA", "USA"),
    ("Lawmakers in Cambridge, Mass., approved the measure.", "Cambridge", "USA", "USA"),
    ("Students in Cambridge protested outside King's College.", "Cambridge", "GBR", "GBR"),
    ("Talks resumed in Kingston, Jamaica, on Monday.", "Kingston", "JAM", "USA"),
    ("Delegates gathered in Sydney, Nova Scotia, for the meeting.", "Sydney", "CAN", "CAN"),
]


def read_gold(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    default: dict[str, str] = {}
    per_doc: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        doc, mention, gold = line.split("\t")
        if doc == "*":
            default[mention] = gold
        else:
            per_doc[(doc, mention)] = gold
    return default, per_doc


def _gold_of(doc_id: str, mention: str, default: dict[str, str], per_doc: dict[tuple[str, str], str]) -> str:
    key = " ".join(mention.split())
    return per_doc.get((doc_id, key), default.get(key, "x"))


def _correct(gold: str, country: str | None) -> bool:
    return country is None if gold == "-" else country == gold


def ieer(gazetteer: Gazetteer, nlp) -> None:
    path = shared_data_dir() / "news" / "ieer-1998" / "ieer.jsonl"
    if not path.is_file():
        print(f"IEER-1998 not found at {path}; skipped")
        return
    default, per_doc = read_gold(GOLD)
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    tally: Counter[str] = Counter()
    errors: Counter[tuple[str, str, str]] = Counter()
    unresolved: Counter[str] = Counter()
    ambiguous: list[str] = []
    for record in docs:
        spans = [
            (e["start"], e["end"])
            for e in record["entities"]
            if e["type"] == "LOCATION" and _gold_of(record["id"], e["text"], default, per_doc) != "x"
        ]
        resolved = {(r.start, r.end): r for r in resolve_mentions(record["text"], spans, gazetteer)}
        for start, end in spans:
            mention = record["text"][start:end]
            gold = _gold_of(record["id"], mention, default, per_doc)
            tally["mentions"] += 1
            choice = resolved.get((start, end))
            if choice is None:
                unresolved[" ".join(mention.split())] += 1
                continue
            tally["resolved"] += 1
            if _correct(gold, choice.place.country):
                tally["correct"] += 1
            else:
                errors[
                    (" ".join(mention.split()), gold, f"{choice.place.name} ({choice.place.country})")
                ] += 1
            if choice.runner_up is not None and choice.margin < 1.0:
                ambiguous.append(
                    f"{' '.join(mention.split())!r}: {choice.place.name} ({choice.place.country}) over "
                    f"{choice.runner_up.name} ({choice.runner_up.country}), margin {choice.margin:.2f}"
                )
    n, r, c = tally["mentions"], tally["resolved"], tally["correct"]
    print(f"IEER-1998 gold LOCATION spans: {n} mentions in {len(docs)} documents")
    print(f"  resolved {r} ({r / n:.1%}); country correct {c} = {c / n:.1%} of all, {c / r:.1%} of resolved")
    print("  wrong:", "; ".join(f"{m!r} gold {g} -> {p} x{k}" for (m, g, p), k in errors.most_common()))
    print(
        f"  unresolved ({sum(unresolved.values())}):",
        ", ".join(f"{m} x{k}" if k > 1 else m for m, k in unresolved.most_common()),
    )
    print(f"  ambiguous (another country within 1.0 of the winner): {len(ambiguous)}")
    for line in sorted(set(ambiguous)):
        print("   ", line)

    # End to end: spaCy's entities pick the mentions, the person filter applies.
    tally = Counter()
    on_person: list[str] = []
    start_time = time.perf_counter()
    parsed = list(parse_texts(nlp, [record["text"] for record in docs]))
    for record, doc in zip(docs, parsed, strict=True):
        golds = [
            (e["start"], e["end"])
            for e in record["entities"]
            if e["type"] == "LOCATION" and _gold_of(record["id"], e["text"], default, per_doc) != "x"
        ]
        places = resolve_places(doc, gazetteer)
        for start, end in golds:
            gold = _gold_of(record["id"], record["text"][start:end], default, per_doc)
            tally["mentions"] += 1
            hit = next((p for p in places if p.start < end and start < p.end), None)
            if hit is not None:
                tally["resolved"] += 1
                tally["correct"] += _correct(gold, hit.place.country)
        inside = [(e["start"], e["end"], e["type"]) for e in record["entities"]]
        for place in places:
            overlap = [t for s, e, t in inside if s < place.end and place.start < e]
            tally["places"] += 1
            if "PERSON" in overlap:
                tally["places_on_person"] += 1
                on_person.append(f"{place.text!r} -> {place.place.name} ({place.place.country})")
            tally["places_outside_location"] += "LOCATION" not in overlap
    n, r, c = tally["mentions"], tally["resolved"], tally["correct"]
    print(
        f"IEER-1998 end to end (spaCy entities, {time.perf_counter() - start_time:.1f}s): "
        f"found and resolved {r}/{n} = {r / n:.1%}; country correct {c} = {c / n:.1%} of all, {c / r:.1%} of found"
    )
    print(
        f"  {tally['places']} places resolved; {tally['places_on_person']} on a gold PERSON span, "
        f"{tally['places_outside_location']} outside any gold LOCATION span (ORGANIZATION names such as "
        "'the Washington agreement' or unannotated places)"
    )
    if on_person:
        print("  resolved places on gold PERSON spans:", "; ".join(on_person))


def fixtures(gazetteer: Gazetteer) -> None:
    right = 0
    for sentence, mention, expected, actor_country in FIXTURES:
        start = sentence.index(mention)
        places = resolve_mentions(
            sentence, [(start, start + len(mention))], gazetteer, [actor_country] if actor_country else []
        )
        got = f"{places[0].place.name} ({places[0].place.country})" if places else "unresolved"
        ok = bool(places) and _correct(expected or "-", places[0].place.country)
        right += ok
        if not ok:
            print(f"  fixture wrong: {sentence!r}: {mention} -> {got}, expected {expected}")
    print(f"own fixtures: {right}/{len(FIXTURES)} = {right / len(FIXTURES):.1%} correct")


def cost(gazetteer: Gazetteer, nlp, n_articles: int) -> None:
    path = shared_data_dir() / "news" / "reuters21578" / "reuters21578.jsonl"
    if not path.is_file():
        print(f"Reuters-21578 not found at {path}; cost not measured")
        return
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if len(record.get("text") or "") > 400:
                records.append(record)
            if len(records) >= n_articles:
                break
    texts = [r["text"] for r in records]
    start = time.perf_counter()
    docs = list(parse_texts(nlp, texts))
    parse_seconds = time.perf_counter() - start
    actor = Actor("USAGOV", "USA", ("GOV",), None, "US", 0, 0)
    articles = []
    for record, doc in zip(records, docs, strict=True):
        article = Article(record["id"], record["text"], date=record.get("date"), doc=doc)
        for index, sentence in enumerate(doc.sents):
            root = sentence.root
            article.events.append(
                Event(
                    record["id"],
                    SentenceRef(index, sentence.start_char, sentence.end_char, sentence.text),
                    actor,
                    None,
                    "010",
                    1,
                    0.0,
                    TextSpan(root.text, root.idx, root.idx + len(root)),
                )
            )
        articles.append(article)
    n_events = sum(len(a.events) for a in articles)
    start = time.perf_counter()
    for article in articles:
        resolve_event_dates(article)
    date_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for article in articles:
        locate_events(article, gazetteer)
    geo_seconds = time.perf_counter() - start
    rules = Counter(e.date_rule for a in articles for e in a.events)
    located = sum(e.location is not None for a in articles for e in a.events)
    print(f"cost on {len(articles)} Reuters articles, {n_events} events (one per sentence):")
    print(
        f"  spaCy parsing {parse_seconds:.2f}s; dates {date_seconds:.2f}s "
        f"({date_seconds / parse_seconds:.1%} of parsing); geo {geo_seconds:.2f}s "
        f"({geo_seconds / parse_seconds:.1%}); both {(date_seconds + geo_seconds) / parse_seconds:.1%}"
    )
    print(
        f"  spaCy speed kept with both steps: {parse_seconds / (parse_seconds + date_seconds + geo_seconds):.1%}"
    )
    print(f"  date rules: {dict(rules.most_common())}; events located: {located}/{n_events}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--min-city-population", type=int, default=15000)
    args = parser.parse_args()
    start = time.perf_counter()
    gazetteer = build_gazetteer(args.min_city_population)
    print(
        f"gazetteer: {len(gazetteer)} names, cities >= {args.min_city_population}, "
        f"built in {time.perf_counter() - start:.1f}s (once per process)"
    )
    nlp = load_spacy(Settings())
    ieer(gazetteer, nlp)
    fixtures(gazetteer)
    cost(gazetteer, nlp, args.articles)


if __name__ == "__main__":
    main()
