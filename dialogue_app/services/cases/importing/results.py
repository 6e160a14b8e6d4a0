"""What an import reports: a problem with the row and column to fix (one translatable sentence
each), the failure listing them, a cancellation, and the summary of an import done."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dialogue_app.domain.messages import fill
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError

MAX_PROBLEMS = 50


CHUNK = 500


Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportNote:
    """A line for a person: a translatable template and its values (``domain/messages.py``)."""

    template: str
    values: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, self.values)


@dataclass(frozen=True)
class ImportProblem(ImportNote):
    """What is wrong where. The template is the whole line, where included: ``%1`` is the row
    and ``%2`` the column when it names them (``in_cell``, ``in_row``, ``in_file``)."""

    row: int = 0  # the spreadsheet row; the header is row 1 (0: the file as a whole)
    column: str | None = None

    @property
    def message(self) -> str:
        return str(self)


def in_cell(row: int, column: str, template: str, *values: object) -> ImportProblem:
    """A problem of one cell (or header): ``template`` starts "Row %1, column %2: "."""
    return ImportProblem(template, (row, column, *values), row, column)


def in_row(row: int, template: str, *values: object) -> ImportProblem:
    """A problem of a whole row: ``template`` starts "Row %1"."""
    return ImportProblem(template, (row, *values), row)


def in_file(template: str, *values: object) -> ImportProblem:
    return ImportProblem(template, values)


class CellError(ValueError):
    """A cell's value is wrong: a template starting "Row %1, column %2: ", then its values."""

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(template)
        self.template = template
        self.values = values


class ImportFailed(ValidationError):
    """The file was refused; nothing was imported. ``problems`` lists what to fix; ``lines``
    is what to show below the message (the problems, and a note when there were too many)."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        self.problems = tuple(problems)
        more = () if len(self.problems) < MAX_PROBLEMS else (ImportNote(_ONLY_FIRST),)
        self.lines: tuple[ImportNote, ...] = (*self.problems, *more)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages", "Nothing was imported. Fix the file and import it again."
            ),
            self.problems[0].column if self.problems else None,
        )

    def __str__(self) -> str:
        return "\n".join([fill(self.template, self.values), *(str(line) for line in self.lines)])


_ONLY_FIRST = QT_TRANSLATE_NOOP("Messages", "(only the first problems shown)")


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "The import was cancelled; nothing was imported.")
        )


# The summary's sentences, one per singular/plural combination: the window translates a
# template and fills in its values (``ui/messages.py``), and Vietnamese has one form for both.
_IMPORTED = {
    (True, True): QT_TRANSLATE_NOOP("Messages", "1 case imported (1 new citizen)."),
    (True, False): QT_TRANSLATE_NOOP("Messages", "1 case imported (%2 new citizens)."),
    (False, True): QT_TRANSLATE_NOOP("Messages", "%1 cases imported (1 new citizen)."),
    (False, False): QT_TRANSLATE_NOOP("Messages", "%1 cases imported (%2 new citizens)."),
}


_LINKED = (
    QT_TRANSLATE_NOOP("Messages", "1 linked as a repeat petition."),
    QT_TRANSLATE_NOOP("Messages", "%1 linked as repeat petitions."),
)


_ASSUMED_ACCEPTED = (
    QT_TRANSLATE_NOOP(
        "Messages",
        "1 accepted case has no acceptance date: its deadlines count from the day it was "
        "received (give the date in an “accepted_on” column for exact deadlines).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "%1 accepted cases have no acceptance date: their deadlines count from the day they were "
        "received (give the dates in an “accepted_on” column for exact deadlines).",
    ),
)


@dataclass(frozen=True)
class ImportSummary:
    cases: int
    new_citizens: int
    repeats_linked: int
    created_communes: tuple[str, ...] = ()
    created_agencies: tuple[str, ...] = ()
    created_fields: tuple[str, ...] = ()
    # the file's headers of columns the app computes (deadline, days left…): values ignored
    ignored_columns: tuple[str, ...] = ()
    # accepted cases without an acceptance date, taken as accepted on the day of receipt
    assumed_accepted: int = 0

    @property
    def lines(self) -> tuple[ImportNote, ...]:
        """The summary, line by line, translatable (the window shows each translated)."""
        lines = [
            ImportNote(
                _IMPORTED[(self.cases == 1, self.new_citizens == 1)],
                (self.cases, self.new_citizens),
            )
        ]
        if self.repeats_linked:
            lines.append(ImportNote(_LINKED[self.repeats_linked != 1], (self.repeats_linked,)))
        if self.assumed_accepted:
            lines.append(
                ImportNote(_ASSUMED_ACCEPTED[self.assumed_accepted != 1], (self.assumed_accepted,))
            )
        for template, names in (
            (QT_TRANSLATE_NOOP("Messages", "New communes: %1."), self.created_communes),
            (QT_TRANSLATE_NOOP("Messages", "New agencies: %1."), self.created_agencies),
            (QT_TRANSLATE_NOOP("Messages", "New fields: %1."), self.created_fields),
            (
                QT_TRANSLATE_NOOP("Messages", "Columns ignored because the app computes them: %1."),
                self.ignored_columns,
            ),
        ):
            if names:
                lines.append(ImportNote(template, (", ".join(names),)))
        return tuple(lines)

    def describe(self) -> str:
        """The summary in English (the command line)."""
        return "\n".join(str(line) for line in self.lines)
