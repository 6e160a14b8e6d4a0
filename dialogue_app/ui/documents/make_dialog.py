"""Make an official document from a conference or a case: choose the kind, look at the draft,
then issue it (which takes its number) and save it as .docx or PDF, or print it.

The draft is shown in a print preview drawn by the same painter as the PDF and the paper
(``rendering/documents.py``), with "…" where the number will be: previewing takes no number.
Issuing writes the file (or prints) inside the issuing transaction, so a file that cannot be
written (a full disk, a file open in Word) leaves the number free. Once issued, the document
can be saved again or reprinted without taking another number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.documents import KINDS, DocumentKind, RecordType
from dialogue_app.services.container import Services
from dialogue_app.services.documents import (
    DocumentContent,
    DocumentDraft,
    DocumentOptions,
    IssuedDocument,
    Letterhead,
)
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.file_dialogs import FileKind, save_file
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.documents import output
from dialogue_app.ui.documents.labels import kind_label
from dialogue_app.ui.documents.output import AskPath, AskPrinter, ask_printer

# issuing notes the document in its record's timeline
RECORD_CHANGES = {
    RecordType.CONFERENCE: Changed.CONFERENCES,
    RecordType.CASE: Changed.CASES,
    RecordType.PERIOD: Changed.NOTHING,
}


class MakeDocumentDialog(QDialog):
    """Make one document of ``kinds`` from the record ``record_type`` / ``record_id``.

    ``ask_path`` and ``ask_printer`` open the file and print dialogs; tests replace them.
    ``issued`` is the document once issued.
    """

    def __init__(
        self,
        services: Services,
        record_type: RecordType,
        record_id: int,
        kinds: Sequence[DocumentKind],
        parent: QWidget | None = None,
        *,
        kind: DocumentKind | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._record_type = record_type
        self._record_id = record_id
        self.draft: DocumentDraft | None = None
        self.issued: IssuedDocument | None = None
        self.ask_path: AskPath = self._ask_path
        self.ask_printer: AskPrinter = ask_printer
        self.setWindowTitle(self.tr("Make a document"))
        self.setMinimumSize(640, 420)  # the preview scrolls: fits a laptop at 125 % (issue 18)
        # the whole A4 page large enough to read, as far as the screen has room
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(
            min(980, room.width() - 40) if room else 980,
            min(860, room.height() - 60) if room else 860,
        )

        self.kind_combo = QComboBox()
        for each in kinds:
            self.kind_combo.addItem(kind_label(each), each)
        if kind is None:  # the kind that fits the record's state (a transferred case: its slip)
            suggested: list[DocumentKind] = []
            Operation(
                self, lambda: services.documents.suggested_kind(record_type, record_id)
            ).success(suggested.append).run()
            kind = suggested[0] if suggested else None
        if kind is not None and kind in kinds:
            self.kind_combo.setCurrentIndex(list(kinds).index(kind))
        self.signer_combo = QComboBox()
        self.per_invitee = QCheckBox(
            self.tr("One letter per invitee (else one letter with the list)")
        )
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setPlaceholderText(self.tr("One recipient a line"))
        self.recipients_edit.setMaximumHeight(64)
        form = self._form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind_combo)
        form.addRow(self.tr("Signed by"), self.signer_combo)
        form.addRow("", self.per_invitee)
        self.secretary_edit = QLineEdit()
        self.secretary_edit.setPlaceholderText(
            self.tr("Who took the minutes; leave empty to write the name by hand")
        )
        form.addRow(self.tr("Secretary"), self.secretary_edit)
        form.addRow(self.tr("Recipients"), self.recipients_edit)

        self.preview = QPrintPreviewWidget()
        self.preview.setObjectName("document_preview")
        self.preview.paintRequested.connect(self._paint_preview)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_message")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.refresh_button = QPushButton(self.tr("Refresh preview"))
        self.refresh_button.clicked.connect(self.refresh_preview)
        self.docx_button = QPushButton()
        self.docx_button.clicked.connect(lambda: self.save_as("docx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        for button in (self.docx_button, self.pdf_button, self.print_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self._letterhead: Letterhead | None = None
        Operation(self, services.office.get_letterhead).success(self._fill_letterhead).failure(
            in_label(self.error_label)
        ).run()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.signer_combo.currentIndexChanged.connect(self.refresh_preview)
        # typing recipients redraws the preview once the typing pauses
        self._recipients_timer = QTimer(self)
        self._recipients_timer.setSingleShot(True)
        self._recipients_timer.setInterval(400)
        self._recipients_timer.timeout.connect(self.refresh_preview)
        self.recipients_edit.textChanged.connect(self._recipients_timer.start)
        self.secretary_edit.textChanged.connect(self._recipients_timer.start)
        self.per_invitee.toggled.connect(self.refresh_preview)
        self._kind_changed()

    # --- the draft -----------------------------------------------------------------------------

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.kind_combo.currentData())

    def options(self) -> DocumentOptions:
        lines = [line.strip() for line in self.recipients_edit.toPlainText().splitlines()]
        recipients = tuple(line.strip(" -;.") for line in lines if line.strip(" -;."))
        default = self._letterhead.recipients if self._letterhead else ()
        return DocumentOptions(
            signer=max(self.signer_combo.currentIndex(), 0),
            recipients=None if recipients == tuple(default) else recipients,
            per_invitee=self.kind is DocumentKind.INVITATION and self.per_invitee.isChecked(),
            secretary=self.secretary_edit.text().strip()
            if self.kind is DocumentKind.MINUTES
            else "",
        )

    def _fill_letterhead(self, letterhead: Letterhead) -> None:
        self._letterhead = letterhead
        blocked = self.signer_combo.blockSignals(True)
        self.signer_combo.clear()
        for signer in letterhead.signers:
            self.signer_combo.addItem(f"{signer.full_name} — {signer.title}")
        self.signer_combo.blockSignals(blocked)
        self.recipients_edit.setPlainText("\n".join(letterhead.recipients))

    def _kind_changed(self) -> None:
        self.per_invitee.setVisible(self.kind is DocumentKind.INVITATION)
        minutes = self.kind is DocumentKind.MINUTES
        self._form.setRowVisible(self.secretary_edit, minutes)
        # the chair and the secretary sign the minutes, not the office's signer
        self._form.setRowVisible(self.signer_combo, not minutes)
        self.issued = None
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Make the draft again (no number taken) and show it; a record that lacks what the
        document needs is said in the message line, and nothing can be issued."""
        self._recipients_timer.stop()
        if self.issued is not None:
            return  # the issued document is what is shown now
        self.error_label.hide()
        kind, record_id, options = self.kind, self._record_id, self.options()
        ok = (
            Operation(self, lambda: self._services.documents.draft(kind, record_id, options))
            .success(self._drafted)
            .failure(self._not_drafted)
            .run(busy=True)
        )
        if not ok and self.error_label.isHidden():
            self._not_drafted("", None)

    def _drafted(self, draft: DocumentDraft) -> None:
        self.draft = draft
        self.status_label.setText(
            self.tr("Draft: the number is given when the document is issued.")
        )
        self._update_buttons()
        self.preview.updatePreview()

    def _not_drafted(self, text: str, _failure: object) -> None:
        self.draft = None
        if text:
            self.error_label.setText(text)
            self.error_label.show()
        self.status_label.clear()
        self._update_buttons()
        self.preview.updatePreview()

    def _content(self) -> DocumentContent | None:
        if self.issued is not None and self.issued.content is not None:
            return self.issued.content
        return self.draft.content if self.draft is not None else None

    def _paint_preview(self, printer: QPrinter) -> None:
        content = self._content()
        if content is not None:
            output.paint(content, printer)

    def _update_buttons(self) -> None:
        issued = self.issued is not None
        ready = issued or self.draft is not None
        for button in (self.docx_button, self.pdf_button, self.print_button):
            button.setEnabled(ready)
        self.kind_combo.setEnabled(not issued)
        self.signer_combo.setEnabled(not issued)
        self.per_invitee.setEnabled(not issued)
        self.secretary_edit.setReadOnly(issued)
        self.recipients_edit.setReadOnly(issued)
        self.refresh_button.setEnabled(not issued)
        if issued:
            self.docx_button.setText(self.tr("Save as .docx…"))
            self.pdf_button.setText(self.tr("Save as PDF…"))
            self.print_button.setText(self.tr("Print…"))
        else:
            self.docx_button.setText(self.tr("Issue and save as .docx…"))
            self.pdf_button.setText(self.tr("Issue and save as PDF…"))
            self.print_button.setText(self.tr("Issue and print…"))

    # --- issuing, saving, printing -------------------------------------------------------------

    def save_as(self, fmt: str) -> bool:
        """Ask for a file; issue the document into it (or, once issued, save a copy)."""
        kind = self.kind
        number = self.issued.number if self.issued is not None else ""
        suggested = output.suggested_name(kind_label(kind), number, fmt)
        path = self.ask_path(self.tr("Save the document"), output.file_filter(fmt), suggested)
        if not path:
            return False
        target = output.with_suffix(path, fmt)

        def deliver(content: DocumentContent, docx: bytes) -> None:
            output.save(content, docx, target, fmt)

        if self.issued is not None:
            issued = self.issued
            assert issued.content is not None and issued.docx is not None
            content, docx = issued.content, issued.docx
            return (
                Operation(self, lambda: deliver(content, docx), target=target)
                .success(lambda _none: self._saved(target))
                .failure(in_label(self.error_label))
                .run(busy=True)
            )
        return self._issue(deliver, target, lambda: self._saved(target), target.name)

    def print_document(self) -> bool:
        """Ask for a printer; issue the document onto it (or, once issued, print it again)."""
        printer = self.ask_printer(self)
        if printer is None:
            return False

        def deliver(content: DocumentContent, _docx: bytes) -> None:
            output.paint(content, printer)

        if self.issued is not None:
            content = self.issued.content
            assert content is not None
            return (
                Operation(self, lambda: deliver(content, b""))
                .success(lambda _none: self._printed())
                .failure(in_label(self.error_label))
                .run(busy=True)
            )
        return self._issue(deliver, None, self._printed, "")

    def _issue(
        self,
        deliver: Callable[[DocumentContent, bytes], None],
        target: Path | None,
        then: Callable[[], None],
        file_name: str,
    ) -> bool:
        self.error_label.hide()
        kind, record_id, options = self.kind, self._record_id, self.options()
        documents = self._services.documents

        def issued(document: IssuedDocument) -> None:
            self.issued = document
            self._update_buttons()
            self.preview.updatePreview()
            then()

        return (
            Operation(
                self,
                lambda: documents.issue(
                    kind, record_id, options, deliver=deliver, file_name=file_name
                ),
                changes=Changed.DOCUMENTS | RECORD_CHANGES[self._record_type],
                target=target,
                waits=True,  # a number is given: after a lost COMMIT, asked, never by itself
            )
            .success(issued)
            .failure(in_label(self.error_label))
            .run(busy=True)
        )

    def _issued_text(self) -> str:
        if self.issued is None:
            return ""
        return self.tr("Issued as number %1.").replace("%1", self.issued.number)

    def _saved(self, target: Path) -> None:
        self.status_label.setText(
            f"{self._issued_text()} " + self.tr("Saved to %1.").replace("%1", str(target))
        )

    def _printed(self) -> None:
        self.status_label.setText(f"{self._issued_text()} " + self.tr("Sent to the printer."))

    # --- dialogs (replaceable) -----------------------------------------------------------------

    def _ask_path(self, title: str, file_filter: str, suggested: str) -> str | None:
        path = save_file(self, FileKind.DOCUMENT, title, suggested, file_filter)
        return str(path) if path else None


def make_document(
    parent: QWidget,
    services: Services,
    record_type: RecordType,
    record_id: int,
    kind: DocumentKind | None = None,
) -> MakeDocumentDialog:
    """Open the dialog for the kinds of documents made from ``record_type`` (modal)."""
    kinds = kinds_for(record_type)
    dialog = MakeDocumentDialog(services, record_type, record_id, kinds, parent, kind=kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def kinds_for(record_type: RecordType) -> list[DocumentKind]:
    """The kinds of documents made from a record of ``record_type``, in the register's order."""
    return [kind for kind, spec in KINDS.items() if spec.record_type is record_type]


__all__ = ["MakeDocumentDialog", "kinds_for", "make_document"]
