"""Where a document goes: a .docx or PDF file, or a printer (through ``rendering/documents``).

``save`` writes whole files or nothing (a file open in Word, a full disk: ``CannotSave``, which
the error boundary words), so it can be the ``deliver`` of an issue: the number is taken only
when the file is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from dialogue_app.services.documents import DocumentContent
from dialogue_app.services.files import write_atomically

FORMATS = ("docx", "pdf")

# asks where to save: (title, file filter, suggested name) -> the path, or None when cancelled
AskPath = Callable[[str, str, str], str | None]
# asks which printer, as QPrintDialog does: a printer, or None when cancelled
AskPrinter = Callable[[QWidget], QPrinter | None]


def file_filter(fmt: str) -> str:
    if fmt == "pdf":
        return QCoreApplication.translate("Documents", "PDF document (*.pdf)")
    if fmt == "xlsx":
        return QCoreApplication.translate("Documents", "Excel workbook (*.xlsx)")
    return QCoreApplication.translate("Documents", "Word document (*.docx)")


def with_suffix(path: str | Path, fmt: str) -> Path:
    """``path`` ending in ``.fmt`` (a name typed without it gets it)."""
    target = Path(path)
    return (
        target if target.suffix.lower() == f".{fmt}" else target.with_name(f"{target.name}.{fmt}")
    )


def suggested_name(kind_name: str, number: str, fmt: str) -> str:
    """A file name for a document: "Giấy mời 05-GM-UBND.docx" (no slashes in a file name)."""
    base = f"{kind_name} {number}".strip() if number else kind_name
    return re.sub(r'[\\/:*?"<>|]+', "-", base) + f".{fmt}"


def save(content: DocumentContent, docx: bytes, target: Path, fmt: str) -> None:
    """Write the document to ``target`` as ``fmt`` ("docx" or "pdf")."""
    if fmt == "pdf":
        from dialogue_app.rendering.documents import write_pdf

        write_pdf(content, target)
    else:
        write_atomically(target, docx)


def paint(content: DocumentContent, printer: QPrinter) -> None:
    """Draw the document on ``printer`` (a print preview's, or a real printer)."""
    from dialogue_app.rendering.documents import print_on

    print_on(content, printer)


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The print dialog: the printer chosen, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Documents", "Print the document"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


__all__ = [
    "AskPath",
    "AskPrinter",
    "ask_printer",
    "FORMATS",
    "file_filter",
    "paint",
    "save",
    "suggested_name",
    "with_suffix",
]
