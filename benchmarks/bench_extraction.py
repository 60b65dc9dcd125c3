"""Main-text extraction quality of the HTML path, side by side with bare trafilatura.

On ../shared/data/news/article-extraction-benchmark (181 pages, hand-checked gold article body)
the score is the one that benchmark defines (scrapinghub/article-extraction-benchmark,
evaluate.py): texts are cut into \\w+ tokens, compared as multisets of 4-token shingles, true and
false positives and false negatives are normalised per page, precision and recall are averaged
over pages and F1 is taken from the two averages. The same score over single tokens (n=1) is
printed beside it. Three systems:

    trafilatura      trafilatura.extract(html, include_comments=False), as the benchmark runs it
    extract_html     communique.clean.extract_html (trafilatura with our block rendering)
    + furniture      extract_html, then every range find_furniture marks is cut out

On ../shared/data/news/readability-testpages-news the reference is Readability.js's own output
(expected.html), not human gold, so the figure there is agreement with Readability; title and
publication date are compared with expected-metadata.json.

    .venv/bin/python benchmarks/bench_extraction.py [--limit N] [--data DIR] [--dump DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.clean import extract_html, find_furniture  # noqa: E402
from communique.errors import InputError  # noqa: E402

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(gold: str, predicted: str, n: int) -> tuple[float, float, float]:
    """Per-page (tp, fp, fn) over shingle multisets, normalised to sum to 1 (long pages weigh no more)."""
    true, pred = shingles(gold, n), shingles(predicted, n)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over pages, F1 of the two averages (the benchmark's definition)."""

    def precision(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0) if counts else 0.0
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0) if counts else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def without_furniture(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with furniture cut out, and the (kind, text) of what was cut."""
    kept: list[str] = []
    cut: list[tuple[str, str]] = []
    position = 0
    for piece in find_furniture(text):
        kept.append(text[position : piece.start])
        cut.append((piece.kind, text[piece.start : piece.end]))
        position = piece.end
    kept.append(text[position:])
    return "".join(kept), cut


def run_systems(html: str, url: str | None) -> dict[str, tuple[str, float]]:
    """Output text and seconds of each system on one page."""
    import trafilatura

    results: dict[str, tuple[str, float]] = {}
    began = time.perf_counter()
    results["trafilatura"] = (
        trafilatura.extract(html, include_comments=False) or "",
        time.perf_counter() - began,
    )
    began = time.perf_counter()
    try:
        text = extract_html(html, url=url).text
    except InputError:
        text = ""
    results["extract_html"] = (text, time.perf_counter() - began)
    began = time.perf_counter()
    cleaned, _ = without_furniture(text)
    results["+ furniture"] = (cleaned, results["extract_html"][1] + time.perf_counter() - began)
    return results


def report(title: str, per_system: dict[str, list[str]], golds: list[str], seconds: dict[str, float]) -> None:
    print(f"\n{title} ({len(golds)} pages)")
    print(
        f"{'system':<14} {'P(4-gram)':>9} {'R(4-gram)':>9} {'F1(4-gram)':>10}   {'P(token)':>8} {'R(token)':>8} "
        f"{'F1(token)':>9}  {'s/page':>7}"
    )
    for name, texts in per_system.items():
        p4, r4, f4 = scores([page_counts(g, t, 4) for g, t in zip(golds, texts, strict=True)])
        p1, r1, f1 = scores([page_counts(g, t, 1) for g, t in zip(golds, texts, strict=True)])
        print(
            f"{name:<14} {p4:>9.3f} {r4:>9.3f} {f4:>10.3f}   {p1:>8.3f} {r1:>8.3f} {f1:>9.3f}  "
            f"{seconds[name] / max(1, len(golds)):>7.3f}"
        )


def furniture_audit(cuts: list[list[tuple[str, str]]], golds: list[str]) -> None:
    """How much of what the furniture detector cut is in the gold text (cut content, i.e. its errors)."""
    by_kind: Counter[str] = Counter()
    in_gold: Counter[str] = Counter()
    for page_cuts, gold in zip(cuts, golds, strict=True):
        gold_tokens = " ".join(_TOKEN.findall(gold))
        for kind, text in page_cuts:
            by_kind[kind] += 1
            tokens = " ".join(_TOKEN.findall(text))
            if tokens and f" {tokens} " in f" {gold_tokens} ":
                in_gold[kind] += 1
    if not by_kind:
        print("furniture cut: none")
        return
    print("furniture cut (ranges; in gold = the range's tokens occur verbatim in the gold text):")
    for kind, count in by_kind.most_common():
        print(f"  {kind:<13} {count:>4}   in gold {in_gold[kind]:>3}")


def bench_zyte(root: Path, limit: int | None, dump: Path | None) -> None:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    per_system: dict[str, list[str]] = {}
    seconds: dict[str, float] = {}
    golds: list[str] = []
    cuts: list[list[tuple[str, str]]] = []
    for key in keys:
        # decoded as the benchmark's own runners do it
        with gzip.open(root / "html" / f"{key}.html.gz", "rt", encoding="utf-8", errors="replace") as handle:
            html = handle.read()
        url = truth[key].get("url")
        results = run_systems(html, url)
        for name, (text, spent) in results.items():
            per_system.setdefault(name, []).append(text)
            seconds[name] = seconds.get(name, 0.0) + spent
        golds.append(truth[key].get("articleBody", ""))
        cuts.append(without_furniture(results["extract_html"][0])[1])
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{key}.json").write_text(
                json.dumps(
                    {
                        "url": url,
                        "gold": golds[-1],
                        "extract_html": results["extract_html"][0],
                        "trafilatura": results["trafilatura"][0],
                        "cut": cuts[-1],
                    },
                    ensure_ascii=False,
                    indent=1,
                )
            )
    report("article-extraction-benchmark, gold main text", per_system, golds, seconds)
    furniture_audit(cuts, golds)
    url_dates(root, truth, keys)


_URL_DATE = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")


def url_dates(root: Path, truth: dict[str, dict[str, str]], keys: list[str]) -> None:
    """Publication dates read from the page alone (no URL given) against the date in the page's URL."""
    agree = total = 0
    for key in keys:
        match = _URL_DATE.search(truth[key].get("url", ""))
        if not match:
            continue
        total += 1
        with gzip.open(root / "html" / f"{key}.html.gz", "rb") as handle:
            data = handle.read()
        try:
            date = extract_html(data).date
        except InputError:
            date = None
        agree += date == "-".join(match.groups())
    print(
        f"publication date (page metadata only, no URL) equal to the /yyyy/mm/dd/ of its URL: {agree}/{total}"
    )


def _html_text(fragment: str) -> str:
    import lxml.html

    tree = lxml.html.fromstring(fragment)
    for block in tree.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "br", "tr"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()


def bench_readability(root: Path, limit: int | None) -> None:
    pages = sorted(path for path in (root / "pages").iterdir() if (path / "expected.html").is_file())
    pages = pages[:limit] if limit else pages
    per_system: dict[str, list[str]] = {}
    seconds: dict[str, float] = {}
    references: list[str] = []
    titles = dates = dated = 0
    for page in pages:
        html = (page / "source.html").read_text(encoding="utf-8", errors="replace")
        for name, (text, spent) in run_systems(html, None).items():
            per_system.setdefault(name, []).append(text)
            seconds[name] = seconds.get(name, 0.0) + spent
        references.append(_html_text((page / "expected.html").read_text(encoding="utf-8")))
        expected = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        try:
            extracted = extract_html(html)
        except InputError:
            continue
        if _same_title(extracted.title, expected.get("title")):
            titles += 1
        if expected.get("publishedTime"):
            dated += 1
            if extracted.date and extracted.date[:10] == str(expected["publishedTime"])[:10]:
                dates += 1
    report(
        "readability-testpages-news, vs Readability.js output (not human gold)",
        per_system,
        references,
        seconds,
    )
    print(
        f"title equal to expected-metadata title: {titles}/{len(pages)}; "
        f"date equal to publishedTime (day): {dates}/{dated}"
    )


def _same_title(found: str | None, expected: str | None) -> bool:
    def norm(value: str | None) -> str:
        return " ".join(_TOKEN.findall((value or "").lower()))

    return bool(found) and norm(found) == norm(expected)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "news")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--dump", type=Path, default=None, help="write each page's outputs here as JSON")
    parser.add_argument("--only", choices=["zyte", "readability"], default=None)
    args = parser.parse_args(argv)
    runners: dict[str, Callable[[], None]] = {
        "zyte": lambda: bench_zyte(args.data / "article-extraction-benchmark", args.limit, args.dump),
        "readability": lambda: bench_readability(args.data / "readability-testpages-news", args.limit),
    }
    for name, run in runners.items():
        if args.only in (None, name):
            if not (
                args.data
                / ("article-extraction-benchmark" if name == "zyte" else "readability-testpages-news")
            ).is_dir():
                print(f"{name}: data not found under {args.data}; skipped")
                continue
            run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
