"""Fixtures for the chores tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ushiro_desk.domain.chores import Area, Chore
from ushiro_desk.domain.recurrence import CadenceSpec, Kind

TODAY = date(2026, 11, 20)  # a Friday; 11/23 勤労感謝の日 is the Monday after


def make_chore(**changes: Any) -> Chore:
    values: dict[str, Any] = {
        "title": "請求書発行",
        "area": Area.ACCOUNTING,
        "start": date(2026, 1, 1),
        "cadence": CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY).cadence(),
        "goal": "当月分の請求書が送付済み",
        "steps": "1. 作る\n2. 送る",
        "estimate_minutes": 30,
    }
    values.update(changes)
    return Chore(**values)


@pytest.fixture
def chore_factory():  # type: ignore[no-untyped-def]
    return make_chore

