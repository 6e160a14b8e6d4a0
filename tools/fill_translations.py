"""Fill the unfinished translations of a lupdate-written .ts file, keeping lupdate's layout.

    python tools/fill_translations.py resources/translations/dialogue_app_vi.ts NEW.json
        NEW.json: {"source": "bản dịch", "Context|source": "…", "Context|source|comment": "…"}
    python tools/fill_translations.py resources/translations/dialogue_app_vi.ts --from OTHER.ts
        takes the finished translations of the same context, source and comment from OTHER.ts
        (e.g. a branch's catalogue after both sides ran lupdate)

Run ``pyside6-lupdate -extensions py dialogue_app -ts … -no-obsolete`` first; the entries still
unfinished afterwards are listed.
"""
import html, json, re, sys, unicodedata
import xml.etree.ElementTree as ET
ts = sys.argv[1]
if sys.argv[2] == "--from":
    table = {}
    for context in ET.parse(sys.argv[3]).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            t = m.find("translation")
            if t.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text for f in t.iter("numerusform")]
            value = forms[0] if forms else t.text
            if value:
                comment = m.findtext("comment")
                key = f"{name}|{m.findtext('source')}" + (f"|{comment}" if comment else "")
                table[key] = value
else:
    table = json.load(open(sys.argv[2], encoding="utf-8"))
text = open(ts, encoding="utf-8").read()
missing = []
def fill_context(cm):
    block = cm.group(0)
    name = html.unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))
    def fill_message(mm):
        msg = mm.group(0)
        if 'type="unfinished"' not in msg:
            return msg
        source = html.unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))
        cm = re.search(r"<comment>(.*?)</comment>", msg, re.S)
        key = f"{name}|{source}" + (f"|{html.unescape(cm.group(1))}" if cm else "")
        value = table.get(key, table.get(f"{name}|{source}", table.get(source)))
        if value is None:
            missing.append(f"{name}|{source}")
            return msg
        value = html.escape(unicodedata.normalize("NFC", value), quote=False)
        if "<numerusform" in msg:
            msg = re.sub(r"<numerusform>.*?</numerusform>|<numerusform/>|<numerusform></numerusform>",
                         f"<numerusform>{value}</numerusform>", msg, flags=re.S)
            return msg.replace(' type="unfinished"', "")
        return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                      f"<translation>{value}</translation>", msg, flags=re.S)
    return re.sub(r"<message[ >].*?</message>", fill_message, block, flags=re.S)
text = re.sub(r"<context>.*?</context>", fill_context, text, flags=re.S)
open(ts, "w", encoding="utf-8").write(text)
print(len(missing), "missing"); [print("  ", m) for m in missing]
