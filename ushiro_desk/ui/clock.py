"""Today's date for every screen, in one place: tests and `make screenshots` set the day here."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
