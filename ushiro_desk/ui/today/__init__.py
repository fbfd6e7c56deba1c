"""The Today page: what is overdue, due today and in the next days, ticked off from the keyboard."""
