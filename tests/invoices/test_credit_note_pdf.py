"""The credit note as printed (issue 15): 「適格返還請求書」 (消費税法57条の4第3項, not a demand), the
返還等を行う日 as entered, and a header whose number never runs into its label or the title at any
number length (read back with pypdf; word boxes as poppler renders them)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from tests.invoices.conftest import PROFILE
from tests.invoices.test_pdf import sample, text_of
from ushiro_desk.domain.invoicing import numbering
from ushiro_desk.domain.invoicing.document import Document, DocumentKind
from ushiro_desk.domain.invoicing.tax import PriceMode
from ushiro_desk.reports import invoice_pdf

# The longest pattern the settings accept (numbering.MAX_LENGTH) with its counter grown past its width.
LONGEST_PATTERN = "CN-{YYYY}{MM}-SHIBUYA-STUDIO-{NNNNNNNNN}"
NUMBERS = (
    "CN-2026-0001",
    numbering.format_number("CN-{YYYY}-{NNNN}", date(2026, 6, 5), 123_456),
    numbering.format_number(LONGEST_PATTERN, date(2026, 6, 5), 12_345_678_901),
    numbering.format_number("CREDITNOTE-{YYYY}-{MM}-{NNNN}-SHIBUYA-ST", date(2026, 6, 5), 10**15),  # grown
)


def credit(number: str | None = "CN-2026-0001", **changes: object) -> Document:
    doc = sample(kind=DocumentKind.CREDIT_NOTE, number=number, original_number="INV-2026-0007",
                 original_issue_date=date(2026, 5, 29), issue_date=date(2026, 6, 5), due_date=None,
                 return_date=date(2026, 6, 12))
    return replace(doc, **changes)  # type: ignore[arg-type]


def word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) on page 1 as poppler lays it out (y grows downwards)."""
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(source), "-"], capture_output=True,
                          text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(pattern, html)]


def test_the_title_is_a_qualified_credit_note_not_a_demand() -> None:
    text = "".join(text_of(invoice_pdf.render(credit(), PROFILE)))
    assert text.startswith("適格返還請求書")
    assert "返還請求書" not in text.replace("適格返還請求書", "") and "ご請求" not in text
    english = "".join(text_of(invoice_pdf.render(credit(language="en"), PROFILE)))
    assert "CREDITNOTE" in english and "Dateofcredit12Jun2026" in english


def test_the_return_date_is_printed_as_entered_and_defaults_to_the_issue_date() -> None:
    """消法57条の4③二: 返還等を行う日 is an item of the 適格返還請求書; it is not always the issue date."""
    text = "".join(text_of(invoice_pdf.render(credit(), PROFILE)))
    assert "返還等を行う日2026年6月12日" in text and "発行日2026年6月5日" in text
    plain = "".join(text_of(invoice_pdf.render(credit(return_date=None), PROFILE)))
    assert "返還等を行う日2026年6月5日" in plain


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("number", NUMBERS)
def test_no_header_words_overlap_at_any_number_length(number: str, language: str, tmp_path: Path) -> None:
    assert len(LONGEST_PATTERN) == numbering.MAX_LENGTH and not numbering.check_pattern(LONGEST_PATTERN)
    pdf = invoice_pdf.render(credit(number, language=language), PROFILE)
    assert number in "".join(text_of(pdf))  # the whole number, read back
    words = word_boxes(pdf, tmp_path)
    header = [w for w in words if w[4] < 100]  # the band of the title and the number
    assert any(w[0] == number for w in header)
    margin = invoice_pdf.MARGIN - 0.5
    assert all(margin <= w[1] and w[3] <= invoice_pdf.PAGE_W - margin for w in header)  # nothing runs off the page
    footer = [w for w in words if w[2] > invoice_pdf.PAGE_H - 40]  # title and number, page, issuer
    assert any(w[0] == number for w in footer)
    for band in (header, footer):
        for a, b in combinations(band, 2):
            apart = a[3] <= b[1] or b[3] <= a[1] or a[4] <= b[2] or b[4] <= a[2]
            assert apart, f"{a} overlaps {b}"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_longest_number_renders_clear_of_the_title(language: str, tmp_path: Path) -> None:
    """Rendered as a viewer shows it (1 pt = 1 px): the number is inked, and between the title and the
    number's block there is only paper."""
    from PIL import Image

    pdf = invoice_pdf.render(credit(NUMBERS[-1], language=language), PROFILE)
    boxes = word_boxes(pdf, tmp_path)
    number = next(w for w in boxes if w[0] == NUMBERS[-1])
    title_right = max(w[3] for w in boxes if w[4] < 100 and w[4] - w[2] > 15)  # the title: 22 pt glyphs
    source = tmp_path / "cn.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", str(source), str(tmp_path / "cn")], check=True)
    image = Image.open(next(tmp_path.glob("cn*.png"))).convert("L")
    top, bottom = int(number[2]), int(number[4]) + 1
    ink = [image.getpixel((x, y)) for x in range(int(number[1]) + 1, int(number[3])) for y in range(top, bottom)]
    assert min(ink) < 128  # the number is drawn
    gap = [image.getpixel((x, y)) for x in range(int(title_right) + 2, int(number[1]) - 1) for y in range(top, bottom)]
    assert title_right < number[1] and min(gap, default=255) > 200


def test_the_withholding_base_is_printed_when_prices_include_tax() -> None:
    """平元直法6-1 / jp-rules §2.3: with 税込 prices the 税抜 fee withheld on is printed, so fee and tax are
    clearly separated and the client may withhold on the fee alone."""
    doc = sample(price_mode=PriceMode.INCLUSIVE)
    base = doc.totals().withholding_base
    assert base
    text = "".join(text_of(invoice_pdf.render(doc, PROFILE)))
    assert f"源泉徴収の対象額（税抜）{base:,}円" in text
    exclusive = "".join(text_of(invoice_pdf.render(sample(), PROFILE)))
    assert "源泉徴収の対象額" not in exclusive
