"""What the PyInstaller spec needs to know about the project, kept out of the spec so it can be read
and tested: the version (from pyproject.toml only), the modules found only at run time, the files the
frozen app carries, the Qt modules and plugins it leaves out, and the version resources.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ushiro_desk"
MIGRATIONS = PACKAGE / "storage" / "migrations"
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
LINUX = ROOT / "packaging" / "linux"

APP_ID = "jp.ushirodesk.UshiroDesk"
APP_NAME = "Ushiro Desk"
EXE_NAME = "ushiro-desk"
CLI_EXE_NAME = "ushiro-desk-cli"  # Windows and macOS: the GUI binary has no console, so a second one does

# Qt modules the app may import; every other PySide6 module is left out of the build. Charts (Reports),
# Pdf and PdfWidgets (print preview), PrintSupport, Svg (icons) and Network (single instance).
QT_MODULES_USED = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtCharts", "QtSvg"}
)

# Qt plugins left out (by type; "*" = the whole type): embedded-display back ends and touch input, the
# GTK theme (it would bring the build machine's GTK along), the virtual keyboard (it needs Qt Quick), and
# TLS and network status (the app never goes online). Names without "lib" prefix and suffix.
QT_PLUGINS_LEFT_OUT: dict[str, frozenset[str] | str] = {
    "egldeviceintegrations": "*",
    "generic": "*",
    "networkinformation": "*",
    "tls": "*",
    "platformthemes": frozenset({"qgtk3"}),
    "platforminputcontexts": frozenset({"qtvirtualkeyboardplugin"}),
    "platforms": frozenset({"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc"}),
}

# Never in the app: the test tools and what only they or a developer use.
EXCLUDED_PACKAGES = (
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_socket",
    "hypothesis",
    "pypdf",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "alembic.testing",
    "sqlalchemy.testing",
    "tests",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._avif",  # AVIF support alone is 5 MB; seals and logos are PNG or JPEG
    "PIL.AvifImagePlugin",
)

# Only Qt's own Japanese catalogues are loaded (English is the source language).
QT_TRANSLATIONS_KEPT = ("_ja.qm",)


def project_version() -> str:
    """`[project] version` of pyproject.toml: the one place the version is written."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' → (1, 2, 3, 0), '1.2.3rc1' → (1, 2, 3, 0): the four numbers a Windows version resource holds."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]  # type: ignore[union-attr]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def qt_excludes() -> list[str]:
    """Every PySide6 binding module in the installed wheel that is not in QT_MODULES_USED."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations, "PySide6 is not installed"
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = {path.name.split(".")[0] for path in folder.iterdir() if path.suffix in (".so", ".pyd")}
    return sorted(f"PySide6.{name}" for name in found if name.startswith("Qt") and name not in QT_MODULES_USED)


def migration_files() -> list[tuple[str, str]]:
    """Alembic loads env.py, script.py.mako and versions/*.py by file path (`storage.schema`
    MIGRATIONS_DIR = the folder beside schema.py), so they go to the same relative path in the bundle."""
    target = str(MIGRATIONS.relative_to(ROOT))
    found = [(str(MIGRATIONS / name), target) for name in ("env.py", "script.py.mako")]
    found += [(str(path), f"{target}/versions") for path in sorted((MIGRATIONS / "versions").glob("*.py"))]
    return found


def migration_imports() -> list[str]:
    """Modules the migration scripts import: nothing else imports them, so they are named for PyInstaller."""
    names: set[str] = set()
    for source, _ in migration_files():
        if not source.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(Path(source).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return sorted(names)


def resource_files() -> list[tuple[str, str]]:
    """Fonts with their licence, the compiled catalogues and the icons. The guide and its screenshots
    stay out of the app. Fails when a catalogue was not compiled (`make translations`)."""
    missing = [ts.name for ts in sorted((RESOURCES / "i18n").glob("*.ts")) if not ts.with_suffix(".qm").is_file()]
    if missing:
        raise SystemExit(f"not compiled (run `make translations`): {', '.join(missing)}")
    found = [(str(path), "resources/fonts") for path in sorted((RESOURCES / "fonts").iterdir()) if path.is_file()]
    found += [(str(path), "resources/i18n") for path in sorted((RESOURCES / "i18n").glob("*.qm"))]
    found += [
        (str(path), path.parent.relative_to(ROOT).as_posix())
        for path in sorted(ICONS.rglob("*"))
        if path.suffix in (".png", ".svg")  # the .ico and .icns go into the binaries, not beside them
    ]
    return found


def linux_desktop_files() -> list[tuple[str, str]]:
    """The desktop entry and AppStream metadata, for the folder's install.sh to put into the menu."""
    return [
        (str(LINUX / f"{APP_ID}.desktop"), "share/applications"),
        (str(LINUX / f"{APP_ID}.metainfo.xml"), "share/metainfo"),
    ]


def keep_qt_plugin(plugin_type: str, source: str) -> bool:
    """False for a plugin in QT_PLUGINS_LEFT_OUT."""
    left_out = QT_PLUGINS_LEFT_OUT.get(plugin_type)
    if left_out is None:
        return True
    return left_out != "*" and Path(source).name.split(".")[0].removeprefix("lib") not in left_out


def keep_qt_translation(dest: str) -> bool:
    """False for Qt's catalogues of languages the app does not speak."""
    parts = Path(dest).parts
    if "translations" not in parts or not dest.endswith(".qm"):
        return True
    return dest.endswith(QT_TRANSLATIONS_KEPT)


def write_version_info(path: Path, version: str) -> Path:
    """The Windows version resource (VSVersionInfo text that PyInstaller reads), made from the version."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "LegalCopyright": APP_NAME,
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""# Generated by packaging/build.py from pyproject.toml's version; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '041104b0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0411, 1200, 0x0409, 1200])])
  ]
)
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def info_plist(version: str) -> dict[str, object]:
    """macOS bundle keys beyond what PyInstaller writes itself."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "ja",
        "CFBundleLocalizations": ["ja", "en"],
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
    }
