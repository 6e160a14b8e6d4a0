"""What the tests of the "somebody else changed this" dialog share besides their fixtures
(``answer`` and ``other``, in tests/ui/conftest.py): the rows the dialog shows."""

from __future__ import annotations

from dialogue_app.ui.common.conflict_dialog import ConflictDialog


def rows_of(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    """Each row the dialog shows: the field's label → (theirs, mine) as written."""
    table = dialog.table
    return {
        table.item(row, 0).text(): (table.item(row, 2).text(), table.item(row, 3).text())
        for row in range(table.rowCount())
    }
