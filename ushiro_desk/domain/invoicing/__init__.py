"""Invoicing rules (請求書・見積書・適格返還請求書): line amounts, consumption tax per rate, 源泉徴収,
numbering, due dates from payment terms, life-cycle status and aging. Pure: money is `int` yen,
quantities and unit prices are `Decimal`, never float (jp-rules.md §1, §2, §8)."""
