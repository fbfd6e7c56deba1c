"""Fixtures for the expense tests: forms, recorded expenses and small receipt files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pytest

from ushiro_desk.domain.expenses.model import PaymentMethod, TaxCategory
from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses.sample_files import receipt_pdf, receipt_png
from ushiro_desk.services.store import Store

TODAY = date(2026, 11, 20)


def form(**values: Any) -> ExpenseInput:
    base = ExpenseInput(
        date=date(2026, 10, 5),
        payee="東京メトロ",
        amount="1,280",
        tax_category=TaxCategory.STANDARD,
        account="旅費交通費",
        payment_method=PaymentMethod.CARD,
        supplier_tnumber="T9010001088018",
        memo="打合せ 往復",
    )
    return replace(base, **values)


@pytest.fixture
def record(store: Store) -> Callable[..., int]:
    """Record an expense in `store` from `form(**values)`; return its id."""

    def make(**values: Any) -> int:
        expense_id, _, _ = expenses.create(store, form(**values), today=TODAY)
        return expense_id

    return make


@pytest.fixture
def receipt_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a small receipt file: `receipt_file("a.png")` (unique content per name unless `data`)."""
    folder = tmp_path / "incoming"
    folder.mkdir()

    def make(name: str, data: bytes | None = None) -> Path:
        path = folder / name
        if data is None:
            data = receipt_pdf(["RECEIPT", name]) if name.endswith(".pdf") else receipt_png(name, seed=len(name))
        path.write_bytes(data)
        return path

    return make
