"""``dialogue-app calendar …`` (DESIGN.md §6, issue 16) against real servers."""

from __future__ import annotations

import pytest
from calendar_servers import PASSWORD, USER
from ics_support import check_ics, seed_office

from dialogue_app.cli import run
from dialogue_app.services.calendar_exchange import CalendarLinks, SubscriptionKind
from tests.clock import fixed_clock


@pytest.fixture
def office(db):
    return seed_office(db)


def calendar(database_url: str, *args: str) -> int:
    return run(["--database", database_url, "calendar", *args])


def test_publish_with_the_password_from_the_environment(
    database_url, office, radicale, monkeypatch, capsys
):
    url = radicale.new_calendar()
    monkeypatch.setenv("LICH_MAT_KHAU", PASSWORD)
    args = ["publish", "--url", url, "--user", USER, "--password-env", "LICH_MAT_KHAU"]
    period = ["--from", "2026-03-01", "--to", "2026-05-31"]
    assert calendar(database_url, *args, *period) == 0
    out = capsys.readouterr().out
    assert "created" in out and "0 updated" in out
    assert calendar(database_url, *args, *period) == 0
    assert " 0 created, 0 updated" in capsys.readouterr().out  # nothing twice


def test_publish_with_a_wrong_password_says_so(database_url, office, radicale, monkeypatch, capsys):
    url = radicale.new_calendar()
    monkeypatch.setenv("LICH_MAT_KHAU", "sai")
    args = ["publish", "--url", url, "--user", USER, "--password-env", "LICH_MAT_KHAU"]
    assert calendar(database_url, *args) == 1
    err = capsys.readouterr().err
    assert "refused the account name or the password" in err and "sai" not in err


def test_publish_without_the_variable(database_url, office, capsys):
    args = ["publish", "--url", "http://127.0.0.1:9/x/", "--user", USER, "--password-env", "KHONG"]
    assert calendar(database_url, *args) == 1
    assert "KHONG is not set" in capsys.readouterr().err


def test_refresh_reports_each_subscription(db, database_url, office, radicale, capsys):
    links = CalendarLinks(db.uow, clock=fixed_clock())
    links.subscriptions.add(office.chair_id, SubscriptionKind.ICS, radicale.base + "khong-co/")
    assert calendar(database_url, "refresh") == 1
    err = capsys.readouterr().err
    assert "Đặng Văn Đức" in err and "nothing was read yet" in err


def test_write_file(database_url, office, tmp_path, capsys):
    assert calendar(database_url, "write-file") == 1
    assert "no published file is set up" in capsys.readouterr().err
    target = tmp_path / "lich.ics"
    assert calendar(database_url, "write-file", "-o", str(target)) == 0
    check_ics(target.read_bytes(), "PUBLISH")


def test_send_by_mail(db, database_url, office, smtp_server, memory_keyring, capsys):
    from dialogue_app.services.calendar_exchange import LinkSettings, Security

    CalendarLinks(db.uow, clock=fixed_clock()).settings.save(
        LinkSettings(smtp_host=smtp_server.host, smtp_port=smtp_server.port,
                     smtp_security=Security.NONE, smtp_user="vanphong"),
        smtp_password=PASSWORD,
    )  # fmt: skip
    assert calendar(database_url, "send", str(office.dialogue_id)) == 0
    assert "Sent the invitation (SEQUENCE 0)" in capsys.readouterr().out
    assert len(smtp_server.messages) == 1


def test_publish_each_leader_creates_their_calendars_only_when_asked(
    database_url, office, own_radicale, monkeypatch, capsys
):
    url = own_radicale.new_calendar()
    monkeypatch.setenv("LICH_MAT_KHAU", PASSWORD)
    args = ["publish", "--url", url, "--user", USER, "--password-env", "LICH_MAT_KHAU"]
    period = ["--from", "2026-03-01", "--to", "2026-05-31", "--each-leader"]
    assert calendar(database_url, *args, *period) == 1
    err = capsys.readouterr().err
    assert "has no calendar at" in err and "--create" in err
    assert f"{own_radicale.base}lich-dang-van-duc-{office.chair_id}/" in err
    assert calendar(database_url, *args, *period, "--create") == 0
    out = capsys.readouterr().out
    assert f"lich-dang-van-duc-{office.chair_id}/: 2 events; 2 created" in out
    assert f"lich-nguyen-thi-hoa-{office.commune_chair_id}/: 6 events; 6 created" in out
    with pytest.raises(SystemExit):  # one leader or each: argparse refuses both
        calendar(database_url, *args, "--leader", "Hoa", "--each-leader")
