"""The line table shared by the document editor and the recurring templates."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ushiro_desk.domain.invoicing.document import PRICE_PLACES, QUANTITY_PLACES, Line, canonical, parse_decimal
from ushiro_desk.domain.invoicing.tax import Rounding, TaxCategory
from ushiro_desk.domain.problems import Problem, error
from ushiro_desk.ui.invoices.models import category_name
from ushiro_desk.ui.widgets.yen import YenDelegate

DESC, QTY, UNIT, PRICE, CATEGORY, WITHHELD, AMOUNT = range(7)


def number_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class LinesTable(QTableWidget):
    """Description, quantity, unit, unit price, tax category, fee subject to withholding, amount.

    Signals:
        edited(): any cell or tax category changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("lines")
        self.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Qty"), self.tr("Unit"), self.tr("Unit price"), self.tr("Tax"),
             self.tr("Fee (withheld)"), self.tr("Amount")]
        )
        head = self.horizontalHeader()
        head.setSectionResizeMode(DESC, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QTY, 70), (UNIT, 60), (PRICE, 110), (CATEGORY, 130), (WITHHELD, 100), (AMOUNT, 110)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setItemDelegateForColumn(PRICE, YenDelegate(self, decimals=True))  # 1,000 while typing; ５００ taken
        self.itemChanged.connect(lambda _item: self.edited.emit())
        self.new_line_withheld = False

    def buttons(self) -> QHBoxLayout:
        """Add, remove, move up and down, as a row of buttons."""
        row = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add line"), lambda: self.add_line(), "add_line"),
            (self.tr("Remove line"), self.remove_line, "remove_line"),
            (self.tr("Move up"), lambda: self.move_line(-1), "move_up"),
            (self.tr("Move down"), lambda: self.move_line(1), "move_down"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def set_lines(self, lines: tuple[Line, ...] | list[Line]) -> None:
        blocked = self.blockSignals(True)
        self.setRowCount(0)
        for line in lines:
            self._insert(line)
        if not lines:
            self._insert(None)
        self.blockSignals(blocked)
        self.edited.emit()

    def add_line(self, line: Line | None = None) -> None:
        blocked = self.blockSignals(True)
        row = self._insert(line)
        self.blockSignals(blocked)
        self.setCurrentCell(row, DESC)
        self.edited.emit()

    def _insert(self, line: Line | None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        # a new line is a fee subject to withholding when the document withholds (most lines are fees)
        line = line or Line("", Decimal(1), "式", Decimal(0), TaxCategory.STANDARD, withholding=self.new_line_withheld)
        self.setItem(row, DESC, QTableWidgetItem(line.description))
        self.setItem(row, QTY, number_item(str(canonical(line.quantity))))
        self.setItem(row, UNIT, QTableWidgetItem(line.unit))
        self.setItem(row, PRICE, number_item(f"{canonical(line.unit_price):,}"))
        category = QComboBox()
        for c in TaxCategory:
            category.addItem(category_name(c), c.value)
        category.setCurrentIndex(category.findData(line.category.value))
        category.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.setCellWidget(row, CATEGORY, category)
        fee = QTableWidgetItem()
        fee.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        fee.setCheckState(Qt.CheckState.Checked if line.withholding else Qt.CheckState.Unchecked)
        self.setItem(row, WITHHELD, fee)
        amount = number_item("")
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, AMOUNT, amount)
        return row

    def remove_line(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.edited.emit()

    def move_line(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.rowCount():
            return
        lines = self.read()[0]
        lines[row], lines[target] = lines[target], lines[row]
        self.set_lines(lines)
        self.setCurrentCell(target, DESC)

    def cell_text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item else ""

    def read(self) -> tuple[list[Line], list[Problem]]:
        """The lines as typed, and a problem for each number that is not one."""
        lines, problems = [], []
        for row in range(self.rowCount()):
            quantity = parse_decimal(self.cell_text(row, QTY), QUANTITY_PLACES)
            price = parse_decimal(self.cell_text(row, PRICE), PRICE_PLACES)
            if quantity is None:
                problems.append(error(f"lines[{row}].quantity", "line.number"))
            if price is None:
                problems.append(error(f"lines[{row}].unit_price", "line.number"))
            box = self.cellWidget(row, CATEGORY)
            assert isinstance(box, QComboBox)
            fee = self.item(row, WITHHELD)
            lines.append(
                Line(
                    self.cell_text(row, DESC),
                    quantity if quantity is not None else Decimal(0),
                    self.cell_text(row, UNIT),
                    price if price is not None else Decimal(0),
                    TaxCategory(box.currentData()),
                    fee is not None and fee.checkState() == Qt.CheckState.Checked,
                )
            )
        return lines, problems

    def show_amounts(self, lines: list[Line] | tuple[Line, ...], problems: list[Problem], rounding: Rounding) -> None:
        blocked = self.blockSignals(True)
        for row, line in enumerate(lines):
            item = self.item(row, AMOUNT)
            if item is not None:
                bad = any(p.field.startswith(f"lines[{row}]") for p in problems)
                item.setText("—" if bad else f"{line.amount(rounding):,}")
        self.blockSignals(blocked)

    def follow_withholding(self, withheld: bool) -> None:
        """Lines not written yet become fee lines or not with the document."""
        self.new_line_withheld = withheld
        blocked = self.blockSignals(True)
        for row in range(self.rowCount()):
            fee = self.item(row, WITHHELD)
            if fee is not None and not self.cell_text(row, DESC):
                fee.setCheckState(Qt.CheckState.Checked if withheld else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)
