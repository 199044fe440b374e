"""Scoring commands for the gold sets in tests/gold/."""
