"""Recurring invoices: templates and the drafts they propose, confirmed one by one by the owner."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ushiro_desk.domain.invoicing.document import Document, DocumentKind, check_document
from ushiro_desk.domain.invoicing.recurring import RecurringTemplate, check_template
from ushiro_desk.domain.invoicing.terms import MONTH_END, add_months, day_in_month
from ushiro_desk.domain.problems import InvalidInput, has_errors
from ushiro_desk.services.changes import INVOICES, Changes
from ushiro_desk.services.invoicing import documents
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit
from ushiro_desk.storage.invoicing import clients as clients_repo
from ushiro_desk.storage.invoicing import documents as documents_repo
from ushiro_desk.storage.invoicing import recurring as repo


@dataclass(frozen=True)
class Proposal:
    """A draft a template would make for `day`; nothing exists until the owner confirms it."""

    template: RecurringTemplate
    day: date
    client_name: str


def list_templates(store: Store) -> list[RecurringTemplate]:
    with store.db.snapshot() as conn:
        return repo.all_templates(conn)


def save_template(store: Store, template: RecurringTemplate) -> tuple[RecurringTemplate, Changes]:
    problems = check_template(template)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        if template.id is None:
            template = replace(template, id=repo.insert(conn, template))
            audit.record(conn, "create", "recurring_template", template.id, {"name": template.name})
        else:
            repo.update(conn, template)
            audit.record(conn, "update", "recurring_template", template.id, {"name": template.name})
    return template, Changes.of(INVOICES)


def delete_template(store: Store, template_id: int) -> Changes:
    with store.db.transaction() as conn:
        repo.delete(conn, template_id)
        audit.record(conn, "delete", "recurring_template", template_id)
    return Changes.of(INVOICES)


def proposals(store: Store, today: date) -> list[Proposal]:
    """Every draft that came due and was neither made nor skipped, oldest first."""
    with store.db.snapshot() as conn:
        templates = repo.all_templates(conn)
        names = {c.id: c.name for c in clients_repo.search(conn, include_archived=True)}
    found = [
        Proposal(t, day, names.get(t.client_id, "")) for t in templates for day in t.due_dates(today)
    ]
    return sorted(found, key=lambda p: (p.day, p.template.name))


def draft_for(store: Store, template: RecurringTemplate, day: date) -> Document:
    """The unsaved draft a template makes for one scheduled date."""
    doc = documents.new_document(store, DocumentKind.INVOICE, template.client_id, issue_date=day)
    whole_month = template.interval_months == 1 and template.day_of_month == MONTH_END
    return replace(
        doc,
        lines=template.lines,
        subject=template.subject_for(day),
        notes=template.notes or doc.notes,
        price_mode=template.price_mode,
        supply_from=day.replace(day=1) if whole_month else None,
        supply_date=day,
        recurring_id=template.id,
    )


def confirm(store: Store, template_id: int, day: date) -> tuple[Document, Changes]:
    """Make the draft for one proposal (it is not issued or sent)."""
    with store.db.snapshot() as conn:
        template = repo.load(conn, template_id)
    if template is None:
        raise LookupError(f"no template {template_id}")
    doc = draft_for(store, template, day)
    problems = check_document(doc)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        current = repo.load(conn, template_id)
        if current is None or day not in current.due_dates(day):  # made or skipped meanwhile
            return doc, Changes()
        doc = replace(doc, id=documents_repo.insert_draft(conn, doc))
        repo.set_last_date(conn, template_id, day)
        audit.record(conn, "create", "sales_document", doc.id, {"recurring": template_id, "for": day})
    return doc, Changes.of(INVOICES)


def skip(store: Store, template_id: int, day: date) -> Changes:
    """Do not make the draft for `day` (nor for any earlier date of the template)."""
    with store.db.transaction() as conn:
        repo.set_last_date(conn, template_id, day)
        audit.record(conn, "skip", "recurring_template", template_id, {"for": day})
    return Changes.of(INVOICES)


def template_from(store: Store, document_id: int) -> RecurringTemplate:
    """An unsaved monthly template with a document's client, lines and subject, starting the month
    after it."""
    doc = documents.load_document(store, document_id)
    year, month = add_months(doc.issue_date.year, doc.issue_date.month, 1)
    return RecurringTemplate(
        client_id=doc.client_id,
        name=f"{doc.recipient.name} {doc.subject}".strip(),
        lines=doc.lines,
        start=day_in_month(year, month, MONTH_END),
        subject=doc.subject,
        notes=doc.notes,
        price_mode=doc.price_mode,
    )
