"""Settings for official documents: the letterhead (state or Party layout, the parent and issuing
bodies, the codes in the numbers, the place, the signers, the recipients) and the templates
(export one to edit it in Word, load it back, restore the default). The services check both:
a mistake is said beside the form, naming what to put right, and nothing is half-saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.documents import DocumentKind, Layout
from dialogue_app.services.container import Services
from dialogue_app.services.documents import Letterhead, Signer, TemplateInfo
from dialogue_app.services.errors import Failure, ValidationError
from dialogue_app.services.files import write_atomically
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.file_dialogs import FileKind, open_file, save_file
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_message_box
from dialogue_app.ui.documents import output
from dialogue_app.ui.documents.labels import kind_label, layout_label
from dialogue_app.ui.documents.output import AskPath

COL_AUTHORITY, COL_TITLE, COL_NAME = range(3)
AUTHORITY_SEPARATOR = ";"  # "TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH": one line each in the block

# asks for a file to open: (title, file filter) -> the path, or None when cancelled
AskOpenPath = Callable[[str, str], str | None]


class LetterheadEditor(QGroupBox):
    """The office's letterhead for its documents (DOCUMENTS.md), saved by ``save()``."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Official documents: letterhead"))
        self._services = services
        self.layout_combo = QComboBox()
        for each in Layout:
            self.layout_combo.addItem(layout_label(each), each)
        self.parent_body_edit = QLineEdit()
        self.parent_body_edit.setPlaceholderText(self.tr("e.g. ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"))
        self.issuing_body_edit = QLineEdit()
        self.issuing_body_edit.setPlaceholderText(self.tr("e.g. BAN TIẾP CÔNG DÂN TỈNH"))
        self.issuer_code_edit = QLineEdit()
        self.issuer_code_edit.setPlaceholderText(self.tr("e.g. UBND (05/GM-UBND) or TU (12-TB/TU)"))
        self.unit_code_edit = QLineEdit()
        self.unit_code_edit.setPlaceholderText(self.tr("e.g. TCD, in letters: 12/UBND-TCD"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Hà Tĩnh"))

        self.signers_table = QTableWidget(0, 3)
        self.signers_table.setObjectName("signers")
        self.signers_table.setHorizontalHeaderLabels(
            [
                self.tr("Signs on behalf of (lines, separated by ;)"),
                self.tr("Title"),
                self.tr("Full name"),
            ]
        )
        self.signers_table.verticalHeader().hide()
        self.signers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.signers_table.horizontalHeader()
        header.setSectionResizeMode(COL_AUTHORITY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.signers_table.setMinimumHeight(110)
        self.signers_table.setMaximumHeight(160)
        add_signer = QPushButton(self.tr("Add signer"))
        add_signer.clicked.connect(lambda: self.add_signer(Signer("", "", ())))
        remove_signer = QPushButton(self.tr("Remove signer"))
        remove_signer.clicked.connect(self._remove_signer)
        signer_buttons = QHBoxLayout()
        signer_buttons.addWidget(add_signer)
        signer_buttons.addWidget(remove_signer)
        signer_buttons.addStretch(1)
        signers = QVBoxLayout()
        signers.addWidget(self.signers_table)
        signers.addLayout(signer_buttons)

        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setPlaceholderText(
            self.tr("One recipient a line, e.g. Thường trực Tỉnh ủy")
        )
        self.recipients_edit.setMaximumHeight(90)
        self.archive_edit = QLineEdit()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save letterhead"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        form = QFormLayout(self)
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Parent body"), self.parent_body_edit)
        form.addRow(self.tr("Issuing body"), self.issuing_body_edit)
        form.addRow(self.tr("Issuer code in numbers"), self.issuer_code_edit)
        form.addRow(self.tr("Unit code in letters"), self.unit_code_edit)
        form.addRow(self.tr("Place in the date line"), self.place_edit)
        form.addRow(self.tr("Signers"), signers)
        form.addRow(self.tr("Recipients"), self.recipients_edit)
        form.addRow(self.tr("Archive line"), self.archive_edit)
        form.addRow(buttons)
        self.load()

    def load(self) -> None:
        Operation(self, self._services.office.get_letterhead).success(self.show_letterhead).run()

    def reload(self) -> None:
        """Show the saved letterhead again (a save waiting for the connection was discarded;
        a failure goes to the caller, ``ui/common/waiting_save.py``)."""
        self.show_letterhead(self._services.office.get_letterhead())

    def show_letterhead(self, letterhead: Letterhead) -> None:
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(letterhead.layout), 0))
        self.parent_body_edit.setText(letterhead.parent_body)
        self.issuing_body_edit.setText(letterhead.issuing_body)
        self.issuer_code_edit.setText(letterhead.issuer_code)
        self.unit_code_edit.setText(letterhead.unit_code)
        self.place_edit.setText(letterhead.place)
        self.signers_table.setRowCount(0)
        for signer in letterhead.signers:
            self.add_signer(signer)
        self.recipients_edit.setPlainText("\n".join(letterhead.recipients))
        self.archive_edit.setText(letterhead.archive_line)

    def add_signer(self, signer: Signer) -> None:
        row = self.signers_table.rowCount()
        self.signers_table.insertRow(row)
        authority = f"{AUTHORITY_SEPARATOR} ".join(signer.authority)
        for column, text in (
            (COL_AUTHORITY, authority),
            (COL_TITLE, signer.title),
            (COL_NAME, signer.full_name),
        ):
            self.signers_table.setItem(row, column, QTableWidgetItem(text))

    def _remove_signer(self) -> None:
        row = self.signers_table.currentRow()
        if row >= 0:
            self.signers_table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.signers_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def letterhead_from_form(self) -> Letterhead:
        signers = []
        for row in range(self.signers_table.rowCount()):
            authority = tuple(
                line.strip()
                for line in self._cell(row, COL_AUTHORITY).split(AUTHORITY_SEPARATOR)
                if line.strip()
            )
            title, name = self._cell(row, COL_TITLE), self._cell(row, COL_NAME)
            if authority or title or name:
                signers.append(Signer(full_name=name, title=title, authority=authority))
        recipients = tuple(
            line.strip(" -;.")
            for line in self.recipients_edit.toPlainText().splitlines()
            if line.strip(" -;.")
        )
        return Letterhead(
            layout=Layout(self.layout_combo.currentData()),
            parent_body=self.parent_body_edit.text().strip(),
            issuing_body=self.issuing_body_edit.text().strip(),
            issuer_code=self.issuer_code_edit.text().strip(),
            unit_code=self.unit_code_edit.text().strip(),
            place=self.place_edit.text().strip(),
            signers=tuple(signers),
            recipients=recipients,
            archive_line=self.archive_edit.text().strip() or "Lưu: VT",
        )

    def save(self) -> bool:
        letterhead = self.letterhead_from_form()
        return (
            Operation(
                self,
                lambda: self._services.office.save_letterhead(letterhead),
                changes=Changed.DOCUMENTS,
                waits=True,
                repeatable=True,  # the same letterhead set again
            )
            .success(self._saved)
            .failure(self._refused)
            .run()
        )

    def _saved(self, letterhead: Letterhead) -> None:
        self.show_letterhead(letterhead)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))

    def _refused(self, text: str, failure: Failure) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE)
        error = failure.message
        field = error.field if isinstance(error, ValidationError) else None
        widget = {
            "parent_body": self.parent_body_edit,
            "issuing_body": self.issuing_body_edit,
            "issuer_code": self.issuer_code_edit,
            "unit_code": self.unit_code_edit,
            "place": self.place_edit,
            "signers": self.signers_table,
            "recipients": self.recipients_edit,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()


class TemplatesEditor(QGroupBox):
    """Each kind's template: the default shipped with the app, or the office's own .docx.

    ``ask_path`` (where to export) and ``ask_open_path`` (which file to load) open the file
    dialogs; tests replace them.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Official documents: templates"))
        self._services = services
        self.ask_path: AskPath = self._ask_path
        self.ask_open_path: AskOpenPath = self._ask_open_path
        explanation = QLabel(
            self.tr(
                "Export a template, change its wording or layout in Word, and load it back. Keep "
                "the fields in double braces ({{ number }}, {{ date_line }}…) as they are: a "
                "template with a field the app does not know is refused, and the one in use stays."
            )
        )
        explanation.setWordWrap(True)
        self.kind_combo = QComboBox()
        for kind in DocumentKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self.refresh)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_template)
        self.load_button = QPushButton(self.tr("Load…"))
        self.load_button.clicked.connect(self.load_template)
        self.reset_button = QPushButton(self.tr("Restore the default"))
        self.reset_button.clicked.connect(self.reset_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.kind_combo, 1)
        for button in (self.export_button, self.load_button, self.reset_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.state_label)
        layout.addWidget(self.message)
        self.refresh()

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.kind_combo.currentData())

    def refresh(self) -> None:
        self.message.clear()
        kind = self.kind
        Operation(self, lambda: self._services.documents.template_info(kind)).success(
            self._show_info
        ).run()

    def reload(self) -> None:
        """Show the saved template of the kind again (a change waiting for the connection was
        discarded; a failure goes to the caller, ``ui/common/waiting_save.py``)."""
        self._show_info(self._services.documents.template_info(self.kind))

    def _show_info(self, info: TemplateInfo) -> None:
        self.reset_button.setEnabled(info.custom)
        if not info.custom:
            self.state_label.setText(self.tr("In use: the default template."))
            return
        if info.loaded_at is not None and info.user_name:
            text = self.tr("In use: the office's own template %1, loaded %2 by %3.")
        elif info.loaded_at is not None:
            text = self.tr("In use: the office's own template %1, loaded %2.")
        else:
            text = self.tr("In use: the office's own template %1.")
        loaded = format_datetime(info.loaded_at) if info.loaded_at is not None else ""
        # the file name last: a "%2" typed in it stays as typed
        text = text.replace("%2", loaded).replace("%3", info.user_name or "")
        self.state_label.setText(text.replace("%1", info.file_name))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _refused(self, text: str, _failure: Failure) -> None:
        self._say(text, error=True)

    def export_template(self) -> bool:
        kind = self.kind
        suggested = output.suggested_name(
            self.tr("Template %1").replace("%1", kind_label(kind)), "", "docx"
        )
        path = self.ask_path(self.tr("Export the template"), output.file_filter("docx"), suggested)
        if not path:
            return False
        target = output.with_suffix(path, "docx")
        documents = self._services.documents
        return (
            Operation(
                self,
                lambda: write_atomically(target, documents.export_template(kind)),
                target=target,
            )
            .success(lambda _path: self._say(self.tr("Exported to %1.").replace("%1", str(target))))
            .failure(self._refused)
            .run()
        )

    def load_template(self) -> bool:
        kind = self.kind
        path = self.ask_open_path(self.tr("Load a template"), output.file_filter("docx"))
        if not path:
            return False
        source = Path(path)
        documents = self._services.documents
        return (
            Operation(
                self,
                lambda: documents.load_template(kind, source.read_bytes(), source.name),
                changes=Changed.DOCUMENTS,
                target=source,
                waits=True,
                repeatable=True,  # the kind's one template, set again
            )
            .success(self._loaded)
            .failure(self._refused)
            .run(busy=True)
        )

    def _loaded(self, info: TemplateInfo) -> None:
        self._show_info(info)
        self._say(self.tr("Loaded: new documents of this kind use it."))

    def reset_template(self) -> bool:
        kind = self.kind
        documents = self._services.documents
        return (
            Operation(
                self,
                lambda: documents.reset_template(kind),
                changes=Changed.DOCUMENTS,
                waits=True,
                repeatable=True,  # removing what is already gone does nothing
            )
            .success(self._reset)
            .failure(in_message_box(self, self.title()))
            .run()
        )

    def _reset(self, info: TemplateInfo) -> None:
        self._show_info(info)
        self._say(self.tr("The default template is in use again."))

    def _ask_path(self, title: str, file_filter: str, suggested: str) -> str | None:
        path = save_file(self, FileKind.DOCUMENT, title, suggested, file_filter)
        return str(path) if path else None

    def _ask_open_path(self, title: str, file_filter: str) -> str | None:
        path = open_file(self, FileKind.DOCUMENT, title, file_filter)
        return str(path) if path else None


def document_settings(services: Services, parent: QWidget | None = None) -> list[QWidget]:
    """The sections the Settings page shows for official documents."""
    return [LetterheadEditor(services, parent), TemplatesEditor(services, parent)]


__all__ = ["LetterheadEditor", "TemplatesEditor", "document_settings"]
