"""Handoff bundles as use cases: recipients, preview, export with the disclosure ledger, returns."""
