"""The ``explainer`` command (also ``python -m generator``).

Exit status: 0 success, 1 problems found (invalid sheets, unreadable articles, a failed
build; for ``review``, something left to review), 2 wrong usage.  Every error is one line
naming the file and what to do; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.errors import ExplainerError, Problem, UsageError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _report(problems: Sequence[Problem] | ExplainerError) -> None:
    items = problems.problems if isinstance(problems, ExplainerError) else problems
    for problem in items:
        print(f"explainer: {problem}" if problem.path == "" else str(problem), file=sys.stderr)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _content(args: argparse.Namespace) -> Path:
    """The content folder: ``--content``, else ``content`` (``build`` asks mkdocs.yml)."""
    return Path(args.content or "content")


def _processes(value: int | None) -> int:
    return value if value and value > 0 else (os.cpu_count() or 1)


# -- commands -----------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    from generator import ingest

    status = EXIT_OK
    for name in args.articles:
        try:
            article = ingest.read_article(Path(name))
        except ExplainerError as error:
            _report(error)
            status = EXIT_PROBLEMS
            continue
        if args.json:
            print(json.dumps(article.to_json(), ensure_ascii=False))
        else:
            print(f"{article.file}: {article.title} ({len(article.paragraphs)} paragraphs)")
    return status


def cmd_extract(args: argparse.Namespace) -> int:
    from generator import pipeline
    from generator.project import CACHE

    if args.out:  # everything goes in there: the sheets and their merge bases
        out = Path(args.out)
        cache = out / CACHE
    else:
        out, cache = _content(args) / "facts", _content(args) / CACHE
    result = pipeline.extract(
        [Path(a) for a in args.articles],
        facts_dir=out,
        cache_dir=cache,
        refresh=args.refresh,
        processes=_processes(args.processes),
        progress=_progress,
    )
    _report(result.problems)
    return EXIT_PROBLEMS if result.failed else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from generator import factsheet

    paths = [Path(p) for p in args.sheets] or factsheet.find_sheets(_content(args) / "facts")
    problems = factsheet.check(paths, root=Path.cwd())
    _report(problems)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    checked = sum(len(factsheet.find_sheets(p)) if p.is_dir() else 1 for p in paths)
    print(
        f"checked {checked} fact sheet(s): {errors} error(s), {warnings} warning(s)",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if errors else EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from generator import factsheet

    content = _content(args)
    paths = [Path(p) for p in args.sheets] or [content / "facts"]
    listing = factsheet.review(paths, root=Path.cwd(), everything=args.all)
    _report(listing.problems)
    for line in factsheet.review_lines(listing):
        print(line)
    return EXIT_PROBLEMS if listing.remaining or listing.sheets or listing.problems else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from generator import pipeline

    result = pipeline.build(
        Path(args.config),
        content_dir=Path(args.content) if args.content else None,
        strict=args.strict,
        reviewed_only=args.reviewed_only,
        processes=_processes(args.processes),
        progress=_progress,
    )
    _report(result.problems)
    return EXIT_PROBLEMS if result.failed else EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from generator import ingest

    status = EXIT_OK
    target = _content(args) / "articles"
    for source in args.sources:
        try:
            saved = ingest.add_source(source, target, timeout=args.timeout)
        except ExplainerError as error:
            _report(error)
            status = EXIT_PROBLEMS
            continue
        print(saved)
    return status


def cmd_serve(args: argparse.Namespace) -> int:
    from generator import pipeline

    pipeline.serve(Path(args.config), dev_addr=args.dev_addr, report=_report, progress=_progress)
    return EXIT_OK


# -- argument parsing ---------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Turn news articles into YAML fact sheets and a static explainer site.",
    )
    parser.add_argument("--version", action="version", version=f"explainer {__version__}")
    parser.add_argument(
        "--content",
        default=None,
        help="content folder (articles/, facts/); default: the one mkdocs.yml names for "
        "build, content for the other commands",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("build", help="extract missing fact sheets, check them, build site/")
    p.add_argument("--config", default="mkdocs.yml", help="MkDocs config; default: mkdocs.yml")
    p.add_argument("--strict", action="store_true", help="treat MkDocs warnings as errors")
    p.add_argument(
        "--reviewed-only",
        action="store_true",
        help="publish only what editors have reviewed (review: reviewed); drafts left out",
    )
    p.add_argument("--processes", type=int, default=None, help="processes (default: one per core)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("extract", help="write fact sheets for articles, without building")
    p.add_argument("articles", nargs="+", metavar="ARTICLE")
    p.add_argument(
        "--out",
        help="folder for the sheets (and, in DIR/.explainer-cache, the drafts they are merged "
        "against); nothing is written outside it; default: CONTENT/facts",
    )
    p.add_argument(
        "--refresh",
        action="store_true",
        help="re-extract existing sheets, merging the new draft into hand edits",
    )
    p.add_argument("--processes", type=int, default=None, help="processes (default: one per core)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="validate fact sheets; every problem as path:line:col")
    p.add_argument("sheets", nargs="*", metavar="FACTSHEET")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "review", help="what an editor should check first, as path:line: what to check"
    )
    p.add_argument("sheets", nargs="*", metavar="FACTSHEET")
    p.add_argument(
        "--all", action="store_true", help="list every unreviewed item, not only the doubtful"
    )
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("ingest", help="read articles and print what ingest sees")
    p.add_argument("articles", nargs="+", metavar="ARTICLE")
    p.add_argument("--json", action="store_true", help="one JSON object per article per line")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("add", help="save a page (URL or file) into CONTENT/articles")
    p.add_argument("sources", nargs="+", metavar="URL_OR_FILE")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per download")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("serve", help="preview the site with live reload")
    p.add_argument("--config", default="mkdocs.yml")
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as error:
        _report(error)
        return EXIT_USAGE
    except ExplainerError as error:
        _report(error)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("explainer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `explainer review | head`: the reader has read enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as if stopped by SIGPIPE, like other Unix tools
    except OSError as error:  # disk full, read-only folder, permission denied
        where = f"{error.filename}: " if error.filename else ""
        print(f"explainer: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except Exception as error:  # a bug: say so in one line; EXPLAINER_DEBUG=1 shows the trace
        if os.environ.get("EXPLAINER_DEBUG"):
            raise
        print(
            f"explainer: internal error: {type(error).__name__}: {error} "
            "(please report it; set EXPLAINER_DEBUG=1 to see the traceback)",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
