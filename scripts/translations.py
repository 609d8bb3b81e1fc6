#!/usr/bin/env python3
"""Helpers for Hearth's Qt translation catalogues (resources/translations/*.ts).

  translations.py dump CATALOGUE.ts OUT.tsv [--all]
      Writes context, source, comment and translation of each message (only the unfinished ones
      unless --all) as tab-separated lines, for a translator to fill in the last column. Tabs,
      newlines and backslashes are written as \\t, \\n and \\\\. Plural forms (%n) are joined with
      " || ".
  translations.py fill CATALOGUE.ts IN.tsv
      Puts the translations of IN.tsv (same columns) into the catalogue and marks them finished.
      Run scripts/update-translations.sh afterwards to put the file back into lupdate's layout.
  translations.py carry OLD.ts NEW.ts
      Gives each unfinished message of NEW a finished translation of the same source text and
      comment from OLD, in any context: lupdate drops a translation when its context changes
      (a class renamed or moved into a namespace); update-translations.sh runs this after lupdate.
  translations.py stats CATALOGUE.ts
      Prints how many messages are finished and unfinished.
"""
import sys
import xml.etree.ElementTree as ET

PLURAL_SEPARATOR = " || "


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key_of(message):
    return (message.findtext("source") or "", message.findtext("comment") or "")


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return bool(forms) and all(forms)
    return bool(translation.text)


def translation_text(message):
    translation = message.find("translation")
    if translation is None:
        return ""
    if message.get("numerus") == "yes":
        return PLURAL_SEPARATOR.join(form.text or "" for form in translation.iter("numerusform"))
    return translation.text or ""


def set_translation(message, text):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = text.split(PLURAL_SEPARATOR)
        existing = list(translation.iter("numerusform"))
        for form in existing:
            translation.remove(form)
        # Welsh has six plural forms in Qt; a shorter list repeats its last form.
        count = max(len(existing), len(forms))
        for index in range(count):
            form = ET.SubElement(translation, "numerusform")
            form.text = forms[min(index, len(forms) - 1)]
    else:
        translation.text = text


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)


def dump(ts, tsv, everything):
    tree = ET.parse(ts)
    rows = 0
    with open(tsv, "w", encoding="utf-8") as out:
        for context, message in messages(tree):
            if everything or not is_finished(message):
                source, comment = key_of(message)
                out.write("\t".join(escape(x) for x in (context, source, comment, translation_text(message))) + "\n")
                rows += 1
    print(f"{tsv}: {rows} messages")


def fill(ts, tsv):
    tree = ET.parse(ts)
    wanted = {}
    with open(tsv, encoding="utf-8") as rows:
        for number, line in enumerate(rows, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                sys.exit(f"{tsv}:{number}: expected 4 tab-separated fields, found {len(fields)}")
            context, source, comment, text = (unescape(x) for x in fields)
            if text:
                wanted[(context, source, comment)] = text
    filled = 0
    for context, message in messages(tree):
        text = wanted.pop((context, *key_of(message)), None)
        if text is not None:
            set_translation(message, text)
            filled += 1
    for context, source, _ in wanted:
        print(f"{tsv}: not in {ts}: [{context}] {source!r}", file=sys.stderr)
    write(tree, ts)
    print(f"{ts}: filled {filled} messages")


def carry(old_ts, new_ts):
    old = {}
    for _, message in messages(ET.parse(old_ts)):
        if is_finished(message):
            old.setdefault(key_of(message), translation_text(message))
    tree = ET.parse(new_ts)
    carried = 0
    for _, message in messages(tree):
        if not is_finished(message) and key_of(message) in old:
            set_translation(message, old[key_of(message)])
            carried += 1
    if carried:
        write(tree, new_ts)
        print(f"{new_ts}: kept {carried} translations whose context changed")


def stats(ts):
    finished = unfinished = 0
    for _, message in messages(ET.parse(ts)):
        if is_finished(message):
            finished += 1
        else:
            unfinished += 1
    print(f"{ts}: {finished} finished, {unfinished} unfinished")


def main(argv):
    if len(argv) >= 3 and argv[0] == "dump":
        dump(argv[1], argv[2], "--all" in argv[3:])
    elif len(argv) == 3 and argv[0] == "fill":
        fill(argv[1], argv[2])
    elif len(argv) == 3 and argv[0] == "carry":
        carry(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "stats":
        stats(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
