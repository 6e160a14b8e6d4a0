"""Recording a held conference: attendance, organisations, minutes, and the issues raised
(each becomes a case)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.container import Services
from dialogue_app.services.scheduling import ConferenceDetail, HoldingRecord, IssueRaised


class HoldingDialog(QDialog):
    """The outcome form of a conference. ``record()`` gives what was entered."""

    COL_TYPE, COL_SUMMARY, COL_CITIZENS = range(3)

    def __init__(
        self, services: Services, detail: ConferenceDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outcome of “%1”").replace("%1", detail.draft.title))
        self.setMinimumSize(640, 520)
        self.attendees = QSpinBox()
        self.attendees.setRange(0, 100000)
        self.attendees.setValue(detail.attendee_count or 0)
        self.organisations = QLineEdit(detail.organisations_present or "")
        self.minutes = QPlainTextEdit(detail.minutes_summary or "")
        self.minutes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Citizens attending"), self.attendees)
        form.addRow(self.tr("Organisations present"), self.organisations)
        form.addRow(self.tr("Summary of the minutes"), self.minutes)

        self.issues = QTableWidget(0, 3)
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Issue raised"), self.tr("Raised by (names, separated by ;)")]
        )
        self.issues.horizontalHeader().setSectionResizeMode(
            self.COL_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        add = QPushButton(self.tr("Add issue"))
        add.clicked.connect(lambda: self.add_issue(CaseType.RECOMMENDATION, ""))
        remove = QPushButton(self.tr("Remove issue"))
        remove.clicked.connect(lambda: self.issues.removeRow(self.issues.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        already = QLabel(
            self.tr("%1 issues of this conference are already registered as cases.").replace(
                "%1", str(len(detail.cases))
            )
            if detail.cases
            else self.tr("Each issue you add here is registered as a new case.")
        )
        already.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save outcome"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Issues raised")))
        layout.addWidget(self.issues)
        layout.addLayout(row)
        layout.addWidget(already)
        layout.addWidget(buttons)
        self._services = services

    def add_issue(self, case_type: CaseType, summary: str, citizens: str = "") -> None:
        row = self.issues.rowCount()
        self.issues.insertRow(row)
        kind = QComboBox()
        for value, label in (
            (CaseType.COMPLAINT, self.tr("Complaint")),
            (CaseType.DENUNCIATION, self.tr("Denunciation")),
            (CaseType.RECOMMENDATION, self.tr("Recommendation")),
            (CaseType.FEEDBACK, self.tr("Feedback")),
        ):
            kind.addItem(label, value)
        kind.setCurrentIndex(kind.findData(case_type))
        self.issues.setCellWidget(row, self.COL_TYPE, kind)
        self.issues.setItem(row, self.COL_SUMMARY, QTableWidgetItem(summary))
        self.issues.setItem(row, self.COL_CITIZENS, QTableWidgetItem(citizens))

    def record(self) -> HoldingRecord:
        issues = []
        for row in range(self.issues.rowCount()):
            kind = self.issues.cellWidget(row, self.COL_TYPE)
            summary = self.issues.item(row, self.COL_SUMMARY)
            names = self.issues.item(row, self.COL_CITIZENS)
            text = summary.text().strip() if summary else ""
            if not text:
                continue
            issues.append(
                IssueRaised(
                    CaseType(kind.currentData())
                    if isinstance(kind, QComboBox)
                    else CaseType.FEEDBACK,
                    text,
                    tuple(
                        n.strip() for n in (names.text() if names else "").split(";") if n.strip()
                    ),
                )
            )
        return HoldingRecord(
            attendee_count=self.attendees.value(),
            organisations_present=self.organisations.text(),
            minutes_summary=self.minutes.toPlainText(),
            issues=tuple(issues),
        )
