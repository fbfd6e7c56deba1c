"""The main window on the sample data: every page, shortcuts, language switch, backup, geometry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ushiro_desk.storage import backups
from ushiro_desk.ui.pages import PAGES


def test_every_page_opens_from_its_shortcut(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for spec in PAGES:
        action = next(a for a in main_window._page_actions if a.shortcut().toString() == spec.shortcut)
        action.trigger()
        assert main_window.stack.currentWidget() is main_window.pages[spec.key]
        assert main_window.current_key() == spec.key
    assert set(main_window.pages) == {spec.key for spec in PAGES}


def test_switching_to_japanese_translates_the_window(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("settings")
    main_window.set_language("ja")
    try:
        texts = [main_window.sidebar.item(i).text().split("  (")[0] for i in range(main_window.sidebar.count())]
        assert texts[:1] == ["今日"] and "設定" in texts
        assert main_window.windowTitle() == "うしろデスク"
        assert main_window.current_key() == "settings"
        # the rebuilt page is in Japanese too
        assert main_window.pages["settings"].tabs.tabText(0) == "会社情報"
    finally:
        main_window.set_language("en")
    assert main_window.sidebar.item(0).text().startswith("Today")


def test_the_status_bar_names_the_data_folder_and_the_last_backup(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.backup_now()
    main_window.statusBar().clearMessage()
    main_window.set_language("en")  # rebuilds the window; the backup line follows right after
    qtbot.waitUntil(lambda: "last backup" in main_window.statusBar().currentMessage())
    message = main_window.statusBar().currentMessage()
    assert str(main_window.ctx.store.paths.root) in message and "never" not in message


def test_the_daily_backup_runs_in_the_background_and_the_status_line_follows(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    folder = main_window.ctx.store.paths.backups
    qtbot.waitUntil(lambda: "last backup: never" in main_window.statusBar().currentMessage())
    main_window.take_daily_backup()
    qtbot.waitUntil(lambda: len(backups.list_backups(folder)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "never" not in main_window.statusBar().currentMessage())
    assert backups.list_backups(folder)[0].reason == "auto"
    main_window.take_daily_backup()  # once a day
    qtbot.wait(300)
    assert len(backups.list_backups(folder)) == 1


def test_a_failed_daily_backup_is_said_in_the_status_bar(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    folder = main_window.ctx.store.paths.backups
    if folder.exists():
        folder.rmdir()
    folder.write_text("not a folder")  # the backup cannot be written
    main_window.take_daily_backup()
    qtbot.waitUntil(lambda: "Automatic backup failed" in main_window.statusBar().currentMessage(), timeout=10_000)


def test_backup_now_from_the_menu(main_window) -> None:  # type: ignore[no-untyped-def]
    target = main_window.backup_now()
    assert target is not None and target.exists()
    assert backups.list_backups(main_window.ctx.store.paths.backups)[0].path == target
    assert "last backup" in main_window.statusBar().currentMessage() or "Backed up" in main_window.statusBar().currentMessage()


def test_restore_from_the_window_replaces_data_and_keeps_the_old(main_window) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import company

    store = main_window.ctx.store
    snapshot = backups.make_backup(store.paths, "manual")
    main_window.show_page("settings")
    tab = main_window.pages["settings"].company
    tab.fields["name"].setText("一時的な名前")
    assert tab.save()
    assert main_window.restore(snapshot, confirm=False)
    assert company.load_profile(store).name != "一時的な名前"  # type: ignore[union-attr]
    assert any(b.reason == "pre-restore" for b in backups.list_backups(store.paths.backups))


def test_window_geometry_is_remembered(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.main_window import MainWindow

    first = MainWindow(ui_ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 590)
    qtbot.waitUntil(lambda: first.width() == 780)
    first.show_page("reports")
    first.close()
    second = MainWindow(ui_ctx)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 590)
    assert second.current_key() == "reports"


def test_without_a_japanese_system_font_the_bundled_one_is_registered(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from ushiro_desk.ui.application import register_fonts

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert register_fonts(app, system_has_japanese=False)
    assert "IPAexGothic" in QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    assert QFontMetrics(QFont("IPAexGothic")).inFont("請")
    assert QApplication.font().families()[-1] == "IPAexGothic"  # behind the system font


def test_with_a_japanese_system_font_the_bundled_one_is_not_loaded_again(main_window) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import register_fonts

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not register_fonts(app, system_has_japanese=True)
    assert QApplication.font().families().count("IPAexGothic") == 1


def test_a_second_start_brings_the_window_forward(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.single_instance import InstanceServer, ask_running_instance_to_show

    server = InstanceServer(main_window.ctx.store.paths.root, main_window)
    with qtbot.waitSignal(server.show_requested, timeout=3000):
        assert ask_running_instance_to_show(main_window.ctx.store.paths.root)
    assert not ask_running_instance_to_show(main_window.ctx.store.paths.root / "elsewhere", timeout_ms=200, attempts=1)


def test_focus_moves_through_the_sidebar_with_the_keyboard(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.sidebar.setFocus()
    main_window.show_page("today")
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Down)
    assert main_window.current_key() == "chores"


def test_japanese_loads_qts_own_catalogue_too(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    main_window.set_language("ja")
    try:
        # A string from qtbase_ja.qm (QDialogButtonBox's standard buttons), not from our catalogues.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    finally:
        main_window.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_theme_follows_the_setting(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    def window_lightness() -> int:
        return QApplication.palette().color(QPalette.ColorRole.Window).lightness()

    main_window.show_page("settings")
    tab = main_window.pages["settings"].preferences
    try:
        tab.theme.setCurrentIndex(tab.theme.findData("dark"))
        assert window_lightness() < 100
        assert main_window.ctx.prefs["theme"] == "dark"
        tab.theme.setCurrentIndex(tab.theme.findData("light"))
        assert window_lightness() > 180
    finally:
        tab.theme.setCurrentIndex(tab.theme.findData("system"))
    assert main_window.ctx.prefs["theme"] == "system"
