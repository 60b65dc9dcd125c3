"""Scaling figures of the coding engines, measured in one run: workers, Ray, cost growth, memory.

    .venv/bin/python benchmarks/bench_scale.py            # the full run (4,000 articles at the top)
    .venv/bin/python benchmarks/bench_scale.py --quick    # a fast check of the same code paths
    .venv/bin/python benchmarks/bench_scale.py --no-ray   # without the Ray comparison
    .venv/bin/python benchmarks/bench_scale.py --sizes 250,500,1000,2000   # other article counts

Every figure is a job as `communique code` runs it (`communique.run.code_inputs`): articles read
from a JSON Lines file, coded, and every event record serialized, in input order. The articles
are real news (../shared/data/news: newsarticles-dai2017 first, then bbc-news-2225 for counts
above its 3,788), copied to a temporary file for the run and deleted after it. Wall-clock times
include the start-up (loading the pipeline; the local engine then forks its workers from it,
Ray actors each load their own), as a user would see them; the start-up is also timed alone.

Printed: 2 workers against 1 (target >= 1.7 on a 2-core machine), the Ray engine against the
local engine with the same workers (target >= 0.85), the time for 500 / 1,000 / 2,000 / 4,000
articles with the fitted exponent of time ~ n^k (linear: k = 1), and the peak and growth of
resident memory per worker. Results also go to a JSON file with --json PATH.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique.config import Settings
from communique.ingest import read_inputs
from communique.run import Engine, RunSummary, code_inputs

NEWS = Path(__file__).resolve().parents[1].parent / "shared/data/news"
CORPORA = (NEWS / "newsarticles-dai2017/newsarticles.jsonl", NEWS / "bbc-news-2225/bbc.jsonl")
MB = 2**20


def write_articles(path: Path, limit: int) -> int:
    """The first `limit` articles of the corpora, as communique JSON Lines (id, text, date, title)."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for corpus in CORPORA:
            with corpus.open(encoding="utf-8") as stream:
                for line in stream:
                    record = json.loads(line)
                    row = {key: record.get(key) for key in ("id", "title", "text", "date")}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
                    if count >= limit:
                        return count
    return count


def run_job(path: Path, engine: Engine, settings: Settings) -> RunSummary:
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - serialize records as a writer would
    try:
        return code_inputs(
            read_inputs([str(path)]),
            settings,
            lambda r: sink.write(json.dumps(r, ensure_ascii=False)),
            engine=engine,
        )
    finally:
        sink.close()


def describe(label: str, summary: RunSummary) -> dict[str, Any]:
    workers = summary.engine.get("workers", [])
    figures = {
        "label": label,
        "documents": summary.documents,
        "events": summary.events,
        "seconds": round(summary.seconds, 2),
        "docs_per_second": round(summary.documents / summary.seconds, 2),
        "workers": [
            {
                "documents": w["documents"],
                "peak_rss_mb": round(w["peak_rss"] / MB, 1),
                "rss_after_first_batch_mb": round(w["rss_first"] / MB, 1),
                "rss_at_end_mb": round(w["rss_last"] / MB, 1),
            }
            for w in workers
        ],
    }
    print(
        f"  {label:<34} {summary.documents:>5} docs {summary.seconds:>8.1f}s "
        f"{figures['docs_per_second']:>7.2f} docs/s  {summary.events} events",
        flush=True,
    )
    for w in figures["workers"]:
        growth = w["rss_at_end_mb"] - w["rss_after_first_batch_mb"]
        print(
            f"      worker: {w['documents']:>5} docs, peak RSS {w['peak_rss_mb']:.0f} MB, "
            f"RSS {w['rss_after_first_batch_mb']:.0f} -> {w['rss_at_end_mb']:.0f} MB ({growth:+.0f} MB)",
            flush=True,
        )
    return figures


def fitted_exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) against log(n)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: checks the code paths in minutes")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray comparison")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--sizes",
        type=lambda v: [int(x) for x in v.split(",")],
        help="article counts, e.g. 500,1000,2000,4000",
    )
    args = parser.parse_args()
    if not all(corpus.exists() for corpus in CORPORA):
        print(f"skipped: corpora not found under {NEWS}")
        return 0
    sizes = args.sizes or ([25, 50, 100, 200] if args.quick else [500, 1000, 2000, 4000])
    # 1 worker against 2 on the third size, Ray against local on the second (both reuse a growth run).
    scaling_size = sizes[min(2, len(sizes) - 1)]
    ray_size = sizes[min(1, len(sizes) - 1)]
    settings = Settings()
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "load_average_at_start": os.getloadavg(),
        "quick": args.quick,
    }
    print(f"started {results['started']}, {os.cpu_count()} CPUs, load average {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        files = {}
        for size in sorted({*sizes, scaling_size, ray_size}):
            files[size] = Path(tmp) / f"articles-{size}.jsonl"
            got = write_articles(files[size], size)
            if got < size:
                print(f"only {got} articles available for {size}")
        print("cost growth, local engine, 2 workers:", flush=True)
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("", encoding="utf-8")
        startup = run_job(empty, Engine("local", 2), settings).seconds
        print(f"  start-up (loading the pipeline, forking 2 workers, no article): {startup:.1f}s", flush=True)
        growth = {}
        for size in sizes:
            growth[size] = describe(
                f"{size} articles, 2 workers", run_job(files[size], Engine("local", 2), settings)
            )
        exponent = fitted_exponent([(n, growth[n]["seconds"]) for n in sizes])
        # The start-up is a fixed cost; the growth of the coding itself is that of what remains.
        marginal = fitted_exponent([(n, max(growth[n]["seconds"] - startup, 1e-3)) for n in sizes])
        print(f"  fitted exponent of time ~ n^k: k = {exponent:.3f}  (linear: 1.0)", flush=True)
        print(f"  fitted exponent of (time - start-up) ~ n^k: k = {marginal:.3f}", flush=True)
        results["growth"] = {
            "startup_seconds": round(startup, 2),
            "runs": list(growth.values()),
            "exponent": round(exponent, 3),
            "exponent_after_startup": round(marginal, 3),
        }

        print(f"scaling, {scaling_size} articles:", flush=True)
        one = describe("local engine, 1 worker", run_job(files[scaling_size], Engine("local", 1), settings))
        two = growth[scaling_size]
        ratio = one["seconds"] / two["seconds"]
        print(f"  2 workers / 1 worker throughput: {ratio:.2f}x  (target >= 1.7)", flush=True)
        results["scaling"] = {"one_worker": one, "two_workers": two, "ratio": round(ratio, 3)}

        if not args.no_ray:
            print(f"Ray against local, {ray_size} articles, 2 workers each:", flush=True)
            started = time.perf_counter()
            ray_run = describe("ray engine, 2 actors", run_job(files[ray_size], Engine("ray", 2), settings))
            local_run = growth[ray_size]
            ray_ratio = local_run["seconds"] / ray_run["seconds"]
            print(
                f"  Ray / local throughput: {ray_ratio:.2f}  (target >= 0.85; Ray's time includes starting "
                f"a local cluster; whole call {time.perf_counter() - started:.1f}s)",
                flush=True,
            )
            results["ray"] = {"ray": ray_run, "local": local_run, "ratio": round(ray_ratio, 3)}

    peaks = [w["peak_rss_mb"] for run in growth.values() for w in run["workers"]]
    print(f"peak RSS per worker: max {max(peaks):.0f} MB over {len(peaks)} worker processes", flush=True)
    results["peak_rss_per_worker_mb"] = max(peaks)
    results["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["load_average_at_end"] = os.getloadavg()
    print(f"finished {results['finished']}, load average {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
