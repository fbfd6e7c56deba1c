"""Use cases. Each function owns its transaction and returns the `Changes` it made. No Qt here."""
