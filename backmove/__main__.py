"""`python -m backmove` is the same as the `backmove` command."""

from backmove.cli import main

raise SystemExit(main())
