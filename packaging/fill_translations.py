"""Write translations into a .ts catalogue: `python packaging/fill_translations.py FILE.ts MAP.json`.

MAP.json maps a source text (or "Context|source text") to its translation. Matching messages get the
translation and lose `type="unfinished"`; the script prints what is still untranslated.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                missing.append(f"{name}|{source}")
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    for item in left:
        print("untranslated:", item)
    sys.exit(1 if left else 0)
