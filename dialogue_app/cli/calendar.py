"""``dialogue-app calendar …``: the office's calendar and mail servers (DESIGN.md §6, issue 16).

    calendar publish --url URL --user U [--password-env VAR] [--from D] [--to D]
                     [--leader NAME | --each-leader] [--create]
    calendar refresh [--due]                   leaders' subscribed calendars, now or when due
    calendar write-file [-o FILE]              the subscribable .ics (default: the set-up file)
    calendar send CONFERENCE_ID [--cancel]     the invitation (or cancellation) by e-mail

``--leader`` publishes one leader's calendar to the collection given (beside others: each
selection deletes only its own events); ``--each-leader`` publishes every leader's calendar to a
collection of its own beside the one given (``…/lich-nguyen-van-an-7/``). A collection that does
not exist is created (MKCALENDAR) only with ``--create``.

A password comes from the environment variable named by ``--password-env`` (never from the
command line, where other users of the computer could see it), else from the password store.
Exit status 1 when anything is not as the app has it on the server, with every such event named.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from dialogue_app.cli.context import CommandContext, CommandError, parse_date

if TYPE_CHECKING:
    from dialogue_app.services.calendar_exchange import CalendarLinks, PublishReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("calendar", help="the office's calendar and mail servers")
    commands = group.add_subparsers(dest="calendar_command", metavar="COMMAND", required=True)

    publish = commands.add_parser(
        "publish", help="publish the schedule to a CalDAV calendar (one object per event)"
    )
    publish.add_argument("--url", metavar="URL", help="the calendar collection (default: set up)")
    publish.add_argument("--user", metavar="U", help="the account (default: set up)")
    publish.add_argument(
        "--password-env", metavar="VAR", help="environment variable holding the password"
    )
    publish.add_argument("--from", dest="start", type=parse_date, metavar="DATE")
    publish.add_argument("--to", dest="end", type=parse_date, metavar="DATE")
    who = publish.add_mutually_exclusive_group()
    who.add_argument("--leader", metavar="NAME", help="only this leader's calendar")
    who.add_argument(
        "--each-leader",
        action="store_true",
        help="every leader's calendar, each to its own collection beside the one given",
    )
    publish.add_argument(
        "--create", action="store_true", help="create a calendar that does not exist yet"
    )
    publish.set_defaults(handler=_publish)

    refresh = commands.add_parser("refresh", help="read leaders' subscribed calendars again")
    refresh.add_argument(
        "--due", action="store_true", help="only those whose refresh time has come (for cron)"
    )
    refresh.set_defaults(handler=_refresh)

    write = commands.add_parser("write-file", help="write the subscribable schedule (.ics)")
    write.add_argument("-o", "--output", metavar="FILE", help="default: the file set up")
    write.set_defaults(handler=_write_file)

    send = commands.add_parser("send", help="send a conference's invitation by e-mail (SMTP)")
    send.add_argument("conference_id", type=int, metavar="CONFERENCE_ID")
    send.add_argument("--cancel", action="store_true", help="send the cancellation")
    send.set_defaults(handler=_send)


def _links(context: CommandContext) -> CalendarLinks:
    from dialogue_app.services.calendar_exchange import CalendarLinks

    return CalendarLinks(context.database().uow, clock=context.clock)


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_env:
        return None
    value = os.environ.get(args.password_env)
    if value is None:
        raise CommandError(
            f"the environment variable {args.password_env} is not set; set it to the password "
            "(or leave out --password-env to use the password kept on this computer)."
        )
    return value


def _publish(args: argparse.Namespace, context: CommandContext) -> int:
    if args.start and args.end and args.end < args.start:
        raise CommandError("--to is before --from; give the earlier date first.")
    links = _links(context)
    leader_id = None
    if args.leader:
        from dialogue_app.services.calendar_exchange import CalendarExchangeService

        exchange = CalendarExchangeService(context.database().uow, clock=context.clock)
        leader_id = exchange.find_official(args.leader).id
    account = links.publishing.account(args.url, args.user, _password(args))
    from dialogue_app.services.calendar_exchange import MissingCalendar

    try:
        if args.each_leader:
            done = links.publishing.publish_each_leader(
                args.start, args.end, account=account, create_missing=args.create
            )
            reports = [report for _target, report in done]
            if not reports:
                print("No leader has anything to publish in this period.", file=sys.stderr)
        else:
            reports = [
                links.publishing.publish(
                    args.start,
                    args.end,
                    account=account,
                    leader_id=leader_id,
                    create_missing=args.create,
                )
            ]
    except MissingCalendar as missing:
        raise CommandError(
            f"{missing} Nothing was published; run again with --create to create it."
        ) from missing
    for report in reports:
        _print_report(report)
    return 0 if all(report.complete for report in reports) else 1


def _print_report(report: PublishReport) -> None:
    print(
        f"{report.collection_url}: {report.total} events; {report.created} created, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.deleted} deleted."
    )
    for title, problems in (
        ("Changed on the server by somebody else (left as they are)", report.conflicts),
        ("Refused by the server", report.failed),
        ("Not published", report.not_done),
    ):
        if problems:
            print(f"{title}: {len(problems)}", file=sys.stderr)
            for problem in problems:
                print(f"  {problem.summary} [{problem.uid}]: {problem.reason}", file=sys.stderr)
    if report.stopped and report.stopped != "cancelled":
        print(f"Stopped: {report.stopped}", file=sys.stderr)


def _refresh(args: argparse.Namespace, context: CommandContext) -> int:
    subscriptions = _links(context).subscriptions
    if args.due:
        outcomes = subscriptions.refresh_due()
    else:
        outcomes = [subscriptions.refresh(view.id) for view in subscriptions.all()]
    failed = 0
    for outcome in outcomes:
        if outcome.ok:
            print(f"{outcome.official_name}: {outcome.busy_times} busy times.")
        else:
            failed += 1
            since = (
                f"the copy of {outcome.last_success_at:%Y-%m-%d %H:%M} UTC is kept"
                if outcome.last_success_at
                else "nothing was read yet"
            )
            print(f"{outcome.official_name}: {outcome.error} ({since})", file=sys.stderr)
    if not outcomes:
        print("Nothing to refresh.", file=sys.stderr)
    return 1 if failed else 0


def _write_file(args: argparse.Namespace, context: CommandContext) -> int:
    written = _links(context).publishing.write_published_file(args.output)
    if written is None:
        raise CommandError(
            "no published file is set up; give -o FILE, or choose the file in the window's "
            "Settings → Calendars and mail."
        )
    print(f"Wrote the schedule to {written}.", file=sys.stderr)
    return 0


def _send(args: argparse.Namespace, context: CommandContext) -> int:
    delivery = _links(context).invitations.send(args.conference_id, cancel=args.cancel)
    what = "cancellation" if delivery.method == "CANCEL" else "invitation"
    print(
        f"Sent the {what} (SEQUENCE {delivery.sequence}) through {delivery.destination} to "
        f"{len(delivery.recipients)} addresses."
    )
    if delivery.refused:
        print(f"Refused by the server: {', '.join(delivery.refused)}", file=sys.stderr)
        return 1
    return 0
