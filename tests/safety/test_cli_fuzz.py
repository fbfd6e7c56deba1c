"""Whatever arguments a subcommand is given, the answer is a result or one clear message — never a traceback."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.safety.conftest import run_cli
from ushiro_desk.paths import DataPaths

NASTY = [
    "", "0", "-1", "1", "31", "3661", "2^63", str(2**63), str(-(2**63)), "1e9", "1,000", "１２３", "²", "٣",
    "9999-12-31", "0001-01-01", "2026-02-30", "2026-11-20", "1899-12-31", "2200-12-31", "2026-11", "9999-12",
    "yayoi", "csv", "audit", "田中", "税理士", "a" * 300, "領収書" * 40, "../../x", "-", "--", "\u202e", "nan",
]


def _commands() -> list[tuple[list[str], list[argparse.Action]]]:
    """Every subcommand path with its options and positionals (from the real parser)."""
    from ushiro_desk.cli.main import build_parser

    found: list[tuple[list[str], list[argparse.Action]]] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and path:
            found.append((path, [a for a in parser._actions if a.dest not in ("help", "data_dir", "config_dir")]))
        for sub in subs:
            for name, child in sub.choices.items():
                walk(child, [*path, name])

    walk(build_parser(), [])
    return found


COMMANDS = _commands()


@st.composite
def invocations(draw: st.DrawFn, files: list[str]) -> list[str]:
    path, actions = draw(st.sampled_from(COMMANDS))
    values = st.sampled_from(NASTY + files) | st.text(max_size=12)
    argv = list(path)
    for action in draw(st.lists(st.sampled_from(actions), max_size=4)) if actions else []:
        if action.option_strings:
            argv.append(action.option_strings[0])
            if action.nargs != 0:
                argv.append(draw(values))
        else:
            argv.append(draw(values))
    return [a for a in argv if "\x00" not in a]  # a real argv cannot hold NUL


@pytest.fixture(scope="module")
def fuzz_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[DataPaths, list[str]]:
    """A data folder that already has data (so `demo` refuses at once) and files of every kind to name."""
    from ushiro_desk.domain.company import CompanyProfile
    from ushiro_desk.services.store import open_store
    from ushiro_desk.storage import company_repo

    root = tmp_path_factory.mktemp("fuzz")
    paths = DataPaths(root / "data")
    store = open_store(paths)
    with store.db.transaction() as conn:
        company_repo.save(conn, CompanyProfile(name="ファズ株式会社"))
    store.close()
    text = root / "text.txt"
    text.write_text("password-long-enough")
    (root / "folder").mkdir()
    files = [str(text), str(root / "folder"), str(root / "missing.zip"), str(paths.database), str(root / "new.csv"), str(paths.root)]
    return paths, files


def test_every_subcommand_answers_without_a_traceback(
    fuzz_dirs: tuple[DataPaths, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, files = fuzz_dirs
    monkeypatch.chdir(tmp_path)  # a relative output name lands here, not in the checkout

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(invocations(files))
    def run(argv: list[str]) -> None:
        result = run_cli(*argv, "--data-dir", paths.root)
        assert "Traceback" not in result.err and "Traceback" not in result.out, (argv, result.err)
        assert result.code in (0, 1, 2), (argv, result)
        if result.code:
            assert result.err.strip(), (argv, "a failure must say why")

    run()
    assert run_cli("check", "--data-dir", paths.root).code == 0
