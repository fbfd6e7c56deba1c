"""Money in: bank and card statements, payer names and 入金消込 (pure rules, no I/O)."""
