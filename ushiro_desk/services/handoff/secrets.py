"""Bundle passwords: generated, shown once, kept in the OS keyring — never in the database, logs or
settings. Where no keyring is available the app says so and asks for a password each time."""

from __future__ import annotations

import secrets

SERVICE = "Ushiro Desk handoff"
_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: easy to read out and type


class KeyringUnavailable(Exception):
    """No usable keyring on this system."""


def generate_password(groups: int = 5, size: int = 4) -> str:
    """About 99 bits, in groups that are easy to read: e.g. `k7m2-x9qa-…`."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(size)) for _ in range(groups))


def _username(recipient_id: int) -> str:
    return f"recipient-{recipient_id}"


def _backend():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringUnavailable(type(backend).__name__)
    return backend


def keyring_available() -> bool:
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def store_password(recipient_id: int, password: str) -> None:
    _backend().set_password(SERVICE, _username(recipient_id), password)


def load_password(recipient_id: int) -> str | None:
    return _backend().get_password(SERVICE, _username(recipient_id))
