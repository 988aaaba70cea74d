"""Finding and loading the configuration for a command."""

from __future__ import annotations

import os
from pathlib import Path

from rvr_watch.config.model import Config, load_config, resolve_config_path


def config_for(cli_value: str | None) -> Config:
    """The configuration to run with: ``--config``, ``$RVR_WATCH_CONFIG``, ./config.yaml."""
    return load_config(resolve_config_path(cli_value, os.environ))


def optional_config(cli_value: str | None) -> Config | None:
    """The configuration if one was named or ./config.yaml exists, else ``None``.

    For commands that work without any setup (``parse``, ``demo``); a named but
    broken configuration is still an error.
    """
    named = cli_value is not None or "RVR_WATCH_CONFIG" in os.environ
    path = resolve_config_path(cli_value, os.environ)
    if not named and not Path(path).exists():
        return None
    return load_config(path)
