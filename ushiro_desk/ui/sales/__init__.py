"""Sales (売上): the Reports tab of monthly sales, sales by client and what is outstanding."""
