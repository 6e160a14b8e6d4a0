"""``dialogue-app opening-balance list [--format table|json]`` and ``dialogue-app opening-balance
set FORM --from D --carried N [--unit ID]``: what an office carried over into a statutory form
when it started using the app mid-year (``FormService.set_opening_balance``)."""

from __future__ import annotations

import argparse
import json

from dialogue_app.cli.context import CommandContext, parse_date


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "opening-balance",
        help="figures carried over into the statutory forms before the app was used",
        description="The petitions each unit carried over into 01/XLD, 01/KQGQ or 02/KQGQ on the "
        "office's first day in the app. They count as carried over in every form of a period "
        "starting on or after that day; no form can be made for a period starting before it.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the opening balances recorded")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=_list)
    setting = actions.add_parser("set", help="record or correct one unit's opening balance")
    setting.add_argument("form", metavar="FORM", help="01/XLD, 01/KQGQ or 02/KQGQ")
    setting.add_argument(
        "--from", dest="starts_on", type=parse_date, required=True, metavar="D",
        help="the first day recorded in the app",
    )  # fmt: skip
    setting.add_argument("--carried", type=int, required=True, metavar="N", help="carried over")
    setting.add_argument("--unit", type=int, metavar="ID", help="the unit (default: none)")
    setting.set_defaults(handler=_set)


def _service(context: CommandContext):  # type: ignore[no-untyped-def]
    from dialogue_app.services.reports.forms import FormService

    return FormService(context.database().uow, clock=context.clock)


def _list(args: argparse.Namespace, context: CommandContext) -> int:
    balances = _service(context).opening_balances()
    if args.format == "json":
        rows = [
            {
                "form": b.form.value,
                "unit_id": b.unit_id,
                "unit": b.unit,
                "from": b.starts_on.isoformat(),
                "carried_over": b.carried_over,
            }
            for b in balances
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for b in balances:
        print(f"{b.form.value}\t{b.starts_on.isoformat()}\t{b.carried_over}\t{b.unit}")
    return 0


def _set(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.reports.forms import form_code

    saved = _service(context).set_opening_balance(
        form_code(args.form), args.unit, args.starts_on, args.carried
    )
    day = saved.starts_on.isoformat()
    print(f"{saved.form.value} from {day}: {saved.carried_over} carried over ({saved.unit})")
    return 0
