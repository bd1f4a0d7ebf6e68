"""Default ports of the ten services (GUIDE §1.1): API, metrics, health."""

from __future__ import annotations

from typing import Final, NamedTuple


class Ports(NamedTuple):
    api: int
    metrics: int
    health: int


DEFAULT_PORTS: Final[dict[str, Ports]] = {
    "gateway": Ports(8080, 9080, 8180),
    "alert": Ports(8081, 9081, 8181),
    "ai": Ports(8082, 9082, 8182),
    "workflow": Ports(8083, 9083, 8183),
    "executor": Ports(8084, 9084, 8184),
    "storage": Ports(8085, 9085, 8185),
    "intelligence": Ports(8086, 9086, 8186),
    "monitor": Ports(8087, 9087, 8187),
    "context": Ports(8091, 9091, 8191),
    "notification": Ports(8089, 9089, 8189),
}
SERVICE_NAMES: Final[tuple[str, ...]] = tuple(DEFAULT_PORTS)

# Who may call whom (GUIDE §1.1, seed §5.1.2). The client factory refuses anything else.
CALL_GRAPH: Final[dict[str, frozenset[str]]] = {
    "gateway": frozenset({"alert"}),
    "alert": frozenset({"ai", "workflow", "storage", "notification", "monitor"}),
    "ai": frozenset({"storage", "intelligence"}),
    "workflow": frozenset({"executor", "storage", "ai", "monitor", "notification"}),
    "executor": frozenset({"storage"}),
    "storage": frozenset(),
    "intelligence": frozenset({"storage"}),
    "monitor": frozenset({"storage", "notification", "workflow", "executor"}),
    "context": frozenset({"ai", "storage", "intelligence", "executor"}),
    "notification": frozenset(),
}


def display_name(service: str) -> str:
    """The seed's name for a service in headers, health bodies and metric labels."""
    return f"{service}-service"
