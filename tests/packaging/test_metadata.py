"""The version is written once (pyproject.toml) and every place that shows or ships it agrees; the Linux
desktop files name the app id, icon and binary the build makes. Pure file checks: the PyInstaller build
itself is tried by `make dist smoke` in CI."""

from __future__ import annotations

import ast
import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]
APP_ID = "jp.ushirodesk.UshiroDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_package_version_is_pyprojects() -> None:
    import ushiro_desk

    assert ushiro_desk.__version__ == VERSION


def test_the_build_reads_the_version_from_pyproject() -> None:
    assert build.project_version() == VERSION


def test_the_command_line_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    from ushiro_desk.cli.main import main

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"ushiro-desk {VERSION}"


def test_the_windows_version_resource_carries_the_version(tmp_path: Path) -> None:
    text = build.write_version_info(tmp_path / "version_info.txt", VERSION).read_text(encoding="utf-8")
    ast.parse(text)  # PyInstaller evaluates it as a Python expression
    numbers = build.version_tuple(VERSION)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{VERSION}')" in text


@pytest.mark.parametrize(
    ("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2", (2, 0, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4))]
)
def test_windows_takes_four_numbers_of_the_version(version: str, numbers: tuple[int, ...]) -> None:
    assert build.version_tuple(version) == numbers


def test_the_macos_bundle_carries_the_version() -> None:
    plist = build.info_plist(VERSION)
    assert plist["CFBundleShortVersionString"] == VERSION == plist["CFBundleVersion"]


def test_the_app_id_is_the_same_everywhere() -> None:
    from ushiro_desk.ui.application import APP_ID as desktop_file_name

    assert build.APP_ID == APP_ID == desktop_file_name


def test_the_desktop_entry_starts_the_built_binary_with_the_app_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == build.EXE_NAME
    assert build.EXE_NAME in PYPROJECT["project"]["gui-scripts"]
    assert entry["Name[ja]"] and entry["Comment[ja]"]


def test_the_metainfo_describes_this_app_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/binary") == build.EXE_NAME
    releases = root.findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == VERSION, "add a <release> for the new version at the top"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli (Debian package appstream) not installed")
def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_migration_travels_with_the_build() -> None:
    shipped = {Path(source).name for source, _ in build.migration_files()}
    versions = {path.name for path in (build.MIGRATIONS / "versions").glob("*.py")}
    assert versions <= shipped and {"env.py", "script.py.mako"} <= shipped
    # The bundle keeps them where storage.schema looks: beside its own module.
    assert {dest for _, dest in build.migration_files()} == {
        "ushiro_desk/storage/migrations",
        "ushiro_desk/storage/migrations/versions",
    }


def test_the_build_leaves_out_only_qt_modules_the_app_does_not_use() -> None:
    excluded = {name.removeprefix("PySide6.") for name in build.qt_excludes()}
    assert excluded and not excluded & build.QT_MODULES_USED
    used_by_code = set()
    for path in (ROOT / "ushiro_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                used_by_code.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used_by_code.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    assert not used_by_code & excluded, f"imported but left out of the build: {sorted(used_by_code & excluded)}"
