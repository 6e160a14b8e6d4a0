"""The conference form's "Results" tab: how the conference went (citizens attending,
organisations present, the minutes) and the issues raised there, registered as cases, read-only;
and the conference's timeline (edits, status changes, reopenings with their reasons). It stays
readable after the conference is closed."""

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
from dialogue_app.services.conferences import ConferenceDetail, StepKind, TimelineEntry
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.case_labels import case_type, status
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.conferences.scheduling_common import status_label


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
        layout.addWidget(QLabel(self.tr("Timeline")))
        self.timeline = QListWidget()
        self.timeline.setObjectName("conference_timeline")
        layout.addWidget(self.timeline, 1)

    def show_timeline(self, steps: list[TimelineEntry]) -> None:
        self.timeline.clear()
        for step in steps:
            who = step.user_name or "—"
            self.timeline.addItem(f"{format_datetime(step.at)} · {who} · {self.describe(step)}")

    def describe(self, step: TimelineEntry, *, with_note: bool = True) -> str:
        """A step in words: "Status: Scheduled → Cancelled — the reason" (``with_note``)."""
        before = status_label(step.from_status) if step.from_status else ""
        after = status_label(step.to_status) if step.to_status else ""
        if step.kind == StepKind.CREATED:
            text = self.tr("Created")
        elif step.kind == StepKind.EDITED:
            text = self.tr("Edited")
        elif step.kind == StepKind.HELD:
            text = self.tr("Outcome recorded")
        elif step.kind == StepKind.REOPENED:
            text = self.tr("Reopened: %1 → %2")
        elif step.kind == StepKind.UNDONE:
            text = self.tr("Last change undone: %1 → %2")
        else:
            text = self.tr("Status: %1 → %2")
        text = text.replace("%1", before).replace("%2", after)
        if with_note and step.note and step.kind != StepKind.UNDONE:
            text += " — " + step.note  # typed by the user: added last, kept as typed
        return text

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
            cited = f"{link.number} · " if link.number else ""  # every case has one (issue 18)
            self.issues.addItem(
                f"{cited}{case_type(link.case_type)} · {status(link.status)} — {link.summary}"
            )
