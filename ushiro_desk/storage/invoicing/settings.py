"""Rows ↔ `InvoiceSettings` (one JSON value per key)."""

from __future__ import annotations

import json
import sqlite3

from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.settings import InvoiceSettings
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding
from ushiro_desk.domain.invoicing.terms import PaymentTerms


def load(conn: sqlite3.Connection) -> InvoiceSettings:
    raw = {r["key"]: json.loads(r["value"]) for r in conn.execute("SELECT key, value FROM invoice_setting")}
    default = InvoiceSettings()
    try:
        terms = raw.get("terms")
        return InvoiceSettings(
            invoice_pattern=raw.get("invoice_pattern", default.invoice_pattern),
            quote_pattern=raw.get("quote_pattern", default.quote_pattern),
            credit_note_pattern=raw.get("credit_note_pattern", default.credit_note_pattern),
            rounding=Rounding(raw.get("rounding", default.rounding.value)),
            price_mode=PriceMode(raw.get("price_mode", default.price_mode.value)),
            terms=PaymentTerms(**terms) if isinstance(terms, dict) else default.terms,
            holiday_rule=HolidayRule(raw.get("holiday_rule", default.holiday_rule.value)),
            quote_valid_days=int(raw.get("quote_valid_days", default.quote_valid_days)),
            notes=str(raw.get("notes", default.notes)),
            wareki_dates=raw.get("wareki_dates", default.wareki_dates) is True,
        )
    except (ValueError, TypeError):  # a value from a newer version: fall back rather than refuse to start
        return default


def save(conn: sqlite3.Connection, settings: InvoiceSettings) -> None:
    values = {
        "invoice_pattern": settings.invoice_pattern,
        "quote_pattern": settings.quote_pattern,
        "credit_note_pattern": settings.credit_note_pattern,
        "rounding": settings.rounding.value,
        "price_mode": settings.price_mode.value,
        "terms": {
            "closing_day": settings.terms.closing_day,
            "months_after": settings.terms.months_after,
            "pay_day": settings.terms.pay_day,
            "net_days": settings.terms.net_days,
        },
        "holiday_rule": settings.holiday_rule.value,
        "quote_valid_days": settings.quote_valid_days,
        "notes": settings.notes,
        "wareki_dates": settings.wareki_dates,
    }
    conn.executemany(
        "INSERT INTO invoice_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [(k, json.dumps(v, ensure_ascii=False)) for k, v in values.items()],
    )


def is_saved(conn: sqlite3.Connection) -> bool:
    """Whether the owner has saved the invoicing settings once (until then the defaults apply)."""
    return conn.execute("SELECT 1 FROM invoice_setting LIMIT 1").fetchone() is not None
