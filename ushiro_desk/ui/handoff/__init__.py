"""The Handoff page: recipients, data needs, bundle preview and export, the disclosure ledger, returns."""
