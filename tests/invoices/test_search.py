"""Issued documents searched as 電子帳簿保存法 asks (施行規則4条1項, 2条6項六 — jp-rules.md §3.1): by
取引年月日 range, 取引金額 range and 取引先, each alone and combined; in the service, the CLI
(`invoices list --from --to --min --max --client`) and the invoice list's filter bar."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from ushiro_desk.cli.main import main
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Line
from ushiro_desk.domain.invoicing.search import DocumentQuery
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.invoicing import clients, documents, queries


def fee(amount: int) -> tuple[Line, ...]:
    return (Line("デザイン制作費", Decimal(1), "式", Decimal(amount)),)


@pytest.fixture
def issued(owner, make_draft):  # type: ignore[no-untyped-def]
    """Four issued invoices: アオバ商事 in April (¥110,000) and June (¥550,000), ＫＩＴＡ企画 in May
    (¥110,000) and June (¥1,100,000); and a draft that matches everything."""
    kita, _, _ = clients.save_client(owner, Client("ＫＩＴＡ企画 株式会社"))
    made = {}
    for key, day, amount, client in (
        ("aoba_apr", date(2026, 4, 10), 100_000, None), ("kita_may", date(2026, 5, 12), 100_000, kita.id),
        ("aoba_jun", date(2026, 6, 15), 500_000, None), ("kita_jun", date(2026, 6, 30), 1_000_000, kita.id),
    ):
        draft = make_draft(fee(amount), issue_date=day)
        if client is not None:
            draft = documents.save_draft(owner, replace(draft, client_id=client, recipient=kita.recipient()))[0]
        made[key] = documents.issue(owner, draft.id)[0].number
    make_draft(fee(500_000), issue_date=date(2026, 6, 1))
    return made


CASES = [
    (DocumentQuery(date_from=date(2026, 5, 1), date_to=date(2026, 6, 15)), {"kita_may", "aoba_jun"}),
    (DocumentQuery(amount_min=110_000, amount_max=110_000), {"aoba_apr", "kita_may"}),
    (DocumentQuery(client="kita"), {"kita_may", "kita_jun"}),  # ＫＩＴＡ matched by width and case
    (DocumentQuery(date_from=date(2026, 6, 1), amount_min=600_000), {"kita_jun"}),
    (DocumentQuery(client="アオバ", amount_max=200_000), {"aoba_apr"}),
    (DocumentQuery(date_from=date(2026, 5, 1), date_to=date(2026, 6, 30), amount_min=100_000, amount_max=600_000, client="アオバ"), {"aoba_jun"}),
    (DocumentQuery(date_from=date(2026, 7, 1)), set()),
]


def test_the_service_combines_date_amount_and_client(owner, issued) -> None:  # type: ignore[no-untyped-def]
    for query, expected in CASES:
        found = {r.number for r in queries.list_documents(owner, query=query) if r.number}
        assert found == {issued[k] for k in expected}, query


def test_an_impossible_range_is_refused(owner) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as caught:
        queries.list_documents(owner, query=DocumentQuery(amount_min=10, amount_max=5))
    assert [p.code for p in caught.value.problems] == ["search.amount_range"]


def _cli_args(query: DocumentQuery) -> list[str]:
    args = ["invoices", "list", "--json", "--on", "2026-08-01"]
    for flag, value in (("--from", query.date_from), ("--to", query.date_to), ("--min", query.amount_min),
                        ("--max", query.amount_max)):
        if value is not None:
            args += [flag, str(value)]
    if query.client:
        args += ["--client", query.client]
    return args


def test_the_cli_combines_date_amount_and_client(owner, issued, capsys) -> None:  # type: ignore[no-untyped-def]
    owner.close()
    for query, expected in CASES:
        assert main(_cli_args(query)) == 0
        rows = json.loads(capsys.readouterr().out)
        assert {r["number"] for r in rows if r["number"]} == {issued[k] for k in expected}, query


def test_the_cli_says_one_sentence_for_a_reversed_range(owner, capsys) -> None:  # type: ignore[no-untyped-def]
    owner.close()
    assert main(["invoices", "list", "--from", "2026-07-01", "--to", "2026-06-01"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("--from is after --to.") and "Traceback" not in err and err.count("\n") == 0


def test_the_cli_lists_a_credit_note_as_negative(owner, make_draft, capsys) -> None:  # type: ignore[no-untyped-def]
    invoice, _ = documents.issue(owner, make_draft(fee(100_000)).id)
    credit, _ = documents.issue(owner, documents.save_draft(owner, documents.draft_credit_note(owner, invoice.id))[0].id)
    owner.close()
    assert main(["invoices", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith(credit.number or "?"))
    assert "-110,000" in line
