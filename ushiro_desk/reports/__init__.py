"""PDF, CSV, ICS and bundle files. No Qt."""
