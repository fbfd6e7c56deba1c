"""The first-run setup: the checklist on Today, the "go there" navigation, and the user guide."""
