"""``dialogue-app db upgrade``."""

from __future__ import annotations

import argparse

from dialogue_app.cli.context import CommandContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = subparsers.add_parser("db", help="database maintenance")
    commands = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    upgrade = commands.add_parser("upgrade", help="create or migrate the schema")
    upgrade.set_defaults(handler=_upgrade)


def _upgrade(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.database import upgrade_database
    from dialogue_app.store.database import describe

    result = upgrade_database(context.url)
    where = describe(context.url)
    if result.before == result.after:
        print(f"{where}: already at the newest schema ({result.after}).")
    else:
        print(f"{where}: schema {result.before or 'empty'} → {result.after}.")
    if result.backup:
        print(f"A copy taken before the update is at {result.backup}.")
    return 0
