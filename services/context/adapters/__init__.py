"""Edges of context-service: Kubernetes, Prometheus and the peer services."""
