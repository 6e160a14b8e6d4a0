"""``dialogue-app backup -o FILE | backup now | backup list`` and ``restore FILE | --latest``.

``backup -o FILE`` writes one copy where asked; ``backup now`` writes a verified backup into the
office's backup folder (Settings, or ``backups`` beside the database) and applies the rotation;
``backup list`` shows the kept backups with what each holds; ``restore --latest`` restores the
newest of them (the current database is backed up first).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialogue_app.cli.context import CommandContext, CommandError

if TYPE_CHECKING:
    from dialogue_app.services.backups import BackupService


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="write a copy of the embedded database (-o FILE), or into the backup folder (now); "
        "list the kept backups (list)",
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION")
    now = actions.add_parser("now", help="a verified backup into the backup folder, then rotation")
    now.set_defaults(handler=_backup_now)
    listing = actions.add_parser("list", help="the kept backups, newest first")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=_list)

    restore = subparsers.add_parser(
        "restore",
        help="replace the embedded database by a backup (FILE, or --latest of the backup "
        "folder); the database it replaces is kept",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", type=Path, nargs="?", metavar="FILE")
    which.add_argument("--latest", action="store_true", help="the newest kept backup")
    restore.set_defaults(handler=_restore)


def _service(context: CommandContext) -> BackupService:
    from dialogue_app.services.backups import BackupService

    return BackupService(context.url, clock=context.clock, user_name=context.user_name())


def _backup(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services import backups

    if args.output is None:
        raise CommandError(
            "say where the backup goes: backup -o FILE, or backup now (the backup folder)"
        )
    written = backups.backup(context.url, args.output)
    context.audit("backup", Path(written).name)
    print(f"Backup written to {written}.")
    return 0


def _backup_now(args: argparse.Namespace, context: CommandContext) -> int:
    taken = _service(context).backup_now()
    print(f"Backup written to {taken.entry.path} and checked.")
    for path in taken.removed:
        print(f"Removed by the rotation: {path.name}")
    return 0


def _list(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.cli.output import emit

    rows: list[dict[str, Any]] = []
    for info in _service(context).list_backups():
        contents = info.contents
        counts = contents.counts if contents else {}
        rows.append(
            {
                "name": info.entry.name,
                "file": str(info.entry.path),
                "taken_at": info.entry.taken_at.isoformat(timespec="seconds"),
                "size": info.entry.size,
                "cases": counts.get("cases"),
                "conferences": counts.get("conferences"),
                "citizens": counts.get("citizens"),
                "documents": counts.get("documents"),
                "attachments": counts.get("attachments"),
                "last_change": (
                    contents.last_change.isoformat(timespec="seconds")
                    if contents and contents.last_change
                    else None
                ),
                "schema": contents.revision if contents else None,
                "readable": contents is not None,
            }
        )
    columns = ["taken_at", "size", "cases", "conferences", "documents", "last_change", "name"]
    emit(rows, columns, args.format)
    return 0


def _restore(args: argparse.Namespace, context: CommandContext) -> int:
    service = _service(context)
    if args.latest:
        source = service.latest().path
        outcome = service.restore(source)
        print(f"Database restored from {outcome.restored_from}.")
        if outcome.safety_backup:
            print(f"The database it replaced was backed up to {outcome.safety_backup}.")
        if outcome.previous_copy:
            print(f"The database it replaced was kept at {outcome.previous_copy}.")
        context.database()  # migrate an older backup to the current schema now
        context.audit("restore", source.name)
        return 0
    from dialogue_app.services import backups

    result = backups.restore(context.url, args.file)
    print(f"Database restored from {result.restored_from}.")
    if result.previous_copy:
        print(f"The database it replaced was kept at {result.previous_copy}.")
    context.database()  # migrate an older backup to the current schema now
    context.audit("restore", Path(args.file).name)
    return 0
