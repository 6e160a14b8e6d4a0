"""The office profile: the office's name, the organizer of its calendar invitations, and the
letterhead of its official documents (layout, bodies, place, signers, recipients; issue 13)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import uid_host
from dialogue_app.domain.documents import Layout
from dialogue_app.domain.roles import Permission
from dialogue_app.domain.text import clean
from dialogue_app.services.accounts import require
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.versions import check_version, stale_as_conflict
from dialogue_app.store.models import OfficeProfile
from dialogue_app.store.unit_of_work import UnitOfWork

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class OfficeProfileData:
    name: str = ""
    address: str | None = None
    phone: str | None = None
    organizer_name: str | None = None
    organizer_email: str | None = None
    report_cutoff_day: int = 0
    reminder_minutes: int = 1440
    is_demo: bool = False
    version: int | None = None  # the version the form opened; None: no check


@dataclass(frozen=True)
class Signer:
    """Who signs: ``authority`` lines in bold capitals ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
    then ``title`` ("PHÓ CHỦ TỊCH"), the space for signature and seal, then ``full_name``."""

    full_name: str
    title: str
    authority: tuple[str, ...] = ()


@dataclass(frozen=True)
class Letterhead:
    """The office's document profile (Settings): layout, bodies, place, signers, recipients."""

    layout: Layout = Layout.STATE
    parent_body: str = ""  # "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" (Party: the superior committee)
    issuing_body: str = ""  # "VĂN PHÒNG" / "BAN TIẾP CÔNG DÂN TỈNH" / "TỈNH ỦY HÀ TĨNH"
    issuer_code: str = ""  # in numbers: "UBND" (05/GM-UBND), "TU" (12-TB/TU)
    unit_code: str = ""  # after the issuer in a letter's number: "TCD" (12/UBND-TCD)
    place: str = ""  # "Hà Tĩnh" in the date line
    signers: tuple[Signer, ...] = ()
    recipients: tuple[str, ...] = ()  # default "Nơi nhận" lines, without "- " and ";"
    archive_line: str = "Lưu: VT"  # the last recipient line


class OfficeService:
    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self.user_name = user_name  # whose role may change the settings (services/accounts)
        self._uow = uow

    def get_profile(self) -> OfficeProfileData:
        with self._uow.read() as session:
            profile = read_profile(session)
        return profile if profile is not None else OfficeProfileData()

    def save_profile(self, data: OfficeProfileData) -> OfficeProfileData:
        name = clean(data.name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Enter the office's name."), "name")
        email = clean(data.organizer_email)
        if email and not EMAIL.match(email):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "“%1” is not an e-mail address. Write it as name@example.gov.vn."
                ),
                "organizer_email",
                email,
            )
        if not 0 <= data.report_cutoff_day <= 28:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The report cut-off day must be between 1 and 28, or 0 for calendar months.",
                ),
                "report_cutoff_day",
            )
        if data.reminder_minutes < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The reminder cannot be negative."),
                "reminder_minutes",
            )
        with stale_as_conflict(self.get_profile), self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_SETTINGS)
            row = _row(session)
            first_setup = row is None
            if row is None:
                row = OfficeProfile()
                session.add(row)
            else:
                # somebody else saved the settings since this form opened them: refuse, with
                # what they saved (``EditConflict``)
                saved = row
                check_version(row.version, data.version, lambda: _to_data(saved))
            row.name = name
            row.address = clean(data.address)
            row.phone = clean(data.phone)
            row.organizer_name = clean(data.organizer_name)
            if row.calendar_uid_host is None:
                # fixed once: from the e-mail the UIDs written so far were made with (none yet
                # for a new profile: from its first e-mail)
                row.calendar_uid_host = uid_host(
                    None, email if first_setup else row.organizer_email
                )
            row.organizer_email = email
            row.report_cutoff_day = data.report_cutoff_day
            row.reminder_minutes = data.reminder_minutes
            session.flush()
            return _to_data(row)

    def get_letterhead(self) -> Letterhead:
        """The letterhead of the office's documents (an empty one before it is set up)."""
        with self._uow.read() as session:
            return read_letterhead(session)

    def save_letterhead(self, data: Letterhead) -> Letterhead:
        """Check and save the letterhead; a missing part is refused naming the field."""
        letterhead = check_letterhead(data)
        with self._uow.begin() as session:
            row = _row(session)
            if row is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Set up the office's name first, then its letterhead."
                    ),
                    "name",
                )
            row.document_layout = letterhead.layout.value
            row.parent_body = letterhead.parent_body or None
            row.issuing_body = letterhead.issuing_body
            row.issuer_code = letterhead.issuer_code
            row.unit_code = letterhead.unit_code or None
            row.place_name = letterhead.place
            row.signers_json = json.dumps(
                [
                    {"full_name": s.full_name, "title": s.title, "authority": list(s.authority)}
                    for s in letterhead.signers
                ],
                ensure_ascii=False,
            )
            row.default_recipients = "\n".join(letterhead.recipients) or None
            row.archive_line = letterhead.archive_line
            session.flush()
            return _letterhead(row)


def read_profile(session: Session) -> OfficeProfileData | None:
    """The office profile, read in the caller's session; None before the office is set up."""
    row = _row(session)
    return _to_data(row) if row is not None else None


def read_letterhead(session: Session) -> Letterhead:
    """The letterhead, read in the caller's session; an empty one before the office is set up."""
    row = _row(session)
    return _letterhead(row) if row is not None else Letterhead()


def check_letterhead(data: Letterhead) -> Letterhead:
    """``data`` cleaned (NFC, no stray spaces), or a ``ValidationError`` naming what is missing."""

    def text(value: str | None) -> str:
        return clean(value) or ""

    signers = tuple(
        Signer(
            text(s.full_name),
            text(s.title),
            tuple(line for line in (text(a) for a in s.authority) if line),
        )
        for s in data.signers
    )
    letterhead = Letterhead(
        layout=Layout(data.layout),
        parent_body=text(data.parent_body),
        issuing_body=text(data.issuing_body),
        issuer_code=text(data.issuer_code),
        unit_code=text(data.unit_code),
        place=text(data.place),
        signers=signers,
        recipients=tuple(line for line in (text(r) for r in data.recipients) if line),
        archive_line=text(data.archive_line) or "Lưu: VT",
    )
    required = (
        ("issuing_body", letterhead.issuing_body),
        ("issuer_code", letterhead.issuer_code),
        ("place", letterhead.place),
    )
    for name, value in required:
        if not value:
            raise ValidationError(_REQUIRED[name], name)
    if " " in letterhead.issuer_code or "/" in letterhead.issuer_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The issuer's code “%1” goes into document numbers: write it without spaces or "
                "slashes, e.g. UBND.",
            ),
            "issuer_code",
            letterhead.issuer_code,
        )
    for index, signer in enumerate(signers, start=1):
        if not signer.full_name or not signer.title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Signer %1 needs a full name and a title."),
                "signers",
                index,
            )
    return letterhead


_REQUIRED = {
    "issuing_body": QT_TRANSLATE_NOOP("Messages", "Enter the issuing body of the documents."),
    "issuer_code": QT_TRANSLATE_NOOP(
        "Messages", "Enter the issuer's code used in document numbers (e.g. UBND, TU)."
    ),
    "place": QT_TRANSLATE_NOOP(
        "Messages", "Enter the place name of the documents' date line (e.g. Hà Tĩnh)."
    ),
}


def _letterhead(row: OfficeProfile) -> Letterhead:
    signers: list[Signer] = []
    for item in json.loads(row.signers_json or "[]"):
        signers.append(
            Signer(
                str(item.get("full_name", "")),
                str(item.get("title", "")),
                tuple(str(line) for line in item.get("authority", ())),
            )
        )
    return Letterhead(
        layout=Layout(row.document_layout or Layout.STATE.value),
        parent_body=row.parent_body or "",
        issuing_body=row.issuing_body or row.name or "",
        issuer_code=row.issuer_code or "",
        unit_code=row.unit_code or "",
        place=row.place_name or "",
        signers=tuple(signers),
        recipients=tuple(line for line in (row.default_recipients or "").split("\n") if line),
        archive_line=row.archive_line or "Lưu: VT",
    )


def _row(session: Session) -> OfficeProfile | None:
    return session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()


def _to_data(row: OfficeProfile) -> OfficeProfileData:
    return OfficeProfileData(
        name=row.name,
        address=row.address,
        phone=row.phone,
        organizer_name=row.organizer_name,
        organizer_email=row.organizer_email,
        report_cutoff_day=row.report_cutoff_day,
        reminder_minutes=row.reminder_minutes,
        is_demo=row.is_demo,
        version=row.version,
    )
