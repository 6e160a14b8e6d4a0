"""The case page's "Undo" (issue 18): takes back the case's last edit or status change,
saying which, while nobody has changed the case since (the service refuses otherwise, with a
message, and nothing is undone).

Signals:
    undone(CaseDetail): the case as it is after the undo.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from dialogue_app.domain.cases import FollowUpKind
from dialogue_app.services.cases import CaseDetail, CaseService, UndoOffer
from dialogue_app.ui.cases import case_labels
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.operations import Operation


class CaseUndoButton(QPushButton):
    """Shown while the case shown has a change to undo; its text says which."""

    undone = Signal(object)

    def __init__(self, cases: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_case_change")
        self._cases = cases
        self._case_id: int | None = None
        self.offer: UndoOffer | None = None
        self.error: str | None = None  # the last refusal, as shown
        # shows a refusal (tests replace it)
        self.show_refusal = lambda text: QMessageBox.warning(self, self.tr("Not undone"), text)
        self.clicked.connect(self.undo)
        self.show_case(None)

    def show_case(self, detail: CaseDetail | None) -> None:
        self._case_id = detail.id if detail else None
        self.offer = self._cases.undo_offer(detail.id) if detail else None
        self.setEnabled(self.offer is not None)
        if self.offer is None:
            self.setText(self.tr("Undo"))
            self.setToolTip(self.tr("Nothing to undo: no edit or status change of yours is last"))
            return
        what = self.describe(self.offer)
        self.setText(self.tr("Undo: %1").replace("%1", what))
        self.setToolTip(
            self.tr("Takes back the last change of this case (%1, %2)")
            .replace("%1", what)
            .replace("%2", format_datetime(self.offer.at))
        )

    def describe(self, offer: UndoOffer) -> str:
        if offer.kind == FollowUpKind.STATUS_CHANGE and offer.to_status is not None:
            before = case_labels.status(offer.from_status) if offer.from_status else ""
            return (
                self.tr("status %1 → %2")
                .replace("%1", before)
                .replace("%2", case_labels.status(offer.to_status))
            )
        return self.tr("the edit")

    def undo(self) -> bool:
        offer, case_id = self.offer, self._case_id
        if offer is None or case_id is None:
            return False
        self.error = None

        def refused(text: str, _failure: object) -> None:
            self.error = text
            self.show_refusal(text)

        return (
            Operation(
                self,
                lambda: self._cases.undo(case_id, offer.event_id),
                changes=Changed.CASES,
            )
            .success(self._done)
            .failure(refused)
            .run()
        )

    def _done(self, detail: CaseDetail) -> None:
        self.show_case(detail)
        self.undone.emit(detail)
