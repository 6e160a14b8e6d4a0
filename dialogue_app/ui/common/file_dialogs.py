"""Choosing a file or folder: one way for the whole app (issue 18).

- The dialog speaks the app's language. The platform's own dialog follows the system's language,
  so it is used only when that is the language chosen in the app; otherwise Qt's dialog, which
  the app's catalogue (``qt_vi.ts``) translates.
- The name offered is in the app's language with the record's number and date
  (``Giấy mời hội nghị số 108 ngày 15-12-2026.ics``), see ``suggested_name``.
- Each kind of file remembers the last folder it was saved to or opened from (QSettings
  ``files/<kind>``); the first time, the user's Documents folder, never the program's folder.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

SETTINGS_GROUP = "files"
# characters Windows refuses in a file name, and control characters
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class FileKind(StrEnum):
    """Kinds of file, each remembering its own last folder."""

    INVITATION = "invitations"  # invitations, updates and cancellations (.ics, .eml)
    CALENDAR = "calendars"  # published schedules, deadlines, busy times imported
    REPORT = "reports"  # reports and statutory forms (Excel, PDF, CSV)
    CASE_LIST = "case_lists"  # the case list exported, the import file
    ATTACHMENT = "attachments"  # files attached to a case, and saved back out
    DOCUMENT = "documents"  # official documents, registers, templates
    ARCHIVE = "archives"  # the whole record, backups
    STAFF = "staff"  # the audit log and staff lists


def suggested_name(
    title: str, suffix: str, *, number: str | int | None = None, on: date | None = None
) -> str:
    """A file name in words: ``title``, then "no. <number>" and "of <date>" when given.

    ``title`` is already in the app's language (``self.tr("Invitation")``). Characters a
    Windows file name may not hold are replaced by a dash; the text is NFC, as Vietnamese file
    names must be for other programs to find them.
    """
    name = title
    if number is not None and str(number).strip():
        name = (
            QCoreApplication.translate("FileDialogs", "%1 no. %2")
            .replace("%1", name)
            .replace("%2", str(number).strip())
        )
    if on is not None:
        name = (
            QCoreApplication.translate("FileDialogs", "%1 of %2")
            .replace("%1", name)
            .replace("%2", on.strftime("%d-%m-%Y"))
        )
    name = _NOT_IN_NAMES.sub("-", unicodedata.normalize("NFC", name)).strip(" .-")
    suffix = suffix if not suffix or suffix.startswith(".") else f".{suffix}"
    if not name:
        name = QCoreApplication.translate("FileDialogs", "file")
    return f"{name}{suffix}"


def _settings() -> QSettings:
    return QSettings()


def _documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(kind: FileKind) -> Path:
    """Where the dialog for ``kind`` opens: the folder last used for it, else Documents."""
    remembered = _settings().value(f"{SETTINGS_GROUP}/{kind.value}")
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return _documents_folder()


def remember_folder(kind: FileKind, path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    settings = _settings()
    settings.setValue(f"{SETTINGS_GROUP}/{kind.value}", str(folder))
    settings.sync()


def platform_dialog_speaks_our_language() -> bool:
    """True when the system's language is the app's: its own file dialog then fits."""
    ours = QLocale().name().split("_")[0]  # the default locale, set with the app's language
    system = QLocale.system().uiLanguages()
    return bool(system) and system[0].replace("_", "-").split("-")[0].lower() == ours


def _dialog(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), file_filter)
    dialog.setObjectName("fileDialog")
    dialog.setOption(
        QFileDialog.Option.DontUseNativeDialog, not platform_dialog_speaks_our_language()
    )
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def save_file(
    parent: QWidget | None,
    kind: FileKind,
    title: str,
    suggested: str,
    file_filter: str = "",
) -> Path | None:
    """Ask where to save; ``suggested`` is a file name (see ``suggested_name``) or a path whose
    folder is used as it is. None when cancelled."""
    offered = Path(suggested)
    folder = (
        offered.parent if offered.is_absolute() and offered.parent.is_dir() else start_folder(kind)
    )
    dialog = _dialog(parent, title, folder, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if offered.suffix:
        dialog.setDefaultSuffix(offered.suffix.lstrip("."))
    dialog.selectFile(offered.name)
    path = _chosen(dialog)
    if path is not None:
        remember_folder(kind, path)
    return path


def open_file(
    parent: QWidget | None,
    kind: FileKind,
    title: str,
    file_filter: str = "",
    current: str = "",
) -> Path | None:
    """Ask which file to open (``current``: a path already chosen). None when cancelled."""
    folder = start_folder(kind)
    if current and Path(current).parent.is_dir() and Path(current).is_absolute():
        folder = Path(current).parent
    dialog = _dialog(parent, title, folder, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    path = _chosen(dialog)
    if path is not None:
        remember_folder(kind, path)
    return path


def choose_folder(
    parent: QWidget | None, kind: FileKind, title: str, current: str = ""
) -> Path | None:
    """Ask for a folder (``current``: the one chosen so far). None when cancelled."""
    folder = Path(current) if current and Path(current).is_dir() else start_folder(kind)
    dialog = _dialog(parent, title, folder, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    path = _chosen(dialog)
    if path is not None:
        remember_folder(kind, path)
    return path
