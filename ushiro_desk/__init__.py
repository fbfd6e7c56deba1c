"""Ushiro Desk (うしろデスク): the offline back office of a one-person company in Japan."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("ushiro-desk")
except PackageNotFoundError:  # a frozen build without package metadata
    __version__ = "0.0.0"
