"""Money in: statement import with a preview, 入金消込, Today's unmatched deposits."""
