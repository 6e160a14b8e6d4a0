"""Qt-based document rendering: documents drawn by Qt's GUI classes, without widgets or a database.

Reports (and, later, official documents in .pdf and .docx) are laid out and painted with Qt's
GUI module: QTextDocument for text and tables, QPdfWriter for the page, QImage and QPainter for
pictures. Both the window (``ui/``) and the command line (``cli/``) write them, so the renderer
cannot live in ``ui/`` (the command line may not import the UI) nor below it (domain, store and
services never import Qt). It sits between them, and the import contracts in pyproject.toml say
so:

- ``ui/`` and ``cli/`` import it; domain, store and services never do;
- it reads what it renders from the services' results (e.g. ``services.reports.Report``), never
  from the store or SQLAlchemy;
- it uses PySide6's QtCore, QtGui and QtPrintSupport, never QtWidgets: nothing here is shown on
  screen. The one exception is ``charts``: QtCharts draws on a QGraphicsScene, a QtWidgets class,
  which needs a QApplication (``charts.ensure_application`` starts one offscreen for the command
  line). tests/unit/test_architecture.py checks which Qt modules each module here imports.

The command line imports these modules inside its functions, only when asked for a PDF, so its
other commands start without Qt.
"""
