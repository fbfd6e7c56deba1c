"""Files the app writes and reads: PDFs, CSV exports, iCalendar, handoff packets. No Qt."""
