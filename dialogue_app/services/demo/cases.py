"""The demo's cases: petitions raised at the demo conferences and reception days, in every state,
some overdue, one denunciation, one crowd delegation and one repeat petition.

Registered as a demo section (``services/demo/service.py::DEMO_SECTIONS``); finds the demo's places,
agencies, citizens and conferences through ``context.ref`` and writes through the same helpers as
the case service, so deadlines, explanations, timelines and the search index are real.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dialogue_app.domain import case_workflow
from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome
from dialogue_app.domain.conferences import ConferenceKind
from dialogue_app.domain.forms import OutsideAction, PriorSettlement, Verdict
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.cases import (
    CitizenInput,
    check_case,
    find_or_create_citizen,
    index_case,
    load_rules,
    refresh_deadline,
    registered_note,
)
from dialogue_app.services.registers import find_or_create_field
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.models import Case, CaseCitizen, CaseEvent

USER = "demo"


@dataclass(frozen=True)
class _Demo:
    number: str
    days_ago: int  # received this many days before the demo is loaded
    case_type: CaseType
    field: str
    summary: str
    citizens: tuple[str, ...]  # demo citizen keys
    commune: str
    agency: str
    status: CaseStatus
    conference: str | None = None
    remote: bool = False
    complexity: int = 0
    round: int = 1
    outcome: Outcome | None = None
    group: tuple[str, ...] = ()  # extra people of a crowd delegation (names)
    follow_ups: tuple[FollowUpKind, ...] = ()
    refusal: str | None = None
    within: bool = True  # within the office's competence
    # the facts the statutory forms count (``domain/forms/facts.py``), as the case's attributes
    facts: tuple[tuple[str, Any], ...] = ()
    reply_days_ago: int | None = None  # a transferred petition's written reply arrived


CASES = (
    _Demo("15/ĐKN-2026", 70, CaseType.COMPLAINT, "Bồi thường, giải phóng mặt bằng",
          "Khiếu nại đơn giá bồi thường đất nông nghiệp dự án cao tốc Bắc – Nam",
          ("c1",), "new-thach-ha", "trung-tam-quy-dat", CaseStatus.IN_PROGRESS,
          follow_ups=(FollowUpKind.URGED,)),  # raised at a reception day, now overdue
    _Demo("16/ĐKN-2026", 65, CaseType.COMPLAINT, "Tái định cư",
          "Khiếu nại vị trí lô đất tái định cư chưa đúng phương án đã công bố",
          ("c2",), "new-thach-xuan", "ubnd-xa-thach-xuan", CaseStatus.ACCEPTED,
          conference="doi-thoai-tai-dinh-cu", remote=True),
    _Demo("17/KN-2026", 50, CaseType.RECOMMENDATION, "Tái định cư",
          "Kiến nghị làm đường điện và nước sạch cho khu tái định cư",
          ("c2",), "new-thach-xuan", "ban-qlda-giao-thong", CaseStatus.RESOLVED,
          conference="doi-thoai-tai-dinh-cu", outcome=Outcome.ANSWERED,
          follow_ups=(FollowUpKind.AGENCY_REPORTED, FollowUpKind.REPLY_SENT)),
    _Demo("18/ĐKN-2026", 40, CaseType.COMPLAINT, "Đất đai",
          "Tranh chấp ranh giới thửa đất với hộ liền kề",
          ("c3",), "new-cam-loc", "ubnd-xa-cam-loc", CaseStatus.RESOLVED,
          conference="dan-van-cam-loc", outcome=Outcome.PARTLY_UPHELD,
          follow_ups=(FollowUpKind.REPLY_SENT,),
          facts=(("verdict", Verdict.PARTLY_RIGHT), ("money_to_individuals", Decimal("45.5")),
                 ("land_to_individuals", Decimal("120")), ("individuals_restored", 1))),
    _Demo("19/TC-2026", 45, CaseType.DENUNCIATION, "Đất đai",
          "Tố cáo cán bộ địa chính xã làm sai lệch hồ sơ cấp giấy chứng nhận",
          ("c4",), "new-cam-loc", "thanh-tra-tinh", CaseStatus.ACCEPTED, complexity=1,
          follow_ups=(FollowUpKind.NOTIFIED, FollowUpKind.EXTENSION)),
    _Demo("20/ĐĐN-2026", 30, CaseType.COMPLAINT, "Bồi thường, giải phóng mặt bằng",
          "Đoàn đông người khiếu nại việc chậm chi trả tiền bồi thường",
          ("c5", "c6"), "new-thach-ha", "trung-tam-quy-dat", CaseStatus.RECEIVED,
          conference="tiep-dan-dot-xuat",
          group=tuple(f"Hộ dân thôn Đông Nam {i}" for i in range(1, 11))),
    _Demo("21/PA-2026", 25, CaseType.FEEDBACK, "Môi trường",
          "Phản ánh trang trại chăn nuôi xả nước thải ra kênh tưới",
          ("c3",), "new-cam-loc", "so-nong-nghiep-moi-truong", CaseStatus.TRANSFERRED,
          within=False, facts=(("outside_action", OutsideAction.TRANSFER),), reply_days_ago=5),
    _Demo("22/KN-2026", 20, CaseType.RECOMMENDATION, "Chính sách xã hội",
          "Đề nghị xem xét chế độ cho người có công", ("c1",), "new-thach-ha",
          "ubnd-xa-thach-xuan", CaseStatus.GUIDED, within=False,
          facts=(("outside_action", OutsideAction.GUIDE),)),
    _Demo("23/ĐKN-2026", 18, CaseType.COMPLAINT, "Đất đai",
          "Khiếu nại quyết định thu hồi đất đã giải quyết lần đầu", ("c3",), "new-cam-loc",
          "ubnd-xa-cam-loc", CaseStatus.REFUSED, round=2,
          facts=(("prior_settlement", PriorSettlement.ONCE),),
          refusal="Luật Khiếu nại 2011, Điều 11: quyết định đã có hiệu lực pháp luật"),
    _Demo("24/ĐKN-2026", 12, CaseType.COMPLAINT, "Thủ tục hành chính",
          "Khiếu nại việc trả hồ sơ đăng ký biến động đất đai quá hạn", ("c2",),
          "new-thach-xuan", "ubnd-xa-thach-xuan", CaseStatus.WITHDRAWN),
    _Demo("25/ĐKN-2026", 3, CaseType.COMPLAINT, "Bồi thường, giải phóng mặt bằng",
          "Khiếu nại lần nữa về đơn giá bồi thường cây cối hoa màu", ("c1",), "new-thach-ha",
          "trung-tam-quy-dat", CaseStatus.RECEIVED,
          facts=(("prior_settlement", PriorSettlement.ONCE),)),
    _Demo("26/TC-2026", 6, CaseType.DENUNCIATION, "Bồi thường, giải phóng mặt bằng",
          "Tố cáo việc kê khai khống diện tích cây trồng để nhận tiền bồi thường", ("c5",),
          "new-thach-ha", "thanh-tra-tinh", CaseStatus.ACCEPTED),  # denunciator to be notified
)  # fmt: skip


def cases_demo_section(context: Any) -> dict[str, int]:
    """Add the demo cases (``context`` is ``services.demo.DemoContext``)."""
    session = context.session
    today: date = context.today
    rules = load_rules(session)
    calendar = working_day_calendar(session)
    added = 0
    for item in CASES:
        received = today - timedelta(days=item.days_ago)
        conference = _optional(context, "conference", item.conference)
        if conference is not None:
            held = conference.starts_at.astimezone(VN_TZ).date()
            if held <= today:
                received = held
        field_row, _ = find_or_create_field(session, item.field)
        commune = _optional(context, "unit", item.commune)
        agency = _optional(context, "agency", item.agency)
        case = Case(
            number=item.number,
            received_on=received,
            # as holding a session registers them: raised at a dialogue, or at a reception
            channel=(
                Channel.CONFERENCE
                if conference is not None and conference.kind is ConferenceKind.DIALOGUE
                else Channel.RECEPTION
            ),
            conference_id=conference.id if conference is not None else None,
            case_type=item.case_type,
            field_id=field_row.id,
            summary=item.summary,
            commune_id=commune.id if commune is not None else None,
            within_competence=item.within,
            round=item.round,
            remote_area=item.remote,
            complexity=item.complexity,
            group_size=len(item.citizens) + len(item.group),
            agency_id=agency.id if agency is not None else None,
            status=CaseStatus.RECEIVED,
        )
        session.add(case)
        session.flush()
        for position, key in enumerate(item.citizens):
            citizen = context.ref("citizen", key)
            case.citizens.append(
                CaseCitizen(citizen=citizen, is_representative=bool(item.group) or position == 0)
            )
        for name in item.group:
            citizen = find_or_create_citizen(session, CitizenInput(name), case.commune_id)
            case.citizens.append(CaseCitizen(citizen=citizen, is_representative=False))
        case.events.append(
            CaseEvent(user_name=USER, kind=FollowUpKind.STATUS_CHANGE,
                      to_status=CaseStatus.RECEIVED, note=registered_note(),
                      happened_on=received)
        )  # fmt: skip
        refresh_deadline(case, rules, calendar)
        _advance(case, item, received, today, rules, calendar)
        for name, value in item.facts:
            setattr(case, name, value)
        if item.reply_days_ago is not None:
            case.reply_received_on = max(received, today - timedelta(days=item.reply_days_ago))
        check_case(case)  # the demo's facts hold as the case form would have them
        session.flush()
        index_case(session, case)
        added += 1
    repeat = session.query(Case).filter(Case.number == "25/ĐKN-2026").one_or_none()
    first = session.query(Case).filter(Case.number == "15/ĐKN-2026").one_or_none()
    if repeat is not None and first is not None:
        repeat.repeat_of_id = first.id
    return {"cases": added}


def _optional(context: Any, kind: str, key: str | None) -> Any:
    if key is None:
        return None
    return context.refs.get(f"{kind}:{key}")


def _advance(
    case: Case, item: _Demo, received: date, today: date, rules: Any, calendar: Any
) -> None:
    day = received
    for step in case_workflow.path_to(item.status):
        day = min(today, day + timedelta(days=5))
        previous = case.status
        if step == CaseStatus.ACCEPTED:
            case.accepted_on = day
        if case_workflow.requirements(step).closes:
            case.resolved_on = day
        if step == CaseStatus.RESOLVED:
            case.outcome = item.outcome or case_workflow.outcomes_for(case.case_type)[0]
        if step == CaseStatus.REFUSED:
            case.refusal_ground = item.refusal
        case.status = step
        case.events.append(
            CaseEvent(user_name=USER, kind=FollowUpKind.STATUS_CHANGE, from_status=previous,
                      to_status=step, happened_on=day)
        )  # fmt: skip
        refresh_deadline(case, rules, calendar)
    for kind in item.follow_ups:
        day = min(today, day + timedelta(days=3))  # each a few days after the last step
        event = CaseEvent(user_name=USER, kind=kind, note=_NOTES[kind], happened_on=day)
        if kind == FollowUpKind.NOTIFIED and case.accepted_on is not None:
            case.notified_on = day = min(today, case.accepted_on + timedelta(days=3))
            event.happened_on = day
        if kind == FollowUpKind.EXTENSION:
            event.decision_number = "35/QĐ-TTr"
            event.extension_days = 30
        case.events.append(event)
        if kind == FollowUpKind.EXTENSION:
            refresh_deadline(case, rules, calendar)


_NOTES = {
    FollowUpKind.URGED: "Công văn đôn đốc số 112/VP gửi cơ quan giải quyết",
    FollowUpKind.AGENCY_REPORTED: "Cơ quan báo cáo kết quả kiểm tra thực địa",
    FollowUpKind.REPLY_SENT: "Đã gửi văn bản trả lời công dân",
    FollowUpKind.EXTENSION: "Gia hạn giải quyết tố cáo do vụ việc phức tạp",
    FollowUpKind.NOTIFIED: "Đã gửi thông báo thụ lý tố cáo cho người tố cáo",
}
