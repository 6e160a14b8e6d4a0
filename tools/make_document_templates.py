"""Write the default template of each kind of official document into resources/templates/.

The templates are built by ``dialogue_app.services.documents.word.default_template`` (python-docx,
the layout of Decree 30/2020); run this after changing it and commit the .docx files:

    .venv/bin/python tools/make_document_templates.py
"""

from __future__ import annotations

from pathlib import Path

from dialogue_app.domain.documents import DocumentKind
from dialogue_app.services.documents.word import default_template

TARGET = Path(__file__).resolve().parent.parent / "resources" / "templates"


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for kind in DocumentKind:
        path = TARGET / f"{kind.value}.docx"
        path.write_bytes(default_template(kind))
        print(path.relative_to(TARGET.parent.parent))


if __name__ == "__main__":
    main()
