"""Dialogue Desk: dialogue conferences, reception days and petitions for Vietnamese offices."""

__version__ = "0.1.0"
