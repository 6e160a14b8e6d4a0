"""Fill the unfinished translations of a lupdate-written .ts file, keeping lupdate's layout.

    python tools/fill_translations.py resources/translations/dialogue_app_vi.ts NEW.json
        NEW.json: {"source": "bản dịch", "Context|source": "…", "Context|source|comment": "…"}
    python tools/fill_translations.py resources/translations/dialogue_app_vi.ts --from OTHER.ts
        takes the finished translations of the same context, source and comment from OTHER.ts
        (e.g. a branch's catalogue after both sides ran lupdate)

Run ``pyside6-lupdate -extensions py dialogue_app -ts … -no-obsolete`` first; the entries still
unfinished afterwards are listed.
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

_NUMERUS = r"<numerusform>.*?</numerusform>|<numerusform/>|<numerusform></numerusform>"
_UNFINISHED = r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>'


def finished_translations(ts_file: str) -> dict[str, str]:
    """{"Context|source[|comment]": translation} of every finished entry of ``ts_file``."""
    table: dict[str, str] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = [form.text for form in translation.iter("numerusform")]
            value = forms[0] if forms else translation.text
            if value:
                comment = message.findtext("comment")
                key = f"{name}|{message.findtext('source')}" + (f"|{comment}" if comment else "")
                table[key] = value
    return table


def _inner(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.S)
    return html.unescape(match.group(1)) if match else ""


def fill(text: str, table: dict[str, str]) -> tuple[str, list[str]]:
    """``text`` (a .ts file) with its unfinished entries found in ``table`` filled in, and the
    "Context|source" of those still missing."""
    missing: list[str] = []

    def fill_context(context_match: re.Match[str]) -> str:
        block = context_match.group(0)
        name = _inner(r"<name>(.*?)</name>", block)

        def fill_message(message_match: re.Match[str]) -> str:
            message = message_match.group(0)
            if 'type="unfinished"' not in message:
                return message
            source = _inner(r"<source>(.*?)</source>", message)
            comment = re.search(r"<comment>(.*?)</comment>", message, re.S)
            key = f"{name}|{source}" + (f"|{html.unescape(comment.group(1))}" if comment else "")
            value = table.get(key, table.get(f"{name}|{source}", table.get(source)))
            if value is None:
                missing.append(f"{name}|{source}")
                return message
            value = html.escape(unicodedata.normalize("NFC", value), quote=False)
            if "<numerusform" in message:
                message = re.sub(
                    _NUMERUS, f"<numerusform>{value}</numerusform>", message, flags=re.S
                )
                return message.replace(' type="unfinished"', "")
            return re.sub(_UNFINISHED, f"<translation>{value}</translation>", message, flags=re.S)

        return re.sub(r"<message[ >].*?</message>", fill_message, block, flags=re.S)

    return re.sub(r"<context>.*?</context>", fill_context, text, flags=re.S), missing


def main(argv: list[str]) -> int:
    ts = Path(argv[1])
    if argv[2] == "--from":
        table = finished_translations(argv[3])
    else:
        table = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    text, missing = fill(ts.read_text(encoding="utf-8"), table)
    ts.write_text(text, encoding="utf-8")
    print(len(missing), "missing")
    for entry in missing:
        print("  ", entry)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
