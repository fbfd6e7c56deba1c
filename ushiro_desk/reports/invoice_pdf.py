"""Quotes, invoices, corrections and credit notes as A4 PDF (reportlab, IPAexGothic embedded).

The layout carries every item of a 適格請求書 (jp-rules.md §1.1): the issuer with its 登録番号, the
transaction date or period, the lines with ※ on reduced-rate items and the legend, the per-rate
totals with their rate and tax, and the recipient. Withholding appears as a deduction with the
差引請求額. Long documents continue on more pages with the header repeated and page numbers.

The same data give the same bytes: reportlab's invariant mode, and the creation date taken from the
issue date.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ushiro_desk.domain.company import AccountType, CompanyProfile
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Line, Totals
from ushiro_desk.domain.invoicing.tax import PriceMode, TaxCategory
from ushiro_desk.domain.wareki import ERAS, wareki
from ushiro_desk.paths import resources_dir

FONT = "IPAexGothic"
PAGE_W, PAGE_H = A4
MARGIN = 42.0
RIGHT = PAGE_W - MARGIN
CONTENT_W = RIGHT - MARGIN
BOTTOM = 50.0

INK = HexColor("#1d2733")
MUTED = HexColor("#5b6573")
ACCENT = HexColor("#1f3a5f")
TINT = HexColor("#eef2f7")
ZEBRA = HexColor("#f7f8fa")
RULE = HexColor("#c9d0d8")
WATERMARK = Color(0.85, 0.2, 0.2, alpha=0.13)


@lru_cache(maxsize=1)
def register_font() -> str:
    """Register the bundled font once per process; reportlab embeds the used glyphs as a subset."""
    from reportlab import rl_config

    # Binary streams: smaller files, and no pure-Python ASCII85 pass over every page and image.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(resources_dir() / "fonts" / "ipaexg.ttf")))
    return FONT


# -- words --------------------------------------------------------------------------------------

_JA = {
    "title": {
        DocumentKind.INVOICE: "請求書",
        DocumentKind.CORRECTION: "請求書（修正）",
        DocumentKind.QUOTE: "御見積書",
        DocumentKind.CREDIT_NOTE: "適格返還請求書",  # 「返還請求書」 reads as a demand for repayment
    },
    "number": {
        DocumentKind.INVOICE: "請求書番号",
        DocumentKind.CORRECTION: "請求書番号",
        DocumentKind.QUOTE: "見積番号",
        DocumentKind.CREDIT_NOTE: "番号",
    },
    "intro": {
        DocumentKind.INVOICE: "下記のとおりご請求申し上げます。",
        DocumentKind.CORRECTION: "下記のとおりご請求申し上げます。",
        DocumentKind.QUOTE: "下記のとおりお見積り申し上げます。",
        DocumentKind.CREDIT_NOTE: "下記のとおり対価の返還等をいたします。",
    },
    "amount": {
        DocumentKind.INVOICE: "ご請求金額",
        DocumentKind.CORRECTION: "ご請求金額",
        DocumentKind.QUOTE: "御見積金額",
        DocumentKind.CREDIT_NOTE: "返還金額",
    },
    "due": {
        DocumentKind.INVOICE: "お支払期限",
        DocumentKind.CORRECTION: "お支払期限",
        DocumentKind.QUOTE: "有効期限",
        DocumentKind.CREDIT_NOTE: "",
    },
    "issue_date": "発行日",
    "supply_date": "取引年月日",
    "supply_period": "取引期間",
    "credit_date": "返還等を行う日",
    "original_supply": "元の取引年月日",
    "subject": "件名",
    "registration": "登録番号",
    "tax_included": "（税込）",
    "after_withholding": "（源泉徴収税額控除後）",
    "columns": ("No.", "品目・内容", "数量", "単位", "単価", "税率", "金額"),
    "breakdown": "税率別内訳",
    "breakdown_columns": ("区分", "対象金額（税抜）", "消費税額"),
    "breakdown_columns_inclusive": ("区分", "対象金額（税込）", "内消費税額"),
    "subtotal": "小計（税抜）",
    "subtotal_inclusive": "小計（税込）",
    "tax": "消費税",
    "total": "合計（税込）",
    "withholding": "源泉徴収税額",
    "withholding_credit": "源泉徴収税額の減少分",
    "withholding_base": "源泉徴収の対象額（税抜）",
    "net": "差引ご請求額",
    "net_credit": "差引返還金額",
    "bank": "お振込先",
    "notes": "備考",
    "reduced_legend": "※印は軽減税率（{p}%）対象品目です。",
    "category": {
        TaxCategory.STANDARD: "10%対象",
        TaxCategory.REDUCED: "8%対象※",
        TaxCategory.EXEMPT: "免税",
        TaxCategory.NON_TAXABLE: "非課税",
        TaxCategory.OUT_OF_SCOPE: "対象外",
    },
    "rate": {TaxCategory.STANDARD: "10%", TaxCategory.REDUCED: "8%※", TaxCategory.EXEMPT: "免税", TaxCategory.NON_TAXABLE: "非課税",
             TaxCategory.OUT_OF_SCOPE: "対象外"},
    "rate_taxed": {TaxCategory.STANDARD: "{p}%", TaxCategory.REDUCED: "{p}%※"},
    "category_taxed": {TaxCategory.STANDARD: "{p}%対象", TaxCategory.REDUCED: "{p}%対象※"},
    "account": {AccountType.ORDINARY: "普通", AccountType.CURRENT: "当座", AccountType.SAVINGS: "貯蓄"},
    "continued": "（続き）",
    "draft": "下書き",
    "tel": "TEL",
    "correction_ref": "{date}付 請求書 No.{number} について、下記のとおり修正いたします。",
    "credit_ref": "対象請求書: No.{number}（{date}付）",
    "yen": "円",
}

_EN = {
    "title": {
        DocumentKind.INVOICE: "INVOICE",
        DocumentKind.CORRECTION: "CORRECTED INVOICE",
        DocumentKind.QUOTE: "QUOTATION",
        DocumentKind.CREDIT_NOTE: "CREDIT NOTE",
    },
    "number": {
        DocumentKind.INVOICE: "Invoice No.",
        DocumentKind.CORRECTION: "Invoice No.",
        DocumentKind.QUOTE: "Quotation No.",
        DocumentKind.CREDIT_NOTE: "Credit note No.",
    },
    "intro": {
        DocumentKind.INVOICE: "Please find our invoice below.",
        DocumentKind.CORRECTION: "Please find our invoice below.",
        DocumentKind.QUOTE: "We are pleased to quote as follows.",
        DocumentKind.CREDIT_NOTE: "We credit you as follows.",
    },
    "amount": {
        DocumentKind.INVOICE: "Amount due",
        DocumentKind.CORRECTION: "Amount due",
        DocumentKind.QUOTE: "Quoted amount",
        DocumentKind.CREDIT_NOTE: "Amount credited",
    },
    "due": {
        DocumentKind.INVOICE: "Due date",
        DocumentKind.CORRECTION: "Due date",
        DocumentKind.QUOTE: "Valid until",
        DocumentKind.CREDIT_NOTE: "",
    },
    "issue_date": "Issue date",
    "supply_date": "Date of supply",
    "supply_period": "Period of supply",
    "credit_date": "Date of credit",
    "original_supply": "Original supply date",
    "subject": "Subject",
    "registration": "Registration No.",
    "tax_included": "(tax included)",
    "after_withholding": "(after withholding)",
    "columns": ("No.", "Description", "Qty", "Unit", "Unit price", "Tax", "Amount"),
    "breakdown": "Tax by rate",
    "breakdown_columns": ("Rate", "Taxable (excl.)", "Consumption tax"),
    "breakdown_columns_inclusive": ("Rate", "Amount (incl.)", "Tax included"),
    "subtotal": "Subtotal (excl. tax)",
    "subtotal_inclusive": "Subtotal (incl. tax)",
    "tax": "Consumption tax",
    "total": "Total (incl. tax)",
    "withholding": "Withholding income tax",
    "withholding_credit": "Withholding no longer due",
    "withholding_base": "Fee withheld on (excl. tax)",
    "net": "Net amount due",
    "net_credit": "Net amount credited",
    "bank": "Bank transfer to",
    "notes": "Notes",
    "reduced_legend": "* Items subject to the reduced tax rate ({p}%).",
    "category": {
        TaxCategory.STANDARD: "10%",
        TaxCategory.REDUCED: "8% *",
        TaxCategory.EXEMPT: "Exempt",
        TaxCategory.NON_TAXABLE: "Non-taxable",
        TaxCategory.OUT_OF_SCOPE: "Out of scope",
    },
    "rate": {TaxCategory.STANDARD: "10%", TaxCategory.REDUCED: "8%*", TaxCategory.EXEMPT: "0%", TaxCategory.NON_TAXABLE: "n/t",
             TaxCategory.OUT_OF_SCOPE: "o/s"},
    "rate_taxed": {TaxCategory.STANDARD: "{p}%", TaxCategory.REDUCED: "{p}%*"},
    "category_taxed": {TaxCategory.STANDARD: "{p}%", TaxCategory.REDUCED: "{p}% *"},
    "account": {AccountType.ORDINARY: "Ordinary", AccountType.CURRENT: "Current", AccountType.SAVINGS: "Savings"},
    "continued": " (continued)",
    "draft": "DRAFT",
    "tel": "Tel",
    "correction_ref": "This corrects invoice No. {number} of {date}.",
    "credit_ref": "Credit for invoice No. {number} of {date}",
    "yen": "",
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class _Words:
    english: bool
    wareki: bool = False  # Japanese dates in the era (令和8年11月30日)

    def __getitem__(self, key: str):  # type: ignore[no-untyped-def]
        return (_EN if self.english else _JA)[key]

    def date_text(self, day: date | None) -> str:
        if day is None:
            return ""
        if self.english:
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        if self.wareki and day >= ERAS[0].start:
            return wareki(day)
        return f"{day.year}年{day.month}月{day.day}日"

    def rate(self, category: TaxCategory, percent: int) -> str:
        """A line's rate column: the rate in force on the supply date (「10%」「8%※」), or the category."""
        if not category.is_taxed:
            return self["rate"][category]
        return self["rate_taxed"][category].format(p=percent)

    def category(self, category: TaxCategory, percent: int) -> str:
        """A breakdown row's label (「10%対象」「8%対象※」), with the rate in force on the supply date."""
        if not category.is_taxed:
            return self["category"][category]
        return self["category_taxed"][category].format(p=percent)

    def postal(self, code: str) -> str:
        """〒 is a Japanese mark: an English document names the postal code in words."""
        return f"Postal code {code}" if self.english else f"〒{code}"

    def period(self, first: date, last: date) -> str:
        return f"{self.date_text(first)}{' – ' if self.english else '～'}{self.date_text(last)}"

    def yen(self, amount: int) -> str:
        """Amounts in tables: 「200,000」, a negative 「△5,000」 (「-5,000」 in English)."""
        text = f"{abs(amount):,}"
        if amount < 0:
            return ("-" if self.english else "△") + text
        return text

    def money(self, amount: int) -> str:
        return ("-¥" if amount < 0 else "¥") + f"{abs(amount):,}"


# -- drawing helpers ---------------------------------------------------------------------------


_ADVANCE: dict[str, float] = {}  # width of each character at 1 pt


def _width(text: str, size: float) -> float:
    total = 0.0
    for char in text:
        advance = _ADVANCE.get(char)
        if advance is None:
            advance = _ADVANCE[char] = pdfmetrics.stringWidth(char, FONT, 1.0)
        total += advance
    return total * size


BOLD_STROKE = 0.38  # outline width that makes IPAexGothic look bold (it has no bold face)


class _TextLayer:
    """All the text of a page in one text object, painted over the page's shapes when the page ends.

    One BT…ET block with font, colour and render mode changed only when they change keeps the page
    stream short: reportlab formats every number in Python, so fewer operators is faster rendering.
    """

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.t = None  # type: ignore[var-annotated]
        self._state: tuple[object, ...] = ()

    def draw(self, x: float, y: float, text: str, size: float, color: Color, bold: bool, spacing: float) -> None:
        if self.t is None:
            self.t = self.c.beginText()
            self._size, self._color, self._stroke, self._mode, self._spacing = None, None, None, 0, 0.0
        t = self.t
        t.setTextOrigin(x, y)
        if size != self._size:
            t.setFont(FONT, size)
            self._size = size
        if color is not self._color:
            t.setFillColor(color)
            self._color = color
        if spacing != self._spacing:
            t.setCharSpace(spacing)
            self._spacing = spacing
        mode = 2 if bold else 0
        if bold and color is not self._stroke:
            t.setStrokeColor(color)
            self._stroke = color
        if mode != self._mode:
            t.setTextRenderMode(mode)
            self._mode = mode
        t.textOut(text)

    def flush(self) -> None:
        if self.t is not None:
            self.c.setLineWidth(BOLD_STROKE)
            self.c.drawText(self.t)
            self.t = None


def _text(layer: _TextLayer, x: float, y: float, text: str, size: float, *, align: str = "left", color: Color = INK,
          bold: bool = False, spacing: float = 0) -> None:
    if not text:
        return
    if align != "left":
        width = _width(text, size) + spacing * max(len(text) - 1, 0)
        x -= width if align == "right" else width / 2
    layer.draw(x, y, text, size, color, bold, spacing)


# 禁則処理: these never start a line (they hang at the end instead) / never end one.
_NO_START = set("、。，．,.)）」』】〕〉》・ー～!?！？:：;；%％")
_NO_END = set("(（「『【〔〈《")


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than `width`: at spaces between Latin words, between any two
    Japanese characters except where 禁則 forbids it."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for char in paragraph:
            candidate = current + char
            if not current or char in _NO_START or _width(candidate, size) <= width:
                current = candidate
                continue
            cut = current.rfind(" ")
            if char != " " and cut > 0 and current[cut + 1 :].isascii() and char.isascii():
                lines.append(current[:cut])
                current = current[cut + 1 :] + char
                continue
            carry = ""
            while current and current[-1] in _NO_END:
                carry = current[-1] + carry
                current = current[:-1]
            lines.append(current.rstrip())
            current = (carry + char).lstrip()
        lines.append(current)
    return lines


def _quantity(line: Line) -> str:
    q = line.quantity
    text = f"{q:,f}" if q == q.to_integral_value() else f"{q:,f}".rstrip("0")
    return text


def _unit_price(words: _Words, line: Line) -> str:
    p = line.unit_price
    if p == p.to_integral_value():
        return words.yen(int(p))
    whole = int(abs(p))
    frac = f"{abs(p) - whole:f}".lstrip("0").rstrip("0")
    return ("△" if p < 0 and not words.english else "-" if p < 0 else "") + f"{whole:,}{frac}"


def _fit(text: str, size: float, width: float) -> float:
    """`size`, or smaller so that `text` is no wider than `width`."""
    wide = _width(text, size)
    return size if wide <= width else size * width / wide


_Piece = tuple[str, float, float, float, str, Color]  # text, x, dy from the row's baseline, size, align, colour


def _meta_layout(meta: list[tuple[str, str]], left: float) -> list[tuple[tuple[_Piece, _Piece], float]]:
    """Where each label and value of the header's top right goes: side by side when both fit between
    `left` and the right margin, else the value under its label, made smaller until it fits. A number
    of any length (patterns reach 40 characters) never runs into its label or the title."""
    label_size, value_size, gap = 8.5, 9.0, 8.0
    out = []
    for label, value in meta:
        lw, vw = _width(label, label_size), _width(value, value_size)
        if lw + gap + vw <= RIGHT - left:
            x = min(RIGHT - 118, RIGHT - vw - gap - lw)
            out.append((((label, x, 0.0, label_size, "left", MUTED), (value, RIGHT, 0.0, value_size, "right", INK)), 13.0))
        else:
            size = value_size * min(1.0, (RIGHT - left) / vw)
            label_x = min(RIGHT - 118, RIGHT - vw * size / value_size)  # over the number's first character
            out.append((((label, label_x, 0.0, label_size, "left", MUTED), (value, RIGHT, -11.0, size, "right", INK)), 24.0))
    return out


# -- the document -------------------------------------------------------------------------------

# Table columns: x offsets from the left margin and widths.
_COLS = (("no", 24, "center"), ("desc", 0, "left"), ("qty", 46, "right"), ("unit", 34, "center"),
         ("price", 70, "right"), ("rate", 38, "center"), ("amount", 78, "right"))
_FIXED = sum(w for _, w, _ in _COLS)
_DESC_W = CONTENT_W - _FIXED
TABLE_FONT = 8.8
LINE_LEADING = 11.0
ROW_H = 17.0  # one-line row; 20 lines, the header and the totals fit one A4 page
HEADER_H = 19.0
PAD = 5.0


def _col_edges() -> list[tuple[str, float, float, str]]:
    edges = []
    x = MARGIN
    for name, width, align in _COLS:
        w = _DESC_W if name == "desc" else width
        edges.append((name, x, w, align))
        x += w
    return edges


EDGES = _col_edges()


@dataclass(frozen=True)
class _Row:
    index: int
    line: Line
    desc_lines: list[str]
    amount: int

    @property
    def height(self) -> float:
        return ROW_H + (len(self.desc_lines) - 1) * LINE_LEADING


class _Writer:
    def __init__(
        self, doc: Document, issuer: CompanyProfile, seal: bytes | None, logo: bytes | None, wareki_dates: bool = False
    ) -> None:
        register_font()
        self.doc = doc
        self.issuer = issuer
        self.seal = ImageReader(io.BytesIO(seal)) if seal else None
        self.logo = ImageReader(io.BytesIO(logo)) if logo else None
        self.words = _Words(doc.language == "en", wareki_dates)
        self.totals: Totals = doc.totals()
        self.buffer = io.BytesIO()
        self.c = Canvas(
            self.buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=FONT, initialFontSize=9,
            lang="en-US" if self.words.english else "ja-JP",
        )
        self.text = _TextLayer(self.c)
        stamp = doc.issue_date.strftime("D:%Y%m%d000000+09'00'")
        self.c.setDateFormatter(lambda *_: stamp)
        self.pages: list[int] = []

    # -- page furniture --

    def _title(self) -> str:
        return self.words["title"][self.doc.kind]

    def _number(self) -> str:
        return self.doc.number or self.words["draft"]

    def _footer(self, page: int, pages: int) -> None:
        c = self.c
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, 40, RIGHT, 40)
        side = PAGE_W / 2 - 24 - MARGIN  # each side of the page number; a long number or name is made smaller
        label = f"{self._title()}  {self._number()}"
        _text(self.text, MARGIN, 28, label, _fit(label, 7.5, side), color=MUTED)
        _text(self.text, PAGE_W / 2, 28, f"{page} / {pages}", 7.5, align="center", color=MUTED)
        _text(self.text, RIGHT, 28, self.issuer.name, _fit(self.issuer.name, 7.5, side), align="right", color=MUTED)

    def _watermark(self) -> None:
        if not self.doc.is_draft:
            return
        c = self.c
        c.saveState()
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(35)
        c.setFillColor(WATERMARK)
        c.setFont(FONT, 96)
        c.drawCentredString(0, 0, self.words["draft"])
        c.restoreState()

    def _first_header(self) -> float:
        c, w, doc = self.c, self.words, self.doc
        top = PAGE_H - 44
        c.setFillColor(ACCENT)
        c.rect(MARGIN, top + 6, CONTENT_W, 3, stroke=0, fill=1)
        title = self._title()
        spacing = 0 if w.english else 10
        _text(self.text, PAGE_W / 2, top - 34, title, 22, align="center", bold=True, spacing=spacing, color=ACCENT)
        title_right = PAGE_W / 2 + (_width(title, 22) + spacing * (len(title) - 1)) / 2
        # number and dates, top right, beside the title and never over each other
        y = top - 14
        meta = [(w["number"][doc.kind], self._number()), (w["issue_date"], w.date_text(doc.issue_date))]
        for pieces, advance in _meta_layout(meta, max(title_right + 12, RIGHT - 150)):
            for text, x, dy, size, align, color in pieces:
                _text(self.text, x, y + dy, text, size, align=align, color=color)
            y -= advance
        # recipient, left
        r = doc.recipient
        y = top - 62
        if r.postal_code:
            _text(self.text, MARGIN, y, w.postal(r.postal_code), 8.5, color=MUTED)
            y -= 11
        for part in _wrap(r.address, 8.5, 250):
            _text(self.text, MARGIN, y, part, 8.5, color=MUTED)
            y -= 11
        y -= 12
        name_lines = [r.name]
        if r.department:
            name_lines.append(r.department)
        honorific = "" if w.english else (" 様" if r.person else f" {r.honorific.value}")
        if r.person:
            name_lines.append(("Attn: " if w.english else "") + r.person)
        for i, part in enumerate(name_lines):
            last = i == len(name_lines) - 1
            size = 15 if i == 0 else 11
            text = part + (honorific if last else "")
            _text(self.text, MARGIN, y, text, size, bold=i == 0)
            y -= 19 if i == 0 else 15
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(MARGIN, y + 11, MARGIN + 262, y + 11)
        recipient_bottom = y
        issuer_bottom = self._issuer_block(top - 92)
        # the intro and subject sit under the recipient, beside the issuer block when it is taller
        referenced = doc.kind.needs_original and doc.original_number
        y = (min(recipient_bottom, issuer_bottom) if referenced else recipient_bottom) - 10
        narrow = PAGE_W / 2 + 52 - MARGIN - 44 - 12  # up to where the issuer block starts
        # reference to the original document (§1.6, §1.7)
        if doc.kind is DocumentKind.CORRECTION and doc.original_number:
            _text(self.text, MARGIN, y, w["correction_ref"].format(number=doc.original_number, date=w.date_text(doc.original_issue_date)), 9, bold=True)
            y -= 15
        elif doc.kind is DocumentKind.CREDIT_NOTE and doc.original_number:
            _text(self.text, MARGIN, y, w["credit_ref"].format(number=doc.original_number, date=w.date_text(doc.original_issue_date)), 9, bold=True)
            y -= 15
        _text(self.text, MARGIN, y, w["intro"][doc.kind], 9)
        y -= 18
        if doc.subject:
            beside = y - 13 * len(_wrap(doc.subject, 10.5, narrow)) > issuer_bottom
            parts = _wrap(doc.subject, 10.5, narrow if beside else CONTENT_W - 44)
            if not beside:
                y = min(y, issuer_bottom - 8)
            _text(self.text, MARGIN, y, w["subject"], 8.5, color=MUTED)
            for i, part in enumerate(parts):
                _text(self.text, MARGIN + 44, y - i * 13, part, 10.5)
            y -= 13 * len(parts) + 6
        return self._amount_box(min(y, issuer_bottom - 8))

    def _issuer_block(self, top: float) -> float:
        c, w, p = self.c, self.words, self.issuer
        x = PAGE_W / 2 + 52
        y = top
        if self.logo is not None:
            lw, lh = self.logo.getSize()
            h = 26.0
            c.drawImage(self.logo, x, y + 6, width=h * lw / lh, height=h, mask="auto")
            y -= 10
        if self.seal is not None:
            # the 角印 is stamped over the end of the name; drawn first so the text stays readable
            size = 46.0
            sx = min(RIGHT - size, x + _width(p.name, 11.5) - size * 0.4)
            c.drawImage(self.seal, sx, y - 7, width=size, height=size, mask="auto")
        _text(self.text, x, y, p.name, 11.5, bold=True)
        y -= 15
        if p.registration_number:
            _text(self.text, x, y, f"{w['registration']}: {p.registration_number}", 8.5)
            y -= 12
        if p.representative:
            _text(self.text, x, y, p.representative, 8.5)
            y -= 12
        if p.postal_code:
            _text(self.text, x, y, w.postal(p.postal_code), 8, color=MUTED)
            y -= 10.5
        for part in _wrap(p.address, 8, RIGHT - x):
            _text(self.text, x, y, part, 8, color=MUTED)
            y -= 10.5
        if p.phone:
            _text(self.text, x, y, f"{w['tel']} {p.phone}", 8, color=MUTED)
            y -= 10.5
        if p.email:
            _text(self.text, x, y, p.email, 8, color=MUTED)
            y -= 10.5
        return y

    def _amount_box(self, top: float) -> float:
        c, w, doc, t = self.c, self.words, self.doc, self.totals
        h = 36.0
        box_w = 282.0
        label_w = 96.0
        c.setFillColor(ACCENT)
        c.rect(MARGIN, top - h, label_w, h, stroke=0, fill=1)
        c.setFillColor(TINT)
        c.rect(MARGIN + label_w, top - h, box_w - label_w, h, stroke=0, fill=1)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1)
        c.rect(MARGIN, top - h, box_w, h, stroke=1, fill=0)
        label = w["amount"][doc.kind]
        note = w["after_withholding" if t.withholding else "tax_included"]
        _text(self.text, MARGIN + label_w / 2, top - h / 2 + 1, label, 10, align="center", color=white, bold=True)
        _text(self.text, MARGIN + label_w / 2, top - h / 2 - 10, note, 6.5, align="center", color=white)
        amount = w.money(t.amount_due) + ("" if w.english else "－")
        _text(self.text, MARGIN + box_w - 14, top - h / 2 - 7, amount, 19, align="right", bold=True)
        # due date and transaction date, to the right of the box
        x = MARGIN + box_w + 20
        y = top - 12
        rows = []
        if w["due"][doc.kind] and doc.due_date:
            rows.append((w["due"][doc.kind], w.date_text(doc.due_date), True))
        if doc.kind is DocumentKind.CREDIT_NOTE:
            rows.append((w["credit_date"], w.date_text(doc.credit_date), False))
            if doc.supply_date:
                supply = w.date_text(doc.supply_date) if not doc.supply_from else w.period(doc.supply_from, doc.supply_date)
                rows.append((w["original_supply"], supply, False))
        elif doc.supply_from and doc.supply_date:
            rows.append((w["supply_period"], w.period(doc.supply_from, doc.supply_date), False))
        elif doc.supply_date:
            rows.append((w["supply_date"], w.date_text(doc.supply_date), False))
        for label, value, strong in rows:
            _text(self.text, x, y, label, 8, color=MUTED)
            size = 10 if strong else 8.5
            _text(self.text, RIGHT, y, value, size, align="right", bold=strong)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.line(x, y - 4, RIGHT, y - 4)
            y -= 15
        return top - h - 14

    def _continued_header(self) -> float:
        c, w = self.c, self.words
        top = PAGE_H - 44
        c.setFillColor(ACCENT)
        c.rect(MARGIN, top + 6, CONTENT_W, 3, stroke=0, fill=1)
        _text(self.text, MARGIN, top - 16, self._title() + w["continued"], 13, bold=True, color=ACCENT)
        _text(self.text, RIGHT, top - 10, f"{w['number'][self.doc.kind]}  {self._number()}", 8.5, align="right")
        _text(self.text, RIGHT, top - 22, self.doc.recipient.address_line() if not w.english else self.doc.recipient.name, 8.5, align="right", color=MUTED)
        return top - 42

    # -- the line table --

    def _table_header(self, y: float) -> float:
        c = self.c
        c.setFillColor(ACCENT)
        c.rect(MARGIN, y - HEADER_H, CONTENT_W, HEADER_H, stroke=0, fill=1)
        for (name, x, width, align), label in zip(EDGES, self.words["columns"]):
            tx = x + width / 2 if align == "center" else x + PAD if align == "left" else x + width - PAD
            _text(self.text, tx, y - HEADER_H + 6, label, 8, align=align if name != "desc" else "left", color=white)
        return y - HEADER_H

    def _row(self, y: float, row: _Row, shaded: bool) -> float:
        c, w = self.c, self.words
        h = row.height
        if shaded:
            c.setFillColor(ZEBRA)
            c.rect(MARGIN, y - h, CONTENT_W, h, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, y - h, RIGHT, y - h)
        line = row.line
        baseline = y - 11.5
        values = {
            "no": str(row.index),
            "qty": _quantity(line),
            "unit": line.unit,
            "price": _unit_price(w, line),
            "rate": w.rate(line.category, line.category.rate_on(self.doc.supply_date or self.doc.issue_date)),
            "amount": w.yen(row.amount),
        }
        for name, x, width, align in EDGES:
            if name == "desc":
                for i, part in enumerate(row.desc_lines):
                    _text(self.text, x + PAD, baseline - i * LINE_LEADING, part, TABLE_FONT)
                continue
            value = values[name]
            size = TABLE_FONT if _width(value, TABLE_FONT) <= width - 2 * PAD else TABLE_FONT * 0.8
            tx = x + width / 2 if align == "center" else x + width - PAD
            _text(self.text, tx, baseline, value, size, align=align, color=MUTED if name in ("no", "unit", "rate") else INK)
        return y - h

    def _empty_row(self, y: float) -> float:
        c = self.c
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, y - ROW_H, RIGHT, y - ROW_H)
        return y - ROW_H

    # -- the summary --

    def _summary_height(self) -> float:
        """How tall `_summary` draws (kept in step with it, so pagination knows where it fits)."""
        rates = len(self.totals.breakdown.rates)
        left = 15 + 16 + rates * 17
        right = 17 + 17 + (17 + 17 + 20 if self.totals.withholding else 20) + (17 if self._shows_withholding_base() else 0)
        height = 4 + 2 + (16 if self.totals.breakdown.has_reduced else 0) + max(left, right)
        banks = len(self.issuer.bank_accounts) if self._shows_bank() else 0
        notes = len(_wrap(self.doc.notes, 8.5, CONTENT_W - 16)) if self.doc.notes else 0
        if banks or notes:
            height += 16
        if banks:
            height += 20 + 13 * banks + (10 if notes else 0)
        if notes:
            height += 15 + 10 + 12 * notes
        return height

    def _shows_withholding_base(self) -> bool:
        """With 税込 prices the 税抜 fee withheld on is not otherwise printed: stating it separates fee and tax
        clearly, which lets the client withhold on the fee alone (平元直法6-1, jp-rules §2.3)."""
        return bool(self.totals.withholding) and self.doc.price_mode is PriceMode.INCLUSIVE

    def _shows_bank(self) -> bool:
        return self.doc.kind.is_receivable and bool(self.issuer.bank_accounts)

    def _summary(self, y: float) -> None:
        c, w, t = self.c, self.words, self.totals
        inclusive = self.doc.price_mode is PriceMode.INCLUSIVE
        y -= 2
        if t.breakdown.has_reduced:
            reduced = t.breakdown.get(TaxCategory.REDUCED)
            assert reduced is not None  # has_reduced
            legend = w["reduced_legend"].format(p=reduced.rate_percent)
            _text(self.text, MARGIN, y - 8, legend, 8, color=INK)
            y -= 16
        top = y
        # the per-rate breakdown (税率ごとに区分した対価の額と消費税額), left
        bw = 260.0
        cols = w["breakdown_columns_inclusive" if inclusive else "breakdown_columns"]
        _text(self.text, MARGIN, y - 9, w["breakdown"], 8.5, bold=True, color=ACCENT)
        y -= 15
        c.setFillColor(TINT)
        c.rect(MARGIN, y - 16, bw, 16, stroke=0, fill=1)
        xs = (MARGIN + PAD, MARGIN + 170, MARGIN + bw - PAD)
        _text(self.text, xs[0], y - 11, cols[0], 7.5, color=MUTED)
        _text(self.text, xs[1], y - 11, cols[1], 7.5, align="right", color=MUTED)
        _text(self.text, xs[2], y - 11, cols[2], 7.5, align="right", color=MUTED)
        y -= 16
        for rate in t.breakdown.rates:
            amount = rate.total if inclusive else rate.taxable
            _text(self.text, xs[0], y - 12, w.category(rate.category, rate.rate_percent), 8.5)
            _text(self.text, xs[1], y - 12, w.yen(amount) + w["yen"], 8.5, align="right")
            tax = w.yen(rate.tax) + w["yen"] if rate.category.is_taxed else "—"
            _text(self.text, xs[2], y - 12, tax, 8.5, align="right")
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.line(MARGIN, y - 17, MARGIN + bw, y - 17)
            y -= 17
        left_bottom = y
        # totals, right
        sx = RIGHT - 214
        rows: list[tuple[str, str, bool]] = [
            (w["subtotal_inclusive" if inclusive else "subtotal"], w.yen(t.total if inclusive else t.subtotal), False),
            (w["tax"] + ("（内税）" if inclusive and not w.english else ""), w.yen(t.tax), False),
            (w["total"], w.yen(t.total), not t.withholding),
        ]
        if self._shows_withholding_base():
            rows.append((w["withholding_base"], w.yen(t.withholding_base), False))
        if t.withholding:
            credit = self.doc.kind is DocumentKind.CREDIT_NOTE
            rows.append((w["withholding_credit" if credit else "withholding"], w.yen(-t.withholding), False))
            net = w["net_credit" if self.doc.kind is DocumentKind.CREDIT_NOTE else "net"]
            rows.append((net, w.yen(t.amount_due), True))
        ry = top
        for label, value, strong in rows:
            h = 20.0 if strong else 17.0
            if strong:
                c.setFillColor(TINT)
                c.rect(sx, ry - h, RIGHT - sx, h, stroke=0, fill=1)
                c.setStrokeColor(ACCENT)
                c.setLineWidth(1.2)
                c.line(sx, ry, RIGHT, ry)
            _text(self.text, sx + PAD, ry - h + 6, label, 9 if strong else 8.5, bold=strong, color=INK if strong else MUTED)
            _text(self.text, RIGHT - PAD, ry - h + 6, value + w["yen"], 10.5 if strong else 9, align="right", bold=strong)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.line(sx, ry - h, RIGHT, ry - h)
            ry -= h
        y = min(left_bottom, ry) - 16
        if self._shows_bank():
            y = self._bank_box(y)
        if self.doc.notes:
            y = self._notes(y)

    def _bank_box(self, y: float) -> float:
        c, w = self.c, self.words
        accounts = self.issuer.bank_accounts
        h = 20 + 13 * len(accounts)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(MARGIN, y - h, CONTENT_W, h, stroke=1, fill=0)
        c.setFillColor(ACCENT)
        c.rect(MARGIN, y - h, 3, h, stroke=0, fill=1)
        _text(self.text, MARGIN + 12, y - 13, w["bank"], 8.5, bold=True, color=ACCENT)
        yy = y - 26
        for a in accounts:
            text = f"{a.bank_name}  {a.branch_name}  {w['account'][a.account_type]}  {a.account_number}  {a.account_holder}"
            _text(self.text, MARGIN + 12, yy, text, 9)
            yy -= 13
        return y - h - 10

    def _notes(self, y: float) -> float:
        c, w = self.c, self.words
        lines = _wrap(self.doc.notes, 8.5, CONTENT_W - 16)
        _text(self.text, MARGIN, y - 9, w["notes"], 8.5, bold=True, color=ACCENT)
        y -= 15
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        h = 10 + 12 * len(lines)
        c.rect(MARGIN, y - h, CONTENT_W, h, stroke=1, fill=0)
        for i, part in enumerate(lines):
            _text(self.text, MARGIN + 8, y - 13 - i * 12, part, 8.5)
        return y - h - 8

    # -- layout --

    def _rows(self) -> list[_Row]:
        rows = []
        for index, line in enumerate(self.doc.lines, start=1):
            desc = line.description + (" ※" if line.is_reduced and not self.words.english else " *" if line.is_reduced else "")
            rows.append(_Row(index, line, _wrap(desc, TABLE_FONT, _DESC_W - 2 * PAD), line.amount(self.doc.rounding)))
        return rows

    def _paginate(self, rows: list[_Row], first_top: float) -> list[tuple[list[_Row], bool]]:
        """Split rows into pages; the flag says whether the summary goes on that page."""
        continued_top = PAGE_H - 44 - 42
        pages: list[tuple[list[_Row], bool]] = []
        current: list[_Row] = []
        y = first_top - HEADER_H
        for row in rows:
            if y - row.height < BOTTOM and current:
                pages.append((current, False))
                current = []
                y = continued_top - HEADER_H
            current.append(row)
            y -= row.height
        if y - self._summary_height() < BOTTOM:
            pages.append((current, False))
            pages.append(([], True))
        else:
            pages.append((current, True))
        return pages

    def render(self) -> bytes:
        c = self.c
        self._metadata()
        rows = self._rows()
        y = self._first_header()
        layout = self._paginate(rows, y)
        total = len(layout)
        for page, (page_rows, with_summary) in enumerate(layout, start=1):
            if page > 1:
                y = self._continued_header()
            if page_rows or page == 1:
                y = self._table_header(y)
                for i, row in enumerate(page_rows):
                    y = self._row(y, row, shaded=i % 2 == 1)
                if total == 1:  # a short invoice keeps the table's shape with a few empty rows
                    filler = len(page_rows)
                    while filler < 6 and y - ROW_H - self._summary_height() > BOTTOM:
                        y = self._empty_row(y)
                        filler += 1
                c.setStrokeColor(ACCENT)
                c.setLineWidth(0.9)
                c.line(MARGIN, y, RIGHT, y)
            if with_summary:
                self._summary(y - 4)
            self._watermark()
            self._footer(page, total)
            self.text.flush()
            c.showPage()
        c.save()
        return self.buffer.getvalue()

    def _metadata(self) -> None:
        c, doc = self.c, self.doc
        c.setTitle(f"{self._title()} {self._number()}")
        c.setAuthor(self.issuer.name)
        c.setSubject(doc.subject or self._title())
        c.setCreator("Ushiro Desk")
        c.setKeywords(", ".join(x for x in (self._number(), doc.recipient.name, self.issuer.registration_number) if x))


def render(
    doc: Document,
    issuer: CompanyProfile,
    *,
    seal: bytes | None = None,
    logo: bytes | None = None,
    wareki_dates: bool = False,
) -> bytes:
    """The document as PDF bytes. A draft (no number) carries a 下書き watermark. With `wareki_dates` the
    Japanese dates are printed in the era (令和8年11月30日)."""
    return _Writer(doc, issuer, seal, logo, wareki_dates).render()
