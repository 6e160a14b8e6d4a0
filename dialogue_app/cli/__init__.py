"""The command line (DESIGN.md §6): argument parsing, then calls into the services.

Every command takes ``--database URL`` (or ``DIALOGUE_APP_DATABASE_URL``; default: the embedded
SQLite file). Errors go to stderr with a non-zero exit status and say what to fix, never as a
traceback (``run_command``); the traceback of an error nobody explained goes to the log file.
Each group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence

from dialogue_app import __version__
from dialogue_app.cli import (
    backup,
    calendar,
    cases,
    conferences,
    database,
    demo,
    documents,
    handover,
    ics,
    opening_balance,
    report,
    users,
)
from dialogue_app.cli.context import CommandContext, CommandError, logging_to_file

GROUPS = (
    database,
    demo,
    conferences,
    cases,
    ics,
    calendar,
    report,
    opening_balance,
    documents,
    backup,
    handover,
    users,
)

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
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return run_command(args.handler, args)


Handler = Callable[[argparse.Namespace, CommandContext], "int | None"]


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run one command's ``handler`` inside the command line's error boundary.

    Every failure becomes a message on stderr in words (``services.errors.describe_failure``,
    the window's words in English) and exit status 1; a failure the code did not explain
    itself (the database server gone, a full disk, a bug) also writes its traceback to the log
    file, never to the terminal, and the line says where that file is.
    """
    from dialogue_app.services.errors import record_failure

    context = CommandContext(getattr(args, "database", None))
    with logging_to_file(context.paths) as log_file:
        try:
            status = int(handler(args, context) or 0)
            sys.stdout.flush()  # a full disk or a closed pipe shows here, inside the boundary
            return status
        except CommandError as error:
            print(f"dialogue-app: error: {error}", file=sys.stderr)
            return EXIT_ERROR
        except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
            _silence_stdout()
            return 0
        except KeyboardInterrupt:
            print("dialogue-app: interrupted; nothing was saved.", file=sys.stderr)
            return 130
        except Exception as error:  # noqa: BLE001 - the boundary: words on stderr, log the rest
            # the log names the command, never its arguments (they may hold a citizen's name)
            during = f"command {getattr(args, 'command', None)} ({handler.__module__})"
            failure = record_failure(error, during=during)
            print(f"dialogue-app: error: {failure.message}", file=sys.stderr)
            if failure.logged and log_file is not None:
                print(f"dialogue-app: the details are in the log file {log_file}", file=sys.stderr)
            _flush_or_silence_stdout()
            return EXIT_ERROR
        finally:
            context.close()


def _silence_stdout() -> None:
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _flush_or_silence_stdout() -> None:
    """After a failure: what is still buffered for stdout cannot be written either (a full
    disk), so drop it rather than have Python complain about it at exit."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        # no real stdout (captured in tests): nothing to silence
        with contextlib.suppress(OSError, ValueError):
            _silence_stdout()
