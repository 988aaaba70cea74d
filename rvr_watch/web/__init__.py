"""The website of ``rvr-watch serve``: dates, history, feeds and self-service alerts.

``mail`` and ``tokens`` are free of web-framework imports (the outbox drain uses them);
everything else is loaded only by ``serve``.
"""
