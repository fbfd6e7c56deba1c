"""Bank import and 入金消込 at scale: import a 10,000-line statement and rank candidates for every deposit
against 5,000 open documents, as a ratio to the floor — parsing the same file with the `csv` module and
reading the open documents with one SQL query (target ≤ 3×).

Both sides run as whole processes (interpreter start included), alternating, at least 7 pairs; each
bank run starts from a fresh copy of the same database. Figures: median and min–max.

    python tests/benchmarks/bench_bank.py [--lines 10000] [--documents 5000] [--pairs 7]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)
ACCOUNT = "みずほ銀行 渋谷支店 1234567"
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"

BANK_RUN = """
import sys, time
sys.path.insert(0, {root!r})
from datetime import date
from pathlib import Path
from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import open_store
from ushiro_desk.services.bank import imports, matching
store = open_store(DataPaths(Path({data!r})))
result, _ = imports.apply(store, Path({statement!r}), {account!r}, today=date(2026, 11, 20))
found = matching.candidates(store, today=date(2026, 11, 20))
assert result.added == {lines} and len(found) == {deposits}, (result.added, len(found))
store.close()
"""

FLOOR_RUN = """
import csv, io, sqlite3
rows = list(csv.reader(io.StringIO(open({statement!r}, "rb").read().decode("cp932"))))
conn = sqlite3.connect({database!r})
docs = conn.execute(
    "SELECT d.id, d.number, d.client_id, d.amount_due - COALESCE((SELECT SUM(p.amount + p.bank_fee) FROM payment p "
    "WHERE p.document_id = d.id), 0) FROM sales_document d WHERE d.number IS NOT NULL").fetchall()
assert len(rows) == {lines} + 1 and len(docs) == {documents}
"""


def kana_name(rng: random.Random) -> str:
    return "".join(rng.choice(KANA) for _ in range(rng.randint(4, 9)))


def build(folder: Path, documents: int, lines: int, seed: int = 5) -> tuple[Path, Path, int]:
    """A store with `documents` open invoices of 500 clients (kana names known) and a statement of `lines`
    lines: deposits paying them (exact, fee deducted, partial, unknown) and debits."""
    from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile
    from ushiro_desk.domain.invoicing.client import Client
    from ushiro_desk.domain.invoicing.document import DocumentKind, Line
    from ushiro_desk.paths import DataPaths
    from ushiro_desk.services import company
    from ushiro_desk.services.bank import accounts, matching
    from ushiro_desk.services.invoicing import clients, documents as docs_service
    from ushiro_desk.services.store import open_store
    from ushiro_desk.storage import company_repo
    from ushiro_desk.storage.invoicing import documents as repo

    rng = random.Random(seed)
    store = open_store(DataPaths(folder / "template"))
    company.save_profile(store, CompanyProfile("合同会社ベンチ", bank_accounts=(
        BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", "ﾄﾞ)ﾍﾞﾝﾁ"),)))
    accounts.accounts(store)
    names = []
    with store.db.transaction() as conn:
        pdf, _ = store.files.put_bytes(b"%PDF-1.4 benchmark placeholder")
        company_repo.register_file(conn, pdf, 30, "application/pdf", "placeholder.pdf")
        client_ids = []
        for i in range(500):
            kana = kana_name(rng)
            saved, _, _ = clients.save_client(store, Client(f"株式会社ベンチ{i:03d}"))
            matching.add_kana_name(store, saved.id or 0, kana)
            client_ids.append(saved.id or 0)
            names.append(kana)
        open_docs = []
        for n in range(documents):
            client = rng.randrange(500)
            doc = docs_service.new_document(store, DocumentKind.INVOICE, client_ids[client],
                                            issue_date=TODAY - timedelta(days=rng.randint(10, 90)))
            price = rng.randrange(10_000, 800_000, 1_000)
            doc = replace(doc, lines=(Line("制作費", Decimal(1), "式", Decimal(price)),))
            doc = replace(doc, id=repo.insert_draft(conn, doc))
            repo.mark_issued(conn, doc, number=f"INV-2026-{n + 1:05d}", scope="2026", value=n + 1, issuer_json="{}",
                             pdf_sha256=pdf, issued_at="2026-11-01T00:00:00+00:00")
            open_docs.append((client, doc.totals().amount_due, f"INV-2026-{n + 1:05d}"))
    store.close()
    statement = folder / "statement.csv"
    rows = ["日付,内容,出金金額(円),入金金額(円),残高(円),メモ"]
    balance, deposits = 10_000_000, 0
    for i in range(lines):
        day = TODAY - timedelta(days=(lines - i) * 60 // lines)
        kind = rng.random()
        if kind < 0.7:
            client, due, number = rng.choice(open_docs)
            amount = due if kind < 0.4 else due - rng.choice((110, 440, 660, 880)) if kind < 0.55 else due // 2
            text = f"振込 ｶ){names[client]}".translate(str.maketrans(KANA, "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜ"))
        elif kind < 0.75:
            amount, text = rng.randrange(1_000, 100_000), f"振込 {kana_name(rng)}"
        else:
            amount, text = -rng.randrange(100, 50_000), rng.choice(("ﾗｸﾃﾝｶ-ﾄﾞｻ-ﾋﾞｽ", "ﾌﾘｶｴ ﾄﾞ)ﾍﾞﾝﾁ"))
        deposits += amount > 0
        balance += amount
        rows.append(f"{day:%Y/%m/%d},{text},{-amount if amount < 0 else ''},{amount if amount > 0 else ''},{balance},")
    statement.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))
    return folder / "template", statement, deposits


def timed(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ushiro-bench-bank-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        template, statement, deposits = build(folder, args.documents, args.lines)
        print(f"data: {args.documents:,} open documents, {args.lines:,} lines ({deposits:,} deposits), "
              f"built in {time.perf_counter() - started:.1f} s")
        bank_times, floor_times = [], []
        for pair in range(max(args.pairs, 7)):
            run = folder / f"run{pair}"
            shutil.copytree(template, run)
            bank_code = BANK_RUN.format(root=str(ROOT), data=str(run), statement=str(statement), account=ACCOUNT,
                                        lines=args.lines, deposits=deposits)
            floor_code = FLOOR_RUN.format(statement=str(statement), database=str(template / "ushiro.sqlite3"),
                                          lines=args.lines, documents=args.documents)
            first, second = (bank_code, floor_code) if pair % 2 == 0 else (floor_code, bank_code)
            a, b = timed(first), timed(second)
            bank, floor = (a, b) if pair % 2 == 0 else (b, a)
            bank_times.append(bank)
            floor_times.append(floor)
            shutil.rmtree(run)
            print(f"pair {pair + 1}: import + match {bank:.2f} s, csv + one query {floor:.2f} s, ratio {bank / floor:.2f}×")
        ratios = [b / f for b, f in zip(bank_times, floor_times)]
        print(f"import + match: median {statistics.median(bank_times):.2f} s (min {min(bank_times):.2f}, max {max(bank_times):.2f})")
        print(f"floor:          median {statistics.median(floor_times):.2f} s (min {min(floor_times):.2f}, max {max(floor_times):.2f})")
        print(f"ratio: median {statistics.median(ratios):.2f}× (min {min(ratios):.2f}, max {max(ratios):.2f}) — target ≤ 3×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
