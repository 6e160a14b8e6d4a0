"""``dialogue-app backup -o FILE`` and ``dialogue-app restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from dialogue_app.cli.context import CommandContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="write a copy of the embedded database")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    backup.set_defaults(handler=_backup)
    restore = subparsers.add_parser(
        "restore", help="replace the embedded database by a backup (the old one is kept aside)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services import backups as backup

    written = backup.backup(context.url, args.output)
    print(f"Backup written to {written}.")
    return 0


def _restore(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services import backups as backup

    result = backup.restore(context.url, args.file)
    print(f"Database restored from {result.restored_from}.")
    if result.previous_copy:
        print(f"The database it replaced was kept at {result.previous_copy}.")
    context.database()  # migrate an older backup to the current schema now
    return 0
