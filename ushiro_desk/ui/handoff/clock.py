"""Today's date for the handoff screens (one place, so tests can set the day)."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
