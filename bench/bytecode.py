"""Run the measured tools from bytecode, as their users do.

``pip install`` compiles a package's modules when it installs them; an editable install
(``pip install -e .``, the README's) writes ``__pycache__`` on the first run. A shell
with ``PYTHONDONTWRITEBYTECODE=1`` (set on some development machines) would make every
measured run compile rvr-watch's ≈ 100 modules again (≈ 50 ms), which no user pays.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("rvr_watch", "scraper", "storage", "notify")


def compile_project() -> None:
    """Write the bytecode of rvr-watch's packages, as ``pip install`` would."""
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)


def user_environment(**overrides: str) -> dict[str, str]:
    """This process's environment without the variable that stops bytecode caching."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(overrides)
    return env
