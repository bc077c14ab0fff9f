"""followup: follow up on every interview and application."""

__version__ = "0.1.0"
