"""The storage package's exceptions.

::

    StorageError
     └── UnknownPage   no page of that name was recorded (call ``ensure_page`` first)
"""

from __future__ import annotations


class StorageError(Exception):
    """Root of everything the storage package raises on purpose."""


class UnknownPage(StorageError):
    """No page of this name is in the database."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown page {name!r}")
