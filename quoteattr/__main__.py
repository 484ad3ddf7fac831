"""``python -m quoteattr``: the same command line as ``quoteattr``."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
