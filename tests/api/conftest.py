"""API fixtures: a real DuckDB file with the hand-coded sample, served by TestClient and by a real
uvicorn server on 127.0.0.1 (a free port the OS picks)."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from communique.api import create_app
from communique.store import Store

with warnings.catch_warnings():
    # Starlette 1.10 warns that its TestClient will move from httpx to httpx2; httpx is what we pin.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

_SAMPLE = Path(__file__).resolve().parents[1] / "store" / "sample.py"


def _sample_module():
    spec = importlib.util.spec_from_file_location("store_sample", _SAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample():
    return _sample_module()


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory, sample) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    with Store(path) as store:
        store.ingest(sample.build_articles())
    return path


@pytest.fixture()
def client(db_path: Path) -> TestClient:
    return TestClient(create_app(db_path), raise_server_exceptions=False)


@pytest.fixture(scope="session")
def server(db_path: Path) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
