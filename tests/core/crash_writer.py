"""Child process for the crash test: writes in a loop and prints each number once it is committed.

Each transaction stores a file, registers it, rewrites the company profile with two bank accounts and
adds an audit row — several tables at once, as real use does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile
from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import open_store
from ushiro_desk.storage import audit, company_repo


def main() -> None:
    store = open_store(DataPaths(Path(sys.argv[1])))
    n = int(sys.argv[2])
    while True:
        payload = f"receipt {n}".encode() * 50
        sha, _ = store.files.put_bytes(payload)
        with store.db.transaction() as conn:
            company_repo.register_file(conn, sha, len(payload), "text/plain", f"r{n}.txt")
            accounts = tuple(
                BankAccount(f"銀行{n}", "本店", AccountType.ORDINARY, str(1000000 + i), "カ）テスト") for i in range(2)
            )
            company_repo.save(conn, CompanyProfile(name=f"会社{n}", bank_accounts=accounts))
            audit.record(conn, "crash-test", "record", n, {"sha": sha})
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main()
