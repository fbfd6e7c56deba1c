"""The chores area: the inventory page, the chore editor, the insight report and the settings tab."""
