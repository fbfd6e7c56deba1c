"""Money in: statement accounts, imports, 入金消込 and expense drafts from debits."""
