"""Ushiro Desk (うしろデスク): the offline back office of a one-person company in Japan."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version comes from the package metadata (pyproject.toml); importlib.metadata costs ~40 ms,
    # so it is read only when asked for (--version, About), never on the way to the first window.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("ushiro-desk")
        except PackageNotFoundError:  # a frozen build without package metadata
            return "0.0.0"
    raise AttributeError(name)
