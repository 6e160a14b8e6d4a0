"""The plain data of official documents: what the window, the command line and ``rendering/``
receive from ``DocumentService``. Nothing ORM-mapped, nothing Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from dialogue_app.domain.documents import DocumentKind, Layout, RecordType
from dialogue_app.services.office import Letterhead, Signer


@dataclass(frozen=True)
class DocumentOptions:
    """Choices made when a document is made: which signer, which recipients, one letter per
    invitee (a conference's invitation) instead of one letter with the list."""

    signer: int = 0  # index into ``Letterhead.signers``
    recipients: tuple[str, ...] | None = None  # None: the office's default recipients
    per_invitee: bool = False
    secretary: str = ""  # the minutes: who took them (signs beside the chair); empty: by hand
    issued_on: date | None = None  # None: the clock's today


@dataclass(frozen=True)
class DocumentTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal


@dataclass(frozen=True)
class DocumentPage:
    """One letter of a document: its addressee and body (several for one letter per invitee)."""

    addressee: str  # "Kính gửi: …" line; empty: none
    paragraphs: tuple[str, ...]
    table: DocumentTable | None = None
    closing: tuple[str, ...] = ()  # paragraphs after the table


@dataclass(frozen=True)
class DocumentContent:
    """Everything printed on a document, laid out as DOCUMENTS.md says: the .docx default
    templates and the PDF writer (``rendering/documents.py``) both draw from it.

    ``fields`` is the template context (every name a template may use, see
    ``DocumentService.template_fields``)."""

    kind: DocumentKind
    layout: Layout
    parent_body: str
    issuing_body: str
    number: str  # "05/GM-UBND"; a draft: "…/GM-UBND"
    number_line: str  # "Số: 05/GM-UBND" / "Số 12-TB/TU"
    summary_line: str  # "V/v …" under the number of a letter without a type name; else ""
    date_line: str  # "Hà Tĩnh, ngày 05 tháng 01 năm 2026"
    title: str  # bold capitals, centred; empty for a letter
    subtitle: str  # the title's summary line
    pages: tuple[DocumentPage, ...]
    recipients: tuple[str, ...]  # printed "- …;" with the archive line last, "- Lưu: VT."
    signer: Signer
    landscape: bool = False
    draft: bool = False
    confidential: bool = False  # names a denunciator: only users allowed may reopen it
    fields: dict[str, object] = field(default_factory=dict)
    # each page is a complete letter (header, number, date, addressee, body, recipients,
    # signature): one invitation per invitee
    letters: bool = False
    # signature blocks side by side instead of the office's signer: the minutes' secretary
    # (left) and chair (right); a block without a name leaves the name to be written by hand
    cosigners: tuple[Signer, ...] = ()

    def each_letter(self) -> tuple[DocumentContent, ...]:
        """The document as its separate letters (itself when it is one letter)."""
        if not self.letters or len(self.pages) < 2:
            return (self,)
        return tuple(replace(self, pages=(page,), letters=False) for page in self.pages)


@dataclass(frozen=True)
class RecordRef:
    type: RecordType
    id: int


@dataclass(frozen=True)
class DocumentDraft:
    """A document made without taking a number (preview): its content and its .docx."""

    content: DocumentContent
    docx: bytes


@dataclass(frozen=True)
class IssuedDocument:
    """A document of the register of outgoing documents (sổ văn bản đi)."""

    id: int
    number: str
    kind: DocumentKind
    year: int
    sequence: int
    issued_on: date
    issued_at: datetime
    user_name: str | None
    record: RecordRef
    title: str  # the register's summary ("Giấy mời dự hội nghị đối thoại …")
    confidential: bool
    content: DocumentContent | None = None  # None in lists, and when the user may not see it
    docx: bytes | None = None
    # the record as people know it (in lists): a case's register number and the day it was
    # received, a conference's title and the day it starts
    record_number: str = ""
    record_title: str = ""
    record_day: date | None = None


@dataclass(frozen=True)
class OutgoingFilter:
    year: int | None = None
    kind: DocumentKind | None = None
    search: str = ""  # number or summary, case and diacritics ignored
    record: RecordRef | None = None
    limit: int = 500
    offset: int = 0  # the rows before this many are skipped (the list is read page by page)


@dataclass(frozen=True)
class ReceptionEntry:
    """A row of the reception register (Sổ tiếp công dân, Circular 04/2021, form 03)."""

    number: int  # STT
    day: date
    name_address: str  # hidden for a denunciator the user may not see
    national_id: str
    content: str
    kind_people: str  # "Khiếu nại / 1 người", "Tố cáo / đoàn 12 người"
    settled_before: str  # the body that settled it before (a repeated petition's agency)
    accepted: str  # handling: "x" where it applies
    guided: str
    transferred: str
    result: str  # follow-up and result
    note: str
    overdue: bool = False  # past its deadline, still open or awaited from its agency

    def cells(self) -> tuple[str, ...]:
        """The row's 12 cells as every format writes them (``RECEPTION_COLUMNS``'s order)."""
        return (
            str(self.number),
            self.day.strftime("%d/%m/%Y"),
            self.name_address,
            self.national_id,
            self.content,
            self.kind_people,
            self.settled_before,
            self.accepted,
            self.guided,
            self.transferred,
            self.result,
            self.note,
        )


RECEPTION_COLUMNS: tuple[str, ...] = (
    "STT",
    "Ngày tiếp",
    "Họ và tên, địa chỉ",
    "Số CCCD/ Hộ chiếu",
    "Nội dung vụ việc",
    "Phân loại đơn/ Số người",
    "Cơ quan đã giải quyết",
    "Thụ lý",
    "Trả lại đơn và hướng dẫn",
    "Chuyển đơn",
    "Theo dõi kết quả",
    "Ghi chú",
)


@dataclass(frozen=True)
class ReceptionRegister:
    date_from: date
    date_to: date
    office: str
    entries: tuple[ReceptionEntry, ...]
    parent_body: str = ""  # the body above the office ("UBND tỉnh Hà Tĩnh")


@dataclass(frozen=True)
class TemplateInfo:
    kind: DocumentKind
    custom: bool  # the office's own template (else the default shipped in resources/templates/)
    file_name: str
    loaded_at: datetime | None
    user_name: str | None


# Called with the numbered content and its .docx inside the issuing transaction, before the
# number is committed: it writes the user's file (the .docx, or a PDF through rendering/); if it
# raises, nothing is issued and the number stays free.
Deliver = Callable[[DocumentContent, bytes], None]


__all__ = [
    "RECEPTION_COLUMNS",
    "Deliver",
    "DocumentContent",
    "DocumentDraft",
    "DocumentOptions",
    "DocumentPage",
    "DocumentTable",
    "IssuedDocument",
    "Letterhead",
    "OutgoingFilter",
    "ReceptionEntry",
    "ReceptionRegister",
    "RecordRef",
    "Signer",
    "TemplateInfo",
]
