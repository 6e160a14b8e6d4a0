"""Rotation: over a simulated year (the injected clock), exactly the configured backups stay."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.backups import BackupSettings, Occasion, Rotation, to_keep
from tests.clock import TODAY, fixed_clock
from tests.services.backups.support import add_fields, make_office, service


def _expected(moments: list[datetime], daily: int, weekly: int, monthly: int) -> set[datetime]:
    """The rule written out another way: for each period kind, walk the periods back from
    the newest and take the last backup inside each one that has any."""
    newest_first = sorted(moments, reverse=True)
    kept = {newest_first[0]}
    for count, key in (
        (daily, lambda m: m.date()),
        (weekly, lambda m: m.date() - timedelta(days=m.weekday())),
        (monthly, lambda m: (m.year, m.month)),
    ):
        periods: dict[object, datetime] = {}
        for moment in newest_first:
            periods.setdefault(key(moment), moment)
        kept.update(sorted(periods.values(), reverse=True)[:count])
    return kept


def test_the_rule_keeps_the_newest_of_each_period() -> None:
    start = datetime(2026, 1, 1, 8, 0, tzinfo=VN_TZ)
    moments = [start + timedelta(hours=12 * n) for n in range(2 * 365)]
    for daily, weekly, monthly in ((7, 4, 12), (3, 2, 5), (0, 0, 24), (30, 0, 0)):
        kept = to_keep(((m, m) for m in moments), Rotation(daily, weekly, monthly))
        assert kept == _expected(moments, daily, weekly, monthly)
        assert len(kept) <= max(1, daily + weekly + monthly)
    assert to_keep([], Rotation()) == set()
    assert to_keep([(start, "only")], Rotation(0, 0, 0)) == {"only"}  # the newest, always
    with pytest.raises(ValueError):
        Rotation(-1, 4, 12)


def test_a_simulated_year_keeps_exactly_the_configured_backups(tmp_path: Path) -> None:
    """Every working day the window opens (a backup if anything changed since yesterday's)
    and closes after some work (another); weekends nobody works. After a year the folder
    holds exactly what the rule keeps of all that were taken, and never more than it allows."""
    rotation = Rotation(7, 4, 12)
    data = tmp_path / "data"
    data.mkdir()
    office = make_office(data)
    start = date(TODAY.year - 1, 1, 1)
    clock = fixed_clock(start, time(7, 30))
    settings = BackupSettings(
        keep_daily=rotation.daily, keep_weekly=rotation.weekly, keep_monthly=rotation.monthly
    )
    backups = service(office, clock, settings)
    taken: list[datetime] = []
    limit = rotation.daily + rotation.weekly + rotation.monthly
    for day in range(365):
        today = start + timedelta(days=day)
        if today.weekday() >= 5:
            continue
        clock.set(today, time(7, 30))
        opened = backups.run_scheduled(Occasion.START)
        if opened is not None:
            taken.append(opened.entry.taken_at)
        clock.set(today, time(16, 45))
        add_fields(office, 1)
        closed = backups.run_scheduled(Occasion.CLOSE)
        assert closed is not None
        taken.append(closed.entry.taken_at)
        assert len(backups.entries()) <= limit
    kept = {entry.taken_at for entry in backups.entries()}
    assert kept == _expected(taken, rotation.daily, rotation.weekly, rotation.monthly)
    assert len(taken) > 250 and len(kept) < len(taken)
    assert all(moment.time() == time(16, 45) for moment in kept)  # no change since: no morning
