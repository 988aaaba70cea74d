"""The history database: tables, migrations, the structured diff, outbox and leases."""
