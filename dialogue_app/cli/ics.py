"""``dialogue-app ics …``: calendar files (invitations, cancellations, schedules, deadlines) and
import of a leader's own calendar as busy times (DESIGN.md §4, §6)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dialogue_app.cli.context import CommandContext, CommandError, parse_date

if TYPE_CHECKING:
    from dialogue_app.services.calendar_exchange import CalendarExchangeService, CalendarFile

KINDS = ("dialogue", "reception", "adhoc_reception")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("ics", help="calendar files (.ics, .eml) in and out")
    commands = group.add_subparsers(dest="ics_command", metavar="COMMAND", required=True)

    invite = commands.add_parser(
        "invite", help="invitation or update for one conference (METHOD:REQUEST)"
    )
    invite.add_argument("conference_id", type=int, metavar="CONFERENCE_ID")
    _output(invite)
    invite.add_argument(
        "--eml", action="store_true", help="write an e-mail (.eml) that Outlook opens as a request"
    )
    invite.set_defaults(handler=_invite)

    cancel = commands.add_parser("cancel", help="cancellation of one conference (METHOD:CANCEL)")
    cancel.add_argument("conference_id", type=int, metavar="CONFERENCE_ID")
    _output(cancel)
    cancel.add_argument("--eml", action="store_true", help="write an e-mail (.eml) instead")
    cancel.set_defaults(handler=_cancel)

    schedule = commands.add_parser(
        "schedule", help="published schedule of conferences and reception days (METHOD:PUBLISH)"
    )
    _range(schedule)
    schedule.add_argument("--leader", metavar="NAME", help="only those this leader chairs")
    schedule.add_argument("--unit", metavar="NAME", help="only those of this commune or province")
    schedule.add_argument("--kind", choices=KINDS, help="only conferences of this kind")
    schedule.add_argument(
        "--include-cancelled", action="store_true", help="also list cancelled conferences"
    )
    _output(schedule)
    schedule.set_defaults(handler=_schedule)

    deadlines = commands.add_parser("deadlines", help="deadlines of open cases as all-day entries")
    _range(deadlines)
    deadlines.add_argument("--agency", metavar="NAME", help="only cases of this agency")
    deadlines.add_argument(  # not dest "handler": that names the command's function
        "--handler", dest="handler_name", metavar="NAME", help="only cases of this handler"
    )
    _output(deadlines)
    deadlines.set_defaults(handler=_deadlines)

    importing = commands.add_parser(
        "import", help="an official's own calendar (.ics) as busy times for conflict checks"
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--person", required=True, metavar="NAME", help="the official (case and accents ignored)"
    )
    importing.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        metavar="DATE",
        help="start of the planning period (default: 30 days ago)",
    )
    importing.add_argument(
        "--to",
        dest="end",
        type=parse_date,
        metavar="DATE",
        help="end of the planning period (default: a year from today)",
    )
    importing.set_defaults(handler=_import)


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="file to write ('-': standard output)"
    )


def _range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    parser.add_argument("--to", dest="end", type=parse_date, metavar="DATE")


def _service(context: CommandContext) -> CalendarExchangeService:
    from dialogue_app.services.calendar_exchange import CalendarExchangeService

    return CalendarExchangeService(context.database().uow, clock=context.clock)


def _check_range(args: argparse.Namespace) -> None:
    if args.start and args.end and args.end < args.start:
        raise CommandError("--to is before --from; give the earlier date first.")


def _write(result: CalendarFile, output: str) -> None:
    if output == "-":
        sys.stdout.buffer.write(result.content)
        sys.stdout.flush()
        return
    path = result.save(output)  # whole or not at all; a full disk etc. is a ServiceError
    what = "event" if result.event_count == 1 else "events"
    print(f"Wrote {result.event_count} {what} (METHOD:{result.method}) to {path}.", file=sys.stderr)


def _invite(args: argparse.Namespace, context: CommandContext) -> int:
    service = _service(context)
    if args.eml:
        result = service.invitation_email(args.conference_id)
    else:
        result = service.invitation(args.conference_id)
    _write(result, args.output)
    return 0


def _cancel(args: argparse.Namespace, context: CommandContext) -> int:
    service = _service(context)
    if args.eml:
        result = service.invitation_email(args.conference_id, cancel=True)
    else:
        result = service.cancellation(args.conference_id)
    _write(result, args.output)
    return 0


def _schedule(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.domain.conferences import ConferenceKind

    _check_range(args)
    result = _service(context).schedule(
        args.start,
        args.end,
        leader=args.leader,
        unit=args.unit,
        kind=ConferenceKind(args.kind) if args.kind else None,
        include_cancelled=args.include_cancelled,
    )
    _write(result, args.output)
    return 0


def _deadlines(args: argparse.Namespace, context: CommandContext) -> int:
    _check_range(args)
    result = _service(context).deadlines(
        args.start, args.end, agency=args.agency, handler=args.handler_name
    )
    _write(result, args.output)
    return 0


def _import(args: argparse.Namespace, context: CommandContext) -> int:
    _check_range(args)
    service = _service(context)
    official = service.find_official(args.person)
    summary = service.import_busy_times_file(
        official.id, args.file, horizon_start=args.start, horizon_end=args.end
    )
    print(
        f"{summary.official_name}: {summary.blocks_imported} busy times from {summary.source} "
        f"({summary.horizon_start} to {summary.horizon_end}); "
        f"{summary.blocks_replaced} from an earlier import of the same file replaced; "
        f"{summary.skipped_free} free and {summary.skipped_cancelled} cancelled entries skipped."
    )
    if summary.floating:
        print(
            f"{summary.floating} times had no time zone and were taken as Vietnam time.",
            file=sys.stderr,
        )
    return 0
