"""Edges of monitor-service: Prometheus, Alertmanager, Kubernetes, SQLite, other services."""
