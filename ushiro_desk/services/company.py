"""The company profile: load, check and save; logo and seal images."""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from pathlib import Path

from ushiro_desk.domain.company import CompanyProfile, validate_profile
from ushiro_desk.domain.problems import InvalidInput, Problem, error, has_errors
from ushiro_desk.services.changes import COMPANY, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.storage import audit, company_repo

IMAGE_TYPES = {"image/png", "image/jpeg"}
MAX_IMAGE_BYTES = 5 * 1024 * 1024


def load_profile(store: Store) -> CompanyProfile | None:
    with store.db.snapshot() as conn:
        return company_repo.load(conn)


def check_profile(profile: CompanyProfile) -> tuple[CompanyProfile, list[Problem]]:
    return validate_profile(profile)


def save_profile(store: Store, profile: CompanyProfile) -> tuple[Changes, list[Problem]]:
    """Save when there are no errors (warnings are returned); raise InvalidInput otherwise."""
    profile, problems = validate_profile(profile)
    if has_errors(problems):
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        company_repo.save(conn, profile)
        audit.record(conn, "save", "company_profile", 1, {"name": profile.name})
    return Changes.of(COMPANY), problems


def store_image(store: Store, source: Path, field: str) -> str:
    """Keep a logo or seal image in the file store; return its SHA-256. Raise InvalidInput when it is
    not a PNG/JPEG or too large."""
    media_type = mimetypes.guess_type(source.name)[0] or ""
    if media_type not in IMAGE_TYPES:
        raise InvalidInput([error(field, "image.type")])
    size = source.stat().st_size
    if size == 0 or size > MAX_IMAGE_BYTES:
        raise InvalidInput([error(field, "image.size", limit=MAX_IMAGE_BYTES)])
    sha, _ = store.files.put_file(source)
    with store.db.transaction() as conn:
        company_repo.register_file(conn, sha, size, media_type, source.name)
    return sha


def with_image(profile: CompanyProfile, field: str, sha256: str | None) -> CompanyProfile:
    return replace(profile, **{f"{field}_sha256": sha256})
