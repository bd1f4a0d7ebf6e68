"""notification-service's own metrics, registered on the runtime's per-app registry."""

from __future__ import annotations

from kubernaut.runtime.metrics import Metrics

_CIRCUIT_VALUE = {"closed": 1.0, "half_open": 0.5, "open": 0.0}


class NotifierMetrics:
    def __init__(self, metrics: Metrics) -> None:
        self._label = metrics.label
        self._dependency = metrics.dependency_status
        self.received = metrics.counter(
            "notifications_received_total",
            "Notifications received, by what was done with them",
            ["kind", "severity", "disposition"],
        )
        self.deliveries = metrics.counter(
            "notification_deliveries_total",
            "Final delivery outcomes per channel (delivered or failed)",
            ["channel", "channel_type", "status"],
        )
        self.attempts = metrics.counter(
            "notification_delivery_attempts_total",
            "Delivery attempts per channel: success, failure, circuit_open",
            ["channel", "outcome"],
        )
        self.duration = metrics.histogram(
            "notification_delivery_duration_seconds",
            "Duration of one delivery attempt",
            ["channel"],
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.circuit = metrics.gauge(
            "notification_channel_circuit_state",
            "Circuit breaker of a channel: 1 closed, 0.5 half-open, 0 open",
            ["channel"],
        )
        self.reloads = metrics.counter(
            "notification_routing_reloads_total",
            "Reloads of the routing file, by result (ok or rejected)",
            ["result"],
        )
        self.summaries = metrics.counter(
            "notification_storm_summaries_total", "Storm summaries sent"
        )

    def count_received(self, kind: str, severity: str, disposition: str) -> None:
        self.received.labels(self._label, kind, severity, disposition).inc()

    def count_delivery(self, channel: str, channel_type: str, status: str) -> None:
        self.deliveries.labels(self._label, channel, channel_type, status).inc()

    def count_attempt(self, channel: str, outcome: str, seconds: float | None = None) -> None:
        self.attempts.labels(self._label, channel, outcome).inc()
        if seconds is not None:
            self.duration.labels(self._label, channel).observe(seconds)

    def set_circuit(self, channel: str, state: str) -> None:
        value = _CIRCUIT_VALUE.get(state, 0.0)
        self.circuit.labels(self._label, channel).set(value)
        self._dependency.labels(self._label, f"channel:{channel}").set(value)

    def count_reload(self, ok: bool) -> None:
        self.reloads.labels(self._label, "ok" if ok else "rejected").inc()

    def count_summary(self) -> None:
        self.summaries.labels(self._label).inc()
