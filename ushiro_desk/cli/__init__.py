"""The command line: `ushiro-desk` opens the window; subcommands work without a display."""
