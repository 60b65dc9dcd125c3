"""Hostile inputs for the reliability tests, written at test time (nothing large is committed),
and `run_cli`, which runs the real `communique` command in a child process.

Every sentence here is written for these tests. `write_bad_inputs(folder)` writes one file per
kind of bad input and returns what each must end as: the statuses it may take and a word its
reason must contain (None: no reason needed).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ENGLISH = (
    "Russian troops attacked Ukrainian positions near Kharkiv on Monday, the Ukrainian army said.\n\n"
    "The Kenyan foreign minister met his Ugandan counterpart in Kampala to discuss the border dispute.\n\n"
    "Protesters demonstrated outside the parliament in Bangkok, demanding new elections.\n"
)

NON_ENGLISH = {
    "french": "Les troupes russes ont attaqué des positions ukrainiennes près de Kharkiv lundi, "
    "a déclaré l'armée ukrainienne. Le ministre des affaires étrangères a rencontré son homologue.",
    "spanish": "El presidente del gobierno se reunió ayer con los líderes de la oposición en Madrid "
    "para discutir la reforma de la ley electoral y el presupuesto del próximo año.",
    "german": "Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland beschlossen, "
    "teilte ein Sprecher des Auswärtigen Amtes in Berlin mit.",
    "russian": "Министр иностранных дел встретился со своим коллегой в Женеве, чтобы обсудить "
    "условия прекращения огня и обмен пленными.",
    "arabic": "التقى وزير الخارجية بنظيره في جنيف يوم الثلاثاء لمناقشة وقف إطلاق النار وتبادل الأسرى.",
    "chinese": "外交部长星期二在日内瓦会见了他的同行，讨论停火和交换战俘的问题。双方同意继续谈判。",
}


@dataclass(frozen=True)
class Expect:
    statuses: frozenset[str]
    reason_word: str | None = None  # a word the reason must contain (lower case)


CODED = Expect(frozenset({"coded"}))


def long_sentence(tokens: int = 5_000) -> str:
    """One sentence of about `tokens` tokens: a list of ministers, then a verb, then a full stop."""
    names = ["Kenya", "Uganda", "Ghana", "Chile", "Peru", "Nepal", "Oman", "Laos"]
    parts = [f"the minister of {names[i % len(names)]}" for i in range(tokens // 5)]
    return "Officials said that " + ", ".join(parts) + " met in Geneva on Tuesday.\n"


def fake_pdf(rng: random.Random) -> bytes:
    stream = zlib.compress(rng.randbytes(6000))
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def fake_png(rng: random.Random) -> bytes:
    header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    return header + zlib.compress(rng.randbytes(8000))


def nested_html(levels: int = 100_000) -> bytes:
    return (
        b"<html><head><title>Nested</title></head><body>"
        + b"<div>" * levels
        + b"<p>The Kenyan foreign minister met his Ugandan counterpart in Kampala on Friday.</p>"
        + b"</div>" * levels
        + b"</body></html>"
    )


def jsonl_lines(name: str) -> tuple[str, list[tuple[str, Expect]]]:
    """A JSONL file with good, broken, mistyped and repeated lines; (doc_id, expectation) per line."""
    good = "The Kenyan foreign minister met his Ugandan counterpart in Kampala on Friday."
    lines: list[tuple[str, str, Expect]] = [
        ("ok-1", json.dumps({"id": "ok-1", "text": good, "date": "2024-03-01"}), CODED),
        (f"{name}:2", '{"id": "broken", "text": "unterminated', Expect(frozenset({"failed"}), "json")),
        (f"{name}:3", "[1, 2, 3]", Expect(frozenset({"failed"}), "object")),
        ("no-text", json.dumps({"id": "no-text", "title": "A title"}), Expect(frozenset({"failed"}), "text")),
        ("int-text", json.dumps({"id": "int-text", "text": 42}), Expect(frozenset({"failed"}), "text")),
        ("null-text", json.dumps({"id": "null-text", "text": None}), Expect(frozenset({"failed"}), "text")),
        (f"{name}:7", json.dumps({"id": [1, 2], "text": good}), CODED),
        ("bad-date", json.dumps({"id": "bad-date", "text": good, "date": 20240301, "title": 7}), CODED),
        (
            "empty-text",
            json.dumps({"id": "empty-text", "text": "   "}),
            Expect(frozenset({"skipped"}), "empty"),
        ),
        ("ok-1", json.dumps({"id": "ok-1", "text": good}), Expect(frozenset({"skipped"}), "duplicate")),
        (
            "nul",
            json.dumps({"id": "nul", "text": good.replace(" ", "\u0000", 2)}),
            Expect(frozenset({"coded", "skipped", "failed"})),
        ),
    ]
    return "\n".join(line for _, line, _ in lines) + "\n", [(doc_id, expect) for doc_id, _, expect in lines]


def write_bad_inputs(folder: Path, seed: int = 8) -> list[tuple[str, Expect]]:
    """One file per bad input (plus good ones first and last) in `folder`; returns, in the order
    `read_inputs([folder])` yields them, each document's id and what it must end as."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, Expect]] = {
        "a_good_first.txt": (ENGLISH.encode(), CODED),
        "empty.txt": (b"", Expect(frozenset({"skipped"}), "empty")),
        "whitespace.txt": (b"  \n\t\r\n   \n", Expect(frozenset({"skipped"}), "empty")),
        "fake_pdf.txt": (fake_pdf(rng), Expect(frozenset({"skipped"}), "binary")),
        "fake_png.txt": (fake_png(rng), Expect(frozenset({"skipped"}), "binary")),
        "random_bytes.txt": (rng.randbytes(20_000), Expect(frozenset({"skipped"}), "binary")),
        "real.pdf": (fake_pdf(rng), Expect(frozenset({"skipped"}), "unsupported")),
        "invalid_utf8.txt": (ENGLISH.encode().replace(b"Kharkiv", b"Khar\xff\xfekiv"), CODED),
        "utf16_bom.txt": (ENGLISH.encode("utf-16"), CODED),
        "latin1.txt": (
            "Le président? No: the Ivorian president met the Malian president in Abidjan on Friday, "
            "officials in Côte d'Ivoire said.\n".encode("latin-1"),
            CODED,
        ),
        "nul_bytes.txt": (
            ENGLISH.encode().replace(b"Monday", b"Mon\x00day"),
            Expect(frozenset({"skipped", "coded"})),
        ),
        "nested.html": (nested_html(), CODED),
        "no_body.html": (
            b"<html><head><title>Only a head</title></head></html>",
            Expect(frozenset({"skipped", "failed"}), "text"),
        ),
        "truncated.html": (
            b"<html><body><article><p>The Kenyan foreign minister met his Ugandan counterpart in Kam",
            Expect(frozenset({"coded", "skipped", "failed"})),
        ),
        "long_sentence.txt": (long_sentence().encode(), CODED),
        "z_good_last.txt": (ENGLISH.encode(), CODED),
    }
    for language, text in NON_ENGLISH.items():
        files[f"lang_{language}.txt"] = (text.encode(), Expect(frozenset({"skipped"}), "language"))
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    jsonl, line_expect = jsonl_lines("mixed.jsonl")
    (folder / "mixed.jsonl").write_text(jsonl, encoding="utf-8")
    expected: list[tuple[str, Expect]] = []
    for name in sorted([*files, "mixed.jsonl"]):
        expected.extend(line_expect if name == "mixed.jsonl" else [(name, files[name][1])])
    return expected


def run_cli(args: Sequence[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m communique ARGS` in a child process, as a user runs it (no tty: no progress bar)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    return subprocess.run(
        [sys.executable, "-m", "communique", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


_ACTORS = [
    "Russian troops", "Ukrainian forces", "The Kenyan police", "Ugandan officials", "Israeli warplanes",
    "Hamas militants", "The Chinese foreign ministry", "The U.S. State Department", "Indian police",
    "Pakistani troops", "The Iranian government", "French President Emmanuel Macron",
]  # fmt: skip
_ACTIONS = [
    "attacked positions held by {t}", "met {t} in Geneva", "accused {t} of violating the ceasefire",
    "praised {t} for the agreement", "arrested dozens of supporters of {t}", "threatened {t} with sanctions",
    "signed a trade agreement with {t}", "condemned {t} over the strike",
]  # fmt: skip
_PLACES = ["Kharkiv", "Nairobi", "Gaza", "Beijing", "Lahore", "Tehran", "Paris", "Kampala"]


def small_corpus(count: int, seed: int = 11) -> list[dict[str, str]]:
    """`count` short generated news items (two sentences each) as JSONL records with ids and dates."""
    rng = random.Random(seed)
    records = []
    for i in range(count):
        sentences = []
        for _ in range(2):
            source, target = rng.sample(_ACTORS, 2)
            action = rng.choice(_ACTIONS).format(
                t=target[0].lower() + target[1:] if target.startswith("The ") else target
            )
            sentences.append(f"{source} {action} near {rng.choice(_PLACES)} on Monday, officials said.")
        day = 1 + i % 28
        records.append({"id": f"doc-{i:05d}", "date": f"2024-02-{day:02d}", "text": " ".join(sentences)})
    return records


def write_corpus(path: Path, count: int) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in small_corpus(count)), encoding="utf-8")
    return path
