"""The Invoices page: quotes, invoices, credit notes, payments, recurring drafts, preview and print."""
