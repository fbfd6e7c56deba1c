"""Clients (取引先): search, save, archive. Archiving keeps every document that names the client."""

from __future__ import annotations

from dataclasses import replace

from ushiro_desk.domain.invoicing.client import Client, validate_client
from ushiro_desk.domain.problems import InvalidInput, Problem, has_errors
from ushiro_desk.services.changes import CLIENTS, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit
from ushiro_desk.storage.invoicing import clients as repo


def list_clients(store: Store, text: str = "", *, include_archived: bool = False) -> list[Client]:
    with store.db.snapshot() as conn:
        return repo.search(conn, text, include_archived=include_archived)


def load_client(store: Store, client_id: int) -> Client:
    with store.db.snapshot() as conn:
        client = repo.load(conn, client_id)
    if client is None:
        raise LookupError(f"no client {client_id}")
    return client


def save_client(store: Store, client: Client) -> tuple[Client, Changes, list[Problem]]:
    """Add or update a client; warnings (e.g. a doubtful T-number check digit) come back with it."""
    client, problems = validate_client(client)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        if client.id is None:
            client = replace(client, id=repo.insert(conn, client))
            audit.record(conn, "create", "client", client.id, {"name": client.name})
        else:
            repo.update(conn, client)
            audit.record(conn, "update", "client", client.id, {"name": client.name})
    return client, Changes.of(CLIENTS), problems


def set_archived(store: Store, client_id: int, archived: bool = True) -> Changes:
    with store.db.transaction() as conn:
        repo.set_archived(conn, client_id, archived)
        audit.record(conn, "archive" if archived else "unarchive", "client", client_id)
    return Changes.of(CLIENTS)
