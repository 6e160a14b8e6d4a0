"""The names of the roles as a person reads them, for the staff page, the role shown in the
window and the notice of a role changed (a module of its own: the pages that name a role need
not load the staff page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.roles import Role


def role_title(role: Role) -> str:
    titles = {
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
        Role.HEAD: QCoreApplication.translate("Roles", "Head (sees denunciators)"),
        Role.CLERK: QCoreApplication.translate("Roles", "Clerk"),
        Role.VIEWER: QCoreApplication.translate("Roles", "Viewer (read and report)"),
    }
    return titles[role]
