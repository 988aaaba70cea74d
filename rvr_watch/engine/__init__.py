"""The engine: checks (``pipeline``), the outbox drain (``delivery``), import of saved
versions (``backfill``), the live parts built from a config (``wiring``, ``service``), the
daemon (``daemon``) and its triggers (``triggers``)."""
