"""The office's templates: export the one in use, load an edited one back (checked), go back to
the default. A broken file or an unknown field is refused and the template in use stays."""

from __future__ import annotations

import io

import docx
import pytest
from docxtpl import DocxTemplate

from dialogue_app.domain.documents import DocumentKind
from dialogue_app.resources import resources_dir
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.documents.word import default_template
from dialogue_app.services.errors import ValidationError
from tests.services.documents.document_fixtures import service, setup_office


def _edited(template: bytes, old: str, new: str) -> bytes:
    document = docx.Document(io.BytesIO(template))
    for paragraph in document.paragraphs:
        if old in paragraph.text:
            for run in paragraph.runs:
                run.text = run.text.replace(old, new)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_the_shipped_defaults_are_the_built_ones() -> None:
    for kind in DocumentKind:
        shipped = resources_dir() / "templates" / f"{kind.value}.docx"
        assert shipped.is_file(), f"run tools/make_document_templates.py ({shipped})"
        used = DocxTemplate(io.BytesIO(shipped.read_bytes())).get_undeclared_template_variables()
        built = DocxTemplate(io.BytesIO(default_template(kind))).get_undeclared_template_variables()
        assert used == built


def test_export_edit_and_load_back(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    assert not documents.template_info(DocumentKind.TRANSFER).custom
    template = documents.export_template(DocumentKind.TRANSFER)
    edited = _edited(template, "{{ subtitle }}", "{{ subtitle }} (mẫu của văn phòng: {{ agency }})")
    info = documents.load_template(DocumentKind.TRANSFER, edited, "/home/x/phieu-chuyen.docx")
    assert info.custom and info.file_name == "phieu-chuyen.docx" and info.user_name == "clerk"
    draft = documents.draft(DocumentKind.TRANSFER, office.complaint_id)
    texts = [p.text for p in docx.Document(io.BytesIO(draft.docx)).paragraphs]
    assert any("(mẫu của văn phòng: Sở Tài nguyên và Môi trường)" in t for t in texts)
    assert documents.export_template(DocumentKind.TRANSFER) == edited
    assert not documents.reset_template(DocumentKind.TRANSFER).custom
    assert documents.export_template(DocumentKind.TRANSFER) == documents.default_template(
        DocumentKind.TRANSFER
    )


def test_an_unknown_field_is_named_and_refused(db: DatabaseHandle) -> None:
    setup_office(db)
    documents = service(db)
    template = documents.export_template(DocumentKind.TRANSFER)
    bad = _edited(template, "{{ subtitle }}", "{{ subtitle }} {{ ho_ten_cong_dan }} {{ venue }}")
    with pytest.raises(ValidationError) as caught:
        documents.load_template(DocumentKind.TRANSFER, bad, "bad.docx")
    # venue belongs to conferences, not to a case's transfer slip
    assert "ho_ten_cong_dan, venue" in str(caught.value)
    assert caught.value.field == "template"
    assert not documents.template_info(DocumentKind.TRANSFER).custom


@pytest.mark.parametrize(
    "content",
    [b"not a word file", b"PK\x03\x04 broken zip", b""],
    ids=["text", "broken-zip", "empty"],
)
def test_a_broken_file_is_refused_and_the_template_stays(
    db: DatabaseHandle, content: bytes
) -> None:
    office = setup_office(db)
    documents = service(db)
    mine = _edited(documents.export_template(DocumentKind.GUIDANCE), "{{ title }}", "{{ title }}!")
    documents.load_template(DocumentKind.GUIDANCE, mine, "mine.docx")
    with pytest.raises(ValidationError) as caught:
        documents.load_template(DocumentKind.GUIDANCE, content, "broken.docx")
    assert "the current template stays" in str(caught.value)
    assert documents.export_template(DocumentKind.GUIDANCE) == mine
    documents.draft(DocumentKind.GUIDANCE, office.received_id)


def test_broken_template_syntax_is_refused(db: DatabaseHandle) -> None:
    setup_office(db)
    documents = service(db)
    bad = _edited(
        documents.export_template(DocumentKind.TRANSFER), "{{ subtitle }}", "{{ subtitle "
    )
    with pytest.raises(ValidationError) as caught:
        documents.load_template(DocumentKind.TRANSFER, bad, "bad.docx")
    assert "broken field" in str(caught.value)
    assert not documents.template_info(DocumentKind.TRANSFER).custom


def test_a_zip_that_is_not_a_word_document(db: DatabaseHandle) -> None:
    import zipfile

    setup_office(db)
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(ValidationError) as caught:
        service(db).load_template(DocumentKind.TRANSFER, stream.getvalue(), "x.docx")
    assert "cannot be read" in str(caught.value)


def test_template_fields_are_listed_per_record_type() -> None:
    from dialogue_app.services.documents import DocumentService

    invitation = DocumentService.template_fields(DocumentKind.INVITATION)
    transfer = DocumentService.template_fields(DocumentKind.TRANSFER)
    assert "venue" in invitation and "venue" not in transfer
    assert "agency" in transfer and "number_line" in transfer
