"""Messages raised below the UI reach the translation catalogue and read right in English."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from dialogue_app.domain.deadlines import DEFAULT_RULES, extension_refusal
from dialogue_app.domain.messages import CONTEXT, fill
from dialogue_app.domain.periods import PeriodError, month_period, range_period
from dialogue_app.domain.reception_rules import ReceptionRule, RuleError
from dialogue_app.services.calendar_exchange.busy_import import read_busy_times
from dialogue_app.services.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The source texts of the "Messages" context, as ``pyside6-lupdate`` extracts them."""
    name = "pyside6-lupdate"
    tool = shutil.which(name) or str(Path(sys.executable).with_name(name))
    target = tmp_path_factory.mktemp("lupdate") / "probe.ts"
    result = subprocess.run(
        [tool, "-extensions", "py", str(ROOT / "dialogue_app"), "-ts", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return {
        message.findtext("source") or ""
        for context in ET.parse(target).getroot().iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }


def raised(call: object, *args: object) -> BaseException:
    with pytest.raises(Exception) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_converted_errors_carry_a_catalogued_template(catalogue: set[str]) -> None:
    period = raised(range_period, date(2026, 3, 9), date(2026, 3, 8))
    assert isinstance(period, PeriodError)
    assert period.template in catalogue
    assert (
        str(period) == "The period ends (2026-03-08) before it starts (2026-03-09). Swap the dates."
    )

    month = raised(month_period, 2026, 13)
    assert isinstance(month, PeriodError) and month.template in catalogue
    assert str(month) == "There is no month 13; choose 1 to 12."

    rule = raised(ReceptionRule.from_json, '{"type": "monthly", "day": "fifteen"}')
    assert isinstance(rule, RuleError) and rule.template in catalogue
    assert rule.values == ("fifteen",)
    assert str(rule) == "“fifteen” is not a whole number."

    busy = raised(read_busy_times, b"hello", date(2026, 3, 1), date(2026, 3, 31))
    assert isinstance(busy, ValidationError) and busy.field == "file"
    assert busy.template in catalogue
    assert str(busy).startswith("This file is not a calendar file: an .ics file starts with")


def test_a_refusal_string_carries_its_template(catalogue: set[str]) -> None:
    complex_rule = next(r for r in DEFAULT_RULES if r.code == "denunciation-settle-complex")
    refusal = extension_refusal(complex_rule, 1, 30)
    assert refusal is not None and refusal.template in catalogue
    source = complex_rule.legal_source
    assert refusal == f"This deadline may be extended at most once ({source})."
    assert fill(refusal.template, refusal.values) == refusal
