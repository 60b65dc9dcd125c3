"""The `communique` command: parses arguments and calls the library, nothing more.

Messages about bad input go to stderr, one line per document; the exit status is 0 when
every document was coded or skipped, 1 when any failed, 2 for a usage or setup error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import IO, Any

from communique.config import Settings, load_settings
from communique.errors import CommuniqueError, ConfigError
from communique.evaluation.readers import KINDS
from communique.ingest import INPUT_FORMATS, read_inputs
from communique.output import OUTPUT_FORMATS, make_writer

EXIT_OK, EXIT_FAILED_DOCUMENTS, EXIT_USAGE = 0, 1, 2


def _add_settings(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings (also COMMUNIQUE_<NAME> in the environment)")
    for f in fields(Settings):
        flag = "--" + f.name.replace("_", "-")
        help_text = f"{f.metadata['help']} (default: {f.default!r})"
        if isinstance(f.default, tuple):
            group.add_argument(flag, dest=f.name, action="append", metavar="PATH", help=help_text)
        else:
            group.add_argument(flag, dest=f.name, default=None, help=help_text)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings({f.name: getattr(args, f.name, None) for f in fields(Settings)})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique", description="News articles in, CAMEO-coded political events with evidence out."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles into events (JSON Lines, CSV or GDELT columns)")
    code.add_argument("inputs", nargs="+", help="files, directories, or - for standard input")
    code.add_argument(
        "-o", "--output",
        help="output file (default: standard output), or a directory (DIR/) for numbered, resumable shards "
        "with a manifest",
    )
    code.add_argument("--format", choices=OUTPUT_FORMATS, default="jsonl")
    code.add_argument("--input-format", choices=INPUT_FORMATS, help="how to read - and files with unknown suffixes")
    code.add_argument("--date", help="publication date (YYYY-MM-DD) for inputs that lack one")
    code.add_argument("--all", action="store_true", help="also write negated, hypothetical, conditional... events")
    _add_engine_arguments(code)
    code.add_argument("--shard-size", type=int, default=1000, help="documents per shard with -o DIR/ (default: 1000)")
    code.add_argument("--shard-format", choices=("jsonl", "parquet"), default="jsonl",
                      help="shard file format with -o DIR/ (default: jsonl)")
    code.add_argument("--manifest", help="write the per-document status (JSON Lines) to this file")
    code.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    _add_settings(code)

    extract = sub.add_parser("extract", help="print the article text the coder sees, page furniture marked")
    extract.add_argument("input")
    extract.add_argument("--input-format", choices=INPUT_FORMATS)
    extract.add_argument("--json", action="store_true", help="text, title, date and furniture ranges as JSON")

    actors = sub.add_parser("actors", help="print each actor mention, its code and the rule that decided it")
    actors.add_argument("input", nargs="?")
    actors.add_argument("--text", help="code this text instead of a file")
    actors.add_argument("--date", help="publication date for dated roles (YYYY-MM-DD)")
    _add_settings(actors)

    evaluate = sub.add_parser("eval", help="score the coder on a gold file")
    evaluate.add_argument("gold")
    evaluate.add_argument("--kind", choices=KINDS, help="gold format (guessed from the file when omitted)")
    evaluate.add_argument("--sample", type=int, help="score a fixed subset of N items (the same every run)")
    evaluate.add_argument("--all", action="store_true", help="also score non-asserted events")
    evaluate.add_argument("--max-items", type=int, default=50, help="misses and extras to list")
    evaluate.add_argument("--no-gold-dictionaries", action="store_true",
                          help="ignore the dictionaries the gold file names; code with the settings alone")
    evaluate.add_argument("--json", action="store_true")
    _add_settings(evaluate)

    ingest = sub.add_parser("ingest", help="code articles (or load coded shards) into the DuckDB store")
    ingest.add_argument(
        "inputs", nargs="+",
        help="articles (files, directories, -) to code, or shard directories written by `communique code -o DIR/`",
    )
    ingest.add_argument("--db", required=True)
    ingest.add_argument("--input-format", choices=INPUT_FORMATS)
    ingest.add_argument("--date")
    ingest.add_argument("--all", action="store_true", help="also store negated, hypothetical, conditional... events")
    _add_engine_arguments(ingest)
    ingest.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    _add_settings(ingest)

    serve = sub.add_parser("serve", help="the REST API and dashboard over a store")
    serve.add_argument("--db", required=True)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--write-token", help="enable write endpoints for requests bearing this token")

    export = sub.add_parser("export", help="export the store as Parquet, GDELT columns or JSON Lines")
    export.add_argument("--db", required=True)
    export.add_argument("--format", choices=("parquet", "gdelt", "jsonl"), default="parquet")
    export.add_argument("-o", "--output", required=True)
    return parser


def _add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine", choices=("local", "ray"), default="local",
        help="local: worker processes on this machine (--workers); ray: Ray actors on the cluster RAY_ADDRESS "
        "names, else on a local one (pip install 'communique[ray]')",
    )
    parser.add_argument(
        "--recycle-after", type=int, default=None, metavar="N",
        help="replace a worker by a fresh process after N documents, so memory stays flat (default: 5000)",
    )


def _engine(args: argparse.Namespace, settings: Settings) -> Any:
    from communique.run import Engine

    return Engine(args.engine, settings.workers, args.recycle_after)


def _progress(enabled: bool | None, stream: IO[str], inputs: Sequence[str] = (), input_format: str | None = None) -> Any:
    from tqdm import tqdm

    show = stream.isatty() if enabled is None else enabled
    total = None
    if show and inputs:
        from communique.scale.progress import count_documents

        total = count_documents(inputs, input_format)
    return tqdm(unit="doc", file=stream, disable=not show, dynamic_ncols=True, total=total)


def _report_problem(doc_id: str, status: str, reason: str) -> None:
    print(f"communique: {doc_id}: {status}: {reason}", file=sys.stderr)


def _is_directory_output(output: str | None) -> bool:
    """`-o DIR/` (a trailing slash, or an existing directory) asks for shards."""
    return output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())


def cmd_code(args: argparse.Namespace) -> int:
    from communique.run import code_inputs, code_to_directory

    settings = _settings(args)
    engine = _engine(args, settings)
    if args.engine == "ray":
        from communique.scale.ray_engine import require_ray

        require_ray()  # before reading anything: a missing extra is a setup error
    articles = read_inputs(args.inputs, args.input_format, args.date)
    bar = _progress(args.progress, sys.stderr, args.inputs, args.input_format)
    manifest = open(args.manifest, "w", encoding="utf-8") if args.manifest else None  # noqa: SIM115

    def on_article(article: Any) -> None:
        bar.update(1)
        for warning in article.warnings:
            _report_problem(article.doc_id, "warning", warning)
        if article.reason:
            _report_problem(article.doc_id, article.status.value, article.reason)
        if manifest is not None:
            manifest.write(
                json.dumps({"doc_id": article.doc_id, "status": article.status.value, "reason": article.reason,
                            "events": len(article.events), "duplicate_of": article.duplicate_of}) + "\n"
            )

    if _is_directory_output(args.output):
        if args.format != "jsonl":
            raise ConfigError("-o DIR/ writes shards: choose their format with --shard-format (jsonl or parquet)")
        try:
            summary = code_to_directory(
                articles, settings, Path(args.output), list(args.inputs), include_all=args.all,
                shard_size=args.shard_size, shard_format=args.shard_format, on_article=on_article,
                on_reused=lambda entry: bar.update(1), engine=engine,
            )
        finally:
            bar.close()
            if manifest is not None:
                manifest.close()
        reused = f" ({summary.reused} documents from shards already done)" if summary.reused else ""
        print(f"communique: {summary.describe()}; {summary.shards} shards written to {args.output}{reused}",
              file=sys.stderr)
        return EXIT_FAILED_DOCUMENTS if summary.failed else EXIT_OK

    # A file output is written under a temporary name and renamed when complete: a crash or a
    # full disk never leaves a partial file that looks finished.
    partial = Path(args.output).with_name(f".{Path(args.output).name}.partial") if args.output else None
    out: IO[str] = open(partial, "w", encoding="utf-8") if partial else sys.stdout  # noqa: SIM115
    writer = make_writer(args.format, out)
    completed = False
    try:
        summary = code_inputs(articles, settings, writer.write, include_all=args.all, on_article=on_article,
                              engine=engine)
        writer.close()
        completed = True
    finally:
        bar.close()
        if manifest is not None:
            manifest.close()
        if partial is not None:
            out.close()
            if completed:
                os.replace(partial, args.output)
            else:
                partial.unlink(missing_ok=True)
    where = args.output or "standard output"
    print(f"communique: {summary.describe()}; events written to {where}", file=sys.stderr)
    return EXIT_FAILED_DOCUMENTS if summary.failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from communique.clean import clean_article

    articles = list(read_inputs([args.input], args.input_format))
    status = EXIT_OK
    for article in articles:
        if not article.is_active:
            _report_problem(article.doc_id, article.status.value, article.reason or "")
            status = EXIT_FAILED_DOCUMENTS if article.status.value == "failed" else status
            continue
        clean_article(article)
        if args.json:
            print(json.dumps({
                "doc_id": article.doc_id, "title": article.title, "date": article.date, "text": article.text,
                "furniture": [{"start": f.start, "end": f.end, "kind": f.kind, "text": article.text[f.start:f.end]}
                              for f in article.furniture],
            }, ensure_ascii=False))
        else:
            sys.stdout.write(mark_furniture(article.text, article.furniture))
            if not article.text.endswith("\n"):
                sys.stdout.write("\n")
    return status


def mark_furniture(text: str, furniture: Sequence[Any]) -> str:
    """The text with each furniture range wrapped as [furniture:KIND]...[/furniture]."""
    pieces: list[str] = []
    cursor = 0
    for piece in sorted(furniture, key=lambda f: f.start):
        pieces.append(text[cursor:piece.start])
        pieces.append(f"[furniture:{piece.kind}]{text[piece.start:piece.end]}[/furniture]")
        cursor = piece.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def cmd_actors(args: argparse.Namespace) -> int:
    from communique.actors import describe_mentions
    from communique.model import Article
    from communique.pipeline import Coder

    if args.text is None and args.input is None:
        raise CommuniqueError("give a FILE or --text")
    if args.text is not None:
        articles = [Article(doc_id="text", text=args.text, date=args.date)]
    else:
        articles = list(read_inputs([args.input], None, args.date))
    coder = Coder(_settings(args), keep_docs=True)
    for article in coder.code_articles(articles):
        if article.doc is None:
            _report_problem(article.doc_id, article.status.value, article.reason or "")
            continue
        for mention in describe_mentions(article.doc):
            print(json.dumps(mention, ensure_ascii=False))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from communique.evaluation import evaluate_file

    report = evaluate_file(
        Path(args.gold), _settings(args), kind=args.kind, sample=args.sample, include_all=args.all,
        gold_dictionaries=not args.no_gold_dictionaries,
    )
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.format(max_items=args.max_items))
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from communique.run import RunSummary, ingest_inputs, ingest_shard_dirs
    from communique.scale.shards import is_shard_dir

    settings = _settings(args)
    shard_dirs = [Path(given) for given in args.inputs if given != "-" and is_shard_dir(Path(given))]
    raw = [given for given in args.inputs if given == "-" or not is_shard_dir(Path(given))]
    if args.engine == "ray" and raw:
        from communique.scale.ray_engine import require_ray

        require_ray()
    summaries: list[RunSummary] = []
    bar = _progress(args.progress, sys.stderr, raw, args.input_format) if raw else _progress(args.progress, sys.stderr)
    try:
        if shard_dirs:
            summaries.append(ingest_shard_dirs(shard_dirs, Path(args.db), on_document=lambda entry: bar.update(1)))
        if raw:
            articles = read_inputs(raw, args.input_format, args.date)
            summaries.append(
                ingest_inputs(articles, settings, Path(args.db), on_article=lambda a: bar.update(1),
                              include_all=args.all, engine=_engine(args, settings))
            )
    finally:
        bar.close()
    failed = 0
    for summary in summaries:
        for doc_id, status, reason in summary.problems:
            _report_problem(doc_id, status, reason)
        print(f"communique: {summary.describe()}; stored in {args.db}", file=sys.stderr)
        failed += summary.failed
    return EXIT_FAILED_DOCUMENTS if failed else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from communique.api import create_app

    app = create_app(args.db, write_token=args.write_token)
    print(f"communique: serving {args.db} on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from communique.store import Store, export

    with Store(args.db, read_only=True) as store:
        count = export(store, args.format, Path(args.output))
    print(f"communique: exported {count} events to {args.output}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "code": cmd_code,
    "extract": cmd_extract,
    "actors": cmd_actors,
    "eval": cmd_eval,
    "ingest": cmd_ingest,
    "serve": cmd_serve,
    "export": cmd_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # trafilatura logs every page it cannot use; communique reports those per document itself.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        return COMMANDS[args.command](args)
    except CommuniqueError as exc:
        print(f"communique: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # an unwritable output path, a full disk: say which file and why
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"communique: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
