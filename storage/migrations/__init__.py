"""Alembic migrations of the history database, shipped inside the package.

Run them with :func:`storage.engine.migrate`; no ``alembic.ini`` is needed.
"""
