"""Runtime SQL for invoicing (sqlite3): rows ↔ the domain objects of `domain.invoicing`."""
