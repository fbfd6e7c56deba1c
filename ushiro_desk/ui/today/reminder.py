"""The daily reminder in the system tray, at the time the owner set. Without a tray it does nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon


def parse_time(text: str) -> tuple[int, int]:
    """"09:30" → (9, 30); a bad value falls back to 09:00."""
    try:
        hour, minute = (int(part) for part in text.split(":", 1))
    except ValueError:
        return 9, 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return 9, 0
    return hour, minute


def msecs_until(now: datetime, reminder_time: str) -> int:
    """Milliseconds from `now` to the next time the reminder is due (today or tomorrow)."""
    hour, minute = parse_time(reminder_time)
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    return int((target - now).total_seconds() * 1000)


class TrayReminder(QObject):
    """Shows "N chores due today" once a day. `available` is False where the system has no tray.

    Signals:
        due(): the reminder time came (also without a tray, for tests and the status bar).
    """

    due = Signal()

    def __init__(self, reminder_time: str, count, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.reminder_time = reminder_time
        self._count = count
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        if self.available:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            if icon is None or icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("Ushiro Desk")
            self.icon.show()
            self.schedule()

    def set_time(self, reminder_time: str) -> None:
        self.reminder_time = reminder_time
        if self.available:
            self.schedule()

    def schedule(self, now: datetime | None = None) -> None:
        self.timer.start(msecs_until(now or datetime.now(), self.reminder_time))

    def _fire(self) -> None:
        count = self._count()
        if self.icon is not None and count:
            self.icon.showMessage(
                self.tr("Ushiro Desk"),
                self.tr("%1 chores are due today or overdue.").replace("%1", str(count)),
                QSystemTrayIcon.MessageIcon.Information,
            )
        self.due.emit()
        self.schedule()
