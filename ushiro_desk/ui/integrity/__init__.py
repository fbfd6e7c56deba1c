"""The data check in the window: File → Check Data (progress, Cancel) and the quick check at start."""
