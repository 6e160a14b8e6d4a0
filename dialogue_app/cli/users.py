"""``dialogue-app users …``: staff accounts on the shared PostgreSQL database (DESIGN.md §8).

Passwords are never arguments (a command line is visible to every user of the computer and
kept in shell histories): ``--password-env VAR`` names an environment variable that holds it,
else the password is asked at the terminal without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from dialogue_app.cli.context import CommandContext, CommandError
from dialogue_app.cli.output import emit
from dialogue_app.domain.roles import Role

ROLES = tuple(role.value for role in Role)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = subparsers.add_parser("users", help="staff accounts (PostgreSQL login roles)")
    commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list the staff accounts")
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")
    listing.set_defaults(handler=_list)

    add = commands.add_parser("add", help="create an account that can sign in")
    add.add_argument("login")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", default="", help="the staff member's full name")
    _password_option(add)
    add.set_defaults(handler=_add)

    set_role = commands.add_parser("set-role", help="change an account's role")
    set_role.add_argument("login")
    set_role.add_argument("role", choices=ROLES)
    set_role.set_defaults(handler=_set_role)

    reset = commands.add_parser("reset-password", help="set a new password")
    reset.add_argument("login")
    _password_option(reset)
    reset.set_defaults(handler=_reset)

    for name, handler, text in (
        ("disable", _disable, "stop an account from signing in"),
        ("enable", _enable, "let a disabled account sign in again"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("login")
        command.set_defaults(handler=handler)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help="environment variable holding the password (default: ask at the terminal)",
    )


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise CommandError(
                f"the environment variable {args.password_env} is not set or empty; set it to "
                "the password, or leave out --password-env to be asked"
            )
        return value
    if not sys.stdin.isatty():
        raise CommandError("no terminal to ask the password at: use --password-env VAR")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise CommandError("the two passwords differ; nothing was changed")
    return first


def _service(context: CommandContext):  # type: ignore[no-untyped-def]
    from dialogue_app.services.accounts import AccountService

    return AccountService(context.database().uow, context.user_name())


def _list(args: argparse.Namespace, context: CommandContext) -> int:
    if context.database().is_sqlite:
        raise CommandError(
            "this database is a file on this computer: its one user is your computer account. "
            "Staff accounts are a feature of the office's shared PostgreSQL database "
            "(--database postgresql+psycopg://…)."
        )
    rows = [
        {"login": a.login, "name": a.full_name, "role": a.role.value, "active": a.active}
        for a in _service(context).list()
    ]
    emit(rows, ("login", "name", "role", "active"), args.format)
    return 0


def _add(args: argparse.Namespace, context: CommandContext) -> int:
    account = _service(context).add(args.login, Role(args.role), _password(args), args.name)
    print(f"Account {account.login} ({account.role.value}) created; it can sign in now.")
    return 0


def _set_role(args: argparse.Namespace, context: CommandContext) -> int:
    _service(context).set_role(args.login, Role(args.role))
    print(f"{args.login} is now {args.role}.")
    return 0


def _reset(args: argparse.Namespace, context: CommandContext) -> int:
    _service(context).reset_password(args.login, _password(args))
    print(f"The password of {args.login} was changed.")
    return 0


def _disable(args: argparse.Namespace, context: CommandContext) -> int:
    _service(context).disable(args.login)
    print(f"{args.login} can no longer sign in.")
    return 0


def _enable(args: argparse.Namespace, context: CommandContext) -> int:
    _service(context).enable(args.login)
    print(f"{args.login} can sign in again.")
    return 0
