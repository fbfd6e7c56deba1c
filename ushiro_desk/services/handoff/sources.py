"""Where the data a chore needs comes from: one provider per data kind.

A provider reads the records of its kind for a period and returns them as `SourceRecord`s with every
field it has; the domain's disclosure rules then decide what may leave. An area registers its provider
with `register`; the company's bank accounts are provided here.
"""

from __future__ import annotations

import functools
import sqlite3
from datetime import date
from typing import TYPE_CHECKING, Callable

from ushiro_desk.domain.handoff.disclosure import DataKind, Scope, SourceRecord
from ushiro_desk.storage import company_repo

if TYPE_CHECKING:
    from ushiro_desk.services.store import Store

Provider = Callable[[sqlite3.Connection, date, date], tuple[SourceRecord, ...]]
# (store, record id, the recipient's scope) → the record's file as PDF without what the scope masks
Renderer = Callable[["Store", str, Scope], bytes]
_providers: dict[DataKind, Provider] = {}
_renderers: dict[str, Renderer] = {}


def register(kind: DataKind, provider: Provider) -> None:
    _providers[kind] = provider


def register_renderer(record_kind: str, renderer: Renderer) -> None:
    """An area that marks its records' files `redactable` renders the copies here."""
    _renderers[record_kind] = renderer


def render(store: "Store", record_kind: str, record_id: str, scope: Scope) -> bytes:
    load_areas()
    return _renderers[record_kind](store, record_id, scope)


def gather(conn: sqlite3.Connection, kind: DataKind, first: date, last: date) -> tuple[SourceRecord, ...]:
    load_areas()
    provider = _providers.get(kind)
    return provider(conn, first, last) if provider else ()


def _bank_accounts(conn: sqlite3.Connection, first: date, last: date) -> tuple[SourceRecord, ...]:
    profile = company_repo.load(conn)
    if profile is None:
        return ()
    return tuple(
        SourceRecord(
            "bank_account", str(i), f"{a.bank_name} {a.branch_name}",
            {"bank_name": a.bank_name, "branch_name": a.branch_name, "account_type": a.account_type.value,
             "account_number": a.account_number, "account_holder": a.account_holder},
        )
        for i, a in enumerate(profile.bank_accounts)
    )


register(DataKind.BANK_DETAILS, _bank_accounts)


@functools.cache
def load_areas() -> None:
    """Areas put their providers (and hooks) in `services/handoff/source_<area>.py`; import them."""
    import importlib
    import pkgutil

    from ushiro_desk.services import handoff

    for module in pkgutil.iter_modules(handoff.__path__):
        if module.name.startswith("source_"):
            importlib.import_module(f"{handoff.__name__}.{module.name}")
