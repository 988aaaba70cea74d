"""Telling subscribers: messages and calendar files (pure) and sending through apprise."""
