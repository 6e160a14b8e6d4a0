"""``dialogue-app documents make|register|list`` (DESIGN §6): official documents.

- ``documents make KIND RECORD_ID -o FILE.docx|FILE.pdf [--draft] [--signer N]
  [--secretary NAME] [--again NUMBER | --new]``: issue the document (it takes the next number
  of its kind for the year) and write it; ``--draft`` writes it without a number. The file is
  written before the number is committed: if it cannot be written, nothing is issued. When the
  record already has a document of the kind, it is refused naming that number: ``--again
  NUMBER`` writes the issued document again (as issued, no new number), ``--new`` takes a new
  number deliberately.
- ``documents register [--from D] [--to D] -o FILE.docx|FILE.pdf|FILE.xlsx``: the reception
  register (Sổ tiếp công dân) of the period (default: this year up to today).
- ``documents list [--year Y] [--kind KIND] [--search TEXT] [--format table|json]``: the register
  of outgoing documents.

PDFs are drawn by Qt in ``dialogue_app.rendering.documents``, imported only for a PDF.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from dialogue_app.cli.context import CommandContext, CommandError, parse_date

if TYPE_CHECKING:
    from dialogue_app.services.documents import DocumentContent

KINDS = (
    "invitation",
    "minutes",
    "conclusion",
    "appointment",
    "guidance",
    "transfer",
    "proposal",
    "acceptance",
    "refusal",
    "urge",
    "denunciator-notice",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "documents",
        help="official documents: make one, the reception register, the outgoing register",
        description="Official documents made from the record (DOCUMENTS.md).",
    )
    commands = parser.add_subparsers(dest="documents_command", metavar="COMMAND", required=True)

    make = commands.add_parser(
        "make",
        help="issue one document (numbered) and write it as .docx or .pdf",
        description="KIND invitation, minutes, conclusion take a conference id; the others a "
        "case id. Issuing takes the next number of the kind for the year.",
    )
    make.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    make.add_argument("record_id", type=int, metavar="RECORD_ID")
    make.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    make.add_argument("--draft", action="store_true", help="write it without taking a number")
    make.add_argument("--signer", type=int, default=1, metavar="N", help="signer N (1, 2…)")
    make.add_argument(
        "--per-invitee", action="store_true", help="an invitation: one letter per invitee"
    )
    make.add_argument(
        "--secretary",
        default="",
        metavar="NAME",
        help="the minutes: who took them (signs beside the chair); else a line to sign by hand",
    )
    again = make.add_mutually_exclusive_group()
    again.add_argument(
        "--again",
        metavar="NUMBER",
        help="write the document already issued as NUMBER again (no new number)",
    )
    again.add_argument(
        "--new",
        action="store_true",
        help="issue a new number even though this record already has one of this kind",
    )
    make.set_defaults(handler=_make)

    reg = commands.add_parser(
        "register",
        help="the reception register (Sổ tiếp công dân) as .docx, .pdf or .xlsx",
    )
    reg.add_argument("--from", dest="start", type=parse_date, metavar="D", help="first day")
    reg.add_argument("--to", dest="end", type=parse_date, metavar="D", help="last day")
    reg.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    reg.set_defaults(handler=_register)

    listing = commands.add_parser("list", help="the register of outgoing documents")
    listing.add_argument("--year", type=int, metavar="Y")
    listing.add_argument("--kind", choices=KINDS, metavar="KIND")
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=_list)


def _check_output(path: Path, suffixes: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise CommandError(
            f"Give a file name ending in {' or '.join(suffixes)} (the format follows it)."
        )
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name.")
    if not path.parent.exists():
        raise CommandError(f"The folder {path.parent} does not exist.")
    return suffix


def _pdf_writer() -> ModuleType:
    try:
        from dialogue_app.rendering import documents
    except ImportError as error:
        raise CommandError(
            f"PDF documents need Qt (PySide6), which cannot be loaded here ({error}). "
            "Write a .docx instead, or install the application's Qt libraries."
        ) from error
    return documents


def _service(context: CommandContext):  # type: ignore[no-untyped-def]
    from dialogue_app.services.documents import DocumentService

    return DocumentService(context.database().uow, context.user_name(), clock=context.clock)


def _make(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.documents import DocumentKind, DocumentOptions
    from dialogue_app.services.files import write_atomically

    suffix = _check_output(args.output, (".docx", ".pdf"))
    if args.signer < 1:
        raise CommandError("--signer counts from 1.")
    service = _service(context)
    options = DocumentOptions(
        signer=args.signer - 1, per_invitee=args.per_invitee, secretary=args.secretary
    )
    kind = DocumentKind(args.kind)
    renderer = _pdf_writer() if suffix == ".pdf" else None

    def deliver(content: DocumentContent, docx: bytes) -> None:
        if renderer is not None:
            renderer.write_pdf(content, args.output)
        else:
            write_atomically(args.output, docx)

    if args.draft:
        draft = service.draft(kind, args.record_id, options)
        deliver(draft.content, draft.docx)
        print(f"Draft {args.kind} (not numbered) written to {args.output}", file=sys.stderr)
        return 0
    earlier = _issued_before(service, kind, args.record_id)
    if args.again is not None:
        chosen = next((d for d in earlier if d.number == args.again.strip()), None)
        if chosen is None:
            numbers = ", ".join(d.number for d in earlier) or "none"
            raise CommandError(
                f"No {args.kind} numbered {args.again} was issued for record {args.record_id} "
                f"(issued: {numbers})."
            )
        document = service.get_issued(chosen.id)
        assert document.content is not None and document.docx is not None
        deliver(document.content, document.docx)
        print(
            f"{document.number} ({args.kind}, issued {document.issued_on.isoformat()}) "
            f"written again to {args.output}; no new number taken",
            file=sys.stderr,
        )
        return 0
    if earlier and not args.new:
        latest = earlier[0]
        raise CommandError(
            f"Record {args.record_id} already has a {args.kind}: {latest.number}, issued "
            f"{latest.issued_on.isoformat()}. Write it again with --again {latest.number}, "
            "or issue a new number deliberately with --new."
        )
    issued = service.issue(kind, args.record_id, options, deliver=deliver)
    print(f"{issued.number} ({args.kind}) issued and written to {args.output}", file=sys.stderr)
    return 0


def _issued_before(service, kind, record_id: int) -> list:  # type: ignore[no-untyped-def]
    """The documents of ``kind`` already issued for the record, newest first."""
    from dialogue_app.services.documents import KINDS, OutgoingFilter, RecordRef

    record = RecordRef(KINDS[kind].record_type, record_id)
    return list(service.list_issued(OutgoingFilter(kind=kind, record=record)))


def _register(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.files import write_atomically

    suffix = _check_output(args.output, (".docx", ".pdf", ".xlsx"))
    today = context.clock.today()
    end = args.end or today
    start = args.start or date(end.year, 1, 1)
    if end < start:
        raise CommandError(
            f"The period ends ({end.isoformat()}) before it starts ({start.isoformat()}). "
            "Swap --from and --to."
        )
    service = _service(context)
    register_ = service.reception_register(start, end)
    if suffix == ".pdf":
        _pdf_writer().write_register_pdf(register_, args.output)
    elif suffix == ".xlsx":
        write_atomically(args.output, service.register_xlsx(register_))
    else:
        write_atomically(args.output, service.register_docx(register_))
    print(
        f"Reception register {start.isoformat()} to {end.isoformat()} "
        f"({len(register_.entries)} entries) written to {args.output}",
        file=sys.stderr,
    )
    return 0


def _list(args: argparse.Namespace, context: CommandContext) -> int:
    from dialogue_app.services.documents import DocumentKind, OutgoingFilter

    service = _service(context)
    rows = service.list_issued(
        OutgoingFilter(
            year=args.year,
            kind=DocumentKind(args.kind) if args.kind else None,
            search=args.search,
            limit=1_000_000,
        )
    )
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "number": row.number,
                        "kind": row.kind.value,
                        "issued_on": row.issued_on.isoformat(),
                        "record": {"type": row.record.type.value, "id": row.record.id},
                        "title": row.title,
                    }
                    for row in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for row in rows:
        print(f"{row.number:<18} {row.issued_on.isoformat()}  {row.kind.value:<19} {row.title}")
    return 0
