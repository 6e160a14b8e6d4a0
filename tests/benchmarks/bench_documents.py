"""Benchmark: official documents (DESIGN §7, issue 13). Targets: one document (.docx or PDF)
under 0.5 s; the reception register of a year of the "province" data set under 5 s.

Figures:
- one document: ``DocumentService.draft`` of a transfer slip (the record read, the content
  written, the template filled by docxtpl), median; its floor is docxtpl alone filling the same
  template with the same prepared context;
- the same document as PDF (``rendering.documents.pdf_bytes``); floor: QTextDocument printing
  the same HTML on a QPdfWriter without our pagination;
- the reception register of the busiest year as .docx, .xlsx and PDF (the rows read, hidden
  where they must be, and written); floor: the same SELECT on a bare sqlite3 cursor, its rows
  written by openpyxl's write-only workbook.

Run: .venv/bin/python tests/benchmarks/bench_documents.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from common import Result, interleaved  # noqa: E402

TODAY = date(2026, 6, 15)


def _interleaved_s(
    figure: Callable[[], object], floor: Callable[[], object], repeat: int, warmup: int = 1
) -> tuple[float, float]:
    """Seconds: the medians of ``figure`` and ``floor``, their runs interleaved."""
    figure_ms, floor_ms = interleaved(figure, floor, repeat, warmup)
    return figure_ms / 1000, floor_ms / 1000


def run(size: object = None, *, repeat: int = 7) -> list[Result]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import datasets
    from docxtpl import DocxTemplate
    from openpyxl import Workbook
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from dialogue_app.domain.documents import DocumentKind, Layout
    from dialogue_app.rendering import documents as rendering
    from dialogue_app.services.clock import FixedClock
    from dialogue_app.services.database import open_database
    from dialogue_app.services.documents import DocumentService, Letterhead, Signer
    from dialogue_app.services.documents.word import template_context
    from dialogue_app.services.office import OfficeProfileData, OfficeService
    from dialogue_app.store.database import sqlite_url

    source = datasets.sqlite_dataset(size or datasets.PROVINCE)
    folder = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    try:
        path = folder / "province.sqlite"
        shutil.copyfile(source, path)
        handle = open_database(sqlite_url(path))
        office = OfficeService(handle.uow)
        if not office.get_profile().name:
            office.save_profile(OfficeProfileData(name="Ban Tiếp công dân tỉnh Hà Tĩnh"))
        office.save_letterhead(
            Letterhead(
                layout=Layout.STATE,
                parent_body="UBND tỉnh Hà Tĩnh",
                issuing_body="Ban Tiếp công dân tỉnh",
                issuer_code="BTCD",
                place="Hà Tĩnh",
                signers=(Signer("Nguyễn Văn An", "Phó Trưởng ban", ("KT. TRƯỞNG BAN",)),),
            )
        )
        service = DocumentService(handle.uow, None, clock=FixedClock(TODAY))
        db = sqlite3.connect(path)
        case_id = db.execute(
            "SELECT id FROM cases WHERE agency_id IS NOT NULL AND case_type != 'denunciation' "
            "AND status NOT IN ('resolved', 'refused', 'withdrawn') "  # a transfer slip fits it
            "ORDER BY id LIMIT 1"
        ).fetchone()[0]
        year = db.execute(
            "SELECT substr(received_on, 1, 4) AS y FROM cases "
            "WHERE channel IN ('reception', 'conference') GROUP BY y ORDER BY count(*) DESC"
        ).fetchone()[0]
        start, end = date(int(year), 1, 1), date(int(year), 12, 31)

        draft = service.draft(DocumentKind.TRANSFER, case_id)
        template = service.default_template(DocumentKind.TRANSFER)

        def bare_docx() -> None:
            tpl = DocxTemplate(io.BytesIO(template))
            context = template_context(draft.content)
            context["pages"] = [
                {"addressee": p.addressee, "paragraphs": list(p.paragraphs), "table": "",
                 "closing": list(p.closing)}
                for p in draft.content.pages
            ]  # fmt: skip
            tpl.render(context, autoescape=True)
            tpl.save(io.BytesIO())

        one, one_floor = _interleaved_s(
            lambda: service.draft(DocumentKind.TRANSFER, case_id), bare_docx, repeat
        )

        family = rendering.register_fonts()
        page_html = rendering.document_html(draft.content, family)

        def bare_pdf() -> None:
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = QPdfWriter(buffer)
            writer.setResolution(rendering.RESOLUTION)
            document = QTextDocument()
            document.setHtml(page_html)
            document.print_(writer)
            del writer

        pdf, pdf_floor = _interleaved_s(
            lambda: rendering.pdf_bytes(draft.content), bare_pdf, repeat
        )

        register = service.reception_register(start, end)
        rows = len(register.entries)

        def bare_register() -> None:
            fetched = db.execute(
                "SELECT c.id, c.number, c.received_on, c.case_type, c.summary, c.group_size, "
                "c.status, a.name FROM cases c LEFT JOIN agencies a ON a.id = c.agency_id "
                "WHERE c.received_on BETWEEN ? AND ? AND c.channel IN ('reception', 'conference') "
                "ORDER BY c.received_on, c.id",
                (start.isoformat(), end.isoformat()),
            ).fetchall()
            book = Workbook(write_only=True)
            sheet = book.create_sheet("x")
            for row in fetched:
                sheet.append(list(row))
            book.save(io.BytesIO())

        docx_s, floor = _interleaved_s(
            lambda: service.register_docx(service.reception_register(start, end)),
            bare_register,
            3,
        )
        xlsx_s, xlsx_floor = _interleaved_s(
            lambda: service.register_xlsx(service.reception_register(start, end)),
            bare_register,
            3,
        )
        pdf_s, pdf_register_floor = _interleaved_s(
            lambda: rendering.register_pdf_bytes(service.reception_register(start, end)),
            bare_register,
            1,
            warmup=0,
        )
        handle.close()
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    note = f"{rows:,} entries, year {year}"
    return [
        Result("one document (.docx)", one, "s", 0.5, one_floor),
        Result("one document (PDF)", pdf, "s", 0.5, pdf_floor),
        Result("reception register, a year (.docx)", docx_s, "s", 5.0, floor, note=note),
        Result("reception register, a year (.xlsx)", xlsx_s, "s", 5.0, xlsx_floor, note=note),
        Result("reception register, a year (PDF)", pdf_s, "s", 5.0, pdf_register_floor, note=note),
    ]


def main() -> int:
    import datasets
    from run import table

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="the smaller province data set")
    args = parser.parse_args()
    results = run(datasets.PROVINCE_QUICK if args.quick else datasets.PROVINCE)
    print(table(results))
    for result in results:
        if result.note:
            print(f"{result.name}: {result.note}")
    return 0 if all(r.meets_target for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
