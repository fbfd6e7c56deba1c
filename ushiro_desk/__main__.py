"""Entry point: `python -m ushiro_desk` and the `ushiro-desk` script."""

import sys


def main() -> int:
    from ushiro_desk.cli.main import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
