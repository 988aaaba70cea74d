"""Architecture guards: imports point one way, and the CLI starts without heavy imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each package may import only the packages to its right.
LAYERS = ["rvr_watch", "notify", "storage", "scraper"]
HEAVY_MODULES = ["sqlalchemy", "apprise", "apscheduler", "httpx", "alembic", "icalendar", "yaml"]


def _imported_top_level_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", LAYERS)
def test_packages_import_only_lower_layers(package: str) -> None:
    forbidden = set(LAYERS[: LAYERS.index(package)])
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_top_level_names(path) & forbidden)
        for path in (ROOT / package).rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_cli_module_imports_no_heavy_library() -> None:
    code = (
        "import sys, rvr_watch.cli\n"
        f"print(','.join(m for m in {HEAVY_MODULES!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == ""


def test_apprise_is_imported_only_by_notify_send() -> None:
    importers = sorted(
        str(path.relative_to(ROOT))
        for package in LAYERS
        for path in (ROOT / package).rglob("*.py")
        if "apprise" in _imported_top_level_names(path)
    )
    assert importers == ["notify/send.py"]
