"""The Clients page (取引先)."""
