"""Command line. Kept free of Qt imports: the GUI is imported only when it is asked for."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("uxlab: command line coming", file=sys.stderr)
    return 0
