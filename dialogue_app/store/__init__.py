"""Persistence: SQLAlchemy 2 models, the database, Alembic migrations, units of work."""
