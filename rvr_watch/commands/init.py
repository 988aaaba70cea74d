"""``rvr-watch init``: write the commented example configuration to start from."""

from __future__ import annotations

import argparse
import os
from importlib import resources
from pathlib import Path

from rvr_watch.config.model import resolve_config_path
from rvr_watch.errors import EXIT_OK, UsageError


def example_config() -> str:
    """The example configuration shipped with the package (``rvr_watch/config/example.yaml``)."""
    return resources.files("rvr_watch.config").joinpath("example.yaml").read_text("utf-8")


def run(args: argparse.Namespace) -> int:
    """Write the example to ``--config`` (else ``$RVR_WATCH_CONFIG``, else ./config.yaml)."""
    path = Path(resolve_config_path(args.config, os.environ))
    if path.exists() and not args.force:
        raise UsageError(f"{path} exists already; use --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(example_config(), encoding="utf-8")
    print(
        f"wrote {path}: it watches the RVR page, with no subscribers yet.\n"
        "Edit it (docs/configuration.md has every key), then run `rvr-watch check`."
    )
    return EXIT_OK
