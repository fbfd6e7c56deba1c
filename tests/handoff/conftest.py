"""A keyring that lives in memory, so the tests never touch the OS keyring."""

from __future__ import annotations

from typing import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def handoff_page(qtbot, ui_ctx, monkeypatch):  # type: ignore[no-untyped-def]
    """The Handoff page on the sample data, on the sample data's day."""
    from tests.conftest import DEMO_TODAY
    from ushiro_desk.ui import clock
    from ushiro_desk.ui.handoff.page import HandoffPage

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    page = HandoffPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page
