"""The Expenses area: the page, the receipt inbox, the month view, the Today section and the settings tab."""
