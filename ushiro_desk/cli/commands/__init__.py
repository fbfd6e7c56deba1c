"""Each module registers its subcommands with `register(subparsers, common)`."""
