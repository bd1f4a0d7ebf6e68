"""Delivery of one notification to one channel: retries with backoff, a circuit breaker
per channel, every attempt recorded. Channels are delivered concurrently and
independently: nothing here waits on another channel."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from .adapters.channels import Channel, build_channel
from .adapters.errors import DeliveryError
from .adapters.repository import Repository
from .domain.config import RoutingConfig
from .domain.model import Message
from .domain.records import DeliveryRecord
from .domain.redact import Redactor
from .domain.rendering import Renderer
from .domain.resilience import BreakerSettings, CircuitBreaker, RetryPolicy
from .domain.signing import ApprovalLinks
from .metrics import NotifierMetrics

log = logging.getLogger(__name__)


class DeliveryEngine:
    def __init__(
        self,
        *,
        repo: Repository,
        renderer: Renderer,
        http: httpx.AsyncClient,
        metrics: NotifierMetrics,
        retry: RetryPolicy,
        breaker: BreakerSettings,
        timeout: float,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
        extra_secrets: tuple[str, ...] = (),
    ) -> None:
        self._repo = repo
        self._renderer = renderer
        self._http = http
        self._metrics = metrics
        self._retry = retry
        self._breaker_settings = breaker
        self._timeout = timeout
        self._clock = clock
        self._monotonic = monotonic
        self._extra_secrets = extra_secrets
        self.channels: dict[str, Channel] = {}
        self.breakers: dict[str, CircuitBreaker] = {}
        self.last_errors: dict[str, str] = {}
        self._config: RoutingConfig | None = None
        self.redact = Redactor(extra_secrets)

    def configure(self, config: RoutingConfig) -> None:
        """Build the channel senders of a (re)loaded configuration. Breakers survive a
        reload for channels that keep their name: an edit must not reset a failing one."""
        self._config = config
        self.channels = {
            name: build_channel(
                name,
                cfg,
                renderer=self._renderer,
                client=self._http,
                clock=self._clock,
                timeout=self._timeout,
            )
            for name, cfg in config.channels.items()
        }
        for name in self.channels:
            if name not in self.breakers:
                self.breakers[name] = CircuitBreaker(self._breaker_settings, self._monotonic)
                self._metrics.set_circuit(name, "closed")
        self.redact = Redactor((*config.secret_values(), *self._extra_secrets))

    def _policy(self, name: str) -> RetryPolicy:
        cfg = self._config.channels.get(name) if self._config else None
        if cfg is not None and cfg.max_attempts is not None:
            return RetryPolicy(
                cfg.max_attempts,
                self._retry.initial_delay,
                self._retry.max_delay,
                self._retry.multiplier,
            )
        return self._retry

    def _timeout_for(self, name: str) -> float:
        cfg = self._config.channels.get(name) if self._config else None
        return (cfg.timeout_seconds if cfg is not None else None) or self._timeout

    async def deliver(
        self,
        notification_id: str,
        message: Message,
        delivery: DeliveryRecord,
        approval: ApprovalLinks | None,
    ) -> DeliveryRecord:
        name = delivery.channel
        channel = self.channels.get(name)
        if channel is None:
            return await self._finish(
                notification_id, delivery, "failed", f"channel {name} is not configured"
            )
        breaker = self.breakers[name]
        policy = self._policy(name)
        for attempt in range(1, policy.max_attempts + 1):
            if not breaker.allow():
                self._metrics.count_attempt(name, "circuit_open")
                reason = f"circuit open for channel {name}, retry in {breaker.retry_in():.0f}s"
                return await self._finish(notification_id, delivery, "failed", reason)
            delivery.status = "delivering"
            delivery.attempts += 1
            delivery.updated_at = self._clock()
            await self._repo.update_delivery(notification_id, delivery)
            started = self._monotonic()
            retry_after: float | None = None
            try:
                ref = await asyncio.wait_for(
                    channel.send(message, approval), self._timeout_for(name)
                )
            except DeliveryError as exc:
                error, retryable, retry_after = str(exc), exc.retryable, exc.retry_after
            except TimeoutError:
                error, retryable = f"timeout after {self._timeout_for(name)}s", True
            except Exception as exc:
                # A bug in a sender must not take the other channels down; record it.
                log.exception("channel %s raised unexpectedly", name)
                error, retryable = f"internal error: {type(exc).__name__}", False
            else:
                breaker.record_success()
                self._metrics.set_circuit(name, breaker.state)
                self._metrics.count_attempt(name, "success", self._monotonic() - started)
                delivery.external_ref = ref
                delivery.delivered_at = self._clock()
                return await self._finish(notification_id, delivery, "delivered", None)
            breaker.record_failure()
            self._metrics.set_circuit(name, breaker.state)
            self._metrics.count_attempt(name, "failure", self._monotonic() - started)
            error = self.redact(error)
            log.warning(
                "delivery of %s to %s failed (attempt %d/%d): %s",
                notification_id,
                name,
                attempt,
                policy.max_attempts,
                error,
            )
            if not retryable or attempt == policy.max_attempts:
                return await self._finish(notification_id, delivery, "failed", error)
            delivery.last_error = error
            delivery.status = "pending"
            await self._repo.update_delivery(notification_id, delivery)
            await asyncio.sleep(policy.delay(attempt, retry_after))
        return delivery  # unreachable: the loop always returns

    async def _finish(
        self, notification_id: str, delivery: DeliveryRecord, status: str, error: str | None
    ) -> DeliveryRecord:
        delivery.status = "delivered" if status == "delivered" else "failed"
        delivery.last_error = error if error is not None else delivery.last_error
        if status == "delivered":
            delivery.last_error = None
        delivery.updated_at = self._clock()
        await self._repo.update_delivery(notification_id, delivery)
        self._metrics.count_delivery(delivery.channel, delivery.channel_type, delivery.status)
        if error:
            self.last_errors[delivery.channel] = error
        return delivery
