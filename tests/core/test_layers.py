"""The layers hold: PySide6 only in ui/ (and app.py); domain/ imports only the standard library and
the chosen pure libraries; storage and services never import ui."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "ushiro_desk"
DOMAIN_ALLOWED = {"dateutil", "holidays", "ushiro_desk"}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def modules(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_pyside6_only_in_ui(path: Path) -> None:
    relative = path.relative_to(PACKAGE)
    if relative.parts[0] == "ui" or relative == Path("app.py"):
        return
    qt = {name for name in imports_of(path) if name.split(".")[0] in ("PySide6", "shiboken6")}
    assert not qt, f"{relative} imports {qt}"


@pytest.mark.parametrize("path", modules("domain"), ids=lambda p: p.name)
def test_domain_is_pure(path: Path) -> None:
    for name in imports_of(path):
        top = name.split(".")[0]
        assert top in sys.stdlib_module_names or top in DOMAIN_ALLOWED, f"{path.name} imports {name}"
        if top == "ushiro_desk":
            assert name.startswith("ushiro_desk.domain"), f"{path.name} imports {name} from outside domain"


@pytest.mark.parametrize(
    "path", modules("storage") + modules("services") + modules("reports"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_lower_layers_never_import_ui(path: Path) -> None:
    assert not any(name.startswith("ushiro_desk.ui") for name in imports_of(path))


def test_the_layer_check_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlite3\n")
    assert "PySide6.QtCore" in imports_of(bad)
