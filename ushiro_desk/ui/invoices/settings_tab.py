"""Settings → Invoices: number patterns, default rounding and price mode, default payment terms."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.numbering import format_number
from ushiro_desk.domain.invoicing.settings import InvoiceSettings
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding
from ushiro_desk.domain.invoicing.terms import MONTH_END, PaymentTerms
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.invoicing import settings
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices import problems
from ushiro_desk.ui.invoices.models import price_mode_name, rounding_name
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors


class TermsEditor(QWidget):
    """締め日・支払月・支払日 (or N days after the invoice), shared by clients and the defaults."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.net = QCheckBox(self.tr("Days after the invoice:"))
        self.net.setObjectName("terms_net")
        self.net_days = QSpinBox()
        self.net_days.setObjectName("terms_net_days")
        self.net_days.setRange(0, 365)
        self.closing = QComboBox()
        self.closing.setObjectName("terms_closing_day")
        self.pay_day = QComboBox()
        self.pay_day.setObjectName("terms_pay_day")
        for box in (self.closing, self.pay_day):
            box.addItem(self.tr("month end"), MONTH_END)
            for day in range(1, 29):
                box.addItem(self.tr("%1th").replace("%1", str(day)), day)
        self.months = QComboBox()
        self.months.setObjectName("terms_months_after")
        for months, text in ((0, self.tr("same month")), (1, self.tr("next month")), (2, self.tr("month after next")), (3, self.tr("3 months later"))):
            self.months.addItem(text, months)
        self.closing_label = QLabel(self.tr("closing"))
        self.paid_label = QLabel(self.tr("paid"))
        for widget in (self.closing_label, self.closing, self.paid_label, self.months, self.pay_day, self.net, self.net_days):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.net.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        net = self.net.isChecked()
        for widget in (self.closing, self.months, self.pay_day, self.closing_label, self.paid_label):
            widget.setEnabled(not net)
        self.net_days.setEnabled(net)

    def set_terms(self, terms: PaymentTerms) -> None:
        self.net.setChecked(terms.net_days is not None)
        self.net_days.setValue(terms.net_days or 30)
        self.closing.setCurrentIndex(max(0, self.closing.findData(terms.closing_day)))
        self.months.setCurrentIndex(max(0, self.months.findData(terms.months_after)))
        self.pay_day.setCurrentIndex(max(0, self.pay_day.findData(terms.pay_day)))

    def terms(self) -> PaymentTerms:
        return PaymentTerms(
            self.closing.currentData(), self.months.currentData(), self.pay_day.currentData(),
            self.net_days.value() if self.net.isChecked() else None,
        )


def holiday_rule_box(parent: QWidget) -> QComboBox:
    """前営業日 / 翌営業日 / そのまま, for clients and the default."""
    box = QComboBox(parent)
    box.setObjectName("holiday_rule")
    box.addItem(QCoreApplication.translate("TermsEditor", "Previous business day (前営業日)"), HolidayRule.PREVIOUS.value)
    box.addItem(QCoreApplication.translate("TermsEditor", "Next business day (翌営業日)"), HolidayRule.NEXT.value)
    box.addItem(QCoreApplication.translate("TermsEditor", "Keep the date (そのまま)"), HolidayRule.KEEP.value)
    return box


class InvoiceSettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        problems.register()
        self.ctx = ctx
        self.errors = FieldErrors()
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.patterns: dict[str, QLineEdit] = {}
        self.samples: dict[str, QLabel] = {}
        for series, label in (("invoice", self.tr("Invoice numbers")), ("quote", self.tr("Quote numbers")),
                              ("credit_note", self.tr("Credit note numbers"))):
            edit = QLineEdit()
            edit.setObjectName(f"{series}_pattern")
            edit.textChanged.connect(self._show_samples)
            sample = QLabel()
            sample.setObjectName(f"{series}_sample")
            row = QHBoxLayout()
            row.addWidget(edit, 2)
            row.addWidget(sample, 1)
            holder = QWidget()
            row.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(row)
            self.patterns[series] = edit
            self.samples[series] = sample
            form.addRow(label, self.errors.wrap(series, holder))
        hint = QLabel(self.tr("{YYYY} year, {YY} short year, {MM} month, {NNNN} the counter (restarts when the rest changes). Corrections use the invoice numbers."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.rounding = QComboBox()
        self.rounding.setObjectName("rounding")
        for method in Rounding:
            self.rounding.addItem(rounding_name(method), method.value)
        form.addRow(self.tr("Consumption tax rounding"), self.rounding)
        self.price_mode = QComboBox()
        self.price_mode.setObjectName("price_mode")
        for mode in PriceMode:
            self.price_mode.addItem(price_mode_name(mode), mode.value)
        form.addRow(self.tr("Prices on new documents"), self.price_mode)
        self.terms = TermsEditor()
        form.addRow(self.tr("Default payment terms"), self.errors.wrap("default_terms.closing_day", self.terms))
        self.holiday_rule = holiday_rule_box(self)
        form.addRow(self.tr("Due date on a holiday"), self.holiday_rule)
        self.quote_days = QSpinBox()
        self.quote_days.setObjectName("quote_valid_days")
        self.quote_days.setRange(1, 365)
        self.quote_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Quotes are valid for"), self.errors.wrap("quote_valid_days", self.quote_days))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes on new documents"), self.notes)
        self.wareki = QCheckBox(self.tr("Print dates in the Japanese era (令和8年11月30日)"))
        self.wareki.setObjectName("wareki_dates")
        form.addRow(self.tr("Dates on documents"), self.wareki)
        outer.addLayout(form)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons.addWidget(self.message, 1)
        revert = QPushButton(self.tr("Revert"))
        revert.clicked.connect(self.load)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        buttons.addWidget(revert)
        buttons.addWidget(save)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.load()

    def title(self) -> str:
        return self.tr("Invoices")

    def load(self) -> None:
        current = settings.load_settings(self.ctx.store)
        for series, edit in self.patterns.items():
            edit.setText(current.pattern(series))
        self.rounding.setCurrentIndex(self.rounding.findData(current.rounding.value))
        self.price_mode.setCurrentIndex(self.price_mode.findData(current.price_mode.value))
        self.terms.set_terms(current.terms)
        self.holiday_rule.setCurrentIndex(self.holiday_rule.findData(current.holiday_rule.value))
        self.quote_days.setValue(current.quote_valid_days)
        self.notes.setPlainText(current.notes)
        self.wareki.setChecked(current.wareki_dates)
        self.errors.clear()
        self.message.clear()

    def _show_samples(self) -> None:
        today = clock.today()
        for series, edit in self.patterns.items():
            try:
                sample = format_number(edit.text(), today, 1)
            except (StopIteration, KeyError, ValueError):
                sample = ""
            self.samples[series].setText(self.tr("e.g. %1").replace("%1", sample) if sample else "")

    def value(self) -> InvoiceSettings:
        return InvoiceSettings(
            invoice_pattern=self.patterns["invoice"].text().strip(),
            quote_pattern=self.patterns["quote"].text().strip(),
            credit_note_pattern=self.patterns["credit_note"].text().strip(),
            rounding=Rounding(self.rounding.currentData()),
            price_mode=PriceMode(self.price_mode.currentData()),
            terms=self.terms.terms(),
            holiday_rule=HolidayRule(self.holiday_rule.currentData()),
            quote_valid_days=self.quote_days.value(),
            notes=self.notes.toPlainText().strip(),
            wareki_dates=self.wareki.isChecked(),
        )

    def save(self) -> bool:
        try:
            changes = settings.save_settings(self.ctx.store, self.value())
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return False
        self.errors.clear()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved. New numbers follow the patterns; issued documents keep theirs."))
        self.ctx.bus.announce(changes)
        return True


TAB_CLASS = InvoiceSettingsTab
