"""入金消込 as use cases: candidates for every open deposit, confirming (one, or all exact at once),
undoing a confirmation, dismissing a deposit with a reason.

Payments are recorded through the invoicing payments service, inside this service's transaction, so
a confirmation is one commit: payments, the line's link, the learned payer name. Undo takes exactly
those away again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.bank.kana import payer_key
from ushiro_desk.domain.bank.matching import DEFAULT_FEE_RANGE, Book, Candidate, Deposit, OpenDocument, exact_matches
from ushiro_desk.domain.bank.model import LineState, StoredLine
from ushiro_desk.domain.invoicing.status import Payment
from ushiro_desk.domain.problems import InvalidInput, error
from ushiro_desk.services.changes import BANK, INVOICES, Changes
from ushiro_desk.services.invoicing import payments
from ushiro_desk.services.invoicing.queries import RECEIVABLE
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, bank_repo
from ushiro_desk.storage.invoicing import documents as documents_repo

FEE_MIN, FEE_MAX = "fee_min", "fee_max"


@dataclass(frozen=True)
class LineCandidates:
    line: StoredLine
    candidates: tuple[Candidate, ...]


def fee_range(store: Store) -> tuple[int, int]:
    with store.db.snapshot() as conn:
        return (int(bank_repo.setting(conn, FEE_MIN, str(DEFAULT_FEE_RANGE[0]))),
                int(bank_repo.setting(conn, FEE_MAX, str(DEFAULT_FEE_RANGE[1]))))


def set_fee_range(store: Store, low: int, high: int) -> Changes:
    if not 0 <= low <= high <= 10_000:
        raise InvalidInput([error("fee_max", "bank.fee_range")])
    with store.db.transaction() as conn:
        bank_repo.set_setting(conn, FEE_MIN, str(low))
        bank_repo.set_setting(conn, FEE_MAX, str(high))
        audit.record(conn, "update", "bank_setting", "fee_range", {"min": low, "max": high})
    return Changes.of(BANK)


def open_documents(conn, today: date) -> list[OpenDocument]:  # type: ignore[no-untyped-def]
    """Issued receivables still owed, with the balance the invoicing standing gives."""
    out = []
    for row in documents_repo.summaries(conn, kinds=RECEIVABLE):
        if row.number is None:
            continue
        standing = row.standing(today)
        if standing.status.is_open and standing.balance > 0:
            out.append(OpenDocument(row.id, row.number, row.client_id, row.client_name, standing.balance,
                                    row.due_date, row.issue_date))
    return out


def book(store: Store, today: date) -> Book:
    low, high = fee_range(store)
    with store.db.snapshot() as conn:
        return Book(open_documents(conn, today), bank_repo.client_names(conn), (low, high))


def _deposit(line: StoredLine) -> Deposit:
    return Deposit(line.id, line.day, line.deposit, line.payer or line.description,
                   " ".join(x for x in (line.description, line.memo) if x))


def open_deposits(store: Store) -> list[StoredLine]:
    with store.db.snapshot() as conn:
        return bank_repo.lines(conn, states=(LineState.OPEN,), deposits_only=True)


def candidates(store: Store, *, today: date | None = None, limit: int = 5) -> list[LineCandidates]:
    """Every open deposit with its ranked candidates (best first)."""
    current = book(store, today or date.today())
    return [LineCandidates(line, tuple(current.candidates(_deposit(line), limit))) for line in open_deposits(store)]


def _allocate(line: StoredLine, docs: list[OpenDocument], fee: int | None, fee_limit: int) -> list[tuple[OpenDocument, int, int]]:
    """(document, amount, fee) for each document: oldest first paid in full; the fee settles the last
    one; a deposit short of the total by more than a fee is a partial payment of the last one."""
    owed = sum(d.balance for d in docs)
    if fee is None:
        gap = owed - line.deposit
        fee = gap if 0 < gap <= fee_limit else 0
    if fee < 0:
        raise InvalidInput([error("fee", "payment.negative")])
    if line.deposit + fee > owed:
        raise InvalidInput([error("amount", "bank.more_than_owed", owed=owed, deposit=line.deposit)])
    docs = sorted(docs, key=lambda d: (d.due_date or d.issue_date, d.id))
    remaining, out = line.deposit, []
    for index, doc in enumerate(docs):
        last = index == len(docs) - 1
        doc_fee = fee if last else 0
        amount = remaining if last else min(remaining, doc.balance)
        if last and amount + doc_fee > doc.balance:
            raise InvalidInput([error("amount", "bank.more_than_owed", owed=owed, deposit=line.deposit)])
        if amount + doc_fee == 0:
            raise InvalidInput([error("documents", "bank.nothing_left", number=doc.number)])
        out.append((doc, amount, doc_fee))
        remaining -= amount
    return out


def confirm(store: Store, line_id: int, numbers: list[str], *, fee: int | None = None,
            today: date | None = None) -> Changes:
    """Record the deposit as payment(s) of the named documents, with the bank fee deducted (given, or
    the shortfall when it lies within the fee range), link the line and learn the payer's name."""
    today = today or date.today()
    if not numbers:
        raise InvalidInput([error("documents", "required")])
    low, high = fee_range(store)
    with store.db.transaction() as conn:
        line = bank_repo.line(conn, line_id)
        if line is None:
            raise InvalidInput([error("line", "bank.line_unknown", line=line_id)])
        if line.state is not LineState.OPEN or line.deposit <= 0:
            raise InvalidInput([error("line", "bank.line_not_open", line=line_id)])
        open_by_number = {d.number: d for d in open_documents(conn, today)}
        docs = []
        for number in dict.fromkeys(numbers):
            if number not in open_by_number:
                raise InvalidInput([error("documents", "bank.document_not_open", number=number)])
            docs.append(open_by_number[number])
        plan = _allocate(line, docs, fee, high)
        alias_id = None
        key = payer_key(line.payer)
        if key and len({d.client_id for d in docs}) == 1:
            alias_id = bank_repo.add_alias(conn, key, docs[0].client_id, "learned", line.payer.strip()[:100])
        for doc, amount, doc_fee in plan:
            note = f"statement line {line.id}"
            payments.record_payment(store, doc.id, Payment(line.day, amount, doc_fee, note), today)
            payment_id = conn.execute("SELECT max(id) FROM payment WHERE document_id = ?", (doc.id,)).fetchone()[0]
            bank_repo.add_match(conn, line.id, doc.id, payment_id, amount, doc_fee, alias_id)
        bank_repo.set_state(conn, line.id, LineState.MATCHED)
        audit.record(conn, "confirm", "statement_line", line.id,
                     {"documents": [d.number for d in docs], "fee": sum(f for _, _, f in plan)})
    return Changes.of(BANK, INVOICES)


def confirm_all_exact(store: Store, *, today: date | None = None) -> tuple[int, Changes]:
    """Confirm every deposit that has exactly one exact candidate backed by the payer or a number."""
    today = today or date.today()
    current = book(store, today)
    chosen = exact_matches(current, [_deposit(line) for line in open_deposits(store)])
    with store.db.transaction():
        for deposit, candidate in chosen:
            confirm(store, deposit.id, list(candidate.numbers), fee=0, today=today)
    return len(chosen), (Changes.of(BANK, INVOICES) if chosen else Changes())


def undo(store: Store, line_id: int) -> Changes:
    """Take a confirmation back: its payments, its links and the payer name it taught."""
    with store.db.transaction() as conn:
        line = bank_repo.line(conn, line_id)
        if line is None or line.state is not LineState.MATCHED:
            raise InvalidInput([error("line", "bank.line_not_matched", line=line_id)])
        rows = bank_repo.matches(conn, line_id)
        bank_repo.delete_matches(conn, line_id)
        for row in rows:
            if conn.execute("SELECT 1 FROM payment WHERE id = ?", (row["payment_id"],)).fetchone():
                payments.delete_payment(store, row["payment_id"])
        for alias_id in {r["learned_alias_id"] for r in rows if r["learned_alias_id"] is not None}:
            still_used = conn.execute("SELECT 1 FROM statement_match WHERE learned_alias_id = ?", (alias_id,)).fetchone()
            if not still_used:
                bank_repo.delete_alias(conn, alias_id)
        bank_repo.set_state(conn, line_id, LineState.OPEN)
        audit.record(conn, "undo", "statement_line", line_id, {"payments": [r["payment_id"] for r in rows]})
    return Changes.of(BANK, INVOICES)


def dismiss(store: Store, line_id: int, reason: str) -> Changes:
    """Not a payment of any document (a refund, interest, the owner's own money): kept, with why."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput([error("reason", "bank.dismiss_reason")])
    with store.db.transaction() as conn:
        line = bank_repo.line(conn, line_id)
        if line is None or line.state is not LineState.OPEN:
            raise InvalidInput([error("line", "bank.line_not_open", line=line_id)])
        bank_repo.set_state(conn, line_id, LineState.DISMISSED, reason)
        audit.record(conn, "dismiss", "statement_line", line_id, {"reason": reason})
    return Changes.of(BANK)


def add_kana_name(store: Store, client_id: int, kana: str) -> Changes:
    """The client's name as its bank spells it (振込依頼人名), used to recognise its transfers."""
    key = payer_key(kana)
    if not key:
        raise InvalidInput([error("kana", "required")])
    with store.db.transaction() as conn:
        bank_repo.add_alias(conn, key, client_id, "kana", kana.strip()[:100])
        audit.record(conn, "create", "payer_alias", client_id, {"kana": kana})
    return Changes.of(BANK)


def payer_names(store: Store) -> list[tuple[str, str, str]]:
    """(client, payer name as the owner or the bank spelled it, source) of every payer name known, by
    client. Matching uses the folded key; a name stored without its spelling shows the key."""
    with store.db.snapshot() as conn:
        return [(r[0], r[3] or r[1], r[2]) for r in conn.execute(
            """SELECT c.name, a.payer_key, a.source, a.display FROM payer_alias a JOIN client c ON c.id = a.client_id
               ORDER BY c.name, a.id""")]
