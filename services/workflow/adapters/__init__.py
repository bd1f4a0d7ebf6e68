"""Edges of workflow-service: SQLite store, catalogue file, generated-client calls."""
