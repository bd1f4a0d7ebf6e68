"""``python -m kubernaut`` — same as the ``kubernaut`` command."""

from kubernaut.cli import main

raise SystemExit(main())
