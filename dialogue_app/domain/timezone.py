"""Time: stored in UTC, shown in Vietnam's time zone (UTC+7, no daylight saving)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TZ_NAME = "Asia/Ho_Chi_Minh"


def to_local(moment: datetime) -> datetime:
    """Return an aware datetime in Asia/Ho_Chi_Minh."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: store and pass aware datetimes only")
    return moment.astimezone(VN_TZ)


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: store and pass aware datetimes only")
    return moment.astimezone(UTC)


def local(day: date, at: time) -> datetime:
    """An aware datetime for a wall-clock time in Vietnam."""
    return datetime.combine(day, at, tzinfo=VN_TZ)


def now_utc() -> datetime:
    """When a row is written (``created_at``, ``updated_at``, the audit log): a record of the
    write itself. Business rules take today and now from the services' ``Clock``."""
    return datetime.now(UTC)
