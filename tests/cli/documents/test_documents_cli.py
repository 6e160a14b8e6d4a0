"""``dialogue-app documents make|register|list`` (DESIGN §6)."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import docx
from openpyxl import load_workbook

from dialogue_app.cli import run
from dialogue_app.services.database import DatabaseHandle
from tests.clock import TODAY
from tests.services.documents.document_fixtures import setup_office


def test_make_list_and_register(
    db: DatabaseHandle,
    database_url: str,
    tmp_path: Path,
    capsys,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_CLOCK", TODAY.isoformat())
    office = setup_office(db)
    base = ["--database", database_url, "documents"]
    out = tmp_path / "transfer.docx"
    assert run([*base, "make", "transfer", str(office.complaint_id), "-o", str(out)]) == 0
    assert "01/PC-BTCD" in capsys.readouterr().err
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "PHIẾU CHUYỂN ĐƠN" in texts

    draft = tmp_path / "draft.docx"
    assert run([*base, "make", "invitation", str(office.upcoming_id), "-o", str(draft),
                "--draft"]) == 0  # fmt: skip
    assert "not numbered" in capsys.readouterr().err

    assert run([*base, "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [
        {
            "number": "01/PC-BTCD",
            "kind": "transfer",
            "issued_on": TODAY.isoformat(),
            "record": {"type": "case", "id": office.complaint_id},
            "title": "Về việc chuyển đơn đến cơ quan có thẩm quyền",
        }
    ]
    assert run([*base, "list", "--year", str(TODAY.year - 1), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []

    book = tmp_path / "register.xlsx"
    assert run([*base, "register", "--from", "2020-01-01", "-o", str(book)]) == 0
    rows = list(load_workbook(io.BytesIO(book.read_bytes())).active.iter_rows(values_only=True))
    assert len(rows) == 6 + 4


def test_bad_input(db: DatabaseHandle, database_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    office = setup_office(db)
    base = ["--database", database_url, "documents"]
    out = tmp_path / "x.docx"
    assert run([*base, "make", "transfer", str(office.unassigned_id), "-o", str(out)]) == 1
    assert "no agency" in capsys.readouterr().err
    assert run([*base, "make", "invitation", str(office.bare_conference_id), "-o", str(out)]) == 1
    assert "no venue" in capsys.readouterr().err
    assert run([*base, "make", "transfer", str(office.complaint_id), "-o",
                str(tmp_path / "x.txt")]) == 1  # fmt: skip
    assert ".docx or .pdf" in capsys.readouterr().err
    assert run([*base, "make", "transfer", str(office.complaint_id), "-o",
                str(tmp_path / "missing" / "x.docx")]) == 1  # fmt: skip
    assert "does not exist" in capsys.readouterr().err
    assert run([*base, "register", "--from", "2026-05-01", "--to", "2026-04-01", "-o",
                str(tmp_path / "r.docx")]) == 1  # fmt: skip
    assert "Swap --from and --to" in capsys.readouterr().err
    assert not out.exists()
    assert run([*base, "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_pdf_from_the_command_line(
    db: DatabaseHandle,
    database_url: str,
    tmp_path: Path,
    capsys,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_CLOCK", TODAY.isoformat())
    office = setup_office(db)
    out = tmp_path / "minutes.pdf"
    assert run(["--database", database_url, "documents", "make", "minutes",
                str(office.conference_id), "-o", str(out),
                "--secretary", "Lê Thị Mai"]) == 0  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "THƯ KÝ" in text and "Lê Thị Mai" in text and "Võ Trọng Hải" in text
    register = tmp_path / "register.pdf"
    assert run(["--database", database_url, "documents", "register", "--from", "2020-01-01",
                "-o", str(register)]) == 0  # fmt: skip
    assert register.read_bytes().startswith(b"%PDF")


def test_making_the_same_document_twice_asks_again_or_new(
    db: DatabaseHandle,
    database_url: str,
    tmp_path: Path,
    capsys,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_CLOCK", TODAY.isoformat())
    office = setup_office(db)
    make = ["--database", database_url, "documents", "make", "transfer", str(office.complaint_id)]
    first = tmp_path / "first.docx"
    assert run([*make, "-o", str(first)]) == 0
    capsys.readouterr()
    second = tmp_path / "second.docx"
    assert run([*make, "-o", str(second)]) == 1
    err = capsys.readouterr().err
    assert "already has a transfer: 01/PC-BTCD" in err
    assert "--again 01/PC-BTCD" in err and "--new" in err
    assert not second.exists()

    assert run([*make, "-o", str(second), "--again", "01/PC-BTCD"]) == 0
    assert "no new number" in capsys.readouterr().err
    assert docx.Document(str(second)).paragraphs[0] is not None
    assert second.read_bytes() == first.read_bytes()  # the issued document itself
    assert run([*make, "-o", str(second), "--again", "07/PC-BTCD"]) == 1
    assert "issued: 01/PC-BTCD" in capsys.readouterr().err

    pdf = tmp_path / "again.pdf"
    assert run([*make, "-o", str(pdf), "--again", "01/PC-BTCD"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")

    third = tmp_path / "third.docx"
    assert run([*make, "-o", str(third), "--new"]) == 0
    assert "02/PC-BTCD" in capsys.readouterr().err
    assert run(["--database", database_url, "documents", "list", "--format", "json"]) == 0
    numbers = [row["number"] for row in json.loads(capsys.readouterr().out)]
    assert sorted(numbers) == ["01/PC-BTCD", "02/PC-BTCD"]
