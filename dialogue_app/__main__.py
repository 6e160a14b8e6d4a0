"""``dialogue-app`` and ``python -m dialogue_app``: a command when given one, else the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

EXIT_ERROR = 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from dialogue_app.cli import build_parser, run

    parsed, _unknown = build_parser().parse_known_args(args)
    if getattr(parsed, "command", None):
        return run(args)  # the command line's own error boundary (cli.run_command)
    from dialogue_app.app import run_gui

    try:
        return run_gui(args)
    except Exception as error:  # noqa: BLE001 - the last boundary: words, never a traceback
        if sys.excepthook is not sys.__excepthook__:  # the window's hook: a dialog, the log
            sys.excepthook(type(error), error, error.__traceback__)
        else:  # failed before the window could show anything
            from dialogue_app.services.errors import record_failure

            failure = record_failure(error, during="start-up")
            print(f"dialogue-app: error: {failure.message}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
