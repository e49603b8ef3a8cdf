"""Fails when a Qt Linguist file has an unfinished, empty or placeholder-mismatched translation."""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def problems(path):
    found = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found.append(f"{name}: unfinished: {source!r}")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            for form in forms:
                if not form.strip():
                    found.append(f"{name}: empty translation: {source!r}")
                elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                    found.append(f"{name}: placeholders differ: {source!r} -> {form!r}")
    return found


if __name__ == "__main__":
    failures = []
    for path in sys.argv[1:]:
        failures += [f"{path}: {p}" for p in problems(path)]
    print("\n".join(failures) if failures else f"{len(sys.argv) - 1} translation files complete")
    sys.exit(1 if failures else 0)
