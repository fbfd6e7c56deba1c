"""入金消込: for a deposit, the open documents it may pay, ranked, each with the reasons shown.

A candidate is one document or several of one client. Evidence adds up to a score:
- the amount: exactly the amount due; the amount due less a bank fee the client deducted (within the
  owner's range); several documents of one client together; or less than due (a partial payment);
- the payer: the folded 振込依頼人名 equals (or contains) the client's kana name, a learned alias or the
  client's own name;
- the text: a document number in the transfer text.
Amounts due come from the invoicing standing (payments, credit notes, corrections, withholding), so
nothing here computes what is owed.
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ushiro_desk.domain.bank.kana import payer_from_description, payer_key

DEFAULT_FEE_RANGE = (1, 880)  # 振込手数料 a client may deduct: up to ¥880 unless the owner sets otherwise
MAX_COMBINED = 4  # documents paid together considered at most
MAX_CLIENT_DOCS = 16
MAX_PARTIAL = 3  # a partial payment is offered for a client's oldest open documents only  # a client's open documents looked at for combinations
SCORES = {"exact": 60, "fee": 45, "combined": 40, "partial": 10, "name": 30, "name_part": 20, "number": 40}


@dataclass(frozen=True)
class OpenDocument:
    id: int
    number: str
    client_id: int
    client_name: str
    balance: int  # still owed, from the invoicing standing
    due_date: date | None
    issue_date: date


@dataclass(frozen=True)
class Reason:
    code: str  # exact, fee, combined, partial, name, name_part, number
    detail: str = ""


@dataclass(frozen=True)
class Candidate:
    documents: tuple[OpenDocument, ...]
    amount: int  # the deposit
    fee: int  # booked as 支払手数料 (deducted by the client)
    score: int
    reasons: tuple[Reason, ...]

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(d.number for d in self.documents)

    @property
    def kind(self) -> str:
        return self.reasons[0].code

    @property
    def is_exact(self) -> bool:
        return self.kind == "exact"


@dataclass(frozen=True)
class Deposit:
    id: int
    day: date
    amount: int
    payer: str  # as sent (振込依頼人名) or the description
    text: str = ""  # everything else the bank wrote (摘要, EDI, memo)

    @property
    def key(self) -> str:
        return payer_key(payer_from_description(self.payer))


@dataclass
class Book:
    """The open documents and the client names, indexed once for many deposits."""

    documents: list[OpenDocument]
    names: dict[int, set[str]]  # client id → folded names (kana name, aliases, the name itself)
    fee_range: tuple[int, int] = DEFAULT_FEE_RANGE
    _by_balance: list[tuple[int, int]] = field(default_factory=list, init=False)
    _by_client: dict[int, list[OpenDocument]] = field(default_factory=dict, init=False)
    _combinable: dict[int, list[OpenDocument]] = field(default_factory=dict, init=False)
    _balances: list[int] = field(default_factory=list, init=False)
    _by_number: dict[str, OpenDocument] = field(default_factory=dict, init=False)
    _by_key: dict[str, set[int]] = field(default_factory=dict, init=False)
    _names: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        # by balance, then as candidates of one kind rank (oldest first, then number): the first few of
        # a run of equal balances are the best of those no name or number speaks for
        order = sorted(range(len(self.documents)), key=lambda i: (
            self.documents[i].balance, self.documents[i].due_date or self.documents[i].issue_date,
            (self.documents[i].number,), i))
        self._by_balance = [(self.documents[i].balance, i) for i in order]
        for d in self.documents:
            self._by_client.setdefault(d.client_id, []).append(d)
            self._by_number[_fold_number(d.number)] = d
        self._balances = [b for b, _ in self._by_balance]
        for client_id, docs in self._by_client.items():
            docs.sort(key=lambda d: (d.due_date or d.issue_date, d.id))
            # the oldest MAX_CLIENT_DOCS, by balance: what combinations are made of
            self._combinable[client_id] = sorted(docs[:MAX_CLIENT_DOCS], key=lambda d: d.balance)
        for client_id, keys in self.names.items():
            for key in keys:
                if key:
                    self._by_key.setdefault(key, set()).add(client_id)
        self._names = sorted(self._by_key)

    def clients_named(self, key: str) -> tuple[set[int], set[int]]:
        """Clients whose name equals the key, and (when none does) those whose name the bank cut short
        or wrote with words after it: a known name that starts with the key, or that the key starts with."""
        if not key:
            return set(), set()
        exact = set(self._by_key.get(key, ()))
        if exact or len(key) < 4:
            return exact, set()
        partial: set[int] = set()
        for end in range(4, len(key)):
            partial |= self._by_key.get(key[:end], set())
        start = bisect.bisect_left(self._names, key)
        for name in self._names[start:]:
            if not name.startswith(key):
                break
            partial |= self._by_key[name]
        return exact, partial

    def with_balance(self, low: int, high: int) -> list[OpenDocument]:
        start = bisect.bisect_left(self._balances, low)
        end = bisect.bisect_right(self._balances, high, start)
        documents = self.documents
        return [documents[index] for _, index in self._by_balance[start:end]]

    def numbers_in(self, text: str) -> list[OpenDocument]:
        found = []
        for token in _NUMBER_TOKEN.findall(unicodedata.normalize("NFKC", text).upper()):
            doc = self._by_number.get(_fold_number(token))
            if doc is not None and doc not in found:
                found.append(doc)
        return found

    def candidates(self, deposit: Deposit, limit: int = 5) -> list[Candidate]:
        if deposit.amount <= 0:
            return []
        key = deposit.key
        named, partly_named = self.clients_named(key)
        by_text = self.numbers_in(f"{deposit.payer} {deposit.text}")
        numbered = {d.id for d in by_text}
        low_fee, high_fee = self.fee_range
        found: dict[tuple[int, ...], tuple] = {}  # type: ignore[type-arg]
        name_reasons: dict[int, Reason] = {}

        def add(docs: tuple[OpenDocument, ...], fee: int, kind: str, detail: str = "") -> None:
            reasons = [_REASONS[kind] if not detail and kind in _REASONS else Reason(kind, detail)]
            score = SCORES[kind]
            client_id = docs[0].client_id  # a candidate's documents are one client's
            if client_id in named:
                reasons.append(name_reasons.get(client_id) or name_reasons.setdefault(
                    client_id, Reason("name", docs[0].client_name)))
                score += SCORES["name"]
            elif client_id in partly_named:
                reasons.append(Reason("name_part", docs[0].client_name))
                score += SCORES["name_part"]
            if numbered:
                hits = [d.number for d in docs if d.id in numbered]
                if hits:
                    reasons.append(Reason("number", ", ".join(hits)))
                    score += SCORES["number"]
            if kind in ("partial", "combined") and len(reasons) == 1:
                return  # without a name or a number these are guesses, not candidates
            ids = tuple(sorted(d.id for d in docs)) if len(docs) > 1 else (docs[0].id,)
            current = found.get(ids)
            if current is None or current[3] < score:
                oldest = (docs[0].due_date or docs[0].issue_date) if len(docs) == 1 else min(
                    d.due_date or d.issue_date for d in docs)
                order = (-score, fee, oldest, tuple(d.number for d in docs))
                found[ids] = (order, docs, fee, score, reasons)  # made a Candidate only if ranked

        by_number = {d.client_id for d in by_text}
        spoken_for = named | partly_named | by_number
        # Documents of other clients rank among themselves in the order with_balance gives (fee, then
        # oldest, then number): more than `limit` of them can never be shown.
        plain = 0
        for doc in self.with_balance(deposit.amount, deposit.amount):
            if doc.client_id in spoken_for:
                add((doc,), 0, "exact")
            elif plain < limit:
                plain += 1
                add((doc,), 0, "exact")
        plain = 0
        for doc in self.with_balance(deposit.amount + low_fee, deposit.amount + high_fee):
            if doc.client_id in spoken_for or plain < limit:
                plain += doc.client_id not in spoken_for
                add((doc,), doc.balance - deposit.amount, "fee", str(doc.balance - deposit.amount))
        for client_id in spoken_for:
            for combo in _sums(self._combinable.get(client_id, []), deposit.amount, deposit.amount + high_fee):
                total = sum(d.balance for d in combo)
                if total == deposit.amount:
                    add(combo, 0, "combined")
                elif low_fee <= total - deposit.amount:
                    add(combo, total - deposit.amount, "combined", str(total - deposit.amount))
            docs = self._by_client.get(client_id, [])[:MAX_CLIENT_DOCS]
            for doc in [d for d in docs if d.balance > deposit.amount + high_fee][:MAX_PARTIAL]:  # oldest first
                add((doc,), 0, "partial", str(doc.balance - deposit.amount))
        best = heapq.nsmallest(limit, found.values(), key=lambda item: item[0])
        return [Candidate(docs, deposit.amount, fee, score, tuple(reasons)) for _, docs, fee, score, reasons in best]


_REASONS = {kind: Reason(kind) for kind in ("exact", "combined")}


def _sums(docs: list[OpenDocument], low: int, high: int) -> list[tuple[OpenDocument, ...]]:
    """Groups of 2 to MAX_COMBINED documents (balances ascending) whose total lies in [low, high];
    a branch stops as soon as its total passes `high`."""
    found: list[tuple[OpenDocument, ...]] = []
    if len(docs) < 2:
        return found
    largest = docs[-1].balance

    def extend(start: int, chosen: tuple[OpenDocument, ...], total: int) -> None:
        if total + (MAX_COMBINED - len(chosen)) * largest < low:
            return  # even the largest documents could not bring this group up to the deposit
        for index in range(start, len(docs)):
            doc = docs[index]
            new_total = total + doc.balance
            if new_total > high:
                break
            group = (*chosen, doc)
            if len(group) >= 2 and new_total >= low:
                found.append(group)
            if len(group) < MAX_COMBINED:
                extend(index + 1, group, new_total)

    extend(0, (), 0)
    return found


def _oldest(candidate: Candidate) -> date:
    return min(d.due_date or d.issue_date for d in candidate.documents)


_NUMBER_TOKEN = re.compile(r"[A-Z]{0,4}-?\d{2,}(?:-\d+)*")


def _fold_number(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).upper())


def exact_matches(book: Book, deposits: Iterable[Deposit]) -> list[tuple[Deposit, Candidate]]:
    """The deposits that can be confirmed at once: one exact-amount candidate, confirmed by the payer's
    name or a document number, and no document claimed by two deposits."""
    chosen: list[tuple[Deposit, Candidate]] = []
    claimed: dict[int, int] = {}
    for deposit in deposits:
        exact = [c for c in book.candidates(deposit, limit=20) if c.is_exact]
        if len(exact) != 1 or len(exact[0].reasons) < 2:
            continue
        doc_id = exact[0].documents[0].id
        claimed[doc_id] = claimed.get(doc_id, 0) + 1
        chosen.append((deposit, exact[0]))
    return [(d, c) for d, c in chosen if claimed[c.documents[0].id] == 1]
