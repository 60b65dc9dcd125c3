"""Scaling figures of the coding engines, measured in one run: workers, Ray, cost growth, memory.

    .venv/bin/python benchmarks/bench_scale.py            # the whole issue-7 set (~20 min on an idle 2-core machine)
    .venv/bin/python benchmarks/bench_scale.py --quick    # a fast check of the same code paths
    .venv/bin/python benchmarks/bench_scale.py --no-ray   # without the Ray comparison
    .venv/bin/python benchmarks/bench_scale.py --sizes 250,500,1000,2000 --compare 1000

Every figure is a job as `communique code` runs it (`communique.run.code_inputs`): articles read
from a JSON Lines file, coded, and every event record serialized, in input order. The articles
are real news (../shared/data/news: newsarticles-dai2017 first, then bbc-news-2225 for counts
above its 3,788), copied to a temporary file for the run and deleted after it. Wall-clock times
include the start-up (loading the pipeline; the local engine then forks its workers from it,
Ray starts a local cluster whose actors each load their own), as a user would see them; each
engine's start-up is also timed alone, on a job without articles.

Printed: the local engine's time for 500 / 1,000 / 2,000 / 4,000 articles with 2 workers and the
fitted exponent of time ~ n^k (linear: k = 1); at the comparison size (`--compare`, default the
size closest to 2,000), right after the 2-worker run: 1 worker (target: 2 workers >= 1.7x on a
2-core machine) and the Ray engine with 2 actors (target: Ray / local >= 0.85), also with both
start-ups taken out; the peak resident memory per worker and its growth from the worker's first
batch to its end. Results also go to a JSON file with --json PATH.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique.config import Settings
from communique.ingest import read_inputs
from communique.run import Engine, RunSummary, code_inputs

NEWS = Path(__file__).resolve().parents[1].parent / "shared/data/news"
CORPORA = (NEWS / "newsarticles-dai2017/newsarticles.jsonl", NEWS / "bbc-news-2225/bbc.jsonl")
MB = 2**20


def write_articles(path: Path, limit: int) -> tuple[int, int]:
    """The first `limit` articles of the corpora, as communique JSON Lines (id, text, date, title):
    how many were written, and their characters of text."""
    count = characters = 0
    with path.open("w", encoding="utf-8") as out:
        for corpus in CORPORA:
            with corpus.open(encoding="utf-8") as stream:
                for line in stream:
                    record = json.loads(line)
                    row = {key: record.get(key) for key in ("id", "title", "text", "date")}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
                    characters += len(row["text"] or "")
                    if count >= limit:
                        return count, characters
    return count, characters


def run_job(path: Path, engine: Engine, settings: Settings) -> RunSummary:
    with open(os.devnull, "w", encoding="utf-8") as sink:

        def write(record: dict[str, Any]) -> None:  # serialize records as a writer would
            sink.write(json.dumps(record, ensure_ascii=False))

        return code_inputs(read_inputs([str(path)]), settings, write, engine=engine)


def describe(label: str, summary: RunSummary) -> dict[str, Any]:
    workers = summary.engine.get("workers", [])
    figures: dict[str, Any] = {
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


def startup_job(tmp: Path, name: str, settings: Settings) -> float:
    """Seconds for a job of 2 articles, one per worker: the engine's fixed cost (start, load, stop).

    One article per worker makes the job wait until every worker has its pipeline (a job without
    articles would end before Ray's actors finished loading theirs).
    """
    two = tmp / "two.jsonl"
    write_articles(two, 2)
    return run_job(two, Engine(name, 2, batch_docs=1), settings).seconds


def memory_lines(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Peak RSS per worker and its growth from the first batch to the end, over all worker processes."""
    workers = [w for run in runs for w in run["workers"]]
    peaks = [w["peak_rss_mb"] for w in workers]
    growth = [w["rss_at_end_mb"] - w["rss_after_first_batch_mb"] for w in workers]
    most = max(workers, key=lambda w: w["documents"])
    print(f"peak RSS per worker: max {max(peaks):.0f} MB over {len(peaks)} worker processes", flush=True)
    print(
        f"RSS growth per worker, first batch -> end: {min(growth):+.0f} to {max(growth):+.0f} MB "
        f"(the busiest worker: {most['documents']} documents, "
        f"{most['rss_at_end_mb'] - most['rss_after_first_batch_mb']:+.0f} MB)",
        flush=True,
    )
    return {
        "peak_rss_per_worker_mb": max(peaks),
        "rss_growth_mb": [min(growth), max(growth)],
        "worker_processes": len(peaks),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: checks the code paths in minutes")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray comparison")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--sizes",
        type=lambda v: [int(x) for x in v.split(",")],
        help="article counts of the growth series, e.g. 500,1000,2000,4000",
    )
    parser.add_argument(
        "--compare",
        type=int,
        help="articles for 1 worker against 2 and Ray against local (default: the size closest to 2,000)",
    )
    args = parser.parse_args()
    if not all(corpus.exists() for corpus in CORPORA):
        print(f"skipped: corpora not found under {NEWS}")
        return 0
    sizes = sorted(args.sizes or ([25, 50, 100, 200] if args.quick else [500, 1000, 2000, 4000]))
    # The comparisons run right after the 2-worker run of the same size, so the three share the
    # machine's state (load, page cache) as closely as one run can make them.
    compare = args.compare or min(sizes, key=lambda n: abs(n - 2000))
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
        characters: dict[int, int] = {}  # text coded per size: later articles are shorter than the first
        for size in sorted({*sizes, compare}):
            files[size] = Path(tmp) / f"articles-{size}.jsonl"
            got, characters[size] = write_articles(files[size], size)
            if got < size:
                print(f"only {got} articles available for {size}")
        # The first job of the process also pays for importing spaCy and the pipeline's modules.
        cold = startup_job(Path(tmp), "local", settings)
        startup = startup_job(Path(tmp), "local", settings)
        print(
            f"start-up, local engine (load the pipeline, fork 2 workers, 2 articles): {startup:.1f}s "
            f"({cold:.1f}s for the first job of the process)",
            flush=True,
        )
        results["local_startup_seconds"] = round(startup, 2)
        results["local_startup_cold_seconds"] = round(cold, 2)
        runs: list[dict[str, Any]] = []
        growth: dict[int, dict[str, Any]] = {}
        for size in sorted({*sizes, compare}):
            print(f"{size} articles:", flush=True)
            two = describe("local engine, 2 workers", run_job(files[size], Engine("local", 2), settings))
            runs.append(two)
            if size in sizes:
                growth[size] = two
            if size != compare:
                continue
            one = describe("local engine, 1 worker", run_job(files[size], Engine("local", 1), settings))
            runs.append(one)
            ratio = one["seconds"] / two["seconds"]
            print(f"  2 workers / 1 worker throughput: {ratio:.2f}x  (target >= 1.7)", flush=True)
            results["scaling"] = {"one_worker": one, "two_workers": two, "ratio": round(ratio, 3)}
            if args.no_ray:
                continue
            ray_startup = startup_job(Path(tmp), "ray", settings)
            print(
                f"  start-up, Ray engine (start a local cluster, 2 actors load the pipeline, 2 articles, "
                f"stop): {ray_startup:.1f}s",
                flush=True,
            )
            ray_run = describe("ray engine, 2 actors", run_job(files[size], Engine("ray", 2), settings))
            ray_ratio = two["seconds"] / ray_run["seconds"]
            steady = (two["seconds"] - startup) / max(ray_run["seconds"] - ray_startup, 1e-3)
            print(
                f"  Ray / local throughput, same 2 workers: {ray_ratio:.2f}  (target >= 0.85); "
                f"with both start-ups taken out: {steady:.2f}",
                flush=True,
            )
            results["ray"] = {
                "ray": ray_run,
                "local": two,
                "ratio": round(ray_ratio, 3),
                "ray_startup_seconds": round(ray_startup, 2),
                "ratio_after_startup": round(steady, 3),
            }
        points = [(n, growth[n]["seconds"]) for n in sizes]
        print("cost growth, local engine, 2 workers:", flush=True)
        if len(points) >= 2:
            exponent = fitted_exponent(points)
            # The start-up is a fixed cost; the growth of the coding itself is that of what remains.
            marginal = fitted_exponent([(n, max(t - startup, 1e-3)) for n, t in points])
            print("  " + ", ".join(f"{n}: {t:.1f}s" for n, t in points), flush=True)
            print(f"  fitted exponent of time ~ n^k: k = {exponent:.3f}  (linear: 1.0)", flush=True)
            print(f"  fitted exponent of (time - start-up) ~ n^k: k = {marginal:.3f}", flush=True)
            # Article length varies along the corpus: against the characters coded, the growth
            # of the engine shows without that of the input.
            by_text = fitted_exponent([(characters[n], max(t - startup, 1e-3)) for n, t in points])
            print("  characters coded: " + ", ".join(f"{n}: {characters[n]:,}" for n, _ in points), flush=True)
            print(f"  fitted exponent of (time - start-up) ~ characters^k: k = {by_text:.3f}", flush=True)
            results["growth"] = {
                "runs": list(growth.values()),
                "characters": {str(n): characters[n] for n, _ in points},
                "exponent": round(exponent, 3),
                "exponent_after_startup": round(marginal, 3),
                "exponent_by_characters_after_startup": round(by_text, 3),
            }
    results["memory"] = memory_lines(runs)
    results["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["load_average_at_end"] = os.getloadavg()
    print(f"finished {results['finished']}, load average {os.getloadavg()}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
