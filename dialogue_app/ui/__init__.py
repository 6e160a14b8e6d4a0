"""The window: PySide6 lives only here. Pages talk to services, never to the database."""
