"""Smoke test of the built app (`make smoke`, run by CI after `make dist`).

The frozen binary must print the version of pyproject.toml, fill and check a temporary data dir, and
open its main window offscreen on each page and close it again (`--self-test`) with exit code 0 and nothing on
stderr (a Qt warning would be there). The folder must carry what is loaded by name at run time. Then
the folder size and the start-up time to the main window, measured like
tests/benchmarks/bench_startup.py (a ratio to a bare PySide6 QMainWindow script, median of
alternating runs), are printed.

usage: smoke_test.py [DIST_DIR] [--runs N] [--bench-years N]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]
import build  # noqa: E402
from tests.benchmarks.bench_startup import BARE, startup_env, time_to_shown  # noqa: E402
from ushiro_desk.config import Preferences  # noqa: E402

WINDOWS = sys.platform == "win32"

# Loaded by name at run time (entry points, registries, Alembic), so an import graph would not show them.
RUNTIME_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.ddl.sqlite",
    "alembic.op",
    "holidays.countries.japan",
    "tzdata",
)
NEVER = ("pytest", "_pytest", "hypothesis", "pytestqt", "pypdf", "tests", "tkinter")


class SmokeFailure(Exception):
    pass


def run(cmd: list[str], env: dict[str, str], note: str = "") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    shown = " ".join([Path(cmd[0]).name, *cmd[1:], *([note] if note else [])])
    if proc.returncode != 0:
        raise SmokeFailure(f"`{shown}` exited with {proc.returncode}:\n{proc.stderr}")
    if proc.stderr.strip():
        raise SmokeFailure(f"`{shown}` wrote to stderr:\n{proc.stderr}")
    print(f"ok: {shown}")
    return proc


def page_keys() -> Iterator[str]:
    """The sidebar's pages, read from ui/pages/__init__.py without importing Qt."""
    source = (build.PACKAGE / "ui" / "pages" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PageSpec" and node.args:
            yield ast.literal_eval(node.args[0])


def binaries(folder: Path) -> tuple[Path, Path]:
    """The GUI binary and the one for the command line (the same file on Linux)."""
    suffix = ".exe" if WINDOWS else ""
    gui = folder / f"{build.EXE_NAME}{suffix}"
    cli = folder / f"{build.CLI_EXE_NAME}{suffix}"
    if not gui.is_file():
        raise SmokeFailure(f"no {gui.name} in {folder}; run `make dist` first")
    return gui, cli if cli.is_file() else gui


def bundled_modules(gui: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(gui)).open_embedded_archive("PYZ.pyz").toc)


def package_modules() -> set[str]:
    """Every module of ushiro_desk except the migration scripts (those travel as files)."""
    found = set()
    for path in build.PACKAGE.rglob("*.py"):
        parts = path.relative_to(build.ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if not name.startswith("ushiro_desk.storage.migrations"):
            found.add(name)
    return found


def check_contents(folder: Path, gui: Path) -> None:
    internal = folder / "_internal"
    modules = bundled_modules(gui)
    missing = sorted((package_modules() | set(RUNTIME_MODULES)) - modules)
    if missing:
        raise SmokeFailure(f"modules missing from the build: {', '.join(missing)}")
    unwanted = sorted(m for m in modules if m.split(".")[0] in NEVER)
    if unwanted:
        raise SmokeFailure(f"test tools in the build: {', '.join(unwanted[:10])}")
    wanted_files = [Path(dest) / Path(src).name for src, dest in build.resource_files() + build.migration_files()]
    missing_files = [str(p) for p in wanted_files if not (internal / p).is_file()]
    if missing_files:
        raise SmokeFailure(f"files missing from the build: {', '.join(missing_files)}")
    qt = {p.name.split(".")[0] for p in (internal / "PySide6").iterdir() if p.name.startswith("Qt") and p.is_file()}
    if qt != build.QT_MODULES_USED:
        raise SmokeFailure(f"Qt modules: missing {sorted(build.QT_MODULES_USED - qt)}, extra {sorted(qt - build.QT_MODULES_USED)}")
    if not list(internal.glob("keyring-*.dist-info/entry_points.txt")):
        raise SmokeFailure("keyring's entry points are missing: no keyring backend would be found")
    print(f"ok: {len(modules)} modules, migrations, resources and Qt {', '.join(sorted(qt))} in the build")


def check_linux_menu_entry(folder: Path, gui: Path, env: dict[str, str], tmp: Path) -> None:
    """install.sh puts the app into a user's menu pointing at this folder, and --remove takes it out."""
    share = tmp / "share"
    env = {**env, "XDG_DATA_HOME": str(share)}
    run(["sh", str(folder / "install.sh")], env)
    entry = share / "applications" / f"{build.APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    if f'Exec="{gui}"' not in lines:
        raise SmokeFailure(f"the menu entry does not start {gui}: {[l for l in lines if l.startswith('Exec')]}")
    icon = share / "icons" / "hicolor" / "48x48" / "apps" / f"{build.APP_ID}.png"
    if not icon.is_file() or not (share / "metainfo" / f"{build.APP_ID}.metainfo.xml").is_file():
        raise SmokeFailure("install.sh did not install the icons and the metainfo")
    run(["sh", str(folder / "install.sh"), "--remove"], env)
    if entry.exists() or icon.exists():
        raise SmokeFailure("install.sh --remove left the menu entry behind")


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def measure_startup(gui: Path, data: Path, env: dict[str, str], runs: int) -> None:
    env = startup_env(env)
    frozen_cmd = [str(gui), "--data-dir", str(data), "--self-test"]
    source_cmd = [sys.executable, "-m", "ushiro_desk", "--data-dir", str(data), "--self-test"]
    bare_cmd = [sys.executable, "-c", BARE]
    for cmd in (frozen_cmd, source_cmd, bare_cmd):  # first start: daily backup, caches warm
        time_to_shown(cmd, env)
    bare, frozen, source = [], [], []
    for _ in range(runs):
        bare.append(time_to_shown(bare_cmd, env))
        frozen.append(time_to_shown(frozen_cmd, env))
        source.append(time_to_shown(source_cmd, env))
    b, f, s = (statistics.median(x) for x in (bare, frozen, source))
    print(f"bare QMainWindow (python): median {b * 1000:.0f} ms over {runs} runs")
    print(f"Ushiro Desk, frozen:       median {f * 1000:.0f} ms")
    print(f"Ushiro Desk, from source:  median {s * 1000:.0f} ms")
    print(f"startup ratio frozen: {f / b:.2f}x (from source {s / b:.2f}x, target <= 1.5x)")


def smoke(folder: Path, runs: int, bench_years: int) -> None:
    gui, cli = binaries(folder)
    version = build.project_version()
    with tempfile.TemporaryDirectory(prefix="ushiro-smoke-") as tmp:
        data, config = Path(tmp) / "data", Path(tmp) / "config"
        env = {k: v for k, v in os.environ.items() if not k.startswith("USHIRO_DESK_")}
        env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"), USHIRO_DESK_CONFIG_DIR=str(config))

        printed = run([str(cli), "--version"], env).stdout.strip()
        if printed != f"ushiro-desk {version}":
            raise SmokeFailure(f"--version printed {printed!r}; pyproject.toml says {version}")
        run([str(cli), "demo", "--years", "1", "--data-dir", str(data)], env)
        report = json.loads(run([str(cli), "check", "--json", "--data-dir", str(data)], env).stdout)
        if not (report["ok"] and report["schema_current"]):
            raise SmokeFailure(f"check on the sample data is not ok: {report}")
        for page in page_keys():  # the window opens on the last page shown: each page once, frozen
            prefs = Preferences(config)
            prefs["last_page"] = page
            prefs.save()
            shown = run([str(gui), "--self-test", "--data-dir", str(data)], env, f"(on {page})").stdout
            if shown.count("self-test: main window shown") != 1:
                raise SmokeFailure(f"--self-test did not show the main window once on {page}:\n{shown}")
        prefs = Preferences(config)
        prefs["last_page"] = "today"  # where a user starts, as in the start-up benchmark
        prefs.save()
        check_contents(folder, gui)
        if sys.platform.startswith("linux"):
            check_linux_menu_entry(folder, gui, env, Path(tmp))

        size, count = folder_size(folder)
        print(f"folder: {folder} — {size / 1e6:.0f} MB in {count} files (version {version})")
        if bench_years != 1:
            data = Path(tmp) / f"data{bench_years}"
            run([str(cli), "demo", "--years", str(bench_years), "--data-dir", str(data)], env)
        print(f"start-up on sample data --years {bench_years}:")
        measure_startup(gui, data, env, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / build.EXE_NAME), type=Path)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    parser.add_argument("--bench-years", type=int, default=1, help="years of sample data for the start-up figure")
    args = parser.parse_args()
    try:
        smoke(args.folder.resolve(), args.runs, args.bench_years)
    except SmokeFailure as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
