"""The invoicing settings."""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.invoicing.settings import InvoiceSettings, check_settings
from ushiro_desk.domain.problems import InvalidInput, has_errors
from ushiro_desk.services.changes import INVOICES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit
from ushiro_desk.storage.invoicing import settings as repo


def load_settings(store: Store) -> InvoiceSettings:
    with store.db.snapshot() as conn:
        return repo.load(conn)


def save_settings(store: Store, settings: InvoiceSettings, today: date | None = None) -> Changes:
    problems = check_settings(settings, today or date.today())
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        repo.save(conn, settings)
        audit.record(conn, "save", "invoice_setting", "*", {"invoice_pattern": settings.invoice_pattern})
    return Changes.of(INVOICES)
