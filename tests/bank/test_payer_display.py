"""Payer names keep the owner's spelling for display (サクラコーヒー); the folded key (サクラコヒ) is only
what matching compares."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Callable

from tests.bank.conftest import ACCOUNT
from tests.bank.files import zengin_statement
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Honorific
from ushiro_desk.services.bank import imports, matching
from ushiro_desk.services.invoicing import clients
from ushiro_desk.services.store import Store

TODAY = date(2026, 11, 20)


def _aliases(store: Store) -> list[tuple[str, str, str]]:
    with sqlite3.connect(store.db.path) as conn:
        return list(conn.execute("SELECT payer_key, display, source FROM payer_alias ORDER BY id"))


def test_the_kana_name_is_shown_as_typed_and_matched_folded(owner: Store, issue, write: Callable[[str, bytes], Path]) -> None:  # type: ignore[no-untyped-def]
    sakura, _, _ = clients.save_client(owner, Client("有限会社サクラ珈琲", Honorific.ONCHU))
    matching.add_kana_name(owner, sakura.id or 0, "サクラコーヒー")
    assert ("有限会社サクラ珈琲", "サクラコーヒー", "kana") in matching.payer_names(owner)
    assert ("サクラコヒ", "サクラコーヒー", "kana") in _aliases(owner)
    invoice = issue(sakura, 50_000)
    imports.apply(owner, write("m.txt", zengin_statement([(date(2026, 11, 2), 55_000, "ﾕ)ｻｸﾗｺ-ﾋ-", "")])),
                  ACCOUNT, today=TODAY)
    (found,) = matching.candidates(owner, today=TODAY)
    best = found.candidates[0]
    assert best.numbers == (invoice.number,) and [r.code for r in best.reasons] == ["exact", "name"]


def test_a_learned_name_is_shown_as_the_bank_wrote_it(owner: Store, minato: Client, issue,  # type: ignore[no-untyped-def]
                                                      write: Callable[[str, bytes], Path]) -> None:
    invoice = issue(minato, 100_000)
    imports.apply(owner, write("m.txt", zengin_statement([(date(2026, 11, 2), 110_000, "ﾐﾅﾄ ｾｲｻｸｼﾖ ｵｵｻｶ", "")])),
                  ACCOUNT, today=TODAY)
    (found,) = matching.candidates(owner, today=TODAY)
    matching.confirm(owner, found.line.id, [invoice.number], today=TODAY)
    assert ("株式会社ミナト製作所", "ﾐﾅﾄ ｾｲｻｸｼﾖ ｵｵｻｶ", "learned") in matching.payer_names(owner)
    assert ("ミナトセイサクシヨオオサカ", "ﾐﾅﾄ ｾｲｻｸｼﾖ ｵｵｻｶ", "learned") in _aliases(owner)


def test_a_name_stored_before_its_spelling_was_kept_shows_the_key(owner: Store, minato: Client) -> None:
    with sqlite3.connect(owner.db.path) as conn:
        conn.execute("UPDATE payer_alias SET display = ''")
    assert ("株式会社ミナト製作所", "ミナトセイサクシヨ", "kana") in matching.payer_names(owner)
