"""SQLModel tables: the declared schema that the migrations must build (a test compares them).

Every module in this package is imported here, so an area adds its tables by adding a module.
Runtime code reads and writes with `sqlite3`; these classes are for Alembic and tests.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlmodel import SQLModel

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

metadata = SQLModel.metadata
