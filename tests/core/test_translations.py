"""Every user-facing string in ui/ is in a catalogue with a finished Japanese translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from update_translations import sources_by_area  # noqa: E402

AREAS = sources_by_area()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_string_is_translated_to_japanese(area: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{area}_ja.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-locations", "none", *map(str, AREAS[area]), "-ts", str(fresh)], check=True, capture_output=True
    )
    committed = messages(ROOT / "resources" / "i18n" / f"{area}_ja.ts")
    wanted = messages(fresh)
    missing = sorted(f"{ctx}: {src}" for ctx, src in wanted if (ctx, src) not in committed)
    assert not missing, "not in the catalogue (run `make ts`):\n" + "\n".join(missing)
    unfinished = []
    for key in wanted:
        translation = committed[key].find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            unfinished.append(f"{key[0]}: {key[1]}")
    assert not unfinished, "no Japanese translation:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "i18n").glob("*.ts")), ids=lambda p: p.name)
def test_placeholders_survive_translation(ts: Path) -> None:
    for (ctx, source), message in messages(ts).items():
        text = message.findtext("translation") or ""
        for n in range(1, 10):
            if f"%{n}" in source:
                assert f"%{n}" in text, f"{ts.name} {ctx}: {source!r} lost %{n}"
