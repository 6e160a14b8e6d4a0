"""``dialogue-app demo``: load the Hà Tĩnh demo data set into an empty database."""

from __future__ import annotations

import argparse

from dialogue_app.cli.context import CommandContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser(
        "demo", help="load the demo data set (Hà Tĩnh, from the seed) into an empty database"
    )
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.demo import DemoService
    from dialogue_app.store.database import describe

    summary = DemoService(context.database().uow, clock=context.clock).load()
    parts = [
        f"{summary.units} administrative units",
        f"{summary.officials} officials",
        f"{summary.conferences} conferences",
    ] + [f"{count} {label}" for label, count in summary.extra.items()]
    print(f"Demo data (Hà Tĩnh) loaded into {describe(context.url)}: {', '.join(parts)}.")
    print("All people in it are fictional.")
    return 0
