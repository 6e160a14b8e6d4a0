"""The PDF report's tables: the header row repeated on each page, never left alone at the foot of
a page without its first row (issue 18). Read back from the PDF with poppler's pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from dialogue_app.rendering.report_pdf import keep_headers_with_rows, print_document


def _document(paragraphs: int, rows: int) -> str:
    intro = "".join(f"<p>Đoạn mở đầu {n}</p>" for n in range(paragraphs))
    body = "".join(f"<tr><td>Xã số {n}</td><td>{n}</td></tr>" for n in range(rows))
    return (
        f"<html><body>{intro}<h3>1. Theo cơ quan</h3>"
        "<table border='1'><thead><tr><th>Cơ quan giải quyết</th><th>Số vụ việc</th></tr>"
        f"</thead>{body}</table><p>Hết.</p></body></html>"
    )


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize("paragraphs", range(2, 64, 3))
def test_a_table_header_is_never_alone_at_the_foot_of_a_page(
    qapp, tmp_path: Path, paragraphs: int
) -> None:  # type: ignore[no-untyped-def]
    """Pushed down line by line, the table starts at every height on the page: wherever it
    starts, its header and heading stand with its first row, and each page it runs onto
    starts with the header again."""
    document = QTextDocument()
    document.setHtml(_document(paragraphs, 200))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(print_document(document, "Báo cáo"))
    pages = _pages(pdf)
    assert len(pages) >= 3
    seen_rows = False
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        has_rows = any(line.startswith("Xã số") for line in lines)
        has_header = any(line.startswith("Cơ quan giải quyết") for line in lines)
        has_heading = any("Theo cơ quan" in line for line in lines)
        # a header or heading on a page always comes with at least one row of the table
        assert not (has_header or has_heading) or has_rows, page
        if has_rows:
            assert has_header, page  # repeated on every page with rows
            first = next(i for i, line in enumerate(lines) if line.startswith("Xã số"))
            assert any(line.startswith("Cơ quan giải quyết") for line in lines[:first])
            seen_rows = True
    assert seen_rows
    text = "\n".join(pages)
    assert all(f"Xã số {n} " in text for n in range(200))


def test_a_header_at_the_foot_of_the_page_moves_with_its_table(qapp) -> None:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    for paragraphs in range(20, 80):
        document.setHtml(_document(paragraphs, 5))
        document.setPageSize(QSizeF(600, 900))
        if keep_headers_with_rows(document):
            break
    else:
        pytest.fail("no table header ever fell at the foot of a page")
    layout = document.documentLayout()
    table = next(f for f in document.rootFrame().childFrames() if hasattr(f, "cellAt"))
    header = table.cellAt(0, 0).firstCursorPosition().block()
    first = table.cellAt(1, 0).firstCursorPosition().block()
    page = document.pageSize().height()
    assert (
        layout.blockBoundingRect(header).top() // page
        == layout.blockBoundingRect(first).top() // page
    )
