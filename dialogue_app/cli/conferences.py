"""``dialogue-app conferences list``."""

from __future__ import annotations

import argparse

from dialogue_app.cli.context import CommandContext, CommandError, parse_date
from dialogue_app.cli.output import FORMATS, emit
from dialogue_app.domain.conferences import ConferenceKind

COLUMNS = ("id", "start", "end", "kind", "status", "title", "venue", "chairs", "sequence", "uid")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("conferences", help="dialogue conferences and reception days")
    commands = group.add_subparsers(dest="conferences_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="list conferences and reception sessions")
    listing.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    listing.add_argument("--to", dest="end", type=parse_date, metavar="DATE")
    listing.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in ConferenceKind],
        help="only this kind (repeatable)",
    )
    listing.add_argument(
        "--leader", metavar="NAME", help="only those chaired by this leader (name or id)"
    )
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_list)


def _list(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.conferences import ConferenceQueries

    if args.start and args.end and args.end < args.start:
        raise CommandError("--to is before --from; give the earlier date first.")
    queries = ConferenceQueries(context.database().uow, clock=context.clock)
    leader_id = None
    if args.leader:
        leaders = queries.leaders_matching(args.leader)
        if not leaders:
            raise CommandError(f"No leader is called “{args.leader}”.")
        if len(leaders) > 1:
            names = "; ".join(f"{i}: {n}" for i, n in leaders[:10])
            raise CommandError(
                f"“{args.leader}” matches several leaders ({names}); give more of the name or "
                "the id."
            )
        leader_id = leaders[0][0]
    kinds = {ConferenceKind(k) for k in args.kind} if args.kind else None
    rows = queries.list(args.start, args.end, kinds, leader_id=leader_id)
    records = [row.as_json() for row in rows]
    if args.format == "table":
        for record, row in zip(records, rows, strict=True):
            record["start"] = row.start.strftime("%Y-%m-%d %H:%M")
            record["end"] = row.end.strftime("%H:%M")
    emit(records, COLUMNS, args.format)
    return 0
