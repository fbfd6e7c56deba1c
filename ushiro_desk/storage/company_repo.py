"""Rows ↔ `CompanyProfile`."""

from __future__ import annotations

import sqlite3

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.storage.audit import now_utc


def load(conn: sqlite3.Connection) -> CompanyProfile | None:
    row = conn.execute("SELECT * FROM company_profile WHERE id = 1").fetchone()
    if row is None:
        return None
    accounts = tuple(
        BankAccount(
            bank_name=a["bank_name"],
            branch_name=a["branch_name"],
            account_type=AccountType(a["account_type"]),
            account_number=a["account_number"],
            account_holder=a["account_holder"],
        )
        for a in conn.execute("SELECT * FROM bank_account ORDER BY position")
    )
    return CompanyProfile(
        name=row["name"],
        representative=row["representative"],
        postal_code=row["postal_code"],
        address=row["address"],
        phone=row["phone"],
        email=row["email"],
        registration_number=row["registration_number"],
        entity_type=EntityType(row["entity_type"]),
        fiscal_year_start_month=row["fiscal_year_start_month"],
        bank_accounts=accounts,
        logo_sha256=row["logo_sha256"],
        seal_sha256=row["seal_sha256"],
        specified_commissioner=bool(row["specified_commissioner"]),
    )


def save(conn: sqlite3.Connection, profile: CompanyProfile) -> None:
    conn.execute(
        """INSERT INTO company_profile (id, name, representative, postal_code, address, phone, email,
               registration_number, entity_type, fiscal_year_start_month, logo_sha256, seal_sha256,
               specified_commissioner, updated_at)
           VALUES (1, :name, :representative, :postal_code, :address, :phone, :email,
               :registration_number, :entity_type, :fiscal_year_start_month, :logo_sha256, :seal_sha256,
               :specified_commissioner, :updated_at)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, representative = excluded.representative,
               postal_code = excluded.postal_code, address = excluded.address, phone = excluded.phone,
               email = excluded.email, registration_number = excluded.registration_number,
               entity_type = excluded.entity_type,
               fiscal_year_start_month = excluded.fiscal_year_start_month,
               logo_sha256 = excluded.logo_sha256, seal_sha256 = excluded.seal_sha256,
               specified_commissioner = excluded.specified_commissioner,
               updated_at = excluded.updated_at""",
        {
            "name": profile.name,
            "representative": profile.representative,
            "postal_code": profile.postal_code,
            "address": profile.address,
            "phone": profile.phone,
            "email": profile.email,
            "registration_number": profile.registration_number,
            "entity_type": profile.entity_type.value,
            "fiscal_year_start_month": profile.fiscal_year_start_month,
            "logo_sha256": profile.logo_sha256,
            "seal_sha256": profile.seal_sha256,
            "specified_commissioner": int(profile.specified_commissioner),
            "updated_at": now_utc(),
        },
    )
    conn.execute("DELETE FROM bank_account")
    conn.executemany(
        """INSERT INTO bank_account (position, bank_name, branch_name, account_type, account_number,
               account_holder) VALUES (?, ?, ?, ?, ?, ?)""",
        [
            (i, a.bank_name, a.branch_name, a.account_type.value, a.account_number, a.account_holder)
            for i, a in enumerate(profile.bank_accounts)
        ],
    )


def register_file(
    conn: sqlite3.Connection, sha256: str, size: int, media_type: str, original_name: str
) -> None:
    """Record a file in `stored_file` (once; a second store of the same bytes keeps the first row)."""
    conn.execute(
        """INSERT INTO stored_file (sha256, size, media_type, original_name, stored_at)
           VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING""",
        (sha256, size, media_type, original_name, now_utc()),
    )
