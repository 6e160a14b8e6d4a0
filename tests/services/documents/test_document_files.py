"""Each document as a .docx read back with python-docx: A4, the Decree's margins, the header's
fonts and sizes, the number and date lines, the signature block; drafts and Party layout."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION_START
from docx.shared import Mm
from sqlalchemy import select

from dialogue_app.domain.conferences import ConferenceKind, ParticipantRole
from dialogue_app.domain.documents import DocumentKind
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.documents import DocumentOptions, is_heading
from dialogue_app.services.documents.records import conference_name
from dialogue_app.store.models import Case, Citizen, Conference, ConferenceParticipant
from tests.clock import TODAY
from tests.services.documents.document_fixtures import PARTY, service, setup_office

CONFERENCE_KINDS = (DocumentKind.INVITATION, DocumentKind.MINUTES, DocumentKind.CONCLUSION)


def record_for(office, kind: DocumentKind) -> int:  # type: ignore[no-untyped-def]
    if kind is DocumentKind.INVITATION:
        return int(office.upcoming_id)
    if kind in CONFERENCE_KINDS:
        return int(office.conference_id)
    if kind is DocumentKind.DENUNCIATOR_NOTICE:
        return int(office.denunciation_id)
    if kind is DocumentKind.REFUSAL:
        return int(office.refused_id)
    if kind in (DocumentKind.GUIDANCE, DocumentKind.PROPOSAL):
        return int(office.received_id)
    return int(office.complaint_id)


def _runs(paragraph):  # type: ignore[no-untyped-def]
    return [run for run in paragraph.runs if run.text.strip()]


def _header(document):  # type: ignore[no-untyped-def]
    """The header's left and right columns (two rows: the bodies and the national header
    above, the number and the place-and-date line below, side by side)."""
    rows = document.tables[0].rows
    left = [p for row in rows for p in row.cells[0].paragraphs if p.text.strip()]
    right = [p for row in rows for p in row.cells[1].paragraphs if p.text.strip()]
    return left, right


def test_every_kind_is_a_decree_30_page(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    day = f"ngày {TODAY.day:02d} tháng {TODAY.month:02d}" if TODAY.month <= 2 else None
    for kind in DocumentKind:
        issued = documents.issue(kind, record_for(office, kind))
        assert issued.docx is not None
        document = docx.Document(io.BytesIO(issued.docx))
        section = document.sections[0]
        assert abs(section.page_width - Mm(210)) < Mm(1)
        assert abs(section.page_height - Mm(297)) < Mm(1)
        assert Mm(20) <= section.top_margin <= Mm(25)
        assert Mm(20) <= section.bottom_margin <= Mm(25)
        assert Mm(30) <= section.left_margin <= Mm(35)
        assert Mm(15) <= section.right_margin <= Mm(20)

        left, right = _header(document)
        parent, body = left[0], left[1]
        assert parent.text == "UBND TỈNH HÀ TĨNH"
        assert all(not r.bold and 12 <= r.font.size.pt <= 13 for r in _runs(parent))
        assert body.text == "BAN TIẾP CÔNG DÂN TỈNH"
        assert all(r.bold and 12 <= r.font.size.pt <= 13 for r in _runs(body))
        number = next(p for p in left if p.text.startswith("Số"))
        assert number.text == f"Số: {issued.number}"
        assert all(r.font.name == "Times New Roman" for r in _runs(number))
        assert right[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert all(r.bold and 12 <= r.font.size.pt <= 13 for r in _runs(right[0]))
        assert right[1].text == "Độc lập - Tự do - Hạnh phúc"
        assert all(r.bold and r.underline and 13 <= r.font.size.pt <= 14 for r in _runs(right[1]))
        date_line = right[-1]
        assert date_line.text.startswith("Hà Tĩnh, ngày ")
        assert f"năm {TODAY.year}" in date_line.text
        if day:
            assert day in date_line.text
        assert all(r.italic for r in _runs(date_line))

        signature = document.tables[-1].rows[0].cells[1]
        lines = [p for p in signature.paragraphs if p.text.strip()]
        if kind is DocumentKind.MINUTES:  # signed by the chair (and the secretary)
            assert [p.text for p in lines] == ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Võ Trọng Hải"]
            recipients_paragraphs = document.paragraphs[-4:]
        else:
            assert [p.text for p in lines] == [
                "KT. TRƯỞNG BAN",
                "PHÓ TRƯỞNG BAN",
                "Nguyễn Văn An",
            ]
            assert all(r.bold for p in lines for r in _runs(p))
            recipients_paragraphs = document.tables[-1].rows[0].cells[0].paragraphs
        texts = [p.text for p in recipients_paragraphs if p.text.strip()]
        assert texts[0] == "Nơi nhận:"
        assert texts[-1] == "- Lưu: VT."
        assert all(t.startswith("- ") for t in texts[1:])
        first = _runs(next(p for p in recipients_paragraphs if p.text.strip()))[0]
        assert first.bold and first.italic and first.font.size.pt == 12


def test_title_and_body(db: DatabaseHandle) -> None:
    office = setup_office(db)
    issued = service(db).issue(DocumentKind.TRANSFER, office.complaint_id)
    document = docx.Document(io.BytesIO(issued.docx or b""))
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    assert texts[0] == "PHIẾU CHUYỂN ĐƠN"
    title = next(p for p in document.paragraphs if p.text == "PHIẾU CHUYỂN ĐƠN")
    assert all(r.bold and 13 <= r.font.size.pt <= 14 for r in _runs(title))
    assert "Kính gửi: Sở Tài nguyên và Môi trường" in texts
    body = next(p for p in document.paragraphs if p.text.startswith("Căn cứ"))
    assert body.paragraph_format.first_line_indent.cm == pytest.approx(1.27, abs=0.01)
    assert body.paragraph_format.space_after.pt >= 6
    assert all(13 <= r.font.size.pt <= 14 for r in _runs(body))


def test_a_letter_has_its_summary_line(db: DatabaseHandle) -> None:
    office = setup_office(db)
    issued = service(db).issue(DocumentKind.URGE, office.complaint_id)
    assert issued.number == "01/BTCD-TCD"
    left, _right = _header(docx.Document(io.BytesIO(issued.docx or b"")))
    assert [p.text for p in left][-2:] == [
        "Số: 01/BTCD-TCD",
        "V/v đôn đốc giải quyết đơn của công dân",
    ]


def test_party_layout(db: DatabaseHandle) -> None:
    office = setup_office(db, PARTY)
    issued = service(db).issue(DocumentKind.CONCLUSION, office.conference_id)
    assert issued.number == "01-TB/TU"
    left, right = _header(docx.Document(io.BytesIO(issued.docx or b"")))
    assert [p.text for p in left] == ["ĐẢNG BỘ TỈNH HÀ TĨNH", "TỈNH ỦY HÀ TĨNH", "*", "Số 01-TB/TU"]
    assert right[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert all(r.underline for r in _runs(right[0]))


def test_the_number_and_the_date_stand_on_one_line(db: DatabaseHandle) -> None:
    """Three lines above the number on the left (parent, body, star), one on the right: the
    number and the place-and-date line still share the header's second row."""
    office = setup_office(db, PARTY)
    issued = service(db).issue(DocumentKind.CONCLUSION, office.conference_id)
    header = docx.Document(io.BytesIO(issued.docx or b"")).tables[0]
    number, date_line = (cell.text.strip() for cell in header.rows[1].cells)
    assert number == "Số 01-TB/TU"
    assert date_line.startswith("Hà Tĩnh, ngày ")


def test_a_draft_takes_no_number(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    draft = documents.draft(DocumentKind.INVITATION, office.upcoming_id)
    assert draft.content.number == "…/GM-BTCD" and draft.content.draft
    assert documents.list_issued() == []
    assert documents.issue(DocumentKind.INVITATION, office.upcoming_id).number == "01/GM-BTCD"


def test_one_letter_per_invitee(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with db.uow.begin() as session:  # a woman invited, and a body named without the register
        hoa = session.scalars(select(Citizen).where(Citizen.full_name == "Phạm Thị Hoa")).one()
        session.add_all(
            [
                ConferenceParticipant(
                    conference_id=office.upcoming_id,
                    role=ParticipantRole.INVITED_CITIZEN,
                    citizen_id=hoa.id,
                ),
                ConferenceParticipant(
                    conference_id=office.upcoming_id,
                    role=ParticipantRole.ATTENDEE,
                    name="Hội Nông dân xã Cẩm Lộc",
                ),
                ConferenceParticipant(
                    conference_id=office.upcoming_id,
                    role=ParticipantRole.REPRESENTATIVE,
                    name="Trần Minh Khoa",
                ),
            ]
        )
    issued = service(db).issue(
        DocumentKind.INVITATION, office.upcoming_id, DocumentOptions(per_invitee=True)
    )
    assert issued.content is not None and issued.docx is not None
    addressees = [  # not the chair, who hosts the conference
        "Kính gửi: Sở Tài nguyên và Môi trường",  # a body by its name
        "Kính gửi: Ông Đặng Văn Đức",
        "Kính gửi: Bà Phạm Thị Hoa",
        "Kính gửi: Hội Nông dân xã Cẩm Lộc",
        "Kính gửi: Ông (Bà) Trần Minh Khoa",  # the name does not say the sex
    ]
    assert [page.addressee for page in issued.content.pages] == addressees
    document = docx.Document(io.BytesIO(issued.docx))
    # every letter complete: a section (starting on a new page) with its own header and footer
    assert len(document.sections) == 5
    assert all(s.start_type == WD_SECTION_START.NEW_PAGE for s in document.sections[1:])
    assert len(document.tables) == 2 * 5
    for number in range(5):
        header, footer = document.tables[2 * number], document.tables[2 * number + 1]
        left, right = ("\n".join(row.cells[i].text for row in header.rows) for i in (0, 1))
        assert "BAN TIẾP CÔNG DÂN TỈNH" in left and "Số: 01/GM-BTCD" in left
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Hà Tĩnh, ngày" in right
        recipients, signature = (cell.text for cell in footer.rows[0].cells)
        assert "Nơi nhận:" in recipients and "- Như trên;" in recipients
        assert "KT. TRƯỞNG BAN" in signature and "Nguyễn Văn An" in signature
    texts = [p.text for p in document.paragraphs]
    assert [t for t in texts if t.startswith("Kính gửi:")] == addressees
    assert texts.count("GIẤY MỜI") == 5
    body = "\n".join(texts)
    assert "trân trọng kính mời Bà tham dự" in body
    assert "trân trọng kính mời đại diện lãnh đạo Sở Tài nguyên và Môi trường tham dự" in body
    assert "kính mời Ông tham dự" in body and "kính mời Ông (Bà) tham dự" in body


def test_one_letter_per_invitee_as_pdf(db: DatabaseHandle, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.rendering.documents import write_pdf

    office = setup_office(db)
    draft = service(db).draft(
        DocumentKind.INVITATION, office.upcoming_id, DocumentOptions(per_invitee=True)
    )
    path = write_pdf(draft.content, tmp_path / "giay-moi.pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    letters = text.split("\f")
    letters = [letter for letter in letters if letter.strip()]
    assert len(letters) == 2  # one page each, each complete
    for letter, addressee in zip(
        letters,
        ("Sở Tài nguyên và Môi trường", "Ông Đặng Văn Đức"),
        strict=True,
    ):
        assert "BAN TIẾP CÔNG DÂN TỈNH" in letter and "Số: …/GM-BTCD" in letter
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in letter and "Hà Tĩnh, ngày" in letter
        assert f"Kính gửi: {addressee}" in letter
        assert "Nơi nhận:" in letter and "Nguyễn Văn An" in letter


def test_the_conclusion_lists_each_issue_with_its_agency_and_deadline(db: DatabaseHandle) -> None:
    office = setup_office(db)
    draft = service(db).draft(DocumentKind.CONCLUSION, office.conference_id)
    table = draft.content.pages[0].table
    assert table is not None and len(table.rows) == 4
    assert table.rows[0][2] == "Sở Tài nguyên và Môi trường"
    assert table.rows[0][3]  # the deadline, dd/mm/yyyy
    grid = docx.Document(io.BytesIO(draft.docx)).tables[1]
    assert [c.text for c in grid.rows[0].cells][1] == "Nội dung công dân nêu"
    assert len(grid.rows) == 5


def test_the_minutes_are_signed_by_the_chair_and_the_secretary(
    db: DatabaseHandle, qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.rendering.documents import write_pdf

    office = setup_office(db)
    documents = service(db)
    minutes = documents.issue(
        DocumentKind.MINUTES, office.conference_id, DocumentOptions(secretary="Lê Thị Mai")
    )
    assert minutes.docx is not None and minutes.content is not None
    document = docx.Document(io.BytesIO(minutes.docx))
    secretary, chair = (cell.text for cell in document.tables[-1].rows[0].cells)
    assert secretary.split("\n")[0] == "THƯ KÝ" and "Lê Thị Mai" in secretary
    assert chair.split("\n")[0] == "CHỦ TRÌ" and "Võ Trọng Hải" in chair
    whole = "\n".join(p.text for p in document.paragraphs) + secretary + chair
    assert "Nguyễn Văn An" not in whole and "KT. TRƯỞNG BAN" not in whole  # not the office's
    assert "Nơi nhận:" in whole
    # reopened from the register, it is the same
    again = documents.get_issued(minutes.id).content
    assert again is not None and [c.title for c in again.cosigners] == ["THƯ KÝ", "CHỦ TRÌ"]

    path = write_pdf(minutes.content, tmp_path / "bien-ban.pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text
    assert "Lê Thị Mai" in text and "Võ Trọng Hải" in text
    assert "Nguyễn Văn An" not in text


def test_minutes_without_issues_say_so(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with db.uow.begin() as session:
        for case in session.scalars(select(Case).where(Case.conference_id == office.conference_id)):
            case.conference_id = None
    draft = service(db).draft(DocumentKind.MINUTES, office.conference_id)
    page = draft.content.pages[0]
    assert page.table is None
    said = (
        "Tại hội nghị đối thoại trực tiếp với công dân, công dân không nêu ý kiến, kiến nghị nào."
    )
    assert said in page.paragraphs
    assert not any("(0 ý kiến)" in text for text in page.paragraphs)
    document = docx.Document(io.BytesIO(draft.docx))
    secretary, chair = (cell.text for cell in document.tables[-1].rows[0].cells)
    assert "…………" in secretary  # no secretary named: written by hand


@pytest.mark.parametrize(
    ("kind", "title", "named"),
    [
        (
            ConferenceKind.RECEPTION,
            "Tiếp công dân định kỳ: Võ Văn Hùng",
            "Buổi tiếp công dân định kỳ: Võ Văn Hùng",
        ),
        (
            ConferenceKind.DIALOGUE,
            "Đối thoại về bồi thường giải phóng mặt bằng",
            "Hội nghị đối thoại về bồi thường giải phóng mặt bằng",
        ),
        (
            ConferenceKind.DIALOGUE,
            "Hội nghị đối thoại trực tiếp với công dân xã Cẩm Lộc",
            "Hội nghị đối thoại trực tiếp với công dân xã Cẩm Lộc",
        ),
        (
            ConferenceKind.ADHOC_RECEPTION,
            "tiếp công dân đột xuất: đoàn đông người",
            "Buổi tiếp công dân đột xuất: đoàn đông người",
        ),
        (
            ConferenceKind.DIALOGUE,
            "Giải phóng mặt bằng đường ven biển",
            "Hội nghị đối thoại trực tiếp với công dân: Giải phóng mặt bằng đường ven biển",
        ),
    ],
)
def test_the_minutes_name_the_kind_of_session_once(
    kind: ConferenceKind, title: str, named: str
) -> None:
    assert conference_name(kind, title) == named


def test_the_minutes_of_a_reception_day_do_not_repeat_its_kind(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with db.uow.begin() as session:
        conference = session.get(Conference, office.conference_id)
        assert conference is not None
        conference.kind = ConferenceKind.RECEPTION
        conference.title = "Tiếp công dân định kỳ: Võ Trọng Hải"
    content = service(db).draft(DocumentKind.MINUTES, office.conference_id).content
    assert content.subtitle == "Buổi tiếp công dân định kỳ: Võ Trọng Hải"
    word = docx.Document(
        io.BytesIO(service(db).draft(DocumentKind.MINUTES, office.conference_id).docx)
    )
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Buổi tiếp công dân định kỳ: Võ Trọng Hải" in text
    assert "Tiếp công dân định kỳ: Tiếp công dân" not in text


def test_the_minutes_headings_are_bold_and_not_indented(db: DatabaseHandle) -> None:
    office = setup_office(db)
    word = docx.Document(
        io.BytesIO(service(db).draft(DocumentKind.MINUTES, office.conference_id).docx)
    )
    by_text = {p.text: p for p in word.paragraphs}
    for heading in ("I. THÀNH PHẦN THAM DỰ", "II. NỘI DUNG"):
        paragraph = by_text[heading]
        assert not paragraph.paragraph_format.first_line_indent
        assert paragraph.paragraph_format.keep_with_next
        assert all(run.bold for run in paragraph.runs)
    ordinary = next(p for text, p in by_text.items() if text.startswith("Chủ trì:"))
    assert ordinary.paragraph_format.first_line_indent.cm == pytest.approx(1.27, abs=0.01)
    assert not any(run.bold for run in ordinary.runs)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("I. THÀNH PHẦN THAM DỰ", True),
        ("IV. KẾT LUẬN", True),
        ("I. Thành phần tham dự", False),
        ("1. THÀNH PHẦN", False),
        ("Chủ trì: Chủ tịch UBND tỉnh Võ Trọng Hải.", False),
        ("UBND XÃ CẨM LỘC", False),
    ],
)
def test_what_is_a_heading(text: str, heading: bool) -> None:
    assert is_heading(text) is heading


def test_the_conclusion_sets_the_topic_inside_its_sentence(db: DatabaseHandle) -> None:
    office = setup_office(db)
    for topic, said in (
        ("Bồi thường, hỗ trợ tái định cư.", "về bồi thường, hỗ trợ tái định cư."),
        ("Hà Tĩnh mở rộng đường ven biển", "về Hà Tĩnh mở rộng đường ven biển."),
        ("UBND xã Cẩm Lộc thu hồi đất", "về UBND xã Cẩm Lộc thu hồi đất."),
    ):
        with db.uow.begin() as session:
            conference = session.get(Conference, office.conference_id)
            assert conference is not None
            conference.topic = topic
        content = service(db).draft(DocumentKind.CONCLUSION, office.conference_id).content
        assert content.pages[0].paragraphs[0].endswith(said)


def test_a_short_rule_under_the_summary_of_a_typed_document(db: DatabaseHandle) -> None:
    """Decree 30: under the summary that follows a document's title, a short centred rule."""
    from docx.oxml.ns import qn

    office = setup_office(db)
    issued = service(db).issue(DocumentKind.CONCLUSION, office.conference_id)
    word = docx.Document(io.BytesIO(issued.docx or b""))
    paragraphs = word.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == issued.content.subtitle)  # type: ignore[union-attr]
    rule = paragraphs[at + 1]
    assert rule.text == ""
    border = rule._p.pPr.find(qn("w:pBdr"))
    assert border is not None and border.find(qn("w:bottom")) is not None
    assert rule.paragraph_format.left_indent.cm == pytest.approx(6.0, abs=0.01)
    assert rule.paragraph_format.right_indent.cm == pytest.approx(6.0, abs=0.01)
