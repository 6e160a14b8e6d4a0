"""Languages: Vietnamese by default, English switchable; Qt Linguist translations.

The source strings in the code are English; ``resources/translations/dialogue_app_vi.ts`` holds
the Vietnamese, ``dialogue_app_en.ts`` only the English plural forms ("1 case", "2 cases"; made
with ``lupdate -pluralonly``). Qt loads the compiled ``.qm`` beside it, made at build time
(``tools/compile_translations.py``, run by the package build and ``tools/build_bundle.py``) and
shipped with the app: the bundle and an installed app never need ``pyside6-lrelease``. Only as a
developer's fallback, a checkout's ``.qm`` that is missing or older than its ``.ts`` is rebuilt
with ``pyside6-lrelease`` (beside it, else into the cache folder).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from dialogue_app.resources import in_checkout, translations_dir

log = logging.getLogger(__name__)

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
LOCALES = {"vi": "vi_VN", "en": "en_GB"}
SETTINGS_KEY = "ui/language"
CATALOGUE = "dialogue_app"
# Qt's own strings (standard buttons, file dialogs, text fields' context menus): Qt ships no
# Vietnamese catalogue of its own, so the app ships ``qt_vi.ts`` (issue 18)
QT_CATALOGUE = "qt"


def saved_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, LOCALES[DEFAULT_LANGUAGE]))


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / "lrelease"
        return str(binary) if binary.exists() else None
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return None


def compiled_catalogue(language: str, cache_dir: Path, catalogue: str = CATALOGUE) -> Path | None:
    """Path of the ``.qm`` of ``catalogue`` for ``language``: the one shipped, else (a
    developer's checkout whose catalogue is missing or stale) one built now; None if
    impossible."""
    source = translations_dir() / f"{catalogue}_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and not in_checkout():
        return shipped  # compiled by the build from the .ts it ships with
    if not source.exists():
        return None
    candidates = [
        source.with_suffix(".qm"),
        cache_dir / "translations" / source.with_suffix(".qm").name,
    ]
    for qm in candidates:
        if qm.exists() and qm.stat().st_mtime >= source.stat().st_mtime:
            return qm
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; the interface stays in English")
        return None
    for qm in candidates:
        try:
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [tool, "-silent", str(source), "-qm", str(qm)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            return qm
        except (OSError, subprocess.SubprocessError) as error:
            log.info("cannot build %s: %s", qm, error)
    return None


class LanguageManager:
    """Installs the translator for the chosen language; switching emits LanguageChange events."""

    def __init__(self, app: QCoreApplication, cache_dir: Path) -> None:
        self._app = app
        self._cache_dir = cache_dir
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        # English is the source language; its catalogue holds only the plural forms
        # ("1 case", "2 cases" for "%n case(s)"), and Qt's own strings are English already
        for catalogue in (CATALOGUE, QT_CATALOGUE):
            qm = compiled_catalogue(language, self._cache_dir, catalogue)
            if qm is None:
                if language != "en":
                    log.warning("no %s translation for %s; showing English", catalogue, language)
                continue
            translator = QTranslator(self._app)
            if translator.load(str(qm)):
                self._app.installTranslator(translator)
                self._translators.append(translator)
            elif language != "en":
                log.warning("cannot load %s; showing English", qm)
        QLocale.setDefault(locale_for(language))
        self.language = language
