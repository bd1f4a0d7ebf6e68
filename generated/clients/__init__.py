"""Typed httpx clients, one package per service (openapi-python-client)."""
