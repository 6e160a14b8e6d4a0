"""The case's statistics: the facts the statutory forms count (issue 14), in three groups —
reception (how the visit was received, first time or repeat), handling (eligible, earlier
settlement, action outside competence, reply to a transfer) and settlement (verdict, recoveries,
rights restored, sanctions, investigation). "Derived" leaves a fact to the register (the
forms derive it from the status, the repeat link, the session). A contradiction is shown beside
the form and nothing is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.forms import (
    OutsideAction,
    PriorSettlement,
    ReceptionMode,
    SettlementFacts,
    Verdict,
)
from dialogue_app.services.cases import CaseDetail, CaseService
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.dates import date_edit
from dialogue_app.ui.common.operations import Operation, in_label

AMOUNT_FIELDS = (
    "money_to_state",
    "land_to_state",
    "money_to_organisations",
    "land_to_organisations",
    "money_to_individuals",
    "land_to_individuals",
)
COUNT_FIELDS = (
    "organisations_restored",
    "individuals_restored",
    "sanction_recommended",
    "sanction_officials",
    "investigation_people",
    "investigation_officials",
)


class CaseFactsDialog(QDialog):
    """See the module's docstring; ``saved`` holds the case once saved."""

    def __init__(self, cases: CaseService, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self._cases = cases
        self._detail = detail
        self.saved: CaseDetail | None = None
        self.setWindowTitle(
            self.tr("Statistics of case %1").replace("%1", detail.number or str(detail.id))
        )
        facts = cases.facts(detail.id)
        self._facts = facts
        derived = self.tr("Derived")

        self.reception_mode = QComboBox()
        self.reception_mode.addItem(derived, None)
        for mode, label in (
            (ReceptionMode.REGULAR, self.tr("Regular reception (staff)")),
            (ReceptionMode.HEAD, self.tr("The head in person")),
            (ReceptionMode.DELEGATED, self.tr("Delegated by the head")),
        ):
            self.reception_mode.addItem(label, mode.value)
        self._select(self.reception_mode, facts.reception_mode)
        self.repeat_visit = QComboBox()
        self.repeat_visit.addItem(derived, None)
        self.repeat_visit.addItem(self.tr("First time"), False)
        self.repeat_visit.addItem(self.tr("Repeat"), True)
        self.repeat_visit.setCurrentIndex(self.repeat_visit.findData(facts.repeat_visit))

        self.eligible = QCheckBox(self.tr("Eligible for handling"))
        self.eligible.setChecked(facts.eligible)
        self.prior_settlement = QComboBox()
        for value, label in (
            (PriorSettlement.NONE, self.tr("Not yet settled")),
            (PriorSettlement.ONCE, self.tr("Settled once")),
            (PriorSettlement.SEVERAL, self.tr("Settled several times")),
        ):
            self.prior_settlement.addItem(label, value.value)
        self._select(self.prior_settlement, facts.prior_settlement)
        self.outside_action = QComboBox()
        self.outside_action.addItem(derived, None)
        for action, label in (
            (OutsideAction.GUIDE, self.tr("Guided")),
            (OutsideAction.TRANSFER, self.tr("Transferred")),
            (OutsideAction.URGE, self.tr("Urged")),
        ):
            self.outside_action.addItem(label, action.value)
        self._select(self.outside_action, facts.outside_action)
        self.reply_received = QCheckBox(self.tr("Written reply received on"))
        self.reply_on = date_edit(facts.reply_received_on or cases.today())
        self.reply_received.setChecked(facts.reply_received_on is not None)

        self.verdict = QComboBox()
        self.verdict.addItem(derived, None)
        for verdict, label in (
            (Verdict.RIGHT, self.tr("Right")),
            (Verdict.WRONG, self.tr("Wrong")),
            (Verdict.PARTLY_RIGHT, self.tr("Partly right")),
            (Verdict.UPHELD, self.tr("Second round: first decision upheld")),
            (Verdict.ANNULLED, self.tr("Second round: first decision annulled or amended")),
        ):
            self.verdict.addItem(label, verdict.value)
        self._select(self.verdict, facts.verdict)
        self.amounts: dict[str, QDoubleSpinBox] = {}
        for name in AMOUNT_FIELDS:
            box = QDoubleSpinBox()
            box.setDecimals(3)
            box.setRange(-1e12, 1e12)  # a negative amount is refused with a message, not hidden
            box.setValue(float(getattr(facts, name) or 0))
            self.amounts[name] = box
        self.counts: dict[str, QSpinBox] = {}
        for name in COUNT_FIELDS:
            spin = QSpinBox()
            spin.setRange(-1_000_000, 1_000_000)
            spin.setValue(getattr(facts, name))
            self.counts[name] = spin
        self.investigation = QCheckBox(self.tr("Transferred to the investigation agency"))
        self.investigation.setChecked(facts.investigation_transferred)

        reception = QFormLayout()
        reception.addRow(self.tr("Received by"), self.reception_mode)
        reception.addRow(self.tr("Visit"), self.repeat_visit)
        handling = QFormLayout()
        handling.addRow(self.eligible)
        handling.addRow(self.tr("Earlier settlement"), self.prior_settlement)
        handling.addRow(self.tr("Outside competence"), self.outside_action)
        handling.addRow(self.reply_received, self.reply_on)
        settlement = QFormLayout()
        settlement.addRow(self.tr("Verdict"), self.verdict)
        for name, label in (
            ("money_to_state", self.tr("Money recovered to the State (million VND)")),
            ("land_to_state", self.tr("Land recovered to the State (m²)")),
            ("money_to_organisations", self.tr("Money returned to organisations (million VND)")),
            ("land_to_organisations", self.tr("Land returned to organisations (m²)")),
            ("money_to_individuals", self.tr("Money returned to individuals (million VND)")),
            ("land_to_individuals", self.tr("Land returned to individuals (m²)")),
        ):
            settlement.addRow(label, self.amounts[name])
        for name, label in (
            ("organisations_restored", self.tr("Organisations whose rights were restored")),
            ("individuals_restored", self.tr("Individuals whose rights were restored")),
            ("sanction_recommended", self.tr("People recommended for sanction")),
            ("sanction_officials", self.tr("of whom officials")),
        ):
            settlement.addRow(label, self.counts[name])
        settlement.addRow(self.investigation)
        settlement.addRow(
            self.tr("People transferred for investigation"), self.counts["investigation_people"]
        )
        settlement.addRow(
            self.tr("of whom officials (investigation)"), self.counts["investigation_officials"]
        )
        body = QWidget()
        column = QVBoxLayout(body)
        for title, form in (
            (self.tr("Reception"), reception),
            (self.tr("Handling"), handling),
            (self.tr("Settlement"), settlement),
        ):
            group = QGroupBox(title)
            group.setLayout(form)
            column.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.problem = QLabel()
        self.problem.setObjectName("facts_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 640)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(None if value is None else str(value))))

    def facts(self) -> SettlementFacts:
        """What the form says."""

        def amount(name: str) -> Decimal | None:
            value = self.amounts[name].value()
            return None if value == 0 else Decimal(str(round(value, 3)))

        mode = self.reception_mode.currentData()
        action = self.outside_action.currentData()
        verdict = self.verdict.currentData()
        reply: date | None = (
            self.reply_on.date().toPython() if self.reply_received.isChecked() else None
        )
        return replace(
            self._facts,
            reception_mode=ReceptionMode(mode) if mode else None,
            repeat_visit=self.repeat_visit.currentData(),
            eligible=self.eligible.isChecked(),
            prior_settlement=PriorSettlement(self.prior_settlement.currentData()),
            outside_action=OutsideAction(action) if action else None,
            reply_received_on=reply,
            verdict=Verdict(verdict) if verdict else None,
            investigation_transferred=self.investigation.isChecked(),
            **{name: amount(name) for name in AMOUNT_FIELDS},
            **{name: self.counts[name].value() for name in COUNT_FIELDS},
        )

    def save(self) -> bool:
        detail = self._detail
        facts = self.facts()

        def saved(result: CaseDetail) -> None:
            self.saved = result
            self.accept()

        return (
            Operation(
                self,
                lambda: self._cases.record_facts(detail.id, facts, detail.version),
                changes=Changed.CASES,
                waits=True,
                repeatable=True,
            )
            .success(saved)
            .failure(in_label(self.problem))
            .run()
        )


__all__ = ["CaseFactsDialog"]
