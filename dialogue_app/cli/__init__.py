"""The command line (DESIGN.md §6): argument parsing, then calls into the services.

Every command takes ``--database URL`` (or ``DIALOGUE_APP_DATABASE_URL``; default: the embedded
SQLite file). Errors go to stderr with a non-zero exit status and say what to fix. Each group
lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dialogue_app import __version__
from dialogue_app.cli import backup, cases, conferences, database, demo, ics, report
from dialogue_app.cli.context import CommandContext, CommandError

GROUPS = (database, demo, conferences, cases, ics, report, backup)

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dialogue-app",
        description="Dialogue Desk: citizen dialogue conferences, reception days and petitions. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_database_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(subparsers)
    return parser


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database to use: a SQLite file path or URL, or postgresql+psycopg://user@host/db "
        "(default: $DIALOGUE_APP_DATABASE_URL, else the embedded SQLite file)",
    )


def run(argv: Sequence[str] | None = None) -> int:
    """Run a command; return its exit status. Never raises for a user's mistake."""
    from dialogue_app.services.errors import ServiceError
    from dialogue_app.store.database import DatabaseError

    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    context = CommandContext(getattr(args, "database", None))
    try:
        return int(args.handler(args, context) or 0)
    except (CommandError, DatabaseError, ServiceError) as error:
        print(f"dialogue-app: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("dialogue-app: interrupted; nothing was saved.", file=sys.stderr)
        return 130
    finally:
        context.close()
