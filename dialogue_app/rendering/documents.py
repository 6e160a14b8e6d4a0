"""Official documents (issue 13) as PDF and on paper: ``DocumentContent`` laid out in a
QTextDocument in the layout of DOCUMENTS.md (Decree 30/2020, 36-HD/VPTW), printed with QPdfWriter
or a QPrinter, in Times New Roman where installed, else the Liberation Serif shipped in
``resources/fonts/`` (metric-compatible, SIL OFL), so PDFs look the same on every machine."""

from __future__ import annotations

from pathlib import Path

from dialogue_app.services.documents import DocumentContent, ReceptionRegister


def register_fonts() -> str:
    """Register the shipped serif with Qt; the family documents are drawn in."""
    raise NotImplementedError


def pdf_bytes(content: DocumentContent) -> bytes:
    """The document as an A4 PDF (landscape for wide tables), fonts embedded."""
    raise NotImplementedError


def write_pdf(content: DocumentContent, path: Path) -> Path:
    """Write the PDF whole or not at all; ``CannotSave`` says why not."""
    raise NotImplementedError


def register_pdf_bytes(register: ReceptionRegister) -> bytes:
    """The reception register as a landscape A4 PDF."""
    raise NotImplementedError


__all__ = ["pdf_bytes", "register_fonts", "register_pdf_bytes", "write_pdf"]
