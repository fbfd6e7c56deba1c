"""Drafts and issuing: quotes, invoices, corrections and credit notes.

Issuing is one transaction: take the next gap-free number of the series, render the PDF, store the
file (flushed to disk) and only then give the draft its number and the PDF's SHA-256 and commit. A
crash at any moment leaves either the draft (the counter rolls back with it) or a fully issued
document; never a used number without its PDF. The database's triggers keep issued documents as
they are.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, replace
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Callable

from ushiro_desk.domain.company import CompanyProfile, EntityType
from ushiro_desk.domain.invoicing import numbering, withholding
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Line, check_document
from ushiro_desk.domain.invoicing.settings import InvoiceSettings
from ushiro_desk.domain.invoicing.terms import due_date
from ushiro_desk.domain.problems import InvalidInput, Problem, error, has_errors, warning
from ushiro_desk.services.calendar import business_calendar
from ushiro_desk.services.changes import INVOICES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, company_repo
from ushiro_desk.storage.invoicing import clients as clients_repo
from ushiro_desk.storage.invoicing import documents as repo
from ushiro_desk.storage.invoicing import payments as payments_repo
from ushiro_desk.storage.invoicing import settings as settings_repo

Step = Callable[[str], None]


def _settings_and_profile(store: Store) -> tuple[InvoiceSettings, CompanyProfile | None]:
    with store.db.snapshot() as conn:
        return settings_repo.load(conn), company_repo.load(conn)


def new_document(
    store: Store, kind: DocumentKind, client_id: int, *, issue_date: date | None = None
) -> Document:
    """An unsaved draft for a client with the defaults: its terms, language and withholding, the
    owner's rounding, price mode and notes."""
    issue_date = issue_date or date.today()
    with store.db.snapshot() as conn:
        client = clients_repo.load(conn, client_id)
        settings = settings_repo.load(conn)
        profile = company_repo.load(conn)
    if client is None:
        raise LookupError(f"no client {client_id}")
    sole = profile is not None and profile.entity_type is EntityType.SOLE_PROPRIETOR
    doc = Document(
        kind=kind,
        client_id=client_id,
        recipient=client.recipient(),
        issue_date=issue_date,
        lines=(),
        supply_date=None if kind is DocumentKind.QUOTE else issue_date,
        price_mode=settings.price_mode,
        rounding=settings.rounding,
        withholding=kind is not DocumentKind.QUOTE and withholding.applies(sole, client.withholds),
        language=client.language,
        notes=default_notes(settings.notes, client.language),
    )
    return replace(doc, due_date=suggested_due_date(store, doc))


def _japanese(text: str) -> bool:
    """Kana, kanji or full-width forms: text written for a Japanese reader."""
    return any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in text)


def default_notes(notes: str, language: str) -> str:
    """The owner's default note for a new document: an English document does not take a Japanese one."""
    return "" if language == "en" and _japanese(notes) else notes


def suggested_due_date(store: Store, doc: Document) -> date | None:
    """The due date from the client's terms and holiday rule (a quote: valid for the set days)."""
    with store.db.snapshot() as conn:
        client = clients_repo.load(conn, doc.client_id)
        settings = settings_repo.load(conn)
    if doc.kind is DocumentKind.QUOTE:
        return doc.issue_date + timedelta(days=settings.quote_valid_days)
    if doc.kind is DocumentKind.CREDIT_NOTE or client is None:
        return None
    supplied = doc.supply_date or doc.issue_date
    return due_date(client.terms, supplied, doc.issue_date, business_calendar(store), client.holiday_rule)


def load_document(store: Store, document_id: int) -> Document:
    with store.db.snapshot() as conn:
        doc = repo.load(conn, document_id)
    if doc is None:
        raise LookupError(f"no document {document_id}")
    return doc


def find_by_number(store: Store, number: str) -> Document | None:
    with store.db.snapshot() as conn:
        found = repo.id_of_number(conn, number)
        return repo.load(conn, found) if found is not None else None


def _chain_base(conn: sqlite3.Connection, doc: Document) -> Document:
    """A credit note with its chain's net fee before it: the original's withholding base less the
    bases of the credit notes already issued for it (所得税法205条: the tax is on the net fee)."""
    if doc.kind is not DocumentKind.CREDIT_NOTE or doc.original_id is None:
        return doc
    original = repo.load(conn, doc.original_id)
    if original is None:
        return doc
    base = original.totals().withholding_base
    for (other_id,) in conn.execute(
        "SELECT id FROM sales_document WHERE original_id = ? AND kind = 'credit_note' AND number IS NOT NULL AND id IS NOT ?",
        (doc.original_id, doc.id),
    ).fetchall():
        other = repo.load(conn, other_id)
        if other is not None and other.withholding:
            base -= other.totals().withholding_base
    return replace(doc, chain_base=max(0, base))


def chain_base(store: Store, doc: Document) -> Document:
    """`doc` with its chain base as it stands now (the editor shows the withholding it gives)."""
    with store.db.snapshot() as conn:
        return _chain_base(conn, doc)


def save_draft(store: Store, doc: Document) -> tuple[Document, Changes, list[Problem]]:
    """Add or rewrite a draft. Errors raise InvalidInput (nothing written); warnings come back."""
    problems = check_document(doc)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        doc = _chain_base(conn, doc)
        if doc.id is None:
            doc = replace(doc, id=repo.insert_draft(conn, doc))
            audit.record(conn, "create", "sales_document", doc.id, {"kind": doc.kind.value})
        else:
            current = repo.load(conn, doc.id)
            if current is None or not current.is_draft:
                raise InvalidInput([error("document", "document.not_draft")])
            repo.update_draft(conn, doc)
            audit.record(conn, "update", "sales_document", doc.id, {"kind": doc.kind.value})
    return doc, Changes.of(INVOICES), problems


def delete_draft(store: Store, document_id: int) -> Changes:
    with store.db.transaction() as conn:
        current = repo.load(conn, document_id)
        if current is None:
            return Changes()
        if not current.is_draft:
            raise InvalidInput([error("document", "document.not_draft")])
        repo.delete_draft(conn, document_id)
        audit.record(conn, "delete", "sales_document", document_id, {"kind": current.kind.value})
    return Changes.of(INVOICES)


# -- documents that point to an issued one -------------------------------------------------------


def _issued_original(store: Store, original_id: int, *, for_kind: DocumentKind) -> Document:
    with store.db.snapshot() as conn:
        original = repo.load(conn, original_id)
        corrected = bool(
            conn.execute(
                "SELECT 1 FROM sales_document WHERE original_id = ? AND kind = 'correction' AND number IS NOT NULL",
                (original_id,),
            ).fetchone()
        )
    if original is None or original.is_draft:
        raise InvalidInput([error("original", "document.original_not_issued")])
    wanted = DocumentKind.QUOTE if for_kind is DocumentKind.INVOICE else None
    if wanted is not None and original.kind is not wanted:
        raise InvalidInput([error("original", "document.not_a_quote")])
    if wanted is None and not original.kind.is_receivable:
        raise InvalidInput([error("original", "document.not_an_invoice")])
    if corrected and for_kind is not DocumentKind.INVOICE:
        raise InvalidInput([error("original", "document.already_corrected")])
    return original


def draft_credit_note(store: Store, original_id: int, *, issue_date: date | None = None) -> Document:
    """An unsaved 適格返還請求書 for an issued invoice: its lines copied, to be reduced to what is
    returned or discounted. The original transaction date is kept (§1.6 item 2)."""
    original = _issued_original(store, original_id, for_kind=DocumentKind.CREDIT_NOTE)
    issued_on = issue_date or date.today()
    credit = replace(
        original,
        kind=DocumentKind.CREDIT_NOTE,
        id=None,
        number=None,
        issue_date=issued_on,
        due_date=None,
        original_id=original.id,
        original_number=original.number,
        original_issue_date=original.issue_date,
        quote_id=None,
        recurring_id=None,
        sent_on=None,
        pdf_sha256=None,
        notes="",
        return_date=issued_on,
    )
    return chain_base(store, credit)


def draft_correction(store: Store, original_id: int, *, issue_date: date | None = None) -> Document:
    """An unsaved 修正した適格請求書 carrying every item of the original, to be corrected (§1.7).

    Credit notes already issued for the original are netted into it: their lines follow the
    original's with the opposite sign, so the correction (which replaces the original and takes its
    payments) states the net fee and its withholding is on the net fee (所得税法205条)."""
    original = _issued_original(store, original_id, for_kind=DocumentKind.CORRECTION)
    netted: list[Line] = []
    with store.db.snapshot() as conn:
        credit_ids = [
            r[0] for r in conn.execute(
                "SELECT id FROM sales_document WHERE original_id = ? AND kind = 'credit_note' AND number IS NOT NULL"
                " ORDER BY issue_date, id",
                (original_id,),
            )
        ]
        for credit_id in credit_ids:
            credit = repo.load(conn, credit_id)
            if credit is None:
                continue
            for line in credit.lines:
                netted.append(replace(line, description=f"{line.description}（{credit.number}）", quantity=-line.quantity))
    return replace(
        original,
        lines=original.lines + tuple(netted),
        kind=DocumentKind.CORRECTION,
        id=None,
        number=None,
        issue_date=issue_date or date.today(),
        original_id=original.id,
        original_number=original.number,
        original_issue_date=original.issue_date,
        quote_id=None,
        sent_on=None,
        pdf_sha256=None,
    )


def draft_from_quote(store: Store, quote_id: int, *, issue_date: date | None = None) -> Document:
    """An unsaved invoice from an issued quote: the same lines, the client's current terms."""
    quote = _issued_original(store, quote_id, for_kind=DocumentKind.INVOICE)
    fresh = new_document(store, DocumentKind.INVOICE, quote.client_id, issue_date=issue_date)
    return replace(fresh, lines=quote.lines, subject=quote.subject, price_mode=quote.price_mode, rounding=quote.rounding, quote_id=quote.id)


# -- issuing -------------------------------------------------------------------------------------


def _profile_json(profile: CompanyProfile) -> str:
    def plain(value: object) -> object:
        return value.value if isinstance(value, Enum) else value

    data = {k: plain(v) for k, v in asdict(profile).items()}
    data["bank_accounts"] = [{k: plain(v) for k, v in asdict(a).items()} for a in profile.bank_accounts]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def check_issue(store: Store, document_id: int) -> list[Problem]:
    """What stands in the way of issuing (errors) and what the owner should know first (warnings)."""
    doc = load_document(store, document_id)
    _, profile = _settings_and_profile(store)
    problems = check_document(doc)
    if not doc.is_draft:
        problems.append(error("document", "document.not_draft"))
    if profile is None or not profile.name.strip():
        problems.append(error("company", "company.missing"))
    elif not profile.registration_number and doc.kind is not DocumentKind.QUOTE:
        problems.append(warning("company", "company.no_registration_number"))
    if doc.kind.is_receivable and not (profile and profile.bank_accounts):
        problems.append(warning("company.bank_accounts", "company.no_bank_account"))
    if profile is not None and profile.name.strip() and not profile.address.strip():
        problems.append(warning("company.address", "company.no_address"))
    if doc.kind.needs_original and doc.original_id is not None:
        try:
            _issued_original(store, doc.original_id, for_kind=doc.kind)
        except InvalidInput as exc:
            problems.extend(exc.problems)
    if doc.kind is DocumentKind.CREDIT_NOTE and doc.original_id is not None:
        left = _left_to_credit(store, doc)
        if left is not None and doc.totals().total > left:
            problems.append(warning("lines", "credit_note.more_than_left", left=left))
    return problems


def _left_to_credit(store: Store, doc: Document) -> int | None:
    """The original's total (税込) less the credit notes already issued for it."""
    with store.db.snapshot() as conn:
        row = conn.execute(
            """SELECT o.total - COALESCE((SELECT SUM(c.total) FROM sales_document c WHERE c.original_id = o.id
                   AND c.kind = 'credit_note' AND c.number IS NOT NULL AND c.id IS NOT ?), 0)
               FROM sales_document o WHERE o.id = ?""",
            (doc.id, doc.original_id),
        ).fetchone()
    return None if row is None else int(row[0])


def _images(store: Store, profile: CompanyProfile) -> tuple[bytes | None, bytes | None]:
    def read(sha: str | None) -> bytes | None:
        return store.files.read_bytes(sha) if sha and store.files.exists(sha) else None

    return read(profile.seal_sha256), read(profile.logo_sha256)


def render_pdf(store: Store, doc: Document, profile: CompanyProfile | None = None) -> bytes:
    """The document as PDF with the current company profile (drafts carry a watermark)."""
    from ushiro_desk.reports import invoice_pdf

    settings, current = _settings_and_profile(store)
    profile = profile or current or CompanyProfile(name="")
    seal, logo = _images(store, profile)
    return invoice_pdf.render(doc, profile, seal=seal, logo=logo, wareki_dates=settings.wareki_dates)


def issue(store: Store, document_id: int, *, on_step: Step | None = None) -> tuple[Document, Changes]:
    """Number the draft, render and store its PDF, and freeze it; all or nothing."""
    from ushiro_desk.reports import invoice_pdf

    step = on_step or (lambda _name: None)
    with store.db.transaction() as conn:
        doc = repo.load(conn, document_id)
        if doc is None:
            raise LookupError(f"no document {document_id}")
        profile = company_repo.load(conn)
        doc = _chain_base(conn, doc)  # the credit notes issued since the draft was saved count
        problems = [p for p in check_document(doc) if p.is_error]
        if not doc.is_draft:
            problems.append(error("document", "document.not_draft"))
        if profile is None or not profile.name.strip():
            problems.append(error("company", "company.missing"))
        if problems:
            raise InvalidInput(problems)
        assert profile is not None
        settings = settings_repo.load(conn)
        pattern = settings.pattern(doc.kind.series)
        scope = numbering.scope(pattern, doc.issue_date)
        value = repo.next_number(conn, doc.kind.series, scope)
        number = numbering.format_number(pattern, doc.issue_date, value)
        if repo.id_of_number(conn, number) is not None:  # e.g. the pattern was changed back and forth
            raise InvalidInput([error("number", "numbering.taken", number=number)])
        step("numbered")
        issued = replace(doc, number=number)
        seal, logo = _images(store, profile)
        pdf = invoice_pdf.render(issued, profile, seal=seal, logo=logo, wareki_dates=settings.wareki_dates)
        sha, _ = store.files.put_bytes(pdf)  # on disk before the row that points to it is committed
        step("pdf_stored")
        company_repo.register_file(conn, sha, len(pdf), "application/pdf", f"{number}.pdf")
        repo.mark_issued(
            conn, issued, number=number, scope=scope, value=value, issuer_json=_profile_json(profile),
            pdf_sha256=sha, issued_at=audit.now_utc(),
        )
        if doc.kind is DocumentKind.CORRECTION and doc.original_id is not None:
            payments_repo.move(conn, doc.original_id, document_id)
        audit.record(conn, "issue", "sales_document", document_id, {"number": number, "sha256": sha})
        step("committing")
    return replace(issued, pdf_sha256=sha), Changes.of(INVOICES)


def mark_sent(store: Store, document_ids: list[int], day: date | None = None) -> Changes:
    """Record that issued documents were sent (by mail, email or hand); None takes it back."""
    with store.db.transaction() as conn:
        for document_id in document_ids:
            repo.set_sent(conn, document_id, day)
            audit.record(conn, "sent" if day else "unsent", "sales_document", document_id, {"on": day})
    return Changes.of(INVOICES)


def issued_pdf(store: Store, document_id: int) -> bytes:
    """The PDF stored when the document was issued, checked against its SHA-256."""
    doc = load_document(store, document_id)
    if doc.pdf_sha256 is None:
        raise InvalidInput([error("document", "document.not_issued")])
    if not store.files.verify(doc.pdf_sha256):
        raise InvalidInput([error("document", "document.pdf_damaged")])
    return store.files.read_bytes(doc.pdf_sha256)


def document_pdf(store: Store, document_id: int) -> bytes:
    """The issued PDF, or a draft's preview."""
    doc = load_document(store, document_id)
    return issued_pdf(store, document_id) if doc.pdf_sha256 else render_pdf(store, doc)


def pdf_file_name(doc: Document) -> str:
    """`INV-2026-0012_株式会社アオバ商事.pdf`; a draft is named by its id."""
    label = doc.number or f"draft-{doc.id}"
    safe = "".join(ch for ch in doc.recipient.name if ch not in '\\/:*?"<>|').strip()[:40]
    return f"{label}_{safe}.pdf" if safe else f"{label}.pdf"


def pdf_targets(store: Store, document_ids: list[int], folder: Path, file_name: str | None = None) -> list[Path]:
    """Where `save_pdfs` writes each document (`file_name` names a single document's file)."""
    if file_name is not None and len(document_ids) == 1:
        return [folder / file_name]
    return [folder / pdf_file_name(load_document(store, document_id)) for document_id in document_ids]


def save_pdfs(
    store: Store,
    document_ids: list[int],
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    file_name: str | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Write each document's PDF (issued: the stored file; draft: a preview) into `folder`, one at a
    time so memory stays flat for any number of documents. Each file is written whole or not at all,
    privately (`outputs`), never inside the data folder and over an existing file only with `overwrite`;
    every target is checked before the first is written."""
    from ushiro_desk.outputs import check_target, write_bytes

    targets = pdf_targets(store, document_ids, folder, file_name)
    for target in targets:
        check_target(target, data_root=store.paths.root, overwrite=overwrite)
    written = []
    for done, (document_id, target) in enumerate(zip(document_ids, targets), start=1):
        doc = load_document(store, document_id)
        data = issued_pdf(store, document_id) if doc.pdf_sha256 else render_pdf(store, doc)
        write_bytes(target, data, data_root=store.paths.root, overwrite=overwrite)
        written.append(target)
        if progress is not None:
            progress(done, len(document_ids))
    return written
