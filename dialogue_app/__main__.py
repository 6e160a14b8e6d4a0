"""``dialogue-app`` and ``python -m dialogue_app``: a command when given one, else the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from dialogue_app.cli import build_parser, run

    parsed, _unknown = build_parser().parse_known_args(args)
    if getattr(parsed, "command", None):
        return run(args)
    from dialogue_app.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
