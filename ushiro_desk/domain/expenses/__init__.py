"""Expenses (経費) with their receipts, kept the way 電子帳簿保存法 expects (jp-rules.md §1.9, §3, §5, §6)."""
