"""Kinds of entry in the office's own working-day table."""

from __future__ import annotations

from enum import StrEnum


class DayException(StrEnum):
    DAY_OFF = "day_off"  # compensatory day off / extra holiday
    WORKING_DAY = "working_day"  # swapped working Saturday


class DutyStatus(StrEnum):
    PENDING = "pending"
    HELD = "held"
    DELEGATED = "delegated"
    MISSED = "missed"


class DutyPeriod(StrEnum):
    WEEK = "week"
    MONTH = "month"
