"""`python -m ecartpay_auth` and the `ecartpay-auth` console script."""

from __future__ import annotations

import sys

from ._cli import main as _main

__all__ = ["main"]


def main() -> None:
    """Console-script entry point: exits with the CLI's status."""
    sys.exit(_main())


if __name__ == "__main__":
    main()
