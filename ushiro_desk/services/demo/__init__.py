"""Realistic sample data for a one-person design and consulting company (デザイン・コンサルティング).

Each module in this package contributes one area through `fill(store, ctx) -> dict[str, int]` and runs
in the order of its `ORDER`. The same generator with a large `years` is the benchmark data set; it is
deterministic for a given seed and end date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ushiro_desk.services.store import Store


@dataclass
class DemoContext:
    years: int
    today: date
    rng: random.Random
    shared: dict[str, Any] = field(default_factory=dict)  # ids one area hands to a later one

    @property
    def start(self) -> date:
        return date(self.today.year - self.years, self.today.month, 1)


def _modules() -> list[Any]:
    import importlib
    import pkgutil

    found = [
        importlib.import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)
    ]
    return sorted(found, key=lambda m: (m.ORDER, m.__name__))


def fill(store: Store, *, years: int, seed: int = 7, today: date | None = None) -> dict[str, int]:
    """Fill an empty data dir; return counts of what was made."""
    ctx = DemoContext(years=years, today=today or date.today(), rng=random.Random(seed))
    summary: dict[str, int] = {}
    for module in _modules():
        summary.update(module.fill(store, ctx))
    return summary
