"""The handover archive (issue 20): the whole record in open formats (CSV per table, stored
files, a README of the columns), and its import into an empty database."""

from dialogue_app.services.handover.archive import (
    HandoverResult,
    HandoverService,
    export_archive,
    import_archive,
)

__all__ = ["HandoverResult", "HandoverService", "export_archive", "import_archive"]
