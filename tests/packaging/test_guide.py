"""The user guide exists in Japanese and English with the same sections, and every picture it shows is
one that `make screenshots` makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "resources" / "docs"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
SECTION = re.compile(r"^## (\d+)\. ", re.MULTILINE)


def guide(language: str) -> str:
    return (DOCS / f"guide.{language}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_picture_in_the_guide_exists(language: str) -> None:
    images = IMAGE.findall(guide(language))
    assert images
    for link in images:
        assert link.startswith(f"../screenshots/{language}/"), f"{link} is not a screenshot in {language}"
        assert (DOCS / link).resolve().is_file(), f"{link} does not exist (run `make screenshots`)"


def test_both_languages_have_the_same_sections_and_pictures() -> None:
    ja, en = guide("ja"), guide("en")
    assert SECTION.findall(ja) == SECTION.findall(en) and len(SECTION.findall(en)) >= 7
    assert [Path(p).name for p in IMAGE.findall(ja)] == [Path(p).name for p in IMAGE.findall(en)]
