"""``dialogue-app ics …`` (DESIGN.md §6)."""

from __future__ import annotations

import email

import pytest
from ics_support import SAMPLES, check_ics, seed_office
from sqlalchemy import func, select

from dialogue_app.cli import run
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.store.models import BusyBlock, Conference


@pytest.fixture
def office(db):
    return seed_office(db)


def ics(database_url: str, *args: str) -> int:
    return run(["--database", database_url, "ics", *args])


def test_invite(database_url, office, tmp_path, capsys):
    target = tmp_path / "moi.ics"
    assert ics(database_url, "invite", str(office.dialogue_id), "-o", str(target)) == 0
    calendar = check_ics(target.read_bytes(), "REQUEST")
    assert len(calendar.walk("VEVENT")) == 1
    assert "Wrote 1 event (METHOD:REQUEST)" in capsys.readouterr().err


def test_invite_as_eml(database_url, office, tmp_path):
    target = tmp_path / "moi.eml"
    assert ics(database_url, "invite", str(office.dialogue_id), "-o", str(target), "--eml") == 0
    message = email.message_from_bytes(target.read_bytes())
    part = message.get_payload()[1]
    assert part["Content-Type"] == "text/calendar; charset=utf-8; method=REQUEST"


def test_invite_to_standard_output(database_url, office, capfdbinary):
    assert ics(database_url, "invite", str(office.dialogue_id), "-o", "-") == 0
    check_ics(capfdbinary.readouterr().out, "REQUEST")


def test_cancel(db, database_url, office, tmp_path):
    target = tmp_path / "huy.ics"
    assert ics(database_url, "cancel", str(office.dialogue_id), "-o", str(target)) == 1
    assert not target.exists()  # refused: the conference is not cancelled
    with db.uow.begin() as session:
        conference = session.get(Conference, office.dialogue_id)
        conference.status = ConferenceStatus.CANCELLED
        conference.sequence += 1
    assert ics(database_url, "cancel", str(office.dialogue_id), "-o", str(target)) == 0
    event = check_ics(target.read_bytes(), "CANCEL").walk("VEVENT")[0]
    assert event["SEQUENCE"] == 1


def test_schedule_with_filters(database_url, office, tmp_path):
    target = tmp_path / "lich.ics"
    args = ["schedule", "--from", "2026-03-01", "--to", "2026-05-31", "-o", str(target)]
    assert ics(database_url, *args, "--leader", "nguyen thi hoa", "--kind", "reception") == 0
    events = check_ics(target.read_bytes(), "PUBLISH").walk("VEVENT")
    assert len(events) == len(office.reception_days)
    assert ics(database_url, *args, "--unit", "cam xuyen", "--kind", "dialogue") == 0
    assert len(check_ics(target.read_bytes(), "PUBLISH").walk("VEVENT")) == 1


def test_deadlines(database_url, office, tmp_path):
    target = tmp_path / "han.ics"
    assert ics(database_url, "deadlines", "--agency", "so nong nghiep", "-o", str(target)) == 0
    (event,) = check_ics(target.read_bytes(), "PUBLISH").walk("VEVENT")
    assert "KN-12/2026" in str(event["SUMMARY"])


def test_import(db, database_url, office, capsys):
    args = ["--from", "2026-03-01", "--to", "2026-04-30"]
    assert (
        ics(database_url, "import", str(SAMPLES / "outlook.ics"), "--person", "dang van duc", *args)
        == 0
    )
    out = capsys.readouterr().out
    assert "Đặng Văn Đức: 8 busy times from outlook.ics" in out
    with db.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(BusyBlock)) == 8


@pytest.mark.parametrize(
    ("person", "message"),
    [("Không Có Ai", "No official is called"), ("tran van", "Several officials match")],
)
def test_import_person_must_match_one(database_url, office, capsys, person, message):
    assert ics(database_url, "import", str(SAMPLES / "google.ics"), "--person", person) == 1
    assert message in capsys.readouterr().err


def test_broken_file_is_an_error(db, database_url, office, tmp_path, capsys):
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:x\r\n", encoding="utf-8")
    assert ics(database_url, "import", str(broken), "--person", "dang van duc") == 1
    assert "incomplete" in capsys.readouterr().err
    with db.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(BusyBlock)) == 0


def test_errors_say_what_to_fix(database_url, office, tmp_path, capsys):
    assert ics(database_url, "invite", "424242", "-o", str(tmp_path / "x.ics")) == 1
    assert "no conference number 424242" in capsys.readouterr().err
    code = ics(database_url, "schedule", "--from", "2026-03-31", "--to", "2026-03-01", "-o", "-")
    assert code == 1
    assert "--to is before --from" in capsys.readouterr().err
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert ics(database_url, "schedule", "-o", str(blocker / "lich.ics")) == 1
    assert "was not saved: its folder does not exist" in capsys.readouterr().err


def test_deadlines_by_handler(database_url, office, tmp_path):
    target = tmp_path / "han.ics"
    assert ics(database_url, "deadlines", "--handler", "hoang van nam", "-o", str(target)) == 0
    (event,) = check_ics(target.read_bytes(), "PUBLISH").walk("VEVENT")
    assert "TC-3/2026" in str(event["SUMMARY"])
