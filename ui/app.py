"""Placeholder replaced by the window issue."""
