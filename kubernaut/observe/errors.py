"""Adapter errors: vendor exceptions (httpx, kubernetes) never leak past the adapters."""

from __future__ import annotations


class SourceUnavailable(Exception):
    """A data source (Prometheus, Alertmanager, Kubernetes, a peer service) could not answer."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class QueryRejected(Exception):
    """The source answered but refused the query (bad PromQL, bad filter)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
