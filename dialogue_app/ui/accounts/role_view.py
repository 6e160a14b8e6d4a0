"""What a role may not change is shown read-only (issue 15): the window shows only what the
signed-in user's role may do; the services and PostgreSQL refuse it again.

``Capabilities.of(services)`` is the one question every page asks: what the signed-in user's
role may do (``may_edit``, ``may_see_denunciators``, ``may_reopen``…). ``hide_unless`` hides the
buttons a role may not use and ``note`` says why, above the page. A viewer sees the cases,
conferences, calendar and documents but no button that registers, edits, changes a status or
issues a document; a clerk sees no head-only action (revealing a denunciator, reopening a held
conference). The services refuse the same things again, and PostgreSQL a third time.

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

from dialogue_app.domain.roles import Permission, Role, permits
from dialogue_app.services.container import Services
from dialogue_app.ui.accounts.role_names import role_title

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


class Capabilities:
    """What the signed-in user's role may do in the window (see the module's docstring)."""

    def __init__(self, role: Role | None) -> None:
        self.role = role

    @classmethod
    def of(cls, services: Services) -> Capabilities:
        """The capabilities of the user ``services`` act for (asked once: one query)."""
        known = getattr(services, "_capabilities", None)
        if isinstance(known, Capabilities):
            return known
        capabilities = cls(services.permissions.role())
        services._capabilities = capabilities  # type: ignore[attr-defined]
        return capabilities

    def may(self, permission: Permission) -> bool:
        return permits(self.role, permission)

    @property
    def may_edit(self) -> bool:
        """Register, edit, change a status, issue a document (clerk, head, admin)."""
        return self.may(Permission.EDIT_RECORDS)

    @property
    def may_see_denunciators(self) -> bool:
        return self.may(Permission.VIEW_DENUNCIATORS)

    @property
    def may_reopen(self) -> bool:
        """Reopen a held or closed conference (a head; the office's administrator too)."""
        return self.role in (Role.HEAD, Role.ADMIN)

    def role_name(self) -> str:
        return role_title(self.role) if self.role is not None else translate("RoleView", "none")

    def read_only_text(self) -> str:
        """Why a page shows no button that changes a record."""
        return translate(
            "RoleView",
            "Your role (%1) may not register, edit or issue anything here. Ask an "
            "administrator for the clerk role.",
        ).replace("%1", self.role_name())

    def hide_unless(self, allowed: bool, *widgets: QWidget) -> None:
        """Hide ``widgets`` for good unless ``allowed`` (a page's own ``setVisible`` later
        cannot show them again: they are marked)."""
        if allowed:
            return
        for widget in widgets:
            widget.setProperty("roleHidden", True)
            widget.hide()

    def note(self, layout: object) -> QLabel | None:
        """A line at the top of ``layout`` saying the page is read-only, for a role that may
        not edit records; None for the others."""
        if self.may_edit:
            return None
        label = QLabel(self.read_only_text())
        label.setObjectName("roleNote")
        label.setWordWrap(True)
        if hasattr(layout, "insertWidget"):
            layout.insertWidget(0, label)
        return label


def role_hidden(widget: QWidget) -> bool:
    """Whether ``Capabilities.hide_unless`` hid ``widget`` for the user's role."""
    return bool(widget.property("roleHidden"))


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


__all__ = ["Capabilities", "guard_page", "read_only", "role_hidden"]
