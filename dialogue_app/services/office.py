"""The office profile: the office's name and the organizer of its calendar invitations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import uid_host
from dialogue_app.domain.roles import Permission
from dialogue_app.domain.text import clean
from dialogue_app.services.accounts import require
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
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
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_SETTINGS)
            row = _row(session)
            first_setup = row is None
            if row is None:
                row = OfficeProfile()
                session.add(row)
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


def read_profile(session: Session) -> OfficeProfileData | None:
    """The office profile, read in the caller's session; None before the office is set up."""
    row = _row(session)
    return _to_data(row) if row is not None else None


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
    )
