"""Refresh the translation catalogues from the sources: `make ts`.

One catalogue per area keeps the files small and lets areas be translated independently:
`resources/i18n/<area>_ja.ts` holds the strings of `ushiro_desk/ui/<area>/` (the `core` catalogue holds
everything directly under `ui/` and in the folders that are not an area of their own).
English is the source language and needs no catalogue.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ushiro_desk" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ja",)
# Folders of ui/ that belong to the core catalogue rather than having one of their own.
CORE_FOLDERS = {"pages", "widgets", "settings_tabs", "core"}


def sources_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = {"core": []}
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI)
        area = relative.parts[0] if len(relative.parts) > 1 and relative.parts[0] not in CORE_FOLDERS else "core"
        areas.setdefault(area, []).append(path)
    return areas


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    I18N.mkdir(parents=True, exist_ok=True)
    for area, files in sources_by_area().items():
        for language in LANGUAGES:
            target = I18N / f"{area}_{language}.ts"
            cmd = [str(lupdate), "-no-obsolete", "-locations", "none", *map(str, files), "-ts", str(target)]
            subprocess.run(cmd, check=True, capture_output=True)
            print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
