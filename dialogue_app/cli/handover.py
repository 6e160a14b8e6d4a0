"""``dialogue-app handover export -o PATH``, ``handover import PATH`` and ``archive -o FILE.zip``:
the whole record in open formats (CSV per table, stored files, a README), and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from dialogue_app.cli.context import CommandContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    handover = subparsers.add_parser(
        "handover", help="the whole record in open formats (CSV, files, README), and back"
    )
    actions = handover.add_subparsers(dest="handover_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the archive: a .zip file or a new folder")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    export.set_defaults(handler=_export)
    load = actions.add_parser(
        "import", help="read an archive into a new, empty database (all rows or none)"
    )
    load.add_argument("archive", type=Path, metavar="PATH")
    load.set_defaults(handler=_import)
    archive = subparsers.add_parser(
        "archive", help="the handover archive as one .zip file (same as handover export)"
    )
    archive.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    archive.set_defaults(handler=_export)


def _export(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.handover import export_archive

    handle = context.database()
    result = export_archive(handle.engine, args.output, clock=context.clock)
    context.audit("handover_export", result.path.name)
    rows = sum(result.counts.values())
    print(
        f"Handover archive written to {result.path}: {len(result.counts)} tables, "
        f"{rows} rows, {result.files} stored files."
    )
    return 0


def _import(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.handover import import_archive

    handle = context.database()
    result = import_archive(handle.engine, args.archive)
    context.audit("handover_import", result.path.name)
    rows = sum(result.counts.values())
    print(f"Imported {rows} rows in {len(result.counts)} tables from {result.path}.")
    return 0
