"""``python -m rvr_watch`` is the same as the ``rvr-watch`` command."""

from rvr_watch.cli import main

raise SystemExit(main())
