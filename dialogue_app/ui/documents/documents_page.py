"""The Documents page: the register of outgoing documents (sổ văn bản đi) — search, filter by
kind and year, reopen a document in Word, save it again as .docx or PDF, reprint it — and the
reception register of a period (Sổ tiếp công dân) as .docx, PDF or Excel.

Reopening or reprinting reads the stored document (its .docx and its data), never the record
again: what was issued is what comes back, whatever changed in the case since.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.documents import DocumentKind
from dialogue_app.services.container import Services
from dialogue_app.services.documents import IssuedDocument, OutgoingFilter
from dialogue_app.services.files import write_atomically
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.file_dialogs import FileKind, save_file
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.table_headers import fit_header_labels
from dialogue_app.ui.documents import output
from dialogue_app.ui.documents.labels import kind_label
from dialogue_app.ui.documents.output import AskPath, AskPrinter, ask_printer
from dialogue_app.ui.documents.register_dialog import ReceptionRegisterDialog
from dialogue_app.ui.documents.register_model import (
    COL_KIND,
    COL_NUMBER,
    COL_RECORD,
    COL_SUMMARY,
    DocumentRole,
    OutgoingModel,
)

SHOWN = Changed.DOCUMENTS

_opened_dir: Path | None = None  # reopened documents, readable by this account only


def _reopen_folder() -> Path:
    """A private folder (mode 0700) for the documents opened in Word, removed when the app
    ends: a reopened notice may name a denunciator."""
    global _opened_dir
    if _opened_dir is None:
        _opened_dir = Path(tempfile.mkdtemp(prefix="dialogue-app-documents-"))
        atexit.register(shutil.rmtree, _opened_dir, True)
    return _opened_dir


class DocumentsPage(QWidget):
    """The register of outgoing documents and the reception register.

    ``ask_path``, ``ask_printer`` and ``open_file`` open the file and print dialogs and the
    system's program for a file; tests replace them.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ask_path: AskPath = self._ask_path
        self.ask_printer: AskPrinter = ask_printer
        self.open_file: Callable[[Path], object] = _open_with_system
        self.last_register_dialog: ReceptionRegisterDialog | None = None
        self._shown_filter = OutgoingFilter()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search numbers and summaries…"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in DocumentKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.year_filter = QComboBox()
        self.register_button = QPushButton(self.tr("Reception register…"))
        self.register_button.setToolTip(
            self.tr(
                "Sổ tiếp công dân (Circular 04/2021, form 03) of a period, as .docx, PDF or Excel"
            )
        )
        self.register_button.clicked.connect(self.reception_register)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.kind_filter, 1)
        top.addWidget(self.year_filter)
        top.addStretch(1)
        top.addWidget(self.register_button)

        self.model = OutgoingModel(self, fetch_page=self._fetch_page)
        self.table = QTableView()
        self.table.setObjectName("outgoing_documents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(COL_NUMBER, 125)
        self.table.setColumnWidth(COL_KIND, 205)  # "Phiếu hẹn và giấy biên nhận" on one line
        self.table.setColumnWidth(COL_RECORD, 220)  # a conference's title and its day
        fit_header_labels(self.table)
        # the summary takes the room left, so the window needs no sideways scrolling
        self.table.horizontalHeader().setSectionResizeMode(
            COL_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setObjectName("error_message")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.open_button = QPushButton(self.tr("Open in Word"))
        self.open_button.setToolTip(self.tr("Open the issued .docx to edit or print it"))
        self.open_button.clicked.connect(self.open_selected)
        self.docx_button = QPushButton(self.tr("Save as .docx…"))
        self.docx_button.clicked.connect(lambda: self.save_selected("docx"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_selected("pdf"))
        self.print_button = QPushButton(self.tr("Reprint…"))
        self.print_button.clicked.connect(self.print_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (self.open_button, self.docx_button, self.pdf_button, self.print_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.year_filter.currentIndexChanged.connect(self.reload)

        self.refresh()
        self.changes = follow_changes(self, SHOWN, self.refresh)

    # --- the list --------------------------------------------------------------------------------

    def current_filter(self) -> OutgoingFilter:
        return OutgoingFilter(
            year=self.year_filter.currentData(),
            kind=self.kind_filter.currentData(),
            search=self.search.text().strip(),
        )

    def refresh(self) -> None:
        """Read the years and the list again (a document was issued)."""
        Operation(self, self._services.documents.years).success(self._fill_years).run()
        self.reload()

    def _fill_years(self, years: tuple[int, ...]) -> None:
        chosen = self.year_filter.currentData()
        blocked = self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in sorted(set(years), reverse=True):
            self.year_filter.addItem(str(year), year)
        position = self.year_filter.findData(chosen)
        self.year_filter.setCurrentIndex(max(position, 0))
        self.year_filter.blockSignals(blocked)

    def reload(self) -> None:
        """Read the first page of the register again; the rest comes as the list scrolls."""
        self._search_timer.stop()
        documents = self._services.documents
        self._shown_filter = self.current_filter()  # the pages that follow read the same
        flt = replace(self._shown_filter, limit=OutgoingModel.PAGE + 1)
        Operation(self, lambda: (documents.list_issued(flt), documents.count_issued(flt))).success(
            self._loaded
        ).run()

    def _fetch_page(self, offset: int, limit: int) -> list[IssuedDocument]:
        documents = self._services.documents
        flt = replace(self._shown_filter, offset=offset, limit=limit)
        rows: list[IssuedDocument] = []
        Operation(self, lambda: documents.list_issued(flt)).success(rows.extend).failure(
            in_label(self.error_label)
        ).run()
        return rows

    def _loaded(self, result: tuple[list[IssuedDocument], int]) -> None:
        documents, count = result
        more = len(documents) > OutgoingModel.PAGE
        self.model.set_rows(documents[: OutgoingModel.PAGE], more=more)
        self.count_label.setText(self.tr("%n document(s)", "", count))
        self._selection_changed(self.table.currentIndex(), QModelIndex())

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.isValid()
        for button in (self.open_button, self.docx_button, self.pdf_button, self.print_button):
            button.setEnabled(chosen)

    def selected(self) -> IssuedDocument | None:
        index = self.table.currentIndex()
        return index.data(DocumentRole.DOCUMENT) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # --- reopen, save again, reprint -------------------------------------------------------------

    def _with_document(self, then: Callable[[IssuedDocument], object]) -> bool:
        """Read the selected document whole (its .docx and data), then ``then`` it."""
        chosen = self.selected()
        if chosen is None:
            return False
        self.error_label.hide()
        documents = self._services.documents
        return (
            Operation(self, lambda: then(documents.get_issued(chosen.id)))
            .failure(in_label(self.error_label))
            .run(busy=True)
        )

    def open_selected(self) -> bool:
        """Open the issued .docx with the system's program for it (Word, LibreOffice)."""

        def open_it(document: IssuedDocument) -> Path:
            assert document.docx is not None
            name = output.suggested_name(kind_label(document.kind), document.number, "docx")
            path = write_atomically(_reopen_folder() / name, document.docx)
            self.open_file(path)
            return path

        return self._with_document(open_it)

    def save_selected(self, fmt: str) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        suggested = output.suggested_name(kind_label(chosen.kind), chosen.number, fmt)
        path = self.ask_path(self.tr("Save the document"), output.file_filter(fmt), suggested)
        if not path:
            return False
        target = output.with_suffix(path, fmt)

        def save(document: IssuedDocument) -> None:
            assert document.content is not None and document.docx is not None
            output.save(document.content, document.docx, target, fmt)

        return self._with_document(save)

    def print_selected(self) -> bool:
        if self.selected() is None:
            return False
        printer = self.ask_printer(self)
        if printer is None:
            return False

        def print_it(document: IssuedDocument) -> None:
            assert document.content is not None
            output.paint(document.content, printer)

        return self._with_document(print_it)

    # --- the reception register ----------------------------------------------------------------

    def reception_register(self) -> ReceptionRegisterDialog:
        dialog = ReceptionRegisterDialog(self._services, self)
        dialog.ask_path = self.ask_path
        self.last_register_dialog = dialog
        dialog.open()
        return dialog

    def _ask_path(self, title: str, file_filter: str, suggested: str) -> str | None:
        path = save_file(self, FileKind.DOCUMENT, title, suggested, file_filter)
        return str(path) if path else None


def _open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


__all__ = ["DocumentsPage"]
