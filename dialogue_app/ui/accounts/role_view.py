"""What a role may not change is shown read-only (issue 15): the window shows only what the
signed-in user's role may do; the services and PostgreSQL refuse it again.

``guard_page(key, page, services)`` is called by the main window for every page it builds. On
the Settings page a role without the settings permission (clerk, viewer) reads the office's
settings, calendar and registers but every field and button of them is disabled, with a line
at the top that says why and whom to ask; the deadline rules are read-only without the rules
permission; the interface language stays each person's own choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from dialogue_app.domain.roles import Permission, permits
from dialogue_app.services.container import Services
from dialogue_app.ui.accounts.staff_page import role_title

translate = QCoreApplication.translate


def read_only(widget: QWidget) -> None:
    """Every field and button under ``widget`` shows its value but changes nothing (texts stay
    selectable, so a value can still be copied)."""
    for edit in widget.findChildren(QLineEdit):
        if not isinstance(edit.parentWidget(), (QAbstractSpinBox, QComboBox)):
            edit.setReadOnly(True)
    for text in [*widget.findChildren(QTextEdit), *widget.findChildren(QPlainTextEdit)]:
        text.setReadOnly(True)
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QDateEdit):
        for field in widget.findChildren(kind):
            field.setEnabled(False)


def guard_page(key: str, page: QWidget, services: Services) -> None:
    """Make read-only what the user's role may not change on the page ``key``."""
    if key != "settings":
        return
    role = services.permissions.role()
    settings = permits(role, Permission.EDIT_SETTINGS)
    rules = permits(role, Permission.EDIT_RULES)
    if settings and rules:
        return
    language = getattr(page, "language_combo", None)
    from dialogue_app.ui.cases.deadline_rules_editor import DeadlineRulesEditor

    editors = page.findChildren(DeadlineRulesEditor)
    for group in page.findChildren(QGroupBox):
        if language is not None and group.isAncestorOf(language):
            continue
        is_rules = any(group.isAncestorOf(e) or group is e for e in editors)
        if (is_rules and not rules) or (not is_rules and not settings):
            read_only(group)
    for editor in editors:
        if not rules:
            read_only(editor)
    name = role_title(role) if role is not None else translate("RoleView", "none")
    if not settings:
        text = translate(
            "RoleView",
            "Your role (%1) may read these settings but not change them. Ask an administrator.",
        )
    else:
        text = translate(
            "RoleView",
            "Your role (%1) may read the deadline rules but not change them. Ask an administrator.",
        )
    note = QLabel(text.replace("%1", name))
    note.setObjectName("roleNote")
    note.setWordWrap(True)
    content = page.findChild(QWidget, "settingsContent")
    layout = content.layout() if content is not None else page.layout()
    if layout is not None and hasattr(layout, "insertWidget"):
        layout.insertWidget(0, note)


__all__ = ["guard_page", "read_only"]
