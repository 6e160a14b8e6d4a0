"""The conference form's "Results" tab: how the conference went (citizens attending,
organisations present, the minutes) and the issues raised there, registered as cases, read-only.
It stays readable after the conference is closed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.conferences import ConferenceDetail
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.case_labels import case_type, status
from dialogue_app.ui.common.numbers import format_number


class ConferenceResults(QWidget):
    """What was recorded of a held conference (``show_detail``)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.attendees = QLabel()
        self.attendees.setObjectName("results_attendees")
        self.organisations = QLabel()
        self.organisations.setWordWrap(True)
        self.minutes = QPlainTextEdit()
        self.minutes.setReadOnly(True)
        self.minutes.setObjectName("results_minutes")
        self.minutes.setMaximumHeight(140)
        self.issues = QListWidget()
        self.issues.setObjectName("results_issues")
        form = QFormLayout()
        form.addRow(self.tr("Citizens attending"), self.attendees)
        form.addRow(self.tr("Organisations present"), self.organisations)
        form.addRow(self.tr("Summary of the minutes"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Issues raised, registered as cases")))
        layout.addWidget(self.issues, 1)

    def show_detail(self, detail: ConferenceDetail) -> None:
        held = detail.status in (ConferenceStatus.HELD, ConferenceStatus.CLOSED)
        if detail.status is ConferenceStatus.CLOSED:
            self.state.setText(self.tr("The conference is closed; its record is final."))
        elif held:
            self.state.setText(
                self.tr("The conference was held; its outcome can still be completed.")
            )
        else:
            self.state.setText(self.tr("Nothing is recorded until the conference is held."))
        self.attendees.setText(
            format_number(detail.attendee_count) if detail.attendee_count is not None else "—"
        )
        self.organisations.setText(detail.organisations_present or "—")
        self.minutes.setPlainText(detail.minutes_summary or "")
        self.issues.clear()
        for link in detail.cases:
            self.issues.addItem(
                f"#{link.id} · {case_type(link.case_type)} · {status(link.status)} — {link.summary}"
            )
