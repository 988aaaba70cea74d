"""The test suite runs from a plain clone with nothing beside it (issue 11, item 4)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in listed.stdout.splitlines() if (ROOT / line).is_file()]


@pytest.mark.slow
def test_the_tests_collect_in_a_copy_with_no_siblings(tmp_path: Path) -> None:
    # The copy sits alone in an empty directory: a test reading a sibling folder (or anything
    # else beside the checkout) fails to collect here.
    clone = tmp_path / "alone" / "rvr-watch"
    for name in _tracked_files():
        target = clone / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, target)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " tests collected" in result.stdout or " test collected" in result.stdout
