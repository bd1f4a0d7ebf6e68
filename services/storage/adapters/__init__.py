"""Storage adapters: SQLAlchemy tables, Alembic migrations, repositories, vector indexes."""
