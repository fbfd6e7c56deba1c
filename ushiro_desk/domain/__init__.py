"""Pure rules of the trade: no Qt, no database, no files. Imports only the standard library,
dateutil and holidays."""
