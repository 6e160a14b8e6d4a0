"""What a document says, made from its record: the record read into plain fields (``Facts``),
checked against what the kind needs, then written out as ``DocumentContent`` in Vietnamese.

A denunciator's name, address and ID are read only when ``reveal`` is true (the caller decided
with the case register's rule); otherwise the documents say "người tố cáo" and nothing more.

Long module: the Vietnamese text of all eleven kinds of document is one long function
(``build_content``), kept together so that their wording reads and changes side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.documents import (
    KINDS,
    DocumentKind,
    Layout,
    RecordType,
    date_line,
    date_words,
    document_number,
    fitness,
    number_line,
    two_digits,
)
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import to_local
from dialogue_app.services.documents.checks import pick_signer
from dialogue_app.services.documents.types import (
    DocumentContent,
    DocumentOptions,
    DocumentPage,
    DocumentTable,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound
from dialogue_app.services.office import Letterhead, Signer
from dialogue_app.store.models import Case, CaseCitizen, Conference, ConferenceParticipant

HIDDEN_DENUNCIATOR = "Người tố cáo (thông tin được giữ bí mật theo Luật Tố cáo năm 2018)"

CASE_TYPE_WORDS = {
    CaseType.COMPLAINT: "khiếu nại",
    CaseType.DENUNCIATION: "tố cáo",
    CaseType.RECOMMENDATION: "kiến nghị",
    CaseType.FEEDBACK: "phản ánh",
}
CONFERENCE_WORDS = {
    ConferenceKind.DIALOGUE: "Hội nghị đối thoại trực tiếp với công dân",
    ConferenceKind.RECEPTION: "Buổi tiếp công dân định kỳ",
    ConferenceKind.ADHOC_RECEPTION: "Buổi tiếp công dân đột xuất",
}
KIND_NAMES = {
    DocumentKind.INVITATION: "Giấy mời",
    DocumentKind.MINUTES: "Biên bản",
    DocumentKind.CONCLUSION: "Thông báo kết luận",
    DocumentKind.APPOINTMENT: "Phiếu hẹn",
    DocumentKind.GUIDANCE: "Phiếu hướng dẫn",
    DocumentKind.TRANSFER: "Phiếu chuyển đơn",
    DocumentKind.PROPOSAL: "Phiếu đề xuất thụ lý",
    DocumentKind.ACCEPTANCE: "Thông báo thụ lý",
    DocumentKind.REFUSAL: "Thông báo không thụ lý",
    DocumentKind.URGE: "Văn bản đôn đốc",
    DocumentKind.DENUNCIATOR_NOTICE: "Thông báo cho người tố cáo",
}
# the noun a kind of session is named with and the words its titles usually start with
# ("Tiếp công dân định kỳ: …", "Đối thoại về …"): a title that already says the kind is not
# prefixed with it again
CONFERENCE_NOUNS = {
    ConferenceKind.DIALOGUE: ("Hội nghị", "đối thoại"),
    ConferenceKind.RECEPTION: ("Buổi", "tiếp công dân"),
    ConferenceKind.ADHOC_RECEPTION: ("Buổi", "tiếp công dân"),
}
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


@dataclass
class Facts:
    """The record as plain values: the needs (``present``) and the template fields (``values``)."""

    record_type: RecordType
    record_id: int
    present: dict[str, object] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)
    issues: list[dict[str, str]] = field(default_factory=list)  # a conference's cases
    invitees: list[dict[str, str]] = field(default_factory=list)
    revealed: bool = False  # a denunciator's identity is in the values
    title: str = ""  # the register's summary of the record


def conference_name(kind: ConferenceKind, title: str) -> str:
    """The session as the minutes name it under their title: the kind of session and its
    title, the kind said once ("Buổi tiếp công dân định kỳ: Võ Văn Hùng" for the title
    "Tiếp công dân định kỳ: Võ Văn Hùng", "Hội nghị đối thoại về …" for "Đối thoại về …")."""
    words = CONFERENCE_WORDS.get(kind, "Hội nghị")
    title = title.strip()
    if not title:
        return words
    noun, core = CONFERENCE_NOUNS.get(kind, ("Hội nghị", ""))

    def starts(prefix: str) -> bool:
        return bool(prefix) and fold(title[: len(prefix)]) == fold(prefix)

    if starts(words) or starts(noun):
        return title
    if starts(core):
        return f"{noun} {title[0].lower()}{title[1:]}"
    return f"{words}: {title}"


def _time_words(moment: datetime) -> str:
    local = to_local(moment)
    return (
        f"{two_digits(local.hour)} giờ {two_digits(local.minute)} phút, "
        f"{WEEKDAYS[local.weekday()]}, {date_words(local.date())}"
    )


def _day(value: date | None) -> str:
    return date_words(value) if value else ""


def conference_facts(session: Session, conference_id: int, *, reveal: bool) -> Facts:
    conference = session.scalars(
        select(Conference)
        .where(Conference.id == conference_id)
        .options(
            selectinload(Conference.participants).selectinload(ConferenceParticipant.official),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.agency),
            selectinload(Conference.participants).selectinload(ConferenceParticipant.citizen),
        )
    ).first()
    if conference is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Messages", "Conference %1 does not exist (it may have been deleted)."
            ),
            conference_id,
        )
    chairs: list[str] = []
    chair_names: list[str] = []  # as they sign the minutes: the name alone
    agencies: list[str] = []
    invitees: list[dict[str, str]] = []
    for participant in conference.participants:
        if participant.role == ParticipantRole.CHAIR:
            official = participant.official
            if official is not None:
                chair_names.append(official.full_name)
                chairs.append(
                    f"{official.position} {official.full_name}".strip()
                    if official.position
                    else official.full_name
                )
            elif participant.name:
                chair_names.append(participant.name)
                chairs.append(participant.name)
        elif participant.role == ParticipantRole.ANSWERING_AGENCY:
            name = participant.agency.name if participant.agency else participant.name
            if name:
                agencies.append(name)
        name = (
            participant.official.full_name
            if participant.official
            else participant.agency.name
            if participant.agency
            else participant.citizen.full_name
            if participant.citizen
            else participant.name or ""
        )
        position = participant.official.position if participant.official else ""
        body = participant.agency is not None or (
            participant.official is None
            and participant.citizen is None
            and fitness.is_organisation(name)
        )
        if name:
            invitees.append(
                {
                    "name": name,
                    "position": position or "",
                    "salutation": "" if body else fitness.salutation(name),
                    "chair": "yes" if participant.role == ParticipantRole.CHAIR else "",
                }
            )
    venue = conference.venue
    venue_text = ""
    if venue is not None:
        venue_text = f"{venue.name}, {venue.address}" if venue.address else venue.name
    held = conference.status in (ConferenceStatus.HELD, ConferenceStatus.CLOSED)
    kind_words = CONFERENCE_WORDS.get(conference.kind, "Hội nghị")
    facts = Facts(RecordType.CONFERENCE, conference.id, title=conference.title)
    facts.present = {
        "venue": venue_text,
        "starts_at": conference.starts_at,
        "chair": bool(chairs),
        "held": held,
        "not_cancelled": conference.status != ConferenceStatus.CANCELLED,
        "status": conference.status.value,
    }
    facts.values = {
        "conference_title": conference.title,
        "conference_kind": kind_words,
        "conference_name": conference_name(conference.kind, conference.title),
        "topic": _clause(conference.topic or conference.title),
        "venue": venue_text,
        "online_url": conference.online_url or "",
        "starts": _time_words(conference.starts_at),
        "ends": _time_words(conference.ends_at),
        "conference_day": date_words(to_local(conference.starts_at).date()),
        "chair": ", ".join(chairs),
        "chair_name": chair_names[0] if chair_names else "",
        "agencies": ", ".join(agencies),
        "attendee_count": str(conference.attendee_count or ""),
        "organisations_present": conference.organisations_present or "",
        "minutes_summary": conference.minutes_summary or "",
    }
    facts.invitees = invitees
    cases = session.scalars(
        select(Case)
        .where(Case.conference_id == conference.id)
        .options(
            selectinload(Case.citizens).selectinload(CaseCitizen.citizen),
            selectinload(Case.agency),
        )
        .order_by(Case.received_on, Case.id)
    ).all()
    for case in cases:
        hidden = case.case_type == CaseType.DENUNCIATION and not reveal
        if case.case_type == CaseType.DENUNCIATION and not hidden and case.citizens:
            facts.revealed = True
        names = (
            "Người tố cáo (giữ bí mật)"
            if hidden
            else ", ".join(link.citizen.full_name for link in case.citizens)
        )
        facts.issues.append(
            {
                "raised_by": names,
                "summary": case.summary,
                "type": CASE_TYPE_WORDS[case.case_type],
                "agency": case.agency.name if case.agency else "",
                "deadline": case.deadline.strftime("%d/%m/%Y") if case.deadline else "",
            }
        )
    return facts


def case_facts(session: Session, case_id: int, *, reveal: bool, today: date) -> Facts:
    case = session.scalars(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.citizens).selectinload(CaseCitizen.citizen),
            selectinload(Case.agency),
            selectinload(Case.field),
            selectinload(Case.conference),
        )
    ).first()
    if case is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "Case %1 does not exist (it may have been deleted)."),
            case_id,
        )
    denunciation = case.case_type == CaseType.DENUNCIATION
    hidden = denunciation and not reveal
    citizens = [link.citizen for link in case.citizens]
    if hidden:
        citizen_text, address, national_id = HIDDEN_DENUNCIATOR, "", ""
    else:
        citizen_text = ", ".join(c.full_name for c in citizens)
        address = "; ".join(c.address for c in citizens if c.address)
        national_id = ", ".join(c.national_id for c in citizens if c.national_id)
    facts = Facts(RecordType.CASE, case.id, revealed=denunciation and not hidden and bool(citizens))
    facts.title = case.number or f"#{case.id}"
    days_late = (today - case.deadline).days if case.deadline and case.deadline < today else 0
    facts.present = {
        "citizen": bool(citizens),
        "agency": case.agency is not None,
        "accepted_on": case.accepted_on,
        "refusal_ground": case.refusal_ground,
        "deadline": case.deadline,
        "denunciation": denunciation,
        "status": case.status.value,
    }
    facts.values = {
        "case_number": case.number or "",
        "received_on": _day(case.received_on),
        "case_type": CASE_TYPE_WORDS[case.case_type],
        "summary": case.summary,
        "citizen": citizen_text,
        "address": address,
        "national_id": national_id,
        "group_size": str(case.group_size),
        "agency": case.agency.name if case.agency else "",
        "field": case.field.name if case.field else "",
        "accepted_on": _day(case.accepted_on),
        "deadline": _day(case.deadline),
        "days_late": str(days_late),
        "refusal_ground": case.refusal_ground or "",
        "resolved": "yes" if case.status == CaseStatus.RESOLVED else "",
        "resolved_on": _day(case.resolved_on),
        "conference_title": case.conference.title if case.conference else "",
    }
    return facts


def _sentence_body(letterhead: Letterhead) -> str:
    """The issuing body as it is named inside a sentence ("Ban Tiếp công dân tỉnh")."""
    words = letterhead.issuing_body.strip()
    return words[:1] + words[1:].lower() if words.isupper() else words


def build_content(
    kind: DocumentKind,
    facts: Facts,
    letterhead: Letterhead,
    options: DocumentOptions,
    issued_on: date,
    sequence: int,
) -> DocumentContent:
    """The document of ``kind`` with number ``sequence`` (0: a draft, "…")."""
    spec = KINDS[kind]
    number = document_number(
        letterhead.layout, sequence, spec.code, letterhead.issuer_code, letterhead.unit_code
    )
    signer = pick_signer(letterhead, options)
    body = _sentence_body(letterhead)
    v = {key: str(value) for key, value in facts.values.items()}
    title, subtitle, summary_line = spec.title, "", ""
    pages: list[DocumentPage] = []
    addressed = True
    letters = False  # each page a complete letter of its own (one per invitee)
    cosigners: tuple[Signer, ...] = ()
    if kind is DocumentKind.INVITATION:
        subtitle = f"Dự {v['conference_kind'][0].lower()}{v['conference_kind'][1:]}"

        def invitation(addressee: str, whom: str) -> DocumentPage:
            paragraphs = [
                f"{body} trân trọng kính mời {whom} tham dự "
                f"{v['conference_kind'][0].lower()}{v['conference_kind'][1:]} "
                f"do {v['chair']} chủ trì.",
                f"Nội dung: {v['topic']}.",
                f"Thời gian: {v['starts']}.",
                f"Địa điểm: {v['venue']}.",
            ]
            if v["online_url"]:
                paragraphs.append(f"Hình thức trực tuyến: {v['online_url']}")
            paragraphs.append(f"Rất mong {whom} tham dự đúng thời gian./.")
            return DocumentPage(addressee, tuple(paragraphs))

        # one letter each for those invited, not for the chair who hosts the conference
        guests = [invitee for invitee in facts.invitees if not invitee["chair"]]
        if options.per_invitee and guests:
            letters = True
            pages = [invitation(*_addressed(invitee)) for invitee in guests]
        else:
            page = invitation(
                "Kính gửi: Các thành phần theo danh sách kèm theo", "các đồng chí, ông (bà)"
            )
            table = DocumentTable(
                ("STT", "Họ và tên, cơ quan", "Chức vụ"),
                tuple(
                    (str(i), person["name"], person["position"])
                    for i, person in enumerate(facts.invitees, start=1)
                ),
                (1, 6, 4),
            )
            pages = [DocumentPage(page.addressee, page.paragraphs, table if table.rows else None)]
    elif kind is DocumentKind.MINUTES:
        subtitle = str(facts.values["conference_name"])
        addressed = False
        paragraphs = [
            f"Vào hồi {v['starts']}, tại {v['venue']}, {body} tổ chức "
            f"{v['conference_kind'][0].lower()}{v['conference_kind'][1:]}.",
            "I. THÀNH PHẦN THAM DỰ",
            f"Chủ trì: {v['chair']}.",
        ]
        if v["agencies"]:
            paragraphs.append(f"Cơ quan trả lời: {v['agencies']}.")
        if v["organisations_present"]:
            paragraphs.append(f"Đại diện các cơ quan, tổ chức: {v['organisations_present']}.")
        if v["attendee_count"]:
            paragraphs.append(f"Số công dân tham dự: {v['attendee_count']} người.")
        paragraphs.append("II. NỘI DUNG")
        if v["minutes_summary"]:
            paragraphs.extend(line for line in v["minutes_summary"].splitlines() if line.strip())
        held_as = f"{v['conference_kind'][0].lower()}{v['conference_kind'][1:]}"
        if facts.issues:
            paragraphs.append(
                f"Các ý kiến công dân nêu tại {held_as} ({len(facts.issues)} ý kiến):"
            )
        else:
            paragraphs.append(f"Tại {held_as}, công dân không nêu ý kiến, kiến nghị nào.")
        # signed by the chair and the secretary, not by the office's signer
        cosigners = (
            Signer(options.secretary.strip(), "THƯ KÝ", ()),
            Signer(v["chair_name"], "CHỦ TRÌ", ()),
        )
        table = DocumentTable(
            ("STT", "Người nêu", "Nội dung", "Cơ quan trả lời"),
            tuple(
                (str(i), issue["raised_by"], issue["summary"], issue["agency"])
                for i, issue in enumerate(facts.issues, start=1)
            ),
            (1.5, 4, 8, 4),
        )
        closing = (
            f"{v['conference_kind']} kết thúc vào hồi {v['ends']}. Biên bản đã được đọc lại "
            "cho những người tham dự cùng nghe và thống nhất./.",
        )
        pages = [DocumentPage("", tuple(paragraphs), table if table.rows else None, closing)]
    elif kind is DocumentKind.CONCLUSION:
        subtitle = (
            f"Kết luận của {v['chair']} tại "
            f"{v['conference_kind'][0].lower()}{v['conference_kind'][1:]} {v['conference_day']}"
        )
        addressed = False
        conclusion = (
            f"Vào hồi {v['starts']}, tại {v['venue']}, {v['chair']} đã chủ trì "
            f"{v['conference_kind'][0].lower()}{v['conference_kind'][1:]} "
            f"về {_mid_sentence(v['topic'])}.",
            "Sau khi nghe ý kiến của công dân và của các cơ quan liên quan, "
            + (
                f"{v['chair']} kết luận, giao các cơ quan giải quyết các nội dung sau:"
                if facts.issues
                else f"{v['chair']} kết luận: không có nội dung nào phải giao cơ quan giải quyết."
            ),
        )
        table = DocumentTable(
            ("STT", "Nội dung công dân nêu", "Cơ quan giải quyết", "Thời hạn"),
            tuple(
                (str(i), issue["summary"], issue["agency"], issue["deadline"])
                for i, issue in enumerate(facts.issues, start=1)
            ),
            (1.5, 9, 5, 3),
        )
        closing = (
            f"{body} thông báo để các cơ quan, đơn vị và công dân liên quan biết, thực hiện./.",
        )
        pages = [DocumentPage("", conclusion, table if table.rows else None, closing)]
    elif kind is DocumentKind.APPOINTMENT:
        subtitle = "Về việc tiếp nhận đơn, giấy tờ của công dân"
        addressed = False
        pages = [
            DocumentPage(
                "",
                (
                    f"{body} đã nhận đơn {v['case_type']} của: {v['citizen']}.",
                    *((f"Địa chỉ: {v['address']}.",) if v["address"] else ()),
                    *((f"Số CCCD: {v['national_id']}.",) if v["national_id"] else ()),
                    f"Ngày nhận: {v['received_on']}. Số hồ sơ: {v['case_number']}.",
                    f"Nội dung: {v['summary']}.",
                    "Trong thời hạn 10 ngày kể từ ngày nhận đơn, cơ quan sẽ thông báo việc "
                    "thụ lý hoặc không thụ lý, hoặc hướng dẫn, chuyển đơn theo quy định"
                    + (f"; hạn giải quyết dự kiến: {v['deadline']}" if v["deadline"] else "")
                    + ".",
                    "Đề nghị công dân mang theo phiếu này khi đến liên hệ./.",
                ),
            )
        ]
    elif kind is DocumentKind.GUIDANCE:
        subtitle = "Về việc hướng dẫn gửi đơn đến cơ quan có thẩm quyền"
        pages = [
            DocumentPage(
                f"Kính gửi: {v['citizen']}",
                (
                    f"Ngày {v['received_on'].removeprefix('ngày ')}, {body} nhận được đơn "
                    f"{v['case_type']} của {v['citizen']}"
                    + (f", địa chỉ: {v['address']}" if v["address"] else "")
                    + f"; nội dung: {v['summary']}.",
                    f"Nội dung đơn không thuộc thẩm quyền giải quyết của {body}. Căn cứ Luật "
                    f"Tiếp công dân năm 2013 và Thông tư số 05/2021/TT-TTCP, {body} hướng dẫn "
                    f"công dân gửi đơn đến {v['agency']} để được xem xét, giải quyết theo "
                    "thẩm quyền./.",
                ),
            )
        ]
    elif kind is DocumentKind.TRANSFER:
        subtitle = "Về việc chuyển đơn đến cơ quan có thẩm quyền"
        pages = [
            DocumentPage(
                f"Kính gửi: {v['agency']}",
                (
                    f"Ngày {v['received_on'].removeprefix('ngày ')}, {body} nhận được đơn "
                    f"{v['case_type']} của {v['citizen']}"
                    + (f", địa chỉ: {v['address']}" if v["address"] else "")
                    + f"; nội dung: {v['summary']}.",
                    f"Căn cứ Thông tư số 05/2021/TT-TTCP, {body} chuyển đơn đến {v['agency']} "
                    "để xem xét, giải quyết theo thẩm quyền và thông báo kết quả cho người gửi "
                    f"đơn và {body} biết./.",
                ),
            )
        ]
    elif kind is DocumentKind.PROPOSAL:
        subtitle = f"Đơn {v['case_type']} số {v['case_number']}"
        pages = [
            DocumentPage(
                f"Kính gửi: Lãnh đạo {body}",
                (
                    f"Người gửi đơn: {v['citizen']}"
                    + (f", địa chỉ: {v['address']}" if v["address"] else "")
                    + ".",
                    f"Ngày nhận đơn: {v['received_on']}.",
                    f"Nội dung: {v['summary']}.",
                    f"Lĩnh vực: {v['field']}." if v["field"] else "Lĩnh vực: chưa phân loại.",
                    "Đơn đủ điều kiện thụ lý theo quy định. Đề xuất thụ lý giải quyết "
                    f"đơn {v['case_type']} theo thẩm quyền"
                    + (f"; thời hạn giải quyết đến {v['deadline']}" if v["deadline"] else "")
                    + "./.",
                ),
            )
        ]
    elif kind in (DocumentKind.ACCEPTANCE, DocumentKind.REFUSAL):
        accepted = kind is DocumentKind.ACCEPTANCE
        subtitle = f"Về việc {'thụ lý' if accepted else 'không thụ lý'} giải quyết {v['case_type']}"
        decision = (
            f"Đơn đủ điều kiện thụ lý. {body} thụ lý giải quyết từ {v['accepted_on']}"
            + (f"; thời hạn giải quyết đến {v['deadline']}" if v["deadline"] else "")
            + "./."
            if accepted
            else f"{body} không thụ lý giải quyết đơn với lý do: {v['refusal_ground']}./."
        )
        pages = [
            DocumentPage(
                f"Kính gửi: {v['citizen']}",
                (
                    f"Ngày {v['received_on'].removeprefix('ngày ')}, {body} nhận được đơn "
                    f"{v['case_type']} của {v['citizen']}"
                    + (f", địa chỉ: {v['address']}" if v["address"] else "")
                    + f"; nội dung: {v['summary']}.",
                    f"Sau khi xem xét nội dung đơn, {body} thông báo:",
                    decision,
                ),
            )
        ]
    elif kind is DocumentKind.URGE:
        summary_line = "V/v đôn đốc giải quyết đơn của công dân"
        title = ""
        late = (
            f"Đến nay đã quá hạn {v['days_late']} ngày nhưng {v['agency']} chưa báo cáo kết quả."
            if v["days_late"] != "0"
            else f"Đến nay {v['agency']} chưa báo cáo kết quả."
        )
        pages = [
            DocumentPage(
                f"Kính gửi: {v['agency']}",
                (
                    f"{body} đã chuyển (giao) đơn {v['case_type']} số {v['case_number']} "
                    f"của {v['citizen']}, nội dung: {v['summary']} đến {v['agency']} để "
                    f"giải quyết; thời hạn giải quyết đến {v['deadline']}.",
                    late,
                    f"{body} đề nghị {v['agency']} khẩn trương giải quyết dứt điểm và báo cáo "
                    f"kết quả về {body}./.",
                ),
            )
        ]
    else:  # DocumentKind.DENUNCIATOR_NOTICE
        settled = bool(v["resolved"])
        subtitle = "Về kết quả giải quyết tố cáo" if settled else "Về việc thụ lý tố cáo"
        paragraphs = [
            f"Ngày {v['received_on'].removeprefix('ngày ')}, {body} nhận được đơn tố cáo; "
            f"nội dung: {v['summary']}.",
            f"{body} đã thụ lý giải quyết tố cáo từ {v['accepted_on']}"
            + (f"; thời hạn giải quyết đến {v['deadline']}" if v["deadline"] else "")
            + ".",
        ]
        if settled:
            paragraphs.append(f"Việc giải quyết tố cáo đã hoàn thành {v['resolved_on']}.")
        paragraphs.append(
            "Thông tin về người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo năm 2018./."
        )
        pages = [DocumentPage(f"Kính gửi: {v['citizen']}", tuple(paragraphs))]

    recipients = options.recipients if options.recipients is not None else letterhead.recipients
    lines = (["Như trên"] if addressed else []) + [r for r in recipients if r]
    lines.append(letterhead.archive_line)
    recipient_lines = tuple(
        f"- {line}{'.' if index == len(lines) - 1 else ';'}" for index, line in enumerate(lines)
    )
    fields: dict[str, object] = dict(facts.values)
    fields.update(
        {
            "kind": kind.value,
            "layout": letterhead.layout.value,
            "parent_body": letterhead.parent_body.upper(),
            "issuing_body": letterhead.issuing_body.upper(),
            "number": number,
            "number_line": number_line(letterhead.layout, number),
            "summary_line": summary_line,
            "date_line": date_line(letterhead.place, issued_on),
            "title": title,
            "subtitle": subtitle,
            "recipients": list(recipient_lines),
            "signer_authority": list(signer.authority),
            "signer_title": signer.title.upper(),
            "signer_name": signer.full_name,
            "secretary_name": options.secretary.strip(),
        }
    )
    return DocumentContent(
        kind=kind,
        layout=letterhead.layout,
        parent_body=letterhead.parent_body.upper(),
        issuing_body=letterhead.issuing_body.upper(),
        number=number,
        number_line=number_line(letterhead.layout, number),
        summary_line=summary_line,
        date_line=date_line(letterhead.place, issued_on),
        title=title,
        subtitle=subtitle,
        pages=tuple(pages),
        recipients=recipient_lines,
        signer=Signer(signer.full_name, signer.title.upper(), signer.authority),
        draft=sequence == 0,
        confidential=facts.revealed,
        fields=fields,
        letters=letters,
        cosigners=cosigners,
    )


def _addressed(invitee: dict[str, str]) -> tuple[str, str]:
    """The "Kính gửi" line of an invitee's own letter and how its text names them: a body by
    its name (its leaders are invited), a person as "Ông"/"Bà" (or "Ông (Bà)" when the sex is
    not known) with their position."""
    name, position, title = invitee["name"], invitee["position"], invitee["salutation"]
    if not title:
        return f"Kính gửi: {name}", f"đại diện lãnh đạo {name}"
    addressee = f"Kính gửi: {title} {name}" + (f", {position}" if position else "")
    return addressee, title


def national_header(layout: Layout) -> tuple[str, str]:
    """The two lines at the top right: the State's motto, or the Party's name (and nothing)."""
    if layout is Layout.PARTY:
        return "ĐẢNG CỘNG SẢN VIỆT NAM", ""
    return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"


__all__ = [
    "KIND_NAMES",
    "Facts",
    "build_content",
    "case_facts",
    "conference_name",
    "conference_facts",
    "national_header",
]


def _clause(text: str) -> str:
    """``text`` to be set inside a sentence that ends it: without its own closing stop."""
    return text.strip().rstrip(".;").rstrip()


def _mid_sentence(text: str) -> str:
    """``text`` set after a word of a sentence ("… chủ trì hội nghị về bồi thường …"): its
    capital first letter lowered, unless it starts a name or an abbreviation ("Hà Tĩnh …",
    "UBND xã …"), which keep their capitals."""
    words = text.split()
    if not words or not words[0][:1].isupper() or words[0].isupper():
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text
    return text[0].lower() + text[1:]
