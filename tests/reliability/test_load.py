"""A bounded load test on loopback: `communique serve` in its own process, 2,000 requests from this
one (8 concurrent clients), at most 60 s; no errors, and the latency percentiles are printed
(issue 8, "Service")."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

REQUESTS = 2_000
CLIENTS = 8
TIME_LIMIT = 60.0
TARGETS = [
    "/health",
    "/events?limit=50",
    "/events?limit=20&sort=goldstein&root=19",
    "/events?q=Geneva&limit=10",
    "/stats/roots",
    "/dyads/top?limit=10",
    "/actors?q=rus",
    "/locations?limit=100",
    "/countries/matrix?limit=10",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_loopback_load_has_no_errors_and_reports_p99(api_db: Path, tmp_path: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "communique", "serve", "--db", str(api_db), "--port", str(port)],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/health", timeout=2).raise_for_status()
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "communique serve did not start"
                time.sleep(0.2)

        stop_at = time.monotonic() + TIME_LIMIT

        def client(worker: int) -> list[tuple[float, int]]:
            results = []
            with httpx.Client(base_url=base, timeout=30) as http:
                for i in range(worker, REQUESTS, CLIENTS):
                    if time.monotonic() > stop_at:
                        break
                    started = time.perf_counter()
                    status = http.get(TARGETS[i % len(TARGETS)]).status_code
                    results.append((time.perf_counter() - started, status))
            return results

        started = time.monotonic()
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = [r for batch in pool.map(client, range(CLIENTS)) for r in batch]
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    latencies = sorted(seconds * 1000 for seconds, _ in results)
    errors = [status for _, status in results if status != 200]
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    print(
        f"\nload: {len(results)} requests from {CLIENTS} clients in {elapsed:.1f} s "
        f"({len(results) / elapsed:.0f} req/s); latency p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
        f"max {latencies[-1]:.1f} ms; errors {len(errors)}"
    )
    assert not errors, f"{len(errors)} errors: {sorted(set(errors))}"
    assert len(results) == REQUESTS, f"only {len(results)} of {REQUESTS} requests within {TIME_LIMIT:.0f} s"
