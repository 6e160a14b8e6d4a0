"""The documents issued from one record, shown on it (issue 13: an issued document is noted on
its conference as on its case's timeline): "Documents issued: 01-GM/VPTU (Invitation letter,
03/12/2026); …", kept current as documents are issued anywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from dialogue_app.domain.documents import RecordType
from dialogue_app.services.container import Services
from dialogue_app.services.documents import IssuedDocument, OutgoingFilter, RecordRef
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.dates import format_date
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.documents.labels import kind_label


class RecordDocuments(QLabel):
    """A line listing the documents issued from a record (hidden while there are none)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._record: RecordRef | None = None
        self.setObjectName("record_documents")
        self.setWordWrap(True)
        self.hide()
        # followed as part of the form it sits on: the line itself is hidden while empty
        self.changes = follow_changes(parent or self, Changed.DOCUMENTS, self.refresh)

    def show_record(self, record_type: RecordType, record_id: int | None) -> None:
        """Follow the record (None: a record not saved yet, which has no documents)."""
        self._record = None if record_id is None else RecordRef(record_type, record_id)
        self.refresh()

    def refresh(self) -> None:
        record = self._record
        if record is None:
            self._show([])
            return
        documents = self._services.documents
        Operation(self, lambda: documents.list_issued(OutgoingFilter(record=record))).success(
            self._show
        ).run()

    def _show(self, issued: list[IssuedDocument]) -> None:
        if not issued:
            self.clear()
            self.hide()
            return
        entries = "; ".join(
            f"{document.number} ({kind_label(document.kind)}, {format_date(document.issued_on)})"
            for document in sorted(issued, key=lambda d: (d.issued_on, d.id))
        )
        self.setText(self.tr("Documents issued: %1").replace("%1", entries))
        self.show()
