"""Sentences for what comes back: the return sheet's problems and why a returned item is a conflict."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.problems import Problem
from ushiro_desk.services.handoff.returns import Conflict, ReviewItem
from ushiro_desk.ui import problem_text


def _return_problems(problem: Problem) -> str | None:
    p = problem.params

    def param(name: str) -> str:
        return str(p.get(name, ""))

    texts = {
        "return.encoding": lambda: QCoreApplication.translate("HandoffReturns", "status.csv is neither UTF-8 nor Shift_JIS text; save it again from Excel as CSV."),
        "return.sheet_too_large": lambda: QCoreApplication.translate("HandoffReturns", "status.csv is larger than %1 MB; it was refused before it was read.").replace("%1", param("limit")),
        "return.too_many_rows": lambda: QCoreApplication.translate("HandoffReturns", "status.csv has more than %1 lines; it was refused before it was read.").replace("%1", param("limit")),
        "return.bad_csv": lambda: QCoreApplication.translate("HandoffReturns", "This line cannot be read as CSV (a cell may be far too long or a quote is not closed)."),
        "return.too_long": lambda: QCoreApplication.translate("HandoffReturns", "The %1 cell is longer than %2 characters.").replace("%1", problem.field).replace("%2", param("limit")),
        "return.control_character": lambda: QCoreApplication.translate("HandoffReturns", "The %1 cell contains a control character.").replace("%1", problem.field),
        "return.duplicate_row": lambda: QCoreApplication.translate("HandoffReturns", "This occurrence_id is on line %1 already; each due date may be returned once.").replace("%1", param("first")),
        "return.repeat": lambda: QCoreApplication.translate("HandoffReturns", "This packet was already taken in on %1; a packet is applied once.").replace("%1", param("imported_at")),
        "return.manifest_too_large": lambda: QCoreApplication.translate("HandoffReturns", "manifest.json is too large for a returned packet; it was refused before it was read."),
        "return.manifest_too_deep": lambda: QCoreApplication.translate("HandoffReturns", "manifest.json is nested more than %1 levels deep; it was refused before it was read.").replace("%1", param("limit")),
        "return.receipt_name": lambda: QCoreApplication.translate("HandoffReturns", "The receipt name %1… is too long or contains control characters; rename the file and send it again.").replace("%1", param("member")),
        "return.conflict_ticked": lambda: QCoreApplication.translate("HandoffReturns", "%1 conflicts with what changed since the packet left and cannot be applied.").replace("%1", param("item")),
        "return.conflict_arisen": lambda: QCoreApplication.translate("HandoffReturns", "%1 changed since the review; import the packet again to see what it is now.").replace("%1", param("item")),
        "return.question_closed": lambda: QCoreApplication.translate("HandoffReturns", "This question was already answered or dismissed."),
    }
    make = texts.get(problem.code)
    return make() if make else None


problem_text.register(_return_problems)


def _day(value: object) -> str:
    return str(value) if value else "?"


def conflict_text(item: ReviewItem) -> str:
    """Why the item cannot be applied, with the value it has now."""
    now = item.now or {}
    if item.conflict == Conflict.NOT_IN_BUNDLE:
        return QCoreApplication.translate("HandoffReturns", "Conflict: this due date was not in the packet")
    if item.conflict == Conflict.GONE:
        return QCoreApplication.translate("HandoffReturns", "Conflict: this due date no longer exists")
    if item.conflict == Conflict.EXPIRED:
        return QCoreApplication.translate("HandoffReturns", "Conflict: the packet expired on %1").replace("%1", _day(now.get("on")))
    if item.conflict == Conflict.DELETION_CONFIRMED:
        return QCoreApplication.translate("HandoffReturns", "Conflict: the packet's deletion was confirmed on %1").replace("%1", _day(now.get("on")))
    if item.conflict == Conflict.NOT_OPEN:
        finished = QCoreApplication.translate("HandoffReturns", "Conflict: already skipped on %1") if now.get("state") == "skipped" else QCoreApplication.translate("HandoffReturns", "Conflict: already done on %1")
        text = finished.replace("%1", _day(now.get("on")))
        if now.get("by"):
            text += QCoreApplication.translate("HandoffReturns", " by %1").replace("%1", str(now["by"]))
        if now.get("minutes") is not None:
            text += QCoreApplication.translate("HandoffReturns", ", %1 min").replace("%1", str(now["minutes"]))
        if now.get("note"):
            text += QCoreApplication.translate("HandoffReturns", " — “%1”").replace("%1", str(now["note"]))
        return text
    if item.conflict == Conflict.OWNER_ONLY:
        return QCoreApplication.translate("HandoffReturns", "Conflict: the chore is now owner-only")
    if item.conflict == Conflict.CONFIDENTIAL:
        return QCoreApplication.translate("HandoffReturns", "Conflict: the chore now touches confidential data")
    if item.conflict == Conflict.REASSIGNED:
        who = now.get("assignee")
        return QCoreApplication.translate("HandoffReturns", "Conflict: the chore is now assigned to %1").replace("%1", str(who)) if who else QCoreApplication.translate("HandoffReturns", "Conflict: the chore is now yours")
    return ""
