"""The Today page is the first page at start: it must read stored occurrences only, without loading
the holiday tables or the rule expansion before the window is shown, and without making PySide build
the Python enums of the `Qt` namespace (about 12 ms of every start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ushiro_desk.paths import DataPaths
from ushiro_desk.storage.backups import copy_database

SCRIPT = """
import json, sys
from ushiro_desk.config import Preferences
from ushiro_desk.paths import DataPaths
from ushiro_desk.services.store import open_store
from ushiro_desk.ui.application import create_application
from ushiro_desk.ui.context import ChangeBus, UiContext
from ushiro_desk.ui.main_window import MainWindow

prefs = Preferences(__import__("pathlib").Path(sys.argv[2]))
app = create_application(["t"], prefs)
store = open_store(DataPaths(__import__("pathlib").Path(sys.argv[1])))
window = MainWindow(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
window.show()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("holidays", "dateutil", "icalendar", "sqlalchemy"))
qt_namespace = "Qt" in sys.modules["PySide6.QtCore"].__dict__  # PySide creates its classes when first used
print(json.dumps({"loaded": loaded, "qt": qt_namespace, "page": window.current_key(), "badge": window.badge("today")}))
store.close()
"""


def test_the_first_window_loads_no_holidays_rule_expansion_or_qt_namespace(demo_template: DataPaths, tmp_path: Path) -> None:
    data = DataPaths(tmp_path / "copy")
    data.ensure()
    copy_database(demo_template.database, data.database)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data.root), str(tmp_path / "config")],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["page"] == "today"
    assert result["loaded"] == []
    assert result["qt"] is False, "something on the way to the first window touches Qt.* (see the README)"
    assert result["badge"] > 0
