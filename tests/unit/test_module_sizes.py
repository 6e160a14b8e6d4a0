"""No module over about 600 lines without a reason written at its top (issue 12)."""

from __future__ import annotations

import ast
from pathlib import Path

import dialogue_app

PACKAGE = Path(dialogue_app.__file__).parent
LIMIT = 650  # "about 600"
REASON = "Long module:"


def test_long_modules_say_why_at_their_top() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue  # Alembic writes these
        text = path.read_text(encoding="utf-8")
        if text.count("\n") <= LIMIT:
            continue
        docstring = ast.get_docstring(ast.parse(text)) or ""
        if REASON not in docstring:
            unexplained.append(f"{path.relative_to(PACKAGE)} ({text.count(chr(10))} lines)")
    assert unexplained == [], f"split these, or say why at the top with {REASON!r}"
