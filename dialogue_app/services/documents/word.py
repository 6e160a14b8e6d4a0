"""Word files: the default template of each kind (built with python-docx, shipped in
``resources/templates/``), filling a template with docxtpl, and checking a template the office
loads (readable, valid template syntax, only fields the kind has).

The default template lays a document out as Decree 30/2020 (Appendix I) says: A4, margins top
and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the two-column header (parent and
issuing bodies with a short rule and the number on the left, the national motto and the italic
place-and-date line on the right); the title in bold capitals; the body 14 pt justified with a
1.27 cm first-line indent and 6 pt between paragraphs; "Nơi nhận" on the left and the signature
block on the right. Tables (the list of invitees, the issues of a conference) come in as
sub-documents, since their rows vary.
"""

from __future__ import annotations

import copy
import io
import math
import zipfile
from collections.abc import Iterable
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, Twips
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from jinja2 import TemplateSyntaxError

from dialogue_app.domain.documents import DocumentKind, is_heading
from dialogue_app.services.documents.records import national_header
from dialogue_app.services.documents.types import DocumentContent, DocumentTable
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError

FONT = "Times New Roman"
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}

# Every name a template may use, besides the record's own fields (``records``' values).
COMMON_FIELDS = (
    "kind",
    "layout",
    "parent_body",
    "issuing_body",
    "number",
    "number_line",
    "summary_line",
    "date_line",
    "title",
    "subtitle",
    "pages",
    "recipients",
    "signer_authority",
    "signer_title",
    "signer_name",
    "national_line",
    "motto_line",
)
CONFERENCE_FIELDS = (
    "conference_title",
    "conference_kind",
    "conference_name",
    "topic",
    "venue",
    "online_url",
    "starts",
    "ends",
    "conference_day",
    "chair",
    "chair_name",
    "secretary_name",
    "agencies",
    "attendee_count",
    "organisations_present",
    "minutes_summary",
)
CASE_FIELDS = (
    "case_number",
    "received_on",
    "case_type",
    "summary",
    "citizen",
    "address",
    "national_id",
    "group_size",
    "agency",
    "field",
    "accepted_on",
    "deadline",
    "days_late",
    "refusal_ground",
    "resolved",
    "resolved_on",
    "conference_title",
)


def _font(run_or_style: Any, size: float, *, bold: bool = False, italic: bool = False) -> None:
    font = run_or_style.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    element = run_or_style.element
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _paragraph(
    container: Any,
    text: str,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    after: float = 0,
    indent: bool = False,
) -> Paragraph:
    paragraph: Paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    fmt.line_spacing = 1.0
    if indent:
        fmt.first_line_indent = Cm(1.27)
    if text:
        run = paragraph.add_run(text)
        _font(run, size, bold=bold, italic=italic)
        run.font.underline = underline
    return paragraph


def _no_borders(table: Any) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _clear(cell: _Cell) -> _Cell:
    for paragraph in list(cell.paragraphs):
        paragraph._element.getparent().remove(paragraph._element)
    return cell


def _short_rule(cell: Any, indent_cm: float = 2.2, after: float = 0) -> None:
    """A short centred line (about a third of its column: under the issuing body, under the
    title's summary), drawn as the bottom border of an empty paragraph indented both sides."""
    paragraph = _paragraph(cell, "", 6, after=after)
    fmt = paragraph.paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.right_indent = Cm(indent_cm)
    properties = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    properties.append(border)


def _at_least(mm: float) -> Twips:
    """``mm`` in whole twips (Word stores margins so), rounded up: never below the Decree's."""
    return Twips(math.ceil(mm * 1440 / 25.4))


def _page_setup(document: Any, *, landscape: bool = False) -> None:
    section = document.sections[0]
    width, height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    section.top_margin = _at_least(MARGINS_MM["top"])
    section.bottom_margin = _at_least(MARGINS_MM["bottom"])
    section.left_margin = _at_least(MARGINS_MM["left"])
    section.right_margin = _at_least(MARGINS_MM["right"])
    style = document.styles["Normal"]
    _font(style, 14)


def default_template(kind: DocumentKind) -> bytes:
    """The default template of ``kind`` (one layout for all kinds; the office may change each)."""
    document = Document()
    _page_setup(document)
    document.core_properties.title = f"Dialogue Desk template: {kind.value}"
    document.core_properties.author = "Dialogue Desk"
    body = document._body._body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)

    # two rows: the number and the place-and-date line stand on one line, whatever the number
    # of lines above them on either side (Decree 30/2020, Appendix I: boxes 3 and 4)
    header = document.add_table(rows=2, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(header)
    left, right = (_clear(cell) for cell in header.rows[0].cells)
    number, date = (_clear(cell) for cell in header.rows[1].cells)
    header.columns[0].width = left.width = number.width = Cm(6.5)
    header.columns[1].width = right.width = date.width = Cm(10.0)
    _paragraph(left, "{{ parent_body }}", 13)
    _paragraph(left, "{{ issuing_body }}", 13, bold=True)
    _paragraph(left, "{%p if layout == 'party' %}", 13)
    _paragraph(left, "*", 13)
    _paragraph(left, "{%p else %}", 13)
    _short_rule(left)
    _paragraph(left, "{%p endif %}", 13)
    _paragraph(number, "{{ number_line }}", 13, after=0)
    _paragraph(number, "{%p if summary_line %}", 12)
    _paragraph(number, "{{ summary_line }}", 12)
    _paragraph(number, "{%p endif %}", 12)
    _paragraph(right, "{%p if motto_line %}", 14)
    _paragraph(right, "{{ national_line }}", 13, bold=True)
    _paragraph(right, "{{ motto_line }}", 14, bold=True, underline=True)
    _paragraph(right, "{%p else %}", 14)
    _paragraph(right, "{{ national_line }}", 14, bold=True, underline=True)
    _paragraph(right, "{%p endif %}", 14)
    _paragraph(date, "{{ date_line }}", 14, italic=True)

    _paragraph(document, "", 12)
    _paragraph(document, "{%p if title %}", 14)
    _paragraph(document, "{{ title }}", 14, bold=True)
    _paragraph(document, "{%p endif %}", 14)
    _paragraph(document, "{%p if subtitle %}", 14)
    _paragraph(document, "{{ subtitle }}", 14, bold=True)
    _paragraph(document, "{%p if title %}", 14)
    _short_rule(document, 6.0, after=12)  # under a typed document's summary (Decree 30)
    _paragraph(document, "{%p else %}", 14)
    _paragraph(document, "", 6, after=6)
    _paragraph(document, "{%p endif %}", 14)
    _paragraph(document, "{%p endif %}", 14)

    _paragraph(document, "{%p for page in pages %}", 14)
    _paragraph(document, "{%p if page.addressee %}", 14)
    _paragraph(document, "{{ page.addressee }}", 14, after=6)
    _paragraph(document, "{%p endif %}", 14)
    _paragraph(document, "{%p for text in page.paragraphs %}", 14)
    _body_paragraph(document)
    _paragraph(document, "{%p endfor %}", 14)
    _paragraph(document, "{%p if page.table %}", 14)
    _paragraph(document, "{{p page.table }}", 14)
    _paragraph(document, "{%p endif %}", 14)
    _paragraph(document, "{%p for text in page.closing %}", 14)
    _body_paragraph(document)
    _paragraph(document, "{%p endfor %}", 14)
    _paragraph(document, "{%p if not loop.last %}", 14)
    breaker = _paragraph(document, "", 14)
    breaker.add_run().add_break(WD_BREAK.PAGE)
    _paragraph(document, "{%p endif %}", 14)
    _paragraph(document, "{%p endfor %}", 14)

    _paragraph(document, "", 12)
    if kind is DocumentKind.MINUTES:
        _cosigned_footer(document)
    else:
        _signed_footer(document)

    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _body_paragraph(document: Any) -> None:
    """A paragraph of the body (``text``): justified with a first-line indent, or, when it is
    one of the page's numbered headings ("I. THÀNH PHẦN THAM DỰ"), bold and flush with the
    margin, kept on the page of the paragraph after it."""
    _paragraph(document, "{%p if text in page.headings %}", 14)
    heading = _paragraph(document, "{{ text }}", 14, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    heading.paragraph_format.space_after = Pt(6)
    heading.paragraph_format.keep_with_next = True
    _paragraph(document, "{%p else %}", 14)
    _paragraph(document, "{{ text }}", 14, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6, indent=True)
    _paragraph(document, "{%p endif %}", 14)


def _cosigned_footer(document: Any) -> None:
    """The minutes' end: the secretary (left) and the chair (right) sign side by side, the
    recipients under them; a name left empty is written by hand on the dotted line."""
    signatures = document.add_table(rows=1, cols=2)
    _no_borders(signatures)
    left, right = (_clear(cell) for cell in signatures.rows[0].cells)
    for cell, title, name in (
        (left, "THƯ KÝ", "secretary_name"),
        (right, "CHỦ TRÌ", "chair_name"),
    ):
        cell.width = Cm(8.0)
        _paragraph(cell, title, 14, bold=True)
        _paragraph(cell, "(Ký, ghi rõ họ tên)", 13, italic=True)
        for _blank in range(4):
            _paragraph(cell, "", 14)
        _paragraph(cell, f"{{{{ {name} or '…………………………' }}}}", 14, bold=True)
    _paragraph(document, "", 12)
    _paragraph(document, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(document, "{%p for line in recipients %}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(document, "{{ line }}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(document, "{%p endfor %}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)


def _signed_footer(document: Any) -> None:
    """ "Nơi nhận" on the left, the office's signer on the right (Decree 30/2020)."""
    footer = document.add_table(rows=1, cols=2)
    _no_borders(footer)
    left, right = (_clear(cell) for cell in footer.rows[0].cells)
    footer.columns[0].width = left.width = Cm(7.5)
    footer.columns[1].width = right.width = Cm(9.0)
    _paragraph(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(left, "{%p for line in recipients %}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(left, "{{ line }}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(left, "{%p endfor %}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(right, "{%p for line in signer_authority %}", 14)
    _paragraph(right, "{{ line }}", 14, bold=True)
    _paragraph(right, "{%p endfor %}", 14)
    _paragraph(right, "{{ signer_title }}", 14, bold=True)
    for _blank in range(4):
        _paragraph(right, "", 14)
    _paragraph(right, "{{ signer_name }}", 14, bold=True)


def _table_subdoc(template: DocxTemplate, table: DocumentTable) -> Any:
    subdoc = template.new_subdoc()
    grid = subdoc.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid" if "Table Grid" in [s.name for s in subdoc.styles] else None
    _grid_borders(grid)
    total = sum(table.widths) if table.widths else len(table.headers)
    usable_cm = 16.5
    widths = [Cm(usable_cm * (w / total)) for w in (table.widths or [1.0] * len(table.headers))]
    for cell, header, width in zip(grid.rows[0].cells, table.headers, widths, strict=True):
        cell.width = width
        _clear(cell)
        _paragraph(cell, header, 12, bold=True)
    for row in table.rows:
        cells = grid.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, row, strict=True)):
            cell.width = widths[index]
            _clear(cell)
            _paragraph(
                cell,
                value,
                12,
                align=WD_ALIGN_PARAGRAPH.CENTER if index == 0 else WD_ALIGN_PARAGRAPH.LEFT,
            )
    return subdoc


def _grid_borders(table: Any) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    properties.append(borders)


def template_context(content: DocumentContent) -> dict[str, object]:
    """The names a template sees (``COMMON_FIELDS`` and the record's fields)."""
    national, motto = national_header(content.layout)
    context = dict(content.fields)
    context.update(national_line=national, motto_line=motto)
    return context


def render(template_bytes: bytes, content: DocumentContent) -> bytes:
    """Fill ``template_bytes`` with ``content``: the .docx of the document. Separate letters
    (one invitation per invitee) are each the whole template filled for one addressee, joined
    with a page break between them (docxcompose), so every letter is complete."""
    letters = content.each_letter()
    if len(letters) == 1:
        return _render_one(template_bytes, content)
    from docxcompose.composer import Composer  # type: ignore[import-untyped]

    first = Document(io.BytesIO(_render_one(template_bytes, letters[0])))
    composer = Composer(first)
    for letter in letters[1:]:
        _section_break(composer.doc)  # the next letter starts on a page of its own
        composer.append(Document(io.BytesIO(_render_one(template_bytes, letter))))
    stream = io.BytesIO()
    composer.save(stream)
    return stream.getvalue()


def _section_break(document: Any) -> None:
    """End the document's text so far with a "next page" section break of the same page
    setup: what follows starts at the top of a new page, with no empty line above it."""
    body = document.element.body
    paragraph = body.add_p()
    section = copy.deepcopy(body.sectPr)
    kind = section.find(qn("w:type"))
    if kind is None:  # in its place in the schema: after header and note settings
        kind = OxmlElement("w:type")
        size = section.find(qn("w:pgSz"))
        if size is not None:
            size.addprevious(kind)
        else:
            section.append(kind)
    kind.set(qn("w:val"), "nextPage")
    paragraph.get_or_add_pPr().append(section)


def _render_one(template_bytes: bytes, content: DocumentContent) -> bytes:
    template = DocxTemplate(io.BytesIO(template_bytes))
    context = template_context(content)
    context["pages"] = [
        {
            "addressee": page.addressee,
            "paragraphs": list(page.paragraphs),
            "headings": [text for text in (*page.paragraphs, *page.closing) if is_heading(text)],
            "table": _table_subdoc(template, page.table) if page.table else "",
            "closing": list(page.closing),
        }
        for page in content.pages
    ]
    template.render(context, autoescape=True)
    stream = io.BytesIO()
    template.save(stream)
    return stream.getvalue()


def fields_for(record_fields: Iterable[str]) -> frozenset[str]:
    return frozenset(COMMON_FIELDS) | frozenset(record_fields)


def check_template(content: bytes, allowed: frozenset[str]) -> None:
    """Refuse a template that is not a .docx, whose template syntax is broken, or that uses a
    field outside ``allowed`` (the message names them)."""
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This file is not a Word document (.docx). Save it in Word as a .docx and load "
                "it again; the current template stays.",
            ),
            "template",
        )
    try:
        template = DocxTemplate(io.BytesIO(content))
        used = template.get_undeclared_template_variables()
    except TemplateSyntaxError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The template has a broken field (%1, line %2). Correct it in Word and load it "
                "again; the current template stays.",
            ),
            "template",
            error.message,
            error.lineno,
        ) from error
    except Exception as error:  # a zip that is no .docx, a damaged document part
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This Word document cannot be read (%1). Save it again in Word as a .docx; "
                "the current template stays.",
            ),
            "template",
            type(error).__name__,
        ) from error
    unknown = sorted(set(used) - allowed)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The template uses fields this document does not have: %1. Remove or correct "
                "them in Word; the current template stays.",
            ),
            "template",
            ", ".join(unknown),
        )


def landscape_setup(document: Any) -> None:
    _page_setup(document, landscape=True)


__all__ = [
    "CASE_FIELDS",
    "COMMON_FIELDS",
    "CONFERENCE_FIELDS",
    "MARGINS_MM",
    "check_template",
    "default_template",
    "fields_for",
    "landscape_setup",
    "render",
    "template_context",
]
