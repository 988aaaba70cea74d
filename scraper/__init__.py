"""Fetching series pages and turning them into the page model (pure below the fetcher)."""
