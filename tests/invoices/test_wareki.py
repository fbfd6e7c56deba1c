"""和暦 on documents: an invoice setting; dates printed 令和8年11月30日, 令和 from 2019-05-01 (平成31年4月30日
the day before; 元号を改める政令 平成31年政令第143号), the first year written 元年."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from ushiro_desk.domain.wareki import ERAS, wareki
from ushiro_desk.domain.tax_rules import gaps
from ushiro_desk.services.invoicing import documents, settings


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2026, 11, 30), "令和8年11月30日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
    ],
)
def test_japanese_era_dates(day: date, text: str) -> None:
    assert wareki(day) == text


def test_the_eras_follow_each_other_without_a_gap() -> None:
    assert gaps(ERAS) == []


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_the_setting_prints_the_issued_documents_dates_in_the_era(owner, make_draft) -> None:  # type: ignore[no-untyped-def]
    plain = make_draft(issue_date=date(2026, 11, 30), supply_date=date(2026, 11, 27), due_date=date(2026, 12, 30))
    assert "発行日2026年11月30日" in _text(documents.render_pdf(owner, plain))
    settings.save_settings(owner, replace(settings.load_settings(owner), wareki_dates=True))
    assert settings.load_settings(owner).wareki_dates
    issued, _ = documents.issue(owner, plain.id)
    text = _text(documents.issued_pdf(owner, issued.id))
    assert "発行日令和8年11月30日" in text and "取引年月日令和8年11月27日" in text and "お支払期限令和8年12月30日" in text
    assert "2026年" not in text


def test_the_settings_tab_switches_the_era_dates_on(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.invoices.settings_tab import TAB_CLASS

    tab = TAB_CLASS(ui_ctx)
    qtbot.addWidget(tab)
    assert not tab.wareki.isChecked()
    tab.wareki.setChecked(True)
    assert tab.save()
    assert settings.load_settings(ui_ctx.store).wareki_dates
    tab.load()
    assert tab.wareki.isChecked()
