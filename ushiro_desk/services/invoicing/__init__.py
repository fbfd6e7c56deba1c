"""Invoicing use cases: clients, drafts, issuing, payments, recurring drafts, settings and the list.

Each function owns its transaction, records the change in the audit trail and returns `Changes`.
"""
