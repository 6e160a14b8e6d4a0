"""Use cases. They take a UnitOfWork, return plain values (dataclasses), never ORM objects."""
