"""``dialogue-app cases list`` and ``dialogue-app cases import FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogue_app.cli.context import CommandContext, CommandError
from dialogue_app.cli.output import FORMATS, emit

COLUMNS = (
    "id",
    "number",
    "type",
    "status",
    "received_on",
    "deadline",
    "notify_deadline",
    "overdue",
    "agency",
    "commune",
    "citizens",
    "summary",
)
STATUS_CHOICES = (
    "received",
    "accepted",
    "in_progress",
    "resolved",
    "transferred",
    "guided",
    "withdrawn",
    "refused",
    "open",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cases = subparsers.add_parser("cases", help="petitions and cases")
    commands = cases.add_subparsers(dest="cases_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="list cases (a denunciator's identity is hidden)")
    listing.add_argument("--search", metavar="TEXT", default="", help="name, ID, number, summary")
    listing.add_argument(
        "--status",
        action="append",
        choices=STATUS_CHOICES,
        help="only cases in this status (repeatable; 'open' = received, accepted, in progress)",
    )
    listing.add_argument(
        "--overdue", action="store_true", help="only open cases past their deadline"
    )
    listing.add_argument(
        "--to-notify",
        action="store_true",
        help="only accepted denunciations whose denunciator is still to be notified",
    )
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_list)
    importing = commands.add_parser(
        "import", help="import cases from a .csv (UTF-8) or .xlsx file: all rows or none"
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.set_defaults(handler=_import)


def _list(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.domain.cases import OPEN_STATUSES, CaseStatus
    from dialogue_app.services.cases import CaseFilter, CaseService

    statuses: set[CaseStatus] = set()
    for value in args.status or ():
        statuses |= set(OPEN_STATUSES) if value == "open" else {CaseStatus(value)}
    flt = CaseFilter(
        search=args.search,
        statuses=frozenset(statuses),
        overdue=args.overdue,
        notify_pending=args.to_notify,
    )
    service = CaseService(context.database().uow, context.user_name(), clock=context.clock)
    rows = [row.as_json() for row in service.iter_rows(flt)]
    columns = COLUMNS
    if args.format == "json":
        columns = tuple(rows[0].keys()) if rows else COLUMNS
    emit(rows, columns, args.format)
    return 0


def _import(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.cases import CaseImporter

    path: Path = args.file
    if not path.exists():
        raise CommandError(f"{path} does not exist. Check the file name.")
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give the .csv or .xlsx file.")
    summary = CaseImporter(context.database().uow, context.user_name(), clock=context.clock).run(
        path
    )
    print(summary.describe(), file=sys.stdout)
    return 0
