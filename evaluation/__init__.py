"""Scoring commands for the snapshots in tests/gold/."""
