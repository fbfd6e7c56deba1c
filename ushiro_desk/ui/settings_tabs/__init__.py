"""The Settings page's own tabs (company profile, preferences)."""
