"""Expense exports: 弥生会計, freee 取引, マネーフォワード 仕訳帳, a plain CSV for Excel, and the audit folder
(receipts named `YYYYMMDD_取引先_金額.ext` with a 索引簿). No Qt; the service gathers the data."""
