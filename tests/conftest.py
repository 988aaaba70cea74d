"""Shared fixtures: loopback HTTP and SMTP servers, and databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import sys
from pathlib import Path

# The fixture modules live beside this file; make them importable as plain modules.
sys.path.insert(0, str(Path(__file__).parent))

from dbfixtures import db_engine, db_sessions, db_url
from httpserver import http_server
from smtpserver import _smtp_server_session, smtp_server

__all__ = [
    "_smtp_server_session",
    "db_engine",
    "db_sessions",
    "db_url",
    "http_server",
    "smtp_server",
]
