"""Money never passes through a float: no float literal, no float() call, no true division in the
invoicing rules and the code that stores them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "ushiro_desk"
MODULES = sorted([*(PACKAGE / "domain" / "invoicing").glob("*.py"), *(PACKAGE / "storage" / "invoicing").glob("*.py")])


def float_uses(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, float):
            found.append(f"float literal at line {node.lineno}")
        elif isinstance(node, ast.Name) and node.id == "float":
            found.append(f"float at line {node.lineno}")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            found.append(f"true division at line {node.lineno}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}")
def test_no_float_in_money_code(path: Path) -> None:
    assert float_uses(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_floats() -> None:
    assert len(float_uses("tax = amount * 0.1\nrate = float(x)\nshare = a / b\n")) == 3
    assert float_uses("tax = amount * 10 // 100\n") == []
