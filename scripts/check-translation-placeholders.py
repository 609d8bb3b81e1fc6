#!/usr/bin/env python3
"""Check that every finished translation in Qt .ts catalogues keeps what its source needs.

Usage: scripts/check-translation-placeholders.py resources/translations/*.ts

For each finished message (translation without type="unfinished"/"obsolete"/"vanished") it checks:
  - the same placeholders as the source (%1..%99, %L1.., %n), each as many times;
  - the same HTML tags (<b>, </b>, <br/>, ...) and entities (&nbsp;, ...), each as many times;
  - the same leading and trailing whitespace and the same number of line breaks;
  - one '&' mnemonic (not '&&', not an entity) when the source has one, on a letter or digit (unless
    the source's is not: "&%1" numbers a list), and none when the source has none;
  - for plural (numerus) messages: every numerus form filled (as many as Qt has for the language, where
    known), each keeping the placeholders.
Within one context (a dialog or page class), the translations must not have more duplicated mnemonic
letters than the sources: the letters marked by a single '&' (case-insensitive; a text counted once)
that more than one text uses. Some English duplicates sit on different tabs or in different menus, and
a dialog with more fields than Welsh has letters must share some, so the rule is "no worse than
English". Messages whose source has no '&' are left out. Each duplicate is listed as CONTEXT:
mnemonic 'letter': the texts. tests/i18n (hearth_i18n_tests) checks the same.
Prints one line per problem as FILE: CONTEXT: "SOURCE": problem, then a summary per file.
Exits 1 if any error was found (or a file cannot be parsed), 0 otherwise.
"""
import collections
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);")
UNFINISHED = {"unfinished", "obsolete", "vanished"}
# Numerus forms lrelease expects, by the catalogue's language (Qt's numerus rules); others unchecked.
EXPECTED_FORMS = {"cy": 5, "en": 2, "en_GB": 2, "ga": 5, "gd": 4}


def mnemonics(text):
    """Letters marked with a single '&' (not '&&', not an entity)."""
    text = ENTITY.sub("", text).replace("&&", "")
    return [text[i + 1] if i + 1 < len(text) else "" for i, c in enumerate(text) if c == "&"]


def duplicates(texts):
    """{letter: sorted distinct texts} for each mnemonic letter more than one distinct text uses."""
    keys = collections.defaultdict(set)
    for text in texts:
        marked = mnemonics(text)
        if marked and marked[0]:
            keys[marked[0].lower()].add(text)
    return {key: sorted(used) for key, used in sorted(keys.items()) if len(used) > 1}


def edges(text):
    lead = re.match(r"\s*", text).group(0)
    trail = re.search(r"\s*$", text).group(0)
    return lead, trail


def compare(source, translation):
    problems = []
    for name, pattern in (("placeholders", PLACEHOLDER), ("HTML tags", TAG), ("entities", ENTITY)):
        want = collections.Counter(pattern.findall(source))
        got = collections.Counter(pattern.findall(translation))
        if want != got:
            missing = sorted((want - got).elements())
            extra = sorted((got - want).elements())
            detail = []
            if missing:
                detail.append("missing " + " ".join(missing))
            if extra:
                detail.append("extra " + " ".join(extra))
            problems.append(f"{name} differ ({'; '.join(detail)})")
    if edges(source) != edges(translation):
        problems.append("leading/trailing whitespace differs")
    if source.count("\n") != translation.count("\n"):
        problems.append(f"{source.count(chr(10))} line break(s) in the source, {translation.count(chr(10))} here")
    want_m, got_m = mnemonics(source), mnemonics(translation)
    if len(want_m) != len(got_m):
        problems.append(f"{len(want_m)} '&' mnemonic(s) in the source, {len(got_m)} here")
    elif got_m and not got_m[0].isalnum() and (not want_m[0] or want_m[0].isalnum()):
        problems.append(f"mnemonic on '{got_m[0]}', not on a letter")
    return problems


def check(path):
    errors = warnings = finished = unfinished = 0
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        print(f"{path}: cannot be read: {e}")
        return 1, 0
    expected_forms = EXPECTED_FORMS.get(root.get("language", ""))
    for context in root.iter("context"):
        name = context.findtext("name")
        sources, translations = [], []
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in UNFINISHED:
                unfinished += 1
                continue
            finished += 1
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms
                if not forms or any(not f.strip() for f in forms):
                    print(f'{path}: {name}: "{source}": a numerus form is empty')
                    errors += 1
                if expected_forms and len(forms) != expected_forms:
                    print(f'{path}: {name}: "{source}": {len(forms)} numerus forms, lrelease expects {expected_forms}')
                    errors += 1
            else:
                texts = [translation.text or ""]
                if not texts[0].strip() and source.strip():
                    print(f'{path}: {name}: "{source}": the translation is empty')
                    errors += 1
                    continue
            for text in texts:
                for problem in compare(source, text):
                    print(f'{path}: {name}: "{source}": {problem}: "{text}"')
                    errors += 1
            if mnemonics(source):
                sources.append(source)
                translations.append(texts[0])
        english, translated = duplicates(sources), duplicates(translations)
        if len(translated) > len(english):
            print(f"{path}: {name}: {len(translated)} duplicated mnemonic letter(s) in the translations, "
                  f"{len(english)} in the sources: give each text a letter of its own")
            for key, used in translated.items():
                print(f"{path}: {name}: mnemonic '{key}': " + " | ".join(used))
            errors += 1
        elif translated:
            warnings += 1
    print(f"{path}: {finished} finished, {unfinished} unfinished, {errors} error(s), "
          f"{warnings} context(s) with as many duplicate mnemonics as the sources or fewer")
    return errors, warnings


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[2])
        return 2
    total = 0
    for path in paths:
        errors, _ = check(path)
        total += errors
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
