"""``dialogue-app report [--from D] [--to D] [--period KIND] [--unit ID] [--format F] [-o FILE]``
and ``dialogue-app report --form 01/TCD|01/XLD|01/KQGQ|02/KQGQ [--from D] [--to D] [--format
xlsx|pdf|json] [-o FILE]`` (the statutory forms, DESIGN §6).

Without dates, the report month (with the office's cut-off day) containing today. ``--format
json`` prints one object (DESIGN §6); ``csv`` prints or writes the tables; ``xlsx`` and ``pdf``
need ``-o FILE``. The PDF is drawn by Qt in ``dialogue_app.rendering.report_pdf``, imported only
for a PDF: the command line never imports Qt itself (import-linter forbids it), and the other
formats work where Qt cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from dialogue_app.cli.context import CommandContext, CommandError, parse_date

FORMATS = ("json", "xlsx", "pdf", "csv")
KINDS = ("month", "quarter", "6_months", "9_months", "12_months")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help="figures for a period: citizens received, petitions, settlement, overdue",
        description="Figures for a period. Without dates: the current report month (the "
        "office's cut-off day applies). With --period: the month, quarter, 6, 9 or 12 months "
        "containing --to (or today).",
    )
    parser.add_argument("--from", dest="start", type=parse_date, metavar="D", help="first day")
    parser.add_argument("--to", dest="end", type=parse_date, metavar="D", help="last day")
    parser.add_argument("--period", choices=KINDS, help="a reporting period instead of dates")
    parser.add_argument("--unit", type=int, metavar="ID", help="only this administrative unit")
    parser.add_argument("--format", choices=FORMATS, default="json")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    parser.add_argument(
        "--no-compare", action="store_true", help="leave out the previous period's figures"
    )
    parser.add_argument(
        "--form",
        metavar="F",
        help="a statutory form instead of the figures: 01/TCD, 01/XLD, 01/KQGQ or 02/KQGQ "
        "(denunciations); --format xlsx, pdf or json",
    )
    parser.set_defaults(handler=_report)


def _period(args: argparse.Namespace, service, today: date):  # type: ignore[no-untyped-def]
    from dialogue_app.domain.periods import PeriodKind

    if args.period:
        if args.start is not None:
            raise CommandError("Give either --period (with --to) or --from/--to, not both.")
        return service.period(PeriodKind(args.period), args.end or today)
    if args.start is None and args.end is None:
        return service.period(PeriodKind.MONTH, today)
    if args.start is None:  # only --to: from the start of its report month
        first = service.period(PeriodKind.MONTH, args.end).start
        return service.period(PeriodKind.RANGE, start=first, end=args.end)
    end = args.end or today
    if end < args.start:
        raise CommandError(
            f"The period ends ({end.isoformat()}) before it starts ({args.start.isoformat()}). "
            "Swap --from and --to."
        )
    return service.period(PeriodKind.RANGE, start=args.start, end=end)


def _report(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.reports import ReportService

    if args.form is not None:
        return _form(args, context)

    if args.format in ("xlsx", "pdf") and args.output is None:
        raise CommandError(
            f"A {args.format.upper()} report needs a file: add -o report.{args.format}"
        )
    if args.output is not None and args.output.is_dir():
        raise CommandError(f"{args.output} is a folder; give a file name.")
    if args.output is not None and not args.output.parent.exists():
        raise CommandError(f"The folder {args.output.parent} does not exist.")
    service = ReportService(context.database().uow, clock=context.clock)
    period = _period(args, service, context.clock.today())
    report = service.report(period, unit_id=args.unit, compare=not args.no_compare)
    if args.format == "json":
        text = json.dumps(report.as_json(), ensure_ascii=False, indent=2)
        if args.output is None:
            print(text)
        else:
            args.output.write_text(text + "\n", encoding="utf-8")
        return 0
    if args.format == "csv" and args.output is None:
        import tempfile

        from dialogue_app.services.reports import write_report

        with tempfile.TemporaryDirectory() as folder:
            path = write_report(report, Path(folder) / "report.csv")
            sys.stdout.write(path.read_text(encoding="utf-8-sig"))
        return 0
    if args.format == "pdf":
        try:
            from dialogue_app.rendering.report_pdf import write_pdf_offscreen
        except ImportError as error:
            raise CommandError(
                f"PDF reports need Qt (PySide6), which cannot be loaded here ({error}). "
                "Use --format xlsx or csv, or install the application's Qt libraries."
            ) from error
        write_pdf_offscreen(report, args.output)
    else:
        from dialogue_app.services.reports import write_report

        write_report(report, args.output)
    context.audit("export_report", f"report {period.label()}: {args.output.name}")
    print(f"Report {period.label()} written to {args.output}", file=sys.stderr)
    return 0


def _form(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.reports import ReportService
    from dialogue_app.services.reports.forms import FormService, form_code, write_form

    if args.format == "csv":
        raise CommandError("A statutory form is written as xlsx, pdf or json; not csv.")
    if args.unit is not None:
        raise CommandError("A statutory form has a row for every unit; leave out --unit.")
    if args.format in ("xlsx", "pdf") and args.output is None:
        raise CommandError(f"A {args.format.upper()} form needs a file: add -o form.{args.format}")
    if args.output is not None and args.output.is_dir():
        raise CommandError(f"{args.output} is a folder; give a file name.")
    if args.output is not None and not args.output.parent.exists():
        raise CommandError(f"The folder {args.output.parent} does not exist.")
    code = form_code(args.form)
    uow = context.database().uow
    period = _period(args, ReportService(uow, clock=context.clock), context.clock.today())
    report = FormService(uow, clock=context.clock).form(code, period)
    if args.format == "json":
        text = json.dumps(report.as_json(), ensure_ascii=False, indent=2)
        if args.output is None:
            print(text)
        else:
            write_form(report, args.output, "json")
        return 0
    if args.format == "pdf":
        try:
            from dialogue_app.rendering.form_pdf import write_form_pdf_offscreen
        except ImportError as error:
            raise CommandError(
                f"PDF forms need Qt (PySide6), which cannot be loaded here ({error}). "
                "Use --format xlsx or json."
            ) from error
        write_form_pdf_offscreen(report, args.output)
    else:
        write_form(report, args.output, "xlsx")
    context.audit("export_report", f"form {code.value} {period.label()}: {args.output.name}")
    print(f"Form {code.value} {period.label()} written to {args.output}", file=sys.stderr)
    return 0
