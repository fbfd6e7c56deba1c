"""Handoff packets: the encrypted archive that leaves, and the returned one that is read back."""
